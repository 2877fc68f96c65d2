namespace Adcme.Checking;

/// <summary>Settings of <see cref="GradientChecker"/>. Defaults depend on the method's precision.</summary>
public sealed record GradientCheckOptions
{
    /// <summary>Largest accepted |adjoint − finite difference| / max(1, |adjoint|, |finite difference|) per component.
    /// Default 1e-6 for double methods, 5e-3 for float methods.</summary>
    public double? Tolerance { get; init; }

    /// <summary>Largest accepted relative mismatch of the dot-product test ⟨J·v, w⟩ = ⟨v, Jᵀ·w⟩.
    /// Default 1e-10 for double methods, 1e-4 for float methods.</summary>
    public double? DotProductTolerance { get; init; }

    /// <summary>Finite-difference step relative to max(1, |xᵢ|). Default ∛ε: 6e-6 for double, 1e-2 for float.</summary>
    public double? RelativeStep { get; init; }

    /// <summary>Seed of the random tangent and cotangent of the dot-product test.</summary>
    public int Seed { get; init; } = 20261123;
}
