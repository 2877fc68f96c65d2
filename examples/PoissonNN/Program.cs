using System.Diagnostics;
using System.Globalization;
using Adcme;
using Adcme.Examples.HeatInverse;

namespace Adcme.Examples.PoissonNN;

/// <summary>
/// Recovers κ(x, y) = |NN_θ(x, y)| + κ₀ in −∇·(κ∇u) = f on [0, 1]² from u observed at scattered nodes: the grid split
/// into patches, one per rank, the solve a distributed conjugate-gradient solve (its adjoint one more solve), θ found
/// by distributed L-BFGS. By default the ranks are threads of this process; under <c>mpiexec.mpich -n P</c> they are
/// the MPI job's processes. <c>--benchmark R</c> times the forward and the gradient instead (the scaling harness).
/// </summary>
public static class Program
{
    public const int DefaultRanks = 4;

    public const string Usage = "usage: PoissonNN [--json] [--ranks N] [--n N] [--observations K] [--patches RxC] [--iterations N] [--png FILE | --no-png] [--benchmark R]";

    public static int Main(string[] args) => Run(Console.Out, args);

    /// <summary>What rank 0 reports.</summary>
    public sealed record Outcome(double Loss, double KappaRelativeError, int Iterations, int Evaluations, int Ranks, int GridRows, int GridColumns,
        IReadOnlyList<int> ForwardIterations, IReadOnlyList<int> AdjointIterations, double[] Kappa, double[] TrueKappa, IReadOnlyList<double> Losses,
        PoissonPreconditioner Preconditioner = PoissonPreconditioner.Automatic);

