namespace Adcme;

/// <summary>A checkpoint file that cannot be resumed: not a checkpoint, another format version, corrupt or
/// truncated (its checksum does not match), or written by another run (another method, problem size, rank count,
/// option or initial point). The message names the file and what differs. A checkpoint that does not fit is never
/// used, and the run does not start; remove the file (or pass another path) to start afresh.</summary>
public sealed class OptimizationCheckpointException : Exception
{
    /// <summary>An error about the checkpoint at <paramref name="path"/>.</summary>
    public OptimizationCheckpointException(string path, string message) : base(message) => Path = path;

    /// <summary>The checkpoint file.</summary>
    public string Path { get; }
}

/// <summary>A distributed optimization that rank 0 stopped outside an evaluation (its trace writer or callback threw,
/// say): thrown on the other ranks with rank 0's message, while rank 0 throws its own exception, so that every rank
/// stops together instead of waiting.</summary>
public sealed class OptimizationException : Exception
{
    /// <summary>An optimization failure with the given message.</summary>
    public OptimizationException(string message) : base(message)
    {
    }
}
