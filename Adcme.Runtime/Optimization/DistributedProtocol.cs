namespace Adcme;

/// <summary>What rank 0 tells the other ranks; the first element of each command tensor.</summary>
internal enum DistributedCommand
{
    Evaluate = 1,
    Finish = 2,
    Fail = 3,
}

/// <summary>Why rank 0 stopped a distributed run outside an evaluation (a checkpoint that does not fit, say).</summary>
internal enum DistributedFailure
{
    Checkpoint = 2,
    Other = 3,
}

/// <summary>
/// ADCME's distributed optimization: rank 0 runs the optimizer and holds θ; the other ranks loop in
/// <see cref="Follow"/>, waiting for a command. A command is one broadcast tensor [command, detail, θ…]:
/// <c>Evaluate</c> (every rank evaluates its objective at θ, and [∇f, f] is summed to rank 0 with ReduceSum),
/// <c>Finish</c> (the result follows, broadcast), or <c>Fail</c> (rank 0 failed outside an evaluation, while the
/// others wait for a command: they throw <see cref="OptimizationCheckpointException"/> or
/// <see cref="OptimizationException"/> with rank 0's message, rank 0 its own exception).
/// </summary>
internal static class DistributedProtocol
{
    /// <summary>Command and detail before θ in a command tensor.</summary>
    public const int CommandHeader = 2;

    /// <summary>This rank's objective at θ, summed over ranks to rank 0 as [∇f (n), f]: f is every rank's value
    /// (<see cref="DistributedObjective.SummedOverRanks"/>) or rank 0's. An exception in the objective is not caught:
    /// the objective may be inside its own collectives on the other ranks, so only the communicator can stop them
    /// (in-process ranks stop at their next operation; under MPI an uncaught exception aborts the job).</summary>
    public static double[] EvaluateAndReduce(Communicator comm, Func<double[], (double Value, double[] Gradient)> objective, double[] theta, DistributedObjective mode)
    {
        var n = theta.Length;
        var contribution = new double[n + 1];
        var (value, gradient) = Evaluator.Call(objective, theta);
        gradient.CopyTo(contribution, 0);
        contribution[n] = mode == DistributedObjective.SummedOverRanks || comm.Rank == 0 ? value : 0.0;
        using var mine = Tensor.FromArray(contribution);
        using var sums = comm.ReduceSum(mine, root: 0);
        return sums.ToArray();
    }

    /// <summary>Rank 0: the Fail command, then the message as character codes (every rank throws it).</summary>
    public static void SendFail(Communicator comm, int n, DistributedFailure kind, string message)
    {
        var command = new double[n + CommandHeader]; // every command has θ's length, so n ≥ 1 holds the length
        command[0] = (double)DistributedCommand.Fail;
        command[1] = (double)kind;
        command[2] = message.Length;
        using (var sent = Tensor.FromArray(command)) using (comm.Broadcast(sent, root: 0)) { }
        var text = new double[Math.Max(1, message.Length)];
        for (var i = 0; i < message.Length; i++) text[i] = message[i];
        using (var sentText = Tensor.FromArray(text)) using (comm.Broadcast(sentText, root: 0)) { }
    }

    /// <summary>Ranks other than 0: evaluate when told, until rank 0 finishes (the result is returned) or fails
    /// (this throws).</summary>
    public static OptimizationResult Follow(Communicator comm, Func<double[], (double Value, double[] Gradient)> objective,
        int n, OptimizerOptions options)
    {
        while (true)
        {
            double[] command;
            using (var blank = Tensor.Zeros(n + CommandHeader)) using (var received = comm.Broadcast(blank, root: 0))
            {
                command = received.ToArray();
            }
            switch ((DistributedCommand)(int)command[0])
            {
                case DistributedCommand.Evaluate:
                    EvaluateAndReduce(comm, objective, command[CommandHeader..], options.Objective);
                    break;
                case DistributedCommand.Finish:
                    return ResultBroadcast.Receive(comm, n, options);
                case DistributedCommand.Fail:
                    ReceiveFail(comm, (DistributedFailure)(int)command[1], (int)command[2], options);
                    break;
                default:
                    throw new OptimizationException($"rank {comm.Rank} received an unknown command {command[0]} from rank 0");
            }
        }
    }

    private static void ReceiveFail(Communicator comm, DistributedFailure kind, int length, OptimizerOptions options)
    {
        string message;
        using (var blank = Tensor.Zeros(Math.Max(1, length))) using (var received = comm.Broadcast(blank, root: 0))
        {
            message = new string(received.ToArray().Take(length).Select(c => (char)c).ToArray());
        }
        if (kind == DistributedFailure.Checkpoint) throw new OptimizationCheckpointException(options.CheckpointPath ?? "", message);
        throw new OptimizationException($"rank 0 failed: {message}");
    }
}
