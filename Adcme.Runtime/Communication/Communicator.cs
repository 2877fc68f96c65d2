namespace Adcme;

/// <summary>
/// A group of <see cref="Size"/> ranks that communicate: this object is one rank's end of it. Collective
/// operations (<see cref="Broadcast(double, int)"/>, the reductions, <see cref="Gather(double, int)"/>,
/// <see cref="Scatter(Tensor, int)"/>, <see cref="Allgather(double)"/>, <see cref="Barrier()"/>) are called by every rank in
/// the same order; point-to-point operations (<see cref="Send(double, int, int)"/>,
/// <see cref="Receive(int, int)"/>, <see cref="SendReceive(double, int, int, int)"/>, <see cref="Isend(double, int, int)"/>,
/// <see cref="Irecv(int, int)"/>) are matched by source, destination and tag, in the order they were sent.
/// Each call is one operation, numbered per rank from 1 (see <see cref="Sequence"/>). Results are
/// deterministic: sums are added in rank order (0, 1, 2, …), so every rank gets bit-identical values. Tensor
/// results are always new tensors, never an argument.
/// </summary>
/// <remarks>
/// <para>Implementations: <see cref="LocalCommunicator"/> (ranks as threads of one process),
/// <see cref="MpiCommunicator"/> (ranks as the processes of an MPI job) and <see cref="Single"/> (one rank);
/// <see cref="FromEnvironment"/> picks MPI under an MPI launcher and one rank otherwise. A communicator belongs to
/// its rank: use it from one thread at a time.</para>
/// <para>Tags are 0 to <see cref="MaxTag"/> (MPI guarantees tags up to 32 767; the last one is reserved for
/// <see cref="HaloExchange(Tensor, int, int, int, double)"/>).</para>
/// <para><b>What an implementation provides</b> (internal hooks; the public operations validate their arguments,
/// count the operation and compute result shapes before calling them):</para>
/// <list type="bullet">
/// <item><see cref="Execute"/> performs every blocking operation. <c>x</c> is this rank's data (empty for
/// <c>Receive</c> and <c>Barrier</c>), <c>shape</c> is <c>x</c>'s shape (for <c>Receive</c>, the shape expected),
/// and <c>result</c> has the result's length: x's for the reductions, <c>Broadcast</c>, <c>SendReceive</c> and
/// <c>Receive</c>; <c>Size</c> × x's for <c>Gather</c> and <c>Allgather</c> (rank order, rank r's values at
/// <c>r × x.Length</c>); x's / <c>Size</c> for <c>Scatter</c> (rank r gets elements <c>r × result.Length …</c> of
/// root's x); empty for <c>Send</c> and <c>Barrier</c>. It writes every element of <c>result</c>, except: on ranks
/// other than root, a <c>Gather</c> result is already zeros (leave it); a <c>SendReceive</c> with
/// <c>Source</c> −1 receives nothing (leave <c>result</c> as it is); with <c>Dest</c> −1 it sends nothing
/// (MPI_PROC_NULL). The collectives' arithmetic is <see cref="Combine"/>, so implementations agree bit for bit.
/// A received message whose shape (or, under MPI, element count) differs from the expected one throws
/// <see cref="CommunicatorException"/> naming both ranks, the operation, tag and both shapes (see
/// <see cref="MessageShapeError(string, long, int, int, IReadOnlyList{int}, int, string, long, IReadOnlyList{int})"/>, or its count-only form under MPI).</item>
/// <item><see cref="StartSend"/> and <see cref="StartReceive"/> start a non-blocking send or receive
/// (<c>Isend</c>, <c>Irecv</c>) and return the implementation's pending state; <see cref="StartSend"/> must
/// copy <c>x</c> before it returns. <see cref="Complete"/> finishes one (MPI_Wait): for a receive it writes the
/// message to <c>result</c> (checked like <c>Receive</c>); for a send <c>result</c> is empty. Each pending
/// state is completed exactly once, by the rank that started it.</item>
/// </list>
/// <para>Blocking point-to-point operations map to MPI_Send / MPI_Recv / MPI_Sendrecv (which
/// <see cref="MpiCommunicator"/> makes as MPI_Isend + MPI_Probe + MPI_Recv + MPI_Wait, to learn the incoming
/// message's length before receiving it), the gathers to MPI_Gather / MPI_Scatter / MPI_Allgather, the
/// non-blocking ones to MPI_Isend / MPI_Irecv / MPI_Wait.
/// <see cref="HaloExchange(Tensor, int, int, int, double)"/> is written once, here, in terms of <c>SendReceive</c>.</para>
/// <para><b>Device tensors</b> (a <see cref="GpuBackend"/>) are staged through host memory: an operation downloads its
/// operand, communicates host buffers as it does for host tensors (the same values and messages), and uploads its
/// result to the operand's backend; the adjoint rules do the same, so adjoints stay on their tensors' backend.
/// <c>Receive(int[] shape, …)</c>, which has no operand, returns a host tensor.</para>
/// </remarks>
public abstract partial class Communicator
{
    private long _sequence;

