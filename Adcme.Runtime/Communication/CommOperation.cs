namespace Adcme;

/// <summary>A communication operation went wrong across ranks: shapes that differ, ranks that call different
/// operations, a message whose shape is not the one its receiver expects, a deadlock, a message nobody
/// received, or a failure on another rank.</summary>
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
    Gather,
    Scatter,
    Allgather,
    Send,
    Receive,
    SendReceive,

    /// <summary>The start of a halo exchange (or of its transpose): every rank's block shape [h, w] to every rank,
    /// in rank order (combined like <see cref="Allgather"/>), so that every rank sees a misfit anywhere on the
    /// grid and all throw together.</summary>
    HaloExchange,
}

/// <summary>One communication operation: its kind, whether on tensors, its root, destination, source and tag
/// (−1 for a rank it does not have; the tag is 0 for collectives). Every rank issues the same collective
/// operations; point-to-point operations (<see cref="CommOpKind.Send"/>, <see cref="CommOpKind.Receive"/>,
/// <see cref="CommOpKind.SendReceive"/>) are matched by source, destination and tag instead. In a
/// <see cref="CommOpKind.SendReceive"/>, a <see cref="Dest"/> or <see cref="Source"/> of −1 means "no partner"
/// (like MPI_PROC_NULL): nothing is sent, or nothing is received and the result is left as it is.</summary>
internal readonly record struct CommOperation(CommOpKind Kind, bool IsTensor, int Root, int Dest = -1, int Source = -1, int Tag = 0)
{
    public string Name => Kind.ToString();

    public bool IsPointToPoint => Kind is CommOpKind.Send or CommOpKind.Receive or CommOpKind.SendReceive;

    /// <summary>E.g. <c>Broadcast(Tensor, root 0)</c>, <c>AllreduceSum(double)</c>, <c>Barrier()</c>,
    /// <c>Send(Tensor, to rank 1, tag 3)</c>.</summary>
    public override string ToString() => Describe(Name);

    /// <summary>Like <see cref="ToString"/>, under another name (<c>Isend</c>, <c>Irecv</c>).</summary>
    public string Describe(string name)
    {
        if (Kind == CommOpKind.Barrier) return "Barrier()";
        if (Kind == CommOpKind.HaloExchange) return $"{name}(Tensor)";
        var parts = new List<string> { IsTensor ? "Tensor" : "double" };
        if (Root >= 0) parts.Add($"root {Root}");
        if (Dest >= 0) parts.Add($"to rank {Dest}");
        if (Source >= 0) parts.Add($"from rank {Source}");
        if (IsPointToPoint) parts.Add($"tag {Tag}");
        return $"{name}({string.Join(", ", parts)})";
    }
}
