using Adcme;

namespace Adcme.Benchmarks;

/// <summary>
/// Issue 14's scalar stencil: 1-D inviscid Burgers, ∂u/∂t + ∂(u²/2)/∂x = 0 on a periodic grid, finite volumes with the
/// Rusanov (local Lax–Friedrichs) flux F = (f(uₗ) + f(uᵣ))/2 − max(|uₗ|, |uᵣ|)(uᵣ − uₗ)/2, explicit Euler, written as
/// plain C# loops over <c>double[]</c> (the way simulation code is written). The loss is Σ (u − target)² at the end;
/// its gradient is in the initial state.
/// </summary>
public static partial class Burgers
{
    public const double Dx = 1.0 / 128;
    public const double Dt = 0.4 * Dx;

    [Differentiable]
    public static double Loss(double[] u0, [NoDerivative] double[] target, int steps)
    {
        var n = u0.Length;
        var u = new double[n];
        var next = new double[n];
        for (var i = 0; i < n; i++) u[i] = u0[i];
        for (var s = 0; s < steps; s++)
        {
            for (var i = 0; i < n; i++)
            {
                var left = u[(i + n - 1) % n];
                var centre = u[i];
                var right = u[(i + 1) % n];
                var speedLeft = Math.Max(Math.Abs(left), Math.Abs(centre));
                var speedRight = Math.Max(Math.Abs(centre), Math.Abs(right));
                var fluxLeft = 0.25 * (left * left + centre * centre) - 0.5 * speedLeft * (centre - left);
                var fluxRight = 0.25 * (centre * centre + right * right) - 0.5 * speedRight * (right - centre);
                next[i] = centre - Dt / Dx * (fluxRight - fluxLeft);
            }
            for (var i = 0; i < n; i++) u[i] = next[i];
        }
        var loss = 0.0;
        for (var i = 0; i < n; i++) loss += (u[i] - target[i]) * (u[i] - target[i]);
        return loss;
    }
}
