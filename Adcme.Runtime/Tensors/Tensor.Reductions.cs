using System.Numerics.Tensors;

namespace Adcme;

public sealed partial class Tensor
{
    /// <summary>The sum of all elements.</summary>
    [Primitive(nameof(Sum_Pullback), nameof(Sum_Tangent))]
    public static double Sum(Tensor x) => TensorPrimitives.Sum(x.Span);

    /// <summary>The mean of all elements.</summary>
    [Primitive(nameof(Mean_Pullback), nameof(Mean_Tangent))]
    public static double Mean(Tensor x) => x.Length == 0
        ? throw new TensorShapeException($"Mean: the tensor of shape {Format(x._shape)} is empty.")
        : TensorPrimitives.Sum(x.Span) / x.Length;

    /// <summary>Σ xᵢ².</summary>
    [Primitive(nameof(SumOfSquares_Pullback), nameof(SumOfSquares_Tangent))]
    public static double SumOfSquares(Tensor x) => TensorPrimitives.SumOfSquares(x.Span);

    /// <summary>The Euclidean norm √(Σ xᵢ²).</summary>
    [Primitive(nameof(Norm_Pullback), nameof(Norm_Tangent))]
    public static double Norm(Tensor x) => TensorPrimitives.Norm(x.Span);

    /// <summary>The largest element.</summary>
    [Primitive(nameof(Max_Pullback), nameof(Max_Tangent))]
    public static double Max(Tensor x) => x.Length == 0
        ? throw new TensorShapeException($"Max: the tensor of shape {Format(x._shape)} is empty.")
        : TensorPrimitives.Max(x.Span);

    /// <summary>The index (row-major) of the largest element; the first one on ties.</summary>
    public static int ArgMax(Tensor x) => x.Length == 0
        ? throw new TensorShapeException($"ArgMax: the tensor of shape {Format(x._shape)} is empty.")
        : TensorPrimitives.IndexOfMax(x.Span);

    /// <summary>Σ aᵢ bᵢ over two tensors of the same shape.</summary>
    [Primitive(nameof(Dot_Pullback), nameof(Dot_Tangent))]
    public static double Dot(Tensor a, Tensor b)
    {
        RequireSameShape("Dot", a, b);
        return TensorPrimitives.Dot(a.Span, b.Span);
    }
}
