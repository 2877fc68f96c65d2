using Adcme.Tests.Cases;
using Adcme.Checking;

namespace Adcme.Tests;

/// <summary>Second review's probes: the reverse core (M_Gradient → __M_Gradient, one method) against split mode (a
/// differentiable wrapper W(args) => M(args), whose gradient goes through M_Record / M_Reverse) and forward mode;
/// calls about which nothing is active; the runtime's operator rules (unfused: results kept in locals read twice);
/// nullable parameters; loop conditions. The primitives' counters are static: the tests of this class run one at a
/// time, and no other class uses <see cref="Review2Prims"/>.</summary>
public class Review2Tests
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

    private static Tensor T(double[] data, params int[] shape) => Tensor.FromArray(data, shape);

    /// <summary>Deterministic values in [lo, lo + 1) of the given shape.</summary>
    private static Tensor Values(int seed, double lo, params int[] shape)
    {
        var n = 1;
        foreach (var d in shape) n *= d;
        var data = new double[n];
        for (var i = 0; i < n; i++) data[i] = lo + ((seed * 7 + i * 13) % 17) / 17.0;
        return Tensor.FromArray(data, shape);
    }

    // Every construct below compiled without warnings (the project treats warnings as errors) and without ADCME013:
    // `while (more = k < n)`, `t!` on a differentiable Tensor? parameter, `v!.Length` on a double[]? parameter,
    // [NoDerivative] Tensor? handed to a user primitive, parameters named seed, tape, value, count, iteration.

    private static void CountsBalanced(string what, int calls)
    {
        Assert.True(Review2Prims.Calls == calls && Review2Prims.Pullbacks == calls,
            $"{what}: Counted ran {Review2Prims.Calls} time(s) forward and {Review2Prims.Pullbacks} time(s) back, expected {calls}");
    }

    // ======================= A. the reverse core against split mode and forward mode =======================

    [Fact]
    public void CoreAgreesWithSplitModeOnLoopsBranchesEarlyReturnsAndReassignedParameters()
    {
        foreach (var (x, y) in new[] { (0.7, 0.4), (1.3, -0.2), (0.2, 1.5) })
        {
            for (var n = 0; n <= 7; n++)
            {
                var v = Review2Cases.Mixed_Gradient(x, y, n, out var dx, out var dy);
                var vw = Review2Cases.MixedW_Gradient(x, y, n, out var wx, out var wy);
                var (fv, fx) = Review2Cases.Mixed_Pushforward(x, 1.0, y, 0.0, n);
                var (_, fy) = Review2Cases.Mixed_Pushforward(x, 0.0, y, 1.0, n);
                var what = $"x = {x}, y = {y}, n = {n}";
                Near(Review2Cases.Mixed(x, y, n), v, what + ": core value");
                Near(v, vw, what + ": split value");
                Near(fv, v, what + ": forward value");
                Near(fx, dx, what + ": core d/dx against forward", 1e-12);
                Near(fy, dy, what + ": core d/dy against forward", 1e-12);
                Near(dx, wx, what + ": split d/dx against core", 1e-13);
                Near(dy, wy, what + ": split d/dy against core", 1e-13);
                GradientAssert.Passes(Review2Cases.Mixed, x, y, n);
            }
        }
        GradientAssert.Passes(Review2Cases.MixedW, 0.7, 0.4, 5);
    }

    [Fact]
    public void CoreAgreesWithSplitModeOnArraySwapsAndARebindedParameter()
    {
        double[] a = [0.3, -0.5, 0.8];
        for (var n = 0; n <= 4; n++)
        {
            var v = Review2Cases.Swaps_Gradient(a, n, out var da);
            var vw = Review2Cases.SwapsW_Gradient(a, n, out var dw);
            Assert.Equal([0.3, -0.5, 0.8], a);
            Near(Review2Cases.Swaps(a, n), v, $"n = {n}: value");
            Near(v, vw, $"n = {n}: split value");
            for (var i = 0; i < a.Length; i++)
            {
                var (fv, ft) = Review2Cases.Swaps_Pushforward(a, Unit(3, i), n);
                Near(fv, v, $"n = {n}: forward value");
                Near(ft, da[i], $"n = {n}: core d/da[{i}] against forward", 1e-12);
                Near(da[i], dw[i], $"n = {n}: split d/da[{i}] against core", 1e-13);
            }
            GradientAssert.Passes(Review2Cases.Swaps, a, n);
            GradientAssert.Passes(Review2Cases.SwapsW, a, n);
        }
        // Large values: the early return inside the time loop.
        double[] big = [3.0, 2.0, 1.0];
        Review2Cases.Swaps_Gradient(big, 3, out var db);
        Review2Cases.SwapsW_Gradient(big, 3, out var dbw);
        Near(db, dbw, "early return: split against core", 1e-13);
        for (var i = 0; i < 3; i++) Near(Review2Cases.Swaps_Pushforward(big, Unit(3, i), 3).Tangent, db[i], $"early return d/da[{i}]", 1e-12);
    }

    [Fact]
    public void CoreAgreesWithSplitModeOnFusedChainsAndAUserTensorPrimitive()
    {
        var x = T([0.3, -0.2, 0.5], 3);
        const double c = 0.7;
        for (var n = 0; n <= 3; n++)
        {
            var v = Review2Cases.TChain_Gradient(x, c, n, out var dX, out var dC);
            var vw = Review2Cases.TChainW_Gradient(x, c, n, out var wX, out var wC);
            Near(Review2Cases.TChain(x, c, n), v, $"n = {n}: value");
            Near(v, vw, $"n = {n}: split value");
            Near(dX.ToArray(), wX.ToArray(), $"n = {n}: split d/dx against core", 1e-13);
            Near(dC, wC, $"n = {n}: split d/dc against core", 1e-13);
            Near(Review2Cases.TChain_Pushforward(x, null, c, 1.0, n).Tangent, dC, $"n = {n}: d/dc against forward", 1e-12);
            for (var i = 0; i < 3; i++)
            {
                Near(Review2Cases.TChain_Pushforward(x, T(Unit(3, i), 3), c, 0.0, n).Tangent, dX.ToArray()[i], $"n = {n}: d/dx[{i}] against forward", 1e-12);
            }
            GradientAssert.Passes(Review2Cases.TChain, x, c, n);
            GradientAssert.Passes(Review2Cases.TChainW, x, c, n);
        }
    }

    [Fact]
    public void CoreAgreesWithSplitModeOnOrderedPrimitives()
    {
        foreach (var n in new[] { 0, 1, 3, 5 })
        {
            foreach (var x in new[] { 0.7, 1.9 })
            {
                Review2Prims.Reset();
                var v = Review2Cases.OrderedMix_Gradient(x, n, out var dx);
                Assert.Equal(Review2Prims.Calls, Review2Prims.Pullbacks);
                Review2Prims.Reset();
                var vw = Review2Cases.OrderedMixW_Gradient(x, n, out var dw);
                Assert.Equal(Review2Prims.Calls, Review2Prims.Pullbacks);
                var (fv, ft) = Review2Cases.OrderedMix_Pushforward(x, 1.0, n);
                Near(v, vw, $"x = {x}, n = {n}: split value");
                Near(fv, v, $"x = {x}, n = {n}: forward value");
                Near(ft, dx, $"x = {x}, n = {n}: core against forward", 1e-12);
                Near(dx, dw, $"x = {x}, n = {n}: split against core", 1e-13);
                GradientAssert.Passes(Review2Cases.OrderedMix, x, n);
            }
        }
        Review2Prims.Reset();
        Near(0.49, Review2Cases.OrderedLeaf_Gradient(0.7, out var dl), "OrderedLeaf");
        Near(1.4, dl, "OrderedLeaf'");
        GradientAssert.Passes(Review2Cases.OrderedMixW, 0.7, 3);
        GradientAssert.Passes(Review2Cases.OrderedLeaf, 0.7);
    }

    // ======================= B. calls about which nothing is active =======================

    [Fact]
    public void InactiveCallReturningATensorGetsANonNullZeroSeedDownstream()
    {
        var c = T([0.3, -0.2, 0.5], 3);
        const double s = 0.7;
        Review2Prims.Reset();
        Near(2.4 * s * s, Review2Cases.InactiveTensorCall_Gradient(s, c, out var ds), "value");
        Near(4.8 * s, ds, "d/ds");
        Assert.Equal(1, Review2Prims.TensorCalls);
        Assert.Equal(1, Review2Prims.TensorPullbacks);
        Assert.Equal(0, Review2Prims.NullTensorSeeds);
        Review2Prims.Reset();
        Review2Cases.InactiveTensorCallW_Gradient(s, c, out var dw);
        Near(4.8 * s, dw, "d/ds through the wrapper");
        Assert.Equal(1, Review2Prims.TensorPullbacks);
        Assert.Equal(0, Review2Prims.NullTensorSeeds);
        GradientAssert.Passes(Review2Cases.InactiveTensorCall, s, c);
        GradientAssert.Passes(Review2Cases.InactiveTensorCallW, s, c);
        // TMake (Review2Cases.TMake) on its own: pullback of 1.5·2·x + x = 4x.
        Tensor? dX = null;
        Review2Cases.TMake_Pullback(c, T([1.0, 2.0, -1.0], 3), ref dX);
        Near([4.0, 8.0, -4.0], dX!.ToArray(), "TMake pullback");
    }

    [Fact]
    public void CallsWhoseTensorResultIsNeverRead()
    {
        var x = T([0.3, -0.2, 0.5], 3);
        Review2Prims.Reset();
        Near(0.38, Review2Cases.UnusedTensorCall_Gradient(x, out var dX), "value");
        Near([0.6, -0.4, 1.0], dX.ToArray(), "d/dx");
        Assert.Equal(2, Review2Prims.TensorCalls);
        Assert.Equal(2, Review2Prims.TensorPullbacks);
        Assert.Equal(0, Review2Prims.NullTensorSeeds);
        Review2Prims.Reset();
        Review2Cases.UnusedTensorCallW_Gradient(x, out var dW);
        Near([0.6, -0.4, 1.0], dW.ToArray(), "d/dx through the wrapper");
        Assert.Equal(2, Review2Prims.TensorPullbacks);
        GradientAssert.Passes(Review2Cases.UnusedTensorCall, x);
        GradientAssert.Passes(Review2Cases.UnusedTensorCallW, x);
    }

    [Fact]
    public void InactiveCallsWithArrayArguments()
    {
        const double x = 0.7;
        double[] w = [0.5, -1.0];
        // c = 2·14 + 2 = 30, d = 1.5·1.25 + 1.5 = 3.375: f = 30x² + 3.375 + x
        Review2Prims.Reset();
        Near(30 * x * x + 3.375 + x, Review2Cases.InactiveArrayCall_Gradient(x, w, 3, out var dx), "value");
        Near(60 * x + 1, dx, "d/dx");
        CountsBalanced("InactiveArrayCall", 2);
        Review2Prims.Reset();
        Near(30 * x * x + 3.375 + x, Review2Cases.InactiveArrayCallW_Gradient(x, w, 3, out var dxw), "value through the wrapper");
        Near(60 * x + 1, dxw, "d/dx through the wrapper");
        CountsBalanced("InactiveArrayCallW", 2);
        GradientAssert.Passes(Review2Cases.InactiveArrayCall, x, w, 3);
        GradientAssert.Passes(Review2Cases.InactiveArrayCallW, x, w, 3);
        GradientAssert.Passes(Review2Cases.ArrDot, new[] { 0.3, -0.5 }, 0.9);
    }

    [Fact]
    public void CallsWithIntAndBoolArgumentsOnly()
    {
        Review2Prims.Reset();
        Near(6 * 0.7 + 1, Review2Cases.IntBoolCall_Gradient(0.7, 3, out var dx), "k = 3: value");
        Near(6.0, dx, "k = 3: d/dx");
        CountsBalanced("IntBoolCall k = 3", 1);
        Review2Prims.Reset();
        Near(0.7 + 1, Review2Cases.IntBoolCall_Gradient(0.7, 1, out var dx1), "k = 1: value");
        Near(1.0, dx1, "k = 1: d/dx");
        CountsBalanced("IntBoolCall k = 1", 2);
        Review2Prims.Reset();
        Near(1.0, Review2Cases.Pick(1, false), "Pick");
        GradientAssert.Passes(Review2Cases.IntBoolCall, 0.7, 3);
        GradientAssert.Passes(Review2Cases.Pick, 2, false);
    }

    [Fact]
    public void DeeplyNestedInactiveCalls()
    {
        const double x = 0.7;
        foreach (var wrapped in new[] { false, true })
        {
            Review2Prims.Reset();
            var v = wrapped ? Review2Cases.DeepInactiveW_Gradient(x, out var dx) : Review2Cases.DeepInactive_Gradient(x, out dx);
            Near(1.25 * x * x + 9, v, $"wrapped = {wrapped}: value");
            Near(2.5 * x, dx, $"wrapped = {wrapped}: d/dx");
            CountsBalanced($"DeepInactive wrapped = {wrapped}", 8);
        }
        GradientAssert.Passes(Review2Cases.DeepInactive, x);
        GradientAssert.Passes(Review2Cases.DeepInactiveW, x);
        GradientAssert.Passes(Review2Cases.Deep1, x);
        GradientAssert.Passes(Review2Cases.Deep2, x);
        GradientAssert.Passes(Review2Cases.Deep3, x);
    }

    [Fact]
    public void RecursionWithInactiveCalls()
    {
        foreach (var n in new[] { 0, 1, 2, 3 })
        {
            Review2Prims.Reset();
            var v = Review2Cases.Rec_Gradient(0.7, n, out var dx);
            CountsBalanced($"Rec n = {n}", 1 << n);
            Review2Prims.Reset();
            var vw = Review2Cases.RecW_Gradient(0.7, n, out var dw);
            CountsBalanced($"RecW n = {n}", 1 << n);
            var (fv, ft) = Review2Cases.Rec_Pushforward(0.7, 1.0, n);
            Near(fv, v, $"n = {n}: value");
            Near(v, vw, $"n = {n}: split value");
            Near(ft, dx, $"n = {n}: core against forward", 1e-12);
            Near(dx, dw, $"n = {n}: split against core", 1e-13);
            GradientAssert.Passes(Review2Cases.Rec, 0.7, n);
            GradientAssert.Passes(Review2Cases.RecW, 0.7, n);
        }
    }

    // ======================= C. the runtime's operator rules =======================

    /// <summary>Operand shapes: same, row, column, one-element, scalar-shaped, left operand broadcast, rank 3.</summary>
    private static readonly (int[] A, int[] B)[] Shapes =
    [
        ([2, 3], [2, 3]), ([2, 3], [1, 3]), ([2, 3], [2, 1]), ([2, 3], [1]), ([2, 3], []), ([], [2, 3]),
        ([1, 3], [2, 3]), ([3], [2, 1]), ([2, 1, 3], [4, 1]), ([2, 4, 3], [2, 1, 3]),
    ];

    [Fact]
    public void TensorTensorOperatorsWithBroadcasting()
    {
        foreach (var (sa, sb) in Shapes)
        {
            var a = Values(1, -0.6, sa);
            var b = Values(2, 0.5, sb);
            for (var op = 0; op < 4; op++)
            {
                var what = $"op {op}, [{string.Join(",", sa)}] with [{string.Join(",", sb)}]";
                var v = Review2Cases.OpTT_Gradient(a, b, op, out var dA, out var dB);
                var vw = Review2Cases.OpTTW_Gradient(a, b, op, out var wA, out var wB);
                Near(v, vw, what + ": split value");
                Assert.Equal(a.Shape, dA.Shape);
                Assert.Equal(b.Shape, dB.Shape);
                Near(dA.ToArray(), wA.ToArray(), what + ": split d/da", 1e-13);
                Near(dB.ToArray(), wB.ToArray(), what + ": split d/db", 1e-13);
                var report = GradientChecker.Check(Review2Cases.OpTT, a, b, op);
                Assert.True(report.Passed, what + "\n" + report);
                GradientChecker.Check(Review2Cases.OpTConst, a, b, op).ThrowIfFailed();
                GradientChecker.Check(Review2Cases.OpConstT, a, b, op).ThrowIfFailed();
                // Forward mode with one tangent null, against the reverse.
                var ones = Tensor.Ones(sb);
                var tangent = Review2Cases.OpTT_Pushforward(a, null, b, ones, op).Tangent;
                Near(dB.ToArray().Sum(), tangent, what + ": forward (db = 1) against Σ d/db", 1e-12);
                var tangentA = Review2Cases.OpTT_Pushforward(a, Tensor.Ones(sa), b, null, op).Tangent;
                Near(dA.ToArray().Sum(), tangentA, what + ": forward (da = 1) against Σ d/da", 1e-12);
            }
        }
        GradientAssert.Passes(Review2Cases.OpTTW, Values(1, -0.6, 2, 3), Values(2, 0.5, 1, 3), 2);
    }

    [Fact]
    public void TensorTimesRowByHand()
    {
        // y = a ⊙ b, b a row: f = Σy² + Σy, df/da = (2y + 1)·b, df/db_j = Σ_i (2y_ij + 1)·a_ij.
        var a = T([0.1, 0.2, 0.3, -0.4, 0.5, -0.6], 2, 3);
        var b = T([2.0, -1.0, 0.5], 1, 3);
        Review2Cases.OpTT_Gradient(a, b, 2, out var dA, out var dB);
        var av = a.ToArray();
        var bv = b.ToArray();
        var ea = new double[6];
        var eb = new double[3];
        for (var i = 0; i < 2; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                var y = av[3 * i + j] * bv[j];
                ea[3 * i + j] = (2 * y + 1) * bv[j];
                eb[j] += (2 * y + 1) * av[3 * i + j];
            }
        }
        Near(ea, dA.ToArray(), "d/da");
        Near(eb, dB.ToArray(), "d/db");
    }

    [Fact]
    public void TensorScalarOperatorsAndNegation()
    {
        foreach (var shape in new[] { new[] { 2, 3 }, new[] { 1 }, Array.Empty<int>(), new[] { 2, 1, 3 } })
        {
            var a = Values(3, 0.5, shape);
            const double s = 0.7;
            for (var op = 0; op <= 8; op++)
            {
                var what = $"op {op}, [{string.Join(",", shape)}]";
                var v = Review2Cases.OpTS_Gradient(a, s, op, out var dA, out var dS);
                var vw = Review2Cases.OpTSW_Gradient(a, s, op, out var wA, out var wS);
                Near(v, vw, what + ": split value");
                Near(dA.ToArray(), wA.ToArray(), what + ": split d/da", 1e-13);
                Near(dS, wS, what + ": split d/ds", 1e-13);
                Near(Review2Cases.OpTS_Pushforward(a, null, s, 1.0, op).Tangent, dS, what + ": forward d/ds (null tensor tangent)", 1e-12);
                var report = GradientChecker.Check(Review2Cases.OpTS, a, s, op);
                Assert.True(report.Passed, what + "\n" + report);
                if (op < 8)
                {
                    GradientChecker.Check(Review2Cases.OpConstS, a, s, op).ThrowIfFailed();
                    GradientChecker.Check(Review2Cases.OpTConstS, a, s, op).ThrowIfFailed();
                    Review2Cases.OpTConstS_Gradient(a, s, op, out var cA);
                    Near(cA.ToArray().Sum(), Review2Cases.OpTConstS_Pushforward(a, Tensor.Ones(shape), s, op).Tangent, what + ": [NoDerivative] scalar, forward against reverse", 1e-12);
                    Review2Cases.OpConstS_Gradient(a, s, op, out var cS);
                    Near(cS, Review2Cases.OpConstS_Pushforward(a, s, 1.0, op).Tangent, what + ": [NoDerivative] tensor, forward against reverse", 1e-12);
                }
            }
        }
        GradientAssert.Passes(Review2Cases.OpTSW, Values(3, 0.5, 2, 3), 0.7, 7);
    }

    [Fact]
    public void SameTensorOnBothSides()
    {
        var x = T([0.3, -0.7, 1.2, 0.9], 2, 2);
        // f = Σ 2x³ + Σ x + 0 − Σ x³: df/dx = 3x² + 1
        var v = Review2Cases.SelfOps_Gradient(x, out var dX);
        var xs = x.ToArray();
        Near(xs.Sum(t => t * t * t + t), v, "value");
        Near(xs.Select(t => 3 * t * t + 1).ToArray(), dX.ToArray(), "d/dx");
        Review2Cases.SelfOpsW_Gradient(x, out var dW);
        Near(dX.ToArray(), dW.ToArray(), "split d/dx", 1e-13);
        Near(xs.Sum(t => 3 * t * t + 1), Review2Cases.SelfOps_Pushforward(x, Tensor.Ones(2, 2)).Tangent, "forward", 1e-12);
        GradientAssert.Passes(Review2Cases.SelfOps, x);
        GradientAssert.Passes(Review2Cases.SelfOpsW, x);
    }

    [Fact]
    public void OperatorResultsReadByNothingOrOnOneBranch()
    {
        var a = T([0.3, -0.7, 1.2], 3);
        var b = T([0.5, 1.5, -2.0], 3);
        Review2Cases.UnusedOps_Gradient(a, b, false, out var dA, out var dB);
        Near([1.0, 1.0, 1.0], dA.ToArray(), "use = false: d/da");
        Near([0.0, 0.0, 0.0], dB.ToArray(), "use = false: d/db");
        Review2Cases.UnusedOps_Gradient(a, b, true, out var dA2, out var dB2);
        // y·w = ab·a/b = a²
        Near([1.6, -0.4, 3.4], dA2.ToArray(), "use = true: d/da", 1e-12);
        Near([0.0, 0.0, 0.0], dB2.ToArray(), "use = true: d/db", 1e-12);
        Near(0.8, Review2Cases.UnusedOps_Pushforward(a, null, b, null, false).Value, "forward value");
        Assert.Equal(0.0, Review2Cases.UnusedOps_Pushforward(a, null, b, null, true).Tangent);
        GradientAssert.Passes(Review2Cases.UnusedOps, a, b, false);
        GradientAssert.Passes(Review2Cases.UnusedOps, a, b, true);
    }

    [Fact]
    public void PullbacksNeverHandOutTheSeedOrOneTensorTwice()
    {
        foreach (var (sa, sb) in new[] { (new[] { 3 }, new[] { 3 }), (new[] { 1, 3 }, new[] { 2, 3 }), (new[] { 2, 3 }, new[] { 2, 3 }) })
        {
            var a = Values(1, 0.2, sa);
            var b = Values(2, 0.3, sb);
            var shape = sa.Length >= sb.Length && sa.Aggregate(1, (p, d) => p * d) >= sb.Aggregate(1, (p, d) => p * d) ? sa : sb;
            var seed = Values(4, -0.5, shape);
            var seedValues = seed.ToArray();
            foreach (var which in new[] { "AddT", "SubT" })
            {
                Tensor? dA = null, dB = null;
                if (which == "AddT") Review2Cases.AddT_Pullback(a, b, seed, ref dA, ref dB);
                else Review2Cases.SubT_Pullback(a, b, seed, ref dA, ref dB);
                Assert.False(ReferenceEquals(dA, seed), which + ": dA is the seed");
                Assert.False(ReferenceEquals(dB, seed), which + ": dB is the seed");
                Assert.False(ReferenceEquals(dA, dB), which + ": dA is dB");
                var expectB = dB!.ToArray();
                dA!.Dispose();
                Near(expectB, dB.ToArray(), which + ": dB after dA was disposed");
                Near(seedValues, seed.ToArray(), which + ": seed unchanged");
                // A second pullback into fresh adjoints must not see the first's storage.
                Tensor? dA2 = null, dB2 = null;
                if (which == "AddT") Review2Cases.AddT_Pullback(a, b, seed, ref dA2, ref dB2);
                else Review2Cases.SubT_Pullback(a, b, seed, ref dA2, ref dB2);
                Near(expectB, dB2!.ToArray(), which + ": second pullback");
            }
        }
        var x = T([0.3, -0.7, 1.2], 3);
        var seed1 = T([1.0, 2.0, 3.0], 3);
        Tensor? dx = null;
        var ds = 0.0;
        Review2Cases.PlusS_Pullback(x, 0.5, seed1, ref dx, ref ds);
        Assert.False(ReferenceEquals(dx, seed1));
        Near(6.0, ds, "PlusS d/ds");
        dx!.Dispose();
        Near([1.0, 2.0, 3.0], seed1.ToArray(), "PlusS: seed unchanged after disposing dX");
        Review2Cases.SumAdd_Gradient(x, x, out var g1, out var g2);
        Assert.False(ReferenceEquals(g1, g2), "SumAdd: one tensor for both gradients");
        g1.Dispose();
        Near([1.0, 1.0, 1.0], g2.ToArray(), "SumAdd: d/db after disposing d/da");
        GradientAssert.Passes(Review2Cases.SumAdd, x, T([0.5, 0.1, -0.3], 3));
    }

    // ======================= D. nullable parameters =======================

    [Fact]
    public void NullableTensorParameters()
    {
        var t = T([0.3, -0.7, 1.2], 3);
        Near(0.7 * 2.02, Review2Cases.NullableTensorParam_Gradient(t, 0.7, out var dT, out var dS), "value");
        Near([0.42, -0.98, 1.68], dT!.ToArray(), "d/dt");
        Near(2.02, dS, "d/ds");
        Review2Cases.NullableTensorParamW_Gradient(t, 0.7, out var wT, out var wS);
        Near(dT.ToArray(), wT!.ToArray(), "split d/dt", 1e-13);
        Near(dS, wS, "split d/ds", 1e-13);
        GradientAssert.Passes(Review2Cases.NullableTensorParam, t, 0.7);
        GradientAssert.Passes(Review2Cases.NullableTensorParamW, t, 0.7);

        Near(2 * 2.02, Review2Cases.MaybeWeights_Gradient(t, null, out var dX), "null weights: value");
        Near([1.2, -2.8, 4.8], dX.ToArray(), "null weights: d/dx");
        Review2Cases.MaybeWeightsW_Gradient(t, null, out var dXw);
        Near([1.2, -2.8, 4.8], dXw.ToArray(), "null weights: split d/dx");
        Near(4 * 0.3, Review2Cases.MaybeWeights_Pushforward(t, T([1.0, 0.0, 0.0], 3), null).Tangent, "null weights: forward");
        var w = T([1.0, 2.0, 3.0], 3);
        Review2Cases.MaybeWeights_Gradient(t, w, out var dXw2);
        Near([0.6, -2.8, 7.2], dXw2.ToArray(), "weights: d/dx");
        GradientAssert.Passes(Review2Cases.MaybeWeights, t, w);
        GradientAssert.Passes(Review2Cases.MaybeWeightsW, t, w);
    }

    [Fact]
    public void NullableArrayParameters()
    {
        double[] v = [0.3, -0.7, 1.2];
        Near(0.9 * 2.02, Review2Cases.NullableArray_Gradient(v, 0.9, out var dV, out var dX), "value");
        Near([0.54, -1.26, 2.16], dV!, "d/dv");
        Near(2.02, dX, "d/dx");
        Review2Cases.NullableArrayW_Gradient(v, 0.9, out var wV, out var wX);
        Near(dV!, wV!, "split d/dv", 1e-13);
        Near(dX, wX, "split d/dx", 1e-13);
        GradientAssert.Passes(Review2Cases.NullableArray, v, 0.9);
        GradientAssert.Passes(Review2Cases.NullableArrayW, v, 0.9);
        GradientAssert.Passes(Review2Cases.TakesMaybe, 0.7, new[] { 1.0, 2.0 });
        GradientAssert.Passes(Review2Cases.NullArrayToCall, 0.7, new[] { 1.0, 2.0 });
    }

    // ---------- BUG: a null array handed to a differentiable double[]? parameter ----------
    // The reverse of a call about which nothing is active passes a discard for each differentiable array parameter,
    // sized like the argument: `double[] ignored1 = new double[w.Length];` (AdjointEmitter.Sweeps.cs,
    // AddAdjointArguments, the DoubleArray initial `"new double[" + args[j] + ".Length]"`). With w = null (the caller's
    // [NoDerivative] double[]? w, legal for the method, its pushforward and the callee, which never reads w) the caller's
    // gradient throws NullReferenceException, in __NullArrayToCall_Gradient and in NullArrayToCall_Reverse alike.
    // The callee's own entry points do the same for its parameter: M_Gradient's `dW = new double[w.Length];` and
    // M_Pullback's `dW ??= new double[w.Length];` (MethodEmitter.EmitGradient / EmitPullback), and M_Record's
    // shadow `dW ?? new double[w.Length]` when w is active (AdjointEmitter.InitialShadow). A null array has no
    // elements: `w?.Length ?? 0` (or a null adjoint) would do.

    [Fact]
    public void NullArrayGivenToAnUnusedDifferentiableArrayParameter()
    {
        // TakesMaybe(x, w) = x² never reads w; the method and its pushforward take w = null.
        Near(0.49, Review2Cases.TakesMaybe(0.7, null), "primal");
        Near(1.4, Review2Cases.TakesMaybe_Pushforward(0.7, 1.0, null, null).Tangent, "forward");
        Near(1.19, Review2Cases.NullArrayToCall(0.7, null), "caller primal");
        Near(2.4, Review2Cases.NullArrayToCall_Pushforward(0.7, 1.0, null).Tangent, "caller forward");
        Near(1.19, Review2Cases.NullArrayToCall_Gradient(0.7, null, out var dx), "caller gradient value");
        Near(2.4, dx, "caller d/dx");
    }

    [Fact]
    public void NullArrayGivenToAnUnusedDifferentiableArrayParameterOfTheGradient()
    {
        Near(0.49, Review2Cases.TakesMaybe_Gradient(0.7, null, out var dx, out var dw), "value");
        Near(1.4, dx, "d/dx");
        Assert.True(dw is null || dw.Length == 0, "no adjoint for a null array");
    }

    // ======================= E. loop conditions =======================

    [Fact]
    public void LoopConditionWithCallsAndShortCircuit()
    {
        foreach (var (x, n) in new[] { (0.7, 0), (0.7, 3), (0.7, 10), (2.5, 10), (5.0, 4) })
        {
            Review2Prims.Reset();
            var v = Review2Cases.CondCall_Gradient(x, n, out var dx);
            Assert.Equal(Review2Prims.Calls, Review2Prims.Pullbacks);
            Review2Prims.Reset();
            var vw = Review2Cases.CondCallW_Gradient(x, n, out var dw);
            Assert.Equal(Review2Prims.Calls, Review2Prims.Pullbacks);
            var (fv, ft) = Review2Cases.CondCall_Pushforward(x, 1.0, n);
            Near(fv, v, $"x = {x}, n = {n}: value");
            Near(v, vw, $"x = {x}, n = {n}: split value");
            Near(ft, dx, $"x = {x}, n = {n}: core against forward", 1e-12);
            Near(dx, dw, $"x = {x}, n = {n}: split against core", 1e-13);
            GradientAssert.Passes(Review2Cases.CondCall, x, n);
            GradientAssert.Passes(Review2Cases.CondCallW, x, n);
        }
        GradientAssert.Passes(Review2Cases.Sq2, 0.7);
    }

    [Fact]
    public void LoopConditionWithArrayReadsAndOr()
    {
        double[] a = [0.5, 0.3, -0.2, 0.4];
        foreach (var x in new[] { 0.8, -0.5, 0.1 })
        {
            var v = Review2Cases.CondArray_Gradient(a, x, out var da, out var dx);
            var vw = Review2Cases.CondArrayW_Gradient(a, x, out var wa, out var wx);
            Near(v, vw, $"x = {x}: split value");
            Near(da, wa, $"x = {x}: split d/da", 1e-13);
            Near(dx, wx, $"x = {x}: split d/dx", 1e-13);
            Near(Review2Cases.CondArray_Pushforward(a, null, x, 1.0).Tangent, dx, $"x = {x}: d/dx against forward", 1e-12);
            for (var i = 0; i < a.Length; i++)
            {
                Near(Review2Cases.CondArray_Pushforward(a, Unit(4, i), x, 0.0).Tangent, da[i], $"x = {x}: d/da[{i}] against forward", 1e-12);
            }
            GradientAssert.Passes(Review2Cases.CondArray, a, x);
            GradientAssert.Passes(Review2Cases.CondArrayW, a, x);
        }
    }

    [Fact]
    public void LoopConditionThatAssignsALocal()
    {
        foreach (var n in new[] { 0, 1, 3 })
        {
            var expected = 0.7 * n * (n - 1) / 2.0 + 0.7;
            var slope = n * (n - 1) / 2.0 + 1;
            Near(expected, Review2Cases.CondAssign(0.7, n), $"n = {n}: primal");
            Near(expected, Review2Cases.CondAssign_Gradient(0.7, n, out var dx), $"n = {n}: value");
            Near(slope, dx, $"n = {n}: d/dx");
            Near(slope, Review2Cases.CondAssign_Pushforward(0.7, 1.0, n).Tangent, $"n = {n}: forward");
            Review2Cases.CondAssignW_Gradient(0.7, n, out var dw);
            Near(slope, dw, $"n = {n}: split d/dx");
            GradientAssert.Passes(Review2Cases.CondAssign, 0.7, n);
            GradientAssert.Passes(Review2Cases.CondAssignW, 0.7, n);
        }
    }

    [Fact]
    public void ForAndDoWhileWithCompoundConditions()
    {
        foreach (var (x, n) in new[] { (0.7, 0), (0.7, 3), (1.4, 6), (0.3, 2) })
        {
            Review2Prims.Reset();
            var v = Review2Cases.CondFor_Gradient(x, n, out var dx);
            Assert.Equal(Review2Prims.Calls, Review2Prims.Pullbacks);
            var vw = Review2Cases.CondForW_Gradient(x, n, out var dw);
            var (fv, ft) = Review2Cases.CondFor_Pushforward(x, 1.0, n);
            Near(fv, v, $"x = {x}, n = {n}: value");
            Near(v, vw, $"x = {x}, n = {n}: split value");
            Near(ft, dx, $"x = {x}, n = {n}: core against forward", 1e-12);
            Near(dx, dw, $"x = {x}, n = {n}: split against core", 1e-13);
            GradientAssert.Passes(Review2Cases.CondFor, x, n);
            GradientAssert.Passes(Review2Cases.CondForW, x, n);
        }
    }

    // ======================= F. names =======================

    [Fact]
    public void ParametersNamedLikeGeneratedLocals()
    {
        foreach (var n in new[] { 0, 1, 4 })
        {
            var v = Review2Cases.ClashingNames_Gradient(0.7, 0.9, n, out var dSeed, out var dTape);
            var vw = Review2Cases.ClashingNamesW_Gradient(0.7, 0.9, n, out var wSeed, out var wTape);
            Near(Review2Cases.ClashingNames(0.7, 0.9, n), v, $"n = {n}: value");
            Near(v, vw, $"n = {n}: split value");
            Near(Review2Cases.ClashingNames_Pushforward(0.7, 1.0, 0.9, 0.0, n).Tangent, dSeed, $"n = {n}: d/dseed", 1e-12);
            Near(Review2Cases.ClashingNames_Pushforward(0.7, 0.0, 0.9, 1.0, n).Tangent, dTape, $"n = {n}: d/dtape", 1e-12);
            Near(dSeed, wSeed, $"n = {n}: split d/dseed", 1e-13);
            Near(dTape, wTape, $"n = {n}: split d/dtape", 1e-13);
            GradientAssert.Passes(Review2Cases.ClashingNames, 0.7, 0.9, n);
            GradientAssert.Passes(Review2Cases.ClashingNamesW, 0.7, 0.9, n);
        }
    }

    [Fact]
    public void TangentsOfOperatorsWithANullOrZeroSecondTangent()
    {
        // Observation, not asserted: with dB null (or dS = 0), AddT_Pushforward and PlusS_Pushforward return the caller's
        // own tangent object da as the result's tangent (Tensor.AddTangents returns its one non-null operand, and
        // ElementRules.Add_Partial0 is the seed itself). This predates the rule-table change (the old Add_Tangent was
        // AddTangents(dA, dB, …)); generated tangent code never disposes or mutates tangents, so it is harmless there,
        // but a user who disposes the tangent a pushforward gave back also disposes the one passed in.
        var a = T([0.3, -0.7, 1.2], 3);
        var b = T([0.5, 1.5, -2.0], 3);
        var da = T([1.0, 2.0, 3.0], 3);
        var (_, ta) = Review2Cases.AddT_Pushforward(a, da, b, null);
        var (_, ts) = Review2Cases.PlusS_Pushforward(a, da, 0.5, 0.0);
        var (_, tsub) = Review2Cases.SubT_Pushforward(a, null, b, da);
        Near([1.0, 2.0, 3.0], ta!.ToArray(), "AddT tangent");
        Near([1.0, 2.0, 3.0], ts!.ToArray(), "PlusS tangent");
        Near([-1.0, -2.0, -3.0], tsub!.ToArray(), "SubT tangent");
        Assert.False(ReferenceEquals(tsub, da));
    }
}
