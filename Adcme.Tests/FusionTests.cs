using Adcme.Tests.Cases;

namespace Adcme.Tests;

/// <summary>Fused kernels against finite differences and the dot-product test, and their use of the pool.</summary>
public class FusionTests
{
    private static readonly Tensor X = Tensor.FromArray([0.3, -1.2, 0.8, 1.5, -0.4, 2.1], 2, 3);

    [Fact]
    public void Functions() => GradientAssert.Passes(FusionCases.Functions, X, 0.7);

    [Fact]
    public void Broadcast() => GradientAssert.Passes(FusionCases.Broadcast,
        X, Tensor.FromArray([0.5, -0.25, 2.0], 3), Tensor.FromArray([1.5, -0.5], 2, 1), Tensor.Scalar(0.8));

    [Fact]
    public void BroadcastShapeErrorsNameTheOperation()
    {
        var error = Assert.Throws<TensorShapeException>(() => FusionCases.Broadcast_Gradient(
            X, Tensor.Ones(2), Tensor.Ones(2, 1), Tensor.Scalar(1), out _, out _, out _, out _));
        Assert.Contains("Multiply", error.Message);
        Assert.Contains("[2, 3]", error.Message);
        Assert.Contains("[2]", error.Message);
    }

    [Fact]
    public void Loop() => GradientAssert.Passes(FusionCases.Loop,
        Tensor.RandomNormal(1, 4, 5) * 0.5, Tensor.Random(2, 4, 5) + 0.5, Tensor.RandomNormal(3, 4, 5), 0.01, 6);

    [Fact]
    public void Reassigned()
    {
        GradientAssert.Passes(FusionCases.Reassigned, X * 0.3, Tensor.FromArray([0.5, -0.25, 2.0, 0.1, 0.7, -0.6], 2, 3));
        // The value itself, against the plain method.
        var a = X * 0.3;
        var b = X + 0.2;
        Assert.Equal(FusionCases.Reassigned(a, b), FusionCases.Reassigned_Gradient(a, b, out _, out _), 14);
    }

    [Fact]
    public void UsesBlend() => GradientAssert.Passes(FusionCases.UsesBlend, X, X * -0.5 + 0.3, 0.35);

    [Fact]
    public void Blend()
    {
        var a = X;
        var b = X * 0.4 - 0.1;
        var w = Tensor.RandomNormal(4, 2, 3);
        var seedCopy = w.ToArray();
        var (value, tangent) = FusionCases.Blend_Pushforward(a, Tensor.Ones(2, 3), b, null, 0.25, 0.0);
        Tensor? dA = null, dB = null;
        var dW = 0.0;
        FusionCases.Blend_Pullback(a, b, 0.25, w, ref dA, ref dB, ref dW);
        Assert.Equal(Tensor.Dot(tangent!, w), Tensor.Dot(Tensor.Ones(2, 3), dA!), 12);
        Assert.Equal(FusionCases.Blend(a, b, 0.25).ToArray(), value.ToArray());
        // The caller's seed is the caller's: the pullback works on a copy.
        Assert.Equal(seedCopy, w.ToArray());
    }

    [Fact]
    public void AGradientTimeLoopTakesNoNewStoragePerStepOnceWarm()
    {
        var u0 = Tensor.RandomNormal(1, 16, 16) * 0.5;
        var kappa = Tensor.Random(2, 16, 16) + 0.5;
        var source = Tensor.RandomNormal(3, 16, 16);
        long NewArrays(int steps)
        {
            var misses = TensorPool.Misses;
            FusionCases.Loop_Gradient(u0, kappa, source, 0.01, steps, out _, out _, out _);
            return TensorPool.Misses - misses;
        }
        // The recorded states need storage for every step: the first long run takes it, later runs reuse it.
        // (This thread's pool starts empty: a test run before on it may have left arrays of this size.)
        TensorPool.Clear();
        Assert.True(NewArrays(400) >= 400);
        // What a call keeps (its final state, the adjoints it returns) is all the pool does not get back: a
        // few arrays per call, whatever the number of steps.
        Assert.Equal(0, NewArrays(40));
        for (var call = 0; call < 3; call++)
        {
            var taken = NewArrays(400);
            Assert.True(taken <= 4, $"{taken} new arrays for a call of 400 steps");
        }
    }

