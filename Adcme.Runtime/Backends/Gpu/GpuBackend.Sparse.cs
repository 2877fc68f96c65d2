using System.Runtime.CompilerServices;
using ILGPU;
using ILGPU.Runtime;

namespace Adcme;

// Sparse matrices on the device (Sparse.cs dispatches here after its checks). A pattern's index arrays, and the
// column-major and entry-by-pair orders its gathering kernels need, are uploaded once per pattern and backend and
// live as long as the pattern. Products and assembly are device kernels with the CPU backend's bits; Sparse.Solve's
// conjugate gradients run on the device over them (Sparse.Device.cs).
public sealed partial class GpuBackend
{
    private readonly ConditionalWeakTable<SparsePattern, PatternOnDevice> _patterns = new();

    /// <summary>A pattern's index arrays in this accelerator's memory.</summary>
    private sealed class PatternOnDevice
    {
        internal PatternOnDevice(GpuBackend backend, SparsePattern pattern)
        {
            var rowOfEntry = pattern.RowOfEntries();
            var (columnStarts, entries) = Grouped(pattern.ColumnIndices, pattern.Columns);
            var (pairStarts, pairs) = Grouped(pattern.EntryOfPair, pattern.Count);
            lock (backend.Gate)
            {
                RowStarts = Keep(Upload(backend, pattern.RowStarts));
                Columns = Keep(Upload(backend, pattern.ColumnIndices));
                RowOfEntry = Keep(Upload(backend, rowOfEntry));
                ColumnStarts = Keep(Upload(backend, columnStarts));
                EntriesByColumn = Keep(Upload(backend, entries));
                PairStarts = Keep(Upload(backend, pairStarts));
                PairsByEntry = Keep(Upload(backend, pairs));
                EntryOfPair = Keep(Upload(backend, pattern.EntryOfPair));
            }
        }

        // The buffers themselves, kept as long as the pattern (the views do not hold them).
        private readonly List<MemoryBuffer1D<int, Stride1D.Dense>> _buffers = [];

        private ArrayView<int> Keep(MemoryBuffer1D<int, Stride1D.Dense> buffer)
        {
            _buffers.Add(buffer);
            return buffer.View;
        }

        /// <summary>An index array on the device (a one-element buffer for an empty one, which no kernel reads).</summary>
        private static MemoryBuffer1D<int, Stride1D.Dense> Upload(GpuBackend backend, int[] values)
            => backend.Accelerator.Allocate1D(values.Length == 0 ? new int[1] : values);

        internal ArrayView<int> RowStarts { get; }
        internal ArrayView<int> Columns { get; }
        internal ArrayView<int> RowOfEntry { get; }
        internal ArrayView<int> ColumnStarts { get; }
        internal ArrayView<int> EntriesByColumn { get; }
        internal ArrayView<int> PairStarts { get; }
        internal ArrayView<int> PairsByEntry { get; }
        internal ArrayView<int> EntryOfPair { get; }

        /// <summary>The indices 0 … keys.Length − 1 grouped by key (0 … groups − 1), ascending within each group, with
        /// each group's start (a counting sort).</summary>
        private static (int[] Starts, int[] Indices) Grouped(int[] keys, int groups)
        {
            var starts = new int[groups + 1];
            foreach (var key in keys) starts[key + 1]++;
            for (var g = 0; g < groups; g++) starts[g + 1] += starts[g];
            var next = (int[])starts.Clone();
            var indices = new int[keys.Length];
            for (var k = 0; k < keys.Length; k++) indices[next[keys[k]]++] = k;
            return (starts, indices);
        }
    }

    private PatternOnDevice Indices(SparsePattern pattern) => _patterns.GetValue(pattern, p => new PatternOnDevice(this, p));

    /// <summary>A·x.</summary>
    internal Tensor SparseMultiply(SparsePattern pattern, Tensor values, Tensor x)
    {
        var indices = Indices(pattern);
        var result = Output([pattern.Rows]);
        Launch(DeviceKernels.SparseMultiply, pattern.Rows, indices.RowStarts, indices.Columns, values.Device.View, x.Device.View, result.Device.View);
        return result;
    }

    /// <summary>Aᵀ·x.</summary>
    internal Tensor SparseMultiplyTransposed(SparsePattern pattern, Tensor values, Tensor x)
    {
        var indices = Indices(pattern);
        var result = Output([pattern.Columns]);
        Launch(DeviceKernels.SparseMultiplyTransposed, pattern.Columns, indices.ColumnStarts, indices.EntriesByColumn, indices.RowOfEntry,
            values.Device.View, x.Device.View, result.Device.View);
        return result;
    }

    /// <summary>u[row k]·v[column k] for every stored entry k.</summary>
    internal Tensor OuterOnPattern(SparsePattern pattern, Tensor u, Tensor v)
    {
        var indices = Indices(pattern);
        var result = Output([pattern.Count]);
        Launch(DeviceKernels.OuterOnPattern, pattern.Count, indices.RowOfEntry, indices.Columns, u.Device.View, v.Device.View, result.Device.View);
        return result;
    }

    /// <summary>The values on the pattern's entries, summed from one value per (row, column) pair.</summary>
    internal Tensor SparseAssemble(SparsePattern pattern, Tensor values)
    {
        var indices = Indices(pattern);
        var result = Output([pattern.Count]);
        Launch(DeviceKernels.SparseAssemble, pattern.Count, indices.PairStarts, indices.PairsByEntry, values.Device.View, result.Device.View);
        return result;
    }

    /// <summary>g[entry of pair p] for every pair p.</summary>
    internal Tensor GatherEntries(SparsePattern pattern, Tensor g)
    {
        var indices = Indices(pattern);
        var result = Output([pattern.PairCount]);
        Launch(DeviceKernels.GatherEntries, pattern.PairCount, indices.EntryOfPair, g.Device.View, result.Device.View);
        return result;
    }
}
