using BenchmarkDotNet.Attributes;

namespace Adcme.Benchmarks;

/// <summary>The heat gradient (issue 14's problem at 256/200 by default) with its Laplacian as Stencils.Laplacian (fused
/// stencil), as Pad and five fused windows, and as Pad and five Block calls (unfused windows), on one core:
/// time and allocation. <c>dotnet run -c Release --project benchmarks/Adcme.Benchmarks -- --filter '*PadHeatBenchmarks*'</c>.</summary>
[MemoryDiagnoser]
public class PadHeatBenchmarks
{
    private HeatEquation.Problem _problem = null!;

    [Params(256)]
    public int N { get; set; }

    private int Steps => HeatBenchmarks.StepsFor(N);

    [GlobalSetup]
    public void Setup()
    {
        Parallelism.MaxDegree = 1;
        _problem = HeatEquation.Create(N);
    }

    [GlobalCleanup]
    public void Cleanup() => Parallelism.MaxDegree = Environment.ProcessorCount;

    [Benchmark(Baseline = true)]
    public double LaplacianGradient() => HeatEquation.Loss_Gradient(_problem.Kappa, _problem.U0, _problem.H, _problem.Dt, Steps, out _);

    [Benchmark]
    public double PaddedWindowsGradient() => HeatEquation.LossPadded_Gradient(_problem.Kappa, _problem.U0, _problem.H, _problem.Dt, Steps, out _);

    [Benchmark]
    public double PaddedBlocksGradient() => HeatEquation.LossPaddedUnfused_Gradient(_problem.Kappa, _problem.U0, _problem.H, _problem.Dt, Steps, out _);
}
