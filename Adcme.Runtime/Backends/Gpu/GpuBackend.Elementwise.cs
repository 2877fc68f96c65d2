using ILGPU;

namespace Adcme;

// Elementwise operations on the device: the operators (broadcasting by the NumPy rules, with the CPU backend's
// shape errors), the functions (their kernels printed from the rule table into ElementRules), fills and copies.
public sealed partial class GpuBackend
{
    internal Tensor Filled(double value, int[] shape)
    {
        var result = Output(shape);
        Launch(DeviceKernels.Fill, result.Length, result.Device.View, value);
        return result;
    }

    internal Tensor Copy(Tensor x)
    {
        var result = Output(x.ShapeArray);
        Launch(DeviceKernels.Copy, x.Length, x.Device.View, result.Device.View);
        return result;
    }

    internal Tensor Negate(Tensor x)
    {
        var result = Output(x.ShapeArray);
        Launch(DeviceKernels.Negate, x.Length, x.Device.View, result.Device.View);
        return result;
    }

    /// <summary>a op b, where the operands' shapes are equal or broadcast to <paramref name="shape"/>.</summary>
    internal Tensor Binary(int op, Tensor a, Tensor b, int[] shape)
    {
        var result = Output(shape);
        if (a.HasShape(shape) && b.HasShape(shape))
        {
            Launch(DeviceKernels.Binary, result.Length, a.Device.View, b.Device.View, result.Device.View, op);
            return result;
        }
        var strides = new Strides4(Tensor.Padded(shape), Tensor.BroadcastStrides(a.ShapeArray, shape), Tensor.BroadcastStrides(b.ShapeArray, shape));
        Launch(DeviceKernels.Broadcast, result.Length, a.Device.View, b.Device.View, result.Device.View, strides, op);
        return result;
    }

    internal Tensor WithScalar(int op, Tensor x, double scalar, bool scalarFirst)
    {
        var result = Output(x.ShapeArray);
        Launch(DeviceKernels.Scalar, x.Length, x.Device.View, scalar, result.Device.View, op, scalarFirst ? 1 : 0);
        return result;
    }

    /// <summary>x repeated out to <paramref name="shape"/> (a broadcast of x's shape, checked by the caller).</summary>
    internal Tensor BroadcastTo(Tensor x, int[] shape)
    {
        var result = Output(shape);
        var strides = new Strides4(Tensor.Padded(shape), Tensor.BroadcastStrides(x.ShapeArray, shape), new int[Tensor.MaxRank]);
        Launch(DeviceKernels.BroadcastTo, result.Length, x.Device.View, result.Device.View, strides);
        return result;
    }

    /// <summary>accumulated += x, in place (same shapes).</summary>
    internal void AddInto(Tensor accumulated, Tensor x) => Launch(DeviceKernels.AddInto, x.Length, accumulated.Device.View, x.Device.View);

    /// <summary>A unary function's kernel (ElementRules.*_Device) over x.</summary>
    internal Tensor Map(Action<Index1D, ArrayView<double>, ArrayView<double>> kernel, Tensor x)
    {
        var result = Output(x.ShapeArray);
        Launch(kernel, x.Length, x.Device.View, result.Device.View);
        return result;
    }

    /// <summary>Pow(x, exponent) element by element (ElementRules.Pow_Device).</summary>
    internal Tensor Pow(Tensor x, double exponent)
    {
        var result = Output(x.ShapeArray);
        Launch(ElementRules.Pow_Device, x.Length, x.Device.View, exponent, result.Device.View);
        return result;
    }
}
