using Adcme;

namespace Adcme.Benchmarks;

// The heat loss with its Laplacian written the NumPy/TensorFlow way (ADCME users' way): the state padded with zeros
// and five windows of it (Tensor.Block), which the generated code fuses into the chain as reads in place.
public static partial class HeatEquation
{
    /// <summary>The heat loss of <see cref="Loss"/>, its Laplacian as Pad and five windows (one kernel per step).</summary>
    [Differentiable]
    public static double LossPadded(Tensor kappa, [NoDerivative] Tensor u0, [NoDerivative] double h, [NoDerivative] double dt, int steps)
    {
        var u = u0;
        var n = u0.Shape[0];
        var m = u0.Shape[1];
        for (var k = 0; k < steps; k++)
        {
            var full = Tensor.Pad(u, 1, 1, 1, 1, 0.0);
            u = u + dt * (kappa * ((Tensor.Block(full, 0, 1, n, m) + Tensor.Block(full, 2, 1, n, m) + Tensor.Block(full, 1, 0, n, m)
                + Tensor.Block(full, 1, 2, n, m) - 4.0 * Tensor.Block(full, 1, 1, n, m)) / (h * h))) + dt;
        }
        return Tensor.SumOfSquares(u);
    }

    /// <summary>The same with each window a named local: each Block a primitive call that copies its block, the chain
    /// reading five tensors and its reverse keeping them (what the Pad-based loss cost before windows fused).</summary>
    [Differentiable]
    public static double LossPaddedUnfused(Tensor kappa, [NoDerivative] Tensor u0, [NoDerivative] double h, [NoDerivative] double dt, int steps)
    {
        var u = u0;
        var n = u0.Shape[0];
        var m = u0.Shape[1];
        for (var k = 0; k < steps; k++)
        {
            var full = Tensor.Pad(u, 1, 1, 1, 1, 0.0);
            var up = Tensor.Block(full, 0, 1, n, m);
            var down = Tensor.Block(full, 2, 1, n, m);
            var left = Tensor.Block(full, 1, 0, n, m);
            var right = Tensor.Block(full, 1, 2, n, m);
            var centre = Tensor.Block(full, 1, 1, n, m);
            u = u + dt * (kappa * ((up + down + left + right - 4.0 * centre) / (h * h))) + dt;
        }
        return Tensor.SumOfSquares(u);
    }
}
