namespace Adcme.Tests;

/// <summary>Send, Receive, SendReceive and the non-blocking Isend/Irecv/Wait on 1 to 4 in-process ranks: values,
/// the order messages arrive in, and sequence numbers.</summary>
public class CommunicatorPointToPointTests
{
    public static TheoryData<int> RankCounts => [1, 2, 3, 4];

    private static T[] PerRank<T>(int ranks, Func<Communicator, T> body)
    {
        var results = new T[ranks];
        LocalCommunicator.Run(ranks, comm => results[comm.Rank] = body(comm), TimeSpan.FromSeconds(10));
        return results;
    }

    private static Tensor RankTensor(int rank) => Tensor.FromArray([.. Enumerable.Range(0, 6).Select(i => 100.0 * rank + i)], 2, 3);

    [Theory]
    [MemberData(nameof(RankCounts))]
    public void SendAndReceiveAroundARing(int n)
    {
        var got = PerRank(n, comm =>
        {
            var (next, previous) = ((comm.Rank + 1) % n, (comm.Rank + n - 1) % n);
            comm.Send(comm.Rank + 0.5, next, tag: 4); // buffered: returns before anyone receives
            comm.Send(RankTensor(comm.Rank), next, tag: 5);
            var value = comm.Receive(previous, tag: 4);
            var tensor = comm.Receive(Tensor.Zeros(2, 3), previous, tag: 5);
            return (value, tensor, comm.Sequence);
        });
        for (var r = 0; r < n; r++)
        {
            var previous = (r + n - 1) % n;
            Assert.Equal(previous + 0.5, got[r].value);
            Assert.Equal([2, 3], got[r].tensor.Shape);
            Assert.Equal(RankTensor(previous).ToArray(), got[r].tensor.ToArray());
            Assert.Equal(4L, got[r].Sequence);
        }
    }

    [Theory]
    [MemberData(nameof(RankCounts))]
    public void SendReceiveShiftsValuesAroundARingBothWays(int n)
    {
        var got = PerRank(n, comm =>
        {
            var (next, previous) = ((comm.Rank + 1) % n, (comm.Rank + n - 1) % n);
            var fromPrevious = comm.SendReceive(comm.Rank * 2.0, dest: next, source: previous, tag: 0);
            var fromNext = comm.SendReceive(RankTensor(comm.Rank), dest: previous, source: next, tag: 1);
            return (fromPrevious, fromNext: fromNext.ToArray(), shape: fromNext.Shape.ToArray());
        });
        for (var r = 0; r < n; r++)
        {
            Assert.Equal((r + n - 1) % n * 2.0, got[r].fromPrevious);
            Assert.Equal(RankTensor((r + 1) % n).ToArray(), got[r].fromNext);
            Assert.Equal([2, 3], got[r].shape);
        }
    }

    [Fact]
    public void SendReceiveWithItselfIsACopy()
    {
        var got = PerRank(2, comm => comm.SendReceive(RankTensor(comm.Rank), comm.Rank, comm.Rank, tag: 9).ToArray());
        Assert.Equal(RankTensor(0).ToArray(), got[0]);
        Assert.Equal(RankTensor(1).ToArray(), got[1]);
    }

    [Fact]
    public void MessagesWithOneTagArriveInTheOrderTheyWereSent()
    {
        var got = PerRank<double[]>(2, comm =>
        {
            if (comm.Rank == 0)
            {
                for (var k = 0; k < 20; k++) comm.Send(k * 1.0, dest: 1, tag: 3);
                return [];
            }
            return Enumerable.Range(0, 20).Select(_ => comm.Receive(source: 0, tag: 3)).ToArray();
        });
        Assert.Equal(Enumerable.Range(0, 20).Select(k => k * 1.0), got[1]);
    }

    [Fact]
    public void MessagesWithDifferentTagsCanBeReceivedInAnyOrder()
    {
        var got = PerRank<double[]>(3, comm =>
        {
            if (comm.Rank == 0)
            {
                comm.Send(1.0, dest: 2, tag: 1);
                comm.Send(2.0, dest: 2, tag: 2);
                comm.Send(3.0, dest: 2, tag: 1);
                return [];
            }
            if (comm.Rank == 1)
            {
                comm.Send(Tensor.FromArray([4.0, 5.0]), dest: 2, tag: 1);
                return [];
            }
            // Tag 2 first, then rank 1's message, then rank 0's tag-1 messages in their order.
            var two = comm.Receive(source: 0, tag: 2);
            var fromOne = comm.Receive([2], source: 1, tag: 1);
            return [two, .. fromOne.ToArray(), comm.Receive(source: 0, tag: 1), comm.Receive(source: 0, tag: 1)];
        });
        Assert.Equal([2.0, 4.0, 5.0, 1.0, 3.0], got[2]);
    }

