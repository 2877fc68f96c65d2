using BenchmarkDotNet.Attributes;
using System.Numerics.Tensors;

namespace Adcme.Benchmarks;

/// <summary>
/// What <see cref="MpiCommunicator"/> costs against the same MPI calls made directly through MPI.NET: AllreduceSum
/// of 10⁶ doubles (rank-order chunked reduction against <c>MPI_Allreduce</c>, whose order of additions is the
/// library's), forward and adjoint; a halo exchange of 1024² blocks, forward and adjoint; one-double latency.
/// Runs only under MPI, on every rank in lockstep: <c>mpiexec.mpich -n 2 dotnet …/Adcme.Benchmarks.dll --mpi</c>
/// (see <see cref="Program"/>); each rank measures its own calls, and rank 0 reports. The halo grid is 1 × 2.
/// </summary>
public class MpiBenchmarks
{
    private const int Large = 1_000_000;
    private const int Block = 1024;
    private const int Width = Block + 2; // reach 1
    private const int HaloTag = 1;
    private Communicator _comm = null!;
    private MPI.Intracommunicator _world = null!;
    private Tensor _tensor = null!, _weights = null!, _block = null!, _haloSeed = null!, _padded = null!;
    private double[] _array = null!, _sum = null!, _weightArray = null!, _seed = null!, _gradient = null!;
    private double[] _paddedArray = null!, _adjoint = null!, _blockArray = null!, _send = null!, _receive = null!, _dBlock = null!;
    private int _left, _right;

    [GlobalSetup]
    public void Setup()
    {
        _comm = Communicator.FromEnvironment();
        _world = MPI.Communicator.world; // initialized by FromEnvironment, through the same MpiLibrary mapping
        _array = [.. Enumerable.Range(0, Large).Select(i => Math.Sin(i + _comm.Rank))];
        _tensor = Tensor.FromArray(_array, Large);
        _sum = new double[Large];
        _weightArray = [.. Enumerable.Range(0, Large).Select(i => Math.Cos(i))];
        _weights = Tensor.FromArray(_weightArray, Large);
        _seed = new double[Large];
        _gradient = new double[Large];

        _blockArray = [.. Enumerable.Range(0, Block * Block).Select(i => Math.Sin(i + 7.0 * _comm.Rank))];
        _block = Tensor.FromArray(_blockArray, Block, Block);
        _padded = _comm.HaloExchange(_block, 1, _comm.Size, 1, 0.0);
        _haloSeed = Tensor.FromArray([.. Enumerable.Range(0, Width * Width).Select(i => Math.Cos(i))], Width, Width);
        _paddedArray = new double[Width * Width];
        _adjoint = new double[Width * Width];
        _dBlock = new double[Block * Block];
        _send = new double[Block];
        _receive = new double[Block];
        _left = _comm.Rank > 0 ? _comm.Rank - 1 : -1;
        _right = _comm.Rank < _comm.Size - 1 ? _comm.Rank + 1 : -1;
    }

    /// <summary>AllreduceSum of 10⁶ doubles: reduce-scatter in rank order, then allgather.</summary>
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

    /// <summary>The adjoint rule of AllreduceSum on 10⁶ doubles, as generated code calls it: the seeds summed over ranks
    /// into a fresh adjoint.</summary>
    [Benchmark]
    public double AllreduceSumAdjointMillion()
    {
        Tensor? adjoint = null;
        Communicator.AllreduceSumPullback(_comm, _tensor, _tensor, _weights, ref adjoint);
        var value = adjoint!.Span[0];
        adjoint.Dispose();
        return value;
    }

    /// <summary>The same adjoint with MPI.NET: <c>MPI_Allreduce</c> of the seed into a reused array.</summary>
    [Benchmark]
    public double MpiNetAllreduceAdjointMillion()
    {
        _world.Allreduce(_weightArray, MPI.Operation<double>.Add, ref _gradient);
        return _gradient[0];
    }

    /// <summary>Forward and adjoint through the generated code: <c>Loss_Gradient</c> of Σ AllreduceSum(x) · w.</summary>
    [Benchmark]
    public double GradientThroughAllreduceMillion()
    {
        var loss = MpiGradient.Loss_Gradient(_tensor, _weights, _comm, out var dx);
        dx.Dispose();
        return loss;
    }

