using System.Globalization;
using System.Reflection;

namespace Adcme.Tests.Adversarial.ArrayFuzz;

/// <summary>Random array programs (ArrayFuzzCases.cs, written by gen_arrays.py from a fixed seed): reverse mode
/// against forward mode component by component, and the pullback against the gradient. The comment above each
/// program names the risky constructs it draws (issue 11).</summary>
public class ArrayFuzzTests
{
    private const int N = 4;

    public static IEnumerable<object[]> Programs()
        => typeof(ArrayFuzzCases).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name.StartsWith('A') && !m.Name.Contains('_') && m.ReturnType == typeof(double))
            .OrderBy(m => int.Parse(m.Name[1..], CultureInfo.InvariantCulture))
            .Select(m => new object[] { m.Name });

    private static (double[] P, double S, double[] Table, Tensor C, int Steps) Point(string name)
    {
        var k = int.Parse(name[1..], CultureInfo.InvariantCulture);
        var p = Enumerable.Range(0, N).Select(i => 0.3 * Math.Sin(1.7 * i + k) + 0.2).ToArray();
        double[] table = [0.4, -0.3, 0.8, 0.1, -0.6, 0.25];
        var c = Tensor.FromArray([0.5, -0.2, 0.3, 0.9, -0.7, 0.1], 2, 3);
        return (p, 0.7, table, c, 3);
    }

    private static (double Value, double[] DP, double DS) Gradient(string name)
    {
        var (p, s, table, c, steps) = Point(name);
        var args = new object?[] { p, s, table, c, steps, null, null };
        ArrayFuzzPrimitives.Reset();
        var value = (double)typeof(ArrayFuzzCases).GetMethod(name + "_Gradient")!.Invoke(null, args)!;
        return (value, (double[])args[5]!, (double)args[6]!);
    }

    private static double Plain(string name)
    {
        var (p, s, table, c, steps) = Point(name);
        ArrayFuzzPrimitives.Reset();
        return (double)typeof(ArrayFuzzCases).GetMethod(name)!.Invoke(null, [p, s, table, c, steps])!;
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void GradientEqualsPushforward(string name)
    {
        var (p, s, table, c, steps) = Point(name);
        var expected = Plain(name);
        var (value, dP, dS) = Gradient(name);
        Assert.True(Math.Abs(value - expected) <= 1e-12 * Math.Max(1, Math.Abs(expected)), $"value {value:R}, plain method {expected:R}");
        Assert.Equal(p, Point(name).P); // the input is untouched
        // The fast forward: the plain method's value, the input untouched.
        var point = Point(name);
        ArrayFuzzPrimitives.Reset();
        var fast = (double)typeof(ArrayFuzzCases).GetMethod(name + "_Value")!.Invoke(null, [point.P, point.S, point.Table, point.C, point.Steps])!;
        Assert.Equal(expected, fast);
        Assert.Equal(p, point.P);
        var push = typeof(ArrayFuzzCases).GetMethod(name + "_Pushforward")!;
        var worst = 0.0;
        var where = "";
        for (var i = 0; i <= N; i++)
        {
            var tp = new double[N];
            if (i < N) tp[i] = 1;
            ArrayFuzzPrimitives.Reset();
            var (forwardValue, t) = ((double, double))push.Invoke(null, [p, tp, s, i == N ? 1.0 : 0.0, table, c, steps])!;
            Assert.True(Math.Abs(forwardValue - expected) <= 1e-12 * Math.Max(1, Math.Abs(expected)), $"forward value {forwardValue:R}, plain method {expected:R}");
            var g = i < N ? dP[i] : dS;
            var err = Math.Abs(t - g) / Math.Max(1, Math.Abs(t));
            if (!(err <= worst)) { worst = err; where = $"{(i < N ? $"dP[{i}]" : "dS")}: reverse {g:R}, forward {t:R}"; }
        }
        Assert.True(worst < 1e-9, where);
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void PullbackAccumulatesTheGradient(string name)
    {
        var (p, s, table, c, steps) = Point(name);
        var (_, dP, dS) = Gradient(name);
        var args = new object?[] { p, s, table, c, steps, 2.0, Enumerable.Repeat(1.0, N).ToArray(), 1.0 };
        ArrayFuzzPrimitives.Reset();
        typeof(ArrayFuzzCases).GetMethod(name + "_Pullback")!.Invoke(null, args);
        var accP = (double[])args[6]!;
        var accS = (double)args[7]!;
        for (var i = 0; i < N; i++) Assert.True(Math.Abs(accP[i] - (1 + 2 * dP[i])) <= 1e-12 * Math.Max(1, Math.Abs(accP[i])), $"dP[{i}]: pullback {accP[i]:R}, 1 + 2·gradient {1 + 2 * dP[i]:R}");
        Assert.True(Math.Abs(accS - (1 + 2 * dS)) <= 1e-12 * Math.Max(1, Math.Abs(accS)), $"dS: pullback {accS:R}, 1 + 2·gradient {1 + 2 * dS:R}");
    }
}
