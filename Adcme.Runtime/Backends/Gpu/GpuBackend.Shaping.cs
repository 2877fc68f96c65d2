namespace Adcme;

// Shaping and slicing on the device (DeviceKernels.Shaping.cs): reshapes, ranges of rows, blocks, concatenation and
// stacking with their inverses, padding and rolls. Shapes are checked by the Tensor operations before they get here.
public sealed partial class GpuBackend
{
    /// <summary>The common GPU backend of any number of operands (Concat, Stack), or the error naming the first two
    /// backends that differ.</summary>
    internal static GpuBackend OfAll(string operation, Tensor[] parts)
    {
        foreach (var part in parts)
        {
            if (!ReferenceEquals(part.Backend, parts[0].Backend)) return Of(operation, parts[0], part);
        }
        return Of(operation, parts[0]);
    }

    /// <summary>x's elements sourceOffset … sourceOffset + length − 1 in a new tensor of <paramref name="shape"/>.</summary>
    internal Tensor Range(Tensor x, int sourceOffset, int[] shape)
    {
        var result = Output(shape);
        Launch(DeviceKernels.CopyRange, result.Length, x.Device.View, result.Device.View, sourceOffset, 0);
        return result;
    }

    /// <summary>Zeros of <paramref name="shape"/> with x's elements placed from <paramref name="offset"/> on.</summary>
    internal Tensor PlaceRange(Tensor x, int offset, int[] shape)
    {
        var result = Output(shape);
        Launch(DeviceKernels.PlaceRange, result.Length, x.Device.View, result.Device.View, offset, x.Length);
        return result;
    }

    /// <summary>The rows × columns block of matrix x whose top-left element is (row, column).</summary>
    internal Tensor TakeBlock(Tensor x, int row, int column, int rows, int columns)
    {
        var result = Output([rows, columns]);
        Launch(DeviceKernels.TakeBlock, result.Length, x.Device.View, result.Device.View, row, column, x.ShapeArray[1], columns);
        return result;
    }

    /// <summary>Zeros of <paramref name="shape"/> (a matrix) with block b placed at (row, column).</summary>
    internal Tensor PlaceBlock(Tensor b, int row, int column, int[] shape)
    {
        var result = Output(shape);
        Launch(DeviceKernels.PlaceBlock, result.Length, b.Device.View, result.Device.View, row, column, shape[1], b.ShapeArray[0], b.ShapeArray[1]);
        return result;
    }

    /// <summary>The parts joined into <paramref name="shape"/>: part p's <paramref name="outer"/> chunks interleaved
    /// with the others' (Concat along an axis with outer elements before it; Stack is outer = 1).</summary>
    internal Tensor Join(Tensor[] parts, int outer, int[] shape)
    {
        var result = Output(shape);
        if (result.Length == 0) return result;
        var joined = result.Length / outer;
        var offset = 0;
        foreach (var part in parts)
        {
            var chunk = part.Length / outer;
            if (chunk > 0) Launch(DeviceKernels.JoinPart, part.Length, part.Device.View, result.Device.View, chunk, joined, offset);
            offset += chunk;
        }
        return result;
    }

    /// <summary>The inverse of <see cref="Join"/>: one piece per part, in the part's shape.</summary>
    internal Tensor[] Split(Tensor joined, Tensor[] parts, int outer)
    {
        var pieces = new Tensor[parts.Length];
        var joinedChunk = joined.Length == 0 ? 0 : joined.Length / outer;
        var offset = 0;
        for (var p = 0; p < parts.Length; p++)
        {
            pieces[p] = Output(parts[p].ShapeArray);
            var chunk = outer == 0 ? 0 : parts[p].Length / outer;
            if (chunk > 0) Launch(DeviceKernels.SplitPart, parts[p].Length, joined.Device.View, pieces[p].Device.View, chunk, joinedChunk, offset);
            offset += chunk;
        }
        return pieces;
    }

    /// <summary>x padded to <paramref name="shape"/>, its interior starting at <paramref name="before"/>.</summary>
    internal Tensor Pad(Tensor x, int[] before, int[] shape, double value)
    {
        var result = Output(shape);
        // The CPU backend leaves zeros of its own where value == 0 (+0, also for a value of −0).
        Launch(DeviceKernels.Pad, result.Length, x.Device.View, result.Device.View, Frame(shape, x.ShapeArray, before), value == 0 ? 0.0 : value);
        return result;
    }

    /// <summary>The interior (of <paramref name="inner"/>'s shape, at <paramref name="before"/>) of a padded tensor.</summary>
    internal Tensor Interior(Tensor padded, int[] inner, int[] before)
    {
        var result = Output(inner);
        Launch(DeviceKernels.Interior, result.Length, padded.Device.View, result.Device.View, Frame(padded.ShapeArray, inner, before));
        return result;
    }

    /// <summary>The sum of a padded tensor's elements outside its interior (summed on the device, copied to the host).</summary>
    internal double BorderSum(Tensor padded, int[] inner, int[] before)
    {
        using var border = Output(padded.ShapeArray);
        Launch(DeviceKernels.Border, border.Length, padded.Device.View, border.Device.View, Frame(padded.ShapeArray, inner, before));
        return Reduce(DeviceKernels.SumTerms, border, border);
    }

    /// <summary>x rolled forward by <paramref name="steps"/> (in [0, n)) along <paramref name="axis"/>.</summary>
    internal Tensor Roll(Tensor x, int axis, int steps)
    {
        var result = Output(x.ShapeArray);
        var inner = 1;
        for (var d = axis + 1; d < x.Rank; d++) inner *= x.ShapeArray[d];
        if (inner > 0) Launch(DeviceKernels.Roll, result.Length, x.Device.View, result.Device.View, x.ShapeArray[axis], inner, steps);
        return result;
    }

    private static Frame4 Frame(int[] outer, int[] inner, int[] before)
    {
        var start = new int[Tensor.MaxRank];
        before.CopyTo(start, Tensor.MaxRank - before.Length);
        return new Frame4(Tensor.Padded(outer), Tensor.Padded(inner), start);
    }
}
