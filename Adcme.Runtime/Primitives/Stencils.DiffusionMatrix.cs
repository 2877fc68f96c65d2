using System.ComponentModel;

namespace Adcme;

public static partial class Stencils
{
    /// <summary>
    /// The structure of <see cref="DiffusionMatrix"/> on an n×m grid: an (n·m)×(n·m) pattern with node (i, j) at
    /// index i·m + j, and in row i·m + j the columns of its neighbours inside the grid and itself, ascending:
    /// (i−1, j), (i, j−1), (i, j), (i, j+1), (i+1, j). <see cref="SparsePattern.Count"/> is 5nm − 2n − 2m.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">n or m is less than 1, or n·m is too large for one index.</exception>
    public static SparsePattern DiffusionPattern(int n, int m)
    {
        if (n < 1 || m < 1) throw new ArgumentOutOfRangeException(n < 1 ? nameof(n) : nameof(m), $"DiffusionPattern: the grid must be at least 1×1, got {n}×{m}.");
        if ((long)n * m * 5 > Array.MaxLength) throw new ArgumentOutOfRangeException(nameof(n), $"DiffusionPattern: a {n}×{m} grid is too large.");
        var size = n * m;
        var starts = new int[size + 1];
        var columns = new int[5 * size - 2 * n - 2 * m];
        var k = 0;
        for (var i = 0; i < n; i++)
        for (var j = 0; j < m; j++)
        {
            var c = i * m + j;
            starts[c] = k;
            if (i > 0) columns[k++] = c - m;
            if (j > 0) columns[k++] = c - 1;
            columns[k++] = c;
            if (j < m - 1) columns[k++] = c + 1;
            if (i < n - 1) columns[k++] = c + m;
        }
        starts[size] = k;
        return SparsePattern.FromCsr(size, size, starts, columns);
    }

    /// <summary>
    /// The variable-coefficient operator −∇·(κ∇·) on the n×m grid of <paramref name="kappa"/>, as the values of a sparse
    /// matrix A on <see cref="DiffusionPattern"/>(n, m) (a vector in its CSR order): the same discretization as
    /// <see cref="Diffusion"/>, with the opposite sign, so that A·vec(u) = −vec(Diffusion(κ, u, h)) (vec: row-major,
    /// node (i, j) at i·m + j). Face values are κ's averages κᵢ₊½ = (κᵢ + κᵢ₊₁)/2; a boundary face takes κ at the node
    /// and u is 0 outside (zero Dirichlet). Row c: A[c, c] = Σ faces / h², A[c, neighbour] = −face / h².
    /// </summary>
    /// <remarks>
    /// A is symmetric, and positive definite when κ &gt; 0, so <see cref="Sparse.Solve"/> accepts it:
    /// <c>Sparse.Solve(Stencils.DiffusionPattern(n, m), Stencils.DiffusionMatrix(kappa, h), f)</c> solves
    /// −∇·(κ∇u) = f for u (f and u are vectors of length n·m). Linear in κ and differentiable in it; h is not
    /// differentiated. Pass the pattern of the same n and m: an n×m and an m×n pattern have as many entries.
    /// </remarks>
    /// <param name="kappa">The coefficient at the nodes, an n×m tensor.</param>
    /// <param name="h">The grid spacing (positive).</param>
    /// <returns>A vector of length <see cref="SparsePattern.Count"/> of <see cref="DiffusionPattern"/>(n, m).</returns>
    /// <exception cref="TensorShapeException">κ is not a 2-D grid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">h is not a positive finite number.</exception>
    [Primitive(nameof(DiffusionMatrix_Pullback), nameof(DiffusionMatrix_Tangent))]
    public static Tensor DiffusionMatrix(Tensor kappa, [NoDerivative] double h)
    {
        RequireGrid("DiffusionMatrix", kappa);
        if (!(h > 0) || !double.IsFinite(h)) throw new ArgumentOutOfRangeException(nameof(h), $"DiffusionMatrix: the spacing h must be positive and finite, got {h}.");
        int n = kappa.ShapeArray[0], m = kappa.ShapeArray[1];
        var scale = 1 / (h * h);
        if (kappa.OnDevice) return GpuBackend.Of("DiffusionMatrix", kappa).DiffusionMatrix(kappa, 5 * n * m - 2 * n - 2 * m, scale);
        var values = TensorPool.Rent(5 * n * m - 2 * n - 2 * m);
        var k = kappa.Span;
        var e = 0;
        for (var i = 0; i < n; i++)
        for (var j = 0; j < m; j++)
        {
            var c = i * m + j;
            var diagonal = 0.0;
            for (var side = 0; side < 4; side++)
            {
                diagonal += Neighbour(side, i, j, n, m, out var other) ? 0.5 * (k[c] + k[other]) : k[c];
            }
            // In DiffusionPattern's column order: up, left, the node, right, down.
            if (i > 0) values[e++] = -0.5 * (k[c] + k[c - m]) * scale;
            if (j > 0) values[e++] = -0.5 * (k[c] + k[c - 1]) * scale;
            values[e++] = diagonal * scale;
            if (j < m - 1) values[e++] = -0.5 * (k[c] + k[c + 1]) * scale;
            if (i < n - 1) values[e++] = -0.5 * (k[c] + k[c + m]) * scale;
        }
        return Tensor.Own(values);
    }

