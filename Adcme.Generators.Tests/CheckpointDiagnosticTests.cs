using Microsoft.CodeAnalysis;

namespace Adcme.Generators.Tests;

/// <summary>ADCME026: a [Checkpointed] method's loop that cannot be checkpointed, one test per reason, each located.</summary>
public class CheckpointDiagnosticTests
{
    private const string Usings = "using System; using Adcme;\n";

    private static void Reported(string body, string parameters, string expectedText, string expectedReason, string attribute = "Checkpointed(Snapshots = 2)")
    {
        var source = Usings + "public static partial class Model\n{\n    [Differentiable, " + attribute + "]\n    public static double F(" + parameters + ")\n    {\n"
            + body + "\n    }\n}\n"
            + "public static class Effects\n{\n    [Primitive(nameof(Tick_Pullback), nameof(Tick_Tangent), Ordered = true)]\n    public static double Tick(double x) => x;\n"
            + "    public static void Tick_Pullback(double x, double result, double seed, ref double dX) => dX += seed;\n"
            + "    public static double Tick_Tangent(double x, double dX, double result) => dX;\n}\n"
            + "public static partial class Other\n{\n    [Differentiable] public static double G(double x) => x * x;\n}\n";
        var result = GeneratorHarness.Run(source);
        var diagnostics = result.GeneratorDiagnostics.Where(d => d.Id.StartsWith("ADCME", StringComparison.Ordinal)).ToList();
        Assert.True(diagnostics.Count == 1, "expected exactly one diagnostic, got:\n" + string.Join("\n", diagnostics));
        var diagnostic = diagnostics[0];
        Assert.Equal("ADCME026", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.EndsWith("docs/diagnostics/ADCME026.md", diagnostic.Descriptor.HelpLinkUri, StringComparison.Ordinal);
        var span = diagnostic.Location.SourceSpan;
        Assert.Equal(expectedText, source.Substring(span.Start, span.Length));
        Assert.Contains(expectedReason, diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("'F' is [Checkpointed]", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(result.Sources, s => s.HintName.Contains(".F.", StringComparison.Ordinal));
    }

    [Fact]
    public void WhileLoopIsNotAForLoop()
        => Reported("        for (; x < 10;) x = x * 2;\n        return x;", "double x", "for", "one int index");

    [Fact]
    public void ConditionMustBeLessThan()
        => Reported("        for (var k = 0; k <= n; k++) x = x * 0.5;\n        return x;", "double x, int n", "for", "the condition 'k < b'");

    [Fact]
    public void StepMustBeIncrement()
        => Reported("        for (var k = 0; k < n; k += 2) x = x * 0.5;\n        return x;", "double x, int n", "for", "the step 'k++'");

    [Fact]
    public void IndexAssignedInBody()
        => Reported("        for (var k = 0; k < n; k++) { x = x * 0.5; k = k + 0; }\n        return x;", "double x, int n", "for", "its index 'k' is assigned in the body");

    [Fact]
    public void BoundAssignedInBody()
        => Reported("        for (var k = 0; k < n; k++) { x = x * 0.5; n = n - 1; }\n        return x;", "double x, int n", "for", "its bound uses 'n', which the body assigns");

    [Fact]
    public void BoundCallsAMethod()
        => Reported("        for (var k = 0; k < Math.Max(n, 2); k++) x = x * 0.5;\n        return x;", "double x, int n", "for", "calls a method");

    [Fact]
    public void BreakInBody()
        => Reported("        for (var k = 0; k < n; k++) { x = x * 0.5; if (x < 1) break; }\n        return x;", "double x, int n", "for", "it breaks out");

    [Fact]
    public void ReturnInBody()
        => Reported("        for (var k = 0; k < n; k++) { x = x * 0.5; if (x < 1) return x; }\n        return x;", "double x, int n", "for", "it returns from inside");

    [Fact]
    public void OrderedPrimitiveInBody()
        => Reported("        for (var k = 0; k < n; k++) x = Effects.Tick(x) * 0.5;\n        return x;", "double x, int n", "for", "an ordered primitive");

    [Fact]
    public void DifferentiableCallInBody()
        => Reported("        for (var k = 0; k < n; k++) x = Other.G(x) * 0.5;\n        return x;", "double x, int n", "for", "another [Differentiable] method");

    [Fact]
    public void ReassignedArray()
        => Reported("        var u = new double[3];\n        for (var k = 0; k < n; k++) { var next = new double[3]; next[0] = u[0] + x; u = next; }\n        return u[0];",
            "double x, int n", "for", "it assigns the double[] 'u'");

    [Fact]
    public void NoLoop()
        => Reported("        return x * x;", "double x", "F", "no for loop outside other loops");

    [Fact]
    public void NegativeSnapshots()
        => Reported("        for (var k = 0; k < n; k++) x = x * 0.5;\n        return x;", "double x, int n", "F", "Snapshots is -3", "Checkpointed(Snapshots = -3)");

    /// <summary>Loops nested in the checkpointed loop, while loops elsewhere, continue and arrays updated in place are fine.</summary>
    [Fact]
    public void AcceptedForms()
    {
        var source = Usings + "public static partial class Model\n{\n    [Differentiable, Checkpointed]\n    public static double F(double x, double[] a, int n)\n    {\n"
            + "        var u = new double[a.Length];\n        var j = 0;\n        while (j < 2) { x = x * 1.1; j++; }\n"
            + "        for (var k = 0; k < n - 1; ++k)\n        {\n            if (k == 1) continue;\n"
            + "            for (var i = 0; i < u.Length; i++) u[i] = u[i] * 0.5 + a[i] * x;\n            x = x + u[0];\n        }\n        return x;\n    }\n}\n";
        var result = GeneratorHarness.Run(source);
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
    }
}
