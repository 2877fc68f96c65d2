using System.Reflection;
using Adcme.Checking;

namespace Adcme.Tests;

/// <summary>Every tensor primitive's hand-written rules against finite differences and the dot-product test.</summary>
public class TensorRuleTests
{
    private static readonly Tensor A = Tensor.FromArray([0.3, -1.2, 0.8, 1.5, -0.4, 2.1], 2, 3);
    private static readonly Tensor B = Tensor.FromArray([1.1, 0.7, -0.9, 0.6, 1.3, -1.4], 2, 3);
    private static readonly Tensor Positive = Tensor.FromArray([0.3, 1.2, 0.8, 1.5, 0.4, 2.1], 2, 3);
    private static readonly Tensor Row = Tensor.FromArray([0.5, -0.25, 2.0], 3);
    private static readonly Tensor Column = Tensor.FromArray([1.5, -0.5], 2, 1);

    private static void Passes(MethodInfo primitive, params object?[] arguments)
    {
        var report = GradientChecker.CheckPrimitive(primitive, arguments);
        Assert.True(report.Passed, report.ToString());
        Assert.Contains(report.FiniteDifference, v => v != 0);
    }

    private static void Passes(Delegate primitive, params object?[] arguments) => Passes(primitive.Method, arguments);

    private static MethodInfo Operator(string name, params Type[] types) => typeof(Tensor).GetMethod(name, types)!;

    public static TheoryData<string> BinaryOperators() => new() { "op_Addition", "op_Subtraction", "op_Multiply", "op_Division" };

    [Theory]
    [MemberData(nameof(BinaryOperators))]
    public void OperatorsBetweenTensors(string name)
    {
        var op = Operator(name, typeof(Tensor), typeof(Tensor));
        Passes(op, A, B);
        Passes(op, A, Row);      // broadcast rows
        Passes(op, Column, B);   // broadcast columns
    }

    [Theory]
    [MemberData(nameof(BinaryOperators))]
    public void OperatorsWithScalars(string name)
    {
        Passes(Operator(name, typeof(Tensor), typeof(double)), A, 1.7);
        Passes(Operator(name, typeof(double), typeof(Tensor)), -0.6, B);
    }

    [Fact]
    public void Negation() => Passes(Operator("op_UnaryNegation", typeof(Tensor)), A);

    [Fact]
    public void ElementwiseFunctions()
    {
        foreach (var f in new Func<Tensor, Tensor>[] { Tensor.Exp, Tensor.Sin, Tensor.Cos, Tensor.Tanh, Tensor.Abs, Tensor.Relu, Tensor.Sigmoid }) Passes(f, A);
        Passes(Tensor.Log, Positive);
        Passes(Tensor.Sqrt, Positive);
        Passes(Tensor.Pow, Positive, 2.5);
    }

    [Fact]
    public void Reductions()
    {
        foreach (var f in new Func<Tensor, double>[] { Tensor.Sum, Tensor.Mean, Tensor.SumOfSquares, Tensor.Norm, Tensor.Max }) Passes(f, A);
        Passes(Tensor.Dot, A, B);
    }

    [Fact]
    public void LinearAlgebra()
    {
        Passes(Tensor.MatMul, A, Tensor.Transpose(B));
        Passes(Tensor.MatVec, A, Row);
        Passes(Tensor.Transpose, A);
    }

    [Fact]
    public void Slicing()
    {
        var big = Tensor.RandomNormal(11, 4, 5);
        Passes(Tensor.Rows, big, 1, 2);
        Passes(Tensor.Columns, big, 2, 3);
        Passes(Tensor.Block, big, 1, 1, 3, 2);
    }

