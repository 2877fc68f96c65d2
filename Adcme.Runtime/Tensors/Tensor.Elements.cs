using System.ComponentModel;

namespace Adcme;

// Tensors and arrays in one differentiable method: FromArray with a shape of fixed rank is differentiable in its data,
// and Element (what t[i] and t[i, j] lower to in differentiable code) in the tensor. The params forms are not
// primitives (an int[] argument is not a value the generator passes); C# picks these for FromArray(data),
// FromArray(data, n) or FromArray(data, rows, columns).
// On a device: FromArray uploads to Backend.Default (the data live on the host), and its pullback copies the seed to
// the host (the data's adjoint is a host array); Element reads one element back (a one-element transfer), and its
// pullback adds the seed into the adjoint on the device.
public sealed partial class Tensor
{
    /// <summary>A vector holding a copy of <paramref name="data"/>. Differentiable in the data.</summary>
    [Primitive(nameof(FromArray_Pullback), nameof(FromArray_Tangent))]
    public static Tensor FromArray(double[] data) => FromArray(data, Array.Empty<int>());

    /// <summary>A copy of <paramref name="data"/> in shape [d0]. Differentiable in the data.</summary>
    [Primitive(nameof(FromArray_Pullback), nameof(FromArray_Tangent))]
    public static Tensor FromArray(double[] data, int d0) => FromArray(data, [d0]);

    /// <summary>A copy of <paramref name="data"/> in shape [d0, d1], row-major. Differentiable in the data.</summary>
    [Primitive(nameof(FromArray_Pullback), nameof(FromArray_Tangent))]
    public static Tensor FromArray(double[] data, int d0, int d1) => FromArray(data, [d0, d1]);

    /// <summary>A copy of <paramref name="data"/> in shape [d0, d1, d2], row-major. Differentiable in the data.</summary>
    [Primitive(nameof(FromArray_Pullback), nameof(FromArray_Tangent))]
    public static Tensor FromArray(double[] data, int d0, int d1, int d2) => FromArray(data, [d0, d1, d2]);

    /// <summary>Element <paramref name="i"/> of a vector: <c>x[i]</c> in differentiable code. Differentiable in
    /// <paramref name="x"/>; the index is checked as the indexer checks it. On a device this copies the one element to
    /// the host (a one-element transfer, as the indexer makes): read many elements with <see cref="ToArray"/> instead.</summary>
    [Primitive(nameof(Element_Pullback), nameof(Element_Tangent))]
    public static double Element(Tensor x, int i) => x.At(x.Offset("Element", i));

    /// <summary>Element [<paramref name="i"/>, <paramref name="j"/>] of a matrix: <c>x[i, j]</c> in differentiable
    /// code. Differentiable in <paramref name="x"/>. On a device: a one-element transfer to the host.</summary>
    [Primitive(nameof(Element_Pullback), nameof(Element_Tangent))]
    public static double Element(Tensor x, int i, int j) => x.At(x.Offset("Element", i, j));

    /// <summary>Element [<paramref name="i"/>, <paramref name="j"/>, <paramref name="k"/>] of a rank-3 tensor:
    /// <c>x[i, j, k]</c> in differentiable code. Differentiable in <paramref name="x"/>. On a device: a one-element
    /// transfer to the host.</summary>
    [Primitive(nameof(Element_Pullback), nameof(Element_Tangent))]
    public static double Element(Tensor x, int i, int j, int k) => x.At(x.Offset("Element", i, j, k));

    /// <summary>The element at a row-major offset (checked by the caller); from a device, a one-element transfer.</summary>
    private double At(int offset) => OnDevice ? DeviceElement(offset) : Data[offset];

    /// <summary>The row-major position of one element, one index per dimension (the indexer's checks and messages).</summary>
    private int Offset(string operation, params ReadOnlySpan<int> index)
    {
        if (index.Length != Rank)
        {
            throw new TensorShapeException($"{operation}: a tensor of shape {Format(_shape)} needs {Rank} index(es), got {index.Length}.");
        }
        var offset = 0;
        for (var d = 0; d < Rank; d++)
        {
            if ((uint)index[d] >= (uint)_shape[d])
            {
                throw new IndexOutOfRangeException($"{operation}: index {index[d]} is outside dimension {d} of shape {Format(_shape)}.");
            }
            offset = offset * _shape[d] + index[d];
        }
        return offset;
    }

