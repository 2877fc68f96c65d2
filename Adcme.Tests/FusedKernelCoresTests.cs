using Adcme.Tests.Cases;

namespace Adcme.Tests;

/// <summary>The generator's fused kernels split across cores (each loop a struct body run by <see cref="Kernels.Run{TBody}"/>)
/// and give the bits of one core: every generated gradient and M_Value below is computed on one core, then on two and
/// three with every kernel split (<see cref="Parallelism.MinimumLength"/> 0) and with the default threshold, and compared
/// bit for bit — values, tensor adjoints and the scalar adjoints summed over blocks of the grid.</summary>
[Collection(nameof(ParallelismCollection))]
public sealed class FusedKernelCoresTests : IDisposable
{
    private readonly int _degree = Parallelism.MaxDegree;
    private readonly int _minimum = Parallelism.MinimumLength;

    public void Dispose()
    {
        Parallelism.MaxDegree = _degree;
        Parallelism.MinimumLength = _minimum;
    }

    /// <summary>The values of <paramref name="compute"/> on one core, and the same on 2 and 3 cores, every kernel split
    /// and at the default threshold.</summary>
    internal static void SameOnAnyCores(Func<double[]> compute, string what = "")
    {
        Parallelism.MinimumLength = Parallelism.DefaultMinimumLength;
        Parallelism.MaxDegree = 1;
        var single = compute();
        foreach (var degree in new[] { 2, 3 })
        {
            Parallelism.MaxDegree = degree;
            Parallelism.MinimumLength = 0;
            AssertBits(single, compute(), $"{what} {degree} cores, every kernel split");
            Parallelism.MinimumLength = Parallelism.DefaultMinimumLength;
            AssertBits(single, compute(), $"{what} {degree} cores, default threshold");
        }
    }

