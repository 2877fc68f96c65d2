using System.ComponentModel;

namespace Adcme;

/// <summary>The scalar arguments of a generated device kernel (its scalar inputs, stencil scales, grid sizes and
/// flags), in one argument (a kernel with more takes as many as they fill): ILGPU launches a kernel with at most
/// fourteen. A kernel argument, public because ILGPU's CPU accelerator builds its launchers in a separate assembly; not
/// for direct use.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
#pragma warning disable CA1051 // fields: what a device kernel reads, set by an object initializer in generated code
public struct KernelScalars
{
    /// <summary>The most doubles a kernel takes.</summary>
    public const int Doubles = 8;

    /// <summary>The most ints a kernel takes.</summary>
    public const int Ints = 8;

    /// <summary>Double argument 0.</summary>
    public double D0;

    /// <summary>Double argument 1.</summary>
    public double D1;

    /// <summary>Double argument 2.</summary>
    public double D2;

    /// <summary>Double argument 3.</summary>
    public double D3;

    /// <summary>Double argument 4.</summary>
    public double D4;

    /// <summary>Double argument 5.</summary>
    public double D5;

    /// <summary>Double argument 6.</summary>
    public double D6;

    /// <summary>Double argument 7.</summary>
    public double D7;

    /// <summary>Int argument 0.</summary>
    public int I0;

    /// <summary>Int argument 1.</summary>
    public int I1;

    /// <summary>Int argument 2.</summary>
    public int I2;

    /// <summary>Int argument 3.</summary>
    public int I3;

    /// <summary>Int argument 4.</summary>
    public int I4;

    /// <summary>Int argument 5.</summary>
    public int I5;

    /// <summary>Int argument 6.</summary>
    public int I6;

    /// <summary>Int argument 7.</summary>
    public int I7;
}
#pragma warning restore CA1051
