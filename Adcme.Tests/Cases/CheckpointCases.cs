namespace Adcme.Tests.Cases;

/// <summary>Checkpointed time loops ([Checkpointed]): the same programs with several snapshot budgets and without
/// checkpointing (store-all), so that tests can compare the gradients bit for bit.</summary>
public static partial class CheckpointCases
{
    /// <summary>The heat step of the benchmarks plus a nonlinear term, store-all.</summary>
    [Differentiable]
    public static double Heat(Tensor kappa, Tensor u0, double dt, int steps)
    {
        var u = u0;
        for (var k = 0; k < steps; k++)
        {
            u = u + dt * (kappa * Stencils.Laplacian(u, 0.5)) + dt * Tensor.Tanh(u);
        }
        return Tensor.SumOfSquares(u);
    }

    /// <summary>The same, checkpointed with 2 snapshots.</summary>
    [Differentiable, Checkpointed(Snapshots = 2)]
    public static double HeatCheckpointed(Tensor kappa, Tensor u0, double dt, int steps)
    {
        var u = u0;
        for (var k = 0; k < steps; k++)
        {
            u = u + dt * (kappa * Stencils.Laplacian(u, 0.5)) + dt * Tensor.Tanh(u);
        }
        return Tensor.SumOfSquares(u);
    }

    [Differentiable, Checkpointed(Snapshots = 0)]
    public static double HeatNoSnapshot(Tensor kappa, Tensor u0, double dt, int steps)
    {
        var u = u0;
        for (var k = 0; k < steps; k++)
        {
            u = u + dt * (kappa * Stencils.Laplacian(u, 0.5)) + dt * Tensor.Tanh(u);
        }
        return Tensor.SumOfSquares(u);
    }

    [Differentiable, Checkpointed(Snapshots = 1)]
    public static double HeatOneSnapshot(Tensor kappa, Tensor u0, double dt, int steps)
    {
        var u = u0;
        for (var k = 0; k < steps; k++)
        {
            u = u + dt * (kappa * Stencils.Laplacian(u, 0.5)) + dt * Tensor.Tanh(u);
        }
        return Tensor.SumOfSquares(u);
    }

    [Differentiable, Checkpointed(Snapshots = 50)]
    public static double HeatManySnapshots(Tensor kappa, Tensor u0, double dt, int steps)
    {
        var u = u0;
        for (var k = 0; k < steps; k++)
        {
            u = u + dt * (kappa * Stencils.Laplacian(u, 0.5)) + dt * Tensor.Tanh(u);
        }
        return Tensor.SumOfSquares(u);
    }

    /// <summary>The memory budget decides (Checkpointing.MemoryBudget).</summary>
    [Differentiable, Checkpointed]
    public static double HeatBudget(Tensor kappa, Tensor u0, double dt, int steps)
    {
        var u = u0;
        for (var k = 0; k < steps; k++)
        {
            u = u + dt * (kappa * Stencils.Laplacian(u, 0.5)) + dt * Tensor.Tanh(u);
        }
        return Tensor.SumOfSquares(u);
    }

