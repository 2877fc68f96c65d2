using System.Numerics.Tensors;

namespace Adcme;

// Sums over more than ReductionBlock elements add fixed blocks (each a TensorPrimitives sum) and then the blocks'
// partial sums in block order: the same additions on one core or many (Parallelism), so the same bits. Max and
// ArgMax stay on one core.
// On a device the reductions run there (GpuBackend.Reductions.cs) in an order fixed by the length, which is not the
// CPU backend's SIMD-lane order: a device sum agrees with the CPU's within the rounding of two summation orders. The
// scalar result is then copied to the host: one element, the only transfer.
public sealed partial class Tensor
{
    /// <summary>The block of a reduction's fixed partition, in elements (a tensor this long or shorter is one
    /// TensorPrimitives call). Fixed, so that no setting changes a sum's value.</summary>
    internal const int ReductionBlock = 16_384;

    internal enum ReductionKind
    {
        Sum,
        SumOfSquares,
        Dot,
    }

    /// <summary>The sum of all elements (on a device: summed there in a fixed order, the result copied to the host).</summary>
    [Primitive(nameof(Sum_Pullback), nameof(Sum_Tangent))]
    public static double Sum(Tensor x)
    {
        if (x.OnDevice) return GpuBackend.Of("Sum", x).Reduce(DeviceKernels.SumTerms, x, x);
        return Reduce(ReductionKind.Sum, x.Data, x.Data, x.Length);
    }

    /// <summary>The mean of all elements (on a device: as <see cref="Sum"/>).</summary>
    [Primitive(nameof(Mean_Pullback), nameof(Mean_Tangent))]
    public static double Mean(Tensor x)
    {
        if (x.Length == 0) throw new TensorShapeException($"Mean: the tensor of shape {Format(x._shape)} is empty.");
        if (x.OnDevice) return GpuBackend.Of("Mean", x).Reduce(DeviceKernels.SumTerms, x, x) / x.Length;
        return Reduce(ReductionKind.Sum, x.Data, x.Data, x.Length) / x.Length;
    }

    /// <summary>Σ xᵢ² (on a device: as <see cref="Sum"/>).</summary>
    [Primitive(nameof(SumOfSquares_Pullback), nameof(SumOfSquares_Tangent))]
    public static double SumOfSquares(Tensor x)
    {
        if (x.OnDevice) return GpuBackend.Of("SumOfSquares", x).Reduce(DeviceKernels.SquareTerms, x, x);
        return Reduce(ReductionKind.SumOfSquares, x.Data, x.Data, x.Length);
    }

    /// <summary>The Euclidean norm √(Σ xᵢ²) (on a device: the square root of <see cref="SumOfSquares"/> there).</summary>
    [Primitive(nameof(Norm_Pullback), nameof(Norm_Tangent))]
    public static double Norm(Tensor x)
    {
        if (x.OnDevice) return Math.Sqrt(GpuBackend.Of("Norm", x).Reduce(DeviceKernels.SquareTerms, x, x));
        return x.Length <= ReductionBlock
            ? TensorPrimitives.Norm(x.Span)
            : Math.Sqrt(Reduce(ReductionKind.SumOfSquares, x.Data, x.Data, x.Length));
    }

    /// <summary>The largest element (NaN when there is one; +0 is larger than −0). On a device: found there, and that
    /// one element copied to the host.</summary>
    [Primitive(nameof(Max_Pullback), nameof(Max_Tangent))]
    public static double Max(Tensor x)
    {
        if (x.Length == 0) throw new TensorShapeException($"Max: the tensor of shape {Format(x._shape)} is empty.");
        if (!x.OnDevice) return TensorPrimitives.Max(x.Span);
        var backend = GpuBackend.Of("Max", x);
        using var index = backend.ArgMaxOnDevice(x);
        return backend.ElementAt(x, index);
    }

    /// <summary>The index (row-major) of the largest element; the first one on ties (the first NaN when there is one;
    /// +0 is larger than −0). On a device: found there, and the index copied to the host.</summary>
    public static int ArgMax(Tensor x)
    {
        if (x.Length == 0) throw new TensorShapeException($"ArgMax: the tensor of shape {Format(x._shape)} is empty.");
        if (!x.OnDevice) return TensorPrimitives.IndexOfMax(x.Span);
        using var index = GpuBackend.Of("ArgMax", x).ArgMaxOnDevice(x);
        return (int)index.DeviceElement(0);
    }

    /// <summary>Σ aᵢ bᵢ over two tensors of the same shape (on a device: as <see cref="Sum"/>).</summary>
    [Primitive(nameof(Dot_Pullback), nameof(Dot_Tangent))]
    public static double Dot(Tensor a, Tensor b)
    {
        RequireSameShape("Dot", a, b);
        if (GpuBackend.Any(a, b)) return GpuBackend.Of("Dot", a, b).Reduce(DeviceKernels.ProductTerms, a, b);
        return Reduce(ReductionKind.Dot, a.Data, b.Data, a.Length);
    }

    /// <summary>A sum over the first <paramref name="length"/> elements, by blocks of <see cref="ReductionBlock"/>.</summary>
    internal static double Reduce(ReductionKind kind, double[] x, double[] y, int length)
    {
        if (length <= ReductionBlock) return ReduceRange(kind, x, y, 0, length);
        var blocks = (length + ReductionBlock - 1) / ReductionBlock;
        var job = ParallelJob.For<ReductionJob>();
        if (job.Partials.Length < blocks) job.Partials = new double[Math.Max(blocks, 2 * job.Partials.Length)];
        (job.Kind, job.X, job.Y, job.Length) = (kind, x, y, length);
        var partials = job.Partials;
        job.Run(blocks, ReductionBlock);
        var total = partials[0];
        for (var block = 1; block < blocks; block++) total += partials[block];
        return total;
    }

    private static double ReduceRange(ReductionKind kind, double[] x, double[] y, int start, int end)
    {
        var a = x.AsSpan(start, end - start);
        return kind switch
        {
            ReductionKind.Sum => TensorPrimitives.Sum(a),
            ReductionKind.SumOfSquares => TensorPrimitives.SumOfSquares(a),
            _ => TensorPrimitives.Dot(a, y.AsSpan(start, end - start)),
        };
    }

    private sealed class ReductionJob : ParallelJob
    {
        internal ReductionKind Kind;
        internal double[]? X, Y;
        internal int Length;
        internal double[] Partials = [];

        protected override void Execute(int start, int end)
        {
            for (var block = start; block < end; block++)
            {
                var first = block * ReductionBlock;
                Partials[block] = ReduceRange(Kind, X!, Y!, first, Math.Min(first + ReductionBlock, Length));
            }
        }

        protected override void Clear() => (X, Y) = (null, null);
    }
}
