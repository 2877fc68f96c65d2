using BenchmarkDotNet.Attributes;

namespace Adcme.Benchmarks;

/// <summary>The misfit of examples/PoissonNN's solver part: Σ (u − d)², u solving −∇·(κ∇u) = f.</summary>
public static partial class PoissonMisfit
{
    /// <summary>Σ (u − d)² over this rank's patch.</summary>
    [Differentiable]
    public static double Loss(Tensor kappa, Tensor f, [NoDerivative] Tensor data, [NoDerivative] double h, int gridRows, int gridColumns,
        [NoDerivative] Communicator comm, [NoDerivative] PoissonSolveLog log)
    {
        var u = DistributedPoisson.Solve(kappa, f, h, gridRows, gridColumns, comm, log);
        return Tensor.SumOfSquares(u - data);
    }
}

/// <summary>
/// <see cref="DistributedPoisson.Solve"/> on one rank (<see cref="Communicator.Single"/>), the whole N × N grid:
/// the forward solve, and the gradient of <see cref="PoissonMisfit.Loss"/> in κ and f (the forward plus the pullback,
/// whose adjoint solve reuses the operator the forward built). Target (issue 18): gradient/forward ≤ 1.8× at 512².
/// The iteration counts of both solves are printed at set-up (lines starting "// Poisson").
/// </summary>
public class PoissonBenchmarks
{
    private Tensor _kappa = null!, _f = null!, _data = null!;
    private double _h;
    private readonly Communicator _comm = Communicator.Single;
    private readonly PoissonSolveLog _log = new();

    /// <summary>Interior nodes per side.</summary>
    [Params(256, 512)]
    public int N { get; set; } = 256;

    [GlobalSetup]
    public void Setup()
    {
        var n = N;
        _h = 1.0 / (n + 1);
        double[] Sample(Func<double, double, double> function)
        {
            var values = new double[n * n];
            for (var i = 0; i < n; i++) for (var j = 0; j < n; j++) values[i * n + j] = function((j + 1) * _h, (i + 1) * _h);
            return values;
        }
        _kappa = Tensor.FromArray(Sample((x, y) => 1 + 0.5 * Math.Sin(2 * Math.PI * x) * Math.Cos(Math.PI * y)), n, n);
        _f = Tensor.FromArray(Sample((x, y) => 10 * x * (1 - y) + 5), n, n);
        _data = Tensor.FromArray(Sample((x, y) => 0.3 * Math.Sin(Math.PI * x) * Math.Sin(2 * Math.PI * y)), n, n);
        PoissonMisfit.Loss_Gradient(_kappa, _f, _data, _h, 1, 1, _comm, _log, out var dKappa, out var dF);
        dKappa.Dispose();
        dF.Dispose();
        Console.WriteLine($"// Poisson {n}²: forward {_log.ForwardIterations[^1]} iterations, adjoint {_log.AdjointIterations[^1]} iterations (tolerance {_log.Tolerance:G3}); {_log}");
        _log.Clear();
    }

    [Benchmark(Baseline = true)]
    public double Forward()
    {
        using var u = DistributedPoisson.Solve(_kappa, _f, _h, 1, 1, _comm, _log);
        return u.Span[0];
    }

    [Benchmark]
    public double Gradient()
    {
        var loss = PoissonMisfit.Loss_Gradient(_kappa, _f, _data, _h, 1, 1, _comm, _log, out var dKappa, out var dF);
        dKappa.Dispose();
        dF.Dispose();
        return loss;
    }

    [IterationCleanup]
    public void Forget() => _log.Clear();
}
