using System.Reflection;
using Adcme.Checking;

namespace Adcme.Tests;

/// <summary>Edge cases of the tensor runtime: broadcasting, reductions, NaN, errors, sparse solves, stencils,
/// layers, the pool, and every rule's hygiene (seeds and inputs untouched, adjoints their own).</summary>
[Collection(nameof(TensorPoolTests))]
public class RuntimeEdgeTests
{
    private static Tensor T(params double[] v) => Tensor.FromArray(v, v.Length);

    private static void Passes(MethodInfo primitive, params object?[] arguments)
    {
        var report = GradientChecker.CheckPrimitive(primitive, arguments);
        Assert.True(report.Passed, report.ToString());
    }

    private static void Passes(Delegate primitive, params object?[] arguments) => Passes(primitive.Method, arguments);

    private static MethodInfo Op(string name, params Type[] types) => typeof(Tensor).GetMethod(name, types)!;

    private static void AssertShape(Tensor t, params int[] shape) => Assert.Equal(shape, t.Shape.ToArray());

    // ---------------------------------------------------------------- creation

    [Fact]
    public void FromArrayWithoutShapeOfOneValueIsAVector()
    {
        // Doc: "a vector of the data's length when no shape is given".
        var t = Tensor.FromArray([5.0]);
        AssertShape(t, 1);
    }

    [Fact]
    public void FromArrayCopiesAndDisposeNeverHandsTheUsersArrayToThePool()
    {
        var user = Enumerable.Range(0, 100).Select(i => (double)i).ToArray();
        var t = Tensor.FromArray(user, 10, 10);
        user[0] = 42;
        Assert.Equal(0.0, t[0, 0]);
        t.Dispose();
        using var other = Tensor.Full(-1.0, 100);   // would reuse user's array if FromArray wrapped it
        Assert.Equal(42.0, user[0]);
        Assert.Equal(99.0, user[99]);
    }

    [Fact]
    public void LinspaceRandomAndScalars()
    {
        Assert.Equal([3.0], Tensor.Linspace(3, 7, 1).ToArray());
        Assert.Equal([0, 0.5, 1.0], Tensor.Linspace(0, 1, 3).ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => Tensor.Linspace(0, 1, 0));
        Assert.Equal(Tensor.Random(7, 3, 4).ToArray(), Tensor.Random(7, 3, 4).ToArray());
        Assert.NotEqual(Tensor.Random(7, 3, 4).ToArray(), Tensor.Random(8, 3, 4).ToArray());
        Assert.Equal(Tensor.RandomNormal(7, 5).ToArray(), Tensor.RandomNormal(7, 5).ToArray());
        AssertShape(Tensor.Ones(2, 1, 3, 1), 2, 1, 3, 1);
        Assert.Throws<TensorShapeException>(() => Tensor.Zeros(1, 1, 1, 1, 1));
        Assert.Throws<TensorShapeException>(() => Tensor.Zeros(-1));
        var s = Tensor.Scalar(2.5);
        Assert.Equal(0, s.Rank);
        Assert.Equal(2.5, s[Array.Empty<int>()]);
        Assert.Equal(1, s.Length);
    }

    [Fact]
    public void IndexerErrors()
    {
        var t = Tensor.Zeros(2, 3);
        var e = Assert.Throws<TensorShapeException>(() => t[1]);
        Assert.Contains("[2, 3]", e.Message);
        Assert.Throws<IndexOutOfRangeException>(() => t[2, 0]);
        Assert.Throws<IndexOutOfRangeException>(() => t[0, -1]);
    }

    [Fact]
    public void ToStringShowsShapeAndValues()
    {
        Assert.Equal("Tensor[2] { 1, 2.5 }", T(1, 2.5).ToString());
        Assert.Equal("Tensor[] { 3 }", Tensor.Scalar(3).ToString());
        Assert.Equal("Tensor[100]", Tensor.Zeros(100).ToString());
    }

    // ---------------------------------------------------------------- broadcasting

    [Fact]
    public void BroadcastRankZeroWithRankFour()
    {
        var a = Tensor.Scalar(2);
        var b = Tensor.Random(1, 2, 3, 1, 2);
        var r = a - b;
        AssertShape(r, 2, 3, 1, 2);
        Assert.Equal(b.ToArray().Select(v => 2 - v).ToArray(), r.ToArray());
        var q = b / a;
        Assert.Equal(b.ToArray().Select(v => v / 2).ToArray(), q.ToArray());
        Passes(Op("op_Subtraction", typeof(Tensor), typeof(Tensor)), a, b);
        Passes(Op("op_Division", typeof(Tensor), typeof(Tensor)), b, Tensor.Scalar(1.3));
    }

    [Fact]
    public void BroadcastOuterShapes()
    {
        var col = Tensor.FromArray([1, 2, 3], 3, 1);
        var row = Tensor.FromArray([10, 20, 30, 40], 1, 4);
        var s = col + row;
        AssertShape(s, 3, 4);
        Assert.Equal(32.0, s[1, 2]);
        var p = row * col;
        Assert.Equal(90.0, p[2, 2]);
        // [2,1,4] with [3,1] -> [2,3,4]
        var a = Tensor.Random(2, 2, 1, 4);
        var b = Tensor.Random(3, 3, 1);
        var c = a * b;
        AssertShape(c, 2, 3, 4);
        Assert.Equal(a[1, 0, 3] * b[2, 0], c[1, 2, 3], 15);
        // size-1 on both sides, same rank
        AssertShape(Tensor.Ones(1, 1) + Tensor.Ones(1, 1), 1, 1);
        AssertShape(Tensor.Ones(1) + Tensor.Ones(2, 1, 1), 2, 1, 1);
        foreach (var name in new[] { "op_Addition", "op_Subtraction", "op_Multiply", "op_Division" })
        {
            Passes(Op(name, typeof(Tensor), typeof(Tensor)), Tensor.FromArray([1.1, 1.2, 1.3], 3, 1), Tensor.FromArray([1.5, 1.6, 1.7, 1.8], 1, 4));
            Passes(Op(name, typeof(Tensor), typeof(Tensor)), a + 0.5, b + 0.5);
        }
    }

