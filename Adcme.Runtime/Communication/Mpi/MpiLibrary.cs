using System.Reflection;
using System.Runtime.InteropServices;

namespace Adcme;

/// <summary>
/// The binding layer's one place for the native MPI library: MPI.NET 1.4.0 imports <c>msmpi.dll</c> (MS-MPI's
/// name); this maps that name to an MPI with the MPICH ABI — <c>libmpich.so.12</c> by default, or the path or
/// name in <c>ADCME_MPI_LIBRARY</c>. MPI.NET's integer handles and <c>MPI_Status</c> layout are MPICH's, so
/// MPICH, Intel MPI, MVAPICH and Cray MPICH work; Open MPI (pointer handles) does not, and is refused.
/// </summary>
/// <remarks>
/// Every call MPI.NET lacks is bound in <see cref="MpiNative"/> with <c>[DllImport(MpiLibrary.ImportName)]</c>
/// (this assembly allows no unsafe code, which <c>LibraryImport</c> needs) and resolved by <see cref="Resolve"/>,
/// registered on this assembly too: the collectives on parts of a buffer and <c>MPI_IN_PLACE</c> that the
/// chunked reductions use. (Checking <c>MPI_Init_thread</c>'s result, which MPI.NET drops,
/// is done through <c>MPI.Environment.Initialized</c>.) <see cref="Register"/> must run before MPI.NET is
/// first touched: a P/Invoke that has failed to resolve stays failed.
/// </remarks>
internal static class MpiLibrary
{
    /// <summary>The library loaded unless <see cref="EnvironmentVariable"/> says otherwise: Debian's MPICH.</summary>
    public const string DefaultName = "libmpich.so.12";

    /// <summary>A path or a name for <see cref="NativeLibrary.Load(string)"/>, for another MPICH-ABI MPI.</summary>
    public const string EnvironmentVariable = "ADCME_MPI_LIBRARY";

    /// <summary>The name MPI.NET's <c>[DllImport]</c>s use.</summary>
    public const string ImportName = "msmpi.dll";

    private static readonly object Gate = new();
    private static bool _registered;
    private static IntPtr _handle;

    /// <summary>The library to load: <c>ADCME_MPI_LIBRARY</c> if set, else <see cref="DefaultName"/>.</summary>
    public static string Name => System.Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } name ? name : DefaultName;

    /// <summary>Loads the library and maps MPI.NET's imports to it, once per process.</summary>
    /// <exception cref="MpiException">the library cannot be loaded, or is not of the MPICH ABI.</exception>
    public static void Register()
    {
        lock (Gate)
        {
            if (_registered) return;
            _handle = Load(Name);
            NativeLibrary.SetDllImportResolver(typeof(MPI.Communicator).Assembly, Resolve);
            NativeLibrary.SetDllImportResolver(typeof(MpiNative).Assembly, Resolve); // MpiNative's imports
            _registered = true;
        }
    }

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
        => libraryName == ImportName ? _handle : IntPtr.Zero;

    private static IntPtr Load(string name)
    {
        var call = $"loading {name}";
        if (!NativeLibrary.TryLoad(name, out var handle))
        {
            throw new MpiException(-1, call,
                $"could not load the MPI library '{name}'. Install MPICH (apt-get install -y mpich) or set {EnvironmentVariable} to the path of an MPI library with the MPICH ABI (MPICH, Intel MPI, MVAPICH, Cray MPICH).");
        }
        if (!NativeLibrary.TryGetExport(handle, "MPI_Init_thread", out _))
        {
            throw new MpiException(-1, call, $"'{name}' is not an MPI library: it has no MPI_Init_thread.");
        }
        if (NativeLibrary.TryGetExport(handle, "ompi_mpi_comm_world", out _))
        {
            // Open MPI's handles are pointers, MPI.NET's are MPICH's integers: every call would misbehave.
            throw new MpiException(-1, call,
                $"'{name}' is Open MPI, whose ABI MPI.NET cannot use. Set {EnvironmentVariable} to an MPI with the MPICH ABI (MPICH: libmpich.so.12) and launch with its mpiexec (mpiexec.mpich).");
        }
        return handle;
    }
}
