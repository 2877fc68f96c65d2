namespace Adcme;

/// <summary>
/// The structure of a sparse matrix in compressed sparse row (CSR) form: where the non-zeros are. The
/// values live apart, in a rank-1 <see cref="Tensor"/> (one per stored entry, in CSR order), so that code
/// can be differentiated with respect to them while the structure stays fixed ([NoDerivative]).
/// </summary>
/// <remarks>
/// A pattern also remembers the (row, column) pairs it was built from, in the order they were given (several
/// pairs may name one entry): <see cref="Sparse.Assemble"/> sums values given per pair into the CSR values, the
/// way a finite-element code adds element contributions.
/// </remarks>
public sealed class SparsePattern
{
    private SparsePattern(int rows, int columns, int[] rowStarts, int[] columnIndices, int[]? entryOfPair)
    {
        Rows = rows;
        Columns = columns;
        RowStarts = rowStarts;
        ColumnIndices = columnIndices;
        EntryOfPair = entryOfPair ?? Enumerable.Range(0, columnIndices.Length).ToArray();
    }

    /// <summary>The number of rows.</summary>
    public int Rows { get; }

    /// <summary>The number of columns.</summary>
    public int Columns { get; }

    /// <summary>The number of stored entries (the length of a values tensor).</summary>
    public int Count => ColumnIndices.Length;

    /// <summary>Row i's entries are RowStarts[i] … RowStarts[i + 1] − 1.</summary>
    internal int[] RowStarts { get; }

    internal int[] ColumnIndices { get; }

    /// <summary>The number of (row, column) pairs the pattern was built from, duplicates included: the length of
    /// the values <see cref="Sparse.Assemble"/> takes. For a pattern made from CSR arrays (such as
    /// <see cref="Stencils.DiffusionPattern"/>) it is <see cref="Count"/>, one pair per entry.</summary>
    public int PairCount => EntryOfPair.Length;

    /// <summary>The stored entry each (row, column) pair it was built from adds into.</summary>
    internal int[] EntryOfPair { get; }

    /// <summary>A pattern from CSR arrays (taken over, not copied): rows' column indices ascending, no duplicates.</summary>
    internal static SparsePattern FromCsr(int rows, int columns, int[] rowStarts, int[] columnIndices)
        => new(rows, columns, rowStarts, columnIndices, null);

    /// <summary>
    /// The pattern of the entries at (<paramref name="rowIndices"/>[k], <paramref name="columnIndices"/>[k]): each
    /// pair given more than once is stored once. Values come later, from <see cref="Sparse.Assemble"/> (one value per
    /// pair, in this order, duplicates summed), or in CSR order (<see cref="RowOfEntries"/>, <see cref="ColumnOfEntries"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The index arrays differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size is negative, or a pair lies outside the matrix (the message names it).</exception>
    public static SparsePattern FromIndices(int rows, int columns, int[] rowIndices, int[] columnIndices)
    {
        ArgumentNullException.ThrowIfNull(rowIndices);
        ArgumentNullException.ThrowIfNull(columnIndices);
        if (rowIndices.Length != columnIndices.Length)
        {
            throw new ArgumentException($"FromIndices: {rowIndices.Length} rows and {columnIndices.Length} columns must be as many.");
        }
        return Build("FromIndices", rows, columns, rowIndices, columnIndices);
    }

    /// <summary>
    /// Builds the pattern and the values from (row, column, value) triplets; entries given more than once
    /// are summed. Returns the values in CSR order.
    /// </summary>
    public static (SparsePattern Pattern, Tensor Values) FromTriplets(int rows, int columns, int[] rowIndices, int[] columnIndices, double[] values)
    {
        ArgumentNullException.ThrowIfNull(rowIndices);
        ArgumentNullException.ThrowIfNull(columnIndices);
        ArgumentNullException.ThrowIfNull(values);
        if (rowIndices.Length != columnIndices.Length || rowIndices.Length != values.Length)
        {
            throw new ArgumentException($"FromTriplets: {rowIndices.Length} rows, {columnIndices.Length} columns and {values.Length} values must be as many.");
        }
        var pattern = Build("FromTriplets", rows, columns, rowIndices, columnIndices);
        var data = new double[pattern.Count];
        for (var k = 0; k < values.Length; k++) data[pattern.EntryOfPair[k]] += values[k];
        return (pattern, Tensor.FromArray(data, data.Length));
    }

    private static SparsePattern Build(string operation, int rows, int columns, int[] rowIndices, int[] columnIndices)
    {
        if (rows < 0 || columns < 0) throw new ArgumentOutOfRangeException(nameof(rows), $"{operation}: the matrix size must not be negative, got {rows}×{columns}.");
        var entries = new SortedDictionary<(int, int), int>();
        for (var k = 0; k < rowIndices.Length; k++)
        {
            var (i, j) = (rowIndices[k], columnIndices[k]);
            if ((uint)i >= (uint)rows || (uint)j >= (uint)columns)
            {
                throw new ArgumentOutOfRangeException((uint)i >= (uint)rows ? nameof(rowIndices) : nameof(columnIndices),
                    $"{operation}: entry {k} at ({i}, {j}) is outside a {rows}×{columns} matrix.");
            }
            entries[(i, j)] = 0;
        }
        var starts = new int[rows + 1];
        var indices = new int[entries.Count];
        var n = 0;
        foreach (var (i, j) in entries.Keys.ToArray())
        {
            starts[i + 1]++;
            indices[n] = j;
            entries[(i, j)] = n++;
        }
        for (var i = 0; i < rows; i++) starts[i + 1] += starts[i];
        var entryOfPair = new int[rowIndices.Length];
        for (var k = 0; k < rowIndices.Length; k++) entryOfPair[k] = entries[(rowIndices[k], columnIndices[k])];
        return new SparsePattern(rows, columns, starts, indices, entryOfPair);
    }

    /// <summary>The row of each stored entry, in CSR order.</summary>
    public int[] RowOfEntries()
    {
        var rows = new int[Count];
        for (var i = 0; i < Rows; i++) for (var k = RowStarts[i]; k < RowStarts[i + 1]; k++) rows[k] = i;
        return rows;
    }

    /// <summary>The column of each stored entry, in CSR order.</summary>
    public int[] ColumnOfEntries() => (int[])ColumnIndices.Clone();

    internal void Check(string operation, Tensor values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Rank != 1 || values.Length != Count)
        {
            throw new TensorShapeException($"{operation}: the values must have shape [{Count}] for this pattern, got {Tensor.Format(values.ShapeArray)}.");
        }
    }
}
