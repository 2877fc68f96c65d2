using Adcme.Tests.Cases;

namespace Adcme.Tests;

/// <summary>Checkpointed loops ([Checkpointed]): the gradient is store-all's bit for bit, for every snapshot budget and
/// step count; it agrees with finite differences; the memory budget switches between the two modes.</summary>
public class CheckpointTests
{
    private delegate double HeatGradient(Tensor kappa, Tensor u0, double dt, int steps, out Tensor dKappa, out Tensor dU0, out double dDt);

    private delegate double ChainGradient(double[] x0, double damping, int steps, out double[] dX0, out double dDamping);

    private static readonly HeatGradient[] HeatVariants =
    [
        CheckpointCases.HeatCheckpointed_Gradient, CheckpointCases.HeatNoSnapshot_Gradient, CheckpointCases.HeatOneSnapshot_Gradient,
        CheckpointCases.HeatManySnapshots_Gradient,
    ];

    private static readonly ChainGradient[] ChainVariants =
    [
        CheckpointCases.ChainCheckpointed_Gradient, CheckpointCases.ChainNoSnapshot_Gradient, CheckpointCases.ChainOneSnapshot_Gradient,
        CheckpointCases.ChainManySnapshots_Gradient,
    ];

    private static Tensor Field(int seed, double scale, double offset)
    {
        var data = new double[36];
        for (var i = 0; i < data.Length; i++) data[i] = offset + scale * Math.Sin(seed * 1.7 + i * 0.9);
        return Tensor.FromArray(data, 6, 6);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(40)]
    [InlineData(120)]
    public void HeatGradientIsStoreAllsBitForBit(int steps)
    {
        var kappa = Field(1, 0.3, 1.0);
        var u0 = Field(2, 1.0, 0.0);
        const double dt = 0.02;
        var value = CheckpointCases.Heat_Gradient(kappa, u0, dt, steps, out var dKappa, out var dU0, out var dDt);
        foreach (var variant in HeatVariants)
        {
            var checkpointed = variant(kappa, u0, dt, steps, out var cKappa, out var cU0, out var cDt);
            var name = variant.Method.Name;
            Assert.True(value == checkpointed, $"{name}, {steps} steps: value {checkpointed} vs {value}");
            Assert.True(dKappa.ToArray().SequenceEqual(cKappa.ToArray()), $"{name}, {steps} steps: dKappa differs");
            Assert.True(dU0.ToArray().SequenceEqual(cU0.ToArray()), $"{name}, {steps} steps: dU0 differs");
            Assert.True(dDt == cDt, $"{name}, {steps} steps: dDt {cDt} vs {dDt}");
        }
        // The inputs are untouched (nothing the loop gave back to the pool was the caller's).
        Assert.Equal(Field(1, 0.3, 1.0).ToArray(), kappa.ToArray());
        Assert.Equal(Field(2, 1.0, 0.0).ToArray(), u0.ToArray());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(9)]
    [InlineData(60)]
    public void ChainGradientIsStoreAllsBitForBit(int steps)
    {
        double[] x0 = [0.3, -0.8, 1.1, 0.2, -0.4];
        var value = CheckpointCases.Chain_Gradient(x0, 0.3, steps, out var dX0, out var dDamping);
        foreach (var variant in ChainVariants)
        {
            var checkpointed = variant(x0, 0.3, steps, out var cX0, out var cDamping);
            var name = variant.Method.Name;
            Assert.True(value == checkpointed, $"{name}, {steps} steps: value {checkpointed} vs {value}");
            Assert.True(dX0.SequenceEqual(cX0), $"{name}, {steps} steps: dX0 [{string.Join(", ", cX0)}] vs [{string.Join(", ", dX0)}]");
            Assert.True(dDamping == cDamping, $"{name}, {steps} steps: dDamping {cDamping} vs {dDamping}");
        }
        Assert.Equal([0.3, -0.8, 1.1, 0.2, -0.4], x0);
    }

