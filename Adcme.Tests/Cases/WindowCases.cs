namespace Adcme.Tests.Cases;

/// <summary>Pad-based stencils written the NumPy/TensorFlow way, with Tensor.Block windows of a padded state: the windows
/// join the elementwise chain that reads them (read in place, no block tensor), forward and reverse.</summary>
public static partial class WindowCases
{
    /// <summary>The heat step with a Pad-based Laplacian (boundary value <paramref name="boundary"/>): the five windows and
    /// the chain around them are one kernel; the update is a second.</summary>
    [Differentiable]
    public static double PadHeat(Tensor u0, Tensor kappa, double boundary, [NoDerivative] double h, double dt, int steps)
    {
        var u = u0;
        var n = u0.Shape[0];
        var m = u0.Shape[1];
        for (var k = 0; k < steps; k++)
        {
            var full = Tensor.Pad(u, 1, 1, 1, 1, boundary);
            var lap = Tensor.Block(full, 0, 1, n, m) + Tensor.Block(full, 2, 1, n, m) + Tensor.Block(full, 1, 0, n, m)
                + Tensor.Block(full, 1, 2, n, m) - 4.0 * Tensor.Block(full, 1, 1, n, m);
            u = u + dt * (kappa * lap) / (h * h);
        }
        return Tensor.SumOfSquares(u);
    }

    /// <summary>The same step in one statement: windows, κ and the update in one kernel per step.</summary>
    [Differentiable]
    public static double PadHeatOneChain(Tensor u0, Tensor kappa, double boundary, [NoDerivative] double h, double dt, int steps)
    {
        var u = u0;
        var n = u0.Shape[0];
        var m = u0.Shape[1];
        for (var k = 0; k < steps; k++)
        {
            var full = Tensor.Pad(u, 1, 1, 1, 1, boundary);
            u = u + dt * (kappa * (Tensor.Block(full, 0, 1, n, m) + Tensor.Block(full, 2, 1, n, m) + Tensor.Block(full, 1, 0, n, m)
                + Tensor.Block(full, 1, 2, n, m) - 4.0 * Tensor.Block(full, 1, 1, n, m))) / (h * h);
        }
        return Tensor.SumOfSquares(u);
    }

    /// <summary>The unfused reference: each window a named local, so each Block stays a primitive call (a block tensor,
    /// Block's pullback).</summary>
    [Differentiable]
    public static double PadHeatUnfused(Tensor u0, Tensor kappa, double boundary, [NoDerivative] double h, double dt, int steps)
    {
        var u = u0;
        var n = u0.Shape[0];
        var m = u0.Shape[1];
        for (var k = 0; k < steps; k++)
        {
            var full = Tensor.Pad(u, 1, 1, 1, 1, boundary);
            var up = Tensor.Block(full, 0, 1, n, m);
            var down = Tensor.Block(full, 2, 1, n, m);
            var left = Tensor.Block(full, 1, 0, n, m);
            var right = Tensor.Block(full, 1, 2, n, m);
            var centre = Tensor.Block(full, 1, 1, n, m);
            u = u + dt * (kappa * (up + down + left + right - 4.0 * centre)) / (h * h);
        }
        return Tensor.SumOfSquares(u);
    }

    /// <summary>Windows at an offset known only at run time, of different sizes' operand, in scalar code (Tanh has no
    /// vector form) and a weight of the windows' shape.</summary>
    [Differentiable]
    public static double Windows(Tensor p, Tensor w, int r, int rows, int columns)
        => Tensor.Sum(Tensor.Tanh(w * Tensor.Block(p, r, 1, rows, columns) - Tensor.Block(p, 0, 2, rows, columns))
            + Tensor.Block(p, 1, 0, rows, columns) * 0.5);

    /// <summary>The same windows in vector code (plain arithmetic).</summary>
    [Differentiable]
    public static double WindowsVector(Tensor p, Tensor w, int r, int rows, int columns)
        => Tensor.SumOfSquares(w * Tensor.Block(p, r, 1, rows, columns) - Tensor.Block(p, 0, 2, rows, columns)
            + Tensor.Block(p, 1, 0, rows, columns) * 0.5);

    /// <summary>The operand read elementwise too (its windows then cover all of it): p̄ gets the elementwise share, then
    /// the windows'.</summary>
    [Differentiable]
    public static double WindowOfItself(Tensor p)
    {
        var n = p.Shape[0];
        var m = p.Shape[1];
        return Tensor.SumOfSquares(p * Tensor.Block(p, 0, 0, n, m) + p - Tensor.Sqrt(Tensor.Block(p, 0, 0, n, m) * p + 1.0));
    }

    /// <summary>A one-row window broadcast down a larger grid: the kernel reads the value Tensor.Block computed, and
    /// Block's pullback adds its adjoint.</summary>
    [Differentiable]
    public static double WindowBroadcast(Tensor p, Tensor stack) => Tensor.SumOfSquares(stack * Tensor.Block(p, 1, 0, 1, 4) + stack * 0.5);

    /// <summary>Windows of two operands and a Laplacian in one chain.</summary>
    [Differentiable]
    public static double WindowsAndLaplacian(Tensor u, Tensor p, Tensor q)
    {
        var n = u.Shape[0];
        var m = u.Shape[1];
        return Tensor.SumOfSquares(Stencils.Laplacian(u, 0.5) * Tensor.Block(p, 1, 1, n, m) + Tensor.Block(q, 0, 1, n, m) * u
            - Tensor.Block(p, 0, 0, n, m));
    }
}
