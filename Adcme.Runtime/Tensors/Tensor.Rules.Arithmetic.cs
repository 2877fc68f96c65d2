using System.ComponentModel;

namespace Adcme;

// Derivative rules of the arithmetic operators (see PrimitiveAttribute for the conventions). Each partial is the
// generated ElementRules.<Op>_Partial<j>, printed from the generator's rule table (the one place a derivative is
// written); these rules only route it: broadcast operands get their adjoints summed back to their own shape, a
// scalar operand's adjoint is the sum of its elementwise one, and a tangent is a partial with the tangent as seed.
public sealed partial class Tensor
{
    /// <summary>Adds a partial into an adjoint: a partial that is the seed itself is copied (the rule does not own it).</summary>
    private static Tensor AddPartial(Tensor? accumulated, Tensor partial, Tensor seed, IReadOnlyList<int> shape)
        => ReferenceEquals(partial, seed) ? AddSeed(accumulated, seed, shape) : AddAdjoint(accumulated, partial, shape);

    /// <summary>The sum of a partial's elements (a scalar operand's adjoint); the partial is given back unless it is the
    /// seed. On a device: a device sum, copied to the host (a scalar's adjoint is a host double).</summary>
    private static double SumPartial(Tensor partial, Tensor seed)
    {
        var sum = Sum(partial);
        if (!ReferenceEquals(partial, seed)) partial.Dispose();
        return sum;
    }

    /// <summary>A scalar operand's tangent as a tensor of the result's shape and backend (its partial takes a tensor
    /// seed), or null.</summary>
    private static Tensor? ScalarTangent(double d, Tensor result) => d == 0 ? null : FullLike(d, result);

    /// <summary>Reverse rule of a + b.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Add_Pullback(Tensor a, Tensor b, Tensor result, Tensor seed, ref Tensor? dA, ref Tensor? dB)
    {
        if (Adjoints.IsWanted(ref dA)) dA = AddPartial(dA, ElementRules.Add_Partial0(a, b, seed), seed, a._shape);
        if (Adjoints.IsWanted(ref dB)) dB = AddPartial(dB, ElementRules.Add_Partial1(a, b, seed), seed, b._shape);
    }

    /// <summary>Forward rule of a + b.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Add_Tangent(Tensor a, Tensor? dA, Tensor b, Tensor? dB, Tensor result)
        => AddTangents(dA is null ? null : ElementRules.Add_Partial0(a, b, dA), dB is null ? null : ElementRules.Add_Partial1(a, b, dB), result._shape);

    /// <summary>Reverse rule of a − b.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Subtract_Pullback(Tensor a, Tensor b, Tensor result, Tensor seed, ref Tensor? dA, ref Tensor? dB)
    {
        if (Adjoints.IsWanted(ref dA)) dA = AddPartial(dA, ElementRules.Subtract_Partial0(a, b, seed), seed, a._shape);
        if (Adjoints.IsWanted(ref dB)) dB = AddPartial(dB, ElementRules.Subtract_Partial1(a, b, seed), seed, b._shape);
    }

    /// <summary>Forward rule of a − b.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Subtract_Tangent(Tensor a, Tensor? dA, Tensor b, Tensor? dB, Tensor result)
        => AddTangents(dA is null ? null : ElementRules.Subtract_Partial0(a, b, dA), dB is null ? null : ElementRules.Subtract_Partial1(a, b, dB), result._shape);

    /// <summary>Reverse rule of a ⊙ b.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Multiply_Pullback(Tensor a, Tensor b, Tensor result, Tensor seed, ref Tensor? dA, ref Tensor? dB)
    {
        if (Adjoints.IsWanted(ref dA)) dA = AddPartial(dA, ElementRules.Multiply_Partial0(a, b, seed), seed, a._shape);
        if (Adjoints.IsWanted(ref dB)) dB = AddPartial(dB, ElementRules.Multiply_Partial1(a, b, seed), seed, b._shape);
    }

    /// <summary>Forward rule of a ⊙ b.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Multiply_Tangent(Tensor a, Tensor? dA, Tensor b, Tensor? dB, Tensor result)
        => AddTangents(dA is null ? null : ElementRules.Multiply_Partial0(a, b, dA), dB is null ? null : ElementRules.Multiply_Partial1(a, b, dB), result._shape);

