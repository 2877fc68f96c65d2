namespace Adcme.Generators.Model
{
    /// <summary>The type of an IR value. Tensor and token kinds join this list as the runtime grows.</summary>
    internal enum ValueKind
    {
        Double,
        Float,
        Int,
        Bool,
        DoubleArray,
        /// <summary>An Adcme.Tensor: an immutable value; a null adjoint or tangent stands for zero.</summary>
        Tensor,
        /// <summary>A [NoDerivative] value of another type: it can only be passed along to calls.</summary>
        Opaque,
        /// <summary>An Adcme.CommToken: a place in a rank's sequence of communication operations, used once.</summary>
        Token,
        /// <summary>An Adcme.CommRequest: a non-blocking message in flight (no derivative of its own).</summary>
        Request,
    }

    internal static class ValueKindExtensions
    {
        public static bool IsScalarFloating(this ValueKind kind) => kind == ValueKind.Double || kind == ValueKind.Float;

        /// <summary>Kinds that can carry a derivative.</summary>
        public static bool IsDifferentiable(this ValueKind kind) => kind.IsScalarFloating() || kind == ValueKind.DoubleArray || kind == ValueKind.Tensor;

        public static string CSharpName(this ValueKind kind) => kind switch
        {
            ValueKind.Double => "double",
            ValueKind.Float => "float",
            ValueKind.Int => "int",
            ValueKind.Bool => "bool",
            ValueKind.DoubleArray => "double[]",
            ValueKind.Tensor => "global::Adcme.Tensor",
            ValueKind.Token => "global::Adcme.CommToken",
            ValueKind.Request => "global::Adcme.CommRequest",
            _ => "object",
        };
    }
}
