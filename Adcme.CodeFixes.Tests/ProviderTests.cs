using Adcme.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Adcme.CodeFixes.Tests;

/// <summary>What holds for all the fixes together.</summary>
public class ProviderTests
{
    private static readonly CodeFixProvider[] Providers = [new MakePartialCodeFix(), new NoDerivativeCodeFix(), new PrimitiveStubsCodeFix(), new LinqToLoopCodeFix()];

    [Fact]
    public void EveryFixedIdIsOneTheAnalyzerReports()
    {
        var reported = new DifferentiableAnalyzer().SupportedDiagnostics.Select(d => d.Id).ToHashSet();
        Assert.All(Providers.SelectMany(p => p.FixableDiagnosticIds), id => Assert.Contains(id, reported));
        Assert.Equal(["ADCME001", "ADCME004", "ADCME007", "ADCME014"], Providers.SelectMany(p => p.FixableDiagnosticIds).Order(StringComparer.Ordinal));
    }

    /// <summary>csc loads this assembly from analyzers/dotnet/cs and looks for analyzers and generators in it: there must be
    /// none, so that it never needs Workspaces, which csc does not have.</summary>
    [Fact]
    public void TheCodeFixAssemblyHoldsNoAnalyzerOrGenerator()
    {
        var types = typeof(MakePartialCodeFix).Assembly.GetTypes();
        Assert.DoesNotContain(types, t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) || typeof(IIncrementalGenerator).IsAssignableFrom(t)
            || typeof(ISourceGenerator).IsAssignableFrom(t));
        Assert.Equal(4, types.Count(t => typeof(CodeFixProvider).IsAssignableFrom(t)));
    }
}

/// <summary>Each fixed diagnostic's page says what its fix does (docs/diagnostics/ADCMEnnn.md, section "Code fix").</summary>
public class CodeFixDocsTests
{
    [Theory]
    [InlineData("ADCME001", MakePartialCodeFix.Title)]
    [InlineData("ADCME004", NoDerivativeCodeFix.Title)]
    [InlineData("ADCME007", LinqToLoopCodeFix.Title)]
    [InlineData("ADCME014", PrimitiveStubsCodeFix.Title)]
    public void ThePageOfAFixedDiagnosticDescribesItsFix(string id, string title)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Adcme.sln"))) directory = directory.Parent;
        Assert.NotNull(directory);
        var page = File.ReadAllText(Path.Combine(directory.FullName, "docs", "diagnostics", id + ".md"));
        Assert.Contains("## Code fix", page, StringComparison.Ordinal);
        Assert.Contains(title, page, StringComparison.Ordinal);
        Assert.Contains(title, File.ReadAllText(Path.Combine(directory.FullName, "docs", "ide.md")), StringComparison.Ordinal);
    }
}
