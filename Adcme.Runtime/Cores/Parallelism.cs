using System.Globalization;

namespace Adcme;

/// <summary>
/// How many cores the runtime's kernels over large tensors use: elementwise operators and functions, the stencils
/// and their rules, reductions, matrix products and the dense layers. A kernel splits its tensor across cores only
/// when its work is at least <see cref="MinimumLength"/> elements (smaller ones run on the calling thread: starting
/// the other cores costs more than they save). Results never depend on the number of cores: elementwise kernels
/// compute each element the same way whichever core runs it, and reductions add fixed blocks of the data, whose
/// partial sums are combined in one fixed order, on one core or many.
/// </summary>
public static class Parallelism
{
    /// <summary>The environment variable read once at start-up for <see cref="MaxDegree"/>: a positive number of
    /// cores (<c>ADCME_THREADS=1</c>: single core); any other value is ignored.</summary>
    public const string EnvironmentVariable = "ADCME_THREADS";

    /// <summary>The <see cref="MinimumLength"/> this runtime starts with: the work, in elements of an elementwise
    /// addition, above which two cores beat one on the project's benchmark machine (benchmarks/README.md, "Cores").</summary>
    public const int DefaultMinimumLength = 65_536;

    private static int s_maxDegree = DefaultMaxDegree();
    private static int s_minimumLength = DefaultMinimumLength;

    // Ranks of LocalCommunicator run as threads of one process: each rank's kernels take a share of the cores.
    [ThreadStatic] private static int t_ranksSharing;

    /// <summary>The most cores one kernel uses, at least 1 (1: every kernel runs on the calling thread). Starts as
    /// <see cref="EnvironmentVariable"/> when it is set, else the machine's processor count divided by the number
    /// of MPI ranks on this node when an MPI launcher says so (<c>MPI_LOCALNRANKS</c>, <c>OMPI_COMM_WORLD_LOCAL_SIZE</c>),
    /// else the processor count. Process-wide; results do not depend on it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">set below 1.</exception>
    public static int MaxDegree
    {
        get => Volatile.Read(ref s_maxDegree);
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            Volatile.Write(ref s_maxDegree, value);
        }
    }

    /// <summary>The work (in elements; a costlier element, such as an <c>Exp</c> or a row of a matrix product,
    /// counts as several) below which a kernel stays on the calling thread. <see cref="DefaultMinimumLength"/> unless
    /// set; 0 splits every kernel (tests use it to check that results do not change).</summary>
    /// <exception cref="ArgumentOutOfRangeException">set below 0.</exception>
    public static int MinimumLength
    {
        get => Volatile.Read(ref s_minimumLength);
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            Volatile.Write(ref s_minimumLength, value);
        }
    }

    /// <summary>The cores a kernel called on this thread uses: <see cref="MaxDegree"/>, divided among the ranks when
    /// this thread is a rank of <see cref="LocalCommunicator.Run(int, Action{Communicator})"/> (N ranks as threads
    /// would otherwise each start MaxDegree workers), at least 1.</summary>
    public static int CurrentDegree => Math.Max(1, MaxDegree / Math.Max(1, t_ranksSharing));

    /// <summary>Marks the calling thread as one of <paramref name="ranks"/> in-process ranks.</summary>
    internal static void ShareAmongRanks(int ranks) => t_ranksSharing = ranks;

    /// <summary>Whether a kernel of <paramref name="work"/> element-equivalents splits on this thread.</summary>
    internal static bool Splits(long work) => work >= MinimumLength && CurrentDegree > 1;

    private static int DefaultMaxDegree() => DefaultMaxDegree(Environment.GetEnvironmentVariable, Environment.ProcessorCount);

    /// <summary><see cref="MaxDegree"/>'s starting value from the environment (ADCME_THREADS, else the processor
    /// count divided by the ranks on this node as an MPI launcher gives them, else the processor count); values that
    /// are not positive integers are ignored.</summary>
    internal static int DefaultMaxDegree(Func<string, string?> environment, int processorCount)
    {
        var processors = Math.Max(1, processorCount);
        if (Positive(environment(EnvironmentVariable)) is { } threads) return threads;
        var local = Positive(environment("MPI_LOCALNRANKS")) ?? Positive(environment("OMPI_COMM_WORLD_LOCAL_SIZE"));
        return local is { } ranks ? Math.Max(1, processors / ranks) : processors;
    }

    private static int? Positive(string? text)
        => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 1 ? value : null;
}