    [Fact]
    public void UserPrimitivesResultsAndSeedsGoBackToThePoolToo()
    {
        var x = Tensor.Linspace(-1, 1, 100);
        var weights = Tensor.Full(0.9, 100);
        long NewArrays(int steps)
        {
            var misses = TensorPool.Misses;
            CustomPrimitiveCases.Diffuse_Gradient(x, weights, steps, out _, out _);
            return TensorPool.Misses - misses;
        }
        TensorPool.Clear(); // as above: arrays another test left on this thread would hide the first call's need
        Assert.True(NewArrays(300) >= 300);
        // What a call keeps (the two adjoints it returns among them) is a few arrays, however many steps it takes.
        for (var call = 0; call < 3; call++)
        {
            var taken = NewArrays(300);
            Assert.True(taken <= 4, $"{taken} new arrays for a call of 300 steps");
        }
    }

    [Fact]
    public void PowerWithARunTimeExponent()
    {
        GradientAssert.Passes(FusionCases.Power, Tensor.FromArray([0.3, 1.2, 0.8], 3), 2.5);
        // d/dx (2x)^0 = 0 everywhere, 0·∞ at x = 0 notwithstanding.
        var value = FusionCases.Power_Gradient(Tensor.FromArray([0.0, 1.5], 2), 0.0, out var dX);
        Assert.Equal(1.0, value);
        Assert.Equal([0.0, 0.0], dX.ToArray());
        // (2x)^1 / 2 = x: derivative 1, also at 0.
        FusionCases.Power_Gradient(Tensor.FromArray([0.0, 1.5], 2), 1.0, out var dX1);
        Assert.Equal([1.0, 1.0], dX1.ToArray());
    }

    /// <summary>Grids on which a fused stencil runs: single nodes, single rows and columns, grids narrower than a
    /// vector, and grids with vector code in their interior and scalar code at their edges and row ends.</summary>
    public static TheoryData<int, int> Grids() => new() { { 1, 1 }, { 1, 6 }, { 6, 1 }, { 2, 2 }, { 3, 3 }, { 3, 7 }, { 5, 9 }, { 8, 8 }, { 13, 17 } };

    private static Tensor Grid(int seed, int n, int m, double scale, double shift) => Tensor.RandomNormal(seed, n, m) * scale + shift;

    [Theory]
    [MemberData(nameof(Grids))]
    public void HeatStepsOverTheGrid(int n, int m)
        => GradientAssert.Passes(FusionCases.Heat, Grid(1, n, m, 0.5, 0), Grid(2, n, m, 0.2, 1), 0.5, 0.01, 3);

    /// <summary>The fused forward is the unfused value bit for bit, and one step's fused pullback is the unfused
    /// rules' result bit for bit: κ̄ = (dt·ū)⊙Δu, ū₀ = ū + Δ(κ⊙(dt·ū)) with ū = 2u¹.</summary>
    [Theory]
    [MemberData(nameof(Grids))]
    public void AFusedHeatStepIsTheUnfusedOneBitForBit(int n, int m)
    {
        var u0 = Grid(3, n, m, 0.5, 0);
        var kappa = Grid(4, n, m, 0.2, 1);
        const double h = 0.3, dt = 0.004;
        for (var steps = 0; steps <= 4; steps++)
        {
            Assert.Equal(FusionCases.Heat(u0, kappa, h, dt, steps), FusionCases.Heat_Gradient(u0, kappa, h, dt, steps, out _, out _, out _));
        }
        FusionCases.Heat_Gradient(u0, kappa, h, dt, 1, out var dU0, out var dKappa, out _);
        var u1 = u0 + dt * (kappa * Stencils.Laplacian(u0, h)) + dt;
        var bar = u1 * 2.0;
        var scaled = dt * bar;
        Assert.Equal((scaled * Stencils.Laplacian(u0, h)).ToArray(), dKappa.ToArray());
        Assert.Equal((bar + Stencils.Laplacian(kappa * scaled, h)).ToArray(), dU0.ToArray());
    }

    [Fact]
    public void HeatWithABroadcastDiffusivity()
    {
        // κ one row, broadcast down the grid: the grid loops read it spread, its adjoint is summed back to a row.
        GradientAssert.Passes(FusionCases.Heat, Grid(5, 6, 9, 0.5, 0), Grid(6, 1, 9, 0.2, 1), 0.5, 0.01, 3);
        FusionCases.Heat_Gradient(Grid(5, 6, 9, 0.5, 0), Grid(6, 1, 9, 0.2, 1), 0.5, 0.01, 3, out _, out var dKappa, out _);
        Assert.Equal([1, 9], dKappa.Shape);
    }

