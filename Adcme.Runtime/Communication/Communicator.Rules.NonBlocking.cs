using System.ComponentModel;

namespace Adcme;

// Derivative rules of non-blocking messages. Forward: Isend/Irecv start a request, Wait completes it, a read of
// request.Tensor/Value gives the received value. Reverse, in the opposite order: the read's pullback adds its seed to
// the request; Wait's pullback starts the inverse message (a send's: receive the adjoint from dest; a receive's: send
// the seed back to source); the pullback of Isend/Irecv waits for that message and (for a send) adds it to x̄. Tangent
// mode sends the tangents as second messages, started and waited for next to the primal ones. Every companion request
// is kept on the forward request it mirrors, so the rules need no other state.
public abstract partial class Communicator
{
    /// <summary>The pullback of Isend (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void IsendPullback(Communicator self, double x, int dest, int tag, CommRequest result, CommRequest seed, ref double dX)
        => dX += self.TakeSendAdjoint(result, 1)[0];

    /// <summary>The tangent of Isend (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static CommRequest IsendTangent(Communicator self, double x, double dX, int dest, int tag, CommRequest result)
        => result.TangentRequest = self.Isend(dX, dest, tag);

    /// <summary>The pullback of Isend (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void IsendPullback(Communicator self, Tensor x, int dest, int tag, CommRequest result, CommRequest seed, ref Tensor? dX)
        => dX = AddValues(dX, x, self.TakeSendAdjoint(result, x.Length));

    /// <summary>The tangent of Isend (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static CommRequest IsendTangent(Communicator self, Tensor x, Tensor? dX, int dest, int tag, CommRequest result)
    {
        if (dX is not null) return result.TangentRequest = self.Isend(SeedOf("Isend tangent", dX, x), dest, tag);
        using var zeros = Tensor.ZerosLike(x);
        return result.TangentRequest = self.Isend(zeros, dest, tag);
    }

    /// <summary>The pullback of Irecv (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void IrecvPullback(Communicator self, Tensor like, int source, int tag, CommRequest result, CommRequest seed, ref Tensor? dLike)
        => self.FinishReceiveAdjoint(result);

    /// <summary>The tangent of Irecv (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static CommRequest IrecvTangent(Communicator self, Tensor like, Tensor? dLike, int source, int tag, CommRequest result)
        => result.TangentRequest = self.Irecv(like, source, tag);

    /// <summary>The pullback of Irecv (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void IrecvPullback(Communicator self, int source, int tag, CommRequest result, CommRequest seed) => self.FinishReceiveAdjoint(result);

    /// <summary>The tangent of Irecv (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static CommRequest IrecvTangent(Communicator self, int source, int tag, CommRequest result)
        => result.TangentRequest = self.Irecv(source, tag);

    /// <summary>The pullback of Wait (generated code calls it, on every rank): a receive's adjoint (its reads' seeds,
    /// zeros where it was never read) starts back to its source; a send's adjoint is taken by the pullback of Isend.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void WaitPullback(Communicator self, CommRequest request)
    {
        if (!request.IsReceive) return;
        var operation = request.Operation;
        if (!operation.IsTensor)
        {
            request.AdjointSends = self.PostAdjoint(operation.Source, operation.Tag, request.Ordinal, [request.ValueSeed]);
            request.ValueSeed = 0.0;
            return;
        }
        var seed = request.TensorSeed ?? Tensor.Zeros(request.Shape);
        request.TensorSeed = null;
        request.AdjointSends = self.PostAdjoint(operation.Source, operation.Tag, request.Ordinal, HostValues(seed));
        seed.Dispose();
    }

    /// <summary>The tangent of Wait: waits for the tangent's message too (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void WaitTangent(Communicator self, CommRequest request)
    {
        if (request.TangentRequest is { } tangent) self.Wait(tangent);
    }

    /// <summary>The adjoint of a non-blocking send, taken when the reverse sweep reaches its start.</summary>
    private double[] TakeSendAdjoint(CommRequest request, int length)
    {
        var operation = request.Operation;
        CheckUnwound(request, Unwind(true, operation.Dest, operation.Tag, "Isend"));
        return TakeAdjoint(operation.Dest, operation.Tag, request.Ordinal, length, "Isend");
    }

    /// <summary>Completes the adjoint send that the pullback of Wait started for a non-blocking receive.</summary>
    private void FinishReceiveAdjoint(CommRequest request)
    {
        var operation = request.Operation;
        CheckUnwound(request, Unwind(false, operation.Source, operation.Tag, "Irecv"));
        var sends = request.AdjointSends
            ?? throw new InvalidOperationException($"{request}: its reverse found no adjoint message: was the request waited for (Wait) in the differentiable method? (rank {Rank})");
        request.AdjointSends = null;
        FinishAdjoint(sends);
    }

    /// <summary>The reverse sweep reverses starts in the opposite order: a request's message is the latest one left.</summary>
    private void CheckUnwound(CommRequest request, long ordinal)
    {
        if (ordinal != request.Ordinal)
        {
            throw new InvalidOperationException(
                $"{request}'s pullback on rank {Rank}: it is message {request.Ordinal} on its ranks and tag, but message {ordinal} is the latest left to reverse.");
        }
    }
}
