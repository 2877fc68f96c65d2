namespace Adcme;

/// <summary>
/// Gradient-based optimizers for objectives that return their value and gradient (a <c>[Differentiable]</c> method's
/// <c>M_Gradient</c>, say): L-BFGS and Adam, in one process or distributed as ADCME does it — rank 0 runs the
/// optimizer and holds θ; the other ranks evaluate their objective at θ when rank 0 tells them to; θ is broadcast,
/// and the gradients (and values) are reduced to rank 0. The distributed overloads are called on every rank with the
/// same arguments, and every rank returns the same result. See docs/optimization.md.
/// </summary>
public static class Optimize
{
    /// <summary>Minimizes <paramref name="objective"/> by L-BFGS from <paramref name="initial"/>, in this process.</summary>
    /// <param name="objective">θ ↦ (f(θ), ∇f(θ)); it may keep neither array.</param>
    /// <param name="initial">The starting point θ₀ (at least one parameter).</param>
    /// <param name="options">Stopping criteria, memory, trace, callback, checkpoint (defaults: <see cref="LbfgsOptions()"/>).
    /// Bounds are refused: L-BFGS here is unconstrained.</param>
    public static OptimizationResult Lbfgs(Func<double[], (double Value, double[] Gradient)> objective, double[] initial, LbfgsOptions? options = null)
        => LbfgsCore(null, objective, initial, options);

    /// <summary>Minimizes, by L-BFGS, the objective that every rank of <paramref name="comm"/> evaluates at the same θ:
    /// call it on every rank with the same arguments. The gradient is the sum over ranks of the ranks' gradients; the
    /// value is the sum over ranks or rank 0's (<see cref="OptimizerOptions.Objective"/>). Every rank returns the same
    /// result. An exception in the objective is not caught: it stops the other ranks as any exception in communicating
    /// code does (in-process ranks throw at their next operation; under MPI, uncaught, it aborts the job).</summary>
    /// <param name="comm">The ranks; rank 0 runs the optimizer, writes the trace and the checkpoints and calls the callback.</param>
    /// <param name="objective">This rank's θ ↦ (f_r(θ), ∇f_r(θ)).</param>
    /// <param name="initial">θ₀; only rank 0's is used, but every rank must pass one of the same length.</param>
    /// <param name="options">As for the one-process overload.</param>
    public static OptimizationResult Lbfgs(Communicator comm, Func<double[], (double Value, double[] Gradient)> objective, double[] initial, LbfgsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(comm);
        return LbfgsCore(comm, objective, initial, options);
    }

    private static OptimizationResult LbfgsCore(Communicator? comm, Func<double[], (double Value, double[] Gradient)> objective, double[] initial, LbfgsOptions? options)
    {
        options ??= new LbfgsOptions();
        Validate(objective, initial, options);
        if (options.Memory < 1) throw new ArgumentOutOfRangeException(nameof(options), options.Memory, "LbfgsOptions.Memory must be at least 1.");
        if (options.LowerBounds is not null || options.UpperBounds is not null)
        {
            throw new NotSupportedException("LbfgsOptions.LowerBounds/UpperBounds: box bounds are not supported by L-BFGS (it is unconstrained here). Use Adam, which projects onto the bounds, or optimize over a change of variables that keeps θ inside them.");
        }
        return OptimizerRun.Run(comm, new LbfgsMethod(options), objective, initial, options);
    }

    /// <summary>Minimizes <paramref name="objective"/> by Adam from <paramref name="initial"/>, in this process.</summary>
    /// <param name="objective">θ ↦ (f(θ), ∇f(θ)); it may keep neither array.</param>
    /// <param name="initial">θ₀, inside the bounds if there are any.</param>
    /// <param name="options">Step size, moment decay rates, stopping criteria, bounds (by projection), trace, callback,
    /// checkpoint (defaults: <see cref="AdamOptions()"/>).</param>
    public static OptimizationResult Adam(Func<double[], (double Value, double[] Gradient)> objective, double[] initial, AdamOptions? options = null)
        => AdamCore(null, objective, initial, options);

