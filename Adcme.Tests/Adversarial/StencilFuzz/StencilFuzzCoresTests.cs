using System.Reflection;

namespace Adcme.Tests.Adversarial;

/// <summary>The stencil fuzzer's random programs on 1, 2 and 3 cores, every fused kernel split: the gradient (value and
/// every adjoint, the scalar one included) and M_Value give the bits of one core. The grid is large enough that the
/// scalar adjoint's sums run over several blocks (80 × 700: 23 rows a block; a flat kernel's blocks hold 16 384 elements).</summary>
[Collection(nameof(ParallelismCollection))]
public sealed class StencilFuzzCoresTests : IDisposable
{
    private readonly int _degree = Parallelism.MaxDegree;
    private readonly int _minimum = Parallelism.MinimumLength;

    public void Dispose()
    {
        Parallelism.MaxDegree = _degree;
        Parallelism.MinimumLength = _minimum;
    }

    public static IEnumerable<object[]> Cases()
        => typeof(StencilFuzzCases).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name.StartsWith('S') && !m.Name.Contains('_') && m.ReturnType == typeof(double))
            .Select(m => new object[] { m.Name });

    [Theory]
    [MemberData(nameof(Cases))]
    public void FusedKernelsGiveTheSameBitsOnAnyCores(string name)
    {
        const int n = 80, m = 700;
        var u = Tensor.RandomNormal(1, n, m) * 0.5;
        var v = Tensor.RandomNormal(2, n, m) * 0.5;
        var r = Tensor.RandomNormal(3, 1, m) * 0.5;
        const double s = 0.7, h = 1.3;
        const int steps = 2;
        var gradient = typeof(StencilFuzzCases).GetMethod(name + "_Gradient")!;
        var value = typeof(StencilFuzzCases).GetMethod(name + "_Value")!;
        FusedKernelCoresTests.SameOnAnyCores(() =>
        {
            var args = new object?[] { u, v, r, s, h, steps, null, null, null, null };
            var loss = (double)gradient.Invoke(null, args)!;
            var fast = (double)value.Invoke(null, new object?[] { u, v, r, s, h, steps })!;
            return [loss, fast, (double)args[9]!, .. ((Tensor)args[6]!).ToArray(), .. ((Tensor)args[7]!).ToArray(), .. ((Tensor)args[8]!).ToArray()];
        }, name);
    }
}
