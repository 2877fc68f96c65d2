using Adcme.Tests.Cases;
using static Adcme.Tests.CommunicationGradientTests;

namespace Adcme.Tests;

/// <summary>Gradients through point-to-point messages, gathers and the halo exchange (Cases/MessageCases.cs) on 1–4
/// in-process ranks: the adjoint against the tangent under the global inner product, and the global objective's
/// gradient (all these results are rank-local: the sum over ranks) against central differences.</summary>
public class MessageGradientTests
{
    private static double[] Draw(int seed, int count)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => 0.3 + random.NextDouble()).ToArray();
    }

    /// <summary>Each rank's inputs as one vector, its method on them (value, tangent, adjoint).</summary>
    private sealed record Case(
        string Name,
        int Inputs,
        Func<double[], Communicator, double> Value,
        Func<double[], double[], Communicator, (double Value, double Tangent)> Pushforward,
        Func<double[], Communicator, double, double[]> Pullback,
        Func<double[], Communicator, double[]> Gradient);

    private static Tensor T(double[] x, int offset) => Tensor.FromArray(x[offset..(offset + 6)], 2, 3);

    private static double[] Flat(Tensor? t, int length) => t?.ToArray() ?? new double[length];

    private static Case Halo(int rows, int columns, int reach) => new($"Halo {rows}x{columns} reach {reach}", 12,
        (x, c) => MessageCases.Halo(Tensor.FromArray(x, 3, 4), rows, columns, reach, c),
        (x, v, c) => MessageCases.Halo_Pushforward(Tensor.FromArray(x, 3, 4), Tensor.FromArray(v, 3, 4), rows, columns, reach, c),
        (x, c, s) => { Tensor? d = null; MessageCases.Halo_Pullback(Tensor.FromArray(x, 3, 4), rows, columns, reach, c, s, ref d); return Flat(d, 12); },
        (x, c) => { MessageCases.Halo_Gradient(Tensor.FromArray(x, 3, 4), rows, columns, reach, c, out var d); return d.ToArray(); });

    private static readonly Case[] Cases =
    [
        new("Ring", 1,
            (x, c) => MessageCases.Ring(x[0], c),
            (x, v, c) => MessageCases.Ring_Pushforward(x[0], v[0], c),
            (x, c, s) => { var d = 0.0; MessageCases.Ring_Pullback(x[0], c, s, ref d); return [d]; },
            (x, c) => { MessageCases.Ring_Gradient(x[0], c, out var d); return [d]; }),
        new("SendThenReceive", 1,
            (x, c) => MessageCases.SendThenReceive(x[0], c),
            (x, v, c) => MessageCases.SendThenReceive_Pushforward(x[0], v[0], c),
            (x, c, s) => { var d = 0.0; MessageCases.SendThenReceive_Pullback(x[0], c, s, ref d); return [d]; },
            (x, c) => { MessageCases.SendThenReceive_Gradient(x[0], c, out var d); return [d]; }),
        new("TensorMessages", 6,
            (x, c) => MessageCases.TensorMessages(T(x, 0), c),
            (x, v, c) => MessageCases.TensorMessages_Pushforward(T(x, 0), T(v, 0), c),
            (x, c, s) => { Tensor? d = null; MessageCases.TensorMessages_Pullback(T(x, 0), c, s, ref d); return Flat(d, 6); },
            (x, c) => { MessageCases.TensorMessages_Gradient(T(x, 0), c, out var d); return d.ToArray(); }),
        new("Gathers", 7,
            (x, c) => MessageCases.Gathers(T(x, 0), x[6], c),
            (x, v, c) => MessageCases.Gathers_Pushforward(T(x, 0), T(v, 0), x[6], v[6], c),
            (x, c, s) => { Tensor? d = null; var dx = 0.0; MessageCases.Gathers_Pullback(T(x, 0), x[6], c, s, ref d, ref dx); return [.. Flat(d, 6), dx]; },
            (x, c) => { MessageCases.Gathers_Gradient(T(x, 0), x[6], c, out var d, out var dx); return [.. d.ToArray(), dx]; }),
    ];

    /// <summary>Grids for the halo cases on 1–4 ranks.</summary>
    private static IEnumerable<(int Ranks, Case Case)> All()
    {
        foreach (var c in Cases)
        {
            for (var ranks = 1; ranks <= 4; ranks++) yield return (ranks, c);
        }
        foreach (var (rows, columns) in new[] { (1, 1), (1, 2), (2, 1), (1, 3), (3, 1), (2, 2), (1, 4) })
        {
            foreach (var reach in new[] { 1, 2 }) yield return (rows * columns, Halo(rows, columns, reach));
        }
    }

    public static TheoryData<string, int> Names()
    {
        var data = new TheoryData<string, int>();
        foreach (var (ranks, c) in All()) data.Add(c.Name, ranks);
        return data;
    }

    private static Case Find(string name, int ranks) => All().First(a => a.Case.Name == name && a.Ranks == ranks).Case;

    [Theory]
    [MemberData(nameof(Names))]
    public void AdjointPassesTheDotProductTestAcrossRanks(string name, int ranks)
    {
        var c = Find(name, ranks);
        var sides = OnRanks(ranks, comm =>
        {
            var x = Draw(10 + comm.Rank, c.Inputs);
            var v = Draw(50 + comm.Rank, c.Inputs).Select(t => t - 0.8).ToArray();
            var w = 0.4 + 0.6 * comm.Rank;
            var (value, tangent) = c.Pushforward(x, v, comm);
            Assert.Equal(c.Value(x, comm), value, 1e-12);
            var adjoint = c.Pullback(x, comm, w);
            return (Left: w * tangent, Right: v.Zip(adjoint, (a, b) => a * b).Sum());
        });
        var left = sides.Sum(s => s.Left);
        var right = sides.Sum(s => s.Right);
        Assert.True(Math.Abs(left - right) <= 1e-11 * (1 + Math.Abs(left)), $"{name} on {ranks} ranks: ⟨w, Jv⟩ = {left}, ⟨Jᵀw, v⟩ = {right}");
        Assert.NotEqual(0.0, left);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void GradientMatchesCentralDifferences(string name, int ranks)
    {
        var c = Find(name, ranks);
        double Objective(int rank, int component, double step) => OnRanks(ranks, comm =>
        {
            var x = Draw(10 + comm.Rank, c.Inputs);
            if (comm.Rank == rank) x[component] += step;
            return c.Value(x, comm);
        }).Sum();
        var gradients = OnRanks(ranks, comm => c.Gradient(Draw(10 + comm.Rank, c.Inputs), comm));
        const double h = 1e-6;
        var failures = new List<string>();
        for (var r = 0; r < ranks; r++)
        {
            for (var k = 0; k < c.Inputs; k++)
            {
                var fd = (Objective(r, k, h) - Objective(r, k, -h)) / (2 * h);
                if (Math.Abs(fd - gradients[r][k]) > 1e-6 * (1 + Math.Abs(fd))) failures.Add($"rank {r} input {k}: gradient {gradients[r][k]}, central difference {fd}");
            }
        }
        Assert.True(failures.Count == 0, $"{name} on {ranks} ranks:\n" + string.Join("\n", failures));
    }
}
