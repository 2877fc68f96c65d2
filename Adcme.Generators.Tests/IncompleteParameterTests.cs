namespace Adcme.Generators.Tests;

public class IncompleteParameterTests
{
    [Theory]
    [InlineData("public static partial class C { [Differentiable] public static double F(double a, double")]
    [InlineData("public static partial class C { [Differentiable] public static double F(Tensor a, Tensor")]
    [InlineData("public static partial class C { [Differentiable] public static double F(double a, double) => a; }")]
    [InlineData("public static partial class C { [Differentiable] public static double F(double) => 1.0; }")]
    [InlineData("public static partial class C { [Differentiable] public static double F(Tensor) => 1.0; }")]
    [InlineData("public static partial class C { [Differentiable] public static double F(double a, int) => a; }")]
    public void MissingParameterName(string source)
    {
        var result = GeneratorHarness.Run("using System; using Adcme;\n" + source);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id is "CS8785" or "AD0001" or "ADCME013");
    }
}
