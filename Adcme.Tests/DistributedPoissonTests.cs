using static Adcme.Tests.CommunicationGradientTests;

namespace Adcme.Tests;

/// <summary><see cref="DistributedPoisson.Solve"/>'s forward: the operator is −Stencils.Diffusion, the solution is the
/// direct solve's, the same on any process grid, and its errors.</summary>
public class DistributedPoissonTests
{
    private static PoissonSolveLog Tight() => new() { Tolerance = 1e-13 };

    [Fact]
    public void TheOperatorIsMinusDiffusionOnOneRank()
    {
        var grid = new PoissonGrid(9);
        var kappa = Tensor.FromArray(grid.Kappa, 9, 9);
        var u = Tensor.RandomNormal(3, 9, 9);
        var op = PoissonPatchOperator.Build(kappa.Span, 9, 9, grid.H, 1, 1, Communicator.Single);
        var padded = op.Pad(u.Span);
        var product = new double[81];
        op.Apply(padded, product);
        var diffusion = Stencils.Diffusion(kappa, u, grid.H).ToArray();
        var scale = diffusion.Max(Math.Abs);
        for (var c = 0; c < 81; c++) Assert.True(Math.Abs(product[c] + diffusion[c]) <= 1e-13 * scale, $"node {c}: {product[c]} against {-diffusion[c]}");
    }

    [Fact]
    public void OnOneRankItIsTheDirectSolveOfMinusDiffusion()
    {
        const int n = 7;
        var grid = new PoissonGrid(n);
        var kappa = Tensor.FromArray(grid.Kappa, n, n);
        var u = DistributedPoisson.Solve(kappa, Tensor.FromArray(grid.Source, n, n), grid.H, 1, 1, Communicator.Single, Tight()).ToArray();

        // The dense matrix of −Diffusion(κ, ·, h), column by column, solved by Gaussian elimination.
        var size = n * n;
        var matrix = new double[size, size];
        for (var k = 0; k < size; k++)
        {
            var unit = new double[size];
            unit[k] = 1;
            var column = Stencils.Diffusion(kappa, Tensor.FromArray(unit, n, n), grid.H).ToArray();
            for (var i = 0; i < size; i++) matrix[i, k] = -column[i];
        }
        var direct = Eliminate(matrix, grid.Source);
        Assert.True(PoissonGrid.MaxDifference(u, direct) <= 1e-9, $"max difference {PoissonGrid.MaxDifference(u, direct):G3}");
        Assert.True(direct.Min() > 0.01, "f > 0 and κ > 0 give u > 0 (the sign convention)");
    }

    [Theory]
    [InlineData(PoissonPreconditioner.Jacobi, 10, 200, PoissonPreconditioner.Jacobi)]
    [InlineData(PoissonPreconditioner.LocalCholesky, 1, 1, PoissonPreconditioner.LocalCholesky)]
    [InlineData(PoissonPreconditioner.Direct, 1, 1, PoissonPreconditioner.Direct)]
    [InlineData(PoissonPreconditioner.Automatic, 1, 1, PoissonPreconditioner.Direct)]
    public void TheResidualOfMinusDiffusionIsWithinTheTolerance(PoissonPreconditioner preconditioner, int fewest, int most, PoissonPreconditioner used)
    {
        const int n = 32;
        var grid = new PoissonGrid(n);
        var kappa = Tensor.FromArray(grid.Kappa, n, n);
        var f = Tensor.FromArray(grid.Source, n, n);
        var log = new PoissonSolveLog { Tolerance = 1e-11, Preconditioner = preconditioner };
        var u = DistributedPoisson.Solve(kappa, f, grid.H, 1, 1, Communicator.Single, log);
        var residual = (Stencils.Diffusion(kappa, u, grid.H) + f).ToArray();
        var relative = Math.Sqrt(residual.Sum(r => r * r) / grid.Source.Sum(v => v * v));
        Assert.True(relative <= 1e-11 * 1.0001, $"relative residual {relative:G3}");
        var record = Assert.Single(log.Solves);
        Assert.Equal(PoissonSolveKind.Forward, record.Kind);
        Assert.InRange(record.Iterations, fewest, most);
        Assert.Equal(used, record.Preconditioner);
        if (used != PoissonPreconditioner.Jacobi) Assert.True(record.Setup > TimeSpan.Zero);
        Assert.Equal(record.Iterations, Assert.Single(log.ForwardIterations));
        Assert.True(record.RelativeResidual <= 1e-11);
        Assert.Empty(log.AdjointIterations);
    }

