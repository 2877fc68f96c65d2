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

    /// <summary>The solver's preconditioner: the default (on one rank the exact solve through the grid's Cholesky
    /// factor). Jacobi (ADCME_POISSON_JACOBI=1) needs ~2000 iterations a solve at 512², longer than BenchmarkDotNet's
    /// in-process toolchain allows a benchmark, so it is not a parameter.</summary>
    public PoissonPreconditioner Preconditioner { get; set; } =
        Environment.GetEnvironmentVariable("ADCME_POISSON_JACOBI") == "1" ? PoissonPreconditioner.Jacobi : PoissonPreconditioner.Automatic;

    [GlobalSetup]
    public void Setup()
    {
        var n = N;
        _log.Preconditioner = Preconditioner;
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
        Console.WriteLine($"// Poisson {n}²: forward {_log.ForwardIterations[^1]} iterations, adjoint {_log.AdjointIterations[^1]} iterations (tolerance {_log.Tolerance:G3}, {_log.Solves[0].Preconditioner} preconditioner, set-up {_log.Solves[0].Setup.TotalMilliseconds:F0} ms); {_log}");
        _log.Clear();
    }

    /// <summary>The operator and its factorization are cached per κ tensor (for the adjoint to reuse), so each
    /// invocation takes a fresh copy of κ — as an optimizer's next κ would be — and pays for the set-up.</summary>
    private Tensor FreshKappa() => Tensor.FromArray(_kappa.ToArray(), _kappa.Shape.ToArray());

    [Benchmark(Baseline = true)]
    public double Forward()
    {
        using var kappa = FreshKappa();
        using var u = DistributedPoisson.Solve(kappa, _f, _h, 1, 1, _comm, _log);
        return u.Span[0];
    }

    [Benchmark]
    public double Gradient()
    {
        using var kappa = FreshKappa();
        var loss = PoissonMisfit.Loss_Gradient(kappa, _f, _data, _h, 1, 1, _comm, _log, out var dKappa, out var dF);
        dKappa.Dispose();
        dF.Dispose();
        return loss;
    }

    [IterationCleanup]
    public void Forget() => _log.Clear();
}
