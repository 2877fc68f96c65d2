namespace Adcme;

/// <summary>
/// A line search for the strong Wolfe conditions (Nocedal and Wright, algorithms 3.5 and 3.6): along θ + α·d from
/// α₀, it brackets a step (doubling α while f keeps decreasing and the slope stays negative), then narrows the bracket
/// by the minimizer of the cubic that matches f and its slope at both ends, safeguarded to the middle 80% of the
/// bracket (else bisection). The conditions: sufficient decrease f(α) ≤ f(0) + c₁·α·f'(0), and curvature
/// |f'(α)| ≤ c₂·|f'(0)|. Interpolation usually accepts a step in one or two evaluations where bisection needs
/// several. Each evaluation is one call of the <see cref="Evaluator"/> (in a distributed run: one command to every
/// rank).
/// </summary>
internal static class WolfeLineSearch
{
    public const double SufficientDecrease = 1e-4;

    public const double Curvature = 0.9;

    /// <summary>The most evaluations one search may make.</summary>
    public const int MaxEvaluations = 30;

    /// <summary>An evaluated point on the line: the step, the value, the slope along d and the full gradient.</summary>
    public readonly record struct Point(double Step, double Value, double Slope, double[] Theta, double[] Gradient);

    /// <summary>The step found: <paramref name="found"/> meets the strong Wolfe conditions when
    /// <see cref="Search"/> returns true; otherwise it is the lowest point evaluated that decreased f enough (or the
    /// start, with step 0, when none did).</summary>
    public static bool Search(Evaluator evaluator, double[] theta, double value, double[] gradient, double[] direction, double initialStep,
        out Point found)
    {
        var slope0 = Dot(gradient, direction);
        var start = new Point(0, value, slope0, theta, gradient);
        var best = start;
        var previous = start;
        var step = initialStep;
        var evaluations = 0;
        Point Evaluate(double alpha)
        {
            var point = new double[theta.Length];
            for (var i = 0; i < point.Length; i++) point[i] = theta[i] + alpha * direction[i];
            var (f, g) = evaluator.Evaluate(point);
            evaluations++;
            var p = new Point(alpha, f, Dot(g, direction), point, g);
            if (Acceptable(p) && p.Value < best.Value) best = p;
            return p;
        }
        bool Acceptable(Point p) => double.IsFinite(p.Value) && p.Value <= value + SufficientDecrease * p.Step * slope0;
        bool Flat(Point p) => Math.Abs(p.Slope) <= -Curvature * slope0;

        // Bracketing: an interval [lo, hi] (in either order) that holds a step meeting the conditions.
        Point lo, hi;
        while (true)
        {
            var current = Evaluate(step);
            if (!double.IsFinite(current.Value) || !double.IsFinite(current.Slope))
            {
                // Too far (the objective overflowed or left its domain): come back towards the last good point.
                lo = previous;
                hi = current with { Value = double.PositiveInfinity };
                break;
            }
            if (!Acceptable(current) || (evaluations > 1 && current.Value >= previous.Value))
            {
                (lo, hi) = (previous, current);
                break;
            }
            if (Flat(current))
            {
                found = current;
                return true;
            }
            if (current.Slope >= 0)
            {
                (lo, hi) = (current, previous);
                break;
            }
            if (evaluations >= MaxEvaluations)
            {
                found = best;
                return false;
            }
            previous = current;
            step *= 2;
        }

        // Zoom: lo is always the best acceptable point of the bracket, hi the other end.
        while (evaluations < MaxEvaluations)
        {
            var width = hi.Step - lo.Step;
            if (Math.Abs(width) <= 1e-16 * Math.Max(1, Math.Abs(lo.Step))) break;
            var trial = double.IsFinite(hi.Value) ? CubicMinimizer(lo, hi) : double.NaN;
            double near = lo.Step + 0.1 * width, far = hi.Step - 0.1 * width;
            if (!double.IsFinite(trial) || (trial - near) * (trial - far) > 0) trial = lo.Step + 0.5 * width;
            var current = Evaluate(trial);
            if (!double.IsFinite(current.Value) || !double.IsFinite(current.Slope) || !Acceptable(current) || current.Value >= lo.Value)
            {
                hi = double.IsFinite(current.Value) ? current : current with { Value = double.PositiveInfinity };
                continue;
            }
            if (Flat(current))
            {
                found = current;
                return true;
            }
            if (current.Slope * (hi.Step - lo.Step) >= 0) hi = lo;
            lo = current;
        }
        found = best;
        return false;
    }

    /// <summary>The minimizer of the cubic through (a, f_a, f'_a) and (b, f_b, f'_b); NaN when it has none.</summary>
    private static double CubicMinimizer(Point a, Point b)
    {
        var d1 = a.Slope + b.Slope - 3 * (a.Value - b.Value) / (a.Step - b.Step);
        var discriminant = d1 * d1 - a.Slope * b.Slope;
        if (!(discriminant >= 0)) return double.NaN;
        var d2 = Math.Sign(b.Step - a.Step) * Math.Sqrt(discriminant);
        var denominator = b.Slope - a.Slope + 2 * d2;
        if (denominator == 0) return double.NaN;
        return b.Step - (b.Step - a.Step) * (b.Slope + d2 - d1) / denominator;
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }
}
