using Adcme.Checking;
using Adcme.Examples.PoissonNN;
using Adcme.Testing;

namespace Adcme.Tests;

/// <summary>PoissonNN's gradient in θ — through the network and the distributed conjugate-gradient solve — checked
/// against finite differences across ranks, equal on one rank and on several, and the example as a user runs it.</summary>
public partial class PoissonNNTests(Xunit.Abstractions.ITestOutputHelper log)
{
    [Fact]
    public void TheMisfitsGradientPassesTheDistributedCheck()
    {
        // A 6×6 grid on 2×2 patches, a small network [2, 4, 1] (17 weights), u observed at 12 nodes.
        var problem = new PoissonProblem(6, 12, Seed: 3);
        int[] sizes = [4, 1];
        var reports = new GradientCheckReport[4];
        LocalCommunicator.Run(4, comm =>
        {
            var patch = GridPatch.Of(problem.N, 2, 2, comm.Rank);
            var solveLog = new PoissonSolveLog { Tolerance = 1e-13 };
            var xy = problem.Coordinates();
            var rows = new double[2 * patch.Rows * patch.Columns];
            for (var i = 0; i < patch.Rows; i++) xy.AsSpan(2 * ((patch.Row + i) * problem.N + patch.Column), 2 * patch.Columns).CopyTo(rows.AsSpan(2 * i * patch.Columns));
            var coordinates = Tensor.FromArray(rows, patch.Rows * patch.Columns, 2);
            var source = patch.Take(problem.Sample(PoissonProblem.Source), problem.N);
            var mask = patch.Take(problem.ObservationMask(), problem.N);
            var observed = mask * patch.Take(problem.Sample((x, y) => x * (1 - x) * y * (1 - y)), problem.N);
            var theta = Layers.InitialTheta(2, sizes, 5) + 0.2;
            reports[comm.Rank] = GradientChecker.Check(PoissonModel.Misfit, theta, coordinates, sizes, source, mask, observed, problem.H,
                patch.Rows, patch.Columns, 2, 2, 10.0, comm, solveLog);
        });
        foreach (var report in reports)
        {
            Assert.True(report.Passed, report.ToString());
            Assert.Equal(4, report.Ranks);
        }
    }

    /// <summary>The global misfit and gradient in θ (sums over ranks) at the starting θ.</summary>
    private static (double Value, double[] Gradient, int ForwardIterations) Global(PoissonProblem problem, int gridRows, int gridColumns,
        PoissonPreconditioner preconditioner = PoissonPreconditioner.Automatic)
    {
        var values = new double[gridRows * gridColumns];
        var gradients = new double[gridRows * gridColumns][];
        var iterations = 0;
        LocalCommunicator.Run(gridRows * gridColumns, comm =>
        {
            var solveLog = new PoissonSolveLog { Tolerance = 1e-13, Preconditioner = preconditioner };
            using var inversion = new PoissonInversion(problem, comm, gridRows, gridColumns, solveLog);
            (values[comm.Rank], gradients[comm.Rank]) = inversion.Evaluate(PoissonInversion.InitialTheta(seed: 1));
            if (comm.Rank == 0) iterations = solveLog.ForwardIterations[0];
        });
        var gradient = new double[gradients[0].Length];
        foreach (var part in gradients) for (var c = 0; c < gradient.Length; c++) gradient[c] += part[c];
        return (values.Sum(), gradient, iterations);
    }

