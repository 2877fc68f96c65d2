using Adcme.Examples.HeatInverse;
using BenchmarkDotNet.Attributes;

namespace Adcme.Benchmarks;

/// <summary>
/// The gradient of examples/HeatInverse (<see cref="HeatModel.Misfit"/>: 100 explicit steps of the heat equation on
/// this rank's patch, observed every 25) under MPI, and the communication it does alone. Runs only under MPI, on every
/// rank in lockstep: <c>mpiexec.mpich -n 1|2 dotnet …/Adcme.Benchmarks.dll --mpi heat</c> (see <see cref="Program"/>).
/// <para><see cref="Grid"/>: the process grid, rows × columns — "1x1" on one rank; "2x1" (rows split: each rank owns
/// n/2 whole rows, its halo strips are contiguous padded rows) and "1x2" (columns split: strided strips, packed) on
/// two. "half" runs on every rank, with a one-rank communicator (<see cref="Communicator.Single"/>) on the patch the
/// 2 × 1 grid would give it: the same work as a rank of the 2-rank run with no communication at all, so under
/// <c>-n 2</c> it is two independent half-size runs at once (memory bandwidth shared, no messages), under <c>-n 1</c>
/// one half-size run alone.</para>
/// </summary>
public class HeatInverseBenchmarks
{
    /// <summary>Time steps per gradient (a gradient at 1024² takes about a second on this machine).</summary>
    public const int Steps = 100;

    /// <summary>Steps between observations.</summary>
    public const int Every = 25;

    private Communicator _comm = null!;
    private HeatProblem _problem = null!;
    private GridPatch _patch = null!;
    private Tensor _kappa = null!, _u0 = null!, _source = null!, _observed = null!;
    private Tensor _padded = null!, _haloSeed = null!;
    private double[] _theta = null!;
    private double _weight;

    /// <summary>The grid is N × N interior points: 512 and 1024, or the list in ADCME_HEAT_N (e.g. "32,64,128" for
    /// the per-step cost of the small blocks that many ranks would own).</summary>
    [ParamsSource(nameof(Sizes))]
    public int N { get; set; } = 512;

    public static IEnumerable<int> Sizes()
        => Environment.GetEnvironmentVariable("ADCME_HEAT_N") is { Length: > 0 } list ? list.Split(',').Select(int.Parse) : [512, 1024];

    [ParamsSource(nameof(Grids))]
    public string Grid { get; set; } = "1x1";

    /// <summary>The grids this job's size allows (every rank computes the same list).</summary>
    public static IEnumerable<string> Grids()
    {
        var size = Communicator.FromEnvironment().Size;
        return size == 1 ? ["1x1", "half"] : size == 2 ? ["2x1", "1x2", "half"] : [$"{size}x1"];
    }

    [GlobalSetup]
    public void Setup()
    {
        var world = Communicator.FromEnvironment();
        // ADCME_POOL_MIB: the tensor pool's per-thread cap (default 1 GiB), which a 1024² gradient's tape exceeds.
        if (Environment.GetEnvironmentVariable("ADCME_POOL_MIB") is { Length: > 0 } mib) TensorPool.MaxRetainedBytesPerThread = long.Parse(mib) << 20;
        var (gridRows, gridColumns) = Grid switch
        {
            "half" => (1, 1),
            _ => (int.Parse(Grid.Split('x')[0]), int.Parse(Grid.Split('x')[1])),
        };
        _comm = Grid == "half" ? Communicator.Single : world;
        _problem = new HeatProblem(N, Steps, Every);
        // "half": the patch this rank would own on a 2 × 1 grid, solved alone (zero halo all round).
        var owned = Grid == "half" ? GridPatch.Of(N, 2, 1, world.Rank % 2) : GridPatch.Of(N, gridRows, gridColumns, world.Rank);
        _patch = Grid == "half" ? owned with { GridRows = 1, GridColumns = 1 } : owned;
        var trueKappa = _problem.Sample(HeatProblem.TrueKappa);
        _u0 = owned.Take(_problem.Sample(HeatProblem.InitialState), N);
        _source = owned.Take(_problem.Sample(HeatProblem.Source), N);
        using (var kappa = owned.Take(trueKappa, N))
        {
            _observed = HeatModel.Observe(kappa, _u0, _source, _problem.H, _problem.Dt, Steps, Every, _patch.GridRows, _patch.GridColumns, _comm);
        }
        _weight = 1 / _comm.AllreduceSum(Tensor.SumOfSquares(_observed));
        // The optimizer's starting point, κ = 1, perturbed so that the misfit is not at a stationary point.
        _theta = [.. Enumerable.Range(0, N * N).Select(i => HeatProblem.InitialKappa + 0.1 * Math.Sin(0.001 * i))];
        _kappa = owned.Take(_theta, N);
        _padded = _comm.HaloExchange(_u0, _patch.GridRows, _patch.GridColumns, 1, 0.0);
        var (height, width) = (_patch.Rows + 2, _patch.Columns + 2);
        _haloSeed = Tensor.FromArray([.. Enumerable.Range(0, height * width).Select(i => Math.Cos(i))], height, width);
    }

