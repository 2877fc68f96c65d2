using Adcme.Tests.Cases;

namespace Adcme.Tests;

/// <summary>Temporaries recomputed in the reverse sweep instead of recorded (RecomputeCases): each gradient against
/// central finite differences (the gradient checker) and against forward mode, component by component.</summary>
public class RecomputeTests
{
    private static readonly double[] X = [0.45, -0.2, 0.7, 0.15, -0.55, 0.3];

    /// <summary>Reverse mode against forward mode: <paramref name="pushforward"/> gives the tangent of the result for
    /// a unit tangent of x[i].</summary>
    private static void ReverseEqualsForward(double[] gradient, Func<double[], double> pushforward)
    {
        for (var i = 0; i < gradient.Length; i++)
        {
            var tangent = new double[gradient.Length];
            tangent[i] = 1;
            var forward = pushforward(tangent);
            Assert.True(Math.Abs(forward - gradient[i]) <= 1e-12 * Math.Max(1, Math.Abs(forward)), $"x[{i}]: reverse {gradient[i]:R}, forward {forward:R}");
        }
    }

    [Fact]
    public void Burgers()
    {
        GradientAssert.Passes(RecomputeCases.Burgers, X, 7);
        var value = RecomputeCases.Burgers_Gradient(X, 7, out var dX);
        Assert.Equal(RecomputeCases.Burgers(X, 7), value);
        ReverseEqualsForward(dX, t => RecomputeCases.Burgers_Pushforward(X, t, 7).Tangent);
    }

    [Fact]
    public void BurgersRecordsOneValuePerCellAndStep()
    {
        // The copy loop's overwritten element, per cell and step; the stencil's neighbours, speeds, fluxes and indices
        // are recomputed and its loop counter stepped back (before: 12 doubles and 4 ints per cell and step).
        const int steps = 20;
        var tape = Tape.Rent();
        RecomputeCases.Burgers_Record(X, steps, tape, null);
        var n = X.Length;
        Assert.InRange(tape.Count, n + steps * n, n + steps * (n + 8) + 32);
        double[] dX = null!;
        RecomputeCases.Burgers_Reverse(X, steps, tape, 1.0, ref dX);
        Assert.Equal(0, tape.Count);
        Tape.Return(tape);
        RecomputeCases.Burgers_Gradient(X, steps, out var expected);
        Assert.Equal(expected, dX);
    }

    [Fact]
    public void OperandOverwritten()
    {
        GradientAssert.Passes(RecomputeCases.OperandOverwritten, X, 0.4);
        RecomputeCases.OperandOverwritten_Gradient(X, 0.4, out var dX, out _);
        ReverseEqualsForward(dX, t => RecomputeCases.OperandOverwritten_Pushforward(X, t, 0.4, 0).Tangent);
    }

    [Fact]
    public void ElementOverwritten()
    {
        GradientAssert.Passes(RecomputeCases.ElementOverwritten, X, 3);
        RecomputeCases.ElementOverwritten_Gradient(X, 3, out var dX);
        ReverseEqualsForward(dX, t => RecomputeCases.ElementOverwritten_Pushforward(X, t, 3).Tangent);
    }

    [Fact]
    public void AliasWritten()
    {
        GradientAssert.Passes(RecomputeCases.AliasWritten, X, 4);
        RecomputeCases.AliasWritten_Gradient(X, 4, out var dX);
        ReverseEqualsForward(dX, t => RecomputeCases.AliasWritten_Pushforward(X, t, 4).Tangent);
    }

    [Fact]
    public void BranchesAndExits()
    {
        GradientAssert.Passes(RecomputeCases.BranchesAndExits, X, 0.3, 4);
        RecomputeCases.BranchesAndExits_Gradient(X, 0.3, 4, out var dX, out _);
        ReverseEqualsForward(dX, t => RecomputeCases.BranchesAndExits_Pushforward(X, t, 0.3, 0, 4).Tangent);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Strided(int stride)
    {
        GradientAssert.Passes(RecomputeCases.Strided, X, stride);
        RecomputeCases.Strided_Gradient(X, stride, out var dX);
        ReverseEqualsForward(dX, t => RecomputeCases.Strided_Pushforward(X, t, stride).Tangent);
    }
}
