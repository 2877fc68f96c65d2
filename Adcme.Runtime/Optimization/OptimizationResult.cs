namespace Adcme;

/// <summary>One iteration as the trace and the callback see it: its number (0 is the initial point), the objective,
/// the gradient's ‖·‖∞ (projected under bounds), the time since the run started (resumed runs included) and how
/// many evaluations of the objective the run has made so far.</summary>
public sealed record OptimizationIteration(int Iteration, double Value, double GradientNorm, TimeSpan Elapsed, int Evaluations);

/// <summary>What an optimizer of <see cref="Optimize"/> returns, the same on every rank of a distributed run.</summary>
public sealed class OptimizationResult
{
    internal OptimizationResult(double[] minimizer, double minimum, double[] gradient, int iterations, int evaluations,
        StopCode stop, string stopReason, IReadOnlyList<OptimizationIteration> history, TimeSpan elapsed, int? resumedFrom)
    {
        Minimizer = minimizer;
        Minimum = minimum;
        Gradient = gradient;
        Iterations = iterations;
        Evaluations = evaluations;
        Stop = stop;
        StopReason = stopReason;
        History = history;
        Elapsed = elapsed;
        ResumedFromIteration = resumedFrom;
    }

    /// <summary>The last accepted point θ.</summary>
    public double[] Minimizer { get; }

    /// <summary>The objective at <see cref="Minimizer"/>.</summary>
    public double Minimum { get; }

    /// <summary>The gradient at <see cref="Minimizer"/> (summed over ranks in a distributed run).</summary>
    public double[] Gradient { get; }

    /// <summary>How many iterations ran (resumed runs: counted from the original start).</summary>
    public int Iterations { get; }

    /// <summary>How many times the objective was evaluated (on each rank), the initial point included.</summary>
    public int Evaluations { get; }

    /// <summary>True when a tolerance was met (gradient, function or parameter); false when the run stopped at the
    /// iteration limit, by the callback or because the line search found no better point.</summary>
    public bool Converged => Stop is StopCode.Gradient or StopCode.Function or StopCode.Parameter;

    /// <summary>Why the run stopped, in words (for example <c>‖g‖∞ = 3.1E-09 ≤ 1E-08</c>).</summary>
    public string StopReason { get; }

    /// <summary>Every iteration from 0 on, as the trace printed them.</summary>
    public IReadOnlyList<OptimizationIteration> History { get; }

    /// <summary>The run's time on rank 0 (resumed runs: the interrupted runs' time included).</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>The iteration a checkpoint resumed the run from, or null for a run that started afresh.</summary>
    public int? ResumedFromIteration { get; }

    internal StopCode Stop { get; }
}

/// <summary>Why a run stopped; stored in checkpoints and broadcast to every rank, so the numbers are fixed.</summary>
internal enum StopCode
{
    None = 0,
    Gradient = 1,
    Function = 2,
    Parameter = 3,
    Callback = 4,
    MaxIterations = 5,
    LineSearch = 6,
}
