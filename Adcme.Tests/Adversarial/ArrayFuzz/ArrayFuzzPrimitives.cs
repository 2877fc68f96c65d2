namespace Adcme.Tests.Adversarial.ArrayFuzz;

/// <summary>Primitives the array fuzzer's programs call (see gen_arrays.py). Their state is per thread, so the fuzz
/// tests need no collection of their own: each test calls <see cref="Reset"/> before every evaluation.</summary>
public static class ArrayFuzzPrimitives
{
    [ThreadStatic] private static int _driftCalls;
    [ThreadStatic] private static Stack<double>? _driftFactors;
    [ThreadStatic] private static double _lastDriftFactor;

    private static Stack<double> DriftFactors => _driftFactors ??= new Stack<double>();

    /// <summary>Starts the hidden state of <see cref="Drift"/> afresh.</summary>
    public static void Reset()
    {
        _driftCalls = 0;
        DriftFactors.Clear();
        _lastDriftFactor = double.NaN;
    }

    /// <summary>Σᵢ coef[i mod m]·sin vᵢ: reads a [NoDerivative] table in its pullback.</summary>
    [Primitive(nameof(WSin_Pullback), nameof(WSin_Tangent))]
    public static double WSin(double[] v, [NoDerivative] double[] coef)
    {
        var r = 0.0;
        for (var i = 0; i < v.Length; i++) r += coef[i % coef.Length] * Math.Sin(v[i]);
        return r;
    }

    public static void WSin_Pullback(double[] v, double[] coef, double result, double seed, ref double[] dV)
    {
        for (var i = 0; i < v.Length; i++) dV[i] += seed * coef[i % coef.Length] * Math.Cos(v[i]);
    }

    public static double WSin_Tangent(double[] v, double[] dV, double[] coef, double result)
    {
        if (dV is null) return 0.0;
        var t = 0.0;
        for (var i = 0; i < v.Length; i++) t += coef[i % coef.Length] * Math.Cos(v[i]) * dV[i];
        return t;
    }

    /// <summary>Σᵢ aᵢbᵢ over the shorter length, both differentiable.</summary>
    [Primitive(nameof(Dot_Pullback), nameof(Dot_Tangent))]
    public static double Dot(double[] a, double[] b)
    {
        var r = 0.0;
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++) r += a[i] * b[i];
        return r;
    }

    public static void Dot_Pullback(double[] a, double[] b, double result, double seed, ref double[] dA, ref double[] dB)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            dA[i] += seed * b[i];
            dB[i] += seed * a[i];
        }
    }

    public static double Dot_Tangent(double[] a, double[] dA, double[] b, double[] dB, double result)
    {
        var t = 0.0;
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++) t += (dA is null ? 0.0 : dA[i] * b[i]) + (dB is null ? 0.0 : a[i] * dB[i]);
        return t;
    }

    /// <summary>Σⱼ aⱼ·v[j mod n] + Σⱼ bⱼ·sin v[j mod n]: two [NoDerivative] tables, of any lengths.</summary>
    [Primitive(nameof(Tables_Pullback), nameof(Tables_Tangent))]
    public static double Tables(double[] v, [NoDerivative] double[] a, [NoDerivative] double[] b)
    {
        var r = 0.0;
        for (var j = 0; j < a.Length; j++) r += a[j] * v[j % v.Length];
        for (var j = 0; j < b.Length; j++) r += b[j] * Math.Sin(v[j % v.Length]);
        return r;
    }

    public static void Tables_Pullback(double[] v, double[] a, double[] b, double result, double seed, ref double[] dV)
    {
        for (var j = 0; j < a.Length; j++) dV[j % v.Length] += seed * a[j];
        for (var j = 0; j < b.Length; j++) dV[j % v.Length] += seed * b[j] * Math.Cos(v[j % v.Length]);
    }

    public static double Tables_Tangent(double[] v, double[] dV, double[] a, double[] b, double result)
    {
        if (dV is null) return 0.0;
        var t = 0.0;
        for (var j = 0; j < a.Length; j++) t += a[j] * dV[j % v.Length];
        for (var j = 0; j < b.Length; j++) t += b[j] * Math.Cos(v[j % v.Length]) * dV[j % v.Length];
        return t;
    }

    /// <summary>x·(1 + (k mod 4)/4) at its k-th call since <see cref="Reset"/>: hidden state, declared Ordered. The
    /// pullback pops the factor its call pushed, so it relies on the exact reverse order.</summary>
    [Primitive(nameof(Drift_Pullback), nameof(Drift_Tangent), Ordered = true)]
    public static double Drift(double x)
    {
        var factor = 1.0 + 0.25 * (_driftCalls++ % 4);
        DriftFactors.Push(factor);
        _lastDriftFactor = factor;
        return x * factor;
    }

    public static void Drift_Pullback(double x, double result, double seed, ref double dX)
        => dX += seed * (DriftFactors.Count > 0 ? DriftFactors.Pop() : double.NaN);

    public static double Drift_Tangent(double x, double dX, double result) => dX * _lastDriftFactor;
}
