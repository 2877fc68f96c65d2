using System.Globalization;
using Adcme;

namespace Adcme.Examples.DistributedLbfgs;

/// <summary>
/// Minimizes <see cref="DistributedLbfgsModel.Loss"/> by distributed L-BFGS from θ = 1, ADCME-style: rank 0 runs the
/// optimizer and prints its trace; the other ranks evaluate their θ^rank term when told. By default the 4 ranks are
/// threads of this process; started by <c>mpiexec.mpich -n 4 dotnet DistributedLbfgs.dll</c> they are the processes
/// of the MPI job, and the output is the same.
/// </summary>
public static class Program
{
    /// <summary>How many in-process ranks run.</summary>
    public const int Ranks = 4;

    /// <summary>Where the search starts.</summary>
    public const double Initial = 1.0;

    public const string Usage = "usage: DistributedLbfgs [--json]";

    public static int Main(string[] args) => Run(Console.Out, args);

    /// <summary>Prints the trace and the minimizer (0.5436890126920764 on 4 ranks); with --json the last line is
    /// {"minimizer":…,"minimum":…}. Returns 0, or 2 (and a message on stderr) for arguments it does not understand.</summary>
    public static int Run(TextWriter output, string[] args)
    {
        var json = args.Length == 1 && args[0] == "--json";
        if (args.Length > 0 && !json)
        {
            Console.Error.WriteLine($"unknown argument '{args[0]}'");
            Console.Error.WriteLine(Usage);
            return 2;
        }
        var environment = Communicator.FromEnvironment();
        if (environment is MpiCommunicator mpi)
        {
            var result = Minimize(mpi, output);
            if (mpi.Rank == 0) Print(output, result, json, mpi.Size == 1 ? "1 MPI rank" : $"{mpi.Size} MPI ranks");
            return 0;
        }
        OptimizationResult? first = null;
        LocalCommunicator.Run(Ranks, comm =>
        {
            var result = Minimize(comm, output);
            if (comm.Rank == 0) first = result;
        });
        Print(output, first!, json, $"{Ranks} in-process ranks");
        return 0;
    }

    /// <summary>Called on every rank; rank 0 writes the trace to <paramref name="output"/>.</summary>
    public static OptimizationResult Minimize(Communicator comm, TextWriter output)
    {
        var options = new LbfgsOptions
        {
            // |θ − θ*| ≈ ‖g‖ / (2 r'(θ*)²) ≈ ‖g‖ / 17.6 near the root: 1e-12 puts θ well within 1e-10 of it.
            GradientTolerance = 1e-12,
            Objective = DistributedObjective.SameOnEveryRank,
            Trace = comm.Rank == 0 ? output : null,
        };
        return Optimize.Lbfgs(comm, DistributedLbfgsModel.Objective(comm), [Initial], options);
    }

    private static void Print(TextWriter output, OptimizationResult result, bool json, string ranks)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"minimize (1 + θ + θ² + θ³ − 2)² from θ = {Initial} on {ranks}, the θ^rank terms one a rank"));
        output.WriteLine(string.Create(c, $"converged: {(result.Converged ? "yes" : "no")} ({result.StopReason}) after {result.Iterations} iterations, {result.Evaluations} evaluations"));
        output.WriteLine(string.Create(c, $"minimizer θ = {result.Minimizer[0]:R}"));
        output.WriteLine(string.Create(c, $"minimum L = {result.Minimum:R}"));
        if (json) output.WriteLine(string.Create(c, $"{{\"minimizer\":{result.Minimizer[0]:R},\"minimum\":{result.Minimum:R}}}"));
    }
}
