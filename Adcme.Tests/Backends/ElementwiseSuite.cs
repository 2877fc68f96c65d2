namespace Adcme.Tests.Backends;

/// <summary>The operators and functions on every backend, against the CPU backend's values.</summary>
[Collection("Devices")]
public class ElementwiseSuite
{
    public static TheoryData<string, int[], int[]> Shapes()
    {
        var data = new TheoryData<string, int[], int[]>();
        foreach (var name in BackendCases.All)
        {
            data.Add(name, [7], [7]);
            data.Add(name, [3, 5], [3, 5]);
            data.Add(name, [3, 5], [5]);
            data.Add(name, [3, 1], [1, 4]);
            data.Add(name, [2, 1, 3, 1], [4, 1, 5]);
            data.Add(name, [], [2, 3]);
            data.Add(name, [0, 3], [3]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void OperatorsBroadcastAsOnTheCpu(string backend, int[] left, int[] right)
    {
        var a = DeviceAssert.Values(1, Length(left));
        var b = DeviceAssert.Values(2, Length(right), 0.5, 2.5);
        var (x, y) = (Tensor.FromArray(a, left), Tensor.FromArray(b, right));
        var (dx, dy) = (BackendCases.On(backend, a, left), BackendCases.On(backend, b, right));
        DeviceAssert.Same((x + y).ToArray(), dx + dy, backend);
        DeviceAssert.Same((x - y).ToArray(), dx - dy, backend);
        DeviceAssert.Same((y * x).ToArray(), dy * dx, backend);
        DeviceAssert.Same((x / y).ToArray(), dx / dy, backend);
        Assert.Equal((x * y).Shape, (dx * dy).Shape);
    }

    [Theory]
    [MemberData(nameof(BackendCases.All), MemberType = typeof(BackendCases))]
    public void ScalarsAndNegationAsOnTheCpu(string backend)
    {
        var a = DeviceAssert.Values(3, 40);
        var x = Tensor.FromArray(a, 8, 5);
        var d = BackendCases.On(backend, a, 8, 5);
        DeviceAssert.Same((x + 1.5).ToArray(), d + 1.5, backend);
        DeviceAssert.Same((2.0 - x).ToArray(), 2.0 - d, backend);
        DeviceAssert.Same((x * -0.25).ToArray(), d * -0.25, backend);
        DeviceAssert.Same((3.0 / x).ToArray(), 3.0 / d, backend);
        DeviceAssert.Same((x / 7.0).ToArray(), d / 7.0, backend);
        DeviceAssert.Same((-x).ToArray(), -d, backend);
        DeviceAssert.Same(Tensor.Copy(x).ToArray(), Tensor.Copy(d), backend);
    }

    [Theory]
    [MemberData(nameof(BackendCases.All), MemberType = typeof(BackendCases))]
    public void FunctionsAsOnTheCpu(string backend)
    {
        var a = DeviceAssert.Values(4, 300);
        var positive = DeviceAssert.Values(5, 300, 0.01, 9);
        var x = Tensor.FromArray(a, 300);
        var p = Tensor.FromArray(positive, 300);
        var (dx, dp) = (BackendCases.On(backend, a, 300), BackendCases.On(backend, positive, 300));
        DeviceAssert.Same(Tensor.Exp(x).ToArray(), Tensor.Exp(dx), backend, ulps: 2);
        DeviceAssert.Same(Tensor.Log(p).ToArray(), Tensor.Log(dp), backend, ulps: 2);
        DeviceAssert.Same(Tensor.Sin(x).ToArray(), Tensor.Sin(dx), backend, ulps: 2);
        DeviceAssert.Same(Tensor.Cos(x).ToArray(), Tensor.Cos(dx), backend, ulps: 2);
        DeviceAssert.Same(Tensor.Tanh(x).ToArray(), Tensor.Tanh(dx), backend, ulps: 2);
        DeviceAssert.Same(Tensor.Sigmoid(x).ToArray(), Tensor.Sigmoid(dx), backend, ulps: 4);
        DeviceAssert.Same(Tensor.Sqrt(p).ToArray(), Tensor.Sqrt(dp), backend);
        DeviceAssert.Same(Tensor.Abs(x).ToArray(), Tensor.Abs(dx), backend);
        DeviceAssert.Same(Tensor.Relu(x).ToArray(), Tensor.Relu(dx), backend);
        DeviceAssert.Same(Tensor.Pow(p, 2.5).ToArray(), Tensor.Pow(dp, 2.5), backend, ulps: 2);
        DeviceAssert.Same(Tensor.Pow(x, 3).ToArray(), Tensor.Pow(dx, 3), backend, ulps: 2);
    }

    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void ShapeErrorsAreTheCpuBackendsErrors(string backend)
    {
        var (x, y) = (Tensor.Zeros(3, 4), Tensor.Zeros(3, 5));
        var cpu = Assert.Throws<TensorShapeException>(() => x + y);
        var device = Assert.Throws<TensorShapeException>(() => x.To(BackendCases.Of(backend)) + y.To(BackendCases.Of(backend)));
        Assert.Equal(cpu.Message, device.Message);
    }

    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void MixingBackendsIsAnErrorNamingBoth(string backend)
    {
        var host = Tensor.Zeros(2, 2);
        var device = host.To(BackendCases.Of(backend));
        var error = Assert.Throws<TensorBackendException>(() => host * device);
        Assert.Contains("Multiply", error.Message);
        Assert.Contains("[2, 2] on cpu", error.Message);
        Assert.Contains("[2, 2] on " + backend, error.Message);
        var span = Assert.Throws<TensorBackendException>(() => device.Span.Length);
        Assert.Contains("ToArray", span.Message);
    }

    private static int Length(int[] shape) => shape.Aggregate(1, (a, b) => a * b);
}
