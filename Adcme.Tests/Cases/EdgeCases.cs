namespace Adcme.Tests.Cases;

/// <summary>Cases found by adversarial review: each once produced a wrong derivative or wrong code.</summary>
public static partial class EdgeCases
{
    [Differentiable]
    public static double ReassignedParameter(double x)
    {
        x = x * x;
        return x;
    }

    [Differentiable]
    public static double ReassignedParameterInBranch(double x, double y)
    {
        if (x > 0) x = Math.Sin(x) * y;
        y = y * y;
        return x + y;
    }

    [Differentiable]
    public static double ReassignedArrayParameter(double[] a)
    {
        var s = a[0] * a[0];
        var b = new double[1];
        b[0] = s;
        a = b;
        return s + a[0] * 0.5;
    }

    [Differentiable]
    public static double ReassignedTensorParameter(Tensor x)
    {
        x = x * x;
        return Tensor.Sum(x);
    }

    /// <summary>y * (y = 2x): C# reads y before the assignment: the value is 2x².</summary>
    [Differentiable]
    public static double ReadBeforeAssignmentInExpression(double x)
    {
        var y = x;
        return y * (y = 2 * x);
    }

    [Differentiable]
    public static double ReadBeforeIncrement(double x, double[] a)
    {
        var y = x;
        var i = 0;
        var k = i + i++;
        return y * y++ + a[k] * a[i];
    }

    [Differentiable]
    public static double ConditionWithIncrement(double[] a)
    {
        var s = 0.0;
        var i = -1;
        while (++i < a.Length) s += a[i] * a[i] * (i + 1);
        return s;
    }

    [Differentiable]
    public static double ConditionWithShortCircuitIncrement(double[] a)
    {
        var s = 0.0;
        var i = 0;
        while (i < a.Length - 1 && a[i++] > 0) s += a[i] * a[i - 1];
        return s;
    }

    [Differentiable]
    public static double NoDerivativeArrayAliased(double x, [NoDerivative] double[] w)
    {
        var b = new double[2];
        b[0] = x * x;
        var c = b;
        var s = c[0];
        c = w;
        s += c[0] * x;
        return s;
    }

    [Differentiable]
    public static double NameContainingValue(double value2, double x) => value2 * Math.Exp(x) + value2;

    [Differentiable]
    public static double PowerZero(double x, double y) => Math.Pow(x, 0.0) * y + Math.Pow(x, y);
}
