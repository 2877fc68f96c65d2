using System.Numerics.Tensors;

namespace Adcme;

// Elementwise kernels split across cores (Parallelism): each element is computed by the same call whichever core
// runs its chunk, so results do not depend on the number of cores. Chunks start at multiples of 8 elements.
public sealed partial class Tensor
{
    /// <summary>What an element of a System.Math function (Exp … Pow) counts as in the threshold: 4 elements, so that Exp
    /// splits from 16 384 elements (CoresBenchmarks: two cores lost at 4 096, gained from 16 384).</summary>
    internal const long FunctionCost = 4;

    private const int ElementGranularity = 8;

    private static void Apply(BinaryOp op, double[] a, double[] b, double[] result, int length)
    {
        if (!Parallelism.Splits(length))
        {
            ApplyRange(op, a, b, result, 0, length);
            return;
        }
        var job = ParallelJob.For<BinaryJob>();
        (job.Op, job.A, job.B, job.Result) = (op, a, b, result);
        job.Run(length, 1, ElementGranularity);
    }

    private static void ApplyRange(BinaryOp op, double[] a, double[] b, double[] result, int start, int end)
    {
        var x = a.AsSpan(start, end - start);
        var y = b.AsSpan(start, end - start);
        var r = result.AsSpan(start, end - start);
        switch (op)
        {
            case BinaryOp.Add: TensorPrimitives.Add(x, y, r); break;
            case BinaryOp.Subtract: TensorPrimitives.Subtract(x, y, r); break;
            case BinaryOp.Multiply: TensorPrimitives.Multiply(x, y, r); break;
            default: TensorPrimitives.Divide(x, y, r); break;
        }
    }

    private static void ApplyScalar(BinaryOp op, double[] x, double scalar, bool scalarFirst, double[] result, int length)
    {
        if (!Parallelism.Splits(length))
        {
            ApplyScalarRange(op, x, scalar, scalarFirst, result, 0, length);
            return;
        }
        var job = ParallelJob.For<ScalarJob>();
        (job.Op, job.X, job.Scalar, job.ScalarFirst, job.Result) = (op, x, scalar, scalarFirst, result);
        job.Run(length, 1, ElementGranularity);
    }

    private static void ApplyScalarRange(BinaryOp op, double[] tensor, double scalar, bool scalarFirst, double[] result, int start, int end)
    {
        var x = tensor.AsSpan(start, end - start);
        var r = result.AsSpan(start, end - start);
        switch (op)
        {
            case BinaryOp.Add: TensorPrimitives.Add(x, scalar, r); break;
            case BinaryOp.Multiply: TensorPrimitives.Multiply(x, scalar, r); break;
            case BinaryOp.Subtract:
                if (scalarFirst) TensorPrimitives.Subtract(scalar, x, r);
                else TensorPrimitives.Subtract(x, scalar, r);
                break;
            default:
                if (scalarFirst) TensorPrimitives.Divide(scalar, x, r);
                else TensorPrimitives.Divide(x, scalar, r);
                break;
        }
    }

    /// <summary>destination[i] = kernel(x[i]) for the first <paramref name="length"/> elements; each element costs
    /// <paramref name="cost"/> additions.</summary>
    private static void ApplyUnary(UnaryKernel kernel, double[] x, double[] result, int length, long cost)
    {
        if (!Parallelism.Splits(length * cost))
        {
            kernel(x.AsSpan(0, length), result.AsSpan(0, length));
            return;
        }
        var job = ParallelJob.For<UnaryJob>();
        (job.Kernel, job.X, job.Result) = (kernel, x, result);
        job.Run(length, cost, ElementGranularity);
    }

    private static void ApplyPow(double[] x, double exponent, double[] result, int length)
    {
        if (!Parallelism.Splits(length * FunctionCost))
        {
            ElementRules.Pow(x.AsSpan(0, length), exponent, result.AsSpan(0, length));
            return;
        }
        var job = ParallelJob.For<PowJob>();
        (job.X, job.Exponent, job.Result) = (x, exponent, result);
        job.Run(length, FunctionCost, ElementGranularity);
    }

    private sealed class BinaryJob : ParallelJob
    {
        internal BinaryOp Op;
        internal double[]? A, B, Result;

        protected override void Execute(int start, int end) => ApplyRange(Op, A!, B!, Result!, start, end);

        protected override void Clear() => (A, B, Result) = (null, null, null);
    }

    private sealed class ScalarJob : ParallelJob
    {
        internal BinaryOp Op;
        internal double[]? X, Result;
        internal double Scalar;
        internal bool ScalarFirst;

        protected override void Execute(int start, int end) => ApplyScalarRange(Op, X!, Scalar, ScalarFirst, Result!, start, end);

        protected override void Clear() => (X, Result) = (null, null);
    }

    private sealed class UnaryJob : ParallelJob
    {
        internal UnaryKernel? Kernel;
        internal double[]? X, Result;

        protected override void Execute(int start, int end)
            => Kernel!(X.AsSpan(start, end - start), Result.AsSpan(start, end - start));

        protected override void Clear() => (Kernel, X, Result) = (null, null, null);
    }

    private sealed class PowJob : ParallelJob
    {
        internal double[]? X, Result;
        internal double Exponent;

        protected override void Execute(int start, int end)
            => ElementRules.Pow(X.AsSpan(start, end - start), Exponent, Result.AsSpan(start, end - start));

        protected override void Clear() => (X, Result) = (null, null);
    }
}
