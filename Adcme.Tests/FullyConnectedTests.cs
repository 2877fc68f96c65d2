using Adcme.Checking;

namespace Adcme.Tests;

/// <summary>Networks with <see cref="Layers.FullyConnected"/> inside [Differentiable] code: sizes come in as a
/// [NoDerivative] int[] parameter, passed along.</summary>
public static partial class FullyConnectedModels
{
    /// <summary>Σ (N(x; θ) − y)², differentiated in θ and in the inputs x.</summary>
    [Differentiable]
    public static double Misfit(Tensor theta, Tensor input, [NoDerivative] Tensor target, [NoDerivative] int[] sizes)
        => Tensor.SumOfSquares(Layers.FullyConnected(input, sizes, theta) - target);

    /// <summary>The mean squared error in θ alone, with a second network call on other points added in.</summary>
    [Differentiable]
    public static double TwoBatches(Tensor theta, [NoDerivative] Tensor first, [NoDerivative] Tensor second, [NoDerivative] int[] sizes)
    {
        var a = Layers.FullyConnected(first, sizes, theta);
        var b = Layers.FullyConnected(second, sizes, theta);
        return Tensor.Mean(Tensor.Tanh(a) * a) + Tensor.SumOfSquares(b) / 3.0;
    }
}

/// <summary><see cref="Layers.FullyConnected"/>, <see cref="Layers.ParameterCount"/> and <see cref="Layers.InitialTheta"/>:
/// values against a plain loop, both rules against finite differences and the dot-product test, a [Differentiable]
/// caller, Xavier initialisation, and the shape errors.</summary>
public class FullyConnectedTests
{
    /// <summary>The network written out with scalar loops and Math.Tanh, θ read in the documented layout.</summary>
    private static double[] Reference(double[] input, int batch, int inputs, int[] sizes, double[] theta)
    {
        var a = input;
        var width = inputs;
        var offset = 0;
        for (var l = 0; l < sizes.Length; l++)
        {
            var next = new double[batch * sizes[l]];
            for (var i = 0; i < batch; i++)
            for (var j = 0; j < sizes[l]; j++)
            {
                var z = theta[offset + width * sizes[l] + j];
                for (var p = 0; p < width; p++) z += a[i * width + p] * theta[offset + p * sizes[l] + j];
                next[i * sizes[l] + j] = l < sizes.Length - 1 ? Math.Tanh(z) : z;
            }
            offset += (width + 1) * sizes[l];
            width = sizes[l];
            a = next;
        }
        Assert.Equal(theta.Length, offset);
        return a;
    }

    public static TheoryData<int, int[], int> Networks => new()
    {
        { 1, [1], 1 },
        { 3, [4], 7 },
        { 1, [32, 1], 256 },
        { 2, [5, 3], 1 },
        { 2, [20, 20, 20, 1], 9 },
        { 4, [6, 1, 5, 2], 13 },
    };

    [Theory]
    [MemberData(nameof(Networks))]
    public void ValuesMatchAPlainLoop(int inputs, int[] sizes, int batch)
    {
        using var x = Tensor.RandomNormal(batch + inputs, batch, inputs);
        using var theta = Tensor.RandomNormal(17 * sizes.Length, Layers.ParameterCount(inputs, sizes)) * 0.7;
        using var y = Layers.FullyConnected(x, sizes, theta);
        Assert.Equal([batch, sizes[^1]], y.Shape.ToArray());
        var expected = Reference(x.ToArray(), batch, inputs, sizes, theta.ToArray());
        var actual = y.ToArray();
        // The same operations as the loop in the same order (bias, then Σₚ in order; Math.Tanh): equal to round-off.
        for (var k = 0; k < expected.Length; k++) Assert.Equal(expected[k], actual[k], 1e-14 * Math.Max(1, Math.Abs(expected[k])));
    }

    [Fact]
    public void AVectorIsOneSample()
    {
        int[] sizes = [8, 8, 3];
        using var x = Tensor.RandomNormal(5, 4, 2);
        using var theta = Layers.InitialTheta(2, sizes, 9);
        var all = Layers.FullyConnected(x, sizes, theta).ToArray();
        for (var i = 0; i < 4; i++)
        {
            using var sample = Tensor.FromArray(x.ToArray()[(2 * i)..(2 * i + 2)], 2);
            using var y = Layers.FullyConnected(sample, sizes, theta);
            Assert.Equal([3], y.Shape.ToArray());
            for (var j = 0; j < 3; j++) Assert.Equal(all[3 * i + j], y.ToArray()[j], 1e-14);
        }
    }

