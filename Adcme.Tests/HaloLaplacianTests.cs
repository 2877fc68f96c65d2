using Adcme.Checking;

namespace Adcme.Tests;

/// <summary><see cref="Stencils.HaloLaplacian"/>: the Laplacian at a padded block's inner nodes — its values against
/// a dense formula, equal bit for bit to <see cref="Stencils.Laplacian"/> with a zero halo, its rules against finite
/// differences and the dot-product test, and on a field split into blocks by the halo exchange.</summary>
public class HaloLaplacianTests
{
    private static double[] Dense(double[] padded, int rows, int columns, double h)
    {
        var width = columns + 2;
        var result = new double[rows * columns];
        for (var i = 0; i < rows; i++)
        for (var j = 0; j < columns; j++)
        {
            double at(int a, int b) => padded[a * width + b];
            result[i * columns + j] = (at(i, j + 1) + at(i + 2, j + 1) + at(i + 1, j) + at(i + 1, j + 2) - 4 * at(i + 1, j + 1)) / (h * h);
        }
        return result;
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(1, 4)]
    [InlineData(5, 1)]
    [InlineData(6, 7)]
    public void ValuesAndRules(int rows, int columns)
    {
        using var padded = Tensor.RandomNormal(rows * 31 + columns, rows + 2, columns + 2);
        using var inner = Stencils.HaloLaplacian(padded, 0.25);
        Assert.Equal([rows, columns], inner.Shape.ToArray());
        var expected = Dense(padded.ToArray(), rows, columns, 0.25);
        var actual = inner.ToArray();
        for (var c = 0; c < expected.Length; c++) Assert.Equal(expected[c], actual[c], 1e-11 * Math.Max(1, Math.Abs(expected[c])));
        var report = GradientChecker.CheckPrimitive(Stencils.HaloLaplacian, padded, 0.25);
        Assert.True(report.Passed, report.ToString());
    }

    [Fact]
    public void WithAZeroHaloItIsTheLaplacianBitForBit()
    {
        using var u = Tensor.RandomNormal(7, 9, 6);
        using var padded = Tensor.Pad(u, 1, 1, 1, 1);
        Assert.Equal(Stencils.Laplacian(u, 0.1).ToArray(), Stencils.HaloLaplacian(padded, 0.1).ToArray());
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(1, 3)]
    [InlineData(3, 1)]
    public void BlocksThroughTheHaloExchangeGiveTheWholeGridsLaplacian(int gridRows, int gridColumns)
    {
        // A 6×6 field split into gridRows × gridColumns blocks: each block's HaloLaplacian is its part of the whole's.
        const int n = 6;
        using var field = Tensor.RandomNormal(3, n, n);
        var whole = Stencils.Laplacian(field, 0.2).ToArray();
        var data = field.ToArray();
        LocalCommunicator.Run(gridRows * gridColumns, comm =>
        {
            int rows = n / gridRows, columns = n / gridColumns;
            int row = comm.Rank / gridColumns * rows, column = comm.Rank % gridColumns * columns;
            var block = new double[rows * columns];
            for (var i = 0; i < rows; i++) Array.Copy(data, (row + i) * n + column, block, i * columns, columns);
            using var u = Tensor.FromArray(block, rows, columns);
            using var padded = comm.HaloExchange(u, gridRows, gridColumns, 1, 0.0);
            var mine = Stencils.HaloLaplacian(padded, 0.2).ToArray();
            for (var i = 0; i < rows; i++)
            for (var j = 0; j < columns; j++)
            {
                Assert.Equal(whole[(row + i) * n + column + j], mine[i * columns + j]);
            }
        });
    }

    [Fact]
    public void ABlockWithoutInnerNodesIsAShapeError()
    {
        var error = Assert.Throws<TensorShapeException>(() => Stencils.HaloLaplacian(Tensor.Ones(2, 5), 0.1));
        Assert.Contains("HaloLaplacian", error.Message, StringComparison.Ordinal);
        Assert.Contains("[2, 5]", error.Message, StringComparison.Ordinal);
        Assert.Contains("HaloLaplacian", Assert.Throws<TensorShapeException>(() => Stencils.HaloLaplacian(Tensor.Ones(9), 0.1)).Message, StringComparison.Ordinal);
    }
}
