using System.ComponentModel;
using ILGPU;

namespace Adcme;

/// <summary>A shape and two operands' strides padded to rank 4 (0 where an operand broadcasts): what a device thread
/// needs to find its element's operands from its index in a broadcast result. A kernel argument of the GPU backend
/// (public because ILGPU's CPU accelerator builds its launchers in a separate assembly); not for direct use.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct Strides4
{
    /// <summary>Dimensions 1 … 3 of the padded shape (dimension 0 follows from the index).</summary>
    public readonly int N1, N2, N3;

    /// <summary>The first operand's strides.</summary>
    public readonly int A0, A1, A2, A3;

    /// <summary>The second operand's strides.</summary>
    public readonly int B0, B1, B2, B3;

    internal Strides4(int[] paddedShape, int[] a, int[] b)
    {
        (N1, N2, N3) = (paddedShape[1], paddedShape[2], paddedShape[3]);
        (A0, A1, A2, A3) = (a[0], a[1], a[2], a[3]);
        (B0, B1, B2, B3) = (b[0], b[1], b[2], b[3]);
    }

    /// <summary>Splits a row-major index of the padded shape into its four coordinates.</summary>
    internal void Split(int index, out int i0, out int i1, out int i2, out int i3)
    {
        i3 = index % N3;
        var rest = index / N3;
        i2 = rest % N2;
        rest /= N2;
        i1 = rest % N1;
        i0 = rest / N1;
    }
}

/// <summary>
/// The GPU backend's hand-written element kernels (the functions' kernels are printed from the rule table into
/// <c>ElementRules</c>, <c>*_Device</c>). One device thread per result element; each computes exactly what the CPU
/// backend computes for that element (the same operation on the same operands).
/// </summary>
internal static partial class DeviceKernels
{
    internal const int Add = 0, Subtract = 1, Multiply = 2, Divide = 3;

    public static double Apply(int op, double u, double v) => op switch
    {
        Add => u + v,
        Subtract => u - v,
        Multiply => u * v,
        _ => u / v,
    };

    public static void Fill(Index1D i, ArrayView<double> r, double value) => r[i] = value;

    public static void Copy(Index1D i, ArrayView<double> x, ArrayView<double> r) => r[i] = x[i];

    public static void Negate(Index1D i, ArrayView<double> x, ArrayView<double> r) => r[i] = -x[i];

    public static void Binary(Index1D i, ArrayView<double> a, ArrayView<double> b, ArrayView<double> r, int op) => r[i] = Apply(op, a[i], b[i]);

    public static void Scalar(Index1D i, ArrayView<double> x, double scalar, ArrayView<double> r, int op, int scalarFirst)
        => r[i] = scalarFirst != 0 ? Apply(op, scalar, x[i]) : Apply(op, x[i], scalar);

    public static void Broadcast(Index1D i, ArrayView<double> a, ArrayView<double> b, ArrayView<double> r, Strides4 s, int op)
    {
        s.Split(i, out var i0, out var i1, out var i2, out var i3);
        var u = a[i0 * s.A0 + i1 * s.A1 + i2 * s.A2 + i3 * s.A3];
        var v = b[i0 * s.B0 + i1 * s.B1 + i2 * s.B2 + i3 * s.B3];
        r[i] = Apply(op, u, v);
    }

    /// <summary>r = x repeated out to r's shape (the A strides are x's).</summary>
    public static void BroadcastTo(Index1D i, ArrayView<double> x, ArrayView<double> r, Strides4 s)
    {
        s.Split(i, out var i0, out var i1, out var i2, out var i3);
        r[i] = x[i0 * s.A0 + i1 * s.A1 + i2 * s.A2 + i3 * s.A3];
    }

    /// <summary>r[i] += x[i] (adjoint accumulation in place).</summary>
    public static void AddInto(Index1D i, ArrayView<double> r, ArrayView<double> x) => r[i] += x[i];
}
