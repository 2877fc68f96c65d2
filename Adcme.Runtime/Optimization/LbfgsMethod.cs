namespace Adcme;

/// <summary>
/// L-BFGS (Nocedal and Wright, algorithms 7.4 and 7.5): the search direction is −H·g by the two-loop recursion over
/// the last <see cref="LbfgsOptions.Memory"/> pairs s = Δθ, y = Δg, with H₀ = (s·y / y·y) I; the step is found by
/// <see cref="WolfeLineSearch"/> (strong Wolfe, c₁ = 1e-4, c₂ = 0.9, cubic interpolation), starting from 1, or from
/// 1/‖g‖₂ (at most 1) while there is no history.
/// </summary>
/// <remarks>
/// Why our own outer loop rather than MathNet's <c>LimitedMemoryBfgsMinimizer</c>: that class runs the whole
/// minimization in one call and exposes neither a per-iteration hook (so no trace, progress line or callback that
/// stops the run) nor its state (the (s, y) history), so a checkpoint could not resume it to the same result as an
/// uninterrupted run, and a distributed run could not drive it one evaluation at a time. The loop below is that
/// outer loop with its state in the open. MathNet's strong Wolfe line search narrows its bracket by bisection, which
/// took about five evaluations an iteration on examples/PoissonNN; ours interpolates. The tests check that both
/// reach the same minimizers.
/// </remarks>
internal sealed class LbfgsMethod(LbfgsOptions options) : OptimizerMethod
{
    private readonly List<double[]> _steps = [];
    private readonly List<double[]> _gradientChanges = [];

    public override byte Code => 1;

    public override string Name => "L-BFGS";

    public override IEnumerable<(string Name, double Value)> Settings => [("Memory", options.Memory)];

    public override bool Step(IterateState state, Evaluator evaluator)
    {
        var direction = Direction(state.Gradient);
        var slope = Dot(direction, state.Gradient);
        if (!(slope < 0))
        {
            // Not a descent direction (rounding in a nearly singular history): forget the history, go down the gradient.
            _steps.Clear();
            _gradientChanges.Clear();
            direction = state.Gradient.Select(g => -g).ToArray();
            if (!(Dot(direction, state.Gradient) < 0)) return false;
        }
        var initialStep = _steps.Count == 0 ? Math.Min(1.0, 1.0 / Math.Sqrt(Dot(state.Gradient, state.Gradient))) : 1.0;
        var conforming = WolfeLineSearch.Search(evaluator, state.Theta, state.Value, state.Gradient, direction, initialStep, out var found);
        // A step that meets the strong Wolfe conditions is taken even when f did not change in its last bits (near
        // the minimum f is flat to rounding while g still shrinks); one that does not (the search ran out of
        // evaluations) only if it lowers f.
        if (found.Step == 0 || !(conforming ? found.Value <= state.Value : found.Value < state.Value)) return false;
        var theta = found.Theta;
        var gradient = found.Gradient;
        var step = new double[theta.Length];
        var change = new double[theta.Length];
        for (var i = 0; i < theta.Length; i++)
        {
            step[i] = theta[i] - state.Theta[i];
            change[i] = gradient[i] - state.Gradient[i];
        }
        if (Dot(step, change) > 0)
        {
            _steps.Add(step);
            _gradientChanges.Add(change);
            if (_steps.Count > options.Memory)
            {
                _steps.RemoveAt(0);
                _gradientChanges.RemoveAt(0);
            }
        }
        state.Theta = theta;
        state.Value = found.Value;
        state.Gradient = gradient;
        return true;
    }

    /// <summary>−H·g by the two-loop recursion.</summary>
    private double[] Direction(double[] gradient)
    {
        var q = (double[])gradient.Clone();
        var count = _steps.Count;
        var alpha = new double[count];
        var rho = new double[count];
        for (var i = count - 1; i >= 0; i--)
        {
            rho[i] = 1.0 / Dot(_steps[i], _gradientChanges[i]);
            alpha[i] = rho[i] * Dot(_steps[i], q);
            Axpy(-alpha[i], _gradientChanges[i], q);
        }
        if (count > 0)
        {
            var last = _gradientChanges[count - 1];
            var gamma = Dot(_steps[count - 1], last) / Dot(last, last);
            for (var j = 0; j < q.Length; j++) q[j] *= gamma;
        }
        for (var i = 0; i < count; i++)
        {
            var beta = rho[i] * Dot(_gradientChanges[i], q);
            Axpy(alpha[i] - beta, _steps[i], q);
        }
        for (var j = 0; j < q.Length; j++) q[j] = -q[j];
        return q;
    }

    public override void WriteState(BinaryWriter writer)
    {
        writer.Write(_steps.Count);
        for (var i = 0; i < _steps.Count; i++)
        {
            WriteArray(writer, _steps[i]);
            WriteArray(writer, _gradientChanges[i]);
        }
    }

    public override void ReadState(BinaryReader reader, int n)
    {
        _steps.Clear();
        _gradientChanges.Clear();
        var count = reader.ReadInt32();
        if (count < 0 || count > options.Memory) throw new EndOfStreamException();
        for (var i = 0; i < count; i++)
        {
            _steps.Add(ReadArray(reader, n));
            _gradientChanges.Add(ReadArray(reader, n));
        }
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    private static void Axpy(double a, double[] x, double[] y)
    {
        for (var i = 0; i < y.Length; i++) y[i] += a * x[i];
    }
}
