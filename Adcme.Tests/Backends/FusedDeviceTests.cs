namespace Adcme.Tests.Backends;

/// <summary>
/// Generated fused kernels on device tensors: the device form (ILGPU kernels printed from the rule table) against the
/// CPU form for the same inputs — values and tensor adjoints bit for bit on ilgpu-cpu; a scalar input's adjoint, a sum
/// over elements that the CPU form adds in vector-wide partial sums and the device in a fixed order, within
/// n·1e-14 of the CPU's relative to the sum of the magnitudes Σ|seed| it is made of, scaled by the largest factor.
/// </summary>
[Collection("Devices")]
public class FusedDeviceTests
{
    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void HeatStepsAsOnTheCpu(string backend)
    {
        var (rows, columns, steps) = (12, 9, 3);
        var u = DeviceAssert.Values(11, rows * columns);
        var kappa = DeviceAssert.Values(12, rows * columns, 0.5, 1.5);
        var seed = DeviceAssert.Values(13, rows * columns);
        var (cu, ck, cs) = (Tensor.FromArray(u, rows, columns), Tensor.FromArray(kappa, rows, columns), Tensor.FromArray(seed, rows, columns));
        var (du, dk, ds) = (BackendCases.On(backend, u, rows, columns), BackendCases.On(backend, kappa, rows, columns), BackendCases.On(backend, seed, rows, columns));

        DeviceAssert.Same(FusedCases.HeatSteps_Value(cu, ck, 0.5, 0.01, steps).ToArray(), FusedCases.HeatSteps_Value(du, dk, 0.5, 0.01, steps), backend);

        Tensor? cpuU = null, cpuKappa = null, deviceU = null, deviceKappa = null;
        double cpuDt = 0, deviceDt = 0;
        // Twice: the second pullback adds into the adjoints the first made (the kernels' accumulate path).
        for (var pass = 0; pass < 2; pass++)
        {
            FusedCases.HeatSteps_Pullback(cu, ck, 0.5, 0.01, steps, cs, ref cpuU, ref cpuKappa, ref cpuDt);
            FusedCases.HeatSteps_Pullback(du, dk, 0.5, 0.01, steps, ds, ref deviceU, ref deviceKappa, ref deviceDt);
            DeviceAssert.Same(cpuU!.ToArray(), deviceU!, backend);
            DeviceAssert.Same(cpuKappa!.ToArray(), deviceKappa!, backend);
            // dt's adjoint: per step, Σ over elements of g·(1 + κ·Δu), |κ·Δu| ≤ 1.5·8·3/0.25 per element.
            DeviceAssert.Near(cpuDt, deviceDt, 2 * steps * rows * columns, (pass + 1) * steps * DeviceAssert.Magnitude(seed) * 150);
        }
        Assert.NotEqual(0.0, deviceDt);
    }

    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void LoopStepsAsOnTheCpu(string backend)
    {
        var (rows, columns, steps) = (7, 10, 2);
        var u = DeviceAssert.Values(21, rows * columns);
        var kappa = DeviceAssert.Values(22, rows * columns, 0.5, 1.5);
        var source = DeviceAssert.Values(23, rows * columns);
        var seed = DeviceAssert.Values(24, rows * columns);
        var cpu = (U: Tensor.FromArray(u, rows, columns), K: Tensor.FromArray(kappa, rows, columns), S: Tensor.FromArray(source, rows, columns), G: Tensor.FromArray(seed, rows, columns));
        var device = (U: BackendCases.On(backend, u, rows, columns), K: BackendCases.On(backend, kappa, rows, columns), S: BackendCases.On(backend, source, rows, columns), G: BackendCases.On(backend, seed, rows, columns));

        DeviceAssert.Same(FusedCases.LoopSteps_Value(cpu.U, cpu.K, cpu.S, 0.02, steps).ToArray(), FusedCases.LoopSteps_Value(device.U, device.K, device.S, 0.02, steps), backend);
        Tensor? cpuU = null, cpuKappa = null, deviceU = null, deviceKappa = null;
        double cpuDt = 0, deviceDt = 0;
        FusedCases.LoopSteps_Pullback(cpu.U, cpu.K, cpu.S, 0.02, steps, cpu.G, ref cpuU, ref cpuKappa, ref cpuDt);
        FusedCases.LoopSteps_Pullback(device.U, device.K, device.S, 0.02, steps, device.G, ref deviceU, ref deviceKappa, ref deviceDt);
        DeviceAssert.Same(cpuU!.ToArray(), deviceU!, backend);
        DeviceAssert.Same(cpuKappa!.ToArray(), deviceKappa!, backend);
        DeviceAssert.Near(cpuDt, deviceDt, 2 * steps * rows * columns, steps * DeviceAssert.Magnitude(seed) * 400);
    }

    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void ThreeStencilsAsOnTheCpu(string backend)
    {
        var (rows, columns) = (10, 8);
        var u = DeviceAssert.Values(31, rows * columns);
        var v = DeviceAssert.Values(32, rows * columns);
        var weights = DeviceAssert.Values(33, rows * columns);
        var seed = DeviceAssert.Values(34, rows * columns);
        var cpu = (U: Tensor.FromArray(u, rows, columns), V: Tensor.FromArray(v, rows, columns), W: Tensor.FromArray(weights, rows, columns), G: Tensor.FromArray(seed, rows, columns));
        var device = (U: BackendCases.On(backend, u, rows, columns), V: BackendCases.On(backend, v, rows, columns), W: BackendCases.On(backend, weights, rows, columns), G: BackendCases.On(backend, seed, rows, columns));

        DeviceAssert.Same(FusedCases.Stencils3_Value(cpu.U, cpu.V, 1.5, cpu.W).ToArray(), FusedCases.Stencils3_Value(device.U, device.V, 1.5, device.W), backend);
        Tensor? cpuU = null, cpuV = null, deviceU = null, deviceV = null;
        double cpuS = 0, deviceS = 0;
        FusedCases.Stencils3_Pullback(cpu.U, cpu.V, 1.5, cpu.W, cpu.G, ref cpuU, ref cpuV, ref cpuS);
        FusedCases.Stencils3_Pullback(device.U, device.V, 1.5, device.W, device.G, ref deviceU, ref deviceV, ref deviceS);
        DeviceAssert.Same(cpuU!.ToArray(), deviceU!, backend);
        DeviceAssert.Same(cpuV!.ToArray(), deviceV!, backend);
        // s's adjoint: Σ −g·w·Δu·Δu/s², |Δu| ≤ 8·3·4 and ·16.
        DeviceAssert.Near(cpuS, deviceS, rows * columns, DeviceAssert.Magnitude(seed) * 3 * 96 * 384);
    }

    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void FunctionsAsOnTheCpu(string backend)
    {
        var x = DeviceAssert.Values(41, 150);
        var seed = DeviceAssert.Values(42, 150);
        var (cx, cg) = (Tensor.FromArray(x, 150), Tensor.FromArray(seed, 150));
        var (dx, dg) = (BackendCases.On(backend, x, 150), BackendCases.On(backend, seed, 150));

        DeviceAssert.Same(FusedCases.Functions_Value(cx, 1.3).ToArray(), FusedCases.Functions_Value(dx, 1.3), backend);
        Tensor? cpuX = null, deviceX = null;
        double cpuS = 0, deviceS = 0;
        FusedCases.Functions_Pullback(cx, 1.3, cg, ref cpuX, ref cpuS);
        FusedCases.Functions_Pullback(dx, 1.3, dg, ref deviceX, ref deviceS);
        DeviceAssert.Same(cpuX!.ToArray(), deviceX!, backend);
        // s's adjoint: Σ g·(−x·e^(−x·s) − x/s²·(1 − tanh²)), |x| ≤ 3.
        DeviceAssert.Near(cpuS, deviceS, 150, DeviceAssert.Magnitude(seed) * 3 * (Math.Exp(3 * 1.3) + 1));
    }

    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void PowerAsOnTheCpu(string backend)
    {
        var x = DeviceAssert.Values(51, 60, 0.0, 2.0);
        var seed = DeviceAssert.Values(52, 60);
        foreach (var p in new[] { 2.5, 0.0, -1.0 })
        {
            DeviceAssert.Same(FusedCases.Power_Value(Tensor.FromArray(x, 60), p).ToArray(), FusedCases.Power_Value(BackendCases.On(backend, x, 60), p), backend);
            Tensor? cpuX = null, deviceX = null;
            FusedCases.Power_Pullback(Tensor.FromArray(x, 60), p, Tensor.FromArray(seed, 60), ref cpuX);
            FusedCases.Power_Pullback(BackendCases.On(backend, x, 60), p, BackendCases.On(backend, seed, 60), ref deviceX);
            DeviceAssert.Same(cpuX!.ToArray(), deviceX!, backend);
        }
    }

    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void BlendAsOnTheCpu(string backend)
    {
        var a = DeviceAssert.Values(61, 90);
        var b = DeviceAssert.Values(62, 90);
        var seed = DeviceAssert.Values(63, 90);
        DeviceAssert.Same(Cases.FusionCases.Blend_Value(Tensor.FromArray(a, 9, 10), Tensor.FromArray(b, 9, 10), 0.3).ToArray(),
            Cases.FusionCases.Blend_Value(BackendCases.On(backend, a, 9, 10), BackendCases.On(backend, b, 9, 10), 0.3), backend);
        Tensor? cpuA = null, cpuB = null, deviceA = null, deviceB = null;
        double cpuW = 0, deviceW = 0;
        Cases.FusionCases.Blend_Pullback(Tensor.FromArray(a, 9, 10), Tensor.FromArray(b, 9, 10), 0.3, Tensor.FromArray(seed, 9, 10), ref cpuA, ref cpuB, ref cpuW);
        Cases.FusionCases.Blend_Pullback(BackendCases.On(backend, a, 9, 10), BackendCases.On(backend, b, 9, 10), 0.3, BackendCases.On(backend, seed, 9, 10), ref deviceA, ref deviceB, ref deviceW);
        DeviceAssert.Same(cpuA!.ToArray(), deviceA!, backend);
        DeviceAssert.Same(cpuB!.ToArray(), deviceB!, backend);
        // w's adjoint: Σ g·(a − σ(b)·a), |a| ≤ 3.
        DeviceAssert.Near(cpuW, deviceW, 90, DeviceAssert.Magnitude(seed) * 6);
    }

    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void HaloStencilForwardAsOnTheCpu(string backend)
    {
        var padded = DeviceAssert.Values(71, 8 * 7);
        var w = DeviceAssert.Values(72, 6 * 5);
        DeviceAssert.Same(FusedCases.Halo_Value(Tensor.FromArray(padded, 8, 7), Tensor.FromArray(w, 6, 5)).ToArray(),
            FusedCases.Halo_Value(BackendCases.On(backend, padded, 8, 7), BackendCases.On(backend, w, 6, 5)), backend);
    }

    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void BroadcastForwardAsOnTheCpu(string backend)
    {
        var m = DeviceAssert.Values(81, 24);
        var row = DeviceAssert.Values(82, 6);
        var column = DeviceAssert.Values(83, 4);
        var cpu = FusedCases.Broadcast_Value(Tensor.FromArray(m, 4, 6), Tensor.FromArray(row, 6), Tensor.FromArray(column, 4, 1), Tensor.FromArray([1.5]));
        var device = FusedCases.Broadcast_Value(BackendCases.On(backend, m, 4, 6), BackendCases.On(backend, row, 6), BackendCases.On(backend, column, 4, 1), BackendCases.On(backend, [1.5]));
        Assert.Equal(cpu.Shape, device.Shape);
        DeviceAssert.Same(cpu.ToArray(), device, backend);
    }

    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void ErrorsAsOnTheCpu(string backend)
    {
        var u = DeviceAssert.Values(91, 20);
        // Operands on two backends: the device form names both.
        var mixed = Assert.Throws<TensorBackendException>(() => FusedCases.HeatSteps_Value(BackendCases.On(backend, u, 4, 5), Tensor.FromArray(u, 4, 5), 0.5, 0.01, 1));
        Assert.Contains("Fused", mixed.Message, StringComparison.Ordinal);
        Assert.Contains("cpu", mixed.Message, StringComparison.Ordinal);
        Assert.Contains(backend, mixed.Message, StringComparison.Ordinal);
        // Shapes that do not broadcast: the CPU form's message.
        var cpu = Assert.Throws<TensorShapeException>(() => FusedCases.HeatSteps_Value(Tensor.FromArray(u, 4, 5), Tensor.FromArray(u[..12], 3, 4), 0.5, 0.01, 1));
        var device = Assert.Throws<TensorShapeException>(() => FusedCases.HeatSteps_Value(BackendCases.On(backend, u, 4, 5), BackendCases.On(backend, u[..12], 3, 4), 0.5, 0.01, 1));
        Assert.Equal(cpu.Message, device.Message);
        // A seed on the cpu for device operands.
        Tensor? dU = null, dKappa = null;
        double dDt = 0;
        Assert.Throws<TensorBackendException>(() => FusedCases.HeatSteps_Pullback(BackendCases.On(backend, u, 4, 5), BackendCases.On(backend, u, 4, 5), 0.5, 0.01, 1, Tensor.FromArray(u, 4, 5), ref dU, ref dKappa, ref dDt));
    }
}