    [Fact]
    public void ReshapeConcatStack()
    {
        var x = Tensor.RandomNormal(12, 2, 6);
        var y = Tensor.RandomNormal(13, 2, 6);
        var z = Tensor.RandomNormal(14, 2, 6);
        Passes((Func<Tensor, int, Tensor>)Tensor.Reshape, x, 12);
        Passes((Func<Tensor, int, int, Tensor>)Tensor.Reshape, x, 3, 4);
        Passes((Func<Tensor, int, int, int, Tensor>)Tensor.Reshape, x, 2, 3, 2);
        Passes((Func<Tensor, int, int, int, int, Tensor>)Tensor.Reshape, x, 1, 2, 3, 2);
        Passes((Func<int, Tensor, Tensor, Tensor>)Tensor.Concat, 1, x, Tensor.RandomNormal(15, 2, 3));
        Passes((Func<int, Tensor, Tensor, Tensor, Tensor>)Tensor.Concat, 0, x, y, Tensor.RandomNormal(16, 1, 6));
        Passes((Func<Tensor, Tensor, Tensor>)Tensor.Stack, x, y);
        Passes((Func<Tensor, Tensor, Tensor, Tensor>)Tensor.Stack, x, y, z);
    }

    [Fact]
    public void Padding()
    {
        Passes((Func<Tensor, int, int, double, Tensor>)Tensor.Pad, Tensor.RandomNormal(21, 4), 2, 1, 0.3);
        Passes((Func<Tensor, int, int, int, int, double, Tensor>)Tensor.Pad, Tensor.RandomNormal(22, 2, 3), 1, 0, 2, 1, -0.7);
        Passes((Func<Tensor, int, int, int, int, int, int, double, Tensor>)Tensor.Pad, Tensor.RandomNormal(23, 2, 1, 3), 0, 1, 1, 1, 0, 2, 1.1);
        Passes((Func<Tensor, int, int, int, int, int, int, int, int, double, Tensor>)Tensor.Pad,
            Tensor.RandomNormal(24, 1, 2, 2, 2), 1, 1, 0, 1, 2, 0, 1, 0, 0.0);
    }

    [Fact]
    public void PadOfTheWrongRankNamesTheShape()
    {
        var error = Assert.Throws<TensorShapeException>(() => Tensor.Pad(Tensor.Zeros(2, 3), 1, 1));
        Assert.Contains("[2, 3]", error.Message);
        Assert.Contains("2 widths", error.Message);
        var negative = Assert.Throws<TensorShapeException>(() => Tensor.Pad(Tensor.Zeros(2, 3), 1, 1, -1, 0));
        Assert.Contains("dimension 1", negative.Message);
    }

    [Fact]
    public void PadPlacesTheValueAroundTheInterior()
    {
        var padded = Tensor.Pad(Tensor.FromArray([1, 2, 3, 4], 2, 2), 1, 0, 0, 2, 9.0);
        Assert.Equal(new[] { 3, 4 }, padded.Shape.ToArray());
        Assert.Equal(new double[] { 9, 9, 9, 9, 1, 2, 9, 9, 3, 4, 9, 9 }, padded.ToArray());
    }

    [Fact]
    public void EveryTensorPrimitiveIsCoveredHere()
    {
        var primitives = typeof(Tensor).GetMethods().Where(m => m.GetCustomAttribute<PrimitiveAttribute>() is not null).ToList();
        // the 5 after 4 (Maximum, Minimum, Clamp, Where, Roll): TensorOpsTests; the last 4 + 3 (FromArray, Element): TensorArrayTests
        Assert.Equal(13 + 10 + 6 + 3 + 3 + 8 + 4 + 5 + 4 + 3, primitives.Count);
    }

    [Fact]
    public void CheckerCatchesAWrongRule()
    {
        var report = GradientChecker.CheckPrimitive(WrongRules.Double, A);
        Assert.False(report.Passed);
        Assert.Equal(2 * report.FiniteDifference[0], report.Gradient[0], 6);
    }
}

/// <summary>A primitive whose pullback is twice too large.</summary>
public static class WrongRules
{
    [Primitive(nameof(Double_Pullback), nameof(Double_Tangent))]
    public static Tensor Double(Tensor x) => x * 2.0;

    public static void Double_Pullback(Tensor x, Tensor result, Tensor seed, ref Tensor? dX) => dX = Tensor.AddAdjoint(dX, seed * 4.0, x.Shape);

    public static Tensor? Double_Tangent(Tensor x, Tensor? dX, Tensor result) => dX is null ? null : dX * 2.0;
}
