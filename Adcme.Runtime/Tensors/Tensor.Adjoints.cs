using System.ComponentModel;
using System.Numerics.Tensors;

namespace Adcme;

// Adjoint accumulation. Convention (docs/custom-primitives.md): an adjoint held by generated code belongs to
// it alone, so a rule may add into a non-null adjoint in place; a rule never stores the seed it was given (or
// any argument) into an adjoint, it adds a copy (AddSeed).
public sealed partial class Tensor
{
    /// <summary>Adds <paramref name="contribution"/>, summed down to <paramref name="shape"/> where it was
    /// broadcast, into an adjoint (null stands for zero), in place when there is one. The contribution must be a
    /// tensor the rule made and owns: it is consumed (kept as the adjoint, or given back to the pool).</summary>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public static Tensor AddAdjoint(Tensor? accumulated, Tensor contribution, IReadOnlyList<int> shape)
    {
        var reduced = SumToShape(contribution, shape);
        if (!ReferenceEquals(reduced, contribution)) contribution.Dispose();
        if (accumulated is null) return reduced;
        RequireSameShape("AddAdjoint", accumulated, reduced);
        if (GpuBackend.Any(accumulated, reduced))
        {
            GpuBackend.Of("AddAdjoint", accumulated, reduced).AddInto(accumulated, reduced);
            reduced.Dispose();
            return accumulated;
        }
        Apply(BinaryOp.Add, accumulated.Data, reduced.Data, accumulated.Data, accumulated.Length);
        reduced.Dispose();
        return accumulated;
    }

    /// <summary>Adds <paramref name="seed"/> (a tensor the rule does not own: its seed, or an argument), summed
    /// down to <paramref name="shape"/>, into an adjoint; null stands for zero. Never keeps the seed itself.</summary>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public static Tensor AddSeed(Tensor? accumulated, Tensor seed, IReadOnlyList<int> shape)
    {
        if (!seed.HasShape(shape)) return AddAdjoint(accumulated, SumToShape(seed, shape), shape);
        if (accumulated is null) return Copy(seed);
        RequireSameShape("AddSeed", accumulated, seed);
        if (GpuBackend.Any(accumulated, seed))
        {
            GpuBackend.Of("AddSeed", accumulated, seed).AddInto(accumulated, seed);
            return accumulated;
        }
        Apply(BinaryOp.Add, accumulated.Data, seed.Data, accumulated.Data, accumulated.Length);
        return accumulated;
    }

    /// <summary>A copy with storage of its own (from the pool).</summary>
    public static Tensor Copy(Tensor x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.OnDevice) return GpuBackend.Of("Copy", x).Copy(x);
        var data = TensorPool.Rent(x.Length);
        x.Span.CopyTo(data);
        return new Tensor(data, x._shape);
    }

    /// <summary>The sum of two tangents, each broadcast to <paramref name="shape"/>; null stands for zero.</summary>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public static Tensor? AddTangents(Tensor? a, Tensor? b, IReadOnlyList<int> shape)
    {
        if (a is null && b is null) return null;
        var sum = a is null ? b! : b is null ? a : a + b;
        return sum.HasShape(shape) ? sum : BroadcastTo("AddTangents", sum, shape.ToArray());
    }

    /// <summary>a + b for adjoints and tangents of one shape, where null stands for zero (a new tensor when both
    /// are present; neither is changed).</summary>
    [EditorBrowsable(EditorBrowsableState.Advanced)]
    public static Tensor? Accumulate(Tensor? a, Tensor? b) => a is null ? b : b is null ? a : a + b;
}
