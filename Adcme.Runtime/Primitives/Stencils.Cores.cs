using System.Numerics;
using System.Runtime.InteropServices;

namespace Adcme;

// The stencils' loops, by rows, split across cores (Parallelism) when the grid is large. Every kernel writes only
// its own rows, and each element is computed with the same operations in the same order as the scalar form written
// in the comments: the reverse rules that scattered (a node adding into its neighbours) gather instead, adding a
// node's contributions in the order the scattering loop added them. So results do not depend on the number of
// cores, and generated fused kernels written from the scalar forms give these values bit for bit.
public static partial class Stencils
{
    /// <summary>The Laplacian of an n×m grid into pooled storage.</summary>
    internal static double[] ApplyLaplacian(double[] u, int n, int m, double scale)
    {
        var result = TensorPool.Rent(n * m);
        var job = ParallelJob.For<LaplacianJob>();
        (job.U, job.Result, job.Rows, job.Columns, job.Scale) = (u, result, n, m, scale);
        job.Run(n, m);
        return result;
    }

    /// <summary>Rows [first, end) of the Laplacian: the first and last column by the scalar form, the columns between
    /// them by vectors whose lanes do the scalar form's operations in its order.</summary>
    internal static void LaplacianRows(double[] u, double[] result, int n, int m, double scale, int first, int end)
    {
        var width = Vector<double>.Count;
        var minusFour = new Vector<double>(-4.0);
        var scales = new Vector<double>(scale);
        ref var source = ref MemoryMarshal.GetArrayDataReference(u);
        ref var target = ref MemoryMarshal.GetArrayDataReference(result);
        for (var i = first; i < end; i++)
        {
            bool up = i > 0, down = i < n - 1;
            var row = i * m;
            LaplacianElement(u, result, n, m, scale, i, 0);
            var j = 1;
            if (Vector.IsHardwareAccelerated)
            {
                // Loads stay inside the row and, for up and down, inside the grid: j ≥ 1 and j + width ≤ m − 1.
                for (; j + width <= m - 1; j += width)
                {
                    var c = (nuint)(row + j);
                    var sum = minusFour * Vector.LoadUnsafe(ref source, c);
                    if (up) sum += Vector.LoadUnsafe(ref source, c - (nuint)m);
                    if (down) sum += Vector.LoadUnsafe(ref source, c + (nuint)m);
                    sum += Vector.LoadUnsafe(ref source, c - 1);
                    sum += Vector.LoadUnsafe(ref source, c + 1);
                    (sum * scales).StoreUnsafe(ref target, c);
                }
            }
            for (; j < m; j++) LaplacianElement(u, result, n, m, scale, i, j);
        }
    }

    /// <summary>The scalar form: −4u, then up, down, left and right where inside, then × scale.</summary>
    private static void LaplacianElement(double[] u, double[] result, int n, int m, double scale, int i, int j)
    {
        var c = i * m + j;
        var sum = -4 * u[c];
        if (i > 0) sum += u[c - m];
        if (i < n - 1) sum += u[c + m];
        if (j > 0) sum += u[c - 1];
        if (j < m - 1) sum += u[c + 1];
        result[c] = sum * scale;
    }

    /// <summary>Inner rows [first, end) of <see cref="HaloLaplacian"/> (padded width m + 2), by vectors and a scalar
    /// tail, each element (−4u + up + down + left + right) × scale in that order.</summary>
    private static void HaloLaplacianRows(double[] u, double[] result, int m, double scale, int first, int end)
    {
        var width = m + 2;
        var lanes = Vector<double>.Count;
        var minusFour = new Vector<double>(-4.0);
        var scales = new Vector<double>(scale);
        ref var source = ref MemoryMarshal.GetArrayDataReference(u);
        ref var target = ref MemoryMarshal.GetArrayDataReference(result);
        for (var i = first; i < end; i++)
        {
            var padded = (i + 1) * width + 1;
            var row = i * m;
            var j = 0;
            if (Vector.IsHardwareAccelerated)
            {
                // Every load is of the padded block's rows i, i + 1, i + 2, columns j … j + lanes + 1 ≤ m + 1.
                for (; j + lanes <= m; j += lanes)
                {
                    var c = (nuint)(padded + j);
                    var sum = minusFour * Vector.LoadUnsafe(ref source, c);
                    sum += Vector.LoadUnsafe(ref source, c - (nuint)width);
                    sum += Vector.LoadUnsafe(ref source, c + (nuint)width);
                    sum += Vector.LoadUnsafe(ref source, c - 1);
                    sum += Vector.LoadUnsafe(ref source, c + 1);
                    (sum * scales).StoreUnsafe(ref target, (nuint)(row + j));
                }
            }
            for (; j < m; j++)
            {
                var c = padded + j;
                result[row + j] = (-4 * u[c] + u[c - width] + u[c + width] + u[c - 1] + u[c + 1]) * scale;
            }
        }
    }

