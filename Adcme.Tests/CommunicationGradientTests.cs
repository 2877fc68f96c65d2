using Adcme.Tests.Cases;

namespace Adcme.Tests;

/// <summary>Gradients through collective communication (Cases/CommunicationCases.cs), on 1–4 in-process ranks: the
/// adjoint against the tangent under the global inner product (Σ over ranks), the global objective's gradient
/// against central differences, and ADCME's distributed example's known values.</summary>
public class CommunicationGradientTests
{
    /// <summary>Runs <paramref name="body"/> on <paramref name="ranks"/> in-process ranks; returns each rank's result.</summary>
    internal static T[] OnRanks<T>(int ranks, Func<Communicator, T> body)
    {
        var results = new T[ranks];
        LocalCommunicator.Run(ranks, comm => results[comm.Rank] = body(comm), TimeSpan.FromSeconds(20));
        return results;
    }

    [Fact]
    public void PolynomialOnFourRanksGivesAdcmesValues()
    {
        // θ = 2 broadcast from rank 0; l = 2^rank; L = 1 + 2 + 4 + 8 = 15; dL/dθ = 0 + 1 + 4 + 12 = 17, on rank 0.
        foreach (var reduced in new[] { false, true })
        {
            var results = OnRanks(4, comm =>
            {
                var theta = comm.Rank == 0 ? 2.0 : -7.0; // only rank 0's θ is read
                double dTheta;
                var loss = reduced
                    ? CommunicationCases.PolynomialReduced_Gradient(theta, comm, out dTheta)
                    : CommunicationCases.Polynomial_Gradient(theta, comm, out dTheta);
                return (Loss: loss, Gradient: dTheta);
            });
            for (var r = 0; r < 4; r++)
            {
                Assert.Equal(reduced && r > 0 ? 0.0 : 15.0, results[r].Loss);
                Assert.Equal(r == 0 ? 17.0 : 0.0, results[r].Gradient);
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void PolynomialMatchesItsClosedForm(int ranks)
    {
        // L(θ) = Σ_r θ^r on every rank; dL/dθ = Σ_r r θ^(r−1) on rank 0.
        const double theta = 1.3;
        var results = OnRanks(ranks, comm =>
        {
            var loss = CommunicationCases.Polynomial_Gradient(theta, comm, out var dTheta);
            return (loss, dTheta);
        });
        var expectedLoss = Enumerable.Range(0, ranks).Sum(r => Math.Pow(theta, r));
        var expectedGradient = Enumerable.Range(1, Math.Max(0, ranks - 1)).Sum(r => r * Math.Pow(theta, r - 1));
        for (var r = 0; r < ranks; r++)
        {
            Assert.Equal(expectedLoss, results[r].loss, 1e-12);
            Assert.Equal(r == 0 ? expectedGradient : 0.0, results[r].dTheta, 1e-12);
        }
    }

    private delegate double GradientOf(Tensor u, Tensor w, Communicator comm, out Tensor du, out Tensor dw);

    /// <summary>A method of scalar inputs on each rank, with its generated companions.</summary>
    private sealed record ScalarCase(
        string Name,
        int Inputs,
        bool Replicated,
        Func<double[], Communicator, double> Value,
        Func<double[], Communicator, (double Value, double[] Gradient)> Gradient,
        Func<double[], double[], Communicator, (double Value, double Tangent)> Pushforward,
        Func<double[], Communicator, double, double[]> Pullback);

    private static readonly ScalarCase[] ScalarCases =
    [
        new("Polynomial", 1, true,
            (x, c) => CommunicationCases.Polynomial(x[0], c),
            (x, c) => (CommunicationCases.Polynomial_Gradient(x[0], c, out var d), [d]),
            (x, v, c) => CommunicationCases.Polynomial_Pushforward(x[0], v[0], c),
            (x, c, s) => { var d = 0.0; CommunicationCases.Polynomial_Pullback(x[0], c, s, ref d); return [d]; }),
        new("PolynomialReduced", 1, false,
            (x, c) => CommunicationCases.PolynomialReduced(x[0], c),
            (x, c) => (CommunicationCases.PolynomialReduced_Gradient(x[0], c, out var d), [d]),
            (x, v, c) => CommunicationCases.PolynomialReduced_Pushforward(x[0], v[0], c),
            (x, c, s) => { var d = 0.0; CommunicationCases.PolynomialReduced_Pullback(x[0], c, s, ref d); return [d]; }),
        new("LocalShare", 2, false,
            (x, c) => CommunicationCases.LocalShare(x[0], x[1], c),
            (x, c) => (CommunicationCases.LocalShare_Gradient(x[0], x[1], c, out var dx, out var dy), [dx, dy]),
            (x, v, c) => CommunicationCases.LocalShare_Pushforward(x[0], v[0], x[1], v[1], c),
            (x, c, s) => { double dx = 0, dy = 0; CommunicationCases.LocalShare_Pullback(x[0], x[1], c, s, ref dx, ref dy); return [dx, dy]; }),
        new("UnusedCollective", 1, true,
            (x, c) => CommunicationCases.UnusedCollective(x[0], c),
            (x, c) => (CommunicationCases.UnusedCollective_Gradient(x[0], c, out var d), [d]),
            (x, v, c) => CommunicationCases.UnusedCollective_Pushforward(x[0], v[0], c),
            (x, c, s) => { var d = 0.0; CommunicationCases.UnusedCollective_Pullback(x[0], c, s, ref d); return [d]; }),
        new("Caller", 1, false,
            (x, c) => CommunicationCases.Caller(x[0], c),
            (x, c) => (CommunicationCases.Caller_Gradient(x[0], c, out var d), [d]),
            (x, v, c) => CommunicationCases.Caller_Pushforward(x[0], v[0], c),
            (x, c, s) => { var d = 0.0; CommunicationCases.Caller_Pullback(x[0], c, s, ref d); return [d]; }),
    ];

    public static TheoryData<string, int> ScalarCasesOnRanks()
    {
        var data = new TheoryData<string, int>();
        foreach (var c in ScalarCases)
        {
            for (var ranks = 1; ranks <= 4; ranks++) data.Add(c.Name, ranks);
        }
        return data;
    }

    private static double[] Inputs(int rank, int count, int salt)
    {
        var random = new Random(1000 * salt + rank);
        return Enumerable.Range(0, count).Select(_ => 0.4 + random.NextDouble()).ToArray();
    }

    [Theory]
    [MemberData(nameof(ScalarCasesOnRanks))]
    public void ScalarAdjointPassesTheDotProductTestAcrossRanks(string name, int ranks)
    {
        var c = ScalarCases.Single(s => s.Name == name);
        // Σ_r w_r · (J v)_r = Σ_r ⟨v_r, (Jᵀ w)_r⟩
        var sides = OnRanks(ranks, comm =>
        {
            var x = Inputs(comm.Rank, c.Inputs, 1);
            var v = Inputs(comm.Rank, c.Inputs, 2).Select(t => t - 0.9).ToArray();
            var w = 0.3 + 0.7 * comm.Rank;
            var (value, tangent) = c.Pushforward(x, v, comm);
            Assert.Equal(c.Value(x, comm), value, 1e-14);
            var adjoint = c.Pullback(x, comm, w);
            return (Left: w * tangent, Right: v.Zip(adjoint, (a, b) => a * b).Sum());
        });
        var left = sides.Sum(s => s.Left);
        var right = sides.Sum(s => s.Right);
        Assert.True(Math.Abs(left - right) <= 1e-12 * (1 + Math.Abs(left)), $"{name} on {ranks} ranks: ⟨w, Jv⟩ = {left}, ⟨Jᵀw, v⟩ = {right}");
        // θ^0 is constant: on one rank the polynomials have no derivative.
        if (!(ranks == 1 && name.StartsWith("Polynomial", StringComparison.Ordinal))) Assert.NotEqual(0.0, left);
    }

    [Theory]
    [MemberData(nameof(ScalarCasesOnRanks))]
    public void GradientIsTheGlobalObjectivesAgainstCentralDifferences(string name, int ranks)
    {
        var c = ScalarCases.Single(s => s.Name == name);
        // J(x_0, …, x_{P−1}): the result once when it is the same on every rank, else summed over ranks.
        double Objective(int perturbedRank, int component, double step)
        {
            var values = OnRanks(ranks, comm =>
            {
                var x = Inputs(comm.Rank, c.Inputs, 1);
                if (comm.Rank == perturbedRank) x[component] += step;
                return c.Value(x, comm);
            });
            if (c.Replicated) Assert.All(values, v => Assert.Equal(values[0], v));
            return c.Replicated ? values[0] : values.Sum();
        }
        var gradients = OnRanks(ranks, comm => c.Gradient(Inputs(comm.Rank, c.Inputs, 1), comm));
        Assert.Equal(Objective(-1, 0, 0), c.Replicated ? gradients[0].Value : gradients.Sum(g => g.Value), 1e-12);
        const double h = 1e-6;
        for (var r = 0; r < ranks; r++)
        {
            for (var k = 0; k < c.Inputs; k++)
            {
                var fd = (Objective(r, k, h) - Objective(r, k, -h)) / (2 * h);
                var gradient = gradients[r].Gradient[k];
                Assert.True(Math.Abs(fd - gradient) <= 1e-7 * (1 + Math.Abs(fd)), $"{name} on {ranks} ranks, rank {r} input {k}: gradient {gradient}, central difference {fd}");
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void TensorCollectivesPassTheDotProductTestAcrossRanks(int ranks)
    {
        var sides = OnRanks(ranks, comm =>
        {
            var r = comm.Rank;
            var both = Tensor.Random(10 + r, 12).ToArray(); // one stream (see Input below)
            using var u = Tensor.FromArray(both[..6], 2, 3);
            using var w = Tensor.FromArray(both[6..], 2, 3);
            using var du = Tensor.RandomNormal(30 + r, 2, 3);
            using var dw = Tensor.RandomNormal(40 + r, 2, 3);
            var seed = 0.5 + r;
            var (value, tangent) = CommunicationCases.Tensors_Pushforward(u, du, w, dw, comm);
            Assert.Equal(CommunicationCases.Tensors(u, w, comm), value, 1e-13);
            Tensor? gu = null, gw = null;
            CommunicationCases.Tensors_Pullback(u, w, comm, seed, ref gu, ref gw);
            var right = Tensor.Dot(Tensor.Reshape(gu!, 6), Tensor.Reshape(du, 6)) + Tensor.Dot(Tensor.Reshape(gw!, 6), Tensor.Reshape(dw, 6));
            return (Left: seed * tangent, Right: right);
        });
        var left = sides.Sum(s => s.Left);
        var rightSum = sides.Sum(s => s.Right);
        Assert.True(Math.Abs(left - rightSum) <= 1e-11 * (1 + Math.Abs(left)), $"{ranks} ranks: ⟨w, Jv⟩ = {left}, ⟨Jᵀw, v⟩ = {rightSum}");
        Assert.NotEqual(0.0, left);
    }

    [Theory]
    [InlineData("Tensors", false)]
    [InlineData("PieceMax", false)]
    [InlineData("PieceLoop", false)]
    [InlineData("PieceMin", false)]
    [InlineData("PieceProduct", true)]
    public void TensorGradientMatchesCentralDifferencesOnThreeRanks(string name, bool replicated)
    {
        Func<Tensor, Tensor, Communicator, double> f = name switch
        {
            "Tensors" => CommunicationCases.Tensors,
            "PieceMax" => CommunicationCases.PieceMax,
            "PieceMin" => CommunicationCases.PieceMin,
            "PieceProduct" => CommunicationCases.PieceProduct,
            _ => CommunicationCases.PieceLoop,
        };
        GradientOf g = name switch
        {
            "Tensors" => CommunicationCases.Tensors_Gradient,
            "PieceMax" => CommunicationCases.PieceMax_Gradient,
            "PieceMin" => CommunicationCases.PieceMin_Gradient,
            "PieceProduct" => CommunicationCases.PieceProduct_Gradient,
            _ => CommunicationCases.PieceLoop_Gradient,
        };
        const int ranks = 3;
        Tensor Input(int rank, int salt, double[]? perturbation = null)
        {
            // u and w from one stream per rank: seeded System.Random is linear in its seed, so u − w from two seeds a
            // fixed distance apart would be the same on every rank (a tie, where min and max have no derivative).
            var random = new Random(31 + rank);
            // (Materialized first: LINQ skips a Range.Select's elements without running the selector.)
            var values = Enumerable.Range(0, 12).Select(_ => random.NextDouble()).ToArray()[(6 * (salt - 1))..(6 * salt)];
            if (perturbation is not null) for (var i = 0; i < 6; i++) values[i] += perturbation[i];
            return Tensor.FromArray(values, 2, 3);
        }
        // The global objective: a result that is the same on every rank (PieceProduct: max × min) once, else the sum.
        double Objective(int rank, int which, int index, double step)
            => OnRanks(ranks, comm =>
            {
                var delta = new double[6];
                if (comm.Rank == rank) delta[index] = step;
                using var u = Input(comm.Rank, 1, which == 0 ? delta : null);
                using var w = Input(comm.Rank, 2, which == 1 ? delta : null);
                return f(u, w, comm);
            }).Aggregate((a, b) => replicated ? a : a + b); // the same on every rank: counted once
        var gradients = OnRanks(ranks, comm =>
        {
            using var u = Input(comm.Rank, 1);
            using var w = Input(comm.Rank, 2);
            g(u, w, comm, out var du, out var dw);
            return (U: du.ToArray(), W: dw.ToArray());
        });
        const double h = 1e-6;
        var failures = new List<string>();
        for (var r = 0; r < ranks; r++)
        {
            for (var which = 0; which < 2; which++)
            {
                for (var i = 0; i < 6; i++)
                {
                    var fd = (Objective(r, which, i, h) - Objective(r, which, i, -h)) / (2 * h);
                    var gradient = which == 0 ? gradients[r].U[i] : gradients[r].W[i];
                    if (Math.Abs(fd - gradient) > 1e-6 * (1 + Math.Abs(fd))) failures.Add($"rank {r} {(which == 0 ? "u" : "w")}[{i}]: gradient {gradient}, central difference {fd}");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