    [Fact]
    public void HeatCheckpointedAgreesWithFiniteDifferences()
        => GradientAssert.Passes(CheckpointCases.HeatCheckpointed, Field(1, 0.3, 1.0), Field(2, 1.0, 0.0), 0.02, 11);

    /// <summary>Every variant against finite differences (the gradient checker: central differences, the dot-product
    /// test, accumulation), at a step count where the schedules run steps again.</summary>
    [Fact]
    public void EveryVariantAgreesWithFiniteDifferences()
    {
        GradientAssert.Passes(CheckpointCases.Heat, Field(1, 0.3, 1.0), Field(2, 1.0, 0.0), 0.02, 9);
        GradientAssert.Passes(CheckpointCases.HeatNoSnapshot, Field(1, 0.3, 1.0), Field(2, 1.0, 0.0), 0.02, 9);
        GradientAssert.Passes(CheckpointCases.HeatOneSnapshot, Field(1, 0.3, 1.0), Field(2, 1.0, 0.0), 0.02, 9);
        GradientAssert.Passes(CheckpointCases.HeatManySnapshots, Field(1, 0.3, 1.0), Field(2, 1.0, 0.0), 0.02, 9);
        GradientAssert.Passes(CheckpointCases.HeatBudget, Field(1, 0.3, 1.0), Field(2, 1.0, 0.0), 0.02, 9);
        GradientAssert.Passes(CheckpointCases.Chain, new[] { 0.3, -0.8, 1.1, 0.2, -0.4 }, 0.3, 13);
        GradientAssert.Passes(CheckpointCases.ChainOneSnapshot, new[] { 0.3, -0.8, 1.1, 0.2, -0.4 }, 0.3, 13);
        GradientAssert.Passes(CheckpointCases.ChainManySnapshots, new[] { 0.3, -0.8, 1.1, 0.2, -0.4 }, 0.3, 13);
    }

    [Fact]
    public void ChainCheckpointedAgreesWithFiniteDifferences()
    {
        GradientAssert.Passes(CheckpointCases.ChainNoSnapshot, new[] { 0.3, -0.8, 1.1, 0.2, -0.4 }, 0.3, 13);
        GradientAssert.Passes(CheckpointCases.ChainCheckpointed, new[] { 0.3, -0.8, 1.1, 0.2, -0.4 }, 0.3, 13);
    }

    /// <summary>A checkpointed callee in split mode (its record and reverse run inside the caller's), a tensor result,
    /// a second tensor of the state that changes every other step: reverse mode against forward mode.</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(9)]
    public void SplitModeCalleeAgreesWithForwardMode(int steps)
    {
        var u0 = Field(3, 0.5, 0.2);
        const double rate = 0.15;
        CheckpointCases.EvolveLoss_Gradient(u0, rate, steps, out var dU0, out var dRate);
        var gradient = dU0.ToArray();
        for (var i = 0; i < 36; i++)
        {
            var e = new double[36];
            e[i] = 1;
            var (_, tangent) = CheckpointCases.EvolveLoss_Pushforward(u0, Tensor.FromArray(e, 6, 6), rate, 0.0, steps);
            Assert.True(Math.Abs(tangent - gradient[i]) <= 1e-12 * Math.Max(1, Math.Abs(tangent)), $"component {i}: reverse {gradient[i]}, forward {tangent}");
        }
        var (_, rateTangent) = CheckpointCases.EvolveLoss_Pushforward(u0, null, rate, 1.0, steps);
        Assert.True(Math.Abs(rateTangent - dRate) <= 1e-12 * Math.Max(1, Math.Abs(rateTangent)), $"rate: reverse {dRate}, forward {rateTangent}");
        GradientAssert.Passes(CheckpointCases.EvolveLoss, u0, rate, steps);
    }

