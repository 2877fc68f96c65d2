using System.ComponentModel;
using ILGPU;

namespace Adcme;

/// <summary>A broadcast gradient's shape and the shape it is summed down to, both padded to rank 4: what a device
/// thread of SumToShape needs to find the gradient elements that fold into its element. A kernel argument of the GPU
/// backend (public because ILGPU's CPU accelerator builds its launchers in a separate assembly); not for direct use.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct Fold4
{
    /// <summary>The gradient's padded dimensions.</summary>
    public readonly int N0, N1, N2, N3;

    /// <summary>The target's padded dimensions (1 where the gradient was broadcast).</summary>
    public readonly int T0, T1, T2, T3;

    internal Fold4(int[] gradient, int[] target)
    {
        (N0, N1, N2, N3) = (gradient[0], gradient[1], gradient[2], gradient[3]);
        (T0, T1, T2, T3) = (target[0], target[1], target[2], target[3]);
    }
}

// Reductions on the device. Sums, sums of squares and dot products fold in levels: a level of P = ⌈n / Stride⌉
// threads, thread t adding elements t, t + P, t + 2P … in that order (adjacent threads read adjacent elements), until
// one partial is left. The order depends on n alone, never on the device or its core count, so a sum is reproducible;
// it differs from the CPU backend's SIMD-lane order (DenseReductionsSuite states the bound). Max and ArgMax compare
// exactly, so any order gives the CPU backend's value (ArgMax: ties go to the lowest index).
internal static partial class DeviceKernels
{
    /// <summary>Elements each thread of a reduction level folds.</summary>
    internal const int ReductionStride = 256;

    internal const int SumTerms = 0, SquareTerms = 1, ProductTerms = 2;

    private static double Term(int kind, ArrayView<double> x, ArrayView<double> y, int k)
        => kind == SumTerms ? x[k] : kind == SquareTerms ? x[k] * x[k] : x[k] * y[k];

    /// <summary>partials[t] = the terms t, t + count, t + 2·count … below length, added in that order.</summary>
    public static void SumLevel(Index1D t, ArrayView<double> x, ArrayView<double> y, ArrayView<double> partials, int length, int count, int kind)
    {
        var sum = Term(kind, x, y, t);
        for (var k = t + count; k < length; k += count) sum += Term(kind, x, y, k);
        partials[t] = sum;
    }

    /// <summary>Whether (v, i) goes before (w, j) in ArgMax's order: NaN first, then larger, +0 before −0, then the
    /// lower index (TensorPrimitives.IndexOfMax's rules).</summary>
    private static bool Before(double v, double i, double w, double j)
    {
        if (double.IsNaN(w)) return double.IsNaN(v) && i < j;
        if (double.IsNaN(v)) return true;
        if (v != w) return v > w;
        // Equal: ±0 compare by the sign of their reciprocals (+∞ vs −∞); otherwise the lower index.
        if (v == 0 && 1 / v != 1 / w) return 1 / v > 1 / w;
        return i < j;
    }

    /// <summary>The best (value, index) of elements t, t + count … of a level: from x itself (indices null-flagged by
    /// <paramref name="first"/> = 1, the element's position) or from the previous level's values and indices.</summary>
    public static void ArgMaxLevel(Index1D t, ArrayView<double> values, ArrayView<double> indices, ArrayView<double> bestValues, ArrayView<double> bestIndices, int length, int count, int first)
    {
        var value = values[t];
        var index = first != 0 ? (double)(int)t : indices[t];
        for (var k = t + count; k < length; k += count)
        {
            var candidate = first != 0 ? k : indices[k];
            if (Before(values[k], candidate, value, index)) (value, index) = (values[k], candidate);
        }
        bestValues[t] = value;
        bestIndices[t] = index;
    }

    /// <summary>r[0] = x[index[0]] (one thread): an element chosen on the device, read without a host round trip.</summary>
    public static void GatherAt(Index1D i, ArrayView<double> x, ArrayView<double> index, ArrayView<double> r) => r[0] = x[(int)index[0]];

    /// <summary>r[index[0]] = value (one thread).</summary>
    public static void ScatterAt(Index1D i, ArrayView<double> r, ArrayView<double> index, double value) => r[(int)index[0]] = value;

    /// <summary>r[t] = the sum of the gradient elements that broadcast from target element t, in row-major order from
    /// 0.0 (the CPU backend's accumulation into zeros, element by element).</summary>
    public static void SumToShape(Index1D t, ArrayView<double> g, ArrayView<double> r, Fold4 s)
    {
        var c3 = t % s.T3;
        var rest = t / s.T3;
        var c2 = rest % s.T2;
        rest /= s.T2;
        var c1 = rest % s.T1;
        var c0 = rest / s.T1;
        // A target dimension of 1 folds the gradient's whole dimension; any other is the thread's own coordinate.
        int lo0 = s.T0 == 1 ? 0 : c0, hi0 = s.T0 == 1 ? s.N0 : c0 + 1;
        int lo1 = s.T1 == 1 ? 0 : c1, hi1 = s.T1 == 1 ? s.N1 : c1 + 1;
        int lo2 = s.T2 == 1 ? 0 : c2, hi2 = s.T2 == 1 ? s.N2 : c2 + 1;
        int lo3 = s.T3 == 1 ? 0 : c3, hi3 = s.T3 == 1 ? s.N3 : c3 + 1;
        var sum = 0.0;
        for (var i0 = lo0; i0 < hi0; i0++)
        for (var i1 = lo1; i1 < hi1; i1++)
        for (var i2 = lo2; i2 < hi2; i2++)
        for (var i3 = lo3; i3 < hi3; i3++)
            sum += g[((i0 * s.N1 + i1) * s.N2 + i2) * s.N3 + i3];
        r[t] = sum;
    }
}
