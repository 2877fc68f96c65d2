namespace Adcme.Tests.Backends;

/// <summary>
/// Full reductions, SumToShape and the reductions' rules on every backend, against the CPU backend. A device sums in a
/// fixed order of its own (levels of 256-element strided partial sums), not the CPU backend's SIMD-lane order, so sums
/// are compared within the rounding of two summation orders: each recursive sum of n terms is off the exact sum by at
/// most (n − 1)·u·Σ|termᵢ| (u = 2⁻⁵³, to first order), so two differ by at most 2n·u·Σ|termᵢ|. On the CPU backend they
/// must be equal. Max and ArgMax compare exactly: equal everywhere.
/// </summary>
[Collection("Devices")]
public class ReductionsSuite
{
    private const double Unit = 1.1102230246251565e-16;

    public static TheoryData<string, int> Lengths()
    {
        var data = new TheoryData<string, int>();
        foreach (var name in BackendCases.All)
        {
            // One level, two levels (257 partial threads' worth), three levels and the CPU's blocked sum (> 16384).
            foreach (var length in new[] { 1, 7, 300, 3000, 70_000 }) data.Add(name, length);
        }
        return data;
    }

    /// <summary>Asserts |actual − expected| ≤ 2n·u·Σ|termᵢ| (equal on the CPU backend).</summary>
    private static void Close(double expected, double actual, IEnumerable<double> terms, string backend)
    {
        if (backend == "cpu")
        {
            Assert.Equal(expected, actual);
            return;
        }
        var list = terms.ToList();
        var bound = 2 * list.Count * Unit * list.Sum(Math.Abs);
        Assert.True(Math.Abs(actual - expected) <= bound, $"{actual:R} vs {expected:R}: {Math.Abs(actual - expected):E3} apart, bound {bound:E3}");
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void SumsAgreeWithTheCpuWithinTheStatedBound(string backend, int length)
    {
        var a = DeviceAssert.Values(11, length);
        var b = DeviceAssert.Values(12, length);
        var (x, y) = (Tensor.FromArray(a), Tensor.FromArray(b));
        var (dx, dy) = (BackendCases.On(backend, a), BackendCases.On(backend, b));
        Close(Tensor.Sum(x), Tensor.Sum(dx), a, backend);
        Close(Tensor.Mean(x) * length, Tensor.Mean(dx) * length, a, backend);
        Close(Tensor.SumOfSquares(x), Tensor.SumOfSquares(dx), a.Select(v => v * v), backend);
        Close(Tensor.Dot(x, y), Tensor.Dot(dx, dy), a.Zip(b, (u, v) => u * v), backend);
        // √ halves a relative error: the norms' relative gap is at most half the squares', plus the roundings of √.
        var (norm, deviceNorm) = (Tensor.Norm(x), Tensor.Norm(dx));
        Assert.True(Math.Abs(norm - deviceNorm) <= (length * Unit + 2 * Unit) * norm, $"{deviceNorm:R} vs {norm:R}");
        if (backend == "cpu") Assert.Equal(norm, deviceNorm);
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void MaxAndArgMaxAreTheCpusExactly(string backend, int length)
    {
        var a = DeviceAssert.Values(13, length);
        // Ties: the largest value again, later; the first one wins.
        if (length > 5) a[length - 2] = a.Max();
        var (x, dx) = (Tensor.FromArray(a), BackendCases.On(backend, a));
        Assert.Equal(Tensor.ArgMax(x), Tensor.ArgMax(dx));
        Assert.Equal(Tensor.Max(x), Tensor.Max(dx));
    }

    [Theory]
    [MemberData(nameof(BackendCases.All), MemberType = typeof(BackendCases))]
    public void MaxTreatsNanAndSignedZerosAsTheCpuDoes(string backend)
    {
        double[][] cases =
        [
            [-0.0, 0.0, -0.0],
            [-1.0, -0.0, -2.0, 0.0, 0.0],
            [-3.0, double.NaN, 5.0, double.NaN],
            Enumerable.Range(0, 600).Select(i => i == 517 ? double.NaN : -(double)i).ToArray(),
            Enumerable.Range(0, 600).Select(i => i % 3 == 0 ? 0.0 : -0.0).Reverse().ToArray(),
        ];
        foreach (var values in cases)
        {
            var (x, dx) = (Tensor.FromArray(values), BackendCases.On(backend, values));
            Assert.Equal(Tensor.ArgMax(x), Tensor.ArgMax(dx));
            DeviceAssert.Same([Tensor.Max(x)], [Tensor.Max(dx)], backend);
        }
    }

    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void EmptyAndMixedErrorsAreTheCpusErrors(string backend)
    {
        var (x, dx) = (Tensor.Zeros(0, 3), Tensor.Zeros(0, 3).To(BackendCases.Of(backend)));
        Assert.Equal(0.0, Tensor.Sum(dx));
        Assert.Equal(0.0, Tensor.SumOfSquares(dx));
        Assert.Equal(0.0, Tensor.Norm(dx));
        Assert.Equal(Assert.Throws<TensorShapeException>(() => Tensor.Mean(x)).Message, Assert.Throws<TensorShapeException>(() => Tensor.Mean(dx)).Message);
        Assert.Equal(Assert.Throws<TensorShapeException>(() => Tensor.Max(x)).Message, Assert.Throws<TensorShapeException>(() => Tensor.Max(dx)).Message);
        Assert.Equal(Assert.Throws<TensorShapeException>(() => Tensor.ArgMax(x)).Message, Assert.Throws<TensorShapeException>(() => Tensor.ArgMax(dx)).Message);
        var (a, b) = (Tensor.Zeros(2, 3), Tensor.Zeros(3, 2));
        var device = BackendCases.Of(backend);
        Assert.Equal(Assert.Throws<TensorShapeException>(() => Tensor.Dot(a, b)).Message, Assert.Throws<TensorShapeException>(() => Tensor.Dot(a.To(device), b.To(device))).Message);
        var mixed = Assert.Throws<TensorBackendException>(() => Tensor.Dot(a, a.To(device)));
        Assert.Contains("Dot", mixed.Message);
    }

    public static TheoryData<string, int[], int[]> Folds()
    {
        var data = new TheoryData<string, int[], int[]>();
        foreach (var name in BackendCases.All)
        {
            data.Add(name, [3, 5], [5]);
            data.Add(name, [3, 5], [3, 1]);
            data.Add(name, [3, 5], []);
            data.Add(name, [2, 3, 4, 5], [3, 1, 5]);
            data.Add(name, [2, 3, 4, 5], [2, 1, 4, 1]);
            data.Add(name, [40, 30], [1]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Folds))]
    public void SumToShapeIsTheCpusBitForBit(string backend, int[] from, int[] to)
    {
        var g = DeviceAssert.Values(14, from.Aggregate(1, (p, d) => p * d));
        var expected = Tensor.SumToShape(Tensor.FromArray(g, from), to);
        var actual = Tensor.SumToShape(BackendCases.On(backend, g, from), to);
        Assert.Equal(expected.Shape, actual.Shape);
        DeviceAssert.Same(expected.ToArray(), actual, backend);
        if (backend != "cpu")
        {
            var cpu = Assert.Throws<TensorShapeException>(() => Tensor.SumToShape(Tensor.FromArray(g, from), [7]));
            var device = Assert.Throws<TensorShapeException>(() => Tensor.SumToShape(BackendCases.On(backend, g, from), [7]));
            Assert.Equal(cpu.Message, device.Message);
        }
    }

    [Theory]
    [MemberData(nameof(BackendCases.All), MemberType = typeof(BackendCases))]
    public void ReductionRulesAgreeWithTheCpu(string backend)
    {
        var a = DeviceAssert.Values(15, 60);
        var b = DeviceAssert.Values(16, 60);
        a[17] = 9.5;
        var (x, y) = (Tensor.FromArray(a, 6, 10), Tensor.FromArray(b, 6, 10));
        var (dx, dy) = (BackendCases.On(backend, a, 6, 10), BackendCases.On(backend, b, 6, 10));
        const double seed = 0.75;

        // Each pullback adds into an adjoint that is already there (in place, as generated code calls them), or
        // makes a new one (null).
        void Pullback(Action<Tensor, Tensor, Tensor?[]> rule)
        {
            var cpu = new Tensor?[] { Tensor.Full(0.5, 6, 10), null };
            var device = new Tensor?[] { Tensor.Full(0.5, 6, 10).To(BackendCases.Of(backend)), null };
            rule(x, y, cpu);
            rule(dx, dy, device);
            DeviceAssert.Same(cpu[0]!.ToArray(), device[0]!, backend);
            if (cpu[1] is not null) DeviceAssert.Same(cpu[1]!.ToArray(), device[1]!, backend);
        }

        Pullback((p, q, d) => Tensor.Sum_Pullback(p, Tensor.Sum(p), seed, ref d[0]));
        Pullback((p, q, d) => Tensor.Mean_Pullback(p, Tensor.Mean(p), seed, ref d[0]));
        Pullback((p, q, d) => Tensor.SumOfSquares_Pullback(p, Tensor.SumOfSquares(p), seed, ref d[0]));
        Pullback((p, q, d) => Tensor.Max_Pullback(p, Tensor.Max(p), seed, ref d[0]));
        // Norm's adjoint scales by seed / result: given the CPU's result on both, the device's adjoint is the CPU's.
        var norm = Tensor.Norm(x);
        Pullback((p, q, d) => Tensor.Norm_Pullback(p, norm, seed, ref d[0]));
        Pullback((p, q, d) => Tensor.Dot_Pullback(p, q, 0, seed, ref d[0], ref d[1]));

        // Tangents are reductions of the tangent: within the sums' bound, and exact for Max.
        Close(Tensor.Sum_Tangent(x, y, 0), Tensor.Sum_Tangent(dx, dy, 0), b, backend);
        Close(Tensor.Mean_Tangent(x, y, 0) * 60, Tensor.Mean_Tangent(dx, dy, 0) * 60, b, backend);
        Close(Tensor.SumOfSquares_Tangent(x, y, 0), Tensor.SumOfSquares_Tangent(dx, dy, 0), a.Zip(b, (u, v) => 2 * u * v), backend);
        Close(Tensor.Dot_Tangent(x, y, y, x, 0), Tensor.Dot_Tangent(dx, dy, dy, dx, 0), a.Zip(b, (u, v) => 2 * u * v), backend);
        Close(Tensor.Norm_Tangent(x, y, norm) * norm, Tensor.Norm_Tangent(dx, dy, norm) * norm, a.Zip(b, (u, v) => u * v), backend);
        Assert.Equal(Tensor.Max_Tangent(x, y, 0), Tensor.Max_Tangent(dx, dy, 0));
        Assert.Equal(b[17], Tensor.Max_Tangent(dx, dy, 0));
    }
}
