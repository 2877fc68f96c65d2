namespace Adcme;

public sealed partial class Tensor
{
    /// <summary>The same elements in another shape with the same number of elements (a copy, on the tensor's backend).</summary>
    public static Tensor Reshape(Tensor x, params int[] shape)
    {
        var length = CheckedLength("Reshape", shape);
        if (length != x.Length)
        {
            throw new TensorShapeException($"Reshape: shape {Format(x._shape)} ({x.Length} elements) cannot become {Format(shape)} ({length} elements).");
        }
        if (x.OnDevice) return GpuBackend.Of("Reshape", x).Range(x, 0, (int[])shape.Clone());
        var copy = TensorPool.Rent(length);
        x.Span.CopyTo(copy);
        return new Tensor(copy, (int[])shape.Clone());
    }

    /// <summary>Rows <paramref name="start"/> … <paramref name="start"/>+<paramref name="count"/>−1 of a tensor (along its first dimension).</summary>
    [Primitive(nameof(Rows_Pullback), nameof(Rows_Tangent))]
    public static Tensor Rows(Tensor x, int start, int count)
    {
        if (x.Rank == 0) throw new TensorShapeException("Rows: a scalar has no rows.");
        var rows = x._shape[0];
        if (start < 0 || count < 0 || start + count > rows)
        {
            throw new TensorShapeException($"Rows: rows {start}..{start + count - 1} are outside shape {Format(x._shape)}.");
        }
        var rowLength = rows == 0 ? 0 : x.Length / rows;
        var shape = (int[])x._shape.Clone();
        shape[0] = count;
        if (x.OnDevice) return GpuBackend.Of("Rows", x).Range(x, start * rowLength, shape);
        var result = TensorPool.Rent(count * rowLength);
        x.Data.AsSpan(start * rowLength, count * rowLength).CopyTo(result);
        return new Tensor(result, shape);
    }

    /// <summary>Columns <paramref name="start"/> … of a matrix.</summary>
    [Primitive(nameof(Columns_Pullback), nameof(Columns_Tangent))]
    public static Tensor Columns(Tensor x, int start, int count)
    {
        RequireRank("Columns", x, 2);
        if (start < 0 || count < 0 || start + count > x._shape[1])
        {
            throw new TensorShapeException($"Columns: columns {start}..{start + count - 1} are outside shape {Format(x._shape)}.");
        }
        return Block(x, 0, start, x._shape[0], count);
    }

    /// <summary>The <paramref name="rows"/>×<paramref name="columns"/> block of a matrix whose top-left element is (row, column).</summary>
    [Primitive(nameof(Block_Pullback), nameof(Block_Tangent))]
    public static Tensor Block(Tensor x, int row, int column, int rows, int columns)
    {
        ArgumentNullException.ThrowIfNull(x);
        BlockShape(x._shape, row, column, rows, columns);
        int n = x._shape[1];
        if (x.OnDevice) return GpuBackend.Of("Block", x).TakeBlock(x, row, column, rows, columns);
        var result = TensorPool.Rent(rows * columns);
        for (var i = 0; i < rows; i++) x.Data.AsSpan((row + i) * n + column, columns).CopyTo(result.AsSpan(i * columns));
        return new Tensor(result, [rows, columns]);
    }

    /// <summary>The shape of Block's result, [rows, columns], or Block's error for a tensor of <paramref name="shape"/>
    /// (fused kernels that read a block in place check it here, so that their errors are Block's).</summary>
    internal static int[] BlockShape(int[] shape, int row, int column, int rows, int columns)
    {
        RequireRank("Block", shape, 2);
        int m = shape[0], n = shape[1];
        // (row > m − rows rather than row + rows > m: no int overflow lets a huge window through.)
        if (row < 0 || column < 0 || rows < 0 || columns < 0 || row > m - rows || column > n - columns)
        {
            throw new TensorShapeException($"Block: rows {row}..{(long)row + rows - 1}, columns {column}..{(long)column + columns - 1} are outside shape {Format(shape)}.");
        }
        return [rows, columns];
    }

