namespace Adcme;

/// <summary>
/// The ranks of an MPI job (<c>MPI_COMM_WORLD</c>), one process each, through MPI.NET 1.4.0 and an MPI library
/// with the MPICH ABI (see <c>docs/communication.md</c>, "Launching with MPI"). Results are bit-identical to
/// <see cref="LocalCommunicator"/>'s: sums, minima and maxima are computed by every rank (or the root) from all
/// ranks' contributions, gathered in rank order, by the same code — never by MPI's own reductions, whose order
/// of additions is the library's.
/// </summary>
/// <remarks>
/// Get it with <see cref="Communicator.FromEnvironment"/> or <see cref="World"/>. MPI is initialized on first
/// use and finalized when the process exits. An exception that no code catches, on any rank, prints that rank
/// and the exception to stderr and aborts the whole job (<c>MPI_Abort</c>), so that no rank waits forever for
/// one that has died; an exception the program catches does not. Tensor operations first compare every rank's
/// operation and shape (one small collective); with <see cref="Communicator.Checked"/> every operation does.
/// </remarks>
public sealed partial class MpiCommunicator : Communicator
{
    private static readonly object Gate = new();
    private static MpiCommunicator? _world;
    private readonly MpiCalls _mpi;

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
        if (!Supports(operation.Kind))
        {
            // Gather/Scatter/Allgather and point-to-point come with the comm-ops branch.
            throw new NotSupportedException($"MpiCommunicator does not implement {operation.Kind} yet (op #{sequence} on rank {Rank}).");
        }
        if (operation.IsTensor || Checked) Agree(operation, sequence, shape);
        switch (operation.Kind)
        {
            case CommOpKind.Barrier:
                _mpi.Barrier();
                return;
            case CommOpKind.Broadcast:
                Broadcast(operation.Root, x, result);
                return;
            case CommOpKind.ReduceSum:
                ReduceToRoot(operation, x, result);
                return;
            case CommOpKind.AllreduceSum:
            case CommOpKind.AllreduceMin:
            case CommOpKind.AllreduceMax:
                ReduceToAll(operation, x, result);
                return;
        }
    }

    // Non-blocking point-to-point under MPI arrives with the point-to-point kinds above (issue 12, in progress).
    private protected override object StartSend(CommOperation operation, long sequence, ReadOnlySpan<double> x, int[] shape)
        => throw new NotSupportedException($"MpiCommunicator does not implement Isend yet (op #{sequence} on rank {Rank}).");

    private protected override object StartReceive(CommOperation operation, long sequence, int[] shape)
        => throw new NotSupportedException($"MpiCommunicator does not implement Irecv yet (op #{sequence} on rank {Rank}).");

    private protected override void Complete(object pending, Span<double> result)
        => throw new NotSupportedException("MpiCommunicator does not implement Wait yet.");

    private static bool Supports(CommOpKind kind) => kind is CommOpKind.Barrier or CommOpKind.Broadcast or CommOpKind.ReduceSum
        or CommOpKind.AllreduceSum or CommOpKind.AllreduceMin or CommOpKind.AllreduceMax;

    private void Broadcast(int root, ReadOnlySpan<double> x, Span<double> result)
    {
        var buffer = Rank == root ? x.ToArray() : new double[x.Length];
        _mpi.Broadcast(buffer, root);
        buffer.CopyTo(result);
    }

    /// <summary>Every rank gathers every rank's contribution and combines them in rank order itself.</summary>
    private void ReduceToAll(CommOperation operation, ReadOnlySpan<double> x, Span<double> result)
    {
        var all = new double[x.Length * Size];
        _mpi.Allgather(x.ToArray(), all);
        Combine(operation, Split(all, x.Length), Rank, result);
    }

    /// <summary>The root gathers the contributions and combines them in rank order; the others get zeros.</summary>
    private void ReduceToRoot(CommOperation operation, ReadOnlySpan<double> x, Span<double> result)
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
