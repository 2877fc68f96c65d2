using BenchmarkDotNet.Attributes;

namespace Adcme.Benchmarks;

/// <summary>Issue 14's scalar stencil benchmark: <see cref="Burgers.Loss"/>, 128 cells, 200 steps. Target: the
/// generated gradient ≤ 5× the forward (the user's own method).</summary>
[MemoryDiagnoser]
public class BurgersBenchmarks
{
    private const int Cells = 128;
    private const int Steps = 200;
    private readonly double[] _u0 = new double[Cells];
    private readonly double[] _target = new double[Cells];

    [GlobalSetup]
    public void Setup()
    {
        for (var i = 0; i < Cells; i++)
        {
            var x = (i + 0.5) / Cells;
            _u0[i] = 0.5 + Math.Sin(2 * Math.PI * x);
            _target[i] = 0.5 + 0.8 * Math.Sin(2 * Math.PI * (x - 0.1));
        }
    }

    [Benchmark(Baseline = true)]
    public double Forward() => Burgers.Loss(_u0, _target, Steps);

    [Benchmark]
    public double Gradient() => Burgers.Loss_Gradient(_u0, _target, Steps, out _);

    [Benchmark]
    public double Pushforward() => Burgers.Loss_Pushforward(_u0, _u0, _target, Steps).Tangent;
}
