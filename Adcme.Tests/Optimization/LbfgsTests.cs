using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Adcme.Tests.Optimization;

/// <summary>L-BFGS in one process: known minimizers, MathNet's <see cref="LimitedMemoryBfgsMinimizer"/> as the reference.</summary>
public class LbfgsTests
{
    private static double[] MathNetMinimizer(Func<double[], (double Value, double[] Gradient)> objective, double[] initial)
    {
        var function = ObjectiveFunction.Gradient(v =>
        {
            var (value, gradient) = objective(v.ToArray());
            return (value, Vector<double>.Build.DenseOfArray(gradient));
        });
        var result = new LimitedMemoryBfgsMinimizer(1e-10, 0, 0, 10, 1000).FindMinimum(function, Vector<double>.Build.DenseOfArray(initial));
        return result.MinimizingPoint.ToArray();
    }

    [Fact]
    public void RosenbrockReachesOneOneAsMathNetDoes()
    {
        var result = Optimize.Lbfgs(TestProblems.Rosenbrock, [-1.2, 1.0], new LbfgsOptions { GradientTolerance = 1e-10 });
        Assert.True(result.Converged, result.StopReason);
        // Near (1, 1) the Hessian's smallest eigenvalue is about 0.4, so ‖g‖∞ ≤ 1e-10 puts θ within ~3e-10 of it.
        Assert.Equal(1.0, result.Minimizer[0], 1e-9);
        Assert.Equal(1.0, result.Minimizer[1], 1e-9);
        Assert.True(result.Minimum < 1e-18, $"minimum {result.Minimum}");
        Assert.True(result.Iterations < 60, $"{result.Iterations} iterations");
        var reference = MathNetMinimizer(TestProblems.Rosenbrock, [-1.2, 1.0]);
        Assert.Equal(reference[0], result.Minimizer[0], 1e-8);
        Assert.Equal(reference[1], result.Minimizer[1], 1e-8);
        Assert.Equal(result.Iterations + 1, result.History.Count);
        Assert.Equal(result.Evaluations, result.History[^1].Evaluations);
    }

    [Fact]
    public void QuadraticReachesItsMinimizerAsMathNetDoes()
    {
        // f ≈ −3.5 is known to ~1e-15, and a step that lowers ‖g‖ from 1e-8 lowers f by only ~‖g‖²/λ ≈ 1e-16, so
        // a line search on f cannot be asked for much below ‖g‖∞ ≤ 1e-8 here. A's smallest eigenvalue is 1.27,
        // so |θ − θ*| ≤ ‖g‖₂ / 1.27 < 1.4e-8.
        var result = Optimize.Lbfgs(TestProblems.Quadratic, [5.0, -3.0, 1.0], new LbfgsOptions { GradientTolerance = 1e-8 });
        Assert.True(result.Converged, result.StopReason);
        for (var i = 0; i < 3; i++) Assert.Equal(TestProblems.QuadraticMinimizer[i], result.Minimizer[i], 1.4e-8);
        Assert.Equal(TestProblems.QuadraticMinimum, result.Minimum, 1e-15);
        Assert.True(result.Gradient.All(g => Math.Abs(g) <= 1e-8));
        var reference = MathNetMinimizer(TestProblems.Quadratic, [5.0, -3.0, 1.0]);
        for (var i = 0; i < 3; i++) Assert.Equal(reference[i], result.Minimizer[i], 3e-8);
    }

    [Fact]
    public void AStartAtTheMinimizerStopsAtIterationZero()
    {
        var result = Optimize.Lbfgs(TestProblems.Quadratic, [0.0, 1.0, 2.0]);
        Assert.True(result.Converged);
        Assert.Equal(0, result.Iterations);
        Assert.Equal(1, result.Evaluations);
        Assert.Equal(TestProblems.QuadraticMinimum, result.Minimum);
    }

    [Fact]
    public void BoundsAreRefusedNamingTheOption()
    {
        var error = Assert.Throws<NotSupportedException>(() => Optimize.Lbfgs(TestProblems.Quadratic, [1.0, 1.0, 1.0], new LbfgsOptions { LowerBounds = [0, 0, 0] }));
        Assert.Contains("LbfgsOptions.LowerBounds/UpperBounds", error.Message, StringComparison.Ordinal);
        Assert.Throws<NotSupportedException>(() => Optimize.Lbfgs(TestProblems.Quadratic, [1.0, 1.0, 1.0], new LbfgsOptions { UpperBounds = [9, 9, 9] }));
    }

    [Fact]
    public void InvalidArgumentsAreRefused()
    {
        Assert.Throws<ArgumentException>(() => Optimize.Lbfgs(TestProblems.Quadratic, []));
        Assert.Throws<ArgumentOutOfRangeException>(() => Optimize.Lbfgs(TestProblems.Quadratic, [1.0, 1, 1], new LbfgsOptions { Memory = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Optimize.Lbfgs(TestProblems.Quadratic, [1.0, 1, 1], new LbfgsOptions { MaxIterations = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Optimize.Lbfgs(TestProblems.Quadratic, [1.0, 1, 1], new LbfgsOptions { CheckpointEvery = 0 }));
        var error = Assert.Throws<InvalidOperationException>(() => Optimize.Lbfgs(_ => (0.0, [1.0]), [1.0, 1, 1]));
        Assert.Contains("gradient of 1 components for 3 parameters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANonFiniteObjectiveStopsTheLineSearchWithoutConverging()
    {
        // f = −log(x) decreases towards +∞ without a minimum at finite cost… and is NaN for x < 0: the search must not
        // accept a NaN point.
        var result = Optimize.Lbfgs(x => (x[0] < 0 ? double.NaN : -Math.Log(x[0]) + 0.5 * x[0] * x[0], [x[0] < 0 ? double.NaN : -1 / x[0] + x[0]]), [0.01]);
        // The minimum of x²/2 − log x is at x = 1.
        Assert.True(result.Converged, result.StopReason);
        Assert.Equal(1.0, result.Minimizer[0], 1e-8);
    }
}
