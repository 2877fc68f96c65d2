using Adcme.Tests.Cases;

namespace Adcme.Tests;

public class ArrayTests
{
    [Fact]
    public void WeightedSumOfSquares()
    {
        double[] x = [1.0, -2.0, 0.5];
        double[] w = [2.0, 1.0, 4.0];
        GradientAssert.Passes(ArrayCases.WeightedSumOfSquares, x, w);
        var value = ArrayCases.WeightedSumOfSquares_Gradient(x, w, out var dx);
        Assert.Equal(2 + 4 + 1, value, 14);
        Assert.Equal([4.0, -4.0, 4.0], dx);
        Assert.Equal([1.0, -2.0, 0.5], x); // inputs untouched
    }

    [Fact]
    public void PrefixSums() => GradientAssert.Passes(ArrayCases.PrefixSums, new[] { 0.3, 1.2, -0.7, 2.0, 0.1 });

    [Fact]
    public void Heat1D()
    {
        var n = 12;
        var kappa = Enumerable.Range(0, n).Select(i => 1.0 + 0.1 * i).ToArray();
        var u0 = Enumerable.Range(0, n).Select(i => Math.Sin(Math.PI * (i + 1) / (n + 1))).ToArray();
        GradientAssert.Passes(ArrayCases.Heat1D, kappa, u0, 7);
    }

    [Fact]
    public void Heat1DPullbackAllocatesNullAdjointsAndAccumulates()
    {
        var kappa = new[] { 1.0, 1.5, 2.0, 1.2 };
        var u0 = new[] { 0.2, 0.8, 0.7, 0.1 };
        double[] dKappa = null!;
        var dU0 = new double[4];
        ArrayCases.Heat1D_Pullback(kappa, u0, 3, 1.0, ref dKappa, ref dU0);
        Assert.NotNull(dKappa);
        ArrayCases.Heat1D_Gradient(kappa, u0, 3, out var gKappa, out var gU0);
        Assert.Equal(gKappa, dKappa);
        ArrayCases.Heat1D_Pullback(kappa, u0, 3, 2.0, ref dKappa, ref dU0);
        for (var i = 0; i < 4; i++) Assert.Equal(3 * gKappa[i], dKappa[i], 12);
    }

    [Fact]
    public void Initializer()
    {
        GradientAssert.Passes(ArrayCases.Initializer, 1.5, -0.5);
        // v = [a, b + a·ab, ab + 1]; f = a + (b + a²b)(ab + 1)
        static double F(double a, double b) => a + (b + a * a * b) * (a * b + 1);
        Assert.Equal(F(1.5, -0.5), ArrayCases.Initializer_Gradient(1.5, -0.5, out _, out _), 14);
    }

    [Fact]
    public void OverwriteWithConstantKillsTheAdjoint()
    {
        // y0 is overwritten by 1 before the result: f = 3·x0·x1 + 1
        GradientAssert.Passes(ArrayCases.OverwriteWithConstant, new[] { 2.0, 5.0 });
        ArrayCases.OverwriteWithConstant_Gradient([2.0, 5.0], out var dx);
        Assert.Equal([15.0, 6.0], dx);
    }
}