    [Theory]
    [InlineData(2, 2, PoissonPreconditioner.Automatic)]
    [InlineData(1, 3, PoissonPreconditioner.Automatic)]
    [InlineData(3, 2, PoissonPreconditioner.Automatic)]
    [InlineData(2, 2, PoissonPreconditioner.Jacobi)]
    [InlineData(3, 2, PoissonPreconditioner.LocalCholesky)]
    public void TheGradientOnOneRankAndOnSeveralAgree(int gridRows, int gridColumns, PoissonPreconditioner preconditioner)
    {
        var problem = new PoissonProblem(13, 40, Seed: 7);
        var (value, gradient, iterations) = Global(problem, 1, 1, PoissonPreconditioner.Jacobi);
        var (split, splitGradient, splitIterations) = Global(problem, gridRows, gridColumns, preconditioner);
        Assert.True(iterations > 10, $"the one-rank Jacobi solve took {iterations} iterations");
        if (preconditioner == PoissonPreconditioner.Automatic) Assert.Equal(1, splitIterations);
        else Assert.True(splitIterations > 3, $"the split solve took {splitIterations} iterations");
        Assert.Equal(value, split, 1e-9 * value);
        var scale = gradient.Max(Math.Abs);
        for (var c = 0; c < gradient.Length; c++)
        {
            Assert.True(Math.Abs(gradient[c] - splitGradient[c]) <= 1e-8 * scale,
                $"θ[{c}]: {gradient[c]:R} on one rank, {splitGradient[c]:R} on {gridRows}×{gridColumns} patches");
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@" \* time: \d+\.\d+")]
    private static partial System.Text.RegularExpressions.Regex TimeLine();

    private static string Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        Assert.Equal(0, Program.Run(output, args));
        return output.ToString();
    }

    private static readonly string[] Small = ["--n", "12", "--observations", "40", "--iterations", "6", "--json", "--no-png"];

    [Fact]
    public void ASmallRunPrintsItsFigures()
    {
        var text = Run(Small);
        Snapshot.Match("Examples.PoissonNN", "txt", TimeLine().Replace(text, " * time: …"));
        var json = System.Text.Json.JsonDocument.Parse(text.TrimEnd('\n').Split('\n')[^1]).RootElement;
        Assert.Equal(4, json.GetProperty("ranks").GetInt32());
        // The exact (substructured) solve: one CG iteration per forward and per adjoint solve, one of each per
        // evaluation (11 evaluations in the snapshot).
        Assert.Equal(22, json.GetProperty("cgIterations").GetInt32());
        Assert.Contains("(11 evaluations)", text, StringComparison.Ordinal);
        Assert.InRange(json.GetProperty("kappaRelativeError").GetDouble(), 0.0, 0.5);
        // L-BFGS lowers the misfit from its start (the trace's first line).
        var first = double.Parse(text.Split('\n').First(l => l.StartsWith("     0 ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1],
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(json.GetProperty("loss").GetDouble() < 0.1 * first, text);
    }

    [Fact]
    public void UnderMpiTheFiguresAreTheInProcessOnes()
    {
        string[] tiny = ["--n", "8", "--observations", "20", "--iterations", "2", "--json", "--no-png"];
        var run = MpiRun.UnderMpi(log, 4, MpiRun.BuiltAssembly("examples/PoissonNN", "PoissonNN"), tiny);
        Assert.True(run.ExitCode == 0, run.Describe());
        var expected = TimeLine().Replace(Run(tiny), " * time: …").Replace("4 in-process ranks", "4 MPI ranks", StringComparison.Ordinal);
        Assert.True(TimeLine().Replace(run.Output, " * time: …").Contains(expected, StringComparison.Ordinal), $"expected\n{expected}\n{run.Describe()}");
    }

    [Fact]
    public void TheScalingHarnessReportsForwardBackwardAndTheSolversShare()
    {
        var text = Run("--benchmark", "1", "--n", "16", "--ranks", "2", "--json");
        var json = System.Text.Json.JsonDocument.Parse(text.TrimEnd('\n').Split('\n')[^1]).RootElement;
        Assert.Equal(2, json.GetProperty("ranks").GetInt32());
        // Timings this small are noise (a gradient may even beat a forward); what is certain: one forward and one
        // adjoint iteration of the exact (substructured) solve per gradient.
        Assert.True(json.GetProperty("gradientMs").GetDouble() > 0);
        Assert.Equal(2, json.GetProperty("cgIterations").GetInt32());
        Assert.InRange(json.GetProperty("forwardSolverMs").GetDouble(), 0.0, json.GetProperty("forwardMs").GetDouble());
        Assert.Contains("backward ", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--n", "1")]
    [InlineData("--patches", "3x3")]
    [InlineData("--ranks", "3", "--patches", "2x2")]
    [InlineData("--benchmark", "0")]
    public void ItRefusesArgumentsItCannotUse(params string[] args)
    {
        var output = new StringWriter();
        Assert.Equal(2, Program.Run(output, args));
        Assert.Equal("", output.ToString());
    }
}
