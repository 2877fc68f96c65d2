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
}
