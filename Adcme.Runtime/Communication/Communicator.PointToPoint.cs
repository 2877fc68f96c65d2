namespace Adcme;

public abstract partial class Communicator
{
    /// <summary>Sends <paramref name="x"/> to <paramref name="dest"/>, which receives it with
    /// <see cref="Receive(int, int)"/> (or as a rank-0 tensor). Messages from one rank to another with one tag
    /// arrive in the order they were sent.</summary>
    /// <remarks>In-process ranks buffer every send, so it returns at once; under MPI a large message may wait
    /// until its receiver receives it (rendezvous). For exchanges between ranks use
    /// <see cref="SendReceive(double, int, int, int)"/>, which cannot deadlock that way.</remarks>
    /// <param name="x">the value to send.</param>
    /// <param name="dest">the receiving rank (this rank itself is allowed).</param>
    /// <param name="tag">the message's tag, 0 to <see cref="MaxTag"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dest"/> is not a rank, or
    /// <paramref name="tag"/> is not a tag.</exception>
    [Primitive(nameof(SendPullback), nameof(SendTangent), Ordered = true)]
    public void Send(double x, int dest, int tag)
    {
        var operation = Counted(new CommOperation(CommOpKind.Send, false, -1, Dest: CheckPeer("Send", dest, nameof(dest)), Tag: CheckTag("Send", tag)));
        Execute(operation, Issue(), [x], [], []);
    }

    /// <summary>Sends a copy of <paramref name="x"/> to <paramref name="dest"/>, which receives it with
    /// <see cref="Receive(Tensor, int, int)"/> or <see cref="Receive(int[], int, int)"/> giving the same shape.
    /// Messages from one rank to another with one tag arrive in the order they were sent.</summary>
    /// <remarks>In-process ranks buffer every send, so it returns at once; under MPI a large message may wait
    /// until its receiver receives it (rendezvous). For exchanges between ranks use
    /// <see cref="SendReceive(Tensor, int, int, int)"/>.</remarks>
    /// <param name="x">the tensor to send.</param>
    /// <param name="dest">the receiving rank (this rank itself is allowed).</param>
    /// <param name="tag">the message's tag, 0 to <see cref="MaxTag"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dest"/> is not a rank, or
    /// <paramref name="tag"/> is not a tag.</exception>
    [Primitive(nameof(SendPullback), nameof(SendTangent), Ordered = true)]
    public void Send(Tensor x, int dest, int tag)
    {
        ArgumentNullException.ThrowIfNull(x);
        var operation = Counted(new CommOperation(CommOpKind.Send, true, -1, Dest: CheckPeer("Send", dest, nameof(dest)), Tag: CheckTag("Send", tag)));
        var values = HostValues(x);
        Execute(operation, Issue(), values, x.ShapeArray, []);
    }

    /// <summary>Receives a <c>double</c> (a message of shape [], from <see cref="Send(double, int, int)"/>) from
    /// <paramref name="source"/> with <paramref name="tag"/>: the first such message not yet received.</summary>
    /// <param name="source">the sending rank (this rank itself is allowed).</param>
    /// <param name="tag">the message's tag, 0 to <see cref="MaxTag"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="source"/> is not a rank, or
    /// <paramref name="tag"/> is not a tag.</exception>
    /// <exception cref="CommunicatorException">the message is not a single value, or it never comes
    /// (deadlock).</exception>
    [Primitive(nameof(ReceivePullback), nameof(ReceiveTangent), Ordered = true)]
    public double Receive(int source, int tag)
    {
        var operation = Counted(new CommOperation(CommOpKind.Receive, false, -1, Source: CheckPeer("Receive", source, nameof(source)), Tag: CheckTag("Receive", tag)));
        Span<double> result = stackalloc double[1];
        Execute(operation, Issue(), [], [], result);
        return result[0];
    }

    /// <summary>Receives a tensor of <paramref name="like"/>'s shape from <paramref name="source"/> with
    /// <paramref name="tag"/>: the first such message not yet received. <paramref name="like"/>'s values are
    /// ignored.</summary>
    /// <param name="like">a tensor of the expected shape.</param>
    /// <param name="source">the sending rank (this rank itself is allowed).</param>
    /// <param name="tag">the message's tag, 0 to <see cref="MaxTag"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="source"/> is not a rank, or
    /// <paramref name="tag"/> is not a tag.</exception>
    /// <exception cref="CommunicatorException">the message has another shape, or it never comes
    /// (deadlock).</exception>
    [Primitive(nameof(ReceivePullback), nameof(ReceiveTangent), Ordered = true)]
    public Tensor Receive(Tensor like, int source, int tag)
    {
        ArgumentNullException.ThrowIfNull(like);
        return ReceiveTensor(like.ShapeArray, source, tag, like.Backend);
    }

