namespace Adcme;

// DistributedPoisson.Solve with device tensors, staged through the host: κ, f, the seed and the tangents are
// downloaded, the distributed conjugate gradients (and the operator's assembly) run on the host exactly as for host
// tensors, with the same communication, and the results are uploaded to the operands' backend. The values are the
// CPU backend's, bit for bit.
public static partial class DistributedPoisson
{
    /// <summary>The operands' common backend (the host when none is on a device).</summary>
    private static Backend BackendOf(string operation, Tensor a, Tensor b, Tensor? c = null, Tensor? d = null, Tensor? e = null)
    {
        if (!GpuBackend.Any(a, b, c) && !GpuBackend.Any(d, e)) return Backend.Cpu;
        var backend = GpuBackend.Of(operation, a, b, c);
        if (d is not null) GpuBackend.Of(operation, a, d);
        if (e is not null) GpuBackend.Of(operation, a, e);
        return backend;
    }

    /// <summary>The elements in host memory: the span of a host tensor, a downloaded copy of a device tensor.</summary>
    private static ReadOnlySpan<double> HostValues(Tensor x) => x.OnDevice ? x.ToArray() : x.Span;

    /// <summary>A new host tensor on <paramref name="backend"/>: itself on the host, else an uploaded copy (the host one
    /// goes back to the pool).</summary>
    private static Tensor Placed(Tensor host, Backend backend)
    {
        if (!backend.IsDevice) return host;
        var moved = host.To(backend);
        host.Dispose();
        return moved;
    }
}
