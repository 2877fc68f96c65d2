using System.ComponentModel;

namespace Adcme.Checking;

/// <summary>One parameter of a described method: its name, its type, and whether it carries a derivative (a tangent
/// in the pushforward and a <c>ref</c> adjoint in the pullback).</summary>
public sealed record DescribedParameter(string Name, Type Type, bool Differentiable);

/// <summary>
/// What the generator knows of a <c>[Differentiable]</c> method (or of a <c>[Primitive]</c> with its rules): its
/// parameters and which are differentiable, its result type, and its entry points as compiled calls. Generated code
/// registers one per method (<see cref="GradientChecks.Register"/>); <see cref="GradientChecker"/> calls these
/// entry points instead of finding <c>M_Pushforward</c>/<c>M_Pullback</c> by name through reflection.
/// Each entry point takes the arguments of the generated method as one array, and writes the <c>ref</c>/<c>out</c>
/// arguments back into that array, as <see cref="System.Reflection.MethodBase.Invoke(object, object[])"/> does:
/// <list type="bullet">
/// <item><see cref="Invoke"/>: (params…) → result.</item>
/// <item><see cref="Pushforward"/>: method (param₁, dParam₁, …) → the boxed (Value, Tangent) tuple;
/// primitive (param₁, dParam₁, …, result) → its tangent rule's result.</item>
/// <item><see cref="Pullback"/>: method (params…, seed, ref dParam…); primitive (params…, result, seed, ref dParam…).</item>
/// <item><see cref="Gradient"/>: (params…, out dParam…) → value; null for a tensor-valued method or a primitive.</item>
/// </list>
/// </summary>
[EditorBrowsable(EditorBrowsableState.Advanced)]
public sealed class DifferentiableMethodDescriptor
{
    /// <summary>Describes a method; called by generated code.</summary>
    public DifferentiableMethodDescriptor(Type declaringType, string name, Type resultType, DescribedParameter[] parameters, bool isPrimitive,
        Func<object?[], object?> invoke, Func<object?[], object?> pushforward, Func<object?[], object?> pullback, Func<object?[], object?>? gradient)
    {
        DeclaringType = declaringType;
        Name = name;
        ResultType = resultType;
        Parameters = parameters;
        IsPrimitive = isPrimitive;
        Invoke = invoke;
        Pushforward = pushforward;
        Pullback = pullback;
        Gradient = gradient;
    }

    /// <summary>The type that declares the method.</summary>
    public Type DeclaringType { get; }

    /// <summary>The method's name.</summary>
    public string Name { get; }

    /// <summary>Type.Method, as reports name it.</summary>
    public string DisplayName => DeclaringType.Name + "." + Name;

    /// <summary>The method's result type.</summary>
    public Type ResultType { get; }

    /// <summary>The parameters in order.</summary>
    public IReadOnlyList<DescribedParameter> Parameters { get; }

    /// <summary>Whether this is a <c>[Primitive]</c> with hand-written rules (else a generated method).</summary>
    public bool IsPrimitive { get; }

    /// <summary>Calls the method itself.</summary>
    public Func<object?[], object?> Invoke { get; }

    /// <summary>Calls <c>M_Pushforward</c> (a primitive's tangent rule).</summary>
    public Func<object?[], object?> Pushforward { get; }

    /// <summary>Calls <c>M_Pullback</c> (a primitive's pullback rule), writing the adjoints back into the array.</summary>
    public Func<object?[], object?> Pullback { get; }

    /// <summary>Calls <c>M_Gradient</c>, writing the adjoints back into the array; null when there is none.</summary>
    public Func<object?[], object?>? Gradient { get; }

    /// <summary>Whether this describes the method with these parameter types.</summary>
    internal bool Matches(System.Reflection.MethodInfo method)
    {
        if (method.DeclaringType != DeclaringType || method.Name != Name) return false;
        var parameters = method.GetParameters();
        if (parameters.Length != Parameters.Count) return false;
        for (var i = 0; i < parameters.Length; i++)
        {
            if (parameters[i].ParameterType != Parameters[i].Type) return false;
        }
        return true;
    }
}