    private protected Communicator()
    {
    }

    /// <summary>A communicator of one rank, on which every operation is the identity (tensor results are
    /// copies). Each call returns a new one, with its own <see cref="Sequence"/>.</summary>
    public static Communicator Single => new SingleRankCommunicator();

    /// <summary>This rank's number, from 0 to <see cref="Size"/> − 1.</summary>
    public abstract int Rank { get; }

    /// <summary>The number of ranks.</summary>
    public abstract int Size { get; }

    /// <summary>The number of operations this rank has issued (the next one is number
    /// <see cref="Sequence"/> + 1). Every rank issues the same operations in the same order, so ranks that
    /// agree have the same sequence numbers.</summary>
    public long Sequence => _sequence;

    /// <summary>The largest tag a message may have: tags are 0 to 32 765. (MPI guarantees tags up to 32 767; the
    /// last two are reserved: the adjoints of messages, and <see cref="HaloExchange(Tensor, int, int, int, double)"/>'s.)</summary>
    public const int MaxTag = 32_765;

    /// <summary>The tag of the adjoint messages of point-to-point messages (Communicator.Adjoints.cs).</summary>
    internal const int AdjointTag = MaxTag + 1;

    /// <summary>The tag of <see cref="HaloExchange(Tensor, int, int, int, double)"/>'s messages, which no user message can have.</summary>
    internal const int HaloTag = MaxTag + 2;

    /// <summary>Every rank gets <paramref name="root"/>'s <paramref name="x"/>; the other ranks' values are
    /// ignored.</summary>
    /// <param name="x">the value to send (on <paramref name="root"/>); ignored on the other ranks.</param>
    /// <param name="root">the rank that sends.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="root"/> is not a rank.</exception>
    [Primitive(nameof(BroadcastPullback), nameof(BroadcastTangent), Ordered = true)]
    public double Broadcast(double x, int root) => ScalarOp(new CommOperation(CommOpKind.Broadcast, false, CheckRoot("Broadcast", root)), x);

    /// <summary>Every rank gets a copy of <paramref name="root"/>'s <paramref name="x"/>. Every rank passes a
    /// tensor of the same shape (its values are ignored except on <paramref name="root"/>).</summary>
    /// <param name="x">the tensor to send (on <paramref name="root"/>); of the same shape on every rank.</param>
    /// <param name="root">the rank that sends.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="root"/> is not a rank.</exception>
    /// <exception cref="CommunicatorException">the shapes differ across ranks.</exception>
    [Primitive(nameof(BroadcastPullback), nameof(BroadcastTangent), Ordered = true)]
    public Tensor Broadcast(Tensor x, int root) => TensorOp(new CommOperation(CommOpKind.Broadcast, true, CheckRoot("Broadcast", root)), x);

    /// <summary>The sum of <paramref name="x"/> over all ranks, on every rank (added in rank order).</summary>
    /// <param name="x">this rank's term.</param>
    [Primitive(nameof(AllreduceSumPullback), nameof(AllreduceSumTangent), Ordered = true)]
    public double AllreduceSum(double x) => ScalarOp(new CommOperation(CommOpKind.AllreduceSum, false, -1), x);

