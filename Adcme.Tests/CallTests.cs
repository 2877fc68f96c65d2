using Adcme.Tests.Cases;
using Adcme.Tests.Cases.Helpers;

namespace Adcme.Tests;

public class CallTests
{
    [Fact]
    public void UsesOtherClass()
    {
        GradientAssert.Passes(CallCases.UsesOtherClass, 1.2, 0.9);
        // x²·y³ + y²
        CallCases.UsesOtherClass_Gradient(1.2, 0.9, out var dx, out var dy);
        Assert.Equal(2 * 1.2 * Math.Pow(0.9, 3), dx, 12);
        Assert.Equal(3 * 1.44 * 0.81 + 1.8, dy, 12);
    }

    [Fact]
    public void Norm()
    {
        GradientAssert.Passes(CallCases.Norm, new[] { 3.0, 4.0 });
        CallCases.Norm_Gradient([3.0, 4.0], out var dv);
        Assert.Equal(0.6, dv[0], 15);
        Assert.Equal(0.8, dv[1], 15);
    }

    [Fact]
    public void CallsWithArrays() => GradientAssert.Passes(CallCases.CallsWithArrays, new[] { 1.0, -2.0, 0.5 }, 1.7);

    [Theory]
    [InlineData(0.9, 0)]
    [InlineData(0.9, 4)]
    public void Recursive(double x, int depth) => GradientAssert.Passes(CallCases.Recursive, x, depth);

    [Fact]
    public void ArrayChangedAfterCall() => GradientAssert.Passes(CallCases.ArrayChangedAfterCall, new[] { 0.4, -1.3, 2.2 });

    [Fact]
    public void CallInLoop() => GradientAssert.Passes(CallCases.CallInLoop, 0.7, 5);

    [Fact]
    public void FloatCaller() => GradientAssert.Passes(CallCases.FloatCaller, 1.5f);

    [Fact]
    public void NestedTypes()
    {
        GradientAssert.Passes(Container.Nested.Inside, 0.4);
        Assert.Equal(Math.Exp(-0.16), Container.Nested.Inside_Gradient(0.4, out var d), 15);
        Assert.Equal(-2 * 0.4 * Math.Exp(-0.16), d, 14);
    }

    [Fact]
    public void InternalMethodsGetInternalDerivatives()
    {
        Assert.Equal(0.5f, Inner.Halve_Pushforward(3f, 1f).Tangent);
        Assert.True(typeof(Inner).GetMethod(nameof(Inner.Halve_Gradient), System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic)!.IsAssembly);
    }

    [Fact]
    public void Callees()
    {
        GradientAssert.Passes(CallCases.Square, -1.25);
        GradientAssert.Passes(Inner.Scale, 1.5, 0.8, 3);
        GradientAssert.Passes(Inner.Halve, 2.5f);
        Assert.Equal(2 * 0.8 * 0.8 * 0.8, Inner.Scale_Gradient(2.0, 0.8, 3, out var dValue, out var dFactor), 14);
        Assert.Equal(0.512, dValue, 14);
        Assert.Equal(3 * 2.0 * 0.64, dFactor, 14);
    }

    /// <summary>Every [Differentiable] case has a numeric twin: each one's name appears in a test here.</summary>
    [Fact]
    public void EveryCaseIsCheckedNumerically()
    {
        var methods = typeof(CallCases).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("Adcme.Tests.Cases", StringComparison.Ordinal) == true)
            .SelectMany(t => t.GetMethods(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic))
            .Where(m => m.GetCustomAttributes(typeof(DifferentiableAttribute), false).Length > 0)
            .ToList();
        Assert.True(methods.Count > 30);
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Adcme.sln"))) root = Path.GetDirectoryName(root)!;
        var tests = string.Join("\n", Directory.GetFiles(Path.Combine(root, "Adcme.Tests"), "*Tests.cs").Select(File.ReadAllText));
        var missing = methods.Where(m => !tests.Contains("." + m.Name + ",", StringComparison.Ordinal) && !tests.Contains("." + m.Name + ")", StringComparison.Ordinal)
            && !tests.Contains("." + m.Name + "_Pullback(", StringComparison.Ordinal)).Select(m => m.DeclaringType!.Name + "." + m.Name).ToList();
        Assert.True(missing.Count == 0, "no numeric test for: " + string.Join(", ", missing));
    }
}
