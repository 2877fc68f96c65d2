namespace Adcme;

// The token-threading overloads: each operation of this class, consuming a token and returning the next one
// (CommToken.cs). Each checks its token before it communicates and then does exactly what the overload without a
// token does.
public abstract partial class Communicator
{
    /// <summary>This rank's current token: the one its next operation consumes. The start of a token chain.</summary>
    public CommToken Token => new(this, Sequence);

    /// <summary>Checks that <paramref name="token"/> is this rank's current token (else throws
    /// <see cref="CommunicatorException"/> naming the operation, the rank and both sequence numbers). Generated code
    /// calls it where a differentiable method threads tokens.</summary>
    [Primitive(nameof(CheckTokenPullback), nameof(CheckTokenTangent), Ordered = true)]
    public void CheckToken(CommToken token) => token.Check(this, "CheckToken");

    /// <summary>Nothing flows through a token check (generated code calls it).</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static void CheckTokenPullback(Communicator self, CommToken token)
    {
    }

    /// <summary>Nothing flows through a token check (generated code calls it).</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static void CheckTokenTangent(Communicator self, CommToken token)
    {
    }

    /// <summary><see cref="Broadcast(double, int)"/> at <paramref name="token"/>; <paramref name="next"/> is the token of the
    /// operation after it.</summary>
    /// <exception cref="CommunicatorException"><paramref name="token"/> is out of sequence (used before, or skipped).</exception>
    public double Broadcast(double x, int root, CommToken token, out CommToken next)
    {
        token.Check(this, "Broadcast");
        var result = Broadcast(x, root);
        next = Token;
        return result;
    }

    /// <summary><see cref="Broadcast(Tensor, int)"/> at <paramref name="token"/>; <paramref name="next"/> is the token of the
    /// operation after it.</summary>
    /// <exception cref="CommunicatorException"><paramref name="token"/> is out of sequence (used before, or skipped).</exception>
    public Tensor Broadcast(Tensor x, int root, CommToken token, out CommToken next)
    {
        token.Check(this, "Broadcast");
        var result = Broadcast(x, root);
        next = Token;
        return result;
    }

    /// <summary><see cref="AllreduceSum(double)"/> at <paramref name="token"/>; <paramref name="next"/> is the token of the
    /// operation after it.</summary>
    /// <exception cref="CommunicatorException"><paramref name="token"/> is out of sequence (used before, or skipped).</exception>
    public double AllreduceSum(double x, CommToken token, out CommToken next)
    {
        token.Check(this, "AllreduceSum");
        var result = AllreduceSum(x);
        next = Token;
        return result;
    }

    /// <summary><see cref="AllreduceSum(Tensor)"/> at <paramref name="token"/>; <paramref name="next"/> is the token of the
    /// operation after it.</summary>
    /// <exception cref="CommunicatorException"><paramref name="token"/> is out of sequence (used before, or skipped).</exception>
    public Tensor AllreduceSum(Tensor x, CommToken token, out CommToken next)
    {
        token.Check(this, "AllreduceSum");
        var result = AllreduceSum(x);
        next = Token;
        return result;
    }

    /// <summary><see cref="ReduceSum(double, int)"/> at <paramref name="token"/>; <paramref name="next"/> is the token of the
    /// operation after it.</summary>
    /// <exception cref="CommunicatorException"><paramref name="token"/> is out of sequence (used before, or skipped).</exception>
    public double ReduceSum(double x, int root, CommToken token, out CommToken next)
    {
        token.Check(this, "ReduceSum");
        var result = ReduceSum(x, root);
        next = Token;
        return result;
    }

    /// <summary><see cref="ReduceSum(Tensor, int)"/> at <paramref name="token"/>; <paramref name="next"/> is the token of the
    /// operation after it.</summary>
    /// <exception cref="CommunicatorException"><paramref name="token"/> is out of sequence (used before, or skipped).</exception>
    public Tensor ReduceSum(Tensor x, int root, CommToken token, out CommToken next)
    {
        token.Check(this, "ReduceSum");
        var result = ReduceSum(x, root);
        next = Token;
        return result;
    }

    /// <summary><see cref="AllreduceMin(double)"/> at <paramref name="token"/>; <paramref name="next"/> is the token of the
    /// operation after it.</summary>
    /// <exception cref="CommunicatorException"><paramref name="token"/> is out of sequence (used before, or skipped).</exception>
    public double AllreduceMin(double x, CommToken token, out CommToken next)
    {
        token.Check(this, "AllreduceMin");
        var result = AllreduceMin(x);
        next = Token;
        return result;
    }

    /// <summary><see cref="AllreduceMin(Tensor)"/> at <paramref name="token"/>; <paramref name="next"/> is the token of the
    /// operation after it.</summary>
    /// <exception cref="CommunicatorException"><paramref name="token"/> is out of sequence (used before, or skipped).</exception>
    public Tensor AllreduceMin(Tensor x, CommToken token, out CommToken next)
    {
        token.Check(this, "AllreduceMin");
        var result = AllreduceMin(x);
        next = Token;
        return result;
    }

