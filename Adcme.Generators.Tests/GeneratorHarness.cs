using System.Collections.Immutable;
using System.Reflection;
using Adcme.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Adcme.Generators.Tests;

/// <summary>Runs the generator in-process on source text, as the compiler does.</summary>
internal static class GeneratorHarness
{
    private static readonly ImmutableArray<MetadataReference> References = CreateReferences();

    private static ImmutableArray<MetadataReference> CreateReferences()
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = trusted.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToList();
        references.Add(MetadataReference.CreateFromFile(typeof(DifferentiableAttribute).Assembly.Location));
        return references.ToImmutableArray();
    }

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static CSharpCompilation Compile(params string[] sources)
    {
        var trees = sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"Source{i}.cs"));
        return CSharpCompilation.Create("UserCode", trees, References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    public static GeneratorDriver CreateDriver() => CSharpGeneratorDriver.Create(
        new[] { new DifferentiableGenerator().AsSourceGenerator() },
        parseOptions: ParseOptions,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <param name="AnalyzerDiagnostics">What <see cref="Diagnostics.DifferentiableAnalyzer"/> reports on the output
    /// compilation, as a build runs it (the parser's findings and the [Primitive] checks).</param>
    public sealed record Result(GeneratorDriverRunResult Run, Compilation Output, ImmutableArray<Diagnostic> CompilerDiagnostics,
        ImmutableArray<Diagnostic> AnalyzerDiagnostics)
    {
        /// <summary>Every diagnostic of Adcme.Generators.dll, as a build reports them: the analyzer's, then the
        /// generator's own (its failures).</summary>
        public ImmutableArray<Diagnostic> GeneratorDiagnostics => AnalyzerDiagnostics.AddRange(Run.Diagnostics);

        public IEnumerable<GeneratedSourceResult> Sources => Run.Results.SelectMany(r => r.GeneratedSources);
    }

    public static Result Run(params string[] sources)
    {
        var compilation = Compile(sources);
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var run = driver.GetRunResult();
        var exception = run.Results.Select(r => r.Exception).FirstOrDefault(e => e is not null);
        if (exception is not null) throw new InvalidOperationException("the generator threw", exception);
        return new Result(run, output, output.GetDiagnostics(), Analyze(output));
    }

    /// <summary>Runs the analyzer the way the compiler does after generation; an exception in it fails the test (a build
    /// would only show AD0001).</summary>
    public static ImmutableArray<Diagnostic> Analyze(Compilation compilation)
    {
        Exception? thrown = null;
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, _, _) => thrown ??= exception, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        var diagnostics = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new Diagnostics.DifferentiableAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        if (thrown is not null) throw new InvalidOperationException("the analyzer threw", thrown);
        return diagnostics.OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }

    /// <summary>The test cases shared with Adcme.Tests (which runs the same generated code numerically): the files
    /// with differentiable methods.</summary>
    public static IEnumerable<(string Name, string Source)> Cases() => CaseFiles().Where(c => c.Source.Contains("[Differentiable]"));

    /// <summary>The other case files (primitives that several cases call): compiled along with every case.</summary>
    public static string[] SupportFiles() => CaseFiles().Where(c => !c.Source.Contains("[Differentiable]")).Select(c => c.Source).ToArray();

    private static IEnumerable<(string Name, string Source)> CaseFiles()
    {
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Cases/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            yield return (Path.GetFileNameWithoutExtension(name), reader.ReadToEnd());
        }
    }

    /// <summary>Usings Adcme.Tests gets from its project (implicit usings plus Xunit).</summary>
    public const string GlobalUsings = "global using System; global using System.Linq; global using System.Collections.Generic; global using Adcme;";
}
