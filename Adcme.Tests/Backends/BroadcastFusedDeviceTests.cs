namespace Adcme.Tests.Backends;

/// <summary>
/// Fused chains with broadcast inputs (<see cref="BroadcastFusedCases"/>) on device tensors against the CPU: the value
/// (M_Value), the pullback's adjoints — a broadcast input's summed back to its own shape, then added to what the
/// adjoint already held (each pullback runs twice) — and the pushforward's tangent, all bit for bit on ilgpu-cpu (the
/// device folds a broadcast adjoint in the CPU's order, SumToShape). A scalar loss over such a chain in a time loop:
/// adjoints bit for bit, the loss (a device sum) within 2n·u·Σuᵢ². And the derivatives on the device against central
/// finite differences, with the dot-product test.
/// </summary>
[Collection("Devices")]
public class BroadcastFusedDeviceTests
{
    private delegate void Pullback(Tensor[] x, Tensor seed, Tensor?[] adjoints);

    private sealed record Case(string Name, (double[] Values, int[] Shape)[] Inputs, Func<Tensor[], Tensor> Value, Pullback Pullback,
        Func<Tensor[], Tensor[], Tensor?> Tangent, Func<Tensor[], Tensor> Forward);

    private static (double[], int[]) Input(int seed, double low, double high, params int[] shape)
        => (DeviceAssert.Values(seed, shape.Aggregate(1, (p, d) => p * d), low, high), shape);

    private static IEnumerable<Case> Cases()
    {
        yield return new("Row", [Input(1, -2, 2, 5, 7), Input(2, -2, 2, 7)],
            x => BroadcastFusedCases.Row_Value(x[0], x[1]),
            (x, g, d) => BroadcastFusedCases.Row_Pullback(x[0], x[1], g, ref d[0], ref d[1]),
            (x, v) => BroadcastFusedCases.Row_Pushforward(x[0], v[0], x[1], v[1]).Tangent,
            x => BroadcastFusedCases.Row(x[0], x[1]));
        yield return new("Column", [Input(3, -2, 2, 6, 4), Input(4, -2, 2, 6, 1)],
            x => BroadcastFusedCases.Column_Value(x[0], x[1]),
            (x, g, d) => BroadcastFusedCases.Column_Pullback(x[0], x[1], g, ref d[0], ref d[1]),
            (x, v) => BroadcastFusedCases.Column_Pushforward(x[0], v[0], x[1], v[1]).Tangent,
            x => BroadcastFusedCases.Column(x[0], x[1]));
        yield return new("OneElement", [Input(5, -2, 2, 4, 9), Input(6, 0.5, 1.5, 1)],
            x => BroadcastFusedCases.OneElement_Value(x[0], x[1]),
            (x, g, d) => BroadcastFusedCases.OneElement_Pullback(x[0], x[1], g, ref d[0], ref d[1]),
            (x, v) => BroadcastFusedCases.OneElement_Pushforward(x[0], v[0], x[1], v[1]).Tangent,
            x => BroadcastFusedCases.OneElement(x[0], x[1]));
        yield return new("RankZero", [Input(7, -2, 2, 3, 8), Input(8, 0.5, 1.5)],
            x => BroadcastFusedCases.RankZero_Value(x[0], x[1]),
            (x, g, d) => BroadcastFusedCases.RankZero_Pullback(x[0], x[1], g, ref d[0], ref d[1]),
            (x, v) => BroadcastFusedCases.RankZero_Pushforward(x[0], v[0], x[1], v[1]).Tangent,
            x => BroadcastFusedCases.RankZero(x[0], x[1]));
        yield return new("LowerRank", [Input(9, -2, 2, 3, 4, 5), Input(10, -2, 2, 4, 5), Input(11, -2, 2, 5)],
            x => BroadcastFusedCases.LowerRank_Value(x[0], x[1], x[2]),
            (x, g, d) => BroadcastFusedCases.LowerRank_Pullback(x[0], x[1], x[2], g, ref d[0], ref d[1], ref d[2]),
            (x, v) => BroadcastFusedCases.LowerRank_Pushforward(x[0], v[0], x[1], v[1], x[2], v[2]).Tangent,
            x => BroadcastFusedCases.LowerRank(x[0], x[1], x[2]));
        yield return new("Outer", [Input(12, -2, 2, 6, 1), Input(13, -2, 2, 5)],
            x => BroadcastFusedCases.Outer_Value(x[0], x[1]),
            (x, g, d) => BroadcastFusedCases.Outer_Pullback(x[0], x[1], g, ref d[0], ref d[1]),
            (x, v) => BroadcastFusedCases.Outer_Pushforward(x[0], v[0], x[1], v[1]).Tangent,
            x => BroadcastFusedCases.Outer(x[0], x[1]));
        yield return new("StencilColumn", [Input(14, -2, 2, 6, 5), Input(15, 0.5, 1.5, 6, 1)],
            x => BroadcastFusedCases.StencilColumn_Value(x[0], x[1]),
            (x, g, d) => BroadcastFusedCases.StencilColumn_Pullback(x[0], x[1], g, ref d[0], ref d[1]),
            (x, v) => BroadcastFusedCases.StencilColumn_Pushforward(x[0], v[0], x[1], v[1]).Tangent,
            x => BroadcastFusedCases.StencilColumn(x[0], x[1]));
    }

    public static TheoryData<string, string> Names()
    {
        var data = new TheoryData<string, string>();
        foreach (var backend in BackendCases.Devices)
        {
            foreach (var item in Cases()) data.Add(backend, item.Name);
        }
        return data;
    }

    private static Case Named(string name) => Cases().Single(c => c.Name == name);

