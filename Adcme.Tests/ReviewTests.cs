using Adcme.Tests.Cases;
using Adcme.Checking;

namespace Adcme.Tests;

/// <summary>Review probes of split-mode reverse (M_Record / M_Reverse on one shared tape): gradients against values
/// worked out by hand, forward mode and finite differences. The first three groups expose bugs (they fail until
/// the generator is fixed); the rest guard behaviour that works. The ordered primitives' logs are static: the
/// tests of this class run one at a time, and no other class uses <see cref="ReviewPrims"/>.</summary>
public class ReviewTests
{
    private static void Near(double expected, double actual, string what, double relative = 1e-12)
        => Assert.True(Math.Abs(expected - actual) <= relative * Math.Max(1.0, Math.Abs(expected)), $"{what}: expected {expected:R}, got {actual:R}");

    private static void Near(double[] expected, double[] actual, string what, double relative = 1e-12)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++) Near(expected[i], actual[i], $"{what}[{i}]", relative);
    }

    private static double[] Unit(int n, int i)
    {
        var e = new double[n];
        e[i] = 1.0;
        return e;
    }

    // Checked by hand below (gradients worked out in the cases' comments): ReviewCases.InactiveCallDrift,
    // ReviewCases.StatementCallDrift, ReviewCases.ConstantCallDrift, ReviewCases.CallInConditionDrift,
    // ReviewCases.DirectUnusedDrift, ReviewCases.UsesTicket, (their primitives have hidden state:
    // finite differences of them mean nothing or cannot be taken).

    // ---------- 1. BUG: ordered primitives inside callees whose call is inactive ----------
    // The call runs as a plain call (AdjointEmitter.NeedsReverse: a Call is reversed only when active), so the
    // callee's ordered primitive runs forward but its pullback never runs: the hidden state is left behind and
    // the next pullback reads the wrong state.

    private static void DriftBalanced(string what)
    {
        Assert.True(ReviewPrims.DriftCalls == ReviewPrims.DriftPullbacks,
            $"{what}: Drift ran {ReviewPrims.DriftCalls} time(s) forward but its pullback {ReviewPrims.DriftPullbacks} time(s)");
        Assert.Empty(ReviewPrims.DriftFactors);
    }

    [Fact]
    public void OrderedPrimitiveInCalleeWhoseResultIsUnused()
    {
        ReviewPrims.Reset();
        const double x = 0.6;
        var value = ReviewCases.InactiveCallDrift_Gradient(x, out var dx);
        Near(x * x, value, "value");
        Near(2 * x, dx, "d/dx (f = x²)");
        DriftBalanced("InactiveCallDrift");
    }

    [Fact]
    public void OrderedPrimitiveInCalleeCalledAsStatementAndDiscard()
    {
        ReviewPrims.Reset();
        const double x = 0.6;
        var value = ReviewCases.StatementCallDrift_Gradient(x, out var dx);
        Near(x * x, value, "value");
        Near(2 * x, dx, "d/dx (f = x²)");
        DriftBalanced("StatementCallDrift");
    }

    [Fact]
    public void OrderedPrimitiveInCalleeCalledWithAConstant()
    {
        ReviewPrims.Reset();
        const double x = 0.6;
        var value = ReviewCases.ConstantCallDrift_Gradient(x, out var dx);
        Near(x * x, value, "value");
        Near(2 * x, dx, "d/dx (f = x²)");
        DriftBalanced("ConstantCallDrift");
    }

    [Fact]
    public void OrderedPrimitiveInCalleeCalledInALoopCondition()
    {
        ReviewPrims.Reset();
        const double x = 0.6;
        var value = ReviewCases.CallInConditionDrift_Gradient(x, 2, out var dx);
        Near(x * x, value, "value");
        Near(2 * x, dx, "d/dx (f = x²)");
        DriftBalanced("CallInConditionDrift");
    }

    [Fact]
    public void OrderedPrimitiveCalledDirectlyWithUnusedResult()
    {
        // Control: called directly, the unused ordered primitive is reversed with a zero seed.
        ReviewPrims.Reset();
        const double x = 0.6;
        var value = ReviewCases.DirectUnusedDrift_Gradient(x, out var dx);
        Near(x * x, value, "value");
        Near(2 * x, dx, "d/dx (f = x²)");
        DriftBalanced("DirectUnusedDrift");
    }

    // ---------- 2. BUG: a null [NoDerivative] array given to a primitive ----------
    // The record copies a parameter array given to a primitive when it starts (x_atEntry = (double[])w.Clone())
    // or at the call (PushObject(table.Clone())): a null table throws NullReferenceException, where the method
    // itself and its pushforward work.

    [Fact]
    public void NullTableGivenToAPrimitive()
    {
        double[] x = [0.3, -0.5];
        Assert.Equal(0.34, ReviewCases.NullTable(x, null), 14);
        Near(-1.0, ReviewCases.NullTable_Pushforward(x, [0.0, 1.0], null!).Tangent, "forward");
        var value = ReviewCases.NullTable_Gradient(x, null!, out var dx);
        Near(0.34, value, "value");
        Near([0.6, -1.0], dx, "gradient");
    }

    [Fact]
    public void NullTableGivenToAPrimitiveThroughALocal()
    {
        double[] x = [0.3, -0.5];
        var value = ReviewCases.NullTableAlias_Gradient(x, null!, out var dx);
        Near(0.34, value, "value");
        Near([0.6, -1.0], dx, "gradient");
    }

    [Fact]
    public void NonNullTableGivenToAPrimitive()
    {
        double[] x = [0.3, -0.5], w = [2.0, 3.0];
        Near(0.93, ReviewCases.NullTable_Gradient(x, w, out var dx), "value");
        Near([1.2, -3.0], dx, "gradient");
        Near(0.93, ReviewCases.NullTableAlias_Gradient(x, w, out var dx2), "value");
        Near([1.2, -3.0], dx2, "gradient");
        GradientAssert.Passes(ReviewCases.NullTable, x, w);
        GradientAssert.Passes(ReviewCases.NullTableAlias, x, w);
    }

    // ---------- 3. a primitive whose result is an array: now a compile-time error (ADCME014, DiagnosticTests) ----------

    // ---------- 4. code that did not compile (or made the generator fail) ----------

    [Fact]
    public void OrderedPrimitiveWithAnIntResultIsReversedOncePerCall()
    {
        ReviewPrims.Tickets = 0;
        ReviewPrims.TicketPullbacks = 0;
        var value = ReviewCases.UsesTicket_Gradient(0.7, out var dx);
        Near(0.49, value, "value (first ticket is 0)");
        Near(1.4, dx, "gradient 2x");
        Assert.Equal(1, ReviewPrims.Tickets);
        Assert.Equal(1, ReviewPrims.TicketPullbacks);
        ReviewPrims.Tickets = 0;
        Near(1.4, ReviewCases.UsesTicket_Pushforward(0.7, 1.0).Tangent, "forward mode");
    }

    [Fact]
    public void NullLiteralForAnArrayArgument()
    {
        double[] x = [0.3, -0.5, 2.0];
        Near(4.34, ReviewCases.NullLiteralTable(x), "primal");
        Near(4.34, ReviewCases.NullLiteralTable_Gradient(x, out var dx), "value");
        Near([0.6, -1.0, 4.0], dx, "gradient 2x");
        Near(-1.0, ReviewCases.NullLiteralTable_Pushforward(x, Unit(3, 1)).Tangent, "forward d/dx1");
        GradientChecker.Check(ReviewCases.NullLiteralTable, x).ThrowIfFailed();
    }

    [Fact]
    public void LocalArrayDeclaredNull()
    {
        double[] x = [0.3, -0.5, 2.0];
        Near(4.34, ReviewCases.NullLocalArray_Gradient(x, out var dx), "value");
        Near([0.6, -1.0, 4.0], dx, "gradient 2x");
        Near(4.0, ReviewCases.NullLocalArray_Pushforward(x, Unit(3, 2)).Tangent, "forward d/dx2");
        GradientChecker.Check(ReviewCases.NullLocalArray, x).ThrowIfFailed();
    }

    // ---------- guards ----------

    [Fact]
    public void ParameterReassignedFromCalls()
    {
        foreach (var n in new[] { 0, 1, 3 })
        {
            var value = ReviewCases.ParamReassignedCall_Gradient(0.7, n, out var dx);
            var (fv, ft) = ReviewCases.ParamReassignedCall_Pushforward(0.7, 1.0, n);
            Near(fv, value, "value");
            Near(ft, dx, $"n = {n}: reverse against forward", 1e-13);
            GradientAssert.Passes(ReviewCases.ParamReassignedCall, 0.7, n);
        }
    }

    [Fact]
    public void ParameterOverwrittenAfterItsUse()
    {
        const double x = 0.7;
        ReviewCases.ReassignedAfterUse_Gradient(x, out var dx);
        Near(4 * (Math.Cos(x) * x + Math.Sin(x)), dx, "d/dx");
        GradientAssert.Passes(ReviewCases.ReassignedAfterUse, x);
    }

    [Fact]
    public void ArrayParameterReboundToWrittenLocals()
    {
        double[] a = [0.3, -0.5, 0.8];
        var value = ReviewCases.ParamArrayRebound_Gradient(a, 3, out var da);
        Assert.Equal([0.3, -0.5, 0.8], a);
        for (var i = 0; i < a.Length; i++)
        {
            var (fv, ft) = ReviewCases.ParamArrayRebound_Pushforward(a, Unit(3, i), 3);
            Near(fv, value, "value");
            Near(ft, da[i], $"d/da[{i}] against forward", 1e-13);
        }
        GradientAssert.Passes(ReviewCases.ParamArrayRebound, a, 3);
    }

    [Fact]
    public void OneArrayPassedTwice()
    {
        const double x = 0.7;
        double s = Math.Sin(x), c = Math.Cos(x);
        var value = ReviewCases.SameArrayTwice_Gradient(x, out var dx);
        Near(15.5 * x * x + 2 * Math.Pow(x, 4) + x * x * x + 1.5 * s * s + 3 * x * s, value, "value");
        Near(31 * x + 8 * x * x * x + 3 * x * x + 3 * s * c + 3 * s + 3 * x * c, dx, "d/dx");
        Near(ReviewCases.SameArrayTwice_Pushforward(x, 1.0).Tangent, dx, "against forward", 1e-13);
        GradientAssert.Passes(ReviewCases.SameArrayTwice, x);
    }

    [Fact]
    public void AliasesGivenToOnePrimitive()
    {
        double[] a = [0.3, -0.5, 0.8];
        ReviewCases.PrimitiveAliases_Gradient(a, out var da);
        for (var i = 0; i < a.Length; i++)
        {
            Near(ReviewCases.PrimitiveAliases_Pushforward(a, Unit(3, i)).Tangent, da[i], $"d/da[{i}] against forward", 1e-13);
        }
        GradientAssert.Passes(ReviewCases.PrimitiveAliases, a);
    }

    [Fact]
    public void ConditionalCallsWithBreakReturnContinue()
    {
        foreach (var (x, n) in new[] { (0.7, 3), (0.7, 6), (0.7, 8), (3.0, 5), (0.7, 0) })
        {
            var value = ReviewCases.ConditionalCallsLoop_Gradient(x, n, out var dx);
            var (fv, ft) = ReviewCases.ConditionalCallsLoop_Pushforward(x, 1.0, n);
            Near(fv, value, $"x = {x}, n = {n}: value");
            Near(ft, dx, $"x = {x}, n = {n}: reverse against forward", 1e-12);
            GradientAssert.Passes(ReviewCases.ConditionalCallsLoop, x, n);
        }
    }

    [Fact]
    public void CallsInALoopCondition()
    {
        // x = 1.5: 2.25k < 5 for k = 0, 1, 2: f = Σ(x + k)², f' = 2(3x + 3) = 15
        var value = ReviewCases.CallInLoopCondition_Gradient(1.5, 4, out var dx);
        Near(2.25 + 6.25 + 12.25, value, "value");
        Near(15.0, dx, "d/dx");
        GradientAssert.Passes(ReviewCases.CallInLoopCondition, 1.5, 4);
    }

    [Fact]
    public void DiscardedCallsOfPureCallees()
    {
        Near(0.7 * 0.7 + 0.7, ReviewCases.DiscardedCalls_Gradient(0.7, out var dx), "value");
        Near(2.4, dx, "d/dx");
        GradientAssert.Passes(ReviewCases.DiscardedCalls, 0.7);
    }

    [Fact]
    public void RecursionWithArrays()
    {
        double[] a = [0.3, 0.4];
        foreach (var n in new[] { 0, 1, 2 })
        {
            ReviewCases.RecursiveArray_Gradient(a, n, out var da);
            for (var i = 0; i < 2; i++)
            {
                Near(ReviewCases.RecursiveArray_Pushforward(a, Unit(2, i), n).Tangent, da[i], $"n = {n}: d/da[{i}]", 1e-13);
            }
            GradientAssert.Passes(ReviewCases.RecursiveArray, a, n);
        }
    }

    [Fact]
    public void Overloads()
    {
        const double x = 0.7, y = 0.3;
        ReviewCases.UsesOverloads_Gradient(x, y, out var dx, out var dy);
        Near(2 * x + y + 3 * x * x, dx, "d/dx", 1e-6);
        Near(x + 1, dy, "d/dy");
        Near(0.49, ReviewCases.Over_Gradient(x, out var d1), "Over(double)"); // (ReviewCases.Over) checked by hand here
        Near(1.4, d1, "Over(double)'");
        ReviewCases.Over_Gradient(x, y, out var ox, out var oy);
        Near(y, ox, "Over(double, double) d/dx");
        Near(x + 1, oy, "Over(double, double) d/dy");
        ReviewCases.Over_Gradient(0.5f, out float of);
        Near(0.75, of, "Over(float)'", 1e-6);
        GradientAssert.Passes(ReviewCases.UsesOverloads, x, y);
    }

    [Fact]
    public void PrivateCalleesAndNestedClasses()
    {
        // PrivSq (ReviewCases.PrivSq) and Nest.Inner (ReviewCases.Nest.Inner) are checked through UsesPrivate: f = x² + x³
        const double x = 0.7;
        ReviewCases.UsesPrivate_Gradient(x, out var dx);
        Near(2 * x + 3 * x * x, dx, "d/dx");
        GradientAssert.Passes(ReviewCases.UsesPrivate, x);
    }

    [Fact]
    public void FloatMethodCallingDoubleCallee()
    {
        // f = x² + 0.5x³
        ReviewCases.FloatImplicit_Gradient(0.7f, out var dx);
        Near(1.4 + 1.5 * 0.49, dx, "d/dx", 1e-6);
        GradientAssert.Passes(ReviewCases.FloatImplicit, 0.7f);
    }

    [Fact]
    public void PurePrimitiveWithZeroSeedKeepsItsCopiesAligned()
    {
        const double x = 0.7;
        Near(15 * x * x + 3, ReviewCases.ZeroSeedCopies_Gradient(x, 3, true, out var dx), "value (use)");
        Near(30 * x, dx, "d/dx (use)");
        Near(x * x, ReviewCases.ZeroSeedCopies_Gradient(x, 3, false, out var dx2), "value");
        Near(2 * x, dx2, "d/dx");
        GradientAssert.Passes(ReviewCases.ZeroSeedCopies, x, 3, true);
        GradientAssert.Passes(ReviewCases.ZeroSeedCopies, x, 3, false);
    }

    [Fact]
    public void LoopInvariantValuesReadByRules()
    {
        ReviewCases.InvariantInLoop_Gradient(0.7, 0.4, 4, out var dx, out var dy);
        Near(ReviewCases.InvariantInLoop_Pushforward(0.7, 1.0, 0.4, 0.0, 4).Tangent, dx, "d/dx", 1e-13);
        Near(ReviewCases.InvariantInLoop_Pushforward(0.7, 0.0, 0.4, 1.0, 4).Tangent, dy, "d/dy", 1e-13);
        GradientAssert.Passes(ReviewCases.InvariantInLoop, 0.7, 0.4, 4);
    }

    [Fact]
    public void OrderedPrimitiveInALoopCondition()
    {
        ReviewPrims.Reset();
        Near(3 * 0.49, ReviewCases.OrderedInCondition_Gradient(0.7, 3, out var dx), "value");
        Near(4.2, dx, "d/dx");
        Assert.Equal(7, ReviewPrims.CountedCalls);
        Assert.Equal(7, ReviewPrims.CountedPullbacks);
        GradientAssert.Passes(ReviewCases.OrderedInCondition, 0.7, 3);
    }

    [Fact]
    public void OrderedPrimitiveInCalleeInALoopWithBreakAndContinue()
    {
        ReviewPrims.Reset();
        Near(8 * 0.49, ReviewCases.OrderedCalleeLoop_Gradient(0.7, 4, out var dx), "value");
        Near(16 * 0.7, dx, "d/dx");
        Assert.Equal(3, ReviewPrims.CountedCalls);
        Assert.Equal(3, ReviewPrims.CountedPullbacks);
        GradientAssert.Passes(ReviewCases.OrderedCalleeLoop, 0.7, 4);
    }

    private static Tensor X3 => Tensor.FromArray([0.3, -0.2, 0.5], 3);

    [Fact]
    public void FusedChainAroundATensorCall()
    {
        double[] x = [0.3, -0.2, 0.5];
        ReviewCases.FusedNextToCall_Gradient(X3, out var dX);
        var got = dX.ToArray();
        for (var i = 0; i < 3; i++)
        {
            var e = Math.Exp(x[i]);
            var y = e * (2 * x[i] + Math.Sin(x[i])) + x[i];
            var dy = e * (2 * x[i] + Math.Sin(x[i])) + e * (2 + Math.Cos(x[i])) + 1;
            Near(2 * y * dy, got[i], $"d/dx[{i}]", 1e-13);
        }
        GradientAssert.Passes(ReviewCases.FusedNextToCall, X3);
    }

    [Fact]
    public void TensorCallsWithNullSeeds()
    {
        double[] x = [0.3, -0.2, 0.5];
        ReviewCases.TensorNullSeeds_Gradient(X3, false, out var dX);
        Near(x.Select(v => 2 * v).ToArray(), dX.ToArray(), "d/dx (seeds null)");
        ReviewCases.TensorNullSeeds_Gradient(X3, true, out var dX2);
        Near(x.Select(v => 4 + Math.Cos(v) + 4 * v).ToArray(), dX2.ToArray(), "d/dx");
        GradientAssert.Passes(ReviewCases.TensorNullSeeds, X3, false);
        GradientAssert.Passes(ReviewCases.TensorNullSeeds, X3, true);
    }

    [Fact]
    public void DoWhileWithCalls()
    {
        foreach (var n in new[] { 1, 2, 5 })
        {
            var value = ReviewCases.DoWhileCalls_Gradient(0.7, n, out var dx);
            var (fv, ft) = ReviewCases.DoWhileCalls_Pushforward(0.7, 1.0, n);
            Near(fv, value, "value");
            Near(ft, dx, $"n = {n}: reverse against forward", 1e-13);
            GradientAssert.Passes(ReviewCases.DoWhileCalls, 0.7, n);
        }
    }

    [Fact]
    public void OpaqueArgumentPassedAlong()
    {
        // f = P(x) + P(x²), P(t) = 1 + 2t + 3t²: f' = 2 + 6x + (2 + 6x²)·2x (ReviewCases.OpaqueCallee) checked through it;
        // ReviewCases.UsesOpaque, by hand and against forward mode (the checker cannot build its opaque argument)
        const double x = 0.7;
        var c = new Coeffs();
        ReviewCases.UsesOpaque_Gradient(x, c, out var dx);
        Near(2 + 6 * x + (2 + 6 * x * x) * 2 * x, dx, "d/dx");
        Near(ReviewCases.UsesOpaque_Pushforward(x, 1.0, c).Tangent, dx, "against forward", 1e-13);
    }

    [Fact]
    public void CallInForIncrements()
    {
        foreach (var n in new[] { 0, 1, 4 })
        {
            var value = ReviewCases.ForIncrementCall_Gradient(0.7, n, out var dx);
            var (fv, ft) = ReviewCases.ForIncrementCall_Pushforward(0.7, 1.0, n);
            Near(fv, value, "value");
            Near(ft, dx, $"n = {n}: reverse against forward", 1e-13);
            GradientAssert.Passes(ReviewCases.ForIncrementCall, 0.7, n);
        }
    }

    [Fact]
    public void ArgumentThatReassignsAParameter()
    {
        const double x = 0.7;
        Near(x * x * x + 2 * x * x, ReviewCases.ArgumentOrder_Gradient(x, out var dx), "value");
        Near(3 * x * x + 4 * x, dx, "d/dx");
        GradientAssert.Passes(ReviewCases.ArgumentOrder, x);
    }

    [Fact]
    public void CallsReturnedFromALoop()
    {
        foreach (var (x, n) in new[] { (0.7, 3), (1.3, 3), (0.7, 0) })
        {
            var value = ReviewCases.ReturnCallInLoop_Gradient(x, n, out var dx);
            var (fv, ft) = ReviewCases.ReturnCallInLoop_Pushforward(x, 1.0, n);
            Near(fv, value, "value");
            Near(ft, dx, $"x = {x}, n = {n}: reverse against forward", 1e-13);
            GradientAssert.Passes(ReviewCases.ReturnCallInLoop, x, n);
        }
        // ReviewCases.TReturnInLoop) is checked through UsesTReturn
        foreach (var n in new[] { 0, 1, 2, 3 }) GradientAssert.Passes(ReviewCases.UsesTReturn, X3, n);
    }

    [Fact]
    public void TensorParameterReassignedInALoop()
    {
        foreach (var n in new[] { 0, 1, 3 }) GradientAssert.Passes(ReviewCases.TensorParamReassigned, X3, n);
    }

    [Fact]
    public void HelperCases()
    {
        // The helpers on their own: ReviewCases.Sq, ReviewCases.Cube, ReviewCases.ArrSumSq, ReviewCases.Pair,
        // ReviewCases.DriftLeaf, ReviewCases.CountedLeaf, ReviewCases.TScale, ReviewCases.TId, ReviewCases.TPair
        GradientAssert.Passes(ReviewCases.Sq, 0.7);
        GradientAssert.Passes(ReviewCases.Cube, 0.7);
        GradientAssert.Passes(ReviewCases.ArrSumSq, new[] { 0.3, -0.5 });
        GradientAssert.Passes(ReviewCases.Pair, new[] { 0.3, -0.5 }, new[] { 0.8, 0.1 });
        ReviewPrims.Reset();
        Near(0.49, ReviewCases.CountedLeaf_Gradient(0.7, out var dc), "CountedLeaf value");
        Near(1.4, dc, "CountedLeaf'");
        ReviewPrims.Reset();
        Near(0.7, ReviewCases.DriftLeaf_Gradient(0.7, out var dd), "DriftLeaf value");
        Near(1.0, dd, "DriftLeaf'");
        ReviewPrims.Reset();
        double[] x = [0.3, -0.2, 0.5];
        var seed = Tensor.FromArray([1.0, 2.0, -1.0], 3);
        Tensor? dX = null;
        ReviewCases.TScale_Pullback(X3, seed, ref dX);
        Near(x.Select((v, i) => new[] { 1.0, 2.0, -1.0 }[i] * (2 + Math.Cos(v))).ToArray(), dX!.ToArray(), "TScale");
        Tensor? dT = null;
        ReviewCases.TId_Pullback(X3, seed, ref dT);
        Near([1.0, 2.0, -1.0], dT!.ToArray(), "TId");
        Tensor? dA = null, dB = null;
        ReviewCases.TPair_Pullback(X3, X3, seed, ref dA, ref dB);
        Near(x.Select((v, i) => new[] { 1.0, 2.0, -1.0 }[i] * (v + 1)).ToArray(), dA!.ToArray(), "TPair d/da");
    }
}
