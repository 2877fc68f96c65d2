using System.ComponentModel;
using ILGPU;

namespace Adcme;

/// <summary>A padded tensor's shape, its interior's shape and where the interior starts, all padded to rank 4: what a
/// device thread of Pad (or of its pullback) needs to tell interior from border. A kernel argument of the GPU backend
/// (public because ILGPU's CPU accelerator builds its launchers in a separate assembly); not for direct use.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct Frame4
{
    /// <summary>Dimensions 1 … 3 of the padded (outer) shape.</summary>
    public readonly int P1, P2, P3;

    /// <summary>The interior's dimensions.</summary>
    public readonly int N0, N1, N2, N3;

    /// <summary>The interior's first index in each dimension of the outer shape.</summary>
    public readonly int B0, B1, B2, B3;

    internal Frame4(int[] outer, int[] inner, int[] before)
    {
        (P1, P2, P3) = (outer[1], outer[2], outer[3]);
        (N0, N1, N2, N3) = (inner[0], inner[1], inner[2], inner[3]);
        (B0, B1, B2, B3) = (before[0], before[1], before[2], before[3]);
    }

    /// <summary>The interior's row-major index of outer element <paramref name="index"/>, or −1 on the border.</summary>
    internal int Inner(int index)
    {
        var i3 = index % P3 - B3;
        var rest = index / P3;
        var i2 = rest % P2 - B2;
        rest /= P2;
        var i1 = rest % P1 - B1;
        var i0 = rest / P1 - B0;
        var inside = i0 >= 0 && i0 < N0 && i1 >= 0 && i1 < N1 && i2 >= 0 && i2 < N2 && i3 >= 0 && i3 < N3;
        return inside ? ((i0 * N1 + i1) * N2 + i2) * N3 + i3 : -1;
    }

    /// <summary>The outer row-major index of interior element <paramref name="index"/>.</summary>
    internal int Outer(int index)
    {
        var i3 = index % N3;
        var rest = index / N3;
        var i2 = rest % N2;
        rest /= N2;
        var i1 = rest % N1;
        var i0 = rest / N1;
        return (((i0 + B0) * P1 + i1 + B1) * P2 + i2 + B2) * P3 + i3 + B3;
    }
}

// Moving elements without arithmetic: copies of ranges and blocks, concatenation and its inverse, padding, rolls.
// Each thread writes one element, so every result is the CPU backend's bit for bit.
internal static partial class DeviceKernels
{
    /// <summary>r[targetOffset + i] = x[sourceOffset + i].</summary>
    public static void CopyRange(Index1D i, ArrayView<double> x, ArrayView<double> r, int sourceOffset, int targetOffset)
        => r[targetOffset + i] = x[sourceOffset + i];

    /// <summary>r[i] = x[i − offset] for offset ≤ i &lt; offset + count, 0 elsewhere (a range placed into zeros).</summary>
    public static void PlaceRange(Index1D i, ArrayView<double> x, ArrayView<double> r, int offset, int count)
        => r[i] = i >= offset && i < offset + count ? x[i - offset] : 0.0;

    /// <summary>r (rows × columns) = the block of x (… × n) whose top-left element is (row, column).</summary>
    public static void TakeBlock(Index1D i, ArrayView<double> x, ArrayView<double> r, int row, int column, int n, int columns)
        => r[i] = x[(row + i / columns) * n + column + i % columns];

    /// <summary>r (m × n) = zeros with the block b (rows × columns) placed with its top-left element at (row, column).</summary>
    public static void PlaceBlock(Index1D i, ArrayView<double> b, ArrayView<double> r, int row, int column, int n, int rows, int columns)
    {
        int p = i / n - row, q = i % n - column;
        r[i] = p >= 0 && p < rows && q >= 0 && q < columns ? b[p * columns + q] : 0.0;
    }

    /// <summary>Element i of a part (chunks of <paramref name="chunk"/> per outer index) into the joined result (chunks of
    /// <paramref name="joined"/>), at <paramref name="offset"/> within each chunk.</summary>
    public static void JoinPart(Index1D i, ArrayView<double> part, ArrayView<double> r, int chunk, int joined, int offset)
        => r[i / chunk * joined + offset + i % chunk] = part[i];

    /// <summary>The inverse of <see cref="JoinPart"/>: element i of a part, read from the joined tensor.</summary>
    public static void SplitPart(Index1D i, ArrayView<double> joined, ArrayView<double> part, int chunk, int joinedChunk, int offset)
        => part[i] = joined[i / chunk * joinedChunk + offset + i % chunk];

    /// <summary>r = x padded with value (one thread per element of the padded result).</summary>
    public static void Pad(Index1D i, ArrayView<double> x, ArrayView<double> r, Frame4 frame, double value)
    {
        var inner = frame.Inner(i);
        r[i] = inner >= 0 ? x[inner] : value;
    }

    /// <summary>r = the interior of a padded tensor (one thread per interior element).</summary>
    public static void Interior(Index1D i, ArrayView<double> padded, ArrayView<double> r, Frame4 frame) => r[i] = padded[frame.Outer(i)];

    /// <summary>r = the padded tensor with its interior zeroed (what the border sums over).</summary>
    public static void Border(Index1D i, ArrayView<double> padded, ArrayView<double> r, Frame4 frame) => r[i] = frame.Inner(i) >= 0 ? 0.0 : padded[i];

    /// <summary>r = x rolled forward by steps along an axis of length n (inner: the elements after that axis).</summary>
    public static void Roll(Index1D i, ArrayView<double> x, ArrayView<double> r, int n, int inner, int steps)
    {
        var block = n * inner;
        var within = i % block;
        var index = within / inner;
        var source = index >= steps ? index - steps : index - steps + n;
        r[i] = x[i - within + source * inner + within % inner];
    }
}
