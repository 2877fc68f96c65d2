namespace Adcme.Tests.Backends;

/// <summary>
/// The backends the backend-independent suites run on: the CPU backend, ILGPU's CPU accelerator (the whole device
/// path, in CI with no GPU) and CUDA where ILGPU finds an NVIDIA GPU. Suites are theories over these names.
/// </summary>
public static class BackendCases
{
    private static readonly Lazy<bool> s_cuda = new(() => GpuBackend.CudaAvailable);

    /// <summary>cpu, ilgpu-cpu, and cuda when present.</summary>
    public static TheoryData<string> All
    {
        get
        {
            var data = new TheoryData<string> { "cpu", "ilgpu-cpu" };
            if (s_cuda.Value) data.Add("cuda");
            return data;
        }
    }

    /// <summary>The device backends: ilgpu-cpu, and cuda when present.</summary>
    public static TheoryData<string> Devices
    {
        get
        {
            var data = new TheoryData<string> { "ilgpu-cpu" };
            if (s_cuda.Value) data.Add("cuda");
            return data;
        }
    }

    public static Backend Of(string name) => Backend.FromName(name);

    /// <summary>Grids for the device forms of grid kernels: a single node, a single row and column, one narrower than a
    /// vector, and one with vector code inside.</summary>
    public static readonly (int Rows, int Columns)[] SmallGrids = [(1, 1), (1, 6), (6, 1), (3, 7), (9, 13)];

    /// <summary>A tensor of <paramref name="values"/> made on the CPU and moved to the backend named.</summary>
    public static Tensor On(string backend, double[] values, params int[] shape) => Tensor.FromArray(values, shape).To(Of(backend));
}

/// <summary>Compares a backend's results with the CPU backend's: bit for bit on the CPU backend and on ILGPU's CPU
/// accelerator (the same .NET arithmetic per element), within <c>ulps</c> units in the last place on CUDA (its math
/// library rounds functions differently; + − × ÷ and Sqrt are correctly rounded there too, ulps 0).</summary>
public static class DeviceAssert
{
    /// <summary>The units in the last place CUDA may differ by where values go through its math library's functions
    /// (Exp, Log, Tanh, Sigmoid, Sin …), as GradientSuite allows; ILGPU's CPU accelerator stays bit for bit.</summary>
    public const int FunctionUlps = 8;

    public static void Same(double[] expected, Tensor actual, string backend, int ulps = 0)
    {
        Assert.Equal(BackendCases.Of(backend), actual.Backend);
        Same(expected, actual.ToArray(), backend, ulps);
    }

    public static void Same(double[] expected, double[] actual, string backend, int ulps = 0)
    {
        Assert.Equal(expected.Length, actual.Length);
        var allowed = backend == "cuda" ? ulps : 0;
        for (var i = 0; i < expected.Length; i++)
        {
            if (BitConverter.DoubleToInt64Bits(expected[i]) == BitConverter.DoubleToInt64Bits(actual[i])) continue;
            if (double.IsNaN(expected[i]) && double.IsNaN(actual[i])) continue;
            var apart = Math.Abs(BitConverter.DoubleToInt64Bits(expected[i]) - BitConverter.DoubleToInt64Bits(actual[i]));
            Assert.True(apart <= allowed && Math.Sign(expected[i]) == Math.Sign(actual[i]),
                $"element {i}: expected {expected[i]:R}, got {actual[i]:R} on {backend} ({apart} ulps apart, {allowed} allowed)");
        }
    }

    /// <summary>|device − cpu| ≤ n·1e-14·scale: two orders of a sum of n terms of magnitude up to scale (a device
    /// reduction against the CPU's SIMD lanes).</summary>
    public static void Near(double expected, double actual, int terms, double scale, string what = "value")
    {
        var bound = terms * 1e-14 * scale;
        Assert.True(Math.Abs(expected - actual) <= bound, $"{what}: expected {expected:R}, got {actual:R} (bound {bound:R})");
    }

    /// <summary>Σ|vᵢ|, the scale of a sum's rounding.</summary>
    public static double Magnitude(double[] values) => values.Sum(Math.Abs);

    /// <summary>Values spread over [-3, 3) with a few exact zeros, from a seed.</summary>
    public static double[] Values(int seed, int length, double low = -3, double high = 3)
    {
        var random = new Random(seed);
        var values = new double[length];
        for (var i = 0; i < length; i++) values[i] = i % 7 == 3 ? 0.0 : low + (high - low) * random.NextDouble();
        return values;
    }
}

/// <summary>Device suites share one accelerator and its pool per backend: they run one after another (in parallel
/// with the CPU-only tests), so pool figures and launch order are theirs alone.</summary>
[CollectionDefinition("Devices")]
public sealed class DevicesCollection;