    /// <summary>Receives a tensor of shape <paramref name="shape"/> from <paramref name="source"/> with
    /// <paramref name="tag"/>: the first such message not yet received.</summary>
    /// <param name="shape">the expected shape.</param>
    /// <param name="source">the sending rank (this rank itself is allowed).</param>
    /// <param name="tag">the message's tag, 0 to <see cref="MaxTag"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="source"/> is not a rank, or
    /// <paramref name="tag"/> is not a tag.</exception>
    /// <exception cref="TensorShapeException"><paramref name="shape"/> is not a tensor shape.</exception>
    /// <exception cref="CommunicatorException">the message has another shape, or it never comes
    /// (deadlock).</exception>
    public Tensor Receive(int[] shape, int source, int tag)
    {
        ArgumentNullException.ThrowIfNull(shape);
        shape = (int[])shape.Clone();
        Tensor.CheckedLength("Receive", shape);
        return ReceiveTensor(shape, source, tag);
    }

    private Tensor ReceiveTensor(int[] shape, int source, int tag, Backend? backend = null)
    {
        var operation = Counted(new CommOperation(CommOpKind.Receive, true, -1, Source: CheckPeer("Receive", source, nameof(source)), Tag: CheckTag("Receive", tag)));
        return TensorOp(operation, [], shape, shape, backend);
    }

    /// <summary>Sends <paramref name="x"/> to <paramref name="dest"/> and receives a value from
    /// <paramref name="source"/>, both with <paramref name="tag"/>, as one operation that cannot deadlock on the
    /// send (MPI_Sendrecv): the way to exchange values between ranks, e.g. around a ring.</summary>
    /// <param name="x">the value to send.</param>
    /// <param name="dest">the rank to send to (this rank itself is allowed).</param>
    /// <param name="source">the rank to receive from (this rank itself is allowed).</param>
    /// <param name="tag">the tag of both messages, 0 to <see cref="MaxTag"/>.</param>
    /// <returns>the value received from <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dest"/> or <paramref name="source"/> is not
    /// a rank, or <paramref name="tag"/> is not a tag.</exception>
    /// <exception cref="CommunicatorException">the message received is not a single value, or it never comes
    /// (deadlock).</exception>
    [Primitive(nameof(SendReceivePullback), nameof(SendReceiveTangent), Ordered = true)]
    public double SendReceive(double x, int dest, int source, int tag)
    {
        var operation = SendReceiveOperation(false, dest, source, tag);
        Span<double> result = stackalloc double[1];
        Execute(operation, Issue(), [x], [], result);
        return result[0];
    }

    /// <summary>Sends a copy of <paramref name="x"/> to <paramref name="dest"/> and receives a tensor of
    /// <paramref name="x"/>'s shape from <paramref name="source"/>, both with <paramref name="tag"/>, as one
    /// operation that cannot deadlock on the send (MPI_Sendrecv): the way to exchange tensors between ranks, e.g.
    /// around a ring.</summary>
    /// <param name="x">the tensor to send; the received one has its shape.</param>
    /// <param name="dest">the rank to send to (this rank itself is allowed).</param>
    /// <param name="source">the rank to receive from (this rank itself is allowed).</param>
    /// <param name="tag">the tag of both messages, 0 to <see cref="MaxTag"/>.</param>
    /// <returns>a new tensor: the one received from <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dest"/> or <paramref name="source"/> is not
    /// a rank, or <paramref name="tag"/> is not a tag.</exception>
    /// <exception cref="CommunicatorException">the tensor received has another shape, or it never comes
    /// (deadlock).</exception>
    [Primitive(nameof(SendReceivePullback), nameof(SendReceiveTangent), Ordered = true)]
    public Tensor SendReceive(Tensor x, int dest, int source, int tag)
    {
        ArgumentNullException.ThrowIfNull(x);
        var operation = SendReceiveOperation(true, dest, source, tag);
        return TensorOp(operation, HostValues(x), x.ShapeArray, x.ShapeArray, x.Backend);
    }

    private CommOperation SendReceiveOperation(bool isTensor, int dest, int source, int tag)
        => Counted(new(CommOpKind.SendReceive, isTensor, -1,
            Dest: CheckPeer("SendReceive", dest, nameof(dest)),
            Source: CheckPeer("SendReceive", source, nameof(source)),
            Tag: CheckTag("SendReceive", tag)));
}
