namespace Adcme.Benchmarks;

/// <summary>A loss through one AllreduceSum, for the forward + adjoint benchmark of <see cref="MpiBenchmarks"/>.</summary>
public static partial class MpiGradient
{
    /// <summary>Σ (Σ_ranks x) · w: the gradient's adjoint is one AllreduceSum of the seeded w.</summary>
    [Differentiable]
    public static double Loss(Tensor x, [NoDerivative] Tensor w, Communicator comm) => Tensor.Sum(comm.AllreduceSum(x) * w);
}