    /// <summary>Joins tensors along an existing dimension; the other dimensions must agree.</summary>
    public static Tensor Concat(int axis, params Tensor[] parts)
    {
        if (parts.Length == 0) throw new ArgumentException("Concat: nothing to join.", nameof(parts));
        var first = parts[0]._shape;
        if (axis < 0 || axis >= first.Length) throw new TensorShapeException($"Concat: axis {axis} is outside shape {Format(first)}.");
        var shape = (int[])first.Clone();
        shape[axis] = 0;
        foreach (var part in parts)
        {
            var s = part._shape;
            var fits = s.Length == first.Length;
            for (var d = 0; fits && d < s.Length; d++) fits = d == axis || s[d] == first[d];
            if (!fits) throw new TensorShapeException($"Concat: shape {Format(s)} does not fit {Format(first)} along axis {axis}.");
            shape[axis] += s[axis];
        }
        var outer = 1;
        for (var d = 0; d < axis; d++) outer *= first[d];
        if (AnyOnDevice(parts))
        {
            CheckedLength("Concat", shape);
            return GpuBackend.OfAll("Concat", parts).Join(parts, outer, shape);
        }
        var result = TensorPool.Rent(CheckedLength("Concat", shape));
        var offset = 0;
        for (var o = 0; o < outer; o++)
        {
            foreach (var part in parts)
            {
                var chunk = part.Length / outer;
                part.Data.AsSpan(o * chunk, chunk).CopyTo(result.AsSpan(offset));
                offset += chunk;
            }
        }
        return new Tensor(result, shape);
    }

    /// <summary>Stacks tensors of one shape along a new first dimension.</summary>
    public static Tensor Stack(params Tensor[] parts)
    {
        if (parts.Length == 0) throw new ArgumentException("Stack: nothing to stack.", nameof(parts));
        var shape = new int[parts[0].Rank + 1];
        shape[0] = parts.Length;
        parts[0]._shape.CopyTo(shape, 1);
        if (AnyOnDevice(parts))
        {
            CheckedLength("Stack", shape);
            foreach (var part in parts) RequireSameShape("Stack", parts[0], part);
            return GpuBackend.OfAll("Stack", parts).Join(parts, 1, shape);
        }
        var result = TensorPool.Rent(CheckedLength("Stack", shape));
        for (var i = 0; i < parts.Length; i++)
        {
            RequireSameShape("Stack", parts[0], parts[i]);
            parts[i].Data.CopyTo(result, i * parts[0].Length);
        }
        return new Tensor(result, shape);
    }

    /// <summary>Pads with <paramref name="value"/>: <paramref name="before"/>[d] and <paramref name="after"/>[d] elements on each side of dimension d.
    /// Not differentiable (its widths are arrays); differentiable code uses the forms with one width per argument,
    /// such as <c>Pad(x, before0, after0, before1, after1, value)</c>.</summary>
    public static Tensor Pad(Tensor x, int[] before, int[] after, double value = 0.0)
    {
        var shape = PaddedShape(x, before, after);
        if (x.OnDevice)
        {
            CheckedLength("Pad", shape);
            return GpuBackend.Of("Pad", x).Pad(x, before, shape, value);
        }
        var result = TensorPool.RentZeroed(CheckedLength("Pad", shape));
        if (value != 0) Array.Fill(result, value);
        CopyInterior(x.Data, x._shape, result, shape, before, place: true);
        return new Tensor(result, shape);
    }

    /// <summary>Whether any of the parts lives on a device (then all must live on that device).</summary>
    private static bool AnyOnDevice(Tensor[] parts)
    {
        foreach (var part in parts)
        {
            if (part.OnDevice) return true;
        }
        return false;
    }

    private static int[] PaddedShape(Tensor x, int[] before, int[] after)
    {
        if (before.Length != x.Rank || after.Length != x.Rank)
        {
            throw new TensorShapeException($"Pad: shape {Format(x._shape)} needs {x.Rank} widths before and after, got {before.Length} and {after.Length}.");
        }
        var shape = new int[x.Rank];
        for (var d = 0; d < x.Rank; d++)
        {
            if (before[d] < 0 || after[d] < 0) throw new TensorShapeException($"Pad: widths must not be negative (dimension {d} of shape {Format(x._shape)}).");
            shape[d] = x._shape[d] + before[d] + after[d];
        }
        return shape;
    }

    /// <summary>Copies <paramref name="inner"/> into the block of <paramref name="padded"/> that starts at
    /// <paramref name="before"/> (<paramref name="place"/>), or that block out of it into <paramref name="inner"/>.</summary>
    private static void CopyInterior(double[] inner, int[] innerShape, double[] padded, int[] paddedShape, int[] before, bool place)
    {
        var n = Padded(innerShape);
        var target = Padded(paddedShape);
        var offset = new int[MaxRank];
        for (var d = 0; d < innerShape.Length; d++) offset[MaxRank - innerShape.Length + d] = before[d];
        var k = 0;
        for (var i0 = 0; i0 < n[0]; i0++)
        for (var i1 = 0; i1 < n[1]; i1++)
        for (var i2 = 0; i2 < n[2]; i2++)
        {
            var row = (((i0 + offset[0]) * target[1] + i1 + offset[1]) * target[2] + i2 + offset[2]) * target[3] + offset[3];
            if (place) inner.AsSpan(k, n[3]).CopyTo(padded.AsSpan(row));
            else padded.AsSpan(row, n[3]).CopyTo(inner.AsSpan(k));
            k += n[3];
        }
    }
}
