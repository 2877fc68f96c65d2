namespace Adcme;

/// <summary>
/// The structure of a sparse matrix in compressed sparse row (CSR) form: where the non-zeros are. The
/// values live apart, in a rank-1 <see cref="Tensor"/> (one per stored entry, in CSR order), so that code
/// can be differentiated with respect to them while the structure stays fixed ([NoDerivative]).
/// </summary>
public sealed class SparsePattern
{
    private SparsePattern(int rows, int columns, int[] rowStarts, int[] columnIndices)
    {
        Rows = rows;
        Columns = columns;
        RowStarts = rowStarts;
        ColumnIndices = columnIndices;
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

    /// <summary>
    /// Builds the pattern and the values from (row, column, value) triplets; entries given more than once
    /// are summed. Returns the values in CSR order.
    /// </summary>
    public static (SparsePattern Pattern, Tensor Values) FromTriplets(int rows, int columns, int[] rowIndices, int[] columnIndices, double[] values)
    {
        ArgumentNullException.ThrowIfNull(rowIndices);
        ArgumentNullException.ThrowIfNull(columnIndices);
        ArgumentNullException.ThrowIfNull(values);
        if (rows < 0 || columns < 0) throw new ArgumentOutOfRangeException(nameof(rows), "FromTriplets: the matrix size must not be negative.");
        if (rowIndices.Length != columnIndices.Length || rowIndices.Length != values.Length)
        {
            throw new ArgumentException($"FromTriplets: {rowIndices.Length} rows, {columnIndices.Length} columns and {values.Length} values must be as many.");
        }
        var entries = new SortedDictionary<(int, int), double>();
        for (var k = 0; k < values.Length; k++)
        {
            var (i, j) = (rowIndices[k], columnIndices[k]);
            if ((uint)i >= (uint)rows || (uint)j >= (uint)columns)
            {
                throw new ArgumentOutOfRangeException((uint)i >= (uint)rows ? nameof(rowIndices) : nameof(columnIndices),
                    $"FromTriplets: entry {k} at ({i}, {j}) is outside a {rows}×{columns} matrix.");
            }
            entries[(i, j)] = entries.TryGetValue((i, j), out var sum) ? sum + values[k] : values[k];
        }
        var starts = new int[rows + 1];
        var indices = new int[entries.Count];
        var data = new double[entries.Count];
        var n = 0;
        foreach (var ((i, j), value) in entries)
        {
            starts[i + 1]++;
            indices[n] = j;
            data[n++] = value;
        }
        for (var i = 0; i < rows; i++) starts[i + 1] += starts[i];
        return (new SparsePattern(rows, columns, starts, indices), Tensor.FromArray(data, data.Length));
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
