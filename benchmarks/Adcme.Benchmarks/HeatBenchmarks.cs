using BenchmarkDotNet.Attributes;

namespace Adcme.Benchmarks;

/// <summary>Issue targets: gradient ≤ 3.5× forward and ≤ 1.5× the hand-written adjoint; plain tensor code.</summary>
[MemoryDiagnoser]
public class HeatBenchmarks
{
    private HeatEquation.Problem _problem = null!;

    [Params(64, 256)]
    public int N { get; set; }

    private int Steps => N == 64 ? 50 : 200;

    [GlobalSetup]
    public void Setup() => _problem = HeatEquation.Create(N);

    [Benchmark]
    public double Forward() => HeatEquation.Loss(_problem.Kappa, _problem.U0, _problem.H, _problem.Dt, Steps);

    [Benchmark]
    public double GeneratedGradient() => HeatEquation.Loss_Gradient(_problem.Kappa, _problem.U0, _problem.H, _problem.Dt, Steps, out _);

    /// <summary>Second variant: the same loop through a fused custom primitive (examples/CustomPrimitive).</summary>
    [Benchmark]
    public double FusedPrimitiveGradient()
        => Adcme.Examples.CustomPrimitive.HeatModel.Loss_Gradient(_problem.Kappa, _problem.U0, _problem.H, _problem.Dt, Steps, out _);

    [Benchmark(Baseline = true)]
    public double HandWrittenAdjoint() => HeatEquation.GradientByHand(_problem, Steps, out _);
}
