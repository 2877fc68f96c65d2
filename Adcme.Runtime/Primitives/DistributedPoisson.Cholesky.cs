using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Adcme;

/// <summary>
/// The sparse Cholesky factor L Lᵀ = P A_patch Pᵀ of one rank's block of <see cref="DistributedPoisson.Solve"/>'s
/// operator: A restricted to this patch's nodes (the faces to the neighbours' nodes stay on the diagonal, their
/// off-diagonal entries are dropped). On one rank that block is the whole operator, so the preconditioned conjugate
/// gradient converges in one iteration; on several it is the block-Jacobi preconditioner with exact block solves.
/// The ordering P is nested dissection of the n × m patch (split the longer side by a line of nodes, order both
/// halves, then the line), which keeps the fill at O(N log N) and the work at O(N^1.5) for N nodes. Factorization
/// is up-looking, row by row, the pattern of each row found by walking the elimination tree. Built once per operator
/// and shared by the forward, adjoint and tangent solves.
/// </summary>
internal sealed class PatchCholesky
{
    // Blocks with at most this many nodes are ordered row by row rather than dissected further.
    private const int SmallBlock = 24;

    private readonly int[] _order;       // new index → patch node (i·m + j)
    private readonly int[] _columnStart; // column k of L: [_columnStart[k], _columnStart[k + 1]), the diagonal first
    private readonly int[] _rows;
    private readonly double[] _values;

    private PatchCholesky(int[] order, int[] columnStart, int[] rows, double[] values, int interfaceCount)
        => (_order, _columnStart, _rows, _values, InterfaceCount) = (order, columnStart, rows, values, interfaceCount);

    /// <summary>Nonzeros of L.</summary>
    public long NonZeros => _values.LongLength;

    /// <summary>The number of interface nodes ordered last (0 unless factored with the interface last).</summary>
    public int InterfaceCount { get; }

    /// <summary>The patch nodes (i·m + j) of the interface, in the order they come last in the factor.</summary>
    public ReadOnlySpan<int> InterfaceNodes => _order.AsSpan(_order.Length - InterfaceCount);

