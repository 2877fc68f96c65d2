using System.ComponentModel;

namespace Adcme;

/// <summary>
/// Support for the fused elementwise kernels that generated derivative code contains (a chain such as
/// <c>u + dt * (kappa * lap)</c> becomes one loop forward and one loop in reverse). Not for direct use.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class Kernels
{
    /// <summary>The shape of a kernel input.</summary>
    public static int[] Shape(Tensor x) => x.ShapeArray;

    /// <summary>The broadcast of two operand shapes, with the error the operation itself would give.</summary>
    public static int[] Broadcast(string operation, int[] a, int[] b) => Tensor.SameShape(a, b) ? a : Tensor.BroadcastShape(operation, a, b);

    /// <summary>A tensor of <paramref name="shape"/> from the pool, to be filled by the kernel.</summary>
    public static Tensor Output(int[] shape) => new(TensorPool.Rent(Tensor.CheckedLength("Fused", shape)), shape);

    /// <summary>The storage of a tensor the kernel is filling.</summary>
    public static Span<double> Write(Tensor tensor) => tensor.Data;

    /// <summary>An input's elements laid out in <paramref name="shape"/>. When its shape is smaller they are
    /// broadcast into <paramref name="spread"/>, pooled storage the kernel gives back with <see cref="Release"/>.</summary>
    public static ReadOnlySpan<double> Read(Tensor x, int[] shape, out Tensor? spread) => Tensor.Spread("Fused", x, shape, out spread);

    /// <summary>Gives back the storage <see cref="Read"/> broadcast an input into, if any.</summary>
    public static void Release(Tensor? spread) => spread?.Dispose();

    /// <summary>A kernel pullback's seed, which must have the kernel's shape.</summary>
    public static ReadOnlySpan<double> Seed(Tensor seed, int[] shape) => Tensor.SeedOf("Fused pullback", seed, shape);

    /// <summary>Where a kernel's pullback adds an input's adjoint, element by element in <paramref name="shape"/>.
    /// When <paramref name="fresh"/> the storage is uninitialized: the kernel assigns instead of adding.
    /// <paramref name="full"/> is a temporary of the full shape when the input was broadcast.</summary>
    public static Span<double> Accumulator(ref Tensor? adjoint, Tensor input, int[] shape, out Tensor? full, out bool fresh)
    {
        if (!input.HasShape(shape))
        {
            full = Output(shape);
            fresh = true;
            return full.Data;
        }
        full = null;
        if (adjoint is null)
        {
            adjoint = new Tensor(TensorPool.Rent(input.Length), input.ShapeArray);
            fresh = true;
            return adjoint.Data;
        }
        if (!adjoint.HasShape(input.ShapeArray))
        {
            throw new TensorShapeException($"Fused pullback: an adjoint of shape {Tensor.Format(adjoint.ShapeArray)} does not fit its input of shape {Tensor.Format(input.ShapeArray)}.");
        }
        fresh = false;
        return adjoint.Data;
    }

    /// <summary>Sums a broadcast input's full-shape adjoint down to its shape and adds it in.</summary>
    public static void Complete(ref Tensor? adjoint, Tensor input, Tensor? full)
    {
        if (full is not null) adjoint = Tensor.AddAdjoint(adjoint, full, input.ShapeArray);
    }
}
