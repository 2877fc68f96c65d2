namespace Adcme;

/// <summary>
/// The MPI.NET calls <see cref="MpiCommunicator"/> makes, on <c>MPI_COMM_WORLD</c>, each turning what MPI.NET
/// throws into an <see cref="MpiException"/> naming the rank and the MPI call. Only arrays of
/// <c>double</c>, <c>int</c> and <c>long</c> go through here: MPI.NET sends other types with BinaryFormatter,
/// which .NET 10 no longer has.
/// </summary>
internal sealed class MpiCalls(MPI.Intracommunicator world)
{
    public int Rank { get; } = Guard(-1, "MPI_Comm_rank", () => world.Rank);

    public int Size { get; } = Guard(-1, "MPI_Comm_size", () => world.Size);

    public void Barrier() => Guard(Rank, "MPI_Barrier", world.Barrier);

    /// <summary><paramref name="buffer"/> (of the same length on every rank) gets <paramref name="root"/>'s.</summary>
    public void Broadcast(double[] buffer, int root) => Guard(Rank, "MPI_Bcast", () => world.Broadcast(ref buffer, root));

    /// <summary>Every rank's <paramref name="send"/> (of the same length on every rank), in rank order, into
    /// <paramref name="receive"/> (of <see cref="Size"/> times that length).</summary>
    public void Allgather<T>(T[] send, T[] receive) where T : unmanaged
    {
        var received = receive;
        Guard(Rank, "MPI_Allgather", () => world.AllgatherFlattened(send, send.Length, ref received));
        if (!ReferenceEquals(received, receive)) received.AsSpan().CopyTo(receive); // MPI.NET may allocate its own
    }

    /// <summary>Every rank's <paramref name="send"/>, of <paramref name="counts"/>[rank] elements, in rank order.</summary>
    public T[] AllgatherVariable<T>(T[] send, int[] counts) where T : unmanaged
        => Guard(Rank, "MPI_Allgatherv", () => world.AllgatherFlattened(send, counts));

    /// <summary>Every rank's <paramref name="send"/> (of the same length on every rank), in rank order, into
    /// <paramref name="receive"/> on <paramref name="root"/>; <paramref name="receive"/> is ignored elsewhere.</summary>
    public void Gather(double[] send, int root, double[] receive)
    {
        var received = receive;
        Guard(Rank, "MPI_Gather", () => world.GatherFlattened(send, root, ref received));
        if (Rank == root && !ReferenceEquals(received, receive)) received.AsSpan().CopyTo(receive);
    }

    /// <summary><paramref name="root"/>'s <paramref name="send"/> (of <see cref="Size"/> × <paramref name="receive"/>'s
    /// length; ignored elsewhere) cut into <see cref="Size"/> parts, part r into rank r's <paramref name="receive"/>.</summary>
    public void Scatter(double[] send, int root, double[] receive)
    {
        var received = receive;
        Guard(Rank, "MPI_Scatterv", () => world.ScatterFromFlattened(send, receive.Length, root, ref received));
        if (!ReferenceEquals(received, receive)) received.AsSpan().CopyTo(receive);
    }

    /// <summary>MPI_Alltoallv on parts of spans: part d of <paramref name="send"/> (<paramref name="sendCounts"/>[d]
    /// elements from <paramref name="sendOffsets"/>[d]) goes to rank d; rank s's part for this rank arrives at
    /// <paramref name="receiveOffsets"/>[s] of <paramref name="receive"/>. No copies: the spans are pinned for the call.</summary>
    public void Alltoall(ReadOnlySpan<double> send, int[] sendCounts, int[] sendOffsets, Span<double> receive, int[] receiveCounts, int[] receiveOffsets)
        => Check("MPI_Alltoallv", MpiNative.Alltoallv(in Start(send), sendCounts, sendOffsets, MpiNative.Double,
            ref Start(receive), receiveCounts, receiveOffsets, MpiNative.Double, MpiNative.CommWorld));

    /// <summary>MPI_Allgatherv in place: every rank's part of <paramref name="buffer"/> (<paramref name="counts"/>[r]
    /// elements from <paramref name="offsets"/>[r]) is already there on rank r and reaches every rank.</summary>
    public void AllgatherInPlace(Span<double> buffer, int[] counts, int[] offsets)
        => Check("MPI_Allgatherv", MpiNative.AllgathervInPlace(MpiNative.InPlace, 0, MpiNative.Double,
            ref Start(buffer), counts, offsets, MpiNative.Double, MpiNative.CommWorld));

