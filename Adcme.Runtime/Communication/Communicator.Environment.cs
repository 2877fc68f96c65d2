namespace Adcme;

public abstract partial class Communicator
{
    /// <summary>The environment variable that turns <see cref="Checked"/> on at start-up: <c>ADCME_COMM_CHECK=1</c>.</summary>
    public const string CheckedEnvironmentVariable = "ADCME_COMM_CHECK";

    /// <summary>
    /// Checked mode for <see cref="MpiCommunicator"/>: before every collective operation the ranks exchange a
    /// small descriptor of it (kind, root, shape, sequence number), and if the k-th collectives of two ranks
    /// differ every rank throws a <see cref="CommunicatorException"/> naming the first rank that differs from
    /// rank 0 and both operations with their sequence numbers, instead of hanging or mixing up data.
    /// Point-to-point operations are not compared (ranks issue different ones, so their sequence numbers may
    /// differ). It costs one collective per collective, so it is off unless <c>ADCME_COMM_CHECK=1</c> is set; set
    /// it (or this property) the same on every rank. Tensor collectives always compare shapes, checked or not.
    /// <see cref="LocalCommunicator"/> always checks, at no cost.
    /// </summary>
    public static bool Checked { get; set; } = System.Environment.GetEnvironmentVariable(CheckedEnvironmentVariable) == "1";

    /// <summary>
    /// The communicator this process was started for: <see cref="MpiCommunicator.World"/> when an MPI launcher
    /// started it (<c>mpiexec.mpich -n 4 dotnet app.dll</c>: the launcher's variables, such as <c>PMI_RANK</c>,
    /// <c>PMI_SIZE</c>, <c>PMIX_RANK</c> or <c>OMPI_COMM_WORLD_SIZE</c>, are set), else <see cref="Single"/>.
    /// Several ranks in one process are <see cref="LocalCommunicator.Run(int, Action{Communicator})"/>'s, not
    /// this method's.
    /// </summary>
    /// <exception cref="CommunicatorException">the launcher started N &gt; 1 processes but MPI sees one rank in
    /// each: the launcher belongs to another MPI (e.g. Open MPI's <c>mpiexec</c>); use
    /// <c>mpiexec.mpich</c>.</exception>
    /// <exception cref="MpiException">the MPI library cannot be loaded or initialized.</exception>
    public static Communicator FromEnvironment()
    {
        if (MpiLauncher.FromProcess() is not { } launcher) return Single;
        var world = MpiCommunicator.World;
        launcher.ThrowIfMismatched(world.Size);
        return world;
    }
}
