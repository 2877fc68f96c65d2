using System.ComponentModel;
using System.Numerics.Tensors;
using DeviceClampPartial = System.Action<ILGPU.Index1D, ILGPU.ArrayView<double>, double, double, ILGPU.ArrayView<double>, ILGPU.ArrayView<double>>;
using DevicePairPartial = System.Action<ILGPU.Index1D, ILGPU.ArrayView<double>, ILGPU.ArrayView<double>, ILGPU.ArrayView<double>, ILGPU.ArrayView<double>>;

namespace Adcme;

// Rules of Maximum, Minimum, Clamp (their partials are the generated ElementRules loops, printed from the rule table's
// Max, Min and Clamp: ties go to the first argument, a bound counts as inside) and of the structural Where and Roll.
public sealed partial class Tensor
{
    private delegate void PairPartial(ReadOnlySpan<double> x0, ReadOnlySpan<double> x1, ReadOnlySpan<double> g, Span<double> d);

    private delegate void ClampPartial(ReadOnlySpan<double> x, double lo, double hi, ReadOnlySpan<double> g, Span<double> d);

    /// <summary>A seed or tangent's elements; it must have the result's shape (a mismatch names the operation).</summary>
    internal static ReadOnlySpan<double> SeedOf(string operation, Tensor g, int[] shape)
    {
        CheckSeed(operation, g, shape);
        return g.Span;
    }

    /// <summary>Throws when a seed or tangent does not have the result's shape (SeedOf's check, for any backend).</summary>
    internal static void CheckSeed(string operation, Tensor g, int[] shape)
    {
        if (!g.HasShape(shape))
        {
            throw new TensorShapeException($"{operation}: a seed of shape {Format(g._shape)} does not fit the result's shape {Format(shape)}.");
        }
    }

    private static void PairPullback(string operation, PairPartial partial0, PairPartial partial1, DevicePairPartial device0, DevicePairPartial device1, Tensor a, Tensor b, Tensor result, Tensor seed, ref Tensor? dA, ref Tensor? dB)
    {
        var wantA = Adjoints.IsWanted(ref dA);
        var wantB = Adjoints.IsWanted(ref dB);
        if (!wantA && !wantB) return;
        if (GpuBackend.Any(a, b, seed))
        {
            CheckSeed(operation + " pullback", seed, result._shape);
            var backend = GpuBackend.Of(operation + " pullback", a, b, seed);
            if (wantA) dA = AddAdjoint(dA, backend.PairPartial(operation, device0, a, b, seed, result._shape), a._shape);
            if (wantB) dB = AddAdjoint(dB, backend.PairPartial(operation, device1, a, b, seed, result._shape), b._shape);
            return;
        }
        var g = SeedOf(operation + " pullback", seed, result._shape);
        var shape = result._shape;
        var x0 = Spread(operation, a, shape, out var s0);
        var x1 = Spread(operation, b, shape, out var s1);
        if (wantA)
        {
            var contribution = Allocate(out var d, shape);
            partial0(x0, x1, g, d);
            dA = AddAdjoint(dA, contribution, a._shape);
        }
        if (wantB)
        {
            var contribution = Allocate(out var d, shape);
            partial1(x0, x1, g, d);
            dB = AddAdjoint(dB, contribution, b._shape);
        }
        s0?.Dispose();
        s1?.Dispose();
    }

