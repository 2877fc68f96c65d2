namespace Adcme.Tests.Backends;

/// <summary>MatMul, MatVec and Transpose with their rules on every backend, against the CPU backend's values, and
/// their derivatives on the backend against central finite differences and the dot-product test.</summary>
[Collection("Devices")]
public class LinearAlgebraSuite
{
    public static TheoryData<string, int, int, int> Products()
    {
        var data = new TheoryData<string, int, int, int>();
        foreach (var name in BackendCases.All)
        {
            data.Add(name, 3, 4, 5);
            data.Add(name, 1, 1, 1);
            data.Add(name, 7, 2, 1);
            data.Add(name, 2, 0, 3);
            data.Add(name, 0, 3, 2);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Products))]
    public void MatMulAndItsRulesAsOnTheCpu(string backend, int m, int k, int n)
    {
        var (a, b, g) = (DeviceAssert.Values(1, m * k), DeviceAssert.Values(2, k * n), DeviceAssert.Values(3, m * n));
        var (x, y, seed) = (Tensor.FromArray(a, m, k), Tensor.FromArray(b, k, n), Tensor.FromArray(g, m, n));
        var (dx, dy, dseed) = (BackendCases.On(backend, a, m, k), BackendCases.On(backend, b, k, n), BackendCases.On(backend, g, m, n));
        var product = Tensor.MatMul(x, y);
        var onDevice = Tensor.MatMul(dx, dy);
        Assert.Equal(product.Shape, onDevice.Shape);
        DeviceAssert.Same(product.ToArray(), onDevice, backend);
        Tensor? cpuA = null, cpuB = null, deviceA = null, deviceB = null;
        Tensor.MatMul_Pullback(x, y, product, seed, ref cpuA, ref cpuB);
        Tensor.MatMul_Pullback(dx, dy, onDevice, dseed, ref deviceA, ref deviceB);
        DeviceAssert.Same(cpuA!.ToArray(), deviceA!, backend);
        DeviceAssert.Same(cpuB!.ToArray(), deviceB!, backend);
        var tangent = Tensor.MatMul_Tangent(x, x, y, y, product)!;
        DeviceAssert.Same(tangent.ToArray(), Tensor.MatMul_Tangent(dx, dx, dy, dy, onDevice)!, backend);
        DeviceAssert.Same(Tensor.Transpose(x).ToArray(), Tensor.Transpose(dx), backend);
    }

    [Theory]
    [MemberData(nameof(BackendCases.All), MemberType = typeof(BackendCases))]
    public void MatVecWithinItsBoundAndItsPullbackAsOnTheCpu(string backend)
    {
        const int m = 6, n = 37;
        var (a, v, g) = (DeviceAssert.Values(4, m * n), DeviceAssert.Values(5, n), DeviceAssert.Values(6, m));
        var (x, y, seed) = (Tensor.FromArray(a, m, n), Tensor.FromArray(v, n), Tensor.FromArray(g, m));
        var (dx, dy, dseed) = (BackendCases.On(backend, a, m, n), BackendCases.On(backend, v, n), BackendCases.On(backend, g, m));
        var product = Tensor.MatVec(x, y).ToArray();
        var onDevice = Tensor.MatVec(dx, dy);
        Assert.Equal(BackendCases.Of(backend), onDevice.Backend);
        var values = onDevice.ToArray();
        for (var i = 0; i < m; i++)
        {
            // Both add the same n products, in different orders: |device − cpu| ≤ 2(n − 1)·ε·Σ|aᵢⱼxⱼ|.
            var magnitude = 0.0;
            for (var j = 0; j < n; j++) magnitude += Math.Abs(a[i * n + j] * v[j]);
            Assert.True(Math.Abs(values[i] - product[i]) <= 2 * (n - 1) * Math.Pow(2, -53) * magnitude, $"row {i}: {values[i]:R} vs {product[i]:R}");
        }
        Tensor? cpuA = null, cpuX = null, deviceA = null, deviceX = null;
        Tensor.MatVec_Pullback(x, y, Tensor.MatVec(x, y), seed, ref cpuA, ref cpuX);
        Tensor.MatVec_Pullback(dx, dy, onDevice, dseed, ref deviceA, ref deviceX);
        DeviceAssert.Same(cpuA!.ToArray(), deviceA!, backend);
        DeviceAssert.Same(cpuX!.ToArray(), deviceX!, backend);
    }

    [Theory]
    [MemberData(nameof(BackendCases.All), MemberType = typeof(BackendCases))]
    public void DerivativesOnTheBackendMatchFiniteDifferences(string backend)
    {
        var on = BackendCases.Of(backend);
        DeviceGradientCheck.Passes(on, [(DeviceAssert.Values(7, 12), [3, 4]), (DeviceAssert.Values(8, 8), [4, 2])],
            x => Tensor.MatMul(x[0], x[1]),
            (x, result, seed) =>
            {
                Tensor? dA = null, dB = null;
                Tensor.MatMul_Pullback(x[0], x[1], result, seed, ref dA, ref dB);
                return [dA, dB];
            },
            (x, v, result) => Tensor.MatMul_Tangent(x[0], v[0], x[1], v[1], result));
        DeviceGradientCheck.Passes(on, [(DeviceAssert.Values(9, 15), [5, 3]), (DeviceAssert.Values(10, 3), [3])],
            x => Tensor.MatVec(x[0], x[1]),
            (x, result, seed) =>
            {
                Tensor? dA = null, dX = null;
                Tensor.MatVec_Pullback(x[0], x[1], result, seed, ref dA, ref dX);
                return [dA, dX];
            },
            (x, v, result) => Tensor.MatVec_Tangent(x[0], v[0], x[1], v[1], result));
        DeviceGradientCheck.Passes(on, [(DeviceAssert.Values(11, 6), [2, 3])],
            x => Tensor.Transpose(x[0]),
            (x, result, seed) =>
            {
                Tensor? dA = null;
                Tensor.Transpose_Pullback(x[0], result, seed, ref dA);
                return [dA];
            },
            (x, v, result) => Tensor.Transpose_Tangent(x[0], v[0], result));
    }

    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void ShapeErrorsAreTheCpuBackendsErrorsAndBackendsDoNotMix(string backend)
    {
        var on = BackendCases.Of(backend);
        (Tensor, Tensor)[] wrong = [(Tensor.Zeros(2, 3), Tensor.Zeros(2, 3)), (Tensor.Zeros(3), Tensor.Zeros(3, 1))];
        foreach (var (a, b) in wrong)
        {
            var cpu = Assert.Throws<TensorShapeException>(() => Tensor.MatMul(a, b));
            Assert.Equal(cpu.Message, Assert.Throws<TensorShapeException>(() => Tensor.MatMul(a.To(on), b.To(on))).Message);
        }
        var vector = Assert.Throws<TensorShapeException>(() => Tensor.MatVec(Tensor.Zeros(2, 3), Tensor.Zeros(2)));
        Assert.Equal(vector.Message, Assert.Throws<TensorShapeException>(() => Tensor.MatVec(Tensor.Zeros(2, 3).To(on), Tensor.Zeros(2).To(on))).Message);
        var transpose = Assert.Throws<TensorShapeException>(() => Tensor.Transpose(Tensor.Zeros(2)));
        Assert.Equal(transpose.Message, Assert.Throws<TensorShapeException>(() => Tensor.Transpose(Tensor.Zeros(2).To(on))).Message);
        var mixed = Assert.Throws<TensorBackendException>(() => Tensor.MatMul(Tensor.Zeros(2, 2), Tensor.Zeros(2, 2).To(on)));
        Assert.Contains("MatMul", mixed.Message);
        Assert.Contains("[2, 2] on " + backend, mixed.Message);
        Assert.Throws<TensorBackendException>(() => Tensor.MatVec(Tensor.Zeros(2, 2).To(on), Tensor.Zeros(2)));
    }
}
