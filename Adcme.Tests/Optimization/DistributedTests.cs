namespace Adcme.Tests.Optimization;

/// <summary>Distributed runs on in-process ranks: every rank returns the same result, equal bit for bit to the run
/// in one process of the summed objective; both value conventions; failures on one rank stop every rank.</summary>
public class DistributedTests
{
    /// <summary>Runs <paramref name="optimize"/> on every rank and returns the ranks' results in rank order.</summary>
    private static OptimizationResult[] OnRanks(int ranks, Func<Communicator, OptimizationResult> optimize)
    {
        var results = new OptimizationResult[ranks];
        LocalCommunicator.Run(ranks, comm => results[comm.Rank] = optimize(comm));
        return results;
    }

    private static void AssertSame(OptimizationResult expected, OptimizationResult actual)
    {
        Assert.Equal(expected.Minimizer, actual.Minimizer);
        Assert.Equal(expected.Minimum, actual.Minimum);
        Assert.Equal(expected.Gradient, actual.Gradient);
        Assert.Equal((expected.Iterations, expected.Evaluations, expected.Converged, expected.StopReason),
            (actual.Iterations, actual.Evaluations, actual.Converged, actual.StopReason));
        Assert.Equal(expected.History.Select(h => (h.Iteration, h.Value, h.GradientNorm, h.Evaluations)),
            actual.History.Select(h => (h.Iteration, h.Value, h.GradientNorm, h.Evaluations)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void LbfgsSummedOverRanksEqualsTheOneProcessRunOnEveryRank(int ranks)
    {
        var serial = Optimize.Lbfgs(t => TestProblems.SplitSum(ranks, t), [2.0, 1.0]);
        Assert.True(serial.Converged, serial.StopReason);
        var results = OnRanks(ranks, comm => Optimize.Lbfgs(comm, t => TestProblems.Split(comm.Rank, t), [2.0, 1.0]));
        foreach (var result in results) AssertSame(serial, result);
        foreach (var result in results) Assert.Equal(results[0].Elapsed, result.Elapsed);
        // Σ_r (r+1)/2 (θ₀ − r)² is least at θ₀ = Σ (r+1) r / Σ (r+1), and θ₁ = θ₀² zeroes the other term.
        var weights = Enumerable.Range(0, ranks).Select(r => r + 1.0).ToArray();
        var theta0 = Enumerable.Range(0, ranks).Sum(r => weights[r] * r) / weights.Sum();
        Assert.Equal(theta0, serial.Minimizer[0], 1e-8);
        Assert.Equal(theta0 * theta0, serial.Minimizer[1], 1e-7);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void AdamSummedOverRanksEqualsTheOneProcessRun(int ranks)
    {
        var options = new AdamOptions { LearningRate = 0.05, MaxIterations = 300 };
        var serial = Optimize.Adam(t => TestProblems.SplitSum(ranks, t), [2.0, 1.0], options);
        foreach (var result in OnRanks(ranks, comm => Optimize.Adam(comm, t => TestProblems.Split(comm.Rank, t), [2.0, 1.0], options))) AssertSame(serial, result);
    }

    [Fact]
    public void SameOnEveryRankTakesRankZerosValueAndSumsTheGradients()
    {
        // Every rank returns the whole Rosenbrock value, but its gradient only on rank 0 (as M_Gradient does for a
        // value that is the same on every rank): the run is the one-process run.
        var serial = Optimize.Lbfgs(TestProblems.Rosenbrock, [-1.2, 1.0]);
        var results = OnRanks(3, comm => Optimize.Lbfgs(comm, t =>
        {
            var (value, gradient) = TestProblems.Rosenbrock(t);
            return (value, comm.Rank == 0 ? gradient : [0.0, 0.0]);
        }, [-1.2, 1.0], new LbfgsOptions { Objective = DistributedObjective.SameOnEveryRank }));
        foreach (var result in results) AssertSame(serial, result);
        Assert.Equal(1.0, results[2].Minimizer[0], 1e-7);
    }

    [Fact]
    public void OnlyRankZerosInitialPointIsUsed()
    {
        var results = OnRanks(2, comm => Optimize.Lbfgs(comm, t => TestProblems.Split(comm.Rank, t), comm.Rank == 0 ? [2.0, 1.0] : [9.0, 9.0]));
        AssertSame(Optimize.Lbfgs(t => TestProblems.SplitSum(2, t), [2.0, 1.0]), results[1]);
    }

    [Fact]
    public void AnObjectiveThatThrowsOnOneRankStopsEveryRank()
    {
        var errors = new Exception?[3];
        var run = Assert.Throws<CommunicatorException>(() => LocalCommunicator.Run(3, comm =>
        {
            var calls = 0;
            try
            {
                Optimize.Lbfgs(comm, t =>
                {
                    if (comm.Rank == 1 && ++calls == 4) throw new InvalidOperationException("boom on rank 1");
                    return TestProblems.Split(comm.Rank, t);
                }, [2.0, 1.0]);
            }
            catch (Exception ex)
            {
                errors[comm.Rank] = ex;
                throw;
            }
        }));
        // Rank 1 throws its own exception; the communicator stops ranks 0 and 2 at their next operation.
        Assert.Equal("boom on rank 1", Assert.IsType<InvalidOperationException>(errors[1]).Message);
        Assert.IsType<CommunicatorException>(errors[0]);
        Assert.IsType<CommunicatorException>(errors[2]);
        Assert.StartsWith("rank 1: boom on rank 1", run.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCallbackOnRankZeroStopsEveryRank()
    {
        var calledOn = new List<int>();
        var results = OnRanks(3, comm => Optimize.Lbfgs(comm, t => TestProblems.Split(comm.Rank, t), [2.0, 1.0], new LbfgsOptions
        {
            Callback = item =>
            {
                lock (calledOn) calledOn.Add(comm.Rank);
                return item.Iteration == 2;
            },
        }));
        Assert.Equal([0, 0], calledOn);
        Assert.All(results, r => Assert.Equal(("the callback asked to stop", 2), (r.StopReason, r.Iterations)));
    }
}
