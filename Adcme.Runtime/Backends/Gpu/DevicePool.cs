using ILGPU;
using ILGPU.Runtime;

namespace Adcme;

/// <summary>A tensor's storage on a <see cref="GpuBackend"/>: one device buffer of doubles, from the backend's pool.</summary>
internal sealed class DeviceBuffer
{
    private readonly MemoryBuffer1D<double, Stride1D.Dense>? _buffer;

    internal DeviceBuffer(GpuBackend owner, MemoryBuffer1D<double, Stride1D.Dense>? buffer, int length)
    {
        Owner = owner;
        _buffer = buffer;
        Length = length;
    }

    internal GpuBackend Owner { get; }

    internal int Length { get; }

    /// <summary>The elements as a kernel argument (an empty buffer is never launched over).</summary>
    internal ArrayView<double> View => _buffer is null ? default : _buffer.View;

    internal void Free() => _buffer?.Dispose();
}

/// <summary>
/// Device buffers kept for reuse by length, shared by the threads of the process (in-process ranks use one
/// accelerator). A disposed tensor's buffer comes back here at once: device memory never waits for the garbage
/// collector. Beyond <see cref="MaxRetainedBytes"/> a returned buffer is freed instead; when the device is full the
/// pool is emptied and the allocation tried again.
/// </summary>
internal sealed class DevicePool
{
    private readonly GpuBackend _owner;
    private readonly Dictionary<int, Stack<DeviceBuffer>> _buckets = [];
    private long _retainedBytes;

    internal DevicePool(GpuBackend owner)
    {
        _owner = owner;
        var memory = owner.Accelerator.MemorySize;
        MaxRetainedBytes = memory > 0 ? Math.Min(memory / 4, 4L << 30) : 1L << 30;
    }

    internal long MaxRetainedBytes { get; set; }

    internal long RetainedBytes
    {
        get
        {
            lock (_buckets) return _retainedBytes;
        }
    }

    internal DeviceBuffer Rent(int length)
    {
        if (length == 0) return new DeviceBuffer(_owner, null, 0);
        lock (_buckets)
        {
            if (_buckets.TryGetValue(length, out var stack) && stack.TryPop(out var buffer))
            {
                _retainedBytes -= (long)length * sizeof(double);
                return buffer;
            }
        }
        try
        {
            return Allocate(length);
        }
        catch (Exception exception) when (exception is OutOfMemoryException or AcceleratorException)
        {
            // The device is full: give back what the pool keeps, then try once more.
            Trim();
            return Allocate(length);
        }
    }

    internal void Return(DeviceBuffer buffer)
    {
        if (buffer.Length == 0) return;
        var bytes = (long)buffer.Length * sizeof(double);
        lock (_buckets)
        {
            if (_retainedBytes + bytes <= MaxRetainedBytes)
            {
                if (!_buckets.TryGetValue(buffer.Length, out var stack))
                {
                    stack = new Stack<DeviceBuffer>();
                    _buckets.Add(buffer.Length, stack);
                }
                stack.Push(buffer);
                _retainedBytes += bytes;
                return;
            }
        }
        lock (_owner.Gate) buffer.Free();
    }

    internal void Trim()
    {
        List<DeviceBuffer> freed = [];
        lock (_buckets)
        {
            foreach (var stack in _buckets.Values) freed.AddRange(stack);
            _buckets.Clear();
            _retainedBytes = 0;
        }
        lock (_owner.Gate)
        {
            foreach (var buffer in freed) buffer.Free();
        }
    }

    private DeviceBuffer Allocate(int length)
    {
        lock (_owner.Gate) return new DeviceBuffer(_owner, _owner.Accelerator.Allocate1D<double>(length), length);
    }
}
