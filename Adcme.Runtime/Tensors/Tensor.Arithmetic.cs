using System.Numerics.Tensors;

namespace Adcme;

public sealed partial class Tensor
{
    internal enum BinaryOp
    {
        Add,
        Subtract,
        Multiply,
        Divide,
    }

    /// <summary>Elementwise sum, broadcasting by the NumPy rules.</summary>
    [Primitive(nameof(Add_Pullback), nameof(Add_Tangent))]
    public static Tensor operator +(Tensor a, Tensor b) => Binary(BinaryOp.Add, a, b);

    /// <summary>Elementwise difference, broadcasting by the NumPy rules.</summary>
    [Primitive(nameof(Subtract_Pullback), nameof(Subtract_Tangent))]
    public static Tensor operator -(Tensor a, Tensor b) => Binary(BinaryOp.Subtract, a, b);

    /// <summary>Elementwise product, broadcasting by the NumPy rules.</summary>
    [Primitive(nameof(Multiply_Pullback), nameof(Multiply_Tangent))]
    public static Tensor operator *(Tensor a, Tensor b) => Binary(BinaryOp.Multiply, a, b);

    /// <summary>Elementwise quotient, broadcasting by the NumPy rules.</summary>
    [Primitive(nameof(Divide_Pullback), nameof(Divide_Tangent))]
    public static Tensor operator /(Tensor a, Tensor b) => Binary(BinaryOp.Divide, a, b);

    /// <summary>Adds a scalar to every element.</summary>
    [Primitive(nameof(Add_Pullback), nameof(Add_Tangent))]
    public static Tensor operator +(Tensor a, double b) => WithScalar(BinaryOp.Add, a, b, scalarFirst: false);

    /// <summary>Adds a scalar to every element.</summary>
    [Primitive(nameof(Add_Pullback), nameof(Add_Tangent))]
    public static Tensor operator +(double a, Tensor b) => WithScalar(BinaryOp.Add, b, a, scalarFirst: true);

    /// <summary>Subtracts a scalar from every element.</summary>
    [Primitive(nameof(Subtract_Pullback), nameof(Subtract_Tangent))]
    public static Tensor operator -(Tensor a, double b) => WithScalar(BinaryOp.Subtract, a, b, scalarFirst: false);

    /// <summary>A scalar minus every element.</summary>
    [Primitive(nameof(Subtract_Pullback), nameof(Subtract_Tangent))]
    public static Tensor operator -(double a, Tensor b) => WithScalar(BinaryOp.Subtract, b, a, scalarFirst: true);

    /// <summary>Multiplies every element by a scalar.</summary>
    [Primitive(nameof(Multiply_Pullback), nameof(Multiply_Tangent))]
    public static Tensor operator *(Tensor a, double b) => WithScalar(BinaryOp.Multiply, a, b, scalarFirst: false);

    /// <summary>Multiplies every element by a scalar.</summary>
    [Primitive(nameof(Multiply_Pullback), nameof(Multiply_Tangent))]
    public static Tensor operator *(double a, Tensor b) => WithScalar(BinaryOp.Multiply, b, a, scalarFirst: true);

    /// <summary>Divides every element by a scalar.</summary>
    [Primitive(nameof(Divide_Pullback), nameof(Divide_Tangent))]
    public static Tensor operator /(Tensor a, double b) => WithScalar(BinaryOp.Divide, a, b, scalarFirst: false);

    /// <summary>A scalar divided by every element.</summary>
    [Primitive(nameof(Divide_Pullback), nameof(Divide_Tangent))]
    public static Tensor operator /(double a, Tensor b) => WithScalar(BinaryOp.Divide, b, a, scalarFirst: true);

