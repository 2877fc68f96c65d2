using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Adcme.Generators.Tests;

/// <summary>
/// Every C# example in README.md and docs/*.md compiles against Adcme.Runtime with the generator running, as a
/// user's project would build it. The conventions (docs/README.md, "Code blocks"):
/// <list type="bullet">
/// <item>```csharp — must compile without errors. Type declarations, using directives and namespaces are compiled
/// as a file; statements are wrapped in a method of their own (each block's), so a block may mix both.
/// Blocks of one page are compiled together: a later block may use the types of an earlier one.</item>
/// <item>An HTML comment <c>&lt;!-- compile: Tensor kappa, double h --&gt;</c> on the line before the fence declares
/// variables the statements use without declaring them (they become the wrapper method's parameters).</item>
/// <item>```csharp ADCME004 (ids after the language) — an example of a compile error: it must produce those
/// diagnostics and no C# compiler error.</item>
/// <item>```csharp sketch — an outline with elisions (<c>{ … }</c>, placeholder types): not compiled.</item>
/// </list>
/// A failure names the file and the line inside it.
/// </summary>
public class DocsCompileTests
{
    private static readonly Regex Fence = new(@"^(?<indent>\s*)```(?<info>[^`]*)$");
    private static readonly Regex Context = new(@"^<!--\s*compile:(?<parameters>.*)-->\s*$");

    /// <summary>The last compilation's trees by path (Source0.cs…), to map the generator's diagnostics.</summary>
    [ThreadStatic] private static Dictionary<string, SyntaxTree>? _trees;

    private static Dictionary<string, SyntaxTree> Trees => _trees ??= [];

