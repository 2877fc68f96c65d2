using Adcme.Tests.Cases;

namespace Adcme.Tests;

/// <summary>Stencils.Diffusion(κ, u, h) fused into a chain: its value is the primitive's bit for bit (one grid pass, the
/// primitive's loop for each node), its reverse gives the primitive's κ̄ and ū bit for bit, gradients pass finite
/// differences and the dot-product test on every grid shape, the broadcast fallback works, and wrong shapes give the
/// primitive's own errors.</summary>
public class FusedDiffusionTests
{
    private static Tensor Grid(int seed, int n, int m, double scale, double shift) => Tensor.RandomNormal(seed, n, m) * scale + shift;

    /// <summary>Single nodes, single rows and columns, grids narrower than a vector, and grids with vector code inside.</summary>
    public static TheoryData<int, int> Grids() => new() { { 1, 1 }, { 1, 6 }, { 1, 23 }, { 6, 1 }, { 2, 2 }, { 3, 3 }, { 3, 7 }, { 5, 9 }, { 8, 8 }, { 13, 17 } };

    [Theory]
    [MemberData(nameof(Grids))]
    public void DiffusionHeatStepsOverTheGrid(int n, int m)
        => GradientAssert.Passes(FusionCases.DiffusionHeat, Grid(1, n, m, 0.5, 0), Grid(2, n, m, 0.2, 1), 0.5, 0.01, 3);

    /// <summary>The fused forward (gradient and M_Value) is the plain value bit for bit, and one step's fused pullback is
    /// the primitive's: κ̄ = Diffusion_Pullback's κ̄ for the seed dt·ū, ū₀ = ū + Diffusion(κ, dt·ū) with ū = 2u¹.</summary>
    [Theory]
    [MemberData(nameof(Grids))]
    public void AFusedDiffusionStepIsThePrimitiveBitForBit(int n, int m)
    {
        var u0 = Grid(3, n, m, 0.5, 0);
        var kappa = Grid(4, n, m, 0.2, 1);
        const double h = 0.3, dt = 0.004;
        for (var steps = 0; steps <= 4; steps++)
        {
            var plain = FusionCases.DiffusionHeat(u0, kappa, h, dt, steps);
            Assert.Equal(plain, FusionCases.DiffusionHeat_Gradient(u0, kappa, h, dt, steps, out _, out _, out _));
            Assert.Equal(plain, FusionCases.DiffusionHeat_Value(u0, kappa, h, dt, steps));
        }
        FusionCases.DiffusionHeat_Gradient(u0, kappa, h, dt, 1, out var dU0, out var dKappa, out _);
        var diffusion = Stencils.Diffusion(kappa, u0, h);
        var u1 = u0 + dt * diffusion + dt;
        var bar = u1 * 2.0;
        var scaled = dt * bar;
        Tensor? expectedKappa = null, expectedU = null;
        Stencils.Diffusion_Pullback(kappa, u0, h, diffusion, scaled, ref expectedKappa, ref expectedU);
        Assert.Equal(expectedKappa!.ToArray(), dKappa.ToArray());
        Assert.Equal((bar + expectedU!).ToArray(), dU0.ToArray());
    }

    [Fact]
    public void DiffusionBroadcastIntoALargerShapeUsesThePrimitive()
    {
        var kappa = Grid(5, 4, 5, 0.2, 1);
        var u = Grid(6, 4, 5, 0.5, 0);
        var stack = Tensor.RandomNormal(7, 2, 4, 5);
        GradientAssert.Passes(FusionCases.DiffusionBroadcast, kappa, u, stack);
        Assert.Equal(FusionCases.DiffusionBroadcast(kappa, u, stack), FusionCases.DiffusionBroadcast_Gradient(kappa, u, stack, out _, out _, out _));
        Assert.Equal(FusionCases.DiffusionBroadcast(kappa, u, stack), FusionCases.DiffusionBroadcast_Value(kappa, u, stack));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(1, 9)]
    [InlineData(13, 17)]
    public void DiffusionBesideOtherUsesOfItsOperands(int n, int m)
    {
        var kappa = Grid(8, n, m, 0.2, 1);
        var u = Grid(9, n, m, 0.5, 0);
        var w = Grid(10, n, m, 1, 0);
        GradientAssert.Passes(FusionCases.DiffusionMixed, kappa, u, w);
        Assert.Equal(FusionCases.DiffusionMixed(kappa, u, w), FusionCases.DiffusionMixed_Gradient(kappa, u, w, out _, out _));
        Assert.Equal(FusionCases.DiffusionMixed(kappa, u, w), FusionCases.DiffusionMixed_Value(kappa, u, w));
        GradientAssert.Passes(FusionCases.DiffusionFixedKappa, u, kappa);
        Assert.Equal(FusionCases.DiffusionFixedKappa(u, kappa), FusionCases.DiffusionFixedKappa_Gradient(u, kappa, out _));
    }

    [Fact]
    public void WrongShapesGiveThePrimitivesErrors()
    {
        void Same(Action plain, Action fused)
        {
            var expected = Assert.Throws<TensorShapeException>(plain);
            Assert.Contains("Diffusion", expected.Message);
            Assert.Equal(expected.Message, Assert.Throws<TensorShapeException>(fused).Message);
        }
        // Not a grid.
        Same(() => FusionCases.DiffusionHeat(Tensor.Ones(5), Tensor.Ones(5), 0.5, 0.01, 1),
            () => FusionCases.DiffusionHeat_Gradient(Tensor.Ones(5), Tensor.Ones(5), 0.5, 0.01, 1, out _, out _, out _));
        Same(() => FusionCases.DiffusionHeat(Tensor.Ones(5), Tensor.Ones(5), 0.5, 0.01, 1),
            () => FusionCases.DiffusionHeat_Value(Tensor.Ones(5), Tensor.Ones(5), 0.5, 0.01, 1));
        // κ of another shape, also one that would broadcast.
        foreach (var kappa in new[] { Tensor.Ones(3, 4), Tensor.Ones(1, 5), Tensor.Ones(4, 1) })
        {
            Same(() => FusionCases.DiffusionHeat(Tensor.Ones(4, 5), kappa, 0.5, 0.01, 1),
                () => FusionCases.DiffusionHeat_Gradient(Tensor.Ones(4, 5), kappa, 0.5, 0.01, 1, out _, out _, out _));
            Same(() => FusionCases.DiffusionHeat(Tensor.Ones(4, 5), kappa, 0.5, 0.01, 1),
                () => FusionCases.DiffusionHeat_Value(Tensor.Ones(4, 5), kappa, 0.5, 0.01, 1));
            Same(() => FusionCases.DiffusionBroadcast(kappa, Tensor.Ones(4, 5), Tensor.Ones(2, 4, 5)),
                () => FusionCases.DiffusionBroadcast_Gradient(kappa, Tensor.Ones(4, 5), Tensor.Ones(2, 4, 5), out _, out _, out _));
        }
    }
}