    [Theory]
    [InlineData(2, 2, PoissonPreconditioner.Automatic)]
    [InlineData(1, 3, PoissonPreconditioner.Automatic)]
    [InlineData(3, 2, PoissonPreconditioner.Automatic)]
    [InlineData(3, 1, PoissonPreconditioner.Automatic)]
    [InlineData(3, 3, PoissonPreconditioner.Direct)]
    [InlineData(2, 2, PoissonPreconditioner.Jacobi)]
    [InlineData(3, 2, PoissonPreconditioner.Jacobi)]
    [InlineData(2, 2, PoissonPreconditioner.LocalCholesky)]
    [InlineData(1, 3, PoissonPreconditioner.LocalCholesky)]
    public void PatchesOnAnyProcessGridGiveTheOneRankSolution(int gridRows, int gridColumns, PoissonPreconditioner preconditioner)
    {
        const int n = 13;
        var grid = new PoissonGrid(n);
        var whole = DistributedPoisson.Solve(Tensor.FromArray(grid.Kappa, n, n), Tensor.FromArray(grid.Source, n, n), grid.H, 1, 1, Communicator.Single, Tight()).ToArray();
        var results = OnRanks(gridRows * gridColumns, comm =>
        {
            var log = Tight();
            log.Preconditioner = preconditioner;
            var u = DistributedPoisson.Solve(grid.Take(grid.Kappa, gridRows, gridColumns, comm.Rank), grid.Take(grid.Source, gridRows, gridColumns, comm.Rank),
                grid.H, gridRows, gridColumns, comm, log);
            return (U: u.ToArray(), Iterations: log.ForwardIterations[0], Used: log.Solves[0].Preconditioner);
        });
        var assembled = grid.Assemble(results.Select(r => r.U).ToArray(), gridRows, gridColumns);
        Assert.True(PoissonGrid.MaxDifference(assembled, whole) <= 1e-9, $"max difference {PoissonGrid.MaxDifference(assembled, whole):G3}");
        Assert.All(results, r => Assert.Equal(results[0].Iterations, r.Iterations));
        // Automatic resolves to the exact substructured solve here: one iteration; block Jacobi and Jacobi iterate.
        var used = preconditioner == PoissonPreconditioner.Automatic ? PoissonPreconditioner.Direct : preconditioner;
        Assert.All(results, r => Assert.Equal(used, r.Used));
        if (used == PoissonPreconditioner.Direct) Assert.Equal(1, results[0].Iterations);
        else Assert.True(results[0].Iterations > 3, $"{results[0].Iterations} iterations");
    }

    /// <summary>Patches one node thick: every node of a middle patch is on the interface (no interior at all), and a
    /// 1 × 1 patch in a 3 × 3 grid touches four neighbours. The direct solve is still exact: one iteration, the
    /// one-rank solution, and its adjoint the one-rank adjoint.</summary>
    [Theory]
    [InlineData(5, 5, 1)]
    [InlineData(3, 3, 3)]
    [InlineData(4, 1, 4)]
    public void PatchesWithoutInteriorNodesAreSolvedExactly(int n, int gridRows, int gridColumns)
    {
        var grid = new PoissonGrid(n);
        var whole = DistributedPoisson.Solve(Tensor.FromArray(grid.Kappa, n, n), Tensor.FromArray(grid.Source, n, n), grid.H, 1, 1, Communicator.Single, Tight()).ToArray();
        var results = OnRanks(gridRows * gridColumns, comm =>
        {
            var log = new PoissonSolveLog { Preconditioner = PoissonPreconditioner.Direct };
            var u = DistributedPoisson.Solve(grid.Take(grid.Kappa, gridRows, gridColumns, comm.Rank), grid.Take(grid.Source, gridRows, gridColumns, comm.Rank),
                grid.H, gridRows, gridColumns, comm, log);
            return (U: u.ToArray(), Iterations: log.ForwardIterations[0]);
        });
        var assembled = grid.Assemble(results.Select(r => r.U).ToArray(), gridRows, gridColumns);
        Assert.True(PoissonGrid.MaxDifference(assembled, whole) <= 1e-12 * whole.Max(Math.Abs), $"max difference {PoissonGrid.MaxDifference(assembled, whole):G3}");
        Assert.All(results, r => Assert.Equal(1, r.Iterations));
    }

