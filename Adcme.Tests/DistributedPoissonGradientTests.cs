using Adcme.Checking;
using static Adcme.Tests.CommunicationGradientTests;

namespace Adcme.Tests;

/// <summary>Differentiable methods through <see cref="DistributedPoisson.Solve"/>.</summary>
public static partial class PoissonCases
{
    /// <summary>Σ (u − d)² over this rank's patch, u solving −∇·(κ∇u) = f: summed over ranks by M_Gradient.</summary>
    [Differentiable]
    public static double Misfit(Tensor kappa, Tensor f, [NoDerivative] Tensor data, [NoDerivative] double h, int gridRows, int gridColumns,
        [NoDerivative] Communicator comm, [NoDerivative] PoissonSolveLog log)
    {
        var u = DistributedPoisson.Solve(kappa, f, h, gridRows, gridColumns, comm, log);
        return Tensor.SumOfSquares(u - data);
    }

    /// <summary>κ = exp(θ), u solved twice (the second with the first as source): two ordered calls in sequence.</summary>
    [Differentiable]
    public static double TwoSolves(Tensor theta, [NoDerivative] Tensor f, [NoDerivative] double h, int gridRows, int gridColumns,
        [NoDerivative] Communicator comm, [NoDerivative] PoissonSolveLog log)
    {
        var kappa = Tensor.Exp(theta);
        var u = DistributedPoisson.Solve(kappa, f, h, gridRows, gridColumns, comm, log);
        var w = DistributedPoisson.Solve(kappa, u, h, gridRows, gridColumns, comm, log);
        return comm.AllreduceSum(Tensor.Sum(w * u));
    }
}

