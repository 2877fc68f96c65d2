using System.ComponentModel;

namespace Adcme;

/// <summary>
/// The loop of a generated fused kernel over a range of units (rows of its grid, or elements): a struct holding the
/// loop's tensors and values in fields, run by <see cref="Kernels.Run{TBody}(ref TBody, int, long, int)"/> on one
/// core or several. Each call of <see cref="Execute"/> computes units [start, end) and writes only what belongs to
/// them, so the result does not depend on how the range is cut. For generated code; not for direct use.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IKernelBody
{
    /// <summary>Computes units [<paramref name="start"/>, <paramref name="end"/>).</summary>
    void Execute(int start, int end);
}

/// <summary>Runs a kernel body on the cores: one instance per calling thread and body type (<see cref="ParallelJob.For{TJob}"/>),
/// holding a copy of the body while it runs, so a warm call allocates nothing.</summary>
internal sealed class KernelBodyJob<TBody> : ParallelJob where TBody : struct, IKernelBody
{
    internal TBody Body;

    protected override void Execute(int start, int end) => Body.Execute(start, end);

    // The body's fields refer to the caller's tensors: dropped once it has run.
    protected override void Clear() => Body = default;
}