    /// <summary><see cref="AllreduceMax(double)"/> at <paramref name="token"/>; <paramref name="next"/> is the token of the
    /// operation after it.</summary>
    /// <exception cref="CommunicatorException"><paramref name="token"/> is out of sequence (used before, or skipped).</exception>
    public double AllreduceMax(double x, CommToken token, out CommToken next)
    {
        token.Check(this, "AllreduceMax");
        var result = AllreduceMax(x);
        next = Token;
        return result;
    }

    /// <summary><see cref="AllreduceMax(Tensor)"/> at <paramref name="token"/>; <paramref name="next"/> is the token of the
    /// operation after it.</summary>
    /// <exception cref="CommunicatorException"><paramref name="token"/> is out of sequence (used before, or skipped).</exception>
    public Tensor AllreduceMax(Tensor x, CommToken token, out CommToken next)
    {
        token.Check(this, "AllreduceMax");
        var result = AllreduceMax(x);
        next = Token;
        return result;
    }

    /// <summary><see cref="Barrier()"/> at <paramref name="token"/>; <paramref name="next"/> is the token of the
    /// operation after it.</summary>
    /// <exception cref="CommunicatorException"><paramref name="token"/> is out of sequence (used before, or skipped).</exception>
    public void Barrier(CommToken token, out CommToken next)
    {
        token.Check(this, "Barrier");
        Barrier();
        next = Token;
    }

    /// <summary><see cref="Send(double, int, int)"/> at <paramref name="token"/>; <paramref name="next"/> is the token of the
    /// operation after it.</summary>
    /// <exception cref="CommunicatorException"><paramref name="token"/> is out of sequence (used before, or skipped).</exception>
    public void Send(double x, int dest, int tag, CommToken token, out CommToken next)
    {
        token.Check(this, "Send");
        Send(x, dest, tag);
        next = Token;
    }

    /// <summary><see cref="Send(Tensor, int, int)"/> at <paramref name="token"/>; <paramref name="next"/> is the token of the
    /// operation after it.</summary>
    /// <exception cref="CommunicatorException"><paramref name="token"/> is out of sequence (used before, or skipped).</exception>
    public void Send(Tensor x, int dest, int tag, CommToken token, out CommToken next)
    {
        token.Check(this, "Send");
        Send(x, dest, tag);
        next = Token;
    }

    /// <summary><see cref="Receive(int, int)"/> at <paramref name="token"/>; <paramref name="next"/> is the token of the
    /// operation after it.</summary>
    /// <exception cref="CommunicatorException"><paramref name="token"/> is out of sequence (used before, or skipped).</exception>
    public double Receive(int source, int tag, CommToken token, out CommToken next)
    {
        token.Check(this, "Receive");
        var result = Receive(source, tag);
        next = Token;
        return result;
    }

    /// <summary><see cref="Receive(Tensor, int, int)"/> at <paramref name="token"/>; <paramref name="next"/> is the token of the
    /// operation after it.</summary>
    /// <exception cref="CommunicatorException"><paramref name="token"/> is out of sequence (used before, or skipped).</exception>
    public Tensor Receive(Tensor like, int source, int tag, CommToken token, out CommToken next)
    {
        token.Check(this, "Receive");
        var result = Receive(like, source, tag);
        next = Token;
        return result;
    }

    /// <summary><see cref="Receive(int[], int, int)"/> at <paramref name="token"/>; <paramref name="next"/> is the token of the
    /// operation after it.</summary>
    /// <exception cref="CommunicatorException"><paramref name="token"/> is out of sequence (used before, or skipped).</exception>
    public Tensor Receive(int[] shape, int source, int tag, CommToken token, out CommToken next)
    {
        token.Check(this, "Receive");
        var result = Receive(shape, source, tag);
        next = Token;
        return result;
    }

    /// <summary><see cref="SendReceive(double, int, int, int)"/> at <paramref name="token"/>; <paramref name="next"/> is the token of the
    /// operation after it.</summary>
    /// <exception cref="CommunicatorException"><paramref name="token"/> is out of sequence (used before, or skipped).</exception>
    public double SendReceive(double x, int dest, int source, int tag, CommToken token, out CommToken next)
    {
        token.Check(this, "SendReceive");
        var result = SendReceive(x, dest, source, tag);
        next = Token;
        return result;
    }

    /// <summary><see cref="SendReceive(Tensor, int, int, int)"/> at <paramref name="token"/>; <paramref name="next"/> is the token of the
    /// operation after it.</summary>
    /// <exception cref="CommunicatorException"><paramref name="token"/> is out of sequence (used before, or skipped).</exception>
    public Tensor SendReceive(Tensor x, int dest, int source, int tag, CommToken token, out CommToken next)
    {
        token.Check(this, "SendReceive");
        var result = SendReceive(x, dest, source, tag);
        next = Token;
        return result;
    }