    private static Tensor? PairTangent(string operation, PairPartial partial0, PairPartial partial1, DevicePairPartial device0, DevicePairPartial device1, Tensor a, Tensor? dA, Tensor b, Tensor? dB, Tensor result)
    {
        if (dA is null && dB is null) return null;
        var shape = result._shape;
        if (GpuBackend.Any(a, b, dA ?? dB))
        {
            var backend = GpuBackend.Of(operation + " tangent", a, b, dA ?? dB);
            if (dA is not null && dB is not null) GpuBackend.Of(operation + " tangent", a, dB);
            var first = dA is null ? null : backend.PairPartial(operation, device0, a, b, dA, shape);
            var second = dB is null ? null : backend.PairPartial(operation, device1, a, b, dB, shape);
            if (first is null || second is null) return first ?? second;
            // The CPU backend adds the second term into the first: the same addition, element by element.
            backend.AddInto(first, second);
            second.Dispose();
            return first;
        }
        var x0 = Spread(operation, a, shape, out var s0);
        var x1 = Spread(operation, b, shape, out var s1);
        var tangent = Allocate(out var d, shape);
        if (dA is not null)
        {
            partial0(x0, x1, Spread(operation, dA, shape, out var t0), d);
            t0?.Dispose();
        }
        if (dB is not null)
        {
            var term = TensorPool.Rent(d.Length);
            partial1(x0, x1, Spread(operation, dB, shape, out var t1), term);
            t1?.Dispose();
            if (dA is null) term.AsSpan().CopyTo(d);
            else TensorPrimitives.Add(d, term, d);
            TensorPool.Return(term);
        }
        s0?.Dispose();
        s1?.Dispose();
        return tangent;
    }

    /// <summary>Reverse rule of Maximum: the seed goes to a where a ≥ b (ties to a), to b elsewhere.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Maximum_Pullback(Tensor a, Tensor b, Tensor result, Tensor seed, ref Tensor? dA, ref Tensor? dB)
        => PairPullback("Maximum", ElementRules.Maximum_Partial0, ElementRules.Maximum_Partial1, ElementRules.Maximum_Partial0_Device, ElementRules.Maximum_Partial1_Device, a, b, result, seed, ref dA, ref dB);

    /// <summary>Forward rule of Maximum.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Maximum_Tangent(Tensor a, Tensor? dA, Tensor b, Tensor? dB, Tensor result)
        => PairTangent("Maximum", ElementRules.Maximum_Partial0, ElementRules.Maximum_Partial1, ElementRules.Maximum_Partial0_Device, ElementRules.Maximum_Partial1_Device, a, dA, b, dB, result);

    /// <summary>Reverse rule of Minimum: the seed goes to a where a ≤ b (ties to a), to b elsewhere.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Minimum_Pullback(Tensor a, Tensor b, Tensor result, Tensor seed, ref Tensor? dA, ref Tensor? dB)
        => PairPullback("Minimum", ElementRules.Minimum_Partial0, ElementRules.Minimum_Partial1, ElementRules.Minimum_Partial0_Device, ElementRules.Minimum_Partial1_Device, a, b, result, seed, ref dA, ref dB);

    /// <summary>Forward rule of Minimum.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Minimum_Tangent(Tensor a, Tensor? dA, Tensor b, Tensor? dB, Tensor result)
        => PairTangent("Minimum", ElementRules.Minimum_Partial0, ElementRules.Minimum_Partial1, ElementRules.Minimum_Partial0_Device, ElementRules.Minimum_Partial1_Device, a, dA, b, dB, result);

    /// <summary>The sum of g · ∂Clamp/∂bound over the elements (a bound's adjoint or tangent factor).</summary>
    private static double ClampBound(ClampPartial partial, Tensor x, double lo, double hi, ReadOnlySpan<double> g)
    {
        var d = TensorPool.Rent(x.Length);
        partial(x.Span, lo, hi, g, d);
        var sum = TensorPrimitives.Sum(d.AsSpan(0, x.Length));
        TensorPool.Return(d);
        return sum;
    }

    /// <summary>Reverse rule of Clamp: the seed goes to x where lo ≤ x ≤ hi; the bounds get the sums over the
    /// elements clamped to them.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Clamp_Pullback(Tensor x, double lo, double hi, Tensor result, Tensor seed, ref Tensor? dX, ref double dLo, ref double dHi)
    {
        if (GpuBackend.Any(x, seed))
        {
            ClampPullbackOnDevice(x, lo, hi, result, seed, ref dX, ref dLo, ref dHi);
            return;
        }
        var g = SeedOf("Clamp pullback", seed, result._shape);
        if (Adjoints.IsWanted(ref dX))
        {
            var contribution = Allocate(out var d, x._shape);
            ElementRules.Clamp_Partial0(x.Span, lo, hi, g, d);
            dX = AddAdjoint(dX, contribution, x._shape);
        }
        if (Adjoints.IsWanted(ref dLo)) dLo += ClampBound(ElementRules.Clamp_Partial1, x, lo, hi, g);
        if (Adjoints.IsWanted(ref dHi)) dHi += ClampBound(ElementRules.Clamp_Partial2, x, lo, hi, g);
    }

