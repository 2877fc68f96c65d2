namespace Adcme;

/// <summary>
/// A group of <see cref="Size"/> ranks that communicate: this object is one rank's end of it. Every rank calls
/// the same collective operations in the same order; each call is one operation, numbered per rank from 1 (see
/// <see cref="Sequence"/>). Results are deterministic: sums are added in rank order (0, 1, 2, …), so every
/// rank gets bit-identical values. Tensor results are always new tensors, never an argument.
/// </summary>
/// <remarks>
/// Implementations: <see cref="LocalCommunicator"/> (ranks as threads of one process),
/// <see cref="MpiCommunicator"/> (ranks as the processes of an MPI job) and <see cref="Single"/> (one rank);
/// <see cref="FromEnvironment"/> picks MPI under an MPI launcher and one rank otherwise. A communicator belongs to its rank: use it from one thread at a time.
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

    /// <summary>Every rank gets <paramref name="root"/>'s <paramref name="x"/>; the other ranks' values are
    /// ignored.</summary>
    /// <param name="x">the value to send (on <paramref name="root"/>); ignored on the other ranks.</param>
    /// <param name="root">the rank that sends.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="root"/> is not a rank.</exception>
    public double Broadcast(double x, int root) => ScalarOp(new CommOperation(CommOpKind.Broadcast, false, CheckRoot("Broadcast", root)), x);

    /// <summary>Every rank gets a copy of <paramref name="root"/>'s <paramref name="x"/>. Every rank passes a
    /// tensor of the same shape (its values are ignored except on <paramref name="root"/>).</summary>
    /// <param name="x">the tensor to send (on <paramref name="root"/>); of the same shape on every rank.</param>
    /// <param name="root">the rank that sends.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="root"/> is not a rank.</exception>
    /// <exception cref="CommunicatorException">the shapes differ across ranks.</exception>
    public Tensor Broadcast(Tensor x, int root) => TensorOp(new CommOperation(CommOpKind.Broadcast, true, CheckRoot("Broadcast", root)), x);

    /// <summary>The sum of <paramref name="x"/> over all ranks, on every rank (added in rank order).</summary>
    /// <param name="x">this rank's term.</param>
    public double AllreduceSum(double x) => ScalarOp(new CommOperation(CommOpKind.AllreduceSum, false, -1), x);

    /// <summary>The elementwise sum of <paramref name="x"/> over all ranks, on every rank (added in rank
    /// order).</summary>
    /// <param name="x">this rank's term; of the same shape on every rank.</param>
    /// <exception cref="CommunicatorException">the shapes differ across ranks.</exception>
    public Tensor AllreduceSum(Tensor x) => TensorOp(new CommOperation(CommOpKind.AllreduceSum, true, -1), x);

    /// <summary>The sum of <paramref name="x"/> over all ranks on <paramref name="root"/> (added in rank
    /// order); zero on the other ranks.</summary>
    /// <param name="x">this rank's term.</param>
    /// <param name="root">the rank that receives the sum.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="root"/> is not a rank.</exception>
    public double ReduceSum(double x, int root) => ScalarOp(new CommOperation(CommOpKind.ReduceSum, false, CheckRoot("ReduceSum", root)), x);

    /// <summary>The elementwise sum of <paramref name="x"/> over all ranks on <paramref name="root"/> (added
    /// in rank order); a tensor of zeros of the same shape on the other ranks.</summary>
    /// <param name="x">this rank's term; of the same shape on every rank.</param>
    /// <param name="root">the rank that receives the sum.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="root"/> is not a rank.</exception>
    /// <exception cref="CommunicatorException">the shapes differ across ranks.</exception>
    public Tensor ReduceSum(Tensor x, int root) => TensorOp(new CommOperation(CommOpKind.ReduceSum, true, CheckRoot("ReduceSum", root)), x);

    /// <summary>The smallest <paramref name="x"/> over all ranks, on every rank (NaN if any rank's is
    /// NaN).</summary>
    /// <param name="x">this rank's value.</param>
    public double AllreduceMin(double x) => ScalarOp(new CommOperation(CommOpKind.AllreduceMin, false, -1), x);

    /// <summary>The elementwise minimum of <paramref name="x"/> over all ranks, on every rank.</summary>
    /// <param name="x">this rank's values; of the same shape on every rank.</param>
    /// <exception cref="CommunicatorException">the shapes differ across ranks.</exception>
    public Tensor AllreduceMin(Tensor x) => TensorOp(new CommOperation(CommOpKind.AllreduceMin, true, -1), x);

    /// <summary>The largest <paramref name="x"/> over all ranks, on every rank (NaN if any rank's is
    /// NaN).</summary>
    /// <param name="x">this rank's value.</param>
    public double AllreduceMax(double x) => ScalarOp(new CommOperation(CommOpKind.AllreduceMax, false, -1), x);

    /// <summary>The elementwise maximum of <paramref name="x"/> over all ranks, on every rank.</summary>
    /// <param name="x">this rank's values; of the same shape on every rank.</param>
    /// <exception cref="CommunicatorException">the shapes differ across ranks.</exception>
    public Tensor AllreduceMax(Tensor x) => TensorOp(new CommOperation(CommOpKind.AllreduceMax, true, -1), x);

    /// <summary>Returns once every rank has called it.</summary>
    public void Barrier()
    {
        var sequence = ++_sequence;
        Execute(new CommOperation(CommOpKind.Barrier, false, -1), sequence, [], [], []);
    }

    /// <summary>Performs <paramref name="operation"/>, this rank's operation number <paramref name="sequence"/>,
    /// with this rank's <paramref name="x"/> of shape <paramref name="shape"/>; writes every element of this
    /// rank's result (of the same shape) to <paramref name="result"/>.</summary>
    private protected abstract void Execute(CommOperation operation, long sequence, ReadOnlySpan<double> x, int[] shape, Span<double> result);

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
        var shape = x.ShapeArray;
        var values = x.Span; // throws before the operation is issued if x was disposed
        var sequence = ++_sequence;
        var result = Tensor.Allocate(out var data, shape);
        try
        {
            Execute(operation, sequence, values, shape, data);
        }
        catch
        {
            result.Dispose();
            throw;
        }
        return result;
    }

    private int CheckRoot(string operation, int root)
    {
        if ((uint)root >= (uint)Size)
        {
            throw new ArgumentOutOfRangeException(nameof(root), root,
                $"{operation}: root {root} is not a rank of this communicator (rank {Rank} of size {Size}: roots are 0 to {Size - 1}).");
        }
        return root;
    }

    /// <summary>Combines the ranks' contributions, given in rank order, into <paramref name="result"/> for
    /// <paramref name="rank"/>: the one place where every implementation's arithmetic is defined, so that all
    /// of them give bit-identical values.</summary>
    internal static void Combine(CommOperation operation, IReadOnlyList<double[]> contributions, int rank, Span<double> result)
    {
        switch (operation.Kind)
        {
            case CommOpKind.Barrier:
                return;
            case CommOpKind.Broadcast:
                contributions[operation.Root].CopyTo(result);
                return;
            case CommOpKind.ReduceSum when rank != operation.Root:
                result.Clear();
                return;
            case CommOpKind.ReduceSum:
            case CommOpKind.AllreduceSum:
                contributions[0].CopyTo(result);
                for (var r = 1; r < contributions.Count; r++)
                {
                    var term = contributions[r];
                    for (var i = 0; i < result.Length; i++) result[i] += term[i];
                }
                return;
            case CommOpKind.AllreduceMin:
                contributions[0].CopyTo(result);
                for (var r = 1; r < contributions.Count; r++)
                {
                    var term = contributions[r];
                    for (var i = 0; i < result.Length; i++) result[i] = Math.Min(result[i], term[i]);
                }
                return;
            case CommOpKind.AllreduceMax:
                contributions[0].CopyTo(result);
                for (var r = 1; r < contributions.Count; r++)
                {
                    var term = contributions[r];
                    for (var i = 0; i < result.Length; i++) result[i] = Math.Max(result[i], term[i]);
                }
                return;
            default:
                throw new InvalidOperationException($"Unknown communication operation {operation.Kind}.");
        }
    }
}

