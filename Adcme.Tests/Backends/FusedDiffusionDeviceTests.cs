using Adcme.Tests.Cases;

namespace Adcme.Tests.Backends;

/// <summary>
/// Stencils.Diffusion(κ, u, h) fused into a chain, on device tensors: the device form (one grid kernel forward; in
/// reverse the elementwise kernel, then the primitive's device pullback for κ̄ and ū; the flat kernel on the
/// primitive's value where the grid form does not apply) against the CPU form — values and tensor adjoints bit for bit
/// on ilgpu-cpu, a scalar input's adjoint within the sum bound of Kernels.Total, shape errors the CPU form's.
/// FusedDiffusionTests' cases (FusedCases' tensor-valued twins, FusionCases.DiffusionHeat itself).
/// </summary>
[Collection("Devices")]
public class FusedDiffusionDeviceTests
{
    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void DiffusionStepsAsOnTheCpu(string backend)
    {
        const int steps = 3;
        const double h = 0.5, dt = 0.01;
        foreach (var (rows, columns) in BackendCases.SmallGrids)
        {
            var n = rows * columns;
            var u = DeviceAssert.Values(11, n);
            var kappa = DeviceAssert.Values(12, n, 0.5, 1.5);
            var seed = DeviceAssert.Values(13, n);
            var (cu, ck, cs) = (Tensor.FromArray(u, rows, columns), Tensor.FromArray(kappa, rows, columns), Tensor.FromArray(seed, rows, columns));
            var (du, dk, ds) = (BackendCases.On(backend, u, rows, columns), BackendCases.On(backend, kappa, rows, columns), BackendCases.On(backend, seed, rows, columns));

            DeviceAssert.Same(FusedCases.DiffusionSteps_Value(cu, ck, h, dt, steps).ToArray(), FusedCases.DiffusionSteps_Value(du, dk, h, dt, steps), backend);
            Tensor? cpuU = null, cpuKappa = null, deviceU = null, deviceKappa = null;
            double cpuDt = 0, deviceDt = 0;
            // Twice: the second pullback adds into the adjoints the first made (the primitive's AddAdjoint path).
            for (var pass = 0; pass < 2; pass++)
            {
                FusedCases.DiffusionSteps_Pullback(cu, ck, h, dt, steps, cs, ref cpuU, ref cpuKappa, ref cpuDt);
                FusedCases.DiffusionSteps_Pullback(du, dk, h, dt, steps, ds, ref deviceU, ref deviceKappa, ref deviceDt);
                DeviceAssert.Same(cpuU!.ToArray(), deviceU!, backend);
                DeviceAssert.Same(cpuKappa!.ToArray(), deviceKappa!, backend);
                // dt's adjoint: per step Σ ū·(1 + D(κ, u)), |D| ≤ 4·1.5·2|u|/h² with |u| ≤ 3.1, ū at most 1.5× the seed.
                DeviceAssert.Near(cpuDt, deviceDt, 2 * steps * n, (pass + 1) * steps * DeviceAssert.Magnitude(seed) * 1.5 * (1 + 4 * 1.5 * 6.2 * 4));
            }
            if (n > 1) Assert.Contains(deviceKappa!.ToArray(), value => value != 0);
            Assert.NotEqual(0.0, deviceDt);
        }
    }

