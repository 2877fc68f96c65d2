using System.Globalization;
using Adcme;

namespace Adcme.Examples.Polynomial;

/// <summary>
/// Runs <see cref="PolynomialModel"/> on several ranks and prints, on rank 0, the loss and its gradient. By default
/// the ranks are threads of this process (<see cref="LocalCommunicator"/>); started by an MPI launcher
/// (<c>mpiexec.mpich -n 4 dotnet Polynomial.dll</c>) they are the processes of the MPI job, and the output is the same.
/// </summary>
public static class Program
{
    /// <summary>How many in-process ranks run without <c>--ranks</c>.</summary>
    public const int DefaultRanks = 4;

    public const string Usage = "usage: Polynomial [--json] [--reduce] [--ranks N] [--theta x]";

    public static int Main(string[] args) => Run(Console.Out, args);

    /// <summary>Prints L and dL/dθ (θ = 2 on 4 ranks unless told otherwise: 15 and 17); with --json the last line is
    /// {"loss":…,"gradient":…}. Returns 0, or 2 (and a message on stderr) for arguments it does not understand.</summary>
    public static int Run(TextWriter output, string[] args)
    {
        if (!Options.TryParse(args, out var options, out var error))
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine(Usage);
            return 2;
        }
        // Under an MPI launcher the MPI communicator; otherwise one rank, and MPI is never loaded.
        var environment = Communicator.FromEnvironment();
        if (environment is MpiCommunicator mpi)
        {
            if (options.Ranks is { } ranks && ranks != mpi.Size)
            {
                if (mpi.Rank == 0) Console.Error.WriteLine($"--ranks {ranks}: under an MPI launcher the launcher sets the ranks (here {mpi.Size}); leave --ranks out.");
                return 2;
            }
            var result = Compute(mpi, options);
            if (mpi.Rank == 0) Print(output, result, options, mpi.Size == 1 ? "1 MPI rank" : $"{mpi.Size} MPI ranks");
            return 0;
        }
        var size = options.Ranks ?? DefaultRanks;
        Result? first = null;
        LocalCommunicator.Run(size, comm =>
        {
            var result = Compute(comm, options);
            if (comm.Rank == 0) first = result;
        });
        Print(output, first!, options, size == 1 ? "1 in-process rank" : $"{size} in-process ranks");
        return 0;
    }

    /// <summary>What rank 0 prints: its loss, gradient and tangent, and every rank's gradient.</summary>
    private sealed record Result(double Loss, double Gradient, double Tangent, double[] GradientByRank);

    /// <summary>Runs on every rank: each rank passes θ, but only rank 0's is broadcast.</summary>
    private static Result Compute(Communicator comm, Options options)
    {
        double loss, gradient, tangent;
        if (options.Reduce)
        {
            loss = PolynomialModel.LossReduced_Gradient(options.Theta, comm, out gradient);
            (_, tangent) = PolynomialModel.LossReduced_Pushforward(options.Theta, 1.0, comm);
        }
        else
        {
            loss = PolynomialModel.Loss_Gradient(options.Theta, comm, out gradient);
            (_, tangent) = PolynomialModel.Loss_Pushforward(options.Theta, 1.0, comm);
        }
        // Every rank's gradient, on every rank: a sum of one-hot vectors (works on every communicator).
        var mine = new double[comm.Size];
        mine[comm.Rank] = gradient;
        using var local = Tensor.FromArray(mine, comm.Size);
        using var all = comm.AllreduceSum(local);
        return new Result(loss, gradient, tangent, all.ToArray());
    }

    private static void Print(TextWriter output, Result result, Options options, string ranks)
    {
        var c = CultureInfo.InvariantCulture;
        var size = result.GradientByRank.Length;
        var (sum, where) = options.Reduce ? ("ReduceSum", "on rank 0") : ("AllreduceSum", "on every rank");
        output.WriteLine(string.Create(c, $"ADCME's distributed polynomial on {ranks}, θ = {options.Theta}"));
        output.WriteLine(string.Create(c, $"θ broadcast from rank 0, l = θ^rank on each rank, L = Σ l over ranks ({sum}, {where})"));
        output.WriteLine(string.Create(c, $"L = {result.Loss}"));
        output.WriteLine(string.Create(c, $"dL/dθ = {result.Gradient} (reverse mode), {result.Tangent} (forward mode)"));
        output.WriteLine(string.Create(c, $"dL/dθ by rank: {string.Join(", ", result.GradientByRank.Select(g => g.ToString(c)))} (only rank 0's θ is read)"));
        var serial = PolynomialModel.Serial_Gradient(options.Theta, size, out var serialGradient);
        output.WriteLine(string.Create(c, $"the same in one process, {Terms(size)}: L = {serial}, dL/dθ = {serialGradient}"));
        if (options.Json)
        {
            output.WriteLine(string.Create(c, $"{{\"loss\":{result.Loss:R},\"gradient\":{result.Gradient:R}}}"));
        }
    }

    /// <summary>1 + θ + θ² + θ³ for 4 terms.</summary>
    private static string Terms(int count)
    {
        static string Power(int k) => k switch
        {
            0 => "1",
            1 => "θ",
            _ => "θ" + string.Concat(k.ToString(CultureInfo.InvariantCulture).Select(d => "⁰¹²³⁴⁵⁶⁷⁸⁹"[d - '0'])),
        };
        return count <= 5
            ? string.Join(" + ", Enumerable.Range(0, count).Select(Power))
            : $"{Power(0)} + {Power(1)} + … + {Power(count - 1)}";
    }
}
