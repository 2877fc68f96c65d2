using BenchmarkDotNet.Attributes;

namespace Adcme.Benchmarks;

/// <summary>Where splitting a kernel across cores starts to pay (<see cref="Parallelism.DefaultMinimumLength"/>): an
/// elementwise addition, the Laplacian and Exp on Side² elements, on one core and on <see cref="Cores"/> with every
/// kernel split (<see cref="Parallelism.MinimumLength"/> 0). Results are disposed, so the pool serves them.</summary>
[MemoryDiagnoser]
public class CoresBenchmarks
{
    private Tensor _a = null!;
    private Tensor _b = null!;

    [Params(64, 128, 160, 192, 224, 256, 362, 512, 1024)]
    public int Side { get; set; }

    [Params(1, 2)]
    public int Cores { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _a = Tensor.RandomNormal(1, Side, Side);
        _b = Tensor.RandomNormal(2, Side, Side);
        Parallelism.MaxDegree = Cores;
        Parallelism.MinimumLength = 0;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Parallelism.MaxDegree = Environment.ProcessorCount;
        Parallelism.MinimumLength = Parallelism.DefaultMinimumLength;
    }

    [Benchmark]
    public double Add()
    {
        using var sum = _a + _b;
        return sum.Span[0];
    }

    [Benchmark]
    public double Laplacian()
    {
        using var lap = Stencils.Laplacian(_a, 0.01);
        return lap.Span[0];
    }

    [Benchmark]
    public double Exp()
    {
        using var exp = Tensor.Exp(_a);
        return exp.Span[0];
    }
}
