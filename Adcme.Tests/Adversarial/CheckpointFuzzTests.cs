using System.Reflection;
using Adcme.Tests.Adversarial;

namespace Adcme.Tests;

/// <summary>Random tensor programs with time loops (Adversarial/Fuzz/CheckpointFuzzCases.cs): each program's checkpointed
/// twin (0, 1 or 2 snapshots) gives store-all's value and gradient bit for bit, for several step counts, and its
/// gradient agrees with forward mode.</summary>
public class CheckpointFuzzTests
{
    public static IEnumerable<object[]> Programs()
        => typeof(CheckpointFuzzCases).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name.StartsWith('C') && !m.Name.Contains('_') && m.ReturnType == typeof(double))
            .Select(m => new object[] { m.Name[1..] });

    [Theory]
    [MemberData(nameof(Programs))]
    public void CheckpointedGradientIsStoreAllsBitForBit(string number)
    {
        var storeAll = typeof(CheckpointFuzzCases).GetMethod("S" + number + "_Gradient")!;
        var checkpointed = typeof(CheckpointFuzzCases).GetMethod("C" + number + "_Gradient")!;
        var seed = int.Parse(number, System.Globalization.CultureInfo.InvariantCulture);
        var x = Tensor.RandomNormal(seed + 100, 8, 8) * 0.5;
        var w = Tensor.RandomNormal(7, 8, 8) * 0.5;
        var c = Tensor.RandomNormal(8, 8, 8) * 0.5;
        foreach (var steps in new[] { 0, 1, 2, 5 })
        {
            var expected = new object?[] { x, w, 0.7, c, steps, null, null, null };
            var actual = new object?[] { x, w, 0.7, c, steps, null, null, null };
            var value = (double)storeAll.Invoke(null, expected)!;
            var checkpointedValue = (double)checkpointed.Invoke(null, actual)!;
            Assert.True(value.Equals(checkpointedValue), $"C{number}, {steps} steps: value {checkpointedValue} vs {value}");
            Assert.True(((Tensor)expected[5]!).ToArray().SequenceEqual(((Tensor)actual[5]!).ToArray()), $"C{number}, {steps} steps: dX differs");
            Assert.True(((Tensor)expected[6]!).ToArray().SequenceEqual(((Tensor)actual[6]!).ToArray()), $"C{number}, {steps} steps: dW differs");
            Assert.True(((double)expected[7]!).Equals((double)actual[7]!), $"C{number}, {steps} steps: dS {actual[7]} vs {expected[7]}");
        }
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void CheckpointedGradientEqualsPushforward(string number)
    {
        var gradient = typeof(CheckpointFuzzCases).GetMethod("C" + number + "_Gradient")!;
        var push = typeof(CheckpointFuzzCases).GetMethod("C" + number + "_Pushforward")!;
        var x = Tensor.RandomNormal(int.Parse(number, System.Globalization.CultureInfo.InvariantCulture) + 100, 8, 8) * 0.5;
        var w = Tensor.RandomNormal(7, 8, 8) * 0.5;
        var c = Tensor.RandomNormal(8, 8, 8) * 0.5;
        var args = new object?[] { x, w, 0.7, c, 4, null, null, null };
        gradient.Invoke(null, args);
        var dX = ((Tensor)args[5]!).ToArray();
        var dS = (double)args[7]!;
        // A handful of directions (all of x's components would repeat the store-all fuzzer's work).
        foreach (var i in new[] { 0, 9, 27, 63 })
        {
            var e = new double[64];
            e[i] = 1;
            var (_, t) = ((double, double))push.Invoke(null, new object?[] { x, Tensor.FromArray(e, 8, 8), w, null, 0.7, 0.0, c, 4 })!;
            Assert.True(Math.Abs(t - dX[i]) <= 1e-9 * Math.Max(1, Math.Abs(t)), $"C{number}, component {i}: reverse {dX[i]}, forward {t}");
        }
        var (_, ts) = ((double, double))push.Invoke(null, new object?[] { x, null, w, null, 0.7, 1.0, c, 4 })!;
        Assert.True(Math.Abs(ts - dS) <= 1e-9 * Math.Max(1, Math.Abs(ts)), $"C{number}, s: reverse {dS}, forward {ts}");
    }
}
