using System.Numerics.Tensors;

namespace Adcme;

public sealed partial class Tensor
{
    /// <summary>The matrix product of an (m×k) and a (k×n) matrix.</summary>
    [Primitive(nameof(MatMul_Pullback), nameof(MatMul_Tangent))]
    public static Tensor MatMul(Tensor a, Tensor b)
    {
        RequireRank("MatMul", a, 2);
        RequireRank("MatMul", b, 2);
        int m = a._shape[0], k = a._shape[1], n = b._shape[1];
        if (b._shape[0] != k)
        {
            throw new TensorShapeException($"MatMul: shapes {Format(a._shape)} and {Format(b._shape)} do not chain (inner sizes {k} and {b._shape[0]}).");
        }
        if (GpuBackend.Any(a, b)) return GpuBackend.Of("MatMul", a, b).MatMul(a, b, m, k, n);
        var result = TensorPool.RentZeroed(m * n);
        var job = ParallelJob.For<MatMulJob>();
        (job.A, job.B, job.Result, job.Inner, job.Columns) = (a.Data, b.Data, result, k, n);
        job.Run(m, (long)k * n);
        return new Tensor(result, [m, n]);
    }

    /// <summary>The product of an (m×n) matrix and a vector of length n.</summary>
    /// <remarks>On a GPU backend each row's products are added in plain order; the CPU backend adds them in SIMD
    /// lanes, so the two agree within 2(n − 1)·ε·Σⱼ|aᵢⱼxⱼ| (ε = 2⁻⁵³), not bit for bit.</remarks>
    [Primitive(nameof(MatVec_Pullback), nameof(MatVec_Tangent))]
    public static Tensor MatVec(Tensor a, Tensor x)
    {
        RequireRank("MatVec", a, 2);
        RequireRank("MatVec", x, 1);
        int m = a._shape[0], n = a._shape[1];
        if (x._shape[0] != n)
        {
            throw new TensorShapeException($"MatVec: matrix {Format(a._shape)} and vector {Format(x._shape)} do not fit (need length {n}).");
        }
        if (GpuBackend.Any(a, x)) return GpuBackend.Of("MatVec", a, x).MatVec(a, x, m, n);
        var result = TensorPool.Rent(m);
        var job = ParallelJob.For<MatVecJob>();
        (job.A, job.X, job.Result, job.Columns) = (a.Data, x.Data, result, n);
        job.Run(m, n);
        return new Tensor(result, [m]);
    }

    /// <summary>The transpose of a matrix.</summary>
    [Primitive(nameof(Transpose_Pullback), nameof(Transpose_Tangent))]
    public static Tensor Transpose(Tensor a)
    {
        RequireRank("Transpose", a, 2);
        int m = a._shape[0], n = a._shape[1];
        if (a.OnDevice) return GpuBackend.Of("Transpose", a).Transpose(a, m, n);
        var result = TensorPool.Rent(m * n);
        for (var i = 0; i < m; i++)
        for (var j = 0; j < n; j++)
            result[j * m + i] = a.Data[i * n + j];
        return new Tensor(result, [n, m]);
    }

    /// <summary>The reverse rule of <see cref="MatVec"/> on a GPU backend: dA += seed·xᵀ, dX += Aᵀ·seed, each
    /// element computed as the CPU backend's rule computes it (the same bits).</summary>
    private static void MatVecPullbackOnDevice(Tensor a, Tensor x, Tensor seed, ref Tensor? dA, ref Tensor? dX)
    {
        int m = a._shape[0], n = a._shape[1];
        var backend = GpuBackend.Of("MatVec_Pullback", a, x, seed);
        if (seed.Rank != 1 || seed._shape[0] != m)
        {
            throw new TensorShapeException($"MatVec_Pullback: the seed of a product of shape [{m}] has shape {Format(seed._shape)}.");
        }
        if (Adjoints.IsWanted(ref dA)) dA = AddAdjoint(dA, backend.Outer(seed, x, a._shape), a._shape);
        if (Adjoints.IsWanted(ref dX)) dX = AddAdjoint(dX, backend.TransposeMatVec(a, seed, m, n), x._shape);
    }

    internal static void RequireRank(string operation, Tensor x, int rank)
    {
        ArgumentNullException.ThrowIfNull(x);
        RequireRank(operation, x._shape, rank);
    }

    /// <summary>The same check for a shape alone (a fused kernel's window knows only its operand's shape).</summary>
    internal static void RequireRank(string operation, int[] shape, int rank)
    {
        if (shape.Length != rank)
        {
            throw new TensorShapeException($"{operation}: expected a rank-{rank} tensor, got shape {Format(shape)}.");
        }
    }

    /// <summary>Rows [start, end) of a matrix product, i-p-j order: each row of the result a sum of scaled rows of
    /// b (contiguous, SIMD), whichever core computes it.</summary>
    private sealed class MatMulJob : ParallelJob
    {
        internal double[]? A, B, Result;
        internal int Inner, Columns;

        protected override void Execute(int start, int end)
        {
            int k = Inner, n = Columns;
            for (var i = start; i < end; i++)
            {
                var row = Result.AsSpan(i * n, n);
                for (var p = 0; p < k; p++)
                {
                    TensorPrimitives.MultiplyAdd(B.AsSpan(p * n, n), A![i * k + p], row, row);
                }
            }
        }

        protected override void Clear() => (A, B, Result) = (null, null, null);
    }

    /// <summary>Rows [start, end) of a matrix-vector product: one dot product a row.</summary>
    private sealed class MatVecJob : ParallelJob
    {
        internal double[]? A, X, Result;
        internal int Columns;

        protected override void Execute(int start, int end)
        {
            var n = Columns;
            var x = X.AsSpan(0, n);
            for (var i = start; i < end; i++) Result![i] = TensorPrimitives.Dot(A.AsSpan(i * n, n), x);
        }

        protected override void Clear() => (A, X, Result) = (null, null, null);
    }
}
