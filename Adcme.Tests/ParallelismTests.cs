using System.Numerics.Tensors;

namespace Adcme.Tests;

/// <summary>Kernels split across cores give the bits of one core: every kernel is computed with one core, with two
/// and with three (every kernel split: <see cref="Parallelism.MinimumLength"/> 0) and compared bit for bit; the stencils
/// also against their scalar forms (the loops they replaced, kept here).</summary>
[Collection(nameof(ParallelismCollection))]
public sealed class ParallelismTests : IDisposable
{
    private readonly int _degree = Parallelism.MaxDegree;
    private readonly int _minimum = Parallelism.MinimumLength;

    public void Dispose()
    {
        Parallelism.MaxDegree = _degree;
        Parallelism.MinimumLength = _minimum;
    }

    /// <summary>The values of <paramref name="compute"/> on one core, and the same on 2 and 3 with every kernel split.</summary>
    private static void SameOnAnyCores(Func<double[]> compute)
    {
        Parallelism.MinimumLength = Parallelism.DefaultMinimumLength;
        Parallelism.MaxDegree = 1;
        var single = compute();
        foreach (var degree in new[] { 2, 3 })
        {
            Parallelism.MaxDegree = degree;
            Parallelism.MinimumLength = 0;
            AssertBits(single, compute(), $"{degree} cores, every kernel split");
            Parallelism.MinimumLength = Parallelism.DefaultMinimumLength;
            AssertBits(single, compute(), $"{degree} cores, default threshold");
        }
    }

    private static void AssertBits(double[] expected, double[] actual, string what)
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

    private static Tensor Grid(int seed, int n, int m) => Tensor.RandomNormal(seed, n, m);

    [Theory]
    [InlineData(1_000)]
    [InlineData(100_003)]
    public void ElementwiseOperatorsAndFunctions(int length)
    {
        var a = Tensor.RandomNormal(1, length);
        var b = Tensor.Random(2, length) + 0.5;
        var row = Tensor.RandomNormal(3, 1, 1_001);
        var column = Tensor.RandomNormal(4, 7, 1);
        var wide = Tensor.RandomNormal(5, 7, 1_001);
        SameOnAnyCores(() => Concat(
            a + b, a - b, a * b, a / b, a + 2.5, 2.5 - a, a * 0.3, 1.0 / b, a / 3.0, -a,
            Tensor.Exp(a), Tensor.Log(b), Tensor.Sin(a), Tensor.Cos(a), Tensor.Tanh(a), Tensor.Sqrt(b), Tensor.Abs(a),
            Tensor.Sigmoid(a), Tensor.Relu(a), Tensor.Pow(b, 1.7), wide + row, wide * column));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(16_384)]
    [InlineData(16_385)]
    [InlineData(250_007)]
    public void Reductions(int length)
    {
        var a = Tensor.RandomNormal(6, length);
        var b = Tensor.RandomNormal(7, length);
        SameOnAnyCores(() => [Tensor.Sum(a), Tensor.Mean(a), Tensor.SumOfSquares(a), Tensor.Norm(a), Tensor.Dot(a, b)]);
    }

