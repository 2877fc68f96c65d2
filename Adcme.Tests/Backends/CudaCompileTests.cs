using System.Reflection;
using ILGPU;
using ILGPU.Algorithms;
using ILGPU.Backends.EntryPoints;
using ILGPU.Backends.PTX;
using ILGPU.Runtime;
using ILGPU.Runtime.Cuda;

namespace Adcme.Tests.Backends;

/// <summary>
/// Every device kernel compiles for CUDA: ILGPU's PTX backend runs without a GPU, so each kernel the GPU backend
/// launches (the runtime's DeviceKernels, the rule table's ElementRules.*_Device) and every fused device kernel the
/// generator printed into this assembly is compiled here to PTX for sm_90, in a context set up as the CUDA backend's
/// (ILGPU.Algorithms enabled). ILGPU's CPU accelerator runs kernels that CUDA cannot compile (a System.Math call that
/// throws, Math.Clamp's lo &gt; hi check): this is what catches them where no NVIDIA GPU is reachable.
/// </summary>
public class CudaCompileTests
{
    private static readonly object s_gate = new();
    private static (Context Context, PTXBackend Backend)? s_ptx;

    /// <summary>ILGPU's PTX backend for sm_90 in a context set up as the CUDA backend's (ILGPU.Algorithms enabled).</summary>
    private static (Context Context, PTXBackend Backend) Ptx()
    {
        if (s_ptx is { } ptx) return ptx;
        var context = Context.Create(builder => builder.Default().EnableAlgorithms());
        s_ptx = (context, new PTXBackend(context, new CudaCapabilityContext(CudaArchitecture.SM_90), CudaArchitecture.SM_90, CudaInstructionSet.ISA_80, null));
        return s_ptx.Value;
    }

    /// <summary>Null when the implicitly grouped kernel compiles to PTX, else the compiler's error. A failed compilation
    /// leaves ILGPU's IR context unusable (later compilations fail inside it), so a failure starts a new one.</summary>
    internal static string? Failure(MethodInfo kernel)
    {
        lock (s_gate)
        {
            try
            {
                var compiled = (PTXCompiledKernel)Ptx().Backend.Compile(EntryPointDescription.FromImplicitlyGroupedKernel(kernel), KernelSpecialization.Empty);
                Assert.Contains(".entry", compiled.PTXAssembly, StringComparison.Ordinal);
                return null;
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                if (s_ptx is var (context, backend))
                {
                    s_ptx = null;
                    backend.Dispose();
                    context.Dispose();
                }
                var inner = exception;
                while (inner.InnerException is { } next) inner = next;
                return $"{kernel.DeclaringType!.Name}.{kernel.Name}: {exception.Message} {inner.Message}";
            }
        }
    }

    /// <summary>The static methods of <paramref name="type"/> that are one-dimensional kernels (an Index1D first).</summary>
    private static IEnumerable<MethodInfo> Kernels(Type type, BindingFlags visibility)
        => type.GetMethods(BindingFlags.Static | visibility | BindingFlags.DeclaredOnly)
            .Where(method => method.GetParameters() is [{ ParameterType: var first }, ..] && first == typeof(Index1D) && !method.IsGenericMethodDefinition);

    private static void AllCompile(IReadOnlyCollection<MethodInfo> kernels, int atLeast)
    {
        Assert.True(kernels.Count >= atLeast, $"found {kernels.Count} kernels, expected at least {atLeast}");
        var failures = kernels.Select(Failure).OfType<string>().ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} of {kernels.Count} kernels do not compile for CUDA:\n" + string.Join("\n", failures));
    }

    [Fact]
    public void ElementRulesDeviceKernelsCompile()
        => AllCompile(Kernels(typeof(ElementRules), BindingFlags.Public).ToList(), 30);

    [Fact]
    public void RuntimeDeviceKernelsCompile()
        => AllCompile(Kernels(typeof(Tensor).Assembly.GetType("Adcme.DeviceKernels", throwOnError: true)!, BindingFlags.Public | BindingFlags.NonPublic).ToList(), 50);

    [Fact]
    public void GeneratedFusedDeviceKernelsCompile()
        => AllCompile(typeof(CudaCompileTests).Assembly.GetTypes().SelectMany(type => Kernels(type, BindingFlags.NonPublic)).Where(kernel => kernel.Name.Contains("_Device", StringComparison.Ordinal)).ToList(), 20);

    [Fact]
    public void AThrowingSystemMathCallDoesNotCompile()
    {
        // The reason Clamp's device form is written out in the rule table: Math.Clamp's lo > hi exception.
        var failure = Failure(typeof(CudaCompileTests).GetMethod(nameof(ClampWithMath), BindingFlags.NonPublic | BindingFlags.Static)!);
        Assert.NotNull(failure);
        Assert.Contains("ThrowMinMaxException", failure, StringComparison.Ordinal);
        Assert.Null(Failure(typeof(ElementRules).GetMethod(nameof(ElementRules.Clamp_Device))!));
    }

    private static void ClampWithMath(Index1D i, ArrayView<double> x, double lo, double hi, ArrayView<double> r) => r[i] = Math.Clamp(x[i], lo, hi);
}
