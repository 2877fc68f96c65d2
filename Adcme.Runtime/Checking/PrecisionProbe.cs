using System.Globalization;

namespace Adcme.Checking;

/// <summary>The precision a check assumes, why, and the relative noise measured near the point (NaN when none was measured).</summary>
internal sealed record PrecisionChoice(GradientCheckPrecision Precision, string Reason, double RelativeNoise)
{
    /// <summary>Largest accepted per-component finite-difference error, unless the options set one.</summary>
    public double Tolerance => Precision == GradientCheckPrecision.Single ? 5e-3 : 1e-6;

    /// <summary>Largest accepted dot-product mismatch, unless the options set one.</summary>
    public double DotProductTolerance => Precision == GradientCheckPrecision.Single ? 1e-4 : 1e-10;

    /// <summary>∛ε of the precision: the central-difference step that balances truncation (∝ h²) against
    /// rounding (∝ ε/h), relative to max(1, |x|).</summary>
    public double RelativeStep => Math.Cbrt(Precision == GradientCheckPrecision.Single ? 1.1920928955078125e-7 : 2.220446049250313e-16);
}

/// <summary>
/// Decides which precision a check assumes. A method declared in float (a differentiable float parameter, a
/// float result) is single precision. A method declared in double may still compute in float inside
/// (<c>var f = (float)x;</c>): its values then move in steps of float's resolution, and central differences at
/// double's step (6e-6) divide that rounding noise into a false error of about 1e-2. So the checker measures
/// the noise instead of trusting the signature: it evaluates the method at 9 equally spaced points x + t·p,
/// t = −4h…4h, h = 1e-6, along a random direction p scaled like the finite-difference step, and estimates the
/// noise level σ from the differences of order 3 to 6 (Hamming's difference-table estimate, as in Moré and
/// Wild, "Estimating computational noise", SIAM J. Sci. Comput. 33, 2011): for noise, σₖ² = γₖ · mean(Δᵏf)²
/// with γₖ = (k!)²/(2k)!, while the smooth part of Δᵏf is O(hᵏ) and vanishes for k ≥ 3. The smallest σₖ is
/// kept, which leans towards double (the stricter check). Relative to the size of the values, a double
/// computation shows noise near 1e-16 and a float one near 1e-8; above the threshold 1e-11 (between the two,
/// and where double-step differences would already err by about 1e-6) the check runs at float's step and
/// tolerances. The probe stays within ±4e-6 of the point, inside double's own difference stencil, so a kink
/// it sees would have spoiled the double differences too. Only the two IEEE precisions are ever chosen: noise
/// coarser than float's does not loosen the check further.
/// </summary>
internal static class PrecisionProbe
{
    /// <summary>Spacing of the probe points, relative to max(1, |xᵢ|).</summary>
    public const double ProbeStep = 1e-6;

    /// <summary>Relative noise above which float is assumed.</summary>
    public const double SingleNoiseThreshold = 1e-11;

    private const int Intervals = 8;

    /// <summary>Chooses the precision of a check of <paramref name="function"/> (outputs weighted by
    /// <paramref name="weights"/>) at <paramref name="x"/>: the precision in <paramref name="requested"/> when set;
    /// float when <paramref name="declaredSingle"/> says why the signature is float ("x is float"); else the one
    /// the measured noise shows. <paramref name="single"/> marks float components; <paramref name="seed"/> picks
    /// the probe's direction; <paramref name="hasInputs"/>, when given, replaces "x is not empty" (a distributed
    /// check asks whether any rank has an input).</summary>
    public static PrecisionChoice Choose(GradientCheckPrecision? requested, string? declaredSingle,
        Func<double[], double[]> function, double[] weights, double[] x, bool[] single, int seed, bool? hasInputs = null)
    {
        var c = CultureInfo.InvariantCulture;
        if (requested is { } precision)
        {
            return new(precision, $"{Name(precision)} precision set in GradientCheckOptions.Precision", double.NaN);
        }
        if (declaredSingle is not null)
        {
            return new(GradientCheckPrecision.Single, $"float precision declared: {declaredSingle}", double.NaN);
        }
        // With communication, whether any rank has an input (every rank must decide alike: the probe communicates).
        if (!(hasInputs ?? x.Length > 0))
        {
            return new(GradientCheckPrecision.Double, "double precision: no differentiable input to probe", double.NaN);
        }
        var noise = RelativeNoise(function, weights, x, single, seed);
        if (double.IsNaN(noise))
        {
            return new(GradientCheckPrecision.Double,
                "double precision assumed: values near the point are not finite, so their resolution was not measured", noise);
        }
        if (noise > SingleNoiseThreshold)
        {
            return new(GradientCheckPrecision.Single, string.Format(c,
                "float precision detected: values change in steps of ~{0:0.#e+0} relative near the point (double arithmetic stays below 1e-11); float's step and tolerances used",
                noise), noise);
        }
        return new(GradientCheckPrecision.Double, string.Format(c,
            "double precision: values near the point are smooth to ~{0:0.#e+0} relative (float arithmetic would show ~1e-8)", noise), noise);
    }

    /// <summary>"double" or "float", as C# spells them.</summary>
    public static string Name(GradientCheckPrecision precision) => precision == GradientCheckPrecision.Single ? "float" : "double";

    /// <summary>The noise level of Σ wᵢFᵢ(x) near <paramref name="x"/>, relative to Σ |wᵢFᵢ(x)|; NaN when a value is not finite.</summary>
    internal static double RelativeNoise(Func<double[], double[]> function, double[] weights, double[] x, bool[] single, int seed)
    {
        var random = new Random(seed ^ 0x5EED);
        var direction = x.Select(v => (random.Next(2) * 2 - 1) * Math.Max(1.0, Math.Abs(v))).ToArray();
        var values = new double[Intervals + 1];
        var scale = 0.0;
        for (var j = 0; j <= Intervals; j++)
        {
            var t = (j - Intervals / 2) * ProbeStep;
            var point = DifferentiableInputs.Represent(x.Select((v, i) => v + t * direction[i]).ToArray(), single);
            var output = function(point);
            for (var i = 0; i < output.Length; i++)
            {
                values[j] += weights[i] * output[i];
                scale += Math.Abs(weights[i] * output[i]);
            }
        }
        if (!double.IsFinite(scale) || values.Any(v => !double.IsFinite(v))) return double.NaN;
        if (scale == 0) return 0;
        scale /= Intervals + 1;
        var sigma = double.PositiveInfinity;
        var differences = values;
        var gamma = 1.0;
        for (var k = 1; k <= 6; k++)
        {
            differences = differences.Zip(differences.Skip(1), (a, b) => b - a).ToArray();
            gamma *= k / (2.0 * (2 * k - 1)); // (k!)²/(2k)! from the previous order's
            if (k < 3) continue;
            sigma = Math.Min(sigma, Math.Sqrt(gamma * differences.Average(d => d * d)));
        }
        return sigma / scale;
    }
}
