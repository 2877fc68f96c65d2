using System.Globalization;

namespace Adcme;

/// <summary>
/// Rank 0's trace, laid out as Optim.jl's (<c>show_trace = true</c>): a header, then for each iteration its number,
/// the objective and ‖g‖∞ in <c>%14e</c> columns and a <c> * time: s</c> line with the seconds since the start.
/// Also the progress lines of long runs, at most one per <see cref="OptimizerOptions.ProgressInterval"/>.
/// </summary>
internal sealed class OptimizationTrace(OptimizerOptions options, string method)
{
    private TimeSpan? _lastProgress;
    private OptimizationIteration? _unwritten;

    public const string Header = "Iter     Function value   Gradient norm ";

    /// <summary>The header, with the method and (for a resumed run) where it resumed.</summary>
    public void Start(int parameters, int ranks, int? resumedFrom)
    {
        if (options.Trace is not { } trace) return;
        var where = ranks > 1 ? $" on {ranks} ranks" : "";
        trace.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{method}, {parameters} parameter{(parameters == 1 ? "" : "s")}{where}"));
        if (resumedFrom is { } k) trace.WriteLine(string.Create(CultureInfo.InvariantCulture, $"resumed from the checkpoint at iteration {k}"));
        trace.WriteLine(Header);
    }

    /// <summary>One iteration's lines, and a progress line when one is due.</summary>
    public void Iteration(OptimizationIteration item)
    {
        if (item.Iteration % options.TraceEvery == 0) Write(item);
        else _unwritten = item;
        if (options.ProgressInterval is { } interval && (_lastProgress is null || item.Elapsed - _lastProgress.Value >= interval))
        {
            _lastProgress = item.Elapsed;
            var output = options.ProgressOutput ?? Console.Error;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{method}: iteration {item.Iteration} of at most {options.MaxIterations}, f = {Scientific(item.Value)}, ‖g‖∞ = {Scientific(item.GradientNorm)}, {item.Evaluations} evaluations, {item.Elapsed.TotalSeconds:0.0} s"));
        }
    }

    private void Write(OptimizationIteration item)
    {
        _unwritten = null;
        if (options.Trace is not { } trace) return;
        trace.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{item.Iteration,6}   {Scientific(item.Value),14}   {Scientific(item.GradientNorm),14}"));
        trace.WriteLine(string.Create(CultureInfo.InvariantCulture, $" * time: {item.Elapsed.TotalSeconds:0.000000}"));
    }

    /// <summary>The last iteration (when <see cref="OptimizerOptions.TraceEvery"/> skipped it) and the closing line:
    /// why the run stopped.</summary>
    public void Stop(string reason, int iterations, int evaluations)
    {
        if (_unwritten is { } last) Write(last);
        options.Trace?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stopped after {iterations} iteration{(iterations == 1 ? "" : "s")} and {evaluations} evaluations: {reason}"));
    }

    /// <summary>C's <c>%e</c>: six decimals and an exponent of at least two digits.</summary>
    public static string Scientific(double value)
        => double.IsFinite(value) ? value.ToString("0.000000e+00", CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture);
}
