namespace Adcme.Examples.DataParallel;

/// <summary>
/// The synthetic training set, the same on every rank: <see cref="Samples"/> points (x, y) drawn uniformly from
/// [−1, 1]² with a fixed seed, and the smooth function u(x, y) = sin(πx)·cos(πy) at each. Every rank builds all of it
/// from the seed (nothing is sent) and reads only its shard of each batch.
/// </summary>
public static class TrainingData
{
    /// <summary>The number of training points.</summary>
    public const int Samples = 512;

    /// <summary>The seed of the points, of the initial θ and of every epoch's shuffle.</summary>
    public const int Seed = 2026;

    /// <summary>The function the network learns.</summary>
    public static double Target(double x, double y) => Math.Sin(Math.PI * x) * Math.Cos(Math.PI * y);

    /// <summary>The points, row i = (xᵢ, yᵢ), and the targets u(xᵢ, yᵢ).</summary>
    public static (double[] Inputs, double[] Targets) Create()
    {
        var random = new Random(Seed);
        var inputs = new double[2 * Samples];
        var targets = new double[Samples];
        for (var i = 0; i < Samples; i++)
        {
            inputs[2 * i] = 2 * random.NextDouble() - 1;
            inputs[2 * i + 1] = 2 * random.NextDouble() - 1;
            targets[i] = Target(inputs[2 * i], inputs[2 * i + 1]);
        }
        return (inputs, targets);
    }

    /// <summary>The order of the points in epoch <paramref name="epoch"/> (Fisher–Yates from a seed of its own), the
    /// same on every rank.</summary>
    public static int[] Shuffle(int epoch)
    {
        var order = new int[Samples];
        for (var i = 0; i < Samples; i++) order[i] = i;
        var random = new Random(Seed + 1 + epoch);
        for (var i = Samples - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order;
    }
}
