namespace Adcme.Tests.Mpi;

/// <summary>Point-to-point operations, gathers, the halo exchange and checked mode among point-to-point
/// operations, on 4 ranks.</summary>
internal static partial class Scenario
{
    /// <summary>Ring exchanges, FIFO order per (source, tag), tags received out of order, non-blocking requests,
    /// messages past MPICH's eager limit, and element counts that do not match (the job goes on).</summary>
    public static void PointToPoint()
    {
        var comm = World();
        var r = comm.Rank;
        var (next, previous) = ((r + 1) % 4, (r + 3) % 4);

        // Around the ring, doubles and tensors.
        Check.Equal(previous * 10 + 1.0, comm.SendReceive(r * 10 + 1.0, dest: next, source: previous, tag: 3), "SendReceive(double) around the ring");
        using (var x = RankTensor(r))
        using (var y = comm.SendReceive(x, dest: next, source: previous, tag: 3))
        {
            Check.Bits(RankTensor(previous).ToArray(), y.ToArray(), "SendReceive(Tensor) around the ring");
            Check.Equal(new[] { 2, 3 }, y.Shape.ToArray(), "SendReceive shape");
        }
        // Past the eager limit (800 kB): MPICH's rendezvous protocol, which SendReceive must not deadlock on.
        const int large = 100_000;
        using (var x = Tensor.FromArray([.. Enumerable.Range(0, large).Select(i => r * 1e6 + i)], large))
        using (var y = comm.SendReceive(x, dest: previous, source: next, tag: 4))
        {
            Check.Bits([.. Enumerable.Range(0, large).Select(i => next * 1e6 + i)], y.ToArray(), "large SendReceive");
        }
        // To itself.
        Check.Equal(r + 0.5, comm.SendReceive(r + 0.5, dest: r, source: r, tag: 0), "SendReceive to itself");

        // FIFO with one tag: rank 0 → rank 1; tags out of order: rank 2 → rank 3.
        if (r == 0)
        {
            for (var k = 1; k <= 3; k++) comm.Send(k * 1.5, dest: 1, tag: 5);
            using var t = Tensor.FromArray([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], 3, 2);
            comm.Send(t, dest: 1, tag: 6);
        }
        if (r == 1)
        {
            double[] received = [comm.Receive(source: 0, tag: 5), comm.Receive(source: 0, tag: 5), comm.Receive(source: 0, tag: 5)];
            Check.Equal(new[] { 1.5, 3.0, 4.5 }, received, "Send/Receive with one tag arrive in order");
            using var t = comm.Receive([3, 2], source: 0, tag: 6);
            Check.Equal(new[] { 1.0, 2.0, 3.0, 4.0, 5.0, 6.0 }, t.ToArray(), "Receive(int[] shape)");
        }
        if (r == 2)
        {
            comm.Send(11.0, dest: 3, tag: 1);
            comm.Send(22.0, dest: 3, tag: 2);
        }
        if (r == 3)
        {
            Check.Equal(22.0, comm.Receive(source: 2, tag: 2), "tag 2 received first");
            Check.Equal(11.0, comm.Receive(source: 2, tag: 1), "then tag 1");
        }

        // Non-blocking: both neighbours, doubles and tensors (one past the eager limit); Isend copies its tensor.
        using (var like = Tensor.Zeros(2, 3))
        using (var bigLike = Tensor.Zeros(large))
        {
            var fromPrevious = comm.Irecv(source: previous, tag: 7);
            var fromNext = comm.Irecv(like, source: next, tag: 7);
            var big = comm.Irecv(bigLike, source: previous, tag: 8);
            var sent = RankTensor(r);
            var sends = new[] { comm.Isend(r + 100.0, dest: next, tag: 7), comm.Isend(sent, dest: previous, tag: 7) };
            sent.Dispose(); // the copy was taken
            using var bigSent = Tensor.FromArray([.. Enumerable.Range(0, large).Select(i => -r - i * 1e-3)], large);
            var bigSend = comm.Isend(bigSent, dest: next, tag: 8);
            comm.WaitAll([.. sends, fromNext, bigSend, big, fromPrevious]);
            Check.Equal(previous + 100.0, fromPrevious.Value, "Irecv(double)");
            using (var t = fromNext.Tensor) Check.Bits(RankTensor(next).ToArray(), t.ToArray(), "Irecv(Tensor)");
            using (var t = big.Tensor) Check.Bits([.. Enumerable.Range(0, large).Select(i => -previous - i * 1e-3)], t.ToArray(), "large Irecv");
        }
        var sequence = comm.Sequence;

        // Element counts that differ: Receive (shorter), Irecv (shorter, longer), SendReceive; every message is
        // consumed, so the job goes on.
        var messages = new List<string>();
        if (r == 0)
        {
            using var five = Tensor.Zeros(5);
            comm.Send(five, dest: 1, tag: 9);
            using var four = Tensor.Zeros(4);
            comm.Send(four, dest: 2, tag: 9);
            using var eight = Tensor.Zeros(8);
            comm.Send(eight, dest: 3, tag: 9);
        }
        else
        {
            using var like = Tensor.Zeros(2, 3);
            var error = r switch
            {
                1 => Check.Throws<CommunicatorException>(() => comm.Receive(like, source: 0, tag: 9)),
                _ => Check.Throws<CommunicatorException>(() => comm.Wait(comm.Irecv(like, source: 0, tag: 9))),
            };
            messages.Add(error.Message);
        }
        // A pair exchanging tensors of different lengths: ranks 1 and 2 both see a mismatch.
        if (r is 1 or 2)
        {
            using var x = r == 1 ? Tensor.Zeros(3) : Tensor.Zeros(2);
            messages.Add(Check.Throws<CommunicatorException>(() => comm.SendReceive(x, dest: 3 - r, source: 3 - r, tag: 10)).Message);
        }
        Check.Equal(10.0, comm.AllreduceSum(r + 1.0), "AllreduceSum after the mismatches");
        Check.Equal(new[] { 0, 2, 2, 1 }[r], messages.Count, "mismatches seen");
        foreach (var message in messages) Console.WriteLine($"rank {r}: {message}");
        Check.Equal(new long[] { 14, 14, 12, 12 }[r], sequence, "operations before the mismatches");
        Ok(comm);
    }