    /// <summary>The same by hand with MPI.NET: MPI_Allreduce forward, the loss, MPI_Allreduce of the seeded
    /// weights (1 on rank 0, 0 elsewhere, as the generated gradient seeds a replicated result).</summary>
    [Benchmark]
    public double MpiNetGradientMillion()
    {
        _world.Allreduce(_array, MPI.Operation<double>.Add, ref _sum);
        var loss = TensorPrimitives.Dot(_sum, _weightArray);
        if (_comm.Rank == 0) _weightArray.CopyTo(_seed);
        else Array.Clear(_seed);
        _world.Allreduce(_seed, MPI.Operation<double>.Add, ref _gradient);
        return loss + _gradient[0];
    }

    /// <summary>HaloExchange of a 1024² block, reach 1, on a 1 × Size grid (the padded result disposed).</summary>
    [Benchmark]
    public double HaloExchange()
    {
        using var padded = _comm.HaloExchange(_block, 1, _comm.Size, 1, 0.0);
        return padded.Span[Width + 1];
    }

    /// <summary>The same work by hand into a reused padded array: fill, copy the interior, then the two
    /// left/right exchanges of 1024 × 1 strips with MPI.NET (the up/down ones have no partner on this grid).</summary>
    [Benchmark]
    public double MpiNetHaloExchange()
    {
        var padded = _paddedArray.AsSpan();
        padded.Fill(0.0);
        for (var i = 0; i < Block; i++) _blockArray.AsSpan(i * Block, Block).CopyTo(padded.Slice((i + 1) * Width + 1, Block));
        for (var i = 0; i < Block; i++) _send[i] = padded[(i + 1) * Width + 1]; // my leftmost column goes left
        Exchange(_left, _right);
        if (_right >= 0) for (var i = 0; i < Block; i++) padded[(i + 1) * Width + Block + 1] = _receive[i];
        for (var i = 0; i < Block; i++) _send[i] = padded[(i + 1) * Width + Block]; // my rightmost column goes right
        Exchange(_right, _left);
        if (_left >= 0) for (var i = 0; i < Block; i++) padded[(i + 1) * Width] = _receive[i];
        return padded[Width + 1];
    }

    /// <summary>HaloExchange's adjoint (<see cref="Communicator.HaloExchangePullback"/>) of a padded seed.</summary>
    [Benchmark]
    public double HaloExchangeAdjoint()
    {
        Tensor? dBlock = null;
        Communicator.HaloExchangePullback(_comm, _block, 1, _comm.Size, 1, 0.0, _padded, _haloSeed, ref dBlock);
        var value = dBlock!.Span[0];
        dBlock.Dispose();
        return value;
    }

    /// <summary>The same by hand: copy the seed, send each halo column's adjoint back to its owner (reverse order),
    /// add what comes back into the boundary columns, then copy out the interior.</summary>
    [Benchmark]
    public double MpiNetHaloExchangeAdjoint()
    {
        var g = _adjoint.AsSpan();
        _haloSeed.Span.CopyTo(g);
        for (var i = 0; i < Block; i++) _send[i] = g[(i + 1) * Width]; // the left halo came from the left neighbour
        Exchange(_left, _right);
        if (_right >= 0) for (var i = 0; i < Block; i++) g[(i + 1) * Width + Block] += _receive[i];
        for (var i = 0; i < Block; i++) _send[i] = g[(i + 1) * Width + Block + 1]; // the right halo, from the right
        Exchange(_right, _left);
        if (_left >= 0) for (var i = 0; i < Block; i++) g[(i + 1) * Width + 1] += _receive[i];
        for (var i = 0; i < Block; i++) g.Slice((i + 1) * Width + 1, Block).CopyTo(_dBlock.AsSpan(i * Block, Block));
        return g[Width + 1];
    }

    /// <summary>Latency: AllreduceSum of one double.</summary>
    [Benchmark]
    public double AllreduceSumOne() => _comm.AllreduceSum(1.0);

    /// <summary>Latency: MPI.NET's <c>MPI_Allreduce</c> of one double.</summary>
    [Benchmark]
    public double MpiNetAllreduceOne() => _world.Allreduce(1.0, MPI.Operation<double>.Add);

    /// <summary>Sends <c>_send</c> to <paramref name="dest"/> and receives <c>_receive</c> from
    /// <paramref name="source"/> (−1: none) with MPI.NET: MPI_Sendrecv, or MPI_Send / MPI_Recv alone.</summary>
    private void Exchange(int dest, int source)
    {
        if (dest >= 0 && source >= 0) _world.SendReceive(_send, dest, HaloTag, source, HaloTag, ref _receive);
        else if (dest >= 0) _world.Send(_send, dest, HaloTag);
        else if (source >= 0) _world.Receive(source, HaloTag, ref _receive);
    }
}
