using System.Diagnostics;
using System.Globalization;

namespace Adcme;

// The distributed preconditioned conjugate gradient: per iteration one halo exchange of the search direction and two
// reductions (pᵀAp; then rᵀr and rᵀz together). The preconditioner, built once per operator (PoissonPatchOperator.Setup):
// A's diagonal (Jacobi); A's block on this rank's patch solved by its Cholesky factor (block Jacobi); or A itself by
// substructuring (Direct: the patches' factors and the interface system, one more sum over ranks per application).
// Every decision (stop, throw) is taken on globally reduced numbers, so every rank takes it at the same iteration and
// issues the same communication.
public static partial class DistributedPoisson
{
    private static double[] ConjugateGradient(PoissonPatchOperator op, ReadOnlySpan<double> b, PoissonSolveKind kind, PoissonSolveLog log)
    {
        var start = Stopwatch.GetTimestamp();
        var comm = op.Comm;
        int n = op.Rows, m = op.Columns, width = m + 2, length = n * m;
        var inverse = op.InverseDiagonal;
        var preconditioner = op.Setup(log, out var setup);
        var factor = preconditioner.Failed ? null : preconditioner.Factor;
        var system = preconditioner.Interface;
        var work = factor is null ? null : TensorPool.Rent(length);
        var x = TensorPool.RentZeroed(length);
        var r = TensorPool.Rent(length);
        var z = TensorPool.Rent(length);
        var ap = TensorPool.Rent(length);
        var p = TensorPool.RentZeroed(op.PaddedLength);
        try
        {
            b.CopyTo(r);
            var notPositive = 0;
            foreach (var d in op.Diagonal) if (!(d > 0) || !double.IsFinite(d)) notPositive++;
            var (bb, nodes, bad, failed) = Reduce4(comm, Dot(r, r), length, notPositive, preconditioner.Failed ? 1 : 0);
            if (bad > 0)
            {
                throw new ArgumentException(Invariant(
                    $"DistributedPoisson.Solve ({Name(kind)} solve, rank {comm.Rank} of {comm.Size}): κ must be positive and finite: the operator's diagonal is not at {bad} node(s) of the grid."),
                    "kappa");
            }
            if (!double.IsFinite(bb))
            {
                throw new ArgumentException(Invariant($"DistributedPoisson.Solve ({Name(kind)} solve, rank {comm.Rank} of {comm.Size}): the right-hand side contains NaN or ∞."),
                    kind == PoissonSolveKind.Forward ? "f" : "seed");
            }
            if (failed > 0)
            {
                throw new InvalidOperationException(Invariant(
                    $"DistributedPoisson.Solve ({Name(kind)} solve, rank {comm.Rank} of {comm.Size}): the operator is not positive definite: {(preconditioner.Kind == PoissonPreconditioner.Direct ? "its Cholesky factorization" : $"the Cholesky factorization of {failed} rank(s)' patch")} met a non-positive pivot (κ must be positive)."));
            }
            if (bb == 0)
            {
                log.Add(kind, 0, 0, start, setup, preconditioner.Kind);
                return x;
            }
            var limit = log.MaxIterations > 0 ? log.MaxIterations : 1000 + 20 * (int)Math.Ceiling(Math.Sqrt(nodes));
            var target = log.Tolerance * log.Tolerance * bb;
            var rz = Precondition(factor, system, inverse, r, z, work);
            rz = comm.AllreduceSum(rz);
            for (var i = 0; i < n; i++) z.AsSpan(i * m, m).CopyTo(p.AsSpan((i + 1) * width + 1, m));
            var rr = bb;
            for (var iteration = 1; iteration <= limit; iteration++)
            {
                op.FillHalo(p);
                op.Apply(p, ap);
                var pap = 0.0;
                for (var i = 0; i < n; i++)
                {
                    var row = (i + 1) * width + 1;
                    for (var j = 0; j < m; j++) pap += p[row + j] * ap[i * m + j];
                }
                pap = comm.AllreduceSum(pap);
                if (!(pap > 0) || double.IsInfinity(pap))
                {
                    throw double.IsFinite(pap)
                        ? new InvalidOperationException(Invariant(
                            $"DistributedPoisson.Solve ({Name(kind)} solve, rank {comm.Rank} of {comm.Size}): the operator is not positive definite (pᵀAp = {pap:G3} at iteration {iteration})."))
                        : new ArgumentException(Invariant(
                            $"DistributedPoisson.Solve ({Name(kind)} solve, rank {comm.Rank} of {comm.Size}): NaN or ∞ in κ (pᵀAp = {pap:G3} at iteration {iteration})."), "kappa");
                }
                var alpha = rz / pap;
                var localRr = 0.0;
                var localRz = 0.0;
                for (var i = 0; i < n; i++)
                {
                    var row = (i + 1) * width + 1;
                    for (var j = 0; j < m; j++)
                    {
                        var c = i * m + j;
                        x[c] += alpha * p[row + j];
                        var residual = r[c] - alpha * ap[c];
                        r[c] = residual;
                        localRr += residual * residual;
                        if (factor is null)
                        {
                            var preconditioned = inverse[c] * residual;
                            z[c] = preconditioned;
                            localRz += residual * preconditioned;
                        }
                    }
                }
                if (factor is not null) localRz = Precondition(factor, system, inverse, r, z, work);
                (rr, var nextRz) = Reduce2(comm, localRr, localRz);
                if (rr <= target)
                {
                    log.Add(kind, iteration, Math.Sqrt(rr / bb), start, setup, preconditioner.Kind);
                    return x;
                }
                var beta = nextRz / rz;
                rz = nextRz;
                for (var i = 0; i < n; i++)
                {
                    var row = (i + 1) * width + 1;
                    for (var j = 0; j < m; j++) p[row + j] = z[i * m + j] + beta * p[row + j];
                }
            }
            var reached = Math.Sqrt(rr / bb);
            log.Add(kind, limit, reached, start, setup, preconditioner.Kind);
            throw new InvalidOperationException(Invariant(
                $"DistributedPoisson.Solve ({Name(kind)} solve, rank {comm.Rank} of {comm.Size}): conjugate gradients did not converge in {limit} iterations: relative residual {reached:G3}, tolerance {log.Tolerance:G3}."));
        }
        catch
        {
            TensorPool.Return(x);
            throw;
        }
        finally
        {
            TensorPool.Return(r);
            TensorPool.Return(z);
            TensorPool.Return(ap);
            TensorPool.Return(p);
            if (work is not null) TensorPool.Return(work);
        }
    }

    /// <summary>z = M⁻¹r (M: the diagonal, this patch's block through its factor, or A through the patches' factors and the interface system); returns the local rᵀz.</summary>
    private static double Precondition(PatchCholesky? factor, InterfaceSystem? system, double[] inverse, double[] r, double[] z, double[]? work)
    {
        var length = inverse.Length;
        if (factor is not null && system is not null)
        {
            factor.ForwardInterior(r, work);
            system.Solve(work);
            factor.BackwardInterior(work, z);
            return Dot(r, z);
        }
        if (factor is not null)
        {
            factor.Solve(r.AsSpan(0, length), z.AsSpan(0, length), work.AsSpan(0, length));
            return Dot(r.AsSpan(0, length), z.AsSpan(0, length));
        }
        var rz = 0.0;
        for (var c = 0; c < length; c++)
        {
            z[c] = inverse[c] * r[c];
            rz += r[c] * z[c];
        }
        return rz;
    }

    private static string Name(PoissonSolveKind kind) => kind.ToString().ToLowerInvariant();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    /// <summary>Two sums over ranks in one reduction.</summary>
    private static (double, double) Reduce2(Communicator comm, double a, double b)
    {
        if (comm.Size == 1) return (a, b);
        var local = Tensor.Allocate(out var values, 2);
        values[0] = a;
        values[1] = b;
        using var total = comm.AllreduceSum(local);
        local.Dispose();
        return (total.Span[0], total.Span[1]);
    }

    /// <summary>Four sums over ranks in one reduction.</summary>
    private static (double, double, double, double) Reduce4(Communicator comm, double a, double b, double c, double d)
    {
        var local = Tensor.Allocate(out var values, 4);
        values[0] = a;
        values[1] = b;
        values[2] = c;
        values[3] = d;
        using var total = comm.AllreduceSum(local);
        local.Dispose();
        return (total.Span[0], total.Span[1], total.Span[2], total.Span[3]);
    }
}
