using static Adcme.Tests.Backends.RuleCheck;

namespace Adcme.Tests.Backends;

/// <summary>Maximum, Minimum, Clamp, Where and Roll on every backend, with their pullbacks and tangents, against the CPU
/// backend bit for bit (a Clamp bound's adjoint is a sum: within the bound ReductionsSuite states), and their errors.</summary>
[Collection("Devices")]
public class SelectionSuite
{
    private const double Unit = 1.1102230246251565e-16;

    /// <summary>Values with ties: every fourth element of b equals a's (so the derivative's tie rule is exercised).</summary>
    private static Tensor[] Operands()
    {
        var a = DeviceAssert.Values(21, 15);
        var b = DeviceAssert.Values(22, 15);
        for (var i = 0; i < b.Length; i += 4) b[i] = a[i];
        var condition = DeviceAssert.Values(23, 3);
        condition[1] = double.NaN;
        return [Tensor.FromArray(a, 3, 5), Tensor.FromArray(b, 3, 5), Tensor.FromArray(DeviceAssert.Values(24, 5), 5), Tensor.FromArray(condition, 3, 1)];
    }

    [Theory]
    [MemberData(nameof(BackendCases.All), MemberType = typeof(BackendCases))]
    public void ForwardsAreTheCpus(string backend)
    {
        Same(backend, [.. Operands(), Host(25, 2, 3, 4)], t =>
        [
            Tensor.Maximum(t[0], t[1]),
            Tensor.Minimum(t[0], t[1]),
            Tensor.Maximum(t[0], t[2]),
            Tensor.Minimum(t[2], t[0]),
            Tensor.Clamp(t[0], -1.0, 0.5),
            Tensor.Clamp(t[4], -1.0, 1.0),
            Tensor.Clamp(t[0], 0.25, 0.25),
            Tensor.Where(t[3], t[0], t[2]),
            Tensor.Where(t[0], t[1], t[3]),
            Tensor.Roll(t[0], 2, 1),
            Tensor.Roll(t[0], -4, 0),
            Tensor.Roll(t[4], 7, -1),
            Tensor.Roll(t[4], 1, 1),
            Tensor.Roll(t[4], 0, 0),
        ]);
    }

    [Theory]
    [MemberData(nameof(BackendCases.All), MemberType = typeof(BackendCases))]
    public void PairAndWhereRulesAreTheCpus(string backend)
    {
        Same(backend, [.. Operands(), Host(26, 3, 5), Host(27, 3, 5)], t =>
        {
            var (a, b, row, condition, seed, start) = (t[0], t[1], t[2], t[3], t[4], t[5]);
            var maximum = Tensor.Maximum(a, row);
            Tensor? dA = Tensor.Copy(start), dRow = null;
            Tensor.Maximum_Pullback(a, row, maximum, seed, ref dA, ref dRow);
            var minimum = Tensor.Minimum(a, b);
            Tensor? mA = null, mB = Tensor.Copy(start);
            Tensor.Minimum_Pullback(a, b, minimum, seed, ref mA, ref mB);
            var selected = Tensor.Where(condition, a, row);
            Tensor? wA = Tensor.Copy(start), wRow = null;
            Tensor.Where_Pullback(condition, a, row, selected, seed, ref wA, ref wRow);
            var rolled = Tensor.Roll(a, -2, 1);
            Tensor? dRolled = Tensor.Copy(start);
            Tensor.Roll_Pullback(a, -2, 1, rolled, seed, ref dRolled);
            return
            [
                dA, dRow, mA, mB, wA, wRow, dRolled,
                Tensor.Maximum_Tangent(a, seed, b, start, Tensor.Maximum(a, b)),
                Tensor.Maximum_Tangent(a, null, row, row * 2.0, maximum),
                Tensor.Minimum_Tangent(a, seed, b, null, minimum),
                Tensor.Where_Tangent(condition, a, seed, row, null, selected),
                Tensor.Where_Tangent(condition, a, null, row, row, selected),
                Tensor.Where_Tangent(condition, a, seed, b, start, Tensor.Where(condition, a, b)),
                Tensor.Roll_Tangent(a, seed, 3, 0, Tensor.Roll(a, 3, 0)),
            ];
        });
    }

