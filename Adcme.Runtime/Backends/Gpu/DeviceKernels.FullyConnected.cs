using System.ComponentModel;
using ILGPU;

namespace Adcme;

/// <summary>One layer of Layers.FullyConnected on the device: its widths, the batch, where its weights and biases
/// start in θ, and which optional operands a kernel reads (<see cref="Flags"/>). A kernel argument of the GPU backend
/// (public because ILGPU's CPU accelerator builds its launchers in a separate assembly); not for direct use.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct LayerSizes
{
    /// <summary>nₗ₋₁, nₗ and B.</summary>
    public readonly int Inputs, Outputs, Batch;

    /// <summary>The offsets of Wₗ and bₗ in θ.</summary>
    public readonly int Weights, Biases;

    /// <summary>Bit 0: the input tangent (or: through tanh, for the backward step); bit 1: θ's tangent; bit 2: through tanh.</summary>
    public readonly int Flags;

    internal LayerSizes(int inputs, int outputs, int batch, int weights, int biases, int flags)
        => (Inputs, Outputs, Batch, Weights, Biases, Flags) = (inputs, outputs, batch, weights, biases, flags);
}

// Layers.FullyConnected on the device, activations feature-major (width × B) as on the CPU backend, one thread per
// element. Each element is the CPU backend's loop for it, in its order: the affine maps, the tangents and the
// backpropagated adjoints add scaled rows in order (the same bits); θ's adjoint sums over the batch, which the CPU
// does with SIMD dot products and sums and the device in plain order (GpuBackend.FullyConnected.cs states the bound).
internal static partial class DeviceKernels
{
    /// <summary>zₗ[j, b] = bₗ[j] + Σₚ aₗ₋₁[p, b]·Wₗ[p, j], p ascending.</summary>
    public static void LayerAffine(Index1D index, ArrayView<double> theta, ArrayView<double> previous, ArrayView<double> z, LayerSizes s)
    {
        int j = index / s.Batch, b = index % s.Batch;
        var row = theta[s.Biases + j];
        for (var p = 0; p < s.Inputs; p++) row += previous[p * s.Batch + b] * theta[s.Weights + p * s.Outputs + j];
        z[index] = row;
    }

    /// <summary>The tangent of zₗ: θ̇'s bias (or 0), then per p the input tangent's and θ̇'s terms, then through tanh
    /// at aₗ (Flags bits 0, 1, 2).</summary>
    public static void LayerTangent(Index1D index, ArrayView<double> theta, ArrayView<double> dTheta, ArrayView<double> d,
        ArrayView<double> previous, ArrayView<double> next, ArrayView<double> dz, LayerSizes s)
    {
        int j = index / s.Batch, b = index % s.Batch;
        var withInput = (s.Flags & 1) != 0;
        var withTheta = (s.Flags & 2) != 0;
        var row = withTheta ? dTheta[s.Biases + j] : 0.0;
        for (var p = 0; p < s.Inputs; p++)
        {
            if (withInput) row += d[p * s.Batch + b] * theta[s.Weights + p * s.Outputs + j];
            if (withTheta) row += previous[p * s.Batch + b] * dTheta[s.Weights + p * s.Outputs + j];
        }
        if ((s.Flags & 4) != 0) row *= 1 - next[index] * next[index];
        dz[index] = row;
    }

    /// <summary>∂θ for Wₗ[p, j] = Σ_b aₗ₋₁[p, b]·g[j, b] and bₗ[j] = Σ_b g[j, b] (b ascending from 0), written at
    /// their offsets in θ's adjoint; one thread per weight, the first Outputs threads also doing the biases.</summary>
    public static void LayerThetaAdjoint(Index1D index, ArrayView<double> previous, ArrayView<double> g, ArrayView<double> gradient, LayerSizes s)
    {
        int p = index / s.Outputs, j = index % s.Outputs;
        var sum = 0.0;
        for (var b = 0; b < s.Batch; b++) sum += previous[p * s.Batch + b] * g[j * s.Batch + b];
        gradient[s.Weights + index] = sum;
        if (p != 0) return;
        var bias = 0.0;
        for (var b = 0; b < s.Batch; b++) bias += g[j * s.Batch + b];
        gradient[s.Biases + j] = bias;
    }

    /// <summary>∂aₗ₋₁[p, b] = Σⱼ g[j, b]·Wₗ[p, j] (j ascending from 0), then through tanh at aₗ₋₁ (Flags bit 0).</summary>
    public static void LayerBackward(Index1D index, ArrayView<double> g, ArrayView<double> theta, ArrayView<double> previous, ArrayView<double> result, LayerSizes s)
    {
        int p = index / s.Batch, b = index % s.Batch;
        var row = 0.0;
        for (var j = 0; j < s.Outputs; j++) row += g[j * s.Batch + b] * theta[s.Weights + p * s.Outputs + j];
        if ((s.Flags & 1) != 0) row *= 1 - previous[index] * previous[index];
        result[index] = row;
    }
}
