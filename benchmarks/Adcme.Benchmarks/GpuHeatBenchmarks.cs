using BenchmarkDotNet.Attributes;

namespace Adcme.Benchmarks;

/// <summary>
/// Issue 15's heat problem on a GPU backend: n = 1024, 2048, 4096, 100 steps, float64, every state stored; the user's
/// tensor code (forward, <c>M_Value</c>, generated gradient) beside the hand-written fused ILGPU kernels
/// (<see cref="HeatOnDevice"/>) in the same run. The backend is <c>ADCME_BACKEND</c> (run it with <c>cuda</c>);
/// <c>ADCME_GPU_BENCH_SIZES</c> replaces the sizes (e.g. <c>64,128</c> on ILGPU's CPU accelerator, which is slow).
/// <code>ADCME_BACKEND=cuda dotnet run -c Release --project benchmarks/Adcme.Benchmarks -- --filter '*GpuHeatBenchmarks*'</code>
/// </summary>
[MemoryDiagnoser]
public class GpuHeatBenchmarks
{
    public const int Steps = 100;

    private GpuBackend _backend = null!;
    private HeatEquation.Problem _problem = null!;
    private HeatOnDevice _hand = null!;

    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    public static IEnumerable<int> Sizes => Environment.GetEnvironmentVariable("ADCME_GPU_BENCH_SIZES") is { Length: > 0 } sizes
        ? sizes.Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))
        : [1024, 2048, 4096];

    [GlobalSetup]
    public void Setup()
    {
        _backend = Backend.Default as GpuBackend
            ?? throw new InvalidOperationException($"GpuHeatBenchmarks runs on a GPU backend: set ADCME_BACKEND=cuda (or ilgpu-cpu); it is {Backend.Default.Name}.");
        var host = HeatEquation.Create(N);
        _problem = host with { Kappa = host.Kappa.To(_backend), U0 = host.U0.To(_backend) };
        _hand = new HeatOnDevice(_backend, host, Steps);
    }

    [GlobalCleanup]
    public void Cleanup() => _hand.Dispose();

    [Benchmark]
    public double Forward()
    {
        using var scope = TensorScope.Begin();
        return HeatEquation.Loss(_problem.Kappa, _problem.U0, _problem.H, _problem.Dt, Steps);
    }

    [Benchmark]
    public double FastForward()
    {
        using var scope = TensorScope.Begin();
        return HeatEquation.Loss_Value(_problem.Kappa, _problem.U0, _problem.H, _problem.Dt, Steps);
    }

    [Benchmark]
    public double GeneratedGradient()
    {
        using var scope = TensorScope.Begin();
        var loss = HeatEquation.Loss_Gradient(_problem.Kappa, _problem.U0, _problem.H, _problem.Dt, Steps, out _);
        _backend.Synchronize();
        return loss;
    }

    [Benchmark]
    public double HandForward() => _hand.Forward();

    [Benchmark(Baseline = true)]
    public double HandGradient() => _hand.Gradient();
}
