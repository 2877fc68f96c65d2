using Adcme.Checking;
using Adcme.Tests.Cases;

namespace Adcme.Tests;

/// <summary>Numeric twins of TensorArrayCases, and the FromArray and Element rules on their own.</summary>
public class TensorArrayTests
{
    [Fact]
    public void Coefficients() => GradientAssert.Passes(TensorArrayCases.Coefficients, Tensor.FromArray([1.0, 1.5, 0.7, 2.2, 1.1]), 0.3);

    [Fact]
    public void MatrixElements()
    {
        var a = Tensor.FromArray([0.3, -0.5, 0.8, 0.1, 0.6, -0.2], 2, 3);
        GradientAssert.Passes(TensorArrayCases.MatrixElements, a, new[] { 0.9, -0.4, 0.7 });
    }

    [Fact]
    public void FromArrayRulesPassTheChecker()
    {
        double[] data = [0.3, -1.2, 0.8, 2.0, -0.5, 1.1];
        Passes(GradientChecker.CheckPrimitive((Func<double[], Tensor>)Tensor.FromArray, data));
        Passes(GradientChecker.CheckPrimitive((Func<double[], int, Tensor>)Tensor.FromArray, data, 6));
        Passes(GradientChecker.CheckPrimitive((Func<double[], int, int, Tensor>)Tensor.FromArray, data, 2, 3));
        Passes(GradientChecker.CheckPrimitive((Func<double[], int, int, int, Tensor>)Tensor.FromArray, data, 1, 3, 2));
    }

    [Fact]
    public void ElementRulesPassTheChecker()
    {
        var vector = Tensor.FromArray([0.3, -1.2, 0.8, 2.0]);
        var matrix = Tensor.FromArray([0.3, -1.2, 0.8, 2.0, -0.5, 1.1], 2, 3);
        var cube = Tensor.FromArray([0.3, -1.2, 0.8, 2.0, -0.5, 1.1], 1, 3, 2);
        Passes(GradientChecker.CheckPrimitive((Func<Tensor, int, double>)Tensor.Element, vector, 2));
        Passes(GradientChecker.CheckPrimitive((Func<Tensor, int, int, double>)Tensor.Element, matrix, 1, 2));
        Passes(GradientChecker.CheckPrimitive((Func<Tensor, int, int, int, double>)Tensor.Element, cube, 0, 2, 1));
    }

    private static void Passes(GradientCheckReport report) => Assert.True(report.Passed, report.ToString());

    [Fact]
    public void FromArrayAndElementRules()
    {
        var x = Tensor.FromArray([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], 2, 3);
        Assert.Equal(6.0, Tensor.Element(x, 1, 2));
        Tensor? dX = null;
        Tensor.Element_Pullback(x, 0, 1, 2.0, 0.5, ref dX);
        Tensor.Element_Pullback(x, 0, 1, 2.0, 0.25, ref dX);
        Assert.Equal([0, 0.75, 0, 0, 0, 0], dX!.ToArray());
        Assert.Equal(0.0, Tensor.Element_Tangent(x, null, 1, 1, 5.0));
        Assert.Throws<IndexOutOfRangeException>(() => Tensor.Element(x, 2, 0));
        Assert.Throws<TensorShapeException>(() => Tensor.Element(x, 1));

        double[] data = [1, 2, 3, 4];
        var m = Tensor.FromArray(data, 2, 2);
        Assert.Equal([2, 2], m.Shape);
        var dData = new double[4];
        Tensor.FromArray_Pullback(data, 2, 2, m, Tensor.FromArray([1.0, -1.0, 0.5, 2.0], 2, 2), ref dData);
        Assert.Equal([1.0, -1.0, 0.5, 2.0], dData);
        Assert.Null(Tensor.FromArray_Tangent(data, null, 2, 2, m));
        Assert.Equal([2, 2], Tensor.FromArray_Tangent(data, dData, 2, 2, m)!.Shape);
        Assert.Equal([4], Tensor.FromArray(data).Shape);
    }
}
