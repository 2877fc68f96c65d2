using ILGPU;

namespace Adcme;

// Maximum, Minimum, Clamp and Where on the device, with their partials: operands that broadcast are spread to the
// result's shape first (as the CPU backend spreads them), then one kernel computes each element. The per-element
// kernels of Maximum, Minimum, Clamp and their partials are the generator's (ElementRules.*_Device, from the rule table).
public sealed partial class GpuBackend
{
    /// <summary>kernel(a, b) element by element over <paramref name="shape"/>, both operands spread to it.</summary>
    internal Tensor Pair(string operation, Action<Index1D, ArrayView<double>, ArrayView<double>, ArrayView<double>> kernel, Tensor a, Tensor b, int[] shape)
    {
        var x0 = Spread(operation, a, shape, out var s0);
        var x1 = Spread(operation, b, shape, out var s1);
        var result = Output(shape);
        Launch(kernel, result.Length, x0.Device.View, x1.Device.View, result.Device.View);
        s0?.Dispose();
        s1?.Dispose();
        return result;
    }

    /// <summary>d = partial(a, b, g) over <paramref name="shape"/> (a pair's partial, operands and seed spread to it).</summary>
    internal Tensor PairPartial(string operation, Action<Index1D, ArrayView<double>, ArrayView<double>, ArrayView<double>, ArrayView<double>> partial, Tensor a, Tensor b, Tensor g, int[] shape)
    {
        var x0 = Spread(operation, a, shape, out var s0);
        var x1 = Spread(operation, b, shape, out var s1);
        var seed = Spread(operation, g, shape, out var sg);
        var result = Output(shape);
        Launch(partial, result.Length, x0.Device.View, x1.Device.View, seed.Device.View, result.Device.View);
        s0?.Dispose();
        s1?.Dispose();
        sg?.Dispose();
        return result;
    }

    /// <summary>Clamp(x, lo, hi) element by element, lo ≤ hi checked by the caller (ElementRules.Clamp_Device: the rule
    /// table's device form, Math.Clamp's arithmetic without its lo &gt; hi exception).</summary>
    internal Tensor Clamp(Tensor x, double lo, double hi)
    {
        var result = Output(x.ShapeArray);
        Launch(ElementRules.Clamp_Device, result.Length, x.Device.View, lo, hi, result.Device.View);
        return result;
    }

    /// <summary>d = partial(x, lo, hi, g), one of Clamp's partials (g of x's shape).</summary>
    internal Tensor ClampPartial(Action<Index1D, ArrayView<double>, double, double, ArrayView<double>, ArrayView<double>> partial, Tensor x, double lo, double hi, Tensor g)
    {
        var result = Output(x.ShapeArray);
        Launch(partial, result.Length, x.Device.View, lo, hi, g.Device.View, result.Device.View);
        return result;
    }

    /// <summary>Where(condition, a, b) over <paramref name="shape"/>, the three spread to it.</summary>
    internal Tensor Where(Tensor condition, Tensor a, Tensor b, int[] shape)
    {
        var c = Spread("Where", condition, shape, out var sc);
        var x = Spread("Where", a, shape, out var sa);
        var y = Spread("Where", b, shape, out var sb);
        var result = Output(shape);
        Launch(DeviceKernels.Where, result.Length, c.Device.View, x.Device.View, y.Device.View, result.Device.View);
        sc?.Dispose();
        sa?.Dispose();
        sb?.Dispose();
        return result;
    }

    /// <summary>The seed g (of <paramref name="shape"/>) where the condition is nonzero (toA) or zero, 0 elsewhere.</summary>
    internal Tensor Selected(Tensor condition, Tensor g, int[] shape, bool toA)
    {
        var c = Spread("Where", condition, shape, out var sc);
        var result = Output(shape);
        Launch(DeviceKernels.Selected, result.Length, c.Device.View, g.Device.View, result.Device.View, toA ? 1 : 0);
        sc?.Dispose();
        return result;
    }

    /// <summary>Where(condition, dA, dB) over <paramref name="shape"/>, a null tangent standing for zero.</summary>
    internal Tensor WhereTangent(Tensor condition, Tensor? dA, Tensor? dB, int[] shape)
    {
        var c = Spread("Where", condition, shape, out var sc);
        Tensor? sa = null, sb = null;
        var u = dA is null ? c : Spread("Where", dA, shape, out sa);
        var v = dB is null ? c : Spread("Where", dB, shape, out sb);
        var result = Output(shape);
        Launch(DeviceKernels.WhereTangent, result.Length, c.Device.View, u.Device.View, v.Device.View, result.Device.View, dA is null ? 0 : 1, dB is null ? 0 : 1);
        sc?.Dispose();
        sa?.Dispose();
        sb?.Dispose();
        return result;
    }

    /// <summary>x itself when it has <paramref name="shape"/>, else x repeated out to it (returned in
    /// <paramref name="spread"/> too, for the caller to dispose): Tensor.Spread's device form.</summary>
    private static Tensor Spread(string operation, Tensor x, int[] shape, out Tensor? spread)
    {
        spread = x.HasShape(shape) ? null : Tensor.BroadcastTo(operation, x, shape);
        return spread ?? x;
    }
}
