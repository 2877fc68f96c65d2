namespace Adcme.Tests;

/// <summary>The tensor runtime against known values (the operations' derivatives come with the generator's
/// tensor support).</summary>
public class TensorTests
{
    private static Tensor T(double[] data, params int[] shape) => Tensor.FromArray(data, shape);

    [Fact]
    public void CreationAndShape()
    {
        var t = T([1, 2, 3, 4, 5, 6], 2, 3);
        Assert.Equal([2, 3], t.Shape);
        Assert.Equal(6, t.Length);
        Assert.Equal(2, t.Rank);
        Assert.Equal(6.0, t[1, 2]);
        Assert.Equal(new double[6], Tensor.Zeros(2, 3).ToArray());
        Assert.Equal([1.0, 1.0], Tensor.Ones(2).ToArray());
        Assert.Equal([2.5, 2.5, 2.5], Tensor.Full(2.5, 3).ToArray());
        Assert.Equal([0.0, 0.25, 0.5, 0.75, 1.0], Tensor.Linspace(0, 1, 5).ToArray());
        Assert.Equal(Tensor.Random(7, 4).ToArray(), Tensor.Random(7, 4).ToArray());
        Assert.NotEqual(Tensor.Random(7, 4).ToArray(), Tensor.Random(8, 4).ToArray());
        Assert.Equal(3.5, Tensor.Scalar(3.5).ToScalar());
        Assert.Empty(Tensor.Scalar(3.5).Shape);
    }

    [Fact]
    public void FromArrayCopiesItsInput()
    {
        var data = new double[] { 1, 2 };
        var t = Tensor.FromArray(data, 2);
        data[0] = 100;
        Assert.Equal(1.0, t[0]);
        var copy = t.ToArray();
        copy[1] = 100;
        Assert.Equal(2.0, t[1]);
    }

    [Fact]
    public void ArithmeticSameShapeAndScalars()
    {
        var a = T([1, 2, 3], 3);
        var b = T([4, 5, 6], 3);
        Assert.Equal([5.0, 7, 9], (a + b).ToArray());
        Assert.Equal([-3.0, -3, -3], (a - b).ToArray());
        Assert.Equal([4.0, 10, 18], (a * b).ToArray());
        Assert.Equal([0.25, 0.4, 0.5], (a / b).ToArray());
        Assert.Equal([3.0, 4, 5], (a + 2).ToArray());
        Assert.Equal([1.0, 0, -1], (2 - a).ToArray());
        Assert.Equal([-1.0, 0, 1], (a - 2).ToArray());
        Assert.Equal([2.0, 4, 6], (2 * a).ToArray());
        Assert.Equal([6.0, 3, 2], (6 / a).ToArray());
        Assert.Equal([0.5, 1, 1.5], (a / 2).ToArray());
        Assert.Equal([-1.0, -2, -3], (-a).ToArray());
    }

    [Fact]
    public void BroadcastingFollowsNumPy()
    {
        var m = T([1, 2, 3, 4, 5, 6], 2, 3);
        var row = T([10, 20, 30], 3);
        var column = T([100, 200], 2, 1);
        Assert.Equal([11.0, 22, 33, 14, 25, 36], (m + row).ToArray());
        Assert.Equal([101.0, 102, 103, 204, 205, 206], (m + column).ToArray());
        var outer = column * T([1, 2, 3], 1, 3);
        Assert.Equal([2, 3], outer.Shape);
        Assert.Equal([100.0, 200, 300, 200, 400, 600], outer.ToArray());
        Assert.Equal([0.9, 1.8, 2.7, 3.6, 4.5, 5.4], (m * T([0.9], 1)).ToArray(), new ToleranceComparer(1e-15));
    }

    [Fact]
    public void ShapeMismatchNamesTheOperationAndBothShapes()
    {
        var e = Assert.Throws<TensorShapeException>(() => T([1, 2, 3, 4, 5, 6], 2, 3) + T([1, 2], 2));
        Assert.Contains("Add", e.Message, StringComparison.Ordinal);
        Assert.Contains("[2, 3]", e.Message, StringComparison.Ordinal);
        Assert.Contains("[2]", e.Message, StringComparison.Ordinal);
        var m = Assert.Throws<TensorShapeException>(() => Tensor.MatMul(Tensor.Zeros(2, 3), Tensor.Zeros(2, 3)));
        Assert.Contains("MatMul: shapes [2, 3] and [2, 3]", m.Message, StringComparison.Ordinal);
        Assert.Throws<TensorShapeException>(() => Tensor.FromArray([1, 2, 3], 2, 2));
        Assert.Throws<TensorShapeException>(() => Tensor.Zeros(1, 1, 1, 1, 1));
    }

    [Fact]
    public void SumToShapeIsTheAdjointOfBroadcasting()
    {
        var g = T([1, 2, 3, 4, 5, 6], 2, 3);
        Assert.Equal([5.0, 7, 9], Tensor.SumToShape(g, [3]).ToArray());
        Assert.Equal([6.0, 15], Tensor.SumToShape(g, [2, 1]).ToArray());
        Assert.Equal([21.0], Tensor.SumToShape(g, [1]).ToArray());
        // ⟨broadcast(x), g⟩ = ⟨x, SumToShape(g)⟩
        var x = T([0.5, -1, 2], 3);
        var broadcast = x + Tensor.Zeros(2, 3);
        Assert.Equal(Tensor.Dot(broadcast, g), Tensor.Dot(x, Tensor.SumToShape(g, [3])), 12);
    }

