using System.Numerics.Tensors;

namespace Adcme;

// Exp … Sigmoid and Pow compute with the generated ElementRules, System.Math per element, as fused kernels do, so
// that a fused chain's value equals the unfused one bit for bit. Sqrt, Abs and Relu stay with TensorPrimitives:
// they are exact (correctly rounded or no rounding at all), so any code path gives the same bits.
public sealed partial class Tensor
{
    private delegate void UnaryKernel(ReadOnlySpan<double> x, Span<double> destination);

    /// <summary>kernel per element into a new tensor; <paramref name="cost"/>: an element's work in additions.</summary>
    private static Tensor Map(Tensor x, UnaryKernel kernel, Action<ILGPU.Index1D, ILGPU.ArrayView<double>, ILGPU.ArrayView<double>> device, long cost = FunctionCost)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.OnDevice) return GpuBackend.Of(device.Method.Name.Replace("_Device", "", StringComparison.Ordinal), x).Map(device, x);
        var result = TensorPool.Rent(x.Length);
        ApplyUnary(kernel, x.Data, result, x.Length, cost);
        return new Tensor(result, x._shape);
    }

    /// <summary>eˣ elementwise.</summary>
    [Primitive(nameof(Exp_Pullback), nameof(Exp_Tangent))]
    public static Tensor Exp(Tensor x) => Map(x, ElementRules.Exp, ElementRules.Exp_Device);

    /// <summary>Natural logarithm elementwise.</summary>
    [Primitive(nameof(Log_Pullback), nameof(Log_Tangent))]
    public static Tensor Log(Tensor x) => Map(x, ElementRules.Log, ElementRules.Log_Device);

    /// <summary>Sine elementwise.</summary>
    [Primitive(nameof(Sin_Pullback), nameof(Sin_Tangent))]
    public static Tensor Sin(Tensor x) => Map(x, ElementRules.Sin, ElementRules.Sin_Device);

    /// <summary>Cosine elementwise.</summary>
    [Primitive(nameof(Cos_Pullback), nameof(Cos_Tangent))]
    public static Tensor Cos(Tensor x) => Map(x, ElementRules.Cos, ElementRules.Cos_Device);

    /// <summary>Hyperbolic tangent elementwise.</summary>
    [Primitive(nameof(Tanh_Pullback), nameof(Tanh_Tangent))]
    public static Tensor Tanh(Tensor x) => Map(x, ElementRules.Tanh, ElementRules.Tanh_Device);

    /// <summary>Square root elementwise.</summary>
    [Primitive(nameof(Sqrt_Pullback), nameof(Sqrt_Tangent))]
    public static Tensor Sqrt(Tensor x) => Map(x, TensorPrimitives.Sqrt, ElementRules.Sqrt_Device, cost: 1);

    /// <summary>Absolute value elementwise.</summary>
    [Primitive(nameof(Abs_Pullback), nameof(Abs_Tangent))]
    public static Tensor Abs(Tensor x) => Map(x, TensorPrimitives.Abs, ElementRules.Abs_Device, cost: 1);

    /// <summary>The logistic function 1 / (1 + e⁻ˣ) elementwise.</summary>
    [Primitive(nameof(Sigmoid_Pullback), nameof(Sigmoid_Tangent))]
    public static Tensor Sigmoid(Tensor x) => Map(x, ElementRules.Sigmoid, ElementRules.Sigmoid_Device);

    /// <summary>max(x, 0) elementwise.</summary>
    [Primitive(nameof(Relu_Pullback), nameof(Relu_Tangent))]
    public static Tensor Relu(Tensor x) => Map(x, static (s, d) => TensorPrimitives.Max(s, 0.0, d), ElementRules.Relu_Device, cost: 1);

    /// <summary>xᵖ elementwise.</summary>
    [Primitive(nameof(Pow_Pullback), nameof(Pow_Tangent))]
    public static Tensor Pow(Tensor x, [NoDerivative] double exponent)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.OnDevice) return GpuBackend.Of("Pow", x).Pow(x, exponent);
        var result = TensorPool.Rent(x.Length);
        ApplyPow(x.Data, exponent, result, x.Length);
        return new Tensor(result, x._shape);
    }

    internal static void RequireSameShape(string operation, Tensor a, Tensor b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!a.HasShape(b._shape))
        {
            throw new TensorShapeException($"{operation}: shapes {Format(a._shape)} and {Format(b._shape)} must be equal.");
        }
    }
}
