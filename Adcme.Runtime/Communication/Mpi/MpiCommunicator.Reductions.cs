using System.Buffers;

namespace Adcme;

/// <remarks>
/// <para><b>Reductions in rank order, fast.</b> <c>AllreduceSum</c>/<c>Min</c>/<c>Max</c> and <c>ReduceSum</c> must
/// give the bits <see cref="Communicator.Combine"/> gives in-process, <c>((x0 ∘ x1) ∘ x2) ∘ …</c> per element, so
/// MPI's own reductions (whose order is the library's) are never used. Small tensors and doubles are gathered
/// whole to every rank (one MPI_Allgather, into a stack or pooled buffer, no copies of <c>x</c>), and every rank
/// combines all contributions itself. From <see cref="ChunkedMinimum"/> elements on, the vector is cut into
/// <see cref="Communicator.Size"/> contiguous chunks, chunk r owned by rank r: a reduce-scatter (MPI_Alltoallv sends
/// each rank every other rank's part of its chunk; it combines them in rank order, reading its own part from
/// <c>x</c>), then an allgather of the combined chunks (MPI_Allgatherv in place, straight into the result), or for
/// <c>ReduceSum</c> a gather to the root (MPI_Gatherv in place). Each rank sends and receives about 2·(N − 1)/N of
/// the vector and adds 1/N of it, against (N − 1) times the vector and all of the additions for the gather; the
/// buffers are the tensors' own (pinned for the call) and one pooled scratch of a chunk per rank.</para>
/// </remarks>
public sealed partial class MpiCommunicator
{
    /// <summary>Tensors of at least this many elements are reduced in chunks (below it, gathered whole); measured
    /// on 2 ranks, see <c>benchmarks/README.md</c>. Settable for tests and measurements.</summary>
    internal static int ChunkedMinimum { get; set; } = 4096;

    /// <summary>The largest number of ranks whose scalar contributions are gathered into a stack buffer.</summary>
    private const int StackRanks = 64;

    /// <summary><c>AllreduceSum</c>/<c>Min</c>/<c>Max</c>, or <c>ReduceSum</c> to <see cref="CommOperation.Root"/>, of
    /// <paramref name="x"/> into <paramref name="result"/>, bit-identical to <see cref="Communicator.Combine"/>.</summary>
    private void Reduce(CommOperation operation, ReadOnlySpan<double> x, Span<double> result)
    {
        if (x.Length >= ChunkedMinimum && Size > 1)
        {
            Chunked(operation, x, result);
            return;
        }
        if (operation.Kind == CommOpKind.ReduceSum)
        {
            CombineOnRoot(operation, x, result);
            return;
        }
        var length = x.Length * Size;
        double[]? rented = null;
        var all = length <= StackRanks ? stackalloc double[length] : (rented = ArrayPool<double>.Shared.Rent(length)).AsSpan(0, length);
        try
        {
            _mpi.Allgather(x, all);
            all[..x.Length].CopyTo(result);
            for (var r = 1; r < Size; r++) Accumulate(operation.Kind, result, all.Slice(r * x.Length, x.Length));
        }
        finally
        {
            if (rented is not null) ArrayPool<double>.Shared.Return(rented);
        }
    }

    /// <summary>Reduce-scatter in rank order, then allgather (or gather to the root).</summary>
    private void Chunked(CommOperation operation, ReadOnlySpan<double> x, Span<double> result)
    {
        var (counts, offsets) = Chunks(x.Length, Size);
        var mine = counts[Rank];
        var start = offsets[Rank];
        // Rank d gets its chunk of x; this rank's own part is read from x, not sent to itself.
        var sendCounts = (int[])counts.Clone();
        sendCounts[Rank] = 0;
        var receiveCounts = new int[Size];
        var receiveOffsets = new int[Size];
        for (var s = 0; s < Size; s++)
        {
            receiveCounts[s] = s == Rank ? 0 : mine;
            receiveOffsets[s] = s * mine;
        }
        // Where the chunks are all of one length, the other ranks' parts land in the result at their own chunks'
        // places (which the allgather overwrites afterwards): no scratch, less memory touched. Else a pooled scratch.
        var inResult = x.Length % Size == 0;
        var scratch = inResult ? null : ArrayPool<double>.Shared.Rent(Math.Max(1, Size * mine));
        try
        {
            Span<double> parts = inResult ? result : scratch.AsSpan(0, Size * mine);
            _mpi.Alltoall(x, sendCounts, offsets, parts, receiveCounts, receiveOffsets);
            var chunk = result.Slice(start, mine);
            ReadOnlySpan<double> Part(ReadOnlySpan<double> own, Span<double> received, int s)
                => s == Rank ? own.Slice(start, mine) : received.Slice(s * mine, mine);
            if (Size > 1 && operation.Kind is CommOpKind.AllreduceSum or CommOpKind.ReduceSum)
            {
                // x0 + x1 in one pass (the same additions as copying x0, then adding x1).
                System.Numerics.Tensors.TensorPrimitives.Add(Part(x, parts, 0), Part(x, parts, 1), chunk);
                for (var s = 2; s < Size; s++) Accumulate(operation.Kind, chunk, Part(x, parts, s));
            }
            else
            {
                Part(x, parts, 0).CopyTo(chunk);
                for (var s = 1; s < Size; s++) Accumulate(operation.Kind, chunk, Part(x, parts, s));
            }
        }
        finally
        {
            if (scratch is not null) ArrayPool<double>.Shared.Return(scratch);
        }
        if (operation.Kind != CommOpKind.ReduceSum)
        {
            _mpi.AllgatherInPlace(result, counts, offsets);
            return;
        }
        _mpi.GatherInPlace(result, counts, offsets, operation.Root);
        if (Rank != operation.Root) result.Clear();
    }

    /// <summary>Rank r's chunk of a vector of <paramref name="length"/>: <c>counts[r]</c> elements from
    /// <c>offsets[r]</c>, contiguous, in rank order, the first <c>length % size</c> ranks one element longer.</summary>
    internal static (int[] Counts, int[] Offsets) Chunks(int length, int size)
    {
        var counts = new int[size];
        var offsets = new int[size];
        for (int r = 0, offset = 0; r < size; r++)
        {
            counts[r] = length / size + (r < length % size ? 1 : 0);
            offsets[r] = offset;
            offset += counts[r];
        }
        return (counts, offsets);
    }
}
