using BenchmarkDotNet.Attributes;

namespace Adcme.Benchmarks;

/// <summary>
/// The link between two ranks, for the communication model's latency α and bandwidth β: each rank exchanges a
/// message of <see cref="Doubles"/> doubles with its partner (rank ^ 1) by MPI.NET's <c>MPI_Sendrecv</c> into a
/// reused array, as a halo strip moves. Time per exchange ≈ α + 8·Doubles / β. Runs under
/// <c>mpiexec.mpich -n 2 … --mpi heat</c> (only on an even number of ranks).
/// </summary>
public class MpiLinkBenchmarks
{
    private const int Tag = 7;
    private MPI.Intracommunicator _world = null!;
    private double[] _send = null!, _receive = null!;
    private int _partner;

    /// <summary>1 (latency), 1026 and 2050 (a 1024² or 2048² block's padded row), 131072 (1 MiB: bandwidth).</summary>
    [Params(1, 1026, 2050, 131072)]
    public int Doubles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var comm = Communicator.FromEnvironment();
        _world = MPI.Communicator.world;
        _partner = comm.Rank ^ 1;
        _send = [.. Enumerable.Range(0, Doubles).Select(i => Math.Sin(i + comm.Rank))];
        _receive = new double[Doubles];
    }

    /// <summary>One <c>MPI_Sendrecv</c> with the partner.</summary>
    [Benchmark]
    public double SendReceive()
    {
        _world.SendReceive(_send, _partner, Tag, _partner, Tag, ref _receive);
        return _receive[0];
    }
}
