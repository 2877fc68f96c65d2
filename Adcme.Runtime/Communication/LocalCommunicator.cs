using System.Diagnostics;
using System.Text;

namespace Adcme;

/// <summary>
/// Ranks as threads of this process: <see cref="Run(int, Action{Communicator})"/> runs a body once per rank,
/// each on its own thread with its own <see cref="Communicator"/>. Everything that runs under MPI runs here
/// without it. Ranks waiting in an operation block (they never spin). An exception on one rank stops the
/// others; ranks that wait too long report a probable deadlock; ranks that call different operations at the
/// same sequence number are reported — never a hang.
/// </summary>
public sealed class LocalCommunicator : Communicator
{
    /// <summary>How long a rank waits in one operation before it reports a probable deadlock, unless
    /// <see cref="Run(int, Action{Communicator}, TimeSpan)"/> is given another time: 30 seconds.</summary>
    public static readonly TimeSpan DefaultDeadlockTimeout = TimeSpan.FromSeconds(30);

    private readonly World _world;
    private readonly int _rank;

    private LocalCommunicator(World world, int rank)
    {
        _world = world;
        _rank = rank;
    }

    /// <inheritdoc/>
    public override int Rank => _rank;

    /// <inheritdoc/>
    public override int Size => _world.Size;

    /// <summary>Runs <paramref name="body"/> on <paramref name="ranks"/> ranks, each on its own thread, and
    /// returns when every rank has finished; a rank waiting longer than <see cref="DefaultDeadlockTimeout"/>
    /// in one operation reports a probable deadlock.</summary>
    /// <param name="ranks">the number of ranks, at least 1.</param>
    /// <param name="body">what each rank runs, given its communicator.</param>
    /// <exception cref="CommunicatorException">a rank failed: the message starts with that rank
    /// (<c>rank 2: …</c>) and the inner exception is what it threw.</exception>
    public static void Run(int ranks, Action<Communicator> body) => Run(ranks, body, DefaultDeadlockTimeout);

