namespace Adcme.Tests.Backends;

/// <summary>
/// Derivative checks of a primitive on one backend, with host arithmetic only for the final inner products (device
/// reductions are not needed): the pullback's adjoints against central finite differences of the forward
/// (⟨w, (f(x + εv) − f(x − εv)) / 2ε⟩ = Σᵢ ⟨x̄ᵢ, vᵢ⟩ for a seed w and directions v), and the tangent against the
/// pullback (the dot-product test ⟨w, J·v⟩ = ⟨Jᵀw, v⟩).
/// </summary>
internal static class DeviceGradientCheck
{
    /// <param name="backend">Where the inputs, the seed and every intermediate live.</param>
    /// <param name="inputs">The inputs' values and shapes (host), moved to the backend here.</param>
    /// <param name="forward">The primitive.</param>
    /// <param name="pullback">The adjoints of the inputs for a seed (inputs, result, seed).</param>
    /// <param name="tangent">The tangent for directions (inputs, directions, result), or null.</param>
    /// <param name="tolerance">The finite differences' relative tolerance.</param>
    public static void Passes(Backend backend, (double[] Values, int[] Shape)[] inputs, Func<Tensor[], Tensor> forward,
        Func<Tensor[], Tensor, Tensor, Tensor?[]> pullback, Func<Tensor[], Tensor[], Tensor, Tensor?>? tangent = null, double tolerance = 1e-7)
    {
        var x = inputs.Select(input => Tensor.FromArray(input.Values, input.Shape).To(backend)).ToArray();
        var result = forward(x);
        Assert.Equal(backend, result.Backend);
        var w = DeviceAssert.Values(101, result.Length, -1, 1);
        var seed = Tensor.FromArray(w, [.. result.Shape]).To(backend);
        var adjoints = pullback(x, result, seed);
        var directions = inputs.Select((input, i) => DeviceAssert.Values(200 + i, input.Values.Length, -1, 1)).ToArray();
        var reverse = 0.0;
        for (var i = 0; i < inputs.Length; i++)
        {
            if (adjoints[i] is not { } adjoint) continue;
            Assert.Equal(backend, adjoint.Backend);
            reverse += Dot(adjoint.ToArray(), directions[i]);
        }
        const double step = 1e-6;
        var plus = forward(Shifted(backend, inputs, directions, step)).ToArray();
        var minus = forward(Shifted(backend, inputs, directions, -step)).ToArray();
        var difference = 0.0;
        for (var k = 0; k < w.Length; k++) difference += w[k] * (plus[k] - minus[k]) / (2 * step);
        Assert.True(Math.Abs(difference - reverse) <= tolerance * Math.Max(1, Math.Abs(reverse)),
            $"on {backend.Name}: the pullback gives ⟨x̄, v⟩ = {reverse:R}, central differences {difference:R}");
        if (tangent is null) return;
        var v = directions.Select((d, i) => Tensor.FromArray(d, inputs[i].Shape).To(backend)).ToArray();
        var forwardMode = tangent(x, v, result);
        Assert.NotNull(forwardMode);
        Assert.Equal(backend, forwardMode!.Backend);
        var tangentDot = Dot(forwardMode.ToArray(), w);
        Assert.True(Math.Abs(tangentDot - reverse) <= 1e-12 * Math.Max(1, Math.Abs(reverse)),
            $"on {backend.Name}: the dot-product test fails: ⟨w, J·v⟩ = {tangentDot:R}, ⟨Jᵀw, v⟩ = {reverse:R}");
    }

    private static Tensor[] Shifted(Backend backend, (double[] Values, int[] Shape)[] inputs, double[][] directions, double step)
        => inputs.Select((input, i) => Tensor.FromArray(input.Values.Select((value, k) => value + step * directions[i][k]).ToArray(), input.Shape).To(backend)).ToArray();

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }
}
