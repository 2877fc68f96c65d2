namespace Adcme.Tests.Backends;

[Collection("Devices")]
public class TensorScopeTests
{
    private static readonly Backend Device = GpuBackend.CpuAccelerator;

    [Fact]
    public void AScopeDisposesItsDeviceTensorsButKeepsWhatItIsTold()
    {
        var outside = Tensor.Ones(100).To(Device);
        Tensor temporary, kept, host;
        using (var scope = TensorScope.Begin())
        {
            temporary = outside * 2.0;
            kept = scope.Keep(temporary + outside);
            host = Tensor.Ones(3) * 2.0;
            Assert.Equal(1, scope.Count);
        }
        Assert.True(temporary.IsDisposed);
        Assert.False(kept.IsDisposed);
        Assert.False(outside.IsDisposed);
        Assert.False(host.IsDisposed);
        Assert.Equal(Enumerable.Repeat(3.0, 100), kept.ToArray());
    }

    [Fact]
    public void KeptTensorsMoveToTheEnclosingScope()
    {
        var x = Tensor.Ones(4).To(Device);
        Tensor inner;
        using (var outer = TensorScope.Begin())
        {
            using (var scope = TensorScope.Begin())
            {
                inner = scope.Keep(x + x);
            }
            Assert.False(inner.IsDisposed);
            Assert.Equal(1, outer.Count);
        }
        Assert.True(inner.IsDisposed);
    }

    [Fact]
    public void ScopesCloseInnermostFirst()
    {
        var outer = TensorScope.Begin();
        var inner = TensorScope.Begin();
        var error = Assert.Throws<InvalidOperationException>(outer.Dispose);
        Assert.Contains("reverse order", error.Message);
        inner.Dispose();
        outer.Dispose();
    }

    [Fact]
    public void DisposedDeviceMemoryGoesBackToThePool()
    {
        var backend = GpuBackend.CpuAccelerator;
        var x = Tensor.Zeros(4096).To(backend);
        var before = backend.RetainedBytes;
        x.Dispose();
        Assert.Equal(before + 4096 * sizeof(double), backend.RetainedBytes);
        var again = Tensor.Ones(4096).To(backend);
        Assert.Equal(before, backend.RetainedBytes);
        Assert.Equal(4096.0, again.ToArray().Sum());
    }
}