    [Fact]
    public void PullbackOfTensorResultAccumulates()
    {
        var u0 = Field(4, 0.5, 0.1);
        var seed = Field(5, 1.0, 0.0);
        Tensor? dU0 = null;
        var dRate = 0.0;
        CheckpointCases.Evolve_Pullback(u0, 0.2, 5, seed, ref dU0, ref dRate);
        var once = dU0!.ToArray();
        var rateOnce = dRate;
        CheckpointCases.Evolve_Pullback(u0, 0.2, 5, seed, ref dU0, ref dRate);
        Assert.Equal(once.Select(v => 2 * v), dU0!.ToArray());
        Assert.Equal(2 * rateOnce, dRate);
    }
}

/// <summary>The memory budget (a process-wide setting: these tests run one at a time and put it back).</summary>
[Collection(nameof(CheckpointBudgetTests))]
public class CheckpointBudgetTests
{
    [Theory]
    [InlineData(0L)]
    [InlineData(600L)]
    [InlineData(3000L)]
    [InlineData(1L << 40)]
    public void BudgetGradientIsStoreAllsBitForBit(long budget)
    {
        var saved = Checkpointing.MemoryBudget;
        try
        {
            Checkpointing.MemoryBudget = budget;
            var kappa = Tensor.Full(1.2, 6, 6);
            var u0 = Tensor.FromArray(Enumerable.Range(0, 36).Select(i => Math.Cos(i * 0.4)).ToArray(), 6, 6);
            foreach (var steps in new[] { 0, 1, 2, 30 })
            {
                var value = CheckpointCases.Heat_Gradient(kappa, u0, 0.02, steps, out var dKappa, out var dU0, out var dDt);
                var budgeted = CheckpointCases.HeatBudget_Gradient(kappa, u0, 0.02, steps, out var bKappa, out var bU0, out var bDt);
                Assert.Equal(value, budgeted);
                Assert.Equal(dKappa.ToArray(), bKappa.ToArray());
                Assert.Equal(dU0.ToArray(), bU0.ToArray());
                Assert.Equal(dDt, bDt);
            }
        }
        finally
        {
            Checkpointing.MemoryBudget = saved;
        }
    }

    /// <summary>The switch itself: a state of one 6×6 tensor (288 bytes) and 30 steps needs 8640 bytes recorded.</summary>
    [Theory]
    [InlineData(1L << 20, true, 0)]
    [InlineData(8640L, true, 0)]
    [InlineData(8639L, false, 27)]
    [InlineData(3000L, false, 8)]
    [InlineData(600L, false, 0)]
    [InlineData(0L, false, 0)]
    public void BudgetDecidesBetweenStoreAllAndSnapshots(long budget, bool storesAll, int snapshots)
    {
        var saved = Checkpointing.MemoryBudget;
        try
        {
            Checkpointing.MemoryBudget = budget;
            var loop = CheckpointedLoop.Begin(30, -1, 0, 0, 1, 1, 0);
            loop.Objects(-1)[0] = Tensor.Zeros(6, 6);
            loop.Plan();
            Assert.Equal(storesAll, loop.StoresAll);
            if (!storesAll) Assert.Equal(snapshots, loop.Snapshots);
        }
        finally
        {
            Checkpointing.MemoryBudget = saved;
        }
    }

    [Theory]
    [InlineData("1024", 1024L)]
    [InlineData("256M", 256L << 20)]
    [InlineData("2g", 2L << 30)]
    [InlineData(" 64K ", 64L << 10)]
    public void BudgetParses(string text, long bytes) => Assert.Equal(bytes, Checkpointing.ParseBudget(text));

    [Theory]
    [InlineData("-5")]
    [InlineData("1.5G")]
    [InlineData("lots")]
    public void BadBudgetIsAnError(string text) => Assert.Throws<FormatException>(() => Checkpointing.ParseBudget(text));

    [Fact]
    public void NegativeBudgetIsRefused() => Assert.Throws<ArgumentOutOfRangeException>(() => Checkpointing.MemoryBudget = -1);

    [Fact]
    public void DefaultBudgetIsAQuarterOfAvailableMemory()
        => Assert.Equal(Math.Max(64L << 20, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 4), Checkpointing.ParseBudget(null));
}
