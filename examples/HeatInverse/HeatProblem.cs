using Adcme;

namespace Adcme.Examples.HeatInverse;

/// <summary>One rank's patch of the n×n interior grid: rows <see cref="Row"/>… and columns <see cref="Column"/>… of
/// the grid, on a <see cref="GridRows"/> × <see cref="GridColumns"/> process grid (rank r at grid row r / columns,
/// column r % columns, as <see cref="Communicator.HaloExchange(Tensor, int, int, int, double)"/> places it).</summary>
public sealed record Patch(int Row, int Column, int Rows, int Columns, int GridRows, int GridColumns)
{
    /// <summary>Rank <paramref name="rank"/>'s patch: the grid's rows split into <paramref name="gridRows"/> runs and
    /// its columns into <paramref name="gridColumns"/>, as evenly as they go (the first runs one longer).</summary>
    public static Patch Of(int n, int gridRows, int gridColumns, int rank)
    {
        var (row, rows) = Split(n, gridRows, rank / gridColumns);
        var (column, columns) = Split(n, gridColumns, rank % gridColumns);
        return new Patch(row, column, rows, columns, gridRows, gridColumns);
    }

    private static (int Start, int Count) Split(int n, int parts, int part)
    {
        var count = n / parts + (part < n % parts ? 1 : 0);
        var start = part * (n / parts) + Math.Min(part, n % parts);
        return (start, count);
    }

    /// <summary>This patch's values of a field given on the whole grid (row-major, n×n).</summary>
    public Tensor Take(ReadOnlySpan<double> field, int n)
    {
        var block = new double[Rows * Columns];
        for (var i = 0; i < Rows; i++) field.Slice((Row + i) * n + Column, Columns).CopyTo(block.AsSpan(i * Columns, Columns));
        return Tensor.FromArray(block, Rows, Columns);
    }

    /// <summary>Writes this patch's values into a field on the whole grid (the rest is left as it is).</summary>
    public void Put(ReadOnlySpan<double> block, Span<double> field, int n)
    {
        for (var i = 0; i < Rows; i++) block.Slice(i * Columns, Columns).CopyTo(field.Slice((Row + i) * n + Column, Columns));
    }
}

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