    [Fact]
    public void ShapesThatDoNotMatchAreNamed()
    {
        var log = new PoissonSolveLog();
        var error = Assert.Throws<TensorShapeException>(() => DistributedPoisson.Solve(Tensor.Ones(3, 4), Tensor.Ones(4, 3), 0.1, 1, 1, Communicator.Single, log));
        Assert.Contains("[3, 4] and [4, 3]", error.Message, StringComparison.Ordinal);
        error = Assert.Throws<TensorShapeException>(() => DistributedPoisson.Solve(Tensor.Ones(12), Tensor.Ones(12), 0.1, 1, 1, Communicator.Single, log));
        Assert.Contains("must be 2-D patches [n, m], got [12] and [12]", error.Message, StringComparison.Ordinal);
        Assert.Empty(log.Solves);
    }

    [Fact]
    public void AProcessGridThatDoesNotFitTheRanksIsRefusedOnEveryRank()
    {
        var messages = OnRanks(3, comm => Assert.Throws<ArgumentException>(
            () => DistributedPoisson.Solve(Tensor.Ones(3, 3), Tensor.Ones(3, 3), 0.1, 2, 2, comm, new PoissonSolveLog())).Message);
        Assert.All(messages, m => Assert.Contains("a process grid of 2 × 2 does not fit 3 rank(s)", m, StringComparison.Ordinal));
        Assert.Contains("rank 2 of 3", messages[2], StringComparison.Ordinal);
    }

    [Fact]
    public void PatchesThatDoNotFitAreACommunicatorErrorOnEveryRank()
    {
        // 1 × 2 grid: left and right neighbours must have the same height.
        var messages = OnRanks(2, comm =>
        {
            var rows = comm.Rank == 0 ? 4 : 5;
            return Assert.Throws<CommunicatorException>(
                () => DistributedPoisson.Solve(Tensor.Ones(rows, 3), Tensor.Ones(rows, 3), 0.1, 1, 2, comm, new PoissonSolveLog())).Message;
        });
        Assert.All(messages, m => Assert.Contains("differ in height", m, StringComparison.Ordinal));
    }

    [Fact]
    public void NoConvergenceNamesRankIterationsAndResidualOnEveryRank()
    {
        const int n = 12;
        var grid = new PoissonGrid(n);
        var messages = OnRanks(2, comm =>
        {
            var log = new PoissonSolveLog { MaxIterations = 3, Preconditioner = PoissonPreconditioner.Jacobi };
            var error = Assert.Throws<InvalidOperationException>(() => DistributedPoisson.Solve(grid.Take(grid.Kappa, 1, 2, comm.Rank),
                grid.Take(grid.Source, 1, 2, comm.Rank), grid.H, 1, 2, comm, log));
            Assert.Equal(3, Assert.Single(log.ForwardIterations));
            Assert.True(log.Solves[0].RelativeResidual > 1e-4);
            return error.Message;
        });
        for (var rank = 0; rank < 2; rank++)
        {
            Assert.Contains($"forward solve, rank {rank} of 2", messages[rank], StringComparison.Ordinal);
            Assert.Contains("did not converge in 3 iterations: relative residual ", messages[rank], StringComparison.Ordinal);
            Assert.Contains("tolerance 1E-10", messages[rank], StringComparison.Ordinal);
        }
        Assert.Equal(messages[0].Split("relative residual")[1], messages[1].Split("relative residual")[1]);
    }

    [Fact]
    public void ANonPositiveKappaIsRefusedOnEveryRank()
    {
        var messages = OnRanks(2, comm =>
        {
            var kappa = comm.Rank == 1 ? -Tensor.Ones(4, 3) : Tensor.Ones(4, 3);
            return Assert.Throws<ArgumentException>(() => DistributedPoisson.Solve(kappa, Tensor.Ones(4, 3), 0.1, 1, 2, comm, new PoissonSolveLog())).Message;
        });
        Assert.All(messages, m => Assert.Contains("κ must be positive and finite: the operator's diagonal is not at 12 node(s)", m, StringComparison.Ordinal));
    }

