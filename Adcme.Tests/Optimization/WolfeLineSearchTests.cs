namespace Adcme.Tests.Optimization;

/// <summary>The strong Wolfe line search of L-BFGS: the step it returns meets both conditions, it needs few
/// evaluations where bisection needs many, and it comes back from a step that leaves the objective's domain.</summary>
public class WolfeLineSearchTests
{
    private static (bool Conforming, WolfeLineSearch.Point Found, int Evaluations) Search(Func<double, (double, double)> f, double x0, double initialStep)
    {
        var evaluator = new LocalEvaluator(theta =>
        {
            var (value, slope) = f(theta[0]);
            return (value, new[] { slope });
        }, 1);
        var (value, slope) = f(x0);
        var conforming = WolfeLineSearch.Search(evaluator, [x0], value, [slope], [-slope], initialStep, out var found);
        return (conforming, found, evaluator.Count);
    }

    private static void AssertStrongWolfe(Func<double, (double, double)> f, double x0, WolfeLineSearch.Point found)
    {
        var (f0, g0) = f(x0);
        var d = -g0;
        var slope0 = g0 * d;
        var (fa, ga) = f(x0 + found.Step * d);
        Assert.Equal(fa, found.Value);
        Assert.True(fa <= f0 + WolfeLineSearch.SufficientDecrease * found.Step * slope0, $"sufficient decrease at α = {found.Step}");
        Assert.True(Math.Abs(ga * d) <= WolfeLineSearch.Curvature * Math.Abs(slope0), $"curvature at α = {found.Step}: |{ga * d}| vs {Math.Abs(slope0)}");
        Assert.Equal(x0 + found.Step * d, found.Theta[0]);
        Assert.Equal(ga, found.Gradient[0]);
    }

    [Fact]
    public void AQuadraticTakesItsExactStepInOneOrTwoEvaluations()
    {
        // f = 3(x − 1)²: along −f'(x₀) the minimizer is at α = 1/6; from α₀ = 1 (overshoot to a point as high as the
        // start) the cubic through both ends is the quadratic itself, so its minimizer is exact.
        Func<double, (double, double)> f = x => (3 * (x - 1) * (x - 1), 6 * (x - 1));
        var (conforming, found, evaluations) = Search(f, 4, 1);
        Assert.True(conforming);
        AssertStrongWolfe(f, 4, found);
        Assert.Equal(1.0 / 6, found.Step, 1e-12);
        Assert.Equal(2, evaluations);
    }

    [Fact]
    public void AFarOvershootIsNarrowedInAFewEvaluations()
    {
        // f = x⁴ from x = 2: the first step lands at x = −30, f 50 000 times too high.
        Func<double, (double, double)> f = x => (x * x * x * x, 4 * x * x * x);
        var (conforming, found, evaluations) = Search(f, 2, 1);
        Assert.True(conforming);
        AssertStrongWolfe(f, 2, found);
        Assert.InRange(evaluations, 2, 8);
    }

    [Fact]
    public void AShortFirstStepIsExpanded()
    {
        // f = (x − 100)² / 200 from 0 along −f'(0) = 1: the minimizer is at α = 100; the search doubles from 1e-3.
        Func<double, (double, double)> f = x => ((x - 100) * (x - 100) / 200, (x - 100) / 100);
        var (conforming, found, _) = Search(f, 0, 1e-3);
        Assert.True(conforming);
        AssertStrongWolfe(f, 0, found);
        Assert.True(found.Step > 10);
    }

    [Fact]
    public void AStepOutsideTheDomainComesBack()
    {
        // f = x − log x, minimum at 1, NaN for x ≤ 0: from x = 0.2 the first step goes to 4.2, from 3 to below 0.
        Func<double, (double, double)> f = x => x > 0 ? (x - Math.Log(x), 1 - 1 / x) : (double.NaN, double.NaN);
        foreach (var x0 in new[] { 0.2, 3.0 })
        {
            var (conforming, found, evaluations) = Search(f, x0, x0 == 3 ? 10 : 1);
            Assert.True(conforming);
            AssertStrongWolfe(f, x0, found);
            Assert.True(evaluations <= 10, $"{evaluations} evaluations from {x0}");
        }
    }

    [Fact]
    public void NoDecreasingStepIsReportedWithTheStartingPoint()
    {
        // An objective that is NaN everywhere but at the start: no step can be taken.
        Func<double, (double, double)> f = x => x == 1 ? (1.0, 1.0) : (double.NaN, double.NaN);
        var (conforming, found, evaluations) = Search(f, 1, 1);
        Assert.False(conforming);
        Assert.Equal(0, found.Step);
        Assert.Equal(WolfeLineSearch.MaxEvaluations, evaluations);
    }
}
