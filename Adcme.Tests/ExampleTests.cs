extern alias CustomPrimitiveExample;
using System.Text.Json;
using Adcme.Testing;
using Xunit.Abstractions;

namespace Adcme.Tests;

/// <summary>The examples run and print what their snapshots say.</summary>
public class ExampleTests(ITestOutputHelper log)
{
    private const string PolynomialJson = "{\"loss\":15,\"gradient\":17}";

    private static string RunPolynomial(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        Assert.Equal(0, Adcme.Examples.Polynomial.Program.Run(output, args));
        return output.ToString();
    }

    [Fact]
    public void PolynomialPrintsAdcmesDistributedLossAndGradient()
    {
        // θ = 2 broadcast from rank 0 to 4 in-process ranks, l = 2^rank, L = 1 + 2 + 4 + 8 = 15, dL/dθ = 1 + 4 + 12 = 17.
        var text = RunPolynomial("--json");
        Snapshot.Match("Examples.Polynomial", "txt", text);
        Assert.Contains("on 4 in-process ranks, θ = 2\n", text, StringComparison.Ordinal);
        Assert.Contains("\nL = 15\n", text, StringComparison.Ordinal);
        Assert.Contains("\ndL/dθ = 17 (reverse mode), 17 (forward mode)\n", text, StringComparison.Ordinal);
        Assert.Contains("\ndL/dθ by rank: 17, 0, 0, 0 ", text, StringComparison.Ordinal);
        Assert.Equal(PolynomialJson, text.TrimEnd('\n').Split('\n')[^1]);
    }

    [Fact]
    public void PolynomialWithReduceSumPrintsTheSameFigures()
    {
        var text = RunPolynomial("--reduce", "--json");
        Assert.Contains("(ReduceSum, on rank 0)\n", text, StringComparison.Ordinal);
        Assert.Equal(
            RunPolynomial("--json").Replace("(AllreduceSum, on every rank)", "(ReduceSum, on rank 0)", StringComparison.Ordinal),
            text);
        Assert.Equal(PolynomialJson, text.TrimEnd('\n').Split('\n')[^1]);
    }