    internal sealed record Block(string File, int FirstLine, string Code, string[] Expected, string? Parameters);

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Adcme.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("Adcme.sln not found above " + AppContext.BaseDirectory);
    }

    public static TheoryData<string> Pages()
    {
        var root = RepositoryRoot();
        var data = new TheoryData<string>();
        data.Add("README.md");
        foreach (var path in Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Order(StringComparer.Ordinal))
        {
            data.Add("docs/" + Path.GetFileName(path));
        }
        foreach (var path in Directory.GetFiles(Path.Combine(root, "docs", "diagnostics"), "*.md").Order(StringComparer.Ordinal))
        {
            data.Add("docs/diagnostics/" + Path.GetFileName(path));
        }
        return data;
    }

    /// <summary>The ```csharp blocks of a page (sketches left out), with the line of their first code line. A fence may be
    /// indented (a block inside a list item): the indentation is taken off its lines.</summary>
    internal static List<Block> Blocks(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), file));
        var blocks = new List<Block>();
        for (var i = 0; i < lines.Length; i++)
        {
            var fence = Fence.Match(lines[i]);
            if (!fence.Success) continue;
            var indent = fence.Groups["indent"].Value;
            var info = fence.Groups["info"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var end = i + 1;
            while (end < lines.Length && !lines[end].TrimStart().StartsWith("```", StringComparison.Ordinal)) end++;
            if (info.Length > 0 && info[0] == "csharp" && !info.Contains("sketch"))
            {
                var context = i > 0 ? Context.Match(lines[i - 1].Trim()) : Match.Empty;
                var code = lines[(i + 1)..end].Select(line => line.StartsWith(indent, StringComparison.Ordinal) ? line[indent.Length..] : line);
                blocks.Add(new Block(file, i + 2, string.Join("\n", code), info[1..],
                    context.Success ? context.Groups["parameters"].Value.Trim() : null));
            }
            i = end;
        }
        return blocks;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void ExamplesCompile(string file)
    {
        var blocks = Blocks(file);
        var good = blocks.Where(b => b.Expected.Length == 0).ToList();
        // A diagnostics page shows the wrong and the right version of the same code: there each block stands alone.
        var alone = file.StartsWith("docs/diagnostics/", StringComparison.Ordinal);
        var errors = (alone ? good.SelectMany(b => Compile([b])) : Compile(good)).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, $"{file}: examples that do not compile:\n" + string.Join("\n", errors.Select(Describe)));
        foreach (var bad in blocks.Where(b => b.Expected.Length > 0))
        {
            var diagnostics = Compile(alone ? [bad] : [.. good, bad]).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            var where = $"{file}:{bad.FirstLine}";
            foreach (var id in bad.Expected)
            {
                Assert.True(diagnostics.Any(d => d.Id == id), $"{where}: the example should give {id}; it gives:\n" + string.Join("\n", diagnostics.Select(Describe)));
            }
            var compiler = diagnostics.Where(d => d.Id.StartsWith("CS", StringComparison.Ordinal)).ToList();
            Assert.True(compiler.Count == 0, $"{where}: the example gives C# compiler errors besides {string.Join(", ", bad.Expected)}:\n" + string.Join("\n", compiler.Select(Describe)));
        }
    }

    [Fact]
    public void PagesHaveExamples()
    {
        // The extraction itself: getting-started's first example is found, on its line, and sketches are left out.
        var blocks = Blocks("docs/getting-started.md");
        Assert.True(blocks.Count >= 5, $"{blocks.Count} blocks");
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs/getting-started.md"));
        Assert.Equal(lines[blocks[0].FirstLine - 1], blocks[0].Code.Split('\n')[0]);
        // An indented block (inside a list item) is found, its indentation taken off.
        var indented = Assert.Single(Blocks("docs/gradient-checking-solvers.md"));
        Assert.StartsWith("var log = new PoissonSolveLog", indented.Code, StringComparison.Ordinal);
        Assert.NotNull(indented.Parameters);
        Assert.All(Blocks("docs/custom-primitives.md"), b => Assert.DoesNotContain("{ … }", b.Code, StringComparison.Ordinal));
    }

    [Fact]
    public void ABrokenExampleIsReportedAtItsLine()
    {
        var block = new Block("docs/example.md", 40, "var x = 1;\nvar y = Tensor.Nope(x);", [], null);
        var error = Assert.Single(Compile([block]), d => d.Severity == DiagnosticSeverity.Error);
        Assert.StartsWith("docs/example.md:41: CS0117: 'Tensor' does not contain a definition for 'Nope'", Describe(error), StringComparison.Ordinal);
        // A generator error in a top-level method is found at its line too.
        var method = new Block("docs/example.md", 10, "[Differentiable]\npublic static double F(double x)\n{\n    Console.WriteLine(x);\n    return x;\n}", ["ADCME007"], null);
        var generator = Assert.Single(Compile([method]), d => d.Severity == DiagnosticSeverity.Error);
        Assert.StartsWith("docs/example.md:13: ADCME007", Describe(generator), StringComparison.Ordinal);
    }

    private static string Describe(Diagnostic d)
    {
        var span = d.Location.GetMappedLineSpan();
        // The generator's diagnostics carry a plain file location (its model keeps no syntax): map it through the tree.
        if (d.Location.Kind == LocationKind.ExternalFile && Trees.TryGetValue(span.Path, out var tree)) span = tree.GetMappedLineSpan(d.Location.SourceSpan);
        return $"{span.Path}:{span.StartLinePosition.Line + 1}: {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    /// <summary>The blocks as one project: each block's declarations as a file, its statements in a method; the
    /// generator run over it; the compiler's and the generator's diagnostics.</summary>
    internal static IReadOnlyList<Diagnostic> Compile(IReadOnlyList<Block> blocks)
    {
        var sources = new List<string>();
        var usings = new SortedSet<string>(StringComparer.Ordinal) { "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Threading.Tasks", "Adcme", "Adcme.Checking" };
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            var root = CSharpSyntaxTree.ParseText(block.Code, GeneratorHarness.ParseOptions).GetCompilationUnitRoot();
            foreach (var u in root.Usings.Where(u => u.Alias is null && u.StaticKeyword.IsKind(SyntaxKind.None) && u.GlobalKeyword.IsKind(SyntaxKind.None)))
            {
                usings.Add(u.NamespaceOrType.ToString());
            }
            foreach (var ns in root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>()) usings.Add(ns.Name.ToString());
            // Top-level methods (parsed as local functions) become members of the page's class, DocPage; the other
            // top-level statements, the body of the block's method in it.
            var global = root.Members.OfType<GlobalStatementSyntax>().ToList();
            var methods = global.Where(s => s.Statement is LocalFunctionStatementSyntax).ToList();
            var statements = global.Except(methods).ToList();
            var header = $"#line {block.FirstLine} \"{block.File}\"\n";
            sources.Add(header + Blank(block.Code, global.Select(s => s.FullSpan)));
            if (global.Count == 0) continue;
            var others = root.Members.Where(m => m is not GlobalStatementSyntax).Select(m => m.FullSpan).Prepend(new TextSpan(0, global[0].FullSpan.Start)).ToList();
            var members = Blank(block.Code, [.. others, .. statements.Select(s => s.FullSpan)]);
            var body = Blank(block.Code, [.. others, .. methods.Select(s => s.FullSpan)]);
            var isAsync = statements.Any(s => s.DescendantNodes().OfType<AwaitExpressionSyntax>().Any());
            sources.Add($"#line hidden\ninternal static partial class DocPage\n{{\n{header}{members}\n#line hidden\n}}\n");
            if (statements.Count == 0) continue;
            sources.Add($"#line hidden\ninternal static partial class DocPage\n{{\n    internal static {(isAsync ? "async Task" : "void")} Run{b}({block.Parameters})\n    {{\n{header}{body}\n#line hidden\n    }}\n}}\n");
        }
        sources.Insert(0, string.Concat(usings.Select(u => $"global using {u};\n")));
        var result = GeneratorHarness.Run(sources.ToArray());
        foreach (var tree in result.Output.SyntaxTrees) Trees[tree.FilePath] = tree;
        return [.. result.GeneratorDiagnostics, .. result.CompilerDiagnostics];
    }

    /// <summary>The text with the spans replaced by spaces, line breaks kept, so that lines stay where they were.</summary>
    private static string Blank(string text, IEnumerable<TextSpan> spans)
    {
        var chars = text.ToCharArray();
        foreach (var span in spans)
        {
            for (var k = span.Start; k < span.End && k < chars.Length; k++)
            {
                if (chars[k] != '\n') chars[k] = ' ';
            }
        }
        return new StringBuilder().Append(chars).ToString();
    }
}
