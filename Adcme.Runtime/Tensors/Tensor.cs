using System.Globalization;
using System.Text;

namespace Adcme;

/// <summary>
/// A dense, row-major tensor of doubles, rank 0 to 4. Tensors are immutable values: every operation
/// returns a new tensor, which is what lets Adcme differentiate code written with them. A tensor lives on a
/// <see cref="Adcme.Backend"/>: the CPU (host arrays, SIMD through System.Numerics.Tensors.TensorPrimitives) or a
/// GPU through ILGPU; operations run where their operands live.
/// </summary>
public sealed partial class Tensor : IDisposable
{
    /// <summary>The largest rank a tensor may have.</summary>
    public const int MaxRank = 4;

    // Exactly one of the two holds the elements until the tensor is disposed: host storage on the CPU backend,
    // a device buffer on a GPU backend.
    private double[] _data;
    private DeviceBuffer? _device;
    private readonly int[] _shape;

    /// <summary>Wraps <paramref name="data"/> without copying; callers hand over ownership.</summary>
    internal Tensor(double[] data, int[] shape)
    {
        _data = data;
        _shape = shape;
    }

    /// <summary>Wraps device storage without copying; callers hand over ownership.</summary>
    internal Tensor(DeviceBuffer device, int[] shape)
    {
        _data = null!;
        _device = device;
        _shape = shape;
        TensorScope.Track(this);
    }

    /// <summary>The size of each dimension, outermost first (empty for a scalar).</summary>
    public IReadOnlyList<int> Shape => _shapeView ??= Array.AsReadOnly(_shape);

    // Shape arrays are shared between tensors (results take their operands'), so callers only ever see a view.
    private System.Collections.ObjectModel.ReadOnlyCollection<int>? _shapeView;

    /// <summary>The number of dimensions.</summary>
    public int Rank => _shape.Length;

    /// <summary>The number of elements.</summary>
    public int Length => _data is { } data ? data.Length : _device is { } device ? device.Length : throw Disposed();

    /// <summary>The backend this tensor's elements live on, where operations on it run.</summary>
    public Backend Backend => _device is { } device ? device.Owner : Backend.Cpu;

    /// <summary>Whether the elements live in device memory (a <see cref="GpuBackend"/>).</summary>
    internal bool OnDevice => _device is not null;

    /// <summary>The elements in row-major order, read-only (CPU backend: a device tensor's elements are read with
    /// <see cref="ToArray"/>, or after <see cref="To(Backend)"/>).</summary>
    /// <exception cref="TensorBackendException">The tensor lives on a device.</exception>
    public ReadOnlySpan<double> Span => Data;

    internal double[] Data => _data ?? throw (_device is { } device ? HostAccess(device) : Disposed());

    /// <summary>The device storage of a tensor on a GPU backend.</summary>
    internal DeviceBuffer Device => _device ?? throw (_data is null ? Disposed() : new TensorBackendException($"A tensor of shape {Format(_shape)} on the cpu backend was used where device storage was expected."));

    /// <summary>Whether <see cref="Dispose"/> has given this tensor's storage back to the pool.</summary>
    public bool IsDisposed => _data is null && _device is null;

    /// <summary>Gives the storage back to its backend's pool (<see cref="TensorPool"/>, or the GPU backend's device
    /// pool), for the next tensor of this size. Use it on temporaries you own (nothing else may hold this tensor): any
    /// later use of it throws <see cref="ObjectDisposedException"/>. Disposing twice does nothing.</summary>
    public void Dispose()
    {
        // Exchange: two threads disposing one tensor give its storage back once.
        var device = Interlocked.Exchange(ref _device, null);
        if (device is not null)
        {
            device.Owner.Return(device);
            return;
        }
        var data = Interlocked.Exchange(ref _data, null!);
        if (data is null) return;
        TensorPool.Return(data);
    }

    /// <summary>A copy of this tensor on <paramref name="backend"/> (a copy even when it is there already): the one
    /// way elements move between host and device.</summary>
    public Tensor To(Backend backend)
    {
        ArgumentNullException.ThrowIfNull(backend);
        if (_device is { } device)
        {
            if (ReferenceEquals(device.Owner, backend)) return Copy(this);
            var host = TensorPool.Rent(device.Length);
            device.Owner.Download(device, host);
            if (!backend.IsDevice) return new Tensor(host, _shape);
            var moved = backend.Upload(host, _shape);
            TensorPool.Return(host);
            return moved;
        }
        return backend.Upload(Data, _shape);
    }

    private ObjectDisposedException Disposed()
        => new(nameof(Tensor), $"This tensor of shape {Format(_shape)} was disposed: its storage went back to the pool.");

    private TensorBackendException HostAccess(DeviceBuffer device)
        => new($"A tensor of shape {Format(_shape)} lives on the {device.Owner.Name} backend: its elements are not host memory. Read them with ToArray() or move the tensor with To(Backend.Cpu).");

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
            return _device is null ? Data[offset] : DeviceElement(offset);
        }
    }

    /// <summary>A copy of the elements in row-major order (from a device: a transfer to the host).</summary>
    public double[] ToArray()
    {
        if (_device is not { } device) return (double[])Data.Clone();
        var host = new double[device.Length];
        device.Owner.Download(device, host);
        return host;
    }

    /// <summary>The single value of a tensor with one element (a scalar or any shape of length 1).</summary>
    public double ToScalar() => Length == 1
        ? (_device is null ? Data[0] : DeviceElement(0))
        : throw new TensorShapeException($"ToScalar: a tensor of shape {Format(_shape)} has {Length} elements, not 1.");

    /// <summary>One element of a device tensor, copied to the host.</summary>
    internal double DeviceElement(int offset)
    {
        var device = Device;
        Span<double> value = stackalloc double[1];
        device.Owner.Download(device, offset, value);
        return value[0];
    }

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
        if (_device is { } device) text.Append(" on ").Append(device.Owner.Name);
        if (Length <= 16)
        {
            var values = _device is null ? Data : ToArray();
            text.Append(" {");
            for (var i = 0; i < Length; i++) text.Append(i == 0 ? " " : ", ").Append(values[i].ToString("G6", CultureInfo.InvariantCulture));
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