    /// <summary>Gather, Allgather and Scatter, doubles and tensors, bit-identical to in-process ranks.</summary>
    public static void Gathers()
    {
        var comm = World();
        var r = comm.Rank;
        using (var g = comm.Gather(r + 0.25, root: 1))
        {
            Check.Equal(r == 1 ? new[] { 0.25, 1.25, 2.25, 3.25 } : new double[4], g.ToArray(), "Gather(double, root 1)");
        }
        using (var g = comm.Allgather(r * 2.0))
        {
            Check.Equal(new[] { 0.0, 2.0, 4.0, 6.0 }, g.ToArray(), "Allgather(double)");
        }
        var local = new double[4][][];
        LocalCommunicator.Run(4, c => local[c.Rank] = GatherResults(c));
        var mpi = GatherResults(comm);
        string[] names = ["Gather(Tensor, root 3)", "Allgather(Tensor)", "Scatter(Tensor [4, 2, 3], root 2)", "Scatter(Tensor [4], root 0)", "shapes"];
        for (var k = 0; k < names.Length; k++) Check.Bits(local[r][k], mpi[k], names[k] + " as in-process");
        // By hand: row r of the gathered tensors is rank r's; the scatters hand out root's rows.
        Check.Bits(r == 3 ? [.. Enumerable.Range(0, 4).SelectMany(q => RankTensor(q).ToArray())] : new double[24], mpi[0], "Gather(Tensor, root 3)");
        Check.Bits([.. Enumerable.Range(0, 4).SelectMany(q => RankTensor(q).ToArray())], mpi[1], "Allgather(Tensor)");
        Check.Bits([.. Enumerable.Range(0, 6).Select(i => 2000 + 100 * r + i + 0.5)], mpi[2], "Scatter(Tensor [4, 2, 3], root 2)");
        Check.Equal(new[] { r * 1.5 }, mpi[3], "Scatter(Tensor [4], root 0)");
        Ok(comm);
    }

    /// <summary>Each result, then every result's shape, flattened.</summary>
    private static double[][] GatherResults(Communicator comm)
    {
        var r = comm.Rank;
        using var x = RankTensor(r);
        using var gathered = comm.Gather(x, root: 3);
        using var all = comm.Allgather(x);
        // Only root's values count: other ranks pass garbage of the same shape.
        using var rows = Tensor.FromArray([.. Enumerable.Range(0, 24).Select(k => r == 2 ? 2000 + 100 * (k / 6) + k % 6 + 0.5 : -1.0)], 4, 2, 3);
        using var scattered = comm.Scatter(rows, root: 2);
        using var vector = Tensor.FromArray(r == 0 ? [0.0, 1.5, 3.0, 4.5] : [9.0, 9.0, 9.0, 9.0], 4);
        using var scalar = comm.Scatter(vector, root: 0);
        double[] shapes = [.. gathered.Shape.ToArray(), -1, .. all.Shape.ToArray(), -1, .. scattered.Shape.ToArray(), -1, .. scalar.Shape.ToArray()];
        return [gathered.ToArray(), all.ToArray(), scattered.ToArray(), scalar.ToArray(), shapes];
    }

