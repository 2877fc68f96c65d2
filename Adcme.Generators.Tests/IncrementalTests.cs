using System.Collections;
using System.Reflection;
using Adcme.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Adcme.Generators.Tests;

/// <summary>The pipeline caches: an edit elsewhere leaves every step Cached or Unchanged, and the models
/// hold no Roslyn objects that would pin a compilation.</summary>
public class IncrementalTests
{
    private const string Model = """
        using System; using Adcme;
        namespace Sample;
        public static partial class Model
        {
            [Differentiable] public static double Loss(double x, double[] data)
            {
                var s = 0.0;
                for (var i = 0; i < data.Length; i++) s += Math.Sin(x * data[i]);
                return s;
            }
        }
        """;

    private const string Other = "namespace Sample; public static class Other { public static int Answer() => 42; }";

    private static readonly string[] Steps = [DifferentiableGenerator.TrackingNames.Methods, DifferentiableGenerator.TrackingNames.Models];

    [Fact]
    public void EditingAnotherFileLeavesEveryStepCached()
    {
        var compilation = GeneratorHarness.Compile(Model, Other);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        var edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Last(),
            CSharpSyntaxTree.ParseText(Other.Replace("42", "43"), GeneratorHarness.ParseOptions, path: "Source1.cs"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();
        foreach (var step in Steps)
        {
            var outputs = result.TrackedSteps[step].SelectMany(s => s.Outputs).ToList();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {o.Reason}"));
        }
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void AddingAFileLeavesTheModelCached()
    {
        var compilation = GeneratorHarness.Compile(Model);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(Other, GeneratorHarness.ParseOptions, path: "Source9.cs"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();
        Assert.All(result.TrackedSteps[DifferentiableGenerator.TrackingNames.Models].SelectMany(s => s.Outputs),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
    }

    [Fact]
    public void EditingTheMethodRegeneratesIt()
    {
        var compilation = GeneratorHarness.Compile(Model, Other);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        var edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.First(),
            CSharpSyntaxTree.ParseText(Model.Replace("Math.Sin", "Math.Cos"), GeneratorHarness.ParseOptions, path: "Source0.cs"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();
        Assert.Contains(result.TrackedSteps[DifferentiableGenerator.TrackingNames.Models].SelectMany(s => s.Outputs),
            o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("Math.Cos", result.GeneratedSources.Single().SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ModelsHoldNoRoslynObjects()
    {
        var sources = GeneratorHarness.Cases().Select(c => c.Source).Concat(GeneratorHarness.SupportFiles()).Prepend(GeneratorHarness.GlobalUsings).ToArray();
        var result = GeneratorHarness.CreateDriver().RunGenerators(GeneratorHarness.Compile(sources)).GetRunResult().Results.Single();
        var models = result.TrackedSteps[DifferentiableGenerator.TrackingNames.Models].SelectMany(s => s.Outputs).Select(o => o.Value).ToList();
        Assert.True(models.Count > 30, $"only {models.Count} models");
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var model in models)
        {
            Assert.IsType<MethodModel>(model);
            Walk(model, "model", seen);
        }
    }

    private static readonly Type[] Forbidden = [typeof(ISymbol), typeof(SyntaxNode), typeof(Compilation), typeof(SemanticModel), typeof(Location), typeof(SyntaxTree), typeof(IOperation)];

    private static void Walk(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum) return;
        var type = value.GetType();
        Assert.False(Forbidden.Any(f => f.IsAssignableFrom(type)), $"{path} is a {type.Name}, which pins a compilation");
        if (!type.IsValueType && !seen.Add(value)) return;
        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items) Walk(item, $"{path}[{i++}]", seen);
            return;
        }
        Assert.True(type.Namespace == typeof(MethodModel).Namespace, $"{path} is a {type.FullName}, outside the model namespace");
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract") continue;
            Walk(property.GetValue(value), path + "." + property.Name, seen);
        }
    }
}
