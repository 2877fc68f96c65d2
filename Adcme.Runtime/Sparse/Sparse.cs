using System.ComponentModel;

namespace Adcme;

/// <summary>
/// Sparse linear algebra over a <see cref="SparsePattern"/> and its values, differentiable in the values and
/// in the vectors. Each operation is a [Primitive]; the solve's adjoint is a second solve, never the
/// derivative of the iterations.
/// </summary>
public static partial class Sparse
{
    /// <summary>
    /// The values of a matrix on <paramref name="pattern"/>, assembled from one value per (row, column) pair the
    /// pattern was built from (<see cref="SparsePattern.FromIndices"/>, <see cref="SparsePattern.FromTriplets"/>), in
    /// that order: values of pairs that name the same entry are summed, as a finite-element code adds element
    /// matrices. The result is a vector of length <see cref="SparsePattern.Count"/> in CSR order, the values that
    /// <see cref="MatVec"/>, <see cref="TransposeMatVec"/> and <see cref="Solve"/> take with the same pattern.
    /// </summary>
    /// <remarks>Linear, differentiable in <paramref name="values"/>: its adjoint gathers, v̄ₚ += ā[entry of pair p].</remarks>
    /// <param name="pattern">The structure ([NoDerivative]).</param>
    /// <param name="values">A vector of length <see cref="SparsePattern.PairCount"/>.</param>
    /// <exception cref="TensorShapeException">The values are not a vector of length <see cref="SparsePattern.PairCount"/>.</exception>
    [Primitive(nameof(Assemble_Pullback), nameof(Assemble_Tangent))]
    public static Tensor Assemble([NoDerivative] SparsePattern pattern, Tensor values)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Rank != 1 || values.Length != pattern.PairCount)
        {
            throw new TensorShapeException($"Sparse.Assemble: the pattern was built from {pattern.PairCount} (row, column) pairs, so the values must have shape [{pattern.PairCount}], got {Tensor.Format(values.ShapeArray)}.");
        }
        if (values.OnDevice) return GpuBackend.Of("Sparse.Assemble", values).SparseAssemble(pattern, values);
        var result = TensorPool.RentZeroed(pattern.Count);
        var map = pattern.EntryOfPair;
        var v = values.Span;
        for (var p = 0; p < map.Length; p++) result[map[p]] += v[p];
        return Tensor.Own(result);
    }

    /// <summary>Reverse rule of <see cref="Assemble"/>: v̄ₚ += ā[entry of pair p].</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Assemble_Pullback(SparsePattern pattern, Tensor values, Tensor result, Tensor seed, ref Tensor? dValues)
    {
        if (!Adjoints.IsWanted(ref dValues)) return;
        if (GpuBackend.Any(values, seed))
        {
            dValues = Tensor.AddAdjoint(dValues, GpuBackend.Of("Sparse.Assemble_Pullback", values, seed).GatherEntries(pattern, seed), values.ShapeArray);
            return;
        }
        var gathered = TensorPool.Rent(pattern.PairCount);
        var map = pattern.EntryOfPair;
        var g = seed.Span;
        for (var p = 0; p < map.Length; p++) gathered[p] = g[map[p]];
        dValues = Tensor.AddAdjoint(dValues, Tensor.Own(gathered), values.ShapeArray);
    }

    /// <summary>Forward rule of <see cref="Assemble"/>: it is linear.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Assemble_Tangent(SparsePattern pattern, Tensor values, Tensor? dValues, Tensor result)
        => dValues is null ? null : Assemble(pattern, dValues);

    /// <summary>y = A·x.</summary>
    [Primitive(nameof(MatVec_Pullback), nameof(MatVec_Tangent))]
    public static Tensor MatVec([NoDerivative] SparsePattern pattern, Tensor values, Tensor x)
    {
        Check("Sparse.MatVec", pattern, values, x, pattern.Columns);
        if (GpuBackend.Any(values, x)) return GpuBackend.Of("Sparse.MatVec", values, x).SparseMultiply(pattern, values, x);
        return Tensor.Own(Multiply(pattern, values.Span, x.Span));
    }

    /// <summary>Reverse rule of <see cref="MatVec"/>: v̄ₖ += ȳ[row k]·x[col k], x̄ += Aᵀȳ.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void MatVec_Pullback(SparsePattern pattern, Tensor values, Tensor x, Tensor result, Tensor seed, ref Tensor? dValues, ref Tensor? dX)
    {
        if (GpuBackend.Any(values, x, seed))
        {
            var backend = GpuBackend.Of("Sparse.MatVec_Pullback", values, x, seed);
            RequireSeed("Sparse.MatVec_Pullback", seed, pattern.Rows);
            if (Adjoints.IsWanted(ref dValues)) dValues = Tensor.AddAdjoint(dValues, backend.OuterOnPattern(pattern, seed, x), values.ShapeArray);
            if (Adjoints.IsWanted(ref dX)) dX = Tensor.AddAdjoint(dX, backend.SparseMultiplyTransposed(pattern, values, seed), x.ShapeArray);
            return;
        }
        if (Adjoints.IsWanted(ref dValues)) dValues = Tensor.AddAdjoint(dValues, Tensor.Own(OuterOnPattern(pattern, seed.Span, x.Span)), values.ShapeArray);
        if (Adjoints.IsWanted(ref dX)) dX = Tensor.AddAdjoint(dX, Tensor.Own(MultiplyTransposed(pattern, values.Span, seed.Span)), x.ShapeArray);
    }

    /// <summary>Forward rule of <see cref="MatVec"/>: ẏ = Ȧ·x + A·ẋ.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? MatVec_Tangent(SparsePattern pattern, Tensor values, Tensor? dValues, Tensor x, Tensor? dX, Tensor result)
        => Tensor.Accumulate(dValues is null ? null : MatVec(pattern, dValues, x), dX is null ? null : MatVec(pattern, values, dX));

    /// <summary>y = Aᵀ·x.</summary>
    [Primitive(nameof(TransposeMatVec_Pullback), nameof(TransposeMatVec_Tangent))]
    public static Tensor TransposeMatVec([NoDerivative] SparsePattern pattern, Tensor values, Tensor x)
    {
        Check("Sparse.TransposeMatVec", pattern, values, x, pattern.Rows);
        if (GpuBackend.Any(values, x)) return GpuBackend.Of("Sparse.TransposeMatVec", values, x).SparseMultiplyTransposed(pattern, values, x);
        return Tensor.Own(MultiplyTransposed(pattern, values.Span, x.Span));
    }

    /// <summary>Reverse rule of <see cref="TransposeMatVec"/>: v̄ₖ += x[row k]·ȳ[col k], x̄ += Aȳ.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void TransposeMatVec_Pullback(SparsePattern pattern, Tensor values, Tensor x, Tensor result, Tensor seed, ref Tensor? dValues, ref Tensor? dX)
    {
        if (GpuBackend.Any(values, x, seed))
        {
            var backend = GpuBackend.Of("Sparse.TransposeMatVec_Pullback", values, x, seed);
            RequireSeed("Sparse.TransposeMatVec_Pullback", seed, pattern.Columns);
            if (Adjoints.IsWanted(ref dValues)) dValues = Tensor.AddAdjoint(dValues, backend.OuterOnPattern(pattern, x, seed), values.ShapeArray);
            if (Adjoints.IsWanted(ref dX)) dX = Tensor.AddAdjoint(dX, backend.SparseMultiply(pattern, values, seed), x.ShapeArray);
            return;
        }
        if (Adjoints.IsWanted(ref dValues)) dValues = Tensor.AddAdjoint(dValues, Tensor.Own(OuterOnPattern(pattern, x.Span, seed.Span)), values.ShapeArray);
        if (Adjoints.IsWanted(ref dX)) dX = Tensor.AddAdjoint(dX, Tensor.Own(Multiply(pattern, values.Span, seed.Span)), x.ShapeArray);
    }

    /// <summary>Forward rule of <see cref="TransposeMatVec"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? TransposeMatVec_Tangent(SparsePattern pattern, Tensor values, Tensor? dValues, Tensor x, Tensor? dX, Tensor result)
        => Tensor.Accumulate(dValues is null ? null : TransposeMatVec(pattern, dValues, x), dX is null ? null : TransposeMatVec(pattern, values, dX));

    /// <summary>x = A⁻¹·b for a symmetric positive definite A, by conjugate gradients to a relative residual of
    /// 1e-12. Symmetry is the caller's contract (it is not checked: finite-difference checks perturb one
    /// entry at a time); an indefinite matrix or no convergence throws.</summary>
    /// <remarks>On a GPU backend conjugate gradients run on the device, step for step as on the host (the dot products
    /// in the device reductions' level order, which the host's solve uses too: the same iterates, the same bits), reading
    /// back two numbers an iteration for the step and the stopping test; its rules solve there too.</remarks>
    [Primitive(nameof(Solve_Pullback), nameof(Solve_Tangent))]
    public static Tensor Solve([NoDerivative] SparsePattern pattern, Tensor values, Tensor b)
    {
        Check("Sparse.Solve", pattern, values, b, pattern.Rows);
        if (pattern.Rows != pattern.Columns) throw new TensorShapeException($"Sparse.Solve: the matrix is {pattern.Rows}×{pattern.Columns}, not square.");
        if (GpuBackend.Any(values, b)) return SolveOnDevice(GpuBackend.Of("Sparse.Solve", values, b), pattern, values, b);
        return Tensor.Own(ConjugateGradient(pattern, values.Span, b.Span));
    }

    /// <summary>Reverse rule of <see cref="Solve"/>: one more solve, λ = A⁻ᵀ x̄ (CG on Aᵀ), then b̄ += λ and
    /// v̄ₖ −= λ[row k]·x[col k].</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Solve_Pullback(SparsePattern pattern, Tensor values, Tensor b, Tensor result, Tensor seed, ref Tensor? dValues, ref Tensor? dB)
    {
        if (GpuBackend.Any(values, b, seed) || result.OnDevice)
        {
            SolvePullbackOnDevice(pattern, values, b, result, seed, ref dValues, ref dB);
            return;
        }
        var lambda = ConjugateGradient(pattern, values.Span, seed.Span, transposed: true);
        var outer = OuterOnPattern(pattern, lambda, result.Span);
        for (var k = 0; k < outer.Length; k++) outer[k] = -outer[k];
        dValues = Tensor.AddAdjoint(dValues, Tensor.Own(outer), values.ShapeArray);
        dB = Tensor.AddAdjoint(dB, Tensor.Own(lambda), b.ShapeArray);
    }

    /// <summary>Forward rule of <see cref="Solve"/>: ẋ = A⁻¹(ḃ − Ȧx).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Solve_Tangent(SparsePattern pattern, Tensor values, Tensor? dValues, Tensor b, Tensor? dB, Tensor result)
    {
        var rhs = Tensor.Accumulate(dB, dValues is null ? null : -MatVec(pattern, dValues, result));
        if (rhs is not null && rhs.OnDevice) return SolveOnDevice(GpuBackend.Of("Sparse.Solve_Tangent", values, rhs), pattern, values, rhs);
        return rhs is null ? null : Tensor.Own(ConjugateGradient(pattern, values.Span, rhs.Span));
    }

    private static void Check(string operation, SparsePattern pattern, Tensor values, Tensor x, int length)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        pattern.Check(operation, values);
        ArgumentNullException.ThrowIfNull(x);
        if (x.Rank != 1 || x.Length != length)
        {
            throw new TensorShapeException($"{operation}: a {pattern.Rows}×{pattern.Columns} matrix needs a vector of shape [{length}], got {Tensor.Format(x.ShapeArray)}.");
        }
    }

    internal static double[] Multiply(SparsePattern a, ReadOnlySpan<double> values, ReadOnlySpan<double> x)
    {
        var y = TensorPool.Rent(a.Rows);
        for (var i = 0; i < a.Rows; i++)
        {
            var sum = 0.0;
            for (var k = a.RowStarts[i]; k < a.RowStarts[i + 1]; k++) sum += values[k] * x[a.ColumnIndices[k]];
            y[i] = sum;
        }
        return y;
    }

    internal static double[] MultiplyTransposed(SparsePattern a, ReadOnlySpan<double> values, ReadOnlySpan<double> x)
    {
        var y = TensorPool.RentZeroed(a.Columns);
        for (var i = 0; i < a.Rows; i++)
        {
            for (var k = a.RowStarts[i]; k < a.RowStarts[i + 1]; k++) y[a.ColumnIndices[k]] += values[k] * x[i];
        }
        return y;
    }

    /// <summary>u[row k]·v[col k] for every stored entry k: the adjoint of a product in the values.</summary>
    private static double[] OuterOnPattern(SparsePattern a, ReadOnlySpan<double> u, ReadOnlySpan<double> v)
    {
        var result = TensorPool.Rent(a.Count);
        for (var i = 0; i < a.Rows; i++)
        {
            for (var k = a.RowStarts[i]; k < a.RowStarts[i + 1]; k++) result[k] = u[i] * v[a.ColumnIndices[k]];
        }
        return result;
    }

    private static double[] ConjugateGradient(SparsePattern a, ReadOnlySpan<double> values, ReadOnlySpan<double> b, bool transposed = false)
    {
        var n = a.Rows;
        var x = TensorPool.RentZeroed(n);
        var r = TensorPool.Rent(n);
        var p = TensorPool.Rent(n);
        try
        {
            b.CopyTo(r);
            b.CopyTo(p);
            var rr = LevelSum.Dot(r.AsSpan(0, n), r.AsSpan(0, n));
            if (!double.IsFinite(rr)) throw RightHandSideNotFinite();
            if (rr == 0) return x;
            var target = 1e-24 * rr;
            for (var iteration = 0; iteration < IterationLimit(n); iteration++)
            {
                var ap = transposed ? MultiplyTransposed(a, values, p) : Multiply(a, values, p);
                var pap = LevelSum.Dot(p.AsSpan(0, n), ap.AsSpan(0, n));
                if (!(pap > 0) || double.IsInfinity(pap))
                {
                    TensorPool.Return(ap);
                    throw NotPositiveDefinite(pap, iteration);
                }
                var alpha = rr / pap;
                for (var i = 0; i < n; i++)
                {
                    x[i] += alpha * p[i];
                    r[i] -= alpha * ap[i];
                }
                TensorPool.Return(ap);
                var next = LevelSum.Dot(r.AsSpan(0, n), r.AsSpan(0, n));
                if (next <= target) return x;
                var beta = next / rr;
                rr = next;
                for (var i = 0; i < n; i++) p[i] = r[i] + beta * p[i];
            }
            throw NotConverged(n);
        }
        catch
        {
            TensorPool.Return(x);
            throw;
        }
        finally
        {
            TensorPool.Return(r);
            TensorPool.Return(p);
        }
    }

    /// <summary>The iterations conjugate gradients may take for n unknowns.</summary>
    private static int IterationLimit(int n) => 10 * n + 100;

    private static ArgumentException RightHandSideNotFinite() => new("Sparse.Solve: the right-hand side contains NaN or ∞.", "b");

    private static Exception NotPositiveDefinite(double pap, int iteration)
        => double.IsFinite(pap)
            ? new InvalidOperationException($"Sparse.Solve: the matrix is not positive definite (pᵀAp = {pap:G3} at iteration {iteration}).")
            : new ArgumentException($"Sparse.Solve: the matrix values contain NaN or ∞ (pᵀAp = {pap:G3} at iteration {iteration}).", "values");

    private static InvalidOperationException NotConverged(int n)
        => new($"Sparse.Solve: conjugate gradients did not reach a relative residual of 1e-12 in {IterationLimit(n)} iterations.");
}
