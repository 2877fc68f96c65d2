using System.Reflection;
using System.Text.RegularExpressions;
using Adcme.Tests.Adversarial;

namespace Adcme.Tests.Backends;

/// <summary>
/// The device pass of the fuzzers: every fused kernel the generator printed for the stencil fuzzer's programs, and
/// every eighth of the tensor fuzzer's, called directly (they are the programs' private methods) on ilgpu-cpu and on
/// the CPU with the same inputs — small grids, 6×5 with 8×7 for a padded stencil operand (those kernels forward only:
/// the halo stencil's reverse is its primitive's pullback, not on the device yet). Values and tensor adjoints
/// bit for bit; a scalar input's adjoint (the device's fixed-order sum against the CPU's lane-wise one) within
/// n·1e-14 relative to the larger of 1 and the sum's size.
/// </summary>
[Collection("Devices")]
public class FusedFuzzDeviceTests
{
    private const BindingFlags Private = BindingFlags.NonPublic | BindingFlags.Static;

    /// <summary>Pullbacks whose device form has more arguments than ILGPU launches with (they say so at run time).</summary>
    private int TooLarge { get; set; }

    public static TheoryData<string, string, int> Programs()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var backend in BackendCases.Devices)
        {
            data.Add(backend, nameof(StencilFuzzCases), 1);
            data.Add(backend, nameof(FuzzCases), 8);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void FusedKernelsAsOnTheCpu(string backend, string programs, int every)
    {
        var type = typeof(StencilFuzzCases).Assembly.GetType("Adcme.Tests.Adversarial." + programs)!;
        var kernels = type.GetMethods(Private).Where(m => Regex.IsMatch(m.Name, @"^__\w+_Kernel\d+$")).OrderBy(m => m.Name, StringComparer.Ordinal)
            .Where((_, index) => index % every == 0).ToList();
        Assert.True(kernels.Count >= 50, $"{kernels.Count} kernels");
        var checkedPullbacks = 0;
        var diffusion = 0;
        var windows = 0;
        foreach (var kernel in kernels)
        {
            var inputs = Inputs(kernel, out var padded);
            Assert.True(inputs is not null, kernel.Name + ": no grid shapes fit");
            var cpu = (Tensor)kernel.Invoke(null, inputs)!;
            Tensor device;
            try
            {
                device = (Tensor)kernel.Invoke(null, inputs!.Select(x => x is Tensor t ? t.To(BackendCases.Of(backend)) : x).ToArray())!;
            }
            catch (TargetInvocationException exception) when (exception.InnerException is TensorBackendException { Message: var message }
                && message.Contains("a fused kernel with Stencils.Diffusion does not run on a GPU backend yet", StringComparison.Ordinal))
            {
                // A fused Diffusion has no device form yet: its located error, never a wrong value (counted below).
                Assert.StartsWith(kernel.Name + ":", message);
                diffusion++;
                continue;
            }
            catch (TargetInvocationException exception) when (exception.InnerException is TensorBackendException { Message: var message }
                && message.Contains("a fused kernel with a window (Tensor.Block read in place) does not run on a GPU backend yet", StringComparison.Ordinal))
            {
                // Windows (a Pad-based stencil's Tensor.Block reads) have no device form yet: the same, counted.
                Assert.StartsWith(kernel.Name + ":", message);
                windows++;
                continue;
            }
            Assert.Equal(cpu.Shape, device.Shape);
            DeviceAssert.Same(cpu.ToArray(), device, backend);
            // A halo stencil's reverse is its primitive's pullback (Stencils.HaloLaplacian_Pullback), not on the device
            // yet: kernels with a padded operand are checked forward only.
            if (!padded && type.GetMethod(kernel.Name + "_Pullback", Private) is { } pullback)
            {
                Pullback(backend, kernel.Name, pullback, inputs, cpu.ShapeArray);
                checkedPullbacks++;
            }
        }
        Assert.True(diffusion <= kernels.Count / 4, $"{diffusion} of {kernels.Count} kernels hold a fused Diffusion");
        Assert.True(windows <= kernels.Count / 4, $"{windows} of {kernels.Count} kernels hold a window");
        Assert.True(checkedPullbacks - TooLarge >= (kernels.Count - diffusion - windows) / 3, $"{checkedPullbacks} pullbacks of {kernels.Count} kernels, {TooLarge} too large");
        Assert.True(TooLarge <= 2, $"{TooLarge} pullbacks too large for a device kernel");
    }

    private void Pullback(string backend, string name, MethodInfo pullback, object?[] inputs, int[] shape)
    {
        var seed = DeviceAssert.Values(7, shape.Aggregate(1, (a, b) => a * b));
        var parameters = pullback.GetParameters();
        var cpuArguments = inputs.Append(Tensor.FromArray(seed, shape)).ToList();
        var deviceArguments = inputs.Select(x => x is Tensor t ? t.To(BackendCases.Of(backend)) : x).Append(Tensor.FromArray(seed, shape).To(BackendCases.Of(backend))).ToList();
        for (var p = cpuArguments.Count; p < parameters.Length; p++)
        {
            object? zero = parameters[p].ParameterType.GetElementType() == typeof(double) ? 0.0 : null;
            cpuArguments.Add(zero);
            deviceArguments.Add(zero);
        }
        var cpu = cpuArguments.ToArray();
        var device = deviceArguments.ToArray();
        pullback.Invoke(null, cpu);
        try
        {
            pullback.Invoke(null, device);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is TensorBackendException { Message: var message }
            && message.Contains("more tensors or scalars than a device kernel takes", StringComparison.Ordinal))
        {
            // A known limit (ILGPU launches with at most 14 arguments; views are not packed yet): counted, not hidden.
            TooLarge++;
            return;
        }
        for (var p = inputs.Length + 1; p < parameters.Length; p++)
        {
            if (cpu[p] is Tensor expected) DeviceAssert.Same(expected.ToArray(), (Tensor)device[p]!, backend);
            else if (cpu[p] is double value)
            {
                var actual = (double)device[p]!;
                if (double.IsNaN(value) && double.IsNaN(actual)) continue;
                var bound = shape.Aggregate(1, (a, b) => a * b) * 1e-14 * Math.Max(1, Math.Abs(value));
                Assert.True(Math.Abs(value - actual) <= bound, $"{name}, adjoint {parameters[p].Name}: expected {value:R}, got {actual:R}");
            }
            else Assert.Null(device[p]);
        }
    }

    /// <summary>Inputs for a kernel: tensors of 6×5, or 8×7 for padded stencil operands and windows' operands (the first
    /// assignment the CPU form accepts), doubles 0.7, ints (the windows' sizes, n then m) 6 then 5.</summary>
    private static object?[]? Inputs(MethodInfo kernel, out bool padded)
    {
        padded = false;
        var parameters = kernel.GetParameters();
        var tensors = parameters.Select((p, k) => (p, k)).Where(x => x.p.ParameterType == typeof(Tensor)).Select(x => x.k).ToList();
        for (var mask = 0; mask < 1 << tensors.Count; mask++)
        {
            var inputs = new object?[parameters.Length];
            for (var k = 0; k < parameters.Length; k++)
            {
                if (parameters[k].ParameterType == typeof(int))
                {
                    inputs[k] = parameters.Take(k).Any(p => p.ParameterType == typeof(int)) ? 5 : 6;
                    continue;
                }
                if (parameters[k].ParameterType != typeof(Tensor))
                {
                    inputs[k] = 0.7;
                    continue;
                }
                var halo = (mask >> tensors.IndexOf(k) & 1) != 0;
                var (rows, columns) = halo ? (8, 7) : (6, 5);
                inputs[k] = Tensor.FromArray(DeviceAssert.Values(100 + k, rows * columns), rows, columns);
            }
            try
            {
                ((Tensor)kernel.Invoke(null, inputs)!).Dispose();
                padded = mask != 0;
                return inputs;
            }
            catch (TargetInvocationException exception) when (exception.InnerException is TensorShapeException)
            {
            }
        }
        return null;
    }
}
