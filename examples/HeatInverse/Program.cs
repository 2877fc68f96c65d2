using System.Globalization;
using Adcme;

namespace Adcme.Examples.HeatInverse;

/// <summary>
/// Recovers the diffusivity κ(x, y) of ∂u/∂t = κΔu + f on [0, 1]² from observations of u, with the grid split into
/// patches, one per rank, and distributed L-BFGS (rank 0 drives; every rank simulates its patch and sends back its
/// misfit and gradient). By default the ranks are threads of this process; started by an MPI launcher
/// (<c>mpiexec.mpich -n 4 dotnet HeatInverse.dll</c>) they are the processes of the MPI job, and the figures are the same.
/// </summary>
public static class Program
{
    /// <summary>How many in-process ranks run without <c>--ranks</c>.</summary>
    public const int DefaultRanks = 4;

    public const string Usage = "usage: HeatInverse [--json] [--ranks N] [--n N] [--steps N] [--every N] [--patches RxC] [--iterations N] [--png FILE | --no-png]";

    public static int Main(string[] args) => Run(Console.Out, args);

    /// <summary>What rank 0 reports.</summary>
    public sealed record Outcome(double Loss, double KappaRelativeError, double LargestError, int Iterations, int Evaluations, int Ranks,
        int PatchRows, int PatchColumns, double[] Kappa, double[] TrueKappa, IReadOnlyList<double> Losses, TimeSpan Elapsed);

    /// <summary>Solves the problem, prints the trace and the recovered κ's error on <paramref name="output"/>; with
    /// --json the last line is {"loss":…,"kappaRelativeError":…,"iterations":…,"ranks":…}. Returns 0, or 2 (and a
    /// message on stderr) for arguments it does not understand.</summary>
    public static int Run(TextWriter output, string[] args)
    {
        if (!Options.TryParse(args, out var options, out var error))
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine(Usage);
            return 2;
        }
        var environment = Communicator.FromEnvironment();
        if (environment is MpiCommunicator mpi)
        {
            if ((options.Ranks is { } ranks && ranks != mpi.Size) || !TryPatches(options, mpi.Size, out _, out error))
            {
                if (mpi.Rank == 0) Console.Error.WriteLine(options.Ranks is { } r && r != mpi.Size
                    ? $"--ranks {r}: under an MPI launcher the launcher sets the ranks (here {mpi.Size}); leave --ranks out."
                    : error);
                return 2;
            }
            var outcome = Solve(mpi, options, mpi.Rank == 0 ? output : TextWriter.Null, $"{mpi.Size} MPI rank{(mpi.Size == 1 ? "" : "s")}");
            if (mpi.Rank == 0) Report(output, outcome, options);
            return 0;
        }
        var size = options.Ranks ?? DefaultRanks;
        if (!TryPatches(options, size, out _, out error))
        {
            Console.Error.WriteLine(error);
            return 2;
        }
        Outcome? first = null;
        LocalCommunicator.Run(size, comm =>
        {
            var outcome = Solve(comm, options, comm.Rank == 0 ? output : TextWriter.Null, $"{size} in-process rank{(size == 1 ? "" : "s")}");
            if (comm.Rank == 0) first = outcome;
        });
        Report(output, first!, options);
        return 0;
    }

    /// <summary>The process grid: --patches, or the most square one for the ranks (rows ≤ columns).</summary>
    private static bool TryPatches(Options options, int ranks, out (int Rows, int Columns) patches, out string error)
    {
        error = "";
        if (options.PatchRows is { } rows && options.PatchColumns is { } columns)
        {
            patches = (rows, columns);
            if (rows * columns != ranks) error = $"--patches {rows}x{columns} needs {rows * columns} ranks, but there are {ranks}";
        }
        else
        {
            patches = GridPatch.Grid(ranks);
        }
        if (error.Length == 0 && Math.Max(patches.Rows, patches.Columns) > options.N)
        {
            error = $"a {options.N}×{options.N} grid cannot be split into {patches.Rows}x{patches.Columns} patches";
        }
        return error.Length == 0;
    }

    /// <summary>Runs on every rank; <paramref name="trace"/> is rank 0's output (the others' is null).</summary>
    public static Outcome Solve(Communicator comm, Options options, TextWriter trace, string where)
    {
        TryPatches(options, comm.Size, out var patches, out _);
        var problem = new HeatProblem(options.N, options.Steps, options.Every);
        using var inversion = new HeatInversion(problem, comm, patches.Rows, patches.Columns);
        var n = problem.N;
        trace.WriteLine(FormattableString.Invariant($"HeatInverse: ∂u/∂t = κ(x, y)Δu + f on [0, 1]², {n}×{n} grid, {problem.Steps} steps, u observed every {problem.Every}"));
        trace.WriteLine(FormattableString.Invariant($"{where}, {patches.Rows}×{patches.Columns} patches; κ from {HeatProblem.InitialKappa} by L-BFGS"));
        var initial = Enumerable.Repeat(HeatProblem.InitialKappa, n * n).ToArray();
        var result = Optimize.Lbfgs(comm, inversion.Evaluate, initial, new LbfgsOptions
        {
            MaxIterations = options.Iterations,
            GradientTolerance = 1e-14,
            Trace = trace == TextWriter.Null ? null : trace,
            TraceEvery = 10,
            Objective = DistributedObjective.SummedOverRanks,
        });
        double squares = 0, norm = 0, largest = 0;
        for (var c = 0; c < n * n; c++)
        {
            var difference = result.Minimizer[c] - inversion.TrueKappa[c];
            squares += difference * difference;
            norm += inversion.TrueKappa[c] * inversion.TrueKappa[c];
            largest = Math.Max(largest, Math.Abs(difference));
        }
        return new Outcome(result.Minimum, Math.Sqrt(squares / norm), largest, result.Iterations, result.Evaluations, comm.Size, patches.Rows, patches.Columns,
            result.Minimizer, inversion.TrueKappa, result.History.Select(h => h.Value).ToList(), result.Elapsed);
    }

    private static void Report(TextWriter output, Outcome outcome, Options options)
    {
        var invariant = CultureInfo.InvariantCulture;
        output.WriteLine(string.Format(invariant, "misfit {0:E3} after {1} iterations ({2} evaluations)", outcome.Loss, outcome.Iterations, outcome.Evaluations));
        output.WriteLine(string.Format(invariant, "relative error of the recovered κ: {0:E3} (largest {1:F4})", outcome.KappaRelativeError, outcome.LargestError));
        if (options.Png is { } png)
        {
            Figure.Write(png, options.N, outcome.TrueKappa, outcome.Kappa, outcome.Losses);
            output.WriteLine($"wrote {png}");
        }
        if (options.Json)
        {
            output.WriteLine(string.Create(invariant,
                $"{{\"loss\":{outcome.Loss:R},\"kappaRelativeError\":{outcome.KappaRelativeError:R},\"iterations\":{outcome.Iterations},\"ranks\":{outcome.Ranks}}}"));
        }
    }
}
