using Adcme.Examples.HeatInverse;

namespace Adcme.Tests.Mpi;

/// <summary>The HeatInverse gradient on 4 MPI ranks (2×2 patches, halos exchanged through MPI every step), summed over
/// the ranks, against the same gradient on one rank (the whole grid, computed on every rank alone): equal to 1e-10
/// relative.</summary>
internal static partial class Scenario
{
    public static void HeatGradient()
    {
        var comm = World();
        var problem = new HeatProblem(10, 12, 4);
        var kappa = problem.Sample((x, y) => 1 + 0.3 * Math.Cos(3 * x) * y);

        using var inversion = new HeatInversion(problem, comm, 2, 2);
        var (value, gradient) = inversion.Evaluate(kappa);
        using var parts = Tensor.FromArray([value, .. gradient]);
        using var summed = comm.AllreduceSum(parts);
        var global = summed.ToArray();

        using var whole = new HeatInversion(problem, Communicator.Single, 1, 1);
        var (serialValue, serialGradient) = whole.Evaluate(kappa);
        Check.True(Math.Abs(global[0] - serialValue) <= 1e-12 * serialValue, $"misfit {global[0]:R} on 4 MPI ranks, {serialValue:R} on one");
        var scale = serialGradient.Max(Math.Abs);
        Check.True(scale > 0, "a nonzero gradient");
        var worst = 0.0;
        for (var c = 0; c < serialGradient.Length; c++) worst = Math.Max(worst, Math.Abs(global[c + 1] - serialGradient[c]) / scale);
        Check.True(worst <= 1e-10, $"gradient on 4 MPI ranks against one rank: largest difference {worst:G3} of the largest component");
        Ok(comm, FormattableString.Invariant($" heat gradient within {worst:G2}"));
    }
}
