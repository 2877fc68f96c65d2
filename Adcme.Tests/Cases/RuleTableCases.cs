namespace Adcme.Tests.Cases;

/// <summary>One fused chain per fusable function (and the operators), over an input x, a weight w that may be
/// broadcast, and a scalar s: each gradient's value must equal the method's own, bit for bit.</summary>
public static partial class RuleTableCases
{
    [Differentiable]
    public static double Exp(Tensor x, Tensor w, double s) => Tensor.Sum(Tensor.Exp(x * w + s) - x);

    [Differentiable]
    public static double Log(Tensor x, Tensor w, double s) => Tensor.Sum(Tensor.Log(x * x * w + s));

    [Differentiable]
    public static double Sin(Tensor x, Tensor w, double s) => Tensor.Sum(Tensor.Sin(x * w + s) * x);

    [Differentiable]
    public static double Cos(Tensor x, Tensor w, double s) => Tensor.Sum(Tensor.Cos(x * w + s) * w);

    [Differentiable]
    public static double Tanh(Tensor x, Tensor w, double s) => Tensor.Sum(Tensor.Tanh(x * w + s) * x);

    [Differentiable]
    public static double Sqrt(Tensor x, Tensor w, double s) => Tensor.Sum(Tensor.Sqrt(x * x * w + s));

    [Differentiable]
    public static double Abs(Tensor x, Tensor w, double s) => Tensor.Sum(Tensor.Abs(x * w - s) * x);

    [Differentiable]
    public static double Relu(Tensor x, Tensor w, double s) => Tensor.Sum(Tensor.Relu(x * w - s) * x);

    [Differentiable]
    public static double Sigmoid(Tensor x, Tensor w, double s) => Tensor.Sum(Tensor.Sigmoid(x * w + s) * x);

    [Differentiable]
    public static double Pow(Tensor x, Tensor w, double s) => Tensor.Sum(Tensor.Pow(x * x * w + s, 1.5));

    [Differentiable]
    public static double Negate(Tensor x, Tensor w, double s) => Tensor.Sum((-(x * w) + s) * x);

    /// <summary>+ − × ÷ with tensors and scalars on both sides.</summary>
    [Differentiable]
    public static double Operators(Tensor x, Tensor w, double s) => Tensor.Sum((x + w) * (x - s) / (w * w + 1.0) - 2.0 / (x * x + s));

    /// <summary>Every function nested in one chain.</summary>
    [Differentiable]
    public static double Nested(Tensor x, Tensor w, double s)
        => Tensor.Sum(Tensor.Sigmoid(Tensor.Tanh(Tensor.Exp(Tensor.Sin(x * w) * s)) + Tensor.Cos(x))
            - Tensor.Log(Tensor.Sqrt(Tensor.Abs(x) + 1.0) + w * w) + Tensor.Pow(Tensor.Relu(x - s) + 1.0, 2.5));
}
