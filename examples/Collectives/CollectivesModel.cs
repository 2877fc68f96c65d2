using Adcme;

namespace Adcme.Examples.Collectives;

/// <summary>
/// Three small differentiable programs that communicate, each with an answer known in closed form: a reduce-sum
/// followed by a broadcast, a chain of sends and receives, and one explicit diffusion step on a 2-D field split
/// into blocks whose borders come from a halo exchange.
/// </summary>
public static partial class CollectivesModel
{
    /// <summary>The tag of the chain's messages.</summary>
    public const int ChainTag = 5;

    /// <summary>L = Σ_r θ_r²: every rank's square summed on rank 0 (ReduceSum), then broadcast from rank 0. The result
    /// comes from a Broadcast, so it is the same on every rank and <c>ReduceThenBroadcast_Gradient</c> counts it once:
    /// dL/dθ_r = 2θ_r on rank r. In reverse, Broadcast's adjoint sums the seed onto rank 0 (ReduceSum) and ReduceSum's
    /// sends it back to every rank (Broadcast).</summary>
    [Differentiable]
    public static double ReduceThenBroadcast(double theta, [NoDerivative] Communicator comm)
    {
        var total = comm.ReduceSum(theta * theta, root: 0);
        return comm.Broadcast(total, root: 0);
    }

    /// <summary>A chain: rank r receives the running product from rank r − 1 (rank 0 starts it), multiplies by its own
    /// x, and sends the product on to rank r + 1. The last rank returns the product Π_r x_r and the others 0, so the
    /// result is rank-local and <c>Chain_Gradient</c> sums it over the ranks: L = Π_r x_r and dL/dx_r = Π_{s≠r} x_s.
    /// The adjoints travel back down the chain: Send's adjoint receives, Receive's adjoint sends.</summary>
    [Differentiable]
    public static double Chain(double x, [NoDerivative] Communicator comm)
    {
        var product = x;
        if (comm.Rank > 0)
        {
            product = comm.Receive(comm.Rank - 1, ChainTag) * x;
        }
        var result = product;
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(product, comm.Rank + 1, ChainTag);
            result = 0.0;
        }
        return result;
    }

    /// <summary>One explicit diffusion step u + κΔu on this rank's <paramref name="height"/>×<paramref name="width"/>
    /// block of a field split over a <paramref name="rows"/>×<paramref name="columns"/> grid of ranks (unit grid
    /// spacing, u = 0 outside the field), and L = Σ (step − target)² over the whole field. The 5-point Laplacian reads
    /// each neighbour's boundary from the halo (reach 1, fill 0). L comes from an AllreduceSum, so it counts once.</summary>
    [Differentiable]
    public static double DiffusionMisfit(Tensor block, [NoDerivative] Tensor target, int height, int width, int rows, int columns,
        [NoDerivative] double kappa, [NoDerivative] Communicator comm)
    {
        var padded = comm.HaloExchange(block, rows, columns, 1, 0.0);
        var up = Tensor.Block(padded, 0, 1, height, width);
        var down = Tensor.Block(padded, 2, 1, height, width);
        var left = Tensor.Block(padded, 1, 0, height, width);
        var right = Tensor.Block(padded, 1, 2, height, width);
        var step = block + kappa * (up + down + left + right - 4.0 * block);
        return comm.AllreduceSum(Tensor.SumOfSquares(step - target));
    }

    /// <summary>The same diffusion misfit on the whole field in one process, without communication: the reference
    /// that <see cref="DiffusionMisfit"/>'s gradient is checked against.</summary>
    [Differentiable]
    public static double SerialDiffusionMisfit(Tensor field, [NoDerivative] Tensor target, [NoDerivative] double kappa)
    {
        var step = field + kappa * Stencils.Laplacian(field, 1.0);
        return Tensor.SumOfSquares(step - target);
    }
}
