namespace Adcme.Examples.PoissonNN;

/// <summary>The inverse problem: −∇·(κ∇u) = f on [0, 1]² with u = 0 on the boundary, on n × n interior nodes; κ the
/// true field to recover, f the source, and the nodes where u is observed.</summary>
public sealed record PoissonProblem(int N, int Observations, int Seed)
{
    /// <summary>The network's layers after its 2 inputs (x, y): three tanh layers of 20, a linear output.</summary>
    public static readonly int[] Sizes = [20, 20, 20, 1];

    /// <summary>κ = |NN_θ(x, y)| + κ₀: the floor that keeps the operator positive definite whatever θ is.</summary>
    public const double KappaFloor = 0.1;

    /// <summary>The grid spacing: n interior nodes on each side of [0, 1].</summary>
    public double H => 1.0 / (N + 1);

    /// <summary>κ(x, y) = 1 + 0.5·exp(−((x − 0.35)² + (y − 0.6)²) / 0.05) + 0.3·x·y, the field to recover.</summary>
    public static double TrueKappa(double x, double y)
        => 1 + 0.5 * Math.Exp(-((x - 0.35) * (x - 0.35) + (y - 0.6) * (y - 0.6)) / 0.05) + 0.3 * x * y;

    /// <summary>f(x, y) = 10·sin(πx)·sin(πy) + 5.</summary>
    public static double Source(double x, double y) => 10 * Math.Sin(Math.PI * x) * Math.Sin(Math.PI * y) + 5;

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

    /// <summary>The nodes' coordinates, one row (x, y) per node, row-major order: the network's input.</summary>
    public double[] Coordinates()
    {
        var xy = new double[2 * N * N];
        for (var i = 0; i < N; i++)
        for (var j = 0; j < N; j++)
        {
            xy[2 * (i * N + j)] = (j + 1) * H;
            xy[2 * (i * N + j) + 1] = (i + 1) * H;
        }
        return xy;
    }

    /// <summary>The observed nodes, scattered (a seeded draw without repeats): 1 where u is observed, 0 elsewhere.</summary>
    public double[] ObservationMask()
    {
        var mask = new double[N * N];
        var random = new Random(Seed);
        var count = Math.Min(Observations, N * N);
        for (var chosen = 0; chosen < count;)
        {
            var node = random.Next(N * N);
            if (mask[node] != 0) continue;
            mask[node] = 1;
            chosen++;
        }
        return mask;
    }
}
