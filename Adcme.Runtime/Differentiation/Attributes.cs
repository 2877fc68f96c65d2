namespace Adcme;

/// <summary>
/// Marks a static method of a partial type for differentiation. The Adcme generator adds, in the same type,
/// <c>M_Gradient(params…, out dParam…)</c>, <c>M_Pushforward(param₁, dParam₁, …)</c> and
/// <c>M_Pullback(params…, seed, ref dParam…)</c>. What cannot be differentiated is a compile-time error (ADCMEnnn).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class DifferentiableAttribute : Attribute
{
}

/// <summary>
/// Excludes a parameter from differentiation: it passes through the generated methods and gets no adjoint.
/// Parameters of types Adcme cannot differentiate (a communicator, a configuration object) must carry it.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class NoDerivativeAttribute : Attribute
{
}
