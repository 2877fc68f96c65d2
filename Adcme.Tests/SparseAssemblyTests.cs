using Adcme.Checking;

namespace Adcme.Tests;

/// <summary>Poisson inverse problems as a user writes them: the matrix built from the coefficient inside
/// [Differentiable] code, solved, compared with observations.</summary>
public static partial class SparseAssemblyModels
{
    /// <summary>Solve −∇·(κ∇u) = f on the grid (zero Dirichlet boundary), then Σ (u − observed)².</summary>
    [Differentiable]
    public static double PoissonMisfit(Tensor kappa, [NoDerivative] SparsePattern pattern, [NoDerivative] Tensor f,
        [NoDerivative] Tensor observed, [NoDerivative] double h)
    {
        var a = Stencils.DiffusionMatrix(kappa, h);
        var u = Sparse.Solve(pattern, a, f);
        return Tensor.SumOfSquares(u - observed);
    }

    /// <summary>A 1-D finite-element stiffness matrix assembled from element conductivities k (element e joins nodes
    /// e and e + 1 and adds k[e]/h·[[1, −1], [−1, 1]]), plus a fixed mass term, solved and compared.</summary>
    /// <remarks>The pattern was built from the pairs (e, e) for every e, then (e, e + 1), (e + 1, e), (e + 1, e + 1),
    /// then (i, i) for every node i; the values come in the same order.</remarks>
    [Differentiable]
    public static double StiffnessMisfit(Tensor k, [NoDerivative] SparsePattern pattern, [NoDerivative] Tensor mass,
        [NoDerivative] Tensor f, [NoDerivative] Tensor observed, [NoDerivative] double h)
    {
        var e = k / h;
        var pairs = Tensor.Concat(0, Tensor.Concat(0, e, -e, -e), Tensor.Concat(0, e, mass));
        var a = Sparse.Assemble(pattern, pairs);
        var u = Sparse.Solve(pattern, a, f);
        return Tensor.SumOfSquares(u - observed);
    }
}

/// <summary><see cref="Sparse.Assemble"/>, <see cref="Stencils.DiffusionMatrix"/> and <see cref="Stencils.DiffusionPattern"/>:
/// known values, agreement with <see cref="Stencils.Diffusion"/>, the rules, gradients of whole inverse problems
/// (central finite differences and the dot-product test), and the errors.</summary>
public class SparseAssemblyTests
{
    private static Tensor PositiveField(int n, int m, int seed) => Tensor.Exp(Tensor.RandomNormal(seed, n, m) * 0.3);

    [Fact]
    public void DiffusionPatternCountsAndOrders()
    {
        var pattern = Stencils.DiffusionPattern(3, 4);
        Assert.Equal(12, pattern.Rows);
        Assert.Equal(12, pattern.Columns);
        Assert.Equal(5 * 12 - 2 * 3 - 2 * 4, pattern.Count);
        Assert.Equal(pattern.Count, pattern.PairCount);
        // Row 5 is node (1, 1): up 1, left 4, itself 5, right 6, down 9.
        var rows = pattern.RowOfEntries();
        var columns = pattern.ColumnOfEntries();
        Assert.Equal([1, 4, 5, 6, 9], columns.Where((_, k) => rows[k] == 5).ToArray());
        Assert.Equal([0, 1, 4], columns.Where((_, k) => rows[k] == 0).ToArray());
        Assert.Single(Stencils.DiffusionPattern(1, 1).ColumnOfEntries());
    }

