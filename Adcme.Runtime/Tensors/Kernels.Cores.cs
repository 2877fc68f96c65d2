using System.Runtime.CompilerServices;

namespace Adcme;

// Support for generated fused kernels that split across cores: each loop is a struct body (IKernelBody) whose fields
// hold tensors, not spans, so that other threads can run parts of it; the body takes its spans from them. A scalar
// input's adjoint is summed in fixed blocks of the loop's range (whole blocks per chunk), each block's partial sum
// stored by the block's index and the partial sums added in block order, so it does not depend on the core count.
public static partial class Kernels
{
    /// <summary>How many elements a block of a scalar adjoint's sum holds in a kernel's flat loop (the runtime's
    /// reduction block; a multiple of every vector width).</summary>
    public const int SumBlock = Tensor.ReductionBlock;

    [ThreadStatic] private static double[]? t_partials;

    /// <summary>Runs units [0, <paramref name="units"/>) of <paramref name="body"/>, each costing
    /// <paramref name="costPerUnit"/> elements of work: on the calling thread below <see cref="Parallelism.MinimumLength"/>
    /// (or on one core), otherwise cut into chunks whose boundaries are multiples of <paramref name="granularity"/>
    /// units, run on up to <see cref="Parallelism.CurrentDegree"/> cores.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Run<TBody>(ref TBody body, int units, long costPerUnit, int granularity) where TBody : struct, IKernelBody
    {
        if (units <= granularity || !Parallelism.Splits(units * costPerUnit))
        {
            if (units > 0) body.Execute(0, units);
            return;
        }
        RunSplit(ref body, units, costPerUnit, granularity);
    }

    private static void RunSplit<TBody>(ref TBody body, int units, long costPerUnit, int granularity) where TBody : struct, IKernelBody
    {
        var job = ParallelJob.For<KernelBodyJob<TBody>>();
        job.Body = body;
        job.Run(units, costPerUnit, granularity);
    }

    /// <summary>A tensor input laid out in <paramref name="shape"/>: the input itself, or, when its shape is smaller,
    /// its elements broadcast into <paramref name="spread"/> (pooled storage given back with <see cref="Release"/>).</summary>
    public static Tensor Input(Tensor x, int[] shape, out Tensor? spread)
    {
        Tensor.Spread("Fused", x, shape, out spread);
        return spread ?? x;
    }

    /// <summary>A kernel pullback's seed, checked to have the kernel's shape.</summary>
    public static Tensor SeedTensor(Tensor seed, int[] shape)
    {
        Tensor.SeedOf("Fused pullback", seed, shape);
        return seed;
    }

    /// <summary>The tensor a kernel's pullback writes an input's adjoint into: as <see cref="Accumulator(ref Tensor?, Tensor, int[], out Tensor?, out bool)"/>, as a tensor.</summary>
    public static Tensor AdjointTensor(ref Tensor? adjoint, Tensor input, int[] shape, out Tensor? full, out bool fresh)
    {
        Accumulator(ref adjoint, input, shape, out full, out fresh);
        return full ?? adjoint!;
    }

    /// <summary>The elements of a tensor a kernel body reads.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<double> Elements(Tensor x) => x.Span;

    /// <summary>How many rows of a grid with <paramref name="columns"/> columns one block of a scalar adjoint's sum holds
    /// (about <see cref="SumBlock"/> elements, at least one row).</summary>
    public static int RowsPerBlock(int columns) => Math.Max(1, SumBlock / Math.Max(1, columns));

    /// <summary>How many blocks of <paramref name="block"/> units cover <paramref name="units"/>.</summary>
    public static int Blocks(int units, int block) => (units + block - 1) / block;

    /// <summary>Storage for <paramref name="count"/> partial sums, this thread's (a kernel fills and adds them up before
    /// it returns, so one array per thread suffices).</summary>
    public static double[] Partials(int count)
    {
        var partials = t_partials;
        if (partials is null || partials.Length < count) t_partials = partials = new double[Math.Max(count, 16)];
        return partials;
    }

    /// <summary>The sum of partial sums <paramref name="offset"/>, <paramref name="offset"/> + <paramref name="stride"/>, …
    /// (<paramref name="blocks"/> of them), added in block order.</summary>
    public static double Total(double[] partials, int blocks, int stride, int offset)
    {
        ArgumentNullException.ThrowIfNull(partials);
        if (blocks <= 0) return 0.0;
        var total = partials[offset];
        for (var block = 1; block < blocks; block++) total += partials[block * stride + offset];
        return total;
    }
}
