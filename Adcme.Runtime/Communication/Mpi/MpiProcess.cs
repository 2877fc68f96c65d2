namespace Adcme;

/// <summary>
/// MPI's life in this process: initialized once (through MPI.NET's <c>MPI.Environment</c>, threading level
/// serialized), finalized when the process exits (<see cref="AppDomain.ProcessExit"/>), and an unhandled
/// exception on any rank aborts the whole job after printing the rank and the exception to stderr.
/// </summary>
internal static class MpiProcess
{
    private static readonly object Gate = new();
    private static MpiCalls? _calls;
    private static MPI.Environment? _environment; // ours to finalize; null if someone else initialized MPI

    /// <summary><c>MPI_COMM_WORLD</c>'s calls, MPI initialized on first use.</summary>
    public static MpiCalls World
    {
        get
        {
            lock (Gate) return _calls ??= Start();
        }
    }

    private static MpiCalls Start()
    {
        MpiLibrary.Register();
        if (Query("MPI_Finalized", () => MPI.Environment.Finalized))
        {
            throw new MpiException(-1, "MPI_Init_thread", "MPI has already been finalized in this process: it cannot start again.");
        }
        if (!Query("MPI_Initialized", () => MPI.Environment.Initialized))
        {
            var args = Array.Empty<string>();
            try
            {
                _environment = new MPI.Environment(ref args, MPI.Threading.Serialized);
            }
            catch (Exception exception) when (exception is not MpiException)
            {
                throw new MpiException(-1, "MPI_Init_thread", exception.Message, exception);
            }
            // MPI.NET drops MPI_Init_thread's return code: ask whether it worked.
            if (!Query("MPI_Initialized", () => MPI.Environment.Initialized))
            {
                throw new MpiException(-1, "MPI_Init_thread", $"MPI did not initialize ({MpiLibrary.Name}).");
            }
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Finish();
        }
        var world = MPI.Communicator.world
            ?? throw new MpiException(-1, "MPI_Init_thread", "MPI was initialized outside MPI.NET, so MPI.NET has no world communicator.");
        var calls = new MpiCalls(world);
        AppDomain.CurrentDomain.UnhandledException += (_, e) => AbortJob(calls, e.ExceptionObject);
        return calls;
    }

    /// <summary>Finalizes MPI at process exit, if this process initialized it.</summary>
    private static void Finish()
    {
        lock (Gate)
        {
            try
            {
                if (_environment is not null && !MPI.Environment.Finalized) _environment.Dispose();
            }
            catch (Exception exception)
            {
                Console.Error.WriteLine($"Adcme: MPI_Finalize failed: {exception.Message}");
            }
            _environment = null;
        }
    }

    /// <summary>An exception nobody caught on one rank would leave the others waiting forever in their next
    /// operation: print it with the rank, then end every rank of the job.</summary>
    private static void AbortJob(MpiCalls calls, object exception)
    {
        try
        {
            var message = exception is Exception e ? $"{e.GetType().Name}: {e.Message}" : exception.ToString();
            Console.Error.WriteLine($"rank {calls.Rank}: unhandled exception, aborting the MPI job: {message}");
            Console.Error.WriteLine(exception);
            Console.Error.Flush();
        }
        finally
        {
            calls.Abort(1);
        }
    }

    private static bool Query(string call, Func<bool> query)
    {
        try
        {
            return query();
        }
        catch (Exception exception)
        {
            throw new MpiException(-1, call, exception.Message, exception);
        }
    }
}