    [Fact]
    public void AReductionAddsFixedBlocksInOrder()
    {
        var a = Tensor.RandomNormal(8, 3 * Tensor.ReductionBlock + 11);
        var x = a.ToArray();
        var expected = 0.0;
        for (var block = 0; block * Tensor.ReductionBlock < x.Length; block++)
        {
            var start = block * Tensor.ReductionBlock;
            var part = TensorPrimitives.Sum(x.AsSpan(start, Math.Min(Tensor.ReductionBlock, x.Length - start)));
            expected = block == 0 ? part : expected + part;
        }
        Parallelism.MaxDegree = 2;
        Parallelism.MinimumLength = 0;
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(Tensor.Sum(a)));
        // Up to one block, the sum is TensorPrimitives' own, as before the blocks.
        var small = Tensor.RandomNormal(9, Tensor.ReductionBlock);
        Assert.Equal(BitConverter.DoubleToInt64Bits(TensorPrimitives.Sum(small.Span)), BitConverter.DoubleToInt64Bits(Tensor.Sum(small)));
    }

    public static TheoryData<int, int> GridShapes => new() { { 1, 1 }, { 1, 9 }, { 9, 1 }, { 2, 2 }, { 3, 5 }, { 7, 13 }, { 33, 17 }, { 64, 64 }, { 130, 257 } };

    [Theory]
    [MemberData(nameof(GridShapes))]
    public void StencilsEqualTheirScalarFormsOnAnyCores(int n, int m)
    {
        var u = Grid(10, n, m);
        var kappa = Tensor.Random(11, n, m) + 1.0;
        var seed = Grid(12, n, m);
        var padded = Grid(13, n + 2, m + 2);
        const double h = 0.37;
        var expected = Join(ScalarLaplacian(u, h), ScalarDiffusion(kappa, u, h), ScalarDiffusionKappaAdjoint(u, seed, h),
            ScalarDiffusion(kappa, seed, h), ScalarHaloLaplacian(padded, h), ScalarHaloLaplacianAdjoint(seed, h));
        SameOnAnyCores(() =>
        {
            Tensor? dKappa = null, dU = null, dPadded = null;
            var diffusion = Stencils.Diffusion(kappa, u, h);
            Stencils.Diffusion_Pullback(kappa, u, h, diffusion, seed, ref dKappa, ref dU);
            var halo = Stencils.HaloLaplacian(padded, h);
            Stencils.HaloLaplacian_Pullback(padded, h, halo, seed, ref dPadded);
            var values = Concat(Stencils.Laplacian(u, h), diffusion, dKappa!, dU!, halo, dPadded!);
            AssertBits(expected, values, "against the scalar forms");
            return values;
        });
    }

    [Fact]
    public void MatrixProductsAndDenseLayers()
    {
        var a = Tensor.RandomNormal(14, 300, 70);
        var b = Tensor.RandomNormal(15, 70, 90);
        var x = Tensor.RandomNormal(16, 70);
        var wideWeights = Tensor.RandomNormal(17, 40, 70);
        var narrowWeights = Tensor.RandomNormal(18, 90, 70);
        var batch = Tensor.RandomNormal(19, 300, 70);
        SameOnAnyCores(() => Concat(Tensor.MatMul(a, b), Tensor.MatVec(a, x),
            Layers.Dense(wideWeights, Tensor.RandomNormal(20, 40), batch), Layers.Dense(narrowWeights, Tensor.RandomNormal(21, 90), batch),
            Layers.Dense(wideWeights, Tensor.RandomNormal(20, 40), x)));
    }

    [Fact]
    public void AGeneratedGradientIsTheSameOnAnyCores()
    {
        const int n = 200;
        var kappa = Tensor.Random(22, n, n) + 1.0;
        var u0 = Grid(23, n, n);
        var source = Grid(24, n, n);
        SameOnAnyCores(() =>
        {
            var loss = Cases.FusionCases.Loop_Gradient(u0, kappa, source, 1e-3, 5, out var dU0, out var dKappa, out var dDt);
            return [loss, dDt, .. dU0.ToArray(), .. dKappa.ToArray()];
        });
    }

    [Fact]
    public void InProcessRanksShareTheCores()
    {
        Parallelism.MaxDegree = 4;
        var degrees = new int[3];
        LocalCommunicator.Run(2, comm => degrees[comm.Rank] = Parallelism.CurrentDegree);
        LocalCommunicator.Run(3, comm => degrees[comm.Rank] = Parallelism.CurrentDegree + 10);
        Assert.Equal([11, 11, 11], degrees);
        LocalCommunicator.Run(2, comm => degrees[comm.Rank] = Parallelism.CurrentDegree);
        Assert.Equal([2, 2], degrees[..2]);
        Assert.Equal(4, Parallelism.CurrentDegree);
    }

    [Theory]
    [InlineData(null, null, null, 16, 16)]
    [InlineData("3", null, null, 16, 3)]
    [InlineData("1", "4", null, 16, 1)]
    [InlineData(null, "4", null, 16, 4)]
    [InlineData(null, "3", null, 16, 5)]
    [InlineData(null, null, "32", 16, 1)]
    [InlineData("0", "2", null, 16, 8)]
    [InlineData("many", null, null, 2, 2)]
    public void TheDefaultComesFromTheEnvironment(string? threads, string? mpichRanks, string? openMpiRanks, int processors, int expected)
    {
        var environment = new Dictionary<string, string?>
        {
            ["ADCME_THREADS"] = threads,
            ["MPI_LOCALNRANKS"] = mpichRanks,
            ["OMPI_COMM_WORLD_LOCAL_SIZE"] = openMpiRanks,
        };
        Assert.Equal(expected, Parallelism.DefaultMaxDegree(name => environment.GetValueOrDefault(name), processors));
    }

    [Fact]
    public void SettingsAreChecked()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Parallelism.MaxDegree = 0);
        Assert.Throws<ArgumentOutOfRangeException>(() => Parallelism.MinimumLength = -1);
        Assert.True(Parallelism.MaxDegree >= 1);
    }

    [Fact]
    public void ASplitKernelAllocatesWhatASingleCoreOneDoes()
    {
        var u = Grid(24, 256, 256);
        void Step()
        {
            using var lap = Stencils.Laplacian(u, 0.1);
            using var sum = u + lap;
            Tensor.Sum(sum);
        }
        // The least of several rounds: now and then the thread pool starts a worker thread from the thread that queues
        // work (its own bookkeeping, not the kernel's), which a round may catch.
        long Allocated()
        {
            for (var i = 0; i < 5; i++) Step();
            var least = long.MaxValue;
            for (var round = 0; round < 8; round++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                for (var i = 0; i < 20; i++) Step();
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

    private static double[] Concat(params Tensor[] tensors) => tensors.SelectMany(t => t.ToArray()).ToArray();

    private static double[] Join(params double[][] parts) => parts.SelectMany(p => p).ToArray();

    private static double[] ScalarLaplacian(Tensor tensor, double h)
    {
        int n = tensor.Shape[0], m = tensor.Shape[1];
        var u = tensor.ToArray();
        var result = new double[n * m];
        var scale = 1 / (h * h);
        for (var i = 0; i < n; i++)
        for (var j = 0; j < m; j++)
        {
            var c = i * m + j;
            var sum = -4 * u[c];
            if (i > 0) sum += u[c - m];
            if (i < n - 1) sum += u[c + m];
            if (j > 0) sum += u[c - 1];
            if (j < m - 1) sum += u[c + 1];
            result[c] = sum * scale;
        }
        return result;
    }

    private static bool Neighbour(int side, int i, int j, int n, int m, out int index)
    {
        switch (side)
        {
            case 0: index = (i - 1) * m + j; return i > 0;
            case 1: index = (i + 1) * m + j; return i < n - 1;
            case 2: index = i * m + j - 1; return j > 0;
            default: index = i * m + j + 1; return j < m - 1;
        }
    }

    private static double[] ScalarDiffusion(Tensor kappa, Tensor u, double h)
    {
        int n = u.Shape[0], m = u.Shape[1];
        double[] k = kappa.ToArray(), x = u.ToArray(), result = new double[n * m];
        var scale = 1 / (h * h);
        for (var i = 0; i < n; i++)
        for (var j = 0; j < m; j++)
        {
            var c = i * m + j;
            var flux = 0.0;
            for (var side = 0; side < 4; side++)
            {
                var inside = Neighbour(side, i, j, n, m, out var other);
                var face = inside ? 0.5 * (k[c] + k[other]) : k[c];
                flux += face * ((inside ? x[other] : 0) - x[c]);
            }
            result[c] = flux * scale;
        }
        return result;
    }

    private static double[] ScalarDiffusionKappaAdjoint(Tensor u, Tensor seed, double h)
    {
        int n = u.Shape[0], m = u.Shape[1];
        double[] x = u.ToArray(), g = seed.ToArray(), dk = new double[n * m];
        var scale = 1 / (h * h);
        for (var i = 0; i < n; i++)
        for (var j = 0; j < m; j++)
        {
            var c = i * m + j;
            for (var side = 0; side < 4; side++)
            {
                var inside = Neighbour(side, i, j, n, m, out var other);
                var difference = ((inside ? x[other] : 0) - x[c]) * g[c] * scale;
                if (inside)
                {
                    dk[c] += 0.5 * difference;
                    dk[other] += 0.5 * difference;
                }
                else
                {
                    dk[c] += difference;
                }
            }
        }
        return dk;
    }

    private static double[] ScalarHaloLaplacian(Tensor padded, double h)
    {
        int n = padded.Shape[0] - 2, m = padded.Shape[1] - 2;
        double[] u = padded.ToArray(), r = new double[n * m];
        var width = m + 2;
        var scale = 1 / (h * h);
        for (var i = 0; i < n; i++)
        {
            var c = (i + 1) * width + 1;
            for (var j = 0; j < m; j++, c++) r[i * m + j] = (-4 * u[c] + u[c - width] + u[c + width] + u[c - 1] + u[c + 1]) * scale;
        }
        return r;
    }

    private static double[] ScalarHaloLaplacianAdjoint(Tensor seed, double h)
    {
        int n = seed.Shape[0], m = seed.Shape[1];
        double[] s = seed.ToArray(), d = new double[(n + 2) * (m + 2)];
        var width = m + 2;
        var scale = 1 / (h * h);
        for (var i = 0; i < n; i++)
        {
            var c = (i + 1) * width + 1;
            for (var j = 0; j < m; j++, c++)
            {
                var g = s[i * m + j] * scale;
                d[c] -= 4 * g;
                d[c - width] += g;
                d[c + width] += g;
                d[c - 1] += g;
                d[c + 1] += g;
            }
        }
        return d;
    }
}

[CollectionDefinition(nameof(ParallelismCollection), DisableParallelization = true)]
public sealed class ParallelismCollection;
