namespace Adcme;

/// <summary>
/// The ranks of an MPI job (<c>MPI_COMM_WORLD</c>), one process each, through MPI.NET 1.4.0 and an MPI library
/// with the MPICH ABI (see <c>docs/communication.md</c>, "Launching with MPI"). Results are bit-identical to
/// <see cref="LocalCommunicator"/>'s: sums, minima and maxima are combined in rank order by the same code
/// (<see cref="Communicator.Accumulate"/>) — never by MPI's own reductions, whose order of additions is the
/// library's; large tensors in chunks, one per rank (see <c>MpiCommunicator.Reductions.cs</c>).
/// </summary>
/// <remarks>
/// Get it with <see cref="Communicator.FromEnvironment"/> or <see cref="World"/>. MPI is initialized on first
/// use and finalized when the process exits. An exception that no code catches, on any rank, prints that rank
/// and the exception to stderr and aborts the whole job (<c>MPI_Abort</c>), so that no rank waits forever for
/// one that has died; an exception the program catches does not. Tensor collectives first compare every rank's
/// operation and shape (one small collective); with <see cref="Communicator.Checked"/> every collective does.
/// Point-to-point operations are MPI_Send / MPI_Recv / MPI_Isend / MPI_Irecv / MPI_Wait on arrays of
/// <c>double</c>: a message is its data alone, so a receive checks the number of elements that arrived against
/// the expected shape, not the shape itself.
/// </remarks>
public sealed partial class MpiCommunicator : Communicator
{
    private static readonly object Gate = new();
    private static MpiCommunicator? _world;
    private readonly MpiCalls _mpi;
    private long _collectives; // this rank's collectives so far: checked mode compares the k-th of every rank

    private MpiCommunicator(MpiCalls mpi) => _mpi = mpi;

    /// <summary>All ranks of the MPI job, <c>MPI_COMM_WORLD</c>: the same object on every call (one
    /// <see cref="Communicator.Sequence"/> per process). Initializes MPI on first use.</summary>
    /// <exception cref="MpiException">the MPI library cannot be loaded or initialized.</exception>
    public static MpiCommunicator World
    {
        get
        {
            lock (Gate) return _world ??= new MpiCommunicator(MpiProcess.World);
        }
    }

    /// <inheritdoc/>
    public override int Rank => _mpi.Rank;

    /// <inheritdoc/>
    public override int Size => _mpi.Size;

    private protected override void Execute(CommOperation operation, long sequence, ReadOnlySpan<double> x, int[] shape, Span<double> result)
    {
        if (operation.IsPointToPoint)
        {
            PointToPoint(operation, sequence, x, shape, result);
            return;
        }
        var collective = ++_collectives;
        if (operation.IsTensor || Checked) Agree(operation, sequence, collective, shape);
        switch (operation.Kind)
        {
            case CommOpKind.Barrier:
                _mpi.Barrier();
                return;
            case CommOpKind.Broadcast:
                Broadcast(operation.Root, x, result);
                return;
            case CommOpKind.Scatter:
                Scatter(operation.Root, x, result);
                return;
            case CommOpKind.ReduceSum:
            case CommOpKind.AllreduceSum:
            case CommOpKind.AllreduceMin:
            case CommOpKind.AllreduceMax:
                Reduce(operation, x, result);
                return;
            case CommOpKind.HaloExchange:
                _mpi.Allgather(x, result); // the block shapes: nothing to combine
                return;
            case CommOpKind.Gather:
                CombineOnRoot(operation, x, result);
                return;
            case CommOpKind.Allgather:
                CombineOnAll(operation, x, result);
                return;
            default:
                throw new InvalidOperationException($"MpiCommunicator: {operation} (op #{sequence} on rank {Rank}) is not an operation it knows.");
        }
    }

    private void Broadcast(int root, ReadOnlySpan<double> x, Span<double> result)
    {
        var buffer = Rank == root ? x.ToArray() : new double[x.Length];
        _mpi.Broadcast(buffer, root);
        buffer.CopyTo(result);
    }

    /// <summary>Part r of root's <paramref name="x"/> on rank r (MPI_Scatter copies; there is no arithmetic).</summary>
    private void Scatter(int root, ReadOnlySpan<double> x, Span<double> result)
    {
        var part = new double[result.Length];
        _mpi.Scatter(Rank == root ? x.ToArray() : [], root, part);
        part.CopyTo(result);
    }

    /// <summary>Every rank gathers every rank's contribution and combines them in rank order itself
    /// (<c>Allgather</c>).</summary>
    private void CombineOnAll(CommOperation operation, ReadOnlySpan<double> x, Span<double> result)
    {
        var all = new double[x.Length * Size];
        _mpi.Allgather(x.ToArray(), all);
        Combine(operation, Split(all, x.Length), Rank, result);
    }

    /// <summary>The root gathers the contributions and combines them in rank order; the others get zeros
    /// (<c>ReduceSum</c>, <c>Gather</c>).</summary>
    private void CombineOnRoot(CommOperation operation, ReadOnlySpan<double> x, Span<double> result)
    {
        var isRoot = Rank == operation.Root;
        var all = isRoot ? new double[x.Length * Size] : [];
        _mpi.Gather(x.ToArray(), operation.Root, all);
        Combine(operation, isRoot ? Split(all, x.Length) : [], Rank, result);
    }

    private double[][] Split(double[] all, int length)
    {
        var parts = new double[Size][];
        for (var r = 0; r < parts.Length; r++) parts[r] = all.AsSpan(r * length, length).ToArray();
        return parts;
    }
}