    /// <summary>Reverse rule of <see cref="DiffusionMatrix"/>: each face's value is half of each of its two nodes' κ
    /// (all of the node's at the boundary), so each entry's adjoint goes back to those nodes, scaled.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void DiffusionMatrix_Pullback(Tensor kappa, double h, Tensor result, Tensor seed, ref Tensor? dKappa)
    {
        if (!Adjoints.IsWanted(ref dKappa)) return;
        int n = kappa.ShapeArray[0], m = kappa.ShapeArray[1];
        var scale = 1 / (h * h);
        if (GpuBackend.Any(kappa, seed))
        {
            var backend = GpuBackend.Of("DiffusionMatrix_Pullback", kappa, seed);
            if (seed.Rank != 1 || seed.Length != 5 * n * m - 2 * n - 2 * m)
            {
                throw new TensorShapeException($"DiffusionMatrix_Pullback: the seed must have shape [{5 * n * m - 2 * n - 2 * m}], got {Tensor.Format(seed.ShapeArray)}.");
            }
            dKappa = Tensor.AddAdjoint(dKappa, backend.DiffusionMatrixPullback(seed, kappa.ShapeArray, scale), kappa.ShapeArray);
            return;
        }
        var g = seed.Span;
        var dk = TensorPool.RentZeroed(n * m);
        var e = 0;
        for (var i = 0; i < n; i++)
        for (var j = 0; j < m; j++)
        {
            var c = i * m + j;
            // The entries of row c in the forward's order; the diagonal's seed comes after up and left.
            if (i > 0) OffDiagonal(dk, c, c - m, g[e++] * scale);
            if (j > 0) OffDiagonal(dk, c, c - 1, g[e++] * scale);
            var diagonal = g[e++] * scale;
            if (j < m - 1) OffDiagonal(dk, c, c + 1, g[e++] * scale);
            if (i < n - 1) OffDiagonal(dk, c, c + m, g[e++] * scale);
            for (var side = 0; side < 4; side++)
            {
                if (Neighbour(side, i, j, n, m, out var other))
                {
                    dk[c] += 0.5 * diagonal;
                    dk[other] += 0.5 * diagonal;
                }
                else
                {
                    dk[c] += diagonal;
                }
            }
        }
        dKappa = Tensor.AddAdjoint(dKappa, new Tensor(dk, kappa.ShapeArray), kappa.ShapeArray);

        static void OffDiagonal(double[] dk, int c, int other, double seed)
        {
            dk[c] -= 0.5 * seed;
            dk[other] -= 0.5 * seed;
        }
    }

    /// <summary>Forward rule of <see cref="DiffusionMatrix"/>: it is linear in κ.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? DiffusionMatrix_Tangent(Tensor kappa, Tensor? dKappa, double h, Tensor result)
        => dKappa is null ? null : DiffusionMatrix(dKappa, h);
}