    /// <summary>Forward rule of Clamp.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Clamp_Tangent(Tensor x, Tensor? dX, double lo, double dLo, double hi, double dHi, Tensor result)
    {
        if (dX is null && dLo == 0 && dHi == 0) return null;
        if (GpuBackend.Any(x, dX)) return ClampTangentOnDevice(x, dX, lo, dLo, hi, dHi, result);
        var tangent = Allocate(out var d, x._shape);
        if (dX is null) d.Clear();
        else ElementRules.Clamp_Partial0(x.Span, lo, hi, SeedOf("Clamp tangent", dX, result._shape), d);
        AddBoundTangent(ElementRules.Clamp_Partial1, x, lo, hi, dLo, d);
        AddBoundTangent(ElementRules.Clamp_Partial2, x, lo, hi, dHi, d);
        return tangent;
    }

    private static void AddBoundTangent(ClampPartial partial, Tensor x, double lo, double hi, double dBound, Span<double> d)
    {
        if (dBound == 0) return;
        var n = x.Length;
        var g = TensorPool.Rent(n);
        var term = TensorPool.Rent(n);
        g.AsSpan(0, n).Fill(dBound);
        partial(x.Span, lo, hi, g.AsSpan(0, n), term.AsSpan(0, n));
        TensorPrimitives.Add(d, term.AsSpan(0, n), d);
        TensorPool.Return(g);
        TensorPool.Return(term);
    }

    private static void ClampPullbackOnDevice(Tensor x, double lo, double hi, Tensor result, Tensor seed, ref Tensor? dX, ref double dLo, ref double dHi)
    {
        CheckSeed("Clamp pullback", seed, result._shape);
        var backend = GpuBackend.Of("Clamp pullback", x, seed);
        if (Adjoints.IsWanted(ref dX)) dX = AddAdjoint(dX, backend.ClampPartial(ElementRules.Clamp_Partial0_Device, x, lo, hi, seed), x._shape);
        if (Adjoints.IsWanted(ref dLo)) dLo += ClampBoundOnDevice(backend, ElementRules.Clamp_Partial1_Device, x, lo, hi, seed);
        if (Adjoints.IsWanted(ref dHi)) dHi += ClampBoundOnDevice(backend, ElementRules.Clamp_Partial2_Device, x, lo, hi, seed);
    }

    /// <summary>ClampBound on a device: the partial there, then a device sum (its fixed order; the sum copied to the host).</summary>
    private static double ClampBoundOnDevice(GpuBackend backend, DeviceClampPartial partial, Tensor x, double lo, double hi, Tensor g)
    {
        using var d = backend.ClampPartial(partial, x, lo, hi, g);
        return Sum(d);
    }

    private static Tensor ClampTangentOnDevice(Tensor x, Tensor? dX, double lo, double dLo, double hi, double dHi, Tensor result)
    {
        var backend = GpuBackend.Of("Clamp tangent", x, dX);
        if (dX is not null) CheckSeed("Clamp tangent", dX, result._shape);
        var tangent = dX is null ? backend.Filled(0.0, x._shape) : backend.ClampPartial(ElementRules.Clamp_Partial0_Device, x, lo, hi, dX);
        foreach (var (partial, dBound) in new[] { ((DeviceClampPartial)ElementRules.Clamp_Partial1_Device, dLo), (ElementRules.Clamp_Partial2_Device, dHi) })
        {
            if (dBound == 0) continue;
            // As AddBoundTangent: the bound's tangent as a seed of x's shape, its partial added into the tangent.
            using var g = backend.Filled(dBound, x._shape);
            using var term = backend.ClampPartial(partial, x, lo, hi, g);
            backend.AddInto(tangent, term);
        }
        return tangent;
    }

