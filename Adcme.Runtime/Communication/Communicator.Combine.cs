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
            case CommOpKind.AllreduceMin:
            case CommOpKind.AllreduceMax:
                contributions[0].CopyTo(result);
                for (var r = 1; r < contributions.Count; r++) Accumulate(operation.Kind, result, contributions[r]);
                return;
            case CommOpKind.Gather:
            case CommOpKind.Allgather:
            case CommOpKind.HaloExchange:
                for (var r = 0; r < contributions.Count; r++) contributions[r].CopyTo(result[(r * contributions[r].Length)..]);
                return;
            case CommOpKind.Scatter:
                contributions[operation.Root].AsSpan(rank * result.Length, result.Length).CopyTo(result);
                return;
            default:
                throw new InvalidOperationException($"{operation.Kind} is not a collective operation.");
        }
    }

    /// <summary>One step of a reduction in rank order: <paramref name="result"/> (the ranks before this one,
    /// combined) becomes <c>result + term</c>, <c>Math.Min(result, term)</c> or <c>Math.Max(result, term)</c>,
    /// elementwise. <see cref="Combine"/> and <see cref="MpiCommunicator"/>'s chunked reductions both add with
    /// this, so a chunk combined on its own has the bits the whole vector combined at once has: each element is
    /// <c>((x0 ∘ x1) ∘ x2) ∘ …</c> either way. (The sum is elementwise IEEE addition, the same bits vectorized
    /// or not; Min and Max keep System.Math's rules for NaN and −0.0.)</summary>
    internal static void Accumulate(CommOpKind kind, Span<double> result, ReadOnlySpan<double> term)
    {
        switch (kind)
        {
            case CommOpKind.ReduceSum:
            case CommOpKind.AllreduceSum:
                System.Numerics.Tensors.TensorPrimitives.Add(result, term, result);
                return;
            case CommOpKind.AllreduceMin:
                for (var i = 0; i < result.Length; i++) result[i] = Math.Min(result[i], term[i]);
                return;
            case CommOpKind.AllreduceMax:
                for (var i = 0; i < result.Length; i++) result[i] = Math.Max(result[i], term[i]);
                return;
            default:
                throw new InvalidOperationException($"{kind} is not a reduction.");
        }
    }

    /// <summary>The error for a message of shape <paramref name="sent"/> (from <paramref name="source"/>'s
    /// <paramref name="sender"/>) where <paramref name="dest"/>'s <paramref name="receiver"/> expects
    /// <paramref name="expected"/>; e.g. <c>Receive (op #4) on rank 1, tag 7: rank 0 sent a message of shape
    /// [2, 3] (its Send, op #3), but rank 1 expects [3, 2].</c> An implementation that does not know the sender's
    /// operation (MPI) passes a <paramref name="senderSequence"/> of 0.</summary>
    internal static CommunicatorException MessageShapeError(
        string receiver, long receiverSequence, int dest, int tag, IReadOnlyList<int> expected, int source, string sender, long senderSequence, IReadOnlyList<int> sent)
        => MessageError(receiver, receiverSequence, dest, tag, source,
            $"a message of shape {Tensor.Format(sent)}" + (senderSequence > 0 ? $" (its {sender}, op #{senderSequence})" : ""),
            Tensor.Format(expected));

    /// <summary><see cref="MessageShapeError(string, long, int, int, IReadOnlyList{int}, int, string, long, IReadOnlyList{int})"/> for an implementation that knows only the number of elements that
    /// arrived (MPI: a message is its data, without a shape): <paramref name="sentCount"/>, or null when the message
    /// was longer than the <paramref name="expected"/> shape's number of elements (MPI_ERR_TRUNCATE, which does not
    /// say by how much); e.g. <c>Receive (op #4) on rank 1, tag 7: rank 0 sent a message of 5 elements, but rank 1
    /// expects [2, 3] (6 elements).</c></summary>
    internal static CommunicatorException MessageShapeError(
        string receiver, long receiverSequence, int dest, int tag, IReadOnlyList<int> expected, int source, int? sentCount)
    {
        var length = 1L;
        foreach (var dimension in expected) length *= dimension;
        return MessageError(receiver, receiverSequence, dest, tag, source,
            sentCount is { } count ? $"a message of {count} element{(count == 1 ? "" : "s")}" : $"a message of more than {length} element{(length == 1 ? "" : "s")}",
            $"{Tensor.Format(expected)} ({length} element{(length == 1 ? "" : "s")})");
    }

    private static CommunicatorException MessageError(string receiver, long receiverSequence, int dest, int tag, int source, string sent, string expected)
    {
        var error = new CommunicatorException(
            $"{receiver} (op #{receiverSequence}) on rank {dest}, tag {tag}: rank {source} sent {sent}, but rank {dest} expects {expected}.");
        error.Data[MessageShapeKey] = true;
        return error;
    }

    /// <summary>The <see cref="Exception.Data"/> key that marks <c>MessageShapeError</c>'s errors.</summary>
    internal const string MessageShapeKey = "Adcme.Communicator.MessageShape";
}
