namespace Adcme;

/// <summary>A message sent and not yet received: a copy of the data, its shape, and who sent it with which
/// operation.</summary>
internal sealed record Message(int Source, int Dest, int Tag, double[] Data, int[] Shape, string Operation, long Sequence)
{
    /// <summary>E.g. <c>rank 0's Send (op #2) to rank 1 with tag 3, shape [2, 3]</c>.</summary>
    public override string ToString()
        => $"rank {Source}'s {Operation} (op #{Sequence}) to rank {Dest} with tag {Tag}, shape {Tensor.Format(Shape)}";
}

/// <summary>A receive that has been started (<c>Receive</c>, <c>Irecv</c>, the receiving half of
/// <c>SendReceive</c>): the message it expects, and the message it got once matched.</summary>
internal sealed class PendingReceive(int source, int dest, int tag, int[] shape, string operation, long sequence)
{
    public int Source => source;

    public int Dest => dest;

    public int Tag => tag;

    public int[] Shape => shape;

    public string Operation => operation;

    public long Sequence => sequence;

    /// <summary>The message matched to this receive; null until one is.</summary>
    public Message? Matched { get; set; }

    /// <summary>E.g. <c>Receive (op #4) from rank 0, tag 7</c>.</summary>
    public override string ToString() => $"{Operation} (op #{Sequence}) from rank {Source}, tag {Tag}";

    /// <summary>Writes the matched message to <paramref name="result"/>, after checking its shape.</summary>
    public void Deliver(Span<double> result)
    {
        var message = Matched ?? throw new InvalidOperationException($"{this} has no message yet.");
        if (!Tensor.SameShape(message.Shape, Shape))
        {
            throw Communicator.MessageShapeError(Operation, Sequence, Dest, Tag, Shape, Source, message.Operation, message.Sequence, message.Shape);
        }
        message.Data.CopyTo(result);
    }
}

/// <summary>A non-blocking send of a buffered message: complete from the start.</summary>
internal sealed class PendingSend(Message message)
{
    public Message Message => message;
}

/// <summary>
/// Matches messages to receives by (source, destination, tag), first come first served on both sides: MPI's
/// non-overtaking rule. A message that arrives finds the oldest receive waiting for it, or waits in line itself;
/// a receive that is started takes the oldest message waiting for it, or waits in line itself. Not thread-safe:
/// <see cref="LocalCommunicator"/> holds its lock around every call.
/// </summary>
internal sealed class Mailbox
{
    private readonly Dictionary<(int Source, int Dest, int Tag), Channel> _channels = [];

    public void Post(Message message)
    {
        var channel = ChannelOf(message.Source, message.Dest, message.Tag);
        if (channel.Receives.TryDequeue(out var receive)) receive.Matched = message;
        else channel.Messages.Enqueue(message);
    }

    public void Post(PendingReceive receive)
    {
        var channel = ChannelOf(receive.Source, receive.Dest, receive.Tag);
        if (channel.Messages.TryDequeue(out var message)) receive.Matched = message;
        else channel.Receives.Enqueue(receive);
    }

    /// <summary>The messages nobody has received, by sender and then in the order they were sent.</summary>
    public List<Message> Unreceived()
        => [.. _channels.Values.SelectMany(c => c.Messages).OrderBy(m => m.Source).ThenBy(m => m.Sequence)];

    private Channel ChannelOf(int source, int dest, int tag)
    {
        if (!_channels.TryGetValue((source, dest, tag), out var channel))
        {
            channel = new Channel();
            _channels.Add((source, dest, tag), channel);
        }
        return channel;
    }

    private sealed class Channel
    {
        public readonly Queue<Message> Messages = new();
        public readonly Queue<PendingReceive> Receives = new();
    }
}