    /// <summary>FusionCases.DiffusionHeat itself (a scalar loss): its gradient's tensor adjoints bit for bit (the loss's
    /// pullback is elementwise), the loss and dt's adjoint within the device sums' bounds.</summary>
    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void DiffusionHeatGradientAsOnTheCpu(string backend)
    {
        var (rows, columns) = (8, 11);
        var u = DeviceAssert.Values(14, rows * columns, -0.5, 0.5);
        var kappa = DeviceAssert.Values(15, rows * columns, 0.8, 1.2);
        var cpu = FusionCases.DiffusionHeat_Gradient(Tensor.FromArray(u, rows, columns), Tensor.FromArray(kappa, rows, columns), 0.3, 0.004, 4,
            out var cpuU, out var cpuKappa, out var cpuDt);
        var device = FusionCases.DiffusionHeat_Gradient(BackendCases.On(backend, u, rows, columns), BackendCases.On(backend, kappa, rows, columns), 0.3, 0.004, 4,
            out var deviceU, out var deviceKappa, out var deviceDt);
        DeviceAssert.Same(cpuU.ToArray(), deviceU, backend);
        DeviceAssert.Same(cpuKappa.ToArray(), deviceKappa, backend);
        // Σu² of |u| ≤ 1: within 2n·ε·Σu²; dt's adjoint Σ 2u·(1 + D), |D| ≤ 4·1.2·2/0.09.
        DeviceAssert.Near(cpu, device, 2 * rows * columns, cpu);
        DeviceAssert.Near(cpuDt, deviceDt, 2 * 4 * rows * columns, 4 * rows * columns * 2 * 2 * (1 + 4 * 1.2 * 2 / 0.09));
    }

    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void DiffusionBroadcastUsesThePrimitiveAsOnTheCpu(string backend)
    {
        var kappa = DeviceAssert.Values(21, 20, 0.5, 1.5);
        var u = DeviceAssert.Values(22, 20);
        var stack = DeviceAssert.Values(23, 40);
        var seed = DeviceAssert.Values(24, 40);
        var cpu = (K: Tensor.FromArray(kappa, 4, 5), U: Tensor.FromArray(u, 4, 5), S: Tensor.FromArray(stack, 2, 4, 5), G: Tensor.FromArray(seed, 2, 4, 5));
        var device = (K: BackendCases.On(backend, kappa, 4, 5), U: BackendCases.On(backend, u, 4, 5), S: BackendCases.On(backend, stack, 2, 4, 5), G: BackendCases.On(backend, seed, 2, 4, 5));

        var value = FusedCases.DiffusionBroadcast_Value(device.K, device.U, device.S);
        Assert.Equal([2, 4, 5], value.Shape);
        DeviceAssert.Same(FusedCases.DiffusionBroadcast_Value(cpu.K, cpu.U, cpu.S).ToArray(), value, backend);
        Tensor? cpuKappa = null, cpuU = null, cpuStack = null, deviceKappa = null, deviceU = null, deviceStack = null;
        FusedCases.DiffusionBroadcast_Pullback(cpu.K, cpu.U, cpu.S, cpu.G, ref cpuKappa, ref cpuU, ref cpuStack);
        FusedCases.DiffusionBroadcast_Pullback(device.K, device.U, device.S, device.G, ref deviceKappa, ref deviceU, ref deviceStack);
        DeviceAssert.Same(cpuKappa!.ToArray(), deviceKappa!, backend);
        DeviceAssert.Same(cpuU!.ToArray(), deviceU!, backend);
        DeviceAssert.Same(cpuStack!.ToArray(), deviceStack!, backend);
    }

    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void DiffusionBesideOtherUsesOfItsOperandsAsOnTheCpu(string backend)
    {
        foreach (var (rows, columns) in new[] { (1, 1), (1, 9), (13, 17) })
        {
            var n = rows * columns;
            var kappa = DeviceAssert.Values(31, n, 0.5, 1.5);
            var u = DeviceAssert.Values(32, n);
            var w = DeviceAssert.Values(33, n);
            var seed = DeviceAssert.Values(34, n);
            var cpu = (K: Tensor.FromArray(kappa, rows, columns), U: Tensor.FromArray(u, rows, columns), W: Tensor.FromArray(w, rows, columns), G: Tensor.FromArray(seed, rows, columns));
            var device = (K: BackendCases.On(backend, kappa, rows, columns), U: BackendCases.On(backend, u, rows, columns), W: BackendCases.On(backend, w, rows, columns), G: BackendCases.On(backend, seed, rows, columns));

            DeviceAssert.Same(FusedCases.DiffusionMixed_Value(cpu.K, cpu.U, cpu.W).ToArray(), FusedCases.DiffusionMixed_Value(device.K, device.U, device.W), backend, DeviceAssert.FunctionUlps);
            Tensor? cpuKappa = null, cpuU = null, deviceKappa = null, deviceU = null;
            FusedCases.DiffusionMixed_Pullback(cpu.K, cpu.U, cpu.W, cpu.G, ref cpuKappa, ref cpuU);
            FusedCases.DiffusionMixed_Pullback(device.K, device.U, device.W, device.G, ref deviceKappa, ref deviceU);
            DeviceAssert.Same(cpuKappa!.ToArray(), deviceKappa!, backend, DeviceAssert.FunctionUlps);
            DeviceAssert.Same(cpuU!.ToArray(), deviceU!, backend, DeviceAssert.FunctionUlps);
        }
    }