    [Fact]
    public void ElementwiseFunctions()
    {
        var x = T([-1, 0.5, 2], 3);
        var c = new ToleranceComparer(1e-14);
        Assert.Equal(x.ToArray().Select(Math.Exp), Tensor.Exp(x).ToArray(), c);
        Assert.Equal(x.ToArray().Select(Math.Sin), Tensor.Sin(x).ToArray(), c);
        Assert.Equal(x.ToArray().Select(Math.Cos), Tensor.Cos(x).ToArray(), c);
        Assert.Equal(x.ToArray().Select(Math.Tanh), Tensor.Tanh(x).ToArray(), c);
        Assert.Equal(x.ToArray().Select(v => Math.Abs(v)), Tensor.Abs(x).ToArray(), c);
        Assert.Equal([0.0, 0.5, 2], Tensor.Relu(x).ToArray());
        Assert.Equal(x.ToArray().Select(v => 1 / (1 + Math.Exp(-v))), Tensor.Sigmoid(x).ToArray(), c);
        var p = T([0.25, 4, 9], 3);
        Assert.Equal([0.5, 2, 3], Tensor.Sqrt(p).ToArray(), c);
        Assert.Equal(p.ToArray().Select(v => Math.Log(v)), Tensor.Log(p).ToArray(), c);
        Assert.Equal([0.015625, 64, 729], Tensor.Pow(p, 3).ToArray(), c);
    }

    [Fact]
    public void Reductions()
    {
        var x = T([3, -4, 1, 2], 2, 2);
        Assert.Equal(2.0, Tensor.Sum(x));
        Assert.Equal(0.5, Tensor.Mean(x));
        Assert.Equal(30.0, Tensor.SumOfSquares(x));
        Assert.Equal(Math.Sqrt(30), Tensor.Norm(x), 14);
        Assert.Equal(3.0, Tensor.Max(x));
        Assert.Equal(0, Tensor.ArgMax(x));
        Assert.Equal(3 * 1 - 4 * 2 + 1 * 3 + 2 * 4, Tensor.Dot(x, T([1, 2, 3, 4], 2, 2)));
    }

    [Fact]
    public void LinearAlgebra()
    {
        var a = T([1, 2, 3, 4, 5, 6], 2, 3);
        var b = T([7, 8, 9, 10, 11, 12], 3, 2);
        Assert.Equal([58.0, 64, 139, 154], Tensor.MatMul(a, b).ToArray());
        Assert.Equal([2, 2], Tensor.MatMul(a, b).Shape);
        Assert.Equal([14.0, 32], Tensor.MatVec(a, T([1, 2, 3], 3)).ToArray());
        var at = Tensor.Transpose(a);
        Assert.Equal([3, 2], at.Shape);
        Assert.Equal([1.0, 4, 2, 5, 3, 6], at.ToArray());
    }

    [Fact]
    public void ShapingOperations()
    {
        var a = T([1, 2, 3, 4, 5, 6], 2, 3);
        Assert.Equal([3, 2], Tensor.Reshape(a, 3, 2).Shape);
        Assert.Equal([4.0, 5, 6], Tensor.Rows(a, 1, 1).ToArray());
        Assert.Equal([2.0, 3, 5, 6], Tensor.Columns(a, 1, 2).ToArray());
        Assert.Equal([5.0, 6], Tensor.Block(a, 1, 1, 1, 2).ToArray());
        Assert.Equal([1.0, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6], Tensor.Concat(0, a, a).ToArray());
        var wide = Tensor.Concat(1, a, T([7, 8], 2, 1));
        Assert.Equal([2, 4], wide.Shape);
        Assert.Equal([1.0, 2, 3, 7, 4, 5, 6, 8], wide.ToArray());
        var stacked = Tensor.Stack(T([1, 2], 2), T([3, 4], 2));
        Assert.Equal([2, 2], stacked.Shape);
        Assert.Equal([1.0, 2, 3, 4], stacked.ToArray());
        var padded = Tensor.Pad(T([1, 2, 3, 4], 2, 2), [1, 0], [0, 1]);
        Assert.Equal([3, 3], padded.Shape);
        Assert.Equal([0.0, 0, 0, 1, 2, 0, 3, 4, 0], padded.ToArray());
        Assert.Equal([9.0, 5, 6, 9], Tensor.Pad(T([5, 6], 2), [1], [1], 9).ToArray());
        Assert.Throws<TensorShapeException>(() => Tensor.Reshape(a, 4, 2));
        Assert.Throws<TensorShapeException>(() => Tensor.Rows(a, 1, 2));
        Assert.Throws<TensorShapeException>(() => Tensor.Concat(1, a, T([1, 2], 2)));
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance * Math.Max(1, Math.Abs(x));

        public int GetHashCode(double obj) => 0;
    }
}