    [Fact]
    public void BroadcastWithEmptyDimensions()
    {
        AssertShape(Tensor.Zeros(0, 3) + Tensor.Ones(1, 3), 0, 3);
        AssertShape(Tensor.Zeros(0, 1) * Tensor.Ones(1, 3), 0, 3);
        Assert.Throws<TensorShapeException>(() => Tensor.Zeros(0) + Tensor.Ones(3));
    }

    [Theory]
    [InlineData("op_Addition", "Add")]
    [InlineData("op_Subtraction", "Subtract")]
    [InlineData("op_Multiply", "Multiply")]
    [InlineData("op_Division", "Divide")]
    public void IncompatibleShapesNameTheOperationAndBothShapes(string op, string name)
    {
        var e = Assert.Throws<TargetInvocationException>(() => Op(op, typeof(Tensor), typeof(Tensor)).Invoke(null, [Tensor.Zeros(2, 3), Tensor.Zeros(4, 2)]));
        var inner = Assert.IsType<TensorShapeException>(e.InnerException);
        Assert.Contains(name, inner.Message);
        Assert.Contains("[2, 3]", inner.Message);
        Assert.Contains("[4, 2]", inner.Message);
    }

    // ---------------------------------------------------------------- reductions

    [Fact]
    public void ReductionsOfScalarsAndEmptyTensors()
    {
        var s = Tensor.Scalar(-3);
        Assert.Equal(-3, Tensor.Sum(s));
        Assert.Equal(-3, Tensor.Mean(s));
        Assert.Equal(9, Tensor.SumOfSquares(s));
        Assert.Equal(3, Tensor.Norm(s));
        Assert.Equal(-3, Tensor.Max(s));
        Assert.Equal(6, Tensor.Dot(s, Tensor.Scalar(-2)));
        var empty = Tensor.Zeros(0);
        Assert.Equal(0, Tensor.Sum(empty));
        Assert.Equal(0, Tensor.SumOfSquares(empty));
        Assert.Equal(0, Tensor.Norm(empty));
        Assert.Contains("Mean", Assert.Throws<TensorShapeException>(() => Tensor.Mean(empty)).Message);
        Assert.Contains("Max", Assert.Throws<TensorShapeException>(() => Tensor.Max(Tensor.Zeros(3, 0))).Message);
        var dot = Assert.Throws<TensorShapeException>(() => Tensor.Dot(Tensor.Zeros(3), Tensor.Zeros(1, 3)));
        Assert.Contains("Dot", dot.Message);
        Assert.Contains("[1, 3]", dot.Message);
        foreach (var f in new Func<Tensor, double>[] { Tensor.Sum, Tensor.Mean, Tensor.SumOfSquares, Tensor.Norm, Tensor.Max }) Passes(f, Tensor.Scalar(0.7));
    }

    [Fact]
    public void MaxTieGivesTheWholeSeedToOneElement()
    {
        var x = T(1, 3, 3, 2);
        Assert.Equal(3, Tensor.Max(x));
        Tensor? d = null;
        Tensor.Max_Pullback(x, 3, 2.0, ref d);
        Assert.Equal([0, 2.0, 0, 0], d!.ToArray());
        Assert.Equal(5.0, Tensor.Max_Tangent(x, T(0, 5, 7, 0), 3));
    }

    [Fact]
    public void NormAtZeroHasAFiniteGradient()
    {
        var x = Tensor.Zeros(3);
        Assert.Equal(0, Tensor.Norm(x));
        Tensor? d = null;
        Tensor.Norm_Pullback(x, 0, 1, ref d);
        Assert.All(d!.ToArray(), v => Assert.Equal(0.0, v));
        Assert.Equal(0, Tensor.Norm_Tangent(x, T(1, 1, 1), 0));
    }

    [Fact]
    public void NaNPropagates()
    {
        var x = T(1, double.NaN, 2);
        Assert.True(double.IsNaN(Tensor.Sum(x)));
        Assert.True(double.IsNaN(Tensor.Max(x)));
        Assert.True(double.IsNaN(Tensor.Relu(x)[1]));
        Assert.True(double.IsNaN(Tensor.Norm(x)));
    }

    [Fact]
    public void MatMulPropagatesNaNAndInfinityLikeMatVec()
    {
        var a = Tensor.FromArray([0.0, 1.0], 1, 2);
        var b = Tensor.FromArray([double.NaN, 1.0], 2, 1);
        Assert.True(double.IsNaN(Tensor.MatVec(a, T(double.NaN, 1.0))[0]));
        Assert.True(double.IsNaN(Tensor.MatMul(a, b)[0, 0]), "0·NaN must be NaN (MatMul skips zero entries of a)");
        var inf = Tensor.FromArray([double.PositiveInfinity, 1.0], 2, 1);
        Assert.True(double.IsNaN(Tensor.MatMul(a, inf)[0, 0]), "0·∞ must be NaN");
    }

    // ---------------------------------------------------------------- elementwise

    [Fact]
    public void PowSqrtLogEdgeValues()
    {
        Assert.Equal(-8.0, Tensor.Pow(T(-2), 3)[0]);
        Assert.True(double.IsNaN(Tensor.Pow(T(-2), 0.5)[0]));
        Assert.Equal(0.0, Tensor.Sqrt(T(0))[0]);
        Assert.Equal(double.NegativeInfinity, Tensor.Log(T(0))[0]);
        Passes(Tensor.Pow, T(-1.3, -0.7, 0.4), 3.0);   // integer exponent, negative base
    }

    [Fact]
    public void PowWithExponentZeroHasZeroGradientAtZero()
    {
        Tensor? d = null;
        var x = T(0.0, 1.5);
        // Null is the convention for a zero adjoint or tangent.
        Tensor.Pow_Pullback(x, 0.0, Tensor.Pow(x, 0.0), T(1, 1), ref d);
        Assert.Null(d);
        d = T(0.5, -2);
        Tensor.Pow_Pullback(x, 0.0, Tensor.Pow(x, 0.0), T(1, 1), ref d);
        Assert.Equal([0.5, -2.0], d!.ToArray());
        Assert.Null(Tensor.Pow_Tangent(x, T(1, 1), 0.0, Tensor.Pow(x, 0.0)));
    }

