using Adcme.Tests.Cases;
using static Adcme.Tests.CommunicationGradientTests;

namespace Adcme.Tests;

/// <summary>The communication fuzzer's findings (Cases/CommFuzzRegressionCases.cs), against their derivatives by hand.</summary>
public class CommFuzzRegressionTests
{
    [Fact]
    public void NonBlockingAdjointsPairInTheOrderTheMessagesWereStartedNotWaited()
    {
        const double x = 0.7;
        var results = OnRanks(1, comm =>
        {
            var value = CommFuzzRegressionCases.SelfWaitOrder_Gradient(x, comm, out var dx);
            var (_, tangent) = CommFuzzRegressionCases.SelfWaitOrder_Pushforward(x, 1.0, comm);
            var pulled = 0.0;
            CommFuzzRegressionCases.SelfWaitOrder_Pullback(x, comm, 1.0, ref pulled);
            Assert.Equal(dx, pulled);
            return (value, dx, tangent);
        });
        Assert.Equal(2 * x + 3 * x * x, results[0].value, 1e-12);
        Assert.Equal(2 + 6 * x, results[0].tangent, 1e-12);
        Assert.Equal(2 + 6 * x, results[0].dx, 1e-12);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void ANonBlockingSendWaitedAfterABlockingOneOnTheSameTagGetsItsOwnAdjoint(int ranks)
    {
        double X(int rank) => 0.4 + 0.3 * rank;
        var gradients = OnRanks(ranks, comm =>
        {
            CommFuzzRegressionCases.PairWaitPlace_Gradient(X(comm.Rank), comm, out var dx);
            var pulled = 0.0;
            CommFuzzRegressionCases.PairWaitPlace_Pullback(X(comm.Rank), comm, 1.0, ref pulled); // rank-local: seed 1 everywhere
            Assert.Equal(dx, pulled);
            return dx;
        });
        // J = Σ_r y_r (rank-local results): y0 = x0/2, y1 = x1/2 + sin(x0) x1 + 2 x0², others x/2.
        Assert.Equal(0.5 + Math.Cos(X(0)) * X(1) + 4 * X(0), gradients[0], 1e-12);
        Assert.Equal(0.5 + Math.Sin(X(0)), gradients[1], 1e-12);
    }
}