    /// <summary>[NoDerivative] κ (only ū wanted from the primitive's pullback) and [NoDerivative] u (the stencil node
    /// reached only through its coefficient: only κ̄).</summary>
    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void OneOperandNotDifferentiatedAsOnTheCpu(string backend)
    {
        var (rows, columns) = (7, 6);
        var kappa = DeviceAssert.Values(41, rows * columns, 0.5, 1.5);
        var u = DeviceAssert.Values(42, rows * columns);
        var seed = DeviceAssert.Values(43, rows * columns);
        var cpu = (K: Tensor.FromArray(kappa, rows, columns), U: Tensor.FromArray(u, rows, columns), G: Tensor.FromArray(seed, rows, columns));
        var device = (K: BackendCases.On(backend, kappa, rows, columns), U: BackendCases.On(backend, u, rows, columns), G: BackendCases.On(backend, seed, rows, columns));

        DeviceAssert.Same(FusedCases.DiffusionFixedKappa_Value(cpu.U, cpu.K).ToArray(), FusedCases.DiffusionFixedKappa_Value(device.U, device.K), backend);
        Tensor? cpuU = null, deviceU = null;
        FusedCases.DiffusionFixedKappa_Pullback(cpu.U, cpu.K, cpu.G, ref cpuU);
        FusedCases.DiffusionFixedKappa_Pullback(device.U, device.K, device.G, ref deviceU);
        DeviceAssert.Same(cpuU!.ToArray(), deviceU!, backend);

        DeviceAssert.Same(FusedCases.DiffusionFixedU_Value(cpu.K, cpu.U).ToArray(), FusedCases.DiffusionFixedU_Value(device.K, device.U), backend, DeviceAssert.FunctionUlps);
        Tensor? cpuKappa = null, deviceKappa = null;
        FusedCases.DiffusionFixedU_Pullback(cpu.K, cpu.U, cpu.G, ref cpuKappa);
        FusedCases.DiffusionFixedU_Pullback(device.K, device.U, device.G, ref deviceKappa);
        DeviceAssert.Same(cpuKappa!.ToArray(), deviceKappa!, backend, DeviceAssert.FunctionUlps);
        // κ̄ = tanh(D)·g + Diffusion's κ-pullback of (1 − tanh²)·κ·g: not the elementwise part alone.
        var elementwise = Tensor.Tanh(Stencils.Diffusion(cpu.K, cpu.U, 0.7)) * cpu.G;
        Assert.NotEqual(elementwise.ToArray(), deviceKappa!.ToArray());
    }

    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void WrongShapesGiveTheCpuFormsErrors(string backend)
    {
        void Same(Func<Backend, Tensor> run)
        {
            var expected = Assert.Throws<TensorShapeException>(() => run(Backend.Cpu));
            Assert.Contains("Diffusion", expected.Message, StringComparison.Ordinal);
            Assert.Equal(expected.Message, Assert.Throws<TensorShapeException>(() => run(BackendCases.Of(backend))).Message);
        }
        Tensor Ones(Backend on, params int[] shape) => Tensor.Ones(shape).To(on);
        // Not a grid.
        Same(on => FusedCases.DiffusionSteps_Value(Ones(on, 5), Ones(on, 5), 0.5, 0.01, 1));
        Same(on =>
        {
            Tensor? dU = null, dKappa = null;
            double dDt = 0;
            FusedCases.DiffusionSteps_Pullback(Ones(on, 5), Ones(on, 5), 0.5, 0.01, 1, Ones(on, 5), ref dU, ref dKappa, ref dDt);
            return dU!;
        });
        // κ of another shape, also one that would broadcast.
        foreach (var shape in new[] { new[] { 3, 4 }, [1, 5], [4, 1] })
        {
            Same(on => FusedCases.DiffusionSteps_Value(Ones(on, 4, 5), Ones(on, shape), 0.5, 0.01, 1));
            Same(on => FusedCases.DiffusionBroadcast_Value(Ones(on, shape), Ones(on, 4, 5), Ones(on, 2, 4, 5)));
            Same(on =>
            {
                Tensor? dKappa = null, dU = null, dStack = null;
                FusedCases.DiffusionBroadcast_Pullback(Ones(on, shape), Ones(on, 4, 5), Ones(on, 2, 4, 5), Ones(on, 2, 4, 5), ref dKappa, ref dU, ref dStack);
                return dU!;
            });
        }
    }
}