    [Fact]
    public void PowWithExponentOneHasGradientOneAtZero()
    {
        Tensor? d = null;
        var x = T(0.0);
        Tensor.Pow_Pullback(x, 1.0, Tensor.Pow(x, 1.0), T(1), ref d);
        Assert.Equal([1.0], d!.ToArray());
    }

    // ---------------------------------------------------------------- linear algebra and slicing

    [Fact]
    public void LinearAlgebraShapeErrors()
    {
        var mm = Assert.Throws<TensorShapeException>(() => Tensor.MatMul(Tensor.Zeros(2, 3), Tensor.Zeros(2, 3)));
        Assert.Contains("MatMul", mm.Message);
        Assert.Contains("[2, 3]", mm.Message);
        var rank = Assert.Throws<TensorShapeException>(() => Tensor.MatMul(Tensor.Zeros(3), Tensor.Zeros(3, 3)));
        Assert.Contains("MatMul", rank.Message);
        var mv = Assert.Throws<TensorShapeException>(() => Tensor.MatVec(Tensor.Zeros(2, 3), Tensor.Zeros(2)));
        Assert.Contains("MatVec", mv.Message);
        Assert.Contains("[2, 3]", mv.Message);
        Assert.Contains("[2]", mv.Message);
        Assert.Contains("Transpose", Assert.Throws<TensorShapeException>(() => Tensor.Transpose(Tensor.Zeros(3))).Message);
        Assert.Contains("Transpose", Assert.Throws<TensorShapeException>(() => Tensor.Transpose(Tensor.Zeros(2, 2, 2))).Message);
        AssertShape(Tensor.MatMul(Tensor.Zeros(2, 0), Tensor.Zeros(0, 3)), 2, 3);
        AssertShape(Tensor.Transpose(Tensor.Zeros(0, 3)), 3, 0);
    }

    [Fact]
    public void SlicingBoundsErrorsNameTheOperation()
    {
        var m = Tensor.Zeros(3, 4);
        Assert.Contains("Rows", Assert.Throws<TensorShapeException>(() => Tensor.Rows(m, 2, 2)).Message);
        Assert.Contains("Rows", Assert.Throws<TensorShapeException>(() => Tensor.Rows(m, -1, 1)).Message);
        Assert.Contains("Rows", Assert.Throws<TensorShapeException>(() => Tensor.Rows(Tensor.Scalar(1), 0, 1)).Message);
        Assert.Contains("Block", Assert.Throws<TensorShapeException>(() => Tensor.Block(m, 1, 1, 3, 1)).Message);
        Assert.Contains("[3, 4]", Assert.Throws<TensorShapeException>(() => Tensor.Block(m, 1, 1, 3, 1)).Message);
        Assert.Contains("Columns", Assert.Throws<TensorShapeException>(() => Tensor.Columns(m, 3, 2)).Message);
        Assert.Contains("Columns", Assert.Throws<TensorShapeException>(() => Tensor.Columns(Tensor.Zeros(4), 0, 1)).Message);
    }

    [Fact]
    public void SlicingValuesAndRules()
    {
        var v = Tensor.Linspace(0, 5, 6);
        Assert.Equal([2.0, 3.0], Tensor.Rows(v, 2, 2).ToArray());
        var r3 = Tensor.RandomNormal(3, 4, 2, 3);
        AssertShape(Tensor.Rows(r3, 1, 2), 2, 2, 3);
        Passes(Tensor.Rows, r3, 1, 2);
        Passes(Tensor.Rows, v, 5, 1);
        AssertShape(Tensor.Rows(v, 6, 0), 0);
    }

    [Fact]
    public void ReshapeConcatStackPadErrorsAndValues()
    {
        var x = Tensor.Linspace(1, 6, 6);
        var e = Assert.Throws<TensorShapeException>(() => Tensor.Reshape(x, 4, 2));
        Assert.Contains("Reshape", e.Message);
        Assert.Contains("[6]", e.Message);
        Assert.Contains("[4, 2]", e.Message);
        AssertShape(Tensor.Reshape(Tensor.Ones(1)), []);   // params form: to a scalar
        AssertShape(Tensor.Reshape(x, new[] { 1, 2, 3, 1 }), 1, 2, 3, 1);

        var a = Tensor.Reshape(x, 2, 3);
        var b = Tensor.Full(9, 2, 1);
        var c = Tensor.Concat(1, a, b);
        Assert.Equal(new double[] { 1, 2, 3, 9, 4, 5, 6, 9 }, c.ToArray());
        var bad = Assert.Throws<TensorShapeException>(() => Tensor.Concat(0, a, b));
        Assert.Contains("Concat", bad.Message);
        Assert.Contains("[2, 1]", bad.Message);
        Assert.Contains("[2, 3]", bad.Message);
        Assert.Contains("Concat", Assert.Throws<TensorShapeException>(() => Tensor.Concat(2, a, a)).Message);
        Assert.Contains("Concat", Assert.Throws<TensorShapeException>(() => Tensor.Concat(-1, a, a)).Message);
        Assert.Contains("Concat", Assert.Throws<TensorShapeException>(() => Tensor.Concat(0, a, x)).Message);
        Assert.ThrowsAny<ArgumentException>(() => Tensor.Concat(0, Array.Empty<Tensor>()));
        Assert.Equal(new double[] { 1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6 }, Tensor.Concat(0, [a, a]).ToArray());
        AssertShape(Tensor.Concat(1, Tensor.Zeros(0, 2), Tensor.Zeros(0, 3)), 0, 5);

        var st = Tensor.Stack(Tensor.Scalar(1), Tensor.Scalar(2), Tensor.Scalar(3));
        AssertShape(st, 3);
        var se = Assert.Throws<TensorShapeException>(() => Tensor.Stack(a, b));
        Assert.Contains("Stack", se.Message);
        Assert.Contains("[2, 1]", se.Message);
        Assert.Contains("Stack", Assert.Throws<TensorShapeException>(() => Tensor.Stack(Tensor.Zeros(1, 1, 1, 1), Tensor.Zeros(1, 1, 1, 1))).Message);
        AssertShape(Tensor.Stack([a, a, a, a]), 4, 2, 3);

        Assert.Equal(new double[] { 7, 1, 2, 3, 4, 5, 6, 7, 7 }, Tensor.Pad(x, 1, 2, 7.0).ToArray());
        Assert.Equal(new double[] { 7, 1, 2, 3, 4, 5, 6, 7, 7 }, Tensor.Pad(x, [1], [2], 7.0).ToArray());
        Assert.Contains("Pad", Assert.Throws<TensorShapeException>(() => Tensor.Pad(x, [1, 1], [1, 1])).Message);
        Assert.Contains("Pad", Assert.Throws<TensorShapeException>(() => Tensor.Pad(x, -1, 0)).Message);
        AssertShape(Tensor.Pad(Tensor.Zeros(2, 0), 0, 0, 1, 1), 2, 2);
        Assert.Equal(new double[] { 5, 5, 5, 5 }, Tensor.Pad(Tensor.Zeros(2, 0), 0, 0, 1, 1, 5.0).ToArray());
        Passes((Func<Tensor, int, int, double, Tensor>)Tensor.Pad, x, 0, 0, 0.5);
    }

