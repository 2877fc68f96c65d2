namespace Adcme;

public abstract partial class Communicator
{
    /// <summary>Combines the ranks' contributions, given in rank order, into <paramref name="result"/> for
    /// <paramref name="rank"/>: the one place where every implementation's arithmetic is defined, so that all
    /// of them give bit-identical values. Covers every collective kind (not the point-to-point ones).</summary>
    internal static void Combine(CommOperation operation, IReadOnlyList<double[]> contributions, int rank, Span<double> result)
    {
        switch (operation.Kind)
        {
            case CommOpKind.Barrier:
                return;
            case CommOpKind.Broadcast:
                contributions[operation.Root].CopyTo(result);
                return;
            case CommOpKind.ReduceSum when rank != operation.Root:
            case CommOpKind.Gather when rank != operation.Root:
                result.Clear();
                return;
            case CommOpKind.ReduceSum:
            case CommOpKind.AllreduceSum:
                contributions[0].CopyTo(result);
                for (var r = 1; r < contributions.Count; r++)
                {
                    var term = contributions[r];
                    for (var i = 0; i < result.Length; i++) result[i] += term[i];
                }
                return;
            case CommOpKind.AllreduceMin:
                contributions[0].CopyTo(result);
                for (var r = 1; r < contributions.Count; r++)
                {
                    var term = contributions[r];
                    for (var i = 0; i < result.Length; i++) result[i] = Math.Min(result[i], term[i]);
                }
                return;
            case CommOpKind.AllreduceMax:
                contributions[0].CopyTo(result);
                for (var r = 1; r < contributions.Count; r++)
                {
                    var term = contributions[r];
                    for (var i = 0; i < result.Length; i++) result[i] = Math.Max(result[i], term[i]);
                }
                return;
            case CommOpKind.Gather:
            case CommOpKind.Allgather:
                for (var r = 0; r < contributions.Count; r++) contributions[r].CopyTo(result[(r * contributions[r].Length)..]);
                return;
            case CommOpKind.Scatter:
                contributions[operation.Root].AsSpan(rank * result.Length, result.Length).CopyTo(result);
                return;
            default:
                throw new InvalidOperationException($"{operation.Kind} is not a collective operation.");
        }
    }

    /// <summary>The error for a message of shape <paramref name="sent"/> (from <paramref name="source"/>'s
    /// <paramref name="sender"/>) where <paramref name="dest"/>'s <paramref name="receiver"/> expects
    /// <paramref name="expected"/>; e.g. <c>Receive (op #4) on rank 1, tag 7: rank 0 sent a message of shape
    /// [2, 3] (its Send, op #3), but rank 1 expects [3, 2].</c> An implementation that does not know the sender's
    /// operation (MPI) passes a <paramref name="senderSequence"/> of 0.</summary>
    internal static CommunicatorException MessageShapeError(
        string receiver, long receiverSequence, int dest, int tag, IReadOnlyList<int> expected, int source, string sender, long senderSequence, IReadOnlyList<int> sent)
    {
        var error = new CommunicatorException(
            $"{receiver} (op #{receiverSequence}) on rank {dest}, tag {tag}: rank {source} sent a message of shape {Tensor.Format(sent)}" +
            (senderSequence > 0 ? $" (its {sender}, op #{senderSequence})" : "") + $", but rank {dest} expects {Tensor.Format(expected)}.");
        error.Data[MessageShapeKey] = true;
        return error;
    }

    /// <summary>The <see cref="Exception.Data"/> key that marks <see cref="MessageShapeError"/>'s errors.</summary>
    internal const string MessageShapeKey = "Adcme.Communicator.MessageShape";
}