    /// <summary>κ = 2 but −1 at two neighbouring nodes: every diagonal entry is positive, yet the face between the
    /// two is −1 and A is indefinite (uᵀAu = −1 for u = e_a − e_b): the factorizations meet a non-positive pivot and
    /// every rank throws, also the rank whose own patch is fine.</summary>
    [Theory]
    [InlineData(1, PoissonPreconditioner.Direct)]
    [InlineData(2, PoissonPreconditioner.Direct)]
    [InlineData(2, PoissonPreconditioner.Automatic)]
    [InlineData(2, PoissonPreconditioner.LocalCholesky)]
    public void AnIndefiniteOperatorIsRefusedOnEveryRank(int ranks, PoissonPreconditioner preconditioner)
    {
        const int n = 8;
        var kappa = Enumerable.Repeat(2.0, n * n).ToArray();
        kappa[2 * n + 1] = kappa[2 * n + 2] = -1;
        var grid = new PoissonGrid(n);
        var messages = OnRanks(ranks, comm =>
        {
            var log = new PoissonSolveLog { Preconditioner = preconditioner };
            return Assert.Throws<InvalidOperationException>(() => DistributedPoisson.Solve(grid.Take(kappa, 1, ranks, comm.Rank),
                grid.Take(grid.Source, 1, ranks, comm.Rank), grid.H, 1, ranks, comm, log)).Message;
        });
        for (var rank = 0; rank < ranks; rank++)
        {
            Assert.Contains($"forward solve, rank {rank} of {ranks}): the operator is not positive definite", messages[rank], StringComparison.Ordinal);
            Assert.Contains("non-positive pivot", messages[rank], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AutomaticFallsBackToJacobiOverItsLimits()
    {
        const int n = 12;
        var grid = new PoissonGrid(n);
        var interfaceTooLarge = OnRanks(2, comm =>
        {
            var log = new PoissonSolveLog { MaxDirectInterfaceNodes = 2 * n - 1 };
            DistributedPoisson.Solve(grid.Take(grid.Kappa, 1, 2, comm.Rank), grid.Take(grid.Source, 1, 2, comm.Rank), grid.H, 1, 2, comm, log);
            return log.Solves[0];
        });
        Assert.All(interfaceTooLarge, r => Assert.Equal(PoissonPreconditioner.Jacobi, r.Preconditioner));
        Assert.All(interfaceTooLarge, r => Assert.True(r.Iterations > 3));
        var fits = OnRanks(2, comm =>
        {
            var log = new PoissonSolveLog { MaxDirectInterfaceNodes = 2 * n };
            DistributedPoisson.Solve(grid.Take(grid.Kappa, 1, 2, comm.Rank), grid.Take(grid.Source, 1, 2, comm.Rank), grid.H, 1, 2, comm, log);
            return log.Solves[0];
        });
        Assert.All(fits, r => Assert.Equal(PoissonPreconditioner.Direct, r.Preconditioner));
        // One rank's patch too large is enough for every rank to fall back.
        var patchTooLarge = OnRanks(2, comm =>
        {
            var log = new PoissonSolveLog { MaxDirectPatchNodes = comm.Rank == 1 ? n * n / 2 - 1 : n * n };
            DistributedPoisson.Solve(grid.Take(grid.Kappa, 1, 2, comm.Rank), grid.Take(grid.Source, 1, 2, comm.Rank), grid.H, 1, 2, comm, log);
            return log.Solves[0];
        });
        Assert.All(patchTooLarge, r => Assert.Equal(PoissonPreconditioner.Jacobi, r.Preconditioner));
        var single = new PoissonSolveLog { MaxDirectPatchNodes = n * n - 1 };
        DistributedPoisson.Solve(Tensor.FromArray(grid.Kappa, n, n), Tensor.FromArray(grid.Source, n, n), grid.H, 1, 1, Communicator.Single, single);
        Assert.Equal(PoissonPreconditioner.Jacobi, single.Solves[0].Preconditioner);
    }

    /// <summary>The adjoint solve reuses the factorization the forward solve built for the same κ: no set-up time,
    /// one iteration; a new κ factors anew.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void TheAdjointReusesTheForwardFactorization(int ranks)
    {
        const int n = 16;
        var grid = new PoissonGrid(n);
        var (gridRows, gridColumns) = GridPatch.Grid(ranks);
        var records = OnRanks(ranks, comm =>
        {
            var log = new PoissonSolveLog();
            var kappa = grid.Take(grid.Kappa, gridRows, gridColumns, comm.Rank);
            var f = grid.Take(grid.Source, gridRows, gridColumns, comm.Rank);
            var data = Tensor.Zeros(kappa.ShapeArray);
            for (var round = 0; round < 2; round++)
            {
                var fresh = kappa * 1.0;
                PoissonCases.Misfit_Gradient(fresh, f, data, grid.H, gridRows, gridColumns, comm, log, out var dKappa, out var dF);
            }
            return log.Solves.ToArray();
        });
        foreach (var solves in records)
        {
            Assert.Equal(new[] { PoissonSolveKind.Forward, PoissonSolveKind.Adjoint, PoissonSolveKind.Forward, PoissonSolveKind.Adjoint }, solves.Select(s => s.Kind));
            Assert.All(solves, s => Assert.Equal(PoissonPreconditioner.Direct, s.Preconditioner));
            Assert.All(solves, s => Assert.Equal(1, s.Iterations));
            Assert.True(solves[0].Setup > TimeSpan.Zero && solves[2].Setup > TimeSpan.Zero);
            Assert.Equal(TimeSpan.Zero, solves[1].Setup);
            Assert.Equal(TimeSpan.Zero, solves[3].Setup);
        }
    }

    /// <summary><see cref="Communicator.Single"/> is a new communicator each time it is read: a pullback given another
    /// one still reuses the forward's factorization (a one-rank operator never communicates).</summary>
    [Fact]
    public void OnOneRankAnyOneRankCommunicatorReusesTheFactorization()
    {
        const int n = 20;
        var grid = new PoissonGrid(n);
        var kappa = Tensor.FromArray(grid.Kappa, n, n);
        var f = Tensor.FromArray(grid.Source, n, n);
        var log = new PoissonSolveLog();
        var u = DistributedPoisson.Solve(kappa, f, grid.H, 1, 1, Communicator.Single, log);
        Tensor? dKappa = null, dF = null;
        DistributedPoisson.Solve_Pullback(kappa, f, grid.H, 1, 1, Communicator.Single, log, u, u, ref dKappa, ref dF);
        Assert.True(log.Solves[0].Setup > TimeSpan.Zero);
        Assert.Equal(PoissonSolveKind.Adjoint, log.Solves[1].Kind);
        Assert.Equal(TimeSpan.Zero, log.Solves[1].Setup);
        // λ = A⁻¹u and f̄ = λ: A λ = u checked through −Diffusion.
        var residual = (Stencils.Diffusion(kappa, dF!, grid.H) + u).ToArray();
        var scale = Math.Sqrt(u.ToArray().Sum(v => v * v));
        Assert.True(Math.Sqrt(residual.Sum(r => r * r)) <= 1e-9 * scale, "A λ = ū");
    }

    [Fact]
    public void AZeroRightHandSideTakesNoIterations()
    {
        var log = new PoissonSolveLog();
        var u = DistributedPoisson.Solve(Tensor.Ones(5, 5), Tensor.Zeros(5, 5), 0.2, 1, 1, Communicator.Single, log);
        Assert.All(u.ToArray(), v => Assert.Equal(0.0, v));
        Assert.Equal(0, Assert.Single(log.ForwardIterations));
    }

    [Fact]
    public void SettingsOutOfRangeAreRefused()
    {
        var log = new PoissonSolveLog();
        Assert.Throws<ArgumentOutOfRangeException>(() => log.Tolerance = 0);
        Assert.Throws<ArgumentOutOfRangeException>(() => log.MaxIterations = -1);
        Assert.Throws<ArgumentOutOfRangeException>(() => log.Preconditioner = (PoissonPreconditioner)7);
        Assert.Throws<ArgumentOutOfRangeException>(() => log.MaxDirectInterfaceNodes = -1);
        Assert.Throws<ArgumentOutOfRangeException>(() => log.MaxDirectPatchNodes = -1);
        Assert.Throws<ArgumentOutOfRangeException>(() => DistributedPoisson.Solve(Tensor.Ones(3, 3), Tensor.Ones(3, 3), -0.1, 1, 1, Communicator.Single, log));
    }

    private static double[] Eliminate(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var x = (double[])b.Clone();
        for (var k = 0; k < n; k++)
        {
            var pivot = k;
            for (var i = k + 1; i < n; i++) if (Math.Abs(m[i, k]) > Math.Abs(m[pivot, k])) pivot = i;
            for (var j = 0; j < n; j++) (m[k, j], m[pivot, j]) = (m[pivot, j], m[k, j]);
            (x[k], x[pivot]) = (x[pivot], x[k]);
            for (var i = k + 1; i < n; i++)
            {
                var factor = m[i, k] / m[k, k];
                for (var j = k; j < n; j++) m[i, j] -= factor * m[k, j];
                x[i] -= factor * x[k];
            }
        }
        for (var i = n - 1; i >= 0; i--)
        {
            var sum = x[i];
            for (var j = i + 1; j < n; j++) sum -= m[i, j] * x[j];
            x[i] = sum / m[i, i];
        }
        return x;
    }
}