    /// <summary>Rows [first, end) of the padded adjoint of <see cref="HaloLaplacian"/>. The scattering form, over
    /// inner nodes c in order: g = seed[c]·scale; d[c] −= 4g; d[c − w] += g; d[c + w] += g; d[c − 1] += g; d[c + 1] += g.
    /// A padded node p receives, in that order, from the inner nodes p − w, p − 1, p, p + 1, p + w.</summary>
    private static void HaloLaplacianPullbackRows(double[] seed, double[] d, int n, int m, double scale, int first, int end)
    {
        var width = m + 2;
        for (var row = first; row < end; row++)
        for (var column = 0; column < width; column++)
        {
            // Inner node (i, j) of the seed is padded node (i + 1, j + 1).
            int i = row - 1, j = column - 1;
            var sum = 0.0;
            if (Inner(i - 1, j, n, m)) sum += seed[(i - 1) * m + j] * scale;
            if (Inner(i, j - 1, n, m)) sum += seed[i * m + j - 1] * scale;
            if (Inner(i, j, n, m)) sum -= 4 * (seed[i * m + j] * scale);
            if (Inner(i, j + 1, n, m)) sum += seed[i * m + j + 1] * scale;
            if (Inner(i + 1, j, n, m)) sum += seed[(i + 1) * m + j] * scale;
            d[row * width + column] = sum;
        }
    }

    private static bool Inner(int i, int j, int n, int m) => (uint)i < (uint)n && (uint)j < (uint)m;

    /// <summary>Rows [first, end) of <see cref="Diffusion"/>.</summary>
    private static void DiffusionRows(double[] k, double[] x, double[] result, int n, int m, double scale, int first, int end)
    {
        for (var i = first; i < end; i++)
        for (var j = 0; j < m; j++)
        {
            var c = i * m + j;
            var flux = 0.0;
            for (var side = 0; side < 4; side++)
            {
                var inside = Neighbour(side, i, j, n, m, out var other);
                var face = inside ? 0.5 * (k[c] + k[other]) : k[c];
                flux += face * ((inside ? x[other] : 0) - x[c]);
            }
            result[c] = flux * scale;
        }
    }

    /// <summary>Rows [first, end) of κ̄ in <see cref="Diffusion_Pullback"/>. The scattering form, over nodes c in order
    /// and sides up, down, left, right: difference = ((inside ? x[o] : 0) − x[c])·g[c]·scale; inside, dk[c] and dk[o]
    /// each += ½·difference, else dk[c] += difference. Node c receives, in that order, from its upper neighbour (its
    /// down side), its left neighbour (right side), its own four sides, its right neighbour (left side) and its lower
    /// neighbour (up side).</summary>
    private static void DiffusionKappaRows(double[] x, double[] g, double[] dk, int n, int m, double scale, int first, int end)
    {
        for (var i = first; i < end; i++)
        for (var j = 0; j < m; j++)
        {
            var c = i * m + j;
            var sum = 0.0;
            if (i > 0) sum += 0.5 * ((x[c] - x[c - m]) * g[c - m] * scale);
            if (j > 0) sum += 0.5 * ((x[c] - x[c - 1]) * g[c - 1] * scale);
            for (var side = 0; side < 4; side++)
            {
                var inside = Neighbour(side, i, j, n, m, out var other);
                var difference = ((inside ? x[other] : 0) - x[c]) * g[c] * scale;
                if (inside) sum += 0.5 * difference;
                else sum += difference;
            }
            if (j < m - 1) sum += 0.5 * ((x[c] - x[c + 1]) * g[c + 1] * scale);
            if (i < n - 1) sum += 0.5 * ((x[c] - x[c + m]) * g[c + m] * scale);
            dk[c] = sum;
        }
    }

    /// <summary>Runs <see cref="Diffusion"/>'s loop (κ̄ when <paramref name="kappaAdjoint"/>: first = u, second =
    /// the seed) over an n×m grid into <paramref name="result"/>.</summary>
    private static void RunDiffusion(bool kappaAdjoint, double[] first, double[] second, double[] result, int n, int m, double scale)
    {
        var job = ParallelJob.For<DiffusionJob>();
        (job.KappaAdjoint, job.First, job.Second, job.Result, job.Rows, job.Columns, job.Scale) = (kappaAdjoint, first, second, result, n, m, scale);
        job.Run(n, 8L * m);
    }

    private sealed class LaplacianJob : ParallelJob
    {
        internal double[]? U, Result;
        internal int Rows, Columns;
        internal double Scale;

        protected override void Execute(int start, int end) => LaplacianRows(U!, Result!, Rows, Columns, Scale, start, end);

        protected override void Clear() => (U, Result) = (null, null);
    }

    private sealed class HaloLaplacianJob : ParallelJob
    {
        internal double[]? U, Result;
        internal int Columns;
        internal double Scale;

        protected override void Execute(int start, int end) => HaloLaplacianRows(U!, Result!, Columns, Scale, start, end);

        protected override void Clear() => (U, Result) = (null, null);
    }

    private sealed class HaloLaplacianPullbackJob : ParallelJob
    {
        internal double[]? Seed, Result;
        internal int Rows, Columns;
        internal double Scale;

        protected override void Execute(int start, int end) => HaloLaplacianPullbackRows(Seed!, Result!, Rows, Columns, Scale, start, end);

        protected override void Clear() => (Seed, Result) = (null, null);
    }

    private sealed class DiffusionJob : ParallelJob
    {
        // (κ, u) forward; (u, seed) for κ̄.
        internal double[]? First, Second, Result;
        internal int Rows, Columns;
        internal double Scale;
        internal bool KappaAdjoint;

        protected override void Execute(int start, int end)
        {
            if (KappaAdjoint) DiffusionKappaRows(First!, Second!, Result!, Rows, Columns, Scale, start, end);
            else DiffusionRows(First!, Second!, Result!, Rows, Columns, Scale, start, end);
        }

        protected override void Clear() => (First, Second, Result) = (null, null, null);
    }
}
