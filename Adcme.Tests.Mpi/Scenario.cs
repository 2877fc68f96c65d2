namespace Adcme.Tests.Mpi;

/// <summary>The scenarios, each written for 4 ranks (values are checked against numbers worked out by
/// hand).</summary>
internal static partial class Scenario
{
    private static Communicator World(int size = 4)
    {
        var comm = Communicator.FromEnvironment();
        Check.True(comm is MpiCommunicator, $"FromEnvironment gave {comm.GetType().Name}, not MpiCommunicator");
        Check.Equal(size, comm.Size, "Size");
        return comm;
    }

    private static void Ok(Communicator comm, string detail = "")
    {
        Console.WriteLine($"rank {comm.Rank}: ok{detail}");
        Console.Out.Flush();
    }

    /// <summary>Each operation's values on 4 ranks, for doubles and tensors.</summary>
    public static void Collectives()
    {
        var comm = World();
        var r = comm.Rank;
        Check.Equal(21.0, comm.Broadcast(r * 10 + 1.0, root: 2), "Broadcast(double, root 2)");
        using (var b = comm.Broadcast(RankTensor(r), root: 1))
        {
            Check.Equal(new[] { 2.1, 4.1, 6.1, 8.1, 10.1, 12.1 }, b.ToArray(), "Broadcast(Tensor, root 1)");
            Check.Equal(new[] { 2, 3 }, b.Shape.ToArray(), "Broadcast shape");
        }
        Check.Equal(10.0, comm.AllreduceSum(r + 1.0), "AllreduceSum(double)");
        using (var s = comm.AllreduceSum(RankTensor(r)))
        {
            // element i: (1(i+1) + 0.1) + (2(i+1) + 0.1) + (3(i+1) + 0.1) + (4(i+1) + 0.1), added in rank order
            var expected = Enumerable.Range(1, 6).Select(k => (k + 0.1) + (2 * k + 0.1) + (3 * k + 0.1) + (4 * k + 0.1)).ToArray();
            Check.Equal(expected, s.ToArray(), "AllreduceSum(Tensor)");
            Check.Close(new[] { 10.4, 20.4, 30.4, 40.4, 50.4, 60.4 }, s.ToArray(), 1e-12, "AllreduceSum(Tensor) ≈ 10k + 0.4");
        }
        Check.Equal(r == 3 ? 10.0 : 0.0, comm.ReduceSum(r + 1.0, root: 3), "ReduceSum(double, root 3)");
        using (var s = comm.ReduceSum(RankTensor(r), root: 0))
        {
            var expected = r == 0 ? Enumerable.Range(1, 6).Select(k => (k + 0.1) + (2 * k + 0.1) + (3 * k + 0.1) + (4 * k + 0.1)).ToArray() : new double[6];
            Check.Equal(expected, s.ToArray(), "ReduceSum(Tensor, root 0)");
        }
        double[] values = [3, -1, 7, 2];
        Check.Equal(-1.0, comm.AllreduceMin(values[r]), "AllreduceMin(double)");
        Check.Equal(7.0, comm.AllreduceMax(values[r]), "AllreduceMax(double)");
        // element 0 is NaN on rank 2 only; element 1 is rank-dependent; element 2 is −0.0 on rank 1, +0.0 elsewhere
        using var t = Tensor.FromArray([r == 2 ? double.NaN : r, 10.0 - 3 * r, r == 1 ? -0.0 : 0.0], 3);
        using (var min = comm.AllreduceMin(t))
        {
            Check.Equal(new[] { double.NaN, 1.0, -0.0 }, min.ToArray(), "AllreduceMin(Tensor)");
        }
        using (var max = comm.AllreduceMax(t))
        {
            Check.Equal(new[] { double.NaN, 10.0, 0.0 }, max.ToArray(), "AllreduceMax(Tensor)");
        }
        comm.Barrier();
        Check.Equal(11L, comm.Sequence, "Sequence after 11 operations");
        Communicator.Checked = true; // the same values with every operation's descriptor compared first
        Check.Equal(10.0, comm.AllreduceSum(r + 1.0), "AllreduceSum(double), checked");
        comm.Barrier();
        Check.Equal(21.0, comm.Broadcast(r * 10 + 1.0, root: 2), "Broadcast(double, root 2), checked");
        Ok(comm);
    }