    /// <summary>The elementwise sum of <paramref name="x"/> over all ranks, on every rank (added in rank
    /// order).</summary>
    /// <param name="x">this rank's term; of the same shape on every rank.</param>
    /// <exception cref="CommunicatorException">the shapes differ across ranks.</exception>
    [Primitive(nameof(AllreduceSumPullback), nameof(AllreduceSumTangent), Ordered = true)]
    public Tensor AllreduceSum(Tensor x) => TensorOp(new CommOperation(CommOpKind.AllreduceSum, true, -1), x);

    /// <summary>The sum of <paramref name="x"/> over all ranks on <paramref name="root"/> (added in rank
    /// order); zero on the other ranks.</summary>
    /// <param name="x">this rank's term.</param>
    /// <param name="root">the rank that receives the sum.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="root"/> is not a rank.</exception>
    [Primitive(nameof(ReduceSumPullback), nameof(ReduceSumTangent), Ordered = true)]
    public double ReduceSum(double x, int root) => ScalarOp(new CommOperation(CommOpKind.ReduceSum, false, CheckRoot("ReduceSum", root)), x);

    /// <summary>The elementwise sum of <paramref name="x"/> over all ranks on <paramref name="root"/> (added
    /// in rank order); a tensor of zeros of the same shape on the other ranks.</summary>
    /// <param name="x">this rank's term; of the same shape on every rank.</param>
    /// <param name="root">the rank that receives the sum.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="root"/> is not a rank.</exception>
    /// <exception cref="CommunicatorException">the shapes differ across ranks.</exception>
    [Primitive(nameof(ReduceSumPullback), nameof(ReduceSumTangent), Ordered = true)]
    public Tensor ReduceSum(Tensor x, int root) => TensorOp(new CommOperation(CommOpKind.ReduceSum, true, CheckRoot("ReduceSum", root)), x);

    /// <summary>The smallest <paramref name="x"/> over all ranks, on every rank (NaN if any rank's is
    /// NaN).</summary>
    /// <param name="x">this rank's value.</param>
    [Primitive(nameof(AllreduceMinPullback), nameof(AllreduceMinTangent), Ordered = true)]
    public double AllreduceMin(double x) => ScalarOp(new CommOperation(CommOpKind.AllreduceMin, false, -1), x);

    /// <summary>The elementwise minimum of <paramref name="x"/> over all ranks, on every rank.</summary>
    /// <param name="x">this rank's values; of the same shape on every rank.</param>
    /// <exception cref="CommunicatorException">the shapes differ across ranks.</exception>
    [Primitive(nameof(AllreduceMinPullback), nameof(AllreduceMinTangent), Ordered = true)]
    public Tensor AllreduceMin(Tensor x) => TensorOp(new CommOperation(CommOpKind.AllreduceMin, true, -1), x);

    /// <summary>The largest <paramref name="x"/> over all ranks, on every rank (NaN if any rank's is
    /// NaN).</summary>
    /// <param name="x">this rank's value.</param>
    [Primitive(nameof(AllreduceMaxPullback), nameof(AllreduceMaxTangent), Ordered = true)]
    public double AllreduceMax(double x) => ScalarOp(new CommOperation(CommOpKind.AllreduceMax, false, -1), x);

    /// <summary>The elementwise maximum of <paramref name="x"/> over all ranks, on every rank.</summary>
    /// <param name="x">this rank's values; of the same shape on every rank.</param>
    /// <exception cref="CommunicatorException">the shapes differ across ranks.</exception>
    [Primitive(nameof(AllreduceMaxPullback), nameof(AllreduceMaxTangent), Ordered = true)]
    public Tensor AllreduceMax(Tensor x) => TensorOp(new CommOperation(CommOpKind.AllreduceMax, true, -1), x);

    /// <summary>Returns once every rank has called it.</summary>
    [Primitive(nameof(BarrierPullback), nameof(BarrierTangent), Ordered = true)]
    public void Barrier()
    {
        var sequence = ++_sequence;
        Execute(new CommOperation(CommOpKind.Barrier, false, -1), sequence, [], [], []);
    }

