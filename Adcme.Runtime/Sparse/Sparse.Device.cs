namespace Adcme;

// Sparse.Solve with device operands: conjugate gradients on the device, step for step the host's (Sparse.cs). The
// products are the pattern's device kernels, the updates of x, r and p device kernels with the host loops' arithmetic,
// and the two dot products of an iteration device reductions in the level order (DeviceKernels.SumLevel) that the
// host's solve uses too (LevelSum.Dot): so the iterates, the iteration count and the solution are the host's bit for
// bit (on ILGPU's CPU accelerator; CUDA may round a product-and-add as one). What crosses to the host is two numbers an
// iteration, pᵀAp and rᵀr, for the step length and the stopping test; the operands, iterates and result stay on the
// device.
public static partial class Sparse
{
    private static Tensor SolveOnDevice(GpuBackend backend, SparsePattern pattern, Tensor values, Tensor b, bool transposed = false)
    {
        var n = pattern.Rows;
        var x = backend.Filled(0.0, [n]);
        var r = backend.Copy(b);
        var p = backend.Copy(b);
        try
        {
            var rr = backend.Reduce(DeviceKernels.SquareTerms, r, r);
            if (!double.IsFinite(rr)) throw RightHandSideNotFinite();
            if (rr == 0) return x;
            var target = 1e-24 * rr;
            for (var iteration = 0; iteration < IterationLimit(n); iteration++)
            {
                using var ap = transposed ? backend.SparseMultiplyTransposed(pattern, values, p) : backend.SparseMultiply(pattern, values, p);
                var pap = backend.Reduce(DeviceKernels.ProductTerms, p, ap);
                if (!(pap > 0) || double.IsInfinity(pap)) throw NotPositiveDefinite(pap, iteration);
                var alpha = rr / pap;
                backend.Launch(DeviceKernels.ConjugateGradientStep, n, x.Device.View, r.Device.View, p.Device.View, ap.Device.View, alpha);
                var next = backend.Reduce(DeviceKernels.SquareTerms, r, r);
                if (next <= target) return x;
                var beta = next / rr;
                rr = next;
                backend.Launch(DeviceKernels.ConjugateGradientDirection, n, p.Device.View, r.Device.View, beta);
            }
            throw NotConverged(n);
        }
        catch
        {
            x.Dispose();
            throw;
        }
        finally
        {
            r.Dispose();
            p.Dispose();
        }
    }

    /// <summary><see cref="Solve_Pullback"/> on the device: λ = A⁻ᵀ x̄ by the device solve, −λ[row k]·x[col k] by the
    /// pattern's kernel, both added into the adjoints there.</summary>
    private static void SolvePullbackOnDevice(SparsePattern pattern, Tensor values, Tensor b, Tensor result, Tensor seed, ref Tensor? dValues, ref Tensor? dB)
    {
        var backend = GpuBackend.Of("Sparse.Solve_Pullback", values, b, seed);
        GpuBackend.Of("Sparse.Solve_Pullback", values, result);
        RequireSeed("Sparse.Solve_Pullback", seed, pattern.Rows);
        var lambda = SolveOnDevice(backend, pattern, values, seed, transposed: true);
        using (var outer = backend.OuterOnPattern(pattern, lambda, result))
        {
            dValues = Tensor.AddAdjoint(dValues, backend.Negate(outer), values.ShapeArray);
        }
        dB = Tensor.AddAdjoint(dB, lambda, b.ShapeArray);
    }

    /// <summary>A device rule's seed must be the result's vector (a kernel reads it by index).</summary>
    private static void RequireSeed(string operation, Tensor seed, int length)
    {
        if (seed.Rank != 1 || seed.Length != length)
        {
            throw new TensorShapeException($"{operation}: the seed must have shape [{length}], got {Tensor.Format(seed.ShapeArray)}.");
        }
    }
}
