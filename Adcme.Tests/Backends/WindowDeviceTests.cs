using Adcme.Tests.Cases;

namespace Adcme.Tests.Backends;

/// <summary>The Pad-based heat loss as a user writes it for an inverse problem: the gradient in κ only.</summary>
public static partial class WindowDeviceCases
{
    /// <summary>uᵏ⁺¹ = uᵏ + dt·κ⊙(the five-point Laplacian of Pad(uᵏ, boundary), from its windows)/h², L = Σ (u^steps)².</summary>
    [Differentiable]
    public static double PadHeatLoss(Tensor kappa, [NoDerivative] Tensor u0, [NoDerivative] double boundary, [NoDerivative] double h,
        [NoDerivative] double dt, int steps)
    {
        var u = u0;
        var n = u0.Shape[0];
        var m = u0.Shape[1];
        for (var k = 0; k < steps; k++)
        {
            var full = Tensor.Pad(u, 1, 1, 1, 1, boundary);
            u = u + dt * (kappa * (Tensor.Block(full, 0, 1, n, m) + Tensor.Block(full, 2, 1, n, m) + Tensor.Block(full, 1, 0, n, m)
                + Tensor.Block(full, 1, 2, n, m) - 4.0 * Tensor.Block(full, 1, 1, n, m))) / (h * h);
        }
        return Tensor.SumOfSquares(u);
    }
}

/// <summary>
/// Windows (Tensor.Block of a tensor variable, read in place by the fused chain: the Pad-based stencil) on device
/// tensors: the device form (one grid kernel forward; in reverse the elementwise kernel, then one gather kernel per
/// window operand; Tensor.Block and its pullback on the device where a window is broadcast) against the CPU form —
/// values and tensor adjoints bit for bit on ilgpu-cpu (so the fused device adjoints are also the unfused ones, which the
/// CPU form's are), losses and scalar adjoints (device sums) within their sums' bounds, Block's own errors, no transfer
/// inside a time loop. WindowCases, which WindowFusionTests checks on the CPU against finite differences.
/// </summary>
[Collection("Devices")]
public class WindowDeviceTests
{
    private static Tensor Cpu(double[] values, params int[] shape) => Tensor.FromArray(values, shape);

