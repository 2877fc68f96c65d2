namespace Adcme;

// Maximum, Minimum and Clamp compute with the generated ElementRules (System.Math.Max, Min and Clamp per element,
// the rule table's forward forms), Where selects and Roll permutes. Their rules are in Tensor.Rules.Selection.cs.
public sealed partial class Tensor
{
    private delegate void PairKernel(ReadOnlySpan<double> x0, ReadOnlySpan<double> x1, Span<double> destination);

    /// <summary>Elementwise maximum, broadcasting by the NumPy rules. Each element is <see cref="Math.Max(double, double)"/>:
    /// a NaN in either operand gives NaN, and +0 is greater than −0. At a tie (a = b) the derivative goes to the first
    /// argument, <paramref name="a"/>, alone; where an operand is NaN it goes to <paramref name="b"/>.</summary>
    [Primitive(nameof(Maximum_Pullback), nameof(Maximum_Tangent))]
    public static Tensor Maximum(Tensor a, Tensor b) => Pair("Maximum", ElementRules.Maximum, ElementRules.Maximum_Device, a, b);

    /// <summary>Elementwise minimum, broadcasting by the NumPy rules. Each element is <see cref="Math.Min(double, double)"/>:
    /// a NaN in either operand gives NaN, and −0 is less than +0. At a tie (a = b) the derivative goes to the first
    /// argument, <paramref name="a"/>, alone; where an operand is NaN it goes to <paramref name="b"/>.</summary>
    [Primitive(nameof(Minimum_Pullback), nameof(Minimum_Tangent))]
    public static Tensor Minimum(Tensor a, Tensor b) => Pair("Minimum", ElementRules.Minimum, ElementRules.Minimum_Device, a, b);

    /// <summary>Each element limited to [<paramref name="lo"/>, <paramref name="hi"/>] (<see cref="Math.Clamp(double, double, double)"/>:
    /// a NaN element stays NaN). Differentiable in x and in both bounds: an element equal to a bound counts as inside
    /// (its derivative goes to x); the bounds' adjoints are the sums over the elements clamped to them. lo &gt; hi
    /// throws an <see cref="ArgumentException"/>; lo = hi is allowed (then every element is lo, derivative to x only at x = lo).</summary>
    [Primitive(nameof(Clamp_Pullback), nameof(Clamp_Tangent))]
    public static Tensor Clamp(Tensor x, double lo, double hi)
    {
        ArgumentNullException.ThrowIfNull(x);
        RequireBounds(x, lo, hi);
        if (x.OnDevice) return GpuBackend.Of("Clamp", x).Clamp(x, lo, hi);
        var result = Allocate(out var values, x._shape);
        ElementRules.Clamp(x.Span, lo, hi, values);
        return result;
    }