    /// <summary>Factors this patch's block of <paramref name="op"/>; null when a pivot is not positive (the block,
    /// hence the operator, is not positive definite). With <paramref name="interfaceLast"/>, the patch's nodes on a
    /// side shared with another rank (the interface) are ordered last, so that the factor's trailing block gives this
    /// patch's part of the interface's Schur complement (<see cref="InterfaceSchurBlock"/>).</summary>
    public static PatchCholesky? Factor(PoissonPatchOperator op, bool interfaceLast = false)
    {
        int n = op.Rows, m = op.Columns, count = n * m;
        var order = new int[count];
        var filled = 0;
        var (r0, r1, c0, c1) = interfaceLast ? Interior(op) : (0, n, 0, m);
        Dissect(r0, r1, c0, c1, m, order, ref filled);
        var interfaceCount = count - filled;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                if (i < r0 || i >= r1 || j < c0 || j >= c1) order[filled++] = i * m + j;
            }
        }
        var position = new int[count];
        for (var k = 0; k < count; k++) position[order[k]] = k;

        // The strictly upper part of P A Pᵀ by columns: column k holds the neighbours of node order[k] ordered
        // before it, each with its (negative) face coefficient.
        var upperStart = new int[count + 1];
        var upperRows = new int[4 * count];
        var upperValues = new double[4 * count];
        var diagonal = new double[count];
        var filledUpper = 0;
        for (var k = 0; k < count; k++)
        {
            upperStart[k] = filledUpper;
            var node = order[k];
            int i = node / m, j = node % m;
            diagonal[k] = op.Diagonal[node];
            if (j > 0) Neighbour(node - 1, op.Horizontal[i * (m + 1) + j], k, position, upperRows, upperValues, ref filledUpper);
            if (j < m - 1) Neighbour(node + 1, op.Horizontal[i * (m + 1) + j + 1], k, position, upperRows, upperValues, ref filledUpper);
            if (i > 0) Neighbour(node - m, op.Vertical[node], k, position, upperRows, upperValues, ref filledUpper);
            if (i < n - 1) Neighbour(node + m, op.Vertical[node + m], k, position, upperRows, upperValues, ref filledUpper);
        }
        upperStart[count] = filledUpper;

        var parent = EliminationTree(count, upperStart, upperRows);

        // Column counts of L: row k's pattern (the elimination-tree walk from each entry of A's column k) puts one
        // entry in each column it reaches; plus the diagonal.
        var columnStart = new int[count + 1];
        var counts = new int[count];
        var mark = new int[count];
        var stack = new int[count];
        Array.Fill(mark, -1);
        for (var k = 0; k < count; k++)
        {
            counts[k]++;
            var top = RowPattern(k, upperStart, upperRows, parent, mark, stack);
            for (var t = top; t < count; t++) counts[stack[t]]++;
        }
        long total = 0;
        for (var k = 0; k < count; k++)
        {
            columnStart[k] = (int)total;
            total += counts[k];
            if (total > int.MaxValue) throw new InvalidOperationException(FormattableString.Invariant(
                $"DistributedPoisson.Solve: the Cholesky factor of a {n} × {m} patch would have more than {int.MaxValue} nonzeros; use PoissonPreconditioner.Jacobi."));
        }
        columnStart[count] = (int)total;

        var rows = new int[total];
        var values = new double[total];
        var next = new int[count];
        Array.Copy(columnStart, next, count);
        var x = new double[count];
        Array.Fill(mark, -1);
        ref var xs = ref MemoryMarshal.GetArrayDataReference(x);
        ref var rowsRef = ref MemoryMarshal.GetArrayDataReference(rows);
        ref var valuesRef = ref MemoryMarshal.GetArrayDataReference(values);
        for (var k = 0; k < count; k++)
        {
            var top = RowPattern(k, upperStart, upperRows, parent, mark, stack);
            for (var p = upperStart[k]; p < upperStart[k + 1]; p++) x[upperRows[p]] = upperValues[p];
            var d = diagonal[k];
            for (var t = top; t < count; t++)
            {
                var j = stack[t];
                var start = columnStart[j];
                var lkj = x[j] / values[start];
                x[j] = 0;
                var end = next[j];
                // Every row index in column j is below k < count, so the unchecked accesses stay inside x.
                for (var p = start + 1; p < end; p++) Unsafe.Add(ref xs, Unsafe.Add(ref rowsRef, p)) -= Unsafe.Add(ref valuesRef, p) * lkj;
                d -= lkj * lkj;
                rows[end] = k;
                values[end] = lkj;
                next[j] = end + 1;
            }
            if (!(d > 0) || !double.IsFinite(d)) return null;
            var diagonalSlot = next[k]++;
            rows[diagonalSlot] = k;
            values[diagonalSlot] = Math.Sqrt(d);
        }
        return new PatchCholesky(order, columnStart, rows, values, interfaceCount);
    }

    /// <summary>This patch's part of the interface's Schur complement, A_ΓΓ − A_ΓI A_II⁻¹ A_IΓ (its interface
    /// nodes Γ, its interior I), dense and row-major over <see cref="InterfaceNodes"/>: the factor's trailing block
    /// L_ΓΓ times its transpose.</summary>
    public double[] InterfaceSchurBlock()
    {
        int g = InterfaceCount, offset = _order.Length - g;
        var trailing = new double[g * g];
        for (var k = offset; k < _order.Length; k++)
        {
            for (var p = _columnStart[k]; p < _columnStart[k + 1]; p++) trailing[(_rows[p] - offset) * g + k - offset] = _values[p];
        }
        var block = new double[g * g];
        for (var a = 0; a < g; a++)
        {
            var rowA = trailing.AsSpan(a * g, a + 1);
            for (var b = 0; b <= a; b++)
            {
                var product = System.Numerics.Tensors.TensorPrimitives.Dot(rowA[..(b + 1)], trailing.AsSpan(b * g, b + 1));
                block[a * g + b] = block[b * g + a] = product;
            }
        }
        return block;
    }

    /// <summary>The first half of an exact solve through the interface: y = P r, forward substitution over the
    /// interior columns only; y's last <see cref="InterfaceCount"/> entries are then this patch's part of the
    /// interface's reduced right-hand side, r_Γ − A_ΓI A_II⁻¹ r_I.</summary>
    public void ForwardInterior(ReadOnlySpan<double> r, Span<double> y) => Forward(r, y, _order.Length - InterfaceCount);

    /// <summary>The second half: with y's interface entries replaced by the interface solution, back substitution
    /// over the interior columns and unpermuting gives this patch's part of the solution in z.</summary>
    public void BackwardInterior(Span<double> y, Span<double> z) => Backward(y, z, _order.Length - InterfaceCount);

    private void Forward(ReadOnlySpan<double> r, Span<double> work, int columns)
    {
        var order = _order;
        ref var y = ref MemoryMarshal.GetReference(work);
        ref var rows = ref MemoryMarshal.GetArrayDataReference(_rows);
        ref var values = ref MemoryMarshal.GetArrayDataReference(_values);
        var columnStart = _columnStart;
        for (var k = 0; k < order.Length; k++) Unsafe.Add(ref y, k) = r[order[k]];
        for (var j = 0; j < columns; j++)
        {
            int start = columnStart[j], end = columnStart[j + 1];
            var yj = Unsafe.Add(ref y, j) / Unsafe.Add(ref values, start);
            Unsafe.Add(ref y, j) = yj;
            for (var p = start + 1; p < end; p++) Unsafe.Add(ref y, Unsafe.Add(ref rows, p)) -= Unsafe.Add(ref values, p) * yj;
        }
    }

    private void Backward(Span<double> work, Span<double> z, int columns)
    {
        var order = _order;
        ref var y = ref MemoryMarshal.GetReference(work);
        ref var rows = ref MemoryMarshal.GetArrayDataReference(_rows);
        ref var values = ref MemoryMarshal.GetArrayDataReference(_values);
        var columnStart = _columnStart;
        for (var j = columns - 1; j >= 0; j--)
        {
            int start = columnStart[j], end = columnStart[j + 1];
            var sum = Unsafe.Add(ref y, j);
            for (var p = start + 1; p < end; p++) sum -= Unsafe.Add(ref values, p) * Unsafe.Add(ref y, Unsafe.Add(ref rows, p));
            Unsafe.Add(ref y, j) = sum / Unsafe.Add(ref values, start);
        }
        for (var k = 0; k < order.Length; k++) z[order[k]] = Unsafe.Add(ref y, k);
    }

    /// <summary>z = A_patch⁻¹ r: permute, L y = P r, Lᵀ w = y, unpermute. <paramref name="work"/> has N entries.</summary>
    public void Solve(ReadOnlySpan<double> r, Span<double> z, Span<double> work)
    {
        Forward(r, work, _order.Length);
        Backward(work, z, _order.Length);
    }

    /// <summary>The rows [r0, r1) and columns [c0, c1) of a patch that are not on a side it shares with another rank
    /// (empty when the patch is one node thick between two neighbours); the other nodes are its interface.</summary>
    public static (int R0, int R1, int C0, int C1) Interior(PoissonPatchOperator op)
        => (op.Top ? 0 : 1, op.Bottom ? op.Rows : op.Rows - 1, op.Left ? 0 : 1, op.Right ? op.Columns : op.Columns - 1);

    private static void Neighbour(int other, double face, int k, int[] position, int[] upperRows, double[] upperValues, ref int filledUpper)
    {
        var index = position[other];
        if (index >= k) return;
        upperRows[filledUpper] = index;
        upperValues[filledUpper++] = -face;
    }

    /// <summary>Nested dissection of rows [r0, r1) × columns [c0, c1) of a patch m wide, appended to
    /// <paramref name="order"/>: both halves, then the separating line.</summary>
    private static void Dissect(int r0, int r1, int c0, int c1, int m, int[] order, ref int filled)
    {
        int height = r1 - r0, width = c1 - c0;
        if (height <= 0 || width <= 0) return;
        if (height * width <= SmallBlock)
        {
            for (var i = r0; i < r1; i++) for (var j = c0; j < c1; j++) order[filled++] = i * m + j;
            return;
        }
        if (width >= height)
        {
            var middle = c0 + width / 2;
            Dissect(r0, r1, c0, middle, m, order, ref filled);
            Dissect(r0, r1, middle + 1, c1, m, order, ref filled);
            for (var i = r0; i < r1; i++) order[filled++] = i * m + middle;
        }
        else
        {
            var middle = r0 + height / 2;
            Dissect(r0, middle, c0, c1, m, order, ref filled);
            Dissect(middle + 1, r1, c0, c1, m, order, ref filled);
            for (var j = c0; j < c1; j++) order[filled++] = middle * m + j;
        }
    }

    /// <summary>The elimination tree of a symmetric matrix given by its strictly upper part by columns (parent −1:
    /// a root), with path compression through ancestor links.</summary>
    private static int[] EliminationTree(int count, int[] upperStart, int[] upperRows)
    {
        var parent = new int[count];
        var ancestor = new int[count];
        for (var k = 0; k < count; k++)
        {
            parent[k] = -1;
            ancestor[k] = -1;
            for (var p = upperStart[k]; p < upperStart[k + 1]; p++)
            {
                var i = upperRows[p];
                while (i != -1 && i < k)
                {
                    var up = ancestor[i];
                    ancestor[i] = k;
                    if (up == -1) parent[i] = k;
                    i = up;
                }
            }
        }
        return parent;
    }

    /// <summary>The columns j &lt; k where row k of L is nonzero, in stack[top..count) in an order that has every node
    /// before its elimination-tree ancestors (so each column is final before it is used).</summary>
    private static int RowPattern(int k, int[] upperStart, int[] upperRows, int[] parent, int[] mark, int[] stack)
    {
        var count = stack.Length;
        var top = count;
        mark[k] = k;
        for (var p = upperStart[k]; p < upperStart[k + 1]; p++)
        {
            var i = upperRows[p];
            var length = 0;
            // The path up from i until a node already reached from this row, kept at the bottom of the stack's free
            // part, then moved on top of the stack in reverse so that i comes first.
            while (mark[i] != k)
            {
                stack[length++] = i;
                mark[i] = k;
                i = parent[i];
            }
            while (length > 0) stack[--top] = stack[--length];
        }
        return top;
    }
}
