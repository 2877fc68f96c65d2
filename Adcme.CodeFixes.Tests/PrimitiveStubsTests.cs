namespace Adcme.CodeFixes.Tests;

/// <summary>ADCME014 at a [Primitive] whose rules do not exist → stubs with the signatures the generator calls. The
/// source after the fix is analyzed again and must be clean: the generator's own check accepts the stubs.</summary>
public class PrimitiveStubsTests
{
    // nameof of a rule not yet written is a compiler error too, which the stubs end.
    [Fact]
    public Task AScalarPrimitiveGetsBothRules() => CodeFixTest<PrimitiveStubsCodeFix>.Check("""
        using System;
        using Adcme;

        public static class Kernels
        {
            [Primitive(nameof({|CS0103:Softplus_Pullback|}), nameof({|CS0103:Softplus_Tangent|}))]
            public static double {|ADCME014:Softplus|}(double x, [NoDerivative] double beta, int terms) => Math.Log(1 + Math.Exp(beta * x)) / beta;
        }
        """, """
        using System;
        using Adcme;

        public static class Kernels
        {
            [Primitive(nameof(Softplus_Pullback), nameof(Softplus_Tangent))]
            public static double Softplus(double x, [NoDerivative] double beta, int terms) => Math.Log(1 + Math.Exp(beta * x)) / beta;

            public static void Softplus_Pullback(double x, double beta, int terms, double result, double seed, ref double dX)
                => throw new NotImplementedException("TODO: add seed · ∂Softplus/∂x into each adjoint dX");

            public static double Softplus_Tangent(double x, double dX, double beta, int terms, double result)
                => throw new NotImplementedException("TODO: return the sum of ∂Softplus/∂x · dX over the differentiable parameters");
        }
        """);

    [Fact]
    public Task ATensorPrimitiveGetsNullableAdjointsAndOnlyTheMissingRule() => CodeFixTest<PrimitiveStubsCodeFix>.Check("""
        using Adcme;

        internal static class Kernels
        {
            [Primitive("ScaleP", "ScaleT")]
            internal static Tensor {|ADCME014:Scale|}(Tensor u, double[] weights) => u * weights[0];

            internal static void ScaleP(Tensor u, double[] weights, Tensor result, Tensor seed, ref Tensor? dU, ref double[] dWeights) { }
        }
        """, """
        using Adcme;

        internal static class Kernels
        {
            [Primitive("ScaleP", "ScaleT")]
            internal static Tensor Scale(Tensor u, double[] weights) => u * weights[0];

            internal static Tensor? ScaleT(Tensor u, Tensor? dU, double[] weights, double[] dWeights, Tensor result)
                => throw new System.NotImplementedException("TODO: return the sum of ∂Scale/∂x · dX over the differentiable parameters");

            internal static void ScaleP(Tensor u, double[] weights, Tensor result, Tensor seed, ref Tensor? dU, ref double[] dWeights) { }
        }
        """);

    [Fact]
    // A rule of that name with another signature is ADCME022 at the rule, not ADCME014: nothing to add.
    public Task NotOfferedWhereARuleOfThatNameExists()
    {
        const string source = """
            using Adcme;

            public static class Kernels
            {
                [Primitive(nameof(Twice_Pullback), nameof(Twice_Tangent))]
                public static double Twice(double x) => 2 * x;

                public static void Twice_Pullback{|ADCME022:(double x, double seed, ref double dX)|} => dX += 2 * seed;

                public static double Twice_Tangent(double x, double dX, double result) => 2 * dX;
            }
            """;
        return CodeFixTest<PrimitiveStubsCodeFix>.Check(source, source);
    }
}
