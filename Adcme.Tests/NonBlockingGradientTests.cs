using Adcme.Tests.Cases;
using static Adcme.Tests.CommunicationGradientTests;

namespace Adcme.Tests;

/// <summary>Gradients through non-blocking messages (Cases/NonBlockingCases.cs) on 1–4 in-process ranks: the dot-product
/// test under the global inner product and central differences of the global objective (both results are rank-local:
/// the sum over ranks).</summary>
public class NonBlockingGradientTests
{
    private static double[] Input(int rank, int count, int salt)
    {
        var random = new Random(7919 * salt + 104729 * (rank + 1));
        return Enumerable.Range(0, count).Select(_ => 0.2 + random.NextDouble()).ToArray();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void RingPassesTheDotProductTestAndCentralDifferences(int ranks)
    {
        var runs = OnRanks(ranks, comm =>
        {
            var x = Input(comm.Rank, 7, 1);
            var v = Input(comm.Rank, 7, 2).Select(t => t - 0.7).ToArray();
            using var u = Tensor.FromArray(x[..6], 2, 3);
            using var du = Tensor.FromArray(v[..6], 2, 3);
            var (value, tangent) = NonBlockingCases.Ring_Pushforward(u, du, x[6], v[6], comm);
            Assert.Equal(NonBlockingCases.Ring(u, x[6], comm), value, 1e-12);
            var w = 0.5 + comm.Rank;
            Tensor? gu = null;
            var gx = 0.0;
            NonBlockingCases.Ring_Pullback(u, x[6], comm, w, ref gu, ref gx);
            var right = gu!.ToArray().Zip(v[..6], (a, b) => a * b).Sum() + gx * v[6];
            NonBlockingCases.Ring_Gradient(u, x[6], comm, out var dU, out var dX);
            return (Left: w * tangent, Right: right, Gradient: dU.ToArray().Append(dX).ToArray());
        });
        var left = runs.Sum(r => r.Left);
        var rightSum = runs.Sum(r => r.Right);
        Assert.True(Math.Abs(left - rightSum) <= 1e-11 * (1 + Math.Abs(left)), $"{ranks} ranks: ⟨w, Jv⟩ = {left}, ⟨Jᵀw, v⟩ = {rightSum}");
        Assert.NotEqual(0.0, left);

        double Objective(int rank, int component, double step) => OnRanks(ranks, comm =>
        {
            var x = Input(comm.Rank, 7, 1);
            if (comm.Rank == rank) x[component] += step;
            using var u = Tensor.FromArray(x[..6], 2, 3);
            return NonBlockingCases.Ring(u, x[6], comm);
        }).Sum();
        const double h = 1e-6;
        var failures = new List<string>();
        for (var r = 0; r < ranks; r++)
        {
            for (var k = 0; k < 7; k++)
            {
                var fd = (Objective(r, k, h) - Objective(r, k, -h)) / (2 * h);
                if (Math.Abs(fd - runs[r].Gradient[k]) > 1e-6 * (1 + Math.Abs(fd))) failures.Add($"rank {r} input {k}: gradient {runs[r].Gradient[k]}, central difference {fd}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void AnUnreadMessageHasNoDerivativeButItsAdjointIsStillExchanged(int ranks)
    {
        var results = OnRanks(ranks, comm =>
        {
            var x = 0.3 + comm.Rank;
            var value = NonBlockingCases.Unread_Gradient(x, comm, out var dx);
            var (_, tangent) = NonBlockingCases.Unread_Pushforward(x, 1.0, comm);
            var pulled = 0.0;
            NonBlockingCases.Unread_Pullback(x, comm, 1.0, ref pulled);
            return (value, dx, tangent, pulled, sequence: comm.Sequence);
        });
        // L = Σ x_s² on every rank (replicated): dL/dx_r = 2 x_r, counted once; the pullback with seed 1 everywhere is P times that.
        var sum = Enumerable.Range(0, ranks).Sum(r => (0.3 + r) * (0.3 + r));
        for (var r = 0; r < ranks; r++)
        {
            Assert.Equal(sum, results[r].value, 1e-12);
            Assert.Equal(2 * (0.3 + r), results[r].dx, 1e-12);
            Assert.Equal(ranks * 2 * (0.3 + r), results[r].pulled, 1e-12);
            Assert.Equal(Enumerable.Range(0, ranks).Sum(s => 2 * (0.3 + s)), results[r].tangent, 1e-12);
        }
        // Every rank issued the same operations, adjoint messages included.
        Assert.All(results, r => Assert.Equal(results[0].sequence, r.sequence));
    }
}
