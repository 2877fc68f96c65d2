namespace Adcme.Tests.Optimization;

/// <summary>Each stopping criterion, and the callback's stop.</summary>
public class StoppingTests
{
    private static readonly double[] Start = [-1.2, 1.0];

    [Fact]
    public void GradientToleranceStopsConverged()
    {
        var result = Optimize.Lbfgs(TestProblems.Rosenbrock, Start, new LbfgsOptions { GradientTolerance = 1e-3 });
        Assert.True(result.Converged);
        Assert.Equal("‖g‖∞ ≤ GradientTolerance = 0.001", result.StopReason);
        Assert.True(result.History[^1].GradientNorm <= 1e-3);
        Assert.True(result.History[^2].GradientNorm > 1e-3);
    }

    [Fact]
    public void FunctionToleranceStopsConverged()
    {
        var result = Optimize.Lbfgs(TestProblems.Rosenbrock, Start, new LbfgsOptions { GradientTolerance = 0, FunctionTolerance = 1e-2 });
        Assert.True(result.Converged);
        Assert.StartsWith("|Δf| ≤ FunctionTolerance · |f|", result.StopReason, StringComparison.Ordinal);
        var (last, previous) = (result.History[^1].Value, result.History[^2].Value);
        Assert.True(Math.Abs(last - previous) <= 1e-2 * Math.Abs(last));
    }

    [Fact]
    public void ParameterToleranceStopsConverged()
    {
        var steps = new List<double[]>();
        var result = Optimize.Adam(TestProblems.Quadratic, [5.0, -3.0, 1.0], new AdamOptions { LearningRate = 0.01, MaxIterations = 100000, GradientTolerance = 0, ParameterTolerance = 1e-6 });
        Assert.True(result.Converged);
        Assert.Equal("max |Δθ| ≤ ParameterTolerance = 1E-06", result.StopReason);
        Assert.True(result.Iterations < 100000);
    }

    [Fact]
    public void IterationLimitStopsWithoutConverging()
    {
        var result = Optimize.Lbfgs(TestProblems.Rosenbrock, Start, new LbfgsOptions { MaxIterations = 5 });
        Assert.False(result.Converged);
        Assert.Equal(5, result.Iterations);
        Assert.Equal("reached MaxIterations = 5", result.StopReason);
        var none = Optimize.Adam(TestProblems.Rosenbrock, Start, new AdamOptions { MaxIterations = 0 });
        Assert.Equal((0, 1, false), (none.Iterations, none.Evaluations, none.Converged));
        Assert.Equal(Start, none.Minimizer);
    }

    [Fact]
    public void CallbackSeesEachIterationAndStopsTheRun()
    {
        var seen = new List<OptimizationIteration>();
        var result = Optimize.Lbfgs(TestProblems.Rosenbrock, Start, new LbfgsOptions
        {
            Callback = item =>
            {
                seen.Add(item);
                return item.Iteration == 7;
            },
        });
        Assert.False(result.Converged);
        Assert.Equal("the callback asked to stop", result.StopReason);
        Assert.Equal(7, result.Iterations);
        Assert.Equal(Enumerable.Range(1, 7), seen.Select(s => s.Iteration));
        Assert.Equal(result.History.Skip(1), seen);
        Assert.Equal(seen[^1].Value, result.Minimum);
    }
}
