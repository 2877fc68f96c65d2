using Adcme;

namespace Adcme.Benchmarks;

/// <summary>The explicit 2-D heat equation of the tensor issue: n×n interior grid, h = 1/(n+1), dt = 0.2h²/3,
/// u⁰ = sin(πx)sin(πy), κ = 1 + x² + y², f = 1; uᵏ⁺¹ = uᵏ + dt·κ⊙Δuᵏ + dt·f; L = Σ (u^NT)². Gradient in κ.</summary>
public static partial class HeatEquation
{
    public sealed record Problem(int N, double H, double Dt, Tensor Kappa, Tensor U0);

    public static Problem Create(int n)
    {
        var h = 1.0 / (n + 1);
        var u0 = new double[n * n];
        var kappa = new double[n * n];
        for (var i = 0; i < n; i++)
        for (var j = 0; j < n; j++)
        {
            double x = (i + 1) * h, y = (j + 1) * h;
            u0[i * n + j] = Math.Sin(Math.PI * x) * Math.Sin(Math.PI * y);
            kappa[i * n + j] = 1 + x * x + y * y;
        }
        return new Problem(n, h, 0.2 * h * h / 3, Tensor.FromArray(kappa, n, n), Tensor.FromArray(u0, n, n));
    }

    /// <summary>The user's code: plain tensor operations.</summary>
    [Differentiable]
    public static double Loss(Tensor kappa, [NoDerivative] Tensor u0, [NoDerivative] double h, [NoDerivative] double dt, int steps)
    {
        var u = u0;
        for (var k = 0; k < steps; k++)
        {
            u = u + dt * (kappa * Stencils.Laplacian(u, h)) + dt;
        }
        return Tensor.SumOfSquares(u);
    }

    /// <summary>The same loss, its time loop checkpointed (issue 14): the reverse sweep keeps 20 snapshots of u instead
    /// of every step's record.</summary>
    [Differentiable, Checkpointed(Snapshots = 20)]
    public static double LossCheckpointed(Tensor kappa, [NoDerivative] Tensor u0, [NoDerivative] double h, [NoDerivative] double dt, int steps)
    {
        var u = u0;
        for (var k = 0; k < steps; k++)
        {
            u = u + dt * (kappa * Stencils.Laplacian(u, h)) + dt;
        }
        return Tensor.SumOfSquares(u);
    }

    /// <summary>The baseline: the adjoint written by hand in plain C# loops, storing every state.</summary>
    public static double GradientByHand(Problem p, int steps, out double[] dKappa)
    {
        var n = p.N;
        var size = n * n;
        var kappa = p.Kappa.ToArray();
        var states = new double[steps + 1][];
        states[0] = p.U0.ToArray();
        var lap = new double[size];
        var scale = 1 / (p.H * p.H);
        for (var k = 0; k < steps; k++)
        {
            var u = states[k];
            Laplacian(u, n, scale, lap);
            var next = new double[size];
            for (var c = 0; c < size; c++) next[c] = u[c] + p.Dt * kappa[c] * lap[c] + p.Dt;
            states[k + 1] = next;
        }
        var last = states[steps];
        var loss = 0.0;
        var bar = new double[size];
        for (var c = 0; c < size; c++)
        {
            loss += last[c] * last[c];
            bar[c] = 2 * last[c];
        }
        dKappa = new double[size];
        var weighted = new double[size];
        for (var k = steps - 1; k >= 0; k--)
        {
            // u⁺ = u + dt·κ⊙Δu + dt: κ̄ += dt·ū⊙Δu; ū ← ū + Δ(dt·κ⊙ū) (Δ is symmetric)
            Laplacian(states[k], n, scale, lap);
            for (var c = 0; c < size; c++)
            {
                dKappa[c] += p.Dt * bar[c] * lap[c];
                weighted[c] = p.Dt * kappa[c] * bar[c];
            }
            Laplacian(weighted, n, scale, lap);
            for (var c = 0; c < size; c++) bar[c] += lap[c];
        }
        return loss;
    }

    private static void Laplacian(double[] u, int n, double scale, double[] result)
    {
        for (var i = 0; i < n; i++)
        for (var j = 0; j < n; j++)
        {
            var c = i * n + j;
            var sum = -4 * u[c];
            if (i > 0) sum += u[c - n];
            if (i < n - 1) sum += u[c + n];
            if (j > 0) sum += u[c - 1];
            if (j < n - 1) sum += u[c + 1];
            result[c] = sum * scale;
        }
    }
}
