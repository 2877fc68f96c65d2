namespace Adcme;

// Device tensors in communication, staged through host memory: an operation reads a device operand's elements with
// one download, communicates host buffers exactly as for host tensors (so values and message order are the CPU
// backend's, bit for bit), and uploads its result to the operand's backend. Adjoints do the same: a contribution is
// made on the backend of the adjoint it is added into. No operation mixes backends: a result lives where its
// operand lives (Receive(shape, …), which has no operand, returns a host tensor).
public abstract partial class Communicator
{
    /// <summary>The elements of <paramref name="x"/> in host memory: its own span, or for a device tensor a
    /// downloaded copy.</summary>
    private protected static ReadOnlySpan<double> HostValues(Tensor x) => x.OnDevice ? x.ToArray() : x.Span;

    /// <summary><paramref name="host"/> (a new host tensor the caller owns) on <paramref name="backend"/>: itself on the
    /// CPU backend, else an uploaded copy (the host tensor goes back to the pool).</summary>
    private protected static Tensor OnBackend(Tensor host, Backend backend)
    {
        if (!backend.IsDevice) return host;
        var moved = host.To(backend);
        host.Dispose();
        return moved;
    }
}