    /// <summary>Runs <paramref name="body"/> on <paramref name="ranks"/> ranks, each on its own thread, and
    /// returns when every rank has finished.</summary>
    /// <param name="ranks">the number of ranks, at least 1.</param>
    /// <param name="body">what each rank runs, given its communicator.</param>
    /// <param name="deadlockTimeout">how long a rank may wait in one operation before it reports a probable
    /// deadlock; after a failure, also how long <c>Run</c> waits for ranks busy outside any operation before
    /// it throws without them.</param>
    /// <exception cref="CommunicatorException">a rank failed: the message starts with that rank
    /// (<c>rank 2: …</c>) and the inner exception is what it threw.</exception>
    public static void Run(int ranks, Action<Communicator> body, TimeSpan deadlockTimeout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ranks, 1);
        ArgumentNullException.ThrowIfNull(body);
        if (deadlockTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(deadlockTimeout), deadlockTimeout, "The deadlock timeout must be positive.");
        }
        var world = new World(ranks, deadlockTimeout);
        var threads = new Thread[ranks];
        for (var r = 0; r < ranks; r++)
        {
            var communicator = new LocalCommunicator(world, r);
            threads[r] = new Thread(() => world.RunRank(communicator, body))
            {
                IsBackground = true, // a rank stuck in user code after a failure must not keep the process alive
                Name = $"Adcme rank {r}",
            };
        }
        foreach (var thread in threads) thread.Start();
        world.WaitForRanks();
    }

    private protected override void Execute(CommOperation operation, long sequence, ReadOnlySpan<double> x, int[] shape, Span<double> result)
        => _world.Execute(_rank, operation, sequence, x, shape, result);

    private enum RankState
    {
        Running,
        Waiting,
        Finished,
        Failed,
    }

    /// <summary>One operation number's rendezvous: what each rank brought, and the contributions once all
    /// have.</summary>
    private sealed class Slot(int size)
    {
        public readonly CommOperation?[] Operations = new CommOperation?[size];
        public readonly double[][] Contributions = new double[size][];
        public readonly int[][] Shapes = new int[size][];
        public int Arrived;
        public int Departed;
        public bool Complete;
    }

    /// <summary>The state all ranks of one <see cref="Run(int, Action{Communicator}, TimeSpan)"/> share,
    /// guarded by <see cref="_lock"/>; ranks wait on it with <see cref="Monitor.Wait(object, TimeSpan)"/>.</summary>
    private sealed class World(int size, TimeSpan timeout)
    {
        private readonly object _lock = new();
        private readonly Dictionary<long, Slot> _slots = [];
        private readonly RankState[] _states = new RankState[size];
        private readonly CommOperation[] _waitingIn = new CommOperation[size];
        private readonly long[] _sequences = new long[size];
        private int _finished;
        private (int Rank, Exception Exception)? _failure;
        private long _failedAt; // Stopwatch timestamp of the failure
        private bool _ended;

        public int Size => size;

        public void RunRank(LocalCommunicator communicator, Action<Communicator> body)
        {
            var rank = communicator.Rank;
            try
            {
                body(communicator);
                lock (_lock)
                {
                    _states[rank] = RankState.Finished;
                    _sequences[rank] = communicator.Sequence;
                }
            }
            catch (Exception exception)
            {
                lock (_lock)
                {
                    _states[rank] = RankState.Failed;
                    _sequences[rank] = communicator.Sequence;
                    // Only the first failure counts: the others' exceptions are the stop it caused.
                    Fail(rank, exception);
                }
            }
            finally
            {
                lock (_lock)
                {
                    _finished++;
                    Monitor.PulseAll(_lock);
                }
            }
        }

        public void WaitForRanks()
        {
            lock (_lock)
            {
                while (_finished < size)
                {
                    if (_failure is null)
                    {
                        Monitor.Wait(_lock);
                        continue;
                    }
                    var left = timeout - Stopwatch.GetElapsedTime(_failedAt);
                    if (left <= TimeSpan.Zero) break;
                    Monitor.Wait(_lock, left);
                }
                _ended = true;
                Monitor.PulseAll(_lock);
                if (_failure is not { } failure) return;
                var message = new StringBuilder($"rank {failure.Rank}: {failure.Exception.Message}");
                if (_finished < size)
                {
                    var stragglers = Enumerable.Range(0, size).Where(r => _states[r] == RankState.Running).ToList();
                    if (stragglers.Count > 0)
                    {
                        message.Append($" ({Ranks(stragglers)} still running {(stragglers.Count == 1 ? "its body" : "their bodies")} {timeout.TotalMilliseconds:0} ms later, left behind)");
                    }
                }
                throw new CommunicatorException(message.ToString(), failure.Exception);
            }
        }

        public void Execute(int rank, CommOperation operation, long sequence, ReadOnlySpan<double> x, int[] shape, Span<double> result)
        {
            lock (_lock)
            {
                ThrowIfStopped(rank, operation, sequence);
                if (!_slots.TryGetValue(sequence, out var slot))
                {
                    slot = new Slot(size);
                    _slots.Add(sequence, slot);
                }
                slot.Operations[rank] = operation;
                slot.Contributions[rank] = x.ToArray();
                slot.Shapes[rank] = shape;
                slot.Arrived++;
                _sequences[rank] = sequence;
                CheckAgreement(rank, operation, sequence, slot);
                if (slot.Arrived == size)
                {
                    slot.Complete = true;
                    Monitor.PulseAll(_lock);
                }
                else
                {
                    _states[rank] = RankState.Waiting;
                    _waitingIn[rank] = operation;
                    var started = Stopwatch.GetTimestamp();
                    while (!slot.Complete)
                    {
                        ThrowIfStopped(rank, operation, sequence);
                        CheckAbsentRanks(rank, operation, sequence, slot);
                        var left = timeout - Stopwatch.GetElapsedTime(started);
                        if (left <= TimeSpan.Zero)
                        {
                            throw Fail(rank, new CommunicatorException(
                                $"probable deadlock: waited {timeout.TotalMilliseconds:0} ms in {operation.Name} (op #{sequence}); {DescribeRanks(rank, slot)}."));
                        }
                        Monitor.Wait(_lock, left);
                    }
                    _states[rank] = RankState.Running;
                }
                Combine(operation, slot.Contributions, rank, result);
                if (++slot.Departed == size) _slots.Remove(sequence);
            }
        }

        /// <summary>The ranks that have arrived must have called the same operation, with tensors of the same
        /// shape.</summary>
        private void CheckAgreement(int rank, CommOperation operation, long sequence, Slot slot)
        {
            var arrived = Enumerable.Range(0, size).Where(r => slot.Operations[r] is not null).ToList();
            if (arrived.Any(r => slot.Operations[r] != operation))
            {
                var calls = string.Join("; ", arrived.Select(r => $"rank {r} calls {slot.Operations[r]}"));
                throw Fail(rank, new CommunicatorException($"ranks call different operations at op #{sequence}: {calls}."));
            }
            if (operation.IsTensor && arrived.Any(r => !Tensor.SameShape(slot.Shapes[r], slot.Shapes[rank])))
            {
                var shapes = string.Join(", ", arrived.Select(r => $"rank {r} {Tensor.Format(slot.Shapes[r])}"));
                throw Fail(rank, new CommunicatorException($"{operation.Name} (op #{sequence}): tensor shapes differ across ranks: {shapes}."));
            }
        }

        /// <summary>A rank that has finished (or failed) and not come to this operation never will: a certain
        /// deadlock, reported at once.</summary>
        private void CheckAbsentRanks(int rank, CommOperation operation, long sequence, Slot slot)
        {
            for (var r = 0; r < size; r++)
            {
                if (slot.Operations[r] is null && _states[r] == RankState.Finished)
                {
                    throw Fail(rank, new CommunicatorException(
                        $"deadlock: rank {rank} waits in {operation.Name} (op #{sequence}), which rank {r} never calls; {DescribeRanks(rank, slot)}."));
                }
            }
        }

        private void ThrowIfStopped(int rank, CommOperation operation, long sequence)
        {
            if (_failure is { } failure)
            {
                // Every rank stops at its next operation, the failed one too if it carries on.
                throw new CommunicatorException(
                    $"rank {rank} stopped in {operation.Name} (op #{sequence}): rank {failure.Rank} failed: {failure.Exception.Message}", failure.Exception);
            }
            if (_ended)
            {
                throw new CommunicatorException(
                    $"rank {rank} called {operation.Name} (op #{sequence}) after its LocalCommunicator.Run had ended.");
            }
        }

        /// <summary>Records the first failure and wakes every rank; returns <paramref name="exception"/> for the
        /// caller to throw.</summary>
        private Exception Fail(int rank, Exception exception)
        {
            if (_failure is null)
            {
                _failure = (rank, exception);
                _failedAt = Stopwatch.GetTimestamp();
                Monitor.PulseAll(_lock);
            }
            return exception;
        }

        /// <summary>What every rank is doing, from the point of view of <paramref name="self"/>, for a
        /// deadlock report: "rank 0 waits in AllreduceSum (op #3); rank 1 finished its body after op #2".</summary>
        private string DescribeRanks(int self, Slot slot)
        {
            var parts = new List<string>();
            for (var r = 0; r < size; r++)
            {
                var last = _sequences[r];
                var after = last == 0 ? "before any operation" : $"after op #{last}";
                parts.Add(_states[r] switch
                {
                    _ when r == self => $"rank {r} waits in {_waitingIn[r].Name} (op #{last})",
                    RankState.Waiting => $"rank {r} waits in {_waitingIn[r].Name} (op #{last})",
                    RankState.Finished => $"rank {r} finished its body {after}",
                    RankState.Failed => $"rank {r} failed {after}",
                    _ => $"rank {r} runs its body {after}",
                });
            }
            return string.Join("; ", parts);
        }

        private static string Ranks(List<int> ranks) => (ranks.Count == 1 ? "rank " : "ranks ") + string.Join(", ", ranks);
    }
}
