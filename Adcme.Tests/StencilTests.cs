using Adcme.Checking;

namespace Adcme.Tests;

public class StencilTests
{
    private static readonly Tensor Grid = Tensor.RandomNormal(5, 4, 5);

    [Fact]
    public void LaplacianOfAQuadraticIsConstantInside()
    {
        // u = x² on a 5×5 interior grid with h = 1/6: Δu = 2 at nodes away from the boundary.
        const int n = 5;
        const double h = 1.0 / (n + 1);
        var data = new double[n * n];
        for (var i = 0; i < n; i++) for (var j = 0; j < n; j++) data[i * n + j] = Math.Pow((i + 1) * h, 2);
        var lap = Stencils.Laplacian(Tensor.FromArray(data, n, n), h);
        Assert.Equal(2.0, lap[2, 2], 10);
        Assert.Equal(2.0, lap[1, 3], 10);
    }

    [Fact]
    public void DiffusionWithUnitKappaIsTheLaplacian()
    {
        var u = Grid;
        var a = Stencils.Diffusion(Tensor.Ones(4, 5), u, 0.2).ToArray();
        var b = Stencils.Laplacian(u, 0.2).ToArray();
        for (var i = 0; i < a.Length; i++) Assert.Equal(b[i], a[i], 10);
    }

    [Fact]
    public void LaplacianRules() => GradientChecker.CheckPrimitive(Stencils.Laplacian, Grid, 0.2).ThrowIfFailed();

    [Fact]
    public void DiffusionRules()
        => GradientChecker.CheckPrimitive(Stencils.Diffusion, Tensor.Random(9, 4, 5) + 1.0, Grid, 0.2).ThrowIfFailed();

    [Fact]
    public void StencilsNameTheShapeOfABadGrid()
    {
        var e = Assert.Throws<TensorShapeException>(() => Stencils.Laplacian(Tensor.Zeros(7), 0.1));
        Assert.Contains("Laplacian: expected a 2-D grid (n×m), got shape [7]", e.Message, StringComparison.Ordinal);
    }
}