    [Fact]
    public void PolynomialWithoutJsonPrintsNoJson()
    {
        var text = RunPolynomial();
        Assert.DoesNotContain("{", text, StringComparison.Ordinal);
        Assert.Contains("\nL = 15\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void PolynomialTakesRanksAndTheta(bool reduce)
    {
        // On 3 ranks L = 1 + θ + θ², dL/dθ = 1 + 2θ: at θ = 1.5, 4.75 and 4; on 1 rank L = 1, dL/dθ = 0.
        var text = RunPolynomial([.. reduce ? ["--reduce"] : Array.Empty<string>(), "--ranks", "3", "--theta", "1.5", "--json"]);
        Assert.Contains("on 3 in-process ranks, θ = 1.5\n", text, StringComparison.Ordinal);
        Assert.Contains("\ndL/dθ by rank: 4, 0, 0 ", text, StringComparison.Ordinal);
        Assert.Contains("\nthe same in one process, 1 + θ + θ²: L = 4.75, dL/dθ = 4\n", text, StringComparison.Ordinal);
        Assert.Equal("{\"loss\":4.75,\"gradient\":4}", text.TrimEnd('\n').Split('\n')[^1]);
        Assert.EndsWith("{\"loss\":1,\"gradient\":0}\n", RunPolynomial("--ranks", "1", "--json"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--ranks")]
    [InlineData("--ranks", "0")]
    [InlineData("--theta", "two")]
    public void PolynomialRefusesArgumentsItDoesNotKnow(params string[] args)
    {
        var output = new StringWriter();
        Assert.Equal(2, Adcme.Examples.Polynomial.Program.Run(output, args));
        Assert.Equal("", output.ToString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void PolynomialUnderMpiexecPrintsTheSameOnRankZero(bool reduce)
    {
        // mpiexec.mpich -n 4 dotnet Polynomial.dll: Communicator.FromEnvironment() is MPI, and only rank 0 prints.
        string[] args = reduce ? ["--reduce", "--json"] : ["--json"];
        var run = MpiRun.UnderMpi(log, 4, MpiRun.BuiltAssembly(Path.Combine("examples", "Polynomial"), "Polynomial"), args);
        Assert.True(run.ExitCode == 0, run.Describe());
        var expected = RunPolynomial(args).Replace("4 in-process ranks", "4 MPI ranks", StringComparison.Ordinal);
        Assert.True(run.Output.Contains(expected, StringComparison.Ordinal), $"expected\n{expected}\n{run.Describe()}");
        Assert.Single(run.Output.Split('\n'), line => line == PolynomialJson);
    }

    [Fact]
    public void CustomPrimitiveMatchesLibraryOperationsAndChecksItsRules()
    {
        var output = new StringWriter { NewLine = "\n" };
        Assert.Equal(0, CustomPrimitiveExample::Adcme.Examples.CustomPrimitive.Program.Run(output, ["--json"]));
        var lines = output.ToString().TrimEnd('\n').Split('\n');
        // The text lines round to 10 decimals; the JSON line is compared with a tolerance (SIMD sums may
        // associate differently on other hardware).
        Snapshot.Match("Examples.CustomPrimitive", "txt", string.Join("\n", lines[..^1]) + "\n");
        using var json = JsonDocument.Parse(lines[^1]);
        Assert.Equal(55.2825797416, json.RootElement.GetProperty("loss").GetDouble(), 9);
        Assert.Equal(0.8945131649, json.RootElement.GetProperty("gradientNorm").GetDouble(), 9);
        Assert.True(json.RootElement.GetProperty("rulesChecked").GetBoolean());
    }

    private static string RunCollectives(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        Assert.Equal(0, Adcme.Examples.Collectives.Program.Run(output, args));
        return output.ToString();
    }

    /// <summary>The per-rank table of the Collectives example: rank, grid, θ, dL/dθ, 2θ, x, dL/dx, Π x_s (s ≠ r) and the
    /// halo gradient's largest difference from the serial one.</summary>
    private static string[][] CollectivesTable(string text)
    {
        var lines = text.Split('\n');
        var header = Array.FindIndex(lines, line => line.TrimStart().StartsWith("rank  grid", StringComparison.Ordinal));
        Assert.True(header >= 0, text);
        return lines.Skip(header + 1).TakeWhile(line => line.Length > 0)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
    }

    /// <summary>Checks the output of the Collectives example on <paramref name="ranks"/> ranks against the closed forms:
    /// L = Σ (r+1)², dL/dθ_r = 2θ_r; L = N!, dL/dx_r = N!/x_r; the halo's loss and gradient equal the serial ones.</summary>
    private static void AssertCollectivesMatchClosedForms(string text, int ranks, int rows, int columns, string where)
    {
        var factorial = Enumerable.Range(1, ranks).Aggregate(1.0, (p, k) => p * k);
        var squares = Enumerable.Range(1, ranks).Sum(k => (double)(k * k));
        Assert.StartsWith($"Collectives with gradients on {where}\n", text, StringComparison.Ordinal);
        Assert.Contains($"; L = {squares} (closed form N(N+1)(2N+1)/6 = {squares})\n", text, StringComparison.Ordinal);
        Assert.Contains($"; L = {factorial} (closed form N! = {factorial})\n", text, StringComparison.Ordinal);
        Assert.Contains($" on a {rows}×{columns} grid of 4×4 blocks, ", text, StringComparison.Ordinal);
        Assert.Contains($" of the {4 * rows}×{4 * columns} field,\n", text, StringComparison.Ordinal);

        var table = CollectivesTable(text);
        Assert.Equal(ranks, table.Length);
        for (var r = 0; r < ranks; r++)
        {
            var row = table[r];
            Assert.Equal([$"{r}", $"{r / columns},{r % columns}", $"{r + 1}", $"{2 * (r + 1)}", $"{2 * (r + 1)}", $"{r + 1}"], row[..6]);
            Assert.Equal(factorial / (r + 1), double.Parse(row[6], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(row[6], row[7]);
            Assert.True(double.Parse(row[8], System.Globalization.CultureInfo.InvariantCulture) <= 1e-14, $"rank {r}: halo gradient differs from the serial one by {row[8]}");
        }

        using var json = JsonDocument.Parse(text.TrimEnd('\n').Split('\n')[^1]);
        var root = json.RootElement;
        Assert.Equal(ranks, root.GetProperty("ranks").GetInt32());
        Assert.Equal([rows, columns], root.GetProperty("grid").EnumerateArray().Select(e => e.GetInt32()).ToArray());
        Assert.Equal(squares, root.GetProperty("reduceBroadcast").GetDouble());
        Assert.Equal(factorial, root.GetProperty("chain").GetDouble());
        var halo = root.GetProperty("halo").GetDouble();
        Assert.True(halo > 0);
        Assert.Equal(root.GetProperty("serialHalo").GetDouble(), halo, 1e-12);
        var error = root.GetProperty("maxGradientError").GetDouble();
        Assert.True(error <= 1e-14, $"maxGradientError = {error}");
    }

    [Fact]
    public void CollectivesPrintsGradientsNextToTheirClosedForms()
    {
        // 4 in-process ranks, a 2×2 grid: L = 1 + 4 + 9 + 16 = 30 with dL/dθ = 2, 4, 6, 8; L = 4! = 24 with dL/dx = 24, 12, 8, 6.
        var text = RunCollectives("--json");
        AssertCollectivesMatchClosedForms(text, 4, 2, 2, "4 in-process ranks");
        Assert.Equal(["0", "0,0", "1", "2", "2", "1", "24", "24"], CollectivesTable(text)[0][..8]);
        Assert.Equal(["3", "1,1", "4", "8", "8", "4", "6", "6"], CollectivesTable(text)[3][..8]);
        Assert.Contains("\nmax |gradient − closed form or serial| = ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void CollectivesWithoutJsonPrintsNoJson()
    {
        var text = RunCollectives();
        Assert.DoesNotContain(text.Split('\n'), line => line.StartsWith('{'));
        Assert.Equal(RunCollectives("--json").TrimEnd('\n').Split('\n')[..^1], text.TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(2, 1, 2)]
    [InlineData(3, 1, 3)]
    public void CollectivesTakesRanks(int ranks, int rows, int columns)
    {
        var text = RunCollectives("--ranks", ranks.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json");
        AssertCollectivesMatchClosedForms(text, ranks, rows, columns, ranks == 1 ? "1 in-process rank" : $"{ranks} in-process ranks");
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(2, 1, 2)]
    [InlineData(3, 1, 3)]
    [InlineData(4, 2, 2)]
    [InlineData(6, 2, 3)]
    [InlineData(7, 1, 7)]
    [InlineData(12, 3, 4)]
    public void CollectivesSplitsTheFieldOverANearlySquareGrid(int ranks, int rows, int columns)
        => Assert.Equal((rows, columns), Adcme.Examples.Collectives.Program.Grid(ranks));

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--ranks")]
    [InlineData("--ranks", "0")]
    [InlineData("--ranks", "many")]
    public void CollectivesRefusesArgumentsItDoesNotKnow(params string[] args)
    {
        var output = new StringWriter();
        Assert.Equal(2, Adcme.Examples.Collectives.Program.Run(output, args));
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public void CollectivesUnderMpiexecPrintsTheSameOnRankZero()
    {
        // mpiexec.mpich -n 4 dotnet Collectives.dll: Communicator.FromEnvironment() is MPI, and only rank 0 prints.
        var run = MpiRun.UnderMpi(log, 4, MpiRun.BuiltAssembly(Path.Combine("examples", "Collectives"), "Collectives"), "--json");
        Assert.True(run.ExitCode == 0, run.Describe());
        var expected = RunCollectives("--json").Replace("4 in-process ranks", "4 MPI ranks", StringComparison.Ordinal);
        Assert.True(run.Output.Contains(expected, StringComparison.Ordinal), $"expected\n{expected}\n{run.Describe()}");
        Assert.Single(run.Output.Split('\n'), line => line.StartsWith("{\"ranks\":4,", StringComparison.Ordinal));
        var start = run.Output.IndexOf("Collectives with gradients on 4 MPI ranks\n", StringComparison.Ordinal);
        AssertCollectivesMatchClosedForms(run.Output[start..(start + expected.Length)], 4, 2, 2, "4 MPI ranks");
    }
}
