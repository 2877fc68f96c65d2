using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace Adcme;

/// <summary>The objective as MathNet's line searches see it: each <see cref="EvaluateAt"/> is one evaluation through
/// the <see cref="Evaluator"/> (so, in a distributed run, one Evaluate command to every rank).</summary>
internal sealed class MathNetObjective : IObjectiveFunction
{
    private readonly Evaluator _evaluator;

    public MathNetObjective(Evaluator evaluator) => _evaluator = evaluator;

    /// <summary>An objective already evaluated at <paramref name="point"/> (the line search's starting point).</summary>
    public MathNetObjective(Evaluator evaluator, double[] point, double value, double[] gradient) : this(evaluator)
    {
        Point = Vector<double>.Build.DenseOfArray((double[])point.Clone());
        Value = value;
        Gradient = Vector<double>.Build.DenseOfArray((double[])gradient.Clone());
    }

    public Vector<double> Point { get; private set; } = Vector<double>.Build.Dense(1);

    public double Value { get; private set; }

    public Vector<double> Gradient { get; private set; } = Vector<double>.Build.Dense(1);

    public bool IsGradientSupported => true;

    public bool IsHessianSupported => false;

    public Matrix<double> Hessian => throw new NotSupportedException("the optimizers of Adcme use no Hessian");

    public void EvaluateAt(Vector<double> point)
    {
        var theta = point.ToArray();
        var (value, gradient) = _evaluator.Evaluate(theta);
        Point = Vector<double>.Build.DenseOfArray(theta);
        Value = value;
        Gradient = Vector<double>.Build.DenseOfArray(gradient);
    }

    public IObjectiveFunction Fork() => new MathNetObjective(_evaluator);

    public IObjectiveFunction CreateNew() => new MathNetObjective(_evaluator);
}
