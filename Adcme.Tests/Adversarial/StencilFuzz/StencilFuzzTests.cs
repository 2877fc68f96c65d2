using System.Globalization;
using System.Reflection;

namespace Adcme.Tests.Adversarial;

/// <summary>
/// Random programs whose chains contain stencils (StencilFuzzCases.cs, written by gen.py from a fixed seed), each run
/// on grids from one node to several vectors wide: the fused forward (grid loops, vector code at the interior, scalar
/// code at the edges) must give the plain method's value bit for bit, and the fused reverse must agree with forward
/// mode (unfused operations) along random directions.
/// </summary>
public class StencilFuzzTests
{
    public static IEnumerable<object[]> Cases()
    {
        var methods = typeof(StencilFuzzCases).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name.StartsWith('S') && !m.Name.Contains('_') && m.ReturnType == typeof(double))
            .Select(m => m.Name);
        foreach (var name in methods)
        {
            foreach (var (n, m) in new[] { (1, 1), (2, 3), (5, 9), (8, 13) })
            {
                yield return new object[] { name, n, m };
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void FusedStencilsAgreeWithForwardMode(string name, int n, int m)
    {
        var seed = int.Parse(name[1..], CultureInfo.InvariantCulture) * 10;
        var u = Tensor.RandomNormal(seed + 1, n, m) * 0.5;
        var v = Tensor.RandomNormal(seed + 2, n, m) * 0.5;
        var r = Tensor.RandomNormal(seed + 3, 1, m) * 0.5;
        const double s = 0.7, h = 1.3;
        const int steps = 3;
        var method = typeof(StencilFuzzCases).GetMethod(name)!;
        var plain = (double)method.Invoke(null, new object?[] { u, v, r, s, h, steps })!;
        var gradientArgs = new object?[] { u, v, r, s, h, steps, null, null, null, null };
        var value = (double)typeof(StencilFuzzCases).GetMethod(name + "_Gradient")!.Invoke(null, gradientArgs)!;
        Assert.Equal(plain, value);
        Assert.Equal(plain, (double)typeof(StencilFuzzCases).GetMethod(name + "_Value")!.Invoke(null, new object?[] { u, v, r, s, h, steps })!);
        var dU = (Tensor)gradientArgs[6]!;
        var dV = (Tensor)gradientArgs[7]!;
        var dR = (Tensor)gradientArgs[8]!;
        var dS = (double)gradientArgs[9]!;
        var push = typeof(StencilFuzzCases).GetMethod(name + "_Pushforward")!;
        for (var direction = 0; direction < 3; direction++)
        {
            var tu = Tensor.RandomNormal(seed + 10 + direction, n, m);
            var tv = Tensor.RandomNormal(seed + 20 + direction, n, m);
            var tr = Tensor.RandomNormal(seed + 30 + direction, 1, m);
            var ts = direction - 1.0;
            var (forwardValue, tangent) = ((double, double))push.Invoke(null, new object?[] { u, tu, v, tv, r, tr, s, ts, h, steps })!;
            Assert.Equal(plain, forwardValue);
            var reverse = Tensor.Dot(dU, tu) + Tensor.Dot(dV, tv) + Tensor.Dot(dR, tr) + dS * ts;
            var error = Math.Abs(reverse - tangent) / Math.Max(1, Math.Abs(tangent));
            Assert.True(error < 1e-11, $"{name} on {n}×{m}, direction {direction}: reverse {reverse}, forward {tangent} (relative {error:E2})");
        }
    }
}
