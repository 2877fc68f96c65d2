using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace Adcme;

/// <summary>
/// Lets a primitive's pullback skip work nobody needs. For an input whose adjoint is not wanted (a
/// [NoDerivative] value, or a constant), generated code passes one of the discard slots here, cleared
/// first; a rule asks <see cref="IsWanted(ref Tensor?)"/> before computing that adjoint. A rule that does
/// not ask stays correct: it only writes into a slot nobody reads.
/// </summary>
public static class Adjoints
{
    private const int SlotCount = 8;

    [ThreadStatic] private static Tensor?[]? _slots;
    [ThreadStatic] private static double[]? _scalarSlots;

    /// <summary>This thread's discard slots for tensor adjoints (one per unwanted argument of a call).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor?[] Slots => _slots ??= new Tensor?[SlotCount];

    /// <summary>This thread's discard slots for scalar adjoints.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static double[] ScalarSlots => _scalarSlots ??= new double[SlotCount];

    /// <summary>False when <paramref name="adjoint"/> is a discard slot: the rule may skip computing it.</summary>
    public static bool IsWanted(ref Tensor? adjoint)
    {
        var slots = _slots;
        if (slots is null) return true;
        for (var i = 0; i < slots.Length; i++)
        {
            if (Unsafe.AreSame(ref adjoint, ref slots[i])) return false;
        }
        return true;
    }

    /// <summary>False when <paramref name="adjoint"/> is a discard slot: the rule may skip computing it.</summary>
    public static bool IsWanted(ref double adjoint)
    {
        var slots = _scalarSlots;
        if (slots is null) return true;
        for (var i = 0; i < slots.Length; i++)
        {
            if (Unsafe.AreSame(ref adjoint, ref slots[i])) return false;
        }
        return true;
    }

    /// <summary>Generated code calls this after a user's pullback rule, and on a user's primitive's result: an
    /// adjoint (or result) that is the same tensor as the seed, the result, an argument or another adjoint is
    /// replaced by a copy, so that it belongs to its variable alone (rules add into adjoints in place, and the
    /// reverse sweep gives results back to the pool).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Own(Tensor? adjoint, params ReadOnlySpan<Tensor?> others)
    {
        if (adjoint is null) return null;
        foreach (var other in others)
        {
            if (ReferenceEquals(adjoint, other)) return Tensor.Copy(adjoint);
        }
        return adjoint;
    }

    /// <summary>Generated code calls this where one adjoint flows whole into another (the reverse of
    /// <c>y = x</c>): both belong to generated code alone, so the first is added into the second in place and
    /// given back to the pool. Null stands for zero.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Merge(Tensor? adjoint, Tensor? incoming)
    {
        if (incoming is null) return adjoint;
        if (adjoint is null) return incoming;
        return Tensor.AddAdjoint(adjoint, incoming, adjoint.Shape);
    }

    /// <summary>Generated code calls this on the seed a caller gives a tensor-valued method's pullback: it must
    /// have the result's shape; the reverse sweep works on a copy (the seed stays the caller's).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor Seed(Tensor seed, Tensor result, string method)
    {
        ArgumentNullException.ThrowIfNull(seed);
        if (!seed.HasShape(result.ShapeArray))
        {
            throw new TensorShapeException($"{method}: the seed has shape {Tensor.Format(seed.ShapeArray)}, the result has shape {Tensor.Format(result.ShapeArray)}.");
        }
        return Tensor.Copy(seed);
    }
}
