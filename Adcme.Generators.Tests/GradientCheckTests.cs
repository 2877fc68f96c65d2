using Adcme.Testing;
using Microsoft.CodeAnalysis;

namespace Adcme.Generators.Tests;

/// <summary>[GradientCheck] declarations (issue 16): the descriptor and checks the generator writes, and a located error
/// for each bad point (ADCME018–ADCME021) and each mismatch in a primitive rule's signature (ADCME022–ADCME024).</summary>
public class GradientCheckTests
{
    private const string Usings = "using System; using Adcme;\n";

    private const string Checked = """
        namespace Sample
        {
            public static partial class Model
            {
                [Differentiable]
                [GradientCheck(2.0, 0.5)]
                [GradientCheck(1, -3.25, Tolerance = 1e-7)]
                public static double Loss(double x, double y) => x * x * y + Math.Sin(y);

                [Differentiable, GradientCheck(Point = nameof(Field), TimeLimitSeconds = 5)]
                public static double Energy(Tensor u, [NoDerivative] int power, float scale) => scale * Tensor.Sum(u * u) * power;

                private static (Tensor, int, float) Field => (Tensor.FromArray([1.0, 2.0]), 2, 0.5f);

                private static partial class Inner
                {
                    [Differentiable, GradientCheck(Point = nameof(Values))]
                    public static double Norm(double[] v) => v[0] * v[0] + v[1] * v[1];

                    private static double[] Values() => [3.0, 4.0];
                }
            }

            public static class Kernels
            {
                [Primitive(nameof(Cube_Pullback), nameof(Cube_Tangent))]
                [GradientCheck(1.5), GradientCheck(-0.5)]
                public static double Cube(double x) => x * x * x;

                public static void Cube_Pullback(double x, double result, double seed, ref double dX) => dX += 3 * x * x * seed;

                public static double Cube_Tangent(double x, double dX, double result) => 3 * x * x * dX;
            }
        }
        """;

    [Fact]
    public void DescriptorsAndChecksAreGeneratedAndCompile()
    {
        var result = GeneratorHarness.Run(Usings + Checked);
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        foreach (var source in result.Sources.Where(s => s.HintName is "Sample.Model.Loss.g.cs" or "Sample.Model.Inner.Norm.g.cs" or "Sample.Kernels.Cube.GradientChecks.g.cs"))
        {
            var text = source.SourceText.ToString();
            Snapshot.Match("GradientCheck#" + source.HintName, "cs", OnlyRegistration(text, source.HintName));
        }
    }

    /// <summary>The registration part of a generated file (the derivatives have snapshots of their own).</summary>
    private static string OnlyRegistration(string text, string hint)
    {
        if (hint.EndsWith(".GradientChecks.g.cs", StringComparison.Ordinal)) return text;
        var start = text.IndexOf("    /// <summary>Registers the descriptor", StringComparison.Ordinal);
        return start < 0 ? text : text[start..];
    }

