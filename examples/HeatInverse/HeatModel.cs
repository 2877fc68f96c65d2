using Adcme;

namespace Adcme.Examples.HeatInverse;

/// <summary>
/// The heat equation ∂u/∂t = κ(x, y)Δu + f on this rank's patch of the grid, by the explicit 5-point scheme, and the
/// misfit of its solution against observations: the differentiable code of the example. Each step pads the patch
/// with its neighbours' edges (<see cref="Communicator.HaloExchange(Tensor, int, int, int, double)"/>, zero outside
/// the domain: the boundary condition), takes the Laplacian at the patch's nodes and steps forward. The generator
/// writes <c>Misfit_Gradient</c>, whose κ-adjoint flows back through every step and every halo exchange.
/// </summary>
public static partial class HeatModel
{
    /// <param name="kappa">κ at this patch's nodes.</param>
    /// <param name="u0">the initial state on this patch.</param>
    /// <param name="source">f on this patch.</param>
    /// <param name="observed">the observed states, stacked by rows: observation o (after step (o + 1)·every) is
    /// rows o·patchRows to (o + 1)·patchRows − 1.</param>
    /// <param name="h">the grid spacing.</param>
    /// <param name="dt">the time step.</param>
    /// <param name="steps">how many steps.</param>
    /// <param name="every">the steps between observations.</param>
    /// <param name="patchRows">this patch's number of rows.</param>
    /// <param name="gridRows">the process grid's rows.</param>
    /// <param name="gridColumns">the process grid's columns.</param>
    /// <param name="weight">the misfit's weight (one over the observations' squared norm).</param>
    /// <param name="comm">the communicator of the patches.</param>
    /// <returns>weight · Σ over observations of ‖u − observed‖² on this patch: the global misfit is the sum over ranks.</returns>
    [Differentiable]
    public static double Misfit(Tensor kappa, [NoDerivative] Tensor u0, [NoDerivative] Tensor source, [NoDerivative] Tensor observed,
        [NoDerivative] double h, [NoDerivative] double dt, int steps, int every, int patchRows, int gridRows, int gridColumns,
        [NoDerivative] double weight, Communicator comm)
    {
        var u = u0;
        var misfit = 0.0;
        for (var k = 1; k <= steps; k++)
        {
            var padded = comm.HaloExchange(u, gridRows, gridColumns, 1, 0.0);
            u = u + dt * (kappa * Stencils.HaloLaplacian(padded, h) + source);
            if (k % every == 0)
            {
                var difference = u - Tensor.Rows(observed, (k / every - 1) * patchRows, patchRows);
                misfit = misfit + weight * Tensor.SumOfSquares(difference);
            }
        }
        return misfit;
    }

    /// <summary>The same time loop without derivatives: the states after every <paramref name="every"/> steps, stacked
    /// by rows (the synthetic observations, made from the true κ).</summary>
    public static Tensor Observe(Tensor kappa, Tensor u0, Tensor source, double h, double dt, int steps, int every, int gridRows, int gridColumns, Communicator comm)
    {
        var u = u0;
        var observed = new List<Tensor>();
        for (var k = 1; k <= steps; k++)
        {
            using var padded = comm.HaloExchange(u, gridRows, gridColumns, 1, 0.0);
            using var laplacian = Stencils.HaloLaplacian(padded, h);
            u = u + dt * (kappa * laplacian + source);
            if (k % every == 0) observed.Add(u);
        }
        return Tensor.Concat(0, [.. observed]);
    }
}
