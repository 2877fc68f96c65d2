using System.Numerics.Tensors;

namespace Adcme;

// Sums over more than ReductionBlock elements add fixed blocks (each a TensorPrimitives sum) and then the blocks'
// partial sums in block order: the same additions on one core or many (Parallelism), so the same bits. Max and
// ArgMax stay on one core.
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

    /// <summary>The sum of all elements.</summary>
    [Primitive(nameof(Sum_Pullback), nameof(Sum_Tangent))]
    public static double Sum(Tensor x) => Reduce(ReductionKind.Sum, x.Data, x.Data, x.Length);

    /// <summary>The mean of all elements.</summary>
    [Primitive(nameof(Mean_Pullback), nameof(Mean_Tangent))]
    public static double Mean(Tensor x) => x.Length == 0
        ? throw new TensorShapeException($"Mean: the tensor of shape {Format(x._shape)} is empty.")
        : Reduce(ReductionKind.Sum, x.Data, x.Data, x.Length) / x.Length;

    /// <summary>Σ xᵢ².</summary>
    [Primitive(nameof(SumOfSquares_Pullback), nameof(SumOfSquares_Tangent))]
    public static double SumOfSquares(Tensor x) => Reduce(ReductionKind.SumOfSquares, x.Data, x.Data, x.Length);

    /// <summary>The Euclidean norm √(Σ xᵢ²).</summary>
    [Primitive(nameof(Norm_Pullback), nameof(Norm_Tangent))]
    public static double Norm(Tensor x) => x.Length <= ReductionBlock
        ? TensorPrimitives.Norm(x.Span)
        : Math.Sqrt(Reduce(ReductionKind.SumOfSquares, x.Data, x.Data, x.Length));

    /// <summary>The largest element.</summary>
    [Primitive(nameof(Max_Pullback), nameof(Max_Tangent))]
    public static double Max(Tensor x) => x.Length == 0
        ? throw new TensorShapeException($"Max: the tensor of shape {Format(x._shape)} is empty.")
        : TensorPrimitives.Max(x.Span);

    /// <summary>The index (row-major) of the largest element; the first one on ties.</summary>
    public static int ArgMax(Tensor x) => x.Length == 0
        ? throw new TensorShapeException($"ArgMax: the tensor of shape {Format(x._shape)} is empty.")
        : TensorPrimitives.IndexOfMax(x.Span);

    /// <summary>Σ aᵢ bᵢ over two tensors of the same shape.</summary>
    [Primitive(nameof(Dot_Pullback), nameof(Dot_Tangent))]
    public static double Dot(Tensor a, Tensor b)
    {
        RequireSameShape("Dot", a, b);
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