    [Fact]
    public void PadValueAdjointDoesNotCancelCatastrophically()
    {
        // dValue = Σ seed over the border; computed as Sum(seed) − Sum(interior) it loses the border to rounding.
        var x = Tensor.Zeros(3);
        var result = Tensor.Pad(x, 1, 1, 0.0);
        var seed = T(1, 1e17, 1e17, 1e17, 1);
        Tensor? dX = null;
        var dValue = 0.0;
        Tensor.Pad_Pullback(x, 1, 1, 0.0, result, seed, ref dX, ref dValue);
        Assert.Equal(2.0, dValue);
    }

    // ---------------------------------------------------------------- sparse

    private static (SparsePattern, Tensor) Spd(int n)
    {
        var r = new List<int>(); var c = new List<int>(); var v = new List<double>();
        for (var i = 0; i < n; i++)
        {
            r.Add(i); c.Add(i); v.Add(4 + 0.1 * i);
            if (i + 1 < n) { r.Add(i); c.Add(i + 1); v.Add(-1); r.Add(i + 1); c.Add(i); v.Add(-1); }
            if (i + 3 < n) { r.Add(i); c.Add(i + 3); v.Add(0.5); r.Add(i + 3); c.Add(i); v.Add(0.5); }
        }
        // shuffled order to exercise sorting
        var order = Enumerable.Range(0, v.Count).OrderBy(k => (k * 7919) % 101).ToArray();
        return SparsePattern.FromTriplets(n, n, order.Select(k => r[k]).ToArray(), order.Select(k => c[k]).ToArray(), order.Select(k => v[k]).ToArray());
    }

    private static double[,] Dense(SparsePattern p, Tensor values)
    {
        var a = new double[p.Rows, p.Columns];
        var rows = p.RowOfEntries();
        var cols = p.ColumnOfEntries();
        for (var k = 0; k < p.Count; k++) a[rows[k], cols[k]] += values[k];
        return a;
    }

