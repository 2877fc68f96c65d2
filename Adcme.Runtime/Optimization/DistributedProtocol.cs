using System.Runtime.ExceptionServices;

namespace Adcme;

/// <summary>What rank 0 tells the other ranks; the first element of each command tensor.</summary>
internal enum DistributedCommand
{
    Evaluate = 1,
    Finish = 2,
    Fail = 3,
}

/// <summary>Why a distributed run fails on every rank.</summary>
internal enum DistributedFailure
{
    Objective = 1,
    Checkpoint = 2,
    Other = 3,
}

/// <summary>
/// ADCME's distributed optimization: rank 0 runs the optimizer and holds θ; the other ranks loop in
/// <see cref="Follow"/>, waiting for a command. A command is one broadcast tensor [command, detail, θ…]:
/// <c>Evaluate</c> (every rank evaluates its objective at θ, and [∇f, f, failed…] is summed to rank 0 with
/// ReduceSum), <c>Finish</c> (the result follows, broadcast), or <c>Fail</c> (every rank throws: the failing rank
/// its own exception, the others <see cref="OptimizationException"/> or <see cref="OptimizationCheckpointException"/>
/// with rank 0's message).
/// </summary>
internal static class DistributedProtocol
{
    /// <summary>Command and detail before θ in a command tensor.</summary>
    public const int CommandHeader = 2;

    /// <summary>This rank's objective at θ, summed over ranks to rank 0 as [∇f (n), f, one failure flag a rank]:
    /// f is every rank's value (<see cref="DistributedObjective.SummedOverRanks"/>) or rank 0's. A rank whose
    /// objective throws contributes zeros and its flag, and keeps its exception for after the Fail command.</summary>
    public static (double[] Sums, ExceptionDispatchInfo? Failure) EvaluateAndReduce(Communicator comm,
        Func<double[], (double Value, double[] Gradient)> objective, double[] theta, DistributedObjective mode)
    {
        var n = theta.Length;
        var contribution = new double[n + 1 + comm.Size];
        ExceptionDispatchInfo? failure = null;
        try
        {
            var (value, gradient) = Evaluator.Call(objective, theta);
            gradient.CopyTo(contribution, 0);
            contribution[n] = mode == DistributedObjective.SummedOverRanks || comm.Rank == 0 ? value : 0.0;
        }
        catch (Exception ex) when (ex is not CommunicatorException)
        {
            failure = ExceptionDispatchInfo.Capture(ex);
            Array.Clear(contribution);
            contribution[n + 1 + comm.Rank] = 1.0;
        }
        using var mine = Tensor.FromArray(contribution);
        using var sums = comm.ReduceSum(mine, root: 0);
        return (sums.ToArray(), failure);
    }

    public static List<int> FailedRanks(double[] sums, int n, int ranks)
        => Enumerable.Range(0, ranks).Where(r => sums[n + 1 + r] != 0.0).ToList();

    public static string ObjectiveFailedMessage(IReadOnlyList<int> ranks)
        => $"the objective threw on rank{(ranks.Count == 1 ? "" : "s")} {string.Join(", ", ranks)}; every rank stops";

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
        ExceptionDispatchInfo? ownFailure = null;
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
                    var (_, failure) = EvaluateAndReduce(comm, objective, command[CommandHeader..], options.Objective);
                    ownFailure ??= failure;
                    break;
                case DistributedCommand.Finish:
                    return ResultBroadcast.Receive(comm, n, options);
                case DistributedCommand.Fail:
                    ReceiveFail(comm, (DistributedFailure)(int)command[1], (int)command[2], ownFailure, options);
                    break;
                default:
                    throw new OptimizationException($"rank {comm.Rank} received an unknown command {command[0]} from rank 0");
            }
        }
    }

    private static void ReceiveFail(Communicator comm, DistributedFailure kind, int length, ExceptionDispatchInfo? ownFailure, OptimizerOptions options)
    {
        string message;
        using (var blank = Tensor.Zeros(Math.Max(1, length))) using (var received = comm.Broadcast(blank, root: 0))
        {
            message = new string(received.ToArray().Take(length).Select(c => (char)c).ToArray());
        }
        if (kind == DistributedFailure.Objective) ownFailure?.Throw();
        if (kind == DistributedFailure.Checkpoint) throw new OptimizationCheckpointException(options.CheckpointPath ?? "", message);
        throw new OptimizationException(kind == DistributedFailure.Objective ? message : $"rank 0 failed: {message}");
    }
}
