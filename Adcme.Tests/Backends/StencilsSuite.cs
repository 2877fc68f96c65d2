namespace Adcme.Tests.Backends;

/// <summary>Stencils.Laplacian, HaloLaplacian and Diffusion with their rules on every backend: the CPU backend's
/// bits (the same taps in the same order), its shape errors, and derivatives on the backend against central finite
/// differences and the dot-product test.</summary>
[Collection("Devices")]
public class StencilsSuite
{
    public static TheoryData<string, int, int> Grids()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var name in BackendCases.All)
        {
            data.Add(name, 5, 7);
            data.Add(name, 1, 6);
            data.Add(name, 4, 1);
            data.Add(name, 1, 1);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Grids))]
    public void StencilsAndTheirRulesAsOnTheCpu(string backend, int n, int m)
    {
        const double h = 0.3;
        var (u, k, g) = (DeviceAssert.Values(1, n * m), DeviceAssert.Values(2, n * m, 0.5, 2), DeviceAssert.Values(3, n * m));
        var (cu, ck, cg) = (Tensor.FromArray(u, n, m), Tensor.FromArray(k, n, m), Tensor.FromArray(g, n, m));
        var (du, dk, dg) = (BackendCases.On(backend, u, n, m), BackendCases.On(backend, k, n, m), BackendCases.On(backend, g, n, m));
        var laplacian = Stencils.Laplacian(cu, h);
        DeviceAssert.Same(laplacian.ToArray(), Stencils.Laplacian(du, h), backend);
        Tensor? cpuU = null, deviceU = null;
        Stencils.Laplacian_Pullback(cu, h, laplacian, cg, ref cpuU);
        Stencils.Laplacian_Pullback(du, h, Stencils.Laplacian(du, h), dg, ref deviceU);
        DeviceAssert.Same(cpuU!.ToArray(), deviceU!, backend);
        DeviceAssert.Same(Stencils.Laplacian_Tangent(cu, cg, h, laplacian)!.ToArray(), Stencils.Laplacian_Tangent(du, dg, h, laplacian)!, backend);

        var diffusion = Stencils.Diffusion(ck, cu, h);
        var deviceDiffusion = Stencils.Diffusion(dk, du, h);
        DeviceAssert.Same(diffusion.ToArray(), deviceDiffusion, backend);
        Tensor? cpuKappa = null, deviceKappa = null;
        cpuU = null;
        deviceU = null;
        Stencils.Diffusion_Pullback(ck, cu, h, diffusion, cg, ref cpuKappa, ref cpuU);
        Stencils.Diffusion_Pullback(dk, du, h, deviceDiffusion, dg, ref deviceKappa, ref deviceU);
        DeviceAssert.Same(cpuKappa!.ToArray(), deviceKappa!, backend);
        DeviceAssert.Same(cpuU!.ToArray(), deviceU!, backend);
        DeviceAssert.Same(Stencils.Diffusion_Tangent(ck, cg, cu, cg, h, diffusion)!.ToArray(), Stencils.Diffusion_Tangent(dk, dg, du, dg, h, deviceDiffusion)!, backend);
    }

    [Theory]
    [MemberData(nameof(Grids))]
    public void HaloLaplacianAndItsRulesAsOnTheCpu(string backend, int n, int m)
    {
        const double h = 0.7;
        var (u, g) = (DeviceAssert.Values(4, (n + 2) * (m + 2)), DeviceAssert.Values(5, n * m));
        var (cu, cg) = (Tensor.FromArray(u, n + 2, m + 2), Tensor.FromArray(g, n, m));
        var (du, dg) = (BackendCases.On(backend, u, n + 2, m + 2), BackendCases.On(backend, g, n, m));
        var result = Stencils.HaloLaplacian(cu, h);
        var deviceResult = Stencils.HaloLaplacian(du, h);
        DeviceAssert.Same(result.ToArray(), deviceResult, backend);
        Tensor? cpuU = null, deviceU = null;
        Stencils.HaloLaplacian_Pullback(cu, h, result, cg, ref cpuU);
        Stencils.HaloLaplacian_Pullback(du, h, deviceResult, dg, ref deviceU);
        DeviceAssert.Same(cpuU!.ToArray(), deviceU!, backend);
        DeviceAssert.Same(Stencils.HaloLaplacian_Tangent(cu, cu, h, result)!.ToArray(), Stencils.HaloLaplacian_Tangent(du, du, h, deviceResult)!, backend);
    }

    [Theory]
    [MemberData(nameof(BackendCases.All), MemberType = typeof(BackendCases))]
    public void DerivativesOnTheBackendMatchFiniteDifferences(string backend)
    {
        var on = BackendCases.Of(backend);
        const double h = 0.5;
        DeviceGradientCheck.Passes(on, [(DeviceAssert.Values(6, 12), [3, 4])],
            x => Stencils.Laplacian(x[0], h),
            (x, result, seed) =>
            {
                Tensor? dU = null;
                Stencils.Laplacian_Pullback(x[0], h, result, seed, ref dU);
                return [dU];
            },
            (x, v, result) => Stencils.Laplacian_Tangent(x[0], v[0], h, result));
        DeviceGradientCheck.Passes(on, [(DeviceAssert.Values(7, 12, 0.5, 2), [3, 4]), (DeviceAssert.Values(8, 12), [3, 4])],
            x => Stencils.Diffusion(x[0], x[1], h),
            (x, result, seed) =>
            {
                Tensor? dKappa = null, dU = null;
                Stencils.Diffusion_Pullback(x[0], x[1], h, result, seed, ref dKappa, ref dU);
                return [dKappa, dU];
            },
            (x, v, result) => Stencils.Diffusion_Tangent(x[0], v[0], x[1], v[1], h, result));
        DeviceGradientCheck.Passes(on, [(DeviceAssert.Values(9, 20), [4, 5])],
            x => Stencils.HaloLaplacian(x[0], h),
            (x, result, seed) =>
            {
                Tensor? dU = null;
                Stencils.HaloLaplacian_Pullback(x[0], h, result, seed, ref dU);
                return [dU];
            },
            (x, v, result) => Stencils.HaloLaplacian_Tangent(x[0], v[0], h, result));
    }

    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void ShapeErrorsAreTheCpuBackendsErrors(string backend)
    {
        var on = BackendCases.Of(backend);
        void Same(Func<Tensor, Tensor, Tensor> operation, Tensor a, Tensor b)
        {
            var cpu = Assert.Throws<TensorShapeException>(() => operation(a, b));
            Assert.Equal(cpu.Message, Assert.Throws<TensorShapeException>(() => operation(a.To(on), b.To(on))).Message);
        }
        Same((a, _) => Stencils.Laplacian(a, 1), Tensor.Zeros(4), Tensor.Zeros(1));
        Same((a, b) => Stencils.Diffusion(a, b, 1), Tensor.Zeros(3, 4), Tensor.Zeros(4, 3));
        Same((a, b) => Stencils.Diffusion(a, b, 1), Tensor.Zeros(3), Tensor.Zeros(3));
        Same((a, _) => Stencils.HaloLaplacian(a, 1), Tensor.Zeros(2, 5), Tensor.Zeros(1));
        Same((a, _) => Stencils.HaloLaplacian(a, 1), Tensor.Zeros(2, 2, 2), Tensor.Zeros(1));
        var mixed = Assert.Throws<TensorBackendException>(() => Stencils.Diffusion(Tensor.Zeros(2, 2), Tensor.Zeros(2, 2).To(on), 1));
        Assert.Contains("Diffusion", mixed.Message);
    }
}
