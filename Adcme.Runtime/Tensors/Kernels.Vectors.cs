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

    /// <summary>Whether a kernel with stencils runs over a grid: its shape is 2-D. Gives the grid's rows and columns.</summary>
    public static bool Grid(int[] shape, out int rows, out int columns)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var grid = shape.Length == 2;
        rows = grid ? shape[0] : 0;
        columns = grid ? shape[1] : 0;
        return grid;
    }

    /// <summary>Whether a stencil's operand is the rows×columns grid padded by <paramref name="margin"/> on each side
    /// (0: the grid itself, not broadcast).</summary>
    public static bool Fits(Tensor operand, int rows, int columns, int margin)
    {
        ArgumentNullException.ThrowIfNull(operand);
        var shape = operand.ShapeArray;
        return shape.Length == 2 && shape[0] == rows + 2 * margin && shape[1] == columns + 2 * margin;
    }

    /// <summary>The shape of a stencil's result on an operand padded by <paramref name="margin"/>: the operand's shape
    /// less the margins, or the error the stencil's primitive (<paramref name="operation"/>) gives for that operand.</summary>
    /// <exception cref="TensorShapeException">The operand is not 2-D or has no element inside its margins.</exception>
    public static int[] Inner(int[] operand, int margin, string operation)
    {
        ArgumentNullException.ThrowIfNull(operand);
        if (operand.Length != 2) throw new TensorShapeException($"{operation}: expected a 2-D grid (n×m), got shape {Tensor.Format(operand)}.");
        if (operand[0] <= 2 * margin || operand[1] <= 2 * margin)
        {
            var least = 2 * margin + 1;
            throw new TensorShapeException($"{operation}: expected a block padded by a halo of width {margin} (at least {least}×{least}), got shape {Tensor.Format(operand)}.");
        }
        return [operand[0] - 2 * margin, operand[1] - 2 * margin];
    }

    /// <summary>The shape of a two-operand stencil's result (Diffusion(κ, u, h): u's shape), or the error its primitive
    /// (<paramref name="operation"/>) gives: u must be a 2-D grid, then κ must have u's shape.</summary>
    /// <exception cref="TensorShapeException">u is not 2-D, or κ's shape differs.</exception>
    public static int[] SameGrid(string operation, int[] coefficient, int[] operand)
    {
        ArgumentNullException.ThrowIfNull(coefficient);
        ArgumentNullException.ThrowIfNull(operand);
        if (operand.Length != 2) throw new TensorShapeException($"{operation}: expected a 2-D grid (n×m), got shape {Tensor.Format(operand)}.");
        if (!Tensor.SameShape(coefficient, operand))
        {
            throw new TensorShapeException($"{operation}: shapes {Tensor.Format(coefficient)} and {Tensor.Format(operand)} must be equal.");
        }
        return operand;
    }
}
