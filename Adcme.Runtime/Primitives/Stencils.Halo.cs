using System.ComponentModel;

namespace Adcme;

// Stencils on a block padded by a halo (Communicator.HaloExchange's result): the neighbours of the block's edge
// nodes are in the halo, so a domain split into blocks gives, node by node, what the whole grid gives.
public static partial class Stencils
{
    /// <summary>The 5-point Laplacian at the inner nodes of a block padded by a halo of width 1 (what
    /// <see cref="Communicator.HaloExchange(Tensor, int, int, int, double)"/> returns with reach 1): from
    /// [h + 2, w + 2] to [h, w], Δu[i, j] = (u[i, j+1] + u[i+2, j+1] + u[i+1, j] + u[i+1, j+2] − 4u[i+1, j+1]) / h²
    /// (indices of the padded block). With a zero halo it equals <see cref="Laplacian"/> of the inner block,
    /// bit for bit.</summary>
    /// <exception cref="TensorShapeException"><paramref name="padded"/> is not 2-D or is smaller than 3×3.</exception>
    [Primitive(nameof(HaloLaplacian_Pullback), nameof(HaloLaplacian_Tangent))]
    public static Tensor HaloLaplacian(Tensor padded, [NoDerivative] double h)
    {
        var (n, m) = InnerShape("HaloLaplacian", padded);
        if (padded.OnDevice) return GpuBackend.Of("HaloLaplacian", padded).HaloLaplacian(padded, n, m, 1 / (h * h));
        var result = TensorPool.Rent(n * m);
        var job = ParallelJob.For<HaloLaplacianJob>();
        (job.U, job.Result, job.Columns, job.Scale) = (padded.Data, result, m, 1 / (h * h));
        job.Run(n, m);
        return new Tensor(result, [n, m]);
    }

    /// <summary>Reverse rule of <see cref="HaloLaplacian"/>: each inner node's seed goes, scaled, to its centre
    /// and its four neighbours in the padded block (the halo's share is sent back to its owner by the halo
    /// exchange's own adjoint).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void HaloLaplacian_Pullback(Tensor padded, double h, Tensor result, Tensor seed, ref Tensor? dPadded)
    {
        var (n, m) = InnerShape("HaloLaplacian", padded);
        Tensor.RequireSameShape("HaloLaplacian_Pullback", result, seed);
        if (GpuBackend.Any(padded, seed))
        {
            var share = GpuBackend.Of("HaloLaplacian_Pullback", padded, seed).HaloLaplacianPullback(seed, n, m, 1 / (h * h));
            dPadded = Tensor.AddAdjoint(dPadded, share, padded.ShapeArray);
            return;
        }
        var d = TensorPool.Rent((n + 2) * (m + 2));
        var job = ParallelJob.For<HaloLaplacianPullbackJob>();
        (job.Seed, job.Result, job.Rows, job.Columns, job.Scale) = (seed.Data, d, n, m, 1 / (h * h));
        job.Run(n + 2, m + 2);
        var contribution = new Tensor(d, [n + 2, m + 2]);
        dPadded = Tensor.AddAdjoint(dPadded, contribution, padded.ShapeArray);
    }

    /// <summary>Forward rule of <see cref="HaloLaplacian"/>: it is linear.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? HaloLaplacian_Tangent(Tensor padded, Tensor? dPadded, double h, Tensor result)
        => dPadded is null ? null : HaloLaplacian(dPadded, h);

    private static (int Rows, int Columns) InnerShape(string operation, Tensor padded)
    {
        RequireGrid(operation, padded);
        int rows = padded.ShapeArray[0] - 2, columns = padded.ShapeArray[1] - 2;
        if (rows < 1 || columns < 1)
        {
            throw new TensorShapeException($"{operation}: expected a block padded by a halo of width 1 (at least 3×3), got shape {Tensor.Format(padded.ShapeArray)}.");
        }
        return (rows, columns);
    }
}
