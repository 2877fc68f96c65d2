using Adcme.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Adcme.Generators.Parsing
{
    internal static class Kinds
    {
        public const string DifferentiableAttribute = "Adcme.DifferentiableAttribute";
        public const string NoDerivativeAttribute = "Adcme.NoDerivativeAttribute";
        public const string PrimitiveAttribute = "Adcme.PrimitiveAttribute";

        /// <summary>Marks the runtime's class that receives the rule table's per-element loops.</summary>
        public const string ElementRulesAttribute = "Adcme.ElementRulesAttribute";
        public const string Tensor = "Adcme.Tensor";
        public const string Communicator = "Adcme.Communicator";
        public const string CommToken = "Adcme.CommToken";
        public const string CommRequest = "Adcme.CommRequest";

        /// <summary>Whether a variable's declared type (<see cref="FullyQualified"/>, maybe nullable) is Communicator.</summary>
        public static bool IsCommunicatorTypeName(string typeName) => typeName.TrimEnd('?') == "global::" + Communicator;

        /// <summary>Whether <paramref name="type"/> is Adcme's Communicator or derives from it.</summary>
        public static bool IsCommunicator(ITypeSymbol? type)
        {
            for (var t = type; t is not null; t = t.BaseType)
            {
                if (t.ToDisplayString() == Communicator) return true;
            }
            return false;
        }

        /// <summary>The IR kind of a C# type, or null when the IR has no such kind.</summary>
        public static ValueKind? Of(ITypeSymbol? type)
        {
            if (type is null) return null;
            switch (type.SpecialType)
            {
                case SpecialType.System_Double: return ValueKind.Double;
                case SpecialType.System_Single: return ValueKind.Float;
                case SpecialType.System_Int32: return ValueKind.Int;
                case SpecialType.System_Boolean: return ValueKind.Bool;
            }
            if (type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) == "global::" + Tensor) return ValueKind.Tensor;
            if (type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) == "global::" + CommToken) return ValueKind.Token;
            if (type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) == "global::" + CommRequest) return ValueKind.Request;
            if (type is IArrayTypeSymbol array && array.Rank == 1 && array.ElementType.SpecialType == SpecialType.System_Double)
            {
                return ValueKind.DoubleArray;
            }
            return null;
        }

        public static bool HasAttribute(ISymbol symbol, string fullName)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (attribute.AttributeClass?.ToDisplayString() == fullName) return true;
            }
            return false;
        }

        public static string FullyQualified(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

        private static readonly SymbolDisplayFormat WithNullability = SymbolDisplayFormat.FullyQualifiedFormat
            .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        /// <summary>A parameter's type as declared, nullable annotation included (<c>double[]?</c>), so that generated
        /// signatures accept what the user's method accepts.</summary>
        public static string Declared(ITypeSymbol type) => type.ToDisplayString(WithNullability);

        /// <summary>How a parameter passes through differentiation; shared by a method's own parameters and by
        /// the parameters of the differentiable methods it calls, so both sides agree on the generated signatures.</summary>
        public static (ValueKind? Kind, bool Differentiable) OfParameter(IParameterSymbol parameter)
        {
            var kind = Of(parameter.Type);
            var noDerivative = HasAttribute(parameter, NoDerivativeAttribute);
            // A communicator is never differentiated: [NoDerivative] is implied.
            if (kind is null) return (noDerivative || IsCommunicator(parameter.Type) ? ValueKind.Opaque : (ValueKind?)null, false);
            return (kind, kind.Value.IsDifferentiable() && !noDerivative);
        }
    }
}
