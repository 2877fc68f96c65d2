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

/// <summary>Generated code a user can read and debug: with its blanket <c>#pragma warning disable</c> lifted, the
/// compiler finds no dead declaration or store in it (CS0168, CS0219), no self-assignment (CS1717) and no
/// unreachable code (CS0162), over every shared case.</summary>
public class GeneratedCodeHygieneTests
{
    [Fact]
    public void NoDeadDeclarationsStoresOrSelfAssignments()
    {
        var sources = GeneratorHarness.Cases().Select(c => c.Source).Concat(GeneratorHarness.SupportFiles()).Prepend(GeneratorHarness.GlobalUsings).ToArray();
        var result = GeneratorHarness.Run(sources);
        var trees = result.Sources.Select(s => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(
            s.SourceText.ToString().Replace("#pragma warning disable\n", "", StringComparison.Ordinal), GeneratorHarness.ParseOptions, path: s.HintName)).ToList();
        Assert.True(trees.Count > 100, $"only {trees.Count} generated files");
        var user = GeneratorHarness.Compile(sources);
        var compilation = user.AddSyntaxTrees(trees);
        var found = compilation.GetDiagnostics()
            .Where(d => d.Id is "CS0168" or "CS0219" or "CS1717" or "CS0162" && trees.Contains(d.Location.SourceTree!))
            .Select(d => d.Location.SourceTree!.FilePath + ":" + (d.Location.GetLineSpan().StartLinePosition.Line + 1) + " " + d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.True(found.Count == 0, string.Join("\n", found.Take(20)));
    }
}
