namespace Adcme;

/// <summary>A call into the MPI library failed: <see cref="Call"/> on <see cref="Rank"/>. The message names
/// both, then MPI's own description; the inner exception, where there is one, is what MPI.NET threw.</summary>
public sealed class MpiException : Exception
{
    /// <summary>An MPI failure of <paramref name="call"/> on <paramref name="rank"/>.</summary>
    /// <param name="rank">the rank in <c>MPI_COMM_WORLD</c>, or −1 before MPI knows it (loading, initializing).</param>
    /// <param name="call">the MPI call, e.g. <c>MPI_Allgather</c>.</param>
    /// <param name="message">what went wrong.</param>
    /// <param name="innerException">what MPI.NET threw, if anything.</param>
    public MpiException(int rank, string call, string message, Exception? innerException = null)
        : base($"{call} failed on {(rank >= 0 ? $"rank {rank}" : "this process")}: {message}", innerException)
    {
        Rank = rank;
        Call = call;
    }

    /// <summary>The rank in <c>MPI_COMM_WORLD</c> where the call failed; −1 before MPI knows it.</summary>
    public int Rank { get; }

    /// <summary>The MPI call that failed, e.g. <c>MPI_Allgather</c>.</summary>
    public string Call { get; }

    /// <summary>MPI's error code, when MPI returned one (else null).</summary>
    public int? ErrorCode => InnerException?.Data["MPI Error Code"] as int?;
}
