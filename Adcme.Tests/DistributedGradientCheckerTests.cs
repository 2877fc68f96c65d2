using Adcme.Checking;
using Adcme.Tests.Cases;
using static Adcme.Tests.CommunicationGradientTests;

namespace Adcme.Tests;

/// <summary>A communicating primitive with a wrong pullback: the value goes around a ring (rank r receives from
/// r − 1), and so must its adjoint, back to r − 1; this one sends the adjoint on to r + 1. On 1 or 2 ranks the two
/// neighbours are one rank and the rule happens to be right; on 3 or more it is wrong.</summary>
public static class WrongRing
{
    private static (int Next, int Previous) Neighbours(Communicator comm) => ((comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size);

    [Primitive(nameof(Shift_Pullback), nameof(Shift_Tangent), Ordered = true)]
    public static double Shift(double x, [NoDerivative] Communicator comm)
    {
        var (next, previous) = Neighbours(comm);
        return comm.SendReceive(x, next, previous, 5);
    }

    public static void Shift_Pullback(double x, Communicator comm, double result, double seed, ref double dX)
    {
        var (next, previous) = Neighbours(comm);
        dX += comm.SendReceive(seed, next, previous, 5); // wrong: should be SendReceive(seed, previous, next, 5)
    }

    public static double Shift_Tangent(double x, double dX, Communicator comm, double result)
    {
        var (next, previous) = Neighbours(comm);
        return comm.SendReceive(dX, next, previous, 5);
    }
}

/// <summary>Methods for the distributed checker's own tests.</summary>
public static partial class DistributedCheckerCases
{
    /// <summary>Rank-local, whatever the values: x²·P is equal on every rank when x is, and still summed.</summary>
    [Differentiable]
    public static double LocalSquare(double x, Communicator comm) => x * x * comm.Size;

    /// <summary>Replicated; each rank has its own number of components (possibly none).</summary>
    [Differentiable]
    public static double GlobalSumOfSquares(double[] x, Communicator comm)
    {
        var local = 0.0;
        for (var i = 0; i < x.Length; i++) local += x[i] * x[i] * (i + 1);
        return comm.AllreduceSum(local);
    }

    /// <summary>Through the wrong primitive: rank r's result is x_{r−1}²·sin(x_r).</summary>
    [Differentiable]
    public static double ThroughWrongRing(double x, Communicator comm) => WrongRing.Shift(x * x, comm) * Math.Sin(x);

    /// <summary>Rank 1 broadcasts while the others reduce: a method that communicates differently across ranks.</summary>
    [Differentiable]
    public static double Mismatched(double x, Communicator comm)
    {
        var y = x;
        if (comm.Rank == 1) y = comm.Broadcast(x, 0);
        else y = comm.AllreduceSum(x);
        return y * y;
    }
}

/// <summary><see cref="GradientChecker"/> on methods that communicate: called on every rank with that rank's arguments,
/// it checks M_Gradient against central differences of the global objective and the dot-product test under the global
/// inner product, and gives every rank the same report.</summary>
public class DistributedGradientCheckerTests(Xunit.Abstractions.ITestOutputHelper log)
{
    private sealed record Case(string Name, Delegate Method, Func<Communicator, object?[]> Arguments, bool Replicated);

