namespace Adcme.CodeFixes.Tests;

/// <summary>ADCME004 for a parameter of a type that cannot be differentiated → <c>[NoDerivative]</c>.</summary>
public class NoDerivativeTests
{
    [Fact]
    public Task AStringParameterIsMarked() => CodeFixTest<NoDerivativeCodeFix>.Check("""
        using Adcme;

        public static partial class Model
        {
            [Differentiable]
            public static double Loss(double x, {|ADCME004:string label|}) => x * x;
        }
        """, """
        using Adcme;

        public static partial class Model
        {
            [Differentiable]
            public static double Loss(double x, [NoDerivative] string label) => x * x;
        }
        """);

    [Fact]
    public Task WithoutUsingAdcmeTheNameIsQualified() => CodeFixTest<NoDerivativeCodeFix>.Check("""
        public static partial class Model
        {
            [Adcme.Differentiable]
            public static double Loss(double x, {|ADCME004:decimal rate|}) => x;
        }
        """, """
        public static partial class Model
        {
            [Adcme.Differentiable]
            public static double Loss(double x, [Adcme.NoDerivative] decimal rate) => x;
        }
        """);

    [Fact]
    public Task AParameterWithAnAttributeGetsASecondOne() => CodeFixTest<NoDerivativeCodeFix>.Check("""
        using System.Diagnostics.CodeAnalysis;
        using Adcme;

        public static partial class Model
        {
            [Differentiable]
            public static double Loss(double x, {|ADCME004:[NotNull] object settings|}) => x;
        }
        """, """
        using System.Diagnostics.CodeAnalysis;
        using Adcme;

        public static partial class Model
        {
            [Differentiable]
            public static double Loss(double x, [NotNull] [NoDerivative] object settings) => x;
        }
        """);

    [Fact]
    public Task NotOfferedForARefParameter()
    {
        const string source = """
            using Adcme;

            public static partial class Model
            {
                [Differentiable]
                public static double Loss(double x, {|ADCME004:ref double y|}) => x;
            }
            """;
        return CodeFixTest<NoDerivativeCodeFix>.Check(source, source);
    }
}