    public static int Run(TextWriter output, string[] args)
    {
        if (!Options.TryParse(args, out var options, out var error))
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine(Usage);
            return 2;
        }
        var environment = Communicator.FromEnvironment();
        var mpi = environment as MpiCommunicator;
        var size = mpi?.Size ?? options.Ranks ?? DefaultRanks;
        if (mpi is not null && options.Ranks is { } r && r != mpi.Size) error = $"--ranks {r}: under an MPI launcher the launcher sets the ranks (here {mpi.Size}); leave --ranks out.";
        else TryGrid(options, size, out _, out error);
        if (error.Length > 0)
        {
            if (mpi is null || mpi.Rank == 0) Console.Error.WriteLine(error);
            return 2;
        }
        var where = $"{size} {(mpi is null ? "in-process" : "MPI")} rank{(size == 1 ? "" : "s")}";
        void Body(Communicator comm)
        {
            var writer = comm.Rank == 0 ? output : TextWriter.Null;
            if (options.Benchmark > 0) Benchmark(comm, options, writer, where);
            else Solve(comm, options, writer, where);
        }
        if (mpi is not null) Body(mpi);
        else LocalCommunicator.Run(size, Body);
        return 0;
    }

    private static bool TryGrid(Options options, int ranks, out (int Rows, int Columns) grid, out string error)
    {
        error = "";
        grid = options.PatchRows is { } rows && options.PatchColumns is { } columns ? (rows, columns) : GridPatch.Grid(ranks);
        if (grid.Rows * grid.Columns != ranks) error = $"--patches {grid.Rows}x{grid.Columns} needs {grid.Rows * grid.Columns} ranks, but there are {ranks}";
        else if (Math.Max(grid.Rows, grid.Columns) > options.N) error = $"a {options.N}×{options.N} grid cannot be split into {grid.Rows}x{grid.Columns} patches";
        return error.Length == 0;
    }

    /// <summary>The inversion, on every rank; rank 0 prints.</summary>
    private static void Solve(Communicator comm, Options options, TextWriter output, string where)
    {
        TryGrid(options, comm.Size, out var grid, out _);
        var problem = new PoissonProblem(options.N, options.Observations, Seed: 7);
        var log = new PoissonSolveLog();
        using var inversion = new PoissonInversion(problem, comm, grid.Rows, grid.Columns, log);
        var n = problem.N;
        output.WriteLine(FormattableString.Invariant($"PoissonNN: −∇·(κ∇u) = f on [0, 1]², {n}×{n} grid, u observed at {Math.Min(problem.Observations, n * n)} scattered nodes"));
        output.WriteLine(FormattableString.Invariant($"κ = |NN_θ(x, y)| + {PoissonProblem.KappaFloor}, layers [2, {string.Join(", ", PoissonProblem.Sizes)}] (tanh); {where}, {grid.Rows}×{grid.Columns} patches; θ by L-BFGS"));
        var result = Optimize.Lbfgs(comm, inversion.Evaluate, PoissonInversion.InitialTheta(seed: 1), new LbfgsOptions
        {
            MaxIterations = options.Iterations,
            GradientTolerance = 1e-12,
            Trace = output == TextWriter.Null ? null : output,
            TraceEvery = 10,
        });
        if (comm.Rank != 0) return;
        using var theta = Tensor.FromArray(result.Minimizer);
        using var coordinates = Tensor.FromArray(problem.Coordinates(), n * n, 2);
        var kappa = PoissonModel.Kappa(theta, coordinates, PoissonProblem.Sizes);
        var truth = problem.Sample(PoissonProblem.TrueKappa);
        double squares = 0, norm = 0;
        for (var c = 0; c < n * n; c++)
        {
            squares += (kappa[c] - truth[c]) * (kappa[c] - truth[c]);
            norm += truth[c] * truth[c];
        }
        var outcome = new Outcome(result.Minimum, Math.Sqrt(squares / norm), result.Iterations, result.Evaluations, comm.Size, grid.Rows, grid.Columns,
            log.ForwardIterations, log.AdjointIterations, kappa, truth, result.History.Select(h => h.Value).ToList(),
            log.Solves.Count > 0 ? log.Solves[^1].Preconditioner : PoissonPreconditioner.Automatic);
        Report(output, outcome, options);
    }

    private static void Report(TextWriter output, Outcome outcome, Options options)
    {
        var invariant = CultureInfo.InvariantCulture;
        var cg = outcome.ForwardIterations.Sum() + outcome.AdjointIterations.Sum();
        output.WriteLine(string.Format(invariant, "misfit {0:E3} after {1} iterations ({2} evaluations)", outcome.Loss, outcome.Iterations, outcome.Evaluations));
        output.WriteLine(string.Format(invariant, "conjugate gradients ({0} preconditioner): {1} forward solves of {2} iteration(s), {3} adjoint solves of {4}; {5} in all",
            outcome.Preconditioner.ToString().ToLowerInvariant(), outcome.ForwardIterations.Count, Range(outcome.ForwardIterations),
            outcome.AdjointIterations.Count, Range(outcome.AdjointIterations), cg));
        output.WriteLine(string.Format(invariant, "relative error of the recovered κ: {0:E3}", outcome.KappaRelativeError));
        if (options.Png is { } png)
        {
            Figure.Write(png, options.N, outcome.TrueKappa, outcome.Kappa, outcome.Losses);
            output.WriteLine($"wrote {png}");
        }
        if (options.Json)
        {
            output.WriteLine(string.Create(invariant,
                $"{{\"loss\":{outcome.Loss:R},\"kappaRelativeError\":{outcome.KappaRelativeError:R},\"cgIterations\":{cg},\"ranks\":{outcome.Ranks}}}"));
        }
    }

    private static string Range(IReadOnlyList<int> values)
    {
        int min = Min(values), max = Max(values);
        return min == max ? min.ToString(CultureInfo.InvariantCulture) : FormattableString.Invariant($"{min}–{max}");
    }

    private static int Min(IReadOnlyList<int> values) => values.Count == 0 ? 0 : values.Min();

    private static int Max(IReadOnlyList<int> values) => values.Count == 0 ? 0 : values.Max();

    /// <summary>The scaling harness: the forward (the misfit alone) and the gradient, <c>R</c> times each at the
    /// starting θ; the slowest rank's times, the linear solver's share, and the rest (the overhead).</summary>
    private static void Benchmark(Communicator comm, Options options, TextWriter output, string where)
    {
        TryGrid(options, comm.Size, out var grid, out _);
        var problem = new PoissonProblem(options.N, options.Observations, Seed: 7);
        var log = new PoissonSolveLog();
        using var inversion = new PoissonInversion(problem, comm, grid.Rows, grid.Columns, log);
        var theta = PoissonInversion.InitialTheta(seed: 1);
        inversion.Evaluate(theta); // warm up: JIT, pools
        var forward = new List<(double Total, double Solver)>();
        var gradient = new List<(double Total, double Solver)>();
        for (var k = 0; k < options.Benchmark; k++)
        {
            forward.Add(Time(comm, log, () => inversion.Misfit(theta)));
            gradient.Add(Time(comm, log, () => inversion.Evaluate(theta)));
        }
        var (f, fs) = Median(forward);
        var (g, gs) = Median(gradient);
        var cg = log.ForwardIterations.LastOrDefault() + log.AdjointIterations.LastOrDefault();
        output.WriteLine(FormattableString.Invariant($"PoissonNN benchmark: {problem.N}×{problem.N} grid, {where}, {grid.Rows}×{grid.Columns} patches, median of {options.Benchmark}"));
        output.WriteLine(FormattableString.Invariant($"forward  {f,9:F1} ms (solver {fs,9:F1} ms, overhead {f - fs,8:F1} ms)"));
        output.WriteLine(FormattableString.Invariant($"backward {g - f,9:F1} ms (solver {gs - fs,9:F1} ms, overhead {g - gs - (f - fs),8:F1} ms)"));
        output.WriteLine(FormattableString.Invariant($"gradient {g,9:F1} ms = {g / f:F2} × forward; CG iterations per gradient {cg}"));
        if (options.Json)
        {
            output.WriteLine(FormattableString.Invariant(
                $"{{\"n\":{problem.N},\"ranks\":{comm.Size},\"forwardMs\":{f:R},\"gradientMs\":{g:R},\"ratio\":{g / f:R},\"forwardSolverMs\":{fs:R},\"gradientSolverMs\":{gs:R},\"cgIterations\":{cg}}}"));
        }
    }

    /// <summary>The slowest rank's wall time and solver time of one call, in ms.</summary>
    private static (double Total, double Solver) Time(Communicator comm, PoissonSolveLog log, Action call)
    {
        comm.Barrier();
        var before = log.Solves.Count;
        var clock = Stopwatch.StartNew();
        call();
        var total = clock.Elapsed.TotalMilliseconds;
        var solver = log.Solves.Skip(before).Sum(s => s.Elapsed.TotalMilliseconds);
        return (comm.AllreduceMax(total), comm.AllreduceMax(solver));
    }

    private static (double Total, double Solver) Median(List<(double Total, double Solver)> times)
    {
        var sorted = times.OrderBy(t => t.Total).ToList();
        return sorted[sorted.Count / 2];
    }
}