    /// <summary>Reverse rule of a ⊘ b.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Divide_Pullback(Tensor a, Tensor b, Tensor result, Tensor seed, ref Tensor? dA, ref Tensor? dB)
    {
        if (Adjoints.IsWanted(ref dA)) dA = AddPartial(dA, ElementRules.Divide_Partial0(a, b, seed), seed, a._shape);
        if (Adjoints.IsWanted(ref dB)) dB = AddPartial(dB, ElementRules.Divide_Partial1(a, b, seed), seed, b._shape);
    }

    /// <summary>Forward rule of a ⊘ b.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Divide_Tangent(Tensor a, Tensor? dA, Tensor b, Tensor? dB, Tensor result)
        => AddTangents(dA is null ? null : ElementRules.Divide_Partial0(a, b, dA), dB is null ? null : ElementRules.Divide_Partial1(a, b, dB), result._shape);

    /// <summary>Reverse rule of −a.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Negate_Pullback(Tensor a, Tensor result, Tensor seed, ref Tensor? dA)
        => dA = AddPartial(dA, ElementRules.Negate_Partial0(a, seed), seed, a._shape);

    /// <summary>Forward rule of −a.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Negate_Tangent(Tensor a, Tensor? dA, Tensor result) => dA is null ? null : ElementRules.Negate_Partial0(a, dA);

    // Tensor with a scalar: the scalar's adjoint is the sum of the elementwise one.

    /// <summary>Reverse rule of a + s.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Add_Pullback(Tensor a, double s, Tensor result, Tensor seed, ref Tensor? dA, ref double dS)
    {
        if (Adjoints.IsWanted(ref dA)) dA = AddPartial(dA, ElementRules.Add_Partial0(a, s, seed), seed, a._shape);
        if (Adjoints.IsWanted(ref dS)) dS += SumPartial(ElementRules.Add_Partial1(a, s, seed), seed);
    }

    /// <summary>Forward rule of a + s.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Add_Tangent(Tensor a, Tensor? dA, double s, double dS, Tensor result)
        => AddTangents(dA is null ? null : ElementRules.Add_Partial0(a, s, dA), ScalarTangent(dS, result) is { } t ? ElementRules.Add_Partial1(a, s, t) : null, result._shape);

    /// <summary>Reverse rule of s + a.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Add_Pullback(double s, Tensor a, Tensor result, Tensor seed, ref double dS, ref Tensor? dA)
    {
        if (Adjoints.IsWanted(ref dS)) dS += SumPartial(ElementRules.Add_Partial0(s, a, seed), seed);
        if (Adjoints.IsWanted(ref dA)) dA = AddPartial(dA, ElementRules.Add_Partial1(s, a, seed), seed, a._shape);
    }

    /// <summary>Forward rule of s + a.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Add_Tangent(double s, double dS, Tensor a, Tensor? dA, Tensor result)
        => AddTangents(ScalarTangent(dS, result) is { } t ? ElementRules.Add_Partial0(s, a, t) : null, dA is null ? null : ElementRules.Add_Partial1(s, a, dA), result._shape);

    /// <summary>Reverse rule of a − s.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Subtract_Pullback(Tensor a, double s, Tensor result, Tensor seed, ref Tensor? dA, ref double dS)
    {
        if (Adjoints.IsWanted(ref dA)) dA = AddPartial(dA, ElementRules.Subtract_Partial0(a, s, seed), seed, a._shape);
        if (Adjoints.IsWanted(ref dS)) dS += SumPartial(ElementRules.Subtract_Partial1(a, s, seed), seed);
    }

    /// <summary>Forward rule of a − s.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Subtract_Tangent(Tensor a, Tensor? dA, double s, double dS, Tensor result)
        => AddTangents(dA is null ? null : ElementRules.Subtract_Partial0(a, s, dA), ScalarTangent(dS, result) is { } t ? ElementRules.Subtract_Partial1(a, s, t) : null, result._shape);

