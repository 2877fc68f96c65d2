using System.Globalization;
using System.Reflection;

namespace Adcme.Tests.Adversarial.RecomputeFuzz;

/// <summary>Random scalar stencil programs (RecomputeFuzzCases.cs, written by gen_recompute.py from a fixed seed), aimed at
/// the temporaries the reverse sweep recomputes instead of recording: reverse mode against forward mode component by
/// component, the pullback against the gradient, and the value against the plain method.</summary>
public class RecomputeFuzzTests
{
    private const int N = 5;

    public static IEnumerable<object[]> Programs()
        => typeof(RecomputeFuzzCases).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name.StartsWith('R') && !m.Name.Contains('_') && m.ReturnType == typeof(double))
            .OrderBy(m => int.Parse(m.Name[1..], CultureInfo.InvariantCulture))
            .Select(m => new object[] { m.Name });

    private static (double[] P, double S, double[] Table, int Steps) Point(string name)
    {
        var k = int.Parse(name[1..], CultureInfo.InvariantCulture);
        var p = Enumerable.Range(0, N).Select(i => 0.3 * Math.Sin(1.7 * i + k) + 0.2).ToArray();
        double[] table = [0.4, -0.3, 0.8, 0.1, -0.6, 0.25];
        return (p, 0.7, table, 3);
    }

    private static (double Value, double[] DP, double DS) Gradient(string name)
    {
        var (p, s, table, steps) = Point(name);
        var args = new object?[] { p, s, table, steps, null, null };
        var value = (double)typeof(RecomputeFuzzCases).GetMethod(name + "_Gradient")!.Invoke(null, args)!;
        return (value, (double[])args[4]!, (double)args[5]!);
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void GradientEqualsPushforward(string name)
    {
        var (p, s, table, steps) = Point(name);
        var expected = (double)typeof(RecomputeFuzzCases).GetMethod(name)!.Invoke(null, [p, s, table, steps])!;
        var fastP = (double[])p.Clone();
        var fastTable = (double[])table.Clone();
        Assert.Equal(expected, (double)typeof(RecomputeFuzzCases).GetMethod(name + "_Value")!.Invoke(null, [fastP, s, fastTable, steps])!);
        var (value, dP, dS) = Gradient(name);
        Assert.True(value == expected, $"value {value:R}, plain method {expected:R}");
        Assert.Equal(p, Point(name).P); // the input is untouched
        var push = typeof(RecomputeFuzzCases).GetMethod(name + "_Pushforward")!;
        var worst = 0.0;
        var where = "";
        for (var i = 0; i <= N; i++)
        {
            var tp = new double[N];
            if (i < N) tp[i] = 1;
            var (forwardValue, t) = ((double, double))push.Invoke(null, [p, tp, s, i == N ? 1.0 : 0.0, table, steps])!;
            Assert.True(forwardValue == expected, $"forward value {forwardValue:R}, plain method {expected:R}");
            var g = i < N ? dP[i] : dS;
            var err = Math.Abs(t - g) / Math.Max(1, Math.Abs(t));
            if (!(err <= worst)) { worst = err; where = $"{(i < N ? $"dP[{i}]" : "dS")}: reverse {g:R}, forward {t:R}"; }
        }
        Assert.True(worst < 1e-12, where);
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void PullbackAccumulatesTheGradient(string name)
    {
        var (p, s, table, steps) = Point(name);
        var (_, dP, dS) = Gradient(name);
        var args = new object?[] { p, s, table, steps, 2.0, Enumerable.Repeat(1.0, N).ToArray(), 1.0 };
        typeof(RecomputeFuzzCases).GetMethod(name + "_Pullback")!.Invoke(null, args);
        var accP = (double[])args[5]!;
        var accS = (double)args[6]!;
        for (var i = 0; i < N; i++) Assert.True(Math.Abs(accP[i] - (1 + 2 * dP[i])) <= 1e-12 * Math.Max(1, Math.Abs(accP[i])), $"dP[{i}]: pullback {accP[i]:R}, 1 + 2·gradient {1 + 2 * dP[i]:R}");
        Assert.True(Math.Abs(accS - (1 + 2 * dS)) <= 1e-12 * Math.Max(1, Math.Abs(accS)), $"dS: pullback {accS:R}, 1 + 2·gradient {1 + 2 * dS:R}");
    }
}
