using System.ComponentModel;

namespace Adcme;

// Derivative rules of the arithmetic operators (see PrimitiveAttribute for the conventions). Broadcast
// operands get their adjoints summed back to their own shape.
public sealed partial class Tensor
{
    /// <summary>Reverse rule of a + b.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Add_Pullback(Tensor a, Tensor b, Tensor result, Tensor seed, ref Tensor? dA, ref Tensor? dB)
    {
        dA = AddSeed(dA, seed, a._shape);
        dB = AddSeed(dB, seed, b._shape);
    }

    /// <summary>Forward rule of a + b.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Add_Tangent(Tensor a, Tensor? dA, Tensor b, Tensor? dB, Tensor result) => AddTangents(dA, dB, result._shape);

    /// <summary>Reverse rule of a − b.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Subtract_Pullback(Tensor a, Tensor b, Tensor result, Tensor seed, ref Tensor? dA, ref Tensor? dB)
    {
        dA = AddSeed(dA, seed, a._shape);
        dB = AddAdjoint(dB, -seed, b._shape);
    }

    /// <summary>Forward rule of a − b.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Subtract_Tangent(Tensor a, Tensor? dA, Tensor b, Tensor? dB, Tensor result)
        => AddTangents(dA, dB is null ? null : -dB, result._shape);

    /// <summary>Reverse rule of a ⊙ b.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Multiply_Pullback(Tensor a, Tensor b, Tensor result, Tensor seed, ref Tensor? dA, ref Tensor? dB)
    {
        if (Adjoints.IsWanted(ref dA)) dA = AddAdjoint(dA, seed * b, a._shape);
        if (Adjoints.IsWanted(ref dB)) dB = AddAdjoint(dB, seed * a, b._shape);
    }

    /// <summary>Forward rule of a ⊙ b.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Multiply_Tangent(Tensor a, Tensor? dA, Tensor b, Tensor? dB, Tensor result)
        => AddTangents(dA is null ? null : dA * b, dB is null ? null : a * dB, result._shape);

    /// <summary>Reverse rule of a ⊘ b.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Divide_Pullback(Tensor a, Tensor b, Tensor result, Tensor seed, ref Tensor? dA, ref Tensor? dB)
    {
        var scaled = seed / b;
        if (Adjoints.IsWanted(ref dB)) dB = AddAdjoint(dB, -(scaled * result), b._shape);
        dA = AddAdjoint(dA, scaled, a._shape);
    }

    /// <summary>Forward rule of a ⊘ b.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Divide_Tangent(Tensor a, Tensor? dA, Tensor b, Tensor? dB, Tensor result)
        => AddTangents(dA is null ? null : dA / b, dB is null ? null : -(dB * result / b), result._shape);

    /// <summary>Reverse rule of −a.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Negate_Pullback(Tensor a, Tensor result, Tensor seed, ref Tensor? dA) => dA = AddAdjoint(dA, -seed, a._shape);

    /// <summary>Forward rule of −a.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Negate_Tangent(Tensor a, Tensor? dA, Tensor result) => dA is null ? null : -dA;

    // Tensor with a scalar: the scalar's adjoint is the sum of the elementwise one.

    /// <summary>Reverse rule of a + s.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Add_Pullback(Tensor a, double s, Tensor result, Tensor seed, ref Tensor? dA, ref double dS)
    {
        dA = AddSeed(dA, seed, a._shape);
        dS += Sum(seed);
    }

    /// <summary>Forward rule of a + s.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Add_Tangent(Tensor a, Tensor? dA, double s, double dS, Tensor result)
        => dS == 0 ? dA : dA is null ? Full(dS, result._shape) : dA + dS;

    /// <summary>Reverse rule of s + a.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Add_Pullback(double s, Tensor a, Tensor result, Tensor seed, ref double dS, ref Tensor? dA)
        => Add_Pullback(a, s, result, seed, ref dA, ref dS);

    /// <summary>Forward rule of s + a.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Add_Tangent(double s, double dS, Tensor a, Tensor? dA, Tensor result) => Add_Tangent(a, dA, s, dS, result);

    /// <summary>Reverse rule of a − s.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Subtract_Pullback(Tensor a, double s, Tensor result, Tensor seed, ref Tensor? dA, ref double dS)
    {
        dA = AddSeed(dA, seed, a._shape);
        dS -= Sum(seed);
    }

    /// <summary>Forward rule of a − s.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Subtract_Tangent(Tensor a, Tensor? dA, double s, double dS, Tensor result) => Add_Tangent(a, dA, s, -dS, result);

    /// <summary>Reverse rule of s − a.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Subtract_Pullback(double s, Tensor a, Tensor result, Tensor seed, ref double dS, ref Tensor? dA)
    {
        dS += Sum(seed);
        dA = AddAdjoint(dA, -seed, a._shape);
    }

    /// <summary>Forward rule of s − a.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Subtract_Tangent(double s, double dS, Tensor a, Tensor? dA, Tensor result)
        => Add_Tangent(a, dA is null ? null : -dA, s, dS, result);

    /// <summary>Reverse rule of a·s.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Multiply_Pullback(Tensor a, double s, Tensor result, Tensor seed, ref Tensor? dA, ref double dS)
    {
        if (Adjoints.IsWanted(ref dA)) dA = AddAdjoint(dA, seed * s, a._shape);
        if (Adjoints.IsWanted(ref dS)) dS += Dot(seed, a);
    }

    /// <summary>Forward rule of a·s.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Multiply_Tangent(Tensor a, Tensor? dA, double s, double dS, Tensor result)
        => AddTangents(dA is null ? null : dA * s, dS == 0 ? null : a * dS, result._shape);

    /// <summary>Reverse rule of s·a.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Multiply_Pullback(double s, Tensor a, Tensor result, Tensor seed, ref double dS, ref Tensor? dA)
        => Multiply_Pullback(a, s, result, seed, ref dA, ref dS);

    /// <summary>Forward rule of s·a.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Multiply_Tangent(double s, double dS, Tensor a, Tensor? dA, Tensor result) => Multiply_Tangent(a, dA, s, dS, result);

    /// <summary>Reverse rule of a / s.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Divide_Pullback(Tensor a, double s, Tensor result, Tensor seed, ref Tensor? dA, ref double dS)
    {
        if (Adjoints.IsWanted(ref dA)) dA = AddAdjoint(dA, seed / s, a._shape);
        if (Adjoints.IsWanted(ref dS)) dS -= Dot(seed, result) / s;
    }

    /// <summary>Forward rule of a / s.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Divide_Tangent(Tensor a, Tensor? dA, double s, double dS, Tensor result)
        => AddTangents(dA is null ? null : dA / s, dS == 0 ? null : result * (-dS / s), result._shape);

    /// <summary>Reverse rule of s / a.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Divide_Pullback(double s, Tensor a, Tensor result, Tensor seed, ref double dS, ref Tensor? dA)
    {
        if (Adjoints.IsWanted(ref dS)) dS += Sum(seed / a);
        if (Adjoints.IsWanted(ref dA)) dA = AddAdjoint(dA, -(seed * result / a), a._shape);
    }

    /// <summary>Forward rule of s / a.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Divide_Tangent(double s, double dS, Tensor a, Tensor? dA, Tensor result)
        => AddTangents(dS == 0 ? null : dS / a, dA is null ? null : -(dA * result / a), result._shape);
}
