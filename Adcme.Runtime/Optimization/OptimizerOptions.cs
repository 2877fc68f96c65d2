namespace Adcme;

/// <summary>How the objective's value combines over the ranks of a distributed run (the gradient is always the sum
/// over ranks of the ranks' gradients, which is what <c>M_Gradient</c> of a <c>[Differentiable]</c> method
/// returns).</summary>
public enum DistributedObjective
{
    /// <summary>Each rank returns its own part of the objective; the objective is the sum over ranks.</summary>
    SummedOverRanks,

    /// <summary>Every rank returns the same global value (a loss that ends in <c>comm.AllreduceSum</c>, say); rank 0's
    /// value is the objective.</summary>
    SameOnEveryRank,
}

/// <summary>Options that every optimizer of <see cref="Optimize"/> takes: stopping criteria, box bounds, the trace, a
/// callback, checkpoints and the distributed objective's convention.</summary>
public class OptimizerOptions
{
    /// <summary>Options with the given iteration limit and the other defaults.</summary>
    protected OptimizerOptions(int maxIterations) => MaxIterations = maxIterations;

    /// <summary>The most iterations to run (iteration 0, the evaluation at the initial point, not counted).</summary>
    public int MaxIterations { get; set; }

    /// <summary>Stop, converged, when the gradient's largest component in absolute value (‖g‖∞, of the projected
    /// gradient under bounds) is at most this. Default 1e-8.</summary>
    public double GradientTolerance { get; set; } = 1e-8;

    /// <summary>Stop, converged, when an iteration changes the objective by at most this relative to it:
    /// |f − f_previous| ≤ tolerance · |f|. Default 0 (off).</summary>
    public double FunctionTolerance { get; set; }

    /// <summary>Stop, converged, when an iteration moves no parameter by more than this: max |Δθ| ≤ tolerance.
    /// Default 0 (off).</summary>
    public double ParameterTolerance { get; set; }

    /// <summary>Lower bounds, one per parameter (−∞ for none), or null. Supported by Adam (by projection); L-BFGS
    /// refuses bounds.</summary>
    public double[]? LowerBounds { get; set; }

    /// <summary>Upper bounds, one per parameter (+∞ for none), or null. Supported by Adam (by projection); L-BFGS
    /// refuses bounds.</summary>
    public double[]? UpperBounds { get; set; }

    /// <summary>Where rank 0 writes the trace, in the manner of Optim.jl: iteration, objective, gradient norm and
    /// elapsed time, one iteration a line (null: no trace). Other ranks write nothing.</summary>
    public TextWriter? Trace { get; set; }

    /// <summary>Trace every this many iterations (Optim.jl's <c>show_every</c>; default 1): iteration 0, its multiples
    /// and the last one are written.</summary>
    public int TraceEvery { get; set; } = 1;

    /// <summary>For long runs: rank 0 writes a progress line (iteration, objective, gradient norm, evaluations,
    /// elapsed time) to <see cref="ProgressOutput"/> at most this often (null: none; <see cref="TimeSpan.Zero"/>:
    /// after every iteration).</summary>
    public TimeSpan? ProgressInterval { get; set; }

    /// <summary>Where progress lines go; null means standard error.</summary>
    public TextWriter? ProgressOutput { get; set; }

    /// <summary>Called on rank 0 after each iteration (from 1 on); return true to stop the run, on every rank.</summary>
    public Func<OptimizationIteration, bool>? Callback { get; set; }

    /// <summary>A file for the optimizer's state: written atomically by rank 0 every <see cref="CheckpointEvery"/>
    /// iterations and when the run stops, and resumed from when it exists at the start (see
    /// <see cref="OptimizationCheckpointException"/> for a checkpoint that does not fit). Null: no checkpoints.</summary>
    public string? CheckpointPath { get; set; }

    /// <summary>Write the checkpoint every this many iterations (default 1).</summary>
    public int CheckpointEvery { get; set; } = 1;

    /// <summary>How the ranks' values combine in a distributed run (default: summed over ranks).</summary>
    public DistributedObjective Objective { get; set; } = DistributedObjective.SummedOverRanks;
}

/// <summary>Options of <see cref="Optimize.Lbfgs(Func{double[], ValueTuple{double, double[]}}, double[], LbfgsOptions?)"/>:
/// those of <see cref="OptimizerOptions"/> (1000 iterations at most by default) and the memory.</summary>
public sealed class LbfgsOptions : OptimizerOptions
{
    /// <summary>Default options: 1000 iterations, ‖g‖∞ ≤ 1e-8, memory 10.</summary>
    public LbfgsOptions() : base(1000)
    {
    }

    /// <summary>How many (s, y) pairs of past steps and gradient changes approximate the inverse Hessian (default 10).</summary>
    public int Memory { get; set; } = 10;
}

/// <summary>Options of <see cref="Optimize.Adam(Func{double[], ValueTuple{double, double[]}}, double[], AdamOptions?)"/>:
/// those of <see cref="OptimizerOptions"/> (1000 iterations at most by default) and Adam's step size and moment
/// decay rates (Kingma and Ba's defaults).</summary>
public sealed class AdamOptions : OptimizerOptions
{
    /// <summary>Default options: 1000 iterations, ‖g‖∞ ≤ 1e-8, learning rate 1e-3, β₁ 0.9, β₂ 0.999, ε 1e-8.</summary>
    public AdamOptions() : base(1000)
    {
    }

    /// <summary>The step size α (default 1e-3).</summary>
    public double LearningRate { get; set; } = 1e-3;

    /// <summary>The first moment's decay rate β₁ (default 0.9).</summary>
    public double Beta1 { get; set; } = 0.9;

    /// <summary>The second moment's decay rate β₂ (default 0.999).</summary>
    public double Beta2 { get; set; } = 0.999;

    /// <summary>ε added to √v̂ in the step's denominator (default 1e-8).</summary>
    public double Epsilon { get; set; } = 1e-8;
}