    /// <summary>A single node, a single row and column, grids narrower than a vector, one with vector code inside.</summary>
    public static TheoryData<string, int, int> Grids()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var backend in BackendCases.Devices)
        {
            foreach (var (n, m) in BackendCases.SmallGrids) data.Add(backend, n, m);
        }
        return data;
    }

    /// <summary>The Pad-based heat loss, windows in their own kernel (PadHeat), in the update's (PadHeatOneChain) and as
    /// Block calls (PadHeatUnfused): ū₀ and κ̄ bit for bit against the CPU (where the three agree bit for bit).</summary>
    [Theory]
    [MemberData(nameof(Grids))]
    public void PadHeatGradientsAsOnTheCpu(string backend, int n, int m)
    {
        var u0 = DeviceAssert.Values(21, n * m, -0.5, 0.5);
        var kappa = DeviceAssert.Values(22, n * m, 0.8, 1.2);
        const double boundary = 0.3, h = 0.5, dt = 0.01;
        const int steps = 3;
        foreach (var (name, gradient) in new (string, Gradient)[]
        {
            (nameof(WindowCases.PadHeat), WindowCases.PadHeat_Gradient),
            (nameof(WindowCases.PadHeatOneChain), WindowCases.PadHeatOneChain_Gradient),
            (nameof(WindowCases.PadHeatUnfused), WindowCases.PadHeatUnfused_Gradient),
        })
        {
            var cpu = gradient(Cpu(u0, n, m), Cpu(kappa, n, m), boundary, h, dt, steps, out var cU, out var cKappa, out var cBoundary, out var cDt);
            var device = gradient(BackendCases.On(backend, u0, n, m), BackendCases.On(backend, kappa, n, m), boundary, h, dt, steps, out var dU, out var dKappa, out var dBoundary, out var dDt);
            DeviceAssert.Same(cU.ToArray(), dU, backend);
            DeviceAssert.Same(cKappa.ToArray(), dKappa, backend);
            // The loss Σu² (|u| ≤ 1); the boundary's and dt's adjoints, sums over the grid of terms below 2·(1 + 4·1.2·2/h²).
            var cells = n * m;
            DeviceAssert.Near(cpu, device, 2 * cells, Math.Max(1, cpu), name + " loss");
            var term = 2 * (1 + 4 * 1.2 * 2 / (h * h));
            DeviceAssert.Near(cBoundary, dBoundary, 2 * steps * (cells + 2 * (n + m)), steps * (cells + 2 * (n + m)) * term, name + " boundary adjoint");
            DeviceAssert.Near(cDt, dDt, 2 * steps * cells, steps * cells * term, name + " dt adjoint");
            Assert.Contains(dU.ToArray(), value => value != 0);
            if (n * m > 1) Assert.Contains(dKappa.ToArray(), value => value != 0);
        }
    }

    private delegate double Gradient(Tensor u0, Tensor kappa, double boundary, double h, double dt, int steps,
        out Tensor dU0, out Tensor dKappa, out double dBoundary, out double dDt);

    /// <summary>Windows at a run-time offset in scalar code (Tanh) and in vector code, of an operand larger than the
    /// windows; the operand read elementwise too; windows of two operands beside a Laplacian: adjoints bit for bit.</summary>
    [Theory]
    [MemberData(nameof(Grids))]
    public void WindowsAsOnTheCpu(string backend, int rows, int columns)
    {
        var (pr, pc) = (rows + 3, columns + 2);
        var p = DeviceAssert.Values(31, pr * pc);
        var w = DeviceAssert.Values(32, rows * columns);
        foreach (var r in new[] { 0, 2 })
        {
            var cpu = WindowCases.Windows_Gradient(Cpu(p, pr, pc), Cpu(w, rows, columns), r, rows, columns, out var cP, out var cW);
            var device = WindowCases.Windows_Gradient(BackendCases.On(backend, p, pr, pc), BackendCases.On(backend, w, rows, columns), r, rows, columns, out var dP, out var dW);
            DeviceAssert.Same(cP.ToArray(), dP, backend, DeviceAssert.FunctionUlps);
            DeviceAssert.Same(cW.ToArray(), dW, backend, DeviceAssert.FunctionUlps);
            DeviceAssert.Near(cpu, device, 2 * rows * columns, 3 * rows * columns, "Windows loss");

            cpu = WindowCases.WindowsVector_Gradient(Cpu(p, pr, pc), Cpu(w, rows, columns), r, rows, columns, out cP, out cW);
            device = WindowCases.WindowsVector_Gradient(BackendCases.On(backend, p, pr, pc), BackendCases.On(backend, w, rows, columns), r, rows, columns, out dP, out dW);
            DeviceAssert.Same(cP.ToArray(), dP, backend);
            DeviceAssert.Same(cW.ToArray(), dW, backend);
            DeviceAssert.Near(cpu, device, 2 * rows * columns, Math.Max(1, cpu), "WindowsVector loss");
        }

        var q = DeviceAssert.Values(33, rows * columns, 0.5, 2);
        var itself = WindowCases.WindowOfItself_Gradient(Cpu(q, rows, columns), out var cQ);
        var onDevice = WindowCases.WindowOfItself_Gradient(BackendCases.On(backend, q, rows, columns), out var dQ);
        DeviceAssert.Same(cQ.ToArray(), dQ, backend);
        DeviceAssert.Near(itself, onDevice, 2 * rows * columns, Math.Max(1, itself), "WindowOfItself loss");

        var u = DeviceAssert.Values(34, rows * columns);
        var pp = DeviceAssert.Values(35, (rows + 1) * (columns + 1));
        var qq = DeviceAssert.Values(36, rows * (columns + 1));
        var both = WindowCases.WindowsAndLaplacian_Gradient(Cpu(u, rows, columns), Cpu(pp, rows + 1, columns + 1), Cpu(qq, rows, columns + 1), out var cu, out var cpp, out var cqq);
        var bothDevice = WindowCases.WindowsAndLaplacian_Gradient(BackendCases.On(backend, u, rows, columns), BackendCases.On(backend, pp, rows + 1, columns + 1),
            BackendCases.On(backend, qq, rows, columns + 1), out var du, out var dpp, out var dqq);
        DeviceAssert.Same(cu.ToArray(), du, backend);
        DeviceAssert.Same(cpp.ToArray(), dpp, backend);
        DeviceAssert.Same(cqq.ToArray(), dqq, backend);
        DeviceAssert.Near(both, bothDevice, 2 * rows * columns, Math.Max(1, both), "WindowsAndLaplacian loss");
    }

    /// <summary>A one-row window broadcast down a larger grid (the flat form: Tensor.Block and its pullback on the device).</summary>
    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void ABroadcastWindowAsOnTheCpu(string backend)
    {
        var p = DeviceAssert.Values(41, 3 * 4);
        var stack = DeviceAssert.Values(42, 5 * 4);
        var cpu = WindowCases.WindowBroadcast_Gradient(Cpu(p, 3, 4), Cpu(stack, 5, 4), out var cP, out var cStack);
        var device = WindowCases.WindowBroadcast_Gradient(BackendCases.On(backend, p, 3, 4), BackendCases.On(backend, stack, 5, 4), out var dP, out var dStack);
        DeviceAssert.Same(cP.ToArray(), dP, backend);
        DeviceAssert.Same(cStack.ToArray(), dStack, backend);
        DeviceAssert.Near(cpu, device, 40, Math.Max(1, cpu), "WindowBroadcast loss");
        Assert.Contains(dP.ToArray(), value => value != 0);
    }

    /// <summary>A window outside its operand, or a weight of another shape: the CPU form's errors (Block's own).</summary>
    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void BadWindowsGiveTheCpuFormsErrors(string backend)
    {
        var p = DeviceAssert.Values(51, 5 * 6);
        var w = DeviceAssert.Values(52, 3 * 4);
        foreach (var (r, rows, columns) in new[] { (-1, 3, 4), (3, 3, 4), (0, 3, 9) })
        {
            var expected = Assert.Throws<TensorShapeException>(() => WindowCases.Windows_Gradient(Cpu(p, 5, 6), Cpu(w, 3, 4), r, rows, columns, out _, out _)).Message;
            var actual = Assert.Throws<TensorShapeException>(() => WindowCases.Windows_Gradient(BackendCases.On(backend, p, 5, 6), BackendCases.On(backend, w, 3, 4), r, rows, columns, out _, out _)).Message;
            Assert.Equal(expected, actual);
            Assert.StartsWith("Block: ", actual);
        }
        var wrong = DeviceAssert.Values(53, 2 * 4);
        Assert.Equal(
            Assert.Throws<TensorShapeException>(() => WindowCases.Windows_Gradient(Cpu(p, 5, 6), Cpu(wrong, 2, 4), 0, 3, 4, out _, out _)).Message,
            Assert.Throws<TensorShapeException>(() => WindowCases.Windows_Gradient(BackendCases.On(backend, p, 5, 6), BackendCases.On(backend, wrong, 2, 4), 0, 3, 4, out _, out _)).Message);
    }

    /// <summary>The gradient in κ of the Pad-based heat loss on the device: against central differences and the
    /// dot-product test there, and bit for bit against the CPU.</summary>
    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void PadHeatLossDerivativesOnTheDevice(string backend)
    {
        var device = BackendCases.Of(backend);
        const int n = 7, m = 6, steps = 4;
        const double boundary = 0.2, h = 0.5, dt = 0.01;
        var u0 = DeviceAssert.Values(63, n * m, -0.5, 0.5);
        var kappa = DeviceAssert.Values(64, n * m, 0.8, 1.2);
        var start = Tensor.FromArray(u0, n, m).To(device);
        DeviceGradientCheck.Passes(device, [(kappa, [n, m])],
            x => Tensor.Scalar(WindowDeviceCases.PadHeatLoss(x[0], start, boundary, h, dt, steps)).To(device),
            (x, result, seed) =>
            {
                Tensor? dKappa = null;
                WindowDeviceCases.PadHeatLoss_Pullback(x[0], start, boundary, h, dt, steps, seed.ToScalar(), ref dKappa);
                return [dKappa];
            },
            (x, v, result) => Tensor.Scalar(WindowDeviceCases.PadHeatLoss_Pushforward(x[0], v[0], start, boundary, h, dt, steps).Tangent).To(device));
        WindowDeviceCases.PadHeatLoss_Gradient(Tensor.FromArray(kappa, n, m), Tensor.FromArray(u0, n, m), boundary, h, dt, steps, out var cpu);
        WindowDeviceCases.PadHeatLoss_Gradient(Tensor.FromArray(kappa, n, m).To(device), start, boundary, h, dt, steps, out var onDevice);
        DeviceAssert.Same(cpu!.ToArray(), onDevice!, backend);
        Assert.True(cpu.ToArray().All(d => d != 0));
    }

    /// <summary>The Pad-based heat gradient moves nothing between host and device inside its time loop: what remains
    /// is the loss, read back once.</summary>
    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void NoTransferInsideThePadHeatLoop(string backend)
    {
        var device = (GpuBackend)BackendCases.Of(backend);
        var u0 = BackendCases.On(backend, DeviceAssert.Values(61, 12 * 9, -0.5, 0.5), 12, 9);
        var kappa = BackendCases.On(backend, DeviceAssert.Values(62, 12 * 9, 0.8, 1.2), 12, 9);
        (long Uploads, long Downloads) Transfers(int steps)
        {
            var (uploads, downloads) = (device.Uploads, device.Downloads);
            WindowDeviceCases.PadHeatLoss_Gradient(kappa, u0, 0.3, 0.5, 0.01, steps, out var dKappa);
            Assert.Equal(device, dKappa!.Backend);
            return (device.Uploads - uploads, device.Downloads - downloads);
        }
        Transfers(1); // kernels compiled
        var few = Transfers(2);
        var many = Transfers(7);
        Assert.Equal(few, many);
        Assert.Equal((0L, 1L), many);
    }
}
