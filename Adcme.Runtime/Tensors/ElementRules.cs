namespace Adcme;

/// <summary>Marks the class into which the generator writes the per-element loops of the fusable tensor
/// functions, printed from its rule table (Adcme.Generators/Emit/RuleTable.cs).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class ElementRulesAttribute : Attribute;

/// <summary>
/// The fusable tensor functions' per-element values (<c>Exp(x, r)</c>) and derivatives (<c>Exp_Partial0(x, r, g, d)</c>:
/// d = g·∂r/∂x), generated from the rule table that also prints fused kernels, so that the runtime holds no
/// copy of a derivative of its own and an unfused function gives a fused kernel's values bit for bit.
/// Why not TensorPrimitives for Exp … Sigmoid: its vectorized results for an element depend on the element's
/// neighbours and on memory alignment (docs/performance.md), so no kernel could reproduce them.
/// </summary>
[ElementRules]
internal static partial class ElementRules;