    private long _rents, _misses;

    [IterationSetup]
    public void CountFrom() => (_rents, _misses) = (TensorPool.Rents, TensorPool.Misses);

    /// <summary>Logs (rank 0's log) how many of the last iteration's pooled tensors were freshly allocated.</summary>
    [IterationCleanup]
    public void CountTo() => _lastPool = $"pool: {TensorPool.Misses - _misses} misses of {TensorPool.Rents - _rents} rents in the last iteration, {TensorPool.RetainedBytes >> 20} MiB retained";

    private string _lastPool = "";

    [GlobalCleanup]
    public void Cleanup()
    {
        Console.WriteLine($"// rank {Communicator.FromEnvironment().Rank}, {N} {Grid}: {_lastPool}");
        foreach (var t in new[] { _kappa, _u0, _source, _observed, _padded, _haloSeed }) t.Dispose();
    }

    /// <summary>One gradient evaluation on this rank's patch: the generated <c>Misfit_Gradient</c> (forward and reverse
    /// sweep), as <see cref="HeatInversion.Evaluate"/> calls it, without gathering the gradient onto the whole grid.</summary>
    [Benchmark]
    public double Gradient()
    {
        var value = HeatModel.Misfit_Gradient(_kappa, _u0, _source, _observed, _problem.H, _problem.Dt, Steps, Every,
            _patch.Rows, _patch.GridRows, _patch.GridColumns, _weight, _comm, out var dKappa);
        dKappa.Dispose();
        return value;
    }

    /// <summary>The communication of one gradient alone: the <see cref="Steps"/> halo exchanges of the forward sweep
    /// (each result disposed) and then the <see cref="Steps"/> adjoint exchanges of the reverse sweep
    /// (<see cref="Communicator.HaloExchangePullback"/>), of the same shapes, with no computation between them.
    /// Includes what the exchange does locally: padding the block into a fresh tensor, and in the adjoint copying the
    /// seed and the interior.</summary>
    [Benchmark]
    public double Communication()
    {
        var sum = 0.0;
        for (var k = 0; k < Steps; k++)
        {
            using var padded = _comm.HaloExchange(_u0, _patch.GridRows, _patch.GridColumns, 1, 0.0);
            sum += padded.Span[padded.Span.Length / 2];
        }
        for (var k = 0; k < Steps; k++)
        {
            Tensor? dBlock = null;
            Communicator.HaloExchangePullback(_comm, _u0, _patch.GridRows, _patch.GridColumns, 1, 0.0, _padded, _haloSeed, ref dBlock);
            sum += dBlock!.Span[0];
            dBlock.Dispose();
        }
        return sum;
    }

    /// <summary>The whole objective as the optimizer calls it: <see cref="HeatInversion.Evaluate"/>'s work (κ taken from
    /// the whole grid, the gradient put back onto a fresh n² array) around the same gradient.</summary>
    [Benchmark]
    public double GradientOnWholeGrid()
    {
        using var kappa = _patch.Take(_theta, N);
        var value = HeatModel.Misfit_Gradient(kappa, _u0, _source, _observed, _problem.H, _problem.Dt, Steps, Every,
            _patch.Rows, _patch.GridRows, _patch.GridColumns, _weight, _comm, out var dKappa);
        var gradient = new double[N * N];
        _patch.Put(dKappa.Span, gradient, N);
        dKappa.Dispose();
        return value + gradient[0];
    }
}
