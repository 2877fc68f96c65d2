namespace Adcme;

/// <summary>
/// One rank's patch of a structured n × m grid split over a <see cref="GridRows"/> × <see cref="GridColumns"/> process
/// grid, as <see cref="Communicator.HaloExchange(Tensor, int, int, int, double)"/> places the ranks: rank r at grid
/// row r / columns, column r % columns. The patch is the grid's rows <see cref="Row"/> to <see cref="Row"/> +
/// <see cref="Rows"/> − 1 and columns <see cref="Column"/> to <see cref="Column"/> + <see cref="Columns"/> − 1. The grid's
/// rows are split into <see cref="GridRows"/> runs and its columns into <see cref="GridColumns"/>, as evenly as they go
/// (the first runs one longer), so that left/right neighbours have the same height and up/down neighbours the same
/// width, as the halo exchange needs.
/// </summary>
public sealed record GridPatch(int Row, int Column, int Rows, int Columns, int GridRows, int GridColumns)
{
    /// <summary>Rank <paramref name="rank"/>'s patch of an <paramref name="n"/> × <paramref name="m"/> grid.</summary>
    /// <exception cref="ArgumentException">the process grid has more rows than the grid, or more columns, or
    /// <paramref name="rank"/> is not one of its ranks.</exception>
    public static GridPatch Of(int n, int m, int gridRows, int gridColumns, int rank)
    {
        if (gridRows < 1 || gridColumns < 1 || gridRows > n || gridColumns > m)
        {
            throw new ArgumentException($"a {n}×{m} grid cannot be split into {gridRows}×{gridColumns} patches (at least one node each).");
        }
        if ((uint)rank >= (uint)(gridRows * gridColumns))
        {
            throw new ArgumentOutOfRangeException(nameof(rank), rank, $"rank {rank} is not on a {gridRows}×{gridColumns} process grid.");
        }
        var (row, rows) = Split(n, gridRows, rank / gridColumns);
        var (column, columns) = Split(m, gridColumns, rank % gridColumns);
        return new GridPatch(row, column, rows, columns, gridRows, gridColumns);
    }

    /// <summary>Rank <paramref name="rank"/>'s patch of a square <paramref name="n"/> × <paramref name="n"/> grid.</summary>
    public static GridPatch Of(int n, int gridRows, int gridColumns, int rank) => Of(n, n, gridRows, gridColumns, rank);

    /// <summary>The most square process grid for <paramref name="ranks"/> ranks (rows ≤ columns): 4 → 2 × 2, 6 → 2 × 3,
    /// 7 → 1 × 7.</summary>
    public static (int Rows, int Columns) Grid(int ranks)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ranks, 1);
        var rows = (int)Math.Sqrt(ranks);
        while (ranks % rows != 0) rows--;
        return (rows, ranks / rows);
    }

    private static (int Start, int Count) Split(int n, int parts, int part)
    {
        var count = n / parts + (part < n % parts ? 1 : 0);
        var start = part * (n / parts) + Math.Min(part, n % parts);
        return (start, count);
    }

    /// <summary>This patch's values of a field given on the whole grid, row-major with <paramref name="m"/> columns.</summary>
    public Tensor Take(ReadOnlySpan<double> field, int m)
    {
        var block = new double[Rows * Columns];
        for (var i = 0; i < Rows; i++) field.Slice((Row + i) * m + Column, Columns).CopyTo(block.AsSpan(i * Columns, Columns));
        return Tensor.FromArray(block, Rows, Columns);
    }

    /// <summary>Writes this patch's values (row-major, <see cref="Rows"/> × <see cref="Columns"/>) into a field on the
    /// whole grid with <paramref name="m"/> columns; the rest is left as it is.</summary>
    public void Put(ReadOnlySpan<double> block, Span<double> field, int m)
    {
        for (var i = 0; i < Rows; i++) block.Slice(i * Columns, Columns).CopyTo(field.Slice((Row + i) * m + Column, Columns));
    }
}