/// <summary>A communication operation went wrong across ranks: shapes that differ, ranks that call different
/// operations, a probable deadlock, or a failure on another rank.</summary>
public sealed class CommunicatorException : Exception
{
    /// <summary>An error with <paramref name="message"/>.</summary>
    public CommunicatorException(string message) : base(message)
    {
    }

    /// <summary>An error with <paramref name="message"/>, caused by <paramref name="innerException"/>.</summary>
    public CommunicatorException(string message, Exception innerException) : base(message, innerException)
    {
    }
}

internal enum CommOpKind
{
    Broadcast,
    AllreduceSum,
    ReduceSum,
    AllreduceMin,
    AllreduceMax,
    Barrier,
}

/// <summary>One communication operation as every rank must issue it: its kind, whether on tensors, its root
/// (−1 when it has none).</summary>
internal readonly record struct CommOperation(CommOpKind Kind, bool IsTensor, int Root)
{
    public string Name => Kind.ToString();

    /// <summary>E.g. <c>Broadcast(Tensor, root 0)</c>, <c>AllreduceSum(double)</c>, <c>Barrier()</c>.</summary>
    public override string ToString() => Kind == CommOpKind.Barrier
        ? "Barrier()"
        : $"{Kind}({(IsTensor ? "Tensor" : "double")}{(Root >= 0 ? $", root {Root}" : "")})";
}
