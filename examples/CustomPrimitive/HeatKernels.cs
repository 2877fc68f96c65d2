using System.Numerics.Tensors;

namespace Adcme.Examples.CustomPrimitive;

/// <summary>
/// A fused time step of the heat equation, u⁺ = u + dt·κ⊙Δu + dt·f, written as one loop with its adjoint
/// by hand — ADCME's "custom operator". The generator never looks inside: it calls the rules named here.
/// </summary>
/// <remarks>The loops read and write host memory (<see cref="Tensor.Span"/>). Tensors on a GPU backend
/// (<c>ADCME_BACKEND=cuda</c> or <c>ilgpu-cpu</c>) are staged explicitly: copied to the host, computed there, the
/// results copied back to the operands' backend — correct anywhere, but a transfer each way per call. A primitive
/// meant to run fast on a device is written with device operations or an ILGPU kernel instead (docs/gpu.md).</remarks>
public static class HeatKernels
{
    [Primitive(nameof(Step_Pullback), nameof(Step_Tangent))]
    [GradientCheck(Point = nameof(CheckPoint))] // the hand-written rules, checked after every build: docs/gradient-checking.md
    public static Tensor Step(Tensor kappa, Tensor u, [NoDerivative] double h, [NoDerivative] double dt, [NoDerivative] double source)
    {
        if (DeviceOf(kappa, u) is { } device)
        {
            using var hostKappa = kappa.To(Backend.Cpu);
            using var hostU = u.To(Backend.Cpu);
            using var hostResult = Step(hostKappa, hostU, h, dt, source);
            return hostResult.To(device);
        }
        var n = u.Shape[0];
        var m = u.Shape[1];
        var x = u.Span;
        var k = kappa.Span;
        var result = Tensor.Allocate(out var next, n, m);
        var scale = dt / (h * h);
        for (var i = 0; i < n; i++)
        for (var j = 0; j < m; j++)
        {
            var c = i * m + j;
            next[c] = x[c] + scale * k[c] * Laplacian(x, n, m, i, j) + dt * source;
        }
        return result;
    }

    /// <summary>κ̄ += dt·ū⊙Δu; ū += ū + Δ(dt·κ⊙ū) (Δ is symmetric with zero Dirichlet boundary).</summary>
    public static void Step_Pullback(Tensor kappa, Tensor u, double h, double dt, double source, Tensor result, Tensor seed,
        ref Tensor? dKappa, ref Tensor? dU)
    {
        if (DeviceOf(kappa, u, seed) is { } device)
        {
            using var hostKappa = kappa.To(Backend.Cpu);
            using var hostU = u.To(Backend.Cpu);
            using var hostResult = result.To(Backend.Cpu);
            using var hostSeed = seed.To(Backend.Cpu);
            Tensor? hostKappaBar = null, hostUBar = null;
            Step_Pullback(hostKappa, hostU, h, dt, source, hostResult, hostSeed, ref hostKappaBar, ref hostUBar);
            using (hostKappaBar) dKappa = Tensor.AddAdjoint(dKappa, hostKappaBar!.To(device), kappa.Shape);
            using (hostUBar) dU = Tensor.AddAdjoint(dU, hostUBar!.To(device), u.Shape);
            return;
        }
        var n = u.Shape[0];
        var m = u.Shape[1];
        var x = u.Span;
        var g = seed.Span;
        var k = kappa.Span;
        var scale = dt / (h * h);
        var kappaContribution = Tensor.Allocate(out var kappaBar, n, m);
        var weightedTensor = Tensor.Allocate(out var weighted, n, m);
        for (var i = 0; i < n; i++)
        for (var j = 0; j < m; j++)
        {
            var c = i * m + j;
            kappaBar[c] = scale * g[c] * Laplacian(x, n, m, i, j);
            weighted[c] = scale * k[c] * g[c];
        }
        var uContribution = Tensor.Allocate(out var uBar, n, m);
        for (var i = 0; i < n; i++)
        for (var j = 0; j < m; j++)
        {
            var c = i * m + j;
            uBar[c] = g[c] + Laplacian(weighted, n, m, i, j);
        }
        weightedTensor.Dispose();
        // AddAdjoint takes the contributions over: added in place into an existing adjoint (then given back to
        // the pool), or kept as the adjoint.
        dKappa = Tensor.AddAdjoint(dKappa, kappaContribution, kappa.Shape);
        dU = Tensor.AddAdjoint(dU, uContribution, u.Shape);
    }

    /// <summary>u̇⁺ = u̇ + dt·(κ̇⊙Δu + κ⊙Δu̇).</summary>
    public static Tensor? Step_Tangent(Tensor kappa, Tensor? dKappa, Tensor u, Tensor? dU, double h, double dt, double source, Tensor result)
    {
        if (dKappa is null && dU is null) return null;
        if (DeviceOf(kappa, u, dKappa, dU) is { } device)
        {
            using var hostKappa = kappa.To(Backend.Cpu);
            using var hostU = u.To(Backend.Cpu);
            using var hostKappaDot = dKappa?.To(Backend.Cpu);
            using var hostUDot = dU?.To(Backend.Cpu);
            using var hostResult = result.To(Backend.Cpu);
            using var hostTangent = Step_Tangent(hostKappa, hostKappaDot, hostU, hostUDot, h, dt, source, hostResult);
            return hostTangent!.To(device);
        }
        var n = u.Shape[0];
        var m = u.Shape[1];
        var scale = dt / (h * h);
        var derivative = Tensor.Allocate(out var tangent, n, m);
        for (var i = 0; i < n; i++)
        for (var j = 0; j < m; j++)
        {
            var c = i * m + j;
            var value = 0.0;
            if (dKappa is not null) value += scale * dKappa.Span[c] * Laplacian(u.Span, n, m, i, j);
            if (dU is not null) value += dU.Span[c] + scale * kappa.Span[c] * Laplacian(dU.Span, n, m, i, j);
            tangent[c] = value;
        }
        return derivative;
    }

    /// <summary>The 5-point stencil without 1/h², zero outside the grid.</summary>
    /// <summary>A 4×5 grid with uneven κ and u (h = 0.25, dt = 0.01, source 1): every stencil branch is exercised.</summary>
    internal static (Tensor Kappa, Tensor U, double H, double Dt, double Source) CheckPoint => (
        Tensor.FromArray(Enumerable.Range(0, 20).Select(i => 1.0 + 0.1 * (i % 7)).ToArray(), 4, 5),
        Tensor.FromArray(Enumerable.Range(0, 20).Select(i => Math.Sin(0.3 * i)).ToArray(), 4, 5),
        0.25, 0.01, 1.0);

    /// <summary>The GPU backend one of the tensors lives on, or null when all are host tensors.</summary>
    private static Backend? DeviceOf(params Tensor?[] tensors)
        => tensors.FirstOrDefault(tensor => tensor is not null && tensor.Backend.IsDevice)?.Backend;

    private static double Laplacian(ReadOnlySpan<double> u, int n, int m, int i, int j)
    {
        var c = i * m + j;
        var sum = -4 * u[c];
        if (i > 0) sum += u[c - m];
        if (i < n - 1) sum += u[c + m];
        if (j > 0) sum += u[c - 1];
        if (j < m - 1) sum += u[c + 1];
        return sum;
    }
}
