namespace Adcme;

// Sparse.Solve with device operands, staged through the host: the values and the right-hand side are downloaded,
// conjugate gradients run on the host as for host tensors (the same iterations, the same bits), and the solution is
// uploaded to the operands' backend. The products (MatVec, TransposeMatVec, Assemble) and their rules are device
// kernels (GpuBackend.Sparse.cs); only the solves cross to the host.
public static partial class Sparse
{
    private static Tensor SolveStaged(GpuBackend backend, SparsePattern pattern, Tensor values, Tensor b)
    {
        var x = ConjugateGradient(pattern, values.ToArray(), b.ToArray());
        var solution = backend.Upload(x.AsSpan(0, pattern.Rows), [pattern.Rows]);
        TensorPool.Return(x);
        return solution;
    }

    /// <summary><see cref="Solve_Pullback"/> staged: λ = A⁻ᵀ x̄ and −λ[row k]·x[col k] on the host, both uploaded and
    /// added into the adjoints on the device.</summary>
    private static void SolvePullbackStaged(SparsePattern pattern, Tensor values, Tensor b, Tensor result, Tensor seed, ref Tensor? dValues, ref Tensor? dB)
    {
        var backend = GpuBackend.Of("Sparse.Solve_Pullback", values, b, seed);
        GpuBackend.Of("Sparse.Solve_Pullback", values, result);
        RequireSeed("Sparse.Solve_Pullback", seed, pattern.Rows);
        var lambda = ConjugateGradient(pattern, values.ToArray(), seed.ToArray(), transposed: true);
        var outer = OuterOnPattern(pattern, lambda, result.ToArray());
        for (var k = 0; k < outer.Length; k++) outer[k] = -outer[k];
        var valuesAdjoint = backend.Upload(outer.AsSpan(0, pattern.Count), values.ShapeArray);
        var rightAdjoint = backend.Upload(lambda.AsSpan(0, pattern.Rows), b.ShapeArray);
        TensorPool.Return(outer);
        TensorPool.Return(lambda);
        dValues = Tensor.AddAdjoint(dValues, valuesAdjoint, values.ShapeArray);
        dB = Tensor.AddAdjoint(dB, rightAdjoint, b.ShapeArray);
    }

    /// <summary>A device rule's seed must be the result's vector (a kernel reads it by index).</summary>
    private static void RequireSeed(string operation, Tensor seed, int length)
    {
        if (seed.Rank != 1 || seed.Length != length)
        {
            throw new TensorShapeException($"{operation}: the seed must have shape [{length}], got {Tensor.Format(seed.ShapeArray)}.");
        }
    }
}
