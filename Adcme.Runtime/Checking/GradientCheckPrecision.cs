namespace Adcme.Checking;

/// <summary>The floating-point precision a gradient check assumes the method computes in. It sets the
/// finite-difference step and the default tolerances (see <see cref="GradientCheckOptions"/>), and
/// <see cref="GradientCheckReport.Precision"/> says which one was used and why.</summary>
public enum GradientCheckPrecision
{
    /// <summary>IEEE double (ε = 2⁻⁵² ≈ 2.2e-16): step ∛ε ≈ 6.1e-6, tolerance 1e-6, dot-product tolerance 1e-10.</summary>
    Double,

    /// <summary>IEEE single, C#'s float (ε = 2⁻²³ ≈ 1.2e-7): step ∛ε ≈ 4.9e-3, tolerance 5e-3, dot-product tolerance 1e-4.</summary>
    Single,
}