    /// <summary>Minimizes, by Adam, the objective that every rank of <paramref name="comm"/> evaluates at the same θ;
    /// the distributed conventions are those of <see cref="Lbfgs(Communicator, Func{double[], ValueTuple{double, double[]}}, double[], LbfgsOptions?)"/>.</summary>
    /// <param name="comm">The ranks; rank 0 runs the optimizer.</param>
    /// <param name="objective">This rank's θ ↦ (f_r(θ), ∇f_r(θ)).</param>
    /// <param name="initial">θ₀ (rank 0's is used).</param>
    /// <param name="options">As for the one-process overload.</param>
    public static OptimizationResult Adam(Communicator comm, Func<double[], (double Value, double[] Gradient)> objective, double[] initial, AdamOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(comm);
        return AdamCore(comm, objective, initial, options);
    }

    private static OptimizationResult AdamCore(Communicator? comm, Func<double[], (double Value, double[] Gradient)> objective, double[] initial, AdamOptions? options)
    {
        options ??= new AdamOptions();
        Validate(objective, initial, options);
        if (!(options.LearningRate > 0)) throw new ArgumentOutOfRangeException(nameof(options), options.LearningRate, "AdamOptions.LearningRate must be positive.");
        if (!(options.Beta1 is >= 0 and < 1)) throw new ArgumentOutOfRangeException(nameof(options), options.Beta1, "AdamOptions.Beta1 must be in [0, 1).");
        if (!(options.Beta2 is >= 0 and < 1)) throw new ArgumentOutOfRangeException(nameof(options), options.Beta2, "AdamOptions.Beta2 must be in [0, 1).");
        if (!(options.Epsilon >= 0)) throw new ArgumentOutOfRangeException(nameof(options), options.Epsilon, "AdamOptions.Epsilon must not be negative.");
        for (var i = 0; i < initial.Length; i++)
        {
            if (initial[i] < (options.LowerBounds?[i] ?? double.NegativeInfinity) || initial[i] > (options.UpperBounds?[i] ?? double.PositiveInfinity))
            {
                throw new ArgumentException($"initial[{i}] = {initial[i]} lies outside the bounds [{options.LowerBounds?[i] ?? double.NegativeInfinity}, {options.UpperBounds?[i] ?? double.PositiveInfinity}].", nameof(initial));
            }
        }
        return OptimizerRun.Run(comm, new AdamMethod(options, initial.Length), objective, initial, options);
    }

    /// <summary>Checks made identically on every rank, before any communication.</summary>
    private static void Validate(Func<double[], (double Value, double[] Gradient)> objective, double[] initial, OptimizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(initial);
        if (initial.Length == 0) throw new ArgumentException("initial: there must be at least one parameter.", nameof(initial));
        if (options.MaxIterations < 0) throw new ArgumentOutOfRangeException(nameof(options), options.MaxIterations, "MaxIterations must not be negative.");
        if (!(options.GradientTolerance >= 0)) throw new ArgumentOutOfRangeException(nameof(options), options.GradientTolerance, "GradientTolerance must not be negative.");
        if (!(options.FunctionTolerance >= 0)) throw new ArgumentOutOfRangeException(nameof(options), options.FunctionTolerance, "FunctionTolerance must not be negative.");
        if (!(options.ParameterTolerance >= 0)) throw new ArgumentOutOfRangeException(nameof(options), options.ParameterTolerance, "ParameterTolerance must not be negative.");
        if (options.TraceEvery < 1) throw new ArgumentOutOfRangeException(nameof(options), options.TraceEvery, "TraceEvery must be at least 1.");
        if (options.CheckpointEvery < 1) throw new ArgumentOutOfRangeException(nameof(options), options.CheckpointEvery, "CheckpointEvery must be at least 1.");
        if (options.LowerBounds is { } lower && lower.Length != initial.Length) throw new ArgumentException($"LowerBounds has {lower.Length} values for {initial.Length} parameters.", nameof(options));
        if (options.UpperBounds is { } upper && upper.Length != initial.Length) throw new ArgumentException($"UpperBounds has {upper.Length} values for {initial.Length} parameters.", nameof(options));
        if (options.LowerBounds is { } l && options.UpperBounds is { } u && Enumerable.Range(0, initial.Length).FirstOrDefault(i => !(l[i] <= u[i]), -1) is var bad and >= 0)
        {
            throw new ArgumentException($"LowerBounds[{bad}] = {l[bad]} is not at most UpperBounds[{bad}] = {u[bad]}.", nameof(options));
        }
    }
}
