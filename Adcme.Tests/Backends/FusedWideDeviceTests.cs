using System.Reflection;

namespace Adcme.Tests.Backends;

/// <summary>
/// Fused kernels that read more tensors than ILGPU launches a kernel with (fourteen arguments): their device forms
/// take the views packed eight to a KernelViews argument (and the fresh flags of inputs 32 and beyond in a second
/// int), against the CPU form — values and tensor adjoints bit for bit on ilgpu-cpu, a scalar input's adjoint within
/// the sum bound of Kernels.Total. Beyond thirteen KernelViews (104 views) a kernel has no device form: its located error.
/// </summary>
[Collection("Devices")]
public class FusedWideDeviceTests
{
    private const int Rows = 5, Columns = 7;

    private static object? Invoke(string method, object?[] arguments)
    {
        try
        {
            return typeof(FusedCases).GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, arguments);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            throw exception.InnerException;
        }
    }

    /// <summary>The inputs of a case (tensors of Rows×Columns from seeds, doubles 0.5 + 0.1·k, all different), on the
    /// CPU and on a device.</summary>
    private static (object?[] Cpu, object?[] Device) Inputs(string method, string backend)
    {
        var parameters = typeof(FusedCases).GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.GetParameters();
        var cpu = parameters.Select((p, k) => p.ParameterType == typeof(Tensor) ? (object)Tensor.FromArray(DeviceAssert.Values(200 + k, Rows * Columns), Rows, Columns) : 0.5 + 0.1 * k).ToArray();
        return (cpu, cpu.Select(x => x is Tensor t ? t.To(BackendCases.Of(backend)) : x).ToArray());
    }

    /// <summary>The case's value and pullback (twice, the second adding into the first's adjoints; the adjoints given
    /// as <paramref name="start"/> says: null, or a tensor to add into) on both, compared.</summary>
    private static void AsOnTheCpu(string method, string backend, Func<int, Tensor?> start, double scalarScale)
    {
        var (cpu, device) = Inputs(method, backend);
        var value = (Tensor)Invoke(method + "_Value", device)!;
        DeviceAssert.Same(((Tensor)Invoke(method + "_Value", cpu)!).ToArray(), value, backend, DeviceAssert.FunctionUlps);

        var seed = DeviceAssert.Values(299, Rows * Columns);
        var pullback = typeof(FusedCases).GetMethod(method + "_Pullback", BindingFlags.Public | BindingFlags.Static)!.GetParameters();
        var cpuArguments = cpu.Append(Tensor.FromArray(seed, Rows, Columns)).ToList();
        var deviceArguments = device.Append(Tensor.FromArray(seed, Rows, Columns).To(BackendCases.Of(backend))).ToList();
        for (var p = cpuArguments.Count; p < pullback.Length; p++)
        {
            if (pullback[p].ParameterType.GetElementType() == typeof(double))
            {
                cpuArguments.Add(0.0);
                deviceArguments.Add(0.0);
                continue;
            }
            var given = start(p);
            cpuArguments.Add(given);
            deviceArguments.Add(given?.To(BackendCases.Of(backend)));
        }
        var (cpuAll, deviceAll) = (cpuArguments.ToArray(), deviceArguments.ToArray());
        var checkedAdjoints = 0;
        for (var pass = 0; pass < 2; pass++)
        {
            Invoke(method + "_Pullback", cpuAll);
            Invoke(method + "_Pullback", deviceAll);
            for (var p = cpu.Length + 1; p < pullback.Length; p++)
            {
                if (cpuAll[p] is double expected)
                {
                    var actual = (double)deviceAll[p]!;
                    var bound = Rows * Columns * 1e-14 * (pass + 1) * seed.Sum(Math.Abs) * scalarScale;
                    Assert.True(Math.Abs(expected - actual) <= bound, $"{pullback[p].Name}: expected {expected:R}, got {actual:R} (bound {bound:R})");
                    Assert.NotEqual(0.0, actual);
                }
                else
                {
                    DeviceAssert.Same(((Tensor)cpuAll[p]!).ToArray(), (Tensor)deviceAll[p]!, backend, DeviceAssert.FunctionUlps);
                    checkedAdjoints++;
                }
            }
        }
        Assert.Equal(2 * (pullback.Length - cpu.Length - 1 - pullback.Count(p => p.ParameterType.GetElementType() == typeof(double))), checkedAdjoints);
    }

    /// <summary>Sixteen tensors, four not differentiated, and a scalar: 17 views forward, 30 in the pullback's kernel.</summary>
    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void SixteenInputsAsOnTheCpu(string backend)
        // s's adjoint: Σ g·(x0·x1 + x2·x3), |x| ≤ 3.
        => AsOnTheCpu(nameof(FusedCases.Wide), backend, p => p % 3 == 0 ? Tensor.FromArray(DeviceAssert.Values(p, Rows * Columns), Rows, Columns) : null, 18);

    /// <summary>Forty tensors and a scalar: the fresh flags of inputs 32 to 39 in the second int, some adjoints given
    /// (added into), some not (assigned).</summary>
    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void FortyInputsAsOnTheCpu(string backend)
        // s's adjoint: Σ g·Σ₁₀ x·x, |x| ≤ 3.
        => AsOnTheCpu(nameof(FusedCases.Wider), backend, p => p % 2 == 0 ? Tensor.FromArray(DeviceAssert.Values(p, Rows * Columns), Rows, Columns) : null, 90);

    /// <summary>Ten scalars: their doubles in two KernelScalars (forward and pullback), each scalar's adjoint its own.</summary>
    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void TenScalarsAsOnTheCpu(string backend)
        // The largest contribution per element: s7's, (x + s5)·(x − s6) with |x| ≤ 3 and s ≤ 1.5.
        => AsOnTheCpu(nameof(FusedCases.ManyScalars), backend, _ => null, 20);

    /// <summary>Fifty-three tensors: the forward (54 views) runs on the device; the pullback's kernel (107 views) is
    /// beyond the bound and says so, naming it; the CPU form is unaffected.</summary>
    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void BeyondTheBoundALocatedError(string backend)
    {
        var (cpu, device) = Inputs(nameof(FusedCases.Widest), backend);
        DeviceAssert.Same(((Tensor)Invoke("Widest_Value", cpu)!).ToArray(), (Tensor)Invoke("Widest_Value", device)!, backend, DeviceAssert.FunctionUlps);
        var seed = Tensor.Ones(Rows, Columns);
        var cpuArguments = cpu.Append(seed).Concat(new object?[53]).ToArray();
        Invoke("Widest_Pullback", cpuArguments);
        Assert.All(cpuArguments.Skip(54), adjoint => Assert.IsType<Tensor>(adjoint));
        var deviceArguments = device.Append(seed.To(BackendCases.Of(backend))).Concat(new object?[53]).ToArray();
        var error = Assert.Throws<TensorBackendException>(() => Invoke("Widest_Pullback", deviceArguments));
        Assert.Matches(@"^__Widest\w*_Kernel\d+_Pullback: this fused kernel reads more tensors or scalars than a device kernel takes \(104 tensors beside 8 doubles and 8 ints\)", error.Message);
        Assert.Contains("split the expression", error.Message, StringComparison.Ordinal);
    }
}
