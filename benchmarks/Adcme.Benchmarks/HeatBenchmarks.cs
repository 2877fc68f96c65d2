using BenchmarkDotNet.Attributes;

namespace Adcme.Benchmarks;

/// <summary>Issue 14's heat problem at (n, steps) = (64, 50), (256, 200), (512, 100), on one core (what the targets
/// compare with C) and on all cores (<see cref="Parallelism.MaxDegree"/>). benchmarks/heat-vs-c.sh runs it beside
/// the C reference (../shared/peers/heat.c) and prints one table.</summary>
[MemoryDiagnoser]
public class HeatBenchmarks
{
    private HeatEquation.Problem _problem = null!;

    [Params(64, 256, 512)]
    public int N { get; set; }

    /// <summary>1 (single core) and every core of this machine.</summary>
    [ParamsSource(nameof(CoreCounts))]
    public int Cores { get; set; }

    public static IEnumerable<int> CoreCounts => Environment.ProcessorCount > 1 ? [1, Environment.ProcessorCount] : [1];

    /// <summary>The time steps for each grid size.</summary>
    public static int StepsFor(int n) => n switch
    {
        64 => 50,
        256 => 200,
        512 => 100,
        _ => throw new ArgumentOutOfRangeException(nameof(n), n, "The heat benchmark's sizes are 64, 256 and 512."),
    };

    private int Steps => StepsFor(N);

    [GlobalSetup]
    public void Setup()
    {
        Parallelism.MaxDegree = Cores;
        _problem = HeatEquation.Create(N);
    }

    [GlobalCleanup]
    public void Cleanup() => Parallelism.MaxDegree = Environment.ProcessorCount;

    [Benchmark]
    public double Forward() => HeatEquation.Loss(_problem.Kappa, _problem.U0, _problem.H, _problem.Dt, Steps);

    /// <summary>The generated fast forward: fused kernels and stencils, pooled storage, nothing recorded.</summary>
    [Benchmark]
    public double FastForward() => HeatEquation.Loss_Value(_problem.Kappa, _problem.U0, _problem.H, _problem.Dt, Steps);

    [Benchmark]
    public double GeneratedGradient() => HeatEquation.Loss_Gradient(_problem.Kappa, _problem.U0, _problem.H, _problem.Dt, Steps, out _);

    /// <summary>Second variant: the same loop through a fused custom primitive (examples/CustomPrimitive).</summary>
    [Benchmark]
    public double FusedPrimitiveGradient()
        => Adcme.Examples.CustomPrimitive.HeatModel.Loss_Gradient(_problem.Kappa, _problem.U0, _problem.H, _problem.Dt, Steps, out _);

    [Benchmark(Baseline = true)]
    public double HandWrittenAdjoint() => HeatEquation.GradientByHand(_problem, Steps, out _);
}
