namespace Adcme.Tests.Cases;

/// <summary>Maximum, Minimum, Clamp, Where and Roll inside differentiable code.</summary>
public static partial class TensorOpsCases
{
    /// <summary>A soft hinge and a floor: Maximum and Minimum with a broadcast operand.</summary>
    [Differentiable]
    public static double MaxMin(Tensor x, Tensor y, Tensor row)
        => Tensor.Sum(Tensor.Maximum(x, y) * x) + Tensor.SumOfSquares(Tensor.Minimum(y * 2.0, row));

    /// <summary>Ties: Maximum(x, x) and Minimum(x, x) are x, and so are their derivatives.</summary>
    [Differentiable]
    public static double Tied(Tensor x) => Tensor.Sum(Tensor.Maximum(x, x)) + Tensor.Sum(Tensor.Minimum(x, x));

    /// <summary>Clamp with differentiable bounds.</summary>
    [Differentiable]
    public static double Clamped(Tensor x, double lo, double hi) => Tensor.SumOfSquares(Tensor.Clamp(x * 1.5, lo, hi)) + lo * hi;

    /// <summary>Where with a constant mask, a broadcast branch.</summary>
    [Differentiable]
    public static double Selected([NoDerivative] Tensor mask, Tensor a, Tensor b)
        => Tensor.Sum(Tensor.Where(mask, Tensor.Sin(a), b * a));

    /// <summary>A periodic finite difference: (roll(u, 1) − 2u + roll(u, −1)) along the last axis.</summary>
    [Differentiable]
    public static double PeriodicLaplacian(Tensor u, Tensor w)
    {
        var lap = Tensor.Roll(u, 1, -1) - 2.0 * u + Tensor.Roll(u, -1, -1);
        return Tensor.Sum(w * lap * lap) + Tensor.Dot(Tensor.Reshape(Tensor.Roll(u, 5, 0), 6), Tensor.Reshape(w, 6));
    }
}
