using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;

namespace Adcme;

/// <summary>
/// The iteration loop every method shares, on rank 0 (or in one process): the initial evaluation or the resumed
/// checkpoint, then iterations of the method with the history, trace, progress, stopping criteria, callback and
/// checkpoints. In a distributed run the other ranks follow <see cref="DistributedProtocol"/>, and rank 0 sends them
/// the result (or the failure) at the end.
/// </summary>
internal static class OptimizerRun
{
    public static OptimizationResult Run(Communicator? comm, OptimizerMethod method, Func<double[], (double Value, double[] Gradient)> objective,
        double[] initial, OptimizerOptions options)
    {
        var n = initial.Length;
        if (comm is not null && comm.Rank != 0) return DistributedProtocol.Follow(comm, objective, n, options);
        Evaluator evaluator = comm is null ? new LocalEvaluator(objective, n) : new LeaderEvaluator(comm, objective, n, options.Objective);
        try
        {
            var result = Lead(method, evaluator, initial, options, comm?.Size ?? 1);
            if (comm is not null) ResultBroadcast.Send(comm, result);
            return result;
        }
        catch (Exception ex) when (comm is not null && ex is not CommunicatorException && evaluator is LeaderEvaluator { Evaluating: false })
        {
            var kind = ex is OptimizationCheckpointException ? DistributedFailure.Checkpoint : DistributedFailure.Other;
            DistributedProtocol.SendFail(comm, n, kind, kind == DistributedFailure.Checkpoint ? ex.Message : $"{ex.GetType().Name}: {ex.Message}");
            throw;
        }
    }

    private static OptimizationResult Lead(OptimizerMethod method, Evaluator evaluator, double[] initial, OptimizerOptions options, int ranks)
    {
        var clock = Stopwatch.StartNew();
        var trace = new OptimizationTrace(options, method.Name);
        var checkpoint = options.CheckpointPath is { } path
            ? new OptimizationCheckpoint(path, method, ranks, Settings(method, options), initial)
            : null;
        IterateState state;
        int? resumedFrom = null;
        var finishedAtStart = false;
        if (checkpoint is { Exists: true })
        {
            state = checkpoint.Read();
            finishedAtStart = state.Stop != StopCode.None;
            resumedFrom = state.Iteration;
            evaluator.Count = state.Evaluations;
            trace.Start(initial.Length, ranks, resumedFrom);
        }
        else
        {
            trace.Start(initial.Length, ranks, null);
            var (value, gradient) = evaluator.Evaluate(initial);
            state = new IterateState((double[])initial.Clone(), value, gradient) { Evaluations = evaluator.Count };
            var first = Record(state, method, clock);
            trace.Iteration(first);
            if (first.GradientNorm <= options.GradientTolerance) state.Stop = StopCode.Gradient;
            else if (options.MaxIterations == 0) state.Stop = StopCode.MaxIterations;
        }
        while (state.Stop == StopCode.None)
        {
            var previousValue = state.Value;
            var previousTheta = state.Theta;
            if (!method.Step(state, evaluator))
            {
                state.Evaluations = evaluator.Count;
                state.Stop = StopCode.LineSearch;
                break;
            }
            state.Iteration++;
            state.Evaluations = evaluator.Count;
            var item = Record(state, method, clock);
            trace.Iteration(item);
            state.Stop = Check(state, item, previousValue, previousTheta, options);
            if (state.Stop == StopCode.None && checkpoint is not null && state.Iteration % options.CheckpointEvery == 0) checkpoint.Write(state);
        }
        if (checkpoint is not null && !finishedAtStart) checkpoint.Write(state);
        var reason = StopText(state.Stop, options);
        trace.Stop(reason, state.Iteration, state.Evaluations);
        return new OptimizationResult(state.Theta, state.Value, state.Gradient, state.Iteration, state.Evaluations, state.Stop, reason,
            state.History, state.ElapsedBefore + clock.Elapsed, resumedFrom);
    }

    private static OptimizationIteration Record(IterateState state, OptimizerMethod method, Stopwatch clock)
    {
        var norm = OptimizerMethod.NormInf(method.StationarityGradient(state.Theta, state.Gradient));
        var item = new OptimizationIteration(state.Iteration, state.Value, norm, state.ElapsedBefore + clock.Elapsed, state.Evaluations);
        state.History.Add(item);
        return item;
    }

    private static StopCode Check(IterateState state, OptimizationIteration item, double previousValue, double[] previousTheta, OptimizerOptions options)
    {
        if (item.GradientNorm <= options.GradientTolerance) return StopCode.Gradient;
        if (options.FunctionTolerance > 0 && Math.Abs(state.Value - previousValue) <= options.FunctionTolerance * Math.Abs(state.Value)) return StopCode.Function;
        if (options.ParameterTolerance > 0 && MaxChange(state.Theta, previousTheta) <= options.ParameterTolerance) return StopCode.Parameter;
        if (options.Callback?.Invoke(item) == true) return StopCode.Callback;
        return state.Iteration >= options.MaxIterations ? StopCode.MaxIterations : StopCode.None;
    }

    private static double MaxChange(double[] theta, double[] previous)
    {
        var change = 0.0;
        for (var i = 0; i < theta.Length; i++) change = Math.Max(change, Math.Abs(theta[i] - previous[i]));
        return change;
    }

    /// <summary>The stop reason in words: from the code and the options alone, so every rank words it alike.</summary>
    public static string StopText(StopCode stop, OptimizerOptions options) => stop switch
    {
        StopCode.Gradient => string.Create(CultureInfo.InvariantCulture, $"‖g‖∞ ≤ GradientTolerance = {options.GradientTolerance:R}"),
        StopCode.Function => string.Create(CultureInfo.InvariantCulture, $"|Δf| ≤ FunctionTolerance · |f|, FunctionTolerance = {options.FunctionTolerance:R}"),
        StopCode.Parameter => string.Create(CultureInfo.InvariantCulture, $"max |Δθ| ≤ ParameterTolerance = {options.ParameterTolerance:R}"),
        StopCode.Callback => "the callback asked to stop",
        StopCode.MaxIterations => string.Create(CultureInfo.InvariantCulture, $"reached MaxIterations = {options.MaxIterations}"),
        StopCode.LineSearch => "the line search found no point with a lower objective",
        _ => "not stopped",
    };

    /// <summary>What a checkpoint must agree on: the options that change the run's path or where it stops, and the
    /// method's own.</summary>
    private static List<(string Name, double Value)> Settings(OptimizerMethod method, OptimizerOptions options)
    {
        List<(string Name, double Value)> settings =
        [
            ("MaxIterations", options.MaxIterations),
            ("GradientTolerance", options.GradientTolerance),
            ("FunctionTolerance", options.FunctionTolerance),
            ("ParameterTolerance", options.ParameterTolerance),
            ("Objective", (double)options.Objective),
            ("LowerBounds (SHA-256 prefix)", Fingerprint(options.LowerBounds)),
            ("UpperBounds (SHA-256 prefix)", Fingerprint(options.UpperBounds)),
        ];
        settings.AddRange(method.Settings);
        return settings;
    }

    /// <summary>48 bits of the bounds' SHA-256 as a number (−1 for no bounds).</summary>
    private static double Fingerprint(double[]? bounds)
    {
        if (bounds is null) return -1;
        var bytes = new byte[8 * bounds.Length];
        Buffer.BlockCopy(bounds, 0, bytes, 0, bytes.Length);
        var hash = SHA256.HashData(bytes);
        return BitConverter.ToUInt64([.. hash.AsSpan(0, 6), 0, 0]);
    }
}