    /// <summary>The one ADCME diagnostic of <paramref name="source"/>, its id, and the text and line it points at.</summary>
    private static Diagnostic Located(string source, string id, string text, int line)
    {
        var full = Usings + source;
        var result = GeneratorHarness.Run(full);
        var diagnostic = Assert.Single(result.GeneratorDiagnostics.Where(d => d.Id.StartsWith("ADCME", StringComparison.Ordinal)));
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.EndsWith("docs/diagnostics/" + id + ".md", diagnostic.Descriptor.HelpLinkUri, StringComparison.Ordinal);
        var span = diagnostic.Location.SourceSpan;
        Assert.Equal(text, full.Substring(span.Start, span.Length));
        Assert.Equal(line, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        // The derivatives are still generated, and compile: only the bad check is left out.
        Assert.Empty(result.CompilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        return diagnostic;
    }

    private static string Message(Diagnostic d) => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void ADCME018_InlinePointWithTooFewValues()
    {
        var d = Located("public static partial class M\n{\n    [Differentiable, GradientCheck(2.0)]\n    public static double F(double x, double y) => x * y;\n}",
            "ADCME018", "GradientCheck(2.0)", 3);
        Assert.Equal("The [GradientCheck] point of 'F' has 1 value; 'F' takes 2 values: give one value per parameter, in order", Message(d));
    }

    [Fact]
    public void ADCME018_PointTupleWithTooManyElements()
    {
        var d = Located("public static partial class M\n{\n    [Differentiable, GradientCheck(Point = nameof(P))]\n    public static double F(Tensor u, double y) => Tensor.Sum(u) * y;\n"
            + "    static (Tensor, double, double) P => (Tensor.FromArray([1.0]), 2.0, 3.0);\n}", "ADCME018", "Point = nameof(P)", 3);
        Assert.Contains("has 3 values; 'F' takes 2 values", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void ADCME019_InlineValueOfTheWrongType()
    {
        var d = Located("public static partial class M\n{\n    [Differentiable, GradientCheck(2.0, \"three\")]\n    public static double F(double x, [NoDerivative] int n) => x * n;\n}",
            "ADCME019", "\"three\"", 3);
        Assert.Equal("The [GradientCheck] value 2 (\"three\") is of type 'string', but parameter 'n' of 'F' is 'int'", Message(d));
    }

    [Fact]
    public void ADCME019_TensorCannotBeInline()
    {
        var d = Located("public static partial class M\n{\n    [Differentiable, GradientCheck(1.0)]\n    public static double F(Tensor u) => Tensor.Sum(u);\n}",
            "ADCME019", "1.0", 3);
        Assert.Contains("give a Tensor through Point = nameof(…)", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void ADCME019_PointElementOfTheWrongType()
    {
        var d = Located("public static partial class M\n{\n    [Differentiable, GradientCheck(Point = nameof(P))]\n    public static double F(Tensor u, double y) => Tensor.Sum(u) * y;\n"
            + "    static (double[], double) P => (new[] { 1.0 }, 2.0);\n}", "ADCME019", "Point = nameof(P)", 3);
        Assert.Equal("The [GradientCheck] element 1 of 'P' is of type 'double[]', but parameter 'u' of 'F' is 'Adcme.Tensor'", Message(d));
    }

    [Fact]
    public void ADCME020_PointMemberMissing()
    {
        var d = Located("public static partial class M\n{\n    [Differentiable, GradientCheck(Point = \"Feild\")]\n    public static double F(Tensor u) => Tensor.Sum(u);\n"
            + "    static Tensor Field => Tensor.FromArray([1.0]);\n}", "ADCME020", "Point = \"Feild\"", 3);
        Assert.Contains("'M' has no static field, property or parameterless method of that name", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void ADCME021_MethodWithACommunicator()
    {
        var d = Located("public static partial class M\n{\n    [Differentiable, GradientCheck(2.0, null)]\n    public static double F(double x, Communicator comm) => comm.AllreduceSum(x * x);\n}",
            "ADCME021", "GradientCheck(2.0, null)", 3);
        Assert.Contains("it takes a Communicator", Message(d), StringComparison.Ordinal);
    }

    [Fact]
    public void ADCME023_AdjointThatIsNotRef()
    {
        var d = Located("public static class K\n{\n    [Primitive(nameof(P), nameof(T))]\n    public static double Twice(double x) => 2 * x;\n"
            + "    public static void P(double x, double result, double seed, out double dX) => dX = 2 * seed;\n"
            + "    public static double T(double x, double dX, double result) => 2 * dX;\n}", "ADCME023", "out double dX", 5);
        Assert.Equal("Parameter 'dX' of rule 'P' of primitive 'K.Twice(double)' must be 'ref' (the pullback adds into the adjoint): 'static void P(double, double, double, ref double)'",
            Message(d));
    }

    [Fact]
    public void ADCME024_EachWrongTypeIsItsOwnError()
    {
        // A float primitive whose pullback takes a double adjoint, and whose tangent returns double: two errors, each at its type.
        var source = Usings + "public static class K\n{\n    [Primitive(nameof(P), nameof(T))]\n    public static float Half(float x) => x / 2;\n"
            + "    public static void P(float x, float result, float seed, ref double dX) => dX += seed / 2;\n"
            + "    public static double T(float x, float dX, float result) => dX / 2;\n}";
        var diagnostics = GeneratorHarness.Run(source).GeneratorDiagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.Equal(["ADCME024", "ADCME024"], diagnostics.Select(d => d.Id));
        Assert.Equal("double", source.Substring(diagnostics[0].Location.SourceSpan.Start, diagnostics[0].Location.SourceSpan.Length));
        Assert.Equal(5, diagnostics[0].Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal("Parameter 'dX' of rule 'P' of primitive 'K.Half(float)' is 'double'; it must be 'float': 'static void P(float, float, float, ref float)'", Message(diagnostics[0]));
        Assert.Equal(6, diagnostics[1].Location.GetLineSpan().StartLinePosition.Line);
        Assert.StartsWith("The result of rule 'T' of primitive 'K.Half(float)' is 'double'; it must be 'float'", Message(diagnostics[1]), StringComparison.Ordinal);
    }
}
