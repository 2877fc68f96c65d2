namespace Adcme.Tests.Backends;

/// <summary>Runs one piece of code on CPU tensors and on copies of them on a backend, and compares what comes out: every
/// tensor bit for bit (DeviceAssert.Same), or the same exception with the same message.</summary>
internal static class RuleCheck
{
    public static Tensor On(string backend, double[] values, params int[] shape) => Tensor.FromArray(values, shape).To(BackendCases.Of(backend));

    /// <summary>A tensor of <paramref name="shape"/> with values from <paramref name="seed"/> (DeviceAssert.Values).</summary>
    public static Tensor Host(int seed, params int[] shape) => Tensor.FromArray(DeviceAssert.Values(seed, shape.Aggregate(1, (p, d) => p * d)), shape);

    /// <summary>A tensor of <paramref name="shape"/> with values in [low, high) and no zeros (DeviceAssert.Values puts
    /// zeros at every seventh element: here they become <paramref name="high"/>).</summary>
    public static Tensor Positive(int seed, double low, double high, params int[] shape)
        => Tensor.FromArray(DeviceAssert.Values(seed, shape.Aggregate(1, (p, d) => p * d), low, high).Select(v => v == 0 ? high : v).ToArray(), shape);

    /// <summary>body on the CPU inputs and on their copies on <paramref name="backend"/>: the same tensors (null where
    /// null), of the same shapes, on that backend.</summary>
    public static void Same(string backend, Tensor[] inputs, Func<Tensor[], Tensor?[]> body, int ulps = 0)
    {
        var expected = body(inputs);
        var actual = body(inputs.Select(t => t.To(BackendCases.Of(backend))).ToArray());
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            if (expected[i] is null)
            {
                Assert.Null(actual[i]);
                continue;
            }
            Assert.NotNull(actual[i]);
            Assert.Equal(expected[i]!.Shape, actual[i]!.Shape);
            DeviceAssert.Same(expected[i]!.ToArray(), actual[i]!, backend, ulps);
        }
    }

    /// <summary>body throws <typeparamref name="TException"/> with the same message on the CPU inputs and on their copies.</summary>
    public static void SameError<TException>(string backend, Tensor[] inputs, Action<Tensor[]> body) where TException : Exception
    {
        var expected = Assert.Throws<TException>(() => body(inputs));
        var actual = Assert.Throws<TException>(() => body(inputs.Select(t => t.To(BackendCases.Of(backend))).ToArray()));
        Assert.Equal(expected.Message, actual.Message);
    }
}
