using ILGPU;

namespace Adcme;

// Derivative rules on the device: the elementwise functions' partials (the generator's ElementRules.*_Partial0_Device,
// from the rule table), a seed added at one element, and MatVec's pullback.
public sealed partial class GpuBackend
{
    /// <summary>d = g · ∂f/∂x at every element (partial(x, r, g, d), r the function's value).</summary>
    internal Tensor Partial(Action<Index1D, ArrayView<double>, ArrayView<double>, ArrayView<double>, ArrayView<double>> partial, Tensor x, Tensor result, Tensor g)
    {
        var d = Output(x.ShapeArray);
        Launch(partial, d.Length, x.Device.View, result.Device.View, g.Device.View, d.Device.View);
        return d;
    }

    /// <summary>d = g · ∂(xᵖ)/∂x at every element (ElementRules.Pow_Partial0_Device).</summary>
    internal Tensor PowPartial(Tensor x, double exponent, Tensor result, Tensor g)
    {
        var d = Output(x.ShapeArray);
        Launch(ElementRules.Pow_Partial0_Device, d.Length, x.Device.View, exponent, result.Device.View, g.Device.View, d.Device.View);
        return d;
    }

    /// <summary>adjoint[offset] += value, in place.</summary>
    internal void AddAt(Tensor adjoint, int offset, double value) => Launch(DeviceKernels.AddAt, 1, adjoint.Device.View, offset, value);

    /// <summary>seed ⊗ x (m × n): MatVec's pullback into the matrix.</summary>
    internal Tensor MatVecOuterPullback(Tensor x, Tensor seed, int[] shape)
    {
        var result = Output(shape);
        Launch(DeviceKernels.MatVecOuterPullback, result.Length, x.Device.View, seed.Device.View, result.Device.View, shape[1]);
        return result;
    }

    /// <summary>aᵀ · seed: MatVec's pullback into the vector.</summary>
    internal Tensor MatVecTransposedPullback(Tensor a, Tensor seed, int[] shape)
    {
        var result = Output(shape);
        Launch(DeviceKernels.MatVecTransposedPullback, result.Length, a.Device.View, seed.Device.View, result.Device.View, a.ShapeArray[0], a.ShapeArray[1]);
        return result;
    }
}
