using Adcme.Examples.DistributedLbfgs;

namespace Adcme.Tests.Mpi;

/// <summary>Distributed optimization under MPI: the DistributedLbfgs example's problem on 4 MPI ranks, compared bit
/// for bit with the same run on 4 in-process ranks, and an objective that throws on one rank (the job aborts).</summary>
internal static partial class Scenario
{
    private const double PolynomialRoot = 0.5436890126920764; // the real root of θ³ + θ² + θ − 1

    public static void DistributedLbfgs()
    {
        var comm = World();
        var trace = new StringWriter();
        var options = new LbfgsOptions { GradientTolerance = 1e-12, Objective = DistributedObjective.SameOnEveryRank, Trace = trace };
        var result = Optimize.Lbfgs(comm, DistributedLbfgsModel.Objective(comm), [1.0], options);
        Check.True(result.Converged, $"converged ({result.StopReason})");
        Check.Close([PolynomialRoot], result.Minimizer, 1e-10, "minimizer");
        Check.True(comm.Rank == 0 ? trace.ToString().Contains("Iter     Function value   Gradient norm", StringComparison.Ordinal) : trace.ToString() == "",
            $"the trace is written on rank 0 only (rank {comm.Rank} wrote {trace.ToString().Length} characters)");

        // Every rank's result equals rank 0's and the in-process run's, bit for bit.
        OptimizationResult? local = null;
        LocalCommunicator.Run(4, c =>
        {
            var r = Optimize.Lbfgs(c, DistributedLbfgsModel.Objective(c), [1.0], new LbfgsOptions { GradientTolerance = 1e-12, Objective = DistributedObjective.SameOnEveryRank });
            if (c.Rank == 0) local = r;
        });
        Check.Bits(local!.Minimizer, result.Minimizer, "minimizer, MPI against in-process ranks");
        Check.Bits([local.Minimum, .. local.Gradient], [result.Minimum, .. result.Gradient], "minimum and gradient, MPI against in-process ranks");
        Check.Equal((local.Iterations, local.Evaluations), (result.Iterations, result.Evaluations), "iterations and evaluations");
        using (var mine = Tensor.FromArray([result.Minimizer[0], result.Minimum, result.Iterations]))
        using (var all = comm.Allgather(mine))
        {
            var values = all.ToArray();
            for (var r = 1; r < comm.Size; r++) Check.Bits(values[..3], values[(3 * r)..(3 * r + 3)], $"rank {r}'s result against rank 0's");
        }

        Ok(comm, FormattableString.Invariant($" minimizer {result.Minimizer[0]:R} after {result.Iterations} iterations"));
    }

    /// <summary>An objective that throws on rank 2 at its third evaluation, uncaught: the job aborts (no rank waits).</summary>
    public static void OptimizeAbort()
    {
        var comm = World();
        var calls = 0;
        Optimize.Lbfgs(comm, theta =>
        {
            if (comm.Rank == 2 && ++calls == 3) throw new InvalidOperationException("boom in the objective on rank 2");
            return DistributedLbfgsModel.Objective(comm)(theta);
        }, [1.0], new LbfgsOptions { Objective = DistributedObjective.SameOnEveryRank });
        Console.WriteLine($"rank {comm.Rank}: finished");
    }
}
