namespace Adcme;

/// <summary>
/// Registers a method (or operator) as a differentiation primitive: the generator does not look inside it but
/// calls its hand-written rules, found by name in the same type. This is how Adcme's own tensor operations
/// are differentiated, and how users add fused kernels with their own adjoints (ADCME's custom operators).
/// For <c>static R F(A a, B b)</c> the rules are
/// <code>
/// static void Pullback(A a, B b, R result, R seed, ref A dA, ref B dB)   // adds seed·∂F/∂a into dA, …
/// static R Tangent(A a, A dA, B b, B dB, R result)                       // returns ∂F/∂a·dA + ∂F/∂b·dB
/// </code>
/// with one adjoint and one tangent per differentiable parameter (double, float, double[], Tensor, unless
/// [NoDerivative]). A null Tensor adjoint or tangent means zero. A rule with the wrong signature is a
/// compile-time error (ADCME014).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class PrimitiveAttribute : Attribute
{
    /// <summary>Names the pullback (reverse rule) and the tangent (forward rule) of the primitive.</summary>
    public PrimitiveAttribute(string pullback, string tangent)
    {
        Pullback = pullback;
        Tangent = tangent;
    }

    /// <summary>The name of the reverse-mode rule.</summary>
    public string Pullback { get; }

    /// <summary>The name of the forward-mode rule.</summary>
    public string Tangent { get; }

    /// <summary>
    /// Whether the primitive has effects or hidden state (it reads or writes something besides its arguments:
    /// a counter, a random stream, a file, a communicator). An ordered call is never recomputed, hoisted,
    /// fused or skipped: its result is recorded in the forward sweep, and its pullback runs exactly once per
    /// forward execution, in exact reverse order, on every path, with a zero seed where nothing flowed.
    /// The default, <c>false</c>, declares a pure primitive: its result depends on its arguments alone, so
    /// generated code may treat repeated calls with equal arguments as equal and may skip its pullback when
    /// the seed is zero. A stateful primitive left undeclared gets gradients computed from the wrong state.
    /// </summary>
    public bool Ordered { get; set; }
}
