using System.Globalization;
using System.Text;

namespace Adcme.Checking;

/// <summary>The outcome of one declared check (<see cref="GradientChecks.RunAll"/>): the method, the point, where the
/// <c>[GradientCheck]</c> is written, and the checker's report; or the exception the check threw, or the time limit it
/// ran past, as its failure.</summary>
public sealed class GradientCheckResult
{
    internal GradientCheckResult(string method, GradientCheckDeclaration declaration, GradientCheckReport? report, Exception? exception, string? failure)
    {
        Method = method;
        Point = declaration.Point;
        File = declaration.File;
        Line = declaration.Line;
        Column = declaration.Column;
        Report = report;
        Exception = exception;
        Failure = failure ?? (exception is not null ? "the check threw " + exception.GetType().Name + ": " + exception.Message : null);
    }

    /// <summary>The checked method, as Type.Method.</summary>
    public string Method { get; }

    /// <summary>The point as written in the attribute: "(2.0, 0.5)" or "Point = nameof(Field)".</summary>
    public string Point { get; }

    /// <summary>The source file of the <c>[GradientCheck]</c> attribute.</summary>
    public string File { get; }

    /// <summary>Its line, from 1.</summary>
    public int Line { get; }

    /// <summary>Its column, from 1.</summary>
    public int Column { get; }

    /// <summary>The checker's measurements; null when the check threw or ran out of time.</summary>
    public GradientCheckReport? Report { get; }

    /// <summary>The exception the check threw, if it did.</summary>
    public Exception? Exception { get; }

    /// <summary>Why the check failed without a report (an exception, the time limit), or null.</summary>
    public string? Failure { get; }

    /// <summary>True when the check ran and every comparison is within its tolerance.</summary>
    public bool Passed => Failure is null && Report is { Passed: true };

    /// <summary>One line: verdict, method, point, and the worst comparison (or why it failed).</summary>
    public string Summary
    {
        get
        {
            var c = CultureInfo.InvariantCulture;
            var text = new StringBuilder();
            text.Append(c, $"gradient check of {Method} at {Point} {(Passed ? "passed" : "FAILED")}: ");
            if (Failure is not null) return text.Append(Failure).ToString();
            var report = Report!;
            if (report.WorstComponent is not null)
            {
                var i = report.Components.ToList().IndexOf(report.WorstComponent);
                text.Append(c, $"worst component {report.WorstComponent}: adjoint {report.Gradient[i]:R}, finite difference {report.FiniteDifference[i]:R}, error {report.MaxError:G3} (tolerance {report.Tolerance:G3}); ");
            }
            text.Append(c, $"dot-product test <J v, w> = {report.ForwardProduct:R}, <v, J^T w> = {report.ReverseProduct:R}, error {report.DotProductError:G3} (tolerance {report.DotProductTolerance:G3})");
            if (GradientCheckReport.RelativeError(report.PushforwardValue, report.Value) > report.DotProductTolerance)
            {
                text.Append(c, $"; pushforward value {report.PushforwardValue:R} differs from the value {report.Value:R}");
            }
            if (report.AccumulationError > report.DotProductTolerance)
            {
                text.Append(c, $"; the pullback does not add into its adjoints (error {report.AccumulationError:G3})");
            }
            return text.ToString();
        }
    }

    /// <summary>The summary, then the whole report (or the exception).</summary>
    public override string ToString()
        => Summary + "\n" + (Report?.ToString() ?? Exception?.ToString() ?? "");
}
