namespace Adcme.Tests.Backends;

/// <summary>Issue 15's heat problem as the user writes it (benchmarks/Adcme.Benchmarks' HeatEquation.Loss): plain tensor
/// code, differentiated by the generator, run end to end on a device.</summary>
public static partial class HeatDeviceCases
{
    /// <summary>uᵏ⁺¹ = uᵏ + dt·κ⊙Δuᵏ + dt, L = Σ (u^steps)²; the gradient in κ.</summary>
    [Differentiable]
    public static double Loss(Tensor kappa, [NoDerivative] Tensor u0, [NoDerivative] double h, [NoDerivative] double dt, int steps)
    {
        var u = u0;
        for (var k = 0; k < steps; k++)
        {
            u = u + dt * (kappa * Stencils.Laplacian(u, h)) + dt;
        }
        return Tensor.SumOfSquares(u);
    }
}

/// <summary>
/// The generated gradient of the heat loss on a device against the CPU at a small grid: dκ bit for bit on ilgpu-cpu
/// (every step is fused elementwise and stencil kernels, and SumOfSquares' seed 2u is elementwise), the loss — the one
/// sum, formed in a fixed device order instead of the CPU's SIMD lanes — within 2N·u·Σuᵢ² (N = n² terms). The
/// derivatives on the device against central differences and the dot-product test; and no host transfer inside the
/// time loop: the backend's transfer counts for one gradient do not grow with the number of steps.
/// </summary>
[Collection("Devices")]
public class HeatDeviceTests
{
    private const int N = 12;

    /// <summary>u⁰ = sin(πx)sin(πy), κ = 1 + x² + y² on the n×n interior grid, h = 1/(n+1), dt = 0.2h²/3.</summary>
    private static (double[] Kappa, double[] U0, double H, double Dt) Problem()
    {
        var h = 1.0 / (N + 1);
        var u0 = new double[N * N];
        var kappa = new double[N * N];
        for (var i = 0; i < N; i++)
        for (var j = 0; j < N; j++)
        {
            double x = (i + 1) * h, y = (j + 1) * h;
            u0[i * N + j] = Math.Sin(Math.PI * x) * Math.Sin(Math.PI * y);
            kappa[i * N + j] = 1 + x * x + y * y;
        }
        return (kappa, u0, h, 0.2 * h * h / 3);
    }

    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void GradientAsOnTheCpu(string backend)
    {
        var device = BackendCases.Of(backend);
        var (kappa, u0, h, dt) = Problem();
        const int steps = 20;
        var cpuLoss = HeatDeviceCases.Loss_Gradient(Tensor.FromArray(kappa, N, N), Tensor.FromArray(u0, N, N), h, dt, steps, out var cpuKappa);
        var deviceLoss = HeatDeviceCases.Loss_Gradient(Tensor.FromArray(kappa, N, N).To(device), Tensor.FromArray(u0, N, N).To(device), h, dt, steps, out var deviceKappa);
        Assert.Equal(device, deviceKappa!.Backend);
        DeviceAssert.Same(cpuKappa!.ToArray(), deviceKappa, backend);
        // Σuᵢ² = the loss itself: its N² terms are nonnegative.
        var bound = 2 * N * N * RoundingBound.Unit * cpuLoss;
        Assert.True(Math.Abs(deviceLoss - cpuLoss) <= bound, $"loss {deviceLoss:R} on {backend}, {cpuLoss:R} on the CPU (bound {bound:R})");
        Assert.True(cpuKappa.ToArray().All(d => d != 0));
    }

    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void DerivativesOnTheDeviceMatchFiniteDifferencesAndEachOther(string backend)
    {
        var device = BackendCases.Of(backend);
        var (kappa, u0, h, dt) = Problem();
        const int steps = 6; // few launches: ilgpu-cpu pays 1–5 ms for each
        var start = Tensor.FromArray(u0, N, N).To(device);
        DeviceGradientCheck.Passes(device, [(kappa, [N, N])],
            x => Tensor.Scalar(HeatDeviceCases.Loss(x[0], start, h, dt, steps)).To(device),
            (x, result, seed) =>
            {
                Tensor? dKappa = null;
                HeatDeviceCases.Loss_Pullback(x[0], start, h, dt, steps, seed.ToScalar(), ref dKappa);
                return [dKappa];
            },
            (x, v, result) => Tensor.Scalar(HeatDeviceCases.Loss_Pushforward(x[0], v[0], start, h, dt, steps).Tangent).To(device));
    }

    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void NoTransferInsideTheTimeLoop(string backend)
    {
        var device = (GpuBackend)BackendCases.Of(backend);
        var (kappa, u0, h, dt) = Problem();
        var k = Tensor.FromArray(kappa, N, N).To(device);
        var u = Tensor.FromArray(u0, N, N).To(device);
        (long Uploads, long Downloads) Transfers(int steps)
        {
            var (uploads, downloads) = (device.Uploads, device.Downloads);
            HeatDeviceCases.Loss_Gradient(k, u, h, dt, steps, out var dKappa);
            Assert.Equal(device, dKappa!.Backend);
            return (device.Uploads - uploads, device.Downloads - downloads);
        }
        Transfers(1); // kernels compiled
        var few = Transfers(2);
        var many = Transfers(9);
        Assert.Equal(few, many);
        // What remains is the loss: one element read back at the end, nothing uploaded.
        Assert.Equal((0L, 1L), many);
    }
}
