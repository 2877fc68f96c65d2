using Adcme.Generators.Parsing;
using Microsoft.CodeAnalysis;

namespace Adcme.Generators.Tests;

/// <summary>One test per diagnostic: its id, and the exact source text it points at.</summary>
public class DiagnosticTests
{
    private const string Usings = "using System; using Adcme;\n";

    private static Diagnostic Single(string source, string id)
    {
        _lastSource = Usings + source;
        var result = GeneratorHarness.Run(Usings + source);
        var diagnostics = result.GeneratorDiagnostics.Where(d => d.Id.StartsWith("ADCME", StringComparison.Ordinal)).ToList();
        Assert.True(diagnostics.Count == 1, "expected exactly one diagnostic, got:\n" + string.Join("\n", diagnostics));
        var diagnostic = diagnostics[0];
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.EndsWith("docs/diagnostics/" + id + ".md", diagnostic.Descriptor.HelpLinkUri, StringComparison.Ordinal);
        Assert.Empty(result.Sources); // nothing is generated for a method with errors
        return diagnostic;
    }

    [ThreadStatic] private static string? _lastSource;

    private static void AssertLocated(Diagnostic diagnostic, string expectedText, int expectedLine)
    {
        var span = diagnostic.Location.SourceSpan;
        Assert.EndsWith("Source0.cs", diagnostic.Location.GetLineSpan().Path, StringComparison.Ordinal);
        var text = _lastSource!.Substring(span.Start, span.Length);
        Assert.Equal(expectedText, text);
        Assert.Equal(expectedLine, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void ADCME001_ContainingTypeNotPartial()
    {
        var d = Single("public static class Model\n{\n    [Differentiable] public static double F(double x) => x * x;\n}", "ADCME001");
        AssertLocated(d, "F", 3);
        Assert.Contains("'Model'", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void ADCME001_OuterTypeNotPartial()
    {
        var d = Single("public class Outer\n{\n    public static partial class Inner\n    {\n        [Differentiable] public static double F(double x) => x;\n    }\n}", "ADCME001");
        AssertLocated(d, "F", 5);
        Assert.Contains("'Outer'", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void ADCME002_MethodNotStatic()
    {
        var d = Single("public partial class Model\n{\n    [Differentiable] public double F(double x) => x * x;\n}", "ADCME002");
        AssertLocated(d, "F", 3);
    }

    [Fact]
    public void ADCME003_UnsupportedReturnType()
    {
        var d = Single("public static partial class Model\n{\n    [Differentiable] public static int F(double x) => (int)x;\n}", "ADCME003");
        AssertLocated(d, "int", 3);
    }

    [Theory]
    [InlineData("string label", "string label")]
    [InlineData("ref double y", "ref double y")]
    [InlineData("decimal y", "decimal y")]
    [InlineData("double dX", "double dX")]
    [InlineData("double X", "double X")]
    public void ADCME004_UnsupportedParameter(string parameter, string located)
    {
        var d = Single("public static partial class Model\n{\n    [Differentiable] public static double F(double x, " + parameter + ") => x;\n}", "ADCME004");
        AssertLocated(d, located, 3);
    }

    [Fact]
    public void ADCME004_NoDerivativeMakesAnyTypePassThrough()
    {
        var result = GeneratorHarness.Run(Usings + "public static partial class Model\n{\n    [Differentiable] public static double F(double x, [NoDerivative] string label) => x;\n}");
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Theory]
    [InlineData("try { y = x; } finally { }", "try { y = x; } finally { }", "try statement")]
    [InlineData("Func<double, double> f = v => v; y = x;", "v => v", "lambda expression")]
    [InlineData("double G(double v) => v; y = x;", "double G(double v) => v;", "local function")]
    [InlineData("switch (1) { default: y = x; break; }", "switch (1) { default: y = x; break; }", "switch statement")]
    [InlineData("foreach (var c in \"ab\") y += x;", "foreach (var c in \"ab\") y += x;", "foreach loop over 'string'")]
    [InlineData("ref double r = ref x; y = r;", "r = ref x", "ref local")]
    [InlineData("y = x > 0 ? x : throw new ArgumentException();", "throw new ArgumentException()", "throw expression")]
    public void ADCME005_UnsupportedStatement(string statement, string located, string description)
    {
        var d = Single("public static partial class Model\n{\n    [Differentiable] public static double F(double x)\n    {\n        double y = 0;\n        " + statement + "\n        return y;\n    }\n}", "ADCME005");
        AssertLocated(d, located, 6);
        Assert.Contains(description, d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void AMultiLineExpressionIsQuotedWholeOnOneLine()
    {
        // Build logs show a message up to its first line break: the switch expression's text is quoted on one line.
        var source = Usings + "public static partial class Model\n{\n    [Differentiable] public static double F(double x, int mode)\n    {\n        var y = mode switch\n        {\n            0 => x,\n            1 => x * x,\n        };\n        return y;\n    }\n}";
        var diagnostic = GeneratorHarness.Run(source).GeneratorDiagnostics.First(d => d.Id.StartsWith("ADCME", StringComparison.Ordinal));
        var message = diagnostic.GetMessage();
        Assert.DoesNotContain("\n", message, StringComparison.Ordinal);
        Assert.Contains("mode switch { 0 => x, 1 => x * x, }", message, StringComparison.Ordinal);
    }

    [Fact]
    public void VeryLongQuotedTextIsShortenedInTheMiddle()
    {
        var text = string.Join(" + ", Enumerable.Range(0, 60).Select(i => "x" + i));
        var line = Adcme.Generators.Diagnostics.DiagnosticDescriptors.OneLine(text);
        Assert.True(line.Length <= 160, line);
        Assert.StartsWith("x0 + x1 + ", line, StringComparison.Ordinal);
        Assert.EndsWith("+ x58 + x59", line, StringComparison.Ordinal);
        Assert.Contains(" … ", line, StringComparison.Ordinal);
        Assert.Equal("a b", Adcme.Generators.Diagnostics.DiagnosticDescriptors.OneLine("a\r\n        b"));
    }

    private static string Method(string body, string parameters = "double x") => "public static partial class Model\n{\n"
        + "    static readonly double[] Table = { 1.0, 2.0 };\n    static double[] Mutable = { 1.0 };\n"
        + "    [Differentiable] public static double F(" + parameters + ")\n    {\n        " + body + "\n    }\n}";

    [Fact]
    public void OneErrorForAParamsParameter()
    {
        var d = Single(Method("return x * v[0] + v.Length;", "double x, params double[] v"), "ADCME004");
        AssertLocated(d, "params double[] v", 5);
        Assert.Contains("remove 'params'", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void OneErrorForAParameterOfAnUnsupportedType()
    {
        var d = Single(Method("return x * s.Length + s.GetHashCode();", "double x, string s"), "ADCME004");
        AssertLocated(d, "string s", 5);
        Assert.Contains("[NoDerivative]", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void OneErrorForACallToADifferentiableMethodWithParams()
    {
        var source = "public static partial class Model\n{\n    [Differentiable] public static double Sum(params double[] v) => v[0];\n"
            + "    [Differentiable] public static double F(double x) => Sum(x, x) + Sum(x);\n}";
        var d = Single(source, "ADCME004");
        AssertLocated(d, "params double[] v", 3);
    }

    [Theory]
    [InlineData("static double G(double v) => v * v;\n        return G(x) + G(2 * x);", "static double G(double v) => v * v;")]
    [InlineData("double G(double v) => v * x;\n        return G(x);", "double G(double v) => v * x;")]
    [InlineData("var y = G(x);\n        return y;\n        static double G(double v) => v * v;", "static double G(double v) => v * v;")]
    public void OneErrorForALocalFunctionThatSaysWhatToWriteInstead(string body, string located)
    {
        var d = Single(Method(body), "ADCME005");
        Assert.Equal(located, _lastSource!.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length));
        Assert.Contains("private static [Differentiable] method of the class", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void OneErrorForALambdaAndTheCallsOfItsDelegate()
    {
        var d = Single(Method("Func<double, double> f = v => v * v;\n        return f(x) + f(1.0);"), "ADCME005");
        AssertLocated(d, "v => v * v", 7);
        Assert.DoesNotContain("mark it [Differentiable]", d.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Console.WriteLine(x);", "Console.WriteLine(x)", "call it outside the differentiable method")]
    [InlineData("y = Math.Round(x, MidpointRounding.ToZero);", "Math.Round(x, MidpointRounding.ToZero)", "write it with supported Math functions")]
    public void ADCME007_NeverSuggestsDifferentiableForWhatCannotCarryIt(string statement, string located, string fix)
    {
        var d = Single(Method("double y = 0;\n        " + statement + "\n        return y;"), "ADCME007");
        AssertLocated(d, located, 8);
        Assert.Contains(fix, d.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain("mark it [Differentiable]", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void ADCME007_ACallThroughADelegate()
    {
        var d = Single(Method("return f(x);", "double x, [NoDerivative] Func<double, double> f"), "ADCME007");
        AssertLocated(d, "f(x)", 7);
        Assert.Contains("call a [Differentiable] method directly", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void ADCME008_AWriteIntoAStaticReadonlyTable()
    {
        var d = Single(Method("Table[0] = x;\n        return x * Table[1];"), "ADCME008");
        AssertLocated(d, "Table[0]", 7);
        Assert.Contains("read-only data", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void ADCME010_AWriteIntoAStaticReadonlyTableThroughALocal()
    {
        var d = Single(Method("var t = Table;\n        t[0] = x;\n        return x * t[1];"), "ADCME010");
        AssertLocated(d, "t[0]", 8);
    }

    [Theory]
    [InlineData("return x * Mutable[0];", "Mutable", "make it 'static readonly', or pass 'Mutable' as a [NoDerivative] double[] parameter")]
    [InlineData("return x switch { < 0.0 => -x, > 0.0 => x };", "x switch { < 0.0 => -x, > 0.0 => x }", "end it with a discard arm")]
    [InlineData("return x switch { double d when d > 1 => d, _ => x };", "double d", "declares a variable")]
    [InlineData("var p = (x, 2.0);\n        return x;", "p = (x, 2.0)", "are not supported")]
    [InlineData("var r = new Random(1);\n        return x;", "r = new Random(1)", "are not supported")]
    [InlineData("return x is > 0 ? x : -x;", "x is > 0", "compare with ==, <, >")]
    [InlineData("return x + nameof(x).Length;", "nameof(x).Length", "pass the value as a parameter")]
    public void ADCME006_SaysWhatToWriteInstead(string body, string located, string fix)
    {
        var d = Single(Method(body), "ADCME006");
        AssertLocated(d, located, 7);
        Assert.Contains(fix, d.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain("Reference)", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void ADCME005_GotoAndItsLabelAreBothReported()
    {
        var source = Usings + "public static partial class Model\n{\n    [Differentiable] public static double F(double x)\n    {\n        goto end;\n        end: x = x * 2;\n        return x;\n    }\n}";
        var diagnostics = GeneratorHarness.Run(source).GeneratorDiagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.Equal(["ADCME005", "ADCME005"], diagnostics.Select(d => d.Id));
        Assert.Equal("goto end;", source.Substring(diagnostics[0].Location.SourceSpan.Start, diagnostics[0].Location.SourceSpan.Length));
        Assert.Contains("labeled statement", diagnostics[1].GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void ADCME005_UnsafeBlock()
    {
        var d = Single("public static partial class Model\n{\n    [Differentiable] public static double F(double x)\n    {\n        unsafe { x = x * 2; }\n        return x;\n    }\n}", "ADCME005");
        AssertLocated(d, "unsafe { x = x * 2; }", 5);
    }

    [Theory]
    [InlineData("var pair = (x, x);", "pair = (x, x)")]
    [InlineData("long big = (long)x;", "big = (long)x")]
    [InlineData("for (long i = 0; i < 3; i++) x += 1;", "i = 0")]
    public void ADCME006_UnsupportedExpression(string statement, string located)
    {
        var d = Single("public static partial class Model\n{\n    [Differentiable] public static double F(double x)\n    {\n        " + statement + "\n        return x;\n    }\n}", "ADCME006");
        AssertLocated(d, located, 5);
    }

    [Fact]
    public void ADCME006_UserDefinedOperator()
    {
        var d = Single("public static partial class Model\n{\n    [Differentiable] public static double F(double x)\n    {\n        var t = TimeSpan.Zero + TimeSpan.Zero;\n        return x;\n    }\n}", "ADCME006");
        AssertLocated(d, "t = TimeSpan.Zero + TimeSpan.Zero", 5);
    }

    [Fact]
    public void ADCME007_NoDerivativeForCall()
    {
        var d = Single("public static partial class Model\n{\n    [Differentiable] public static double F(double x)\n    {\n        Console.WriteLine(x);\n        return x;\n    }\n}", "ADCME007");
        AssertLocated(d, "Console.WriteLine(x)", 5);
    }

    [Fact]
    public void ADCME007_NamesTheCallee()
    {
        var d = Single("public static partial class Model\n{\n    [Differentiable] public static double F(double x) => Helper(x);\n    static double Helper(double v) => v;\n}", "ADCME007");
        Assert.Contains("Helper", d.GetMessage(), StringComparison.Ordinal);
        AssertLocated(d, "Helper(x)", 3);
    }

    [Fact]
    public void ADCME008_WriteToField()
    {
        var d = Single("public static partial class Model\n{\n    static double Last;\n    [Differentiable] public static double F(double x)\n    {\n        Last = x;\n        return x;\n    }\n}", "ADCME008");
        AssertLocated(d, "Last", 6);
    }

    [Fact]
    public void ADCME009_GenericMethod()
    {
        var d = Single("public static partial class Model\n{\n    [Differentiable] public static double F<T>(double x) => x;\n}", "ADCME009");
        AssertLocated(d, "F", 3);
    }

    [Fact]
    public void ADCME010_WriteIntoParameterArray()
    {
        var d = Single("public static partial class Model\n{\n    [Differentiable] public static double F(double[] a)\n    {\n        var alias = a;\n        alias[0] = 2 * a[1];\n        return a[0];\n    }\n}", "ADCME010");
        AssertLocated(d, "alias[0]", 6);
    }

    [Fact]
    public void ADCME011_MissingBody()
    {
        var d = Single("public static partial class Model\n{\n    [Differentiable] public static extern double F(double x);\n}", "ADCME011");
        AssertLocated(d, "F", 3);
    }

    [Fact]
    public void ADCME012_ActiveLoopCondition()
    {
        var d = Single("public static partial class Model\n{\n    [Differentiable] public static double F(double x)\n    {\n        while ((x = x * 0.5) > 1) { }\n        return x;\n    }\n}", "ADCME012");
        AssertLocated(d, "while ((x = x * 0.5) > 1) { }", 5);
    }

    [Fact]
    public void ADCME013_InternalErrorIsReportedNotThrown()
    {
        MethodParser.FaultInjectionMethodName = "FailsInsideTheGenerator";
        var d = Single("public static partial class Model\n{\n    [Differentiable] public static double FailsInsideTheGenerator(double x) => x;\n}", "ADCME013");
        AssertLocated(d, "FailsInsideTheGenerator", 3);
        Assert.Contains("fault injected by a test", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void ADCME014_PrimitiveRuleSignature()
    {
        var source = "public static class Kernels\n{\n    [Primitive(nameof(Twice_Pullback), \"Twice_Tangent\")]\n    public static double Twice(double x) => 2 * x;\n"
            + "    public static void Twice_Pullback(double x, double result, double seed, ref double dX) => dX += 2 * seed;\n}";
        var d = Single(source, "ADCME014");
        AssertLocated(d, "Twice", 4);
        Assert.Contains("static double Twice_Tangent(double, double, double)", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void ADCME022_RuleWithTheWrongNumberOfParameters()
    {
        // The pullback lacks its result parameter: located at its parameter list, with the signature expected.
        var source = "public static class Kernels\n{\n    [Primitive(nameof(Twice_Pullback), nameof(Twice_Tangent))]\n    public static double Twice(double x) => 2 * x;\n"
            + "    public static void Twice_Pullback(double x, double seed, ref double dX) => dX += 2 * seed;\n"
            + "    public static double Twice_Tangent(double x, double dX, double result) => 2 * dX;\n}";
        var d = Single(source, "ADCME022");
        AssertLocated(d, "(double x, double seed, ref double dX)", 5);
        Assert.Equal("Rule 'Twice_Pullback' of primitive 'Kernels.Twice(double)' takes 3 parameter(s); it must take 4: 'static void Twice_Pullback(double, double, double, ref double)'",
            d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ADCME014_IsAlsoReportedWhereTheBrokenPrimitiveIsCalled()
    {
        var source = Usings + "public static class Kernels\n{\n    [Primitive(\"Missing\", \"Missing\")]\n    public static double Twice(double x) => 2 * x;\n}\n"
            + "public static partial class Model\n{\n    [Differentiable] public static double F(double x) => Kernels.Twice(x);\n}";
        var diagnostics = GeneratorHarness.Run(source).GeneratorDiagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.Equal(["ADCME014", "ADCME014"], diagnostics.Select(d => d.Id));
        Assert.Equal("Kernels.Twice(x)", source.Substring(diagnostics[1].Location.SourceSpan.Start, diagnostics[1].Location.SourceSpan.Length));
    }

    [Fact]
    public void ADCME014_APrimitiveReturningAnArrayIsRejectedWhereItIsCalled()
    {
        // Its adjoint would be an array seed that generated code has no rule to make or clear (it crashed in reverse mode).
        var source = Usings + "public static class Kernels\n{\n    [Primitive(nameof(Twice_Pullback), nameof(Twice_Tangent))]\n"
            + "    public static double[] Twice(double[] v) => (double[])v.Clone();\n"
            + "    public static void Twice_Pullback(double[] v, double[] result, double[] seed, ref double[] dV) { }\n"
            + "    public static double[] Twice_Tangent(double[] v, double[] dV, double[] result) => dV;\n}\n"
            + "public static partial class Model\n{\n    [Differentiable] public static double F(double[] x) { var w = Kernels.Twice(x); return w[0]; }\n}";
        var diagnostics = GeneratorHarness.Run(source).GeneratorDiagnostics.ToList();
        var d = Assert.Single(diagnostics);
        Assert.Equal("ADCME014", d.Id);
        Assert.Equal("Kernels.Twice(x)", source.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length));
        Assert.Contains("'double[]' cannot be differentiated", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void ADCME016_AFileLocalContainingType()
    {
        var d = Single("file static partial class Model\n{\n    [Differentiable]\n    public static double Square(double x) => x * x;\n}", "ADCME016");
        AssertLocated(d, "Square", 4);
        Assert.Contains("'Model' is file-local", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void AUserPrimitiveWithCorrectRulesIsUsed()
    {
        var source = "public static class Kernels\n{\n    [Primitive(nameof(Twice_Pullback), nameof(Twice_Tangent))]\n    public static double Twice(double x) => 2 * x;\n"
            + "    public static void Twice_Pullback(double x, double result, double seed, ref double dX) => dX += 2 * seed;\n"
            + "    public static double Twice_Tangent(double x, double dX, double result) => 2 * dX;\n}\n"
            + "public static partial class Model\n{\n    [Differentiable] public static double F(double x) => Kernels.Twice(x * x);\n}";
        var result = GeneratorHarness.Run(Usings + source);
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Contains("Kernels.Twice_Pullback(", result.Sources.Single().SourceText.ToString(), StringComparison.Ordinal);
    }

    private const string DroppedSource = "public static partial class Model\n{\n    [Differentiable]\n"
        + "    public static double F(Tensor x, double theta) => Tensor.Sum(Tensor.Pow(x, theta * 2.0));\n}";

    [Fact]
    public void ADCME015_DerivativeDropped()
    {
        _lastSource = Usings + DroppedSource;
        var result = GeneratorHarness.Run(Usings + DroppedSource);
        var warning = Assert.Single(result.GeneratorDiagnostics, d => d.Id.StartsWith("ADCME", StringComparison.Ordinal));
        Assert.Equal("ADCME015", warning.Id);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.False(warning.IsSuppressed);
        Assert.EndsWith("docs/diagnostics/ADCME015.md", warning.Descriptor.HelpLinkUri, StringComparison.Ordinal);
        AssertLocated(warning, "theta * 2.0", 4);
        Assert.Contains("'exponent'", warning.GetMessage(), StringComparison.Ordinal);
        // A warning does not stop the code: the derivatives are generated (without that path).
        Assert.Single(result.Sources);
    }

    [Theory]
    [InlineData("public static double F(Tensor x, [NoDerivative] double theta) => Tensor.Sum(Tensor.Pow(x, theta * 2.0));")]
    [InlineData("public static double F(Tensor x, double theta) => Tensor.Sum(Tensor.Pow(x, 2.0)) + theta;")]
    [InlineData("public static double F(Tensor x, double theta) { var unused = Tensor.Pow(x, theta); return Tensor.Sum(x) * theta; }")]
    [InlineData("public static double F(Tensor u, double theta) => Tensor.Sum(Stencils.Laplacian(u, 0.1) * theta);")]
    public void ADCME015_NotForValuesThatDoNotVaryOrDoNotMatter(string method)
    {
        var result = GeneratorHarness.Run(Usings + "public static partial class Model\n{\n    [Differentiable]\n    " + method + "\n}");
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id.StartsWith("ADCME", StringComparison.Ordinal));
        Assert.Single(result.Sources);
    }

    [Fact]
    public void ADCME015_CanBeSilencedWithAPragma()
    {
        var source = Usings + "public static partial class Model\n{\n    [Differentiable]\n#pragma warning disable ADCME015\n"
            + "    public static double F(Tensor x, double theta) => Tensor.Sum(Tensor.Pow(x, theta * 2.0));\n#pragma warning restore ADCME015\n}";
        var result = GeneratorHarness.Run(source);
        Assert.DoesNotContain(result.CompilerDiagnostics, d => d.Id == "ADCME015" && !d.IsSuppressed);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "ADCME015" && !d.IsSuppressed);
    }

    [Fact]
    public void EveryDescriptorHasADocsPageAndAReleaseEntry()
    {
        var root = FindRepositoryRoot();
        var unshipped = File.ReadAllText(Path.Combine(root, "Adcme.Generators", "AnalyzerReleases.Unshipped.md"));
        foreach (var descriptor in Diagnostics.DiagnosticDescriptors.All)
        {
            var page = Path.Combine(root, "docs", "diagnostics", descriptor.Id + ".md");
            Assert.True(File.Exists(page), "missing " + page);
            // A link an IDE can open, to that page, the same for every descriptor.
            Assert.Equal(Diagnostics.DiagnosticDescriptors.HelpLinkBase + descriptor.Id + ".md", descriptor.HelpLinkUri);
            Assert.True(Uri.TryCreate(descriptor.HelpLinkUri, UriKind.Absolute, out var link) && link.Scheme == Uri.UriSchemeHttps, descriptor.HelpLinkUri);
            Assert.EndsWith("/docs/diagnostics/" + descriptor.Id + ".md", link.AbsolutePath, StringComparison.Ordinal);
            var text = File.ReadAllText(page);
            Assert.Contains("Invalid", text, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("Valid", text, StringComparison.Ordinal);
            Assert.Contains(descriptor.Id + " |", unshipped, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void PartialMethodDeclarationDifferentiatesItsImplementation()
    {
        var result = GeneratorHarness.Run(Usings + "public static partial class Model\n{\n    [Differentiable] public static partial double F(double x);\n    public static partial double F(double x) => x * x;\n}");
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Single(result.Sources);
        Assert.Empty(result.CompilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    internal static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Adcme.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Adcme.sln not found above " + AppContext.BaseDirectory);
    }
}