    [Theory]
    [MemberData(nameof(Grids))]
    public void ThreeStencilsInOneChain(int n, int m)
        => GradientAssert.Passes(FusionCases.Stencils3, Grid(7, n, m, 0.5, 0), Grid(8, n, m, 0.5, 0), 1.3, Grid(9, n, m, 1, 0));

    [Fact]
    public void AStencilBroadcastIntoALargerShape()
    {
        // The kernel's shape [2, 4, 5] is not a grid: the primitive computes the stencil, the kernel reads it.
        var u = Grid(10, 4, 5, 0.5, 0);
        var stack = Tensor.RandomNormal(11, 2, 4, 5);
        GradientAssert.Passes(FusionCases.StencilBroadcast, u, stack);
        Assert.Equal(FusionCases.StencilBroadcast(u, stack), FusionCases.StencilBroadcast_Gradient(u, stack, out _, out _));
    }

    [Fact]
    public void AStencilOfAChain() => GradientAssert.Passes(FusionCases.StencilOfChain, Grid(12, 6, 7, 0.5, 0), Grid(13, 6, 7, 0.5, 1));

    [Fact]
    public void AFusedStencilOfAVectorGivesThePrimitivesError()
    {
        // Not a grid: the primitive's own error, as unfused code gives it.
        var error = Assert.Throws<TensorShapeException>(() => FusionCases.Heat_Gradient(Tensor.Ones(5), Tensor.Ones(5), 0.5, 0.01, 1, out _, out _, out _));
        Assert.Contains("Laplacian", error.Message);
        Assert.Contains("2-D", error.Message);
    }

    [Theory]
    [MemberData(nameof(Grids))]
    public void HaloHeatStepsOverTheGrid(int n, int m)
    {
        var u0 = Grid(14, n, m, 0.5, 0);
        var kappa = Grid(15, n, m, 0.2, 1);
        GradientAssert.Passes(FusionCases.HaloHeat, u0, kappa, 0.5, 0.01, 3);
        // The fused forward gives the plain method's value bit for bit.
        for (var steps = 0; steps <= 3; steps++)
        {
            Assert.Equal(FusionCases.HaloHeat(u0, kappa, 0.5, 0.01, steps), FusionCases.HaloHeat_Gradient(u0, kappa, 0.5, 0.01, steps, out _, out _, out _));
        }
    }

    [Fact]
    public void AFusedHaloStencilOfATooSmallBlockGivesThePrimitivesError()
    {
        var error = Assert.Throws<TensorShapeException>(() => FusionCases.HaloStencil_Gradient(Tensor.Ones(2, 5), Tensor.Ones(2, 5), out _, out _));
        Assert.Equal(Assert.Throws<TensorShapeException>(() => FusionCases.HaloStencil(Tensor.Ones(2, 5), Tensor.Ones(2, 5))).Message, error.Message);
        error = Assert.Throws<TensorShapeException>(() => FusionCases.HaloStencil_Gradient(Tensor.Ones(5), Tensor.Ones(5), out _, out _));
        Assert.Equal(Assert.Throws<TensorShapeException>(() => FusionCases.HaloStencil(Tensor.Ones(5), Tensor.Ones(5))).Message, error.Message);
        // A block of the right size works.
        GradientAssert.Passes(FusionCases.HaloStencil, Grid(16, 5, 6, 0.5, 0), Grid(17, 3, 4, 0.5, 0));
    }

    [Fact]
    public void TheFastForwardIsThePlainValueAndTakesNoNewStorageOnceWarm()
    {
        var u0 = Grid(18, 32, 32, 0.5, 0);
        var kappa = Grid(19, 32, 32, 0.2, 1);
        var before = u0.ToArray();
        for (var steps = 0; steps <= 5; steps++) Assert.Equal(FusionCases.Heat(u0, kappa, 0.3, 0.004, steps), FusionCases.Heat_Value(u0, kappa, 0.3, 0.004, steps));
        // The caller's tensors are not given back to the pool (u starts as u0).
        Assert.Equal(before, u0.ToArray());
        FusionCases.Heat_Value(u0, kappa, 0.3, 0.004, 50);
        var misses = TensorPool.Misses;
        FusionCases.Heat_Value(u0, kappa, 0.3, 0.004, 200);
        // Each step's state goes back to the pool once the next is computed: a call takes no new storage.
        Assert.Equal(0, TensorPool.Misses - misses);
        // A tensor-valued method's result is the caller's.
        var blend = FusionCases.Blend_Value(X, X * 0.5, 0.25);
        Assert.Equal(FusionCases.Blend(X, X * 0.5, 0.25).ToArray(), blend.ToArray());
    }
}