    [Theory]
    [MemberData(nameof(BackendCases.All), MemberType = typeof(BackendCases))]
    public void ClampRulesAreTheCpus(string backend)
    {
        var x = Tensor.FromArray(DeviceAssert.Values(28, 40).Select((v, i) => i % 9 == 1 ? 0.5 : v).ToArray(), 8, 5);
        var seed = Host(29, 8, 5);
        // The bounds' adjoints of the CPU run, then of the backend's.
        var scalars = new List<(double Lo, double Hi)>();
        Same(backend, [x, seed], t =>
        {
            var result = Tensor.Clamp(t[0], -1.0, 0.5);
            Tensor? dX = Tensor.Copy(t[1]);
            double dLo = 0.125, dHi = -0.5;
            Tensor.Clamp_Pullback(t[0], -1.0, 0.5, result, t[1], ref dX, ref dLo, ref dHi);
            scalars.Add((dLo, dHi));
            return
            [
                dX,
                Tensor.Clamp_Tangent(t[0], t[1], -1.0, 0.0, 0.5, 0.0, result),
                Tensor.Clamp_Tangent(t[0], t[1], -1.0, 2.0, 0.5, -3.0, result),
                Tensor.Clamp_Tangent(t[0], null, -1.0, 0.0, 0.5, 1.5, result),
                Tensor.Clamp_Tangent(t[0], null, -1.0, 0.0, 0.5, 0.0, result),
            ];
        });
        var bound = 2 * 40 * Unit * (seed.ToArray().Sum(Math.Abs) + 1);
        var (cpu, device) = (scalars[0], scalars[1]);
        Assert.True(Math.Abs(cpu.Lo - device.Lo) <= (backend == "cpu" ? 0 : bound), $"{device.Lo:R} vs {cpu.Lo:R}");
        Assert.True(Math.Abs(cpu.Hi - device.Hi) <= (backend == "cpu" ? 0 : bound), $"{device.Hi:R} vs {cpu.Hi:R}");
        Assert.NotEqual(0.125, cpu.Lo);
        Assert.NotEqual(-0.5, cpu.Hi);
    }

    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void ErrorsAreTheCpusErrors(string backend)
    {
        var inputs = Operands();
        SameError<TensorShapeException>(backend, inputs, t => Tensor.Maximum(t[0], Tensor.Reshape(t[1], 5, 3)));
        SameError<TensorShapeException>(backend, inputs, t => Tensor.Minimum(t[2], Tensor.Reshape(t[1], 5, 3)));
        SameError<TensorShapeException>(backend, inputs, t => Tensor.Where(t[3], t[0], Tensor.Reshape(t[1], 15)));
        SameError<TensorShapeException>(backend, inputs, t => Tensor.Roll(t[0], 1, 2));
        SameError<ArgumentException>(backend, inputs, t => Tensor.Clamp(t[0], 1.0, -1.0));
        SameError<TensorShapeException>(backend, inputs, t =>
        {
            Tensor? dX = null;
            Tensor.Roll_Pullback(t[0], 1, 1, t[0], t[2], ref dX);
        });
        SameError<TensorShapeException>(backend, inputs, t =>
        {
            Tensor? dX = null;
            double dLo = 0, dHi = 0;
            Tensor.Clamp_Pullback(t[0], 0, 1, t[0], t[2], ref dX, ref dLo, ref dHi);
        });
        var error = Assert.Throws<TensorBackendException>(() => Tensor.Where(inputs[3], inputs[0].To(BackendCases.Of(backend)), inputs[2]));
        Assert.Contains("Where", error.Message);
        var onDevice = inputs[0].To(BackendCases.Of(backend));
        var mixed = Assert.Throws<TensorBackendException>(() =>
        {
            Tensor? dA = null, dB = null;
            Tensor.Maximum_Pullback(onDevice, onDevice, onDevice, inputs[0], ref dA, ref dB);
        });
        Assert.Contains("Maximum pullback", mixed.Message);
    }
}
