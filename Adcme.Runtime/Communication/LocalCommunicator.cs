using System.Diagnostics;
using System.Text;

namespace Adcme;

/// <summary>
/// Ranks as threads of this process: <see cref="Run(int, Action{Communicator})"/> runs a body once per rank,
/// each on its own thread with its own <see cref="Communicator"/>. Everything that runs under MPI runs here
/// without it. Ranks waiting in an operation block (they never spin). An exception on one rank stops the
/// others; ranks that wait too long report a probable deadlock; ranks whose k-th collective operations differ
/// are reported — never a hang.
/// </summary>
/// <remarks>
/// Collectives are matched by their number among each rank's collectives (the k-th collective of every rank
/// meets the k-th of the others); point-to-point messages by (source, destination, tag), in the order they were
/// sent. Sends are buffered: they never wait for their receiver (under MPI they may). A receive whose sender has
/// finished without sending, or that every rank waits in a cycle for, is a deadlock reported at once; a message
/// nobody received is an error of <c>Run</c>.
/// </remarks>
public sealed partial class LocalCommunicator : Communicator
{
    /// <summary>How long a rank waits in one operation before it reports a probable deadlock, unless
    /// <see cref="Run(int, Action{Communicator}, TimeSpan)"/> is given another time: 30 seconds.</summary>
    public static readonly TimeSpan DefaultDeadlockTimeout = TimeSpan.FromSeconds(30);

    private readonly World _world;
    private readonly int _rank;

    private LocalCommunicator(World world, int rank)
    {
        _world = world;
        _rank = rank;
    }

    /// <inheritdoc/>
    public override int Rank => _rank;

    /// <inheritdoc/>
    public override int Size => _world.Size;

    /// <summary>Runs <paramref name="body"/> on <paramref name="ranks"/> ranks, each on its own thread, and
    /// returns when every rank has finished; a rank waiting longer than <see cref="DefaultDeadlockTimeout"/>
    /// in one operation reports a probable deadlock.</summary>
    /// <param name="ranks">the number of ranks, at least 1.</param>
    /// <param name="body">what each rank runs, given its communicator.</param>
    /// <exception cref="CommunicatorException">a rank failed: the message starts with that rank
    /// (<c>rank 2: …</c>) and the inner exception is what it threw; or messages were left unreceived.</exception>
    public static void Run(int ranks, Action<Communicator> body) => Run(ranks, body, DefaultDeadlockTimeout);

    /// <summary>Runs <paramref name="body"/> on <paramref name="ranks"/> ranks, each on its own thread, and
    /// returns when every rank has finished.</summary>
    /// <param name="ranks">the number of ranks, at least 1.</param>
    /// <param name="body">what each rank runs, given its communicator.</param>
    /// <param name="deadlockTimeout">how long a rank may wait in one operation before it reports a probable
    /// deadlock; after a failure, also how long <c>Run</c> waits for ranks busy outside any operation before
    /// it throws without them.</param>
    /// <exception cref="CommunicatorException">a rank failed: the message starts with that rank
    /// (<c>rank 2: …</c>) and the inner exception is what it threw; or every rank finished but messages were
    /// left unreceived (the message names each one's sender, destination and tag).</exception>
    public static void Run(int ranks, Action<Communicator> body, TimeSpan deadlockTimeout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ranks, 1);
        ArgumentNullException.ThrowIfNull(body);
        if (deadlockTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(deadlockTimeout), deadlockTimeout, "The deadlock timeout must be positive.");
        }
        var world = new World(ranks, deadlockTimeout);
        var threads = new Thread[ranks];
        for (var r = 0; r < ranks; r++)
        {
            var communicator = new LocalCommunicator(world, r);
            threads[r] = new Thread(() =>
            {
                // The ranks share the process's cores: each rank's kernels use MaxDegree / ranks of them.
                Parallelism.ShareAmongRanks(ranks);
                world.RunRank(communicator, body);
            })
            {
                IsBackground = true, // a rank stuck in user code after a failure must not keep the process alive
                Name = $"Adcme rank {r}",
            };
        }
        foreach (var thread in threads) thread.Start();
        world.WaitForRanks();
    }

    private protected override void Execute(CommOperation operation, long sequence, ReadOnlySpan<double> x, int[] shape, Span<double> result)
    {
        switch (operation.Kind)
        {
            case CommOpKind.Send:
                _world.Send(_rank, operation, sequence, x, shape, operation.Name);
                return;
            case CommOpKind.Receive:
                _world.Complete(_rank, _world.Post(_rank, operation, sequence, shape, operation.Name), result, waits: false);
                return;
            case CommOpKind.SendReceive:
                if (operation.Dest >= 0) _world.Send(_rank, operation, sequence, x, shape, operation.Name);
                if (operation.Source >= 0) _world.Complete(_rank, _world.Post(_rank, operation, sequence, shape, operation.Name), result, waits: false);
                return;
            default:
                _world.Collective(_rank, operation, sequence, x, shape, result);
                return;
        }
    }

    private protected override object StartSend(CommOperation operation, long sequence, ReadOnlySpan<double> x, int[] shape)
        => _world.Send(_rank, operation, sequence, x, shape, "Isend");

    private protected override object StartReceive(CommOperation operation, long sequence, int[] shape)
        => _world.Post(_rank, operation, sequence, shape, "Irecv");

    private protected override void Complete(object pending, Span<double> result)
    {
        if (pending is PendingReceive receive) _world.Complete(_rank, receive, result, waits: true);
    }

    private enum RankState
    {
        Running,
        Waiting,
        Finished,
        Failed,
    }
}
