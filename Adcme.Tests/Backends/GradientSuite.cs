namespace Adcme.Tests.Backends;

/// <summary>
/// A composite expression differentiated on every backend by chaining the primitives' pullbacks in reverse (as
/// generated code does): x · w (broadcast) → Tanh → Roll → Maximum with x → Concat with a Block of x → Pad → Clamp →
/// SumOfSquares, plus Mean(Exp(Rows(x))) and half an Element of x. The gradient on a device is checked against central
/// finite differences computed on the CPU, and against the CPU backend's gradient (bit for bit on ilgpu-cpu: no sum
/// enters the adjoints of x and w but SumToShape's, which keeps the CPU's order).
/// </summary>
[Collection("Devices")]
public class GradientSuite
{
    private static double Loss(Tensor x, Tensor w)
    {
        var v = Tensor.Clamp(Tensor.Pad(Tensor.Concat(0, Tensor.Maximum(Tensor.Roll(Tensor.Tanh(x * w), 1, 1), x), Tensor.Block(x, 0, 0, 1, 4)), 1, 0, 0, 1, 0.3), -0.8, 0.9);
        return Tensor.SumOfSquares(v) + Tensor.Mean(Tensor.Exp(Tensor.Rows(x, 1, 2))) + 0.5 * Tensor.Element(x, 2, 3);
    }

    /// <summary>The gradient of <see cref="Loss"/> in x and w, by the primitives' rules in reverse order.</summary>
    private static (Tensor DX, Tensor DW) Gradient(Tensor x, Tensor w)
    {
        var p = x * w;
        var q = Tensor.Tanh(p);
        var r = Tensor.Roll(q, 1, 1);
        var s = Tensor.Maximum(r, x);
        var b = Tensor.Block(x, 0, 0, 1, 4);
        var t = Tensor.Concat(0, s, b);
        var u = Tensor.Pad(t, 1, 0, 0, 1, 0.3);
        var v = Tensor.Clamp(u, -0.8, 0.9);
        var m = Tensor.Rows(x, 1, 2);
        var e = Tensor.Exp(m);

        Tensor? dX = null, dW = null, dV = null, dU = null, dT = null, dS = null, dB = null, dR = null, dQ = null, dP = null, dE = null, dM = null;
        double dLo = 0, dHi = 0, dValue = 0;
        Tensor.Element_Pullback(x, 2, 3, 0, 0.5, ref dX);
        Tensor.Mean_Pullback(e, Tensor.Mean(e), 1.0, ref dE);
        Tensor.Exp_Pullback(m, e, dE!, ref dM);
        Tensor.Rows_Pullback(x, 1, 2, m, dM!, ref dX);
        Tensor.SumOfSquares_Pullback(v, Tensor.SumOfSquares(v), 1.0, ref dV);
        Tensor.Clamp_Pullback(u, -0.8, 0.9, v, dV!, ref dU, ref dLo, ref dHi);
        Tensor.Pad_Pullback(t, 1, 0, 0, 1, 0.3, u, dU!, ref dT, ref dValue);
        Tensor.Concat_Pullback(0, s, b, t, dT!, ref dS, ref dB);
        Tensor.Block_Pullback(x, 0, 0, 1, 4, b, dB!, ref dX);
        Tensor.Maximum_Pullback(r, x, s, dS!, ref dR, ref dX);
        Tensor.Roll_Pullback(q, 1, 1, r, dR!, ref dQ);
        Tensor.Tanh_Pullback(p, q, dQ!, ref dP);
        Tensor.Multiply_Pullback(x, w, p, dP!, ref dX, ref dW);
        return (dX!, dW!);
    }

    [Theory]
    [MemberData(nameof(BackendCases.All), MemberType = typeof(BackendCases))]
    public void GradientOnTheBackendMatchesFiniteDifferencesOnTheCpu(string backend)
    {
        var xs = DeviceAssert.Values(51, 12, -1.5, 1.5);
        var ws = DeviceAssert.Values(52, 4, 0.3, 1.2);
        var device = BackendCases.Of(backend);
        var (x, w) = (Tensor.FromArray(xs, 3, 4), Tensor.FromArray(ws, 4));
        var (dX, dW) = Gradient(x.To(device), w.To(device));
        Assert.Equal(device, dX.Backend);
        Assert.Equal(device, dW.Backend);
        var (gradientX, gradientW) = (dX.ToArray(), dW.ToArray());

        // Central differences on the CPU, h = 1e-6: truncation O(h²) and rounding O(u·|L|/h) keep them within 1e-7
        // of the derivative here (|L| < 10); the check allows 1e-6·(1 + |g|).
        const double h = 1e-6;
        double Difference(double[] values, int i, Func<double[], double> loss)
        {
            var plus = (double[])values.Clone();
            var minus = (double[])values.Clone();
            plus[i] += h;
            minus[i] -= h;
            return (loss(plus) - loss(minus)) / (2 * h);
        }
        for (var i = 0; i < xs.Length; i++)
        {
            var expected = Difference(xs, i, v => Loss(Tensor.FromArray(v, 3, 4), w));
            Assert.True(Math.Abs(gradientX[i] - expected) <= 1e-6 * (1 + Math.Abs(expected)), $"dL/dx[{i}]: {gradientX[i]:R} vs {expected:R}");
        }
        for (var i = 0; i < ws.Length; i++)
        {
            var expected = Difference(ws, i, v => Loss(x, Tensor.FromArray(v, 4)));
            Assert.True(Math.Abs(gradientW[i] - expected) <= 1e-6 * (1 + Math.Abs(expected)), $"dL/dw[{i}]: {gradientW[i]:R} vs {expected:R}");
        }

        var (cpuX, cpuW) = Gradient(x, w);
        DeviceAssert.Same(cpuX.ToArray(), dX, backend, DeviceAssert.FunctionUlps);
        DeviceAssert.Same(cpuW.ToArray(), dW, backend, DeviceAssert.FunctionUlps);
    }
}
