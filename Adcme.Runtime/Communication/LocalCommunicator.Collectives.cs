namespace Adcme;

public sealed partial class LocalCommunicator
{
    /// <summary>One collective's rendezvous (the k-th collective of every rank): what each rank brought, and
    /// the contributions once all have.</summary>
    private sealed class Slot(int size)
    {
        public readonly CommOperation?[] Operations = new CommOperation?[size];
        public readonly double[][] Contributions = new double[size][];
        public readonly int[][] Shapes = new int[size][];
        public readonly long[] Sequences = new long[size];
        public int Arrived;
        public int Departed;
        public bool Complete;
    }

    private sealed partial class World
    {
        private readonly Dictionary<long, Slot> _slots = [];
        private readonly long[] _collectives = new long[size];

        /// <summary>Rank <paramref name="rank"/>'s next collective, its operation number
        /// <paramref name="sequence"/>: waits until every rank has brought its own, then combines them.</summary>
        public void Collective(int rank, CommOperation operation, long sequence, ReadOnlySpan<double> x, int[] shape, Span<double> result)
        {
            lock (_lock)
            {
                ThrowIfStopped(rank, operation.Name, sequence);
                var index = ++_collectives[rank];
                if (!_slots.TryGetValue(index, out var slot))
                {
                    slot = new Slot(size);
                    _slots.Add(index, slot);
                }
                slot.Operations[rank] = operation;
                slot.Contributions[rank] = x.ToArray();
                slot.Shapes[rank] = shape;
                slot.Sequences[rank] = sequence;
                slot.Arrived++;
                _sequences[rank] = sequence;
                CheckAgreement(rank, operation, sequence, index, slot);
                if (slot.Arrived == size)
                {
                    slot.Complete = true;
                    Monitor.PulseAll(_lock);
                }
                else
                {
                    Block(rank, $"{operation.Name} (op #{sequence})", operation.Name, sequence, () => slot.Complete,
                        () => CheckAbsentRanks(rank, operation, sequence, slot));
                }
                Communicator.Combine(operation, slot.Contributions, rank, result);
                if (++slot.Departed == size) _slots.Remove(index);
            }
        }

        /// <summary>The ranks that have arrived must have called the same operation, with tensors of the same
        /// shape.</summary>
        private void CheckAgreement(int rank, CommOperation operation, long sequence, long index, Slot slot)
        {
            var arrived = Enumerable.Range(0, size).Where(r => slot.Operations[r] is not null).ToList();
            if (arrived.Any(r => slot.Operations[r] != operation))
            {
                var sameSequence = arrived.All(r => slot.Sequences[r] == sequence);
                var calls = string.Join("; ", arrived.Select(r => $"rank {r} calls {slot.Operations[r]} (op #{slot.Sequences[r]})"));
                var at = sameSequence ? $"at op #{sequence}" : $"as their collective #{index}";
                throw Fail(rank, new CommunicatorException($"ranks call different operations {at}: {calls}."));
            }
            if (operation.IsTensor && arrived.Any(r => !Tensor.SameShape(slot.Shapes[r], slot.Shapes[rank])))
            {
                var shapes = string.Join(", ", arrived.Select(r => $"rank {r} {Tensor.Format(slot.Shapes[r])}"));
                throw Fail(rank, new CommunicatorException($"{operation.Name} (op #{sequence}): tensor shapes differ across ranks: {shapes}."));
            }
        }

        /// <summary>A rank that has finished (or failed) and not come to this collective never will: a certain
        /// deadlock, reported at once.</summary>
        private void CheckAbsentRanks(int rank, CommOperation operation, long sequence, Slot slot)
        {
            for (var r = 0; r < size; r++)
            {
                if (slot.Operations[r] is null && _states[r] == RankState.Finished)
                {
                    throw Fail(rank, new CommunicatorException(
                        $"deadlock: rank {rank} waits in {operation.Name} (op #{sequence}), which rank {r} never calls; {DescribeRanks()}."));
                }
            }
        }
    }
}
