using System.Globalization;
using System.Text;

namespace Adcme;

/// <summary>
/// A dense, row-major tensor of doubles, rank 0 to 4. Tensors are immutable values: every operation
/// returns a new tensor, which is what lets Adcme differentiate code written with them. Operations run on
/// the CPU backend (SIMD through System.Numerics.Tensors.TensorPrimitives).
/// </summary>
public sealed partial class Tensor : IDisposable
{
    /// <summary>The largest rank a tensor may have.</summary>
    public const int MaxRank = 4;

    private double[] _data;
    private readonly int[] _shape;

    /// <summary>Wraps <paramref name="data"/> without copying; callers hand over ownership.</summary>
    internal Tensor(double[] data, int[] shape)
    {
        _data = data;
        _shape = shape;
    }

    /// <summary>The size of each dimension, outermost first (empty for a scalar).</summary>
    public IReadOnlyList<int> Shape => _shapeView ??= Array.AsReadOnly(_shape);

    // Shape arrays are shared between tensors (results take their operands'), so callers only ever see a view.
    private System.Collections.ObjectModel.ReadOnlyCollection<int>? _shapeView;

    /// <summary>The number of dimensions.</summary>
    public int Rank => _shape.Length;

    /// <summary>The number of elements.</summary>
    public int Length => Data.Length;

    /// <summary>The elements in row-major order, read-only.</summary>
    public ReadOnlySpan<double> Span => Data;

    internal double[] Data => _data ?? throw Disposed();

    /// <summary>Whether <see cref="Dispose"/> has given this tensor's storage back to the pool.</summary>
    public bool IsDisposed => _data is null;

    /// <summary>Gives the storage back to <see cref="TensorPool"/>, for the next tensor of this size. Use it on
    /// temporaries you own (nothing else may hold this tensor): any later use of it throws
    /// <see cref="ObjectDisposedException"/>. Disposing twice does nothing.</summary>
    public void Dispose()
    {
        // Exchange: two threads disposing one tensor give its storage back once.
        var data = Interlocked.Exchange(ref _data, null!);
        if (data is null) return;
        TensorPool.Return(data);
    }

    private ObjectDisposedException Disposed()
        => new(nameof(Tensor), $"This tensor of shape {Format(_shape)} was disposed: its storage went back to the pool.");

    internal int[] ShapeArray => _shape;

    /// <summary>A vector that takes over <paramref name="data"/> (no copy).</summary>
    internal static Tensor Own(double[] data) => new(data, [data.Length]);

    /// <summary>One element, by one index per dimension (outside differentiable code).</summary>
    public double this[params int[] index]
    {
        get
        {
            if (index.Length != Rank)
            {
                throw new TensorShapeException($"Indexer: a tensor of shape {Format(_shape)} needs {Rank} index(es), got {index.Length}.");
            }
            var offset = 0;
            for (var d = 0; d < Rank; d++)
            {
                if ((uint)index[d] >= (uint)_shape[d])
                {
                    throw new IndexOutOfRangeException($"Indexer: index {index[d]} is outside dimension {d} of shape {Format(_shape)}.");
                }
                offset = offset * _shape[d] + index[d];
            }
            return Data[offset];
        }
    }

    /// <summary>A copy of the elements in row-major order.</summary>
    public double[] ToArray() => (double[])Data.Clone();

    /// <summary>The single value of a tensor with one element (a scalar or any shape of length 1).</summary>
    public double ToScalar() => Length == 1
        ? Data[0]
        : throw new TensorShapeException($"ToScalar: a tensor of shape {Format(_shape)} has {Length} elements, not 1.");

    /// <summary>Whether <paramref name="other"/> has the same shape.</summary>
    public bool HasShape(IReadOnlyList<int> other) => SameShape(_shape, other);

    internal static bool SameShape(int[] shape, IReadOnlyList<int> other)
    {
        if (ReferenceEquals(shape, other)) return true;
        if (other.Count != shape.Length) return false;
        for (var i = 0; i < shape.Length; i++)
        {
            if (shape[i] != other[i]) return false;
        }
        return true;
    }

    /// <summary>Shape and, for small tensors, the values.</summary>
    public override string ToString()
    {
        var text = new StringBuilder("Tensor").Append(Format(_shape));
        if (IsDisposed) return text.Append(" (disposed)").ToString();
        if (Length <= 16)
        {
            text.Append(" {");
            for (var i = 0; i < Length; i++) text.Append(i == 0 ? " " : ", ").Append(Data[i].ToString("G6", CultureInfo.InvariantCulture));
            text.Append(" }");
        }
        return text.ToString();
    }

    internal static string Format(IReadOnlyList<int> shape) => "[" + string.Join(", ", shape) + "]";

    internal static int CheckedLength(string operation, int[] shape)
    {
        if (shape.Length > MaxRank)
        {
            throw new TensorShapeException($"{operation}: rank {shape.Length} ({Format(shape)}) exceeds the maximum rank {MaxRank}.");
        }
        long length = 1;
        foreach (var size in shape)
        {
            if (size < 0) throw new TensorShapeException($"{operation}: shape {Format(shape)} has a negative dimension.");
            length *= size;
            if (length > Array.MaxLength) throw new TensorShapeException($"{operation}: shape {Format(shape)} has too many elements.");
        }
        return (int)length;
    }
}

/// <summary>Thrown when tensor shapes do not fit an operation; the message names the operation and the shapes.</summary>
public sealed class TensorShapeException : ArgumentException
{
    /// <summary>Creates the exception with a message naming the operation and the shapes.</summary>
    public TensorShapeException(string message) : base(message)
    {
    }
}