    [Fact]
    public void ASamplesValuesDoNotDependOnItsBatch()
    {
        // What makes data-parallel training on 4 ranks equal to 1 rank: each sample's output is the same bits
        // whether it comes in a batch of 256, of 64, of 3 or alone.
        int[] sizes = [32, 16, 1];
        using var theta = Layers.InitialTheta(2, sizes, 3);
        using var x = Tensor.RandomNormal(6, 256, 2);
        var all = Layers.FullyConnected(x, sizes, theta).ToArray();
        var data = x.ToArray();
        foreach (var (start, count) in new[] { (64, 64), (100, 3), (255, 1), (7, 1) })
        {
            using var part = Tensor.FromArray(data[(2 * start)..(2 * (start + count))], count, 2);
            Assert.Equal(all[start..(start + count)], Layers.FullyConnected(part, sizes, theta).ToArray());
        }
    }

    [Fact]
    public void OneHiddenLayerIsLayersMlpWithTransposedWeights()
    {
        // Mlp takes W of shape (out, in) and computes W·x; θ holds Wᵀ (in × out).
        using var theta = Tensor.RandomNormal(3, Layers.ParameterCount(3, [5, 2]));
        var t = theta.ToArray();
        using var w1 = Tensor.FromArray(t[..15], 3, 5);
        using var b1 = Tensor.FromArray(t[15..20], 5);
        using var w2 = Tensor.FromArray(t[20..30], 5, 2);
        using var b2 = Tensor.FromArray(t[30..], 2);
        using var x = Tensor.FromArray([0.3, -1.2, 0.8], 3);
        var expected = Layers.Mlp(Tensor.Transpose(w1), b1, Tensor.Transpose(w2), b2, x).ToArray();
        var actual = Layers.FullyConnected(x, [5, 2], theta).ToArray();
        for (var j = 0; j < 2; j++) Assert.Equal(expected[j], actual[j], 1e-14);
    }

    [Theory]
    [MemberData(nameof(Networks))]
    public void RulesPassFiniteDifferencesAndTheDotProductTest(int inputs, int[] sizes, int batch)
    {
        using var x = Tensor.RandomNormal(batch * 3 + inputs, batch, inputs);
        using var theta = Layers.InitialTheta(inputs, sizes, 11) + Tensor.RandomNormal(4, Layers.ParameterCount(inputs, sizes)) * 0.1;
        var report = GradientChecker.CheckPrimitive(Layers.FullyConnected, x, sizes, theta);
        Assert.True(report.Passed, report.ToString());
        using var sample = Tensor.RandomNormal(inputs, inputs);
        var one = GradientChecker.CheckPrimitive(Layers.FullyConnected, sample, sizes, theta);
        Assert.True(one.Passed, one.ToString());
    }

    [Theory]
    [InlineData(2, new[] { 10, 10, 1 }, 6)]
    [InlineData(3, new[] { 4, 2 }, 1)]
    [InlineData(1, new[] { 32, 1 }, 64)]
    public void ADifferentiableCallerChecksOut(int inputs, int[] sizes, int batch)
    {
        using var theta = Layers.InitialTheta(inputs, sizes, 5);
        using var x = Tensor.RandomNormal(8, batch, inputs);
        using var target = Tensor.RandomNormal(9, batch, sizes[^1]);
        var report = GradientChecker.Check(FullyConnectedModels.Misfit, theta, x, target, sizes);
        Assert.True(report.Passed, report.ToString());
        using var second = Tensor.RandomNormal(10, batch + 2, inputs);
        var two = GradientChecker.Check(FullyConnectedModels.TwoBatches, theta, x, second, sizes);
        Assert.True(two.Passed, two.ToString());
    }

    [Fact]
    public void TheGeneratedGradientIsBackpropagation()
    {
        // One hidden unit, one sample, written out: N = v·tanh(w·x + b) + c, L = (N − y)².
        double w = 0.7, b = -0.2, v = 1.3, c = 0.4, x = 0.9, y = 0.25;
        using var theta = Tensor.FromArray([w, b, v, c], 4);
        using var input = Tensor.FromArray([x], 1, 1);
        using var target = Tensor.FromArray([y], 1, 1);
        var h = Math.Tanh(w * x + b);
        var r = v * h + c - y;
        var loss = FullyConnectedModels.Misfit_Gradient(theta, input, target, [1, 1], out var dTheta, out var dInput);
        Assert.Equal(r * r, loss, 1e-15);
        double[] expected = [2 * r * v * (1 - h * h) * x, 2 * r * v * (1 - h * h), 2 * r * h, 2 * r];
        for (var k = 0; k < 4; k++) Assert.Equal(expected[k], dTheta.ToArray()[k], 1e-15);
        Assert.Equal(2 * r * v * (1 - h * h) * w, dInput.ToScalar(), 1e-15);
    }

