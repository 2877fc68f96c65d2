extern alias CustomPrimitiveExample;
using CustomPrimitiveExample::Adcme.Examples.CustomPrimitive;

namespace Adcme.Tests.Backends;

/// <summary>examples/CustomPrimitive's hand-written primitive (host loops over Span) on device tensors: it stages its
/// operands through the host explicitly, so the generated gradient over it runs on a device and gives the CPU's dκ bit
/// for bit (the same host loops; SumOfSquares' seed 2u is elementwise on the device), its results on the device; the
/// loss within 2n²·u·L (its one sum, in the device's order); its rules pass the gradient checker on the device.</summary>
[Collection("Devices")]
public class CustomPrimitiveDeviceTests
{
    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void TheStagedPrimitiveGivesTheCpusGradient(string backend)
    {
        var device = BackendCases.Of(backend);
        const int n = 6, steps = 4;
        var h = 1.0 / (n + 1);
        var dt = 0.2 * h * h / 3;
        var kappa = DeviceAssert.Values(91, n * n, 0.5, 1.5);
        var u0 = DeviceAssert.Values(92, n * n, -1, 1);
        var cpuLoss = HeatModel.Loss_Gradient(Tensor.FromArray(kappa, n, n), Tensor.FromArray(u0, n, n), h, dt, steps, out var cpuKappa);
        var deviceLoss = HeatModel.Loss_Gradient(Tensor.FromArray(kappa, n, n).To(device), Tensor.FromArray(u0, n, n).To(device), h, dt, steps, out var deviceKappa);
        DeviceAssert.Same(cpuKappa!.ToArray(), deviceKappa!, backend);
        var bound = 2 * n * n * RoundingBound.Unit * cpuLoss;
        Assert.True(Math.Abs(deviceLoss - cpuLoss) <= bound, $"loss {deviceLoss:R} on {backend}, {cpuLoss:R} on the CPU (bound {bound:R})");

        const double checkH = 0.25, checkDt = 0.01, source = 1.0;
        DeviceGradientCheck.Passes(device, [(kappa, [n, n]), (u0, [n, n])],
            x => HeatKernels.Step(x[0], x[1], checkH, checkDt, source),
            (x, result, seed) =>
            {
                Tensor? dKappa = null, dU = null;
                HeatKernels.Step_Pullback(x[0], x[1], checkH, checkDt, source, result, seed, ref dKappa, ref dU);
                return [dKappa, dU];
            },
            (x, v, result) => HeatKernels.Step_Tangent(x[0], v[0], x[1], v[1], checkH, checkDt, source, result));
    }
}