    /// <summary>HaloExchange on a 2 × 2 grid of rectangular blocks, reach 1 and 2: each padded block is its window
    /// of the global field padded by the fill value (corners from the diagonal neighbour).</summary>
    public static void Halo()
    {
        var comm = World();
        const double fill = -7.5;
        int[] heights = [3, 4], widths = [5, 2];
        int[] top = [0, 3, 7], left = [0, 5, 7];
        static double Field(int i, int j) => 1000.0 * i + j + 0.125;
        var (row, column) = (comm.Rank / 2, comm.Rank % 2);
        var (h, w) = (heights[row], widths[column]);
        using var block = Tensor.FromArray([.. Enumerable.Range(0, h * w).Select(k => Field(top[row] + k / w, left[column] + k % w))], h, w);
        foreach (var reach in new[] { 1, 2 })
        {
            var before = comm.Sequence;
            using var padded = comm.HaloExchange(block, rows: 2, columns: 2, reach, fill);
            Check.Equal(before + 1, comm.Sequence, "one operation");
            Check.Equal(new[] { h + 2 * reach, w + 2 * reach }, padded.Shape.ToArray(), $"shape, reach {reach}");
            var expected = new double[(h + 2 * reach) * (w + 2 * reach)];
            for (var i = 0; i < h + 2 * reach; i++)
            {
                for (var j = 0; j < w + 2 * reach; j++)
                {
                    var (gi, gj) = (top[row] + i - reach, left[column] + j - reach);
                    expected[i * (w + 2 * reach) + j] = gi < 0 || gj < 0 || gi >= top[2] || gj >= left[2] ? fill : Field(gi, gj);
                }
            }
            Check.Bits(expected, padded.ToArray(), $"rank {comm.Rank}'s padded block, reach {reach}");
        }
        // (Blocks that do not fit: the halo-misfit scenario.)
        Ok(comm);
    }

    /// <summary>Checked mode with point-to-point operations between the collectives: ranks' sequence numbers
    /// differ, their collectives agree (no false alarm), and a real mismatch names both ranks' operations.</summary>
    public static void CheckedPointToPoint()
    {
        var comm = World();
        Communicator.Checked = true;
        var r = comm.Rank;
        Check.Equal(10.0, comm.AllreduceSum(r + 1.0), "collective #1");
        switch (r)
        {
            case 0:
                for (var k = 0; k < 3; k++) comm.Send(k, dest: 1, tag: 0);
                comm.WaitAll(comm.Isend(7.0, dest: 3, tag: 1), comm.Irecv(source: 3, tag: 1));
                break;
            case 1:
                for (var k = 0; k < 3; k++) Check.Equal((double)k, comm.Receive(source: 0, tag: 0), "Receive");
                break;
            case 2:
                Check.Equal(3.0, comm.SendReceive(2.0, dest: 3, source: 3, tag: 2), "SendReceive");
                break;
            case 3:
                Check.Equal(2.0, comm.SendReceive(3.0, dest: 2, source: 2, tag: 2), "SendReceive");
                comm.WaitAll(comm.Isend(8.0, dest: 0, tag: 1), comm.Irecv(source: 0, tag: 1));
                break;
        }
        Check.Equal(new long[] { 6, 4, 2, 4 }[r], comm.Sequence, "sequence numbers differ");
        using (var x = Tensor.FromArray([1.0, 2.0], 2))
        using (var b = comm.Broadcast(x, root: 0))
        {
            Check.Equal(new[] { 1.0, 2.0 }, b.ToArray(), "collective #2: no false alarm");
        }
        var error = Check.Throws<CommunicatorException>(() =>
        {
            if (r == 2) comm.Barrier();
            else comm.AllreduceMax(1.0);
        });
        Check.Equal("ranks call different operations as their collective #3: rank 0 calls AllreduceMax(double) at op #8; rank 2 calls Barrier() at op #4.",
            error.Message, "message at collective #3");
        if (r == 0) Console.WriteLine(error.Message);
        Check.Equal(10.0, comm.AllreduceSum(r + 1.0), "collective #4");
        Ok(comm);
    }
}
