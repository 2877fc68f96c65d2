using System.ComponentModel;

namespace Adcme;

// Fixed-arity forms of Reshape, Concat and Stack: differentiable primitives (the params forms are not, since
// an array argument is not a value the generator differentiates). C# picks these for calls such as
// Tensor.Reshape(x, 2, 3), Tensor.Concat(0, a, b) or Tensor.Stack(a, b, c).
public sealed partial class Tensor
{
    /// <summary>The same elements as a vector of <paramref name="d0"/> elements.</summary>
    [Primitive(nameof(Reshape_Pullback), nameof(Reshape_Tangent))]
    public static Tensor Reshape(Tensor x, int d0) => Reshape(x, [d0]);

    /// <summary>The same elements in shape [d0, d1].</summary>
    [Primitive(nameof(Reshape_Pullback), nameof(Reshape_Tangent))]
    public static Tensor Reshape(Tensor x, int d0, int d1) => Reshape(x, [d0, d1]);

    /// <summary>The same elements in shape [d0, d1, d2].</summary>
    [Primitive(nameof(Reshape_Pullback), nameof(Reshape_Tangent))]
    public static Tensor Reshape(Tensor x, int d0, int d1, int d2) => Reshape(x, [d0, d1, d2]);

    /// <summary>The same elements in shape [d0, d1, d2, d3].</summary>
    [Primitive(nameof(Reshape_Pullback), nameof(Reshape_Tangent))]
    public static Tensor Reshape(Tensor x, int d0, int d1, int d2, int d3) => Reshape(x, [d0, d1, d2, d3]);

    /// <summary>Joins two tensors along <paramref name="axis"/>.</summary>
    [Primitive(nameof(Concat_Pullback), nameof(Concat_Tangent))]
    public static Tensor Concat(int axis, Tensor a, Tensor b) => Concat(axis, [a, b]);

    /// <summary>Joins three tensors along <paramref name="axis"/>.</summary>
    [Primitive(nameof(Concat_Pullback), nameof(Concat_Tangent))]
    public static Tensor Concat(int axis, Tensor a, Tensor b, Tensor c) => Concat(axis, [a, b, c]);

    /// <summary>Stacks two tensors of one shape along a new first dimension.</summary>
    [Primitive(nameof(Stack_Pullback), nameof(Stack_Tangent))]
    public static Tensor Stack(Tensor a, Tensor b) => Stack([a, b]);

    /// <summary>Stacks three tensors of one shape along a new first dimension.</summary>
    [Primitive(nameof(Stack_Pullback), nameof(Stack_Tangent))]
    public static Tensor Stack(Tensor a, Tensor b, Tensor c) => Stack([a, b, c]);

    private static void ReshapeBack(Tensor x, Tensor seed, ref Tensor? dX)
    {
        if (Adjoints.IsWanted(ref dX)) dX = AddAdjoint(dX, Reshape(seed, x._shape), x._shape);
    }

    /// <summary>Reverse rule of Reshape: the seed in the input's shape.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Reshape_Pullback(Tensor x, int d0, Tensor result, Tensor seed, ref Tensor? dX) => ReshapeBack(x, seed, ref dX);

    /// <summary>Reverse rule of Reshape.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Reshape_Pullback(Tensor x, int d0, int d1, Tensor result, Tensor seed, ref Tensor? dX) => ReshapeBack(x, seed, ref dX);

    /// <summary>Reverse rule of Reshape.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Reshape_Pullback(Tensor x, int d0, int d1, int d2, Tensor result, Tensor seed, ref Tensor? dX) => ReshapeBack(x, seed, ref dX);

    /// <summary>Reverse rule of Reshape.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Reshape_Pullback(Tensor x, int d0, int d1, int d2, int d3, Tensor result, Tensor seed, ref Tensor? dX) => ReshapeBack(x, seed, ref dX);

    /// <summary>Forward rule of Reshape: the tangent in the result's shape.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Reshape_Tangent(Tensor x, Tensor? dX, int d0, Tensor result) => dX is null ? null : Reshape(dX, result._shape);

    /// <summary>Forward rule of Reshape.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Reshape_Tangent(Tensor x, Tensor? dX, int d0, int d1, Tensor result) => dX is null ? null : Reshape(dX, result._shape);

    /// <summary>Forward rule of Reshape.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Reshape_Tangent(Tensor x, Tensor? dX, int d0, int d1, int d2, Tensor result) => dX is null ? null : Reshape(dX, result._shape);

    /// <summary>Forward rule of Reshape.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Reshape_Tangent(Tensor x, Tensor? dX, int d0, int d1, int d2, int d3, Tensor result) => dX is null ? null : Reshape(dX, result._shape);

