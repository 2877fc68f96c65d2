namespace Adcme;

/// <summary>Evaluates the objective and its gradient for the optimizer on rank 0 and counts evaluations: in one
/// process it calls the objective; in a distributed run it tells every rank to evaluate at θ and sums the gradients
/// (and the values, or takes rank 0's) over the ranks.</summary>
internal abstract class Evaluator
{
    protected Evaluator(int size) => Size = size;

    /// <summary>The number of parameters.</summary>
    public int Size { get; }

    /// <summary>Evaluations so far (resumed runs: from the checkpoint's count on).</summary>
    public int Count { get; set; }

    /// <summary>f(θ) and ∇f(θ); θ is not kept, and the gradient is a new array.</summary>
    public (double Value, double[] Gradient) Evaluate(double[] theta)
    {
        Count++;
        return EvaluateCore(theta);
    }

    protected abstract (double Value, double[] Gradient) EvaluateCore(double[] theta);

    /// <summary>Calls the user's objective on a copy of θ and checks the gradient's length.</summary>
    public static (double Value, double[] Gradient) Call(Func<double[], (double Value, double[] Gradient)> objective, double[] theta)
    {
        var (value, gradient) = objective((double[])theta.Clone());
        if (gradient is null || gradient.Length != theta.Length)
        {
            throw new InvalidOperationException($"the objective returned a gradient of {gradient?.Length.ToString() ?? "null"} components for {theta.Length} parameters");
        }
        return (value, (double[])gradient.Clone());
    }
}

/// <summary>One process: the objective itself.</summary>
internal sealed class LocalEvaluator(Func<double[], (double Value, double[] Gradient)> objective, int size) : Evaluator(size)
{
    protected override (double Value, double[] Gradient) EvaluateCore(double[] theta) => Call(objective, theta);
}

/// <summary>Rank 0 of a distributed run: broadcasts the Evaluate command with θ, evaluates its own part and receives
/// the sum over ranks (ReduceSum to rank 0).</summary>
internal sealed class LeaderEvaluator(Communicator comm, Func<double[], (double Value, double[] Gradient)> objective, int size, DistributedObjective mode)
    : Evaluator(size)
{
    /// <summary>True from the Evaluate command until the sums arrive: an exception then is the objective's or the
    /// communicator's, and the other ranks are not waiting for a command (so rank 0 sends them no Fail).</summary>
    public bool Evaluating { get; private set; }

    protected override (double Value, double[] Gradient) EvaluateCore(double[] theta)
    {
        var command = new double[Size + DistributedProtocol.CommandHeader];
        command[0] = (double)DistributedCommand.Evaluate;
        theta.CopyTo(command, DistributedProtocol.CommandHeader);
        Evaluating = true;
        using (var sent = Tensor.FromArray(command)) using (comm.Broadcast(sent, root: 0)) { }
        var sums = DistributedProtocol.EvaluateAndReduce(comm, objective, theta, mode);
        Evaluating = false;
        return (sums[Size], sums[..Size]);
    }
}
