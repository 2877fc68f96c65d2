using System.Globalization;
using Adcme;

namespace Adcme.Examples.Collectives;

/// <summary>
/// Runs <see cref="CollectivesModel"/>'s three programs on several ranks and prints, on rank 0, each gradient next to
/// its closed form. By default the ranks are threads of this process (<see cref="LocalCommunicator"/>); started by an
/// MPI launcher (<c>mpiexec.mpich -n 4 dotnet Collectives.dll</c>) they are the processes of the MPI job, and the
/// output is the same.
/// </summary>
public static class Program
{
    /// <summary>How many in-process ranks run without <c>--ranks</c>.</summary>
    public const int DefaultRanks = 4;

    /// <summary>Each rank's block of the diffusion field is this many rows and columns.</summary>
    public const int BlockSize = 4;

    /// <summary>The diffusion coefficient of the explicit step u + κΔu (unit grid spacing).</summary>
    public const double Kappa = 0.1;

    public const string Usage = "usage: Collectives [--json] [--ranks N]";

    public static int Main(string[] args) => Run(Console.Out, args);

    /// <summary>Prints the three losses, every rank's gradients and their closed forms; with --json the last line is
    /// {"ranks":…,"grid":[rows,columns],"reduceBroadcast":…,"chain":…,"halo":…,"maxGradientError":…}. Returns 0, or
    /// 2 (and a message on stderr) for arguments it does not understand.</summary>
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
            var result = Compute(mpi);
            if (mpi.Rank == 0) Report.Print(output, result, options.Json, mpi.Size == 1 ? "1 MPI rank" : $"{mpi.Size} MPI ranks");
            return 0;
        }
        var size = options.Ranks ?? DefaultRanks;
        Result? first = null;
        LocalCommunicator.Run(size, comm =>
        {
            var result = Compute(comm);
            if (comm.Rank == 0) first = result;
        });
        Report.Print(output, first!, options.Json, size == 1 ? "1 in-process rank" : $"{size} in-process ranks");
        return 0;
    }

    /// <summary>The grid of ranks for the halo exchange: the factorization rows × columns = size with rows the largest
    /// divisor not above √size (4 → 2×2, 6 → 2×3, 3 → 1×3).</summary>
    public static (int Rows, int Columns) Grid(int size)
    {
        var rows = 1;
        for (var d = 1; d * d <= size; d++)
        {
            if (size % d == 0) rows = d;
        }
        return (rows, size / rows);
    }

    /// <summary>Runs on every rank; rank 0's result holds every rank's figures (<see cref="Result.ByRank"/>).</summary>
    private static Result Compute(Communicator comm)
    {
        var (rows, columns) = Grid(comm.Size);

        // 1. θ_r = r + 1; L = Σ θ_r², dL/dθ_r = 2θ_r.
        var theta = comm.Rank + 1.0;
        var reduceBroadcast = CollectivesModel.ReduceThenBroadcast_Gradient(theta, comm, out var dTheta);

        // 2. x_r = r + 1; L = Π x_r on the last rank (0 elsewhere), dL/dx_r = Π_{s≠r} x_s.
        var x = comm.Rank + 1.0;
        var chainShare = CollectivesModel.Chain_Gradient(x, comm, out var dX);
        var chain = comm.AllreduceSum(chainShare);

        // 3. This rank's block of the field, its distributed gradient, and the serial gradient's same block.
        var (gridRow, gridColumn) = (comm.Rank / columns, comm.Rank % columns);
        using var field = Field(rows * BlockSize, columns * BlockSize, FieldValue);
        using var target = Field(rows * BlockSize, columns * BlockSize, TargetValue);
        using var block = Tensor.Block(field, gridRow * BlockSize, gridColumn * BlockSize, BlockSize, BlockSize);
        using var blockTarget = Tensor.Block(target, gridRow * BlockSize, gridColumn * BlockSize, BlockSize, BlockSize);
        var halo = CollectivesModel.DiffusionMisfit_Gradient(block, blockTarget, BlockSize, BlockSize, rows, columns, Kappa, comm, out var dBlock);
        var serial = CollectivesModel.SerialDiffusionMisfit_Gradient(field, target, Kappa, out var dField);
        using var serialBlock = Tensor.Block(dField, gridRow * BlockSize, gridColumn * BlockSize, BlockSize, BlockSize);
        var distributed = dBlock.ToArray();
        var reference = serialBlock.ToArray();
        var haloError = distributed.Zip(reference, (a, b) => Math.Abs(a - b)).Max();
        dBlock.Dispose();
        dField.Dispose();

        // Every rank's figures, on every rank.
        using var mine = Tensor.FromArray([theta, dTheta, x, dX, haloError], FiguresPerRank);
        using var all = comm.Allgather(mine);
        var values = all.ToArray();
        var byRank = Enumerable.Range(0, comm.Size)
            .Select(r => new RankFigures(r, r / columns, r % columns, values[r * FiguresPerRank + 0], values[r * FiguresPerRank + 1],
                values[r * FiguresPerRank + 2], values[r * FiguresPerRank + 3], values[r * FiguresPerRank + 4]))
            .ToArray();
        return new Result(rows, columns, reduceBroadcast, chain, halo, serial, byRank);
    }

    /// <summary>How many figures each rank contributes to the table.</summary>
    private const int FiguresPerRank = 5;

    /// <summary>The field before the step, at global row i and column j.</summary>
    private static double FieldValue(int i, int j) => Math.Sin(0.7 * i + 0.3 * j);

    /// <summary>The target of the step, at global row i and column j.</summary>
    private static double TargetValue(int i, int j) => 0.5 * Math.Cos(0.4 * i - 0.2 * j);

    private static Tensor Field(int height, int width, Func<int, int, double> value)
    {
        var data = new double[height * width];
        for (var i = 0; i < height; i++)
        {
            for (var j = 0; j < width; j++) data[i * width + j] = value(i, j);
        }
        return Tensor.FromArray(data, height, width);
    }
}
