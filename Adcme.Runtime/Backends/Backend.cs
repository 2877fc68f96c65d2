namespace Adcme;

/// <summary>
/// Where a tensor's elements live and where the operations on it run: <see cref="Cpu"/> (host arrays, SIMD through
/// System.Numerics.Tensors and the generator's vector kernels) or a <see cref="GpuBackend"/> (ILGPU: CUDA, or ILGPU's
/// CPU accelerator, which runs the same device kernels on the host and is what tests use where there is no GPU).
/// New tensors are made on <see cref="Default"/>; <see cref="Tensor.To(Backend)"/> moves one. An operation runs on
/// the backend of its operands, and its result stays there; operands on different backends are an error
/// (<see cref="TensorBackendException"/>): transfers are always explicit.
/// </summary>
public abstract class Backend
{
    /// <summary>The environment variable read once for <see cref="Default"/>: <c>cpu</c>, <c>cuda</c> or
    /// <c>ilgpu-cpu</c> (unset or empty: <c>cpu</c>).</summary>
    public const string EnvironmentVariable = "ADCME_BACKEND";

    private static Backend? s_default;

    private protected Backend()
    {
    }

    /// <summary>The backend's name: <c>cpu</c>, <c>cuda</c> or <c>ilgpu-cpu</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Whether tensors on this backend live in device memory (not host arrays): their elements are read
    /// with <see cref="Tensor.ToArray"/> or after <see cref="Tensor.To(Backend)"/>, not through <see cref="Tensor.Span"/>.</summary>
    public abstract bool IsDevice { get; }

    /// <summary>The host backend: tensors are .NET arrays.</summary>
    public static Backend Cpu => CpuBackend.Instance;

    /// <summary>The backend new tensors are made on (<see cref="Tensor.FromArray(double[], int[])"/>, <see cref="Tensor.Zeros"/>
    /// …). Process-wide; starts as <see cref="EnvironmentVariable"/> says, else <see cref="Cpu"/>.</summary>
    /// <exception cref="BackendUnavailableException">On first read, when the environment variable names a backend this
    /// machine lacks (CUDA with no NVIDIA GPU), or a name that is not a backend.</exception>
    public static Backend Default
    {
        get => Volatile.Read(ref s_default) ?? InitializeDefault();
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            Volatile.Write(ref s_default, value);
        }
    }

    /// <summary>The backend of a name: <c>cpu</c>, <c>cuda</c> (the first NVIDIA GPU) or <c>ilgpu-cpu</c> (ILGPU's CPU
    /// accelerator). Case-insensitive.</summary>
    /// <exception cref="BackendUnavailableException">CUDA is asked for where ILGPU finds no CUDA device (the message
    /// lists what it found), or the name is none of these.</exception>
    public static Backend FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        switch (name.Trim().ToLowerInvariant())
        {
            case "cpu": return Cpu;
            case "cuda": return GpuBackend.Cuda;
            case "ilgpu-cpu": return GpuBackend.CpuAccelerator;
            default:
                throw new BackendUnavailableException($"'{name}' is not a backend: use cpu, cuda or ilgpu-cpu.");
        }
    }

    /// <summary>The backend named by <see cref="EnvironmentVariable"/> in <paramref name="environment"/> (unset or empty: cpu).</summary>
    internal static Backend FromEnvironment(Func<string, string?> environment)
    {
        var name = environment(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(name)) return Cpu;
        try
        {
            return FromName(name);
        }
        catch (BackendUnavailableException failure)
        {
            throw new BackendUnavailableException($"{EnvironmentVariable}={name}: {failure.Message}");
        }
    }

    private static Backend InitializeDefault()
    {
        var backend = FromEnvironment(Environment.GetEnvironmentVariable);
        return Interlocked.CompareExchange(ref s_default, backend, null) ?? backend;
    }

    /// <summary>Host storage for <paramref name="length"/> elements on this backend (uninitialized).</summary>
    internal abstract Tensor Allocate(int length, int[] shape);

    /// <summary>A tensor on this backend holding a copy of <paramref name="values"/>.</summary>
    internal abstract Tensor Upload(ReadOnlySpan<double> values, int[] shape);

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}

/// <summary>Thrown when a backend is asked for that this machine does not have, or a name is not a backend.</summary>
public sealed class BackendUnavailableException : InvalidOperationException
{
    /// <summary>Creates the exception with a message naming the backend and what was found instead.</summary>
    public BackendUnavailableException(string message) : base(message)
    {
    }
}

/// <summary>Thrown when an operation meets tensors on different backends, or host-only access (<see cref="Tensor.Span"/>)
/// meets a device tensor; the message names the operation and the backends.</summary>
public sealed class TensorBackendException : InvalidOperationException
{
    /// <summary>Creates the exception with a message naming the operation and the backends.</summary>
    public TensorBackendException(string message) : base(message)
    {
    }
}
