namespace Adcme;

public abstract partial class Communicator
{
    /// <summary>
    /// Pads this rank's block of a 2-D field with halos from its neighbours on a <paramref name="rows"/> ×
    /// <paramref name="columns"/> process grid. Rank <c>r</c> sits at grid row <c>r / columns</c>, column
    /// <c>r % columns</c> (row-major); grid row 0 is the top, column 0 the left. Returns a new tensor of shape
    /// [h + 2·reach, w + 2·reach] with <paramref name="block"/> in the middle; each side's halo (width
    /// <paramref name="reach"/>) holds the neighbouring block's boundary strip, or <paramref name="fill"/> where
    /// the grid has no neighbour (the domain boundary). The result is the window of the global field, padded by
    /// <paramref name="fill"/>, around this block.
    /// </summary>
    /// <remarks>
    /// <para><b>Corners</b> come from the diagonal neighbour: the exchange runs in two phases, first left/right
    /// (strips of h × reach), then up/down with whole padded rows (strips of reach × (w + 2·reach)), which carry
    /// the left/right halos just received. A corner with no diagonal neighbour holds <paramref name="fill"/>.</para>
    /// <para>Every rank calls it with the same grid and reach. Blocks may differ in size, as long as
    /// neighbours agree: left/right neighbours have the same height h, up/down neighbours the same width w.
    /// It counts as one operation (one <see cref="Sequence"/> number), made of up to four
    /// <see cref="SendReceive(Tensor, int, int, int)"/> exchanges with the reserved tag <see cref="MaxTag"/> + 1,
    /// so it never matches user messages.</para>
    /// </remarks>
    /// <param name="block">this rank's interior, of shape [h, w].</param>
    /// <param name="rows">the process grid's number of rows.</param>
    /// <param name="columns">the process grid's number of columns; rows × columns = <see cref="Size"/>.</param>
    /// <param name="reach">the halo width, 1 or 2; at most h and w.</param>
    /// <param name="fill">the value outside the domain.</param>
    /// <exception cref="ArgumentException">the grid does not have <see cref="Size"/> ranks, or
    /// <paramref name="block"/> is not 2-D or is smaller than <paramref name="reach"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reach"/> is not 1 or 2.</exception>
    /// <exception cref="CommunicatorException">a neighbour's strip does not fit this block (the message names
    /// both ranks and shapes).</exception>
    [Primitive(nameof(HaloExchangePullback), nameof(HaloExchangeTangent), Ordered = true)]
    public Tensor HaloExchange(Tensor block, int rows, int columns, int reach, [NoDerivative] double fill)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (rows < 1 || columns < 1 || (long)rows * columns != Size)
        {
            throw new ArgumentException(
                $"HaloExchange: a grid of {rows} × {columns} ranks does not fit this communicator (rank {Rank} of size {Size}): rows × columns must be {Size}.",
                nameof(rows));
        }
        if (reach is not (1 or 2))
        {
            throw new ArgumentOutOfRangeException(nameof(reach), reach, $"HaloExchange: reach {reach} is not 1 or 2 (rank {Rank} of size {Size}).");
        }
        var shape = block.ShapeArray;
        if (shape.Length != 2)
        {
            throw new ArgumentException($"HaloExchange: the block of shape {Tensor.Format(shape)} is not 2-D (rank {Rank} of size {Size}).", nameof(block));
        }
        var (h, w) = (shape[0], shape[1]);
        if (h < reach || w < reach)
        {
            throw new ArgumentException(
                $"HaloExchange: the block of shape {Tensor.Format(shape)} is smaller than reach {reach} (rank {Rank} of size {Size}): both sides must be at least {reach}.",
                nameof(block));
        }
        var interior = HostValues(block);
        var sequence = Issue();
        CheckBlocksFit(sequence, h, w, rows, columns, "HaloExchange");

        var (row, column) = (Rank / columns, Rank % columns);
        var left = column > 0 ? Rank - 1 : -1;
        var right = column < columns - 1 ? Rank + 1 : -1;
        var up = row > 0 ? Rank - columns : -1;
        var down = row < rows - 1 ? Rank + columns : -1;

