using System.Diagnostics;

namespace Adcme.Tests;

/// <summary>Every error of the point-to-point and non-blocking operations: bad arguments, messages of the wrong
/// shape, receives that can never complete (reported at once, or after a short timeout — never a hang),
/// messages nobody received, and misused requests.</summary>
public class CommunicatorMessageErrorTests
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(500);

    [Fact]
    public void DestSourceAndTagAreCheckedUpFront()
    {
        LocalCommunicator.Run(3, comm =>
        {
            var dest = Assert.Throws<ArgumentOutOfRangeException>(() => comm.Send(1.0, dest: 3, tag: 0));
            Assert.Equal("dest", dest.ParamName);
            Assert.Contains($"Send: dest 3 is not a rank of this communicator (rank {comm.Rank} of size 3: ranks are 0 to 2)", dest.Message);
            var source = Assert.Throws<ArgumentOutOfRangeException>(() => comm.Receive(Tensor.Zeros(2), source: -1, tag: 0));
            Assert.Equal("source", source.ParamName);
            Assert.Contains("Receive: source -1 is not a rank", source.Message);
            Assert.Equal("source", Assert.Throws<ArgumentOutOfRangeException>(() => comm.SendReceive(1.0, dest: 0, source: 5, tag: 0)).ParamName);
            Assert.Equal("dest", Assert.Throws<ArgumentOutOfRangeException>(() => comm.SendReceive(Tensor.Zeros(1), dest: -2, source: 0, tag: 0)).ParamName);
            Assert.Equal("dest", Assert.Throws<ArgumentOutOfRangeException>(() => comm.Isend(1.0, dest: 7, tag: 0)).ParamName);
            Assert.Equal("source", Assert.Throws<ArgumentOutOfRangeException>(() => comm.Irecv(source: 3, tag: 0)).ParamName);

            var tag = Assert.Throws<ArgumentOutOfRangeException>(() => comm.Send(1.0, dest: 0, tag: -1));
            Assert.Equal("tag", tag.ParamName);
            Assert.Contains($"Send: tag -1 is not a valid tag (rank {comm.Rank} of size 3): tags are 0 to 32765", tag.Message);
            Assert.Equal("tag", Assert.Throws<ArgumentOutOfRangeException>(() => comm.Irecv(Tensor.Zeros(1), 0, Communicator.MaxTag + 1)).ParamName);
            Assert.Equal("tag", Assert.Throws<ArgumentOutOfRangeException>(() => comm.Receive(0, int.MinValue)).ParamName);

            Assert.Throws<TensorShapeException>(() => comm.Receive([1, 1, 1, 1, 1], source: 0, tag: 0));
            Assert.Throws<TensorShapeException>(() => comm.Receive([-1], source: 0, tag: 0));
            Assert.Throws<ArgumentNullException>(() => comm.Send(null!, dest: 0, tag: 0));
            Assert.Throws<ArgumentNullException>(() => comm.Receive((Tensor)null!, source: 0, tag: 0));
            Assert.Equal(0, comm.Sequence); // nothing was issued
        }, Short);
    }

    [Fact]
    public void AMessageOfTheWrongShapeNamesBothRanksTheOpTagAndShapes()
    {
        var error = Assert.Throws<CommunicatorException>(() => LocalCommunicator.Run(2, comm =>
        {
            if (comm.Rank == 0) comm.Send(Tensor.Zeros(2, 3), dest: 1, tag: 7);
            else comm.Receive([3, 2], source: 0, tag: 7);
        }, Short));
        Assert.Equal("rank 1: Receive (op #1) on rank 1, tag 7: rank 0 sent a message of shape [2, 3] (its Send, op #1), but rank 1 expects [3, 2].", error.Message);

        // A double is a message of shape []: receiving a tensor as a double is a mismatch too, and so is a wrong Irecv.
        var count = Assert.Throws<CommunicatorException>(() => LocalCommunicator.Run(2, comm =>
        {
            if (comm.Rank == 0)
            {
                comm.Send(Tensor.Zeros(1), dest: 1, tag: 0);
                comm.Wait(comm.Isend(4.0, dest: 1, tag: 1));
            }
            else
            {
                var r = comm.Irecv(Tensor.Zeros(2), source: 0, tag: 1);
                comm.Wait(r);
            }
        }, Short));
        Assert.Contains("Irecv (op #1) on rank 1, tag 1: rank 0 sent a message of shape [] (its Isend, op #2), but rank 1 expects [2]", count.Message);

        var single = Assert.Throws<CommunicatorException>(() =>
        {
            var comm = Communicator.Single;
            comm.Send(Tensor.Zeros(1), 0, 0);
            comm.Receive(0, 0);
        });
        Assert.Contains("Receive (op #2) on rank 0, tag 0: rank 0 sent a message of shape [1] (its Send, op #1), but rank 0 expects []", single.Message);
    }

    [Fact]
    public void AReceiveFromARankThatFinishedIsADeadlockReportedAtOnce()
    {
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<CommunicatorException>(() => LocalCommunicator.Run(3, comm =>
        {
            comm.Barrier();
            if (comm.Rank == 1) comm.Receive(source: 0, tag: 7);
            if (comm.Rank == 2) comm.Barrier(); // waits too, for a barrier nobody else calls
        }, TimeSpan.FromSeconds(20)));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Matches("^rank [12]: deadlock: rank [12] waits in (Receive \\(op #2\\) from rank 0, tag 7|Barrier \\(op #2\\))", error.Message);
        Assert.Contains("rank 0 finished its body after op #1", error.Message);

        var direct = Assert.Throws<CommunicatorException>(() => LocalCommunicator.Run(2, comm =>
        {
            if (comm.Rank == 1) comm.Receive(source: 0, tag: 7);
        }, TimeSpan.FromSeconds(20)));
        Assert.StartsWith("rank 1: deadlock: rank 1 waits in Receive (op #1) from rank 0, tag 7, but rank 0 finished its body before any operation without sending it",
            direct.Message);
    }

    [Fact]
    public void RanksThatReceiveFromEachOtherFirstAreADeadlockReportedAtOnce()
    {
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<CommunicatorException>(() => LocalCommunicator.Run(2, comm =>
        {
            var other = 1 - comm.Rank;
            var request = comm.Irecv(source: other, tag: 3);
            comm.Wait(request);
            comm.Send(1.0, dest: other, tag: 3);
        }, TimeSpan.FromSeconds(20)));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Matches("^rank [01]: deadlock: every rank waits and none can go on", error.Message);
        Assert.Contains("rank 0 waits in Wait for Irecv (op #1) from rank 1, tag 3", error.Message);
        Assert.Contains("rank 1 waits in Wait for Irecv (op #1) from rank 0, tag 3", error.Message);
    }

    [Fact]
    public void AReceiveFromItselfWithNothingSentIsADeadlock()
    {
        var error = Assert.Throws<CommunicatorException>(() => LocalCommunicator.Run(2, comm =>
        {
            comm.Send(1.0, dest: comm.Rank, tag: 0);
            comm.Receive(source: comm.Rank, tag: 0);
            if (comm.Rank == 0) comm.Receive(source: 0, tag: 0);
        }, TimeSpan.FromSeconds(20)));
        Assert.StartsWith("rank 0: deadlock: rank 0 waits in Receive (op #3) from rank 0, tag 0, a message from itself that it has not sent", error.Message);
    }

    [Fact]
    public void AReceiveWhoseSenderIsBusyGivesAProbableDeadlockWithinTheTimeout()
    {
        using var release = new ManualResetEventSlim();
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<CommunicatorException>(() => LocalCommunicator.Run(2, comm =>
        {
            if (comm.Rank == 0) release.Wait(TimeSpan.FromSeconds(20)); // busy elsewhere, never sends
            else comm.Receive(Tensor.Zeros(2), source: 0, tag: 4);
        }, Short));
        release.Set();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.StartsWith("rank 1: probable deadlock: waited 500 ms in Receive (op #1) from rank 0, tag 4; rank 0 runs its body before any operation", error.Message);
    }

    [Fact]
    public void AFailureStopsRanksBlockedInReceives()
    {
        var stopped = new CommunicatorException?[3];
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<CommunicatorException>(() => LocalCommunicator.Run(3, comm =>
        {
            if (comm.Rank == 0)
            {
                Thread.Sleep(100); // let the others block first
                throw new InvalidOperationException("boom");
            }
            try
            {
                if (comm.Rank == 1) comm.Receive(source: 0, tag: 0);
                else comm.Wait(comm.Irecv(Tensor.Zeros(3), source: 0, tag: 0));
            }
            catch (CommunicatorException e)
            {
                stopped[comm.Rank] = e;
                throw;
            }
        }));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.StartsWith("rank 0: boom", error.Message);
        Assert.Contains("rank 1 stopped in Receive (op #1): rank 0 failed: boom", stopped[1]!.Message);
        Assert.Contains("rank 2 stopped in Irecv (op #1): rank 0 failed: boom", stopped[2]!.Message);
    }

    [Fact]
    public void MessagesNobodyReceivedAreAnErrorOfRun()
    {
        var error = Assert.Throws<CommunicatorException>(() => LocalCommunicator.Run(3, comm =>
        {
            if (comm.Rank == 0) comm.Send(Tensor.Zeros(2, 2), dest: 2, tag: 5);
            if (comm.Rank == 1)
            {
                comm.Send(1.0, dest: 2, tag: 6);
                comm.Send(2.0, dest: 2, tag: 6);
            }
            if (comm.Rank == 2) comm.Receive(source: 1, tag: 6);
        }, Short));
        Assert.Equal("2 messages were never received: rank 0's Send (op #1) to rank 2 with tag 5, shape [2, 2]; " +
            "rank 1's Send (op #2) to rank 2 with tag 6, shape []. Every message sent must be received.", error.Message);
    }

    [Fact]
    public void RequestsAreWaitedForOnceOnTheirOwnCommunicator()
    {
        var comm = Communicator.Single;
        var send = comm.Isend(1.0, dest: 0, tag: 0);
        var receive = comm.Irecv(source: 0, tag: 0);
        var tensor = comm.Irecv(Tensor.Zeros(1), source: 0, tag: 1);
        Assert.Equal("Irecv(double, from rank 0, tag 0) (op #2)", receive.ToString());
        Assert.Contains("has not completed: call Wait", Assert.Throws<InvalidOperationException>(() => receive.Value).Message);
        Assert.Contains("is a send", Assert.Throws<InvalidOperationException>(() => send.Value).Message);
        Assert.Contains("is a send", Assert.Throws<InvalidOperationException>(() => send.Tensor).Message);
        Assert.Contains("receives a double: read its Value", Assert.Throws<InvalidOperationException>(() => receive.Tensor).Message);
        Assert.Contains("receives a tensor: read its Tensor", Assert.Throws<InvalidOperationException>(() => tensor.Value).Message);

        comm.WaitAll(send, receive);
        Assert.Equal(1.0, receive.Value);
        var twice = Assert.Throws<InvalidOperationException>(() => comm.Wait(receive));
        Assert.Contains("Wait: Irecv(double, from rank 0, tag 0) (op #2) was already waited for", twice.Message);
        Assert.Throws<InvalidOperationException>(() => comm.WaitAll(send));

        var other = Communicator.Single;
        var foreign = Assert.Throws<InvalidOperationException>(() => other.Wait(tensor));
        Assert.Contains("belongs to another communicator", foreign.Message);

        comm.Send(Tensor.Full(3.0, 1), dest: 0, tag: 1);
        var listedTwice = Assert.Throws<InvalidOperationException>(() => comm.WaitAll(tensor, tensor));
        Assert.Contains("is listed twice", listedTwice.Message);
        Assert.False(tensor.IsWaited); // nothing was waited for
        comm.Wait(tensor);
        Assert.Equal([3.0], tensor.Tensor.ToArray());
        Assert.Throws<ArgumentNullException>(() => comm.Wait(null!));
        Assert.Equal(4, comm.Sequence);
    }

    [Fact]
    public void ARankThatFinishesWithRequestsNotWaitedForFails()
    {
        var error = Assert.Throws<CommunicatorException>(() => LocalCommunicator.Run(2, comm =>
        {
            if (comm.Rank == 0) comm.Isend(1.0, dest: 1, tag: 2);
            else comm.Wait(comm.Irecv(source: 0, tag: 2));
        }, Short));
        Assert.Equal("rank 0: finished its body without waiting for Isend(double, to rank 1, tag 2) (op #1): complete every Isend and Irecv with Wait or WaitAll.", error.Message);
    }

    [Fact]
    public void MismatchedCollectivesNameEachRanksOpAndSequenceNumber()
    {
        // Rank 0's first collective is its op #3, rank 1's its op #2: they meet, and differ.
        var error = Assert.Throws<CommunicatorException>(() => LocalCommunicator.Run(2, comm =>
        {
            if (comm.Rank == 0)
            {
                comm.Send(1.0, dest: 1, tag: 0);
                comm.Send(2.0, dest: 1, tag: 0);
                comm.Barrier();
            }
            else
            {
                comm.Receive(source: 0, tag: 0);
                comm.AllreduceSum(1.0);
            }
        }, Short));
        Assert.Contains("ranks call different operations as their collective #1: rank 0 calls Barrier() (op #3); rank 1 calls AllreduceSum(double) (op #2).", error.Message);
    }
}
