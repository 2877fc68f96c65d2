namespace Adcme.Tests;

/// <summary><see cref="GridPatch"/>: patches tile the grid exactly, neighbours agree in height and width, fields go in
/// and out of patches unchanged, and bad grids are refused.</summary>
public class GridPatchTests
{
    [Theory]
    [InlineData(13, 13, 2, 2)]
    [InlineData(13, 7, 3, 2)]
    [InlineData(5, 9, 1, 4)]
    [InlineData(6, 6, 6, 1)]
    public void PatchesTileTheGridAndNeighboursFit(int n, int m, int gridRows, int gridColumns)
    {
        var owner = new int[n * m];
        Array.Fill(owner, -1);
        var patches = Enumerable.Range(0, gridRows * gridColumns).Select(r => GridPatch.Of(n, m, gridRows, gridColumns, r)).ToArray();
        for (var r = 0; r < patches.Length; r++)
        {
            var p = patches[r];
            Assert.InRange(p.Rows, n / gridRows, n / gridRows + 1);
            Assert.InRange(p.Columns, m / gridColumns, m / gridColumns + 1);
            for (var i = p.Row; i < p.Row + p.Rows; i++)
            for (var j = p.Column; j < p.Column + p.Columns; j++)
            {
                Assert.Equal(-1, owner[i * m + j]);
                owner[i * m + j] = r;
            }
            if (r % gridColumns < gridColumns - 1) Assert.Equal(p.Rows, patches[r + 1].Rows);
            if (r / gridColumns < gridRows - 1) Assert.Equal(p.Columns, patches[r + gridColumns].Columns);
        }
        Assert.DoesNotContain(-1, owner);
    }

    [Fact]
    public void TakeAndPutRoundTrip()
    {
        var field = Enumerable.Range(0, 7 * 5).Select(i => (double)i).ToArray();
        var rebuilt = new double[field.Length];
        for (var r = 0; r < 6; r++)
        {
            var patch = GridPatch.Of(7, 5, 3, 2, r);
            using var block = patch.Take(field, 5);
            Assert.Equal([patch.Rows, patch.Columns], block.Shape.ToArray());
            Assert.Equal(field[patch.Row * 5 + patch.Column], block.ToArray()[0]);
            patch.Put(block.Span, rebuilt, 5);
        }
        Assert.Equal(field, rebuilt);
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(4, 2, 2)]
    [InlineData(6, 2, 3)]
    [InlineData(7, 1, 7)]
    [InlineData(12, 3, 4)]
    public void TheMostSquareGrid(int ranks, int rows, int columns) => Assert.Equal((rows, columns), GridPatch.Grid(ranks));

    [Fact]
    public void BadGridsAreRefused()
    {
        Assert.Contains("cannot be split into 4×1", Assert.Throws<ArgumentException>(() => GridPatch.Of(3, 3, 4, 1, 0)).Message, StringComparison.Ordinal);
        Assert.Contains("rank 4 is not on a 2×2", Assert.Throws<ArgumentOutOfRangeException>(() => GridPatch.Of(8, 2, 2, 4)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => GridPatch.Grid(0));
    }
}
