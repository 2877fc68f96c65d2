using System.ComponentModel;
using ILGPU;

namespace Adcme;

/// <summary>Eight device views of a generated device kernel, in one argument: a fused kernel that reads more tensors
/// than ILGPU launches a kernel with (fourteen arguments) takes its views packed eight to an argument (the generated
/// code fills a group's unused fields with one of its views, never an empty one). A kernel argument, public because
/// ILGPU's CPU accelerator builds its launchers in a separate assembly; not for direct use.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
#pragma warning disable CA1051 // fields: what a device kernel reads, set by an object initializer in generated code
public struct KernelViews
{
    /// <summary>View 0.</summary>
    public ArrayView<double> V0;

    /// <summary>View 1.</summary>
    public ArrayView<double> V1;

    /// <summary>View 2.</summary>
    public ArrayView<double> V2;

    /// <summary>View 3.</summary>
    public ArrayView<double> V3;

    /// <summary>View 4.</summary>
    public ArrayView<double> V4;

    /// <summary>View 5.</summary>
    public ArrayView<double> V5;

    /// <summary>View 6.</summary>
    public ArrayView<double> V6;

    /// <summary>View 7.</summary>
    public ArrayView<double> V7;
}
#pragma warning restore CA1051
