using System.Globalization;
using Adcme;

namespace Adcme.Examples.DataParallel;

/// <summary>
/// Trains an MLP surrogate of sin(πx)·cos(πy) data-parallel (<see cref="Trainer"/>) and prints, on rank 0, the loss
/// curve. By default the ranks are 4 threads of this process (<see cref="LocalCommunicator"/>); started by an MPI
/// launcher (<c>mpiexec.mpich -n 2 dotnet DataParallel.dll</c>) they are the processes of the MPI job. The same
/// global batch on any number of ranks gives the same curve, to round-off.
/// </summary>
public static class Program
{
    /// <summary>How many in-process ranks run without <c>--ranks</c>.</summary>
    public const int DefaultRanks = 4;

    public const string Usage = "usage: DataParallel [--json] [--ranks N] [--batch B] [--epochs E] [--every K]";

    public static int Main(string[] args) => Run(Console.Out, args);

    /// <summary>Prints the set-up, the loss every K epochs and the final loss; with --json the last line is
    /// {"loss":…,"initialLoss":…,"epochs":…,"steps":…,"ranks":…,"batch":…,"learningRate":…,"curve":[…]} (the curve
    /// has the loss before training and after every epoch). Returns 0, or 2 (and a message on stderr) for arguments
    /// it does not understand or a batch the ranks cannot share.</summary>
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
        var mpi = environment as MpiCommunicator;
        if (mpi is not null && options.Ranks is { } asked && asked != mpi.Size)
        {
            if (mpi.Rank == 0) Console.Error.WriteLine($"--ranks {asked}: under an MPI launcher the launcher sets the ranks (here {mpi.Size}); leave --ranks out.");
            return 2;
        }
        var size = mpi?.Size ?? options.Ranks ?? DefaultRanks;
        if (options.Batch % size != 0 || TrainingData.Samples / options.Batch < 1)
        {
            if (mpi is null || mpi.Rank == 0)
            {
                Console.Error.WriteLine($"--batch {options.Batch}: the global batch must be a multiple of the {size} ranks (each takes an equal shard).");
                Console.Error.WriteLine(Usage);
            }
            return 2;
        }
        if (mpi is not null)
        {
            var result = Trainer.Train(mpi, options.Batch, options.Epochs);
            if (mpi.Rank == 0) Print(output, result, options, size, size == 1 ? "1 MPI rank" : $"{size} MPI ranks");
            return 0;
        }
        TrainingResult? first = null;
        LocalCommunicator.Run(size, comm =>
        {
            var result = Trainer.Train(comm, options.Batch, options.Epochs);
            if (comm.Rank == 0) first = result;
        });
        Print(output, first!, options, size, size == 1 ? "1 in-process rank" : $"{size} in-process ranks");
        return 0;
    }

    private static void Print(TextWriter output, TrainingResult result, Options options, int ranks, string where)
    {
        var c = CultureInfo.InvariantCulture;
        var curve = result.Curve;
        var stepsPerEpoch = TrainingData.Samples / options.Batch;
        var rate = Trainer.ScaledLearningRate(options.Batch);
        static string Loss(double value) => value.ToString("0.00000e+00", CultureInfo.InvariantCulture);
        output.WriteLine(string.Create(c, $"Data-parallel training of a 2-{string.Join("-", Surrogate.Sizes)} tanh network, a surrogate of sin(πx)·cos(πy), on {where}"));
        output.WriteLine(string.Create(c, $"{TrainingData.Samples} points in [-1, 1]² (seed {TrainingData.Seed}), global batch {options.Batch} ({options.Batch / ranks} a rank), {stepsPerEpoch} steps an epoch, {options.Epochs} epochs"));
        output.WriteLine(string.Create(c, $"gradient: each rank's shard mean, summed by AllreduceSum and divided by {ranks}; the same Adam step on every rank"));
        output.WriteLine(string.Create(c, $"learning rate {rate:R} = {Trainer.BaseLearningRate:R} × {options.Batch}/{Trainer.BaseBatch} (linear in the global batch), warmed up linearly over {Trainer.WarmupEpochs} epochs"));
        output.WriteLine("epoch  loss (mean squared error on all points)");
        for (var epoch = 0; epoch < curve.Length; epoch++)
        {
            if (epoch % options.Every == 0 || epoch == curve.Length - 1) output.WriteLine(string.Create(c, $"{epoch,5}  {Loss(curve[epoch])}"));
        }
        output.WriteLine(string.Create(c, $"final loss {Loss(curve[^1])} after {options.Epochs} epochs ({result.Steps} steps): {curve[0] / curve[^1]:F1}× below the initial {Loss(curve[0])}"));
        output.WriteLine($"θ on every rank equal to rank 0's: {(result.ReplicasAgree ? "yes" : "no")}");
        if (options.Json)
        {
            output.WriteLine(string.Create(c, $"{{\"loss\":{curve[^1]:R},\"initialLoss\":{curve[0]:R},\"epochs\":{options.Epochs},\"steps\":{result.Steps},\"ranks\":{ranks},\"batch\":{options.Batch},\"learningRate\":{rate:R},\"curve\":[{string.Join(",", curve.Select(l => l.ToString("R", c)))}]}}"));
        }
    }
}