    /// <summary>Rank 1's tensor has another shape: every rank throws the same error, and the job goes on.</summary>
    public static void ShapeMismatch()
    {
        var comm = World();
        using var x = comm.Rank == 1 ? Tensor.Zeros(3, 2) : Tensor.Zeros(2, 3);
        var error = Check.Throws<CommunicatorException>(() => comm.AllreduceSum(x));
        Check.Equal("AllreduceSum (op #1): tensor shapes differ across ranks: rank 0 [2, 3], rank 1 [3, 2], rank 2 [2, 3], rank 3 [2, 3].",
            error.Message, "message");
        Check.Equal(10.0, comm.AllreduceSum(comm.Rank + 1.0), "AllreduceSum after the error");
        if (comm.Rank == 0) Console.WriteLine(error.Message);
        Ok(comm);
    }

    /// <summary>A root outside 0…3 throws before any MPI call, on every rank.</summary>
    public static void RootOutOfRange()
    {
        var comm = World();
        var error = Check.Throws<ArgumentOutOfRangeException>(() => comm.Broadcast(1.0, root: 4));
        Check.Equal("root", error.ParamName, "ParamName");
        Check.True(error.Message.Contains($"Broadcast: root 4 is not a rank of this communicator (rank {comm.Rank} of size 4: roots are 0 to 3)", StringComparison.Ordinal), error.Message);
        using var x = Tensor.Zeros(2);
        Check.Throws<ArgumentOutOfRangeException>(() => comm.ReduceSum(x, root: -1));
        Check.Equal(0L, comm.Sequence, "Sequence (no operation issued)");
        Check.Equal(10.0, comm.AllreduceSum(comm.Rank + 1.0), "AllreduceSum after the errors");
        if (comm.Rank == 0) Console.WriteLine(error.Message);
        Ok(comm);
    }

    /// <summary>MPI results are bit-identical to LocalCommunicator's on the same contributions.</summary>
    public static void Determinism()
    {
        var comm = World();
        const int n = 1000;
        var local = new double[4][][];
        LocalCommunicator.Run(4, c =>
        {
            using var x = Contribution(c.Rank, n);
            using var sum = c.AllreduceSum(x);
            using var reduced = c.ReduceSum(x, root: 2);
            using var min = c.AllreduceMin(x);
            using var max = c.AllreduceMax(x);
            local[c.Rank] = [sum.ToArray(), reduced.ToArray(), min.ToArray(), max.ToArray(), [c.AllreduceSum(x.ToArray()[0])]];
        });
        using var mine = Contribution(comm.Rank, n);
        using var mpiSum = comm.AllreduceSum(mine);
        using var mpiReduced = comm.ReduceSum(mine, root: 2);
        using var mpiMin = comm.AllreduceMin(mine);
        using var mpiMax = comm.AllreduceMax(mine);
        double[][] mpi = [mpiSum.ToArray(), mpiReduced.ToArray(), mpiMin.ToArray(), mpiMax.ToArray(), [comm.AllreduceSum(mine.ToArray()[0])]];
        string[] names = ["AllreduceSum", "ReduceSum(root 2)", "AllreduceMin", "AllreduceMax", "AllreduceSum(double)"];
        for (var k = 0; k < names.Length; k++) Check.Bits(local[comm.Rank][k], mpi[k], names[k]);

        // For the record: MPI's own MPI_Allreduce adds in its own order, so it is not bit-identical.
        var native = MPI.Communicator.world.Allreduce(mine.ToArray(), MPI.Operation<double>.Add);
        var differing = native.Zip(mpi[0], (a, b) => BitConverter.DoubleToInt64Bits(a) != BitConverter.DoubleToInt64Bits(b)).Count(d => d);
        if (comm.Rank == 0) Console.WriteLine($"MPI_Allreduce differs from the rank-order sum in {differing} of {n} elements");
        Ok(comm);
    }

