namespace Adcme.Tests.Backends;

/// <summary>
/// <see cref="Layers.Mlp"/> and its generated rules on a device: the forward, Mlp_Pullback, Mlp_Pushforward and the
/// gradient of user code over Mlp (<see cref="MlpDeviceCases.Misfit"/>) on each device backend against the CPU backend.
/// The CPU adds some of Affine's sums in SIMD lanes and the device in plain order, so the two are compared within a
/// bound derived for each element (<see cref="RoundingBound"/>: twice a first-order running error bound of the formula,
/// which the host evaluates beside them); derivatives against central finite differences on the CPU and on the device,
/// and the dot-product test ⟨w, J·v⟩ = ⟨Jᵀw, v⟩ on both.
/// </summary>
[Collection("Devices")]
public class MlpDeviceTests
{
    private const int Inputs = 3, Hidden = 5, Outputs = 2;

    private static double[] W1 => DeviceAssert.Values(61, Hidden * Inputs, -1, 1);
    private static double[] B1 => DeviceAssert.Values(62, Hidden, -0.5, 0.5);
    private static double[] W2 => DeviceAssert.Values(63, Outputs * Hidden, -1, 1);
    private static double[] B2 => DeviceAssert.Values(64, Outputs, -0.5, 0.5);
    private static double[] X(int batch) => DeviceAssert.Values(65, batch * Inputs);

    private static int[] InputShape(int batch) => batch == 1 ? [Inputs] : [batch, Inputs];

    private static int[] OutputShape(int batch) => batch == 1 ? [Outputs] : [batch, Outputs];

