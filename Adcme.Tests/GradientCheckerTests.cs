using Adcme.Checking;

namespace Adcme.Tests;

/// <summary>The checker must catch wrong derivatives: here hand-written companions with known bugs.</summary>
public static class WrongDerivatives
{
    public static double Loss(double x, double[] v) => x * x + v[0] * v[1];

    // Correct value, but the tangent of v[1] is dropped.
    public static (double Value, double Tangent) Loss_Pushforward(double x, double dX, double[] v, double[] dV)
        => (Loss(x, v), 2 * x * dX + dV[0] * v[1]);

    // Wrong adjoint for v[1] (uses v[1] instead of v[0]) and it overwrites instead of accumulating x.
    public static void Loss_Pullback(double x, double[] v, double seed, ref double dX, ref double[] dV)
    {
        dX = 2 * x * seed;
        dV[0] += v[1] * seed;
        dV[1] += v[1] * seed;
    }
}

public class GradientCheckerTests
{
    [Fact]
    public void ReportsTheWorstComponentOfAWrongPullback()
    {
        var report = GradientChecker.Check(WrongDerivatives.Loss, 1.5, new[] { 2.0, 3.0 });
        Assert.False(report.Passed);
        Assert.Equal("v[1]", report.WorstComponent);
        Assert.Equal(3.0, report.Gradient[2], 12);
        Assert.Equal(2.0, report.FiniteDifference[2], 6);
        Assert.True(report.DotProductError > 1e-3);
        Assert.True(report.AccumulationError > 0.1);
        var exception = Assert.Throws<GradientCheckException>(() => report.ThrowIfFailed());
        Assert.Contains("worst component v[1]", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PassesGeneratedCodeAndReportsFigures()
    {
        var report = GradientChecker.Check(Cases.ArrayCases.WeightedSumOfSquares, new[] { 1.0, 2.0 }, new[] { 3.0, 0.5 });
        Assert.True(report.Passed, report.ToString());
        Assert.Equal(["x[0]", "x[1]"], report.Components);
        Assert.Equal(6.0, report.Gradient[0], 12);
        Assert.True(report.MaxError < 1e-8, report.ToString());
        Assert.True(report.DotProductError < 1e-14, report.ToString());
    }

    [Fact]
    public void RejectsAMethodWithoutGeneratedCompanions()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => GradientChecker.Check(Math.Sqrt, 2.0));
        Assert.Contains("Sqrt_Pushforward was not generated", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsAnArgumentOfTheWrongTypeInItsOwnWords()
    {
        // 2.0 for the int steps: named by position and parameter, in C#'s type names, before anything runs.
        var exception = Assert.Throws<ArgumentException>(() => GradientChecker.Check(Cases.ArrayCallCases.RebindFresh, 1.5, 2.0));
        Assert.StartsWith("ArrayCallCases.RebindFresh: argument 1 (steps) must be an int, got a double (2).", exception.Message, StringComparison.Ordinal);
        var missing = Assert.Throws<ArgumentException>(() => GradientChecker.Check(Cases.ArrayCallCases.RebindFresh, [null, 2]));
        Assert.StartsWith("ArrayCallCases.RebindFresh: argument 0 (x) must be a double, got null.", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsALambdaInItsOwnWords()
    {
        var exception = Assert.Throws<ArgumentException>(() => GradientChecker.Check((double x) => x * x, 2.0));
        Assert.StartsWith("GradientChecker checks a [Differentiable] method: pass the method itself (for example Model.Loss), not a lambda or a local function",
            exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("<", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsTheWrongNumberOfArguments()
    {
        var exception = Assert.Throws<ArgumentException>(() => GradientChecker.Check(Cases.ArithmeticCases.Operators, 1.0));
        Assert.Contains("takes 2 argument(s); 1 were given", exception.Message, StringComparison.Ordinal);
    }
}