    [Fact]
    public void FromTripletsEdgeCases()
    {
        // unsorted, duplicates, empty rows, non-square
        var (p, v) = SparsePattern.FromTriplets(4, 3, [3, 0, 3, 3, 0], [2, 1, 0, 2, 1], [1, 2, 3, 4, 5]);
        Assert.Equal(3, p.Count);
        Assert.Equal([7.0, 3.0, 5.0], v.ToArray());
        var y = Sparse.MatVec(p, v, T(1, 2, 3));
        Assert.Equal([14.0, 0, 0, 3 + 15.0], y.ToArray());
        Assert.Equal([3.0 * 4, 7.0 * 1, 5.0 * 4], Sparse.TransposeMatVec(p, v, T(1, 0, 0, 4)).ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => SparsePattern.FromTriplets(2, 2, [0], [-1], [1.0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => SparsePattern.FromTriplets(2, 2, [0], [2], [1.0]));
        Assert.ThrowsAny<ArgumentException>(() => SparsePattern.FromTriplets(2, 2, [0, 1], [0], [1.0]));
        var (e, ev) = SparsePattern.FromTriplets(3, 2, [], [], []);
        Assert.Equal(0, e.Count);
        Assert.Equal([0.0, 0, 0], Sparse.MatVec(e, ev, T(1, 1)).ToArray());
        var tm = Assert.Throws<TensorShapeException>(() => Sparse.TransposeMatVec(p, v, T(1, 2, 3)));
        Assert.Contains("Sparse.TransposeMatVec", tm.Message);
        var sq = Assert.Throws<TensorShapeException>(() => Sparse.Solve(p, v, T(1, 2, 3, 4)));
        Assert.Contains("square", sq.Message);
        Passes(Sparse.MatVec, p, v, T(0.3, -1.1, 0.8));
        Passes(Sparse.TransposeMatVec, p, v, T(0.3, -1.1, 0.8, 2.0));
    }

    [Fact]
    public void SolveIsAccurateAndItsAdjointMatchesFiniteDifferences()
    {
        var (p, v) = Spd(12);
        var b = Tensor.Sin(Tensor.Linspace(0, 4, 12));
        var x = Sparse.Solve(p, v, b);
        var a = Dense(p, v);
        for (var i = 0; i < 12; i++)
        {
            var s = 0.0;
            for (var j = 0; j < 12; j++) s += a[i, j] * x[j];
            Assert.Equal(b[i], s, 11);
        }
        Passes(Sparse.Solve, p, v, b);   // with respect to values AND right-hand side
    }

    private static double[] DenseSolve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var x = (double[])b.Clone();
        for (var c = 0; c < n; c++)
        {
            var piv = c;
            for (var r = c + 1; r < n; r++) if (Math.Abs(m[r, c]) > Math.Abs(m[piv, c])) piv = r;
            for (var j = 0; j < n; j++) (m[c, j], m[piv, j]) = (m[piv, j], m[c, j]);
            (x[c], x[piv]) = (x[piv], x[c]);
            for (var r = c + 1; r < n; r++)
            {
                var f = m[r, c] / m[c, c];
                for (var j = c; j < n; j++) m[r, j] -= f * m[c, j];
                x[r] -= f * x[c];
            }
        }
        for (var r = n - 1; r >= 0; r--)
        {
            for (var j = r + 1; j < n; j++) x[r] -= m[r, j] * x[j];
            x[r] /= m[r, r];
        }
        return x;
    }

    [Fact]
    public void SolvePullbackMatchesTheExactDerivativeInValuesAndRightHandSide()
    {
        var (p, v) = Spd(6);
        var b = Tensor.RandomNormal(4, 6);
        var x = Sparse.Solve(p, v, b);
        var seed = Tensor.RandomNormal(5, 6);
        Tensor? dv = null, db = null;
        Sparse.Solve_Pullback(p, v, b, x, seed, ref dv, ref db);
        var a = Dense(p, v);
        var at = new double[6, 6];
        for (var i = 0; i < 6; i++) for (var j = 0; j < 6; j++) at[i, j] = a[j, i];
        var lambda = DenseSolve(at, seed.ToArray());
        var exact = DenseSolve(a, b.ToArray());
        var rows = p.RowOfEntries();
        var cols = p.ColumnOfEntries();
        for (var k = 0; k < p.Count; k++) Assert.Equal(-lambda[rows[k]] * exact[cols[k]], dv![k], 10);
        for (var k = 0; k < 6; k++) Assert.Equal(lambda[k], db![k], 10);
        // and finite differences with a step large enough to swamp CG's 1e-12 stopping error
        var h = 1e-4;
        for (var k = 0; k < p.Count; k++)
        {
            var plus = v.ToArray(); plus[k] += h;
            var minus = v.ToArray(); minus[k] -= h;
            var fd = (Tensor.Dot(seed, Sparse.Solve(p, T(plus), b)) - Tensor.Dot(seed, Sparse.Solve(p, T(minus), b))) / (2 * h);
            Assert.Equal(fd, dv![k], 6);
        }
    }

    [Fact]
    public void SolveFiniteDifferencesWithTheDefaultStepAreNoisy()
    {
        // Documenting: with h = 1e-6 the CG stopping error (relative residual 1e-12) is ~1e-12/h = 1e-6 of the derivative.
        var (p, v) = Spd(6);
        var b = Tensor.RandomNormal(4, 6);
        var x = Sparse.Solve(p, v, b);
        var seed = Tensor.RandomNormal(5, 6);
        Tensor? dv = null, db = null;
        Sparse.Solve_Pullback(p, v, b, x, seed, ref dv, ref db);
        var worst = 0.0;
        for (var k = 0; k < p.Count; k++)
        {
            var h = 1e-6;
            var plus = v.ToArray(); plus[k] += h;
            var minus = v.ToArray(); minus[k] -= h;
            var fd = (Tensor.Dot(seed, Sparse.Solve(p, T(plus), b)) - Tensor.Dot(seed, Sparse.Solve(p, T(minus), b))) / (2 * h);
            worst = Math.Max(worst, Math.Abs(fd - dv![k]));
        }
        // Characterization, not a defect: ~3e-7 absolute (~6e-4 relative to these entries); GradientChecker passes only
        // because its error is relative to max(1, |value|).
        Assert.True(worst < 1e-6, $"worst |FD - adjoint| = {worst:G3} at h = 1e-6");
    }

    [Fact]
    public void ShapeIsNotAWritableAliasOfOtherTensorsShapes()
    {
        var a = Tensor.Ones(2, 3);
        var b = Tensor.Exp(a);
        if (a.Shape is int[] raw)
        {
            raw[0] = 3;
            raw[1] = 2;
        }
        Assert.Equal(new[] { 2, 3 }, b.Shape.ToArray());
    }

    [Fact]
    public void SolveErrors()
    {
        // indefinite
        var (p, v) = SparsePattern.FromTriplets(2, 2, [0, 1], [0, 1], [1.0, -1.0]);
        Assert.Contains("positive definite", Assert.Throws<InvalidOperationException>(() => Sparse.Solve(p, v, T(0.3, 1))).Message);
        // singular (empty row)
        var (q, w) = SparsePattern.FromTriplets(2, 2, [0], [0], [1.0]);
        Assert.Throws<InvalidOperationException>(() => Sparse.Solve(q, w, T(1, 1)));
        // pᵀAp > 0 always but not symmetric: CG cannot converge -> must throw, not loop forever or return garbage
        var (r, rv) = SparsePattern.FromTriplets(2, 2, [0, 0, 1, 1], [0, 1, 0, 1], [1.0, 5.0, -5.0, 1.0]);
        var ex = Record.Exception(() =>
        {
            var x = Sparse.Solve(r, rv, T(1, 2));
            var back = Sparse.MatVec(r, rv, x);
            Assert.Equal(1.0, back[0], 8);
            Assert.Equal(2.0, back[1], 8);
        });
        if (ex is not null) Assert.IsType<InvalidOperationException>(ex);
        // zero right-hand side and 0x0
        Assert.Equal([0.0, 0.0], Sparse.Solve(p, Tensor.FromArray([1.0, 2.0], 2), T(0, 0)).ToArray());
        var (z, zv) = SparsePattern.FromTriplets(0, 0, [], [], []);
        AssertShape(Sparse.Solve(z, zv, Tensor.Zeros(0)), 0);
        // NaN right-hand side: the message should not blame positive definiteness
        var nan = Record.Exception(() => Sparse.Solve(p, Tensor.FromArray([1.0, 2.0], 2), T(double.NaN, 1)));
        Assert.True(nan is null || !nan.Message.Contains("not positive definite"), nan?.Message);
    }

    // ---------------------------------------------------------------- stencils

    private static double[] DenseLaplacian(double[] u, int n, int m, double h)
    {
        var r = new double[n * m];
        for (var i = 0; i < n; i++)
        for (var j = 0; j < m; j++)
        {
            double at(int a, int b) => a < 0 || a >= n || b < 0 || b >= m ? 0 : u[a * m + b];
            r[i * m + j] = (at(i - 1, j) + at(i + 1, j) + at(i, j - 1) + at(i, j + 1) - 4 * at(i, j)) / (h * h);
        }
        return r;
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(1, 5)]
    [InlineData(5, 1)]
    [InlineData(3, 4)]
    public void StencilsOnThinGrids(int n, int m)
    {
        var u = Tensor.RandomNormal(n * 10 + m, n, m);
        var kappa = Tensor.Random(n + m, n, m) + 0.5;
        var lap = Stencils.Laplacian(u, 0.5);
        Assert.Equal(DenseLaplacian(u.ToArray(), n, m, 0.5), lap.ToArray(), new Tolerance(1e-12));
        // Diffusion with κ ≡ 1 is the Laplacian
        var d = Stencils.Diffusion(Tensor.Ones(n, m), u, 0.5);
        Assert.Equal(lap.ToArray(), d.ToArray(), new Tolerance(1e-12));
        Passes(Stencils.Laplacian, u, 0.5);
        Passes(Stencils.Diffusion, kappa, u, 0.5);
    }

    [Fact]
    public void StencilErrors()
    {
        var e = Assert.Throws<TensorShapeException>(() => Stencils.Diffusion(Tensor.Ones(3, 4), Tensor.Ones(4, 3), 0.1));
        Assert.Contains("Diffusion", e.Message);
        Assert.Contains("[3, 4]", e.Message);
        Assert.Contains("[4, 3]", e.Message);
        Assert.Contains("Laplacian", Assert.Throws<TensorShapeException>(() => Stencils.Laplacian(Tensor.Ones(3), 0.1)).Message);
        Assert.Contains("Diffusion", Assert.Throws<TensorShapeException>(() => Stencils.Diffusion(Tensor.Ones(3), Tensor.Ones(3), 0.1)).Message);
        AssertShape(Stencils.Laplacian(Tensor.Zeros(0, 0), 1), 0, 0);
    }

    private sealed class Tolerance(double eps) : IEqualityComparer<double>
    {
        public bool Equals(double a, double b) => Math.Abs(a - b) <= eps * Math.Max(1, Math.Abs(a));
        public int GetHashCode(double obj) => 0;
    }

    // ---------------------------------------------------------------- layers

    [Fact]
    public void LayersShapesErrorsAndGradients()
    {
        var w1 = Tensor.RandomNormal(1, 5, 3);
        var b1 = Tensor.RandomNormal(2, 5);
        var w2 = Tensor.RandomNormal(3, 2, 5);
        var b2 = Tensor.RandomNormal(4, 2);
        var x = Tensor.RandomNormal(5, 3);
        var y = Layers.Dense(w1, b1, x);
        AssertShape(y, 5);
        Assert.Equal(Tensor.MatVec(w1, x)[2] + b1[2], y[2], 14);
        var o = Layers.Mlp(w1, b1, w2, b2, x);
        AssertShape(o, 2);
        Assert.Equal(Layers.Dense(w2, b2, Tensor.Tanh(Layers.Dense(w1, b1, x))).ToArray(), o.ToArray());
        Assert.Contains("weights [5, 3] (out × in) need an input of 3 features", Assert.Throws<TensorShapeException>(() => Layers.Dense(w1, b1, Tensor.Zeros(4))).Message);
        Assert.Contains("[4]", Assert.Throws<TensorShapeException>(() => Layers.Dense(w1, Tensor.Zeros(4), x)).Message);

        // pullback of Mlp against finite differences in w1 and the input
        var seed = Tensor.RandomNormal(6, 2);
        Tensor? dw1 = null, db1 = null, dw2 = null, db2 = null, dx = null;
        Layers.Mlp_Pullback(w1, b1, w2, b2, x, seed, ref dw1, ref db1, ref dw2, ref db2, ref dx);
        double F(Tensor a, Tensor xx) => Tensor.Dot(seed, Layers.Mlp(a, b1, w2, b2, xx));
        var h = 1e-6;
        for (var k = 0; k < 15; k++)
        {
            var p = w1.ToArray(); p[k] += h; var m = w1.ToArray(); m[k] -= h;
            Assert.Equal((F(Tensor.FromArray(p, 5, 3), x) - F(Tensor.FromArray(m, 5, 3), x)) / (2 * h), dw1!.ToArray()[k], 6);
        }
        for (var k = 0; k < 3; k++)
        {
            var p = x.ToArray(); p[k] += h; var m = x.ToArray(); m[k] -= h;
            Assert.Equal((F(w1, T(p)) - F(w1, T(m))) / (2 * h), dx!.ToArray()[k], 6);
        }
    }

    // ---------------------------------------------------------------- pool

    [Fact]
    public void DisposedTensorsAndDoubleDispose()
    {
        var t = Tensor.Ones(2, 40);
        t.Dispose();
        t.Dispose();
        Assert.Contains("[2, 40]", Assert.Throws<ObjectDisposedException>(() => Tensor.Exp(t)).Message);
        Assert.Contains("[2, 40]", Assert.Throws<ObjectDisposedException>(() => t[0, 0]).Message);
        Assert.Contains("[2, 40]", Assert.Throws<ObjectDisposedException>(() => Tensor.Sum(t)).Message);
        Assert.Equal("Tensor[2, 40] (disposed)", t.ToString());
        // a second tensor after a double dispose must not share storage with a third
        var u = Tensor.Zeros(80);
        var v = Tensor.Full(1, 80);
        Assert.Equal(0.0, u[5]);
        Assert.NotSame(u.Data, v.Data);
    }

    [Fact]
    public void ManyThreadsGetTheSameResults()
    {
        var a = Tensor.RandomNormal(1, 30, 30);
        var b = Tensor.RandomNormal(2, 30, 30);
        var expected = Tensor.Sum(Tensor.MatMul(Tensor.Tanh(a + b), a) * 2.0);
        var results = new double[64];
        Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
        {
            for (var k = 0; k < 20; k++)
            {
                using var s = a + b;
                using var t = Tensor.Tanh(s);
                using var m = Tensor.MatMul(t, a);
                using var q = m * 2.0;
                results[i] = Tensor.Sum(q);
            }
        });
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public async Task TensorsDisposedOnAnotherThreadAreSafe()
    {
        var list = Enumerable.Range(0, 50).Select(i => Tensor.Full(i, 100)).ToList();
        await Task.Run(() => { foreach (var t in list) t.Dispose(); });
        var fresh = Enumerable.Range(0, 50).Select(i => Tensor.Full(-i, 100)).ToList();
        for (var i = 0; i < 50; i++) Assert.Equal(-i, fresh[i][99]);
    }

    /// <summary>Managed bytes this thread allocates per call once warm (pooled storage is reused, not
    /// allocated): a count, not a timing.</summary>
    private static long Allocated(Action body, int warm = 10, int steps = 20)
    {
        for (var i = 0; i < warm; i++) body();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < steps; i++) body();
        return (GC.GetAllocatedBytesForCurrentThread() - before) / steps;
    }

