using System.Diagnostics;
using System.Text;

namespace Adcme;

public sealed partial class LocalCommunicator
{
    /// <summary>The state all ranks of one <see cref="Run(int, Action{Communicator}, TimeSpan)"/> share,
    /// guarded by <see cref="_lock"/>; ranks wait on it with <see cref="Monitor.Wait(object, TimeSpan)"/>. This
    /// part: the ranks' lives, waiting, failures and reports; collectives and messages are in their own
    /// files.</summary>
    private sealed partial class World(int size, TimeSpan timeout)
    {
        private readonly object _lock = new();
        private readonly RankState[] _states = new RankState[size];
        private readonly string[] _waitingIn = new string[size];
        private readonly Func<bool>?[] _canGoOn = new Func<bool>?[size];
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
                if (communicator.Outstanding.Count > 0)
                {
                    throw new CommunicatorException(
                        $"finished its body without waiting for {string.Join(", ", communicator.Outstanding)}: complete every Isend and Irecv with Wait or WaitAll.");
                }
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
                if (_failure is not { } failure)
                {
                    var lost = _mailbox.Unreceived();
                    if (lost.Count == 0) return;
                    throw new CommunicatorException(
                        $"{(lost.Count == 1 ? "a message was" : $"{lost.Count} messages were")} never received: {string.Join("; ", lost)}. Every message sent must be received.");
                }
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

        /// <summary>Blocks <paramref name="rank"/> (the caller holds the lock) until <paramref name="done"/>
        /// holds: it waits in <paramref name="waitingIn"/> (e.g. <c>AllreduceSum (op #3)</c>). Throws when another
        /// rank fails, when <paramref name="check"/> finds a certain deadlock, when every rank is blocked, or after
        /// the timeout.</summary>
        private void Block(int rank, string waitingIn, string operation, long sequence, Func<bool> done, Action check)
        {
            if (done()) return;
            _states[rank] = RankState.Waiting;
            _waitingIn[rank] = waitingIn;
            _canGoOn[rank] = done;
            var started = Stopwatch.GetTimestamp();
            while (!done())
            {
                ThrowIfStopped(rank, operation, sequence);
                check();
                CheckSomeRankCanGoOn(rank);
                var left = timeout - Stopwatch.GetElapsedTime(started);
                if (left <= TimeSpan.Zero)
                {
                    throw Fail(rank, new CommunicatorException(
                        $"probable deadlock: waited {timeout.TotalMilliseconds:0} ms in {waitingIn}; {DescribeRanks()}."));
                }
                Monitor.Wait(_lock, left);
            }
            _states[rank] = RankState.Running;
            _canGoOn[rank] = null;
        }

        /// <summary>When no rank runs its body and no waiting rank can go on, nothing will ever change: a
        /// certain deadlock (e.g. two ranks that each receive from the other first).</summary>
        private void CheckSomeRankCanGoOn(int rank)
        {
            for (var r = 0; r < size; r++)
            {
                if (_states[r] == RankState.Running) return;
                if (_states[r] == RankState.Waiting && _canGoOn[r]!()) return;
            }
            throw Fail(rank, new CommunicatorException($"deadlock: every rank waits and none can go on; {DescribeRanks()}."));
        }

        private void ThrowIfStopped(int rank, string operation, long sequence)
        {
            if (_failure is { } failure)
            {
                // Every rank stops at its next operation, the failed one too if it carries on.
                throw new CommunicatorException(
                    $"rank {rank} stopped in {operation} (op #{sequence}): rank {failure.Rank} failed: {failure.Exception.Message}", failure.Exception);
            }
            if (_ended)
            {
                throw new CommunicatorException(
                    $"rank {rank} called {operation} (op #{sequence}) after its LocalCommunicator.Run had ended.");
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

        /// <summary>What every rank is doing, for a deadlock report: "rank 0 waits in AllreduceSum (op #3); rank 1
        /// finished its body after op #2; rank 2 waits in Receive (op #4) from rank 1, tag 0".</summary>
        private string DescribeRanks()
        {
            var parts = new List<string>();
            for (var r = 0; r < size; r++)
            {
                var after = After(r);
                parts.Add(_states[r] switch
                {
                    RankState.Waiting => $"rank {r} waits in {_waitingIn[r]}",
                    RankState.Finished => $"rank {r} finished its body {after}",
                    RankState.Failed => $"rank {r} failed {after}",
                    _ => $"rank {r} runs its body {after}",
                });
            }
            return string.Join("; ", parts);
        }

        /// <summary>"after op #3", or "before any operation".</summary>
        private string After(int rank) => _sequences[rank] == 0 ? "before any operation" : $"after op #{_sequences[rank]}";

        private static string Ranks(List<int> ranks) => (ranks.Count == 1 ? "rank " : "ranks ") + string.Join(", ", ranks);
    }
}
