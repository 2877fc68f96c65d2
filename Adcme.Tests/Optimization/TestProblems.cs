namespace Adcme.Tests.Optimization;

/// <summary>Objectives with known minimizers for the optimizer tests.</summary>
internal static class TestProblems
{
    /// <summary>Rosenbrock's function 100 (y − x²)² + (1 − x)², minimum 0 at (1, 1).</summary>
    public static (double Value, double[] Gradient) Rosenbrock(double[] p)
    {
        var (x, y) = (p[0], p[1]);
        var a = y - x * x;
        return (100 * a * a + (1 - x) * (1 - x), [-400 * a * x - 2 * (1 - x), 200 * a]);
    }

    /// <summary>The SPD matrix A of <see cref="Quadratic"/>.</summary>
    public static readonly double[,] A = { { 4, 1, 0 }, { 1, 3, -1 }, { 0, -1, 2 } };

    /// <summary>b of <see cref="Quadratic"/>: A·(0, 1, 2) = (1, 1, 3), so the minimizer is (0, 1, 2).</summary>
    public static readonly double[] B = [1, 1, 3];

    /// <summary>½ xᵀA x − bᵀx and its gradient A x − b.</summary>
    public static (double Value, double[] Gradient) Quadratic(double[] x)
    {
        var ax = new double[3];
        for (var i = 0; i < 3; i++) for (var j = 0; j < 3; j++) ax[i] += A[i, j] * x[j];
        var value = 0.0;
        for (var i = 0; i < 3; i++) value += 0.5 * x[i] * ax[i] - B[i] * x[i];
        return (value, [ax[0] - B[0], ax[1] - B[1], ax[2] - B[2]]);
    }

    /// <summary>The solution of A x = b.</summary>
    public static readonly double[] QuadraticMinimizer = [0, 1, 2];

    /// <summary>f at the minimizer: −½ bᵀx = −½ (0 + 1 + 6) = −3.5.</summary>
    public const double QuadraticMinimum = -3.5;

    /// <summary>Rank r's part of a problem split over ranks: Σ_r (c_r/2)(θ₀ − r)² + (θ₁ − θ₀²)² with c_r = r + 1; the sum over
    /// ranks is computed in rank order in <see cref="SplitSum"/>, as the reductions add.</summary>
    public static (double Value, double[] Gradient) Split(int rank, double[] t)
    {
        var c = rank + 1.0;
        var a = t[1] - t[0] * t[0];
        var value = 0.5 * c * (t[0] - rank) * (t[0] - rank) + (rank == 0 ? a * a : 0.0);
        double[] gradient = [c * (t[0] - rank) + (rank == 0 ? -4 * a * t[0] : 0.0), rank == 0 ? 2 * a : 0.0];
        return (value, gradient);
    }

    /// <summary>The sum over <paramref name="ranks"/> ranks of <see cref="Split"/>, added in rank order.</summary>
    public static (double Value, double[] Gradient) SplitSum(int ranks, double[] t)
    {
        var (value, gradient) = Split(0, t);
        for (var r = 1; r < ranks; r++)
        {
            var (v, g) = Split(r, t);
            value += v;
            gradient[0] += g[0];
            gradient[1] += g[1];
        }
        return (value, gradient);
    }
}
