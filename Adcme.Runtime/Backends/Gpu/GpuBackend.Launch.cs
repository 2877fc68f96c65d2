using ILGPU;
using ILGPU.Runtime;

namespace Adcme;

// Launching kernels: each kernel method is compiled for the accelerator once (Kernel), then launched on the default
// stream under the backend's gate, one device thread per element (ILGPU picks the group size). Launches are
// asynchronous; a transfer to the host waits for them.
public sealed partial class GpuBackend
{
    /// <summary>The common GPU backend of an operation's tensor operands, or the error naming the backends when they
    /// differ (transfers are explicit: <see cref="Tensor.To(Backend)"/>).</summary>
    internal static GpuBackend Of(string operation, Tensor a, Tensor? b = null, Tensor? c = null)
    {
        var backend = a.Backend;
        if ((b is not null && !ReferenceEquals(b.Backend, backend)) || (c is not null && !ReferenceEquals(c.Backend, backend)))
        {
            var names = string.Join(", ", new[] { a, b, c }.Where(t => t is not null).Select(t => $"{Tensor.Format(t!.ShapeArray)} on {t!.Backend.Name}"));
            throw new TensorBackendException($"{operation}: operands on different backends ({names}). Move one with To(backend): transfers are explicit.");
        }
        return backend as GpuBackend ?? throw new TensorBackendException($"{operation}: the operands are on the {backend.Name} backend, not a GPU backend.");
    }

    /// <summary>Whether any operand lives on a device (then every one must be on that device).</summary>
    internal static bool Any(Tensor? a, Tensor? b = null, Tensor? c = null) => (a?.OnDevice ?? false) || (b?.OnDevice ?? false) || (c?.OnDevice ?? false);

    /// <summary>A new tensor of <paramref name="shape"/> on this backend, uninitialized.</summary>
    internal Tensor Output(int[] shape) => new(Rent(Tensor.CheckedLength("GPU", shape)), shape);

    internal void Launch<T1>(Action<Index1D, T1> kernel, int length, T1 a)
        where T1 : struct
    {
        if (length == 0) return;
        var loaded = Kernel(kernel, accelerator => accelerator.LoadAutoGroupedStreamKernel(kernel));
        lock (Gate) loaded(length, a);
    }

    internal void Launch<T1, T2>(Action<Index1D, T1, T2> kernel, int length, T1 a, T2 b)
        where T1 : struct where T2 : struct
    {
        if (length == 0) return;
        var loaded = Kernel(kernel, accelerator => accelerator.LoadAutoGroupedStreamKernel(kernel));
        lock (Gate) loaded(length, a, b);
    }

    internal void Launch<T1, T2, T3>(Action<Index1D, T1, T2, T3> kernel, int length, T1 a, T2 b, T3 c)
        where T1 : struct where T2 : struct where T3 : struct
    {
        if (length == 0) return;
        var loaded = Kernel(kernel, accelerator => accelerator.LoadAutoGroupedStreamKernel(kernel));
        lock (Gate) loaded(length, a, b, c);
    }

    internal void Launch<T1, T2, T3, T4>(Action<Index1D, T1, T2, T3, T4> kernel, int length, T1 a, T2 b, T3 c, T4 d)
        where T1 : struct where T2 : struct where T3 : struct where T4 : struct
    {
        if (length == 0) return;
        var loaded = Kernel(kernel, accelerator => accelerator.LoadAutoGroupedStreamKernel(kernel));
        lock (Gate) loaded(length, a, b, c, d);
    }

    internal void Launch<T1, T2, T3, T4, T5>(Action<Index1D, T1, T2, T3, T4, T5> kernel, int length, T1 a, T2 b, T3 c, T4 d, T5 e)
        where T1 : struct where T2 : struct where T3 : struct where T4 : struct where T5 : struct
    {
        if (length == 0) return;
        var loaded = Kernel(kernel, accelerator => accelerator.LoadAutoGroupedStreamKernel(kernel));
        lock (Gate) loaded(length, a, b, c, d, e);
    }

    internal void Launch<T1, T2, T3, T4, T5, T6>(Action<Index1D, T1, T2, T3, T4, T5, T6> kernel, int length, T1 a, T2 b, T3 c, T4 d, T5 e, T6 f)
        where T1 : struct where T2 : struct where T3 : struct where T4 : struct where T5 : struct where T6 : struct
    {
        if (length == 0) return;
        var loaded = Kernel(kernel, accelerator => accelerator.LoadAutoGroupedStreamKernel(kernel));
        lock (Gate) loaded(length, a, b, c, d, e, f);
    }

    internal void Launch<T1, T2, T3, T4, T5, T6, T7>(Action<Index1D, T1, T2, T3, T4, T5, T6, T7> kernel, int length, T1 a, T2 b, T3 c, T4 d, T5 e, T6 f, T7 g)
        where T1 : struct where T2 : struct where T3 : struct where T4 : struct where T5 : struct where T6 : struct where T7 : struct
    {
        if (length == 0) return;
        var loaded = Kernel(kernel, accelerator => accelerator.LoadAutoGroupedStreamKernel(kernel));
        lock (Gate) loaded(length, a, b, c, d, e, f, g);
    }
}
