using System.ComponentModel;

namespace Adcme;

public sealed partial class Tensor
{
    /// <summary>Adds <paramref name="contribution"/>, summed down to <paramref name="shape"/> where it was
    /// broadcast, into an adjoint; null stands for zero. Used by derivative rules and generated code.</summary>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public static Tensor AddAdjoint(Tensor? accumulated, Tensor contribution, IReadOnlyList<int> shape)
    {
        var reduced = SumToShape(contribution, shape);
        return accumulated is null ? reduced : accumulated + reduced;
    }

    /// <summary>The sum of two tangents, each broadcast to <paramref name="shape"/>; null stands for zero.</summary>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public static Tensor? AddTangents(Tensor? a, Tensor? b, IReadOnlyList<int> shape)
    {
        if (a is null && b is null) return null;
        var sum = a is null ? b! : b is null ? a : a + b;
        return sum.HasShape(shape) ? sum : sum + Zeros(shape.ToArray());
    }

    /// <summary>a + b for adjoints and tangents of one shape, where null stands for zero.</summary>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public static Tensor? Accumulate(Tensor? a, Tensor? b) => a is null ? b : b is null ? a : a + b;
}
