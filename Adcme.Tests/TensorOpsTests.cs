using Adcme.Checking;
using Adcme.Tests.Cases;

namespace Adcme.Tests;

/// <summary>Maximum, Minimum, Clamp, Where and Roll: values, rules (finite differences and the dot-product test),
/// ties, errors, and their use in differentiable code.</summary>
public class TensorOpsTests
{
    private static readonly Tensor A = Tensor.FromArray([0.3, -1.2, 0.8, 1.5, -0.4, 2.1], 2, 3);
    private static readonly Tensor B = Tensor.FromArray([1.1, 0.7, -0.9, 0.6, 1.3, -1.4], 2, 3);
    private static readonly Tensor Row = Tensor.FromArray([0.5, -0.25, 2.0], 3);
    private static readonly Tensor Column = Tensor.FromArray([1.5, -0.5], 2, 1);
    private static readonly Tensor Mask = Tensor.FromArray([1, 0, 0, 2, 0, -1], 2, 3);

    private static void Passes(Delegate primitive, params object?[] arguments)
    {
        var report = GradientChecker.CheckPrimitive(primitive, arguments);
        Assert.True(report.Passed, report.ToString());
        Assert.Contains(report.FiniteDifference, v => v != 0);
    }

    // Values.

    [Fact]
    public void RollMatchesNumPy()
    {
        // np.roll([0, 1, 2, 3, 4], 2) = [3, 4, 0, 1, 2]
        var x = Tensor.FromArray([0, 1, 2, 3, 4], 5);
        Assert.Equal(new double[] { 3, 4, 0, 1, 2 }, Tensor.Roll(x, 2, 0).ToArray());
        Assert.Equal(new double[] { 1, 2, 3, 4, 0 }, Tensor.Roll(x, -1, 0).ToArray());
        Assert.Equal(new double[] { 3, 4, 0, 1, 2 }, Tensor.Roll(x, 12, -1).ToArray());     // 12 mod 5 = 2
        Assert.Equal(new double[] { 1, 2, 3, 4, 0 }, Tensor.Roll(x, -11, 0).ToArray());    // −11 mod 5 = 4
        Assert.Equal(x.ToArray(), Tensor.Roll(x, 0, 0).ToArray());
        Assert.Equal(new double[] { 2, 3, 4, 0, 1 }, Tensor.Roll(x, int.MinValue + 1, 0).ToArray()); // (−2³¹ + 1) mod 5 = 3
        // np.roll([[0, 1, 2], [3, 4, 5]], -1, axis=1) = [[1, 2, 0], [4, 5, 3]]
        var m = Tensor.FromArray([0, 1, 2, 3, 4, 5], 2, 3);
        Assert.Equal(new double[] { 1, 2, 0, 4, 5, 3 }, Tensor.Roll(m, -1, 1).ToArray());
        Assert.Equal(new double[] { 1, 2, 0, 4, 5, 3 }, Tensor.Roll(m, -1, -1).ToArray());
        // np.roll(m, 1, axis=0) = [[3, 4, 5], [0, 1, 2]]
        Assert.Equal(new double[] { 3, 4, 5, 0, 1, 2 }, Tensor.Roll(m, 1, 0).ToArray());
        Assert.Equal(new[] { 2, 3 }, Tensor.Roll(m, 1, 0).Shape.ToArray());
    }

    [Fact]
    public void MaximumMinimumClampWhereValues()
    {
        Assert.Equal(new double[] { 1.1, 0.7, 0.8, 1.5, 1.3, 2.1 }, Tensor.Maximum(A, B).ToArray());
        Assert.Equal(new double[] { 0.3, -1.2, -0.9, 0.6, -0.4, -1.4 }, Tensor.Minimum(A, B).ToArray());
        // Broadcasting as the operators: a row against a matrix.
        Assert.Equal(new double[] { 0.5, -0.25, 2.0, 1.5, -0.25, 2.1 }, Tensor.Maximum(A, Row).ToArray());
        Assert.Equal(new double[] { 0.3, -1.0, 0.8, 1.5, -0.4, 2.0 }, Tensor.Clamp(A, -1.0, 2.0).ToArray());
        Assert.Equal(new double[] { 0.3, 0.7, -0.9, 1.5, 1.3, 2.1 }, Tensor.Where(Mask, A, B).ToArray());
        // A broadcast condition picks whole columns.
        var columns = Tensor.FromArray([1, 0, 1], 3);
        Assert.Equal(new double[] { 0.3, 0.7, 0.8, 1.5, 1.3, 2.1 }, Tensor.Where(columns, A, B).ToArray());
        // A NaN condition counts as nonzero.
        Assert.Equal(new double[] { 0.3 }, Tensor.Where(Tensor.FromArray([double.NaN], 1), Tensor.FromArray([0.3], 1), Tensor.FromArray([9.0], 1)).ToArray());
    }

