namespace Adcme;

/// <remarks>
/// Messages are the values alone, as arrays of <c>double</c> (MPI_DOUBLE): no shape travels with them, so under
/// MPI a receive can only compare the number of elements that arrived with its expected shape's — a [2, 3]
/// tensor received as [3, 2] goes unnoticed, one of 5 elements does not. The sender's operation is unknown too
/// (the error's sender sequence number is 0). In-process ranks compare shapes.
/// </remarks>
public sealed partial class MpiCommunicator
{
    /// <summary>A non-blocking send in flight: MPI.NET's request keeps the copy of the data pinned until
    /// <see cref="Complete"/>.</summary>
    private sealed record PendingSend(MPI.Request Request);

    /// <summary>A non-blocking receive in flight, into <paramref name="Buffer"/> (the expected shape's
    /// length).</summary>
    private sealed record PendingReceive(MPI.Request Request, double[] Buffer, CommOperation Operation, long Sequence, int[] Shape);

    private void PointToPoint(CommOperation operation, long sequence, ReadOnlySpan<double> x, int[] shape, Span<double> result)
    {
        switch (operation.Kind)
        {
            case CommOpKind.Send:
                _mpi.Send(x.ToArray(), operation.Dest, operation.Tag);
                return;
            case CommOpKind.Receive:
                Receive(operation, sequence, shape, result);
                return;
            case CommOpKind.SendReceive:
                SendReceive(operation, sequence, x, shape, result);
                return;
        }
    }

    /// <summary>MPI_Sendrecv's exchange as MPI_Isend + MPI_Probe + MPI_Recv + MPI_Wait: the send is started
    /// before the receive, so neither can block the other, and the probe gives the incoming message's length
    /// before it is received (MPI_Sendrecv would fail on a longer one without saying how long). A
    /// <see cref="CommOperation.Dest"/> or <see cref="CommOperation.Source"/> of −1 is MPI_PROC_NULL: no send, or
    /// no receive and <paramref name="result"/> left as it is.</summary>
    private void SendReceive(CommOperation operation, long sequence, ReadOnlySpan<double> x, int[] shape, Span<double> result)
    {
        var send = operation.Dest >= 0 ? _mpi.StartSend(x.ToArray(), operation.Dest, operation.Tag) : null;
        try
        {
            if (operation.Source >= 0) Receive(operation, sequence, shape, result);
        }
        catch (CommunicatorException) when (send is not null)
        {
            _mpi.Wait(send); // the wrong message was received: this rank's own send still completes, and the job goes on
            throw;
        }
        if (send is not null) _mpi.Wait(send);
    }

    /// <summary>Receives the next message from <see cref="CommOperation.Source"/> with its tag, whatever its
    /// length (so that a wrong one is consumed, not left to the next receive), then checks its length.</summary>
    private void Receive(CommOperation operation, long sequence, int[] shape, Span<double> result)
    {
        var buffer = new double[_mpi.Probe(operation.Source, operation.Tag)];
        var count = _mpi.Receive(buffer, operation.Source, operation.Tag);
        if (count != result.Length) throw MessageShapeError(operation.Name, sequence, Rank, operation.Tag, shape, operation.Source, count);
        buffer.AsSpan(0, count).CopyTo(result);
    }

    private protected override object StartSend(CommOperation operation, long sequence, ReadOnlySpan<double> x, int[] shape)
        => new PendingSend(_mpi.StartSend(x.ToArray(), operation.Dest, operation.Tag));

    private protected override object StartReceive(CommOperation operation, long sequence, int[] shape)
    {
        var buffer = new double[Tensor.CheckedLength("Irecv", shape)];
        return new PendingReceive(_mpi.StartReceive(buffer, operation.Source, operation.Tag), buffer, operation, sequence, shape);
    }

    private protected override void Complete(object pending, Span<double> result)
    {
        switch (pending)
        {
            case PendingSend send:
                _mpi.Wait(send.Request);
                return;
            case PendingReceive receive:
                var (operation, sequence) = (receive.Operation, receive.Sequence);
                int count;
                try
                {
                    count = _mpi.Wait(receive.Request);
                }
                catch (MpiException e) when (e.InnerException is MPI.MessageTruncatedException)
                {
                    // A receive posted with MPI_Irecv has its buffer before the message comes: a longer message is
                    // truncated (consumed), and MPI does not say how long it was.
                    throw MessageShapeError("Irecv", sequence, Rank, operation.Tag, receive.Shape, operation.Source, sentCount: null);
                }
                if (count != receive.Buffer.Length) throw MessageShapeError("Irecv", sequence, Rank, operation.Tag, receive.Shape, operation.Source, count);
                receive.Buffer.CopyTo(result);
                return;
            default:
                throw new InvalidOperationException($"MpiCommunicator: {pending} is not one of its requests (rank {Rank}).");
        }
    }
}
