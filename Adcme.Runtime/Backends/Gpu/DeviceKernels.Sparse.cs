using ILGPU;

namespace Adcme;

// Sparse products on the device over a pattern's index arrays (GpuBackend.Sparse.cs uploads them once per pattern),
// one thread per result element. The CPU backend's loops scatter in CSR order (y[col] += …, result[entry] += …);
// here each element gathers its terms in that same order, from 0, so the bits are the CPU backend's.
internal static partial class DeviceKernels
{
    /// <summary>y[i] = Σₖ values[k]·x[column k] over row i's entries in CSR order.</summary>
    public static void SparseMultiply(Index1D i, ArrayView<int> rowStarts, ArrayView<int> columns, ArrayView<double> values, ArrayView<double> x, ArrayView<double> y)
    {
        var sum = 0.0;
        for (var k = rowStarts[i]; k < rowStarts[i + 1]; k++) sum += values[k] * x[columns[k]];
        y[i] = sum;
    }

    /// <summary>y[j] = Σ values[k]·x[row k] over column j's entries k in CSR order (ascending k).</summary>
    public static void SparseMultiplyTransposed(Index1D j, ArrayView<int> columnStarts, ArrayView<int> entries, ArrayView<int> rowOfEntry,
        ArrayView<double> values, ArrayView<double> x, ArrayView<double> y)
    {
        var sum = 0.0;
        for (var t = columnStarts[j]; t < columnStarts[j + 1]; t++)
        {
            var k = entries[t];
            sum += values[k] * x[rowOfEntry[k]];
        }
        y[j] = sum;
    }

    /// <summary>r[k] = u[row k]·v[column k] for every stored entry.</summary>
    public static void OuterOnPattern(Index1D k, ArrayView<int> rowOfEntry, ArrayView<int> columns, ArrayView<double> u, ArrayView<double> v, ArrayView<double> r)
        => r[k] = u[rowOfEntry[k]] * v[columns[k]];

    /// <summary>r[e] = Σ v[p] over the pairs p that name entry e, ascending p, from 0.</summary>
    public static void SparseAssemble(Index1D e, ArrayView<int> pairStarts, ArrayView<int> pairs, ArrayView<double> v, ArrayView<double> r)
    {
        var sum = 0.0;
        for (var t = pairStarts[e]; t < pairStarts[e + 1]; t++) sum += v[pairs[t]];
        r[e] = sum;
    }

    /// <summary>r[p] = g[entry of pair p].</summary>
    public static void GatherEntries(Index1D p, ArrayView<int> entryOfPair, ArrayView<double> g, ArrayView<double> r) => r[p] = g[entryOfPair[p]];

    /// <summary>A conjugate-gradient step (Sparse.Solve on the device): x[i] += α·p[i], r[i] −= α·(Ap)[i], the host loop's arithmetic.</summary>
    public static void ConjugateGradientStep(Index1D i, ArrayView<double> x, ArrayView<double> r, ArrayView<double> p, ArrayView<double> ap, double alpha)
    {
        x[i] += alpha * p[i];
        r[i] -= alpha * ap[i];
    }

    /// <summary>The next search direction: p[i] = r[i] + β·p[i].</summary>
    public static void ConjugateGradientDirection(Index1D i, ArrayView<double> p, ArrayView<double> r, double beta) => p[i] = r[i] + beta * p[i];
}
