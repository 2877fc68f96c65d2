using Adcme;

namespace Adcme.Examples.HeatInverse;

/// <summary>One rank's share of the inverse problem: its patch, its part of the synthetic observations, and the
/// objective the distributed optimizer calls — κ on the whole grid in, this rank's misfit and its gradient (zero
/// outside the patch) out; the optimizer sums both over the ranks.</summary>
public sealed class HeatInversion : IDisposable
{
    private readonly Tensor _u0;
    private readonly Tensor _source;
    private readonly Tensor _observed;
    private readonly double _weight;

    public HeatInversion(HeatProblem problem, Communicator comm, int gridRows, int gridColumns)
    {
        if (gridRows * gridColumns != comm.Size)
        {
            throw new ArgumentException($"a {gridRows}×{gridColumns} grid of patches needs {gridRows * gridColumns} ranks, not {comm.Size}.");
        }
        Problem = problem;
        Comm = comm;
        Patch = GridPatch.Of(problem.N, gridRows, gridColumns, comm.Rank);
        TrueKappa = problem.Sample(HeatProblem.TrueKappa);
        _u0 = Patch.Take(problem.Sample(HeatProblem.InitialState), problem.N);
        _source = Patch.Take(problem.Sample(HeatProblem.Source), problem.N);
        using var kappa = Patch.Take(TrueKappa, problem.N);
        _observed = HeatModel.Observe(kappa, _u0, _source, problem.H, problem.Dt, problem.Steps, problem.Every, gridRows, gridColumns, comm);
        // The misfit relative to the observations' size: one at u = 0.
        _weight = 1 / comm.AllreduceSum(Tensor.SumOfSquares(_observed));
    }

    public HeatProblem Problem { get; }

    public Communicator Comm { get; }

    public GridPatch Patch { get; }

    /// <summary>κ on the whole grid, row-major.</summary>
    public double[] TrueKappa { get; }

    /// <summary>This rank's misfit at κ = <paramref name="theta"/> (the whole grid, row-major) and its gradient in
    /// κ on the whole grid (zero outside this patch).</summary>
    public (double Value, double[] Gradient) Evaluate(double[] theta)
    {
        var n = Problem.N;
        using var kappa = Patch.Take(theta, n);
        var value = HeatModel.Misfit_Gradient(kappa, _u0, _source, _observed, Problem.H, Problem.Dt, Problem.Steps, Problem.Every,
            Patch.Rows, Patch.GridRows, Patch.GridColumns, _weight, Comm, out var dKappa);
        var gradient = new double[n * n];
        // ToArray, not Span: on a GPU backend (ADCME_BACKEND) the gradient lives in device memory; this is the one
        // transfer back per evaluation (the optimizer works on host arrays).
        Patch.Put(dKappa.ToArray(), gradient, n);
        dKappa.Dispose();
        return (value, gradient);
    }

    public void Dispose()
    {
        _u0.Dispose();
        _source.Dispose();
        _observed.Dispose();
    }
}