    private static void FromArrayBack(double[] data, Tensor seed, ref double[] dData)
    {
        if (dData is null) return;
        if (seed.OnDevice)
        {
            // The data's adjoint is a host array: the seed comes back to the host (one transfer), then is added in order.
            var host = seed.ToArray();
            for (var i = 0; i < host.Length; i++) dData[i] += host[i];
            return;
        }
        var g = seed.Span;
        for (var i = 0; i < g.Length; i++) dData[i] += g[i];
    }

    /// <summary>The data's tangent in the result's shape, on the result's backend (uploaded there from the host).</summary>
    private static Tensor? FromArrayTangent(double[]? dData, Tensor result)
    {
        if (dData is null) return null;
        if (!result.OnDevice || dData.Length != result.Length) return FromArray(dData, result._shape);
        return result.Backend.Upload(dData, result._shape);
    }

    /// <summary>Reverse rule of FromArray: the seed's elements added into the data's adjoint.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void FromArray_Pullback(double[] data, Tensor result, Tensor seed, ref double[] dData) => FromArrayBack(data, seed, ref dData);

    /// <summary>Reverse rule of FromArray.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void FromArray_Pullback(double[] data, int d0, Tensor result, Tensor seed, ref double[] dData) => FromArrayBack(data, seed, ref dData);

    /// <summary>Reverse rule of FromArray.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void FromArray_Pullback(double[] data, int d0, int d1, Tensor result, Tensor seed, ref double[] dData) => FromArrayBack(data, seed, ref dData);

    /// <summary>Reverse rule of FromArray.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void FromArray_Pullback(double[] data, int d0, int d1, int d2, Tensor result, Tensor seed, ref double[] dData) => FromArrayBack(data, seed, ref dData);

    /// <summary>Forward rule of FromArray: the data's tangent in the result's shape.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? FromArray_Tangent(double[] data, double[]? dData, Tensor result) => FromArrayTangent(dData, result);

    /// <summary>Forward rule of FromArray.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? FromArray_Tangent(double[] data, double[]? dData, int d0, Tensor result) => FromArrayTangent(dData, result);

    /// <summary>Forward rule of FromArray.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? FromArray_Tangent(double[] data, double[]? dData, int d0, int d1, Tensor result) => FromArrayTangent(dData, result);

    /// <summary>Forward rule of FromArray.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? FromArray_Tangent(double[] data, double[]? dData, int d0, int d1, int d2, Tensor result) => FromArrayTangent(dData, result);

    /// <summary>The seed added at one element of the tensor's adjoint (in place: the adjoint belongs to generated code).</summary>
    private static void ElementBack(Tensor x, int offset, double seed, ref Tensor? dX)
    {
        if (!Adjoints.IsWanted(ref dX)) return;
        if (GpuBackend.Any(x, dX))
        {
            var backend = GpuBackend.Of("Element pullback", x, dX);
            dX ??= backend.Filled(0.0, x._shape);
            RequireSameShape("Element pullback", x, dX);
            backend.AddAt(dX, offset, seed);
            return;
        }
        dX ??= new Tensor(TensorPool.RentZeroed(x.Length), x._shape);
        dX.Data[offset] += seed;
    }

    /// <summary>Reverse rule of Element.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Element_Pullback(Tensor x, int i, double result, double seed, ref Tensor? dX)
        => ElementBack(x, x.Offset("Element", i), seed, ref dX);

    /// <summary>Reverse rule of Element.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Element_Pullback(Tensor x, int i, int j, double result, double seed, ref Tensor? dX)
        => ElementBack(x, x.Offset("Element", i, j), seed, ref dX);

    /// <summary>Reverse rule of Element.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Element_Pullback(Tensor x, int i, int j, int k, double result, double seed, ref Tensor? dX)
        => ElementBack(x, x.Offset("Element", i, j, k), seed, ref dX);

    /// <summary>Forward rule of Element: the tangent's element (null stands for zero).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static double Element_Tangent(Tensor x, Tensor? dX, int i, double result) => dX is null ? 0.0 : dX.At(dX.Offset("Element tangent", i));

    /// <summary>Forward rule of Element.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static double Element_Tangent(Tensor x, Tensor? dX, int i, int j, double result) => dX is null ? 0.0 : dX.At(dX.Offset("Element tangent", i, j));

    /// <summary>Forward rule of Element.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static double Element_Tangent(Tensor x, Tensor? dX, int i, int j, int k, double result)
        => dX is null ? 0.0 : dX.At(dX.Offset("Element tangent", i, j, k));
}
