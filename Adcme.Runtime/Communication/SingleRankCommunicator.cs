namespace Adcme;

/// <summary>A communicator of one rank (<see cref="Communicator.Single"/>): every collective is the identity
/// (tensor results are copies of the arguments, <c>Gather</c> and <c>Allgather</c> add a leading dimension of 1,
/// <c>Scatter</c> drops it). Messages to itself wait in a queue until received; receiving one that was never sent
/// is a deadlock, reported at once.</summary>
internal sealed class SingleRankCommunicator : Communicator
{
    private readonly Mailbox _mailbox = new();

    public override int Rank => 0;

    public override int Size => 1;

    private protected override void Execute(CommOperation operation, long sequence, ReadOnlySpan<double> x, int[] shape, Span<double> result)
    {
        switch (operation.Kind)
        {
            case CommOpKind.Send:
                Send(operation, sequence, x, shape, operation.Name);
                return;
            case CommOpKind.Receive:
                Complete(Receive(operation, sequence, shape, operation.Name), result);
                return;
            case CommOpKind.SendReceive:
                if (operation.Dest >= 0) Send(operation, sequence, x, shape, operation.Name);
                if (operation.Source >= 0) Complete(Receive(operation, sequence, shape, operation.Name), result);
                return;
            default:
                x.CopyTo(result);
                return;
        }
    }

    private protected override object StartSend(CommOperation operation, long sequence, ReadOnlySpan<double> x, int[] shape)
        => Send(operation, sequence, x, shape, "Isend");

    private protected override object StartReceive(CommOperation operation, long sequence, int[] shape)
        => Receive(operation, sequence, shape, "Irecv");

    private protected override void Complete(object pending, Span<double> result)
    {
        if (pending is not PendingReceive receive) return;
        if (receive.Matched is null)
        {
            throw new CommunicatorException(
                $"deadlock: rank 0 waits in {receive}, a message from itself that it has not sent (a single rank cannot wait for itself).");
        }
        receive.Deliver(result);
    }

    private PendingSend Send(CommOperation operation, long sequence, ReadOnlySpan<double> x, int[] shape, string name)
    {
        var message = new Message(0, operation.Dest, operation.Tag, x.ToArray(), shape, name, sequence);
        _mailbox.Post(message);
        return new PendingSend(message);
    }

    private PendingReceive Receive(CommOperation operation, long sequence, int[] shape, string name)
    {
        var receive = new PendingReceive(operation.Source, 0, operation.Tag, shape, name, sequence);
        _mailbox.Post(receive);
        return receive;
    }
}
