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
