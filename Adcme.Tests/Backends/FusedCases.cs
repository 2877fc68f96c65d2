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

    /// <summary>Sixteen tensors and a scalar in one chain (more views than ILGPU launches a kernel with, packed in
    /// KernelViews): four tensors not differentiated, every other one's adjoint and the scalar's wanted.</summary>
    [Differentiable]
    public static Tensor Wide(Tensor x0, Tensor x1, Tensor x2, [NoDerivative] Tensor x3, Tensor x4, Tensor x5,
        Tensor x6, [NoDerivative] Tensor x7, Tensor x8, double s, Tensor x9, Tensor x10,
        [NoDerivative] Tensor x11, Tensor x12, Tensor x13, [NoDerivative] Tensor x14, Tensor x15)
        => (x0 * x1 + x2 * x3) * s + Tensor.Tanh(x4 - x5 * x6) + x7 * Tensor.Sqrt(x8 * x8 + 1.0)
            - x9 / (x10 * x10 + 1.0) + x11 * x12 * 0.5 + Tensor.Sigmoid(x13 + x14) * x15;

    /// <summary>Forty tensors and a scalar in one chain: eleven KernelViews in the pullback's kernel, the fresh flags
    /// of inputs 32 to 39 in a second int.</summary>
    [Differentiable]
    public static Tensor Wider(Tensor x0, Tensor x1, Tensor x2, Tensor x3, Tensor x4, Tensor x5, Tensor x6, Tensor x7,
        Tensor x8, Tensor x9, Tensor x10, Tensor x11, Tensor x12, Tensor x13, Tensor x14, Tensor x15,
        Tensor x16, Tensor x17, Tensor x18, Tensor x19, Tensor x20, Tensor x21, Tensor x22, Tensor x23,
        Tensor x24, Tensor x25, Tensor x26, Tensor x27, Tensor x28, Tensor x29, Tensor x30, Tensor x31,
        Tensor x32, Tensor x33, Tensor x34, Tensor x35, Tensor x36, Tensor x37, Tensor x38, Tensor x39,
        double s)
        => x0 * x1 + x2 * x3 + x4 * x5 + x6 * x7 + x8 * x9 + x10 * x11 + x12 * x13 + x14 * x15 + x16 * x17 + x18 * x19
            + (x20 * x21 + x22 * x23 + x24 * x25 + x26 * x27 + x28 * x29 + x30 * x31 + x32 * x33 + x34 * x35
            + x36 * x37 + x38 * x39) * s;

    /// <summary>Fifty-three tensors in one chain: the forward kernel's 54 views fit (seven KernelViews), the pullback's
    /// 107 do not (more than the 104 of thirteen KernelViews): its located error on a device.</summary>
    [Differentiable]
    public static Tensor Widest(Tensor x0, Tensor x1, Tensor x2, Tensor x3, Tensor x4, Tensor x5, Tensor x6, Tensor x7,
        Tensor x8, Tensor x9, Tensor x10, Tensor x11, Tensor x12, Tensor x13, Tensor x14, Tensor x15,
        Tensor x16, Tensor x17, Tensor x18, Tensor x19, Tensor x20, Tensor x21, Tensor x22, Tensor x23,
        Tensor x24, Tensor x25, Tensor x26, Tensor x27, Tensor x28, Tensor x29, Tensor x30, Tensor x31,
        Tensor x32, Tensor x33, Tensor x34, Tensor x35, Tensor x36, Tensor x37, Tensor x38, Tensor x39,
        Tensor x40, Tensor x41, Tensor x42, Tensor x43, Tensor x44, Tensor x45, Tensor x46, Tensor x47,
        Tensor x48, Tensor x49, Tensor x50, Tensor x51, Tensor x52)
        => x0 * x1 + x2 * x3 + x4 * x5 + x6 * x7 + x8 * x9 + x10 * x11 + x12 * x13 + x14 * x15 + x16 * x17 + x18 * x19
            + x20 * x21 + x22 * x23 + x24 * x25 + x26 * x27 + x28 * x29 + x30 * x31 + x32 * x33 + x34 * x35
            + x36 * x37 + x38 * x39 + x40 * x41 + x42 * x43 + x44 * x45 + x46 * x47 + x48 * x49 + x50 * x51 + x52;

    /// <summary>Ten scalars in one chain: more doubles than one KernelScalars holds (a second one, and the views packed).</summary>
    [Differentiable]
    public static Tensor ManyScalars(Tensor x, double s0, double s1, double s2, double s3, double s4, double s5, double s6, double s7, double s8, double s9)
        => x * s0 + (x - s1) * s2 + Tensor.Tanh(x * s3) * s4 + (x + s5) * (x - s6) * s7 + x / (s8 * s8 + 1.0) + s9 * x * x;

    /// <summary>FusionCases.DiffusionHeat's step: Stencils.Diffusion(κ, u, h) fused with the chain around it (one grid
    /// kernel forward; in reverse the elementwise kernel, then the primitive's pullback for κ̄ and ū), a scalar input.</summary>
    [Differentiable]
    public static Tensor DiffusionSteps(Tensor u0, Tensor kappa, [NoDerivative] double h, double dt, int steps)
    {
        var u = u0;
        for (var k = 0; k < steps; k++)
        {
            u = u + dt * Stencils.Diffusion(kappa, u, h) + dt;
        }
        return u;
    }

    /// <summary>FusionCases.DiffusionBroadcast's chain: Diffusion's value broadcast into a larger shape (the flat kernel
    /// reads what the primitive computed).</summary>
    [Differentiable]
    public static Tensor DiffusionBroadcast(Tensor kappa, Tensor u, Tensor stack) => stack * Stencils.Diffusion(kappa, u, 1.0) + u * 0.5;

    /// <summary>FusionCases.DiffusionMixed's chain: κ inside the chain too, a Laplacian beside it, a function without a
    /// vector form.</summary>
    [Differentiable]
    public static Tensor DiffusionMixed(Tensor kappa, Tensor u, [NoDerivative] Tensor w)
        => w * Tensor.Tanh(kappa * Stencils.Diffusion(kappa, u, 0.5) - u) + Stencils.Laplacian(u, 0.5) * 0.1;

    /// <summary>FusionCases.DiffusionFixedKappa's chain: a [NoDerivative] κ (only ū from the primitive's pullback).</summary>
    [Differentiable]
    public static Tensor DiffusionFixedKappa(Tensor u, [NoDerivative] Tensor kappa) => u - 0.1 * Stencils.Diffusion(kappa, u, 0.7);

    /// <summary>A [NoDerivative] u: the stencil node is reached only through its coefficient (only κ̄ from the
    /// primitive's pullback).</summary>
    [Differentiable]
    public static Tensor DiffusionFixedU(Tensor kappa, [NoDerivative] Tensor u) => Tensor.Tanh(Stencils.Diffusion(kappa, u, 0.7)) * kappa + 0.5;
}
