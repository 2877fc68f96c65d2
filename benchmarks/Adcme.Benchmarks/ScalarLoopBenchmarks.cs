using BenchmarkDotNet.Attributes;

namespace Adcme.Benchmarks;

/// <summary>Issue target: the generated gradient of a 10⁶-step scalar loop costs at most 3× the primal and
/// at most 1.2× the hand-written adjoint (the baseline here).</summary>
[MemoryDiagnoser]
public class ScalarLoopBenchmarks
{
    private const int Steps = 1_000_000;
    private const double Damping = 0.3;
    private const double Stiffness = 2.0;

    [Benchmark]
    public double Primal() => ScalarLoop.Pendulum(Damping, Stiffness, Steps);

    [Benchmark(Baseline = true)]
    public double HandWrittenAdjoint() => ScalarLoop.PendulumGradientByHand(Damping, Stiffness, Steps, out _, out _);

    [Benchmark]
    public double GeneratedGradient() => ScalarLoop.Pendulum_Gradient(Damping, Stiffness, Steps, out _, out _);

    [Benchmark]
    public double GeneratedPushforward() => ScalarLoop.Pendulum_Pushforward(Damping, 1.0, Stiffness, 0.0, Steps).Tangent;
}
