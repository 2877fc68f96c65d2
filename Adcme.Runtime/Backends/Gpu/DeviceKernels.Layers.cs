using System.ComponentModel;
using ILGPU;

namespace Adcme;

/// <summary>The sizes of an affine layer (W is Outputs × Inputs) and which operands a kernel reads
/// (<see cref="Flags"/>: bit 0 the first, bit 1 the second, bit 2 the third). A kernel argument of the GPU backend
/// (public because ILGPU's CPU accelerator builds its launchers in a separate assembly); not for direct use.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct AffineSizes
{
    /// <summary>The input width, W's column count.</summary>
    public readonly int Inputs;

    /// <summary>The output width, W's row count.</summary>
    public readonly int Outputs;

    /// <summary>The samples in the batch (1 for a vector).</summary>
    public readonly int Batch;

    /// <summary>Which optional operands are present.</summary>
    public readonly int Flags;

    internal AffineSizes(int inputs, int outputs, int batch, int flags) => (Inputs, Outputs, Batch, Flags) = (inputs, outputs, batch, flags);
}

// Layers.Affine on the device, one thread per result element, each computing what the CPU backend's loop computes
// for it: where the CPU adds in plain order (a wide output's sums of scaled rows; the input adjoint where the
// output is not wider; a one-sample batch's weight and bias adjoints) the bits are the CPU's; where it takes SIMD
// dot products or sums, the device adds the same terms in plain order (GpuBackend.Layers.cs states the bound).
internal static partial class DeviceKernels
{
    /// <summary>Element (i, o) of X·Wᵀ from <paramref name="start"/>: a dot product then + start where the input is at
    /// least as wide as the output (the CPU's dot form), else start + the products in order (its row form).</summary>
    private static double AffineElement(ArrayView<double> w, ArrayView<double> x, int i, int o, int inputs, int outputs, double start)
    {
        if (inputs >= outputs)
        {
            var sum = 0.0;
            for (var p = 0; p < inputs; p++) sum += w[o * inputs + p] * x[i * inputs + p];
            return sum + start;
        }
        var y = start;
        for (var p = 0; p < inputs; p++) y += w[o * inputs + p] * x[i * inputs + p];
        return y;
    }

    /// <summary>y[i, o] = (W·xᵢ)ₒ + b[o] (b read when Flags bit 0).</summary>
    public static void AffineForward(Index1D index, ArrayView<double> w, ArrayView<double> b, ArrayView<double> x, ArrayView<double> y, AffineSizes sizes)
    {
        int i = index / sizes.Outputs, o = index % sizes.Outputs;
        y[index] = AffineElement(w, x, i, o, sizes.Inputs, sizes.Outputs, (sizes.Flags & 1) != 0 ? b[o] : 0.0);
    }

    /// <summary>The tangent Ẇ·x + W·ẋ + ḃ, each term added to 0 in that order where present (Flags bits 0, 1, 2).</summary>
    public static void AffineTangent(Index1D index, ArrayView<double> w, ArrayView<double> dw, ArrayView<double> x, ArrayView<double> dx,
        ArrayView<double> db, ArrayView<double> t, AffineSizes sizes)
    {
        int i = index / sizes.Outputs, o = index % sizes.Outputs;
        var sum = 0.0;
        if ((sizes.Flags & 1) != 0) sum += AffineElement(dw, x, i, o, sizes.Inputs, sizes.Outputs, 0.0);
        if ((sizes.Flags & 2) != 0) sum += AffineElement(w, dx, i, o, sizes.Inputs, sizes.Outputs, 0.0);
        if ((sizes.Flags & 4) != 0) sum += db[o];
        t[index] = sum;
    }

    /// <summary>W̄[o, p] = Σᵢ G[i, o]·X[i, p] (i ascending from 0; one sample: the product itself).</summary>
    public static void AffineWeightsAdjoint(Index1D index, ArrayView<double> g, ArrayView<double> x, ArrayView<double> dw, AffineSizes sizes)
    {
        int o = index / sizes.Inputs, p = index % sizes.Inputs;
        if (sizes.Batch == 1)
        {
            dw[index] = x[p] * g[o];
            return;
        }
        var sum = 0.0;
        for (var i = 0; i < sizes.Batch; i++) sum += g[i * sizes.Outputs + o] * x[i * sizes.Inputs + p];
        dw[index] = sum;
    }

    /// <summary>b̄[o] = Σᵢ G[i, o] (i ascending from 0; one sample: G[0, o]).</summary>
    public static void AffineBiasAdjoint(Index1D o, ArrayView<double> g, ArrayView<double> db, AffineSizes sizes)
    {
        if (sizes.Batch == 1)
        {
            db[o] = g[o];
            return;
        }
        var sum = 0.0;
        for (var i = 0; i < sizes.Batch; i++) sum += g[i * sizes.Outputs + o];
        db[o] = sum;
    }

    /// <summary>X̄[i, p] = Σₒ W[o, p]·G[i, o] (o ascending from 0).</summary>
    public static void AffineInputAdjoint(Index1D index, ArrayView<double> w, ArrayView<double> g, ArrayView<double> dx, AffineSizes sizes)
    {
        int i = index / sizes.Inputs, p = index % sizes.Inputs;
        var sum = 0.0;
        for (var o = 0; o < sizes.Outputs; o++) sum += w[o * sizes.Inputs + p] * g[i * sizes.Outputs + o];
        dx[index] = sum;
    }
}
