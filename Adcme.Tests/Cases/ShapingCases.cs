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
}
