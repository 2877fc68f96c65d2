using System.Numerics.Tensors;

namespace Adcme;

public static partial class Layers
{
    /// <summary>
    /// The loops of <see cref="FullyConnected"/>. Activations are kept feature-major (width × B, one row per
    /// neuron holding all samples), so that every inner loop is a SIMD operation over the batch: a layer is
    /// nₗ₋₁·nₗ multiply-adds of length B forward, and as many dot products of length B for ∂θ. A sample's values
    /// are computed by the same operations in the same order whatever B is (TensorPrimitives.MultiplyAdd does not
    /// fuse), so they are the same bits in any batch; only sums over samples (∂θ) depend on the batch.
    /// </summary>
    private sealed class Network
    {
        private readonly int[] _widths; // n₀ … n_L
        private readonly int[] _weights; // offset of Wₗ in θ, l = 1 … L (index l − 1)

        private Network(int batch, int[] widths)
        {
            Batch = batch;
            _widths = widths;
            _weights = new int[widths.Length - 1];
            var offset = 0;
            for (var l = 1; l < widths.Length; l++)
            {
                _weights[l - 1] = offset;
                offset += (widths[l - 1] + 1) * widths[l];
            }
        }

        public int Batch { get; }

        /// <summary>L, the number of layers.</summary>
        public int Depth => _widths.Length - 1;

        private int Weights(int layer) => _weights[layer - 1];

        /// <summary>nₗ, the width of layer <paramref name="layer"/> (n₀: the input's).</summary>
        public int Width(int layer) => _widths[layer];

        /// <summary>Where layer <paramref name="layer"/>'s weights and biases start in θ (the device path's kernels).</summary>
        public (int Weights, int Biases) Offsets(int layer) => (Weights(layer), Biases(layer));

        private int Biases(int layer) => _weights[layer - 1] + _widths[layer - 1] * _widths[layer];

        /// <summary>Checks the shapes of a call and describes its network.</summary>
        public static Network Describe(Tensor input, int[] sizes, Tensor theta)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(sizes);
            ArgumentNullException.ThrowIfNull(theta);
            const string name = "FullyConnected";
            if (input.Rank is not (1 or 2))
            {
                throw new TensorShapeException($"{name}: input must be B × inputs (or one sample, a vector); got shape {Tensor.Format(input.ShapeArray)}.");
            }
            if (theta.Rank != 1)
            {
                throw new TensorShapeException($"{name}: θ must be a vector of all weights and biases; got shape {Tensor.Format(theta.ShapeArray)}.");
            }
            var inputs = input.ShapeArray[^1];
            RequireWidths(name, Math.Max(inputs, 1), sizes);
            if (inputs < 1) throw new TensorShapeException($"{name}: input of shape {Tensor.Format(input.ShapeArray)} has no features.");
            var expected = ParameterCount(inputs, sizes);
            if (theta.Length != expected)
            {
                throw new TensorShapeException($"{name}: input of shape {Tensor.Format(input.ShapeArray)} ({inputs} inputs) and sizes "
                    + $"{Tensor.Format(sizes)} need θ of length {expected}, got θ of shape {Tensor.Format(theta.ShapeArray)}{FittingWidth(theta.Length, sizes)}.");
            }
            return new Network(input.Rank == 1 ? 1 : input.ShapeArray[0], [inputs, .. sizes]);
        }

        /// <summary>The input width a θ of this length would fit, if there is one: the likely mistake.</summary>
        private static string FittingWidth(int length, int[] sizes)
        {
            long rest = length;
            for (var l = 1; l < sizes.Length; l++) rest -= (sizes[l - 1] + 1L) * sizes[l];
            if (rest <= 0 || rest % sizes[0] != 0 || rest / sizes[0] - 1 < 1) return "";
            return $" (that length fits inputs of width {rest / sizes[0] - 1})";
        }

        /// <summary>The result's shape: B × n_L, or a vector for a one-sample vector input.</summary>
        public int[] OutputShape(Tensor input) => input.Rank == 1 ? [_widths[^1]] : [Batch, _widths[^1]];

        /// <summary>a₀ … a_last, feature-major, from pooled storage (a₀ is the transposed input).</summary>
        public double[][] Activations(ReadOnlySpan<double> input, ReadOnlySpan<double> theta, int last)
        {
            var activations = new double[last + 1][];
            activations[0] = ToFeatures(input);
            for (var l = 1; l <= last; l++)
            {
                var z = TensorPool.Rent(_widths[l] * Batch);
                Affine(theta, l, activations[l - 1], z);
                if (l < Depth) Tanh(z);
                activations[l] = z;
            }
            return activations;
        }

        /// <summary>zₗ = Wₗᵀ·aₗ₋₁ + bₗ in feature-major form: row j is bⱼ + Σₚ W[p, j]·(row p of aₗ₋₁).</summary>
        private void Affine(ReadOnlySpan<double> theta, int layer, ReadOnlySpan<double> previous, Span<double> z)
        {
            int inputs = _widths[layer - 1], outputs = _widths[layer], batch = Batch;
            int weights = Weights(layer), biases = Biases(layer);
            for (var j = 0; j < outputs; j++)
            {
                var row = z.Slice(j * batch, batch);
                row.Fill(theta[biases + j]);
                for (var p = 0; p < inputs; p++)
                {
                    TensorPrimitives.MultiplyAdd(previous.Slice(p * batch, batch), theta[weights + p * outputs + j], row, row);
                }
            }
        }

