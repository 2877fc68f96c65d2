using Adcme.Testing;
using Microsoft.CodeAnalysis;

namespace Adcme.Generators.Tests;

/// <summary>Generated code of every shared case, snapshot by snapshot. Each case has a numeric twin in
/// Adcme.Tests that runs this very code against finite differences.</summary>
public class SnapshotTests
{
    public static TheoryData<string> CaseNames() => new(GeneratorHarness.Cases().Select(c => c.Name));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void GeneratedCode(string caseName)
    {
        var source = GeneratorHarness.Cases().Single(c => c.Name == caseName).Source;
        var result = GeneratorHarness.Run([GeneratorHarness.GlobalUsings, source, .. GeneratorHarness.SupportFiles()]);
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        var sources = result.Sources.ToList();
        Assert.NotEmpty(sources);
        var mismatches = new List<string>();
        foreach (var generated in sources)
        {
            var method = generated.HintName.Split('.')[^3];
            var hint = generated.HintName[..^".cs".Length];
            try
            {
                Snapshot.Match($"{caseName}.{method}#{hint}", "cs", generated.SourceText.ToString());
            }
            catch (Xunit.Sdk.FailException failure)
            {
                mismatches.Add(failure.Message);
            }
        }
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Fact]
    public void OutputIsDeterministic()
    {
        var (_, source) = GeneratorHarness.Cases().First(c => c.Name == "ArrayCases");
        var first = GeneratorHarness.Run(GeneratorHarness.GlobalUsings, source).Sources.Select(s => s.SourceText.ToString()).ToList();
        var second = GeneratorHarness.Run(GeneratorHarness.GlobalUsings, source).Sources.Select(s => s.SourceText.ToString()).ToList();
        Assert.Equal(first, second);
    }
}
