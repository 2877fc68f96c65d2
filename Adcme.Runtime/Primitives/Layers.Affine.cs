using System.ComponentModel;
using System.Numerics.Tensors;

namespace Adcme;

public static partial class Layers
{
    /// <summary>The affine map of <see cref="Dense"/>, W·x + b for a vector or X·Wᵀ + b for a batch: one loop, one
    /// result, with hand-written rules (what Dense and Mlp call).</summary>
    [Primitive(nameof(Affine_Pullback), nameof(Affine_Tangent))]
    internal static Tensor Affine(Tensor weights, Tensor bias, Tensor input)
    {
        var (batch, inputs, outputs) = AffineShapes(weights, bias, input);
        if (GpuBackend.Any(weights, bias, input))
        {
            return GpuBackend.Of("Dense", weights, bias, input).Affine(weights, bias, input, batch, inputs, outputs, input.Rank == 1 ? [outputs] : [batch, outputs]);
        }
        var result = TensorPool.Rent(batch * outputs);
        Forward(weights.Data, bias.Data, input.Data, batch, inputs, outputs, result);
        return new Tensor(result, input.Rank == 1 ? [outputs] : [batch, outputs]);
    }

    /// <summary>Reverse rule of <see cref="Affine"/>: W̄ += Gᵀ·X, b̄ += Σᵢ Gᵢ, X̄ += G·W (G: the seed, B × out).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    internal static void Affine_Pullback(Tensor weights, Tensor bias, Tensor input, Tensor result, Tensor seed,
        ref Tensor? dWeights, ref Tensor? dBias, ref Tensor? dInput)
    {
        var (batch, inputs, outputs) = AffineShapes(weights, bias, input);
        if (GpuBackend.Any(weights, bias, input) || seed.OnDevice)
        {
            AffinePullbackOnDevice(weights, bias, input, seed, batch, inputs, outputs, ref dWeights, ref dBias, ref dInput);
            return;
        }
        var g = seed.Data;
        var x = input.Data;
        var w = weights.Data;
        if (Adjoints.IsWanted(ref dWeights) || Adjoints.IsWanted(ref dBias))
        {
            var wantWeights = Adjoints.IsWanted(ref dWeights);
            var wantBias = Adjoints.IsWanted(ref dBias);
            var dw = wantWeights ? TensorPool.Rent(outputs * inputs) : null;
            var db = wantBias ? TensorPool.Rent(outputs) : null;
            if (batch == 1)
            {
                for (var o = 0; o < outputs; o++)
                {
                    if (dw is not null) TensorPrimitives.Multiply(x.AsSpan(0, inputs), g[o], dw.AsSpan(o * inputs, inputs));
                    if (db is not null) db[o] = g[o];
                }
            }
            else
            {
                // Columns made contiguous once: W̄[o, p] = Gᵀ[o]·Xᵀ[p] and b̄[o] = Σ Gᵀ[o], dots of length B.
                var gt = Transposed(g, batch, outputs);
                var xt = dw is null ? null : Transposed(x, batch, inputs);
                for (var o = 0; o < outputs; o++)
                {
                    var column = gt.AsSpan(o * batch, batch);
                    if (db is not null) db[o] = TensorPrimitives.Sum<double>(column);
                    if (dw is null) continue;
                    for (var p = 0; p < inputs; p++) dw[o * inputs + p] = TensorPrimitives.Dot<double>(column, xt.AsSpan(p * batch, batch));
                }
                TensorPool.Return(gt);
                if (xt is not null) TensorPool.Return(xt);
            }
            if (dw is not null) dWeights = Tensor.AddAdjoint(dWeights, new Tensor(dw, weights.ShapeArray), weights.ShapeArray);
            if (db is not null) dBias = Tensor.AddAdjoint(dBias, new Tensor(db, bias.ShapeArray), bias.ShapeArray);
        }
        if (!Adjoints.IsWanted(ref dInput)) return;
        var dx = TensorPool.Rent(batch * inputs);
        if (outputs <= inputs)
        {
            // X̄ᵢ = Σₒ Gᵢₒ·W[o]: rows of W, contiguous, scaled and added.
            for (var i = 0; i < batch; i++)
            {
                var row = dx.AsSpan(i * inputs, inputs);
                row.Clear();
                for (var o = 0; o < outputs; o++) TensorPrimitives.MultiplyAdd(w.AsSpan(o * inputs, inputs), g[i * outputs + o], row, row);
            }
        }
        else
        {
            // X̄[i, p] = Gᵢ·Wᵀ[p]: dots of length out.
            var wt = Transposed(w, outputs, inputs);
            for (var i = 0; i < batch; i++)
            {
                var gi = g.AsSpan(i * outputs, outputs);
                for (var p = 0; p < inputs; p++) dx[i * inputs + p] = TensorPrimitives.Dot<double>(gi, wt.AsSpan(p * outputs, outputs));
            }
            TensorPool.Return(wt);
        }
        dInput = Tensor.AddAdjoint(dInput, new Tensor(dx, input.ShapeArray), input.ShapeArray);
    }

    /// <summary>Forward rule of <see cref="Affine"/>: Ẇ·x + W·ẋ + ḃ.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    internal static Tensor? Affine_Tangent(Tensor weights, Tensor? dWeights, Tensor bias, Tensor? dBias, Tensor input, Tensor? dInput, Tensor result)
    {
        if (dWeights is null && dBias is null && dInput is null) return null;
        var (batch, inputs, outputs) = AffineShapes(weights, bias, input);
        if (dWeights is not null) Tensor.RequireSameShape("Dense tangent", weights, dWeights);
        if (dBias is not null) Tensor.RequireSameShape("Dense tangent", bias, dBias);
        if (dInput is not null) Tensor.RequireSameShape("Dense tangent", input, dInput);
        if (GpuBackend.Any(weights, bias, input) || GpuBackend.Any(dWeights, dBias, dInput))
        {
            var backend = GpuBackend.Of("Dense tangent", weights, bias, input);
            foreach (var tangentOperand in new[] { dWeights, dBias, dInput })
            {
                if (tangentOperand is not null) GpuBackend.Of("Dense tangent", weights, tangentOperand);
            }
            return backend.AffineTangent(weights, dWeights, input, dInput, dBias, batch, inputs, outputs, result.ShapeArray);
        }
        var tangent = TensorPool.RentZeroed(batch * outputs);
        var scratch = TensorPool.Rent(batch * outputs);
        if (dWeights is not null)
        {
            Forward(dWeights.Data, null, input.Data, batch, inputs, outputs, scratch);
            TensorPrimitives.Add(tangent, scratch.AsSpan(0, batch * outputs), tangent);
        }
        if (dInput is not null)
        {
            Forward(weights.Data, null, dInput.Data, batch, inputs, outputs, scratch);
            TensorPrimitives.Add(tangent, scratch.AsSpan(0, batch * outputs), tangent);
        }
        if (dBias is not null)
        {
            for (var i = 0; i < batch; i++)
            {
                var row = tangent.AsSpan(i * outputs, outputs);
                TensorPrimitives.Add(row, dBias.Span, row);
            }
        }
        TensorPool.Return(scratch);
        return new Tensor(tangent, result.ShapeArray);
    }

    /// <summary><see cref="Affine_Pullback"/> on a GPU backend: each adjoint by its own kernel (GpuBackend.Layers.cs).</summary>
    private static void AffinePullbackOnDevice(Tensor weights, Tensor bias, Tensor input, Tensor seed, int batch, int inputs, int outputs,
        ref Tensor? dWeights, ref Tensor? dBias, ref Tensor? dInput)
    {
        var backend = GpuBackend.Of("Dense pullback", weights, bias, input);
        GpuBackend.Of("Dense pullback", input, seed);
        if (seed.Length != batch * outputs)
        {
            throw new TensorShapeException($"Dense pullback: the seed of a result of {batch} × {outputs} has shape {Tensor.Format(seed.ShapeArray)}.");
        }
        if (Adjoints.IsWanted(ref dWeights))
        {
            dWeights = Tensor.AddAdjoint(dWeights, backend.AffineWeightsAdjoint(seed, input, batch, inputs, outputs, weights.ShapeArray), weights.ShapeArray);
        }
        if (Adjoints.IsWanted(ref dBias)) dBias = Tensor.AddAdjoint(dBias, backend.AffineBiasAdjoint(seed, batch, inputs, outputs, bias.ShapeArray), bias.ShapeArray);
        if (Adjoints.IsWanted(ref dInput)) dInput = Tensor.AddAdjoint(dInput, backend.AffineInputAdjoint(weights, seed, batch, inputs, outputs, input.ShapeArray), input.ShapeArray);
    }

    /// <summary>y = X·Wᵀ (+ b): dots of rows of W where the input is at least as wide as the output, else sums of
    /// scaled rows of Wᵀ (both contiguous, SIMD).</summary>
    private static void Forward(double[] w, double[]? bias, double[] x, int batch, int inputs, int outputs, double[] y)
    {
        var wt = inputs >= outputs ? null : Transposed(w, outputs, inputs);
        var job = ParallelJob.For<ForwardJob>();
        (job.Weights, job.Transposed, job.Bias, job.Input, job.Result, job.Inputs, job.Outputs) = (w, wt, bias, x, y, inputs, outputs);
        job.Run(batch, (long)inputs * outputs);
        if (wt is not null) TensorPool.Return(wt);
    }

    /// <summary>Samples [start, end) of <see cref="Forward"/>; each sample's outputs are computed the same way on any core.</summary>
    private sealed class ForwardJob : ParallelJob
    {
        internal double[]? Weights, Transposed, Bias, Input, Result;
        internal int Inputs, Outputs;

        protected override void Execute(int start, int end)
        {
            int inputs = Inputs, outputs = Outputs;
            double[] w = Weights!, x = Input!, y = Result!;
            var bias = Bias;
            for (var i = start; i < end; i++)
            {
                if (Transposed is not { } wt)
                {
                    var xi = x.AsSpan(i * inputs, inputs);
                    for (var o = 0; o < outputs; o++)
                    {
                        y[i * outputs + o] = TensorPrimitives.Dot<double>(w.AsSpan(o * inputs, inputs), xi) + (bias is null ? 0 : bias[o]);
                    }
                    continue;
                }
                var row = y.AsSpan(i * outputs, outputs);
                if (bias is null) row.Clear();
                else bias.AsSpan(0, outputs).CopyTo(row);
                for (var p = 0; p < inputs; p++) TensorPrimitives.MultiplyAdd(wt.AsSpan(p * outputs, outputs), x[i * inputs + p], row, row);
            }
        }

        protected override void Clear() => (Weights, Transposed, Bias, Input, Result) = (null, null, null, null, null);
    }

    /// <summary>The transpose of a rows × columns row-major matrix, in pooled storage.</summary>
    private static double[] Transposed(double[] a, int rows, int columns)
    {
        var t = TensorPool.Rent(rows * columns);
        for (var i = 0; i < rows; i++)
        for (var j = 0; j < columns; j++)
            t[j * rows + i] = a[i * columns + j];
        return t;
    }

    /// <summary>(B, in, out) of W (out × in), b (out) and a vector (B = 1) or B × in input; shape errors name them.</summary>
    private static (int Batch, int Inputs, int Outputs) AffineShapes(Tensor weights, Tensor bias, Tensor input)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(bias);
        ArgumentNullException.ThrowIfNull(input);
        if (weights.Rank != 2)
        {
            throw new TensorShapeException($"Dense: the weights must be a matrix (out × in), got shape {Tensor.Format(weights.ShapeArray)}.");
        }
        int outputs = weights.ShapeArray[0], inputs = weights.ShapeArray[1];
        if (bias.Rank != 1 || bias.Length != outputs)
        {
            throw new TensorShapeException($"Dense: weights {Tensor.Format(weights.ShapeArray)} (out × in) need a bias of shape [{outputs}], got {Tensor.Format(bias.ShapeArray)}.");
        }
        var fits = input.Rank switch
        {
            1 => input.ShapeArray[0] == inputs,
            2 => input.ShapeArray[1] == inputs,
            _ => false,
        };
        if (!fits)
        {
            throw new TensorShapeException($"Dense: weights {Tensor.Format(weights.ShapeArray)} (out × in) need an input of {inputs} features, a vector [{inputs}] or a batch B × {inputs} (one sample per row), got {Tensor.Format(input.ShapeArray)}.");
        }
        return (input.Rank == 1 ? 1 : input.ShapeArray[0], inputs, outputs);
    }
}
