namespace Adcme.Tests.Optimization;

/// <summary>Adam in one process: known minimizers, and box bounds by projection.</summary>
public class AdamTests
{
    [Fact]
    public void QuadraticReachesItsMinimizer()
    {
        var result = Optimize.Adam(TestProblems.Quadratic, [5.0, -3.0, 1.0], new AdamOptions { LearningRate = 0.05, MaxIterations = 20000, GradientTolerance = 1e-9 });
        Assert.True(result.Converged, result.StopReason);
        // ‖A x − b‖∞ ≤ 1e-9 and A's smallest eigenvalue 1.27: |θ − θ*| < 1.4e-9.
        for (var i = 0; i < 3; i++) Assert.Equal(TestProblems.QuadraticMinimizer[i], result.Minimizer[i], 1.4e-9);
        Assert.Equal(TestProblems.QuadraticMinimum, result.Minimum, 1e-15);
        Assert.Equal(result.Iterations + 1, result.Evaluations); // one evaluation an iteration, and the initial one
    }

    [Fact]
    public void RosenbrockReachesOneOne()
    {
        var result = Optimize.Adam(TestProblems.Rosenbrock, [-1.2, 1.0], new AdamOptions { LearningRate = 0.01, MaxIterations = 50000, GradientTolerance = 1e-7 });
        Assert.True(result.Converged, result.StopReason);
        // ‖g‖∞ ≤ 1e-7 with the Hessian's smallest eigenvalue ≈ 0.4 near (1, 1): within ~3e-7 of it.
        Assert.Equal(1.0, result.Minimizer[0], 3e-7);
        Assert.Equal(1.0, result.Minimizer[1], 6e-7);
    }

    [Fact]
    public void FirstStepMovesEveryParameterByTheLearningRate()
    {
        // With m̂ = g and v̂ = g² after one step, the step is α·g/(|g| + ε): α in each gradient's direction.
        var result = Optimize.Adam(TestProblems.Quadratic, [5.0, -3.0, 1.0], new AdamOptions { LearningRate = 0.1, MaxIterations = 1, Epsilon = 0 });
        // g at (5, −3, 1) is A x − b = (17, −5, 5) − (1, 1, 3) = (16, −6, 2).
        double[] expected = [4.9, -2.9, 0.9];
        for (var i = 0; i < 3; i++) Assert.Equal(expected[i], result.Minimizer[i], 1e-15);
    }

    [Fact]
    public void BoundsHoldTheMinimizerOnTheActiveBound()
    {
        // The quadratic's minimizer (0, 1, 2) lies outside the box x₂ ≤ 1.5; with x₂ = 1.5 the other two minimize
        // 2x₀² + x₀x₁ + 1.5x₁² − 1.5x₁ − x₀ − x₁ … : A₀₀x₀ + A₀₁x₁ = b₀ and A₁₀x₀ + A₁₁x₁ = b₁ − A₁₂·1.5, i.e.
        // 4x₀ + x₁ = 1, x₀ + 3x₁ = 2.5: x₀ = 0.5/11, x₁ = 9/11.
        var options = new AdamOptions { LearningRate = 0.02, MaxIterations = 20000, GradientTolerance = 1e-9, UpperBounds = [10, 10, 1.5], LowerBounds = [-10, -10, -10] };
        var result = Optimize.Adam(TestProblems.Quadratic, [1.0, 1.0, 1.0], options);
        Assert.True(result.Converged, result.StopReason);
        Assert.Equal(1.5, result.Minimizer[2]);
        Assert.Equal(0.5 / 11, result.Minimizer[0], 1e-9);
        Assert.Equal(9.0 / 11, result.Minimizer[1], 1e-9);
        Assert.True(result.Gradient[2] < -0.3, "the gradient pushes against the bound"); // A₂·x − b₂ = −9/11 + 3 − 3 … < 0
        Assert.True(result.History.All(h => h.GradientNorm >= 0));
    }

    [Fact]
    public void AStartOutsideTheBoundsOrCrossedBoundsAreRefused()
    {
        Assert.Throws<ArgumentException>(() => Optimize.Adam(TestProblems.Quadratic, [1.0, 1.0, 3.0], new AdamOptions { UpperBounds = [2, 2, 2] }));
        Assert.Throws<ArgumentException>(() => Optimize.Adam(TestProblems.Quadratic, [1.0, 1.0, 1.0], new AdamOptions { LowerBounds = [0, 3, 0], UpperBounds = [2, 2, 2] }));
        Assert.Throws<ArgumentException>(() => Optimize.Adam(TestProblems.Quadratic, [1.0, 1.0, 1.0], new AdamOptions { LowerBounds = [0, 0] }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Optimize.Adam(TestProblems.Quadratic, [1.0, 1.0, 1.0], new AdamOptions { LearningRate = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Optimize.Adam(TestProblems.Quadratic, [1.0, 1.0, 1.0], new AdamOptions { Beta1 = 1 }));
    }
}
