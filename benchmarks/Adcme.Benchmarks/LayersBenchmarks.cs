using BenchmarkDotNet.Attributes;

namespace Adcme.Benchmarks;

/// <summary>A 1-32-1 tanh network's squared misfit on 256 points, written two ways.</summary>
public static partial class MlpMisfit
{
    /// <summary>With <see cref="Layers.FullyConnected"/>: one primitive, weights and biases in one θ.</summary>
    [Differentiable]
    public static double FullyConnected(Tensor theta, [NoDerivative] Tensor x, [NoDerivative] Tensor y, [NoDerivative] int[] sizes)
        => Tensor.SumOfSquares(Layers.FullyConnected(x, sizes, theta) - y);

    /// <summary>With <see cref="Layers.Mlp"/> on the whole batch (x is 256 × 1): W₁ is 32 × 1 and W₂ 1 × 32 (out × in).</summary>
    [Differentiable]
    public static double Mlp(Tensor w1, Tensor b1, Tensor w2, Tensor b2, [NoDerivative] Tensor x, [NoDerivative] Tensor y)
        => Tensor.SumOfSquares(Layers.Mlp(w1, b1, w2, b2, x) - y);

    /// <summary>The same network with Tensor.MatMul, broadcast bias additions and Tensor.Tanh, differentiated op by op.</summary>
    [Differentiable]
    public static double Operations(Tensor w1, Tensor b1, Tensor w2, Tensor b2, [NoDerivative] Tensor x, [NoDerivative] Tensor y)
    {
        var hidden = Tensor.Tanh(Tensor.MatMul(x, w1) + b1);
        return Tensor.SumOfSquares(Tensor.MatMul(hidden, w2) + b2 - y);
    }
}

/// <summary>
/// <see cref="Layers.FullyConnected"/> (one [Primitive] with hand-written rules) and <see cref="Layers.Mlp"/> on the
/// batch (Dense's fused affine primitive, Tensor.Tanh between) against the same 1-32-1 network written with
/// <see cref="Tensor.MatMul"/> and <see cref="Tensor.Tanh"/> in a [Differentiable] method: the misfit on 256 points
/// and its gradient in all weights and biases. All compute tanh with Math.Tanh per element.
/// </summary>
[MemoryDiagnoser]
public class LayersBenchmarks
{
    private const int Points = 256;
    private static readonly int[] Sizes = [32, 1];
    private Tensor _theta = null!, _w1 = null!, _b1 = null!, _w2 = null!, _b2 = null!, _x = null!, _y = null!;
    private Tensor _w1Rows = null!, _w2Rows = null!;

    [GlobalSetup]
    public void Setup()
    {
        _theta = Layers.InitialTheta(1, Sizes, 1);
        var t = _theta.ToArray();
        // θ's layout: W₁ (1 × 32), b₁ (32), W₂ (32 × 1), b₂ (1); biases made non-zero so that they matter.
        for (var k = 32; k < 64; k++) t[k] = 0.01 * (k - 48);
        t[^1] = 0.1;
        _theta = Tensor.FromArray(t, t.Length);
        _w1 = Tensor.FromArray(t[..32], 1, 32);
        _b1 = Tensor.FromArray(t[32..64], 32);
        _w2 = Tensor.FromArray(t[64..96], 32, 1);
        _b2 = Tensor.FromArray(t[96..], 1);
        _w1Rows = Tensor.Transpose(_w1);
        _w2Rows = Tensor.Transpose(_w2);
        var x = new double[Points];
        var y = new double[Points];
        for (var i = 0; i < Points; i++)
        {
            x[i] = -1 + 2.0 * i / (Points - 1);
            y[i] = Math.Sin(Math.PI * x[i]);
        }
        _x = Tensor.FromArray(x, Points, 1);
        _y = Tensor.FromArray(y, Points, 1);
        var fused = FullyConnectedGradient();
        var operations = OperationsGradient();
        var mlp = MlpGradient();
        if (Math.Abs(fused - operations) > 1e-12 * Math.Abs(operations) || Math.Abs(mlp - operations) > 1e-12 * Math.Abs(operations))
        {
            throw new InvalidOperationException($"the networks disagree: {fused:R}, {mlp:R} and {operations:R}");
        }
    }

    [Benchmark]
    public double FullyConnectedForward() => MlpMisfit.FullyConnected(_theta, _x, _y, Sizes);

    [Benchmark]
    public double MlpForward() => MlpMisfit.Mlp(_w1Rows, _b1, _w2Rows, _b2, _x, _y);

    [Benchmark]
    public double OperationsForward() => MlpMisfit.Operations(_w1, _b1, _w2, _b2, _x, _y);

    /// <summary>The gradient in θ; returns |∇| so that both variants return the same number.</summary>
    [Benchmark]
    public double FullyConnectedGradient()
    {
        MlpMisfit.FullyConnected_Gradient(_theta, _x, _y, Sizes, out var dTheta);
        var norm = Tensor.SumOfSquares(dTheta);
        dTheta.Dispose();
        return Math.Sqrt(norm);
    }

    /// <summary>The gradient through <see cref="Layers.Mlp"/> in all weights and biases.</summary>
    [Benchmark]
    public double MlpGradient()
    {
        MlpMisfit.Mlp_Gradient(_w1Rows, _b1, _w2Rows, _b2, _x, _y, out var dW1, out var dB1, out var dW2, out var dB2);
        var norm = Tensor.SumOfSquares(dW1) + Tensor.SumOfSquares(dB1) + Tensor.SumOfSquares(dW2) + Tensor.SumOfSquares(dB2);
        dW1.Dispose();
        dB1.Dispose();
        dW2.Dispose();
        dB2.Dispose();
        return Math.Sqrt(norm);
    }

    [Benchmark(Baseline = true)]
    public double OperationsGradient()
    {
        MlpMisfit.Operations_Gradient(_w1, _b1, _w2, _b2, _x, _y, out var dW1, out var dB1, out var dW2, out var dB2);
        var norm = Tensor.SumOfSquares(dW1) + Tensor.SumOfSquares(dB1) + Tensor.SumOfSquares(dW2) + Tensor.SumOfSquares(dB2);
        dW1.Dispose();
        dB1.Dispose();
        dW2.Dispose();
        dB2.Dispose();
        return Math.Sqrt(norm);
    }
}
