using System.Reflection;

namespace Adcme.Checking;

/// <summary>
/// Which parameters carry a derivative, and how their values become the flat vector of components the
/// checker perturbs. Decided here once, for generated methods and primitives alike, the way the generator
/// decides it (Kinds.OfParameter): a <c>double</c>, <c>float</c>, <c>double[]</c> or <see cref="Tensor"/>
/// parameter is differentiable unless it is [NoDerivative]; every other type (int, bool, float[], a
/// communicator…) is passed through unchanged.
/// </summary>
internal static class DifferentiableInputs
{
    /// <summary>Whether the generator differentiates a value of this type (before [NoDerivative] is considered).</summary>
    public static bool IsDifferentiableType(Type type)
        => type == typeof(double) || type == typeof(float) || type == typeof(double[]) || type == typeof(Tensor);

    /// <summary>Whether the generated companions take a tangent and an adjoint for <paramref name="parameter"/>.</summary>
    public static bool IsDifferentiable(ParameterInfo parameter)
        => IsDifferentiableType(parameter.ParameterType) && parameter.GetCustomAttribute<NoDerivativeAttribute>() is null;

    /// <summary>Whether values of this type hold single-precision numbers.</summary>
    public static bool IsSingle(Type type) => type == typeof(float);

    /// <summary>Why a signature is single precision ("x, the result are float"): its differentiable float
    /// parameters and a float result; null when it has none.</summary>
    public static string? DeclaredSingle(ParameterInfo[] parameters, bool[] differentiable, Type returnType)
        => DeclaredSingle(parameters.Select(p => p.Name!).ToArray(), parameters.Select(p => p.ParameterType).ToArray(), differentiable, returnType);

    /// <summary>Why a signature is single precision, from its parameters' names and types.</summary>
    public static string? DeclaredSingle(string[] names, Type[] types, bool[] differentiable, Type returnType)
    {
        var floats = names.Where((_, i) => differentiable[i] && IsSingle(types[i])).ToList();
        if (IsSingle(returnType)) floats.Add("the result");
        return floats.Count == 0 ? null : string.Join(", ", floats) + (floats.Count == 1 ? " is" : " are") + " float";
    }

    /// <summary>The components of a differentiable value, in order (a null Tensor adjoint has none).</summary>
    public static IEnumerable<double> Flatten(object? value) => value switch
    {
        Tensor t => t.ToArray(),
        double[] a => a,
        double d => [d],
        float f => [f],
        null => [],
        _ => throw new ArgumentException($"cannot differentiate a {value.GetType().Name}"),
    };

    /// <summary>How many components a differentiable argument has.</summary>
    public static int Count(object? value) => value switch
    {
        Tensor t => t.Length,
        double[] a => a.Length,
        _ => 1,
    };

    /// <summary>A value of <paramref name="type"/> shaped like <paramref name="like"/>, from <paramref name="x"/> at
    /// <paramref name="k"/> (advanced past it). Arrays are fresh copies.</summary>
    public static object Unflatten(Type type, object? like, ReadOnlySpan<double> x, ref int k)
    {
        if (type == typeof(double)) return x[k++];
        if (type == typeof(float)) return (float)x[k++];
        if (type == typeof(Tensor) || like is Tensor)
        {
            var shape = (Tensor)like!;
            var tensor = Tensor.FromArray(x.Slice(k, shape.Length).ToArray(), shape.Shape.ToArray());
            k += shape.Length;
            return tensor;
        }
        if (type == typeof(double[]) || like is double[])
        {
            var array = x.Slice(k, ((double[])like!).Length).ToArray();
            k += array.Length;
            return array;
        }
        return like is float ? (float)x[k++] : x[k++];
    }

    /// <summary>For each component of the differentiable arguments, whether it is a float (its perturbed values
    /// are rounded to float before use, so the checker divides by the step actually taken).</summary>
    public static bool[] SingleComponents(ParameterInfo[] parameters, bool[] differentiable, object?[] arguments)
        => SingleComponents(parameters.Select(p => p.ParameterType).ToArray(), differentiable, arguments);

    /// <summary>For each component, whether it is a float, from the parameters' types.</summary>
    public static bool[] SingleComponents(Type[] types, bool[] differentiable, object?[] arguments)
    {
        var single = new List<bool>();
        for (var i = 0; i < types.Length; i++)
        {
            if (!differentiable[i]) continue;
            var isSingle = IsSingle(types[i]);
            for (var k = Count(arguments[i]); k > 0; k--) single.Add(isSingle);
        }
        return single.ToArray();
    }

    /// <summary>Rounds the float components of <paramref name="x"/> to float, in place.</summary>
    public static double[] Represent(double[] x, bool[] single)
    {
        for (var i = 0; i < x.Length; i++)
        {
            if (single[i]) x[i] = (float)x[i];
        }
        return x;
    }
}
