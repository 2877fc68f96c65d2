using Adcme.Tests.Cases;

namespace Adcme.Tests;

/// <summary>Generated derivatives of tensor code, against finite differences and the dot-product test.</summary>
public class TensorGradientTests
{
    private static readonly Tensor X = Tensor.FromArray([0.3, -0.7, 1.1, 0.4], 4);
    private static readonly Tensor A = Tensor.FromArray([1.5, 0.5, -2.0, 0.25], 4);

    [Fact]
    public void Quadratic()
    {
        GradientAssert.Passes(TensorCases.Quadratic, X, A);
        TensorCases.Quadratic_Gradient(X, A, out var dX, out var dA);
        // ∂x = 2 a x + a, ∂a = x² + x
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(2 * A[i] * X[i] + A[i], dX[i], 14);
            Assert.Equal(X[i] * X[i] + X[i], dA[i], 14);
        }
    }

    [Fact]
    public void ScalarAndTensor() => GradientAssert.Passes(TensorCases.ScalarAndTensor, X, 0.8);

    [Fact]
    public void Mlp()
    {
        var w1 = Tensor.RandomNormal(1, 5, 4) * 0.5;
        var b1 = Tensor.RandomNormal(2, 5) * 0.1;
        var w2 = Tensor.RandomNormal(3, 5);
        GradientAssert.Passes(TensorCases.Mlp, w1, b1, w2, X);
    }

    [Fact]
    public void Diffusion()
    {
        const int n = 6;
        var laplacian = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            laplacian[i * n + i] = -2;
            if (i > 0) laplacian[i * n + i - 1] = 1;
            if (i < n - 1) laplacian[i * n + i + 1] = 1;
        }
        var kappa = Tensor.Linspace(1, 2, n);
        var u0 = Tensor.Sin(Tensor.Linspace(0.4, 2.7, n));
        GradientAssert.Passes(TensorCases.Diffusion, kappa, u0, Tensor.FromArray(laplacian, n, n), 8);
    }

    [Theory]
    [InlineData(1.3)]
    [InlineData(-0.6)]
    public void Branching(double c) => GradientAssert.Passes(TensorCases.Branching, X, c);

    [Fact]
    public void Calls() => GradientAssert.Passes(TensorCases.Calls, X, 1.2);

    [Fact]
    public void Broadcasting() => GradientAssert.Passes(TensorCases.Broadcasting,
        Tensor.FromArray([0.3, -1.2, 0.8, 1.5, -0.4, 2.1], 2, 3), Tensor.FromArray([0.5, -0.25, 2.0], 3), Tensor.FromArray([1.5, -0.5], 2, 1));

    [Fact]
    public void NeuralLaw() => GradientAssert.Passes(TensorCases.NeuralLaw,
        Tensor.RandomNormal(1, 6, 3) * 0.5, Tensor.RandomNormal(2, 6) * 0.1, Tensor.RandomNormal(3, 2, 6) * 0.5, Tensor.RandomNormal(4, 2) * 0.1,
        Tensor.FromArray([0.5, -1.0, 2.0], 3), Tensor.RandomNormal(5, 3, 4), 0.3);

    [Fact]
    public void TensorValuedMethodsPushForwardAndPullBack()
    {
        var u = Tensor.RandomNormal(6, 3, 4);
        var v = Tensor.RandomNormal(7, 3, 4);
        var w = Tensor.RandomNormal(8, 3, 4);
        // dot-product test of the tensor-valued method, by hand: <J v, w> = <v, J^T w>
        var (value, tangent) = TensorCases.Smooth_Pushforward(u, v, 0.3, 0.0);
        Tensor? dU = null;
        var dWeight = 0.0;
        TensorCases.Smooth_Pullback(u, 0.3, w, ref dU, ref dWeight);
        Assert.Equal(Tensor.Dot(tangent!, w), Tensor.Dot(v, dU!), 12);
        Assert.Equal((u + 0.3 * Stencils.Laplacian(u, 0.5)).ToArray(), value.ToArray());
        Assert.Equal(Tensor.Dot(Stencils.Laplacian(u, 0.5), w), dWeight, 12);
    }

    [Fact]
    public void Slices() => GradientAssert.Passes(TensorCases.Slices, Tensor.FromArray([0.3, -1.2, 0.8, 1.5, -0.4, 2.1], 2, 3));

    [Fact]
    public void UnusedTensorParameterGetsZerosNotNull()
    {
        TensorCases.Mlp_Gradient(Tensor.Zeros(2, 4), Tensor.Zeros(2), Tensor.Zeros(2), X, out var dW1, out var dB1, out var dW2);
        Assert.Equal(new double[8], dW1.ToArray());
        Assert.Equal([2], dB1.Shape);
        Assert.Equal([2], dW2.Shape);
    }

    [Fact]
    public void Shaping() => GradientAssert.Passes(Cases.ShapingCases.Shaping,
        Tensor.FromArray([0.3, -1.2, 0.8, 1.5, -0.4, 2.1], 2, 3), Tensor.FromArray([0.5, -0.25, 2.0, 0.1, 0.7, -0.6], 2, 3), Tensor.Linspace(-1, 1, 12));

    [Fact]
    public void Padding() => GradientAssert.Passes(Cases.ShapingCases.Padding,
        Tensor.FromArray([0.3, -1.2, 0.8, 1.5, -0.4, 2.1], 2, 3), 0.7);

    [Fact]
    public void UserPrimitivesInATimeLoop() => GradientAssert.Passes(Cases.CustomPrimitiveCases.Diffuse,
        Tensor.Linspace(-1, 1, 7), Tensor.FromArray([0.9, 1.1, -0.7, 0.5, 1.3, 0.8, -1.2], 7), 4);

    [Fact]
    public void UserPrimitivesThatBreakTheOwnershipRulesLeaveTheArgumentsAlone()
    {
        // Same returns its argument and Copy's pullback keeps its seed: generated code copies both before the
        // reverse sweep gives storage back to the pool, so the caller's tensors stay whole and reusable.
        var x = Tensor.Linspace(-1, 1, 70);
        var weights = Tensor.Full(0.8, 70);
        var before = x.ToArray();
        var value = Cases.CustomPrimitiveCases.Diffuse_Gradient(x, weights, 3, out var dX, out var dWeights);
        Assert.False(x.IsDisposed);
        Assert.False(weights.IsDisposed);
        Assert.Equal(before, x.ToArray());
        var again = Cases.CustomPrimitiveCases.Diffuse_Gradient(x, weights, 3, out var dX2, out var dWeights2);
        Assert.Equal(value, again);
        Assert.Equal(dX.ToArray(), dX2.ToArray());
        Assert.Equal(dWeights.ToArray(), dWeights2.ToArray());
        Assert.Equal(before, x.ToArray());
    }
}
