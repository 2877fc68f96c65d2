namespace Adcme;

public sealed partial class LocalCommunicator
{
    private sealed partial class World
    {
        private readonly Mailbox _mailbox = new();

        /// <summary>Rank <paramref name="rank"/> sends a copy of <paramref name="x"/> to
        /// <paramref name="operation"/>'s destination: buffered, it never waits.</summary>
        public PendingSend Send(int rank, CommOperation operation, long sequence, ReadOnlySpan<double> x, int[] shape, string name)
        {
            lock (_lock)
            {
                ThrowIfStopped(rank, name, sequence);
                _sequences[rank] = sequence;
                var message = new Message(rank, operation.Dest, operation.Tag, x.ToArray(), shape, name, sequence);
                _mailbox.Post(message);
                Monitor.PulseAll(_lock);
                return new PendingSend(message);
            }
        }

        /// <summary>Rank <paramref name="rank"/> starts receiving a message of <paramref name="shape"/> from
        /// <paramref name="operation"/>'s source; it is matched now if the message is there, otherwise when it
        /// comes.</summary>
        public PendingReceive Post(int rank, CommOperation operation, long sequence, int[] shape, string name)
        {
            lock (_lock)
            {
                ThrowIfStopped(rank, name, sequence);
                _sequences[rank] = sequence;
                var receive = new PendingReceive(operation.Source, rank, operation.Tag, shape, name, sequence);
                _mailbox.Post(receive);
                return receive;
            }
        }

        /// <summary>Waits until <paramref name="receive"/> has its message and writes it to
        /// <paramref name="result"/>; <paramref name="waits"/> when called from <c>Wait</c>.</summary>
        public void Complete(int rank, PendingReceive receive, Span<double> result, bool waits)
        {
            lock (_lock)
            {
                var waitingIn = (waits ? "Wait for " : "") + receive;
                Block(rank, waitingIn, receive.Operation, receive.Sequence, () => receive.Matched is not null,
                    () => CheckSender(rank, receive, waitingIn));
            }
            receive.Deliver(result); // the message is immutable once matched; a wrong shape throws on this rank only
        }

        /// <summary>A message from this rank itself, or from a rank that has finished, will never come.</summary>
        private void CheckSender(int rank, PendingReceive receive, string waitingIn)
        {
            if (receive.Source == rank)
            {
                throw Fail(rank, new CommunicatorException(
                    $"deadlock: rank {rank} waits in {waitingIn}, a message from itself that it has not sent; {DescribeRanks()}."));
            }
            if (_states[receive.Source] == RankState.Finished)
            {
                throw Fail(rank, new CommunicatorException(
                    $"deadlock: rank {rank} waits in {waitingIn}, but rank {receive.Source} finished its body {After(receive.Source)} without sending it; {DescribeRanks()}."));
            }
        }
    }
}
