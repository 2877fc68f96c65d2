using System.Runtime.InteropServices;

namespace Adcme;

/// <summary>
/// The MPI calls MPI.NET has no form for that <see cref="MpiCalls"/> needs: collectives on parts of arrays
/// (counts and displacements into a buffer that is a span, not a whole <c>T[]</c>), and <c>MPI_IN_PLACE</c>. The
/// buffers are passed by reference (pinned by the marshaller for the call), so a tensor's storage goes to MPI
/// without a copy. The library is <see cref="MpiLibrary.ImportName"/>, mapped by <see cref="MpiLibrary"/> like
/// MPI.NET's own imports. Handles are the MPICH ABI's integers (as MPI.NET's are).
/// </summary>
internal static class MpiNative
{
    /// <summary>MPICH ABI: <c>MPI_DOUBLE</c>.</summary>
    public const int Double = 0x4c00080b;

    /// <summary>MPICH ABI: <c>MPI_COMM_WORLD</c>.</summary>
    public const int CommWorld = 0x44000000;

    /// <summary>MPICH ABI: <c>MPI_IN_PLACE</c>, the address −1.</summary>
    public static readonly nint InPlace = -1;

    [DllImport(MpiLibrary.ImportName, EntryPoint = "MPI_Alltoallv")]
    public static extern int Alltoallv(in double sendBuffer, int[] sendCounts, int[] sendDisplacements, int sendType,
        ref double receiveBuffer, int[] receiveCounts, int[] receiveDisplacements, int receiveType, int comm);

    /// <summary>MPI_Allgatherv with <c>MPI_IN_PLACE</c>: each rank's part is already at its displacement.</summary>
    [DllImport(MpiLibrary.ImportName, EntryPoint = "MPI_Allgatherv")]
    public static extern int AllgathervInPlace(nint inPlace, int sendCount, int sendType,
        ref double receiveBuffer, int[] receiveCounts, int[] displacements, int receiveType, int comm);

    [DllImport(MpiLibrary.ImportName, EntryPoint = "MPI_Allgather")]
    public static extern int Allgather(in double sendBuffer, int sendCount, int sendType, ref double receiveBuffer, int receiveCount, int receiveType, int comm);

    /// <summary>MPI_Gatherv on a non-root rank: its part goes to the root.</summary>
    [DllImport(MpiLibrary.ImportName, EntryPoint = "MPI_Gatherv")]
    public static extern int Gatherv(in double sendBuffer, int sendCount, int sendType,
        nint receiveBuffer, int[]? receiveCounts, int[]? displacements, int receiveType, int root, int comm);

    /// <summary>MPI_Gatherv on the root, <c>MPI_IN_PLACE</c>: its own part is already at its displacement.</summary>
    [DllImport(MpiLibrary.ImportName, EntryPoint = "MPI_Gatherv")]
    public static extern int GathervInPlace(nint inPlace, int sendCount, int sendType,
        ref double receiveBuffer, int[] receiveCounts, int[] displacements, int receiveType, int root, int comm);

    [DllImport(MpiLibrary.ImportName, EntryPoint = "MPI_Error_string")]
    private static extern int ErrorString(int code, byte[] text, out int length);

    /// <summary>MPI's description of <paramref name="code"/>.</summary>
    public static string Describe(int code)
    {
        var text = new byte[512]; // MPI_MAX_ERROR_STRING is 512 in MPICH
        return ErrorString(code, text, out var length) == 0 ? System.Text.Encoding.ASCII.GetString(text, 0, Math.Clamp(length, 0, text.Length)) : $"error code {code}";
    }
}
