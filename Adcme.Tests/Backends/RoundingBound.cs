namespace Adcme.Tests.Backends;

/// <summary>
/// A value with a bound on how far any implementation of the same formula may be from the exact result (a running
/// error analysis, first order, u = 2⁻⁵³): each + − × rounds once; a sum of n terms, in whatever order or grouping a
/// backend adds them (plain, SIMD lanes, fixed-order levels), is within γₙ₋₁·Σ|termᵢ| of the exact sum; a library
/// function (tanh) is 1-Lipschitz there and within 2u of its value. Two backends computing the same formula then
/// differ by at most twice the bound: what tests of composed rules (Mlp's, where the CPU's sums are SIMD and the
/// device's plain) compare with instead of a tolerance picked by hand.
/// </summary>
internal readonly record struct RoundingBound(double Value, double Error)
{
    public const double Unit = 1.1102230246251565e-16;

    public static RoundingBound Exact(double value) => new(value, 0);

    public static RoundingBound operator +(RoundingBound a, RoundingBound b) => Rounded(a.Value + b.Value, a.Error + b.Error);

    public static RoundingBound operator -(RoundingBound a, RoundingBound b) => Rounded(a.Value - b.Value, a.Error + b.Error);

    public static RoundingBound operator *(RoundingBound a, RoundingBound b)
        => Rounded(a.Value * b.Value, Math.Abs(a.Value) * b.Error + Math.Abs(b.Value) * a.Error + a.Error * b.Error);

    /// <summary>Σ terms in any order: the terms' own errors plus γₙ₋₁·Σ|termᵢ|.</summary>
    public static RoundingBound Sum(IReadOnlyList<RoundingBound> terms)
    {
        double value = 0, error = 0, magnitude = 0;
        foreach (var term in terms)
        {
            value += term.Value;
            error += term.Error;
            magnitude += Math.Abs(term.Value);
        }
        var n = Math.Max(terms.Count - 1, 0) * Unit;
        return new(value, error + n / (1 - n) * magnitude);
    }

    public static RoundingBound Tanh(RoundingBound a)
    {
        var value = Math.Tanh(a.Value);
        return new(value, a.Error + 2 * Unit * Math.Abs(value));
    }

    private static RoundingBound Rounded(double value, double error) => new(value, error + Unit * Math.Abs(value));

    /// <summary>|actual − expected| ≤ 2·bound for every element: two implementations of the bounded formula.</summary>
    public static void Within(double[] expected, double[] actual, RoundingBound[] bound, string what)
    {
        Assert.Equal(bound.Length, expected.Length);
        Assert.Equal(expected.Length, actual.Length);
        for (var k = 0; k < expected.Length; k++)
        {
            // The magnitudes are computed in double too: a relative 1e-12 of headroom on the bound itself.
            var allowed = 2 * bound[k].Error * (1 + 1e-12);
            Assert.True(Math.Abs(expected[k] - actual[k]) <= allowed, $"{what}[{k}]: {actual[k]:R} vs {expected[k]:R} (bound {allowed:R})");
            // The bounded formula is the one the backends compute: its value is the CPU's within the same bound.
            Assert.True(Math.Abs(expected[k] - bound[k].Value) <= allowed, $"{what}[{k}]: the host formula gives {bound[k].Value:R}, the CPU {expected[k]:R}");
        }
    }
}