    [Fact]
    public void ParameterCountFollowsTheLayout()
    {
        Assert.Equal(3 * 20 + 21 * 20 + 21 * 20 + 21 * 1, Layers.ParameterCount(2, [20, 20, 20, 1]));
        Assert.Equal(2 * 32 + 33 * 1, Layers.ParameterCount(1, [32, 1]));
        Assert.Equal(4, Layers.ParameterCount(3, [1]));
    }

    [Fact]
    public void InitialThetaIsXavierNormalWithZeroBiases()
    {
        int[] sizes = [300, 100];
        using var theta = Layers.InitialTheta(200, sizes, 42);
        var t = theta.ToArray();
        Assert.Equal(Layers.ParameterCount(200, sizes), t.Length);
        Assert.Equal(t, Layers.InitialTheta(200, sizes, 42).ToArray());
        Assert.NotEqual(t, Layers.InitialTheta(200, sizes, 43).ToArray());
        // Layer 1: 60000 weights of variance 2/500, then 300 biases; layer 2: 30000 weights of variance 2/400, then 100.
        (int Offset, int Count, double Variance)[] blocks = [(0, 60000, 2.0 / 500), (60300, 30000, 2.0 / 400)];
        foreach (var (offset, count, variance) in blocks)
        {
            var weights = t.AsSpan(offset, count).ToArray();
            var mean = weights.Average();
            var sample = weights.Sum(value => (value - mean) * (value - mean)) / (count - 1);
            // The sample variance's relative standard error is √(2/N) (0.58% and 0.82%): 4% is about 5σ.
            Assert.InRange(sample / variance, 0.96, 1.04);
            Assert.InRange(Math.Abs(mean), 0, 5 * Math.Sqrt(variance / count));
        }
        Assert.All(t[60000..60300], value => Assert.Equal(0.0, value));
        Assert.All(t[90300..], value => Assert.Equal(0.0, value));
    }

    [Fact]
    public void AWrongInputWidthNamesTheShapes()
    {
        using var theta = Layers.InitialTheta(2, [20, 1], 1);
        var error = Assert.Throws<TensorShapeException>(() => Layers.FullyConnected(Tensor.Ones(5, 3), [20, 1], theta));
        Assert.Contains("FullyConnected", error.Message, StringComparison.Ordinal);
        Assert.Contains("[5, 3]", error.Message, StringComparison.Ordinal);
        Assert.Contains("length 101", error.Message, StringComparison.Ordinal);
        Assert.Contains("[81]", error.Message, StringComparison.Ordinal);
        Assert.Contains("fits inputs of width 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AWrongThetaNamesTheShapes()
    {
        var length = Assert.Throws<TensorShapeException>(() => Layers.FullyConnected(Tensor.Ones(4, 2), [3, 1], Tensor.Ones(12)));
        Assert.Contains("need θ of length 13, got θ of shape [12]", length.Message, StringComparison.Ordinal);
        var matrix = Assert.Throws<TensorShapeException>(() => Layers.FullyConnected(Tensor.Ones(4, 2), [3, 1], Tensor.Ones(13, 1)));
        Assert.Contains("θ must be a vector", matrix.Message, StringComparison.Ordinal);
        Assert.Contains("[13, 1]", matrix.Message, StringComparison.Ordinal);
        var cube = Assert.Throws<TensorShapeException>(() => Layers.FullyConnected(Tensor.Ones(2, 2, 2), [3, 1], Tensor.Ones(13)));
        Assert.Contains("[2, 2, 2]", cube.Message, StringComparison.Ordinal);
        Assert.Contains("sizes is empty", Assert.Throws<TensorShapeException>(() => Layers.ParameterCount(2, [])).Message, StringComparison.Ordinal);
        Assert.Contains("[3, 0]", Assert.Throws<TensorShapeException>(() => Layers.InitialTheta(2, [3, 0], 1)).Message, StringComparison.Ordinal);
        Assert.Throws<TensorShapeException>(() => Layers.ParameterCount(0, [3]));
    }
}
