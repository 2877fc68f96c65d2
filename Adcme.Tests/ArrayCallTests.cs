using Adcme.Tests.Cases;

namespace Adcme.Tests;

/// <summary>Issue 11: local arrays passed to differentiable calls and to primitives. Each test asserts the right
/// gradient, worked out by hand (see the cases' comments), and checks it against forward mode and finite
/// differences.</summary>
public class ArrayCallTests
{
    private static void Near(double expected, double actual, string what, double relative = 1e-12)
        => Assert.True(Math.Abs(expected - actual) <= relative * Math.Max(1.0, Math.Abs(expected)), $"{what}: expected {expected:R}, got {actual:R}");

    private static void Near(double[] expected, double[] actual, string what, double relative = 1e-12)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++) Near(expected[i], actual[i], $"{what}[{i}]", relative);
    }

    // ---------- 1. rebinding after a call ----------

    [Fact]
    public void RebindFreshArrayAfterCall()
    {
        // loss = x² + (2x)² = 5x²
        Near(11.25, ArrayCallCases.RebindFresh_Gradient(1.5, 2, out var dx), "value");
        Near(15.0, dx, "d/dx");
        Near(15.0, ArrayCallCases.RebindFresh_Pushforward(1.5, 1.0, 2).Tangent, "forward");
        GradientAssert.Passes(ArrayCallCases.RebindFresh, 1.5, 2);
    }

    [Fact]
    public void TwoBufferSwapAfterCall()
    {
        // loss = x² + 4x² + 16x² = 21x²
        Near(47.25, ArrayCallCases.RebindSwap_Gradient(1.5, 3, out var dx), "value");
        Near(63.0, dx, "d/dx");
        Near(63.0, ArrayCallCases.RebindSwap_Pushforward(1.5, 1.0, 3).Tangent, "forward");
        GradientAssert.Passes(ArrayCallCases.RebindSwap, 1.5, 3);
    }

    [Fact]
    public void NewArrayAssignedToExistingVariableAfterCall()
    {
        Near(47.25, ArrayCallCases.RebindNew_Gradient(1.5, 3, out var dx), "value");
        Near(63.0, dx, "d/dx");
        GradientAssert.Passes(ArrayCallCases.RebindNew, 1.5, 3);
    }

    [Fact]
    public void RebindFreshArrayAfterPrimitive()
    {
        Near(11.25, ArrayCallCases.RebindFreshPrimitive_Gradient(1.5, 2, out var dx), "value");
        Near(15.0, dx, "d/dx");
        GradientAssert.Passes(ArrayCallCases.RebindFreshPrimitive, 1.5, 2);
    }

    [Fact]
    public void TwoBufferSwapAfterPrimitive()
    {
        Near(47.25, ArrayCallCases.RebindSwapPrimitive_Gradient(1.5, 3, out var dx), "value");
        Near(63.0, dx, "d/dx");
        GradientAssert.Passes(ArrayCallCases.RebindSwapPrimitive, 1.5, 3);
    }

    [Fact]
    public void LocalAliasOfParameterRebound()
    {
        double[] p = [1.5];
        Near(47.25, ArrayCallCases.AliasedParameter_Gradient(p, 3, out var dp), "value");
        Near([63.0], dp, "d/dp");
        Assert.Equal([1.5], p); // the input is untouched
        GradientAssert.Passes(ArrayCallCases.AliasedParameter, new[] { 1.5 }, 3);
    }

    [Fact]
    public void LocalAliasOfParameterReboundPrimitive()
    {
        double[] p = [1.5];
        Near(47.25, ArrayCallCases.AliasedParameterPrimitive_Gradient(p, 3, out var dp), "value");
        Near([63.0], dp, "d/dp");
        Assert.Equal([1.5], p);
        GradientAssert.Passes(ArrayCallCases.AliasedParameterPrimitive, new[] { 1.5 }, 3);
    }

    // ---------- 2. a primitive sees its arrays as they were at the call ----------

    [Fact]
    public void PrimitiveSeesRefilledTableAsItWas()
    {
        double[] p = [0.5, -1.0, 2.0];
        double[] table = [1.0, 2.0, 0.5];
        // d/dpᵢ = 2pᵢ·tableᵢ·(1 + 2 + 3)
        Near(25.5, ArrayCallCases.RefilledTable_Gradient(p, table, 3, out var dp), "value");
        Near([6.0, -24.0, 12.0], dp, "d/dp");
        GradientAssert.Passes(ArrayCallCases.RefilledTable, p, table, 3);
    }

    [Fact]
    public void PrimitiveSeesArrayWrittenAfterwardsAsItWas()
    {
        Near(11.25, ArrayCallCases.WrittenAfterPrimitive_Gradient(1.5, 2, out var dx), "value");
        Near(15.0, dx, "d/dx");
        GradientAssert.Passes(ArrayCallCases.WrittenAfterPrimitive, 1.5, 2);
    }

    // ---------- 3. a tensor-valued call whose result has no adjoint ----------

    private static Tensor X3 => Tensor.FromArray([1.0, 2.0, -0.5], 3);

    [Fact]
    public void TensorCallWithZeroWeightKeepsTheTapeAligned()
    {
        // loss = p₀·Σx: d/dp₀ = Σx = 2.5, d/dxᵢ = p₀ = 0.8
        Near(2.0, ArrayCallCases.TensorCallZeroWeight_Gradient([0.8], X3, out var dp, out var dx), "value");
        Near([2.5], dp, "d/dp");
        Near([0.8, 0.8, 0.8], dx.ToArray(), "d/dx");
        GradientAssert.Passes(ArrayCallCases.TensorCallZeroWeight, new[] { 0.8 }, X3);
    }

    [Fact]
    public void TensorCallInBranchNotTakenKeepsTheTapeAligned()
    {
        Near(2.0, ArrayCallCases.TensorCallBranchNotTaken_Gradient([0.8], X3, 0.5, out var dp, out var dx, out var dw), "value");
        Near([2.5], dp, "d/dp");
        Near([0.8, 0.8, 0.8], dx.ToArray(), "d/dx");
        Near(0.0, dw, "d/dw");
        GradientAssert.Passes(ArrayCallCases.TensorCallBranchNotTaken, new[] { 0.8 }, X3, 0.5);
    }

    [Fact]
    public void TensorCallWhoseResultIsOverwrittenKeepsTheTapeAligned()
    {
        // loss = p₀·Σx + 2Σx: d/dxᵢ = p₀ + 2 = 2.8
        Near(7.0, ArrayCallCases.TensorCallOverwritten_Gradient([0.8], X3, out var dp, out var dx), "value");
        Near([2.5], dp, "d/dp");
        Near([2.8, 2.8, 2.8], dx.ToArray(), "d/dx");
        GradientAssert.Passes(ArrayCallCases.TensorCallOverwritten, new[] { 0.8 }, X3);
    }

    // ---------- 4. a parameter variable bound to a local array ----------

    [Fact]
    public void ParameterVariableReboundToLocalArrayIsCopiedAtTheCall()
    {
        double[] p = [1.5];
        Near(47.25, ArrayCallCases.ParameterRebound_Gradient(p, 3, out var dp), "value");
        Near([63.0], dp, "d/dp");
        Assert.Equal([1.5], p); // the input is untouched
        GradientAssert.Passes(ArrayCallCases.ParameterRebound, new[] { 1.5 }, 3);
    }

    [Fact]
    public void UnreadParameterVariableReboundToLocalArrayIsCopiedAtTheCall()
    {
        double[] p = [7.0], q = [1.5];
        Near(47.25, ArrayCallCases.ParameterReboundUnread_Gradient(p, q, 3, out var dp, out var dq), "value");
        Near([0.0], dp, "d/dp");
        Near([63.0], dq, "d/dq");
        Near(63.0, ArrayCallCases.ParameterReboundUnread_Pushforward(p, null, q, [1.0], 3).Tangent, "forward");
        GradientAssert.Passes(ArrayCallCases.ParameterReboundUnread, p, q, 3);
    }

    // ---------- 5. crashes ----------

    [Fact]
    public void TensorCallResultReassignedInLoop()
    {
        // t = x·p₀³: d/dp₀ = 3p₀²·Σx = 4.8, d/dxᵢ = p₀³ = 0.512
        Near(1.28, ArrayCallCases.TensorResultInLoop_Gradient([0.8], X3, 3, out var dp, out var dx), "value");
        Near([4.8], dp, "d/dp");
        Near([0.512, 0.512, 0.512], dx.ToArray(), "d/dx");
        GradientAssert.Passes(ArrayCallCases.TensorResultInLoop, new[] { 0.8 }, X3, 3);
    }

    [Fact]
    public void TwoNoDerivativeArraysOfDifferentLengthsToOneCall()
    {
        double[] x = [0.5, -1.0], small = [2.0], large = [1.0, 3.0, -1.0, 0.5];
        // f = 2x₀ + x₀ + 3x₁ − x₀ + 0.5x₁
        Near(-2.5, ArrayCallCases.TwoNoDerivativeArrays_Gradient(x, small, large, out var dx), "value");
        Near([2.0, 3.5], dx, "d/dx");
        GradientAssert.Passes(ArrayCallCases.TwoNoDerivativeArrays, x, small, large);
    }

    [Fact]
    public void TwoNoDerivativeArraysToOnePrimitive()
    {
        double[] x = [0.5, -1.0], small = [2.0], large = [1.0, 3.0, -1.0, 0.5];
        Near(3.25, ArrayCallCases.TwoNoDerivativeArraysPrimitive_Gradient(x, small, large, out var dx), "value");
        Near([1.0, -2.0], dx, "d/dx");
        Near(-2.5, ArrayCallCases.TwoTablesPrimitive_Gradient(x, small, large, out var dx2), "value");
        Near([2.0, 3.5], dx2, "d/dx");
        GradientAssert.Passes(ArrayCallCases.TwoNoDerivativeArraysPrimitive, x, small, large);
        GradientAssert.Passes(ArrayCallCases.TwoTablesPrimitive, x, small, large);
    }

    [Fact]
    public void PullbacksAccumulate()
    {
        var dX = 1.0;
        ArrayCallCases.RebindSwap_Pullback(1.5, 3, 2.0, ref dX);
        Near(1.0 + 2.0 * 63.0, dX, "pullback");
        double[] dP = [1.0, 1.0, 1.0];
        ArrayCallCases.RefilledTable_Pullback([0.5, -1.0, 2.0], [1.0, 2.0, 0.5], 3, 0.5, ref dP);
        Near([4.0, -11.0, 7.0], dP, "pullback");
    }
    [Fact]
    public void HelpersAreCheckedNumerically()
    {
        GradientAssert.Passes(ArrayCallCases.SumSq, new[] { 0.5, -1.0, 2.0 });
        GradientAssert.Passes(ArrayCallCases.Mix, new[] { 0.5, -1.0 }, new[] { 2.0 }, new[] { 1.0, 3.0, -1.0, 0.5 });
        // ScaleBy(a, x) = x·a₀; seed w: d/da₀ = Σ wᵢxᵢ, d/dxᵢ = wᵢa₀
        double[] dA = null!;
        Tensor? dX = null;
        ArrayCallCases.ScaleBy_Pullback([0.8], X3, Tensor.FromArray([1.0, -1.0, 2.0], 3), ref dA, ref dX);
        Near([1.0 - 2.0 - 1.0], dA, "d/da");
        Near([0.8, -0.8, 1.6], dX!.ToArray(), "d/dx");
    }
}