    /// <summary>Checked mode: different operations at the same sequence number throw on every rank.</summary>
    public static void CheckedMode()
    {
        var comm = World();
        Communicator.Checked = true;
        Check.Equal(10.0, comm.AllreduceSum(comm.Rank + 1.0), "op #1");
        using var x = Tensor.FromArray([1.0, 2.0, 3.0], 3);
        var error = Check.Throws<CommunicatorException>(() => comm.Rank == 2 ? comm.Broadcast(x, root: 0) : comm.AllreduceSum(x));
        Check.Equal("ranks call different operations: rank 0 calls AllreduceSum(Tensor [3]) at op #2; rank 2 calls Broadcast(Tensor [3], root 0) at op #2.",
            error.Message, "message at op #2");
        var scalar = Check.Throws<CommunicatorException>(() =>
        {
            if (comm.Rank is 1 or 3) comm.Barrier();
            else comm.AllreduceMax(1.0);
        });
        Check.Equal("ranks call different operations: rank 0 calls AllreduceMax(double) at op #3; rank 1 calls Barrier() at op #3 (1 more rank differs from rank 0).",
            scalar.Message, "message at op #3");
        if (comm.Rank == 0) Console.WriteLine(error.Message + "\n" + scalar.Message);
        Check.Equal(10.0, comm.AllreduceSum(comm.Rank + 1.0), "op #4");
        Ok(comm);
    }

    /// <summary>An MPI call that fails (a root MPI rejects, past the communicator's own check) is an
    /// MpiException naming the rank and the call, and the job goes on.</summary>
    public static void MpiError()
    {
        var comm = World();
        var error = Check.Throws<MpiException>(() => MpiProcess.World.Broadcast(new double[1], root: 7));
        Check.Equal("MPI_Bcast", error.Call, "Call");
        Check.Equal(comm.Rank, error.Rank, "Rank");
        Check.True(error.Message.StartsWith($"MPI_Bcast failed on rank {comm.Rank}: Invalid root", StringComparison.Ordinal), error.Message);
        Check.True(error.ErrorCode is not null, "ErrorCode");
        Check.Equal(10.0, comm.AllreduceSum(comm.Rank + 1.0), "AllreduceSum after the error");
        if (comm.Rank == 0) Console.WriteLine(error.Message.Split('\n')[0]);
        Ok(comm);
    }

    /// <summary>Rank 2 throws and nobody catches it: the job ends, the other ranks waiting in op #2.</summary>
    public static void Abort()
    {
        var comm = World();
        comm.Barrier();
        if (comm.Rank == 2) throw new InvalidOperationException("boom on rank 2");
        comm.AllreduceSum(1.0);
        Console.WriteLine($"rank {comm.Rank}: finished, which it must not");
    }

    /// <summary>Run without mpiexec but with OMPI_COMM_WORLD_SIZE=4: the error names mpiexec.mpich.</summary>
    public static void WrongLauncher()
    {
        var error = Check.Throws<CommunicatorException>(() => Communicator.FromEnvironment());
        Console.WriteLine(error.Message);
    }

    /// <summary>Prints what <see cref="Communicator.FromEnvironment"/> gives; its errors go uncaught.</summary>
    public static void FromEnvironment()
    {
        var comm = Communicator.FromEnvironment();
        Console.WriteLine($"rank {comm.Rank}: {comm.GetType().Name} of size {comm.Size}");
    }

    private static Tensor RankTensor(int rank)
        => Tensor.FromArray([.. Enumerable.Range(1, 6).Select(k => (rank + 1) * k + 0.1)], 2, 3);

    /// <summary>Rank <paramref name="rank"/>'s terms: magnitudes from 1e-8 to 1e8 and both signs, so that
    /// the order of additions shows in the last bits.</summary>
    private static Tensor Contribution(int rank, int n)
    {
        var random = new Random(1234 + rank);
        return Tensor.FromArray([.. Enumerable.Range(0, n).Select(_ => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-8, 9)))], n);
    }
}