    private static double[] Draw(int seed, int count)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => 0.3 + random.NextDouble()).ToArray();
    }

    /// <summary>u and w of a rank from one stream (two seeds would give a u − w equal on every rank: a tie).</summary>
    private static object?[] TensorPair(Communicator comm)
    {
        var both = Draw(31 + comm.Rank, 12);
        return [Tensor.FromArray(both[..6], 2, 3), Tensor.FromArray(both[6..], 2, 3), comm];
    }

    private static (int Rows, int Columns) Grid(int ranks) => ranks switch { 4 => (2, 2), 3 => (3, 1), _ => (1, ranks) };

    private static readonly Case[] Cases =
    [
        new("Polynomial", CommunicationCases.Polynomial, c => [1.3 + 0.1 * c.Rank, c], true),
        new("PolynomialReduced", CommunicationCases.PolynomialReduced, c => [1.3 + 0.1 * c.Rank, c], false),
        new("LocalShare", CommunicationCases.LocalShare, c => [.. Draw(10 + c.Rank, 2).Cast<object?>(), c], false),
        new("UnusedCollective", CommunicationCases.UnusedCollective, c => [0.7 + c.Rank, c], true),
        new("Caller", CommunicationCases.Caller, c => [0.6 + 0.2 * c.Rank, c], false),
        new("Tensors", CommunicationCases.Tensors, TensorPair, false),
        new("PieceMax", CommunicationCases.PieceMax, TensorPair, false),
        new("PieceMin", CommunicationCases.PieceMin, TensorPair, false),
        new("PieceProduct", CommunicationCases.PieceProduct, TensorPair, true),
        new("PieceLoop", CommunicationCases.PieceLoop, TensorPair, false),
        new("Ring", MessageCases.Ring, c => [Draw(10 + c.Rank, 1)[0], c], false),
        new("SendThenReceive", MessageCases.SendThenReceive, c => [Draw(10 + c.Rank, 1)[0], c], false),
        new("TensorMessages", MessageCases.TensorMessages, c => [Tensor.FromArray(Draw(10 + c.Rank, 6), 2, 3), c], false),
        new("Gathers", MessageCases.Gathers, c => [Tensor.FromArray(Draw(10 + c.Rank, 6), 2, 3), Draw(20 + c.Rank, 1)[0], c], false),
        new("Halo", MessageCases.Halo, c => [Tensor.FromArray(Draw(10 + c.Rank, 12), 3, 4), Grid(c.Size).Rows, Grid(c.Size).Columns, 1, c], false),
        new("LocalSquare", DistributedCheckerCases.LocalSquare, c => [1.5, c], false),
        new("GlobalSumOfSquares", DistributedCheckerCases.GlobalSumOfSquares, c => [Draw(10 + c.Rank, c.Rank), c], true),
    ];

    public static TheoryData<string, int> CasesOnRanks()
    {
        var data = new TheoryData<string, int>();
        foreach (var c in Cases)
        {
            for (var ranks = 1; ranks <= 4; ranks++) data.Add(c.Name, ranks);
        }
        return data;
    }

    private static GradientCheckReport[] CheckOnRanks(int ranks, Delegate method, Func<Communicator, object?[]> arguments)
        => OnRanks(ranks, comm => GradientChecker.Check(method, arguments(comm)));

    /// <summary>Every rank got the same report, figure for figure.</summary>
    private static void AssertTheSameOnEveryRank(GradientCheckReport[] reports)
    {
        foreach (var report in reports[1..])
        {
            Assert.Equal(reports[0].ToString(), report.ToString());
            Assert.Equal(reports[0].Components, report.Components);
            Assert.Equal(reports[0].Gradient, report.Gradient);
            Assert.Equal(reports[0].FiniteDifference, report.FiniteDifference);
            Assert.Equal(reports[0].Value, report.Value);
        }
    }

    [Theory]
    [MemberData(nameof(CasesOnRanks))]
    public void CasePassesOnEveryRankWithOneReport(string name, int ranks)
    {
        var c = Cases.Single(s => s.Name == name);
        var reports = CheckOnRanks(ranks, c.Method, c.Arguments);
        var report = reports[0];
        Assert.True(report.Passed, report.ToString());
        AssertTheSameOnEveryRank(reports);
        Assert.Equal(ranks, report.Ranks);
        Assert.Equal(GradientCheckPrecision.Double, report.Precision);
        if (report.Components.Count > 0) Assert.EndsWith($" on rank {ranks - 1}", report.Components[^1], StringComparison.Ordinal);
        if (ranks > 1)
        {
            Assert.StartsWith(c.Replicated ? "the result once" : "the sum over ranks", report.Objective, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void PolynomialOnFourRanksGivesAdcmesValues()
    {
        // L = 1 + 2 + 4 + 8 = 15 on every rank, counted once; dL/dθ = 17 on rank 0, 0 on the others.
        var reports = CheckOnRanks(4, CommunicationCases.Polynomial, c => [c.Rank == 0 ? 2.0 : -7.0, c]);
        var report = reports[0];
        Assert.True(report.Passed, report.ToString());
        Assert.Equal(15.0, report.Value);
        Assert.Equal(["theta on rank 0", "theta on rank 1", "theta on rank 2", "theta on rank 3"], report.Components);
        Assert.Equal([17.0, 0.0, 0.0, 0.0], report.Gradient);
        Assert.Equal(17.0, report.FiniteDifference[0], 6);
        Assert.StartsWith("the result once", report.Objective, StringComparison.Ordinal);
        Assert.Contains("on 4 rank(s); global objective: the result once", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ARankLocalResultEqualOnEveryRankIsStillSummed()
    {
        // x²·P is 9 on every rank, but it is rank-local: J = Σ_r x_r²·P, dJ/dx_r = 2·x_r·P = 12.
        var report = CheckOnRanks(4, DistributedCheckerCases.LocalSquare, c => [1.5, c])[0];
        Assert.True(report.Passed, report.ToString());
        Assert.Equal(36.0, report.Value);
        Assert.Equal([12.0, 12.0, 12.0, 12.0], report.Gradient);
        Assert.StartsWith("the sum over ranks", report.Objective, StringComparison.Ordinal);
    }

    [Fact]
    public void RanksMayHaveDifferentNumbersOfComponentsIncludingNone()
    {
        var reports = CheckOnRanks(4, DistributedCheckerCases.GlobalSumOfSquares, c => [Draw(10 + c.Rank, c.Rank), c]);
        var report = reports[0];
        Assert.True(report.Passed, report.ToString());
        AssertTheSameOnEveryRank(reports);
        Assert.Equal(["x[0] on rank 1", "x[0] on rank 2", "x[1] on rank 2", "x[0] on rank 3", "x[1] on rank 3", "x[2] on rank 3"], report.Components);
        // dJ/dx_i = 2·x_i·(i + 1), counted once.
        Assert.Equal(2 * Draw(13, 3)[2] * 3, report.Gradient[5], 12);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void AWrongCommunicatingPullbackFailsNamingComponentAndRank(int ranks)
    {
        var reports = CheckOnRanks(ranks, DistributedCheckerCases.ThroughWrongRing, c => [Draw(10 + c.Rank, 1)[0], c]);
        var report = reports[0];
        log.WriteLine(report.ToString());
        AssertTheSameOnEveryRank(reports);
        Assert.False(report.Passed, report.ToString());
        Assert.Matches(@"^x on rank \d$", report.WorstComponent);
        Assert.True(report.MaxError > 1e-3, report.ToString());
        Assert.True(report.DotProductError > 1e-3, report.ToString());
        var exception = Assert.Throws<GradientCheckException>(() => report.ThrowIfFailed());
        Assert.Contains($"worst component {report.WorstComponent}: adjoint", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void TheWrongRingIsRightWhereBothNeighboursAreOneRank(int ranks)
    {
        var report = CheckOnRanks(ranks, DistributedCheckerCases.ThroughWrongRing, c => [Draw(10 + c.Rank, 1)[0], c])[0];
        Assert.True(report.Passed, report.ToString());
    }

    [Fact]
    public void AMethodThatCommunicatesDifferentlyAcrossRanksIsACommunicatorErrorNamingThem()
    {
        var error = Assert.Throws<CommunicatorException>(() => CheckOnRanks(3, DistributedCheckerCases.Mismatched, c => [1.0 + c.Rank, c]));
        var message = error.ToString();
        Assert.Contains("ranks call different operations", message, StringComparison.Ordinal);
        Assert.Contains("rank 1 calls Broadcast", message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidArgumentsOnOneRankStopEveryRank()
    {
        var messages = OnRanks(3, comm =>
        {
            object?[] arguments = comm.Rank == 1 ? ["not a number", comm] : [1.0, comm];
            return Assert.Throws<ArgumentException>(() => GradientChecker.Check(CommunicationCases.UnusedCollective, arguments)).Message;
        });
        Assert.Contains("CommunicationCases.UnusedCollective: argument 0 (x) must be a double, got a string (not a number).", messages[1], StringComparison.Ordinal);
        Assert.Contains("the check cannot start: the arguments of rank 1 are invalid", messages[0], StringComparison.Ordinal);
        Assert.Contains("the check cannot start: the arguments of rank 1 are invalid", messages[2], StringComparison.Ordinal);
    }
}
