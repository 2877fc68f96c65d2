namespace Adcme.CodeFixes.Tests;

/// <summary>ADCME007 at LINQ's Sum()/Max() over a double[] → a for loop. The source after the fix is analyzed again and
/// must be clean: the loop is differentiable code.</summary>
public class LinqToLoopTests
{
    [Fact]
    public Task SumInAnExpressionBodiedMethod() => CodeFixTest<LinqToLoopCodeFix>.Check("""
        using System.Linq;
        using Adcme;

        public static partial class Model
        {
            [Differentiable]
            public static double Energy(double[] u) => 0.5 * {|ADCME007:u.Sum()|};
        }
        """, """
        using System.Linq;
        using Adcme;

        public static partial class Model
        {
            [Differentiable]
            public static double Energy(double[] u)
            {
                var sum = 0.0;
                for (var i = 0; i < u.Length; i++) sum += u[i];
                return 0.5 * sum;
            }
        }
        """);

    [Fact]
    public Task MaxInAStatementWithNamesTaken() => CodeFixTest<LinqToLoopCodeFix>.Check("""
        using System;
        using System.Linq;
        using Adcme;

        public static partial class Model
        {
            [Differentiable]
            public static double Peak(double[] u, double max)
            {
                var i = 2;
                var peak = {|ADCME007:u.Max()|} * max + i;
                return peak;
            }
        }
        """, """
        using System;
        using System.Linq;
        using Adcme;

        public static partial class Model
        {
            [Differentiable]
            public static double Peak(double[] u, double max)
            {
                var i = 2;
                var max2 = u[0];
                for (var i2 = 1; i2 < u.Length; i2++) max2 = Math.Max(max2, u[i2]);
                var peak = max2 * max + i;
                return peak;
            }
        }
        """);

    [Fact]
    public Task StaticCallFormOverALocalArray() => CodeFixTest<LinqToLoopCodeFix>.Check("""
        using System.Linq;
        using Adcme;

        public static partial class Model
        {
            [Differentiable]
            public static double Total(double x)
            {
                var v = new double[] { x, 2 * x };
                return {|ADCME007:Enumerable.Sum(v)|};
            }
        }
        """, """
        using System.Linq;
        using Adcme;

        public static partial class Model
        {
            [Differentiable]
            public static double Total(double x)
            {
                var v = new double[] { x, 2 * x };
                var sum = 0.0;
                for (var i = 0; i < v.Length; i++) sum += v[i];
                return sum;
            }
        }
        """);

    [Fact]
    public Task NotOfferedWhereTheCallRunsConditionally()
    {
        const string source = """
            using System.Linq;
            using Adcme;

            public static partial class Model
            {
                [Differentiable]
                public static double F(double[] u, double x) => x > 0 ? {|ADCME007:u.Sum()|} : x;
            }
            """;
        return CodeFixTest<LinqToLoopCodeFix>.Check(source, source);
    }

    [Fact]
    public Task NotOfferedForOtherLinqOperators()
    {
        const string source = """
            using System.Linq;
            using Adcme;

            public static partial class Model
            {
                [Differentiable]
                public static double F(double[] u) => {|ADCME007:u.Average()|};
            }
            """;
        return CodeFixTest<LinqToLoopCodeFix>.Check(source, source);
    }
}
