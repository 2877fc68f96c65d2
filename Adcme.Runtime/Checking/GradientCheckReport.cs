using System.Globalization;
using System.Text;

namespace Adcme.Checking;

/// <summary>What <see cref="GradientChecker"/> measured: the adjoint gradient against central finite
/// differences component by component, and the generated forward and reverse modes against each other.</summary>
public sealed class GradientCheckReport
{
    internal GradientCheckReport(string method, double value, string[] components, double[] gradient, double[] finiteDifference,
        double tolerance, double tangent, double cotangentProduct, double dotProductTolerance, double pushforwardValue, double accumulationError,
        PrecisionChoice precision, double relativeStep, int ranks = 1, string? objective = null)
    {
        Ranks = ranks;
        Objective = objective;
        Precision = precision.Precision;
        PrecisionReason = precision.Reason;
        RelativeNoise = precision.RelativeNoise;
        RelativeStep = relativeStep;
        Method = method;
        Value = value;
        Components = components;
        Gradient = gradient;
        FiniteDifference = finiteDifference;
        Tolerance = tolerance;
        ForwardProduct = tangent;
        ReverseProduct = cotangentProduct;
        DotProductTolerance = dotProductTolerance;
        PushforwardValue = pushforwardValue;
        AccumulationError = accumulationError;
        for (var i = 0; i < components.Length; i++)
        {
            var error = RelativeError(gradient[i], finiteDifference[i]);
            if (error > MaxError || WorstComponent is null)
            {
                MaxError = error;
                WorstComponent = components[i];
            }
        }
        DotProductError = Math.Abs(tangent - cotangentProduct) / Math.Max(Math.Max(Math.Abs(tangent), Math.Abs(cotangentProduct)), double.Epsilon);
        if (tangent == 0 && cotangentProduct == 0) DotProductError = 0;
    }

    /// <summary>How many ranks took part: the communicator's size for a method with a <see cref="Communicator"/>
    /// parameter (checked on every rank at once, the same report on each), else 1.</summary>
    public int Ranks { get; }

    /// <summary>For a method with a <see cref="Communicator"/> parameter, the global objective J whose gradient
    /// M_Gradient computes and whose central differences <see cref="FiniteDifference"/> holds: the result once when
    /// M_Gradient seeds rank 0 only (a result the same on every rank), or the sum over ranks when it seeds every rank.
    /// Null for a method without communication.</summary>
    public string? Objective { get; }

    /// <summary>The checked method, as Type.Method.</summary>
    public string Method { get; }

    /// <summary>The method's value at the checked point (with communication: the global objective's).</summary>
    public double Value { get; }

    /// <summary>The name of every differentiable input component: a parameter, or an array element such as <c>x[3]</c>;
    /// with communication, every rank's components in rank order, each with its rank (<c>x[3] on rank 2</c>).</summary>
    public IReadOnlyList<string> Components { get; }

    /// <summary>The gradient from M_Pullback (seed 1), one entry per component; with communication, M_Gradient's
    /// (the gradient of <see cref="Objective"/>).</summary>
    public IReadOnlyList<double> Gradient { get; }

    /// <summary>Central finite differences of the method itself, one entry per component.</summary>
    public IReadOnlyList<double> FiniteDifference { get; }

    /// <summary>The largest per-component error |g − fd| / max(1, |g|, |fd|).</summary>
    public double MaxError { get; }

    /// <summary>The component with the largest error (null when the method has no differentiable input).</summary>
    public string? WorstComponent { get; }

    /// <summary>The tolerance applied to <see cref="MaxError"/>.</summary>
    public double Tolerance { get; }

    /// <summary>⟨J·v, w⟩ from M_Pushforward (with communication, summed over ranks: Σ_r w_r·(J v)_r).</summary>
    public double ForwardProduct { get; }

    /// <summary>⟨v, Jᵀ·w⟩ from M_Pullback (with communication, summed over ranks: Σ_r ⟨v_r, (Jᵀ w)_r⟩).</summary>
    public double ReverseProduct { get; }

    /// <summary>Relative mismatch of the dot-product test.</summary>
    public double DotProductError { get; }

    /// <summary>The tolerance applied to <see cref="DotProductError"/>.</summary>
    public double DotProductTolerance { get; }

    /// <summary>The value M_Pushforward returned (must equal <see cref="Value"/>).</summary>
    public double PushforwardValue { get; }

    /// <summary>How far M_Pullback called on non-zero adjoints is from adding the gradient to them (relative).</summary>
    public double AccumulationError { get; }

    /// <summary>The precision the check assumed: it sets <see cref="RelativeStep"/> and the default tolerances.</summary>
    public GradientCheckPrecision Precision { get; }

    /// <summary>Why that precision: declared by the signature, set in the options, or detected from the
    /// method's values (for example "float precision detected: values change in steps of ~3.1e-08 relative…").</summary>
    public string PrecisionReason { get; }

    /// <summary>The noise of the method's values near the point, relative to their size, estimated from their
    /// differences of order 3 to 6 along a random direction; NaN when not measured (precision declared or set).
    /// About 1e-16 for double arithmetic, 1e-8 for float.</summary>
    public double RelativeNoise { get; }

    /// <summary>The finite-difference step used, relative to max(1, |xᵢ|).</summary>
    public double RelativeStep { get; }

    /// <summary>True when every check is within its tolerance.</summary>
    public bool Passed => MaxError <= Tolerance && DotProductError <= DotProductTolerance
        && RelativeError(PushforwardValue, Value) <= DotProductTolerance && AccumulationError <= DotProductTolerance;

    /// <summary>Throws a <see cref="GradientCheckException"/> carrying this report when a check failed.</summary>
    public GradientCheckReport ThrowIfFailed() => Passed ? this : throw new GradientCheckException(this);

    internal static double RelativeError(double a, double b)
    {
        if (a == b) return 0;
        return Math.Abs(a - b) / Math.Max(1.0, Math.Max(Math.Abs(a), Math.Abs(b)));
    }

    /// <summary>A readable summary: verdict, worst component, dot-product test, accumulation.</summary>
    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(c, $"Gradient check of {Method}: {(Passed ? "passed" : "FAILED")}\n");
        if (Objective is not null) text.Append(c, $"  on {Ranks} rank(s); global objective: {Objective}\n");
        text.Append(c, $"  {PrecisionReason}; finite-difference step {RelativeStep:G2} relative\n");
        text.Append(c, $"  value {Value:R} (pushforward {PushforwardValue:R}); {Components.Count} component(s)\n");
        if (WorstComponent is not null)
        {
            var i = Array.IndexOf(Components.ToArray(), WorstComponent);
            text.Append(c, $"  worst component {WorstComponent}: adjoint {Gradient[i]:R}, finite difference {FiniteDifference[i]:R}, error {MaxError:G3} (tolerance {Tolerance:G3})\n");
        }
        text.Append(c, $"  dot-product test: <J v, w> = {ForwardProduct:R}, <v, J^T w> = {ReverseProduct:R}, error {DotProductError:G3} (tolerance {DotProductTolerance:G3})\n");
        text.Append(c, $"  pullback accumulation error {AccumulationError:G3}");
        return text.ToString();
    }
}

/// <summary>Thrown by <see cref="GradientCheckReport.ThrowIfFailed"/>; its message is the whole report.</summary>
public sealed class GradientCheckException : Exception
{
    /// <summary>Creates the exception for a failed <paramref name="report"/>.</summary>
    public GradientCheckException(GradientCheckReport report) : base(report.ToString()) => Report = report;

    /// <summary>The failed report.</summary>
    public GradientCheckReport Report { get; }
}
