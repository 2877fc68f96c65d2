namespace Adcme.Tests.Backends;

[Collection("Devices")]
public class BackendSelectionTests
{
    [Fact]
    public void NamesSelectBackends()
    {
        Assert.Same(Backend.Cpu, Backend.FromName("cpu"));
        Assert.Same(Backend.Cpu, Backend.FromName(" CPU "));
        var accelerator = Backend.FromName("ilgpu-cpu");
        Assert.Same(GpuBackend.CpuAccelerator, accelerator);
        Assert.True(accelerator.IsDevice);
        Assert.False(Backend.Cpu.IsDevice);
        Assert.Equal("ilgpu-cpu", accelerator.Name);
    }

    [Fact]
    public void AnUnknownNameIsAClearError()
    {
        var error = Assert.Throws<BackendUnavailableException>(() => Backend.FromName("opencl"));
        Assert.Contains("'opencl' is not a backend", error.Message);
        Assert.Contains("cpu, cuda or ilgpu-cpu", error.Message);
    }

    [Fact]
    public void CudaWithoutAGpuNamesWhatWasFound()
    {
        if (GpuBackend.CudaAvailable)
        {
            Assert.Equal("cuda", Backend.FromName("cuda").Name);
            return;
        }
        var error = Assert.Throws<BackendUnavailableException>(() => Backend.FromName("cuda"));
        Assert.Contains("no CUDA device", error.Message);
        Assert.Contains("devices found:", error.Message);
        Assert.Contains("CPU", error.Message);
    }

    [Fact]
    public void TheEnvironmentVariableChoosesTheDefault()
    {
        Assert.Same(Backend.Cpu, Backend.FromEnvironment(_ => null));
        Assert.Same(Backend.Cpu, Backend.FromEnvironment(_ => ""));
        Assert.Same(GpuBackend.CpuAccelerator, Backend.FromEnvironment(name => name == "ADCME_BACKEND" ? "ilgpu-cpu" : null));
        var error = Assert.Throws<BackendUnavailableException>(() => Backend.FromEnvironment(_ => "tpu"));
        Assert.StartsWith("ADCME_BACKEND=tpu: 'tpu' is not a backend", error.Message);
    }

    [Fact]
    public void TransfersAreExplicitCopies()
    {
        var device = GpuBackend.CpuAccelerator;
        var host = Tensor.FromArray([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], 2, 3);
        var there = host.To(device);
        Assert.Same(device, there.Backend);
        Assert.Equal([2, 3], there.Shape);
        Assert.Equal(host.ToArray(), there.ToArray());
        Assert.Equal(6.0, there[1, 2]);
        Assert.Equal("Tensor[2, 3] on ilgpu-cpu { 1, 2, 3, 4, 5, 6 }", there.ToString());
        var back = there.To(Backend.Cpu);
        Assert.Same(Backend.Cpu, back.Backend);
        Assert.Equal(host.ToArray(), back.ToArray());
        var copy = there.To(device);
        Assert.NotSame(there, copy);
        there.Dispose();
        Assert.Equal(host.ToArray(), copy.ToArray());
        Assert.Throws<ObjectDisposedException>(() => there.ToArray());
        Assert.Equal(5.0, Tensor.FromArray([5.0]).To(device).ToScalar());
    }
}