    /// <summary>MPI_Allgather of spans: every rank's <paramref name="send"/> (of the same length on every rank), in
    /// rank order, into <paramref name="receive"/> (of <see cref="Size"/> times that length), without copies.</summary>
    public void Allgather(ReadOnlySpan<double> send, Span<double> receive)
        => Check("MPI_Allgather", MpiNative.Allgather(in Start(send), send.Length, MpiNative.Double,
            ref Start(receive), send.Length, MpiNative.Double, MpiNative.CommWorld));

    /// <summary>MPI_Gatherv to <paramref name="root"/> in place: on the root, every rank's part of
    /// <paramref name="buffer"/> (<paramref name="counts"/>[r] elements from <paramref name="offsets"/>[r]) arrives at
    /// its place (its own is there already); elsewhere the rank's own part is sent.</summary>
    public void GatherInPlace(Span<double> buffer, int[] counts, int[] offsets, int root)
    {
        var code = Rank == root
            ? MpiNative.GathervInPlace(MpiNative.InPlace, 0, MpiNative.Double, ref Start(buffer), counts, offsets, MpiNative.Double, root, MpiNative.CommWorld)
            : MpiNative.Gatherv(in Start(buffer[offsets[Rank]..]), counts[Rank], MpiNative.Double, 0, null, null, MpiNative.Double, root, MpiNative.CommWorld);
        Check("MPI_Gatherv", code);
    }

    /// <summary>A reference to a span's first element, or to a dummy for an empty one (MPI reads no element
    /// of a buffer with count 0, but the address must be valid to pass).</summary>
    private static ref double Start(Span<double> span) => ref span.IsEmpty ? ref Empty[0] : ref span[0];

    private static ref double Start(ReadOnlySpan<double> span) => ref span.IsEmpty ? ref Empty[0] : ref System.Runtime.InteropServices.MemoryMarshal.GetReference(span);

    private static readonly double[] Empty = new double[1];

    private void Check(string call, int code)
    {
        if (code != 0) throw new MpiException(Rank, call, MpiNative.Describe(code));
    }

    /// <summary>Sends <paramref name="values"/> to <paramref name="dest"/> with <paramref name="tag"/> (may wait for
    /// the receiver: rendezvous).</summary>
    public void Send(double[] values, int dest, int tag) => Guard(Rank, "MPI_Send", () => world.Send(values, dest, tag));

    /// <summary>Waits for the next message from <paramref name="source"/> with <paramref name="tag"/>, without
    /// receiving it; returns its number of <c>double</c>s.</summary>
    public int Probe(int source, int tag)
        => Guard(Rank, "MPI_Probe", () => world.Probe(source, tag).Count(typeof(double)) ?? throw new InvalidOperationException("MPI_Get_count gave no count."));

    /// <summary>Receives the next message from <paramref name="source"/> with <paramref name="tag"/> into
    /// <paramref name="buffer"/> (at least as long as the message); returns its number of <c>double</c>s.</summary>
    public int Receive(double[] buffer, int source, int tag) => Guard(Rank, "MPI_Recv", () =>
    {
        world.Receive(source, tag, ref buffer, out MPI.CompletedStatus status);
        return status.Count();
    });

    /// <summary>Starts sending <paramref name="values"/>, which must not change until <see cref="Wait"/>.</summary>
    public MPI.Request StartSend(double[] values, int dest, int tag) => Guard(Rank, "MPI_Isend", () => world.ImmediateSend(values, dest, tag));

    /// <summary>Starts receiving into <paramref name="buffer"/>; a longer message fails in <see cref="Wait"/>
    /// (MPI_ERR_TRUNCATE).</summary>
    public MPI.Request StartReceive(double[] buffer, int source, int tag) => Guard(Rank, "MPI_Irecv", () => world.ImmediateReceive(source, tag, buffer));

    /// <summary>Waits for <paramref name="request"/>; returns the number of elements it sent or received.</summary>
    public int Wait(MPI.Request request) => Guard(Rank, "MPI_Wait", () => request.Wait().Count());

    /// <summary>Ends the job: every rank's process exits with <paramref name="errorCode"/>.</summary>
    public void Abort(int errorCode) => MPI.Environment.Abort(errorCode);

    private static void Guard(int rank, string call, Action action) => Guard(rank, call, () =>
    {
        action();
        return 0;
    });

    private static T Guard<T>(int rank, string call, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception exception) when (exception is not MpiException)
        {
            throw new MpiException(rank, call, exception.Message, exception);
        }
    }
}
