namespace Adcme;

// Layers.Affine (Dense, Mlp) on the device: Layers.Affine.cs dispatches here after its shape checks. Each element is
// the CPU backend's, bit for bit, where the CPU adds in plain order: the forward and tangent when the output is wider
// than the input, the input adjoint when it is not, the weight and bias adjoints of one sample. Elsewhere the CPU
// takes SIMD dot products or sums of the same n terms the device adds in plain order, and the two agree within
// 2(n − 1)·ε·Σ|terms| (ε = 2⁻⁵³), whatever the accelerator's core count.
public sealed partial class GpuBackend
{
    /// <summary>W·x + b for each of the batch's samples (B × out, or out for a vector).</summary>
    internal Tensor Affine(Tensor weights, Tensor? bias, Tensor input, int batch, int inputs, int outputs, int[] shape)
    {
        var result = Output(shape);
        var sizes = new AffineSizes(inputs, outputs, batch, bias is null ? 0 : 1);
        Launch(DeviceKernels.AffineForward, result.Length, weights.Device.View, (bias ?? weights).Device.View, input.Device.View, result.Device.View, sizes);
        return result;
    }

    /// <summary>Ẇ·x + W·ẋ + ḃ (null tangents are zeros; at least one is present).</summary>
    internal Tensor AffineTangent(Tensor weights, Tensor? dWeights, Tensor input, Tensor? dInput, Tensor? dBias, int batch, int inputs, int outputs, int[] shape)
    {
        var result = Output(shape);
        var flags = (dWeights is null ? 0 : 1) | (dInput is null ? 0 : 2) | (dBias is null ? 0 : 4);
        var sizes = new AffineSizes(inputs, outputs, batch, flags);
        Launch(DeviceKernels.AffineTangent, result.Length, weights.Device.View, (dWeights ?? weights).Device.View, input.Device.View,
            (dInput ?? input).Device.View, (dBias ?? weights).Device.View, result.Device.View, sizes);
        return result;
    }

    /// <summary>W̄ = Gᵀ·X (out × in).</summary>
    internal Tensor AffineWeightsAdjoint(Tensor seed, Tensor input, int batch, int inputs, int outputs, int[] shape)
    {
        var result = Output(shape);
        Launch(DeviceKernels.AffineWeightsAdjoint, result.Length, seed.Device.View, input.Device.View, result.Device.View, new AffineSizes(inputs, outputs, batch, 0));
        return result;
    }

    /// <summary>b̄ = Σᵢ Gᵢ (out).</summary>
    internal Tensor AffineBiasAdjoint(Tensor seed, int batch, int inputs, int outputs, int[] shape)
    {
        var result = Output(shape);
        Launch(DeviceKernels.AffineBiasAdjoint, result.Length, seed.Device.View, result.Device.View, new AffineSizes(inputs, outputs, batch, 0));
        return result;
    }

    /// <summary>X̄ = G·W (the input's shape).</summary>
    internal Tensor AffineInputAdjoint(Tensor weights, Tensor seed, int batch, int inputs, int outputs, int[] shape)
    {
        var result = Output(shape);
        Launch(DeviceKernels.AffineInputAdjoint, result.Length, weights.Device.View, seed.Device.View, result.Device.View, new AffineSizes(inputs, outputs, batch, 0));
        return result;
    }
}
