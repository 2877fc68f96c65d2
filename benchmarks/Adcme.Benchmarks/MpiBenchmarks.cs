using BenchmarkDotNet.Attributes;

namespace Adcme.Benchmarks;

/// <summary>
/// What the rank-order reductions of <see cref="MpiCommunicator"/> cost against MPI.NET's own
/// <c>MPI_Allreduce</c> (whose order of additions is the library's). Runs only under MPI, on every rank in
/// lockstep: <c>mpiexec.mpich -n 2 dotnet …/Adcme.Benchmarks.dll --mpi</c> (see <see cref="Program"/>); each
/// rank measures its own calls, and rank 0 reports.
/// </summary>
public class MpiBenchmarks
{
    private const int Large = 1_000_000;
    private Communicator _comm = null!;
    private MPI.Intracommunicator _world = null!;
    private Tensor _tensor = null!;
    private double[] _array = null!;
    private double[] _sum = null!;

    [GlobalSetup]
    public void Setup()
    {
        _comm = Communicator.FromEnvironment();
        _world = MPI.Communicator.world; // initialized by FromEnvironment, through the same MpiLibrary mapping
        _array = [.. Enumerable.Range(0, Large).Select(i => Math.Sin(i + _comm.Rank))];
        _tensor = Tensor.FromArray(_array, Large);
        _sum = new double[Large];
    }

    /// <summary>AllreduceSum of 10⁶ doubles: gathered on every rank, added in rank order.</summary>
    [Benchmark]
    public double AllreduceSumMillion()
    {
        using var sum = _comm.AllreduceSum(_tensor);
        return sum.Span[0];
    }

    /// <summary>The same through MPI.NET's <c>MPI_Allreduce</c> (MPI_SUM) into a reused array.</summary>
    [Benchmark]
    public double MpiNetAllreduceMillion()
    {
        _world.Allreduce(_array, MPI.Operation<double>.Add, ref _sum);
        return _sum[0];
    }

    /// <summary>Latency: AllreduceSum of one double.</summary>
    [Benchmark]
    public double AllreduceSumOne() => _comm.AllreduceSum(1.0);

    /// <summary>Latency: MPI.NET's <c>MPI_Allreduce</c> of one double.</summary>
    [Benchmark]
    public double MpiNetAllreduceOne() => _world.Allreduce(1.0, MPI.Operation<double>.Add);
}
