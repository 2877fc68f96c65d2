namespace Adcme;

/// <summary>
/// Declares a point at which the derivatives of a <c>[Differentiable]</c> method or the hand-written rules of a
/// <c>[Primitive]</c> are checked: central finite differences, the dot-product test ⟨J·v, w⟩ = ⟨v, Jᵀ·w⟩ and pullback
/// accumulation, as <see cref="Checking.GradientChecker"/> runs them. The generator emits one check per attribute;
/// <see cref="Checking.GradientChecks.RunAll"/> runs them from a test, and the build runs them when
/// <c>AdcmeCheckGradients</c> is <c>true</c>, each failure a build error at the attribute (docs/gradient-checking.md).
/// <code>
/// [Differentiable, GradientCheck(2.0, 0.5)]
/// public static double Loss(double x, double y) => x * x * y;
///
/// [Differentiable, GradientCheck(Point = nameof(Field))]
/// public static double Energy(Tensor u, double k) => …;
/// static (Tensor, double) Field => (Tensor.FromArray([1.0, 2.0, 3.0]), 0.5);
/// </code>
/// Inline values are the arguments in parameter order (compile-time constants: numbers, bools, strings, enums). A
/// point with tensors or arrays is a static field, property or parameterless method of the same type, named by
/// <see cref="Point"/>: of the parameter's type for a method of one parameter, else a tuple with one element per
/// parameter. A point of the wrong arity or type is a compile-time error (ADCME018, ADCME019, ADCME020).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
public sealed class GradientCheckAttribute : Attribute
{
    /// <summary>A point given by a static member (<see cref="Point"/>).</summary>
    public GradientCheckAttribute() => Arguments = [];

    /// <summary>A point given inline: one value per parameter, in order.</summary>
    public GradientCheckAttribute(params object[] arguments) => Arguments = arguments;

    /// <summary>The inline point.</summary>
    public IReadOnlyList<object> Arguments { get; }

    /// <summary>The name (use <c>nameof</c>) of a static field, property or parameterless method of the same type
    /// that makes the point: of the parameter's type for one parameter, else a tuple of the parameters' types.</summary>
    public string? Point { get; set; }

    /// <summary>Largest accepted per-component finite-difference error; 0 (unset) takes
    /// <see cref="Checking.GradientCheckOptions.Tolerance"/>'s default.</summary>
    public double Tolerance { get; set; }

    /// <summary>Largest accepted dot-product mismatch; 0 (unset) takes the default.</summary>
    public double DotProductTolerance { get; set; }

    /// <summary>Finite-difference step relative to max(1, |xᵢ|); 0 (unset) takes the default.</summary>
    public double RelativeStep { get; set; }

    /// <summary>How long the check may run, in seconds, before it is reported as failed; 0 (unset) takes
    /// <see cref="Checking.GradientChecks.DefaultTimeLimit"/> (60 s).</summary>
    public double TimeLimitSeconds { get; set; }
}
