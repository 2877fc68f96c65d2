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
}