    /// <summary>A scalar and array loop: a damped oscillator chain updated in place, a running sum, an index read, a
    /// branch, an inner loop, a loop-invariant input computed before the loop and a bound that is an expression.</summary>
    [Differentiable]
    public static double Chain(double[] x0, double damping, int steps)
    {
        var n = x0.Length;
        var x = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) x[i] = x0[i];
        var scale = 0.1 / (1 + damping);
        var energy = 0.0;
        var t = 0.0;
        for (var k = 1; k < steps + 1; k++)
        {
            for (var i = 0; i < n; i++)
            {
                var left = x[(i + n - 1) % n];
                var right = x[(i + 1) % n];
                v[i] = v[i] + scale * (left + right - 2 * x[i]) - damping * v[i] * Math.Abs(v[i]);
            }
            for (var i = 0; i < n; i++) x[i] = x[i] + 0.5 * Math.Sin(v[i]);
            if (x[k % n] > 0) energy += x[k % n] * x[k % n];
            else energy -= 0.5 * x[0] * t;
            t = t + 0.1 * k;
        }
        return energy + x[0] * x[n - 1] + t;
    }

    [Differentiable, Checkpointed(Snapshots = 2)]
    public static double ChainCheckpointed(double[] x0, double damping, int steps)
    {
        var n = x0.Length;
        var x = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) x[i] = x0[i];
        var scale = 0.1 / (1 + damping);
        var energy = 0.0;
        var t = 0.0;
        for (var k = 1; k < steps + 1; k++)
        {
            for (var i = 0; i < n; i++)
            {
                var left = x[(i + n - 1) % n];
                var right = x[(i + 1) % n];
                v[i] = v[i] + scale * (left + right - 2 * x[i]) - damping * v[i] * Math.Abs(v[i]);
            }
            for (var i = 0; i < n; i++) x[i] = x[i] + 0.5 * Math.Sin(v[i]);
            if (x[k % n] > 0) energy += x[k % n] * x[k % n];
            else energy -= 0.5 * x[0] * t;
            t = t + 0.1 * k;
        }
        return energy + x[0] * x[n - 1] + t;
    }

    [Differentiable, Checkpointed(Snapshots = 0)]
    public static double ChainNoSnapshot(double[] x0, double damping, int steps)
    {
        var n = x0.Length;
        var x = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) x[i] = x0[i];
        var scale = 0.1 / (1 + damping);
        var energy = 0.0;
        var t = 0.0;
        for (var k = 1; k < steps + 1; k++)
        {
            for (var i = 0; i < n; i++)
            {
                var left = x[(i + n - 1) % n];
                var right = x[(i + 1) % n];
                v[i] = v[i] + scale * (left + right - 2 * x[i]) - damping * v[i] * Math.Abs(v[i]);
            }
            for (var i = 0; i < n; i++) x[i] = x[i] + 0.5 * Math.Sin(v[i]);
            if (x[k % n] > 0) energy += x[k % n] * x[k % n];
            else energy -= 0.5 * x[0] * t;
            t = t + 0.1 * k;
        }
        return energy + x[0] * x[n - 1] + t;
    }

    [Differentiable, Checkpointed(Snapshots = 1)]
    public static double ChainOneSnapshot(double[] x0, double damping, int steps)
    {
        var n = x0.Length;
        var x = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) x[i] = x0[i];
        var scale = 0.1 / (1 + damping);
        var energy = 0.0;
        var t = 0.0;
        for (var k = 1; k < steps + 1; k++)
        {
            for (var i = 0; i < n; i++)
            {
                var left = x[(i + n - 1) % n];
                var right = x[(i + 1) % n];
                v[i] = v[i] + scale * (left + right - 2 * x[i]) - damping * v[i] * Math.Abs(v[i]);
            }
            for (var i = 0; i < n; i++) x[i] = x[i] + 0.5 * Math.Sin(v[i]);
            if (x[k % n] > 0) energy += x[k % n] * x[k % n];
            else energy -= 0.5 * x[0] * t;
            t = t + 0.1 * k;
        }
        return energy + x[0] * x[n - 1] + t;
    }

    [Differentiable, Checkpointed(Snapshots = 50)]
    public static double ChainManySnapshots(double[] x0, double damping, int steps)
    {
        var n = x0.Length;
        var x = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) x[i] = x0[i];
        var scale = 0.1 / (1 + damping);
        var energy = 0.0;
        var t = 0.0;
        for (var k = 1; k < steps + 1; k++)
        {
            for (var i = 0; i < n; i++)
            {
                var left = x[(i + n - 1) % n];
                var right = x[(i + 1) % n];
                v[i] = v[i] + scale * (left + right - 2 * x[i]) - damping * v[i] * Math.Abs(v[i]);
            }
            for (var i = 0; i < n; i++) x[i] = x[i] + 0.5 * Math.Sin(v[i]);
            if (x[k % n] > 0) energy += x[k % n] * x[k % n];
            else energy -= 0.5 * x[0] * t;
            t = t + 0.1 * k;
        }
        return energy + x[0] * x[n - 1] + t;
    }

    /// <summary>A tensor-valued checkpointed method (pullback only) whose loop also keeps a scalar and a second
    /// tensor that changes only every other step, called from another differentiable method (split mode).</summary>
    [Differentiable, Checkpointed(Snapshots = 1)]
    public static Tensor Evolve(Tensor u0, double rate, int steps)
    {
        var u = u0;
        var w = u0 * 0.5;
        var sum = 0.0;
        for (var k = 0; k < steps; k++)
        {
            if (k % 2 == 0) w = Tensor.Sin(w) + u * rate;
            u = u - rate * Tensor.Exp(-w * w) * u;
            sum = sum + Tensor.Sum(u) * 0.01;
        }
        return u * sum + w;
    }

    [Differentiable]
    public static double EvolveLoss(Tensor u0, double rate, int steps) => Tensor.SumOfSquares(Evolve(u0, rate, steps)) + rate;
}
