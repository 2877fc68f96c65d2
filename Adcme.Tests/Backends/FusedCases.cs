namespace Adcme.Tests.Backends;

/// <summary>
/// The fused kernels of <see cref="Cases.FusionCases"/> as tensor-valued methods, whose generated pullback, M_Value
/// and kernels call nothing but what runs on a device today (operators, functions, Copy, AddAdjoint): the device form
/// of each fused kernel, forward and reverse, against the CPU form.
/// </summary>
public static partial class FusedCases
{
    /// <summary>FusionCases.Heat's step: the stencil fused with the chain around it (grid kernels; the stencil's
    /// adjoint in a second kernel; a scalar input, dt, whose adjoint is a sum over elements).</summary>
    [Differentiable]
    public static Tensor HeatSteps(Tensor u0, Tensor kappa, [NoDerivative] double h, double dt, int steps)
    {
        var u = u0;
        for (var k = 0; k < steps; k++)
        {
            u = u + dt * (kappa * Stencils.Laplacian(u, h)) + dt;
        }
        return u;
    }

    /// <summary>FusionCases.Loop's step: a stencil, Tanh, and an input that is not differentiated.</summary>
    [Differentiable]
    public static Tensor LoopSteps(Tensor u0, Tensor kappa, [NoDerivative] Tensor source, double dt, int steps)
    {
        var u = u0;
        for (var k = 0; k < steps; k++)
        {
            u = u + dt * (kappa * Stencils.Laplacian(u, 0.25)) + dt * Tensor.Tanh(source - u);
        }
        return u;
    }

    /// <summary>FusionCases.Stencils3's chain: three stencils, one operand through its elements and two stencils.</summary>
    [Differentiable]
    public static Tensor Stencils3(Tensor u, Tensor v, double s, [NoDerivative] Tensor weights)
        => weights * (u * Stencils.Laplacian(v, 0.5) + Stencils.Laplacian(u, 2.0) * Stencils.Laplacian(u, 0.25) / s
            - Tensor.Sqrt(u * u + 1.0));

    /// <summary>FusionCases.Functions' chain: every fused function, a scalar parameter inside the chain.</summary>
    [Differentiable]
    public static Tensor Functions(Tensor x, double s)
        => Tensor.Exp(-x * s) + Tensor.Log(x * x + 1.0) - Tensor.Sin(x) * Tensor.Cos(2.0 * x)
            + Tensor.Tanh(x / s) + Tensor.Sqrt(x * x + 0.5) + Tensor.Abs(x - 0.1) + Tensor.Relu(x) - Tensor.Sigmoid(x) / 3.0
            + Tensor.Pow(x * x + 1.0, 1.5) - 2.0 / (x * x + 1.0);

    /// <summary>FusionCases.Power's chain: Pow with an exponent known only at run time.</summary>
    [Differentiable]
    public static Tensor Power(Tensor x, [NoDerivative] double p) => Tensor.Pow(x * 2.0, p) * 0.5;

    /// <summary>FusionCases.HaloStencil's chain: a stencil on a padded block (a margin).</summary>
    [Differentiable]
    public static Tensor Halo(Tensor padded, Tensor w) => w * Stencils.HaloLaplacian(padded, 0.5) + 0.5;

    /// <summary>FusionCases.Broadcast's chain: a row, a column and a rank-0 tensor broadcast inside one kernel.</summary>
    [Differentiable]
    public static Tensor Broadcast(Tensor m, Tensor row, Tensor column, Tensor scale) => (m * row + column) * scale - m * 0.5;
}
