using ILGPU;

namespace Adcme;

// Reductions on the device (DeviceKernels.Reductions.cs): full sums fold level by level in an order fixed by the
// length alone; a reduction whose result is a host double copies that one element back (the only transfer). ArgMax
// keeps its index on the device for the rules that use it (Max's pullback and tangent).
public sealed partial class GpuBackend
{
    /// <summary>Σ of the terms of <paramref name="kind"/> (DeviceKernels.SumTerms …) over x (and y), copied to the host.</summary>
    internal double Reduce(int kind, Tensor x, Tensor y)
    {
        if (x.Length == 0) return 0.0;
        using var total = ReduceOnDevice(kind, x, y);
        return total.DeviceElement(0);
    }

    /// <summary>The sum as a one-element device tensor (shape [1]).</summary>
    internal Tensor ReduceOnDevice(int kind, Tensor x, Tensor y)
    {
        var length = x.Length;
        var source = x.Device.View;
        var other = y.Device.View;
        Tensor? level = null;
        do
        {
            var count = (length + DeviceKernels.ReductionStride - 1) / DeviceKernels.ReductionStride;
            var next = Output([count]);
            Launch(DeviceKernels.SumLevel, count, source, other, next.Device.View, length, count, kind);
            level?.Dispose();
            (level, source, other, length, kind) = (next, next.Device.View, next.Device.View, count, DeviceKernels.SumTerms);
        }
        while (length > 1);
        return level;
    }

    /// <summary>The position of the largest element (NaN first, +0 over −0, the first on ties) as a one-element
    /// device tensor holding the index as a double (exact below 2⁵³).</summary>
    internal Tensor ArgMaxOnDevice(Tensor x)
    {
        var length = x.Length;
        var values = x.Device.View;
        var indices = values;
        Tensor? bestValues = null, bestIndices = null;
        var first = 1;
        do
        {
            var count = (length + DeviceKernels.ReductionStride - 1) / DeviceKernels.ReductionStride;
            var nextValues = Output([count]);
            var nextIndices = Output([count]);
            Launch(DeviceKernels.ArgMaxLevel, count, values, indices, nextValues.Device.View, nextIndices.Device.View, length, count, first);
            bestValues?.Dispose();
            bestIndices?.Dispose();
            (bestValues, bestIndices) = (nextValues, nextIndices);
            (values, indices, length, first) = (nextValues.Device.View, nextIndices.Device.View, count, 0);
        }
        while (length > 1);
        bestValues.Dispose();
        return bestIndices;
    }

    /// <summary>x's element at a position held on the device, copied to the host (one element).</summary>
    internal double ElementAt(Tensor x, Tensor index)
    {
        using var value = Output([1]);
        Launch(DeviceKernels.GatherAt, 1, x.Device.View, index.Device.View, value.Device.View);
        return value.DeviceElement(0);
    }

    /// <summary>A tensor of <paramref name="shape"/>, zero but <paramref name="value"/> at a position held on the device.</summary>
    internal Tensor OneHot(int[] shape, Tensor index, double value)
    {
        var result = Filled(0.0, shape);
        Launch(DeviceKernels.ScatterAt, 1, result.Device.View, index.Device.View, value);
        return result;
    }

    /// <summary>The broadcast gradient summed down to <paramref name="target"/> (checked by the caller to broadcast to
    /// the gradient's shape).</summary>
    internal Tensor SumToShape(Tensor gradient, int[] target)
    {
        var result = Output(target);
        var fold = new Fold4(Tensor.Padded(gradient.ShapeArray), Tensor.Padded(target));
        Launch(DeviceKernels.SumToShape, result.Length, gradient.Device.View, result.Device.View, fold);
        return result;
    }
}