    [Fact]
    public void DiffusionMatrixKnownValues()
    {
        // κ = [[1, 2], [3, 4]], h = 0.5 (1/h² = 4). Node (0, 0): faces up and left at the boundary take κ = 1, right
        // (1 + 2)/2 = 1.5, down (1 + 3)/2 = 2: diagonal (1 + 1 + 1.5 + 2)·4 = 22, right −6, down −8.
        var a = Stencils.DiffusionMatrix(Tensor.FromArray([1.0, 2.0, 3.0, 4.0], 2, 2), 0.5).ToArray();
        Assert.Equal(12, a.Length);
        Assert.Equal([22.0, -6.0, -8.0], a[..3]);
        // Node (1, 1), κ = 4: up (2 + 4)/2 = 3, left (3 + 4)/2 = 3.5, two boundary faces 4: [−12, −14, (3 + 3.5 + 8)·4 = 58].
        Assert.Equal([-12.0, -14.0, 58.0], a[^3..]);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(1, 6)]
    [InlineData(5, 1)]
    [InlineData(4, 7)]
    public void DiffusionMatrixTimesUIsMinusDiffusion(int n, int m)
    {
        var kappa = PositiveField(n, m, 11);
        var u = Tensor.RandomNormal(12, n, m);
        const double h = 0.1;
        var pattern = Stencils.DiffusionPattern(n, m);
        var values = Stencils.DiffusionMatrix(kappa, h);
        var product = Sparse.MatVec(pattern, values, Tensor.Reshape(u, n * m)).ToArray();
        var expected = Stencils.Diffusion(kappa, u, h).ToArray();
        var scale = expected.Max(Math.Abs);
        for (var c = 0; c < n * m; c++) Assert.True(Math.Abs(product[c] + expected[c]) <= 1e-13 * scale, $"node {c}: {product[c]:R} vs −{expected[c]:R}");
        // Symmetric: Aᵀx = Ax.
        var x = Tensor.RandomNormal(13, n * m);
        var ax = Sparse.MatVec(pattern, values, x).ToArray();
        var atx = Sparse.TransposeMatVec(pattern, values, x).ToArray();
        for (var c = 0; c < n * m; c++) Assert.True(Math.Abs(ax[c] - atx[c]) <= 1e-13 * scale, $"row {c}: {ax[c]:R} vs {atx[c]:R}");
    }

    [Fact]
    public void SolveWithDiffusionMatrixInvertsDiffusion()
    {
        const int n = 6, m = 5;
        const double h = 1.0 / 7;
        var kappa = PositiveField(n, m, 21);
        var f = Tensor.Sin(Tensor.Linspace(0, 4, n * m)) + 1.0;
        var u = Sparse.Solve(Stencils.DiffusionPattern(n, m), Stencils.DiffusionMatrix(kappa, h), f);
        var back = (-Stencils.Diffusion(kappa, Tensor.Reshape(u, n, m), h)).ToArray();
        for (var c = 0; c < n * m; c++) Assert.Equal(f[c], back[c], 9);
    }

    [Fact]
    public void AssembleSumsPairsInTheirOrder()
    {
        // Pairs (1, 0), (0, 0), (1, 0), (0, 1): entries in CSR order (0, 0), (0, 1), (1, 0).
        var pattern = SparsePattern.FromIndices(2, 2, [1, 0, 1, 0], [0, 0, 0, 1]);
        Assert.Equal(3, pattern.Count);
        Assert.Equal(4, pattern.PairCount);
        Assert.Equal([2.0, 8.0, 1.0 + 4.0], Sparse.Assemble(pattern, Tensor.FromArray([1.0, 2.0, 4.0, 8.0], 4)).ToArray());
        // FromTriplets remembers its pairs too: assembling its input values gives back its values.
        var (triplets, values) = SparsePattern.FromTriplets(2, 3, [1, 0, 1, 0], [2, 1, 2, 0], [1.0, 2.0, 3.0, 4.0]);
        Assert.Equal(values.ToArray(), Sparse.Assemble(triplets, Tensor.FromArray([1.0, 2.0, 3.0, 4.0], 4)).ToArray());
    }

    [Fact]
    public void Rules()
    {
        GradientChecker.CheckPrimitive(Stencils.DiffusionMatrix, PositiveField(4, 3, 31), 0.25).ThrowIfFailed();
        GradientChecker.CheckPrimitive(Stencils.DiffusionMatrix, PositiveField(1, 5, 32), 0.5).ThrowIfFailed();
        var pattern = SparsePattern.FromIndices(3, 3, [0, 2, 1, 0, 2, 2, 1], [0, 1, 1, 0, 2, 1, 0]);
        GradientChecker.CheckPrimitive(Sparse.Assemble, pattern, Tensor.RandomNormal(33, pattern.PairCount)).ThrowIfFailed();
    }

