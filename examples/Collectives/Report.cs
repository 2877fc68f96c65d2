using System.Globalization;

namespace Adcme.Examples.Collectives;

/// <summary>Prints a <see cref="Result"/>: the three losses with their closed forms, then one line per rank with each
/// gradient next to its closed form (the diffusion gradient next to the serial one).</summary>
internal static class Report
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>L = Σ_r (r + 1)² = N(N + 1)(2N + 1)/6.</summary>
    public static double SumOfSquares(int size) => size * (size + 1.0) * (2.0 * size + 1.0) / 6.0;

    /// <summary>L = Π_r (r + 1) = N!.</summary>
    public static double Factorial(int size) => Enumerable.Range(1, size).Aggregate(1.0, (p, k) => p * k);

    /// <summary>dL/dx_r = Π_{s≠r} x_s for the chain.</summary>
    public static double ProductOfOthers(RankFigures[] ranks, int rank)
        => ranks.Where(r => r.Rank != rank).Aggregate(1.0, (p, r) => p * r.X);

    /// <summary>The largest difference between a gradient and its closed form (the serial gradient for the halo).</summary>
    public static double MaxGradientError(Result result) => result.ByRank.Max(r => Math.Max(
        Math.Max(Math.Abs(r.DTheta - 2 * r.Theta), Math.Abs(r.DX - ProductOfOthers(result.ByRank, r.Rank))), r.HaloError));

    public static void Print(TextWriter output, Result result, bool json, string ranks)
    {
        var size = result.ByRank.Length;
        var (height, width) = (result.Rows * Program.BlockSize, result.Columns * Program.BlockSize);
        output.WriteLine($"Collectives with gradients on {ranks}");
        output.WriteLine(Text($"1. ReduceSum to rank 0, then Broadcast: L = Σ_r θ_r², θ_r = r + 1; L = {result.ReduceBroadcast} (closed form N(N+1)(2N+1)/6 = {SumOfSquares(size)})"));
        output.WriteLine(Text($"2. Send/Receive chain r → r + 1, each rank multiplies by x_r = r + 1: L = Π_r x_r; L = {result.Chain} (closed form N! = {Factorial(size)})"));
        output.WriteLine(Text($"3. HaloExchange (reach 1, fill 0) on a {result.Rows}×{result.Columns} grid of {Program.BlockSize}×{Program.BlockSize} blocks, one step u + κΔu (κ = {Program.Kappa}) of the {height}×{width} field,"));
        output.WriteLine(Text($"   L = Σ (step − target)²; L = {result.Halo} (the whole field in one process: {result.SerialHalo})"));
        output.WriteLine();
        string[] header = ["rank", "grid", "θ", "dL/dθ", "2θ", "x", "dL/dx", "Π x_s, s≠r", "max |dL/du − serial|"];
        var rows = result.ByRank.Select(r => new[]
        {
            Text($"{r.Rank}"), Text($"{r.GridRow},{r.GridColumn}"), Text($"{r.Theta}"), Text($"{r.DTheta}"), Text($"{2 * r.Theta}"),
            Text($"{r.X}"), Text($"{r.DX}"), Text($"{ProductOfOthers(result.ByRank, r.Rank)}"), r.HaloError.ToString("0.0e+00", Invariant),
        }).ToList();
        var widths = header.Select((h, k) => rows.Select(row => row[k].Length).Append(h.Length).Max()).ToArray();
        output.WriteLine(string.Join("  ", header.Select((h, k) => h.PadLeft(widths[k]))));
        foreach (var row in rows) output.WriteLine(string.Join("  ", row.Select((cell, k) => cell.PadLeft(widths[k]))));
        output.WriteLine();
        var error = MaxGradientError(result);
        output.WriteLine($"max |gradient − closed form or serial| = {error.ToString("0.0e+00", Invariant)}");
        if (json)
        {
            output.WriteLine(Text($"{{\"ranks\":{size},\"grid\":[{result.Rows},{result.Columns}],\"reduceBroadcast\":{result.ReduceBroadcast:R},\"chain\":{result.Chain:R},\"halo\":{result.Halo:R},\"serialHalo\":{result.SerialHalo:R},\"maxGradientError\":{error:R}}}"));
        }
    }

    private static string Text(FormattableString text) => text.ToString(Invariant);
}