    [Fact]
    public void ReceivesPostedBeforeTheirMessagesAreMatchedInTheOrderPosted()
    {
        var got = PerRank<(double[], double[], double, long Sequence)>(2, comm =>
        {
            if (comm.Rank == 1)
            {
                var first = comm.Irecv(Tensor.Zeros(3), source: 0, tag: 7);
                var second = comm.Irecv(Tensor.Zeros(3), source: 0, tag: 7);
                var value = comm.Irecv(source: 0, tag: 8);
                Assert.False(first.IsCompleted);
                comm.Barrier(); // rank 0 sends only after this
                comm.Wait(second); // waited first, but matched second
                comm.WaitAll(value, first);
                Assert.True(first.IsCompleted && second.IsCompleted && value.IsCompleted);
                return (first.Tensor.ToArray(), second.Tensor.ToArray(), value.Value, comm.Sequence);
            }
            comm.Barrier();
            var a = comm.Isend(Tensor.FromArray([1.0, 2, 3]), dest: 1, tag: 7);
            comm.Send(Tensor.FromArray([4.0, 5, 6]), dest: 1, tag: 7);
            var b = comm.Isend(9.5, dest: 1, tag: 8);
            comm.WaitAll(a, b);
            return ([], [], 0.0, comm.Sequence);
        });
        Assert.Equal([1.0, 2, 3], got[1].Item1);
        Assert.Equal([4.0, 5, 6], got[1].Item2);
        Assert.Equal(9.5, got[1].Item3);
        Assert.Equal(4L, got[1].Sequence); // three Irecv and a Barrier; Wait is not an operation
        Assert.Equal(4L, got[0].Sequence);
    }

    [Fact]
    public void IsendCopiesItsTensorAtOnce()
    {
        var got = PerRank<double[]>(2, comm =>
        {
            if (comm.Rank == 0)
            {
                var x = Tensor.FromArray([.. Enumerable.Range(0, 64).Select(i => i * 1.0)], 64);
                var request = comm.Isend(x, dest: 1, tag: 0);
                x.Dispose(); // its storage goes back to the pool ...
                var reuse = Tensor.Full(-1.0, 64); // ... and is likely this tensor's now
                comm.Barrier();
                comm.Wait(request);
                GC.KeepAlive(reuse);
                return [];
            }
            comm.Barrier();
            return comm.Receive([64], source: 0, tag: 0).ToArray();
        });
        Assert.Equal(Enumerable.Range(0, 64).Select(i => i * 1.0), got[1]);
    }

    [Theory]
    [MemberData(nameof(RankCounts))]
    public void NonBlockingExchangeWithEveryOtherRank(int n)
    {
        var got = PerRank(n, comm =>
        {
            var receives = Enumerable.Range(0, n).Select(q => comm.Irecv(Tensor.Zeros(2), source: q, tag: 11)).ToArray();
            var sends = Enumerable.Range(0, n).Select(q => comm.Isend(Tensor.FromArray([comm.Rank, q]), dest: q, tag: 11)).ToArray();
            comm.WaitAll([.. sends, .. receives]);
            return receives.Select(r => r.Tensor.ToArray()).ToArray();
        });
        for (var r = 0; r < n; r++)
        {
            for (var q = 0; q < n; q++) Assert.Equal([q, r], got[r][q]);
        }
    }

    [Fact]
    public void CollectivesMatchByTheirOwnCountAmongPointToPointOps()
    {
        // Rank 0 issues three sends before the AllreduceSum, rank 1 none: sequence numbers differ, collectives match.
        var got = PerRank(2, comm =>
        {
            if (comm.Rank == 0)
            {
                for (var k = 0; k < 3; k++) comm.Send(k, dest: 1, tag: 0);
            }
            var sum = comm.AllreduceSum(comm.Rank + 1.0);
            var received = comm.Rank == 1 ? Enumerable.Range(0, 3).Sum(_ => comm.Receive(source: 0, tag: 0)) : 0.0;
            return (sum, received, comm.Sequence);
        });
        Assert.Equal((3.0, 0.0, 4L), got[0]);
        Assert.Equal((3.0, 3.0, 4L), got[1]);
    }

    [Fact]
    public void SingleRankSendsToItself()
    {
        var comm = Communicator.Single;
        comm.Send(1.5, dest: 0, tag: 2);
        comm.Send(Tensor.FromArray([1.0, 2.0]), dest: 0, tag: 2);
        comm.Send(2.5, dest: 0, tag: 1);
        Assert.Equal(2.5, comm.Receive(source: 0, tag: 1));
        Assert.Equal(1.5, comm.Receive(source: 0, tag: 2));
        Assert.Equal([1.0, 2.0], comm.Receive(Tensor.Zeros(2), source: 0, tag: 2).ToArray());
        Assert.Equal(-3.0, comm.SendReceive(-3.0, dest: 0, source: 0, tag: 0));
        var x = Tensor.FromArray([1.0, 2, 3, 4], 2, 2);
        var copy = comm.SendReceive(x, 0, 0, 5);
        Assert.NotSame(x, copy);
        Assert.Equal(x.ToArray(), copy.ToArray());

        var receive = comm.Irecv(Tensor.Zeros(2, 2), source: 0, tag: 6); // posted before the send
        var send = comm.Isend(x, dest: 0, tag: 6);
        comm.WaitAll(send, receive);
        Assert.Equal(x.ToArray(), receive.Tensor.ToArray());
        Assert.Equal(10, comm.Sequence);

        var error = Assert.Throws<CommunicatorException>(() => comm.Receive(source: 0, tag: 1));
        Assert.Contains("deadlock: rank 0 waits in Receive (op #11) from rank 0, tag 1", error.Message);
    }
}
