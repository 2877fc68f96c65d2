using Adcme.Checking;

namespace Adcme.Tests;

/// <summary>Layers.Mlp on a batch inside [Differentiable] code, as the MLP fit writes it.</summary>
public static partial class LayerModels
{
    /// <summary>Σ (Mlp(x) − y)² over a batch (rows are samples), differentiated in the weights, biases and inputs.</summary>
    [Differentiable]
    public static double MlpMisfit(Tensor w1, Tensor b1, Tensor w2, Tensor b2, Tensor x, [NoDerivative] Tensor y)
        => Tensor.SumOfSquares(Layers.Mlp(w1, b1, w2, b2, x) - y);

    /// <summary>One sample through Dense, then a batch through Dense, in one objective.</summary>
    [Differentiable]
    public static double DenseBoth(Tensor w, Tensor b, Tensor sample, Tensor batch)
        => Tensor.Sum(Tensor.Tanh(Layers.Dense(w, b, sample))) + Tensor.SumOfSquares(Layers.Dense(w, b, batch));
}

/// <summary><see cref="Layers.Dense"/> and <see cref="Layers.Mlp"/> on one sample and on a batch: values against a
/// plain loop, the batch against sample-by-sample calls, the rules and whole gradients against central finite
/// differences and the dot-product test, and the shape errors.</summary>
public class LayersTests
{
    /// <summary>W·x + b for each row of a B × in batch, with plain loops.</summary>
    private static double[] Reference(double[] w, double[] b, double[] x, int batch, int inputs, int outputs)
    {
        var y = new double[batch * outputs];
        for (var i = 0; i < batch; i++)
        for (var o = 0; o < outputs; o++)
        {
            var sum = b[o];
            for (var p = 0; p < inputs; p++) sum += w[o * inputs + p] * x[i * inputs + p];
            y[i * outputs + o] = sum;
        }
        return y;
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(7, 1, 32)]
    [InlineData(7, 32, 1)]
    [InlineData(5, 4, 6)]
    [InlineData(3, 6, 4)]
    public void DenseBatchIsEachRow(int batch, int inputs, int outputs)
    {
        var w = Tensor.RandomNormal(1, outputs, inputs);
        var b = Tensor.RandomNormal(2, outputs);
        var x = Tensor.RandomNormal(3, batch, inputs);
        var y = Layers.Dense(w, b, x);
        Assert.Equal([batch, outputs], y.Shape);
        var expected = Reference(w.ToArray(), b.ToArray(), x.ToArray(), batch, inputs, outputs);
        var actual = y.ToArray();
        for (var k = 0; k < expected.Length; k++) Assert.Equal(expected[k], actual[k], 13);
        for (var i = 0; i < batch; i++)
        {
            var one = Layers.Dense(w, b, Tensor.Reshape(Tensor.Rows(x, i, 1), inputs));
            Assert.Equal([outputs], one.Shape);
            Assert.Equal(actual[(i * outputs)..((i + 1) * outputs)], one.ToArray());
        }
    }

    [Fact]
    public void MlpBatchIsEachRowAndMatchesFullyConnected()
    {
        // 1-32-1 on 9 points; FullyConnected stores W as (in, out), Mlp as (out, in).
        var w1 = Tensor.RandomNormal(4, 32, 1);
        var b1 = Tensor.RandomNormal(5, 32) * 0.1;
        var w2 = Tensor.RandomNormal(6, 1, 32);
        var b2 = Tensor.FromArray([0.3], 1);
        var x = Tensor.Reshape(Tensor.Linspace(-1, 1, 9), 9, 1);
        var y = Layers.Mlp(w1, b1, w2, b2, x);
        Assert.Equal([9, 1], y.Shape);
        for (var i = 0; i < 9; i++) Assert.Equal(y[i, 0], Layers.Mlp(w1, b1, w2, b2, Tensor.FromArray([x[i, 0]], 1))[0]);
        var theta = Tensor.Concat(0, [Tensor.Reshape(Tensor.Transpose(w1), 32), b1, Tensor.Reshape(Tensor.Transpose(w2), 32), b2]);
        var fc = Layers.FullyConnected(x, [32, 1], theta).ToArray();
        for (var i = 0; i < 9; i++) Assert.Equal(fc[i], y[i, 0], 13);
    }

    [Theory]
    [InlineData(1, 3, 1)]
    [InlineData(6, 1, 4)]
    [InlineData(6, 4, 1)]
    [InlineData(5, 3, 3)]
    public void AffineRules(int batch, int inputs, int outputs)
    {
        var w = Tensor.RandomNormal(7, outputs, inputs);
        var b = Tensor.RandomNormal(8, outputs);
        GradientChecker.CheckPrimitive(Layers.Affine, w, b, Tensor.RandomNormal(9, batch, inputs)).ThrowIfFailed();
        GradientChecker.CheckPrimitive(Layers.Affine, w, b, Tensor.RandomNormal(10, inputs)).ThrowIfFailed();
    }

    [Fact]
    public void MlpBatchGradient()
    {
        var x = Tensor.Reshape(Tensor.Linspace(-1, 1, 16), 8, 2);
        var y = Tensor.Reshape(Tensor.Sin(Tensor.Linspace(0, 3, 24)), 8, 3);
        var report = GradientAssert.Passes(LayerModels.MlpMisfit, Tensor.RandomNormal(11, 5, 2), Tensor.RandomNormal(12, 5) * 0.1,
            Tensor.RandomNormal(13, 3, 5), Tensor.RandomNormal(14, 3) * 0.1, x, y);
        Assert.Equal(10 + 5 + 15 + 3 + 16, report.Components.Count);
    }

    [Fact]
    public void DenseSampleAndBatchGradient()
        => GradientAssert.Passes(LayerModels.DenseBoth, Tensor.RandomNormal(15, 3, 4), Tensor.RandomNormal(16, 3),
            Tensor.RandomNormal(17, 4), Tensor.RandomNormal(18, 6, 4));

    [Fact]
    public void ShapeErrorsNameTheShapes()
    {
        var w = Tensor.Zeros(5, 3);
        var b = Tensor.Zeros(5);
        string Message(Func<Tensor> call) => Assert.Throws<TensorShapeException>(() => call()).Message;
        Assert.Equal("Dense: weights [5, 3] (out × in) need an input of 3 features, a vector [3] or a batch B × 3 (one sample per row), got [1, 256].",
            Message(() => Layers.Dense(w, b, Tensor.Zeros(1, 256))));
        Assert.Contains("got [4]", Message(() => Layers.Dense(w, b, Tensor.Zeros(4))), StringComparison.Ordinal);
        Assert.Contains("got [2, 3, 3]", Message(() => Layers.Dense(w, b, Tensor.Zeros(2, 3, 3))), StringComparison.Ordinal);
        Assert.Equal("Dense: weights [5, 3] (out × in) need a bias of shape [5], got [3].", Message(() => Layers.Dense(w, Tensor.Zeros(3), Tensor.Zeros(3))));
        Assert.Equal("Dense: the weights must be a matrix (out × in), got shape [15].", Message(() => Layers.Dense(Tensor.Zeros(15), b, Tensor.Zeros(3))));
        // Mlp: the second layer's weights do not take the hidden width.
        Assert.Contains("weights [2, 4] (out × in) need an input of 4 features", Message(() => Layers.Mlp(w, b, Tensor.Zeros(2, 4), Tensor.Zeros(2), Tensor.Zeros(7, 3))), StringComparison.Ordinal);
    }
}
