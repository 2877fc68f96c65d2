using Adcme.Tests.Cases;

namespace Adcme.Tests;

/// <summary>The ordered primitives' static logs are shared: their tests run one at a time.</summary>
[CollectionDefinition("OrderedPrimitives", DisableParallelization = true)]
public class OrderedPrimitivesCollection;

/// <summary>Issue 11, classes 6 and 7: an ordered primitive (<c>[Primitive(…, Ordered = true)]</c>) has its result
/// recorded, never recomputed, and its pullback run exactly once per forward call, in exact reverse order, on every
/// path, with a zero seed where nothing flowed; a call to a differentiable method runs the callee's forward once per
/// gradient (split mode).</summary>
[Collection("OrderedPrimitives")]
public class OrderedPrimitiveTests
{
    private static void Near(double expected, double actual, string what, double relative = 1e-12)
        => Assert.True(Math.Abs(expected - actual) <= relative * Math.Max(1.0, Math.Abs(expected)), $"{what}: expected {expected:R}, got {actual:R}");

    // ---------- (a) hidden state ----------

    [Fact]
    public void HiddenStateReverseEqualsForwardEqualsFiniteDifferences()
    {
        const double x = 0.6;
        // yₖ = x·(1 + k/4), k = 0…4: ΣFₖ² = 1 + 1.5625 + 2.25 + 3.0625 + 4 = 11.875; f = 11.875x², f' = 23.75x
        OrderedPrimitives.Reset();
        var value = OrderedCases.HiddenState_Gradient(x, 5, out var dx);
        Assert.Equal(5, OrderedPrimitives.DriftCalls);
        Assert.Equal(5, OrderedPrimitives.DriftPullbacks);
        Assert.Empty(OrderedPrimitives.DriftFactors);
        Near(11.875 * x * x, value, "value");
        Near(23.75 * x, dx, "reverse");

        OrderedPrimitives.Reset();
        var (forwardValue, tangent) = OrderedCases.HiddenState_Pushforward(x, 1.0, 5);
        Near(11.875 * x * x, forwardValue, "forward value");
        Near(23.75 * x, tangent, "forward");
        Near(tangent, dx, "reverse against forward", 1e-9);

        const double h = 1e-5;
        OrderedPrimitives.Reset();
        var plus = OrderedCases.HiddenState(x + h, 5);
        OrderedPrimitives.Reset();
        var minus = OrderedCases.HiddenState(x - h, 5);
        Near((plus - minus) / (2 * h), dx, "finite differences", 1e-7);
    }

    [Fact]
    public void HiddenStatePullbackAccumulates()
    {
        OrderedPrimitives.Reset();
        var dX = 1.0;
        OrderedCases.HiddenState_Pullback(0.6, 5, 2.0, ref dX);
        Near(1.0 + 2.0 * 23.75 * 0.6, dX, "pullback");
        Assert.Equal(5, OrderedPrimitives.DriftPullbacks);
    }

    // ---------- (b) once per forward call, on every path ----------

    [Fact]
    public void PullbackRunsOncePerCallEvenWhereTheResultIsUnused()
    {
        OrderedPrimitives.Reset();
        // w ≤ 1: f = Σₖ (x² + 3x) over 2 steps, f' = 2(2x + 3)
        var value = OrderedCases.UnusedOrdered_Gradient(0.7, 0.5, 2, out var dx, out var dw);
        Near(2 * (0.49 + 2.1), value, "value");
        Near(2 * (1.4 + 3), dx, "d/dx");
        Near(0.0, dw, "d/dw");
        Assert.Equal([10, 20, 30, 40, 11, 21, 31, 41], OrderedPrimitives.TagForward);
        Assert.Equal(OrderedPrimitives.TagForward.Count, OrderedPrimitives.TagPullback.Count);
        foreach (var id in OrderedPrimitives.TagForward) Assert.Single(OrderedPrimitives.TagPullback, id);
    }

