using System.Diagnostics;

namespace Adcme.Tests;

/// <summary>The communicators' operations against known values on 1 to 4 in-process ranks, and their errors:
/// a root out of range, shapes or operations that differ across ranks, a failing rank, a deadlock.</summary>
public class CommunicatorTests
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(500);

    public static TheoryData<int> RankCounts => [1, 2, 3, 4];

    /// <summary>Runs <paramref name="body"/> on <paramref name="ranks"/> ranks and returns each rank's result.</summary>
    private static T[] PerRank<T>(int ranks, Func<Communicator, T> body)
    {
        var results = new T[ranks];
        LocalCommunicator.Run(ranks, comm => results[comm.Rank] = body(comm), TimeSpan.FromSeconds(10));
        return results;
    }

    private static Tensor RankTensor(Communicator comm)
        => Tensor.FromArray([.. Enumerable.Range(0, 6).Select(i => (comm.Rank + 1) * (i + 1) + 0.1)], 2, 3);

    [Theory]
    [MemberData(nameof(RankCounts))]
    public void RankAndSize(int n)
    {
        var seen = PerRank(n, comm => (comm.Rank, comm.Size, Thread.CurrentThread.ManagedThreadId));
        Assert.Equal(Enumerable.Range(0, n), seen.Select(s => s.Rank));
        Assert.All(seen, s => Assert.Equal(n, s.Size));
        Assert.Equal(n, seen.Select(s => s.ManagedThreadId).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(RankCounts))]
    public void AllreduceSumOfDoublesIsTheSameOnEveryRank(int n)
    {
        var sums = PerRank(n, comm => comm.AllreduceSum(comm.Rank + 1.0));
        Assert.All(sums, s => Assert.Equal(n * (n + 1) / 2.0, s));

        // Terms whose sum depends on the order: every rank gets the sum in rank order, bit for bit.
        var terms = new[] { 1e16, 1.0, -1e16, 0.1 };
        var inOrder = terms.Take(n).Aggregate(0.0, (a, b) => a + b);
        var odd = PerRank(n, comm => comm.AllreduceSum(terms[comm.Rank]));
        Assert.All(odd, s => Assert.Equal(BitConverter.DoubleToInt64Bits(inOrder), BitConverter.DoubleToInt64Bits(s)));
    }

    [Theory]
    [MemberData(nameof(RankCounts))]
    public void AllreduceSumOfTensors(int n)
    {
        var sums = PerRank(n, comm =>
        {
            var x = RankTensor(comm);
            var sum = comm.AllreduceSum(x);
            Assert.NotSame(x, sum);
            Assert.Equal(RankTensor(comm).ToArray(), x.ToArray()); // the argument is not written
            return sum;
        });
        var expected = Enumerable.Range(0, n)
            .Select(r => Enumerable.Range(0, 6).Select(i => (r + 1) * (i + 1) + 0.1).ToArray())
            .Aggregate((a, b) => [.. a.Zip(b, (p, q) => p + q)]);
        Assert.All(sums, s =>
        {
            Assert.Equal([2, 3], s.Shape);
            Assert.Equal(expected, s.ToArray());
        });
        Assert.Equal(n, sums.Distinct().Count()); // one new tensor per rank
    }

    [Theory]
    [MemberData(nameof(RankCounts))]
    public void BroadcastFromEachRoot(int n)
    {
        for (var root = 0; root < n; root++)
        {
            var r0 = root;
            var doubles = PerRank(n, comm => comm.Broadcast(10.0 * comm.Rank + 0.5, root: r0));
            Assert.All(doubles, d => Assert.Equal(10.0 * root + 0.5, d));

            var tensors = PerRank(n, comm => comm.Broadcast(RankTensor(comm), root: r0));
            Assert.All(tensors, t =>
            {
                Assert.Equal([2, 3], t.Shape);
                Assert.Equal(Enumerable.Range(0, 6).Select(i => (root + 1) * (i + 1) + 0.1), t.ToArray());
            });
        }
    }

    [Theory]
    [MemberData(nameof(RankCounts))]
    public void ReduceSumGivesZerosElsewhere(int n)
    {
        for (var root = 0; root < n; root++)
        {
            var r0 = root;
            var doubles = PerRank(n, comm => comm.ReduceSum(comm.Rank + 1.0, root: r0));
            for (var r = 0; r < n; r++) Assert.Equal(r == root ? n * (n + 1) / 2.0 : 0.0, doubles[r]);

            var tensors = PerRank(n, comm => comm.ReduceSum(Tensor.Full(comm.Rank + 1.0, 2, 3), root: r0));
            for (var r = 0; r < n; r++)
            {
                Assert.Equal([2, 3], tensors[r].Shape);
                Assert.Equal(Enumerable.Repeat(r == root ? n * (n + 1) / 2.0 : 0.0, 6), tensors[r].ToArray());
            }
        }
    }

    [Theory]
    [MemberData(nameof(RankCounts))]
    public void MinAndMax(int n)
    {
        var results = PerRank(n, comm => (
            Min: comm.AllreduceMin(3.0 - comm.Rank),
            Max: comm.AllreduceMax(3.0 - comm.Rank),
            MinT: comm.AllreduceMin(Tensor.FromArray([comm.Rank, -comm.Rank], 2)).ToArray(),
            MaxT: comm.AllreduceMax(Tensor.FromArray([comm.Rank, -comm.Rank], 2)).ToArray()));
        Assert.All(results, r =>
        {
            Assert.Equal(4.0 - n, r.Min);
            Assert.Equal(3.0, r.Max);
            Assert.Equal([0.0, 1.0 - n], r.MinT);
            Assert.Equal([n - 1.0, 0.0], r.MaxT);
        });
    }

    [Theory]
    [MemberData(nameof(RankCounts))]
    public void BarrierWaitsForEveryRankAndOperationsAreCounted(int n)
    {
        var arrived = 0;
        var seen = PerRank(n, comm =>
        {
            Interlocked.Increment(ref arrived);
            comm.Barrier();
            var atBarrier = Volatile.Read(ref arrived);
            comm.AllreduceSum(1.0);
            comm.Broadcast(Tensor.Zeros(2), root: 0);
            return (atBarrier, comm.Sequence);
        });
        Assert.All(seen, s => Assert.Equal((n, 3L), s));
    }

    [Fact]
    public void ManyOperationsInARow()
    {
        var sums = PerRank(3, comm =>
        {
            var total = 0.0;
            for (var k = 0; k < 2000; k++) total += comm.AllreduceSum(comm.Rank + k);
            return total;
        });
        var expected = Enumerable.Range(0, 2000).Sum(k => 3.0 * k + 3.0);
        Assert.All(sums, s => Assert.Equal(expected, s));
    }

    [Fact]
    public void RandomProgramsOnMoreRanksThanCoresMatchASerialReference() // collectives, gathers and ring shifts
    {
        const int n = 8, steps = 150, Kinds = 9;
        double Value(int rank, int step, int i) => Math.Sin(rank * 7.1 + step * 1.3 + i) * 1e3;
        var results = PerRank(n, comm =>
        {
            var random = new Random(12); // the same program on every rank
            var outputs = new List<double[]>();
            for (var step = 0; step < steps; step++)
            {
                var kind = random.Next(Kinds);
                var root = random.Next(n);
                var length = random.Next(1, 5);
                var s0 = step;
                var x = Tensor.FromArray([.. Enumerable.Range(0, length).Select(i => Value(comm.Rank, s0, i))], length);
                outputs.Add(kind switch
                {
                    0 => comm.Broadcast(x, root).ToArray(),
                    1 => comm.AllreduceSum(x).ToArray(),
                    2 => comm.ReduceSum(x, root).ToArray(),
                    3 => comm.AllreduceMin(x).ToArray(),
                    4 => comm.AllreduceMax(x).ToArray(),
                    5 => [comm.AllreduceSum(x[0])],
                    6 => comm.Gather(x, root).ToArray(),
                    7 => comm.Allgather(x).ToArray(),
                    // A shift by `root` around the ring: each rank gets rank (r − root)'s x.
                    _ => comm.SendReceive(x, (comm.Rank + root) % n, (comm.Rank - root + n) % n, tag: step).ToArray(),
                });
            }
            return outputs;
        });

        var reference = new Random(12);
        for (var step = 0; step < steps; step++)
        {
            var kind = reference.Next(Kinds);
            var root = reference.Next(n);
            var length = reference.Next(1, 5);
            for (var r = 0; r < n; r++)
            {
                if (kind is 6 or 7)
                {
                    var stacked = Enumerable.Range(0, n).SelectMany(q => Enumerable.Range(0, length).Select(i => Value(q, step, i)));
                    Assert.Equal(kind == 7 || r == root ? stacked : new double[n * length], results[r][step]);
                    continue;
                }
                if (kind == 8)
                {
                    Assert.Equal(Enumerable.Range(0, length).Select(i => Value((r - root + n) % n, step, i)), results[r][step]);
                    continue;
                }
                var expected = new double[kind == 5 ? 1 : length];
                for (var i = 0; i < expected.Length; i++)
                {
                    var terms = Enumerable.Range(0, n).Select(q => Value(q, step, i)).ToArray();
                    expected[i] = kind switch
                    {
                        0 => terms[root],
                        2 when r != root => 0.0,
                        3 => terms.Min(),
                        4 => terms.Max(),
                        _ => terms.Aggregate(0.0, (a, b) => a + b),
                    };
                }
                Assert.Equal(expected, results[r][step]);
            }
        }
    }

    [Fact]
    public void RootOutOfRangeNamesTheOpRankAndSize()
    {
        var error = Assert.Throws<CommunicatorException>(() => LocalCommunicator.Run(3, comm => comm.Broadcast(1.0, root: 3), Short));
        var inner = Assert.IsType<ArgumentOutOfRangeException>(error.InnerException);
        Assert.Equal("root", inner.ParamName);
        Assert.Matches("^rank [0-2]: Broadcast: root 3 ", error.Message);
        Assert.Contains("of size 3", error.Message);

        var reduce = Assert.Throws<ArgumentOutOfRangeException>(() => Communicator.Single.ReduceSum(Tensor.Zeros(2), root: -1));
        Assert.Contains("ReduceSum: root -1", reduce.Message);
        Assert.Contains("rank 0 of size 1", reduce.Message);
    }

    [Fact]
    public void ShapesThatDifferAcrossRanksAreReported()
    {
        var error = Assert.Throws<CommunicatorException>(() => LocalCommunicator.Run(2,
            comm => comm.AllreduceSum(comm.Rank == 0 ? Tensor.Zeros(2, 3) : Tensor.Zeros(3, 2)), Short));
        Assert.Contains("AllreduceSum (op #1): tensor shapes differ across ranks: rank 0 [2, 3], rank 1 [3, 2]", error.Message);
        Assert.IsType<CommunicatorException>(error.InnerException);
    }

    [Fact]
    public void DifferentOperationsAtOneSequenceNumberAreReported()
    {
        var error = Assert.Throws<CommunicatorException>(() => LocalCommunicator.Run(2, comm =>
        {
            comm.Barrier();
            if (comm.Rank == 0) comm.AllreduceSum(1.0);
            else comm.Broadcast(1.0, root: 0);
        }, Short));
        Assert.Contains("ranks call different operations at op #2", error.Message);
        Assert.Contains("rank 0 calls AllreduceSum(double)", error.Message);
        Assert.Contains("rank 1 calls Broadcast(double, root 0)", error.Message);

        // A double on one rank and a tensor on another are different operations too.
        var kinds = Assert.Throws<CommunicatorException>(() => LocalCommunicator.Run(2, comm =>
        {
            if (comm.Rank == 0) comm.AllreduceSum(1.0);
            else comm.AllreduceSum(Tensor.Scalar(1.0));
        }, Short));
        Assert.Contains("AllreduceSum(Tensor)", kinds.Message);

        // So are two roots.
        var roots = Assert.Throws<CommunicatorException>(() => LocalCommunicator.Run(2, comm => comm.Broadcast(1.0, root: comm.Rank), Short));
        Assert.Contains("Broadcast(double, root 0)", roots.Message);
        Assert.Contains("Broadcast(double, root 1)", roots.Message);
    }

    [Theory]
    [MemberData(nameof(RankCounts))]
    public void AnExceptionOnOneRankStopsTheOthers(int n)
    {
        var failing = n - 1;
        var stopped = new CommunicatorException?[n];
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<CommunicatorException>(() => LocalCommunicator.Run(n, comm =>
        {
            comm.AllreduceSum(1.0);
            if (comm.Rank == failing) throw new InvalidOperationException("boom");
            try
            {
                comm.AllreduceSum(2.0);
            }
            catch (CommunicatorException e)
            {
                stopped[comm.Rank] = e;
                throw;
            }
        }));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "the other ranks waited for the default timeout");
        Assert.StartsWith($"rank {failing}: boom", error.Message);
        Assert.IsType<InvalidOperationException>(error.InnerException);
        for (var r = 0; r < n - 1; r++)
        {
            Assert.NotNull(stopped[r]);
            Assert.Contains($"rank {failing} failed: boom", stopped[r]!.Message);
        }
    }

    [Fact]
    public void ARankThatFinishesWithoutACollectiveIsADeadlockReportedAtOnce()
    {
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<CommunicatorException>(() => LocalCommunicator.Run(2, comm =>
        {
            comm.AllreduceSum(1.0);
            comm.AllreduceSum(1.0);
            if (comm.Rank == 0) comm.AllreduceSum(1.0);
        }, TimeSpan.FromSeconds(20)));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10));
        Assert.StartsWith("rank 0: deadlock: rank 0 waits in AllreduceSum (op #3), which rank 1 never calls", error.Message);
        Assert.Contains("rank 1 finished its body after op #2", error.Message);
    }

    [Fact]
    public void ARankThatSkipsACollectiveGivesAProbableDeadlockWithinTheTimeout()
    {
        using var release = new ManualResetEventSlim();
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<CommunicatorException>(() => LocalCommunicator.Run(3, comm =>
        {
            comm.Barrier();
            if (comm.Rank != 1) comm.AllreduceSum(1.0);
            else release.Wait(TimeSpan.FromSeconds(20)); // busy elsewhere, never comes
        }, Short));
        release.Set();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Matches("^rank [02]: probable deadlock: waited 500 ms in AllreduceSum \\(op #2\\)", error.Message);
        Assert.Contains("rank 0 waits in AllreduceSum (op #2)", error.Message);
        Assert.Contains("rank 1 runs its body after op #1", error.Message);
        Assert.Contains("rank 2 waits in AllreduceSum (op #2)", error.Message);
        Assert.Contains("rank 1 still running its body", error.Message);
    }

    [Fact]
    public void ACommunicatorUsedAfterItsRunThrows()
    {
        Communicator? kept = null;
        LocalCommunicator.Run(1, comm => kept = comm);
        var error = Assert.Throws<CommunicatorException>(() => kept!.AllreduceSum(1.0));
        Assert.Contains("after its LocalCommunicator.Run had ended", error.Message);
    }

    [Fact]
    public void RunChecksItsArguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LocalCommunicator.Run(0, _ => { }));
        Assert.Throws<ArgumentNullException>(() => LocalCommunicator.Run(2, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => LocalCommunicator.Run(2, _ => { }, TimeSpan.Zero));
    }

    [Fact]
    public void SingleRankIsTheIdentityAndCopies()
    {
        var comm = Communicator.Single;
        Assert.Equal((0, 1), (comm.Rank, comm.Size));
        Assert.Equal(2.5, comm.Broadcast(2.5, root: 0));
        Assert.Equal(2.5, comm.AllreduceSum(2.5));
        Assert.Equal(2.5, comm.ReduceSum(2.5, root: 0));
        Assert.Equal(2.5, comm.AllreduceMin(2.5));
        Assert.Equal(2.5, comm.AllreduceMax(2.5));
        comm.Barrier();
        var x = Tensor.FromArray([1, 2, 3, 4, 5, 6], 2, 3);
        foreach (var y in new[] { comm.Broadcast(x, root: 0), comm.AllreduceSum(x), comm.ReduceSum(x, root: 0), comm.AllreduceMin(x), comm.AllreduceMax(x) })
        {
            Assert.NotSame(x, y);
            Assert.Equal([2, 3], y.Shape);
            Assert.Equal(x.ToArray(), y.ToArray());
            y.Dispose();
            Assert.Equal([1.0, 2, 3, 4, 5, 6], x.ToArray()); // results never alias the argument
        }
        Assert.Equal(11, comm.Sequence);
        Assert.Throws<ArgumentNullException>(() => comm.AllreduceSum((Tensor)null!));
        Assert.Equal(11, comm.Sequence);
    }
}
