using Adcme.Tests.Cases;

namespace Adcme.Tests;

/// <summary>Windows (Tensor.Block of a tensor variable) fused into the chain that reads them, the Pad-based stencil: the
/// fused value (gradient and M_Value) is the plain method's bit for bit, the fused adjoints are the unfused ones (each
/// Block a primitive call) bit for bit, gradients pass finite differences and the dot-product test, the broadcast
/// fallback and mixed uses of the operand work, and bad windows give Block's own errors.</summary>
public class WindowFusionTests
{
    private static Tensor Grid(int seed, int n, int m, double scale, double shift) => Tensor.RandomNormal(seed, n, m) * scale + shift;

    /// <summary>Single nodes, single rows and columns, grids narrower than a vector, and grids with vector code inside.</summary>
    public static TheoryData<int, int> Grids() => new() { { 1, 1 }, { 1, 6 }, { 1, 23 }, { 6, 1 }, { 2, 2 }, { 3, 7 }, { 5, 9 }, { 8, 8 }, { 13, 17 } };

    /// <summary>The elements' bit patterns (Assert.Equal on doubles takes −0 for +0).</summary>
    private static long[] Bits(Tensor t) => t.ToArray().Select(BitConverter.DoubleToInt64Bits).ToArray();

    [Theory]
    [MemberData(nameof(Grids))]
    public void APadHeatStepIsTheUnfusedOperationsBitForBit(int n, int m)
    {
        var u0 = Grid(1, n, m, 0.5, 0);
        var kappa = Grid(2, n, m, 0.2, 1);
        const double boundary = 0.3, h = 0.4, dt = 0.01;
        for (var steps = 0; steps <= 3; steps++)
        {
            var plain = WindowCases.PadHeat(u0, kappa, boundary, h, dt, steps);
            Assert.Equal(plain, WindowCases.PadHeat_Value(u0, kappa, boundary, h, dt, steps));
            Assert.Equal(plain, WindowCases.PadHeatOneChain(u0, kappa, boundary, h, dt, steps));
            Assert.Equal(plain, WindowCases.PadHeatOneChain_Value(u0, kappa, boundary, h, dt, steps));
            var unfused = WindowCases.PadHeatUnfused_Gradient(u0, kappa, boundary, h, dt, steps, out var uU, out var uKappa, out var uBoundary, out var uDt);
            Assert.Equal(plain, unfused);
            var fused = WindowCases.PadHeat_Gradient(u0, kappa, boundary, h, dt, steps, out var dU0, out var dKappa, out var dBoundary, out var dDt);
            Assert.Equal(plain, fused);
            Assert.Equal(Bits(uU), Bits(dU0));
            Assert.Equal(Bits(uKappa), Bits(dKappa));
            Assert.Equal(uBoundary, dBoundary);
            Assert.Equal(uDt, dDt);
            var one = WindowCases.PadHeatOneChain_Gradient(u0, kappa, boundary, h, dt, steps, out var oU0, out var oKappa, out var oBoundary, out var oDt);
            Assert.Equal(plain, one);
            Assert.Equal(Bits(uU), Bits(oU0));
            Assert.Equal(Bits(uKappa), Bits(oKappa));
            Assert.Equal(uBoundary, oBoundary);
            // dt̄ is a sum over the grid: this kernel sums it by rows of the grid (its windows' loop), the unfused update's
            // flat kernel over vectors of the flattened grid, so the two orders of one sum agree to rounding, not bits.
            Assert.True(Math.Abs(uDt - oDt) <= 1e-12 * Math.Max(1, Math.Abs(uDt)), $"dt̄ {oDt:R}, unfused {uDt:R}");
        }
    }

