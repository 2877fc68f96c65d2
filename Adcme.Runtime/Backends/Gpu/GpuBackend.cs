using System.Collections.Concurrent;
using ILGPU;
using ILGPU.Runtime;
using ILGPU.Runtime.CPU;
using ILGPU.Runtime.Cuda;

namespace Adcme;

/// <summary>
/// The ILGPU backend: tensors live in the accelerator's memory and every operation on them runs as an ILGPU kernel
/// on the accelerator; nothing goes back to the host unless asked (<see cref="Tensor.ToArray"/>,
/// <see cref="Tensor.To(Backend)"/>). Two of them: <see cref="Cuda"/> (the first NVIDIA GPU) and
/// <see cref="CpuAccelerator"/> (ILGPU's CPU accelerator: the same kernels run on host threads, for tests and CI).
/// Device memory is pooled per backend (<see cref="RetainedBytes"/>, <see cref="Trim"/>) and given back when a tensor is
/// disposed (<see cref="Tensor.Dispose"/>, <see cref="TensorScope"/>): it never waits for the garbage collector.
/// </summary>
public sealed partial class GpuBackend : Backend, IDisposable
{
    private static readonly Lazy<GpuBackend> s_cpuAccelerator = new(CreateCpuAccelerator, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<GpuBackend> s_cuda = new(CreateCuda, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Context _context;
    private readonly ConcurrentDictionary<Delegate, Delegate> _kernels = new();
    private readonly DevicePool _pool;
    private readonly string _name;

    private GpuBackend(string name, Context context, Accelerator accelerator)
    {
        _name = name;
        _context = context;
        Accelerator = accelerator;
        _pool = new DevicePool(this);
    }

    /// <summary>ILGPU's CPU accelerator (<c>ilgpu-cpu</c>): device kernels on host threads.</summary>
    public static GpuBackend CpuAccelerator => s_cpuAccelerator.Value;

    /// <summary>The first CUDA device (<c>cuda</c>).</summary>
    /// <exception cref="BackendUnavailableException">ILGPU finds no CUDA device; the message lists what it found.</exception>
    public static GpuBackend Cuda => s_cuda.Value;

    /// <summary>Whether ILGPU finds a CUDA device on this machine (without creating the backend).</summary>
    public static bool CudaAvailable
    {
        get
        {
            try
            {
                using var context = Context.Create(builder => builder.Cuda());
                return context.GetCudaDevices().Count > 0;
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                return false;
            }
        }
    }

    /// <inheritdoc/>
    public override string Name => _name;

    /// <inheritdoc/>
    public override bool IsDevice => true;

    /// <summary>The ILGPU accelerator the kernels run on.</summary>
    public Accelerator Accelerator { get; }

    /// <summary>Bytes of device memory held by this backend's pool for reuse (not in any live tensor).</summary>
    public long RetainedBytes => _pool.RetainedBytes;

    /// <summary>The most device memory the pool keeps for reuse; beyond it a disposed tensor's memory is freed at once.
    /// Starts at a quarter of the accelerator's memory (at most 4 GiB).</summary>
    public long MaxRetainedBytes
    {
        get => _pool.MaxRetainedBytes;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            _pool.MaxRetainedBytes = value;
        }
    }

    /// <summary>Frees the device memory the pool holds for reuse.</summary>
    public void Trim() => _pool.Trim();

    private long _uploads;
    private long _downloads;

    /// <summary>Copies of tensor elements from host memory to this device made so far (<see cref="Tensor.To(Backend)"/>,
    /// tensors made from host data, results staged through the host; not a sparse pattern's indices, uploaded once per
    /// backend), counted per copy whatever its length. With
    /// <see cref="Downloads"/> it shows where transfers happen: a loop whose count does not grow with its iterations
    /// moves nothing between host and device inside it.</summary>
    public long Uploads => Interlocked.Read(ref _uploads);

    /// <summary>Copies of tensor elements from this device to host memory made so far (<see cref="Tensor.ToArray"/>,
    /// <see cref="Tensor.ToScalar"/>, one-element reads, the result of a device reduction read back, operands staged
    /// through the host), counted per copy whatever its length.</summary>
    public long Downloads => Interlocked.Read(ref _downloads);

    /// <summary>Waits until every kernel launched on this backend has finished.</summary>
    public void Synchronize()
    {
        lock (Gate) Accelerator.Synchronize();
    }

    /// <summary>Frees the pool and the accelerator. Only for backends the process no longer uses.</summary>
    public void Dispose()
    {
        _pool.Trim();
        Accelerator.Dispose();
        _context.Dispose();
    }

    /// <summary>Serializes launches and transfers: in-process ranks share one accelerator stream.</summary>
    internal object Gate { get; } = new();

    internal override Tensor Allocate(int length, int[] shape) => new(_pool.Rent(length), shape);

    internal override Tensor Upload(ReadOnlySpan<double> values, int[] shape)
    {
        var buffer = _pool.Rent(values.Length);
        if (values.Length > 0)
        {
            Interlocked.Increment(ref _uploads);
            lock (Gate) buffer.View.CopyFromCPU(Accelerator.DefaultStream, values);
        }
        return new Tensor(buffer, shape);
    }

    /// <summary>The elements of device storage, copied to the host.</summary>
    internal void Download(DeviceBuffer buffer, Span<double> destination)
    {
        if (destination.Length == 0) return;
        Interlocked.Increment(ref _downloads);
        lock (Gate)
        {
            buffer.View.CopyToCPU(Accelerator.DefaultStream, destination);
            Accelerator.DefaultStream.Synchronize();
        }
    }

    /// <summary>Elements offset … offset + destination.Length − 1 of device storage, copied to the host.</summary>
    internal void Download(DeviceBuffer buffer, int offset, Span<double> destination)
    {
        if (destination.Length == 0) return;
        Interlocked.Increment(ref _downloads);
        lock (Gate)
        {
            buffer.View.SubView(offset, destination.Length).CopyToCPU(Accelerator.DefaultStream, destination);
            Accelerator.DefaultStream.Synchronize();
        }
    }

    /// <summary>Pooled device storage of <paramref name="length"/> elements (uninitialized).</summary>
    internal DeviceBuffer Rent(int length) => _pool.Rent(length);

    internal void Return(DeviceBuffer buffer) => _pool.Return(buffer);

    /// <summary>A kernel compiled for this accelerator, once per kernel method (ILGPU compiles on first load).</summary>
    internal TDelegate Kernel<TDelegate>(TDelegate method, Func<Accelerator, TDelegate> load) where TDelegate : Delegate
    {
        if (_kernels.TryGetValue(method, out var loaded)) return (TDelegate)loaded;
        // Compiled under the gate: ILGPU's compiler and its launchers are not shared across threads mid-launch.
        lock (Gate)
        {
            if (_kernels.TryGetValue(method, out loaded)) return (TDelegate)loaded;
            var kernel = load(Accelerator);
            _kernels[method] = kernel;
            return kernel;
        }
    }

    private static GpuBackend CreateCpuAccelerator()
    {
        // Two threads per warp, one warp per group, two multiprocessors: the CPU accelerator pays per launch for every
        // thread it synchronizes, so a small device launches fastest (measured: 1.5 ms vs 5 ms for the default device
        // on 1000 elements); the kernels do not depend on the warp size.
        var device = new CPUDevice(2, 1, 2);
        var context = Context.Create(builder => builder.CPU(device).EnableAlgorithms());
        var accelerator = context.CreateCPUAccelerator(0, CPUAcceleratorMode.Parallel);
        return new GpuBackend("ilgpu-cpu", context, accelerator);
    }

    private static GpuBackend CreateCuda()
    {
        Context? context = null;
        try
        {
            context = Context.Create(builder => builder.Cuda().EnableAlgorithms());
            if (context.GetCudaDevices().Count == 0) throw new BackendUnavailableException(NoCuda(null));
            var accelerator = context.CreateCudaAccelerator(0);
            return new GpuBackend("cuda", context, accelerator);
        }
        catch (Exception exception) when (exception is not BackendUnavailableException and not OutOfMemoryException)
        {
            context?.Dispose();
            throw new BackendUnavailableException(NoCuda(exception));
        }
    }

    private static string NoCuda(Exception? failure)
    {
        var found = new List<string>();
        try
        {
            using var context = Context.Create(builder => builder.AllAccelerators());
            foreach (var device in context) found.Add($"{device.AcceleratorType} '{device.Name}'");
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            found.Add($"(listing devices failed: {exception.Message})");
        }
        var message = $"the CUDA backend needs an NVIDIA GPU with a CUDA driver; ILGPU found no CUDA device (devices found: {(found.Count == 0 ? "none" : string.Join(", ", found))}). Use ilgpu-cpu to run the device kernels on the CPU.";
        return failure is null ? message : message + $" ({failure.GetType().Name}: {failure.Message})";
    }
}
