namespace Adcme.Tests.Cases;

/// <summary>Pure user primitives over <c>double[]</c> (issue 11): they read their array arguments in the pullback,
/// so the pullback must see each array as it was at the call.</summary>
public static class ArrayPrimitives
{
    /// <summary>Σ vᵢ².</summary>
    [Primitive(nameof(SumSq_Pullback), nameof(SumSq_Tangent))]
    public static double SumSq(double[] v)
    {
        var s = 0.0;
        foreach (var x in v) s += x * x;
        return s;
    }

    public static void SumSq_Pullback(double[] v, double result, double seed, ref double[] dV)
    {
        for (var i = 0; i < v.Length; i++) dV[i] += 2 * seed * v[i];
    }

    public static double SumSq_Tangent(double[] v, double[] dV, double result)
    {
        if (dV is null) return 0.0;
        var t = 0.0;
        for (var i = 0; i < v.Length; i++) t += 2 * v[i] * dV[i];
        return t;
    }

    /// <summary>Σ coefᵢ·xᵢ² with a constant coefficient table.</summary>
    [Primitive(nameof(WeightedSq_Pullback), nameof(WeightedSq_Tangent))]
    public static double WeightedSq(double[] x, [NoDerivative] double[] coef)
    {
        var s = 0.0;
        for (var i = 0; i < x.Length; i++) s += coef[i] * x[i] * x[i];
        return s;
    }

    public static void WeightedSq_Pullback(double[] x, double[] coef, double result, double seed, ref double[] dX)
    {
        for (var i = 0; i < x.Length; i++) dX[i] += 2 * seed * coef[i] * x[i];
    }

    public static double WeightedSq_Tangent(double[] x, double[] dX, double[] coef, double result)
    {
        if (dX is null) return 0.0;
        var t = 0.0;
        for (var i = 0; i < x.Length; i++) t += 2 * coef[i] * x[i] * dX[i];
        return t;
    }

    /// <summary>x₀·Σaᵢ + Σbᵢ·x_{i mod n}: two [NoDerivative] tables of different lengths in one call.</summary>
    [Primitive(nameof(TwoTables_Pullback), nameof(TwoTables_Tangent))]
    public static double TwoTables(double[] x, [NoDerivative] double[] a, [NoDerivative] double[] b)
    {
        var s = 0.0;
        foreach (var v in a) s += v * x[0];
        for (var i = 0; i < b.Length; i++) s += b[i] * x[i % x.Length];
        return s;
    }

    public static void TwoTables_Pullback(double[] x, double[] a, double[] b, double result, double seed, ref double[] dX)
    {
        foreach (var v in a) dX[0] += seed * v;
        for (var i = 0; i < b.Length; i++) dX[i % x.Length] += seed * b[i];
    }

    public static double TwoTables_Tangent(double[] x, double[] dX, double[] a, double[] b, double result)
    {
        if (dX is null) return 0.0;
        var t = 0.0;
        foreach (var v in a) t += v * dX[0];
        for (var i = 0; i < b.Length; i++) t += b[i] * dX[i % x.Length];
        return t;
    }

    /// <summary>Σ aᵢ·bᵢ, both differentiable (the caller may pass [NoDerivative] arrays of different lengths to it:
    /// the shorter length is used).</summary>
    [Primitive(nameof(Dot_Pullback), nameof(Dot_Tangent))]
    public static double Dot(double[] a, double[] b)
    {
        var s = 0.0;
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++) s += a[i] * b[i];
        return s;
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
}

/// <summary>Ordered primitives (<c>Ordered = true</c>): primitives with hidden state, whose pullbacks must run once
/// per forward call, in exact reverse order, with a zero seed where nothing flowed. Each keeps its own log; tests
/// that use them call <see cref="Reset"/> first and live in the <c>OrderedPrimitives</c> collection.</summary>
public static class OrderedPrimitives
{
    /// <summary>How many times <see cref="Drift"/> ran; its k-th call (from 0) scales by 1 + k/4.</summary>
    public static int DriftCalls;

    /// <summary>The factors <see cref="Drift"/> used, pushed forward, popped by its pullback (exact reverse order).</summary>
    public static readonly Stack<double> DriftFactors = new();

    /// <summary>The factor of the last call of <see cref="Drift"/> (its tangent runs right after it).</summary>
    public static double LastDriftFactor;

    public static int DriftPullbacks;

    /// <summary>Forward call ids and pullback call ids of <see cref="Tag"/>, in the order they ran.</summary>
    public static readonly List<int> TagForward = [];

    public static readonly List<int> TagPullback = [];

    /// <summary>Seeds the pullback of <see cref="Tag"/> received, in the order they came.</summary>
    public static readonly List<double> TagSeeds = [];

    /// <summary>How many times <see cref="Count"/> ran, per id (ids 0–7).</summary>
    public static readonly int[] CountCalls = new int[8];

    public static readonly int[] CountPullbacks = new int[8];

    public static void Reset()
    {
        DriftCalls = 0;
        DriftFactors.Clear();
        LastDriftFactor = double.NaN;
        DriftPullbacks = 0;
        TagForward.Clear();
        TagPullback.Clear();
        TagSeeds.Clear();
        Array.Clear(CountCalls);
        Array.Clear(CountPullbacks);
    }

    public static double DriftFactor(int call) => 1.0 + 0.25 * call;

    /// <summary>x·(1 + k/4) at its k-th call: a hidden-state primitive (like a random stream).</summary>
    [Primitive(nameof(Drift_Pullback), nameof(Drift_Tangent), Ordered = true)]
    public static double Drift(double x)
    {
        var factor = DriftFactor(DriftCalls++);
        DriftFactors.Push(factor);
        LastDriftFactor = factor;
        return x * factor;
    }

    public static void Drift_Pullback(double x, double result, double seed, ref double dX)
    {
        DriftPullbacks++;
        var factor = DriftFactors.Count > 0 ? DriftFactors.Pop() : double.NaN;
        dX += seed * factor;
    }

    public static double Drift_Tangent(double x, double dX, double result) => dX * LastDriftFactor;

    /// <summary>The identity; logs <paramref name="id"/> in forward and in its pullback.</summary>
    [Primitive(nameof(Tag_Pullback), nameof(Tag_Tangent), Ordered = true)]
    public static double Tag(double x, int id)
    {
        TagForward.Add(id);
        return x;
    }

    public static void Tag_Pullback(double x, int id, double result, double seed, ref double dX)
    {
        TagPullback.Add(id);
        TagSeeds.Add(seed);
        dX += seed;
    }

    public static double Tag_Tangent(double x, double dX, int id, double result) => dX;

    /// <summary>The identity; counts its executions per id (how often the code around it runs).</summary>
    [Primitive(nameof(Count_Pullback), nameof(Count_Tangent), Ordered = true)]
    public static double Count(double x, int id)
    {
        CountCalls[id]++;
        return x;
    }

    public static void Count_Pullback(double x, int id, double result, double seed, ref double dX)
    {
        CountPullbacks[id]++;
        dX += seed;
    }

    public static double Count_Tangent(double x, double dX, int id, double result) => dX;
}
