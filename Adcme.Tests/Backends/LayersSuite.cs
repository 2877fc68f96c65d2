namespace Adcme.Tests.Backends;

/// <summary>Layers.Dense (the generated code over Affine and its rules), Mlp's forward and FullyConnected with its rules on every backend, against
/// the CPU backend: bit for bit where the CPU adds in plain order, else within 2(n − 1)·ε·Σ|terms| (the CPU's SIMD
/// sums), and derivatives on the backend against central finite differences and the dot-product test.</summary>
[Collection("Devices")]
public class LayersSuite
{
    public static TheoryData<string, int, int, int> Layers()
    {
        var data = new TheoryData<string, int, int, int>();
        foreach (var name in BackendCases.All)
        {
            data.Add(name, 1, 3, 5); // one sample, wider output: every element in plain order
            data.Add(name, 4, 3, 5); // a batch, wider output
            data.Add(name, 4, 6, 2); // a batch, narrower output
            data.Add(name, 0, 2, 3); // a batch of no samples
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Layers))]
    public void DenseAndItsRulesAsOnTheCpu(string backend, int batch, int inputs, int outputs)
    {
        var (w, b, x, g) = (DeviceAssert.Values(1, outputs * inputs), DeviceAssert.Values(2, outputs), DeviceAssert.Values(3, Math.Max(batch, 1) * inputs), DeviceAssert.Values(4, Math.Max(batch, 1) * outputs));
        int[] inputShape = batch == 1 ? [inputs] : [batch, inputs], outputShape = batch == 1 ? [outputs] : [batch, outputs];
        if (batch == 0) (x, g) = ([], []);
        var (cw, cb, cx, cg) = (Tensor.FromArray(w, outputs, inputs), Tensor.FromArray(b, outputs), Tensor.FromArray(x, inputShape), Tensor.FromArray(g, outputShape));
        var (dw, db, dx, dg) = (BackendCases.On(backend, w, outputs, inputs), BackendCases.On(backend, b, outputs), BackendCases.On(backend, x, inputShape), BackendCases.On(backend, g, outputShape));
        // |x| stand-ins: the CPU's results on absolute values bound each element's Σ|terms|.
        var (aw, ab, ax, ag) = (Absolute(cw), Absolute(cb), Absolute(cx), Absolute(cg));

        var result = Adcme.Layers.Dense(cw, cb, cx);
        var onDevice = Adcme.Layers.Dense(dw, db, dx);
        Assert.Equal(result.Shape, onDevice.Shape);
        Close(result, onDevice, Adcme.Layers.Dense(aw, ab, ax), inputs + 1, backend, exact: outputs > inputs);

        Tensor? cpuW = null, cpuB = null, cpuX = null, deviceW = null, deviceB = null, deviceX = null, boundW = null, boundB = null, boundX = null;
        Adcme.Layers.Dense_Pullback(cw, cb, cx, cg, ref cpuW, ref cpuB, ref cpuX);
        Adcme.Layers.Dense_Pullback(dw, db, dx, dg, ref deviceW, ref deviceB, ref deviceX);
        Adcme.Layers.Dense_Pullback(aw, ab, ax, ag, ref boundW, ref boundB, ref boundX);
        Close(cpuW!, deviceW!, boundW!, batch, backend, exact: batch <= 1);
        Close(cpuB!, deviceB!, boundB!, batch, backend, exact: batch <= 1);
        Close(cpuX!, deviceX!, boundX!, outputs, backend, exact: outputs <= inputs);

        var (cpuValue, cpuTangent) = Adcme.Layers.Dense_Pushforward(cw, aw, cb, ab, cx, ax);
        var (deviceValue, deviceTangent) = Adcme.Layers.Dense_Pushforward(dw, BackendCases.On(backend, aw.ToArray(), outputs, inputs), db, BackendCases.On(backend, ab.ToArray(), outputs), dx, BackendCases.On(backend, ax.ToArray(), inputShape));
        Close(cpuValue, deviceValue, Adcme.Layers.Dense(aw, ab, ax), inputs + 1, backend, exact: outputs > inputs);
        var (_, tangentBound) = Adcme.Layers.Dense_Pushforward(aw, aw, ab, ab, ax, ax);
        Close(cpuTangent!, deviceTangent!, tangentBound!, 2 * inputs + 2, backend, exact: outputs > inputs);
    }

    [Theory]
    [MemberData(nameof(BackendCases.All), MemberType = typeof(BackendCases))]
    public void MlpForwardAsOnTheCpu(string backend)
    {
        var (w1, b1, w2, b2, x) = (DeviceAssert.Values(5, 8 * 3), DeviceAssert.Values(6, 8), DeviceAssert.Values(7, 2 * 8), DeviceAssert.Values(8, 2), DeviceAssert.Values(9, 5 * 3));
        var cpu = Adcme.Layers.Mlp(Tensor.FromArray(w1, 8, 3), Tensor.FromArray(b1, 8), Tensor.FromArray(w2, 2, 8), Tensor.FromArray(b2, 2), Tensor.FromArray(x, 5, 3));
        var device = Adcme.Layers.Mlp(BackendCases.On(backend, w1, 8, 3), BackendCases.On(backend, b1, 8), BackendCases.On(backend, w2, 2, 8), BackendCases.On(backend, b2, 2), BackendCases.On(backend, x, 5, 3));
        Assert.Equal(BackendCases.Of(backend), device.Backend);
        // The hidden layer is exact (8 > 3); the output layer's dots of 8 terms of |value| ≤ |w2|·1, plus |b2|.
        var values = device.ToArray();
        var expected = cpu.ToArray();
        for (var k = 0; k < values.Length; k++)
        {
            var magnitude = Math.Abs(b2[k % 2]);
            for (var p = 0; p < 8; p++) magnitude += Math.Abs(w2[(k % 2) * 8 + p]);
            Assert.True(Math.Abs(values[k] - expected[k]) <= 2 * 8 * Math.Pow(2, -53) * magnitude, $"element {k}: {values[k]:R} vs {expected[k]:R}");
        }
    }

    [Theory]
    [MemberData(nameof(BackendCases.All), MemberType = typeof(BackendCases))]
    public void DerivativesOnTheBackendMatchFiniteDifferences(string backend)
    {
        foreach (var (batch, inputs, outputs) in new[] { (3, 4, 2), (1, 2, 3) })
        {
            int[] inputShape = batch == 1 ? [inputs] : [batch, inputs];
            DeviceGradientCheck.Passes(BackendCases.Of(backend),
                [(DeviceAssert.Values(10, outputs * inputs), [outputs, inputs]), (DeviceAssert.Values(11, outputs), [outputs]), (DeviceAssert.Values(12, batch * inputs), inputShape)],
                x => Adcme.Layers.Dense(x[0], x[1], x[2]),
                (x, result, seed) =>
                {
                    Tensor? dW = null, dB = null, dX = null;
                    Adcme.Layers.Dense_Pullback(x[0], x[1], x[2], seed, ref dW, ref dB, ref dX);
                    return [dW, dB, dX];
                },
                (x, v, result) => Adcme.Layers.Dense_Pushforward(x[0], v[0], x[1], v[1], x[2], v[2]).Tangent);
        }
    }

    public static TheoryData<string, int> Batches()
    {
        var data = new TheoryData<string, int>();
        foreach (var name in BackendCases.All)
        {
            data.Add(name, 1); // one sample, a vector: every element, θ's adjoint too, in plain order
            data.Add(name, 5);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Batches))]
    public void FullyConnectedAndItsRulesAsOnTheCpu(string backend, int batch)
    {
        int[] sizes = [4, 3, 2];
        var theta = NonZero(Adcme.Layers.InitialTheta(3, sizes, 5).ToArray().Select((v, k) => v + 0.01 * (k % 5 + 1)).ToArray());
        var x = NonZero(DeviceAssert.Values(21, batch * 3));
        var seed = NonZero(DeviceAssert.Values(22, batch * 2));
        int[] inputShape = batch == 1 ? [3] : [batch, 3], outputShape = batch == 1 ? [2] : [batch, 2];
        var (ct, cx, cs) = (Tensor.FromArray(theta), Tensor.FromArray(x, inputShape), Tensor.FromArray(seed, outputShape));
        var (dt, dx, ds) = (BackendCases.On(backend, theta, theta.Length), BackendCases.On(backend, x, inputShape), BackendCases.On(backend, seed, outputShape));
        var result = Adcme.Layers.FullyConnected(cx, sizes, ct);
        var onDevice = Adcme.Layers.FullyConnected(dx, sizes, dt);
        Assert.Equal(result.Shape, onDevice.Shape);
        DeviceAssert.Same(result.ToArray(), onDevice, backend, ulps: 4);
        Tensor? cpuX = null, cpuTheta = null, deviceX = null, deviceTheta = null;
        Adcme.Layers.FullyConnected_Pullback(cx, sizes, ct, result, cs, ref cpuX, ref cpuTheta);
        Adcme.Layers.FullyConnected_Pullback(dx, sizes, dt, onDevice, ds, ref deviceX, ref deviceTheta);
        DeviceAssert.Same(cpuX!.ToArray(), deviceX!, backend, ulps: 4);
        Assert.Equal(BackendCases.Of(backend), deviceTheta!.Backend);
        if (batch == 1) DeviceAssert.Same(cpuTheta!.ToArray(), deviceTheta, backend, ulps: 4);
        DeviceAssert.Same(Adcme.Layers.FullyConnected_Tangent(cx, cx, sizes, ct, ct, result)!.ToArray(),
            Adcme.Layers.FullyConnected_Tangent(dx, dx, sizes, dt, dt, onDevice)!, backend, ulps: 4);
        // θ's adjoint over a batch: checked on the backend against finite differences below.
    }

    [Theory]
    [MemberData(nameof(Batches))]
    public void FullyConnectedDerivativesOnTheBackendMatchFiniteDifferences(string backend, int batch)
    {
        int[] sizes = [4, 2];
        int[] inputShape = batch == 1 ? [3] : [batch, 3];
        DeviceGradientCheck.Passes(BackendCases.Of(backend),
            [(DeviceAssert.Values(23, batch * 3), inputShape), (Adcme.Layers.InitialTheta(3, sizes, 6).ToArray().Select((v, k) => v + 0.02 * (k % 3)).ToArray(), [Adcme.Layers.ParameterCount(3, sizes)])],
            x => Adcme.Layers.FullyConnected(x[0], sizes, x[1]),
            (x, result, seed) =>
            {
                Tensor? dX = null, dTheta = null;
                Adcme.Layers.FullyConnected_Pullback(x[0], sizes, x[1], result, seed, ref dX, ref dTheta);
                return [dX, dTheta];
            },
            (x, v, result) => Adcme.Layers.FullyConnected_Tangent(x[0], v[0], sizes, x[1], v[1], result));
    }

    /// <summary>No exact zeros (a product with one is −0 or +0 by the other factor's sign, and a one-term sum may
    /// keep or lose that sign): the values, with 0.5 for zero.</summary>
    private static double[] NonZero(double[] values) => values.Select(v => v == 0 ? 0.5 : v).ToArray();

    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void ShapeErrorsAreTheCpuBackendsErrors(string backend)
    {
        var on = BackendCases.Of(backend);
        (Tensor W, Tensor B, Tensor X)[] wrong =
        [
            (Tensor.Zeros(3), Tensor.Zeros(3), Tensor.Zeros(3)),
            (Tensor.Zeros(2, 3), Tensor.Zeros(3), Tensor.Zeros(3)),
            (Tensor.Zeros(2, 3), Tensor.Zeros(2), Tensor.Zeros(4, 2)),
        ];
        foreach (var (w, b, x) in wrong)
        {
            var cpu = Assert.Throws<TensorShapeException>(() => Adcme.Layers.Dense(w, b, x));
            Assert.Equal(cpu.Message, Assert.Throws<TensorShapeException>(() => Adcme.Layers.Dense(w.To(on), b.To(on), x.To(on))).Message);
        }
        Assert.Throws<TensorBackendException>(() => Adcme.Layers.Dense(Tensor.Zeros(2, 3).To(on), Tensor.Zeros(2), Tensor.Zeros(3).To(on)));
        var network = Assert.Throws<TensorShapeException>(() => Adcme.Layers.FullyConnected(Tensor.Zeros(2, 3), [4, 1], Tensor.Zeros(10)));
        Assert.Equal(network.Message, Assert.Throws<TensorShapeException>(() => Adcme.Layers.FullyConnected(Tensor.Zeros(2, 3).To(on), [4, 1], Tensor.Zeros(10).To(on))).Message);
        Assert.Throws<TensorBackendException>(() => Adcme.Layers.FullyConnected(Tensor.Zeros(2, 3).To(on), [4, 1], Tensor.Zeros(Adcme.Layers.ParameterCount(3, [4, 1]))));
    }

    private static Tensor Absolute(Tensor x) => Tensor.FromArray(x.ToArray().Select(Math.Abs).ToArray(), [.. x.Shape]);

    /// <summary>The device's values are the CPU's: bit for bit where <paramref name="exact"/>, else within
    /// 2(n − 1)·ε·Σ|terms| per element, Σ|terms| bounded by <paramref name="magnitudes"/> (the CPU's result on |operands|).</summary>
    private static void Close(Tensor cpu, Tensor device, Tensor magnitudes, int terms, string backend, bool exact)
    {
        Assert.Equal(BackendCases.Of(backend), device.Backend);
        if (exact)
        {
            DeviceAssert.Same(cpu.ToArray(), device, backend);
            return;
        }
        var (expected, actual, bound) = (cpu.ToArray(), device.ToArray(), magnitudes.ToArray());
        Assert.Equal(expected.Length, actual.Length);
        for (var k = 0; k < expected.Length; k++)
        {
            var allowed = 2 * Math.Max(terms - 1, 1) * Math.Pow(2, -53) * bound[k] * (1 + 1e-12);
            Assert.True(Math.Abs(expected[k] - actual[k]) <= allowed, $"element {k}: {actual[k]:R} on {backend} vs {expected[k]:R} on cpu (allowed {allowed:G3})");
        }
    }
}