    /// <summary><see cref="Gather(double, int)"/> at <paramref name="token"/>; <paramref name="next"/> is the token of the
    /// operation after it.</summary>
    /// <exception cref="CommunicatorException"><paramref name="token"/> is out of sequence (used before, or skipped).</exception>
    public Tensor Gather(double x, int root, CommToken token, out CommToken next)
    {
        token.Check(this, "Gather");
        var result = Gather(x, root);
        next = Token;
        return result;
    }

    /// <summary><see cref="Gather(Tensor, int)"/> at <paramref name="token"/>; <paramref name="next"/> is the token of the
    /// operation after it.</summary>
    /// <exception cref="CommunicatorException"><paramref name="token"/> is out of sequence (used before, or skipped).</exception>
    public Tensor Gather(Tensor x, int root, CommToken token, out CommToken next)
    {
        token.Check(this, "Gather");
        var result = Gather(x, root);
        next = Token;
        return result;
    }

    /// <summary><see cref="Scatter(Tensor, int)"/> at <paramref name="token"/>; <paramref name="next"/> is the token of the
    /// operation after it.</summary>
    /// <exception cref="CommunicatorException"><paramref name="token"/> is out of sequence (used before, or skipped).</exception>
    public Tensor Scatter(Tensor x, int root, CommToken token, out CommToken next)
    {
        token.Check(this, "Scatter");
        var result = Scatter(x, root);
        next = Token;
        return result;
    }

    /// <summary><see cref="Allgather(double)"/> at <paramref name="token"/>; <paramref name="next"/> is the token of the
    /// operation after it.</summary>
    /// <exception cref="CommunicatorException"><paramref name="token"/> is out of sequence (used before, or skipped).</exception>
    public Tensor Allgather(double x, CommToken token, out CommToken next)
    {
        token.Check(this, "Allgather");
        var result = Allgather(x);
        next = Token;
        return result;
    }

    /// <summary><see cref="Allgather(Tensor)"/> at <paramref name="token"/>; <paramref name="next"/> is the token of the
    /// operation after it.</summary>
    /// <exception cref="CommunicatorException"><paramref name="token"/> is out of sequence (used before, or skipped).</exception>
    public Tensor Allgather(Tensor x, CommToken token, out CommToken next)
    {
        token.Check(this, "Allgather");
        var result = Allgather(x);
        next = Token;
        return result;
    }

    /// <summary><see cref="Isend(double, int, int)"/> at <paramref name="token"/>; <paramref name="next"/> is the token of the
    /// operation after it.</summary>
    /// <exception cref="CommunicatorException"><paramref name="token"/> is out of sequence (used before, or skipped).</exception>
    public CommRequest Isend(double x, int dest, int tag, CommToken token, out CommToken next)
    {
        token.Check(this, "Isend");
        var result = Isend(x, dest, tag);
        next = Token;
        return result;
    }

    /// <summary><see cref="Isend(Tensor, int, int)"/> at <paramref name="token"/>; <paramref name="next"/> is the token of the
    /// operation after it.</summary>
    /// <exception cref="CommunicatorException"><paramref name="token"/> is out of sequence (used before, or skipped).</exception>
    public CommRequest Isend(Tensor x, int dest, int tag, CommToken token, out CommToken next)
    {
        token.Check(this, "Isend");
        var result = Isend(x, dest, tag);
        next = Token;
        return result;
    }

    /// <summary><see cref="Irecv(Tensor, int, int)"/> at <paramref name="token"/>; <paramref name="next"/> is the token of the
    /// operation after it.</summary>
    /// <exception cref="CommunicatorException"><paramref name="token"/> is out of sequence (used before, or skipped).</exception>
    public CommRequest Irecv(Tensor like, int source, int tag, CommToken token, out CommToken next)
    {
        token.Check(this, "Irecv");
        var result = Irecv(like, source, tag);
        next = Token;
        return result;
    }

    /// <summary><see cref="Irecv(int, int)"/> at <paramref name="token"/>; <paramref name="next"/> is the token of the
    /// operation after it.</summary>
    /// <exception cref="CommunicatorException"><paramref name="token"/> is out of sequence (used before, or skipped).</exception>
    public CommRequest Irecv(int source, int tag, CommToken token, out CommToken next)
    {
        token.Check(this, "Irecv");
        var result = Irecv(source, tag);
        next = Token;
        return result;
    }

    /// <summary><see cref="HaloExchange(Tensor, int, int, int, double)"/> at <paramref name="token"/>; <paramref name="next"/> is the token of the
    /// operation after it.</summary>
    /// <exception cref="CommunicatorException"><paramref name="token"/> is out of sequence (used before, or skipped).</exception>
    public Tensor HaloExchange(Tensor block, int rows, int columns, int reach, double fill, CommToken token, out CommToken next)
    {
        token.Check(this, "HaloExchange");
        var result = HaloExchange(block, rows, columns, reach, fill);
        next = Token;
        return result;
    }
}