    [Fact]
    public void NaNBehavesAsSystemMath()
    {
        var x = Tensor.FromArray([double.NaN, 1.0, double.NaN, -0.0], 4);
        var y = Tensor.FromArray([2.0, double.NaN, double.NaN, 0.0], 4);
        var max = Tensor.Maximum(x, y).ToArray();
        var min = Tensor.Minimum(x, y).ToArray();
        var clamp = Tensor.Clamp(x, -1, 1).ToArray();
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(Math.Max(x[i], y[i])), BitConverter.DoubleToInt64Bits(max[i]));
            Assert.Equal(BitConverter.DoubleToInt64Bits(Math.Min(x[i], y[i])), BitConverter.DoubleToInt64Bits(min[i]));
            Assert.Equal(BitConverter.DoubleToInt64Bits(Math.Clamp(x[i], -1, 1)), BitConverter.DoubleToInt64Bits(clamp[i]));
        }
        Assert.True(double.IsNaN(max[0]) && double.IsNaN(max[1]) && double.IsNaN(min[0]));
    }

    // Rules.

    [Fact]
    public void MaximumAndMinimumRules()
    {
        foreach (var f in new Func<Tensor, Tensor, Tensor>[] { Tensor.Maximum, Tensor.Minimum })
        {
            Passes(f, A, B);
            Passes(f, A, Row);      // broadcast rows: the row's adjoint is summed
            Passes(f, Column, B);   // broadcast columns
        }
    }

    [Fact]
    public void ClampRule()
    {
        // Elements inside, below and above, none within the finite-difference step of a bound.
        Passes(Tensor.Clamp, A, -1.0, 1.0);
        Passes(Tensor.Clamp, A, 0.5, 0.9);
    }

    [Fact]
    public void WhereRule()
    {
        Passes(Tensor.Where, Mask, A, B);
        Passes(Tensor.Where, Mask, A, Row);
        Passes(Tensor.Where, Tensor.FromArray([0, 1, 1], 3), Column, B);
    }

    [Fact]
    public void RollRule()
    {
        var x = Tensor.RandomNormal(31, 2, 3, 4);
        Passes(Tensor.Roll, x, 1, 2);
        Passes(Tensor.Roll, x, -5, -1);
        Passes(Tensor.Roll, x, 7, 1);
        Passes(Tensor.Roll, x, 1, 0);
        Passes(Tensor.Roll, Tensor.RandomNormal(32, 5), 2, 0);
    }

    // Ties and bounds.

    [Fact]
    public void TiesGoToTheFirstArgument()
    {
        var a = Tensor.FromArray([0.5, -1.0, 2.0], 3);
        var seed = Tensor.FromArray([1.0, 2.0, 3.0], 3);
        foreach (var (pullback, name) in new (Action<Tensor, Tensor, Tensor, Tensor, Tensor?[]>, string)[]
        {
            ((x, y, r, s, d) => Tensor.Maximum_Pullback(x, y, r, s, ref d[0], ref d[1]), "Maximum"),
            ((x, y, r, s, d) => Tensor.Minimum_Pullback(x, y, r, s, ref d[0], ref d[1]), "Minimum"),
        })
        {
            var adjoints = new Tensor?[2];
            pullback(a, Tensor.Copy(a), a, seed, adjoints);
            Assert.Equal(seed.ToArray(), adjoints[0]!.ToArray());
            Assert.All(adjoints[1]!.ToArray(), v => Assert.Equal(0.0, v));
        }
        // Maximum(a, a) differentiates as a: the whole seed, once.
        Assert.Equal(new double[] { 1, 0, 0 }, Tensor.Maximum_Tangent(a, Tensor.FromArray([1, 0, 0], 3), a, null, a)!.ToArray());
        Assert.Equal(new double[] { 0, 0, 0 }, Tensor.Maximum_Tangent(a, null, a, Tensor.FromArray([1, 0, 0], 3), a)!.ToArray());
        // In differentiable code Maximum(x, x) and Minimum(x, x) are x: the seed reaches x once, through the first argument.
        var ones = Enumerable.Repeat(1.0, 3);
        TensorOpsCases.Tied_Gradient(a, out var dA);
        Assert.Equal(ones.Select(v => 2 * v), dA.ToArray());
        GradientAssert.Passes(TensorOpsCases.Tied, a);
        // With y an equal copy: Sum(Maximum(x, y)·x) gives 2x to x, nothing to y.
        TensorOpsCases.MaxMin_Gradient(a, Tensor.Copy(a), Tensor.Full(-10.0, 3), out var dX, out var dY, out _);
        Assert.Equal(a.ToArray().Select(v => 2 * v), dX.ToArray());
        Assert.All(dY.ToArray(), v => Assert.Equal(0.0, v));
    }

    [Fact]
    public void ClampBoundsCountAsInside()
    {
        var x = Tensor.FromArray([-1.0, 0.0, 1.0, -2.0, 3.0], 5);
        var seed = Tensor.FromArray([1.0, 10.0, 100.0, 1000.0, 10000.0], 5);
        Tensor? dX = null;
        double dLo = 0, dHi = 0;
        Tensor.Clamp_Pullback(x, -1.0, 1.0, Tensor.Clamp(x, -1.0, 1.0), seed, ref dX, ref dLo, ref dHi);
        Assert.Equal(new double[] { 1, 10, 100, 0, 0 }, dX!.ToArray());
        Assert.Equal(1000.0, dLo);
        Assert.Equal(10000.0, dHi);
        // lo = hi: every element is the bound; x = lo counts as inside.
        dX = null; dLo = 0; dHi = 0;
        Tensor.Clamp_Pullback(x, 0.0, 0.0, Tensor.Clamp(x, 0.0, 0.0), seed, ref dX, ref dLo, ref dHi);
        Assert.Equal(new double[] { 0, 10, 0, 0, 0 }, dX!.ToArray());
        Assert.Equal(1000.0 + 1.0, dLo);
        Assert.Equal(10000.0 + 100.0, dHi);
    }

    // Errors.

    [Fact]
    public void BadInputsNameTheOpAndShapes()
    {
        var shape = Assert.Throws<TensorShapeException>(() => Tensor.Maximum(Tensor.Zeros(2, 3), Tensor.Zeros(4)));
        Assert.Contains("Maximum", shape.Message);
        Assert.Contains("[2, 3]", shape.Message);
        Assert.Contains("[4]", shape.Message);
        Assert.Contains("Minimum", Assert.Throws<TensorShapeException>(() => Tensor.Minimum(Tensor.Zeros(2), Tensor.Zeros(3))).Message);
        var where = Assert.Throws<TensorShapeException>(() => Tensor.Where(Tensor.Zeros(2, 3), Tensor.Zeros(2, 3), Tensor.Zeros(2)));
        Assert.Contains("Where", where.Message);
        Assert.Contains("[2, 3]", where.Message);
        Assert.Contains("[2]", where.Message);
        var axis = Assert.Throws<TensorShapeException>(() => Tensor.Roll(Tensor.Zeros(2, 3), 1, 2));
        Assert.Contains("Roll", axis.Message);
        Assert.Contains("axis 2", axis.Message);
        Assert.Contains("[2, 3]", axis.Message);
        Assert.Contains("axis -3", Assert.Throws<TensorShapeException>(() => Tensor.Roll(Tensor.Zeros(2, 3), 1, -3)).Message);
        var bounds = Assert.Throws<ArgumentException>(() => Tensor.Clamp(Tensor.Zeros(2, 3), 1.0, -1.0));
        Assert.Contains("Clamp", bounds.Message);
        Assert.Contains("[2, 3]", bounds.Message);
    }

    // Differentiable code.

    [Fact]
    public void MaxMinCase() => GradientAssert.Passes(TensorOpsCases.MaxMin, A, B, Row);

    [Fact]
    public void ClampedCase()
    {
        GradientAssert.Passes(TensorOpsCases.Clamped, A, -1.0, 1.5);
        TensorOpsCases.Clamped_Gradient(A, -1.0, 1.5, out _, out var dLo, out var dHi);
        // 1.5·A = [0.45, −1.8, 1.2, 2.25, −0.6, 3.15]: one element at lo, two at hi; plus ∂(lo·hi).
        Assert.Equal(2 * -1.0 + 1.5, dLo, 12);
        Assert.Equal(2 * 1.5 * 2 + -1.0, dHi, 12);
    }

    [Fact]
    public void SelectedCase() => GradientAssert.Passes(TensorOpsCases.Selected, Mask, A, Row);

    [Fact]
    public void PeriodicLaplacianCase()
    {
        GradientAssert.Passes(TensorOpsCases.PeriodicLaplacian, A, B);
        GradientAssert.Passes(TensorOpsCases.PeriodicLaplacian, Tensor.RandomNormal(41, 2, 3), Tensor.RandomNormal(42, 2, 3));
    }
}
