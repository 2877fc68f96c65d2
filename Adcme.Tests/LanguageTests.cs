using Adcme.Tests.Cases;

namespace Adcme.Tests;

/// <summary>Numeric twins of LanguageCases: gradients against central finite differences.</summary>
public class LanguageTests
{
    [Fact]
    public void ForEachSum()
    {
        double[] x = [0.3, -1.5, 0.8, 1.2];
        GradientAssert.Passes(LanguageCases.ForEachSum, x, 0.9);
        // -1.5 is skipped by continue: its derivative is zero.
        LanguageCases.ForEachSum_Gradient(x, 0.9, out var dx, out _);
        Assert.Equal(0.0, dx[1]);
    }

    [Fact]
    public void ForEachBreaks()
    {
        // s passes 10 at the second element: the rest is never read.
        double[] x = [3.0, 9.0, 0.5];
        GradientAssert.Passes(LanguageCases.ForEachSum, x, 0.15);
        LanguageCases.ForEachSum_Gradient(x, 0.15, out var dx, out _);
        Assert.Equal(0.0, dx[2]);
    }

    [Fact]
    public void ForEachLocal() => GradientAssert.Passes(LanguageCases.ForEachLocal, new[] { 0.4, -0.9, 1.3 });

    [Fact]
    public void SwapScalars()
    {
        GradientAssert.Passes(LanguageCases.SwapScalars, 0.7, -0.4, 3);
        GradientAssert.Passes(LanguageCases.SwapScalars, 0.7, -0.4, 0);
    }

    [Fact]
    public void SwapArrays()
    {
        var n = 6;
        var kappa = Enumerable.Range(0, n).Select(i => 1.0 + 0.1 * i).ToArray();
        var u0 = Enumerable.Range(0, n).Select(i => Math.Sin(Math.PI * (i + 1) / (n + 1))).ToArray();
        GradientAssert.Passes(LanguageCases.SwapArrays, kappa, u0, 5);
        GradientAssert.Passes(LanguageCases.SwapArrays, kappa, u0, 4);
    }

    [Fact]
    public void SwapTensors()
        => GradientAssert.Passes(LanguageCases.SwapTensors, Tensor.FromArray([0.3, -0.2, 0.9], 3), Tensor.FromArray([0.5, 1.1, -0.7], 3));

    [Theory]
    [InlineData(-0.6, 0.8, 0)]
    [InlineData(0.4, 0.8, 1)]
    [InlineData(0.4, -0.3, 2)]
    [InlineData(1.7, 0.8, 3)]
    [InlineData(1.7, -0.8, 7)]
    public void SwitchExpressions(double x, double y, int mode)
    {
        GradientAssert.Passes(LanguageCases.SwitchExpressions, x, y, mode);
        double F(double a, double b)
        {
            var f = mode == 0 ? a * b : mode is 1 or 2 ? Math.Sin(a) + b : a - b * b;
            var g = a < 0 ? -a * b : a < 1 ? a * a : b > 0 ? Math.Sqrt(a) * b : b;
            return f * g;
        }
        Assert.Equal(F(x, y), LanguageCases.SwitchExpressions_Gradient(x, y, mode, out _, out _), 14);
    }

    [Fact]
    public void Table()
    {
        double[] x = [0.5, -1.0, 2.0, 0.25];
        GradientAssert.Passes(LanguageCases.Table, x, 1);
        LanguageCases.Table_Gradient(x, 1, out var dx);
        Assert.Equal([2 * 0.5 * 0.5, 2 * -1.0 * 0.25, 2 * 2.0 * 0.25, 2 * 0.25 * 0.5], dx);
    }

    [Fact]
    public void RoundDigitsHasZeroDerivative()
    {
        // Away from the rounding jumps: round(0.4567, 2) = 0.46, round(3 · 1.3) = 4.
        GradientAssert.Passes(LanguageCases.RoundDigits, 1.3, 0.4567);
        LanguageCases.RoundDigits_Gradient(1.3, 0.4567, out var dx, out var dy);
        Assert.Equal(0.46, dx, 14);
        Assert.Equal(4.0 + 2 * 0.4567, dy, 14);
    }
}