    [Theory]
    [MemberData(nameof(Grids))]
    public void PadHeatGradientsPassFiniteDifferencesAndTheDotProductTest(int n, int m)
    {
        GradientAssert.Passes(WindowCases.PadHeat, Grid(3, n, m, 0.5, 0), Grid(4, n, m, 0.2, 1), 0.3, 0.5, 0.01, 3);
        GradientAssert.Passes(WindowCases.PadHeatOneChain, Grid(3, n, m, 0.5, 0), Grid(4, n, m, 0.2, 1), 0.3, 0.5, 0.01, 3);
        GradientAssert.Passes(WindowCases.PadHeatUnfused, Grid(3, n, m, 0.5, 0), Grid(4, n, m, 0.2, 1), 0.3, 0.5, 0.01, 3);
    }

    [Theory]
    [InlineData(3, 4, 0)]
    [InlineData(3, 4, 2)]
    [InlineData(1, 1, 1)]
    [InlineData(9, 13, 1)]
    public void WindowsAtRunTimeOffsets(int rows, int columns, int r)
    {
        var p = Grid(5, rows + 2, columns + 2, 0.7, 0.1);
        var w = Grid(6, rows, columns, 1, 0);
        GradientAssert.Passes(WindowCases.Windows, p, w, r, rows, columns);
        GradientAssert.Passes(WindowCases.WindowsVector, p, w, r, rows, columns);
        Assert.Equal(WindowCases.Windows(p, w, r, rows, columns), WindowCases.Windows_Gradient(p, w, r, rows, columns, out _, out _));
        Assert.Equal(WindowCases.Windows(p, w, r, rows, columns), WindowCases.Windows_Value(p, w, r, rows, columns));
        Assert.Equal(WindowCases.WindowsVector(p, w, r, rows, columns), WindowCases.WindowsVector_Gradient(p, w, r, rows, columns, out _, out _));
        Assert.Equal(WindowCases.WindowsVector(p, w, r, rows, columns), WindowCases.WindowsVector_Value(p, w, r, rows, columns));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(4, 11)]
    [InlineData(13, 17)]
    public void MixedUsesOfTheOperand(int n, int m)
    {
        var p = Grid(7, n, m, 0.5, 0);
        GradientAssert.Passes(WindowCases.WindowOfItself, p);
        Assert.Equal(WindowCases.WindowOfItself(p), WindowCases.WindowOfItself_Gradient(p, out _));
        Assert.Equal(WindowCases.WindowOfItself(p), WindowCases.WindowOfItself_Value(p));
        var u = Grid(8, n, m, 0.5, 0);
        var q = Grid(9, n + 1, m + 2, 0.5, 0);
        var pp = Grid(10, n + 2, m + 1, 0.5, 0);
        GradientAssert.Passes(WindowCases.WindowsAndLaplacian, u, pp, q);
        Assert.Equal(WindowCases.WindowsAndLaplacian(u, pp, q), WindowCases.WindowsAndLaplacian_Gradient(u, pp, q, out _, out _, out _));
        Assert.Equal(WindowCases.WindowsAndLaplacian(u, pp, q), WindowCases.WindowsAndLaplacian_Value(u, pp, q));
    }

    [Fact]
    public void AWindowBroadcastIntoALargerShapeUsesThePrimitive()
    {
        var p = Grid(11, 3, 4, 0.5, 0);
        var stack = Tensor.RandomNormal(12, 2, 5, 4);
        GradientAssert.Passes(WindowCases.WindowBroadcast, p, stack);
        Assert.Equal(WindowCases.WindowBroadcast(p, stack), WindowCases.WindowBroadcast_Gradient(p, stack, out _, out _));
        Assert.Equal(WindowCases.WindowBroadcast(p, stack), WindowCases.WindowBroadcast_Value(p, stack));
    }