    private static Tensor[] Parameters(Backend backend, int batch) =>
    [
        Tensor.FromArray(W1, Hidden, Inputs).To(backend), Tensor.FromArray(B1, Hidden).To(backend),
        Tensor.FromArray(W2, Outputs, Hidden).To(backend), Tensor.FromArray(B2, Outputs).To(backend),
        Tensor.FromArray(X(batch), InputShape(batch)).To(backend),
    ];

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var name in BackendCases.Devices)
        {
            data.Add(name, 1); // one sample, a vector
            data.Add(name, 6); // a batch
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ForwardPullbackAndPushforwardAsOnTheCpu(string backend, int batch)
    {
        var device = BackendCases.Of(backend);
        var reference = new MlpReference(batch, Inputs, Hidden, Outputs);
        var (a, y) = reference.Forward(W1, B1, W2, B2, X(batch));
        var cpu = Parameters(Backend.Cpu, batch);
        var on = Parameters(device, batch);

        var cpuY = Layers.Mlp(cpu[0], cpu[1], cpu[2], cpu[3], cpu[4]);
        var deviceY = Layers.Mlp(on[0], on[1], on[2], on[3], on[4]);
        Assert.Equal(device, deviceY.Backend);
        Assert.Equal(OutputShape(batch), deviceY.Shape);
        RoundingBound.Within(cpuY.ToArray(), deviceY.ToArray(), y, "Mlp");

        var seed = DeviceAssert.Values(66, batch * Outputs);
        var cpuAdjoints = new Tensor?[5];
        var deviceAdjoints = new Tensor?[5];
        Layers.Mlp_Pullback(cpu[0], cpu[1], cpu[2], cpu[3], cpu[4], Tensor.FromArray(seed, OutputShape(batch)),
            ref cpuAdjoints[0], ref cpuAdjoints[1], ref cpuAdjoints[2], ref cpuAdjoints[3], ref cpuAdjoints[4]);
        Layers.Mlp_Pullback(on[0], on[1], on[2], on[3], on[4], Tensor.FromArray(seed, OutputShape(batch)).To(device),
            ref deviceAdjoints[0], ref deviceAdjoints[1], ref deviceAdjoints[2], ref deviceAdjoints[3], ref deviceAdjoints[4]);
        var bounds = reference.Pullback(W1, W2, X(batch), a, seed.Select(RoundingBound.Exact).ToArray());
        string[] names = ["dW1", "dB1", "dW2", "dB2", "dX"];
        for (var k = 0; k < 5; k++)
        {
            Assert.Equal(device, deviceAdjoints[k]!.Backend);
            Assert.Equal(on[k].Shape, deviceAdjoints[k]!.Shape);
            RoundingBound.Within(cpuAdjoints[k]!.ToArray(), deviceAdjoints[k]!.ToArray(), bounds[k], names[k]);
        }

        var v = on.Select((t, k) => DeviceAssert.Values(70 + k, t.Length, -1, 1)).ToArray();
        var cv = v.Select((values, k) => Tensor.FromArray(values, [.. cpu[k].Shape])).ToArray();
        var (cpuValue, cpuTangent) = Layers.Mlp_Pushforward(cpu[0], cv[0], cpu[1], cv[1], cpu[2], cv[2], cpu[3], cv[3], cpu[4], cv[4]);
        var dv = cv.Select(t => t.To(device)).ToArray();
        var (deviceValue, deviceTangent) = Layers.Mlp_Pushforward(on[0], dv[0], on[1], dv[1], on[2], dv[2], on[3], dv[3], on[4], dv[4]);
        Assert.Equal(device, deviceTangent!.Backend);
        RoundingBound.Within(cpuValue.ToArray(), deviceValue.ToArray(), y, "Mlp_Pushforward value");
        RoundingBound.Within(cpuTangent!.ToArray(), deviceTangent.ToArray(), reference.Pushforward(W1, W2, X(batch), a, v), "Mlp_Pushforward tangent");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void GradientOfUserCodeAsOnTheCpu(string backend, int batch)
    {
        var device = BackendCases.Of(backend);
        var reference = new MlpReference(batch, Inputs, Hidden, Outputs);
        var (a, y) = reference.Forward(W1, B1, W2, B2, X(batch));
        var target = DeviceAssert.Values(67, batch * Outputs);
        var residual = y.Select((value, k) => value - RoundingBound.Exact(target[k])).ToArray();
        var loss = RoundingBound.Sum(residual.Select(r => r * r).ToArray());
        // SumOfSquares' rule: the seed 1 times 2·r.
        var bounds = reference.Pullback(W1, W2, X(batch), a, residual.Select(r => RoundingBound.Exact(2) * r).ToArray());

        var cpu = Parameters(Backend.Cpu, batch);
        var on = Parameters(device, batch);
        var cpuLoss = MlpDeviceCases.Misfit_Gradient(cpu[0], cpu[1], cpu[2], cpu[3], cpu[4], Tensor.FromArray(target, OutputShape(batch)),
            out var c1, out var c2, out var c3, out var c4);
        var deviceLoss = MlpDeviceCases.Misfit_Gradient(on[0], on[1], on[2], on[3], on[4], Tensor.FromArray(target, OutputShape(batch)).To(device),
            out var d1, out var d2, out var d3, out var d4);
        RoundingBound.Within([cpuLoss], [deviceLoss], [loss], "loss");
        Tensor?[] cpuGradient = [c1, c2, c3, c4], deviceGradient = [d1, d2, d3, d4];
        for (var k = 0; k < 4; k++)
        {
            Assert.Equal(device, deviceGradient[k]!.Backend);
            RoundingBound.Within(cpuGradient[k]!.ToArray(), deviceGradient[k]!.ToArray(), bounds[k], $"dMisfit/d{k}");
        }
    }

    public static TheoryData<string, int> AllBackends()
    {
        var data = new TheoryData<string, int>();
        foreach (var name in BackendCases.All)
        {
            data.Add(name, 1);
            data.Add(name, 4);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AllBackends))]
    public void DerivativesMatchFiniteDifferencesAndEachOther(string backend, int batch)
    {
        var shapes = Parameters(Backend.Cpu, batch).Select(t => t.Shape.ToArray()).ToArray();
        (double[], int[])[] inputs = [(W1, shapes[0]), (B1, shapes[1]), (W2, shapes[2]), (B2, shapes[3]), (X(batch), shapes[4])];
        DeviceGradientCheck.Passes(BackendCases.Of(backend), inputs,
            x => Layers.Mlp(x[0], x[1], x[2], x[3], x[4]),
            (x, result, seed) =>
            {
                var adjoints = new Tensor?[5];
                Layers.Mlp_Pullback(x[0], x[1], x[2], x[3], x[4], seed, ref adjoints[0], ref adjoints[1], ref adjoints[2], ref adjoints[3], ref adjoints[4]);
                return adjoints;
            },
            (x, v, result) => Layers.Mlp_Pushforward(x[0], v[0], x[1], v[1], x[2], v[2], x[3], v[3], x[4], v[4]).Tangent);

        // The user's loss: its gradient (a scalar seed) and its pushforward, with the target on the backend too.
        var target = Tensor.FromArray(DeviceAssert.Values(67, batch * Outputs), OutputShape(batch)).To(BackendCases.Of(backend));
        DeviceGradientCheck.Passes(BackendCases.Of(backend), inputs[..4],
            x => Tensor.Scalar(MlpDeviceCases.Misfit(x[0], x[1], x[2], x[3], On(x[0], inputs[4]), target)).To(x[0].Backend),
            (x, result, seed) =>
            {
                Tensor? d1 = null, d2 = null, d3 = null, d4 = null;
                MlpDeviceCases.Misfit_Pullback(x[0], x[1], x[2], x[3], On(x[0], inputs[4]), target, seed.ToScalar(), ref d1, ref d2, ref d3, ref d4);
                return [d1, d2, d3, d4];
            },
            (x, v, result) => Tensor.Scalar(MlpDeviceCases.Misfit_Pushforward(x[0], v[0], x[1], v[1], x[2], v[2], x[3], v[3], On(x[0], inputs[4]), target).Tangent).To(x[0].Backend));
    }

    private static Tensor On(Tensor like, (double[] Values, int[] Shape) input) => Tensor.FromArray(input.Values, input.Shape).To(like.Backend);
}
