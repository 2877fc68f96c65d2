namespace Adcme;

// The stencils on the device (Stencils.cs and Stencils.Halo.cs dispatch here after their shape checks): one thread
// per node, the CPU backend's bits.
public sealed partial class GpuBackend
{
    /// <summary>The 5-point Laplacian of an n×m grid (zero outside), times <paramref name="scale"/> (1/h²).</summary>
    internal Tensor Laplacian(Tensor u, double scale)
    {
        int n = u.ShapeArray[0], m = u.ShapeArray[1];
        var result = Output(u.ShapeArray);
        Launch(DeviceKernels.Laplacian, result.Length, u.Device.View, result.Device.View, n, m, scale);
        return result;
    }

    /// <summary>The Laplacian at the n×m inner nodes of a block padded by a halo of width 1.</summary>
    internal Tensor HaloLaplacian(Tensor padded, int n, int m, double scale)
    {
        var result = Output([n, m]);
        Launch(DeviceKernels.HaloLaplacian, result.Length, padded.Device.View, result.Device.View, m, scale);
        return result;
    }

    /// <summary>The adjoint of <see cref="HaloLaplacian"/>: the (n + 2)×(m + 2) padded block's share of the seed.</summary>
    internal Tensor HaloLaplacianPullback(Tensor seed, int n, int m, double scale)
    {
        var result = Output([n + 2, m + 2]);
        Launch(DeviceKernels.HaloLaplacianPullback, result.Length, seed.Device.View, result.Device.View, n, m, scale);
        return result;
    }

    /// <summary>∇·(κ∇u) on an n×m grid, times <paramref name="scale"/> (1/h²).</summary>
    internal Tensor Diffusion(Tensor kappa, Tensor u, double scale)
    {
        int n = u.ShapeArray[0], m = u.ShapeArray[1];
        var result = Output(u.ShapeArray);
        Launch(DeviceKernels.Diffusion, result.Length, kappa.Device.View, u.Device.View, result.Device.View, n, m, scale);
        return result;
    }

    /// <summary>κ̄ of <see cref="Diffusion"/> for the seed <paramref name="seed"/> at u.</summary>
    internal Tensor DiffusionKappa(Tensor u, Tensor seed, double scale)
    {
        int n = u.ShapeArray[0], m = u.ShapeArray[1];
        var result = Output(u.ShapeArray);
        Launch(DeviceKernels.DiffusionKappa, result.Length, u.Device.View, seed.Device.View, result.Device.View, n, m, scale);
        return result;
    }

    /// <summary>The values of Stencils.DiffusionMatrix on DiffusionPattern(n, m) for κ on an n×m grid.</summary>
    internal Tensor DiffusionMatrix(Tensor kappa, int count, double scale)
    {
        int n = kappa.ShapeArray[0], m = kappa.ShapeArray[1];
        var result = Output([count]);
        Launch(DeviceKernels.DiffusionMatrix, n * m, kappa.Device.View, result.Device.View, n, m, scale);
        return result;
    }

    /// <summary>κ̄ of Stencils.DiffusionMatrix for a seed on the matrix's entries.</summary>
    internal Tensor DiffusionMatrixPullback(Tensor seed, int[] gridShape, double scale)
    {
        var result = Output(gridShape);
        Launch(DeviceKernels.DiffusionMatrixPullback, result.Length, seed.Device.View, result.Device.View, gridShape[0], gridShape[1], scale);
        return result;
    }
}
