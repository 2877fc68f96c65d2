namespace Adcme.Tests.Cases;

/// <summary>Straight-line scalar code: operators, locals, compound assignment, ?:, float.</summary>
public static partial class ArithmeticCases
{
    [Differentiable]
    public static double Polynomial(double theta)
    {
        double l = 0;
        for (int k = 0; k <= 3; k++)
        {
            l += Math.Pow(theta, k);
        }
        return l;
    }

    [Differentiable]
    public static double Operators(double x, double y)
    {
        var a = x * y + x / y - (x - y);
        var b = -a * (x + 2.0);
        b += a;
        b -= y;
        b *= x;
        b /= y + 3;
        return b;
    }

    [Differentiable]
    public static double Conditional(double x, double y) => x > y ? x * x : (y - x) * y;

    [Differentiable]
    public static float FloatMix(float x, double y)
    {
        float a = x * x;
        double b = a * y;
        a += (float)b;
        return a * 0.5f;
    }

    [Differentiable]
    public static double Passthrough(double x, int n, bool flip, [NoDerivative] double scale)
    {
        var value = x * n * scale;
        return flip ? -value : value;
    }
}
