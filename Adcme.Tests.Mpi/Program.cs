namespace Adcme.Tests.Mpi;

/// <summary>
/// MPI scenarios for Adcme.Tests/MpiTests.cs: <c>mpiexec.mpich -n 4 dotnet Adcme.Tests.Mpi.dll &lt;scenario&gt;</c>.
/// A scenario that holds prints <c>rank r: ok</c> on every rank and exits with 0; a failed check throws, which
/// (uncaught, under MPI) prints the rank and the message to stderr and aborts the job with a non-zero code.
/// </summary>
public static class Program
{
    private static readonly Dictionary<string, Action> Scenarios = new()
    {
        ["collectives"] = Scenario.Collectives,
        ["shape-mismatch"] = Scenario.ShapeMismatch,
        ["root-out-of-range"] = Scenario.RootOutOfRange,
        ["determinism"] = Scenario.Determinism,
        ["checked"] = Scenario.CheckedMode,
        ["mpi-error"] = Scenario.MpiError,
        ["abort"] = Scenario.Abort,
        ["wrong-launcher"] = Scenario.WrongLauncher,
        ["from-environment"] = Scenario.FromEnvironment,
        ["point-to-point"] = Scenario.PointToPoint,
        ["gathers"] = Scenario.Gathers,
        ["halo"] = Scenario.Halo,
        ["checked-p2p"] = Scenario.CheckedPointToPoint,
        ["reductions"] = Scenario.Reductions,
        ["gradients"] = Scenario.Gradients,
        ["distributed-lbfgs"] = Scenario.DistributedLbfgs,
        ["optimize-abort"] = Scenario.OptimizeAbort,
        ["heat-gradient"] = Scenario.HeatGradient,
        ["poisson-gradient"] = Scenario.PoissonGradient,
    };

    /// <summary>Scenarios that end with an exit code of their own (a failure every rank reports).</summary>
    private static readonly Dictionary<string, Func<int>> Failing = new()
    {
        ["halo-misfit"] = Scenario.HaloMisfit,
    };

    public static int Main(string[] args)
    {
        if (args.Length == 1 && Failing.TryGetValue(args[0], out var failing)) return failing();
        // Not an MPI scenario: the child process of the optimizers' checkpoint kill test, run on its own.
        if (args.Length > 0 && args[0] == "checkpoint-child") return CheckpointChild.Run(args);
        if (args.Length != 1 || !Scenarios.TryGetValue(args[0], out var scenario))
        {
            Console.Error.WriteLine($"usage: mpiexec.mpich -n 4 dotnet Adcme.Tests.Mpi.dll <{string.Join("|", Scenarios.Keys.Concat(Failing.Keys))}>");
            return 2;
        }
        scenario();
        return 0;
    }
}
