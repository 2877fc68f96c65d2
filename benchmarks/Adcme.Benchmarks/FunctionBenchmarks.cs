using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;

namespace Adcme.Benchmarks;

/// <summary>The cost of computing Tensor.Exp, Tanh, Sin and Sigmoid with System.Math per element (the rule table's
/// forward forms, which fused kernels compute with too, so that values agree bit for bit) against the bare
/// vectorized TensorPrimitives call, whose results are not reproducible (docs/performance.md). 10⁶ doubles.</summary>
[MemoryDiagnoser]
public class FunctionBenchmarks
{
    private const int Length = 1_000_000;
    private Tensor _x = null!;
    private double[] _values = null!;
    private double[] _destination = null!;

    [GlobalSetup]
    public void Setup()
    {
        _x = Tensor.RandomNormal(1, Length);
        _values = _x.ToArray();
        _destination = new double[Length];
    }

    [Benchmark]
    public double BareExp()
    {
        TensorPrimitives.Exp(_values, _destination);
        return _destination[0];
    }

    [Benchmark]
    public double TensorExp()
    {
        using var result = Tensor.Exp(_x);
        return result.Span[0];
    }

    [Benchmark]
    public double BareTanh()
    {
        TensorPrimitives.Tanh(_values, _destination);
        return _destination[0];
    }

    [Benchmark]
    public double TensorTanh()
    {
        using var result = Tensor.Tanh(_x);
        return result.Span[0];
    }

    [Benchmark]
    public double BareSin()
    {
        TensorPrimitives.Sin(_values, _destination);
        return _destination[0];
    }

    [Benchmark]
    public double TensorSin()
    {
        using var result = Tensor.Sin(_x);
        return result.Span[0];
    }

    [Benchmark]
    public double BareSigmoid()
    {
        TensorPrimitives.Sigmoid(_values, _destination);
        return _destination[0];
    }

    [Benchmark]
    public double TensorSigmoid()
    {
        using var result = Tensor.Sigmoid(_x);
        return result.Span[0];
    }
}
