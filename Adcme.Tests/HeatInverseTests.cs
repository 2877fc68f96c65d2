using Adcme.Checking;
using Adcme.Examples.HeatInverse;

namespace Adcme.Tests;

/// <summary>The flagship example's gradient: checked against finite differences and the dot-product test across
/// ranks, and the same on one rank and on several (the grid split into patches, halos exchanged every step).</summary>
public class HeatInverseGradientTests
{
    [Fact]
    public void TheMisfitsGradientPassesTheDistributedCheck()
    {
        // A 6×6 grid in 2×2 patches of 3×3, four steps, observed after steps 2 and 4; κ away from the truth.
        var problem = new HeatProblem(6, 4, 2);
        var reports = new GradientCheckReport[4];
        LocalCommunicator.Run(4, comm =>
        {
            var patch = Patch.Of(problem.N, 2, 2, comm.Rank);
            var u0 = patch.Take(problem.Sample(HeatProblem.InitialState), problem.N);
            var source = patch.Take(problem.Sample(HeatProblem.Source), problem.N);
            var kappa = patch.Take(problem.Sample((x, y) => 0.8 + x * y), problem.N);
            var observed = HeatModel.Observe(patch.Take(problem.Sample(HeatProblem.TrueKappa), problem.N), u0, source, problem.H, problem.Dt,
                problem.Steps, problem.Every, 2, 2, comm);
            reports[comm.Rank] = GradientChecker.Check(HeatModel.Misfit, kappa, u0, source, observed, problem.H, problem.Dt, problem.Steps, problem.Every,
                patch.Rows, 2, 2, 1e3, comm);
        });
        foreach (var report in reports)
        {
            Assert.True(report.Passed, report.ToString());
            Assert.Equal(4, report.Ranks);
        }
    }

    /// <summary>The whole grid's gradient at κ: the sum over ranks of their gradients (what the optimizer uses).</summary>
    private static (double Value, double[] Gradient) GlobalGradient(HeatProblem problem, int gridRows, int gridColumns, double[] kappa)
    {
        var values = new double[gridRows * gridColumns];
        var gradients = new double[gridRows * gridColumns][];
        LocalCommunicator.Run(gridRows * gridColumns, comm =>
        {
            using var inversion = new HeatInversion(problem, comm, gridRows, gridColumns);
            (values[comm.Rank], gradients[comm.Rank]) = inversion.Evaluate(kappa);
        });
        var gradient = new double[kappa.Length];
        foreach (var part in gradients) for (var c = 0; c < gradient.Length; c++) gradient[c] += part[c];
        return (values.Sum(), gradient);
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(1, 4)]
    [InlineData(3, 1)]
    [InlineData(2, 3)]
    public void TheGradientOnOneRankAndOnSeveralAgree(int gridRows, int gridColumns)
    {
        var problem = new HeatProblem(13, 30, 10);
        var kappa = problem.Sample((x, y) => 1 + 0.3 * Math.Cos(3 * x) * y);
        var (value, gradient) = GlobalGradient(problem, 1, 1, kappa);
        var (split, splitGradient) = GlobalGradient(problem, gridRows, gridColumns, kappa);
        Assert.True(value > 1e-4, $"the misfit {value} should not be negligible");
        Assert.Equal(value, split, 1e-12 * value);
        var scale = gradient.Max(Math.Abs);
        for (var c = 0; c < gradient.Length; c++)
        {
            Assert.True(Math.Abs(gradient[c] - splitGradient[c]) <= 1e-10 * scale,
                $"component {c}: {gradient[c]:R} on one rank, {splitGradient[c]:R} on {gridRows}×{gridColumns} patches");
        }
    }
}
