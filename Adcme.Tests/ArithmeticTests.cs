using Adcme.Tests.Cases;

namespace Adcme.Tests;

public class ArithmeticTests
{
    [Fact]
    public void PolynomialHasKnownValueAndGradient()
    {
        var value = ArithmeticCases.Polynomial_Gradient(2.0, out var dTheta);
        Assert.Equal(15.0, value);
        Assert.Equal(17.0, dTheta, 12);
        var (v, t) = ArithmeticCases.Polynomial_Pushforward(2.0, 1.0);
        Assert.Equal(15.0, v);
        Assert.Equal(17.0, t, 12);
    }

    [Theory]
    [InlineData(-1.5)]
    [InlineData(0.3)]
    [InlineData(2.0)]
    public void Polynomial(double theta) => GradientAssert.Passes(ArithmeticCases.Polynomial, theta);

    [Theory]
    [InlineData(1.3, 0.7)]
    [InlineData(-2.0, 4.5)]
    public void Operators(double x, double y) => GradientAssert.Passes(ArithmeticCases.Operators, x, y);

    [Fact]
    public void OperatorsMatchHandDerivative()
    {
        // b = ((-(a)(x+2) + a - y) x) / (y + 3), a = xy + x/y - (x - y)
        static double F(double x, double y)
        {
            var a = x * y + x / y - (x - y);
            return ((-a * (x + 2.0) + a - y) * x) / (y + 3);
        }
        ArithmeticCases.Operators_Gradient(1.3, 0.7, out var dx, out var dy);
        const double h = 1e-6;
        Assert.Equal((F(1.3 + h, 0.7) - F(1.3 - h, 0.7)) / (2 * h), dx, 6);
        Assert.Equal((F(1.3, 0.7 + h) - F(1.3, 0.7 - h)) / (2 * h), dy, 6);
    }

    [Theory]
    [InlineData(2.0, 1.0)]
    [InlineData(0.5, 1.5)]
    public void Conditional(double x, double y) => GradientAssert.Passes(ArithmeticCases.Conditional, x, y);

    [Fact]
    public void ConditionalTakesTheBranchOfThePoint()
    {
        ArithmeticCases.Conditional_Gradient(2.0, 1.0, out var dx, out var dy);
        Assert.Equal(4.0, dx);
        Assert.Equal(0.0, dy);
        ArithmeticCases.Conditional_Gradient(0.5, 1.5, out dx, out dy);
        Assert.Equal(-1.5, dx);
        Assert.Equal(2 * 1.5 - 0.5, dy);
    }

    [Fact]
    public void FloatMix()
    {
        GradientAssert.Passes(ArithmeticCases.FloatMix, 1.25f, 0.5);
        ArithmeticCases.FloatMix_Gradient(1.25f, 0.5, out float dx, out double dy);
        // f = (x² + x²y)/2: ∂x = x(1 + y), ∂y = x²/2
        Assert.Equal(1.25f * 1.5f, dx, 5);
        Assert.Equal(1.25 * 1.25 / 2, dy, 5);
    }

    [Fact]
    public void PassthroughParametersGetNoAdjoint()
    {
        GradientAssert.Passes(ArithmeticCases.Passthrough, 0.7, 3, true, 2.0);
        var value = ArithmeticCases.Passthrough_Gradient(0.7, 3, true, 2.0, out var dx);
        Assert.Equal(-0.7 * 3 * 2.0, value, 12);
        Assert.Equal(-6.0, dx);
    }

    [Fact]
    public void PullbackAccumulatesAndScalesBySeed()
    {
        var dTheta = 10.0;
        ArithmeticCases.Polynomial_Pullback(2.0, 3.0, ref dTheta);
        Assert.Equal(10.0 + 3.0 * 17.0, dTheta, 10);
    }
}
