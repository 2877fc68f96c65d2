namespace Adcme;

/// <summary>What the environment says about an MPI launcher that started this process: which one, and how
/// many ranks it started (when it says). Read from the variables launchers set for each process they
/// start.</summary>
internal readonly record struct MpiLauncher(string Variable, string Value, int? Size)
{
    /// <summary>Variables that say "started by an MPI launcher", first the ones that also give the job's
    /// size: MPICH's Hydra (and Intel MPI's, and Slurm's PMI), Open MPI, MVAPICH, then PMI/PMIx ranks and
    /// Hydra's local-rank variables.</summary>
    private static readonly string[] SizeVariables = ["PMI_SIZE", "OMPI_COMM_WORLD_SIZE", "MV2_COMM_WORLD_SIZE"];

    private static readonly string[] RankVariables = ["PMI_RANK", "PMIX_RANK", "OMPI_COMM_WORLD_RANK", "MPI_LOCALNRANKS", "MPI_LOCALRANKID", "PMI_FD", "PMI_PORT"];

    /// <summary>The launcher <paramref name="environment"/> describes, or null if none.</summary>
    public static MpiLauncher? Detect(Func<string, string?> environment)
    {
        foreach (var variable in SizeVariables)
        {
            if (environment(variable) is { Length: > 0 } value)
            {
                return new MpiLauncher(variable, value, int.TryParse(value, out var size) && size > 0 ? size : null);
            }
        }
        foreach (var variable in RankVariables)
        {
            if (environment(variable) is { Length: > 0 } value) return new MpiLauncher(variable, value, null);
        }
        return null;
    }

    /// <summary>The launcher of this process, or null.</summary>
    public static MpiLauncher? FromProcess() => Detect(System.Environment.GetEnvironmentVariable);

    /// <summary>Throws if the launcher started <see cref="Size"/> &gt; 1 ranks but MPI sees
    /// <paramref name="mpiSize"/> = 1: each process would run alone, as one of N identical jobs.</summary>
    public void ThrowIfMismatched(int mpiSize)
    {
        if (Size is > 1 and var size && mpiSize != size)
        {
            throw new CommunicatorException(
                $"this process was started by an MPI launcher as one of {size} ranks ({Variable}={Value}), but the MPI library " +
                $"'{MpiLibrary.Name}' sees {mpiSize} rank{(mpiSize == 1 ? "" : "s")}: the launcher belongs to another MPI, and each process would run " +
                $"as its own job. Launch with MPICH's launcher, mpiexec.mpich -n {size} dotnet <app>.dll, or set {MpiLibrary.EnvironmentVariable} " +
                "to the MPICH-ABI library that belongs to the launcher you use.");
        }
    }
}