        var (height, width) = (h + 2 * reach, w + 2 * reach);
        var result = Tensor.Allocate(out var padded, height, width);
        try
        {
            padded.Fill(fill);
            for (var i = 0; i < h; i++) interior.Slice(i * w, w).CopyTo(padded.Slice((i + reach) * width + reach, w));

            // Phase 1, left/right: strips of h × reach from the interior rows.
            if (left >= 0 || right >= 0)
            {
                int[] strip = [h, reach];
                var send = new double[h * reach];
                var receive = new double[h * reach];
                CopyColumns(padded, width, reach, h, reach, send, toStrip: true); // my leftmost columns go left
                Exchange(sequence, send, strip, receive, left, right, "its left strip to the left neighbour");
                if (right >= 0) CopyColumns(padded, width, reach, h, reach + w, receive, toStrip: false);
                CopyColumns(padded, width, reach, h, w, send, toStrip: true); // my rightmost columns go right
                Exchange(sequence, send, strip, receive, right, left, "its right strip to the right neighbour");
                if (left >= 0) CopyColumns(padded, width, reach, h, 0, receive, toStrip: false);
            }

            // Phase 2, up/down: whole padded rows (reach × width), carrying the left/right halos, so corners come
            // from the diagonal neighbours.
            if (up >= 0 || down >= 0)
            {
                int[] strip = [reach, width];
                var stripLength = reach * width;
                Exchange(sequence, padded.Slice(reach * width, stripLength), strip, padded.Slice((reach + h) * width, stripLength), up, down,
                    "its top rows to the neighbour above");
                Exchange(sequence, padded.Slice(h * width, stripLength), strip, padded[..stripLength], down, up,
                    "its bottom rows to the neighbour below");
            }
        }
        catch
        {
            result.Dispose();
            throw;
        }
        return OnBackend(result, block.Backend);
    }

    /// <summary>
    /// Every rank learns every rank's block shape (one small collective, <see cref="CommOpKind.HaloExchange"/>: an
    /// MPI_Allgather of two numbers under MPI) and checks that neighbours fit — left/right neighbours of the same
    /// height, up/down neighbours of the same width — before any strip moves. So a misfit anywhere makes every rank
    /// throw the same <see cref="CommunicatorException"/> together, naming both ranks and their shapes, instead of
    /// only the ranks next to it throwing while the others wait for them in the next exchange.
    /// </summary>
    private void CheckBlocksFit(long sequence, int h, int w, int rows, int columns, string name)
    {
        Span<double> all = Size <= 64 ? stackalloc double[2 * Size] : new double[2 * Size];
        Execute(new CommOperation(CommOpKind.HaloExchange, false, -1), sequence, [h, w], [2], all);
        string? first = null;
        var misfits = 0;
        for (var r = 0; r < Size; r++)
        {
            var (rh, rw) = ((int)all[2 * r], (int)all[2 * r + 1]);
            if (r % columns < columns - 1 && (int)all[2 * (r + 1)] != rh)
            {
                misfits++;
                first ??= $"rank {r}'s block [{rh}, {rw}] and rank {r + 1}'s [{(int)all[2 * (r + 1)]}, {(int)all[2 * (r + 1) + 1]}] (its right neighbour) differ in height";
            }
            if (r / columns < rows - 1 && (int)all[2 * (r + columns) + 1] != rw)
            {
                misfits++;
                first ??= $"rank {r}'s block [{rh}, {rw}] and rank {r + columns}'s [{(int)all[2 * (r + columns)]}, {(int)all[2 * (r + columns) + 1]}] (the neighbour below) differ in width";
            }
        }
        if (first is null) return;
        var more = misfits switch { 1 => "", 2 => " (1 more pair does not fit)", _ => $" ({misfits - 1} more pairs do not fit)" };
        throw new CommunicatorException(
            $"{name} (op #{sequence}) on a {rows} × {columns} grid: the neighbours' blocks do not fit: {first}{more}; left/right neighbours need the same height, up/down neighbours the same width.");
    }

    /// <summary>One exchange of a halo exchange: sends <paramref name="send"/> to <paramref name="dest"/> and
    /// receives into <paramref name="receive"/> from <paramref name="source"/> (−1: no partner).</summary>
    private void Exchange(long sequence, ReadOnlySpan<double> send, int[] strip, Span<double> receive, int dest, int source, string what)
    {
        if (dest < 0 && source < 0) return;
        var operation = new CommOperation(CommOpKind.SendReceive, true, -1, dest, source, HaloTag);
        try
        {
            Execute(operation, sequence, send, strip, receive);
        }
        catch (CommunicatorException e) when (e.Data.Contains(MessageShapeKey))
        {
            throw new CommunicatorException(
                $"HaloExchange (op #{sequence}) on rank {Rank}, as each rank sends {what}: the neighbours' blocks do not fit: {e.Message}", e);
        }
    }

    /// <summary>Copies <paramref name="reach"/> columns, from column <paramref name="column"/>, of the
    /// <paramref name="rows"/> interior rows of <paramref name="padded"/> (rows <paramref name="reach"/> on) to a
    /// strip of rows × reach (or back from it).</summary>
    private static void CopyColumns(Span<double> padded, int width, int reach, int rows, int column, Span<double> strip, bool toStrip)
    {
        for (var i = 0; i < rows; i++)
        {
            var window = padded.Slice((i + reach) * width + column, reach);
            var part = strip.Slice(i * reach, reach);
            if (toStrip) window.CopyTo(part);
            else part.CopyTo(window);
        }
    }
}