    [Fact]
    public void ElementwiseTimeLoopAllocatesLittle()
    {
        var u = Tensor.Random(3, 32, 32);
        var per = Allocated(() =>
        {
            using var lap = Stencils.Laplacian(u, 0.1);
            using var scaled = 1e-3 * lap;
            using var next = u + scaled;
        });
        Assert.True(per < 2000, $"{per} bytes per step");
    }

    [Fact]
    public void DiffusionTimeLoopDoesNotAllocatePerNode()
    {
        var u = Tensor.Random(3, 32, 32);
        var k = Tensor.Random(4, 32, 32) + 1;
        var per = Allocated(() =>
        {
            using var d = Stencils.Diffusion(k, u, 0.1);
        });
        Assert.True(per < 2000, $"Stencils.Diffusion allocates {per} bytes per call on a 32×32 grid");
    }

    [Fact]
    public void SparseSolveTimeLoopDoesNotAllocateVectors()
    {
        var (p, v) = Spd(500);
        var b = Tensor.Random(1, 500);
        var per = Allocated(() =>
        {
            using var x = Sparse.Solve(p, v, b);
        });
        Assert.True(per < 2000, $"Sparse.Solve allocates {per} bytes per call for n = 500");
    }

    [Fact]
    public void RowsTakesPooledStorage()
    {
        var m = Tensor.Random(3, 100, 100);
        var per = Allocated(() =>
        {
            using var r = Tensor.Rows(m, 10, 50);
        });
        Assert.True(per < 2000, $"Tensor.Rows allocates {per} bytes per call");
    }

