using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using Adcme.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Adcme.Generators.Tests;

/// <summary>The opt-in interceptors (AdcmeInterceptCalls=true): the user's calls of [Differentiable] methods run M_Value.
/// Compiled in memory as a build with the property does (the generator sees build_property.AdcmeInterceptCalls, the
/// compiler the InterceptorsNamespaces feature), then run.</summary>
public class InterceptorTests
{
    private const string Source = """
        using System;
        using System.Linq.Expressions;
        using Adcme;

        namespace Demo
        {
            public static partial class Model
            {
                [Differentiable]
                public static double Loss(Tensor w, double s) => Tensor.SumOfSquares(Tensor.Tanh(w * s) + 1.0);

                [Differentiable]
                public static double Heat(Tensor kappa, [NoDerivative] Tensor u0, [NoDerivative] double h, [NoDerivative] double dt, int steps)
                {
                    var u = u0;
                    for (var k = 0; k < steps; k++) u = u + dt * (kappa * Stencils.Laplacian(u, h)) + dt;
                    return Tensor.SumOfSquares(u);
                }

                [Differentiable]
                internal static double Write(double[] a, double x)
                {
                    a[0] = x * x;
                    a[1] = a[0] + x;
                    return a[1] * a[0];
                }

                [Differentiable]
                internal static double Read(double[] a, double x)
                {
                    var b = new double[2];
                    b[0] = a[0] * x;
                    b[1] = b[0] + Math.Sin(a[1]);
                    return b[1] * b[0];
                }

                [Differentiable]
                private static double Hidden(double x) => x * x;

                public static double CallHidden(double x) => Hidden(x);
            }

            public static class Caller
            {
                public static double Run(Tensor w) => Model.Loss(w, 0.5) + Model.Loss(w, 2.0);

                public static double RunHeat(Tensor kappa, Tensor u0) => Model.Heat(kappa, u0, 0.1, 0.001, 5);

                public static double RunWrite(double[] a) => Model.Write(a, 3.0);

                public static double RunRead(double[] a) => Model.Read(a, 3.0);

                public static Expression<Func<Tensor, double>> Tree() => w => Model.Loss(w, 1.0);

                public static Func<Tensor, double, double> Group() => Model.Loss;
            }
        }
        """;

    private sealed class Options(bool? enabled) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(enabled);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Values(null);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Values(null);

