using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Adcme.Benchmarks;

public static class Program
{
    /// <summary>dotnet run -c Release --project benchmarks/Adcme.Benchmarks -- --filter '*'
    /// (in-process, so the generator's output is measured exactly as built here).</summary>
    public static void Main(string[] args)
    {
        if (args.Contains("--check"))
        {
            Check();
            return;
        }
        if (args.Length == 4 && args[0] == "--checkpoint-peak")
        {
            HeatCheckpointBenchmarks.Peak(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture));
            return;
        }
        if (args.Contains("--checkpoint"))
        {
            // A gradient takes seconds and store-all's takes GBs: one call per iteration, few iterations.
            var single = Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).WithInvocationCount(1).WithUnrollFactor(1);
            BenchmarkRunner.Run<HeatCheckpointBenchmarks>(ManualConfig.Create(DefaultConfig.Instance).AddJob(single));
            return;
        }
        if (args.Length >= 1 && args[0] == "--gpu-check")
        {
            GpuCheck(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 64);
            return;
        }
        if (args.Contains("--solver-check"))
        {
            SolverCheckStudy.Run();
            return;
        }
        if (args.Contains("--mpi"))
        {
            RunUnderMpi(args.Contains("heat"));
            return;
        }
        var config = DefaultConfig.Instance
            .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(15));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }

    /// <summary>
    /// <c>mpiexec.mpich -n 2 dotnet benchmarks/Adcme.Benchmarks/bin/Release/net10.0/Adcme.Benchmarks.dll --mpi</c>:
    /// <see cref="MpiBenchmarks"/> on every rank. Every rank must make the same calls in the same order, so
    /// nothing may depend on a rank's own timings: no pilot stage (invocation counts fixed), fixed warmup and
    /// iteration counts, one job. Rank 0 logs and writes the report; the others log nothing and write theirs
    /// under BenchmarkDotNet.Artifacts/rank-N.
    /// <para><c>--mpi heat</c> runs <see cref="HeatInverseBenchmarks"/> instead (one call per iteration: a gradient takes
    /// 0.1–2 s), and on an even number of ranks <see cref="MpiLinkBenchmarks"/> after it.</para>
    /// </summary>
    private static void RunUnderMpi(bool heat)
    {
        var comm = Communicator.FromEnvironment();
        var rank = comm.Rank;
        var job = Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
            .WithStrategy(RunStrategy.Monitoring).WithUnrollFactor(1).WithInvocationCount(20)
            .WithWarmupCount(5).WithIterationCount(40); // 40: on two shared cores single iterations stall now and then
        if (heat) job = job.WithInvocationCount(1).WithWarmupCount(2).WithIterationCount(10);
        var config = ManualConfig.CreateEmpty().AddJob(job)
            .AddColumnProvider(DefaultConfig.Instance.GetColumnProviders().ToArray())
            .AddLogger(rank == 0 ? ConsoleLogger.Default : NullLogger.Instance)
            .WithArtifactsPath(Path.Combine("BenchmarkDotNet.Artifacts", rank == 0 ? "" : $"rank-{rank}"));
        if (rank == 0) config = config.AddExporter(DefaultConfig.Instance.GetExporters().ToArray());
        if (heat) config = config.AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max);
        if (!heat)
        {
            BenchmarkRunner.Run<MpiBenchmarks>(config);
            return;
        }
        BenchmarkRunner.Run<HeatInverseBenchmarks>(config);
        if (comm.Size % 2 == 0)
        {
            var link = job.WithInvocationCount(200).WithWarmupCount(5).WithIterationCount(20);
            BenchmarkRunner.Run<MpiLinkBenchmarks>(ManualConfig.CreateEmpty().AddJob(link)
                .AddColumnProvider(DefaultConfig.Instance.GetColumnProviders().ToArray())
                .AddLogger(rank == 0 ? ConsoleLogger.Default : NullLogger.Instance)
                .WithArtifactsPath(Path.Combine("BenchmarkDotNet.Artifacts", rank == 0 ? "" : $"rank-{rank}"))
                .AddExporter(rank == 0 ? DefaultConfig.Instance.GetExporters().ToArray() : [])
                .AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max));
        }
    }

    /// <summary>The benchmarked variants compute the same numbers.</summary>
    private static void Check()
    {
        var generated = ScalarLoop.Pendulum_Gradient(0.3, 2.0, 1_000_000, out var d1, out var s1);
        var hand = ScalarLoop.PendulumGradientByHand(0.3, 2.0, 1_000_000, out var d2, out var s2);
        Console.WriteLine($"loss {generated:R} / {hand:R}; dDamping {d1:R} / {d2:R}; dStiffness {s1:R} / {s2:R}");
        var heat = HeatEquation.Create(64);
        var heatLoss = HeatEquation.Loss_Gradient(heat.Kappa, heat.U0, heat.H, heat.Dt, 50, out var dKappa);
        var heatHand = HeatEquation.GradientByHand(heat, 50, out var dKappaHand);
        var worst = dKappa.ToArray().Zip(dKappaHand, (a, b) => Math.Abs(a - b) / Math.Max(1e-300, Math.Abs(b))).Max();
        Console.WriteLine($"heat loss {heatLoss:R} / {heatHand:R}; worst relative difference of dL/dκ {worst:G3}");
        var checkpointedLoss = HeatEquation.LossCheckpointed_Gradient(heat.Kappa, heat.U0, heat.H, heat.Dt, 50, out var dKappaCheckpointed);
        var same = dKappa.ToArray().SequenceEqual(dKappaCheckpointed.ToArray()) && checkpointedLoss == heatLoss;
        Console.WriteLine($"checkpointed heat gradient (20 snapshots, 50 steps) equal to store-all's bit for bit: {same}");
    }

    /// <summary><c>--gpu-check [n]</c>: on <c>ADCME_BACKEND</c>'s GPU backend, the hand-written device gradient and the
    /// generated gradient of the heat problem (n×n, 100 steps) against the CPU's hand-written adjoint; prints the largest
    /// relative differences (run before timing on a new device).</summary>
    private static void GpuCheck(int n)
    {
        var backend = Backend.Default as GpuBackend ?? throw new InvalidOperationException("--gpu-check: set ADCME_BACKEND=cuda or ilgpu-cpu.");
        var host = HeatEquation.Create(n);
        var steps = GpuHeatBenchmarks.Steps;
        var cpuLoss = HeatEquation.GradientByHand(host, steps, out var expected);
        using var hand = new HeatOnDevice(backend, host, steps);
        var handLoss = hand.Gradient();
        Console.WriteLine($"{backend.Name} n={n}: hand-written device gradient: loss {Relative(cpuLoss, handLoss):E2}, dKappa {Largest(expected, hand.DKappa()):E2} (relative to the CPU adjoint)");
        var problem = host with { Kappa = host.Kappa.To(backend), U0 = host.U0.To(backend) };
        var loss = HeatEquation.Loss_Gradient(problem.Kappa, problem.U0, problem.H, problem.Dt, steps, out var dKappa);
        Console.WriteLine($"{backend.Name} n={n}: generated gradient: loss {Relative(cpuLoss, loss):E2}, dKappa {Largest(expected, dKappa!.ToArray()):E2}; dKappa on {dKappa.Backend.Name}");
    }

    private static double Relative(double expected, double actual) => Math.Abs(expected - actual) / Math.Max(Math.Abs(expected), 1e-300);

    private static double Largest(double[] expected, double[] actual)
    {
        var scale = expected.Max(Math.Abs);
        return expected.Zip(actual, (e, a) => Math.Abs(e - a)).Max() / scale;
    }
}
