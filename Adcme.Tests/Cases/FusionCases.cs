namespace Adcme.Tests.Cases;

/// <summary>Chains of elementwise tensor operations, which the reverse sweep runs as fused kernels.</summary>
public static partial class FusionCases
{
    /// <summary>Every fused function once, constants on both sides, a scalar parameter inside the chain.</summary>
    [Differentiable]
    public static double Functions(Tensor x, double s)
        => Tensor.Sum(Tensor.Exp(-x * s) + Tensor.Log(x * x + 1.0) - Tensor.Sin(x) * Tensor.Cos(2.0 * x)
            + Tensor.Tanh(x / s) + Tensor.Sqrt(x * x + 0.5) + Tensor.Abs(x - 0.1) + Tensor.Relu(x) - Tensor.Sigmoid(x) / 3.0
            + Tensor.Pow(x * x + 1.0, 1.5) - 2.0 / (x * x + 1.0));

    /// <summary>Broadcast inputs inside one chain: a row, a column and a rank-0 tensor; one input read twice.</summary>
    [Differentiable]
    public static double Broadcast(Tensor m, Tensor row, Tensor column, Tensor scale)
        => Tensor.SumOfSquares((m * row + column) * scale - m * 0.5);

    /// <summary>A time loop whose state goes through a chain each step, plus a chain whose inputs are only
    /// partly differentiable ([NoDerivative] source).</summary>
    [Differentiable]
    public static double Loop(Tensor u0, Tensor kappa, [NoDerivative] Tensor source, double dt, int steps)
    {
        var u = u0;
        for (var k = 0; k < steps; k++)
        {
            u = u + dt * (kappa * Stencils.Laplacian(u, 0.25)) + dt * Tensor.Tanh(source - u);
        }
        return Tensor.SumOfSquares(u);
    }

    /// <summary>A chain broken by a reassignment of one of its inputs: fusing across it would read the new value.</summary>
    [Differentiable]
    public static double Reassigned(Tensor a, Tensor b)
    {
        var t = a * b;
        var c = Tensor.Exp(t) + a;
        a = a * 2.0;
        return Tensor.Sum(c * a + t * b);
    }

    /// <summary>A tensor-valued method made of one chain, called by a scalar one.</summary>
    [Differentiable]
    public static Tensor Blend(Tensor a, Tensor b, double w) => w * a + (1.0 - w) * Tensor.Sigmoid(b) * a;

    [Differentiable]
    public static double UsesBlend(Tensor a, Tensor b, double w) => Tensor.SumOfSquares(Blend(a, b, w) - a) + Tensor.Sum(Blend(b, a, w));

    /// <summary>Pow with an exponent known only at run time, inside a fused chain (x⁰ has derivative 0, also at 0).</summary>
    [Differentiable]
    public static double Power(Tensor x, [NoDerivative] double p) => Tensor.Sum(Tensor.Pow(x * 2.0, p) * 0.5);

    /// <summary>The heat step: the stencil fused with the chain around it, forward in one pass over the grid.</summary>
    [Differentiable]
    public static double Heat(Tensor u0, Tensor kappa, [NoDerivative] double h, double dt, int steps)
    {
        var u = u0;
        for (var k = 0; k < steps; k++)
        {
            u = u + dt * (kappa * Stencils.Laplacian(u, h)) + dt;
        }
        return Tensor.SumOfSquares(u);
    }

    /// <summary>Three stencils in one chain: v is reached only through its stencil (the stencil's pass starts its
    /// adjoint), u through its elements and through two stencils of different scales; a square root keeps the
    /// chain vector code, a division by the run-time scalar too.</summary>
    [Differentiable]
    public static double Stencils3(Tensor u, Tensor v, double s, [NoDerivative] Tensor weights)
        => Tensor.Sum(weights * (u * Stencils.Laplacian(v, 0.5) + Stencils.Laplacian(u, 2.0) * Stencils.Laplacian(u, 0.25) / s
            - Tensor.Sqrt(u * u + 1.0)));

    /// <summary>A stencil whose value is broadcast into a larger shape: the kernel reads what the primitive computed.</summary>
    [Differentiable]
    public static double StencilBroadcast(Tensor u, Tensor stack) => Tensor.SumOfSquares(stack * Stencils.Laplacian(u, 1.0) + u * 0.5);

    /// <summary>A stencil of a chain's value: the chain is computed first (its own kernel), the stencil reads it.</summary>
    [Differentiable]
    public static double StencilOfChain(Tensor u, Tensor w) => Tensor.SumOfSquares(Stencils.Laplacian(u * w + 1.0, 0.5) * w - Tensor.Tanh(u));

    /// <summary>The distributed heat step's stencil on a padded block (here padded with zeros): fused like Laplacian,
    /// its reverse the primitive's own pullback on the stencil's adjoint.</summary>
    [Differentiable]
    public static double HaloHeat(Tensor u0, Tensor kappa, [NoDerivative] double h, double dt, int steps)
    {
        var u = u0;
        for (var k = 0; k < steps; k++)
        {
            var padded = Tensor.Pad(u, 1, 1, 1, 1, 0.0);
            u = u + dt * (kappa * Stencils.HaloLaplacian(padded, h) + 1.0);
        }
        return Tensor.SumOfSquares(u);
    }

    /// <summary>A halo stencil of a parameter: the block's shape is checked as the primitive checks it.</summary>
    [Differentiable]
    public static double HaloStencil(Tensor padded, Tensor w) => Tensor.SumOfSquares(w * Stencils.HaloLaplacian(padded, 0.5) + 0.5);

    /// <summary>The variable-coefficient heat step: Stencils.Diffusion(κ, u, h), two tensor operands read at neighbouring
    /// nodes, fused with the chain around it (forward one pass over the grid; in reverse the elementwise pass gives the
    /// stencil's adjoint, from which the primitive's pullback gives κ̄ and ū).</summary>
    [Differentiable]
    public static double DiffusionHeat(Tensor u0, Tensor kappa, [NoDerivative] double h, double dt, int steps)
    {
        var u = u0;
        for (var k = 0; k < steps; k++)
        {
            u = u + dt * Stencils.Diffusion(kappa, u, h) + dt;
        }
        return Tensor.SumOfSquares(u);
    }

    /// <summary>Diffusion whose value is broadcast into a larger shape: the kernel reads what the primitive computed.</summary>
    [Differentiable]
    public static double DiffusionBroadcast(Tensor kappa, Tensor u, Tensor stack) => Tensor.SumOfSquares(stack * Stencils.Diffusion(kappa, u, 1.0) + u * 0.5);

    /// <summary>κ inside the chain too, a Laplacian beside it, a function without a vector form (scalar code).</summary>
    [Differentiable]
    public static double DiffusionMixed(Tensor kappa, Tensor u, [NoDerivative] Tensor w)
        => Tensor.Sum(w * Tensor.Tanh(kappa * Stencils.Diffusion(kappa, u, 0.5) - u) + Stencils.Laplacian(u, 0.5) * 0.1);

    /// <summary>A fixed coefficient field ([NoDerivative] κ): only ū is wanted from the primitive's pullback.</summary>
    [Differentiable]
    public static double DiffusionFixedKappa(Tensor u, [NoDerivative] Tensor kappa) => Tensor.SumOfSquares(u - 0.1 * Stencils.Diffusion(kappa, u, 0.7));
}
