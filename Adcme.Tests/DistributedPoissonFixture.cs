namespace Adcme.Tests;

/// <summary>The n×n grid of the DistributedPoisson tests, its fields and its split into patches (GridPatch's).</summary>
internal sealed record PoissonGrid(int N)
{
    public double H => 1.0 / (N + 1);

    /// <summary>κ = 1 + 0.5·sin(2πx)·cos(πy) + 0.3·x·y: smooth, positive, no symmetry.</summary>
    public double[] Kappa => Sample((x, y) => 1 + 0.5 * Math.Sin(2 * Math.PI * x) * Math.Cos(Math.PI * y) + 0.3 * x * y);

    /// <summary>f = 10·x·(1 − y) + 5.</summary>
    public double[] Source => Sample((x, y) => 10 * x * (1 - y) + 5);

    /// <summary>Data the misfit compares u with.</summary>
    public double[] Data => Sample((x, y) => 0.3 * Math.Sin(Math.PI * x) * Math.Sin(2 * Math.PI * y) + 0.1 * x);

    public double[] Sample(Func<double, double, double> function)
    {
        var values = new double[N * N];
        for (var i = 0; i < N; i++) for (var j = 0; j < N; j++) values[i * N + j] = function((j + 1) * H, (i + 1) * H);
        return values;
    }

    /// <summary>Rank r's patch: its first row and column and its size (<see cref="GridPatch"/>).</summary>
    public (int Row, int Column, int Rows, int Columns) Patch(int gridRows, int gridColumns, int rank)
    {
        var patch = GridPatch.Of(N, gridRows, gridColumns, rank);
        return (patch.Row, patch.Column, patch.Rows, patch.Columns);
    }

    public Tensor Take(double[] field, int gridRows, int gridColumns, int rank) => GridPatch.Of(N, gridRows, gridColumns, rank).Take(field, N);

    /// <summary>The whole field from every rank's patch.</summary>
    public double[] Assemble(IReadOnlyList<double[]> blocks, int gridRows, int gridColumns)
    {
        var field = new double[N * N];
        for (var rank = 0; rank < blocks.Count; rank++) GridPatch.Of(N, gridRows, gridColumns, rank).Put(blocks[rank], field, N);
        return field;
    }

    public static (int Rows, int Columns) GridOf(int ranks) => ranks switch { 1 => (1, 1), 2 => (1, 2), 3 => (3, 1), 4 => (2, 2), 6 => (3, 2), _ => (1, ranks) };

    public static double MaxDifference(double[] a, double[] b) => a.Zip(b, (x, y) => Math.Abs(x - y)).Max();
}
