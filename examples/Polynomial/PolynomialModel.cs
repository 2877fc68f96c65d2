using Adcme;

namespace Adcme.Examples.Polynomial;

/// <summary>
/// ADCME's distributed example: θ is broadcast from rank 0, each rank computes l = θ^rank, and the loss is the sum
/// over the ranks. On P ranks L(θ) = 1 + θ + … + θ^(P−1); on 4 ranks at θ = 2, L = 15 and dL/dθ = 17. The gradient
/// flows back through the collectives: AllreduceSum's adjoint is AllreduceSum, Broadcast's is ReduceSum to rank 0.
/// </summary>
public static partial class PolynomialModel
{
    /// <summary>L on every rank (AllreduceSum): the same everywhere, so <c>Loss_Gradient</c> counts it once.</summary>
    [Differentiable]
    public static double Loss(double theta, [NoDerivative] Communicator comm)
    {
        var th = comm.Broadcast(theta, root: 0);
        var l = Math.Pow(th, comm.Rank);
        return comm.AllreduceSum(l);
    }

    /// <summary>L on rank 0 and zero elsewhere (ReduceSum): rank-local, so <c>LossReduced_Gradient</c> sums it over
    /// ranks, which is L again.</summary>
    [Differentiable]
    public static double LossReduced(double theta, [NoDerivative] Communicator comm)
    {
        var th = comm.Broadcast(theta, root: 0);
        var l = Math.Pow(th, comm.Rank);
        return comm.ReduceSum(l, root: 0);
    }

    /// <summary>The same polynomial in one process, without communication: Σ θ^k for k &lt; <paramref name="terms"/>.</summary>
    [Differentiable]
    [GradientCheck(0.7, 4)] // checked after every build (AdcmeCheckGradients): docs/gradient-checking.md
    public static double Serial(double theta, int terms)
    {
        var loss = 0.0;
        for (var k = 0; k < terms; k++)
        {
            loss += Math.Pow(theta, k);
        }
        return loss;
    }
}
