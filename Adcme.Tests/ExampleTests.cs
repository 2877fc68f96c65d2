extern alias CustomPrimitiveExample;
using System.Text.Json;
using Adcme.Testing;

namespace Adcme.Tests;

/// <summary>The examples run and print what their snapshots say.</summary>
public class ExampleTests
{
    [Fact]
    public void PolynomialPrintsLossAndGradient()
    {
        var output = new StringWriter { NewLine = "\n" };
        Assert.Equal(0, Adcme.Examples.Polynomial.Program.Run(output, ["--json"]));
        var text = output.ToString();
        Snapshot.Match("Examples.Polynomial", "txt", text);
        Assert.Equal("{\"loss\":15,\"gradient\":17}", text.TrimEnd('\n').Split('\n')[^1]);
    }

    [Fact]
    public void PolynomialWithoutJsonPrintsNoJson()
    {
        var output = new StringWriter { NewLine = "\n" };
        Adcme.Examples.Polynomial.Program.Run(output, []);
        Assert.DoesNotContain("{", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("L = 15\n", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("dL/dθ = 17 ", output.ToString(), StringComparison.Ordinal);
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