    /// <summary>The pieces of a Concat result's adjoint, one per part, each in its part's shape.</summary>
    private static Tensor[] Split(int axis, Tensor seed, Tensor[] parts)
    {
        var outer = 1;
        for (var d = 0; d < axis; d++) outer *= seed._shape[d];
        if (seed.OnDevice) return GpuBackend.Of("Concat pullback", seed).Split(seed, parts, outer);
        var pieces = new Tensor[parts.Length];
        var storage = new double[parts.Length][];
        for (var p = 0; p < parts.Length; p++)
        {
            storage[p] = TensorPool.Rent(parts[p].Length);
            pieces[p] = new Tensor(storage[p], parts[p]._shape);
        }
        var offset = 0;
        var g = seed.Data;
        for (var o = 0; o < outer; o++)
        {
            for (var p = 0; p < parts.Length; p++)
            {
                var chunk = parts[p].Length / outer;
                g.AsSpan(offset, chunk).CopyTo(storage[p].AsSpan(o * chunk));
                offset += chunk;
            }
        }
        return pieces;
    }

    /// <summary>Reverse rule of Concat: each part gets its block of the seed.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Concat_Pullback(int axis, Tensor a, Tensor b, Tensor result, Tensor seed, ref Tensor? dA, ref Tensor? dB)
    {
        var pieces = Split(axis, seed, [a, b]);
        dA = AddAdjoint(dA, pieces[0], a._shape);
        dB = AddAdjoint(dB, pieces[1], b._shape);
    }

    /// <summary>Reverse rule of Concat.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Concat_Pullback(int axis, Tensor a, Tensor b, Tensor c, Tensor result, Tensor seed, ref Tensor? dA, ref Tensor? dB, ref Tensor? dC)
    {
        var pieces = Split(axis, seed, [a, b, c]);
        dA = AddAdjoint(dA, pieces[0], a._shape);
        dB = AddAdjoint(dB, pieces[1], b._shape);
        dC = AddAdjoint(dC, pieces[2], c._shape);
    }

    /// <summary>Forward rule of Concat: the parts' tangents joined (zeros for a part that does not vary).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Concat_Tangent(int axis, Tensor a, Tensor? dA, Tensor b, Tensor? dB, Tensor result)
        => dA is null && dB is null ? null : Concat(axis, [dA ?? ZerosLike(a), dB ?? ZerosLike(b)]);

    /// <summary>Forward rule of Concat.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Concat_Tangent(int axis, Tensor a, Tensor? dA, Tensor b, Tensor? dB, Tensor c, Tensor? dC, Tensor result)
        => dA is null && dB is null && dC is null ? null : Concat(axis, [dA ?? ZerosLike(a), dB ?? ZerosLike(b), dC ?? ZerosLike(c)]);

    /// <summary>Reverse rule of Stack: part i gets slice i of the seed.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Stack_Pullback(Tensor a, Tensor b, Tensor result, Tensor seed, ref Tensor? dA, ref Tensor? dB)
    {
        dA = AddAdjoint(dA, Piece(seed, 0, a), a._shape);
        dB = AddAdjoint(dB, Piece(seed, a.Length, b), b._shape);
    }

    /// <summary>Reverse rule of Stack.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Stack_Pullback(Tensor a, Tensor b, Tensor c, Tensor result, Tensor seed, ref Tensor? dA, ref Tensor? dB, ref Tensor? dC)
    {
        var n = a.Length;
        dA = AddAdjoint(dA, Piece(seed, 0, a), a._shape);
        dB = AddAdjoint(dB, Piece(seed, n, b), b._shape);
        dC = AddAdjoint(dC, Piece(seed, 2 * n, c), c._shape);
    }

    private static Tensor Piece(Tensor seed, int offset, Tensor like)
    {
        if (seed.OnDevice) return GpuBackend.Of("Stack pullback", seed).Range(seed, offset, like._shape);
        var data = TensorPool.Rent(like.Length);
        seed.Data.AsSpan(offset, like.Length).CopyTo(data);
        return new Tensor(data, like._shape);
    }

    /// <summary>Forward rule of Stack.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Stack_Tangent(Tensor a, Tensor? dA, Tensor b, Tensor? dB, Tensor result)
        => dA is null && dB is null ? null : Stack([dA ?? ZerosLike(a), dB ?? ZerosLike(b)]);

    /// <summary>Forward rule of Stack.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Stack_Tangent(Tensor a, Tensor? dA, Tensor b, Tensor? dB, Tensor c, Tensor? dC, Tensor result)
        => dA is null && dB is null && dC is null ? null : Stack([dA ?? ZerosLike(a), dB ?? ZerosLike(b), dC ?? ZerosLike(c)]);

    /// <summary>Pads a vector with <paramref name="value"/>: <c>beforeD</c> elements before and <c>afterD</c> after along dimension D. Differentiable in <paramref name="x"/> and in <paramref name="value"/>.</summary>
    [Primitive(nameof(Pad_Pullback), nameof(Pad_Tangent))]
    public static Tensor Pad(Tensor x, int before0, int after0, double value = 0.0) => Pad(x, [before0], [after0], value);

    /// <summary>Pads a matrix with <paramref name="value"/>; widths as in the rank-1 form, dimension by dimension.</summary>
    [Primitive(nameof(Pad_Pullback), nameof(Pad_Tangent))]
    public static Tensor Pad(Tensor x, int before0, int after0, int before1, int after1, double value = 0.0) => Pad(x, [before0, before1], [after0, after1], value);

