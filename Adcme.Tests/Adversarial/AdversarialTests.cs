using System.Reflection;
using Adcme.Tests.Adversarial;

namespace Adcme.Tests;

/// <summary>Runs a scalar [Differentiable] method's gradient many ways: against the plain method, twice, after
/// the pool was filled with NaN arrays, on two threads; checks arguments and returned gradients stay intact.</summary>
internal static class Robust
{
    /// <summary>Gives the pool NaN-filled arrays of many sizes: storage read before it is written shows up.</summary>
    public static void Poison(int max = 300)
    {
        var keep = new List<Tensor>();
        for (var n = TensorPool.MinimumPooledLength; n <= max; n++)
        {
            for (var k = 0; k < 6; k++) keep.Add(Tensor.Full(double.NaN, n));
        }
        foreach (var t in keep) t.Dispose();
    }

    private static double[]? Snapshot(object? a) => a switch
    {
        Tensor t => t.ToArray(),
        double[] d => (double[])d.Clone(),
        double v => [v],
        float f => [f],
        _ => null,
    };

    public static (double Value, object?[] Outs) Gradient(Delegate method, object?[] args)
    {
        var mi = method.Method;
        // The companion of this very overload: the method's own parameters, then only out adjoints.
        var own = mi.GetParameters().Select(p => p.ParameterType).ToArray();
        var gradient = mi.DeclaringType!.GetMethods(BindingFlags.Public | BindingFlags.Static).Single(m => m.Name == mi.Name + "_Gradient"
            && m.GetParameters().Select(p => p.ParameterType).Take(own.Length).SequenceEqual(own)
            && m.GetParameters().Skip(own.Length).All(p => p.IsOut));
        var call = new object?[gradient.GetParameters().Length];
        Array.Copy(args, call, args.Length);
        double value;
        try
        {
            value = Convert.ToDouble(gradient.Invoke(null, call));
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
        return (value, call.Skip(args.Length).ToArray());
    }

    private static void Same(double[]?[] expected, object?[] actual, string what)
    {
        for (var i = 0; i < expected.Length; i++)
        {
            if (expected[i] is null || actual[i] is double or float) continue;
            if (actual[i] is Tensor t) Assert.False(t.IsDisposed, $"{what} {i} was disposed");
            var now = Snapshot(actual[i])!;
            Assert.True(expected[i]!.SequenceEqual(now), $"{what} {i} changed: [{string.Join(", ", expected[i]!.Take(6))}…] → [{string.Join(", ", now.Take(6))}…]");
        }
    }

    private static void SameValues(double[]?[] expected, object?[] actual, string what)
    {
        for (var i = 0; i < expected.Length; i++)
        {
            if (expected[i] is null) continue;
            var now = Snapshot(actual[i])!;
            Assert.True(expected[i]!.SequenceEqual(now), $"{what} {i} differs: [{string.Join(", ", expected[i]!.Take(6))}…] vs [{string.Join(", ", now.Take(6))}…]");
        }
    }

    public static void Check(Delegate method, params object?[] args) => Check(method, true, args);

    /// <summary>All the checks; the finite-difference one only when <paramref name="finiteDifferences"/>.</summary>
    public static void Check(Delegate method, bool finiteDifferences, params object?[] args)
    {
        var before = args.Select(a => a is double or float ? null : Snapshot(a)).ToArray();
        var plain = Convert.ToDouble(method.DynamicInvoke(args));
        Same(before, args, "argument (after the plain call)");

        var (value1, outs1) = Gradient(method, args);
        Same(before, args, "argument (after M_Gradient)");
        Assert.True(Math.Abs(value1 - plain) <= 1e-12 * Math.Max(1, Math.Abs(plain)), $"value {value1} ≠ plain {plain}");
        var grads1 = outs1.Select(Snapshot).ToArray();
        var outTensors = outs1.OfType<Tensor>().ToList();
        for (var i = 0; i < outTensors.Count; i++)
        {
            Assert.False(args.Any(a => ReferenceEquals(a, outTensors[i])), $"gradient {i} is one of the arguments");
            for (var j = i + 1; j < outTensors.Count; j++) Assert.False(ReferenceEquals(outTensors[i], outTensors[j]), $"gradients {i} and {j} are one tensor");
        }
        foreach (var g in grads1) Assert.True(g is null || g.All(double.IsFinite), "gradient not finite: " + string.Join(", ", g!.Take(8)));

        Poison();
        var (value2, outs2) = Gradient(method, args);
        Same(before, args, "argument (after a second M_Gradient)");
        Same(grads1, outs1, "first call's gradient (after a second call)");
        SameValues(grads1, outs2, "second call's gradient vs the first");
        Assert.Equal(value1, value2);

        if (finiteDifferences) GradientAssert.Passes(method, args);
        Same(before, args, "argument (after the gradient checker)");
        Same(grads1, outs1, "first call's gradient (after the checker)");

        // Two threads at once, each with its own pool.
        var errors = new System.Collections.Concurrent.ConcurrentBag<string>();
        var threads = Enumerable.Range(0, 2).Select(_ => new Thread(() =>
        {
            try
            {
                Poison(200);
                for (var r = 0; r < 10; r++)
                {
                    var (v, o) = Gradient(method, args);
                    if (v != value1) errors.Add($"thread value {v} ≠ {value1}");
                    for (var i = 0; i < o.Length; i++)
                    {
                        var now = Snapshot(o[i]);
                        if (now is not null && !now.SequenceEqual(grads1[i]!)) errors.Add($"thread gradient {i} differs");
                    }
                }
            }
            catch (Exception e)
            {
                errors.Add(e.ToString());
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.True(errors.IsEmpty, string.Join("\n", errors.Distinct().Take(3)));
        Same(before, args, "argument (after threads)");
    }
}

public class AdversarialTests
{
    private static Tensor M(int seed, double scale = 0.5, double shift = 0.0) => Tensor.RandomNormal(seed, 8, 8) * scale + shift;

    private static Tensor V(int seed, int n = 64, double scale = 0.5) => Tensor.RandomNormal(seed, n) * scale;

    // aliasing
    [Fact] public void AliasCopy() => Robust.Check(AdversarialCases.AliasCopy, M(1));
    [Fact] public void ReassignParams() => Robust.Check(AdversarialCases.ReassignParams, M(1), M(2));
    [Fact] public void TwoArgsSameTensor() { var x = M(3); Robust.Check(AdversarialCases.TwoArgs, x, x); }
    [Fact] public void TwoArgs() => Robust.Check(AdversarialCases.TwoArgs, M(3), M(4));
    [Fact] public void UsesId() => Robust.Check(AdversarialCases.UsesId, M(5), 0.7, M(105));
    [Fact] public void UsesIdNegative() => Robust.Check(AdversarialCases.UsesId, M(5), -0.7, M(105));
    [Fact] public void IdInLoop() => Robust.Check(AdversarialCases.IdInLoop, M(6), 4);

    // loops
    [Fact] public void TimeLoop() => Robust.Check(AdversarialCases.TimeLoop, M(7), M(8), 0.1, 6);
    [Fact] public void NestedLoops() => Robust.Check(AdversarialCases.NestedLoops, M(9), M(10, 0.3), 3, 3);
    [Fact] public void WhileConverge() => Robust.Check(AdversarialCases.WhileConverge, M(11, 1.0), M(12));
    [Fact] public void DoWhileState() => Robust.Check(AdversarialCases.DoWhileState, M(13), 0.4);
    [Fact] public void BreakContinue() => Robust.Check(AdversarialCases.BreakContinue, M(14), M(15), 9);
    [Fact] public void ReturnInLoop() => Robust.Check(AdversarialCases.ReturnInLoop, M(16), 5);
    [Fact] public void ReturnInLoopNoReturn() => Robust.Check(AdversarialCases.ReturnInLoop, M(16), 2);
    [Fact] public void Swap() => Robust.Check(AdversarialCases.Swap, M(17), M(18), 5);
    [Fact] public void Previous() => Robust.Check(AdversarialCases.Previous, M(19), 4);
    [Fact] public void StateReadAcrossIterations() => Robust.Check(AdversarialCases.StateReadAcrossIterations, M(20), 4);

    // conditionals
    [Fact] public void IfElsePositive() => Robust.Check(AdversarialCases.IfElse, M(21, 0.5, 1.0), M(22));
    [Fact] public void IfElseNegative() => Robust.Check(AdversarialCases.IfElse, M(21, 0.5, -1.0), M(22));
    [Theory, InlineData(1.5), InlineData(0.5), InlineData(-0.5)]
    public void Ternary(double c) => Robust.Check(AdversarialCases.Ternary, M(23), c);
    [Fact] public void BranchInLoop() => Robust.Check(AdversarialCases.BranchInLoop, M(24), M(25), 5);
    [Theory, InlineData(1.0), InlineData(0.3), InlineData(-0.3)]
    public void IfWithoutElse(double c) => Robust.Check(AdversarialCases.IfWithoutElse, M(26), c);

    // fusion
    [Fact] public void TempReused() => Robust.Check(AdversarialCases.TempReused, M(27));
    [Fact] public void AssignInChain() => Robust.Check(AdversarialCases.AssignInChain, M(28), M(29));
    [Fact] public void BroadcastChain() => Robust.Check(AdversarialCases.BroadcastChain, M(30), V(31, 8).Reshape1x8(), V(32, 8).Reshape8x1(), Tensor.Scalar(0.7), 0.3);
    [Fact] public void BroadcastOnlySmall() => Robust.Check(AdversarialCases.BroadcastOnlySmall, V(33, 8).Reshape1x8(), V(34, 8).Reshape8x1(), Tensor.Scalar(1.3));
    [Fact] public void BroadcastOnlySmallVectorRow() => Robust.Check(AdversarialCases.BroadcastOnlySmall, V(33, 8), V(34, 8).Reshape8x1(), Tensor.Scalar(1.3));
    [Fact] public void Compound() => Robust.Check(AdversarialCases.Compound, M(35), M(36, 0.5, 1.0));
    [Fact] public void ReductionsInChain() => Robust.Check(AdversarialCases.ReductionsInChain, M(37));
    [Fact] public void PowChain() => Robust.Check(AdversarialCases.PowChain, M(38), 1.5);
    [Fact] public void ScalarsInChain() => Robust.Check(AdversarialCases.ScalarsInChain, M(39), new[] { 0.7, -1.3 }, 0.4);
    [Fact] public void RankZero() => Robust.Check(AdversarialCases.RankZero, M(40), Tensor.Scalar(0.6));

    // reductions, linear algebra, shaping
    [Fact] public void Reductions() => Robust.Check(AdversarialCases.Reductions, M(41), M(42));
    [Fact] public void LinearAlgebra() => Robust.Check(AdversarialCases.LinearAlgebra, M(43), M(44), V(45, 8));
    [Fact] public void Slicing() => Robust.Check(AdversarialCases.Slicing, M(46));
    [Fact] public void Shaping() => Robust.Check(AdversarialCases.Shaping, M(47), M(48));
    [Fact] public void Stencil() => Robust.Check(AdversarialCases.Stencil, M(49), M(50, 0.2, 1.0), 4);

    [Fact]
    public void SparseUse()
    {
        const int n = 70;
        var rows = new List<int>();
        var columns = new List<int>();
        var values = new List<double>();
        for (var i = 0; i < n; i++)
        {
            rows.Add(i); columns.Add(i); values.Add(2.5 + 0.01 * i);
            if (i > 0) { rows.Add(i); columns.Add(i - 1); values.Add(-1); }
            if (i < n - 1) { rows.Add(i); columns.Add(i + 1); values.Add(-1); }
        }
        var (pattern, v) = SparsePattern.FromTriplets(n, n, rows.ToArray(), columns.ToArray(), values.ToArray());
        // The gradient in the values is only a symmetric one: check value / re-runs / threads without FD on values.
        var b = V(51, n);
        var before = b.ToArray();
        AdversarialCases.SparseUse_Gradient(pattern, v, b, out var dV1, out var dB1);
        var g1 = dB1.ToArray();
        var gv1 = dV1.ToArray();
        Robust.Poison();
        AdversarialCases.SparseUse_Gradient(pattern, v, b, out var dV2, out var dB2);
        Assert.Equal(g1, dB2.ToArray());
        Assert.Equal(gv1, dV2.ToArray());
        Assert.Equal(g1, dB1.ToArray());
        Assert.Equal(before, b.ToArray());
    }

    [Fact]
    public void LayersUse() => Robust.Check(AdversarialCases.LayersUse, V(52, 72).Reshape8x9(), V(53, 8), V(54, 64).Reshape8x8(), V(55, 8), V(56, 9));

    [Fact]
    public void LayersUseLarge() => Robust.Check(AdversarialCases.LayersUse, Tensor.RandomNormal(52, 70, 9) * 0.3, V(53, 70), Tensor.RandomNormal(54, 70, 70) * 0.1, V(55, 70), V(56, 9));

    // NoDerivative
    [Fact] public void NoDerivativeFlows() => Robust.Check(AdversarialCases.NoDerivativeFlows, M(57), M(58), 3);
    [Fact] public void NoDerivativeOnlyState() => Robust.Check(AdversarialCases.NoDerivativeOnlyState, M(59), 0.8, 3);

    // custom primitives
    [Fact] public void UserSame() => Robust.Check(AdversarialCases.UserSame, M(60), M(61));
    [Fact] public void UserSameLoop() => Robust.Check(AdversarialCases.UserSameLoop, M(62), 4);
    [Fact] public void UserSeedAlias() => Robust.Check(AdversarialCases.UserSeedAlias, M(63), M(64));
    [Fact] public void UserArgAlias() => Robust.Check(AdversarialCases.UserArgAlias, M(65), M(66));
    [Fact] public void UserArgAliasNoDerivative() => Robust.Check(AdversarialCases.UserArgAliasNoDerivative, M(67), M(68));

    // tensor-valued methods
    [Fact] public void UsesTensorValued() => Robust.Check(AdversarialCases.UsesTensorValued, M(69), M(70), 0.6, M(106));
    [Fact] public void UsesTensorValuedNegative() => Robust.Check(AdversarialCases.UsesTensorValued, M(69), M(70), -0.6, M(106));

    private static void TensorPullbackKeepsSeed(Func<Tensor, Tensor> plain, Action<Tensor, Tensor?[]> pullback, Tensor x, int adjoints)
    {
        var xBefore = x.ToArray();
        var result = plain(x);
        var resultBefore = result.ToArray();
        var seed = M(99);
        var seedBefore = seed.ToArray();
        var given = M(98);
        var givenBefore = given.ToArray();
        var refs = new Tensor?[adjoints];
        refs[0] = given;
        pullback(seed, refs);
        Assert.False(seed.IsDisposed);
        Assert.Equal(seedBefore, seed.ToArray());
        Assert.False(given.IsDisposed);
        Assert.Equal(givenBefore, given.ToArray());
        Assert.Equal(xBefore, x.ToArray());
        Assert.Equal(resultBefore, result.ToArray());
        var first = refs.Select(r => r?.ToArray()).ToArray();
        foreach (var r in refs) Assert.False(r is not null && (ReferenceEquals(r, seed) || ReferenceEquals(r, x)), "an adjoint is the seed or the argument");
        // Again, after poisoning: same numbers, and the first call's adjoints unchanged.
        Robust.Poison();
        var refs2 = new Tensor?[adjoints];
        refs2[0] = given;
        pullback(seed, refs2);
        for (var i = 0; i < adjoints; i++)
        {
            Assert.Equal(first[i], refs[i]?.ToArray());
            Assert.Equal(first[i], refs2[i]?.ToArray());
        }
        Assert.Equal(seedBefore, seed.ToArray());
        Assert.Equal(resultBefore, result.ToArray());
    }

    [Fact]
    public void ChainPullback()
    {
        var x = M(80);
        TensorPullbackKeepsSeed(x1 => AdversarialCases.Chain(x1, 0.7), (seed, r) =>
        {
            var ds = 0.0;
            AdversarialCases.Chain_Pullback(x, 0.7, seed, ref r[0], ref ds);
        }, x, 1);
    }

    [Fact]
    public void ReturnParamPullback()
    {
        var x = M(81);
        var y = M(82);
        TensorPullbackKeepsSeed(x1 => AdversarialCases.ReturnParam(x1, y), (seed, r) => AdversarialCases.ReturnParam_Pullback(x, y, seed, ref r[0], ref r[1]), x, 2);
        // With null adjoints: dX is the seed's value, and not the seed itself.
        var s = M(83);
        Tensor? dX = null, dY = null;
        AdversarialCases.ReturnParam_Pullback(x, y, s, ref dX, ref dY);
        Assert.NotSame(s, dX);
        Assert.Equal(s.ToArray(), dX!.ToArray());
        Assert.Null(dY);
    }

    [Fact]
    public void ReturnReassignedPullback()
    {
        var x = M(84);
        var w = M(85);
        TensorPullbackKeepsSeed(x1 => AdversarialCases.ReturnReassigned(x1, w), (seed, r) => AdversarialCases.ReturnReassigned_Pullback(x, w, seed, ref r[0], ref r[1]), x, 2);
    }

    [Fact]
    public void ReturnNoDerivativePullback()
    {
        var x = M(86);
        var c = M(87);
        TensorPullbackKeepsSeed(x1 => AdversarialCases.ReturnNoDerivative(x1, c), (seed, r) => AdversarialCases.ReturnNoDerivative_Pullback(x, c, seed, ref r[0]), x, 1);
    }

    [Fact]
    public void TensorLoopPullback()
    {
        var x = M(88);
        TensorPullbackKeepsSeed(x1 => AdversarialCases.TensorLoop(x1, 4), (seed, r) => AdversarialCases.TensorLoop_Pullback(x, 4, seed, ref r[0]), x, 1);
        TensorPullbackKeepsSeed(x1 => AdversarialCases.TensorLoop(x1, 0), (seed, r) => AdversarialCases.TensorLoop_Pullback(x, 0, seed, ref r[0]), x, 1);
    }

    [Fact]
    public void EarlyReturnTensorPullback()
    {
        var x = M(89);
        TensorPullbackKeepsSeed(x1 => AdversarialCases.EarlyReturnTensor(x1, 0.5), (seed, r) => { var d = 0.0; AdversarialCases.EarlyReturnTensor_Pullback(x, 0.5, seed, ref r[0], ref d); }, x, 1);
        TensorPullbackKeepsSeed(x1 => AdversarialCases.EarlyReturnTensor(x1, -0.5), (seed, r) => { var d = 0.0; AdversarialCases.EarlyReturnTensor_Pullback(x, -0.5, seed, ref r[0], ref d); }, x, 1);
    }

    [Fact]
    public void IdPullbacks()
    {
        var x = M(90);
        TensorPullbackKeepsSeed(x1 => AdversarialCases.Id(x1), (seed, r) => AdversarialCases.Id_Pullback(x, seed, ref r[0]), x, 1);
        TensorPullbackKeepsSeed(x1 => AdversarialCases.IdLocal(x1, 0.5), (seed, r) => { var d = 0.0; AdversarialCases.IdLocal_Pullback(x, 0.5, seed, ref r[0], ref d); }, x, 1);
        TensorPullbackKeepsSeed(x1 => AdversarialCases.IdLocal(x1, -0.5), (seed, r) => { var d = 0.0; AdversarialCases.IdLocal_Pullback(x, -0.5, seed, ref r[0], ref d); }, x, 1);
    }

    [Fact]
    public void LayersPullbackKeepsSeed()
    {
        var w = Tensor.RandomNormal(1, 70, 9);
        var b = V(2, 70);
        var x = V(3, 9);
        var seed = V(4, 70);
        var before = seed.ToArray();
        var wb = w.ToArray();
        Tensor? dW = null, dB = null, dX = null;
        Layers.Dense_Pullback(w, b, x, seed, ref dW, ref dB, ref dX);
        Assert.Equal(before, seed.ToArray());
        Assert.Equal(wb, w.ToArray());
        Assert.NotSame(seed, dB);
        var dBFirst = dB!.ToArray();
        Tensor? dW2 = null, dB2 = null, dX2 = null;
        Layers.Dense_Pullback(w, b, x, seed, ref dW2, ref dB2, ref dX2);
        Assert.Equal(dBFirst, dB.ToArray());
        Assert.Equal(dBFirst, dB2!.ToArray());
        Assert.Equal(before, seed.ToArray());
    }

    [Fact]
    public void PushforwardValueSurvivesPullback()
    {
        var x = M(91);
        var (value, tangent) = AdversarialCases.TensorLoop_Pushforward(x, M(92), 3);
        var v = value.ToArray();
        var t = tangent!.ToArray();
        Tensor? d = null;
        AdversarialCases.TensorLoop_Pullback(x, 3, M(93), ref d);
        Robust.Poison();
        AdversarialCases.TensorLoop_Pullback(x, 3, M(93), ref d);
        Assert.Equal(v, value.ToArray());
        Assert.Equal(t, tangent.ToArray());
    }
}

internal static class ShapeHelpers
{
    public static Tensor Reshape1x8(this Tensor t) => Tensor.Reshape(t, 1, 8);
    public static Tensor Reshape8x1(this Tensor t) => Tensor.Reshape(t, 8, 1);
    public static Tensor Reshape8x8(this Tensor t) => Tensor.Reshape(t, 8, 8);
    public static Tensor Reshape8x9(this Tensor t) => Tensor.Reshape(t, 8, 9);
}

public class AdversarialTests2
{
    private static Tensor M(int seed, double scale = 0.5, double shift = 0.0) => Tensor.RandomNormal(seed, 8, 8) * scale + shift;

    [Fact] public void SelfCompound() => Robust.Check(AdversarialCases2.SelfCompound, M(1));
    [Fact] public void DiscardedCall() => Robust.Check(AdversarialCases2.DiscardedCall, M(2));
    [Fact] public void IntAndFloat() => Robust.Check(AdversarialCases2.IntAndFloat, M(3), 3, 0.75f);
    [Fact] public void ArrayElements() => Robust.Check(AdversarialCases2.ArrayElements, M(4), new[] { 0.9, 1.1, -0.7, 0.5 });
    [Fact] public void LocalArrayAndTensor() => Robust.Check(AdversarialCases2.LocalArrayAndTensor, M(5), 0.3);
    [Fact] public void MaxMix() => Robust.Check(AdversarialCases2.MaxMix, M(6), 0.2);
    [Fact] public void DoWhileBreak() => Robust.Check(AdversarialCases2.DoWhileBreak, M(7));
    [Fact] public void LongChain() => Robust.Check(AdversarialCases2.LongChain, M(8), 0.8);
    [Fact] public void UsesRecursive() => Robust.Check(AdversarialCases2.UsesRecursive, M(9));
    [Fact] public void CallsInLoop() => Robust.Check(AdversarialCases2.CallsInLoop, M(10), M(11), 3);
    [Fact] public void UsesSameArgTwice() => Robust.Check(AdversarialCases2.UsesSameArgTwice, M(12));
    [Fact] public void ReadBeforeAssign() => Robust.Check(AdversarialCases2.ReadBeforeAssign, M(13));
    [Fact] public void ValueSemantics() => Robust.Check(AdversarialCases2.ValueSemantics, M(14));
    [Fact] public void ShapeChanging() => Robust.Check(AdversarialCases2.ShapeChanging, M(15), Tensor.RandomNormal(16, 8) * 0.3);
    [Fact] public void BroadcastStateGrows() => Robust.Check(AdversarialCases2.BroadcastStateGrows, Tensor.RandomNormal(17, 1, 8), Tensor.RandomNormal(18, 8, 1) * 0.5, 3);
    [Fact] public void AllNoDerivativeButScalar() => Robust.Check(AdversarialCases2.AllNoDerivativeButScalar, M(19), M(20), 0.7);

    [Fact]
    public void SameArgTwicePullback()
    {
        var a = M(21);
        var seed = M(22);
        var sb = seed.ToArray();
        Tensor? dX = null, dY = null;
        AdversarialCases2.SameArgTwice_Pullback(a, a, seed, ref dX, ref dY);
        Assert.Equal(sb, seed.ToArray());
        Assert.NotSame(dX, dY);
    }
}

public class AdversarialTests3
{
    private static Tensor M(int seed, double scale = 0.5, double shift = 0.0) => Tensor.RandomNormal(seed, 8, 8) * scale + shift;

    [Fact] public void NoDerivativeParamBecomesActive() => Robust.Check(AdversarialCases3.NoDerivativeParamBecomesActive, M(1), M(2));
    [Fact] public void InactiveStateReadByActive() => Robust.Check(AdversarialCases3.InactiveStateReadByActive, M(3), M(4), 4);
    [Fact] public void ShapesHighRank() => Robust.Check(AdversarialCases3.ShapesHighRank, M(5), M(6));
    [Fact] public void NonSquare() => Robust.Check(AdversarialCases3.NonSquare, Tensor.RandomNormal(7, 8, 10) * 0.3, Tensor.RandomNormal(8, 10, 7) * 0.3, Tensor.RandomNormal(9, 8));

    [Fact]
    public void SparseInB()
    {
        const int n = 70;
        var rows = new List<int>();
        var columns = new List<int>();
        var values = new List<double>();
        for (var i = 0; i < n; i++)
        {
            rows.Add(i); columns.Add(i); values.Add(2.5 + 0.01 * i);
            if (i > 0) { rows.Add(i); columns.Add(i - 1); values.Add(-1); }
            if (i < n - 1) { rows.Add(i); columns.Add(i + 1); values.Add(-1); }
        }
        var (pattern, v) = SparsePattern.FromTriplets(n, n, rows.ToArray(), columns.ToArray(), values.ToArray());
        Robust.Check(AdversarialCases3.SparseInB, pattern, v, Tensor.RandomNormal(10, n) * 0.3, Tensor.RandomNormal(11, n) * 0.3);
    }

    /// <summary>A rank-0 (broadcastable) seed for a tensor-valued method: the runtime's rules reject it, a fused
    /// kernel's pullback should too (it reads only seed.Length elements).</summary>
    [Fact]
    public void WrongShapeSeedIsRejected()
    {
        var x = M(12);
        Tensor? dX = null;
        var dS = 0.0;
        Robust.Poison();
        var error = Assert.Throws<TensorShapeException>(() => AdversarialCases.Chain_Pullback(x, 0.7, Tensor.Scalar(1.0), ref dX, ref dS));
        Assert.Contains("Chain_Pullback", error.Message);
        Assert.Contains("[8, 8]", error.Message);
        Assert.Null(dX);
    }

    /// <summary>Scalar pullback: non-null caller adjoints are never changed in place.</summary>
    [Fact]
    public void CallerAdjointsUnchanged()
    {
        var x = M(13);
        var w = M(14);
        var dX = M(15);
        var dW = dX; // the same tensor for both adjoints
        var before = dX.ToArray();
        var dXRef = (Tensor?)dX;
        var dWRef = (Tensor?)dW;
        var dDt = 0.0;
        AdversarialCases.TimeLoop_Pullback(x, w, 0.1, 4, 1.0, ref dXRef, ref dWRef, ref dDt);
        Assert.Equal(before, dX.ToArray());
    }
}

public class AdversarialStress
{
    private static Tensor M(int seed, double scale = 0.5, double shift = 0.0) => Tensor.RandomNormal(seed, 8, 8) * scale + shift;

    /// <summary>Many methods interleaved on the same threads (shared per-thread pools): each gradient equals its
    /// single-threaded reference, and gradients held by the caller stay unchanged while later calls run.</summary>
    [Fact]
    public void InterleavedOnThreadPool()
    {
        var cases = new List<(Delegate Method, object?[] Args)>
        {
            (AdversarialCases.TimeLoop, new object?[] { M(1), M(2), 0.1, 6 }),
            (AdversarialCases.NestedLoops, new object?[] { M(3), M(4, 0.3), 3, 3 }),
            (AdversarialCases.BranchInLoop, new object?[] { M(5), M(6), 5 }),
            (AdversarialCases.Compound, new object?[] { M(7), M(8, 0.5, 1.0) }),
            (AdversarialCases.Shaping, new object?[] { M(9), M(10) }),
            (AdversarialCases.UsesTensorValued, new object?[] { M(11), M(12), 0.6, M(13) }),
            (AdversarialCases.UserSeedAlias, new object?[] { M(14), M(15) }),
            (AdversarialCases.UserArgAlias, new object?[] { M(16), M(17) }),
            (AdversarialCases.LayersUse, new object?[] { Tensor.RandomNormal(52, 70, 9) * 0.3, Tensor.RandomNormal(53, 70), Tensor.RandomNormal(54, 70, 70) * 0.1, Tensor.RandomNormal(55, 70), Tensor.RandomNormal(56, 9) }),
            (AdversarialCases2.CallsInLoop, new object?[] { M(18), M(19), 3 }),
            (AdversarialCases2.UsesRecursive, new object?[] { M(20) }),
            (AdversarialCases2.ShapeChanging, new object?[] { M(21), Tensor.RandomNormal(22, 8) * 0.3 }),
            (AdversarialCases3.InactiveStateReadByActive, new object?[] { M(23), M(24), 4 }),
            (AdversarialCases.Stencil, new object?[] { M(25), M(26, 0.2, 1.0), 4 }),
        };
        var reference = cases.Select(c => Snap(Robust.Gradient(c.Method, c.Args))).ToList();
        var errors = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var k = (i * 7919) % cases.Count;
            try
            {
                var result = Robust.Gradient(cases[k].Method, cases[k].Args);
                var first = Snap(result);
                // Run two other cases on this thread, then look again at what we hold.
                Robust.Gradient(cases[(k + 1) % cases.Count].Method, cases[(k + 1) % cases.Count].Args);
                Robust.Gradient(cases[(k + 5) % cases.Count].Method, cases[(k + 5) % cases.Count].Args);
                var again = Snap(result);
                if (!Same(first, reference[k])) errors.Add($"case {k}: differs from its reference");
                if (!Same(again, first)) errors.Add($"case {k}: held gradient changed by later calls");
            }
            catch (Exception e)
            {
                errors.Add($"case {k}: {e.GetType().Name}: {e.Message}");
            }
        });
        Assert.True(errors.IsEmpty, string.Join("\n", errors.Distinct().Take(10)));
    }

    private static List<double[]> Snap((double Value, object?[] Outs) r)
    {
        var list = new List<double[]> { new[] { r.Value } };
        foreach (var o in r.Outs)
        {
            list.Add(o switch { Tensor t => t.ToArray(), double[] d => (double[])d.Clone(), double v => new[] { v }, float f => new double[] { f }, _ => Array.Empty<double>() });
        }
        return list;
    }

    private static bool Same(List<double[]> a, List<double[]> b) => a.Count == b.Count && a.Zip(b).All(p => p.First.SequenceEqual(p.Second));
}

public class AdversarialTests4
{
    private static Tensor M(int seed, double scale = 0.5, double shift = 0.0) => Tensor.RandomNormal(seed, 8, 8) * scale + shift;

    [Fact] public void UsesWithArray() => Robust.Check(AdversarialCases4.UsesWithArray, M(1), new[] { 0.9, 1.1, 0.8 }, M(14));
    [Fact] public void NoDifferentiableScalar() => Assert.Equal(AdversarialCases4.NoDifferentiableScalar(M(2)), AdversarialCases4.NoDifferentiableScalar_Gradient(M(2)));
    [Fact] public void ParameterNames() => Robust.Check(AdversarialCases4.ParameterNames, M(3), M(4), M(5), 0.3, M(6), M(7), M(8), M(9));
    [Fact] public void Keywords() => Robust.Check(AdversarialCases4.Keywords, M(10), M(11), 0.7);

    [Fact]
    public void NoDifferentiablePullback()
    {
        var c = M(12);
        var seed = M(13);
        var sb = seed.ToArray();
        AdversarialCases4.NoDifferentiable_Pullback(c, 3, seed);
        Assert.Equal(sb, seed.ToArray());
    }
}

public class AdversarialPoolUse
{
    private static long NewArrays(Action a)
    {
        var misses = TensorPool.Misses;
        a();
        return TensorPool.Misses - misses;
    }

    [Fact]
    public void StorageTakenPerStep()
    {
        var u0 = Tensor.RandomNormal(1, 16, 16);
        var column = Tensor.RandomNormal(2, 16, 1);
        var full = Tensor.RandomNormal(2, 16, 16);
        foreach (var steps in new[] { 400, 40, 400 }) NewArrays(() => AdversarialCases4.PlainLoop_Gradient(u0, full, steps, out _, out _));
        var plain = NewArrays(() => AdversarialCases4.PlainLoop_Gradient(u0, full, 400, out _, out _));
        foreach (var steps in new[] { 400, 40, 400 }) NewArrays(() => AdversarialCases4.BroadcastLoop_Gradient(u0, column, steps, out _, out _));
        var broadcast = NewArrays(() => AdversarialCases4.BroadcastLoop_Gradient(u0, column, 400, out _, out _));
        Assert.True(broadcast <= 10, $"plain loop: {plain} new arrays for 400 steps; broadcast loop: {broadcast}");
    }
}

public class AdversarialNamingTests
{
    [Fact]
    public void OverloadsWithFusedKernelsOfOneSignature()
    {
        var x = Tensor.RandomNormal(3, 8, 8) * 0.5;
        Robust.Check((Func<Tensor, double>)AdversarialOverloads.Over, x);
        Robust.Check((Func<Tensor, double, double>)AdversarialOverloads.Over, x, 1.3);
    }

    [Fact]
    public void AParameterNamedLikeTheGradientsLocal() => Robust.Check(AdversarialNames.Named, Tensor.RandomNormal(4, 8, 8));
}
