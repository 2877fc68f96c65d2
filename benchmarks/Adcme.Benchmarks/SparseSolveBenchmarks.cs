using BenchmarkDotNet.Attributes;

namespace Adcme.Benchmarks;

/// <summary>
/// Sparse.Solve (conjugate gradients) and its pullback on the diffusion matrix of an n×n grid, on <c>Backend.Default</c>:
/// the CPU backend, or a GPU backend with <c>ADCME_BACKEND=cuda</c> (the solve runs on the device there, reading back two
/// numbers an iteration). <c>ADCME_SOLVE_BENCH_SIZES</c> replaces the sizes (e.g. <c>16,32</c> on ILGPU's CPU
/// accelerator, which pays 1–5 ms a launch).
/// <code>dotnet run -c Release --project benchmarks/Adcme.Benchmarks -- --filter '*SparseSolveBenchmarks*'</code>
/// </summary>
[MemoryDiagnoser]
public class SparseSolveBenchmarks
{
    private SparsePattern _pattern = null!;
    private Tensor _values = null!;
    private Tensor _b = null!;
    private Tensor _x = null!;

    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    public static IEnumerable<int> Sizes => Environment.GetEnvironmentVariable("ADCME_SOLVE_BENCH_SIZES") is { Length: > 0 } sizes
        ? sizes.Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))
        : [64, 256];

    [GlobalSetup]
    public void Setup()
    {
        var n = N;
        var h = 1.0 / (n + 1);
        var kappa = new double[n * n];
        var b = new double[n * n];
        for (var i = 0; i < n; i++)
        for (var j = 0; j < n; j++)
        {
            double x = (i + 1) * h, y = (j + 1) * h;
            kappa[i * n + j] = 1 + x * x + y * y;
            b[i * n + j] = Math.Sin(Math.PI * x) * Math.Sin(2 * Math.PI * y);
        }
        _pattern = Stencils.DiffusionPattern(n, n);
        _values = Stencils.DiffusionMatrix(Tensor.FromArray(kappa, n, n), h);
        _b = Tensor.FromArray(b);
        _x = Sparse.Solve(_pattern, _values, _b);
    }

    [Benchmark]
    public Tensor Solve()
    {
        var x = Sparse.Solve(_pattern, _values, _b);
        x.Dispose();
        return x;
    }

    [Benchmark]
    public Tensor? Pullback()
    {
        Tensor? dValues = null, dB = null;
        Sparse.Solve_Pullback(_pattern, _values, _b, _x, _b, ref dValues, ref dB);
        dValues!.Dispose();
        dB!.Dispose();
        return dB;
    }
}