    /// <summary>Pads a rank-3 tensor with <paramref name="value"/>; widths as in the rank-1 form, dimension by dimension.</summary>
    [Primitive(nameof(Pad_Pullback), nameof(Pad_Tangent))]
    public static Tensor Pad(Tensor x, int before0, int after0, int before1, int after1, int before2, int after2, double value = 0.0) => Pad(x, [before0, before1, before2], [after0, after1, after2], value);

    /// <summary>Pads a rank-4 tensor with <paramref name="value"/>; widths as in the rank-1 form, dimension by dimension.</summary>
    [Primitive(nameof(Pad_Pullback), nameof(Pad_Tangent))]
    public static Tensor Pad(Tensor x, int before0, int after0, int before1, int after1, int before2, int after2, int before3, int after3, double value = 0.0) => Pad(x, [before0, before1, before2, before3], [after0, after1, after2, after3], value);

    /// <summary>Reverse rule of Pad: x gets the interior of the seed, the value the sum of the rest.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Pad_Pullback(Tensor x, int before0, int after0, double value, Tensor result, Tensor seed, ref Tensor? dX, ref double dValue)
        => PadBack(x, [before0], seed, ref dX, ref dValue);

    /// <summary>Reverse rule of Pad.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Pad_Pullback(Tensor x, int before0, int after0, int before1, int after1, double value, Tensor result, Tensor seed, ref Tensor? dX, ref double dValue)
        => PadBack(x, [before0, before1], seed, ref dX, ref dValue);

    /// <summary>Reverse rule of Pad.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Pad_Pullback(Tensor x, int before0, int after0, int before1, int after1, int before2, int after2, double value, Tensor result, Tensor seed, ref Tensor? dX, ref double dValue)
        => PadBack(x, [before0, before1, before2], seed, ref dX, ref dValue);

    /// <summary>Reverse rule of Pad.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Pad_Pullback(Tensor x, int before0, int after0, int before1, int after1, int before2, int after2, int before3, int after3, double value, Tensor result, Tensor seed, ref Tensor? dX, ref double dValue)
        => PadBack(x, [before0, before1, before2, before3], seed, ref dX, ref dValue);

    /// <summary>Forward rule of Pad: the tangent padded with the value's tangent.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Pad_Tangent(Tensor x, Tensor? dX, int before0, int after0, double value, double dValue, Tensor result)
        => PadAhead(x, dX, [before0], [after0], dValue);

    /// <summary>Forward rule of Pad.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Pad_Tangent(Tensor x, Tensor? dX, int before0, int after0, int before1, int after1, double value, double dValue, Tensor result)
        => PadAhead(x, dX, [before0, before1], [after0, after1], dValue);

    /// <summary>Forward rule of Pad.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Pad_Tangent(Tensor x, Tensor? dX, int before0, int after0, int before1, int after1, int before2, int after2, double value, double dValue, Tensor result)
        => PadAhead(x, dX, [before0, before1, before2], [after0, after1, after2], dValue);

    /// <summary>Forward rule of Pad.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Pad_Tangent(Tensor x, Tensor? dX, int before0, int after0, int before1, int after1, int before2, int after2, int before3, int after3, double value, double dValue, Tensor result)
        => PadAhead(x, dX, [before0, before1, before2, before3], [after0, after1, after2, after3], dValue);

    private static void PadBack(Tensor x, int[] before, Tensor seed, ref Tensor? dX, ref double dValue)
    {
        if (Adjoints.IsWanted(ref dValue)) dValue += BorderSum(seed, x._shape, before);
        if (!Adjoints.IsWanted(ref dX)) return;
        if (seed.OnDevice)
        {
            dX = AddAdjoint(dX, GpuBackend.Of("Pad pullback", seed).Interior(seed, x._shape, before), x._shape);
            return;
        }
        var inner = TensorPool.Rent(x.Length);
        CopyInterior(inner, x._shape, seed.Data, seed._shape, before, place: false);
        dX = AddAdjoint(dX, new Tensor(inner, x._shape), x._shape);
    }

    /// <summary>The sum of a padded tensor outside its interior, taken directly (the total less the interior's
    /// sum would cancel catastrophically when the interior is large). On a device: a device sum (fixed order).</summary>
    private static double BorderSum(Tensor padded, int[] innerShape, int[] before)
    {
        if (padded.OnDevice) return GpuBackend.Of("Pad pullback", padded).BorderSum(padded, innerShape, before);
        var border = TensorPool.Rent(padded.Length);
        padded.Data.CopyTo(border, 0);
        var zeros = TensorPool.RentZeroed(CheckedLength("Pad", innerShape));
        CopyInterior(zeros, innerShape, border, padded._shape, before, place: true);
        var sum = System.Numerics.Tensors.TensorPrimitives.Sum(border);
        TensorPool.Return(zeros);
        TensorPool.Return(border);
        return sum;
    }

    private static Tensor? PadAhead(Tensor x, Tensor? dX, int[] before, int[] after, double dValue)
    {
        if (dX is null && dValue == 0) return null;
        if (dX is not null) return Pad(dX, before, after, dValue);
        using var zeros = ZerosLike(x);
        return Pad(zeros, before, after, dValue);
    }
}