    /// <summary>The seed where the condition is nonzero (<paramref name="toA"/>) or zero (otherwise), zero elsewhere,
    /// in the result's shape.</summary>
    private static Tensor Selected(Tensor condition, ReadOnlySpan<double> g, int[] shape, bool toA)
    {
        var c = Spread("Where", condition, shape, out var sc);
        var selected = Allocate(out var d, shape);
        for (var i = 0; i < d.Length; i++) d[i] = (c[i] != 0) == toA ? g[i] : 0;
        sc?.Dispose();
        return selected;
    }

    /// <summary>Reverse rule of Where: the seed goes to a where the condition is nonzero, to b elsewhere (each summed
    /// back to its own shape where it was broadcast).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Where_Pullback(Tensor condition, Tensor a, Tensor b, Tensor result, Tensor seed, ref Tensor? dA, ref Tensor? dB)
    {
        if (GpuBackend.Any(condition, seed))
        {
            CheckSeed("Where pullback", seed, result._shape);
            var backend = GpuBackend.Of("Where pullback", condition, seed);
            if (Adjoints.IsWanted(ref dA)) dA = AddAdjoint(dA, backend.Selected(condition, seed, result._shape, toA: true), a._shape);
            if (Adjoints.IsWanted(ref dB)) dB = AddAdjoint(dB, backend.Selected(condition, seed, result._shape, toA: false), b._shape);
            return;
        }
        var g = SeedOf("Where pullback", seed, result._shape);
        if (Adjoints.IsWanted(ref dA)) dA = AddAdjoint(dA, Selected(condition, g, result._shape, toA: true), a._shape);
        if (Adjoints.IsWanted(ref dB)) dB = AddAdjoint(dB, Selected(condition, g, result._shape, toA: false), b._shape);
    }

    /// <summary>Forward rule of Where: Where(condition, dA, dB), a null tangent being zero.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Where_Tangent(Tensor condition, Tensor a, Tensor? dA, Tensor b, Tensor? dB, Tensor result)
    {
        if (dA is null && dB is null) return null;
        var shape = result._shape;
        if (GpuBackend.Any(condition, dA, dB)) return GpuBackend.Of("Where tangent", condition, dA ?? dB, dB).WhereTangent(condition, dA, dB, shape);
        var c = Spread("Where", condition, shape, out var sc);
        var tangent = Allocate(out var d, shape);
        Tensor? sa = null, sb = null;
        ReadOnlySpan<double> u = dA is null ? default : Spread("Where", dA, shape, out sa);
        ReadOnlySpan<double> v = dB is null ? default : Spread("Where", dB, shape, out sb);
        for (var i = 0; i < d.Length; i++) d[i] = c[i] != 0 ? (dA is null ? 0 : u[i]) : (dB is null ? 0 : v[i]);
        sc?.Dispose();
        sa?.Dispose();
        sb?.Dispose();
        return tangent;
    }

    /// <summary>Reverse rule of Roll: the seed rolled back by −shift along the same axis.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Roll_Pullback(Tensor x, int shift, int axis, Tensor result, Tensor seed, ref Tensor? dX)
    {
        if (!Adjoints.IsWanted(ref dX)) return;
        CheckSeed("Roll pullback", seed, result._shape);
        var a = NormalizeAxis("Roll", x, axis);
        var n = x._shape[a];
        var forward = n == 0 ? 0 : (int)(((long)shift % n + n) % n);
        dX = AddAdjoint(dX, RollBy(seed, a, (n - forward) % Math.Max(n, 1)), x._shape);
    }

    /// <summary>Forward rule of Roll: the tangent rolled the same way.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Roll_Tangent(Tensor x, Tensor? dX, int shift, int axis, Tensor result) => dX is null ? null : Roll(dX, shift, axis);
}
