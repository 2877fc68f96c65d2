using Adcme.Checking;
using Adcme.Tests.Cases;

namespace Adcme.Tests;

public class SparseTests
{
    /// <summary>The 1-D Poisson matrix tridiag(−1, 2 + shift, −1), symmetric positive definite.</summary>
    private static (SparsePattern Pattern, Tensor Values) Poisson(int n, double shift = 0.5)
    {
        var rows = new List<int>();
        var columns = new List<int>();
        var values = new List<double>();
        for (var i = 0; i < n; i++)
        {
            rows.Add(i); columns.Add(i); values.Add(2 + shift);
            if (i > 0) { rows.Add(i); columns.Add(i - 1); values.Add(-1); }
            if (i < n - 1) { rows.Add(i); columns.Add(i + 1); values.Add(-1); }
        }
        return SparsePattern.FromTriplets(n, n, rows.ToArray(), columns.ToArray(), values.ToArray());
    }

    [Fact]
    public void FromTripletsSumsDuplicatesAndSortsRows()
    {
        var (pattern, values) = SparsePattern.FromTriplets(2, 3, [1, 0, 1, 0], [2, 1, 2, 0], [1.0, 2.0, 3.0, 4.0]);
        Assert.Equal(3, pattern.Count);
        Assert.Equal([4.0, 2.0, 4.0], values.ToArray());
        Assert.Equal([0, 0, 1], pattern.RowOfEntries());
        Assert.Equal([0, 1, 2], pattern.ColumnOfEntries());
        Assert.Equal([4.0 * 1 + 2.0 * 2, 4.0 * 3], Sparse.MatVec(pattern, values, Tensor.FromArray([1, 2, 3], 3)).ToArray());
        Assert.Equal([4.0, 2.0, 4.0 * 2], Sparse.TransposeMatVec(pattern, values, Tensor.FromArray([1, 2], 2)).ToArray());
    }

    [Fact]
    public void SolveInvertsMatVec()
    {
        var (pattern, values) = Poisson(30);
        var b = Tensor.Sin(Tensor.Linspace(0, 3, 30));
        var x = Sparse.Solve(pattern, values, b);
        var back = Sparse.MatVec(pattern, values, x).ToArray();
        for (var i = 0; i < 30; i++) Assert.Equal(b[i], back[i], 10);
    }

    [Fact]
    public void BadInputNamesTheCallAndShapes()
    {
        var (pattern, values) = Poisson(4);
        var e = Assert.Throws<TensorShapeException>(() => Sparse.MatVec(pattern, values, Tensor.Zeros(5)));
        Assert.Contains("Sparse.MatVec: a 4×4 matrix needs a vector of shape [4], got [5]", e.Message, StringComparison.Ordinal);
        Assert.Throws<TensorShapeException>(() => Sparse.Solve(pattern, Tensor.Zeros(3), Tensor.Zeros(4)));
        var indefinite = values * -1.0;
        var notSpd = Assert.Throws<InvalidOperationException>(() => Sparse.Solve(pattern, indefinite, Tensor.Ones(4)));
        Assert.Contains("not positive definite", notSpd.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => SparsePattern.FromTriplets(2, 2, [2], [0], [1.0]));

    }

    [Fact]
    public void Rules()
    {
        var (pattern, values) = Poisson(8);
        var x = Tensor.RandomNormal(3, 8);
        GradientChecker.CheckPrimitive(Sparse.MatVec, pattern, values, x).ThrowIfFailed();
        GradientChecker.CheckPrimitive(Sparse.TransposeMatVec, pattern, values + Tensor.RandomNormal(4, pattern.Count) * 0.1, x).ThrowIfFailed();
        GradientChecker.CheckPrimitive(Sparse.Solve, pattern, values, x).ThrowIfFailed();
    }

    [Fact]
    public void InverseProblemGradient()
    {
        var (pattern, values) = Poisson(6);
        // A symmetric perturbation: the diagonal only.
        var rows = pattern.RowOfEntries();
        var columns = pattern.ColumnOfEntries();
        var diagonal = Tensor.FromArray(rows.Select((r, k) => r == columns[k] ? 0.1 * (r + 1) : 0.0).ToArray(), pattern.Count);
        GradientAssert.Passes(SparseCases.Mismatch, pattern, values + diagonal,
            Tensor.Linspace(-1, 1, 6), Tensor.Cos(Tensor.Linspace(0, 2, 6)));
    }
}
