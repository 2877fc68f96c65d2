using ILGPU;
using ILGPU.Runtime;

namespace Adcme;

// Launching the device kernels that the generator prints for fused kernels (static methods of the user's partial
// class): compiled once per kernel method through the backend's cache, launched under its gate, one device thread per
// element or grid point. A fused kernel takes its views one by one and its scalars, scales and grid sizes in a
// KernelScalars, up to the fourteen arguments ILGPU launches with; a larger one takes its views packed eight to a
// KernelViews (and its scalars in as many KernelScalars as they fill), still at most fourteen arguments.
public static partial class Kernels
{
    /// <summary>The sum of a scalar input's per-element adjoint contributions (consumed: given back to the pool), by the
    /// backend's own device sum: an order that depends only on their number (threads folding 256 strided elements, level
    /// by level), within (256 + n / 256)·ε·Σ|cᵢ| of the exact sum (the CPU's lane-wise order: n·ε·Σ|cᵢ|). One double
    /// comes back to the host: the adjoint is a host scalar.</summary>
    public static double Total(GpuBackend backend, Tensor contributions)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(contributions);
        var total = backend.Reduce(DeviceKernels.SumTerms, contributions, contributions);
        contributions.Dispose();
        return total;
    }

    /// <summary>Launches a generated device kernel over <paramref name="length"/> threads.</summary>
    public static void Launch<T1>(GpuBackend backend, Action<Index1D, T1> kernel, int length, T1 a1)
        where T1 : struct
    {
        ArgumentNullException.ThrowIfNull(backend);
        if (length == 0) return;
        var loaded = backend.Kernel(kernel, accelerator => accelerator.LoadAutoGroupedStreamKernel(kernel));
        lock (backend.Gate) loaded(length, a1);
    }

    /// <summary>Launches a generated device kernel over <paramref name="length"/> threads.</summary>
    public static void Launch<T1, T2>(GpuBackend backend, Action<Index1D, T1, T2> kernel, int length, T1 a1, T2 a2)
        where T1 : struct where T2 : struct
    {
        ArgumentNullException.ThrowIfNull(backend);
        if (length == 0) return;
        var loaded = backend.Kernel(kernel, accelerator => accelerator.LoadAutoGroupedStreamKernel(kernel));
        lock (backend.Gate) loaded(length, a1, a2);
    }

    /// <summary>Launches a generated device kernel over <paramref name="length"/> threads.</summary>
    public static void Launch<T1, T2, T3>(GpuBackend backend, Action<Index1D, T1, T2, T3> kernel, int length, T1 a1, T2 a2, T3 a3)
        where T1 : struct where T2 : struct where T3 : struct
    {
        ArgumentNullException.ThrowIfNull(backend);
        if (length == 0) return;
        var loaded = backend.Kernel(kernel, accelerator => accelerator.LoadAutoGroupedStreamKernel(kernel));
        lock (backend.Gate) loaded(length, a1, a2, a3);
    }

    /// <summary>Launches a generated device kernel over <paramref name="length"/> threads.</summary>
    public static void Launch<T1, T2, T3, T4>(GpuBackend backend, Action<Index1D, T1, T2, T3, T4> kernel, int length, T1 a1, T2 a2, T3 a3, T4 a4)
        where T1 : struct where T2 : struct where T3 : struct where T4 : struct
    {
        ArgumentNullException.ThrowIfNull(backend);
        if (length == 0) return;
        var loaded = backend.Kernel(kernel, accelerator => accelerator.LoadAutoGroupedStreamKernel(kernel));
        lock (backend.Gate) loaded(length, a1, a2, a3, a4);
    }

    /// <summary>Launches a generated device kernel over <paramref name="length"/> threads.</summary>
    public static void Launch<T1, T2, T3, T4, T5>(GpuBackend backend, Action<Index1D, T1, T2, T3, T4, T5> kernel, int length, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5)
        where T1 : struct where T2 : struct where T3 : struct where T4 : struct where T5 : struct
    {
        ArgumentNullException.ThrowIfNull(backend);
        if (length == 0) return;
        var loaded = backend.Kernel(kernel, accelerator => accelerator.LoadAutoGroupedStreamKernel(kernel));
        lock (backend.Gate) loaded(length, a1, a2, a3, a4, a5);
    }

    /// <summary>Launches a generated device kernel over <paramref name="length"/> threads.</summary>
    public static void Launch<T1, T2, T3, T4, T5, T6>(GpuBackend backend, Action<Index1D, T1, T2, T3, T4, T5, T6> kernel, int length, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6)
        where T1 : struct where T2 : struct where T3 : struct where T4 : struct where T5 : struct where T6 : struct
    {
        ArgumentNullException.ThrowIfNull(backend);
        if (length == 0) return;
        var loaded = backend.Kernel(kernel, accelerator => accelerator.LoadAutoGroupedStreamKernel(kernel));
        lock (backend.Gate) loaded(length, a1, a2, a3, a4, a5, a6);
    }

    /// <summary>Launches a generated device kernel over <paramref name="length"/> threads.</summary>
    public static void Launch<T1, T2, T3, T4, T5, T6, T7>(GpuBackend backend, Action<Index1D, T1, T2, T3, T4, T5, T6, T7> kernel, int length, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6, T7 a7)
        where T1 : struct where T2 : struct where T3 : struct where T4 : struct where T5 : struct where T6 : struct where T7 : struct
    {
        ArgumentNullException.ThrowIfNull(backend);
        if (length == 0) return;
        var loaded = backend.Kernel(kernel, accelerator => accelerator.LoadAutoGroupedStreamKernel(kernel));
        lock (backend.Gate) loaded(length, a1, a2, a3, a4, a5, a6, a7);
    }

    /// <summary>Launches a generated device kernel over <paramref name="length"/> threads.</summary>
    public static void Launch<T1, T2, T3, T4, T5, T6, T7, T8>(GpuBackend backend, Action<Index1D, T1, T2, T3, T4, T5, T6, T7, T8> kernel, int length, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6, T7 a7, T8 a8)
        where T1 : struct where T2 : struct where T3 : struct where T4 : struct where T5 : struct where T6 : struct where T7 : struct where T8 : struct
    {
        ArgumentNullException.ThrowIfNull(backend);
        if (length == 0) return;
        var loaded = backend.Kernel(kernel, accelerator => accelerator.LoadAutoGroupedStreamKernel(kernel));
        lock (backend.Gate) loaded(length, a1, a2, a3, a4, a5, a6, a7, a8);
    }

    /// <summary>Launches a generated device kernel over <paramref name="length"/> threads.</summary>
    public static void Launch<T1, T2, T3, T4, T5, T6, T7, T8, T9>(GpuBackend backend, Action<Index1D, T1, T2, T3, T4, T5, T6, T7, T8, T9> kernel, int length, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6, T7 a7, T8 a8, T9 a9)
        where T1 : struct where T2 : struct where T3 : struct where T4 : struct where T5 : struct where T6 : struct where T7 : struct where T8 : struct where T9 : struct
    {
        ArgumentNullException.ThrowIfNull(backend);
        if (length == 0) return;
        var loaded = backend.Kernel(kernel, accelerator => accelerator.LoadAutoGroupedStreamKernel(kernel));
        lock (backend.Gate) loaded(length, a1, a2, a3, a4, a5, a6, a7, a8, a9);
    }

    /// <summary>Launches a generated device kernel over <paramref name="length"/> threads.</summary>
    public static void Launch<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10>(GpuBackend backend, Action<Index1D, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10> kernel, int length, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6, T7 a7, T8 a8, T9 a9, T10 a10)
        where T1 : struct where T2 : struct where T3 : struct where T4 : struct where T5 : struct where T6 : struct where T7 : struct where T8 : struct where T9 : struct where T10 : struct
    {
        ArgumentNullException.ThrowIfNull(backend);
        if (length == 0) return;
        var loaded = backend.Kernel(kernel, accelerator => accelerator.LoadAutoGroupedStreamKernel(kernel));
        lock (backend.Gate) loaded(length, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10);
    }

    /// <summary>Launches a generated device kernel over <paramref name="length"/> threads.</summary>
    public static void Launch<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11>(GpuBackend backend, Action<Index1D, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11> kernel, int length, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6, T7 a7, T8 a8, T9 a9, T10 a10, T11 a11)
        where T1 : struct where T2 : struct where T3 : struct where T4 : struct where T5 : struct where T6 : struct where T7 : struct where T8 : struct where T9 : struct where T10 : struct where T11 : struct
    {
        ArgumentNullException.ThrowIfNull(backend);
        if (length == 0) return;
        var loaded = backend.Kernel(kernel, accelerator => accelerator.LoadAutoGroupedStreamKernel(kernel));
        lock (backend.Gate) loaded(length, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11);
    }

    /// <summary>Launches a generated device kernel over <paramref name="length"/> threads.</summary>
    public static void Launch<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12>(GpuBackend backend, Action<Index1D, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12> kernel, int length, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6, T7 a7, T8 a8, T9 a9, T10 a10, T11 a11, T12 a12)
        where T1 : struct where T2 : struct where T3 : struct where T4 : struct where T5 : struct where T6 : struct where T7 : struct where T8 : struct where T9 : struct where T10 : struct where T11 : struct where T12 : struct
    {
        ArgumentNullException.ThrowIfNull(backend);
        if (length == 0) return;
        var loaded = backend.Kernel(kernel, accelerator => accelerator.LoadAutoGroupedStreamKernel(kernel));
        lock (backend.Gate) loaded(length, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12);
    }

    /// <summary>Launches a generated device kernel over <paramref name="length"/> threads.</summary>
    public static void Launch<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13>(GpuBackend backend, Action<Index1D, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13> kernel, int length, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6, T7 a7, T8 a8, T9 a9, T10 a10, T11 a11, T12 a12, T13 a13)
        where T1 : struct where T2 : struct where T3 : struct where T4 : struct where T5 : struct where T6 : struct where T7 : struct where T8 : struct where T9 : struct where T10 : struct where T11 : struct where T12 : struct where T13 : struct
    {
        ArgumentNullException.ThrowIfNull(backend);
        if (length == 0) return;
        var loaded = backend.Kernel(kernel, accelerator => accelerator.LoadAutoGroupedStreamKernel(kernel));
        lock (backend.Gate) loaded(length, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13);
    }

    /// <summary>Launches a generated device kernel over <paramref name="length"/> threads.</summary>
    public static void Launch<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14>(GpuBackend backend, Action<Index1D, T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, T11, T12, T13, T14> kernel, int length, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6, T7 a7, T8 a8, T9 a9, T10 a10, T11 a11, T12 a12, T13 a13, T14 a14)
        where T1 : struct where T2 : struct where T3 : struct where T4 : struct where T5 : struct where T6 : struct where T7 : struct where T8 : struct where T9 : struct where T10 : struct where T11 : struct where T12 : struct where T13 : struct where T14 : struct
    {
        ArgumentNullException.ThrowIfNull(backend);
        if (length == 0) return;
        var loaded = backend.Kernel(kernel, accelerator => accelerator.LoadAutoGroupedStreamKernel(kernel));
        lock (backend.Gate) loaded(length, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14);
    }
}
