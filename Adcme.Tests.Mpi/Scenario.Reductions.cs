namespace Adcme.Tests.Mpi;

/// <summary>The chunked reductions (reduce-scatter in rank order, then allgather) give the bits of
/// <see cref="Communicator.Combine"/>, and a halo exchange whose blocks do not fit fails on every rank.</summary>
internal static partial class Scenario
{
    /// <summary>AllreduceSum/Min/Max and ReduceSum against <see cref="Communicator.Combine"/> on every rank's
    /// contributions (each rank makes all of them from the same seeds), bit for bit: sizes 1, Size − 1, not
    /// divisible by Size and 10⁶, through the chunked path, the gathered path and the default crossover.</summary>
    public static void Reductions()
    {
        var comm = World();
        var size = comm.Size;
        var saved = MpiCommunicator.ChunkedMinimum;
        int[] lengths = [1, size - 1, size, 4 * size + 3, 1001, MpiCommunicator.ChunkedMinimum + 1, 1_000_000];
        foreach (var n in lengths)
        {
            var contributions = Enumerable.Range(0, size).Select(r => Terms(r, n)).ToArray();
            foreach (var minimum in new[] { 1, int.MaxValue, saved })
            {
                MpiCommunicator.ChunkedMinimum = minimum;
                using var x = Tensor.FromArray(contributions[comm.Rank], n);
                var path = $"n = {n}, chunked from {minimum}";
                Same(comm, new CommOperation(CommOpKind.AllreduceSum, true, -1), contributions, comm.AllreduceSum(x), path);
                Same(comm, new CommOperation(CommOpKind.ReduceSum, true, 1), contributions, comm.ReduceSum(x, root: 1), path);
                Same(comm, new CommOperation(CommOpKind.AllreduceMin, true, -1), contributions, comm.AllreduceMin(x), path);
                Same(comm, new CommOperation(CommOpKind.AllreduceMax, true, -1), contributions, comm.AllreduceMax(x), path);
            }
        }
        MpiCommunicator.ChunkedMinimum = saved;
        // Doubles take the gathered path.
        var scalars = Enumerable.Range(0, size).Select(r => Terms(r, 1)).ToArray();
        var sum = new double[1];
        Communicator.Combine(new CommOperation(CommOpKind.AllreduceSum, false, -1), scalars, comm.Rank, sum);
        Check.Bits(sum, [comm.AllreduceSum(scalars[comm.Rank][0])], "AllreduceSum(double)");
        Ok(comm);
    }

    private static void Same(Communicator comm, CommOperation operation, double[][] contributions, Tensor actual, string path)
    {
        using (actual)
        {
            var expected = new double[contributions[0].Length];
            Communicator.Combine(operation, contributions, comm.Rank, expected);
            Check.Bits(expected, actual.ToArray(), $"{operation.Name} on rank {comm.Rank}, {path}");
        }
    }

    /// <summary>Rank <paramref name="rank"/>'s terms: magnitudes from 1e-8 to 1e8 of both signs (so the order of
    /// additions shows in the last bits), with NaN, −0.0 and +0.0, ties and infinities at some places (so that
    /// Min and Max show which operand they keep).</summary>
    private static double[] Terms(int rank, int n)
    {
        var random = new Random(4321 + rank);
        var terms = new double[n];
        for (var i = 0; i < n; i++)
        {
            terms[i] = (i % 17) switch
            {
                3 when rank == 2 => double.NaN,
                5 => rank % 2 == 0 ? 0.0 : -0.0,
                6 => rank % 2 == 0 ? -0.0 : 0.0,
                7 => 1.5, // a tie on every rank
                8 when rank == 1 => double.NegativeInfinity,
                _ => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-8, 9)),
            };
        }
        return terms;
    }

    /// <summary>On a 2 × 2 grid rank 3's block is one row taller than rank 2's beside it: every rank, not only
    /// ranks 2 and 3, throws the same error from the shape agreement before any strip moves; each prints it and
    /// the job ends with a non-zero code on every rank (none hangs).</summary>
    public static int HaloMisfit()
    {
        var comm = World();
        using var block = Tensor.Zeros(comm.Rank == 3 ? 4 : 3, 3);
        var error = Check.Throws<CommunicatorException>(() => comm.HaloExchange(block, rows: 2, columns: 2, reach: 1, fill: 0.0));
        Console.WriteLine($"rank {comm.Rank}: {error.Message}");
        Console.Out.Flush();
        Check.Equal(10.0, comm.AllreduceSum(comm.Rank + 1.0), "AllreduceSum after the error"); // every rank goes on together
        return 3;
    }
}
