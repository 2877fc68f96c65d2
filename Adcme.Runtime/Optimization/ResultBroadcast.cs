namespace Adcme;

/// <summary>The end of a distributed run: rank 0 sends the Finish command and its result; every other rank builds the
/// same <see cref="OptimizationResult"/> from it (the stop reason's words follow from the stop code and the options,
/// which every rank has).</summary>
internal static class ResultBroadcast
{
    private const int Scalars = 7; // minimum, iterations, evaluations, stop code, elapsed ticks, history count, resumed from
    private const int PerIteration = 5; // iteration, value, gradient norm, elapsed ticks, evaluations

    /// <summary>Rank 0: Finish, then [θ, g, scalars] and the history.</summary>
    public static void Send(Communicator comm, OptimizationResult result)
    {
        var n = result.Minimizer.Length;
        var command = new double[n + DistributedProtocol.CommandHeader];
        command[0] = (double)DistributedCommand.Finish;
        using (var sent = Tensor.FromArray(command)) using (comm.Broadcast(sent, root: 0)) { }
        var header = new double[2 * n + Scalars];
        result.Minimizer.CopyTo(header, 0);
        result.Gradient.CopyTo(header, n);
        header[2 * n] = result.Minimum;
        header[2 * n + 1] = result.Iterations;
        header[2 * n + 2] = result.Evaluations;
        header[2 * n + 3] = (double)result.Stop;
        header[2 * n + 4] = result.Elapsed.Ticks;
        header[2 * n + 5] = result.History.Count;
        header[2 * n + 6] = result.ResumedFromIteration ?? -1;
        using (var sent = Tensor.FromArray(header)) using (comm.Broadcast(sent, root: 0)) { }
        var history = new double[PerIteration * result.History.Count];
        for (var i = 0; i < result.History.Count; i++)
        {
            var item = result.History[i];
            history[PerIteration * i] = item.Iteration;
            history[PerIteration * i + 1] = item.Value;
            history[PerIteration * i + 2] = item.GradientNorm;
            history[PerIteration * i + 3] = item.Elapsed.Ticks;
            history[PerIteration * i + 4] = item.Evaluations;
        }
        using (var sent = Tensor.FromArray(history)) using (comm.Broadcast(sent, root: 0)) { }
    }

    /// <summary>Other ranks, after the Finish command: the result rank 0 sent.</summary>
    public static OptimizationResult Receive(Communicator comm, int n, OptimizerOptions options)
    {
        double[] header;
        using (var blank = Tensor.Zeros(2 * n + Scalars)) using (var received = comm.Broadcast(blank, root: 0))
        {
            header = received.ToArray();
        }
        var count = (int)header[2 * n + 5];
        double[] flat;
        using (var blank = Tensor.Zeros(PerIteration * count)) using (var received = comm.Broadcast(blank, root: 0))
        {
            flat = received.ToArray();
        }
        var history = new List<OptimizationIteration>(count);
        for (var i = 0; i < count; i++)
        {
            history.Add(new OptimizationIteration((int)flat[PerIteration * i], flat[PerIteration * i + 1], flat[PerIteration * i + 2],
                TimeSpan.FromTicks((long)flat[PerIteration * i + 3]), (int)flat[PerIteration * i + 4]));
        }
        var stop = (StopCode)(int)header[2 * n + 3];
        var resumed = (int)header[2 * n + 6];
        return new OptimizationResult(header[..n], header[2 * n], header[n..(2 * n)], (int)header[2 * n + 1], (int)header[2 * n + 2],
            stop, OptimizerRun.StopText(stop, options), history, TimeSpan.FromTicks((long)header[2 * n + 4]), resumed < 0 ? null : resumed);
    }
}
