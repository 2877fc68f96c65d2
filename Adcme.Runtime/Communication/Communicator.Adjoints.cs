namespace Adcme;

// The transport of point-to-point messages' adjoints. A message's adjoint goes back from its receiver to its sender,
// but not necessarily in an order both ends agree on: the reverse sweep reaches a non-blocking message's Wait and
// start in the order the program waited and started, which two ranks may interleave differently with other messages
// on the same pair and tag. So every adjoint names the message it belongs to: its ordinal among the messages between
// its two ranks with its tag, counted alike at both ends (the k-th send from A to B with tag t is B's k-th receive
// from A with tag t: MPI's non-overtaking rule). Adjoints travel on a reserved tag as a header (ordinal, length) and
// the data; the sender's end takes them by ordinal, keeping any other that arrives first for its own turn.
public abstract partial class Communicator
{
    private readonly Dictionary<(int Peer, int Tag), long> _sent = [];
    private readonly Dictionary<(int Peer, int Tag), long> _received = [];
    private readonly Dictionary<(int Peer, int Tag, long Ordinal), double[]> _arrivedAdjoints = [];
    private long _lastOrdinal;

    /// <summary>Counts a message this rank starts: its ordinal on its pair and tag (kept for a request).</summary>
    private CommOperation Counted(CommOperation operation)
    {
        if (operation.Dest >= 0 && operation.Kind is CommOpKind.Send or CommOpKind.SendReceive)
        {
            _lastOrdinal = _sent[(operation.Dest, operation.Tag)] = _sent.GetValueOrDefault((operation.Dest, operation.Tag)) + 1;
        }
        if (operation.Source >= 0 && operation.Kind is CommOpKind.Receive or CommOpKind.SendReceive)
        {
            _lastOrdinal = _received[(operation.Source, operation.Tag)] = _received.GetValueOrDefault((operation.Source, operation.Tag)) + 1;
        }
        return operation;
    }

    /// <summary>The ordinal of the latest message sent to (or received from) <paramref name="peer"/> with
    /// <paramref name="tag"/> that has not been reversed yet; the count steps back. A reverse sweep reverses messages
    /// in the opposite order of their starts, so this is the message whose pullback runs.</summary>
    private long Unwind(bool sent, int peer, int tag, string operation)
    {
        var counts = sent ? _sent : _received;
        var ordinal = counts.GetValueOrDefault((peer, tag));
        if (ordinal <= 0)
        {
            throw new InvalidOperationException(
                $"{operation}'s pullback on rank {Rank}: no message {(sent ? "to" : "from")} rank {peer} with tag {tag} is left to reverse.");
        }
        counts[(peer, tag)] = ordinal - 1;
        return ordinal;
    }

    /// <summary>Starts sending the adjoint of message <paramref name="ordinal"/> (received from
    /// <paramref name="peer"/>) back to it; the two requests must be waited for.</summary>
    private CommRequest[] PostAdjoint(int peer, int tag, long ordinal, ReadOnlySpan<double> values)
    {
        var header = new CommOperation(CommOpKind.Send, true, -1, Dest: peer, Tag: AdjointTag);
        double[] head = [tag, ordinal, values.Length];
        var first = Issue();
        var headRequest = Track(new CommRequest(this, header, first, StartSend(header, first, head, [3]), [3]));
        var second = Issue();
        var dataRequest = Track(new CommRequest(this, header, second, StartSend(header, second, values, [values.Length]), [values.Length]));
        return [headRequest, dataRequest];
    }

    /// <summary>Waits for requests started by <see cref="PostAdjoint"/>.</summary>
    private void FinishAdjoint(CommRequest[]? requests)
    {
        if (requests is null) return;
        foreach (var request in requests) Wait(request);
    }

    /// <summary>The adjoint of message <paramref name="ordinal"/> sent to <paramref name="peer"/> with
    /// <paramref name="tag"/>: received now, or kept from before if it came ahead of another.</summary>
    private double[] TakeAdjoint(int peer, int tag, long ordinal, int length, string operation)
    {
        if (!_arrivedAdjoints.Remove((peer, tag, ordinal), out var values))
        {
            var receive = new CommOperation(CommOpKind.Receive, true, -1, Source: peer, Tag: AdjointTag);
            while (true)
            {
                var head = new double[3];
                Execute(receive, Issue(), [], [3], head);
                var (arrivedTag, arrivedOrdinal, arrivedLength) = ((int)head[0], (long)head[1], (int)head[2]);
                var data = new double[arrivedLength];
                Execute(receive, Issue(), [], [arrivedLength], data);
                if (arrivedTag == tag && arrivedOrdinal == ordinal)
                {
                    values = data;
                    break;
                }
                _arrivedAdjoints[(peer, arrivedTag, arrivedOrdinal)] = data;
            }
        }
        if (values.Length != length)
        {
            throw new CommunicatorException(
                $"{operation}'s pullback on rank {Rank}: the adjoint of message {ordinal} to rank {peer} with tag {tag} has {values.Length} elements, but the message had {length}.");
        }
        return values;
    }
}
