using Adcme.Examples.PoissonNN;

namespace Adcme.Tests.Mpi;

/// <summary>PoissonNN's misfit and gradient in θ on 4 MPI ranks (2×2 patches; the exact substructured solve, its
/// interface system summed through MPI), summed over the ranks, against one rank alone with Jacobi-preconditioned CG to
/// a tight tolerance: equal to 1e-9 relative; every solve one iteration.</summary>
internal static partial class Scenario
{
    public static void PoissonGradient()
    {
        var comm = World();
        var problem = new PoissonProblem(14, 60, Seed: 7);
        var theta = PoissonInversion.InitialTheta(seed: 1);

        var log = new PoissonSolveLog { Preconditioner = PoissonPreconditioner.Direct };
        using var inversion = new PoissonInversion(problem, comm, 2, 2, log);
        var (value, gradient) = inversion.Evaluate(theta);
        using var parts = Tensor.FromArray([value, .. gradient]);
        using var summed = comm.AllreduceSum(parts);
        var global = summed.ToArray();
        Check.True(log.Solves.All(s => s.Iterations <= 1 && s.Preconditioner == PoissonPreconditioner.Direct),
            $"every solve one iteration of the direct solve: {log}");

        var serialLog = new PoissonSolveLog { Preconditioner = PoissonPreconditioner.Jacobi, Tolerance = 1e-13 };
        using var whole = new PoissonInversion(problem, Communicator.Single, 1, 1, serialLog);
        var (serialValue, serialGradient) = whole.Evaluate(theta);
        Check.True(Math.Abs(global[0] - serialValue) <= 1e-9 * serialValue, $"misfit {global[0]:R} on 4 MPI ranks, {serialValue:R} on one");
        var scale = serialGradient.Max(Math.Abs);
        Check.True(scale > 0, "a nonzero gradient");
        var worst = 0.0;
        for (var c = 0; c < serialGradient.Length; c++) worst = Math.Max(worst, Math.Abs(global[c + 1] - serialGradient[c]) / scale);
        Check.True(worst <= 1e-9, $"gradient on 4 MPI ranks against one rank: largest difference {worst:G3} of the largest component");
        Ok(comm, FormattableString.Invariant($" poisson gradient within {worst:G2}"));
    }
}
