using System.Numerics.Tensors;

namespace Adcme;

/// <summary>
/// The interface system of an exact distributed solve of <see cref="DistributedPoisson.Solve"/>'s operator by
/// substructuring. The interface Γ is every node on a patch side shared with another rank; each rank's other nodes
/// (its interior) couple only to its own patch, so with each patch factored interface-last
/// (<see cref="PatchCholesky.Factor"/>) A x = b reduces to the dense Schur complement system S x_Γ = g, where S sums
/// each patch's block (<see cref="PatchCholesky.InterfaceSchurBlock"/>) and the faces across patch boundaries.
/// S is summed over ranks once and factored by every rank (identically: it is the same reduced matrix); each solve is
/// then one forward sweep per patch, one sum over ranks of the interface's right-hand side, two dense triangular
/// solves and one backward sweep per patch.
/// </summary>
internal sealed class InterfaceSystem
{
    private readonly int _offset;   // this rank's first index in the global interface numbering
    private readonly int _count;    // this rank's interface nodes
    private readonly int _total;    // interface nodes over all ranks
    private readonly double[] _factor; // lower Cholesky factor of S, row-major, _total × _total
    private readonly Communicator _comm;

    private InterfaceSystem(int offset, int count, int total, double[] factor, Communicator comm)
        => (_offset, _count, _total, _factor, _comm) = (offset, count, total, factor, comm);

    /// <summary>Interface nodes over all ranks.</summary>
    public int Total => _total;

    /// <summary>The number of interface nodes of a patch: its nodes on sides shared with another rank.</summary>
    public static int CountOf(PoissonPatchOperator op)
    {
        var (r0, r1, c0, c1) = PatchCholesky.Interior(op);
        return op.Rows * op.Columns - Math.Max(0, r1 - r0) * Math.Max(0, c1 - c0);
    }

    /// <summary>Builds and factors S (collective: one halo exchange of the interface numbering, one sum of S over
    /// ranks). <paramref name="counts"/>: every rank's interface count. Null, on every rank alike, when S is not
    /// positive definite.</summary>
    public static InterfaceSystem? Build(PoissonPatchOperator op, PatchCholesky factor, ReadOnlySpan<double> counts)
    {
        var comm = op.Comm;
        int n = op.Rows, m = op.Columns, width = m + 2;
        var offset = 0;
        for (var q = 0; q < comm.Rank; q++) offset += (int)counts[q];
        var total = 0;
        foreach (var c in counts) total += (int)c;
        var g = factor.InterfaceCount;
        var nodes = factor.InterfaceNodes;

        // The global interface number (+1; 0: not an interface node) of each node, exchanged so that every rank
        // knows the numbers of the nodes across its sides.
        var numbering = Tensor.Allocate(out var numbers, n, m);
        numbers.Clear();
        for (var a = 0; a < g; a++) numbers[nodes[a]] = offset + a + 1;
        using var exchanged = comm.HaloExchange(numbering, op.GridRows, op.GridColumns, 1, 0.0);
        numbering.Dispose();
        var halo = exchanged.Span;

        var local = Tensor.Allocate(out var s, total, total);
        s.Clear();
        var block = factor.InterfaceSchurBlock();
        for (var a = 0; a < g; a++)
        {
            for (var b = 0; b < g; b++) s[(offset + a) * total + offset + b] += block[a * g + b];
        }
        for (var a = 0; a < g; a++)
        {
            var node = nodes[a];
            int i = node / m, j = node % m, row = offset + a;
            var p = (i + 1) * width + j + 1;
            void Across(double face, double neighbour, Span<double> s)
            {
                if (neighbour > 0) s[row * total + (int)neighbour - 1] -= face;
            }
            if (j == 0 && !op.Left) Across(op.Horizontal[i * (m + 1)], halo[p - 1], s);
            if (j == m - 1 && !op.Right) Across(op.Horizontal[i * (m + 1) + m], halo[p + 1], s);
            if (i == 0 && !op.Top) Across(op.Vertical[j], halo[p - width], s);
            if (i == n - 1 && !op.Bottom) Across(op.Vertical[n * m + j], halo[p + width], s);
        }
        using var summed = comm.AllreduceSum(local);
        local.Dispose();
        var dense = summed.Span.ToArray();
        return FactorDense(dense, total) ? new InterfaceSystem(offset, g, total, dense, comm) : null;
    }

    /// <summary>Replaces the interface entries of a patch's forward sweep (the last <see cref="PatchCholesky.InterfaceCount"/>
    /// of <paramref name="y"/>: this patch's part of the reduced right-hand side) with the interface solution
    /// (collective: one sum over ranks).</summary>
    public void Solve(Span<double> y)
    {
        var local = Tensor.Allocate(out var g, _total);
        g.Clear();
        var start = y.Length - _count;
        y.Slice(start, _count).CopyTo(g.Slice(_offset, _count));
        using var summed = _comm.AllreduceSum(local);
        local.Dispose();
        var x = summed.Data; // this call's own result: solved in place

        var l = _factor;
        var size = _total;
        for (var i = 0; i < size; i++)
        {
            var row = l.AsSpan(i * size, i);
            x[i] = (x[i] - TensorPrimitives.Dot(row, x.AsSpan(0, i))) / l[i * size + i];
        }
        for (var i = size - 1; i >= 0; i--)
        {
            var xi = x[i] / l[i * size + i];
            x[i] = xi;
            var row = l.AsSpan(i * size, i);
            for (var k = 0; k < i; k++) x[k] -= row[k] * xi;
        }
        x.AsSpan(_offset, _count).CopyTo(y.Slice(start, _count));
    }

    /// <summary>In-place lower Cholesky factor of a dense symmetric row-major matrix (row by row, each entry a
    /// dot product of two factored rows); false when a pivot is not positive.</summary>
    private static bool FactorDense(double[] a, int size)
    {
        for (var i = 0; i < size; i++)
        {
            var rowI = a.AsSpan(i * size, size);
            for (var j = 0; j <= i; j++)
            {
                var sum = rowI[j] - TensorPrimitives.Dot(rowI[..j], a.AsSpan(j * size, j));
                if (j < i)
                {
                    rowI[j] = sum / a[j * size + j];
                    continue;
                }
                if (!(sum > 0) || !double.IsFinite(sum)) return false;
                rowI[i] = Math.Sqrt(sum);
            }
            rowI[(i + 1)..].Clear();
        }
        return true;
    }
}
