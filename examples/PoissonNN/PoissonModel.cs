using Adcme;

namespace Adcme.Examples.PoissonNN;

/// <summary>
/// The differentiable code of the example: κ = |NN_θ(x, y)| + κ₀ at this rank's nodes (the network is the same on
/// every rank: θ is shared), the distributed solve of −∇·(κ∇u) = f across the patches, and the misfit of u at the
/// observed nodes of this patch. The generator writes <c>Misfit_Gradient</c>: its adjoint runs one more
/// conjugate-gradient solve with the same operator (the solve's own rule) and then back through the network.
/// </summary>
public static partial class PoissonModel
{
    /// <param name="theta">the network's weights and biases (<see cref="Layers.FullyConnected"/>'s layout).</param>
    /// <param name="coordinates">this patch's nodes, one row (x, y) each, row-major over the patch.</param>
    /// <param name="sizes">the network's layers after its two inputs.</param>
    /// <param name="source">f on this patch.</param>
    /// <param name="mask">1 at this patch's observed nodes, 0 elsewhere.</param>
    /// <param name="observed">u at the observed nodes (anything elsewhere: masked).</param>
    /// <param name="h">the grid spacing.</param>
    /// <param name="patchRows">this patch's rows.</param>
    /// <param name="patchColumns">this patch's columns.</param>
    /// <param name="gridRows">the process grid's rows.</param>
    /// <param name="gridColumns">the process grid's columns.</param>
    /// <param name="weight">the misfit's weight (one over the observations' squared norm).</param>
    /// <param name="comm">the communicator of the patches.</param>
    /// <param name="log">the solver's settings and record.</param>
    /// <returns>weight · Σ over this patch's observed nodes of (u − observed)²: the global misfit is the sum over ranks.</returns>
    [Differentiable]
    public static double Misfit(Tensor theta, [NoDerivative] Tensor coordinates, [NoDerivative] int[] sizes, [NoDerivative] Tensor source,
        [NoDerivative] Tensor mask, [NoDerivative] Tensor observed, [NoDerivative] double h, int patchRows, int patchColumns,
        int gridRows, int gridColumns, [NoDerivative] double weight, Communicator comm, [NoDerivative] PoissonSolveLog log)
    {
        var kappa = Tensor.Reshape(Tensor.Abs(Layers.FullyConnected(coordinates, sizes, theta)), patchRows, patchColumns) + PoissonProblem.KappaFloor;
        var u = DistributedPoisson.Solve(kappa, source, h, gridRows, gridColumns, comm, log);
        return weight * Tensor.SumOfSquares(mask * (u - observed));
    }

    /// <summary>κ at the given nodes for weights θ (no derivatives): one row (x, y) per node in, κ per node out.</summary>
    public static double[] Kappa(Tensor theta, Tensor coordinates, int[] sizes)
    {
        using var network = Layers.FullyConnected(coordinates, sizes, theta);
        return network.ToArray().Select(v => Math.Abs(v) + PoissonProblem.KappaFloor).ToArray();
    }
}
