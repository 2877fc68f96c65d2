namespace Adcme.Tests.Backends;

/// <summary>Clamp on a device computes with the rule table's device form (ElementRules.Clamp_Device, no second copy of
/// the rule in the backend): its value and its three partials at the edge values (NaN, ±∞, −0 and +0, the bounds
/// themselves, NaN and infinite bounds, lo = hi) are the CPU's bit for bit, and the CPU's value is System.Math.Clamp's.</summary>
[Collection("Devices")]
public class ClampDeviceTests
{
    private static readonly double[] Elements =
    [
        double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, 0.0, 1.0, -1.0, 0.5, -0.5, 0.25,
        Math.BitDecrement(-1.0), Math.BitIncrement(0.5), double.Epsilon, -double.Epsilon, double.MaxValue, -double.MaxValue, 3.0, -2.75,
    ];

    /// <summary>(lo, hi) pairs Math.Clamp accepts (lo ≤ hi, or a NaN bound, which it does not check).</summary>
    private static readonly (double Lo, double Hi)[] Bounds =
    [
        (-1.0, 0.5), (0.0, 1.0), (-0.0, 0.0), (0.0, -0.0), (-1.0, -0.0), (0.25, 0.25), (double.NegativeInfinity, double.PositiveInfinity),
        (double.NegativeInfinity, 0.0), (0.0, double.PositiveInfinity), (double.PositiveInfinity, double.PositiveInfinity),
        (double.NegativeInfinity, double.NegativeInfinity), (double.NaN, 1.0), (-1.0, double.NaN), (double.NaN, double.NaN),
    ];

    /// <summary>Seeds with both zeros, a NaN and infinities, so that a partial's "g or 0" is visible in its bits.</summary>
    private static double[] Seed(int length) => Enumerable.Range(0, length).Select(k => (k % 6) switch
    {
        0 => -0.0,
        1 => double.NaN,
        2 => double.PositiveInfinity,
        _ => 0.75 - 0.5 * k,
    }).ToArray();

    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void ValueAndPartialsAtEdgeValuesAreTheCpus(string backend)
    {
        var device = (GpuBackend)BackendCases.Of(backend);
        var x = Tensor.FromArray(Elements, Elements.Length);
        var g = Seed(Elements.Length);
        var onDevice = x.To(device);
        var seed = Tensor.FromArray(g, g.Length).To(device);
        foreach (var (lo, hi) in Bounds)
        {
            var cpu = Tensor.Clamp(x, lo, hi).ToArray();
            for (var k = 0; k < Elements.Length; k++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(Math.Clamp(Elements[k], lo, hi)), BitConverter.DoubleToInt64Bits(cpu[k]));
            }
            DeviceAssert.Same(cpu, Tensor.Clamp(onDevice, lo, hi), backend);
            DeviceAssert.Same(cpu, device.Clamp(onDevice, lo, hi), backend);

            var partials = new (Action<ReadOnlySpan<double>, double, double, ReadOnlySpan<double>, Span<double>> Host,
                Action<ILGPU.Index1D, ILGPU.ArrayView<double>, double, double, ILGPU.ArrayView<double>, ILGPU.ArrayView<double>> Device)[]
            {
                (ElementRules.Clamp_Partial0, ElementRules.Clamp_Partial0_Device),
                (ElementRules.Clamp_Partial1, ElementRules.Clamp_Partial1_Device),
                (ElementRules.Clamp_Partial2, ElementRules.Clamp_Partial2_Device),
            };
            foreach (var (host, kernel) in partials)
            {
                var expected = new double[Elements.Length];
                host(Elements, lo, hi, g, expected);
                using var actual = device.ClampPartial(kernel, onDevice, lo, hi, seed);
                DeviceAssert.Same(expected, actual, backend);
            }
        }
    }

    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void RulesAtEdgeValuesAreTheCpus(string backend)
    {
        // Finite seeds here: a bound's adjoint is a sum, compared below within the device sum's bound.
        var g = Enumerable.Range(0, Elements.Length).Select(k => k % 5 == 0 ? -0.0 : 0.75 - 0.5 * k).ToArray();
        foreach (var (lo, hi) in Bounds)
        {
            var scalars = new List<(double Lo, double Hi)>();
            RuleCheck.Same(backend, [Tensor.FromArray(Elements, Elements.Length), Tensor.FromArray(g, g.Length)], t =>
            {
                var result = Tensor.Clamp(t[0], lo, hi);
                Tensor? dX = null;
                double dLo = 0, dHi = 0;
                Tensor.Clamp_Pullback(t[0], lo, hi, result, t[1], ref dX, ref dLo, ref dHi);
                scalars.Add((dLo, dHi));
                return [result, dX, Tensor.Clamp_Tangent(t[0], t[1], lo, 0.0, hi, 0.0, result), Tensor.Clamp_Tangent(t[0], t[1], lo, 1.5, hi, -2.0, result)];
            });
            // Both sums have at most |g| terms ≤ 8.25 each over 18 elements: within 2n·u·Σ|gᵢ| (docs/gpu.md's sum bound).
            var bound = 2 * Elements.Length * Math.Pow(2, -53) * g.Sum(Math.Abs);
            Assert.True(Math.Abs(scalars[0].Lo - scalars[1].Lo) <= bound, $"[{lo}, {hi}]: dLo {scalars[1].Lo:R} vs {scalars[0].Lo:R}");
            Assert.True(Math.Abs(scalars[0].Hi - scalars[1].Hi) <= bound, $"[{lo}, {hi}]: dHi {scalars[1].Hi:R} vs {scalars[0].Hi:R}");
        }
    }

    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void ReversedBoundsFailOnTheHostBeforeAnyLaunch(string backend)
    {
        var x = Tensor.FromArray(Elements, Elements.Length);
        RuleCheck.SameError<ArgumentException>(backend, [x], t => Tensor.Clamp(t[0], 0.5, -0.5));
        RuleCheck.SameError<ArgumentException>(backend, [x], t => Tensor.Clamp(t[0], double.PositiveInfinity, double.NegativeInfinity));
        RuleCheck.SameError<ArgumentException>(backend, [x], t => Tensor.Clamp(t[0], Math.BitIncrement(0.0), 0.0));
    }
}
