namespace Adcme;

/// <summary>A non-blocking send or receive in flight (from <see cref="Communicator.Isend(double, int, int)"/>,
/// <see cref="Communicator.Irecv(int, int)"/> and their tensor forms). Complete it exactly once, on the
/// communicator that started it, with <see cref="Communicator.Wait"/> or <see cref="Communicator.WaitAll"/>;
/// a receive's value is then <see cref="Tensor"/> or <see cref="Value"/>.</summary>
public sealed class CommRequest
{
    private Tensor? _tensor;
    private double _value;

    internal CommRequest(Communicator owner, CommOperation operation, long sequence, object pending, int[] shape)
    {
        Owner = owner;
        Operation = operation;
        SequenceNumber = sequence;
        Pending = pending;
        Shape = shape;
    }

    internal Communicator Owner { get; }

    internal CommOperation Operation { get; }

    internal object Pending { get; }

    /// <summary>The shape sent or expected.</summary>
    internal int[] Shape { get; }

    /// <summary>Where a tensor receive's result goes: the backend of the tensor <c>Irecv</c> was given (host by default).</summary>
    internal Backend ResultBackend { get; set; } = Backend.Cpu;

    /// <summary>The sequence number of the <c>Isend</c> or <c>Irecv</c> that started this request.</summary>
    public long SequenceNumber { get; }

    /// <summary>Whether this request receives (<c>Irecv</c>) rather than sends (<c>Isend</c>).</summary>
    public bool IsReceive => Operation.Kind == CommOpKind.Receive;

    /// <summary>Whether <see cref="Communicator.Wait"/> has been called on this request.</summary>
    public bool IsWaited { get; private set; }

    /// <summary>Whether the request completed: it was waited for, and the wait succeeded.</summary>
    public bool IsCompleted { get; private set; }

    /// <summary>The tensor received, once <see cref="Communicator.Wait"/> has returned (a new tensor, the
    /// request's to give).</summary>
    /// <exception cref="InvalidOperationException">this request sends, receives a <c>double</c>, or has not
    /// completed.</exception>
    public Tensor Tensor
    {
        get
        {
            if (!IsReceive) throw new InvalidOperationException($"{this} is a send: it has no tensor to give.");
            if (!Operation.IsTensor) throw new InvalidOperationException($"{this} receives a double: read its Value, not its Tensor.");
            ThrowIfNotCompleted();
            return _tensor!;
        }
    }

    /// <summary>The <c>double</c> received, once <see cref="Communicator.Wait"/> has returned.</summary>
    /// <exception cref="InvalidOperationException">this request sends, receives a tensor, or has not
    /// completed.</exception>
    public double Value
    {
        get
        {
            if (!IsReceive) throw new InvalidOperationException($"{this} is a send: it has no value to give.");
            if (Operation.IsTensor) throw new InvalidOperationException($"{this} receives a tensor: read its Tensor, not its Value.");
            ThrowIfNotCompleted();
            return _value;
        }
    }

    /// <summary>E.g. <c>Irecv(Tensor, from rank 0, tag 3) (op #2)</c>.</summary>
    public override string ToString() => $"{Operation.Describe(IsReceive ? "Irecv" : "Isend")} (op #{SequenceNumber})";

    private void ThrowIfNotCompleted()
    {
        if (!IsWaited) throw new InvalidOperationException($"{this} has not completed: call Wait (or WaitAll) on it first.");
        if (!IsCompleted) throw new InvalidOperationException($"{this} failed in its Wait: it received nothing.");
    }

    internal void MarkWaited() => IsWaited = true;

    // Differentiation (Communicator.Rules.NonBlocking.cs): the companion requests of generated code's tangent and
    // adjoint sweeps, and the adjoint of the received value, kept on the forward request that they mirror.

    /// <summary>Its message's place among the messages between its two ranks with its tag (Communicator.Counted).</summary>
    internal long Ordinal { get; set; }

    /// <summary>The sends of its adjoint's message (a receive's), started by the pullback of Wait.</summary>
    internal CommRequest[]? AdjointSends { get; set; }

    /// <summary>The tangent's request: started by the tangent of Isend/Irecv, waited for by the tangent of Wait.</summary>
    internal CommRequest? TangentRequest { get; set; }

    /// <summary>The adjoint's request: started by the pullback of Wait, waited for by the pullback of Isend/Irecv.</summary>
    internal CommRequest? AdjointRequest { get; set; }

    /// <summary>A receive's value's adjoint, added up by the pullbacks of its reads (null: zero so far).</summary>
    internal Tensor? TensorSeed { get; set; }

    internal double ValueSeed { get; set; }

    /// <summary>A copy of the tensor received: what generated code reads for <see cref="Tensor"/> (a value of its own
    /// that the reverse sweep may give back to the pool).</summary>
    [Primitive(nameof(ReadTensorPullback), nameof(ReadTensorTangent), Ordered = true)]
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public Tensor ReadTensor() => Tensor.Copy(Tensor);

    /// <summary>The <c>double</c> received: what generated code reads for <see cref="Value"/>.</summary>
    [Primitive(nameof(ReadValuePullback), nameof(ReadValueTangent), Ordered = true)]
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public double ReadValue() => Value;

    /// <summary>The pullback of a read of the tensor received: its seed joins the adjoint the pullback of Wait sends back.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static void ReadTensorPullback(CommRequest self, Tensor result, Tensor seed)
        => self.TensorSeed = Adcme.Tensor.AddSeed(self.TensorSeed, seed, self.Shape);

    /// <summary>The tangent of a read of the tensor received: the tangent's message.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static Tensor ReadTensorTangent(CommRequest self, Tensor result)
        => self.TangentRequest is { } tangent ? Adcme.Tensor.Copy(tangent.Tensor) : Adcme.Tensor.ZerosLike(result);

    /// <summary>The pullback of a read of the <c>double</c> received.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static void ReadValuePullback(CommRequest self, double result, double seed) => self.ValueSeed += seed;

    /// <summary>The tangent of a read of the <c>double</c> received.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static double ReadValueTangent(CommRequest self, double result) => self.TangentRequest?.Value ?? 0.0;

    internal void SetResult(Tensor? tensor, double value)
    {
        _tensor = tensor;
        _value = value;
        IsCompleted = true;
    }
}
