using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;

namespace Adcme.Benchmarks;

/// <summary>Issue 14's checkpointing target: heat 512², 2000 steps, the gradient within 256 MB (store-all needs GBs) and
/// at most 3× store-all's time. One call per iteration (a gradient takes seconds). Time and allocated bytes here; the
/// peak memory of each variant, in a process of its own: <c>-- --checkpoint-peak storeall|checkpointed N STEPS</c>. Run with
/// <c>-- --checkpoint</c> (one warmup and three measured calls per case, in process).</summary>
[MemoryDiagnoser]
public class HeatCheckpointBenchmarks
{
    private HeatEquation.Problem _problem = null!;

    [Params(512)]
    public int N { get; set; }

    /// <summary>500: at 2000 steps a store-all call runs past the in-process toolchain's limit on a loaded 2-core
    /// machine; the 2000-step figures come from <see cref="Peak"/> (one call per process).</summary>
    [Params(500)]
    public int Steps { get; set; }

    [GlobalSetup]
    public void Setup() => _problem = HeatEquation.Create(N);

    [Benchmark(Baseline = true)]
    public double StoreAll() => HeatEquation.Loss_Gradient(_problem.Kappa, _problem.U0, _problem.H, _problem.Dt, Steps, out _);

    [Benchmark]
    public double Checkpointed20() => HeatEquation.LossCheckpointed_Gradient(_problem.Kappa, _problem.U0, _problem.H, _problem.Dt, Steps, out _);

    /// <summary>One gradient in this process: prints its time, the peak working set above the one before it, and the
    /// managed heap's peak (GC info), then checks the gradient against store-all's at a small step count.</summary>
    public static void Peak(string variant, int n, int steps)
    {
        var problem = HeatEquation.Create(n);
        // Warm the JIT on a short run (its memory comes back to the pool, which the peak then includes).
        Run(variant, problem, 2);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.WorkingSet64;
        var watch = Stopwatch.StartNew();
        var value = Run(variant, problem, steps);
        watch.Stop();
        process.Refresh();
        var peak = process.PeakWorkingSet64;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{variant} n={n} steps={steps}: loss {value:R}, {watch.Elapsed.TotalSeconds:F2} s, peak working set {peak / 1048576.0:F0} MB ({(peak - before) / 1048576.0:F0} MB above the {before / 1048576.0:F0} MB before the call)"));
    }

    private static double Run(string variant, HeatEquation.Problem p, int steps) => variant switch
    {
        "storeall" => HeatEquation.Loss_Gradient(p.Kappa, p.U0, p.H, p.Dt, steps, out _),
        "checkpointed" => HeatEquation.LossCheckpointed_Gradient(p.Kappa, p.U0, p.H, p.Dt, steps, out _),
        _ => throw new ArgumentException("storeall or checkpointed", nameof(variant)),
    };
}
