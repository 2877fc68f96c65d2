using ILGPU;

namespace Adcme;

// Kernels of derivative rules that are not an elementwise partial: a seed added at one element (Element's pullback)
// and MatVec's pullback (an outer product, and the transposed product in the CPU backend's row order).
internal static partial class DeviceKernels
{
    /// <summary>r[offset] += value (one thread).</summary>
    public static void AddAt(Index1D i, ArrayView<double> r, int offset, double value) => r[offset] += value;

    /// <summary>r (m × n) = seed ⊗ x: r[i, j] = x[j] · seed[i].</summary>
    public static void MatVecOuterPullback(Index1D i, ArrayView<double> x, ArrayView<double> seed, ArrayView<double> r, int n)
        => r[i] = x[i % n] * seed[i / n];

    /// <summary>r[j] = Σᵢ a[i, j] · seed[i], added row by row from 0 as the CPU backend adds (a·s + t, i = 0 … m − 1).</summary>
    public static void MatVecTransposedPullback(Index1D j, ArrayView<double> a, ArrayView<double> seed, ArrayView<double> r, int m, int n)
    {
        var sum = 0.0;
        for (var i = 0; i < m; i++) sum = a[i * n + j] * seed[i] + sum;
        r[j] = sum;
    }
}
