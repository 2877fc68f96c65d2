namespace Adcme;

/// <summary>Where a run stands after an iteration: everything a checkpoint holds besides the method's own state.</summary>
internal sealed class IterateState(double[] theta, double value, double[] gradient)
{
    public double[] Theta { get; set; } = theta;

    public double Value { get; set; } = value;

    public double[] Gradient { get; set; } = gradient;

    public int Iteration { get; set; }

    public int Evaluations { get; set; }

    /// <summary>Time spent before this process's part of the run (by the runs a checkpoint resumes).</summary>
    public TimeSpan ElapsedBefore { get; set; }

    public StopCode Stop { get; set; }

    public List<OptimizationIteration> History { get; } = [];
}

/// <summary>One optimization method: its iteration and the state it carries between iterations, which a checkpoint
/// stores so that a resumed run continues exactly as an uninterrupted one.</summary>
internal abstract class OptimizerMethod
{
    /// <summary>The method's number in checkpoints.</summary>
    public abstract byte Code { get; }

    public abstract string Name { get; }

    /// <summary>The method's options that change its path; a checkpoint written with others is refused.</summary>
    public abstract IEnumerable<(string Name, double Value)> Settings { get; }

    /// <summary>One iteration from <paramref name="state"/> (θ, f and g updated in place); false when it found no
    /// better point (the state is then unchanged).</summary>
    public abstract bool Step(IterateState state, Evaluator evaluator);

    /// <summary>The gradient whose ‖·‖∞ the trace shows and the gradient tolerance tests (projected under bounds).</summary>
    public virtual double[] StationarityGradient(double[] theta, double[] gradient) => gradient;

    public abstract void WriteState(BinaryWriter writer);

    public abstract void ReadState(BinaryReader reader, int n);

    public static double NormInf(double[] values)
    {
        var norm = 0.0;
        foreach (var v in values) norm = Math.Max(norm, double.IsNaN(v) ? double.NaN : Math.Abs(v));
        return norm;
    }

    public static void WriteArray(BinaryWriter writer, double[] values)
    {
        foreach (var v in values) writer.Write(v);
    }

    public static double[] ReadArray(BinaryReader reader, int n)
    {
        var values = new double[n];
        for (var i = 0; i < n; i++) values[i] = reader.ReadDouble();
        return values;
    }
}
