using Adcme.Tests.Cases;
using static Adcme.Tests.CommunicationGradientTests;

namespace Adcme.Tests;

/// <summary>Communication tokens: the run-time checks of the token overloads, and differentiable methods that thread
/// tokens (Cases/TokenCases.cs) against the same programs without them.</summary>
public class TokenTests
{
    [Fact]
    public void AChainOfTokensRunsAndEachTokenNamesItsOperation()
    {
        var results = OnRanks(3, comm =>
        {
            var t0 = comm.Token;
            Assert.Equal(0, t0.Issued);
            var sum = comm.AllreduceSum(comm.Rank + 1.0, t0, out var t1);
            var root = comm.Broadcast(sum * 2, 1, t1, out var t2);
            comm.Barrier(t2, out var t3);
            Assert.Equal(3, t3.Issued);
            Assert.Equal(comm.Token, t3);
            Assert.Equal($"token for op #4 on rank {comm.Rank}", t3.ToString());
            return root;
        });
        Assert.All(results, r => Assert.Equal(12.0, r));
    }

    [Fact]
    public void ATokenUsedTwiceThrowsBeforeCommunicating()
    {
        var comm = Communicator.Single;
        var t0 = comm.Token;
        comm.AllreduceSum(1.0, t0, out _);
        var error = Assert.Throws<CommunicatorException>(() => comm.AllreduceSum(2.0, t0, out _));
        Assert.Equal("AllreduceSum on rank 0: token out of sequence: it is for op #1, but this rank's next operation is op #2 "
            + "(1 operation(s) were issued since this token was made: it was used before, or an operation was issued without the token chain).", error.Message);
        Assert.Equal(1, comm.Sequence); // nothing was issued
    }

