using ScottPlot;

namespace Adcme.Examples.HeatInverse;

/// <summary>The example's PNG: the true κ, the recovered κ, their difference, and the loss curve.</summary>
public static class Figure
{
    /// <summary>Writes the four panels to <paramref name="path"/> (PNG, 1200×1000).</summary>
    /// <param name="n">the grid's side.</param>
    /// <param name="trueKappa">κ on the grid, row-major (row i at y = (i + 1)h).</param>
    /// <param name="recovered">the recovered κ, the same way.</param>
    /// <param name="losses">the misfit at each iteration, from iteration 0.</param>
    public static void Write(string path, int n, double[] trueKappa, double[] recovered, IReadOnlyList<double> losses)
    {
        var multiplot = new Multiplot();
        multiplot.AddPlots(4);
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Grid(2, 2);
        var low = Math.Min(trueKappa.Min(), recovered.Min());
        var high = Math.Max(trueKappa.Max(), recovered.Max());
        Field(multiplot.GetPlot(0), "true κ", n, trueKappa, new ScottPlot.Range(low, high));
        Field(multiplot.GetPlot(1), "recovered κ", n, recovered, new ScottPlot.Range(low, high));
        var error = recovered.Select((k, c) => k - trueKappa[c]).ToArray();
        var largest = Math.Max(error.Max(Math.Abs), 1e-300);
        Field(multiplot.GetPlot(2), "recovered − true", n, error, new ScottPlot.Range(-largest, largest), new ScottPlot.Colormaps.Balance());

        var curve = multiplot.GetPlot(3);
        var iterations = Enumerable.Range(0, losses.Count).Select(i => (double)i).ToArray();
        var logLosses = losses.Select(l => Math.Log10(Math.Max(l, 1e-300))).ToArray();
        curve.Add.Scatter(iterations, logLosses);
        curve.Title("misfit (log₁₀)");
        curve.XLabel("iteration");
        multiplot.SavePng(path, 1200, 1000);
    }

    private static void Field(Plot plot, string title, int n, double[] values, ScottPlot.Range range, IColormap? colormap = null)
    {
        // Heatmap rows are drawn top down: flip so that y grows upwards.
        var grid = new double[n, n];
        for (var i = 0; i < n; i++)
        for (var j = 0; j < n; j++)
        {
            grid[n - 1 - i, j] = values[i * n + j];
        }
        var heatmap = plot.Add.Heatmap(grid);
        heatmap.ManualRange = range;
        if (colormap is not null) heatmap.Colormap = colormap;
        heatmap.Extent = new CoordinateRect(0, 1, 0, 1);
        plot.Add.ColorBar(heatmap);
        plot.Title(title);
        plot.Axes.SquareUnits();
    }
}
