namespace Adcme;

// Dense linear algebra on the device (Tensor.LinearAlgebra.cs dispatches here after its shape checks).
public sealed partial class GpuBackend
{
    /// <summary>The (m×k)·(k×n) product: each element's k products added in the CPU backend's order, so the
    /// bits are the CPU backend's.</summary>
    internal Tensor MatMul(Tensor a, Tensor b, int m, int k, int n)
    {
        var result = Output([m, n]);
        Launch(DeviceKernels.MatMul, result.Length, a.Device.View, b.Device.View, result.Device.View, k, n);
        return result;
    }

    /// <summary>A·x for an m×n matrix: each row's n products added in plain order from 0. The CPU backend's dot
    /// products add in SIMD lanes, so the two differ by rounding only: both are sums of the same n products, so
    /// |device − cpu| ≤ 2(n − 1)·ε·Σⱼ|aᵢⱼ·xⱼ| (ε = 2⁻⁵³), whatever the accelerator's core count.</summary>
    internal Tensor MatVec(Tensor a, Tensor x, int m, int n)
    {
        var result = Output([m]);
        Launch(DeviceKernels.MatVec, m, a.Device.View, x.Device.View, result.Device.View, n);
        return result;
    }

    /// <summary>Aᵀ·x for an m×n matrix A and a vector of length m: element j is Σᵢ a[i, j]·x[i] added in plain
    /// order from 0 (MatVec's pullback on the CPU backend adds rows in that order: the same bits).</summary>
    internal Tensor TransposeMatVec(Tensor a, Tensor x, int m, int n)
    {
        var result = Output([n]);
        Launch(DeviceKernels.TransposeMatVec, n, a.Device.View, x.Device.View, result.Device.View, m, n);
        return result;
    }

    /// <summary>The m×n outer product u·vᵀ.</summary>
    internal Tensor Outer(Tensor u, Tensor v, int[] shape)
    {
        var result = Output(shape);
        Launch(DeviceKernels.Outer, result.Length, u.Device.View, v.Device.View, result.Device.View, shape[1]);
        return result;
    }

    /// <summary>The transpose of an m×n matrix.</summary>
    internal Tensor Transpose(Tensor a, int m, int n)
    {
        var result = Output([n, m]);
        Launch(DeviceKernels.Transpose, result.Length, a.Device.View, result.Device.View, m, n);
        return result;
    }
}
