using System.Globalization;
using System.Reflection;

namespace Adcme.Tests.Adversarial.LanguageFuzz;

/// <summary>Random programs of ordinary C# (LanguageFuzzCases.cs, written by gen_language.py from a fixed seed):
/// foreach, tuple swaps, switch expressions, static readonly tables, Math.Round and tensor elements, reverse mode
/// against forward mode component by component (p, s and every element of w), and the pullback against the
/// gradient. The comment above each program names the features it draws (issue 17).</summary>
public class LanguageFuzzTests
{
    private const int N = 4;
    private const int W = 6;

    public static IEnumerable<object[]> Programs()
        => typeof(LanguageFuzzCases).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name.StartsWith('L') && !m.Name.Contains('_') && m.ReturnType == typeof(double))
            .OrderBy(m => int.Parse(m.Name[1..], CultureInfo.InvariantCulture))
            .Select(m => new object[] { m.Name });

    private static (double[] P, double S, Tensor W, double[] Table, int Mode) Point(string name)
    {
        var k = int.Parse(name[1..], CultureInfo.InvariantCulture);
        var p = Enumerable.Range(0, N).Select(i => 0.45 * Math.Sin(1.7 * i + k) + 0.1).ToArray();
        var w = Tensor.FromArray(Enumerable.Range(0, W).Select(i => 0.4 * Math.Cos(1.3 * i + k)).ToArray(), 2, 3);
        double[] table = [0.4, -0.3, 0.8, 0.1, -0.6, 0.25];
        return (p, 0.7, w, table, k % 3);
    }

    private static double Plain(string name)
    {
        var (p, s, w, table, mode) = Point(name);
        return (double)typeof(LanguageFuzzCases).GetMethod(name)!.Invoke(null, [p, s, w, table, mode])!;
    }

    private static (double Value, double[] DP, double DS, double[] DW) Gradient(string name)
    {
        var (p, s, w, table, mode) = Point(name);
        var args = new object?[] { p, s, w, table, mode, null, null, null };
        var value = (double)typeof(LanguageFuzzCases).GetMethod(name + "_Gradient")!.Invoke(null, args)!;
        var dW = (Tensor?)args[7];
        return (value, (double[])args[5]!, (double)args[6]!, dW?.ToArray() ?? new double[W]);
    }

    /// <summary>M_Value gives the plain method's value bit for bit and leaves the inputs as the method leaves them.</summary>
    [Theory]
    [MemberData(nameof(Programs))]
    public void FastForwardIsThePlainValue(string name)
    {
        var (p, s, w, table, mode) = Point(name);
        var (p2, _, w2, table2, _) = Point(name);
        var plain = (double)typeof(LanguageFuzzCases).GetMethod(name)!.Invoke(null, [p, s, w, table, mode])!;
        var fast = (double)typeof(LanguageFuzzCases).GetMethod(name + "_Value")!.Invoke(null, [p2, s, w2, table2, mode])!;
        Assert.Equal(plain, fast);
        Assert.Equal(p, p2);
        Assert.Equal(table, table2);
        Assert.Equal(w.ToArray(), w2.ToArray());
    }

    private static void Close(double actual, double expected, double tolerance, string what)
        => Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Max(1, Math.Abs(expected)), $"{what}: {actual:R}, expected {expected:R}");

    [Theory]
    [MemberData(nameof(Programs))]
    public void GradientEqualsPushforward(string name)
    {
        var expected = Plain(name);
        var (value, dP, dS, dW) = Gradient(name);
        Close(value, expected, 1e-12, "value against the plain method");
        var (p, s, w, table, mode) = Point(name);
        Assert.Equal(p, Point(name).P); // the input is untouched
        var push = typeof(LanguageFuzzCases).GetMethod(name + "_Pushforward")!;
        var worst = 0.0;
        var where = "";
        for (var c = 0; c < N + 1 + W; c++)
        {
            var tp = new double[N];
            var tw = new double[W];
            if (c < N) tp[c] = 1;
            if (c > N) tw[c - N - 1] = 1;
            var (forwardValue, t) = ((double, double))push.Invoke(null, [p, tp, s, c == N ? 1.0 : 0.0, w, Tensor.FromArray(tw, 2, 3), table, mode])!;
            Close(forwardValue, expected, 1e-12, "forward value against the plain method");
            var g = c < N ? dP[c] : c == N ? dS : dW[c - N - 1];
            var err = Math.Abs(t - g) / Math.Max(1, Math.Abs(t));
            if (!(err <= worst)) { worst = err; where = $"{(c < N ? $"dP[{c}]" : c == N ? "dS" : $"dW[{c - N - 1}]")}: reverse {g:R}, forward {t:R}"; }
        }
        Assert.True(worst < 1e-9, where);
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void PullbackAccumulatesTheGradient(string name)
    {
        var (p, s, w, table, mode) = Point(name);
        var (_, dP, dS, dW) = Gradient(name);
        var args = new object?[] { p, s, w, table, mode, 2.0, Enumerable.Repeat(1.0, N).ToArray(), 1.0, Tensor.Ones(2, 3) };
        typeof(LanguageFuzzCases).GetMethod(name + "_Pullback")!.Invoke(null, args);
        var accP = (double[])args[6]!;
        var accW = ((Tensor)args[8]!).ToArray();
        for (var i = 0; i < N; i++) Close(accP[i], 1 + 2 * dP[i], 1e-12, $"dP[{i}] pullback against 1 + 2·gradient");
        Close((double)args[7]!, 1 + 2 * dS, 1e-12, "dS pullback against 1 + 2·gradient");
        for (var i = 0; i < W; i++) Close(accW[i], 1 + 2 * dW[i], 1e-12, $"dW[{i}] pullback against 1 + 2·gradient");
    }
}
