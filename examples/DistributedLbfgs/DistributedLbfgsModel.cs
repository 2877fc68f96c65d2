using Adcme;

namespace Adcme.Examples.DistributedLbfgs;

/// <summary>
/// ADCME's distributed optimization example: θ is broadcast from rank 0, rank r computes θ^r, the terms are summed
/// over the ranks and the loss is (Σ θ^r − 2)². On 4 ranks that is (1 + θ + θ² + θ³ − 2)², which is zero at the real
/// root of θ³ + θ² + θ − 1, θ* = 0.5436890126920764.
/// </summary>
public static partial class DistributedLbfgsModel
{
    /// <summary>The loss, the same on every rank (AllreduceSum), so <c>Loss_Gradient</c> counts it once: rank 0 gets
    /// dL/dθ, the other ranks 0, and the sum over ranks is the gradient.</summary>
    [Differentiable]
    public static double Loss(double theta, [NoDerivative] Communicator comm)
    {
        var th = comm.Broadcast(theta, root: 0);
        var term = Math.Pow(th, comm.Rank);
        var sum = comm.AllreduceSum(term);
        var residual = sum - 2.0;
        return residual * residual;
    }

    /// <summary>The objective for <see cref="Optimize.Lbfgs(Communicator, Func{double[], ValueTuple{double, double[]}}, double[], LbfgsOptions?)"/>:
    /// θ = [θ], and this rank's loss and gradient from the generated <c>Loss_Gradient</c>.</summary>
    public static Func<double[], (double Value, double[] Gradient)> Objective(Communicator comm)
        => theta =>
        {
            var loss = Loss_Gradient(theta[0], comm, out var dTheta);
            return (loss, [dTheta]);
        };
}