    /// <summary>Performs the blocking <paramref name="operation"/>, this rank's operation number
    /// <paramref name="sequence"/>, with this rank's <paramref name="x"/> of shape <paramref name="shape"/>;
    /// writes this rank's result to <paramref name="result"/> (see the class remarks for each kind).</summary>
    private protected abstract void Execute(CommOperation operation, long sequence, ReadOnlySpan<double> x, int[] shape, Span<double> result);

    /// <summary>Starts a non-blocking send (<see cref="CommOpKind.Send"/>) of <paramref name="x"/>, of shape
    /// <paramref name="shape"/>, copying it before returning; returns what <see cref="Complete"/> needs.</summary>
    private protected abstract object StartSend(CommOperation operation, long sequence, ReadOnlySpan<double> x, int[] shape);

    /// <summary>Starts a non-blocking receive (<see cref="CommOpKind.Receive"/>) of a message of shape
    /// <paramref name="shape"/>; returns what <see cref="Complete"/> needs. Receives are matched in the order
    /// they are started.</summary>
    private protected abstract object StartReceive(CommOperation operation, long sequence, int[] shape);

    /// <summary>Waits until <paramref name="pending"/> (from <see cref="StartSend"/> or
    /// <see cref="StartReceive"/>) is done; for a receive writes the message to <paramref name="result"/> (empty
    /// for a send).</summary>
    private protected abstract void Complete(object pending, Span<double> result);

    private double ScalarOp(CommOperation operation, double x)
    {
        var sequence = ++_sequence;
        Span<double> result = stackalloc double[1];
        Execute(operation, sequence, [x], [], result);
        return result[0];
    }

    private Tensor TensorOp(CommOperation operation, Tensor x)
    {
        ArgumentNullException.ThrowIfNull(x);
        return TensorOp(operation, HostValues(x), x.ShapeArray, x.ShapeArray, x.Backend); // throws first if x was disposed
    }

    /// <summary>Issues <paramref name="operation"/> (the next sequence number) on <paramref name="x"/> of shape
    /// <paramref name="shape"/> and returns a new tensor of <paramref name="resultShape"/> on <paramref name="backend"/>
    /// (the host when null; Communicator.Staging.cs).</summary>
    private Tensor TensorOp(CommOperation operation, ReadOnlySpan<double> x, int[] shape, int[] resultShape, Backend? backend = null)
    {
        var sequence = ++_sequence;
        var result = Tensor.Allocate(out var data, resultShape);
        try
        {
            if (operation.Kind == CommOpKind.Gather && Rank != operation.Root) data.Clear();
            Execute(operation, sequence, x, shape, data);
        }
        catch
        {
            result.Dispose();
            throw;
        }
        return backend is null ? result : OnBackend(result, backend);
    }

    /// <summary>The next sequence number: this rank issues an operation.</summary>
    private long Issue() => ++_sequence;

    private int CheckRoot(string operation, int root)
    {
        if ((uint)root >= (uint)Size)
        {
            throw new ArgumentOutOfRangeException(nameof(root), root,
                $"{operation}: root {root} is not a rank of this communicator (rank {Rank} of size {Size}: roots are 0 to {Size - 1}).");
        }
        return root;
    }

    /// <summary><paramref name="rank"/> (a <c>dest</c> or <c>source</c>, named <paramref name="parameter"/>) must be a
    /// rank of this communicator.</summary>
    private int CheckPeer(string operation, int rank, string parameter)
    {
        if ((uint)rank >= (uint)Size)
        {
            throw new ArgumentOutOfRangeException(parameter, rank,
                $"{operation}: {parameter} {rank} is not a rank of this communicator (rank {Rank} of size {Size}: ranks are 0 to {Size - 1}).");
        }
        return rank;
    }

    private int CheckTag(string operation, int tag)
    {
        if ((uint)tag > MaxTag)
        {
            throw new ArgumentOutOfRangeException(nameof(tag), tag,
                $"{operation}: tag {tag} is not a valid tag (rank {Rank} of size {Size}): tags are 0 to {MaxTag}.");
        }
        return tag;
    }
}