    /// <summary>Reverse rule of s − a.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Subtract_Pullback(double s, Tensor a, Tensor result, Tensor seed, ref double dS, ref Tensor? dA)
    {
        if (Adjoints.IsWanted(ref dS)) dS += SumPartial(ElementRules.Subtract_Partial0(s, a, seed), seed);
        if (Adjoints.IsWanted(ref dA)) dA = AddPartial(dA, ElementRules.Subtract_Partial1(s, a, seed), seed, a._shape);
    }

    /// <summary>Forward rule of s − a.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Subtract_Tangent(double s, double dS, Tensor a, Tensor? dA, Tensor result)
        => AddTangents(ScalarTangent(dS, result) is { } t ? ElementRules.Subtract_Partial0(s, a, t) : null, dA is null ? null : ElementRules.Subtract_Partial1(s, a, dA), result._shape);

    /// <summary>Reverse rule of a·s.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Multiply_Pullback(Tensor a, double s, Tensor result, Tensor seed, ref Tensor? dA, ref double dS)
    {
        if (Adjoints.IsWanted(ref dA)) dA = AddPartial(dA, ElementRules.Multiply_Partial0(a, s, seed), seed, a._shape);
        if (Adjoints.IsWanted(ref dS)) dS += SumPartial(ElementRules.Multiply_Partial1(a, s, seed), seed);
    }

    /// <summary>Forward rule of a·s.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Multiply_Tangent(Tensor a, Tensor? dA, double s, double dS, Tensor result)
        => AddTangents(dA is null ? null : ElementRules.Multiply_Partial0(a, s, dA), ScalarTangent(dS, result) is { } t ? ElementRules.Multiply_Partial1(a, s, t) : null, result._shape);

    /// <summary>Reverse rule of s·a.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Multiply_Pullback(double s, Tensor a, Tensor result, Tensor seed, ref double dS, ref Tensor? dA)
    {
        if (Adjoints.IsWanted(ref dS)) dS += SumPartial(ElementRules.Multiply_Partial0(s, a, seed), seed);
        if (Adjoints.IsWanted(ref dA)) dA = AddPartial(dA, ElementRules.Multiply_Partial1(s, a, seed), seed, a._shape);
    }

    /// <summary>Forward rule of s·a.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Multiply_Tangent(double s, double dS, Tensor a, Tensor? dA, Tensor result)
        => AddTangents(ScalarTangent(dS, result) is { } t ? ElementRules.Multiply_Partial0(s, a, t) : null, dA is null ? null : ElementRules.Multiply_Partial1(s, a, dA), result._shape);

    /// <summary>Reverse rule of a / s.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Divide_Pullback(Tensor a, double s, Tensor result, Tensor seed, ref Tensor? dA, ref double dS)
    {
        if (Adjoints.IsWanted(ref dA)) dA = AddPartial(dA, ElementRules.Divide_Partial0(a, s, seed), seed, a._shape);
        if (Adjoints.IsWanted(ref dS)) dS += SumPartial(ElementRules.Divide_Partial1(a, s, seed), seed);
    }

    /// <summary>Forward rule of a / s.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Divide_Tangent(Tensor a, Tensor? dA, double s, double dS, Tensor result)
        => AddTangents(dA is null ? null : ElementRules.Divide_Partial0(a, s, dA), ScalarTangent(dS, result) is { } t ? ElementRules.Divide_Partial1(a, s, t) : null, result._shape);

    /// <summary>Reverse rule of s / a.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Divide_Pullback(double s, Tensor a, Tensor result, Tensor seed, ref double dS, ref Tensor? dA)
    {
        if (Adjoints.IsWanted(ref dS)) dS += SumPartial(ElementRules.Divide_Partial0(s, a, seed), seed);
        if (Adjoints.IsWanted(ref dA)) dA = AddPartial(dA, ElementRules.Divide_Partial1(s, a, seed), seed, a._shape);
    }

    /// <summary>Forward rule of s / a.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Divide_Tangent(double s, double dS, Tensor a, Tensor? dA, Tensor result)
        => AddTangents(ScalarTangent(dS, result) is { } t ? ElementRules.Divide_Partial0(s, a, t) : null, dA is null ? null : ElementRules.Divide_Partial1(s, a, dA), result._shape);
}
