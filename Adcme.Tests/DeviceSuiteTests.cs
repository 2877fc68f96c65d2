using Adcme.Tests.Backends;

namespace Adcme.Tests;

/// <summary>The host-less runner of the backend suites (Backends.DeviceSuite, `dotnet Adcme.Tests.dll --device-suite`),
/// as it will run on a GPU machine: here on ilgpu-cpu, one class's cases.</summary>
[Collection("Devices")]
public class DeviceSuiteTests
{
    [Fact]
    public void RunsTheCasesOfOneBackend()
    {
        var log = new StringWriter();
        var outcome = DeviceSuite.Run("ilgpu-cpu", nameof(WindowDeviceTests), log);
        // WindowDeviceTests' ilgpu-cpu cases: 5 grids × 2 grid theories, and 4 single-case theories.
        Assert.Equal(14, outcome.Passed);
        Assert.Equal(0, outcome.Failed);
        Assert.Contains("passed WindowDeviceTests.PadHeatGradientsAsOnTheCpu(\"ilgpu-cpu\", 9, 13)", log.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"cpu\"", log.ToString(), StringComparison.Ordinal);
        // A backend no case names runs nothing (the entry point then exits 1).
        Assert.Equal(0, DeviceSuite.Run("no-such-backend", nameof(WindowDeviceTests), TextWriter.Null).Passed);
    }
}