    // ---------------------------------------------------------------- rule hygiene

    public static IEnumerable<object[]> PrimitiveCalls()
    {
        var a = Tensor.RandomNormal(31, 2, 3);
        var b = Tensor.RandomNormal(32, 2, 3) + 3.0;
        var col = Tensor.RandomNormal(33, 2, 1) + 3.0;
        var pos = Tensor.Random(34, 2, 3) + 0.5;
        var sq = Tensor.RandomNormal(35, 3, 3);
        var vec = Tensor.RandomNormal(36, 3);
        var (p, v) = Spd(5);
        var bb = Tensor.RandomNormal(37, 5);
        var g = Tensor.RandomNormal(38, 3, 4);
        yield return ["op_Addition", Op("op_Addition", typeof(Tensor), typeof(Tensor)), new object?[] { a, col }];
        yield return ["op_Addition same", Op("op_Addition", typeof(Tensor), typeof(Tensor)), new object?[] { a, b }];
        yield return ["op_Subtraction", Op("op_Subtraction", typeof(Tensor), typeof(Tensor)), new object?[] { a, b }];
        yield return ["op_Subtraction bc", Op("op_Subtraction", typeof(Tensor), typeof(Tensor)), new object?[] { col, a }];
        yield return ["op_Multiply", Op("op_Multiply", typeof(Tensor), typeof(Tensor)), new object?[] { a, col }];
        yield return ["op_Division", Op("op_Division", typeof(Tensor), typeof(Tensor)), new object?[] { a, b }];
        yield return ["op_Addition ts", Op("op_Addition", typeof(Tensor), typeof(double)), new object?[] { a, 1.5 }];
        yield return ["op_Subtraction st", Op("op_Subtraction", typeof(double), typeof(Tensor)), new object?[] { 1.5, a }];
        yield return ["op_Division st", Op("op_Division", typeof(double), typeof(Tensor)), new object?[] { 1.5, b }];
        yield return ["op_Multiply ts", Op("op_Multiply", typeof(Tensor), typeof(double)), new object?[] { a, 1.5 }];
        yield return ["op_UnaryNegation", Op("op_UnaryNegation", typeof(Tensor)), new object?[] { a }];
        foreach (var f in new[] { "Exp", "Sin", "Cos", "Tanh", "Abs", "Relu", "Sigmoid", "Log", "Sqrt" })
            yield return [f, Op(f, typeof(Tensor)), new object?[] { pos }];
        yield return ["Pow", Op("Pow", typeof(Tensor), typeof(double)), new object?[] { pos, 2.5 }];
        foreach (var f in new[] { "Sum", "Mean", "SumOfSquares", "Norm", "Max" })
            yield return [f, Op(f, typeof(Tensor)), new object?[] { a }];
        yield return ["Dot", Op("Dot", typeof(Tensor), typeof(Tensor)), new object?[] { a, b }];
        yield return ["MatMul", Op("MatMul", typeof(Tensor), typeof(Tensor)), new object?[] { a, sq }];
        yield return ["MatVec", Op("MatVec", typeof(Tensor), typeof(Tensor)), new object?[] { sq, vec }];
        yield return ["Transpose", Op("Transpose", typeof(Tensor)), new object?[] { a }];
        yield return ["Rows", Op("Rows", typeof(Tensor), typeof(int), typeof(int)), new object?[] { g, 1, 2 }];
        yield return ["Columns", Op("Columns", typeof(Tensor), typeof(int), typeof(int)), new object?[] { g, 1, 2 }];
        yield return ["Block", Op("Block", typeof(Tensor), typeof(int), typeof(int), typeof(int), typeof(int)), new object?[] { g, 1, 1, 2, 2 }];
        yield return ["Reshape", Op("Reshape", typeof(Tensor), typeof(int), typeof(int)), new object?[] { a, 3, 2 }];
        yield return ["Concat", Op("Concat", typeof(int), typeof(Tensor), typeof(Tensor)), new object?[] { 1, a, col }];
        yield return ["Stack", Op("Stack", typeof(Tensor), typeof(Tensor)), new object?[] { a, b }];
        yield return ["Pad", Op("Pad", typeof(Tensor), typeof(int), typeof(int), typeof(int), typeof(int), typeof(double)), new object?[] { a, 1, 0, 0, 1, 0.5 }];
        yield return ["Laplacian", typeof(Stencils).GetMethod("Laplacian")!, new object?[] { g, 0.3 }];
        yield return ["Diffusion", typeof(Stencils).GetMethod("Diffusion")!, new object?[] { g + 5.0, g, 0.3 }];
        yield return ["Sparse.MatVec", typeof(Sparse).GetMethod("MatVec")!, new object?[] { p, v, bb }];
        yield return ["Sparse.TransposeMatVec", typeof(Sparse).GetMethod("TransposeMatVec")!, new object?[] { p, v, bb }];
        yield return ["Sparse.Solve", typeof(Sparse).GetMethod("Solve")!, new object?[] { p, v, bb }];
    }

