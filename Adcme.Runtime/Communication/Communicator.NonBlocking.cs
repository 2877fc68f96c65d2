namespace Adcme;

public abstract partial class Communicator
{
    private readonly List<CommRequest> _outstanding = [];

    /// <summary>The requests this rank started and has not waited for, oldest first.</summary>
    internal IReadOnlyList<CommRequest> Outstanding => _outstanding;

    /// <summary>Starts sending <paramref name="x"/> to <paramref name="dest"/> (like
    /// <see cref="Send(double, int, int)"/>) and returns at once; complete it with <see cref="Wait"/>.</summary>
    /// <param name="x">the value to send.</param>
    /// <param name="dest">the receiving rank (this rank itself is allowed).</param>
    /// <param name="tag">the message's tag, 0 to <see cref="MaxTag"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dest"/> is not a rank, or
    /// <paramref name="tag"/> is not a tag.</exception>
    [Primitive(nameof(IsendPullback), nameof(IsendTangent), Ordered = true)]
    public CommRequest Isend(double x, int dest, int tag)
    {
        var operation = Counted(new CommOperation(CommOpKind.Send, false, -1, Dest: CheckPeer("Isend", dest, nameof(dest)), Tag: CheckTag("Isend", tag)));
        var sequence = Issue();
        return Track(new CommRequest(this, operation, sequence, StartSend(operation, sequence, [x], []), []));
    }

    /// <summary>Starts sending a copy of <paramref name="x"/> to <paramref name="dest"/> (like
    /// <see cref="Send(Tensor, int, int)"/>) and returns at once; complete it with <see cref="Wait"/>. The copy is
    /// taken now: <paramref name="x"/> may be disposed or reused straight away.</summary>
    /// <param name="x">the tensor to send.</param>
    /// <param name="dest">the receiving rank (this rank itself is allowed).</param>
    /// <param name="tag">the message's tag, 0 to <see cref="MaxTag"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dest"/> is not a rank, or
    /// <paramref name="tag"/> is not a tag.</exception>
    [Primitive(nameof(IsendPullback), nameof(IsendTangent), Ordered = true)]
    public CommRequest Isend(Tensor x, int dest, int tag)
    {
        ArgumentNullException.ThrowIfNull(x);
        var operation = Counted(new CommOperation(CommOpKind.Send, true, -1, Dest: CheckPeer("Isend", dest, nameof(dest)), Tag: CheckTag("Isend", tag)));
        var values = HostValues(x);
        var sequence = Issue();
        return Track(new CommRequest(this, operation, sequence, StartSend(operation, sequence, values, x.ShapeArray), x.ShapeArray));
    }

    /// <summary>Starts receiving a tensor of <paramref name="like"/>'s shape from <paramref name="source"/> with
    /// <paramref name="tag"/> (like <see cref="Receive(Tensor, int, int)"/>) and returns at once; after
    /// <see cref="Wait"/>, the tensor is the request's <see cref="CommRequest.Tensor"/>. Receives are matched to
    /// messages in the order they are started.</summary>
    /// <param name="like">a tensor of the expected shape (its values are ignored).</param>
    /// <param name="source">the sending rank (this rank itself is allowed).</param>
    /// <param name="tag">the message's tag, 0 to <see cref="MaxTag"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="source"/> is not a rank, or
    /// <paramref name="tag"/> is not a tag.</exception>
    [Primitive(nameof(IrecvPullback), nameof(IrecvTangent), Ordered = true)]
    public CommRequest Irecv(Tensor like, int source, int tag)
    {
        ArgumentNullException.ThrowIfNull(like);
        var request = PostReceive(true, like.ShapeArray, source, tag);
        request.ResultBackend = like.Backend;
        return request;
    }