        /// <summary>
        /// Backpropagates <paramref name="seed"/> (B × n_L): ∂θ (new pooled storage, or null when not wanted) and the
        /// input's adjoint, feature-major (null when not wanted). <paramref name="activations"/> holds a₀ … a_{L−1}.
        /// </summary>
        public double[]? Backward(double[][] activations, ReadOnlySpan<double> theta, ReadOnlySpan<double> seed,
            bool wantInput, bool wantTheta, out double[]? inputGradient)
        {
            var batch = Batch;
            var gradient = wantTheta ? TensorPool.Rent(theta.Length) : null;
            var g = ToFeatures(seed, Depth); // ∂/∂z_L
            for (var l = Depth; l >= 1; l--)
            {
                int inputs = _widths[l - 1], outputs = _widths[l];
                var a = activations[l - 1];
                if (gradient is not null)
                {
                    int weights = Weights(l), biases = Biases(l);
                    for (var p = 0; p < inputs; p++)
                    {
                        var ap = a.AsSpan(p * batch, batch);
                        for (var j = 0; j < outputs; j++) gradient[weights + p * outputs + j] = TensorPrimitives.Dot(ap, g.AsSpan(j * batch, batch));
                    }
                    for (var j = 0; j < outputs; j++) gradient[biases + j] = TensorPrimitives.Sum(g.AsSpan(j * batch, batch));
                }
                if (l == 1 && !wantInput)
                {
                    TensorPool.Return(g);
                    inputGradient = null;
                    return gradient;
                }
                // ∂/∂aₗ₋₁ = Wₗ·∂/∂zₗ, then through tanh: ∂/∂zₗ₋₁ = (1 − aₗ₋₁²) ⊙ ∂/∂aₗ₋₁.
                var previous = TensorPool.Rent(inputs * batch);
                int offset = Weights(l);
                for (var p = 0; p < inputs; p++)
                {
                    var row = previous.AsSpan(p * batch, batch);
                    row.Clear();
                    for (var j = 0; j < outputs; j++) TensorPrimitives.MultiplyAdd(g.AsSpan(j * batch, batch), theta[offset + p * outputs + j], row, row);
                }
                if (l > 1) ThroughTanh(previous, a);
                TensorPool.Return(g);
                g = previous;
            }
            inputGradient = g;
            return gradient;
        }

        /// <summary>
        /// The tangent of z_L (feature-major, pooled) for input tangent <paramref name="dInput"/> (feature-major,
        /// pooled, consumed; null for zero) and θ tangent <paramref name="dTheta"/> (empty for zero).
        /// </summary>
        public double[] Tangent(double[][] activations, ReadOnlySpan<double> theta, double[]? dInput, ReadOnlySpan<double> dTheta)
        {
            var batch = Batch;
            var d = dInput;
            for (var l = 1; l <= Depth; l++)
            {
                int inputs = _widths[l - 1], outputs = _widths[l];
                int weights = Weights(l), biases = Biases(l);
                var a = activations[l - 1];
                var dz = TensorPool.Rent(outputs * batch);
                for (var j = 0; j < outputs; j++)
                {
                    var row = dz.AsSpan(j * batch, batch);
                    row.Fill(dTheta.IsEmpty ? 0 : dTheta[biases + j]);
                    for (var p = 0; p < inputs; p++)
                    {
                        if (d is not null) TensorPrimitives.MultiplyAdd(d.AsSpan(p * batch, batch), theta[weights + p * outputs + j], row, row);
                        if (!dTheta.IsEmpty) TensorPrimitives.MultiplyAdd(a.AsSpan(p * batch, batch), dTheta[weights + p * outputs + j], row, row);
                    }
                }
                if (l < Depth) ThroughTanh(dz, activations[l]);
                if (d is not null) TensorPool.Return(d);
                d = dz;
            }
            return d!;
        }

        /// <summary>
        /// tanh per element with Math.Tanh, as Tensor.Tanh and fused kernels compute it: each value depends on its
        /// argument alone, so results do not change with the batch's size or how it is split over ranks
        /// (TensorPrimitives.Tanh's do; docs/performance.md).
        /// </summary>
        private static void Tanh(Span<double> z)
        {
            for (var k = 0; k < z.Length; k++) z[k] = Math.Tanh(z[k]);
        }

        /// <summary>g ⊙= 1 − a², the derivative of tanh at the activation a = tanh(z).</summary>
        private static void ThroughTanh(Span<double> g, ReadOnlySpan<double> a)
        {
            for (var k = 0; k < g.Length; k++) g[k] *= 1 - a[k] * a[k];
        }

        /// <summary>Samples (B × n₀, row-major) to features (n₀ × B), in pooled storage.</summary>
        public double[] ToFeatures(ReadOnlySpan<double> samples) => ToFeatures(samples, 0);

        private double[] ToFeatures(ReadOnlySpan<double> samples, int layer)
        {
            int width = _widths[layer], batch = Batch;
            var features = TensorPool.Rent(width * batch);
            for (var i = 0; i < batch; i++)
            for (var p = 0; p < width; p++)
                features[p * batch + i] = samples[i * width + p];
            return features;
        }

        /// <summary>Features of layer <paramref name="layer"/> (width × B) back to samples (B × width), in pooled storage.</summary>
        public double[] ToSamples(ReadOnlySpan<double> features, int layer)
        {
            int width = _widths[layer], batch = Batch;
            var samples = TensorPool.Rent(width * batch);
            for (var p = 0; p < width; p++)
            for (var i = 0; i < batch; i++)
                samples[i * width + p] = features[p * batch + i];
            return samples;
        }

        /// <summary>Gives the activations' storage back to the pool.</summary>
        public static void Release(double[][] activations)
        {
            foreach (var a in activations) TensorPool.Return(a);
        }
    }
}
