namespace Adcme.CodeFixes.Tests;

/// <summary>ADCME001 → the containing types become partial.</summary>
public class MakePartialTests
{
    [Fact]
    public Task AStaticClassBecomesPartial() => CodeFixTest<MakePartialCodeFix>.Check("""
        using Adcme;

        public static class Model
        {
            [Differentiable]
            public static double {|ADCME001:Square|}(double x) => x * x;
        }
        """, """
        using Adcme;

        public static partial class Model
        {
            [Differentiable]
            public static double Square(double x) => x * x;
        }
        """);

    [Fact]
    public Task ATypeWithoutModifiersAndAnOuterType() => CodeFixTest<MakePartialCodeFix>.Check("""
        using Adcme;

        namespace Physics
        {
            public partial class Outer
            {
                class Inner
                {
                    [Differentiable] static double {|ADCME001:F|}(double x) => x;
                }
            }
        }
        """, """
        using Adcme;

        namespace Physics
        {
            public partial class Outer
            {
                partial class Inner
                {
                    [Differentiable] static double F(double x) => x;
                }
            }
        }
        """);

    [Fact]
    public Task ARecordStructKeepsItsKeywordsInOrder() => CodeFixTest<MakePartialCodeFix>.Check("""
        using Adcme;

        public readonly record struct Model(double Scale)
        {
            [Differentiable] public static double {|ADCME001:F|}(double x) => 2 * x;
        }
        """, """
        using Adcme;

        public readonly partial record struct Model(double Scale)
        {
            [Differentiable] public static double F(double x) => 2 * x;
        }
        """);
}