    [Fact]
    public void AnOperationWithoutTheTokenMakesTheChainStale()
    {
        var comm = Communicator.Single;
        var token = comm.Token;
        using var x = Tensor.Ones(2);
        comm.Send(x, 0, 5);
        var error = Assert.Throws<CommunicatorException>(() => comm.Receive(x, 0, 5, token, out _));
        Assert.Contains("Receive on rank 0: token out of sequence: it is for op #1, but this rank's next operation is op #2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultAndForeignTokensAreRefused()
    {
        var a = Communicator.Single;
        var b = Communicator.Single;
        Assert.Equal("SendReceive on rank 0: the token is default(CommToken); start a chain with comm.Token.",
            Assert.Throws<CommunicatorException>(() => a.SendReceive(1.0, 0, 0, 0, default, out _)).Message);
        Assert.Equal("Gather on rank 0: the token belongs to another communicator.",
            Assert.Throws<CommunicatorException>(() => a.Gather(1.0, 0, b.Token, out _)).Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void ThePolynomialWithTokensIsThePolynomial(int ranks)
    {
        var results = OnRanks(ranks, comm =>
        {
            var plain = CommunicationCases.Polynomial_Gradient(1.7, comm, out var dPlain);
            var tokens = TokenCases.Polynomial_Gradient(1.7, comm, out var dTokens);
            var (value, tangent) = TokenCases.Polynomial_Pushforward(1.7, 1.0, comm);
            return (plain, tokens, dPlain, dTokens, value, tangent);
        });
        foreach (var r in results)
        {
            Assert.Equal(r.plain, r.tokens);
            Assert.Equal(r.dPlain, r.dTokens);
            Assert.Equal(r.plain, r.value);
        }
        // Forward mode: dθ = 1 on every rank, only rank 0's is broadcast; L' = Σ r θ^(r−1).
        var expected = Enumerable.Range(1, ranks - 1).Sum(r => r * Math.Pow(1.7, r - 1));
        Assert.All(results, r => Assert.Equal(expected, r.tangent, 1e-12));
        if (ranks == 4) Assert.Equal(1 + 2 * 1.7 + 3 * 1.7 * 1.7, results[0].dTokens, 1e-12);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ALoopThreadingATokenPassesTheDotProductTestAndCentralDifferences(int ranks)
    {
        double[] Input(int rank) => Enumerable.Range(0, 5).Select(i => 0.2 + 0.1 * i + 0.37 * rank + 0.05 * i * rank).ToArray();
        double Value(int rank, int component, double step) => OnRanks(ranks, comm =>
        {
            var x = Input(comm.Rank);
            if (comm.Rank == rank) x[component] += step;
            using var u = Tensor.FromArray(x[..4], 4);
            return TokenCases.Loop(u, x[4], comm);
        }).Sum(); // the result is rank-local (it reads the ReduceSum): the objective is the sum over ranks
        var runs = OnRanks(ranks, comm =>
        {
            var x = Input(comm.Rank);
            using var u = Tensor.FromArray(x[..4], 4);
            var v = Enumerable.Range(0, 5).Select(i => Math.Cos(i + 3.0 * comm.Rank)).ToArray();
            using var du = Tensor.FromArray(v[..4], 4);
            var (_, tangent) = TokenCases.Loop_Pushforward(u, du, x[4], v[4], comm);
            var w = 1.0 + comm.Rank;
            Tensor? gu = null;
            var gx = 0.0;
            TokenCases.Loop_Pullback(u, x[4], comm, w, ref gu, ref gx);
            var right = gu!.ToArray().Zip(v[..4], (a, b) => a * b).Sum() + gx * v[4];
            TokenCases.Loop_Gradient(u, x[4], comm, out var dU, out var dX);
            return (Left: w * tangent, Right: right, Gradient: dU.ToArray().Append(dX).ToArray());
        });
        var left = runs.Sum(r => r.Left);
        var right = runs.Sum(r => r.Right);
        Assert.True(Math.Abs(left - right) <= 1e-11 * (1 + Math.Abs(left)), $"⟨w, Jv⟩ = {left}, ⟨Jᵀw, v⟩ = {right}");
        const double h = 1e-6;
        for (var r = 0; r < ranks; r++)
        {
            for (var k = 0; k < 5; k++)
            {
                var fd = (Value(r, k, h) - Value(r, k, -h)) / (2 * h);
                Assert.True(Math.Abs(fd - runs[r].Gradient[k]) <= 1e-6 * (1 + Math.Abs(fd)), $"rank {r} input {k}: gradient {runs[r].Gradient[k]}, central difference {fd}");
            }
        }
    }

    [Fact]
    public void ATokenParameterContinuesTheCallersChain()
    {
        var results = OnRanks(3, comm =>
        {
            var before = comm.AllreduceSum(1.0, comm.Token, out var token);
            var x = 0.5 + comm.Rank;
            var value = TokenCases.FromParameter_Gradient(x, comm, token, out var dx);
            var stale = Assert.Throws<CommunicatorException>(() => TokenCases.FromParameter(x, comm, token));
            Assert.Contains("token out of sequence", stale.Message, StringComparison.Ordinal);
            // The raw per-rank adjoint with seed 1 everywhere is M_Gradient's here (the result is rank-local).
            var pulled = 0.0;
            TokenCases.FromParameter_Pullback(x, comm, comm.Token, 1.0, ref pulled);
            Assert.Equal(dx, pulled);
            return (value, dx, before);
        });
        // y = max x² = 2.5² = 6.25 (rank 2 owns it); value = y + x·y; J = Σ_r value_r (rank-local).
        var y = 6.25;
        for (var r = 0; r < 3; r++)
        {
            var x = 0.5 + r;
            Assert.Equal(y + x * y, results[r].value, 1e-12);
            // dJ/dx_r = y (own term) + [r owns the max] · 2x · Σ_s (1 + x_s) (every term's y; the broadcast of y adds Σ_s x_s on rank 0's copy)
            var sumX = 0.5 + 1.5 + 2.5;
            var expected = y + (r == 2 ? 2 * x * (3 + sumX) : 0.0);
            Assert.Equal(expected, results[r].dx, 1e-12);
        }
    }
}