    /// <summary>Elementwise selection: <paramref name="a"/> where <paramref name="condition"/> is nonzero (NaN counts as
    /// nonzero), <paramref name="b"/> elsewhere. The three broadcast together by the NumPy rules. The condition is
    /// a constant (no derivative); the seed goes to a where it is nonzero and to b elsewhere.</summary>
    [Primitive(nameof(Where_Pullback), nameof(Where_Tangent))]
    public static Tensor Where([NoDerivative] Tensor condition, Tensor a, Tensor b)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var shape = WhereShape(condition, a, b);
        if (GpuBackend.Any(condition, a, b)) return GpuBackend.Of("Where", condition, a, b).Where(condition, a, b, shape);
        var c = Spread("Where", condition, shape, out var sc);
        var x = Spread("Where", a, shape, out var sa);
        var y = Spread("Where", b, shape, out var sb);
        var result = Allocate(out var values, shape);
        for (var i = 0; i < values.Length; i++) values[i] = c[i] != 0 ? x[i] : y[i];
        sc?.Dispose();
        sa?.Dispose();
        sb?.Dispose();
        return result;
    }

    /// <summary>A periodic shift along <paramref name="axis"/>, as NumPy's <c>np.roll(x, shift, axis)</c>: the element
    /// at index i moves to index (i + shift) mod n, so <c>Roll([0, 1, 2, 3, 4], 2, 0)</c> is [3, 4, 0, 1, 2]. Any
    /// shift is allowed (negative, or larger than n); a negative axis counts from the last, as in NumPy.</summary>
    [Primitive(nameof(Roll_Pullback), nameof(Roll_Tangent))]
    public static Tensor Roll(Tensor x, int shift, int axis)
    {
        ArgumentNullException.ThrowIfNull(x);
        var a = NormalizeAxis("Roll", x, axis);
        var n = x._shape[a];
        return RollBy(x, a, n == 0 ? 0 : (int)(((long)shift % n + n) % n));
    }

    /// <summary>x rolled forward by <paramref name="steps"/> (in [0, n)) along axis <paramref name="axis"/> (in range).</summary>
    private static Tensor RollBy(Tensor x, int axis, int steps)
    {
        if (x.OnDevice) return GpuBackend.Of("Roll", x).Roll(x, axis, steps);
        var n = x._shape[axis];
        int outer = 1, inner = 1;
        for (var d = 0; d < axis; d++) outer *= x._shape[d];
        for (var d = axis + 1; d < x.Rank; d++) inner *= x._shape[d];
        var result = Allocate(out var values, x._shape);
        var source = x.Span;
        for (var o = 0; o < outer; o++)
        {
            var block = o * n * inner;
            // Indices [0, n − steps) move up by steps; [n − steps, n) wrap to the front.
            source.Slice(block, (n - steps) * inner).CopyTo(values.Slice(block + steps * inner));
            source.Slice(block + (n - steps) * inner, steps * inner).CopyTo(values.Slice(block));
        }
        return result;
    }

    internal static int NormalizeAxis(string operation, Tensor x, int axis)
    {
        var a = axis < 0 ? axis + x.Rank : axis;
        if (a < 0 || a >= x.Rank)
        {
            throw new TensorShapeException($"{operation}: axis {axis} is out of range for shape {Format(x._shape)} (rank {x.Rank}; axes {-x.Rank} … {x.Rank - 1}).");
        }
        return a;
    }

    private static void RequireBounds(Tensor x, double lo, double hi)
    {
        if (lo > hi)
        {
            throw new ArgumentException($"Clamp: the lower bound {lo} is greater than the upper bound {hi} (x of shape {Format(x._shape)}).", nameof(lo));
        }
    }

    private static int[] WhereShape(Tensor condition, Tensor a, Tensor b)
    {
        if (SameShape(condition._shape, a._shape) && SameShape(a._shape, b._shape)) return a._shape;
        try
        {
            return BroadcastShape("Where", BroadcastShape("Where", condition._shape, a._shape), b._shape);
        }
        catch (TensorShapeException)
        {
            throw new TensorShapeException($"Where: shapes {Format(condition._shape)} (condition), {Format(a._shape)} (a) and {Format(b._shape)} (b) cannot be broadcast together.");
        }
    }

    /// <summary>The shape both operands of Maximum or Minimum broadcast to, with the operation's error.</summary>
    private static int[] PairShape(string operation, Tensor a, Tensor b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.HasShape(b._shape) ? a._shape : BroadcastShape(operation, a._shape, b._shape);
    }

    /// <summary>x's elements laid out in <paramref name="shape"/> (a broadcast of x's shape); when spread, the
    /// pooled copy is returned in <paramref name="spread"/> for the caller to dispose.</summary>
    internal static ReadOnlySpan<double> Spread(string operation, Tensor x, int[] shape, out Tensor? spread)
    {
        spread = null;
        if (x.HasShape(shape)) return x.Span;
        spread = BroadcastTo(operation, x, shape);
        return spread.Span;
    }

    private static Tensor Pair(string operation, PairKernel kernel, Action<ILGPU.Index1D, ILGPU.ArrayView<double>, ILGPU.ArrayView<double>, ILGPU.ArrayView<double>> device, Tensor a, Tensor b)
    {
        var shape = PairShape(operation, a, b);
        if (GpuBackend.Any(a, b)) return GpuBackend.Of(operation, a, b).Pair(operation, device, a, b, shape);
        var x0 = Spread(operation, a, shape, out var s0);
        var x1 = Spread(operation, b, shape, out var s1);
        var result = Allocate(out var values, shape);
        kernel(x0, x1, values);
        s0?.Dispose();
        s1?.Dispose();
        return result;
    }
}
