using Adcme.Tests.Cases;

namespace Adcme.Tests;

public class ControlFlowTests
{
    [Theory]
    [InlineData(1.5, 0.5)]
    [InlineData(-1.5, 0.5)]
    [InlineData(-1.5, -0.5)]
    public void Branches(double x, double y) => GradientAssert.Passes(ControlFlowCases.Branches, x, y);

    [Theory]
    [InlineData(-0.5)]
    [InlineData(1.0)]
    [InlineData(0.2)]
    public void EarlyReturn(double x) => GradientAssert.Passes(ControlFlowCases.EarlyReturn, x);

    [Fact]
    public void EarlyReturnValues()
    {
        Assert.Equal(0.25, ControlFlowCases.EarlyReturn_Gradient(-0.5, out var d1));
        Assert.Equal(-1.0, d1);
        Assert.Equal(Math.Sin(0.2) + 0.2, ControlFlowCases.EarlyReturn_Gradient(0.2, out var d2), 15);
        Assert.Equal(Math.Cos(0.2) + 1, d2, 14);
    }

    [Theory]
    [InlineData(2.0)]
    [InlineData(10.0)]
    public void NewtonSqrtConvergesToTheDerivativeOfTheSquareRoot(double a)
    {
        var value = ControlFlowCases.NewtonSqrt_Gradient(a, out var da);
        Assert.Equal(Math.Sqrt(a), value, 12);
        Assert.Equal(0.5 / Math.Sqrt(a), da, 8);
        GradientAssert.Passes(ControlFlowCases.NewtonSqrt, a);
    }

    [Theory]
    [InlineData(0.3, 10)]
    [InlineData(1.1, 40)]
    [InlineData(0.1, 0)]
    public void LoopWithBreakAndContinue(double x, int n) => GradientAssert.Passes(ControlFlowCases.LoopWithBreakAndContinue, x, n);

    [Fact]
    public void LoopWithBreakMatchesPlainCSharp()
    {
        static double Plain(double x, int n)
        {
            var s = 0.0;
            for (var i = 0; i < n; i++)
            {
                if (i % 3 == 1) continue;
                s += Math.Sin(x * i) * s + x;
                if (s > 50) break;
            }
            return s;
        }
        Assert.Equal(Plain(1.1, 40), ControlFlowCases.LoopWithBreakAndContinue_Gradient(1.1, 40, out _));
        Assert.Equal(Plain(1.1, 40), ControlFlowCases.LoopWithBreakAndContinue_Pushforward(1.1, 0, 40).Value);
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(0.5)]
    public void ReturnInsideLoop(double x) => GradientAssert.Passes(ControlFlowCases.ReturnInsideLoop, x);

    [Fact]
    public void ReturnInsideLoopValue()
    {
        // 1.5^6 = 11.39 > 10 at i = 6: value 1.5^6 + 6, derivative 6·1.5^5
        Assert.Equal(Math.Pow(1.5, 6) + 6, ControlFlowCases.ReturnInsideLoop_Gradient(1.5, out var dx), 12);
        Assert.Equal(6 * Math.Pow(1.5, 5), dx, 10);
    }

    [Fact]
    public void DoWhile() => GradientAssert.Passes(ControlFlowCases.DoWhile, 0.8);

    [Theory]
    [InlineData(0.6, 4)]
    [InlineData(-0.4, 6)]
    public void NestedLoops(double x, int n) => GradientAssert.Passes(ControlFlowCases.NestedLoops, x, n);

    [Theory]
    [InlineData(0.5, 1.5)]
    [InlineData(0.5, 2.5)]
    [InlineData(-2.0, 1.0)]
    [InlineData(-0.5, 1.0)]
    public void Logic(double x, double y) => GradientAssert.Passes(ControlFlowCases.Logic, x, y);

    [Theory]
    [InlineData(0.3, 2.0, 50)]
    [InlineData(1.5, 0.5, 200)]
    public void Pendulum(double damping, double stiffness, int steps) => GradientAssert.Passes(ControlFlowCases.Pendulum, damping, stiffness, steps);
}