    [Fact]
    public void UnusedResultsGetAZeroSeedInReverseOrder()
    {
        OrderedPrimitives.Reset();
        OrderedCases.UnusedOrdered_Gradient(0.7, 0.5, 2, out _, out _);
        Assert.Equal([41, 31, 21, 11, 40, 30, 20, 10], OrderedPrimitives.TagPullback);
        // a = Tag(x, 1k) gets 2a = 1.4; the zero weight, the branch not taken and the overwritten one get 0
        Assert.Equal([0.0, 0.0, 0.0, 1.4, 0.0, 0.0, 0.0, 1.4], OrderedPrimitives.TagSeeds);
    }

    // ---------- (c) exact reverse order ----------

    [Fact]
    public void PullbacksRunInExactReverseOrderOfTheForwardCalls()
    {
        OrderedPrimitives.Reset();
        // y = 1.25³x, f = y²: f' = 2·1.25⁶·x
        var value = OrderedCases.OrderedSequence_Gradient(0.7, 3, out var dx);
        Near(Math.Pow(1.25, 6) * 0.49, value, "value");
        Near(2 * Math.Pow(1.25, 6) * 0.7, dx, "d/dx");
        int[] forward = [1, 100, 101, 200, 110, 111, 120, 121, 202, 2];
        Assert.Equal(forward, OrderedPrimitives.TagForward);
        Assert.Equal(forward.Reverse(), OrderedPrimitives.TagPullback);
    }

    [Fact]
    public void ForwardModeCallsEachOrderedPrimitiveOnce()
    {
        OrderedPrimitives.Reset();
        var (_, tangent) = OrderedCases.OrderedSequence_Pushforward(0.7, 1.0, 3);
        Near(2 * Math.Pow(1.25, 6) * 0.7, tangent, "forward");
        Assert.Equal([1, 100, 101, 200, 110, 111, 120, 121, 202, 2], OrderedPrimitives.TagForward);
        Assert.Empty(OrderedPrimitives.TagPullback);
    }

    // ---------- 7. split mode ----------

    [Fact]
    public void GradientRunsEachCalleeForwardOnce()
    {
        OrderedPrimitives.Reset();
        const double x = 0.7;
        var value = OrderedCases.Nested_Gradient(x, out var dx);
        Near(2 * (x * Math.Sin(x) + x), value, "value");
        Near(2 * (Math.Sin(x) + x * Math.Cos(x) + 1), dx, "d/dx");
        // ids 0–3: the caller and its callees at nesting depths 1, 2, 3
        Assert.Equal([1, 1, 1, 1], OrderedPrimitives.CountCalls[..4]);
        Assert.Equal([1, 1, 1, 1], OrderedPrimitives.CountPullbacks[..4]);
    }

    [Fact]
    public void PushforwardRunsEachCalleeOnce()
    {
        OrderedPrimitives.Reset();
        const double x = 0.7;
        var (_, tangent) = OrderedCases.Nested_Pushforward(x, 1.0);
        Near(2 * (Math.Sin(x) + x * Math.Cos(x) + 1), tangent, "forward");
        Assert.Equal([1, 1, 1, 1], OrderedPrimitives.CountCalls[..4]);
    }
    [Fact]
    public void OrderedCasesPassTheGradientChecker()
    {
        // Tag and Count are identities in value, so repeated evaluations agree; their logs are reset around the checks.
        OrderedPrimitives.Reset();
        GradientAssert.Passes(OrderedCases.UnusedOrdered, 0.7, 0.5, 2);
        GradientAssert.Passes(OrderedCases.OrderedSequence, 0.7, 3);
        GradientAssert.Passes(OrderedCases.TagInner, 0.7, 5);
        GradientAssert.Passes(OrderedCases.Nested, 0.7);
        GradientAssert.Passes(OrderedCases.Depth1, 0.7);
        GradientAssert.Passes(OrderedCases.Depth2, 0.7);
        GradientAssert.Passes(OrderedCases.Depth3, 0.7);
        OrderedPrimitives.Reset();
    }
}