    [Fact]
    public void PoissonInverseProblemGradient()
    {
        const int n = 5, m = 4;
        const double h = 1.0 / 6;
        var pattern = Stencils.DiffusionPattern(n, m);
        var f = Tensor.Cos(Tensor.Linspace(0, 3, n * m)) + 1.5;
        var observed = Sparse.Solve(pattern, Stencils.DiffusionMatrix(PositiveField(n, m, 41), h), f);
        var report = GradientAssert.Passes(SparseAssemblyModels.PoissonMisfit, PositiveField(n, m, 42), pattern, f, observed, h);
        Assert.Equal(n * m, report.Components.Count);
        Assert.True(report.Value > 0);
    }

    [Fact]
    public void AssembledStiffnessGradient()
    {
        const int elements = 7;
        const int nodes = elements + 1;
        const double h = 1.0 / elements;
        var rows = new List<int>();
        var columns = new List<int>();
        void Pairs(Func<int, int> row, Func<int, int> column, int count)
        {
            for (var e = 0; e < count; e++) { rows.Add(row(e)); columns.Add(column(e)); }
        }
        Pairs(e => e, e => e, elements);
        Pairs(e => e, e => e + 1, elements);
        Pairs(e => e + 1, e => e, elements);
        Pairs(e => e + 1, e => e + 1, elements);
        Pairs(i => i, i => i, nodes);
        var pattern = SparsePattern.FromIndices(nodes, nodes, rows.ToArray(), columns.ToArray());
        Assert.Equal(nodes + 2 * elements, pattern.Count);
        Assert.Equal(4 * elements + nodes, pattern.PairCount);
        var mass = Tensor.Full(0.5, nodes);
        var f = Tensor.Linspace(1, 2, nodes);
        var k = Tensor.Linspace(1, 3, elements);
        // The assembled matrix is tridiag(−k/h) with k[e−1]/h + k[e]/h + 0.5 on the diagonal.
        var a = Sparse.Assemble(pattern, Tensor.Concat(0, Tensor.Concat(0, k / h, -k / h, -k / h), Tensor.Concat(0, k / h, mass))).ToArray();
        Assert.Equal(k[0] / h + 0.5, a[0], 12);
        Assert.Equal(-k[0] / h, a[1], 12);
        Assert.Equal(k[0] / h + k[1] / h + 0.5, a[3], 12);
        var observed = Tensor.Sin(Tensor.Linspace(0, 1, nodes)) * 0.1;
        GradientAssert.Passes(SparseAssemblyModels.StiffnessMisfit, k, pattern, mass, f, observed, h);
    }

    [Fact]
    public void BadInputNamesTheShapes()
    {
        var pattern = SparsePattern.FromIndices(2, 2, [0, 1, 1], [0, 1, 1]);
        var e = Assert.Throws<TensorShapeException>(() => Sparse.Assemble(pattern, Tensor.Zeros(2)));
        Assert.Contains("Sparse.Assemble: the pattern was built from 3 (row, column) pairs, so the values must have shape [3], got [2]", e.Message, StringComparison.Ordinal);
        var grid = Assert.Throws<TensorShapeException>(() => Stencils.DiffusionMatrix(Tensor.Ones(6), 0.1));
        Assert.Contains("DiffusionMatrix: expected a 2-D grid (n×m), got shape [6]", grid.Message, StringComparison.Ordinal);
        var spacing = Assert.Throws<ArgumentOutOfRangeException>(() => Stencils.DiffusionMatrix(Tensor.Ones(2, 2), 0));
        Assert.Equal("h", spacing.ParamName);
        var outside = Assert.Throws<ArgumentOutOfRangeException>(() => SparsePattern.FromIndices(2, 2, [0, 2], [0, 0]));
        Assert.Contains("FromIndices: entry 1 at (2, 0) is outside a 2×2 matrix", outside.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => SparsePattern.FromIndices(2, 2, [0], [0, 1]));
        Assert.Equal("m", Assert.Throws<ArgumentOutOfRangeException>(() => Stencils.DiffusionPattern(3, 0)).ParamName);
        // A matrix of another grid's size: Solve names both.
        var wrong = Assert.Throws<TensorShapeException>(() => Sparse.Solve(Stencils.DiffusionPattern(3, 3), Stencils.DiffusionMatrix(Tensor.Ones(2, 2), 0.5), Tensor.Ones(9)));
        Assert.Contains("[12]", wrong.Message, StringComparison.Ordinal);
    }
}
