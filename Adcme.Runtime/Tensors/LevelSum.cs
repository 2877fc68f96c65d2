using System.Numerics;

namespace Adcme;

/// <summary>
/// Sums on the host in the device reductions' order (DeviceKernels.SumLevel): a level of P = ⌈n / 256⌉ partials,
/// partial t adding terms t, t + P, t + 2P … in that order, then the partials folded the same way until one is left
/// (for n ≤ 256 that is the plain left-to-right sum). A computation that must give the same bits on the host and on a
/// device (Sparse.Solve's conjugate gradients, whose iterates depend on every bit of their dot products) sums this way
/// on both. The order depends on n alone.
/// </summary>
internal static class LevelSum
{
    /// <summary>Σ x[k]·y[k] in the level order.</summary>
    public static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var length = x.Length;
        if (y.Length != length) throw new ArgumentException($"LevelSum.Dot: lengths {length} and {y.Length} differ.", nameof(y));
        if (length == 0) return 0.0;
        var count = (length + DeviceKernels.ReductionStride - 1) / DeviceKernels.ReductionStride;
        if (count == 1)
        {
            var sum = x[0] * y[0];
            for (var k = 1; k < length; k++) sum += x[k] * y[k];
            return sum;
        }
        // Up to 256 partials on the stack (n ≤ 65 536: a solve's iterations allocate nothing), more from the pool.
        var pooled = count > DeviceKernels.ReductionStride ? TensorPool.Rent(count) : null;
        var partials = pooled is null ? stackalloc double[count] : pooled.AsSpan(0, count);
        try
        {
            return Fold(x, y, partials);
        }
        finally
        {
            if (pooled is not null) TensorPool.Return(pooled);
        }
    }

    private static double Fold(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> partials)
    {
        var length = x.Length;
        var count = partials.Length;
        for (var t = 0; t < count; t++) partials[t] = x[t] * y[t];
        // Term k goes to partial k mod P, a round of P terms at a time, rounds in ascending order: each partial adds its
        // terms in the device's order. Within a round the partials are independent, so whole vectors of them are
        // updated at once (a multiply, then an add, each rounded: the scalar arithmetic lane by lane).
        var width = Vector<double>.Count;
        for (var start = count; start < length; start += count)
        {
            var round = Math.Min(count, length - start);
            var xs = x.Slice(start, round);
            var ys = y.Slice(start, round);
            var t = 0;
            for (; t <= round - width; t += width)
            {
                var sum = new Vector<double>(partials.Slice(t)) + new Vector<double>(xs.Slice(t)) * new Vector<double>(ys.Slice(t));
                sum.CopyTo(partials.Slice(t));
            }
            for (; t < round; t++) partials[t] += xs[t] * ys[t];
        }
        // The next levels fold the partials in place: partial t of a level reads only elements at or beyond its
        // count, which that level does not write.
        for (length = count; length > 1; length = count)
        {
            count = (length + DeviceKernels.ReductionStride - 1) / DeviceKernels.ReductionStride;
            for (int k = count, t = 0; k < length; k++)
            {
                partials[t] += partials[k];
                if (++t == count) t = 0;
            }
        }
        return partials[0];
    }
}
