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
        => dX += self.FinishAdjoint(result).Value;

    /// <summary>The tangent of Isend (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static CommRequest IsendTangent(Communicator self, double x, double dX, int dest, int tag, CommRequest result)
        => result.TangentRequest = self.Isend(dX, dest, tag);

    /// <summary>The pullback of Isend (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void IsendPullback(Communicator self, Tensor x, int dest, int tag, CommRequest result, CommRequest seed, ref Tensor? dX)
        => dX = Tensor.AddSeed(dX, self.FinishAdjoint(result).Tensor, x.ShapeArray);

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
        => self.FinishAdjoint(result);

    /// <summary>The tangent of Irecv (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static CommRequest IrecvTangent(Communicator self, Tensor like, Tensor? dLike, int source, int tag, CommRequest result)
        => result.TangentRequest = self.Irecv(like, source, tag);

    /// <summary>The pullback of Irecv (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void IrecvPullback(Communicator self, int source, int tag, CommRequest result, CommRequest seed) => self.FinishAdjoint(result);

    /// <summary>The tangent of Irecv (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static CommRequest IrecvTangent(Communicator self, int source, int tag, CommRequest result)
        => result.TangentRequest = self.Irecv(source, tag);

    /// <summary>The pullback of Wait: starts the message inverse to the request's (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void WaitPullback(Communicator self, CommRequest request)
    {
        var operation = request.Operation;
        if (!request.IsReceive)
        {
            // A send's adjoint comes back from where it went.
            request.AdjointRequest = self.PostReceive(operation.IsTensor, request.Shape, operation.Dest, operation.Tag);
            return;
        }
        if (!operation.IsTensor)
        {
            request.AdjointRequest = self.Isend(request.ValueSeed, operation.Source, operation.Tag);
            return;
        }
        // A receive's seed goes back to its source (zeros where nothing was read).
        var seed = request.TensorSeed ?? Tensor.Zeros(request.Shape);
        request.TensorSeed = null;
        request.AdjointRequest = self.Isend(seed, operation.Source, operation.Tag);
        seed.Dispose();
    }

    /// <summary>The tangent of Wait: waits for the tangent's message too (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void WaitTangent(Communicator self, CommRequest request)
    {
        if (request.TangentRequest is { } tangent) self.Wait(tangent);
    }

    /// <summary>Waits for the adjoint message Wait's pullback started for <paramref name="request"/>.</summary>
    private CommRequest FinishAdjoint(CommRequest request)
    {
        var adjoint = request.AdjointRequest
            ?? throw new InvalidOperationException($"{request}: its reverse found no adjoint message: was the request waited for (Wait) in the differentiable method? (rank {Rank})");
        request.AdjointRequest = null;
        Wait(adjoint);
        return adjoint;
    }
}
