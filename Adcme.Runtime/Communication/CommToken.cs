namespace Adcme;

/// <summary>
/// A place in one rank's sequence of communication operations: the token of the operation a rank issues next.
/// Every operation has an overload that consumes a token and returns the next one
/// (<c>var y = comm.AllreduceSum(x, token, out var next);</c>), so that the order of communication is data flow:
/// each token is used once, by the operation right after the one that produced it. A token used twice, or one
/// skipped by an operation issued without it, is out of sequence and the operation throws before it communicates.
/// In <c>[Differentiable]</c> code the generator checks this at compile time (ADCME017). Get the first token of a
/// chain from <c>comm.Token</c>.
/// </summary>
public readonly struct CommToken : IEquatable<CommToken>
{
    private readonly Communicator? _communicator;

    internal CommToken(Communicator communicator, long issued)
    {
        _communicator = communicator;
        Issued = issued;
    }

    /// <summary>How many operations its rank had issued when this token was made: the operation that consumes it
    /// is number <see cref="Issued"/> + 1.</summary>
    public long Issued { get; }

    /// <summary>Throws unless this token is <paramref name="communicator"/>'s current one.</summary>
    internal void Check(Communicator communicator, string operation)
    {
        if (_communicator is null)
        {
            throw new CommunicatorException($"{operation} on rank {communicator.Rank}: the token is default(CommToken); start a chain with comm.Token.");
        }
        if (!ReferenceEquals(_communicator, communicator))
        {
            throw new CommunicatorException($"{operation} on rank {communicator.Rank}: the token belongs to another communicator.");
        }
        if (Issued != communicator.Sequence)
        {
            var how = Issued < communicator.Sequence
                ? $"{communicator.Sequence - Issued} operation(s) were issued since this token was made: it was used before, or an operation was issued without the token chain"
                : "it was made after this rank's current operation";
            throw new CommunicatorException(
                $"{operation} on rank {communicator.Rank}: token out of sequence: it is for op #{Issued + 1}, but this rank's next operation is op #{communicator.Sequence + 1} ({how}).");
        }
    }

    /// <inheritdoc/>
    public bool Equals(CommToken other) => ReferenceEquals(_communicator, other._communicator) && Issued == other.Issued;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CommToken other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_communicator, Issued);

    /// <summary>Whether two tokens are the same place of the same communicator.</summary>
    public static bool operator ==(CommToken left, CommToken right) => left.Equals(right);

    /// <summary>Whether two tokens differ.</summary>
    public static bool operator !=(CommToken left, CommToken right) => !left.Equals(right);

    /// <summary>E.g. <c>token for op #4 on rank 2</c>.</summary>
    public override string ToString() => _communicator is null ? "default(CommToken)" : $"token for op #{Issued + 1} on rank {_communicator.Rank}";
}
