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
