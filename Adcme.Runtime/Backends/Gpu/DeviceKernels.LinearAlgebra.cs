using ILGPU;

namespace Adcme;

// Dense linear algebra on the device, one thread per result element. Where the CPU backend sums in plain order
// (MatMul's i-p-j loop adds B[p, j]·A[i, p] for p = 0, 1, … into a zeroed row; MatVec's pullback adds a[i, j]·ḡ[i]
// for i = 0, 1, …), a thread adds the same products in the same order from 0, so the bits agree. MatVec's CPU dot
// products are SIMD-lane ordered; the device adds in plain order (see GpuBackend.MatVec for the bound).
internal static partial class DeviceKernels
{
    /// <summary>r[i, j] = Σₚ a[i, p]·b[p, j], p ascending from 0 (r is m × n, the inner size k).</summary>
    public static void MatMul(Index1D index, ArrayView<double> a, ArrayView<double> b, ArrayView<double> r, int inner, int columns)
    {
        int i = index / columns, j = index % columns;
        var sum = 0.0;
        for (var p = 0; p < inner; p++) sum += b[p * columns + j] * a[i * inner + p];
        r[index] = sum;
    }

    /// <summary>r[i] = Σⱼ a[i, j]·x[j], j ascending from 0.</summary>
    public static void MatVec(Index1D i, ArrayView<double> a, ArrayView<double> x, ArrayView<double> r, int columns)
    {
        var sum = 0.0;
        var row = i * columns;
        for (var j = 0; j < columns; j++) sum += a[row + j] * x[j];
        r[i] = sum;
    }

    /// <summary>r[j] = Σᵢ a[i, j]·x[i], i ascending from 0 (a is rows × columns).</summary>
    public static void TransposeMatVec(Index1D j, ArrayView<double> a, ArrayView<double> x, ArrayView<double> r, int rows, int columns)
    {
        var sum = 0.0;
        for (var i = 0; i < rows; i++) sum += a[i * columns + j] * x[i];
        r[j] = sum;
    }

    /// <summary>r[i, j] = v[j]·u[i] (r is rows × columns).</summary>
    public static void Outer(Index1D index, ArrayView<double> u, ArrayView<double> v, ArrayView<double> r, int columns)
        => r[index] = v[index % columns] * u[index / columns];

    /// <summary>r[j, i] = a[i, j] (a is rows × columns; one thread per element of r).</summary>
    public static void Transpose(Index1D index, ArrayView<double> a, ArrayView<double> r, int rows, int columns)
    {
        int j = index / rows, i = index % rows;
        r[index] = a[i * columns + j];
    }
}
