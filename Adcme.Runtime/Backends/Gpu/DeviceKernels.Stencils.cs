using ILGPU;

namespace Adcme;

// The stencils on an n×m grid, one thread per node. Each is the scalar form of Stencils.Cores.cs for its node: the
// same taps in the same order (the reverse rules in their gathering form), so the bits are the CPU backend's.
internal static partial class DeviceKernels
{
    /// <summary>Δu at node c: −4u, then up, down, left and right where inside, then × scale.</summary>
    public static void Laplacian(Index1D c, ArrayView<double> u, ArrayView<double> r, int n, int m, double scale)
    {
        int i = c / m, j = c % m;
        var sum = -4 * u[c];
        if (i > 0) sum += u[c - m];
        if (i < n - 1) sum += u[c + m];
        if (j > 0) sum += u[c - 1];
        if (j < m - 1) sum += u[c + 1];
        r[c] = sum * scale;
    }

    /// <summary>Δu at inner node (i, j) of a block padded by a halo of width 1 (inner width m).</summary>
    public static void HaloLaplacian(Index1D index, ArrayView<double> u, ArrayView<double> r, int m, double scale)
    {
        var width = m + 2;
        var c = (index / m + 1) * width + index % m + 1;
        r[index] = (-4 * u[c] + u[c - width] + u[c + width] + u[c - 1] + u[c + 1]) * scale;
    }

    /// <summary>The padded adjoint of HaloLaplacian at padded node p: from the inner nodes p − w, p − 1, p, p + 1,
    /// p + w in that order (the CPU backend's gathering form).</summary>
    public static void HaloLaplacianPullback(Index1D index, ArrayView<double> seed, ArrayView<double> d, int n, int m, double scale)
    {
        var width = m + 2;
        int i = index / width - 1, j = index % width - 1;
        var sum = 0.0;
        if (IsInner(i - 1, j, n, m)) sum += seed[(i - 1) * m + j] * scale;
        if (IsInner(i, j - 1, n, m)) sum += seed[i * m + j - 1] * scale;
        if (IsInner(i, j, n, m)) sum -= 4 * (seed[i * m + j] * scale);
        if (IsInner(i, j + 1, n, m)) sum += seed[i * m + j + 1] * scale;
        if (IsInner(i + 1, j, n, m)) sum += seed[(i + 1) * m + j] * scale;
        d[index] = sum;
    }

    /// <summary>∇·(κ∇u) at node c: the four faces up, down, left, right, each (face κ)·(neighbour − centre).</summary>
    public static void Diffusion(Index1D c, ArrayView<double> k, ArrayView<double> x, ArrayView<double> r, int n, int m, double scale)
    {
        int i = c / m, j = c % m;
        var flux = 0.0;
        for (var side = 0; side < 4; side++)
        {
            var inside = Beside(side, i, j, n, m, out var other);
            var face = inside ? 0.5 * (k[c] + k[other]) : k[c];
            flux += face * ((inside ? x[other] : 0) - x[c]);
        }
        r[c] = flux * scale;
    }

    /// <summary>κ̄ at node c (x = u, g = the seed): from its upper neighbour, its left neighbour, its own four sides,
    /// its right neighbour and its lower neighbour, in that order (the CPU backend's gathering form).</summary>
    public static void DiffusionKappa(Index1D c, ArrayView<double> x, ArrayView<double> g, ArrayView<double> dk, int n, int m, double scale)
    {
        int i = c / m, j = c % m;
        var sum = 0.0;
        if (i > 0) sum += 0.5 * ((x[c] - x[c - m]) * g[c - m] * scale);
        if (j > 0) sum += 0.5 * ((x[c] - x[c - 1]) * g[c - 1] * scale);
        for (var side = 0; side < 4; side++)
        {
            var inside = Beside(side, i, j, n, m, out var other);
            var difference = ((inside ? x[other] : 0) - x[c]) * g[c] * scale;
            if (inside) sum += 0.5 * difference;
            else sum += difference;
        }
        if (j < m - 1) sum += 0.5 * ((x[c] - x[c + 1]) * g[c + 1] * scale);
        if (i < n - 1) sum += 0.5 * ((x[c] - x[c + m]) * g[c + m] * scale);
        dk[c] = sum;
    }

    private static bool IsInner(int i, int j, int n, int m) => (uint)i < (uint)n && (uint)j < (uint)m;

    /// <summary>The flat index of node (i, j)'s neighbour on one side (up, down, left, right), and whether it is
    /// inside the n×m grid.</summary>
    private static bool Beside(int side, int i, int j, int n, int m, out int index)
    {
        if (side == 0)
        {
            index = (i - 1) * m + j;
            return i > 0;
        }
        if (side == 1)
        {
            index = (i + 1) * m + j;
            return i < n - 1;
        }
        if (side == 2)
        {
            index = i * m + j - 1;
            return j > 0;
        }
        index = i * m + j + 1;
        return j < m - 1;
    }
}