    private static bool Differentiable(ParameterInfo p)
        => (p.ParameterType == typeof(Tensor) || p.ParameterType == typeof(double)) && p.GetCustomAttribute<NoDerivativeAttribute>() is null;

    [Theory]
    [MemberData(nameof(PrimitiveCalls))]
    public void PullbacksLeaveSeedInputsAndResultUnchangedAndOwnTheirAdjoints(string name, MethodInfo method, object?[] args)
    {
        var attribute = method.GetCustomAttribute<PrimitiveAttribute>()!;
        var parameters = method.GetParameters();
        var result = method.Invoke(null, args)!;
        object seed = result is Tensor r ? Tensor.RandomNormal(99, r.Shape.ToArray()) : 0.7;
        var snapshots = args.Append(result).Append(seed).Select(o => o is Tensor t ? t.ToArray() : null).ToArray();
        var pullTypes = parameters.Select(p => p.ParameterType).Append(method.ReturnType).Append(method.ReturnType)
            .Concat(parameters.Where(Differentiable).Select(p => p.ParameterType.MakeByRefType())).ToArray();
        var pullback = method.DeclaringType!.GetMethod(attribute.Pullback, BindingFlags.Public | BindingFlags.Static, pullTypes)!;
        Assert.NotNull(pullback);

        for (var round = 0; round < 2; round++)
        {
            var call = args.Append(result).Append(seed).ToList();
            var firstAdjoint = call.Count;
            var existing = new List<object?>();
            foreach (var p in parameters.Where(Differentiable))
            {
                var index = Array.IndexOf(parameters, p);
                object? initial = p.ParameterType == typeof(double) ? 0.25
                    : round == 0 ? null : Tensor.Full(0.25, ((Tensor)args[index]!).Shape.ToArray());
                existing.Add(initial);
                call.Add(initial);
            }
            var array = call.ToArray();
            pullback.Invoke(null, array);
            var all = args.Append(result).Append(seed).ToArray();
            for (var i = 0; i < all.Length; i++)
            {
                if (all[i] is Tensor t) Assert.True(snapshots[i]!.SequenceEqual(t.ToArray()), $"{name}: pullback changed argument/result/seed #{i}");
            }
            var k = 0;
            foreach (var p in parameters.Where(Differentiable))
            {
                var adjoint = array[firstAdjoint + k];
                var initial = existing[k++];
                if (p.ParameterType != typeof(Tensor)) continue;
                var input = (Tensor)args[Array.IndexOf(parameters, p)]!;
                Assert.NotNull(adjoint);
                var at = (Tensor)adjoint!;
                Assert.True(at.HasShape(input.Shape), $"{name}: adjoint of {p.Name} has shape {string.Join(",", at.Shape)}");
                foreach (var other in all) Assert.False(ReferenceEquals(other, at), $"{name}: adjoint of {p.Name} aliases an argument/result/seed");
                for (var j = 0; j < k - 1; j++) Assert.False(ReferenceEquals(array[firstAdjoint + j], at), $"{name}: two adjoints alias");
                Assert.False(at.IsDisposed, $"{name}: adjoint of {p.Name} disposed");
            }
        }
    }

    [Theory]
    [MemberData(nameof(PrimitiveCalls))]
    public void TangentsLeaveInputsUnchanged(string name, MethodInfo method, object?[] args)
    {
        var attribute = method.GetCustomAttribute<PrimitiveAttribute>()!;
        var parameters = method.GetParameters();
        var result = method.Invoke(null, args)!;
        var call = new List<object?>();
        var tangents = new List<Tensor>();
        for (var i = 0; i < parameters.Length; i++)
        {
            call.Add(args[i]);
            if (!Differentiable(parameters[i])) continue;
            if (parameters[i].ParameterType == typeof(double)) call.Add(0.3);
            else
            {
                var t = Tensor.RandomNormal(40 + i, ((Tensor)args[i]!).Shape.ToArray());
                tangents.Add(t);
                call.Add(t);
            }
        }
        call.Add(result);
        var types = call.Select((o, i) => i == call.Count - 1 ? method.ReturnType : null).ToArray();
        var tangentTypes = parameters.SelectMany(p => Differentiable(p) ? new[] { p.ParameterType, p.ParameterType } : new[] { p.ParameterType }).Append(method.ReturnType).ToArray();
        var tangent = method.DeclaringType!.GetMethod(attribute.Tangent, BindingFlags.Public | BindingFlags.Static, tangentTypes)!;
        var snaps = args.Append(result).Concat(tangents).Select(o => o is Tensor t ? t.ToArray() : null).ToArray();
        var output = tangent.Invoke(null, call.ToArray());
        var all = args.Append(result).Concat(tangents).ToArray();
        for (var i = 0; i < all.Length; i++)
        {
            if (all[i] is Tensor t) Assert.True(snaps[i]!.SequenceEqual(t.ToArray()), $"{name}: tangent changed input #{i}");
        }
        if (output is Tensor o && result is Tensor res) Assert.True(o.HasShape(res.Shape), $"{name}: tangent shape {string.Join(",", o.Shape)}");
        _ = types;
    }
}
