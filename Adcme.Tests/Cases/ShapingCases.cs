namespace Adcme.Tests.Cases;

/// <summary>The differentiable fixed-arity forms of Reshape, Concat and Stack.</summary>
public static partial class ShapingCases
{
    [Differentiable]
    public static double Shaping(Tensor a, Tensor b, [NoDerivative] Tensor weights)
    {
        var flat = Tensor.Reshape(a, 6);
        var square = Tensor.Reshape(Tensor.Concat(0, flat, Tensor.Reshape(b, 6)), 3, 4);
        var stacked = Tensor.Stack(Tensor.Reshape(a, 3, 2), Tensor.Reshape(b * a, 3, 2), Tensor.Reshape(b * b, 3, 2));
        var joined = Tensor.Concat(1, a, Tensor.Reshape(b, 2, 3), a * 2.0);
        return Tensor.SumOfSquares(Tensor.Tanh(square)) + Tensor.Sum(Tensor.Reshape(stacked, 2, 3, 3) * 0.5)
            + Tensor.Dot(Tensor.Reshape(Tensor.Stack(a, b), 12), weights) + Tensor.SumOfSquares(joined * joined);
    }

    /// <summary>Pad in every rank: a 5-point stencil on a grid ringed by a boundary value (differentiable too).</summary>
    [Differentiable]
    public static double Padding(Tensor u, double boundary)
    {
        var full = Tensor.Pad(u, 1, 1, 1, 1, boundary);
        var laplacian = Tensor.Block(full, 0, 1, 2, 3) + Tensor.Block(full, 2, 1, 2, 3) + Tensor.Block(full, 1, 0, 2, 3)
            + Tensor.Block(full, 1, 2, 2, 3) - 4.0 * Tensor.Block(full, 1, 1, 2, 3);
        var vector = Tensor.Pad(Tensor.Reshape(u, 6), 2, 1);
        var cube = Tensor.Pad(Tensor.Reshape(u, 1, 2, 3), 0, 1, 1, 0, 2, 2, boundary * boundary);
        var four = Tensor.Pad(Tensor.Reshape(u, 1, 2, 1, 3), 1, 0, 0, 1, 1, 1, 0, 2, -0.5 * boundary);
        return Tensor.SumOfSquares(laplacian) + Tensor.Dot(vector, Tensor.Sin(vector)) + Tensor.Sum(Tensor.Exp(cube * 0.3))
            + Tensor.SumOfSquares(four * Tensor.Tanh(four));
    }
}
