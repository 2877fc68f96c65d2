using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;

namespace Adcme.Benchmarks;

/// <summary>Issue target: Tensor a + b and a * b on 10⁶ doubles within 1.3× of a bare TensorPrimitives call.
/// The bare baseline writes into a preallocated array; Tensor operators return a new tensor, whose storage comes
/// from <see cref="TensorPool"/>: disposed (as generated code disposes the temporaries it owns), the next result
/// reuses it; the *Undisposed variants leave every result to the garbage collector.</summary>
[MemoryDiagnoser]
public class ElementwiseBenchmarks
{
    private const int Length = 1_000_000;
    private Tensor _a = null!;
    private Tensor _b = null!;
    private double[] _x = null!;
    private double[] _y = null!;
    private double[] _destination = null!;

    [GlobalSetup]
    public void Setup()
    {
        _a = Tensor.Random(1, Length);
        _b = Tensor.Random(2, Length);
        _x = _a.ToArray();
        _y = _b.ToArray();
        _destination = new double[Length];
    }

    [Benchmark(Baseline = true)]
    public double BareAdd()
    {
        TensorPrimitives.Add(_x, _y, _destination);
        return _destination[0];
    }

    [Benchmark]
    public double TensorAdd()
    {
        using var sum = _a + _b;
        return sum.Span[0];
    }

    [Benchmark]
    public double TensorAddUndisposed() => (_a + _b).Span[0];

    [Benchmark]
    public double BareMultiply()
    {
        TensorPrimitives.Multiply(_x, _y, _destination);
        return _destination[0];
    }

    [Benchmark]
    public double TensorMultiply()
    {
        using var product = _a * _b;
        return product.Span[0];
    }

    [Benchmark]
    public double TensorMultiplyUndisposed() => (_a * _b).Span[0];
}
