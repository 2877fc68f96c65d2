namespace Adcme.Tests.Cases;

/// <summary>Tensor code: operators, primitives, scalars mixed in, time loops with tensor state, calls.</summary>
public static partial class TensorCases
{
    [Differentiable]
    public static double Quadratic(Tensor x, Tensor a) => Tensor.Sum(a * x * x) + Tensor.Dot(x, a);

    [Differentiable]
    public static double ScalarAndTensor(Tensor x, double theta) => Tensor.Sum(Tensor.Exp(x * theta)) + theta * Tensor.Mean(x) - 1.0 / theta;

    /// <summary>A small MLP: Dot(w2, tanh(W1 x + b1)).</summary>
    [Differentiable]
    public static double Mlp(Tensor w1, Tensor b1, Tensor w2, [NoDerivative] Tensor x)
    {
        var hidden = Tensor.Tanh(Tensor.MatVec(w1, x) + b1);
        return Tensor.Dot(w2, hidden);
    }

    /// <summary>Explicit diffusion uᵏ⁺¹ = uᵏ + dt·κ⊙(L uᵏ): a time loop with tensor state.</summary>
    [Differentiable]
    public static double Diffusion(Tensor kappa, Tensor u0, [NoDerivative] Tensor laplacian, int steps)
    {
        var u = u0;
        for (var k = 0; k < steps; k++)
        {
            u += 0.1 * kappa * Tensor.MatVec(laplacian, u);
        }
        return Tensor.SumOfSquares(u);
    }

    [Differentiable]
    public static double Branching(Tensor x, double c)
    {
        var y = c > 0 ? x * c : -x;
        y -= Tensor.Sin(y) / 2.0;
        return Tensor.Norm(y) + Tensor.Max(Tensor.Relu(x)) + Tensor.Sum(Tensor.Sigmoid(y));
    }

    [Differentiable]
    public static double Calls(Tensor x, double scale) => Quadratic(x * scale, x) + ScalarAndTensor(x, scale);

    [Differentiable]
    public static double Broadcasting(Tensor matrix, Tensor row, Tensor column)
    {
        var shifted = (matrix + row) * column;
        return Tensor.SumOfSquares(shifted + matrix / (column * column + 1.0)) + Tensor.Sum(Tensor.MatMul(Tensor.Transpose(matrix), matrix));
    }

    /// <summary>A tensor-valued differentiable method (pushforward and pullback, no gradient).</summary>
    [Differentiable]
    public static Tensor Smooth(Tensor u, double weight) => u + weight * Stencils.Laplacian(u, 0.5);

    /// <summary>Calls the runtime's layers and a tensor-valued method of its own.</summary>
    [Differentiable]
    public static double NeuralLaw(Tensor w1, Tensor b1, Tensor w2, Tensor b2, [NoDerivative] Tensor input, Tensor grid, double weight)
    {
        var output = Layers.Mlp(w1, b1, w2, b2, input);
        return Tensor.SumOfSquares(output) + Tensor.Sum(Smooth(grid, weight) * grid);
    }

    [Differentiable]
    public static double Slices(Tensor m) => Tensor.SumOfSquares(Tensor.Rows(m, 1, 1)) + Tensor.Sum(Tensor.Block(m, 0, 1, 2, 2) * Tensor.Columns(m, 0, 2));
}
