using System.Reflection;
using Adcme.Tests.Adversarial;

namespace Adcme.Tests;

/// <summary>Randomly generated tensor programs (Adversarial/Fuzz/FuzzCases.cs, written by Adversarial/Fuzz/gen.py from a fixed seed):
/// each goes through the same checks as the hand-written review cases.</summary>
public class AdversarialFuzzTests
{
    public static IEnumerable<object[]> Methods()
        => typeof(FuzzCases).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name.StartsWith('F') && !m.Name.Contains('_') && m.ReturnType == typeof(double))
            .Select(m => new object[] { m.Name });

    [Theory]
    [MemberData(nameof(Methods))]
    public void Fuzz(string name)
    {
        var method = typeof(FuzzCases).GetMethod(name)!;
        var d = (Func<Tensor, Tensor, double, Tensor, int, double>)Delegate.CreateDelegate(typeof(Func<Tensor, Tensor, double, Tensor, int, double>), method);
        var x = Tensor.RandomNormal(int.Parse(name[1..], System.Globalization.CultureInfo.InvariantCulture) + 100, 8, 8) * 0.5;
        var w = Tensor.RandomNormal(7, 8, 8) * 0.5;
        var c = Tensor.RandomNormal(8, 8, 8) * 0.5;
        // Finite differences are unreliable on these random programs (branches on sums, near-poles): the
        // reverse mode is compared with forward mode below instead.
        Robust.Check(d, false, x, w, 0.7, c, 3);
    }

    /// <summary>M_Value (fused kernels, pooled temporaries, nothing recorded) gives M's value bit for bit and leaves the
    /// caller's tensors alive.</summary>
    [Theory]
    [MemberData(nameof(Methods))]
    public void FastForwardIsThePlainValue(string name)
    {
        var x = Tensor.RandomNormal(int.Parse(name[1..], System.Globalization.CultureInfo.InvariantCulture) + 100, 8, 8) * 0.5;
        var w = Tensor.RandomNormal(7, 8, 8) * 0.5;
        var c = Tensor.RandomNormal(8, 8, 8) * 0.5;
        var (xs, ws, cs) = (x.ToArray(), w.ToArray(), c.ToArray());
        var plain = (double)typeof(FuzzCases).GetMethod(name)!.Invoke(null, new object?[] { x, w, 0.7, c, 3 })!;
        var fast = (double)typeof(FuzzCases).GetMethod(name + "_Value")!.Invoke(null, new object?[] { x, w, 0.7, c, 3 })!;
        Assert.Equal(plain, fast);
        Assert.Equal(xs, x.ToArray());
        Assert.Equal(ws, w.ToArray());
        Assert.Equal(cs, c.ToArray());
    }
}

public class AdversarialFuzzForwardVsReverse
{
    /// <summary>Reverse (fused kernels, released storage) against forward mode (plain operations), component by
    /// component: independent code paths, no finite-difference noise.</summary>
    [Theory]
    [MemberData(nameof(AdversarialFuzzTests.Methods), MemberType = typeof(AdversarialFuzzTests))]
    public void GradientEqualsPushforward(string name)
    {
        var x = Tensor.RandomNormal(int.Parse(name[1..], System.Globalization.CultureInfo.InvariantCulture) + 100, 8, 8) * 0.5;
        var w = Tensor.RandomNormal(7, 8, 8) * 0.5;
        var c = Tensor.RandomNormal(8, 8, 8) * 0.5;
        var gradient = typeof(FuzzCases).GetMethod(name + "_Gradient")!;
        var push = typeof(FuzzCases).GetMethod(name + "_Pushforward")!;
        var args = new object?[] { x, w, 0.7, c, 3, null, null, null };
        gradient.Invoke(null, args);
        var dX = ((Tensor)args[5]!).ToArray();
        var dW = ((Tensor)args[6]!).ToArray();
        var dS = (double)args[7]!;
        var worst = 0.0;
        var where = "";
        for (var i = 0; i <= 128; i++)
        {
            Tensor? tx = null, tw = null;
            var ts = 0.0;
            if (i < 64) { var e = new double[64]; e[i] = 1; tx = Tensor.FromArray(e, 8, 8); }
            else if (i < 128) { var e = new double[64]; e[i - 64] = 1; tw = Tensor.FromArray(e, 8, 8); }
            else ts = 1;
            var (_, t) = ((double, double))push.Invoke(null, new object?[] { x, tx, w, tw, 0.7, ts, c, 3 })!;
            var g = i < 64 ? dX[i] : i < 128 ? dW[i - 64] : dS;
            var err = Math.Abs(t - g) / Math.Max(1, Math.Abs(g));
            if (err > worst) { worst = err; where = $"component {i}: reverse {g}, forward {t}"; }
        }
        Assert.True(worst < 1e-9, where);
    }
}