    [Theory]
    [MemberData(nameof(Names))]
    public void ValueAdjointsAndTangentAsOnTheCpu(string backend, string name)
    {
        var item = Named(name);
        var device = BackendCases.Of(backend);
        var cpu = item.Inputs.Select(input => Tensor.FromArray(input.Values, input.Shape)).ToArray();
        var on = cpu.Select(t => t.To(device)).ToArray();

        var expected = item.Value(cpu);
        var actual = item.Value(on);
        Assert.Equal(expected.Shape, actual.Shape);
        DeviceAssert.Same(expected.ToArray(), actual, backend, DeviceAssert.FunctionUlps);
        // The unfused method computes the same bits (the kernel is a fusion, not another formula).
        DeviceAssert.Same(expected.ToArray(), item.Forward(on), backend, DeviceAssert.FunctionUlps);

        var seed = Tensor.FromArray(DeviceAssert.Values(40, expected.Length), [.. expected.Shape]);
        var cpuAdjoints = new Tensor?[cpu.Length];
        var deviceAdjoints = new Tensor?[cpu.Length];
        for (var pass = 0; pass < 2; pass++)
        {
            item.Pullback(cpu, seed, cpuAdjoints);
            item.Pullback(on, seed.To(device), deviceAdjoints);
            for (var k = 0; k < cpu.Length; k++)
            {
                Assert.Equal(cpu[k].Shape, cpuAdjoints[k]!.Shape);
                Assert.Equal(cpu[k].Shape, deviceAdjoints[k]!.Shape);
                DeviceAssert.Same(cpuAdjoints[k]!.ToArray(), deviceAdjoints[k]!, backend, DeviceAssert.FunctionUlps);
            }
        }
        Assert.Contains(cpuAdjoints, a => a!.ToArray().Any(v => v != 0));

        var v = item.Inputs.Select((input, k) => Tensor.FromArray(DeviceAssert.Values(50 + k, input.Values.Length, -1, 1), input.Shape)).ToArray();
        var cpuTangent = item.Tangent(cpu, v);
        var deviceTangent = item.Tangent(on, v.Select(t => t.To(device)).ToArray());
        DeviceAssert.Same(cpuTangent!.ToArray(), deviceTangent!, backend, DeviceAssert.FunctionUlps);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void DerivativesOnTheDeviceMatchFiniteDifferences(string backend, string name)
    {
        var item = Named(name);
        DeviceGradientCheck.Passes(BackendCases.Of(backend), item.Inputs, item.Forward,
            (x, result, seed) =>
            {
                var adjoints = new Tensor?[x.Length];
                item.Pullback(x, seed, adjoints);
                return adjoints;
            },
            (x, v, result) => item.Tangent(x, v));
    }

    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void GradientOfALoopOverABroadcastChainAsOnTheCpu(string backend)
    {
        var device = BackendCases.Of(backend);
        var (u0, row, one) = (DeviceAssert.Values(61, 8 * 6), DeviceAssert.Values(62, 6), new[] { 0.75 });
        var cpuLoss = BroadcastFusedCases.Loss_Gradient(Tensor.FromArray(u0, 8, 6), Tensor.FromArray(row, 6), Tensor.FromArray(one, 1), 4,
            out var cpuU, out var cpuRow, out var cpuOne);
        var deviceLoss = BroadcastFusedCases.Loss_Gradient(Tensor.FromArray(u0, 8, 6).To(device), Tensor.FromArray(row, 6).To(device), Tensor.FromArray(one, 1).To(device), 4,
            out var deviceU, out var deviceRow, out var deviceOne);
        DeviceAssert.Same(cpuU!.ToArray(), deviceU!, backend, DeviceAssert.FunctionUlps);
        DeviceAssert.Same(cpuRow!.ToArray(), deviceRow!, backend, DeviceAssert.FunctionUlps);
        DeviceAssert.Same(cpuOne!.ToArray(), deviceOne!, backend, DeviceAssert.FunctionUlps);
        Assert.Equal([6], deviceRow!.Shape);
        Assert.Equal([1], deviceOne!.Shape);
        // The loss is Σuᵢ² over the final state, the same bits on both (the unfused method computes the gradient's loss
        // bit for bit on the CPU): a sum of 48 terms in two orders.
        var final = BroadcastFusedCases.Loss(Tensor.FromArray(u0, 8, 6), Tensor.FromArray(row, 6), Tensor.FromArray(one, 1), 4);
        Assert.Equal(cpuLoss, final);
        var bound = 2 * 48 * RoundingBound.Unit * cpuLoss;
        Assert.True(Math.Abs(cpuLoss - deviceLoss) <= bound, $"loss {deviceLoss:R} on {backend}, {cpuLoss:R} on the CPU (bound {bound:R})");

        // Central differences and the dot-product test of the loss, on the device.
        (double[], int[])[] inputs = [(u0, [8, 6]), (row, [6]), (one, [1])];
        DeviceGradientCheck.Passes(device, inputs,
            x => Tensor.Scalar(BroadcastFusedCases.Loss(x[0], x[1], x[2], 4)).To(device),
            (x, result, seed) =>
            {
                Tensor? dU = null, dRow = null, dOne = null;
                BroadcastFusedCases.Loss_Pullback(x[0], x[1], x[2], 4, seed.ToScalar(), ref dU, ref dRow, ref dOne);
                return [dU, dRow, dOne];
            },
            (x, v, result) => Tensor.Scalar(BroadcastFusedCases.Loss_Pushforward(x[0], v[0], x[1], v[1], x[2], v[2], 4).Tangent).To(device));
    }
}
