using System.Collections.Immutable;
using Adcme.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Adcme.CodeFixes.Tests;

/// <summary>A code fix test as Microsoft.CodeAnalysis.Testing runs it (the source before, the diagnostics Adcme's
/// analyzer reports in it, the source after the fix, re-analyzed and found clean), against the framework this process
/// runs on and Adcme.Runtime: the references are this process's own assemblies, so no reference pack is downloaded.</summary>
public sealed class CodeFixTest<TFix> : CSharpCodeFixTest<DifferentiableAnalyzer, TFix, DefaultVerifier>
    where TFix : CodeFixProvider, new()
{
    private static readonly ImmutableArray<MetadataReference> References = CreateReferences();

    private static ImmutableArray<MetadataReference> CreateReferences()
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = trusted.Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal)
                || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToList();
        references.Add(MetadataReference.CreateFromFile(typeof(DifferentiableAttribute).Assembly.Location));
        return references.ToImmutableArray();
    }

    public CodeFixTest(string before, string after, bool nullable = true)
    {
        TestCode = before;
        FixedCode = after;
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(References);
        SolutionTransforms.Add((solution, projectId) =>
        {
            var project = solution.GetProject(projectId)!;
            var options = ((CSharpCompilationOptions)project.CompilationOptions!)
                .WithNullableContextOptions(nullable ? NullableContextOptions.Enable : NullableContextOptions.Disable);
            return solution.WithProjectCompilationOptions(projectId, options)
                .WithProjectParseOptions(projectId, ((CSharpParseOptions)project.ParseOptions!).WithLanguageVersion(LanguageVersion.Latest));
        });
    }

    /// <summary>Runs the test: before → after, with the expected diagnostics marked in <c>before</c> as
    /// <c>{|ADCMEnnn:text|}</c>.</summary>
    public static Task Check(string before, string after, bool nullable = true) => new CodeFixTest<TFix>(before, after, nullable).RunAsync();
}
