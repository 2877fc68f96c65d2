using System.Reflection;
using System.Text.RegularExpressions;
using Adcme.Tests.Adversarial;

namespace Adcme.Tests.Backends;

/// <summary>
/// The device pass of the fuzzers: every fused kernel the generator printed for the stencil fuzzer's programs (fused
/// Laplacian, HaloLaplacian and Diffusion, forward and pullback; kernels of 16 to 22 tensor inputs, their views packed
/// in KernelViews; windows, Tensor.Block of a variable read in place), and every eighth of the tensor fuzzer's, called
/// directly (they are the programs' private methods) on ilgpu-cpu and on the CPU with the same inputs — small grids,
/// 6×5 with 8×7 for a padded stencil operand. Every kernel runs on the device (none throws): values and tensor
/// adjoints bit for bit; a scalar input's adjoint (the device's fixed-order sum against the CPU's lane-wise one) within
/// n·1e-14 relative to the larger of 1 and the sum's size.
/// </summary>
[Collection("Devices")]
public class FusedFuzzDeviceTests
{
    private const BindingFlags Private = BindingFlags.NonPublic | BindingFlags.Static;

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
        var (diffusion, padded, packed, windows) = (0, 0, 0, 0);
        foreach (var kernel in kernels)
        {
            var inputs = Inputs(kernel, out var halo);
            Assert.True(inputs is not null, kernel.Name + ": no grid shapes fit");
            var cpu = (Tensor)kernel.Invoke(null, inputs)!;
            var device = (Tensor)kernel.Invoke(null, inputs!.Select(x => x is Tensor t ? t.To(BackendCases.Of(backend)) : x).ToArray())!;
            Assert.Equal(cpu.Shape, device.Shape);
            DeviceAssert.Same(cpu.ToArray(), device, backend);
            if (halo) padded++;
            if (type.GetMethods(Private).Any(m => m.Name.StartsWith(kernel.Name + "_Pullback_DeviceWindows", StringComparison.Ordinal))) windows++;
            // A device form with more arguments than ILGPU launches with takes its views packed in KernelViews.
            if (type.GetMethods(Private).Any(m => m.Name.StartsWith(kernel.Name + "_", StringComparison.Ordinal)
                && m.GetParameters().Any(p => p.ParameterType == typeof(KernelViews)))) packed++;
            if (type.GetMethod(kernel.Name + "_Pullback", Private) is { } pullback)
            {
                Pullback(backend, kernel.Name, pullback, inputs, cpu.ShapeArray);
                checkedPullbacks++;
                if (Calls(pullback, nameof(Stencils.Diffusion_Pullback))) diffusion++;
            }
        }
        Assert.True(checkedPullbacks >= kernels.Count / 3, $"{checkedPullbacks} pullbacks of {kernels.Count} kernels");
        if (programs == nameof(StencilFuzzCases))
        {
            // The stencil fuzzer's programs hold fused Diffusion and HaloLaplacian nodes, forward and reverse, and (its
            // wide programs) kernels of 16 to 22 tensor inputs, on the device.
            Assert.True(diffusion >= 5, $"{diffusion} pullbacks of a fused Diffusion");
            Assert.True(padded >= 5, $"{padded} kernels with a padded operand");
            Assert.True(packed >= 4, $"{packed} kernels with packed views");
            // And windows (a Pad-based stencil's Tensor.Block reads, in place on the grid), whose adjoints the device
            // gathers into their operand's.
            Assert.True(windows >= 10, $"{windows} kernels with windows");
        }
    }

    /// <summary>Whether a method's IL calls the Stencils method named (a fused Diffusion's pullback calls its primitive's).</summary>
    private static bool Calls(MethodInfo method, string name)
    {
        var il = method.GetMethodBody()!.GetILAsByteArray()!;
        for (var i = 0; i + 4 < il.Length; i++)
        {
            // call: 0x28 and a method token (a MethodDef, 0x06, or a MemberRef, 0x0A).
            if (il[i] != 0x28 || (il[i + 4] != 0x06 && il[i + 4] != 0x0A)) continue;
            try
            {
                if (method.Module.ResolveMethod(BitConverter.ToInt32(il, i + 1)) is { Name: var called, DeclaringType: var declaring }
                    && called == name && declaring == typeof(Stencils)) return true;
            }
            catch (ArgumentException)
            {
                // Not a call's token: bytes of another instruction.
            }
        }
        return false;
    }

    private static void Pullback(string backend, string name, MethodInfo pullback, object?[] inputs, int[] shape)
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
        pullback.Invoke(null, device);
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