/// <summary><see cref="DistributedPoisson.Solve"/>'s pullback and tangent: checked by central differences and the
/// dot-product test under the global inner product on 1 to 4 in-process ranks, and equal to the one-rank ones.</summary>
public class DistributedPoissonGradientTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static PoissonSolveLog Tight() => new() { Tolerance = 1e-13 };

    private static object?[] MisfitArguments(PoissonGrid grid, Communicator comm, PoissonSolveLog log)
    {
        var (rows, columns) = PoissonGrid.GridOf(comm.Size);
        return [grid.Take(grid.Kappa, rows, columns, comm.Rank), grid.Take(grid.Source, rows, columns, comm.Rank), grid.Take(grid.Data, rows, columns, comm.Rank),
            grid.H, rows, columns, comm, log];
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void TheMisfitPassesTheDistributedGradientCheck(int ranks)
    {
        var grid = new PoissonGrid(7);
        var reports = OnRanks(ranks, comm => GradientChecker.Check(PoissonCases.Misfit, MisfitArguments(grid, comm, Tight())));
        output.WriteLine(reports[0].ToString());
        Assert.True(reports[0].Passed, reports[0].ToString());
        Assert.All(reports, r => Assert.Equal(reports[0].ToString(), r.ToString()));
        Assert.Equal(ranks, reports[0].Ranks);
        Assert.Equal(2 * 49, reports[0].Components.Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void TwoSolvesWithTheSameKappaPassTheDistributedGradientCheck(int ranks)
    {
        var grid = new PoissonGrid(6);
        var theta = grid.Sample((x, y) => 0.3 * Math.Sin(3 * x) * y);
        var reports = OnRanks(ranks, comm =>
        {
            var (rows, columns) = PoissonGrid.GridOf(comm.Size);
            return GradientChecker.Check(PoissonCases.TwoSolves, grid.Take(theta, rows, columns, comm.Rank), grid.Take(grid.Source, rows, columns, comm.Rank),
                grid.H, rows, columns, comm, Tight());
        });
        output.WriteLine(reports[0].ToString());
        Assert.True(reports[0].Passed, reports[0].ToString());
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(1, 3)]
    [InlineData(3, 2)]
    public void ThePullbackOnPatchesEqualsTheOneRankPullback(int gridRows, int gridColumns)
    {
        const int n = 13;
        var grid = new PoissonGrid(n);
        var log = Tight();
        var whole = PoissonCases.Misfit_Gradient(Tensor.FromArray(grid.Kappa, n, n), Tensor.FromArray(grid.Source, n, n), Tensor.FromArray(grid.Data, n, n),
            grid.H, 1, 1, Communicator.Single, log, out var dKappaWhole, out var dFWhole);
        Assert.Single(log.ForwardIterations);
        Assert.Single(log.AdjointIterations);
        var results = OnRanks(gridRows * gridColumns, comm =>
        {
            var rankLog = Tight();
            var value = PoissonCases.Misfit_Gradient(grid.Take(grid.Kappa, gridRows, gridColumns, comm.Rank), grid.Take(grid.Source, gridRows, gridColumns, comm.Rank),
                grid.Take(grid.Data, gridRows, gridColumns, comm.Rank), grid.H, gridRows, gridColumns, comm, rankLog, out var dKappa, out var dF);
            return (Value: value, DKappa: dKappa.ToArray(), DF: dF.ToArray(), Adjoint: rankLog.AdjointIterations.Single());
        });
        Assert.Equal(whole, results.Sum(r => r.Value), 1e-12 * whole);
        var dKappa = grid.Assemble(results.Select(r => r.DKappa).ToArray(), gridRows, gridColumns);
        var dF = grid.Assemble(results.Select(r => r.DF).ToArray(), gridRows, gridColumns);
        var dKappaDifference = PoissonGrid.MaxDifference(dKappa, dKappaWhole.ToArray());
        var dFDifference = PoissonGrid.MaxDifference(dF, dFWhole.ToArray());
        output.WriteLine($"max |κ̄| {dKappaWhole.ToArray().Max(Math.Abs):G3}, difference {dKappaDifference:G3}; max |f̄| {dFWhole.ToArray().Max(Math.Abs):G3}, difference {dFDifference:G3}");
        Assert.True(dKappaDifference <= 1e-9, $"κ̄ differs by {dKappaDifference:G3}");
        Assert.True(dFDifference <= 1e-9, $"f̄ differs by {dFDifference:G3}");
        Assert.All(results, r => Assert.Equal(results[0].Adjoint, r.Adjoint));
    }

    [Fact]
    public void ThePullbackWithoutAForwardOnTheSameKappaGivesTheSameAdjoints()
    {
        const int n = 10;
        var grid = new PoissonGrid(n);
        var results = OnRanks(4, comm =>
        {
            var log = Tight();
            var kappa = grid.Take(grid.Kappa, 2, 2, comm.Rank);
            var f = grid.Take(grid.Source, 2, 2, comm.Rank);
            var u = DistributedPoisson.Solve(kappa, f, grid.H, 2, 2, comm, log);
            var seed = grid.Take(grid.Data, 2, 2, comm.Rank);
            Tensor? dKappa = null, dF = null;
            DistributedPoisson.Solve_Pullback(kappa, f, grid.H, 2, 2, comm, log, u, seed, ref dKappa, ref dF);
            // A fresh copy of κ: not the tensor the operator was built for.
            Tensor? dKappaFresh = Tensor.Ones(kappa.Shape.ToArray()), dFFresh = null;
            DistributedPoisson.Solve_Pullback(Tensor.FromArray(kappa.ToArray(), kappa.Shape.ToArray()), f, grid.H, 2, 2, comm, log, u, seed, ref dKappaFresh, ref dFFresh);
            return (dKappa!.ToArray(), dF!.ToArray(), dKappaFresh!.ToArray(), dFFresh!.ToArray());
        });
        foreach (var (dKappa, dF, dKappaFresh, dFFresh) in results)
        {
            Assert.Equal(dF, dFFresh);
            // The pullback adds into a non-null adjoint (here ones).
            for (var c = 0; c < dKappa.Length; c++) Assert.Equal(dKappa[c] + 1, dKappaFresh[c], 14);
        }
    }

    [Fact]
    public void KappaBarMatchesDiffusionsPullbackOnOneRank()
    {
        // On one rank κ̄ = −λᵀ(∂A/∂κ)u = λᵀ ∂Diffusion/∂κ u: Diffusion_Pullback with seed λ = f̄.
        const int n = 8;
        var grid = new PoissonGrid(n);
        var kappa = Tensor.FromArray(grid.Kappa, n, n);
        var f = Tensor.FromArray(grid.Source, n, n);
        var log = Tight();
        var u = DistributedPoisson.Solve(kappa, f, grid.H, 1, 1, Communicator.Single, log);
        var seed = Tensor.FromArray(grid.Data, n, n);
        Tensor? dKappa = null, dF = null;
        DistributedPoisson.Solve_Pullback(kappa, f, grid.H, 1, 1, Communicator.Single, log, u, seed, ref dKappa, ref dF);
        Tensor? expected = null, unused = null;
        Stencils.Diffusion_Pullback(kappa, u, grid.H, Stencils.Diffusion(kappa, u, grid.H), dF!, ref expected, ref unused);
        var scale = expected!.ToArray().Max(Math.Abs);
        Assert.True(PoissonGrid.MaxDifference(dKappa!.ToArray(), expected.ToArray()) <= 1e-12 * scale);
        // f̄ = λ solves A λ = ū: −Diffusion(κ, λ) = seed.
        var residual = (Stencils.Diffusion(kappa, dF!, grid.H) + seed).ToArray().Max(Math.Abs);
        Assert.True(residual <= 1e-9 * seed.ToArray().Max(Math.Abs), $"residual {residual:G3}");
    }
}
