namespace Adcme.Generators.Tests;

/// <summary>What an IDE feeds the generator on every keystroke: half-typed and malformed code. The generator
/// must never throw (an exception would disable it in the user's IDE).</summary>
public class RobustnessTests
{
    public static TheoryData<string> Malformed() => new()
    {
        "[Differentiable] public static double F(double x) => x;",
        "public static partial class C { [Differentiable] public static double F(double x) { return x * } }",
        "public static partial class C { [Differentiable] public static double F(double x) { return x * x; }",
        "public static partial class C { [Differentiable] public static double F(double x) => Unknown(x); }",
        "public static partial class C { [Differentiable] public static double F(Unknown x) => x; }",
        "public static partial class C { [Differentiable] public static Unknown F(double x) => x; }",
        "public static partial class C { [Differentiable] public static double F(double x) { var y = ; return y; } }",
        "public static partial class C { [Differentiable] public static double F(double x) { for (int i = 0; i < ; i++) x += 1; return x; } }",
        "public static partial class C { [Differentiable] public static double F(double x) { while (x > 1) { x = x / 2; return; } }",
        "public static partial class C { [Differentiable] public static double F(double x) { if (x) return 1; } }",
        "public static partial class C { [Differentiable] public static double F(double x) { double[] a = new double[]; return a[0]; } }",
        "public static partial class C { [Differentiable] public static double F(double x) { return Math.Sin(); } }",
        "public static partial class C { [Differentiable] public static double F(double x) { return Math.Sinn(x); } }",
        "public static partial class C { [Differentiable] public static double F(double x) { break; } }",
        "public static partial class C { [Differentiable] public static double F(double x) { continue; return x; } }",
        "public static partial class C { [Differentiable] public static double F(double x) { return x[0]; } }",
        "public static partial class C { [Differentiable] public static double F(double x) { x.Length = 2; return x; } }",
        "public static partial class C { [Differentiable] public static double F(double x, double x) => x; }",
        "public static partial class C { [Differentiable] public static double F() => 1.0; }",
        "public static partial class C { [Differentiable] public static double F(double x) => G(x); [Differentiable] public static double G(double y) => F(y); }",
        "public static partial class C { [Differentiable] double P => 1; }",
        "[Differentiable] public static partial class C { }",
        "public static partial class C { [Differentiable(1)] public static double F(double x) => x; }",
        "public static partial class C { [Differentiable] public static double F(double x) { double y; return y; } }",
        "public static partial class C { [Differentiable] public static double F(double x) { var a = new double[2] { x }; return a[0]; } }",
        "public static partial class C { [Differentiable] public static double F(double x) { int i = x; return i; } }",
        "public static partial class C { [Differentiable] public static double F(double x) { x += \"a\"; return x; } }",
        "public static partial class C { [Differentiable] public static double F(double x) { return x switch { > 0 => x, _ => -x }; } }",
        "public static partial class C { [Differentiable] public static double F(double x) { return x is > 0 ? x : -x; } }",
        "public static partial class C { [Differentiable] public static double F(double x) { var s = $\"{x}\"; return x; } }",
        "public static partial class C { [Differentiable] public static double F(double x) { return (x, x).Item1; } }",
        "public static partial class C { [Differentiable] public static double F(double x) { throw new Exception(); } }",
        "public static partial class C { [Differentiable] public static double F(double x) { lock (new object()) { } return x; } }",
        "public static partial class C { [Differentiable] public static double F(double x) { checked { x = x * 2; } return x; } }",
        "public static partial class C { [Differentiable] public static double F(params double[] x) => x[0]; }",
        "public static partial class C { [Differentiable] public static double F(out double x) { x = 1; return x; } }",
        "public static partial class C<T> { [Differentiable] public static double F(double x) => x; }",
        "public partial record R(double A) { [Differentiable] public static double F(double x) => x * x; }",
        "public partial interface I { [Differentiable] static double F(double x) => x * x; }",
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void MalformedInputNeverThrows(string source)
    {
        var result = GeneratorHarness.Run("using System; using Adcme;\n" + source);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id is "CS8785" or "AD0001" or "ADCME013");
    }

    /// <summary>Every prefix of every shared case file (at a stride), as if typed left to right.</summary>
    [Fact]
    public void TypingTheCasesCharacterByCharacterNeverThrows()
    {
        var runs = 0;
        foreach (var (_, source) in GeneratorHarness.Cases())
        {
            for (var length = 0; length < source.Length; length += 61)
            {
                var result = GeneratorHarness.Run(GeneratorHarness.GlobalUsings, source[..length]);
                Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id is "CS8785" or "AD0001" or "ADCME013");
                runs++;
            }
        }
        Assert.True(runs > 100, $"only {runs} prefixes were tried");
    }
}
