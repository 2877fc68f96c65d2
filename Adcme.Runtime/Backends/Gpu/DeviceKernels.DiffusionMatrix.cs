using ILGPU;

namespace Adcme;

// Stencils.DiffusionMatrix on the device, one thread per node. A node's row starts at a closed-form offset in
// DiffusionPattern's CSR order (its entries: up, left, the node, right, down, where inside). The pullback gathers
// each node's κ̄ in the order the CPU backend's loop scatters into it: over the rows c' = c − m, c − 1, c, c + 1,
// c + m in turn, each row's off-diagonal entries first, then its diagonal's four sides, so the bits are the CPU's.
internal static partial class DeviceKernels
{
    /// <summary>The first entry of node (i, j)'s row in DiffusionPattern(n, m).</summary>
    private static int DiffusionRowStart(int i, int j, int n, int m)
        => i * (5 * m - 2) - (i > 0 ? m : 0) + j * (5 - (i == 0 ? 1 : 0) - (i == n - 1 ? 1 : 0)) - (j > 0 ? 1 : 0);

    /// <summary>The entry of node (i, j)'s diagonal.</summary>
    private static int DiffusionDiagonal(int i, int j, int n, int m)
        => DiffusionRowStart(i, j, n, m) + (i > 0 ? 1 : 0) + (j > 0 ? 1 : 0);

    /// <summary>Row c of the matrix: −½(κ_c + κ_o)·scale off the diagonal, the faces' sum × scale on it.</summary>
    public static void DiffusionMatrix(Index1D c, ArrayView<double> k, ArrayView<double> values, int n, int m, double scale)
    {
        int i = c / m, j = c % m;
        var diagonal = 0.0;
        for (var side = 0; side < 4; side++)
        {
            diagonal += Beside(side, i, j, n, m, out var other) ? 0.5 * (k[c] + k[other]) : k[c];
        }
        var e = DiffusionRowStart(i, j, n, m);
        if (i > 0) values[e++] = -0.5 * (k[c] + k[c - m]) * scale;
        if (j > 0) values[e++] = -0.5 * (k[c] + k[c - 1]) * scale;
        values[e++] = diagonal * scale;
        if (j < m - 1) values[e++] = -0.5 * (k[c] + k[c + 1]) * scale;
        if (i < n - 1) values[e] = -0.5 * (k[c] + k[c + m]) * scale;
    }

    /// <summary>κ̄ at node c from the seed g on the matrix's entries.</summary>
    public static void DiffusionMatrixPullback(Index1D c, ArrayView<double> g, ArrayView<double> dk, int n, int m, double scale)
    {
        int i = c / m, j = c % m;
        var sum = 0.0;
        if (i > 0)
        {
            // Row c − m: its down entry (its last), then its diagonal's down side.
            var diagonal = DiffusionDiagonal(i - 1, j, n, m);
            sum -= 0.5 * (g[diagonal + (j < m - 1 ? 2 : 1)] * scale);
            sum += 0.5 * (g[diagonal] * scale);
        }
        if (j > 0)
        {
            // Row c − 1: its right entry, then its diagonal's right side.
            var diagonal = DiffusionDiagonal(i, j - 1, n, m);
            sum -= 0.5 * (g[diagonal + 1] * scale);
            sum += 0.5 * (g[diagonal] * scale);
        }
        var e = DiffusionRowStart(i, j, n, m);
        if (i > 0) sum -= 0.5 * (g[e++] * scale);
        if (j > 0) sum -= 0.5 * (g[e++] * scale);
        var own = g[e++] * scale;
        if (j < m - 1) sum -= 0.5 * (g[e++] * scale);
        if (i < n - 1) sum -= 0.5 * (g[e] * scale);
        for (var side = 0; side < 4; side++)
        {
            if (Beside(side, i, j, n, m, out _)) sum += 0.5 * own;
            else sum += own;
        }
        if (j < m - 1)
        {
            // Row c + 1: its left entry (just before its diagonal), then its diagonal's left side.
            var diagonal = DiffusionDiagonal(i, j + 1, n, m);
            sum -= 0.5 * (g[diagonal - 1] * scale);
            sum += 0.5 * (g[diagonal] * scale);
        }
        if (i < n - 1)
        {
            // Row c + m: its up entry (its first), then its diagonal's up side.
            sum -= 0.5 * (g[DiffusionRowStart(i + 1, j, n, m)] * scale);
            sum += 0.5 * (g[DiffusionDiagonal(i + 1, j, n, m)] * scale);
        }
        dk[c] = sum;
    }
}
