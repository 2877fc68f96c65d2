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
        var result = TensorPool.RentZeroed(m * n);
        var x = a.Data;
        var y = b.Data;
        // i-p-j order: each row of the result is a sum of scaled rows of b (contiguous, SIMD).
        for (var i = 0; i < m; i++)
        {
            var row = result.AsSpan(i * n, n);
            for (var p = 0; p < k; p++)
            {
                TensorPrimitives.MultiplyAdd(y.AsSpan(p * n, n), x[i * k + p], row, row);
            }
        }
        return new Tensor(result, [m, n]);
    }

    /// <summary>The product of an (m×n) matrix and a vector of length n.</summary>
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
        var result = TensorPool.Rent(m);
        for (var i = 0; i < m; i++) result[i] = TensorPrimitives.Dot(a.Data.AsSpan(i * n, n), x.Span);
        return new Tensor(result, [m]);
    }

    /// <summary>The transpose of a matrix.</summary>
    [Primitive(nameof(Transpose_Pullback), nameof(Transpose_Tangent))]
    public static Tensor Transpose(Tensor a)
    {
        RequireRank("Transpose", a, 2);
        int m = a._shape[0], n = a._shape[1];
        var result = TensorPool.Rent(m * n);
        for (var i = 0; i < m; i++)
        for (var j = 0; j < n; j++)
            result[j * m + i] = a.Data[i * n + j];
        return new Tensor(result, [n, m]);
    }

    internal static void RequireRank(string operation, Tensor x, int rank)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Rank != rank)
        {
            throw new TensorShapeException($"{operation}: expected a rank-{rank} tensor, got shape {Format(x._shape)}.");
        }
    }
}
