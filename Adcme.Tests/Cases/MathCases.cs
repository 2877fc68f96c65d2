namespace Adcme.Tests.Cases;

/// <summary>Every System.Math function with a derivative, and the piecewise-constant ones.</summary>
public static partial class MathCases
{
    [Differentiable]
    public static double Trigonometric(double x) => Math.Sin(x) + Math.Cos(2 * x) + Math.Tan(x / 3) + Math.Asin(x / 4) + Math.Acos(x / 5) + Math.Atan(x);

    [Differentiable]
    public static double Hyperbolic(double x) => Math.Sinh(x) + Math.Cosh(x / 2) + Math.Tanh(x) + Math.Asinh(x) + Math.Acosh(1 + x * x) + Math.Atanh(x / 3);

    [Differentiable]
    public static double ExpAndLog(double x) => Math.Exp(x) + Math.Log(x) + Math.Log10(x) + Math.Log2(x) + Math.Log(x, 3.0);

    [Differentiable]
    public static double LogBase(double x, double b) => Math.Log(x, b);

    [Differentiable]
    public static double Roots(double x) => Math.Sqrt(x) + Math.Cbrt(x) + Math.Pow(x, 2.5);

    [Differentiable]
    public static double Power(double x, double y) => Math.Pow(x, y);

    [Differentiable]
    public static double Atan2(double y, double x) => Math.Atan2(y, x);

    [Differentiable]
    public static double Piecewise(double x, double y) => Math.Abs(x) * Math.Max(x, y) + Math.Min(x, y) + Math.Clamp(x, -1.0, y);

    [Differentiable]
    public static double Steps(double x) => x * (Math.Sign(x) + Math.Floor(x) + Math.Ceiling(x) + Math.Round(x) + Math.Truncate(x));

    [Differentiable]
    public static double Fused(double a, double b, double c) => Math.FusedMultiplyAdd(a, b, c) * a;

    [Differentiable]
    public static float Single(float x) => MathF.Sin(x) * MathF.Exp(x) + MathF.Sqrt(x) + MathF.Max(x, 1f) + MathF.Pow(x, 3f);

    [Differentiable]
    public static double Remainder(double x, double y) => x % y + Math.PI * x;
}
