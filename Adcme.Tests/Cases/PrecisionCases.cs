namespace Adcme.Tests.Cases;

/// <summary>Scalar primitives for the checker's precision tests: each has a correct twin and a twin whose
/// pullback is wrong by a factor 1.5 (its tangent is right, so only the adjoint is off).</summary>
public static class PrecisionKernels
{
    /// <summary>x³ in double, with correct rules.</summary>
    [Primitive(nameof(Cube_Pullback), nameof(Cube_Tangent))]
    public static double Cube(double x) => x * x * x;

    public static void Cube_Pullback(double x, double result, double seed, ref double dX) => dX += 3 * x * x * seed;

    public static double Cube_Tangent(double x, double dX, double result) => 3 * x * x * dX;

    /// <summary>x³ in double; its pullback says 4.5x² instead of 3x².</summary>
    [Primitive(nameof(WrongCube_Pullback), nameof(WrongCube_Tangent))]
    public static double WrongCube(double x) => x * x * x;

    public static void WrongCube_Pullback(double x, double result, double seed, ref double dX) => dX += 4.5 * x * x * seed;

    public static double WrongCube_Tangent(double x, double dX, double result) => 3 * x * x * dX;

    /// <summary>x³ in float, with correct rules.</summary>
    [Primitive(nameof(CubeF_Pullback), nameof(CubeF_Tangent))]
    public static float CubeF(float x) => x * x * x;

    public static void CubeF_Pullback(float x, float result, float seed, ref float dX) => dX += 3 * x * x * seed;

    public static float CubeF_Tangent(float x, float dX, float result) => 3 * x * x * dX;

    /// <summary>x³ in float; its pullback says 4.5x² instead of 3x².</summary>
    [Primitive(nameof(WrongCubeF_Pullback), nameof(WrongCubeF_Tangent))]
    public static float WrongCubeF(float x) => x * x * x;

    public static void WrongCubeF_Pullback(float x, float result, float seed, ref float dX) => dX += 4.5f * x * x * seed;

    public static float WrongCubeF_Tangent(float x, float dX, float result) => 3 * x * x * dX;

    /// <summary>Every kind of parameter: which carry derivatives must agree between generator and checker.</summary>
    [Primitive(nameof(Mixed_Pullback), nameof(Mixed_Tangent))]
    public static double Mixed(double a, float b, double[] c, Tensor d, [NoDerivative] double e, int n)
        => a * b + c[0] * c[1] * n + Tensor.Sum(d) * e;

    public static void Mixed_Pullback(double a, float b, double[] c, Tensor d, double e, int n, double result, double seed,
        ref double dA, ref float dB, ref double[] dC, ref Tensor? dD)
    {
        dA += b * seed;
        dB += (float)(a * seed);
        dC[0] += c[1] * n * seed;
        dC[1] += c[0] * n * seed;
        dD = Tensor.AddAdjoint(dD, Tensor.Full(e * seed, d.Shape.ToArray()), d.Shape);
    }

    public static double Mixed_Tangent(double a, double dA, float b, float dB, double[] c, double[] dC, Tensor d, Tensor? dD,
        double e, int n, double result)
        => dA * b + a * dB + (dC[0] * c[1] + c[0] * dC[1]) * n + (dD is null ? 0 : Tensor.Sum(dD) * e);
}

/// <summary>Methods declared in double that compute in float inside, and methods declared in float.</summary>
public static partial class PrecisionCases
{
    /// <summary>Double in, double out, float in between.</summary>
    [Differentiable]
    public static double FloatInside(double x, double y)
    {
        var f = (float)x;
        var g = (float)y;
        float product = f * g;
        return Math.Sin(product) + f * f;
    }

    /// <summary>The same function in double throughout.</summary>
    [Differentiable]
    public static double DoubleThroughout(double x, double y) => Math.Sin(x * y) + x * x;

    /// <summary>Declared in float.</summary>
    [Differentiable]
    public static float FloatParameters(float x, float y) => MathF.Sin(x * y) + x * x;

    /// <summary>Double in and out, a correct primitive applied to a float.</summary>
    [Differentiable]
    public static double CubeOfFloat(double x)
    {
        var f = (float)x;
        return PrecisionKernels.Cube(f) + x;
    }

    /// <summary>Double in and out, a wrong primitive applied to a float.</summary>
    [Differentiable]
    public static double WrongCubeOfFloat(double x)
    {
        var f = (float)x;
        return PrecisionKernels.WrongCube(f) + x;
    }

    /// <summary>Declared in float, a wrong float primitive inside.</summary>
    [Differentiable]
    public static float WrongCubeInFloat(float x) => PrecisionKernels.WrongCubeF(x) + x;

    /// <summary>Every kind of parameter, as a [Differentiable] method.</summary>
    [Differentiable]
    public static double Mixed(double a, float b, double[] c, Tensor d, [NoDerivative] double e, int n)
        => a * b + c[0] * c[1] * n + Tensor.Sum(d) * e;
}
