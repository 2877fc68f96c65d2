using Adcme.Generators.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Adcme.Generators.Tests;

/// <summary>The parser's diagnostics and the [Primitive] checks come from <see cref="DifferentiableAnalyzer"/>, once: the
/// generator reports none of them, and still generates nothing for a method with errors.</summary>
public class AnalyzerTests
{
    private const string Usings = "using System; using Adcme;\n";

    [Theory]
    [InlineData("public static class Model\n{\n    [Differentiable] public static double F(double x) => x * x;\n}", "ADCME001", false)]
    [InlineData("public static partial class Model\n{\n    [Differentiable] public static double F(double x, string s) => x;\n}", "ADCME004", false)]
    [InlineData("public static partial class Model\n{\n    [Differentiable] public static double F(double[] v) => v.Sum();\n}", "ADCME007", false)]
    [InlineData("public static partial class Model\n{\n    [Differentiable]\n    public static double F(Tensor x, double theta) => Tensor.Sum(Tensor.Pow(x, theta * 2.0));\n}", "ADCME015", true)]
    [InlineData("public static class Kernels\n{\n    [Primitive(\"P\", \"T\")] public static double Twice(double x) => 2 * x;\n}", "ADCME014", false)]
    public void EachDiagnosticIsReportedOnceByTheAnalyzer(string source, string id, bool generated)
    {
        var result = GeneratorHarness.Run(Usings.Replace("\n", " using System.Linq;\n", StringComparison.Ordinal) + source);
        var reported = Assert.Single(result.AnalyzerDiagnostics);
        Assert.Equal(id, reported.Id);
        Assert.NotNull(reported.Location.SourceTree); // in the compilation's tree: #pragma and code fixes apply
        Assert.DoesNotContain(result.Run.Diagnostics, d => d.Id.StartsWith("ADCME", StringComparison.Ordinal));
        Assert.Equal(generated, result.Sources.Any());
    }

    [Fact]
    public void TheAnalyzerSupportsEveryDescriptor()
    {
        var analyzer = new DifferentiableAnalyzer();
        Assert.Equal(DiagnosticDescriptors.All.Select(d => d.Id).Order(StringComparer.Ordinal),
            analyzer.SupportedDiagnostics.Select(d => d.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void APartialMethodIsAnalyzedOnceAtTheDeclarationThatCarriesTheAttribute()
    {
        var result = GeneratorHarness.Run(Usings + "public static partial class Model\n{\n    [Differentiable] public static partial double F(double x, string s);\n"
            + "    public static partial double F(double x, string s) => x;\n}");
        Assert.Equal("ADCME004", Assert.Single(result.AnalyzerDiagnostics).Id);
    }

    [Fact]
    public void ACompilationWithoutAdcmeIsLeftAlone()
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("Plain",
            [Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class C { [System.Obsolete] static double F(double x) => x; }")],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)]);
        Assert.Empty(GeneratorHarness.Analyze(compilation));
    }
}
