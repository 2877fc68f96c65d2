using Adcme;

namespace Adcme.Examples.HeatInverse;

/// <summary>The inverse problem: the grid, the time stepping, the true κ, the initial state, the source.</summary>
public sealed record HeatProblem(int N, int Steps, int Every)
{
    /// <summary>The grid spacing: n interior nodes on each side of [0, 1], the boundary nodes outside.</summary>
    public double H => 1.0 / (N + 1);

    /// <summary>The largest κ the time step is stable for (the explicit scheme needs κ·dt/h² ≤ 1/4).</summary>
    public const double KappaLimit = 2.5;

    /// <summary>The time step: stable for every κ up to <see cref="KappaLimit"/>.</summary>
    public double Dt => 0.25 * H * H / KappaLimit;

    /// <summary>κ(x, y) = 1 + 0.5·sin(2πx)·cos(πy), the field to recover.</summary>
    public static double TrueKappa(double x, double y) => 1 + 0.5 * Math.Sin(2 * Math.PI * x) * Math.Cos(Math.PI * y);

    /// <summary>The start of the optimization: κ = 1 everywhere.</summary>
    public const double InitialKappa = 1.0;

    /// <summary>u(x, y, 0) = sin(πx)·sin(πy) + 0.5·sin(2πx)·sin(3πy).</summary>
    public static double InitialState(double x, double y) => Math.Sin(Math.PI * x) * Math.Sin(Math.PI * y) + 0.5 * Math.Sin(2 * Math.PI * x) * Math.Sin(3 * Math.PI * y);

    /// <summary>f(x, y) = 10·x·(1 − y) + 5.</summary>
    public static double Source(double x, double y) => 10 * x * (1 - y) + 5;

    /// <summary>A function sampled at the interior nodes, row-major (row i at y = (i + 1)h, column j at x = (j + 1)h).</summary>
    public double[] Sample(Func<double, double, double> function)
    {
        var values = new double[N * N];
        for (var i = 0; i < N; i++)
        for (var j = 0; j < N; j++)
        {
            values[i * N + j] = function((j + 1) * H, (i + 1) * H);
        }
        return values;
    }
}