        private sealed class Values(bool? enabled) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value)
            {
                value = enabled is { } on ? (on ? " True " : "false") : "";
                return enabled is not null && key == DifferentiableGenerator.InterceptCallsProperty;
            }
        }
    }

    private static (Compilation Output, ImmutableArray<GeneratedSourceResult> Sources) Build(bool? enabled)
    {
        var parse = GeneratorHarness.ParseOptions.WithFeatures([new("InterceptorsNamespaces", "Adcme.Interceptors")]);
        var compilation = GeneratorHarness.Compile(Source).WithOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable));
        compilation = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Single(), CSharpSyntaxTree.ParseText(Source, parse, path: "Source0.cs"));
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new DifferentiableGenerator().AsSourceGenerator()], parseOptions: parse,
            optionsProvider: new Options(enabled));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var run = driver.GetRunResult();
        Assert.All(run.Results, r => Assert.Null(r.Exception));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        return (output, run.Results.SelectMany(r => r.GeneratedSources).ToImmutableArray());
    }

    private static Assembly Load(Compilation output)
    {
        using var stream = new MemoryStream();
        var emitted = output.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return Assembly.Load(stream.ToArray());
    }

    /// <summary>The methods a method's IL calls, by declaring type and name.</summary>
    private static List<string> Callees(MethodInfo method)
    {
        var il = method.GetMethodBody()!.GetILAsByteArray()!;
        var callees = new List<string>();
        for (var i = 0; i + 4 < il.Length; i++)
        {
            if (il[i] != OpCodes.Call.Value) continue;
            var token = BitConverter.ToInt32(il, i + 1);
            try
            {
                var callee = method.Module.ResolveMethod(token);
                if (callee is not null) callees.Add(callee.DeclaringType!.Name + "." + callee.Name);
            }
            catch (ArgumentException)
            {
                // Not a call opcode's token (a byte of another instruction).
            }
        }
        return callees;
    }

    private static object? Call(Assembly assembly, string type, string name, params object?[] arguments)
        => assembly.GetType("Demo." + type)!.GetMethod(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, arguments);

    [Fact]
    public void WithThePropertyTheUsersCallsRunTheFastForwardAndGiveTheSameValues()
    {
        var (output, sources) = Build(enabled: true);
        var text = sources.Single(s => s.HintName == "Adcme.Interceptors.g.cs").SourceText.ToString();
        // Loss twice in Run (not in the expression tree, not the method group), Heat and Read once; neither Hidden
        // (private: its M_Value cannot be reached from another class) nor Write (it writes a caller's array, ADCME010:
        // no code is generated for it, so there is no M_Value to call).
        Assert.Equal(4, text.Split("InterceptsLocation(1, ").Length - 1);
        Assert.Contains("=> global::Demo.Model.Loss_Value(w, s);", text);
        Assert.Contains("=> global::Demo.Model.Heat_Value(kappa, u0, h, dt, steps);", text);
        Assert.Contains("=> global::Demo.Model.Read_Value(a, x);", text);
        Assert.DoesNotContain("Hidden", text);
        Assert.DoesNotContain("Write", text);

        var assembly = Load(output);
        var caller = assembly.GetType("Demo.Caller")!;
        Assert.Equal(2, Callees(caller.GetMethod("Run")!).Count(c => c.Contains("DifferentiableCalls.Loss_", StringComparison.Ordinal)));
        Assert.Contains(Callees(caller.GetMethod("RunHeat")!), c => c.Contains("DifferentiableCalls.Heat_", StringComparison.Ordinal));
        Assert.DoesNotContain(Callees(caller.GetMethod("RunHeat")!), c => c == "Model.Heat");

        // The same values as the user's own method (called by reflection, which is never intercepted), bit for bit.
        var w = Tensor.FromArray([0.3, -1.2, 2.5, 0.0, -0.7, 1.1], 2, 3);
        var plain = (double)Call(assembly, "Model", "Loss", w, 0.5)! + (double)Call(assembly, "Model", "Loss", w, 2.0)!;
        Assert.Equal(BitConverter.DoubleToInt64Bits(plain), BitConverter.DoubleToInt64Bits((double)caller.GetMethod("Run")!.Invoke(null, [w])!));

        var kappa = Tensor.FromArray(Enumerable.Range(0, 36).Select(k => 1.0 + 0.05 * k).ToArray(), 6, 6);
        var u0 = Tensor.FromArray(Enumerable.Range(0, 36).Select(k => Math.Sin(0.3 * k)).ToArray(), 6, 6);
        var heat = (double)Call(assembly, "Model", "Heat", kappa, u0, 0.1, 0.001, 5)!;
        Assert.Equal(BitConverter.DoubleToInt64Bits(heat), BitConverter.DoubleToInt64Bits((double)caller.GetMethod("RunHeat")!.Invoke(null, [kappa, u0])!));

        double[] a = [0.5, -1.5];
        var read = (double)Call(assembly, "Model", "Read", a, 3.0)!;
        Assert.Equal(BitConverter.DoubleToInt64Bits(read), BitConverter.DoubleToInt64Bits((double)caller.GetMethod("RunRead")!.Invoke(null, [a])!));
        Assert.Equal(1.5 * (1.5 + Math.Sin(-1.5)), read, 15);
        Assert.Contains(Callees(caller.GetMethod("RunWrite")!), c => c == "Model.Write");
    }

    [Theory]
    [InlineData(null)]
    [InlineData(false)]
    public void WithoutThePropertyNothingIsIntercepted(bool? enabled)
    {
        var (output, sources) = Build(enabled);
        Assert.DoesNotContain(sources, s => s.HintName == "Adcme.Interceptors.g.cs");
        var caller = Load(output).GetType("Demo.Caller")!;
        Assert.Equal(2, Callees(caller.GetMethod("Run")!).Count(c => c == "Model.Loss"));
    }

    [Fact]
    public void AMethodWithErrorsIsNotIntercepted()
    {
        // No M_Value is written for a method the analyzer rejects (here: a ref parameter), so its calls stay as they are;
        // a valid method's call beside it is intercepted (the setup does intercept).
        var source = "using Adcme; namespace Demo { public static partial class Bad { [Differentiable] public static double F(ref double x) => x * x;"
            + " [Differentiable] public static double H(double x) => x * x; }"
            + " public static class Use { public static double G(double y) => Bad.F(ref y) + Bad.H(y); } }";
        var driver = CSharpGeneratorDriver.Create([new DifferentiableGenerator().AsSourceGenerator()],
            parseOptions: GeneratorHarness.ParseOptions.WithFeatures([new("InterceptorsNamespaces", "Adcme.Interceptors")]), optionsProvider: new Options(true));
        var result = driver.RunGenerators(GeneratorHarness.Compile(source)).GetRunResult();
        Assert.All(result.Results, r => Assert.Null(r.Exception));
        var text = result.Results.SelectMany(r => r.GeneratedSources).Single(s => s.HintName == "Adcme.Interceptors.g.cs").SourceText.ToString();
        Assert.Contains("=> global::Demo.Bad.H_Value(x);", text);
        Assert.Equal(1, text.Split("InterceptsLocation(1, ").Length - 1);
        Assert.DoesNotContain("F_Value", text);
    }
}
