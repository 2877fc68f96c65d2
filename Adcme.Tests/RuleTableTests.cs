using Adcme.Tests.Cases;

namespace Adcme.Tests;

/// <summary>A fused kernel computes with the same per-element functions as the unfused operations (the rule
/// table's forward forms), so a gradient's value is the method's own bit for bit; and the gradients, printed from
/// the same table, agree with finite differences.</summary>
public class RuleTableTests
{
    private delegate double Gradient(Tensor x, Tensor w, double s, out Tensor dX, out Tensor dW, out double dS);

    private static readonly Dictionary<string, (Func<Tensor, Tensor, double, double> Value, Gradient Gradient)> Cases = new()
    {
        ["Exp"] = (RuleTableCases.Exp, RuleTableCases.Exp_Gradient),
        ["Log"] = (RuleTableCases.Log, RuleTableCases.Log_Gradient),
        ["Sin"] = (RuleTableCases.Sin, RuleTableCases.Sin_Gradient),
        ["Cos"] = (RuleTableCases.Cos, RuleTableCases.Cos_Gradient),
        ["Tanh"] = (RuleTableCases.Tanh, RuleTableCases.Tanh_Gradient),
        ["Sqrt"] = (RuleTableCases.Sqrt, RuleTableCases.Sqrt_Gradient),
        ["Abs"] = (RuleTableCases.Abs, RuleTableCases.Abs_Gradient),
        ["Relu"] = (RuleTableCases.Relu, RuleTableCases.Relu_Gradient),
        ["Sigmoid"] = (RuleTableCases.Sigmoid, RuleTableCases.Sigmoid_Gradient),
        ["Pow"] = (RuleTableCases.Pow, RuleTableCases.Pow_Gradient),
        ["Negate"] = (RuleTableCases.Negate, RuleTableCases.Negate_Gradient),
        ["Operators"] = (RuleTableCases.Operators, RuleTableCases.Operators_Gradient),
        ["Nested"] = (RuleTableCases.Nested, RuleTableCases.Nested_Gradient),
    };

    /// <summary>Lengths around every vector width (2, 4, 8 doubles) and a long one.</summary>
    private static readonly int[] Lengths = [1, 3, 7, 8, 9, 63, 64, 65, 1000];

    public static TheoryData<string> Names() => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void TheGradientsValueIsTheMethodsBitForBit(string name)
    {
        var (value, gradient) = Cases[name];
        foreach (var n in Lengths)
        {
            // Values of every size and sign, a spread of magnitudes, some large ones (where vectorized
            // implementations switch algorithms).
            var x = Tensor.RandomNormal(n, n) * 3.0;
            var w = Tensor.Random(n + 1, n) + 0.5;
            AssertSame(value, gradient, x, w, 0.7, $"{name}, n = {n}");
            AssertSame(value, gradient, x * 300.0, w, 0.7, $"{name}, n = {n}, large");
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void TheGradientsValueIsTheMethodsBitForBitWhenInputsBroadcast(string name)
    {
        var (value, gradient) = Cases[name];
        foreach (var n in Lengths)
        {
            var x = Tensor.RandomNormal(n, 3, n);
            AssertSame(value, gradient, x, Tensor.Random(n + 1, n) + 0.5, 0.3, $"{name}, [3, {n}] by a row");
            AssertSame(value, gradient, x, Tensor.Random(n + 2, 3, 1) + 0.5, 0.3, $"{name}, [3, {n}] by a column");
            AssertSame(value, gradient, x, Tensor.Scalar(0.8), 0.3, $"{name}, [3, {n}] by a rank-0 tensor");
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void GradientsAgreeWithFiniteDifferences(string name)
    {
        var method = Cases[name].Value;
        // Away from Abs's and Relu's kinks, so that central differences are exact enough.
        var x = Tensor.FromArray([0.3, -1.2, 0.8, 1.5, -0.45, 2.1, 0.65, -0.9, 1.1], 9);
        GradientAssert.Passes(method, x, Tensor.Random(5, 9) + 0.5, 0.2);
        GradientAssert.Passes(method, Tensor.FromArray([0.3, -1.2, 0.8, 1.5, -0.45, 2.1], 2, 3), Tensor.FromArray([0.6, 1.3, 0.9], 3), 0.2);
    }

    private static void AssertSame(Func<Tensor, Tensor, double, double> value, Gradient gradient, Tensor x, Tensor w, double s, string what)
    {
        var expected = value(x, w, s);
        var actual = gradient(x, w, s, out _, out _, out _);
        Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual) || (double.IsNaN(expected) && double.IsNaN(actual)),
            $"{what}: method {expected:R}, gradient {actual:R}");
    }
}
