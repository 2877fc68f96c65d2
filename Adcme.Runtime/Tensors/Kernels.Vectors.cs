using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Adcme;

// Support for the vector code and the stencil loops of generated fused kernels. A kernel loads and stores whole
// vectors only at indices its loop bounds keep inside the spans (every span of a kernel has the kernel's length), so
// the loads do not check bounds again.
public static partial class Kernels
{
    /// <summary>The number of doubles in a <see cref="Vector{T}"/>: how many elements the vector code does at once.</summary>
    public static int Width
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Vector<double>.Count;
    }

    /// <summary>A vector with every lane <paramref name="value"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> Splat(double value) => new(value);

    /// <summary>Elements i … i + <see cref="Width"/> − 1 (the caller keeps them inside the span).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> Load(ReadOnlySpan<double> x, int i) => Vector.LoadUnsafe(ref MemoryMarshal.GetReference(x), (nuint)i);

    /// <summary>Elements i … i + <see cref="Width"/> − 1 (the caller keeps them inside the span).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> Load(Span<double> x, int i) => Vector.LoadUnsafe(ref MemoryMarshal.GetReference(x), (nuint)i);

    /// <summary>Stores a vector into elements i … i + <see cref="Width"/> − 1 (the caller keeps them inside the span).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Span<double> x, int i, Vector<double> value) => value.StoreUnsafe(ref MemoryMarshal.GetReference(x), (nuint)i);

    /// <summary>Math.Sqrt lane by lane (correctly rounded, as Math.Sqrt).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> Sqrt(Vector<double> x) => Vector.SquareRoot(x);

    /// <summary>Math.Abs lane by lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> Abs(Vector<double> x) => Vector.Abs(x);

    /// <summary>The sum of the lanes (a scalar input's adjoint, summed in vector-wide partial sums).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sum(Vector<double> x) => Vector.Sum(x);

    /// <summary>Whether a kernel with a stencil runs over a grid: its shape is 2-D and the stencil's operand has
    /// that shape (not broadcast). Gives the grid's rows and columns.</summary>
    public static bool Grid(int[] shape, out int rows, out int columns, Tensor operand)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(operand);
        rows = shape.Length == 2 ? shape[0] : 0;
        columns = shape.Length == 2 ? shape[1] : 0;
        return shape.Length == 2 && operand.HasShape(shape);
    }

    /// <summary><see cref="Grid(int[], out int, out int, Tensor)"/> for a kernel with stencils over two operands.</summary>
    public static bool Grid(int[] shape, out int rows, out int columns, Tensor first, Tensor second)
        => Grid(shape, out rows, out columns, first) && second.HasShape(shape);

    /// <summary><see cref="Grid(int[], out int, out int, Tensor)"/> for a kernel with stencils over several operands.</summary>
    public static bool Grid(int[] shape, out int rows, out int columns, params Tensor[] operands)
    {
        ArgumentNullException.ThrowIfNull(operands);
        rows = shape.Length == 2 ? shape[0] : 0;
        columns = shape.Length == 2 ? shape[1] : 0;
        if (shape.Length != 2) return false;
        foreach (var operand in operands)
        {
            if (!operand.HasShape(shape)) return false;
        }
        return true;
    }
}
