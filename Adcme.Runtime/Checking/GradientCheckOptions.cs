namespace Adcme.Checking;

/// <summary>Settings of <see cref="GradientChecker"/>. Defaults depend on the precision the method computes in:
/// single when it takes or returns a differentiable float, or when its values near the point show noise of
/// float's size (a double method that computes in float inside); double otherwise.
/// <see cref="GradientCheckReport.PrecisionReason"/> says which and why.</summary>
public sealed record GradientCheckOptions
{
    /// <summary>Largest accepted |adjoint − finite difference| / max(1, |adjoint|, |finite difference|) per component.
    /// Default 1e-6 in double precision, 5e-3 in float precision.</summary>
    public double? Tolerance { get; init; }

    /// <summary>Largest accepted relative mismatch of the dot-product test ⟨J·v, w⟩ = ⟨v, Jᵀ·w⟩.
    /// Default 1e-10 in double precision, 1e-4 in float precision.</summary>
    public double? DotProductTolerance { get; init; }

    /// <summary>Finite-difference step relative to max(1, |xᵢ|). Default ∛ε of the precision: 6.1e-6 for double,
    /// 4.9e-3 for float.</summary>
    public double? RelativeStep { get; init; }

    /// <summary>The precision to assume, skipping detection. Default null: float when the signature has a
    /// differentiable float, else measured from the method's values near the point (see
    /// <see cref="GradientCheckReport.RelativeNoise"/>).</summary>
    public GradientCheckPrecision? Precision { get; init; }

    /// <summary>Seed of the random tangent and cotangent of the dot-product test, and of the precision probe's direction.</summary>
    public int Seed { get; init; } = 20261123;
}
