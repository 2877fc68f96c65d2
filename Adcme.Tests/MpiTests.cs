using Xunit.Abstractions;

namespace Adcme.Tests;

/// <summary>
/// <see cref="MpiCommunicator"/> under a real MPI: each test runs one scenario of Adcme.Tests.Mpi as
/// <c>mpiexec.mpich -n 4 dotnet Adcme.Tests.Mpi.dll &lt;scenario&gt;</c> and checks its exit code and output.
/// MPICH is required: without <c>mpiexec.mpich</c> these tests fail (they never skip).
/// </summary>
public class MpiTests(ITestOutputHelper log)
{
    private const int Ranks = 4;

    [Theory]
    [InlineData("collectives")]
    [InlineData("shape-mismatch")]
    [InlineData("root-out-of-range")]
    [InlineData("determinism")]
    [InlineData("checked")]
    [InlineData("mpi-error")]
    [InlineData("point-to-point")]
    [InlineData("gathers")]
    [InlineData("halo")]
    [InlineData("checked-p2p")]
    [InlineData("reductions")]
    public void ScenarioHoldsOnEveryRank(string scenario)
    {
        var run = RunUnderMpi(scenario);
        Assert.True(run.ExitCode == 0, run.Describe());
        for (var r = 0; r < Ranks; r++) Assert.Contains($"rank {r}: ok\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void GradientsThroughCommunicationPassTheCheckerAndMatchInProcessRanksBitForBit()
    {
        // Every case of Cases/CommunicationCases.cs, MessageCases.cs, NonBlockingCases.cs and TokenCases.cs (but the one
        // taking a token parameter, which a repeated check would make stale) through the distributed GradientChecker
        // (central differences of the global objective, dot-product test under the global inner product) on 4 MPI
        // ranks, each report compared bit for bit with the same check on 4 in-process ranks.
        var run = RunUnderMpi("gradients");
        Assert.True(run.ExitCode == 0, run.Describe());
        for (var r = 0; r < Ranks; r++) Assert.Contains($"rank {r}: ok\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("Polynomial: 4 components, objective the result once", run.Output, StringComparison.Ordinal);
        Assert.Contains("PolynomialReduced: 4 components, objective the sum over ranks", run.Output, StringComparison.Ordinal);
        Assert.Contains("Halo 2x2: 16 components, objective the sum over ranks", run.Output, StringComparison.Ordinal);
        Assert.Contains("Token loop: 12 components, objective the sum over ranks", run.Output, StringComparison.Ordinal);
        Assert.Contains("NonBlocking ring: 12 components, objective the sum over ranks", run.Output, StringComparison.Ordinal);
        Assert.Contains("19 cases: ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void DistributedLbfgsOnMpiRanksEqualsInProcessRanksAndAFailureAbortsTheJob()
    {
        // The DistributedLbfgs example's problem by Optimize.Lbfgs on 4 MPI ranks: converged to the root of
        // θ³ + θ² + θ − 1 within 1e-10, the trace on rank 0 only, every rank's result bit for bit rank 0's and the
        // in-process run's.
        var run = RunUnderMpi("distributed-lbfgs");
        Assert.True(run.ExitCode == 0, run.Describe());
        for (var r = 0; r < Ranks; r++) Assert.Contains($"rank {r}: ok minimizer 0.543689012692", run.Output, StringComparison.Ordinal);
        // An objective that throws on rank 2 while the others wait in its collectives: the job aborts, none hangs.
        var abort = RunUnderMpi("optimize-abort");
        Assert.True(abort.ExitCode != 0, abort.Describe());
        Assert.Contains("rank 2: unhandled exception, aborting the MPI job: InvalidOperationException: boom in the objective on rank 2", abort.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("finished", abort.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void TheHeatInverseGradientOnFourMpiRanksIsTheOneRankGradient()
    {
        // HeatInverse's misfit and gradient in κ on 2×2 patches (halos through MPI), summed over the ranks, against the
        // whole grid on one rank: within 1e-10 of the largest component, on every rank.
        var run = RunUnderMpi("heat-gradient");
        Assert.True(run.ExitCode == 0, run.Describe());
        for (var r = 0; r < Ranks; r++) Assert.Contains($"rank {r}: ok heat gradient within ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePoissonNNGradientOnFourMpiRanksIsTheOneRankGradient()
    {
        // PoissonNN's misfit and gradient in θ on 2×2 patches (the exact substructured solve, its interface system
        // summed through MPI), summed over the ranks, against one rank with tight Jacobi CG: within 1e-9.
        var run = RunUnderMpi("poisson-gradient");
        Assert.True(run.ExitCode == 0, run.Describe());
        for (var r = 0; r < Ranks; r++) Assert.Contains($"rank {r}: ok poisson gradient within ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void FromEnvironmentUnderMpiexecIsMpi()
    {
        var run = RunUnderMpi("from-environment");
        Assert.True(run.ExitCode == 0, run.Describe());
        for (var r = 0; r < Ranks; r++) Assert.Contains($"rank {r}: MpiCommunicator of size {Ranks}\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ShapeMismatchNamesEveryRanksShape()
    {
        var run = RunUnderMpi("shape-mismatch");
        Assert.Contains("AllreduceSum (op #1): tensor shapes differ across ranks: rank 0 [2, 3], rank 1 [3, 2], rank 2 [2, 3], rank 3 [2, 3].", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckedModeNamesBothRanksOperations()
    {
        var run = RunUnderMpi("checked");
        Assert.Contains("ranks call different operations: rank 0 calls AllreduceSum(Tensor [3]) at op #2; rank 2 calls Broadcast(Tensor [3], root 0) at op #2.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ElementCountMismatchNamesBothRanksOperationTagAndCounts()
    {
        var run = RunUnderMpi("point-to-point");
        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains("rank 1: Receive (op #15) on rank 1, tag 9: rank 0 sent a message of 5 elements, but rank 1 expects [2, 3] (6 elements).\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("rank 2: Irecv (op #13) on rank 2, tag 9: rank 0 sent a message of 4 elements, but rank 2 expects [2, 3] (6 elements).\n", run.Output, StringComparison.Ordinal);
        // A longer message to a posted MPI_Irecv is truncated, and MPI does not say by how much.
        Assert.Contains("rank 3: Irecv (op #13) on rank 3, tag 9: rank 0 sent a message of more than 6 elements, but rank 3 expects [2, 3] (6 elements).\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("rank 1: SendReceive (op #16) on rank 1, tag 10: rank 2 sent a message of 2 elements, but rank 1 expects [3] (3 elements).\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("rank 2: SendReceive (op #14) on rank 2, tag 10: rank 1 sent a message of 3 elements, but rank 2 expects [2] (2 elements).\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckedModeComparesCollectivesNotSequenceNumbersAmongPointToPoint()
    {
        var run = RunUnderMpi("checked-p2p");
        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains("ranks call different operations as their collective #3: rank 0 calls AllreduceMax(double) at op #8; rank 2 calls Barrier() at op #4.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void HaloBlocksThatDoNotFitFailOnEveryRankTogether()
    {
        var run = RunUnderMpi("halo-misfit");
        Assert.True(run.ExitCode != 0, run.Describe());
        for (var r = 0; r < Ranks; r++)
        {
            Assert.Contains($"rank {r}: HaloExchange (op #1) on a 2 × 2 grid: the neighbours' blocks do not fit: rank 2's block [3, 3] and rank 3's [4, 3] (its right neighbour) differ in height; left/right neighbours need the same height, up/down neighbours the same width.\n",
                run.Output, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("aborting", run.Output, StringComparison.Ordinal); // every rank caught it: none failed alone
    }

    [Fact]
    public void UncaughtExceptionOnOneRankAbortsTheJob()
    {
        var run = RunUnderMpi("abort");
        Assert.True(run.ExitCode != 0, run.Describe());
        Assert.Contains("rank 2: unhandled exception, aborting the MPI job: InvalidOperationException: boom on rank 2", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("finished", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AnotherMpisLauncherIsNotRunAsIndependentJobs()
    {
        // What Open MPI's mpiexec -n 4 sets in each process it starts; MPICH then sees a singleton.
        var run = Run("dotnet", [ScenarioAssembly(), "wrong-launcher"], new() { ["OMPI_COMM_WORLD_SIZE"] = "4", ["OMPI_COMM_WORLD_RANK"] = "0" });
        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains("started by an MPI launcher as one of 4 ranks (OMPI_COMM_WORLD_SIZE=4), but the MPI library 'libmpich.so.12' sees 1 rank", run.Output, StringComparison.Ordinal);
        Assert.Contains("mpiexec.mpich -n 4 dotnet <app>.dll", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingLibraryIsAnMpiExceptionNamingIt()
    {
        var run = Run("dotnet", [ScenarioAssembly(), "from-environment"],
            new() { ["OMPI_COMM_WORLD_SIZE"] = "1", ["ADCME_MPI_LIBRARY"] = "/nonexistent/libmpich.so.12" });
        Assert.True(run.ExitCode != 0, run.Describe());
        Assert.Contains("Adcme.MpiException: loading /nonexistent/libmpich.so.12 failed on this process: could not load the MPI library '/nonexistent/libmpich.so.12'. Install MPICH (apt-get install -y mpich)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void FromEnvironmentWithoutLauncherIsOneRank()
    {
        Assert.Null(MpiLauncher.FromProcess()); // the test host is not started by mpiexec
        var comm = Communicator.FromEnvironment();
        Assert.IsNotType<MpiCommunicator>(comm);
        Assert.Equal((0, 1), (comm.Rank, comm.Size));
    }

    [Theory]
    [InlineData("PMI_SIZE", "4", 4)]
    [InlineData("OMPI_COMM_WORLD_SIZE", "8", 8)]
    [InlineData("MV2_COMM_WORLD_SIZE", "2", 2)]
    [InlineData("PMI_RANK", "3", null)]
    [InlineData("PMIX_RANK", "0", null)]
    [InlineData("MPI_LOCALNRANKS", "4", null)]
    public void LauncherIsDetectedFromItsVariables(string variable, string value, int? size)
    {
        var launcher = MpiLauncher.Detect(name => name == variable ? value : null);
        Assert.Equal(new MpiLauncher(variable, value, size), launcher);
    }

    [Fact]
    public void NoLauncherVariablesMeansNoLauncher() => Assert.Null(MpiLauncher.Detect(_ => null));

    private MpiRun.Result RunUnderMpi(string scenario) => MpiRun.UnderMpi(log, Ranks, ScenarioAssembly(), scenario);

    private MpiRun.Result Run(string file, string[] arguments, Dictionary<string, string> environment) => MpiRun.Process(log, file, arguments, environment);

    /// <summary>Adcme.Tests.Mpi.dll, built (as a project reference of this one) for the same configuration.</summary>
    private static string ScenarioAssembly() => MpiRun.BuiltAssembly("Adcme.Tests.Mpi", "Adcme.Tests.Mpi");
}
