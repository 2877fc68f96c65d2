namespace Adcme.Tests.Backends;

/// <summary>
/// Sparse.Solve on a device: conjugate gradients there, step for step the host's. The host's dot products fold in the
/// device reductions' level order (LevelSum), checked here against the device's reduction and against an independent
/// reading of the order; the solve's errors are the host's (the same iteration named); the operands, iterates and
/// result stay on the device, only numbers coming back. SparseSuite checks the solution and its rules bit for bit
/// against the CPU backend, and its derivatives on the device.
/// </summary>
[Collection("Devices")]
public class SparseSolveDeviceTests
{
    /// <summary>Lengths around one level (256), two levels (beyond 65 536), and partial last rounds.</summary>
    public static TheoryData<int> Lengths() => new() { 1, 2, 255, 256, 257, 300, 4096, 65_536, 65_537, 70_001, 200_000 };

    /// <summary>The order as DeviceKernels.SumLevel states it, read literally: partial t adds terms t, t + P, t + 2P …
    /// (P = ⌈n / 256⌉), then the partials the same way.</summary>
    private static double Reference(double[] terms)
    {
        var level = terms;
        do
        {
            var count = (level.Length + 255) / 256;
            var next = new double[count];
            for (var t = 0; t < count; t++)
            {
                var sum = level[t];
                for (var k = t + count; k < level.Length; k += count) sum += level[k];
                next[t] = sum;
            }
            level = next;
        }
        while (level.Length > 1);
        return level[0];
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void TheHostsLevelSumIsTheDevicesReduction(int n)
    {
        var x = DeviceAssert.Values(71, n);
        var y = DeviceAssert.Values(72, n);
        var host = LevelSum.Dot(x, y);
        Assert.Equal(BitConverter.DoubleToInt64Bits(Reference(x.Select((v, k) => v * y[k]).ToArray())), BitConverter.DoubleToInt64Bits(host));
        if (n <= 256)
        {
            // One level: the plain left-to-right sum (small solves are unchanged by the level order).
            var plain = 0.0;
            for (var k = 0; k < n; k++) plain += x[k] * y[k];
            Assert.Equal(plain, host);
        }
        foreach (var backend in BackendCases.Devices)
        {
            var device = (GpuBackend)BackendCases.Of(backend);
            var onDevice = device.Reduce(DeviceKernels.ProductTerms, Tensor.FromArray(x).To(device), Tensor.FromArray(y).To(device));
            if (backend == "ilgpu-cpu") Assert.Equal(BitConverter.DoubleToInt64Bits(host), BitConverter.DoubleToInt64Bits(onDevice));
            else Assert.True(Math.Abs(host - onDevice) <= 2 * n * RoundingBound.Unit * x.Select((v, k) => Math.Abs(v * y[k])).Sum());
        }
    }

    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void TheSolveStaysOnTheDevice(string backend)
    {
        var device = (GpuBackend)BackendCases.Of(backend);
        var (n, m) = (12, 9);
        var pattern = Stencils.DiffusionPattern(n, m);
        var values = Stencils.DiffusionMatrix(Tensor.FromArray(DeviceAssert.Values(73, n * m, 0.5, 2), n, m).To(device), 0.25);
        var b = Tensor.FromArray(DeviceAssert.Values(74, n * m)).To(device);
        Sparse.Solve(pattern, values, b).Dispose(); // kernels compiled, the pattern's indices uploaded
        var (uploads, downloads) = (device.Uploads, device.Downloads);
        var x = Sparse.Solve(pattern, values, b);
        Assert.Equal(device, x.Backend);
        Assert.Equal(0, device.Uploads - uploads);
        // rᵀr at the start, then pᵀAp and rᵀr per iteration: an odd count of single numbers.
        var read = device.Downloads - downloads;
        Assert.True(read >= 3 && read % 2 == 1, $"{read} downloads");
        // The solution solves the system: ‖b − Ax‖ ≤ 1e-12‖b‖ (CG's stopping test, on the recursive residual) + rounding.
        var residual = (b - Sparse.MatVec(pattern, values, x)).ToArray();
        var bNorm = Math.Sqrt(b.ToArray().Sum(v => v * v));
        Assert.True(Math.Sqrt(residual.Sum(v => v * v)) <= 1e-10 * bNorm, $"residual {Math.Sqrt(residual.Sum(v => v * v)):R}");
    }

    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void TheSolvesErrorsAreTheHosts(string backend)
    {
        var on = BackendCases.Of(backend);
        var pattern = Stencils.DiffusionPattern(3, 4);
        var spd = Stencils.DiffusionMatrix(Tensor.FromArray(DeviceAssert.Values(75, 12, 0.5, 2), 3, 4), 0.5);
        var b = Tensor.FromArray(DeviceAssert.Values(76, 12));
        void Same<TException>(Tensor values, Tensor right) where TException : Exception
        {
            var cpu = Assert.Throws<TException>(() => Sparse.Solve(pattern, values, right));
            Assert.Equal(cpu.Message, Assert.Throws<TException>(() => Sparse.Solve(pattern, values.To(on), right.To(on))).Message);
        }
        var nan = b.ToArray();
        nan[5] = double.NaN;
        Same<ArgumentException>(spd, Tensor.FromArray(nan));
        // −A is negative definite: pᵀAp < 0 at the first iteration.
        Same<InvalidOperationException>(-spd, b);
        var infinite = spd.ToArray();
        infinite[2] = double.PositiveInfinity;
        Same<ArgumentException>(Tensor.FromArray(infinite), b);
        // A zero right-hand side: x = 0 without an iteration.
        var zero = Sparse.Solve(pattern, spd.To(on), Tensor.Zeros(12).To(on));
        Assert.Equal(on, zero.Backend);
        Assert.All(zero.ToArray(), v => Assert.Equal(0.0, v));
    }
}