    /// <summary>Elementwise negation.</summary>
    [Primitive(nameof(Negate_Pullback), nameof(Negate_Tangent))]
    public static Tensor operator -(Tensor a)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (a.OnDevice) return GpuBackend.Of("Negate", a).Negate(a);
        var result = TensorPool.Rent(a.Length);
        ApplyUnary(TensorPrimitives.Negate, a.Data, result, a.Length, 1);
        return new Tensor(result, a._shape);
    }

    internal static Tensor WithScalar(BinaryOp op, Tensor tensor, double scalar, bool scalarFirst)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (tensor.OnDevice) return GpuBackend.Of(op.ToString(), tensor).WithScalar((int)op, tensor, scalar, scalarFirst);
        var result = TensorPool.Rent(tensor.Length);
        ApplyScalar(op, tensor.Data, scalar, scalarFirst, result, tensor.Length);
        return new Tensor(result, tensor._shape);
    }

    internal static Tensor Binary(BinaryOp op, Tensor a, Tensor b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (GpuBackend.Any(a, b))
        {
            var backend = GpuBackend.Of(op.ToString(), a, b);
            return backend.Binary((int)op, a, b, a.HasShape(b._shape) ? a._shape : BroadcastShape(op.ToString(), a._shape, b._shape));
        }
        if (a.HasShape(b._shape))
        {
            var result = TensorPool.Rent(a.Length);
            Apply(op, a.Data, b.Data, result, a.Length);
            return new Tensor(result, a._shape);
        }
        var shape = BroadcastShape(op.ToString(), a._shape, b._shape);
        if (b.Length == 1 && a.HasShape(shape)) return WithScalar(op, a, b.Data[0], scalarFirst: false);
        if (a.Length == 1 && b.HasShape(shape)) return WithScalar(op, b, a.Data[0], scalarFirst: true);
        return Broadcast(op, a, b, shape);
    }

    /// <summary>The NumPy broadcast of two shapes: aligned at the last dimension, sizes equal or 1.</summary>
    internal static int[] BroadcastShape(string operation, int[] a, int[] b)
    {
        var rank = Math.Max(a.Length, b.Length);
        var shape = new int[rank];
        for (var i = 1; i <= rank; i++)
        {
            var da = i <= a.Length ? a[^i] : 1;
            var db = i <= b.Length ? b[^i] : 1;
            if (da != db && da != 1 && db != 1)
            {
                throw new TensorShapeException($"{operation}: shapes {Format(a)} and {Format(b)} cannot be broadcast together (dimension {rank - i}: {da} vs {db}).");
            }
            shape[rank - i] = da == 1 ? db : da;
        }
        return shape;
    }

    /// <summary>Strides of <paramref name="shape"/> padded to rank 4 against <paramref name="target"/>, with 0 where it broadcasts.</summary>
    internal static int[] BroadcastStrides(int[] shape, int[] target)
    {
        var strides = new int[MaxRank];
        var stride = 1;
        for (var i = 1; i <= shape.Length; i++)
        {
            strides[MaxRank - i] = shape[^i] == 1 && target[^i] != 1 ? 0 : stride;
            stride *= shape[^i];
        }
        return strides;
    }

    internal static int[] Padded(int[] shape)
    {
        var padded = new int[MaxRank];
        Array.Fill(padded, 1);
        shape.CopyTo(padded, MaxRank - shape.Length);
        return padded;
    }

    /// <summary>x's elements repeated out to <paramref name="shape"/>, a broadcast of x's shape (pooled storage).</summary>
    internal static Tensor BroadcastTo(string operation, Tensor x, int[] shape)
    {
        if (!SameShape(BroadcastShape(operation, x._shape, shape), shape))
        {
            throw new TensorShapeException($"{operation}: shape {Format(x._shape)} does not broadcast to {Format(shape)}.");
        }
        if (x.OnDevice) return GpuBackend.Of(operation, x).BroadcastTo(x, shape);
        var result = TensorPool.Rent(CheckedLength(operation, shape));
        var n = Padded(shape);
        var strides = BroadcastStrides(x._shape, shape);
        var data = x.Data;
        var k = 0;
        for (var i0 = 0; i0 < n[0]; i0++)
        for (var i1 = 0; i1 < n[1]; i1++)
        for (var i2 = 0; i2 < n[2]; i2++)
        {
            var offset = i0 * strides[0] + i1 * strides[1] + i2 * strides[2];
            for (var i3 = 0; i3 < n[3]; i3++, k++) result[k] = data[offset + i3 * strides[3]];
        }
        return new Tensor(result, shape);
    }

    private static Tensor Broadcast(BinaryOp op, Tensor a, Tensor b, int[] shape)
    {
        var result = TensorPool.Rent(CheckedLength(op.ToString(), shape));
        var n = Padded(shape);
        var sa = BroadcastStrides(a._shape, shape);
        var sb = BroadcastStrides(b._shape, shape);
        var x = a.Data;
        var y = b.Data;
        var k = 0;
        for (var i0 = 0; i0 < n[0]; i0++)
        for (var i1 = 0; i1 < n[1]; i1++)
        for (var i2 = 0; i2 < n[2]; i2++)
        {
            var oa = i0 * sa[0] + i1 * sa[1] + i2 * sa[2];
            var ob = i0 * sb[0] + i1 * sb[1] + i2 * sb[2];
            for (var i3 = 0; i3 < n[3]; i3++, k++)
            {
                var u = x[oa + i3 * sa[3]];
                var v = y[ob + i3 * sb[3]];
                result[k] = op switch
                {
                    BinaryOp.Add => u + v,
                    BinaryOp.Subtract => u - v,
                    BinaryOp.Multiply => u * v,
                    _ => u / v,
                };
            }
        }
        return new Tensor(result, shape);
    }

    /// <summary>Sums <paramref name="gradient"/> (of a broadcast result's shape) down to <paramref name="shape"/>:
    /// the adjoint of broadcasting. On a device each result element adds its gradient elements in the CPU backend's
    /// order (row-major, from zero), so the bits are the CPU backend's.</summary>
    public static Tensor SumToShape(Tensor gradient, IReadOnlyList<int> shape)
    {
        if (gradient.HasShape(shape)) return gradient;
        var target = shape.ToArray();
        var check = BroadcastShape("SumToShape", target, gradient._shape);
        if (!gradient.HasShape(check))
        {
            throw new TensorShapeException($"SumToShape: shape {Format(gradient._shape)} is not a broadcast of {Format(target)}.");
        }
        if (gradient.OnDevice) return GpuBackend.Of("SumToShape", gradient).SumToShape(gradient, target);
        var result = TensorPool.RentZeroed(CheckedLength("SumToShape", target));
        var n = Padded(gradient._shape);
        var strides = BroadcastStrides(target, gradient._shape);
        var g = gradient.Data;
        var k = 0;
        for (var i0 = 0; i0 < n[0]; i0++)
        for (var i1 = 0; i1 < n[1]; i1++)
        for (var i2 = 0; i2 < n[2]; i2++)
        for (var i3 = 0; i3 < n[3]; i3++, k++)
        {
            result[i0 * strides[0] + i1 * strides[1] + i2 * strides[2] + i3 * strides[3]] += g[k];
        }
        return new Tensor(result, target);
    }
}
