using Adcme;

namespace Adcme.Examples.PoissonNN;

/// <summary>One rank's share of the inverse problem: its patch, its nodes' coordinates, its part of the synthetic
/// observations (u from the true κ, by the same distributed solve) and the objective the distributed optimizer calls:
/// θ in, this rank's misfit and its gradient in θ out (the optimizer sums both over the ranks).</summary>
public sealed class PoissonInversion : IDisposable
{
    private readonly Tensor _coordinates;
    private readonly Tensor _source;
    private readonly Tensor _mask;
    private readonly Tensor _observed;
    private readonly double _weight;

    public PoissonInversion(PoissonProblem problem, Communicator comm, int gridRows, int gridColumns, PoissonSolveLog log)
    {
        if (gridRows * gridColumns != comm.Size)
        {
            throw new ArgumentException($"a {gridRows}×{gridColumns} grid of patches needs {gridRows * gridColumns} ranks, not {comm.Size}.");
        }
        Problem = problem;
        Comm = comm;
        Log = log;
        var n = problem.N;
        Patch = GridPatch.Of(n, gridRows, gridColumns, comm.Rank);
        _coordinates = PatchCoordinates(problem.Coordinates(), n, Patch);
        _source = Patch.Take(problem.Sample(PoissonProblem.Source), n);
        _mask = Patch.Take(problem.ObservationMask(), n);
        using (var kappa = Patch.Take(problem.Sample(PoissonProblem.TrueKappa), n))
        using (var solution = DistributedPoisson.Solve(kappa, _source, problem.H, gridRows, gridColumns, comm, log))
        {
            _observed = _mask * solution;
        }
        _weight = 1 / comm.AllreduceSum(Tensor.SumOfSquares(_observed));
        log.Clear(); // the record is the inversion's solves
    }

    public PoissonProblem Problem { get; }

    public Communicator Comm { get; }

    public GridPatch Patch { get; }

    public PoissonSolveLog Log { get; }

    /// <summary>The rows of the whole grid's (x, y) table that belong to the patch, as a [nodes, 2] tensor.</summary>
    private static Tensor PatchCoordinates(double[] coordinates, int n, GridPatch patch)
    {
        var rows = new double[2 * patch.Rows * patch.Columns];
        for (var i = 0; i < patch.Rows; i++)
        {
            coordinates.AsSpan(2 * ((patch.Row + i) * n + patch.Column), 2 * patch.Columns).CopyTo(rows.AsSpan(2 * i * patch.Columns));
        }
        return Tensor.FromArray(rows, patch.Rows * patch.Columns, 2);
    }

    /// <summary>The starting θ: Xavier weights (seeded) and the output's bias at 1, so that κ starts near 1 + κ₀.</summary>
    public static double[] InitialTheta(int seed)
    {
        using var theta = Layers.InitialTheta(2, PoissonProblem.Sizes, seed);
        var values = theta.ToArray();
        values[^1] = 1.0;
        return values;
    }

    /// <summary>This rank's misfit at θ and its gradient in θ.</summary>
    public (double Value, double[] Gradient) Evaluate(double[] theta)
    {
        using var parameters = Tensor.FromArray(theta);
        var value = PoissonModel.Misfit_Gradient(parameters, _coordinates, PoissonProblem.Sizes, _source, _mask, _observed, Problem.H,
            Patch.Rows, Patch.Columns, Patch.GridRows, Patch.GridColumns, _weight, Comm, Log, out var dTheta);
        var gradient = dTheta.ToArray();
        dTheta.Dispose();
        return (value, gradient);
    }

    /// <summary>This rank's misfit at θ, without derivatives (the forward alone).</summary>
    public double Misfit(double[] theta)
    {
        using var parameters = Tensor.FromArray(theta);
        return PoissonModel.Misfit(parameters, _coordinates, PoissonProblem.Sizes, _source, _mask, _observed, Problem.H,
            Patch.Rows, Patch.Columns, Patch.GridRows, Patch.GridColumns, _weight, Comm, Log);
    }

    public void Dispose()
    {
        _coordinates.Dispose();
        _source.Dispose();
        _mask.Dispose();
        _observed.Dispose();
    }
}