    [Fact]
    public void BadWindowsGiveBlocksErrors()
    {
        void Same(Action plain, params Action[] fused)
        {
            var expected = Assert.Throws<TensorShapeException>(plain);
            foreach (var run in fused) Assert.Equal(expected.Message, Assert.Throws<TensorShapeException>(run).Message);
        }
        var p = Grid(13, 5, 6, 0.5, 0);
        var w = Grid(14, 3, 4, 1, 0);
        foreach (var (r, rows, columns) in new[] { (-1, 3, 4), (3, 3, 4), (0, 6, 4), (0, 3, 5), (0, -1, 4), (0, 3, int.MaxValue), (int.MaxValue, 3, 4) })
        {
            Same(() => WindowCases.Windows(p, w, r, rows, columns),
                () => WindowCases.Windows_Gradient(p, w, r, rows, columns, out _, out _),
                () => WindowCases.Windows_Value(p, w, r, rows, columns));
        }
        Assert.StartsWith("Block: rows -1..1", Assert.Throws<TensorShapeException>(() => WindowCases.Windows_Gradient(p, w, -1, 3, 4, out _, out _)).Message,
            StringComparison.Ordinal);
        // Not a matrix.
        var cube = Tensor.RandomNormal(15, 2, 5, 6);
        Same(() => WindowCases.Windows(cube, w, 0, 3, 4), () => WindowCases.Windows_Gradient(cube, w, 0, 3, 4, out _, out _),
            () => WindowCases.Windows_Value(cube, w, 0, 3, 4));
        // Windows of shapes that do not broadcast: the operator's error, as unfused.
        var wrong = Grid(16, 2, 4, 1, 0);
        var message = Assert.Throws<TensorShapeException>(() => WindowCases.Windows(p, wrong, 0, 3, 4)).Message;
        Assert.Equal(message, Assert.Throws<TensorShapeException>(() => WindowCases.Windows_Gradient(p, wrong, 0, 3, 4, out _, out _)).Message);
    }
}

/// <summary>The Pad-based heat step on 1, 2 and 3 cores, every kernel split (the windows' gather by rows of the padded
/// state included): the gradient and M_Value give the bits of one core, on grids whose scalar adjoint (dt̄) sums over
/// several blocks of rows.</summary>
[Collection(nameof(ParallelismCollection))]
public sealed class WindowFusionCoresTests : IDisposable
{
    private readonly int _degree = Parallelism.MaxDegree;
    private readonly int _minimum = Parallelism.MinimumLength;

    public void Dispose()
    {
        Parallelism.MaxDegree = _degree;
        Parallelism.MinimumLength = _minimum;
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 5)]
    [InlineData(120, 300)]
    [InlineData(256, 200)]
    public void PadHeatIsTheSameOnAnyCores(int n, int m)
    {
        var u0 = Tensor.RandomNormal(1, n, m) * 0.5;
        var kappa = Tensor.RandomNormal(2, n, m) * 0.2 + 1;
        FusedKernelCoresTests.SameOnAnyCores(() =>
        {
            var loss = WindowCases.PadHeat_Gradient(u0, kappa, 0.3, 0.4, 0.004, 3, out var dU0, out var dKappa, out var dBoundary, out var dDt);
            var one = WindowCases.PadHeatOneChain_Gradient(u0, kappa, 0.3, 0.4, 0.004, 3, out var oU0, out var oKappa, out var oBoundary, out var oDt);
            var value = WindowCases.PadHeat_Value(u0, kappa, 0.3, 0.4, 0.004, 3);
            return [loss, one, value, dBoundary, dDt, oBoundary, oDt, .. dU0.ToArray(), .. dKappa.ToArray(), .. oU0.ToArray(), .. oKappa.ToArray()];
        }, "PadHeat");
    }

    [Fact]
    public void WindowsAreTheSameOnAnyCores()
    {
        var p = Tensor.RandomNormal(3, 122, 301) * 0.5;
        var w = Tensor.RandomNormal(4, 120, 299);
        FusedKernelCoresTests.SameOnAnyCores(() =>
        {
            var a = WindowCases.Windows_Gradient(p, w, 2, 120, 299, out var dP, out var dW);
            var b = WindowCases.WindowsVector_Gradient(p, w, 1, 120, 299, out var vP, out var vW);
            return [a, b, .. dP.ToArray(), .. dW.ToArray(), .. vP.ToArray(), .. vW.ToArray()];
        }, "Windows");
    }
}