    internal static void AssertBits(double[] expected, double[] actual, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            if (BitConverter.DoubleToInt64Bits(expected[i]) != BitConverter.DoubleToInt64Bits(actual[i]))
            {
                Assert.Fail($"{what}: element {i} is {actual[i]:R}, one core gives {expected[i]:R}");
            }
        }
    }

    private static Tensor Grid(int seed, int n, int m, double scale, double shift) => Tensor.RandomNormal(seed, n, m) * scale + shift;

    /// <summary>From one node to grids whose scalar adjoint (dt̄) is summed over several blocks of rows (300 columns:
    /// 54 rows a block), and a long flat kernel (the broadcast fallback is not a grid).</summary>
    public static TheoryData<int, int> Grids() => new() { { 1, 1 }, { 1, 17 }, { 13, 17 }, { 64, 64 }, { 200, 300 } };

    [Theory]
    [MemberData(nameof(Grids))]
    public void TheHeatGradientAndValueAreTheSameOnAnyCores(int n, int m)
    {
        var u0 = Grid(1, n, m, 0.5, 0);
        var kappa = Grid(2, n, m, 0.2, 1);
        SameOnAnyCores(() =>
        {
            var loss = FusionCases.Heat_Gradient(u0, kappa, 0.3, 0.004, 3, out var dU0, out var dKappa, out var dDt);
            var value = FusionCases.Heat_Value(u0, kappa, 0.3, 0.004, 3);
            Assert.Equal(loss, value);
            return [loss, dDt, value, .. dU0.ToArray(), .. dKappa.ToArray()];
        });
    }

    [Theory]
    [MemberData(nameof(Grids))]
    public void StencilChainsAreTheSameOnAnyCores(int n, int m)
    {
        var u = Grid(3, n, m, 0.5, 0);
        var v = Grid(4, n, m, 0.5, 0);
        var kappa = Grid(5, n, m, 0.2, 1);
        var weights = Grid(6, n, m, 1, 0);
        var source = Grid(7, n, m, 1, 0);
        var padded = Grid(8, n + 2, m + 2, 0.5, 0);
        SameOnAnyCores(() =>
        {
            var three = FusionCases.Stencils3_Gradient(u, v, 1.3, weights, out var dU, out var dV, out var dS);
            var loop = FusionCases.Loop_Gradient(u, kappa, source, 1e-3, 3, out var dU0, out var dKappa, out var dDt);
            var halo = FusionCases.HaloHeat_Gradient(u, kappa, 0.5, 0.01, 3, out var dHaloU, out var dHaloKappa, out var dHaloDt);
            var haloStencil = FusionCases.HaloStencil_Gradient(padded, weights, out var dPadded, out var dW);
            var chain = FusionCases.StencilOfChain_Gradient(u, kappa, out var dChainU, out var dChainW);
            var diffusion = FusionCases.DiffusionHeat_Gradient(u, kappa, 0.3, 0.004, 3, out var dDiffusionU, out var dDiffusionKappa, out var dDiffusionDt);
            return [three, dS, loop, dDt, halo, dHaloDt, haloStencil, chain, diffusion, dDiffusionDt, FusionCases.DiffusionHeat_Value(u, kappa, 0.3, 0.004, 3),
                FusionCases.Stencils3_Value(u, v, 1.3, weights),
                FusionCases.Loop_Value(u, kappa, source, 1e-3, 3), FusionCases.HaloHeat_Value(u, kappa, 0.5, 0.01, 3),
                .. dU.ToArray(), .. dV.ToArray(), .. dU0.ToArray(), .. dKappa.ToArray(), .. dHaloU.ToArray(), .. dHaloKappa.ToArray(),
                .. dPadded.ToArray(), .. dW.ToArray(), .. dChainU.ToArray(), .. dChainW.ToArray(), .. dDiffusionU.ToArray(), .. dDiffusionKappa.ToArray()];
        });
    }

    [Theory]
    [InlineData(7)]
    [InlineData(16_384)]
    [InlineData(50_001)]
    public void FlatChainsAreTheSameOnAnyCores(int length)
    {
        // Scalar code (System.Math functions) and vector code, broadcast inputs, and a scalar adjoint summed over blocks
        // of 16 384 elements.
        var x = Tensor.Random(9, length) + 0.2;
        var columns = Math.Max(1, length / 7);
        var m = Tensor.RandomNormal(10, 7, columns);
        var row = Tensor.RandomNormal(11, 1, columns);
        var column = Tensor.RandomNormal(12, 7, 1);
        var scale = Tensor.FromArray([1.5]);
        var stack = Tensor.RandomNormal(13, 2, 7, columns);
        var u = Tensor.RandomNormal(14, 7, columns);
        SameOnAnyCores(() =>
        {
            var functions = FusionCases.Functions_Gradient(x, 0.7, out var dX, out var dS);
            var broadcast = FusionCases.Broadcast_Gradient(m, row, column, scale, out var dM, out var dRow, out var dColumn, out var dScale);
            var blend = FusionCases.UsesBlend_Gradient(x, x * 0.5, 0.3, out var dA, out var dB, out var dWeight);
            var power = FusionCases.Power_Gradient(x, 1.7, out var dPower);
            var stencil = FusionCases.StencilBroadcast_Gradient(u, stack, out var dU, out var dStack);
            return [functions, dS, broadcast, blend, dWeight, power, stencil, FusionCases.Functions_Value(x, 0.7),
                .. FusionCases.Blend_Value(x, x * 0.5, 0.3).ToArray(), .. dX.ToArray(), .. dM.ToArray(), .. dRow.ToArray(),
                .. dColumn.ToArray(), .. dScale.ToArray(), .. dA.ToArray(), .. dB.ToArray(), .. dPower.ToArray(), .. dU.ToArray(),
                .. dStack.ToArray()];
        });
    }

    /// <summary>A scalar input's adjoint over several blocks is each block's sum added in block order: s̄ of Functions
    /// (one fused kernel, s its only scalar input, summed by the flat pass in blocks of 16 384 elements) equals the
    /// pullbacks of the blocks alone, added in order — on two cores as on one.</summary>
    [Fact]
    public void AScalarAdjointIsTheSumOfItsBlocksInBlockOrder()
    {
        const int length = 3 * Kernels.SumBlock + 5;
        var x = Tensor.Random(15, length) + 0.2;
        var expected = 0.0;
        for (var block = 0; block * Kernels.SumBlock < length; block++)
        {
            var start = block * Kernels.SumBlock;
            Tensor? part = null;
            var dPart = 0.0;
            FusionCases.Functions_Pullback(Slice(x, start, Math.Min(Kernels.SumBlock, length - start)), 0.7, 1.0, ref part, ref dPart);
            expected = block == 0 ? dPart : expected + dPart;
        }
        foreach (var degree in new[] { 1, 2 })
        {
            Parallelism.MaxDegree = degree;
            Parallelism.MinimumLength = 0;
            Tensor? dX = null;
            var dS = 0.0;
            FusionCases.Functions_Pullback(x, 0.7, 1.0, ref dX, ref dS);
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(dS));
        }
    }

    private static Tensor Slice(Tensor x, int start, int count) => Tensor.FromArray(x.ToArray().AsSpan(start, count).ToArray());

    private struct Recorder : IKernelBody
    {
        public List<(int Start, int End, int Thread)> Calls;

        public void Execute(int start, int end)
        {
            lock (Calls) Calls.Add((start, end, Environment.CurrentManagedThreadId));
        }
    }

    [Fact]
    public void ABodyRunsOnTheCallingThreadBelowTheThresholdAndInWholeChunksAboveIt()
    {
        var calls = new List<(int Start, int End, int Thread)>();
        var body = new Recorder { Calls = calls };
        Parallelism.MaxDegree = 3;
        Parallelism.MinimumLength = Parallelism.DefaultMinimumLength;
        Kernels.Run(ref body, 1000, 60, 8);
        Assert.Equal([(0, 1000, Environment.CurrentManagedThreadId)], calls);
        calls.Clear();
        Kernels.Run(ref body, 0, 1, 1);
        Assert.Empty(calls);

        Parallelism.MinimumLength = 0;
        Kernels.Run(ref body, 1000, 60, 64);
        var chunks = calls.OrderBy(c => c.Start).ToList();
        Assert.True(chunks.Count > 1);
        Assert.Equal(0, chunks[0].Start);
        Assert.Equal(1000, chunks[^1].End);
        for (var c = 0; c < chunks.Count; c++)
        {
            Assert.Equal(0, chunks[c].Start % 64);
            if (c > 0) Assert.Equal(chunks[c - 1].End, chunks[c].Start);
        }
        // A range of at most one granule is never cut.
        calls.Clear();
        Kernels.Run(ref body, 64, 1000, 64);
        Assert.Equal([(0, 64, Environment.CurrentManagedThreadId)], calls);
    }

    [Fact]
    public void ASplitGeneratedGradientAllocatesWhatASingleCoreOneDoes()
    {
        var u0 = Grid(18, 256, 256, 0.5, 0);
        var kappa = Grid(19, 256, 256, 0.2, 1);
        void Step()
        {
            FusionCases.Heat_Gradient(u0, kappa, 0.3, 0.004, 3, out var dU0, out var dKappa, out _);
            dU0.Dispose();
            dKappa.Dispose();
            FusionCases.Heat_Value(u0, kappa, 0.3, 0.004, 3);
        }
        // The least of several rounds (the thread pool's own bookkeeping may allocate now and then).
        long Allocated()
        {
            for (var i = 0; i < 3; i++) Step();
            var least = long.MaxValue;
            for (var round = 0; round < 6; round++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                for (var i = 0; i < 4; i++) Step();
                least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
            }
            return least;
        }
        Parallelism.MaxDegree = 1;
        var single = Allocated();
        Parallelism.MaxDegree = 2;
        Parallelism.MinimumLength = 0;
        Assert.Equal(single, Allocated());
    }
}
