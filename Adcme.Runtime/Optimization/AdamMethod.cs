namespace Adcme;

/// <summary>
/// Adam (Kingma and Ba, 2015): m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², θ ← θ − α·m̂ / (√v̂ + ε) with the
/// bias-corrected m̂ = m / (1 − β₁ᵗ), v̂ = v / (1 − β₂ᵗ); then θ is projected onto the box bounds, if any. One
/// evaluation an iteration, at the new θ.
/// </summary>
internal sealed class AdamMethod(AdamOptions options, int n) : OptimizerMethod
{
    private double[] _first = new double[n];
    private double[] _second = new double[n];
    private int _steps;

    public override byte Code => 2;

    public override string Name => "Adam";

    public override IEnumerable<(string Name, double Value)> Settings =>
        [("LearningRate", options.LearningRate), ("Beta1", options.Beta1), ("Beta2", options.Beta2), ("Epsilon", options.Epsilon)];

    public override bool Step(IterateState state, Evaluator evaluator)
    {
        _steps++;
        var (beta1, beta2) = (options.Beta1, options.Beta2);
        var correction1 = 1 - Math.Pow(beta1, _steps);
        var correction2 = 1 - Math.Pow(beta2, _steps);
        var theta = new double[n];
        for (var i = 0; i < n; i++)
        {
            var g = state.Gradient[i];
            _first[i] = beta1 * _first[i] + (1 - beta1) * g;
            _second[i] = beta2 * _second[i] + (1 - beta2) * g * g;
            var step = options.LearningRate * (_first[i] / correction1) / (Math.Sqrt(_second[i] / correction2) + options.Epsilon);
            theta[i] = Project(i, state.Theta[i] - step);
        }
        var (value, gradient) = evaluator.Evaluate(theta);
        state.Theta = theta;
        state.Value = value;
        state.Gradient = gradient;
        return true;
    }

    private double Project(int i, double value)
    {
        if (options.LowerBounds is { } lower && value < lower[i]) return lower[i];
        if (options.UpperBounds is { } upper && value > upper[i]) return upper[i];
        return value;
    }

    /// <summary>The projected gradient: zero where θ sits on a bound that the gradient pushes against.</summary>
    public override double[] StationarityGradient(double[] theta, double[] gradient)
    {
        if (options.LowerBounds is null && options.UpperBounds is null) return gradient;
        var projected = (double[])gradient.Clone();
        for (var i = 0; i < n; i++)
        {
            if (options.LowerBounds is { } lower && theta[i] <= lower[i] && gradient[i] > 0) projected[i] = 0;
            if (options.UpperBounds is { } upper && theta[i] >= upper[i] && gradient[i] < 0) projected[i] = 0;
        }
        return projected;
    }

    public override void WriteState(BinaryWriter writer)
    {
        writer.Write(_steps);
        WriteArray(writer, _first);
        WriteArray(writer, _second);
    }

    public override void ReadState(BinaryReader reader, int n)
    {
        _steps = reader.ReadInt32();
        _first = ReadArray(reader, n);
        _second = ReadArray(reader, n);
    }
}