    /// <summary>Starts receiving a <c>double</c> from <paramref name="source"/> with <paramref name="tag"/> (like
    /// <see cref="Receive(int, int)"/>) and returns at once; after <see cref="Wait"/>, the value is the request's
    /// <see cref="CommRequest.Value"/>.</summary>
    /// <param name="source">the sending rank (this rank itself is allowed).</param>
    /// <param name="tag">the message's tag, 0 to <see cref="MaxTag"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="source"/> is not a rank, or
    /// <paramref name="tag"/> is not a tag.</exception>
    [Primitive(nameof(IrecvPullback), nameof(IrecvTangent), Ordered = true)]
    public CommRequest Irecv(int source, int tag) => PostReceive(false, [], source, tag);

    /// <summary>Waits until <paramref name="request"/> has completed: a send's data is on its way, a receive's
    /// message has arrived (and is then the request's <see cref="CommRequest.Tensor"/> or
    /// <see cref="CommRequest.Value"/>). Not an operation of its own: it does not change
    /// <see cref="Sequence"/>.</summary>
    /// <param name="request">a request this communicator started and nobody has waited for.</param>
    /// <exception cref="InvalidOperationException"><paramref name="request"/> belongs to another communicator or
    /// was already waited for.</exception>
    /// <exception cref="CommunicatorException">the message has another shape, or it never comes
    /// (deadlock).</exception>
    [Primitive(nameof(WaitPullback), nameof(WaitTangent), Ordered = true)]
    public void Wait(CommRequest request)
    {
        CheckRequest("Wait", request);
        Finish(request);
    }

    /// <summary>Waits for every one of <paramref name="requests"/>, in order (see <see cref="Wait"/>). All of
    /// them are checked before any is waited for.</summary>
    /// <param name="requests">requests this communicator started and nobody has waited for, each once.</param>
    /// <exception cref="InvalidOperationException">a request belongs to another communicator, was already waited
    /// for, or is listed twice.</exception>
    public void WaitAll(params CommRequest[] requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var seen = new HashSet<CommRequest>(ReferenceEqualityComparer.Instance);
        foreach (var request in requests)
        {
            CheckRequest("WaitAll", request);
            if (!seen.Add(request)) throw new InvalidOperationException($"WaitAll: {request} is listed twice (rank {Rank}).");
        }
        foreach (var request in requests) Finish(request);
    }

    internal CommRequest PostReceive(bool isTensor, int[] shape, int source, int tag)
    {
        var operation = Counted(new CommOperation(CommOpKind.Receive, isTensor, -1, Source: CheckPeer("Irecv", source, nameof(source)), Tag: CheckTag("Irecv", tag)));
        var sequence = Issue();
        return Track(new CommRequest(this, operation, sequence, StartReceive(operation, sequence, shape), shape));
    }

    private CommRequest Track(CommRequest request)
    {
        request.Ordinal = _lastOrdinal;
        _outstanding.Add(request);
        return request;
    }

    private void CheckRequest(string operation, CommRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!ReferenceEquals(request.Owner, this))
        {
            throw new InvalidOperationException(
                $"{operation}: {request} belongs to another communicator (rank {request.Owner.Rank} of size {request.Owner.Size}), not to this one (rank {Rank} of size {Size}).");
        }
        if (request.IsWaited) throw new InvalidOperationException($"{operation}: {request} was already waited for (rank {Rank}); a request is waited for once.");
    }

    private void Finish(CommRequest request)
    {
        request.MarkWaited();
        _outstanding.Remove(request);
        if (!request.IsReceive)
        {
            Complete(request.Pending, []);
            request.SetResult(null, 0.0);
            return;
        }
        if (!request.Operation.IsTensor)
        {
            Span<double> value = stackalloc double[1];
            Complete(request.Pending, value);
            request.SetResult(null, value[0]);
            return;
        }
        var tensor = Tensor.Allocate(out var data, request.Shape);
        try
        {
            Complete(request.Pending, data);
        }
        catch
        {
            tensor.Dispose();
            throw;
        }
        request.SetResult(OnBackend(tensor, request.ResultBackend), 0.0);
    }
}
