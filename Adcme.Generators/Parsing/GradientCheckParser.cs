using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Adcme.Generators.Diagnostics;
using Adcme.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Adcme.Generators.Parsing
{
    /// <summary>Reads the [GradientCheck] attributes of a [Differentiable] method or a [Primitive] into the
    /// descriptor's model, checking each point against the parameters: a wrong arity (ADCME018), a value of the wrong
    /// type (ADCME019), a point member that is not there (ADCME020), a method that cannot be checked this way (ADCME021).
    /// A check with an error is left out; the method's derivatives are still generated.</summary>
    internal static class GradientCheckParser
    {
        public const string GradientCheckAttribute = "Adcme.GradientCheckAttribute";

        /// <summary>The descriptor of <paramref name="method"/>, or null (with an error for each check) when it cannot be
        /// described. <paramref name="problem"/> says why the method's checks cannot run (null when they can).</summary>
        public static DescriptorModel? Parse(IMethodSymbol method, string? problem, Compilation compilation, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken,
            bool pointFromOutside = false)
        {
            var attributes = method.GetAttributes().Where(a => a.AttributeClass?.ToDisplayString() == GradientCheckAttribute).ToList();
            var parameters = new List<DescribedParameterModel>();
            foreach (var parameter in method.Parameters)
            {
                if (parameter.Type.IsRefLikeType || parameter.Type.TypeKind == TypeKind.Pointer || parameter.Type.TypeKind == TypeKind.FunctionPointer
                    || parameter.RefKind != RefKind.None)
                {
                    problem ??= "parameter '" + parameter.Name + "' of type '" + parameter.Type.ToDisplayString() + "' cannot be passed as an object";
                    parameters = null;
                    break;
                }
                parameters.Add(new DescribedParameterModel(parameter.Name, Kinds.FullyQualified(parameter.Type), Kinds.Declared(parameter.Type),
                    Kinds.OfParameter(parameter).Differentiable));
            }
            if (problem is null && method.Parameters.Any(p => Kinds.IsCommunicator(p.Type)))
            {
                problem = "it takes a Communicator: check it on every rank from a test (GradientChecker.Check inside LocalCommunicator.Run)";
            }
            var checks = new List<GradientCheckModel>();
            foreach (var attribute in attributes)
            {
                if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax || attribute.AttributeConstructor is null) continue;
                if (problem is not null)
                {
                    diagnostics.Add(DiagnosticDescriptors.Info(DiagnosticDescriptors.GradientCheckNotSupported, LocationInfo.From(syntax),
                        method.Name, problem));
                    continue;
                }
                var check = ParseOne(method, attribute, syntax, compilation, diagnostics, pointFromOutside);
                if (check is not null) checks.Add(check);
            }
            return parameters is null ? null : new DescriptorModel(parameters.ToEquatableArray(), checks.ToEquatableArray());
        }

        private static GradientCheckModel? ParseOne(IMethodSymbol method, AttributeData attribute, AttributeSyntax syntax, Compilation compilation, List<DiagnosticInfo> diagnostics,
            bool pointFromOutside)
        {
            var where = LocationInfo.From(syntax);
            var inline = attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Kind == TypedConstantKind.Array
                ? attribute.ConstructorArguments[0].Values : System.Collections.Immutable.ImmutableArray<TypedConstant>.Empty;
            var named = attribute.NamedArguments.ToDictionary(n => n.Key, n => n.Value);
            var member = named.TryGetValue("Point", out var point) ? point.Value as string : null;
            var positional = syntax.ArgumentList?.Arguments.Where(a => a.NameEquals is null && a.NameColon is null).ToList() ?? new List<AttributeArgumentSyntax>();
            var parameters = method.Parameters;
            var values = new List<string>();
            string pointText;
            string? memberAccess = null;
            if (member is not null)
            {
                var memberArgument = syntax.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "Point");
                var memberWhere = LocationInfo.From(memberArgument) ?? where;
                if (inline.Length > 0)
                {
                    diagnostics.Add(DiagnosticDescriptors.Info(DiagnosticDescriptors.GradientCheckPointMember, memberWhere, member, method.Name,
                        "give the point either inline or by Point, not both"));
                    return null;
                }
                var (access, type, symbol) = FindMember(method.ContainingType, member);
                if (pointFromOutside && symbol is not null && !compilation.IsSymbolAccessibleWithin(symbol, compilation.Assembly))
                {
                    // A primitive's checks live in a generated class of their own, outside the primitive's type.
                    diagnostics.Add(DiagnosticDescriptors.Info(DiagnosticDescriptors.GradientCheckPointMember, memberWhere, member, method.Name,
                        "a [Primitive]'s point member must be internal or public, so that the generated check can read it"));
                    return null;
                }
                if (access is null || type is null)
                {
                    diagnostics.Add(DiagnosticDescriptors.Info(DiagnosticDescriptors.GradientCheckPointMember, memberWhere, member, method.Name,
                        "'" + method.ContainingType.Name + "' has no static field, property or parameterless method of that name that returns a value"));
                    return null;
                }
                memberAccess = access;
                pointText = member;
                if (parameters.Length == 1 && !(type is INamedTypeSymbol { IsTupleType: true } single && single.TupleElements.Length > 1))
                {
                    if (!compilation.ClassifyConversion(type, parameters[0].Type).IsImplicit)
                    {
                        diagnostics.Add(DiagnosticDescriptors.Info(DiagnosticDescriptors.GradientCheckValueType, memberWhere,
                            "'" + member + "'", type.ToDisplayString(), parameters[0].Name, method.Name, parameters[0].Type.ToDisplayString()));
                        return null;
                    }
                    values.Add("(" + Kinds.Declared(parameters[0].Type) + ")__point");
                }
                else if (type is INamedTypeSymbol { IsTupleType: true } tuple)
                {
                    if (tuple.TupleElements.Length != parameters.Length)
                    {
                        diagnostics.Add(DiagnosticDescriptors.Info(DiagnosticDescriptors.GradientCheckArity, memberWhere, method.Name,
                            Count(tuple.TupleElements.Length), Count(parameters.Length), "'" + member + "' is a " + type.ToDisplayString()));
                        return null;
                    }
                    for (var i = 0; i < parameters.Length; i++)
                    {
                        var element = tuple.TupleElements[i].Type;
                        if (!compilation.ClassifyConversion(element, parameters[i].Type).IsImplicit)
                        {
                            diagnostics.Add(DiagnosticDescriptors.Info(DiagnosticDescriptors.GradientCheckValueType, memberWhere,
                                "element " + (i + 1).ToString(CultureInfo.InvariantCulture) + " of '" + member + "'", element.ToDisplayString(),
                                parameters[i].Name, method.Name, parameters[i].Type.ToDisplayString()));
                            return null;
                        }
                        values.Add("(" + Kinds.Declared(parameters[i].Type) + ")__point.Item" + (i + 1).ToString(CultureInfo.InvariantCulture));
                    }
                }
                else
                {
                    diagnostics.Add(DiagnosticDescriptors.Info(DiagnosticDescriptors.GradientCheckArity, memberWhere, method.Name,
                        "1 value", Count(parameters.Length), "'" + member + "' is a " + type.ToDisplayString() + "; return a tuple with one element per parameter"));
                    return null;
                }
            }
            else
            {
                pointText = "(" + string.Join(", ", positional.Select(a => a.ToString())) + ")";
                if (inline.Length != parameters.Length)
                {
                    diagnostics.Add(DiagnosticDescriptors.Info(DiagnosticDescriptors.GradientCheckArity, where, method.Name,
                        Count(inline.Length), Count(parameters.Length), "give one value per parameter, in order"
                        + (parameters.Any(p => Kinds.Of(p.Type) == ValueKind.Tensor) ? " (a Tensor through Point = nameof(…))" : "")));
                    return null;
                }
                for (var i = 0; i < parameters.Length; i++)
                {
                    var value = Literal(inline[i], parameters[i].Type);
                    if (value is null)
                    {
                        var argument = positional.Count == inline.Length ? LocationInfo.From(positional[i]) : where;
                        diagnostics.Add(DiagnosticDescriptors.Info(DiagnosticDescriptors.GradientCheckValueType, argument,
                            "value " + (i + 1).ToString(CultureInfo.InvariantCulture) + " (" + (positional.Count == inline.Length ? positional[i].ToString() : "?") + ")",
                            inline[i].IsNull ? "null" : inline[i].Type?.ToDisplayString() ?? "?", parameters[i].Name, method.Name,
                            parameters[i].Type.ToDisplayString() + (Kinds.Of(parameters[i].Type) == ValueKind.Tensor ? " (give a Tensor through Point = nameof(…))" : "")));
                        return null;
                    }
                    values.Add(value);
                }
            }
            var span = syntax.GetLocation().GetLineSpan();
            return new GradientCheckModel(syntax.SyntaxTree.FilePath, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, pointText,
                memberAccess, values.ToEquatableArray(), Setting(named, "Tolerance"), Setting(named, "DotProductTolerance"), Setting(named, "RelativeStep"),
                Setting(named, "TimeLimitSeconds"));
        }

        private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture) + (n == 1 ? " value" : " values");

        private static string Setting(Dictionary<string, TypedConstant> named, string name)
            => named.TryGetValue(name, out var value) && value.Value is double d && d > 0 ? Double(d) : "0";

        /// <summary>How to read the point member from generated code (fully qualified), and its type.</summary>
        private static (string? Access, ITypeSymbol? Type, ISymbol? Symbol) FindMember(INamedTypeSymbol type, string name)
        {
            var qualified = Kinds.FullyQualified(type) + "." + name;
            foreach (var candidate in type.GetMembers(name))
            {
                if (!candidate.IsStatic) continue;
                switch (candidate)
                {
                    case IFieldSymbol field: return (qualified, field.Type, field);
                    case IPropertySymbol property when !property.IsIndexer && property.GetMethod is not null: return (qualified, property.Type, property);
                    case IMethodSymbol m when m.Parameters.Length == 0 && !m.IsGenericMethod && !m.ReturnsVoid && m.MethodKind == MethodKind.Ordinary:
                        return (qualified + "()", m.ReturnType, m);
                }
            }
            return (null, null, null);
        }

        /// <summary>An inline constant as a C# expression of the parameter's type, or null when it does not convert.</summary>
        private static string? Literal(TypedConstant value, ITypeSymbol parameter)
        {
            if (value.IsNull) return parameter.IsReferenceType || parameter.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T ? "null" : null;
            if (value.Kind == TypedConstantKind.Array)
            {
                if (Kinds.Of(parameter) != ValueKind.DoubleArray) return null;
                var elements = value.Values.Select(v => Number(v)).ToList();
                if (elements.Any(e => e is null)) return null;
                return "new double[] { " + string.Join(", ", elements.Select(e => Double(e!.Value))) + " }";
            }
            switch (parameter.SpecialType)
            {
                case SpecialType.System_Double:
                    return Number(value) is { } d ? Double(d) : null;
                case SpecialType.System_Single:
                    // A double written for a float parameter ([GradientCheck(0.5)]) is rounded to float, as (float)0.5 would be.
                    return Number(value) is { } f ? "(float)" + Double(f) : null;
                case SpecialType.System_Int32:
                    return value.Value is int or short or byte or sbyte or ushort ? System.Convert.ToInt32(value.Value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) : null;
                case SpecialType.System_Boolean:
                    return value.Value is bool b ? (b ? "true" : "false") : null;
                case SpecialType.System_String:
                    return value.Value is string s ? SymbolDisplay.FormatLiteral(s, quote: true) : null;
            }
            if (parameter.TypeKind == TypeKind.Enum && value.Kind == TypedConstantKind.Enum && SymbolEqualityComparer.Default.Equals(value.Type, parameter))
            {
                return "(" + Kinds.FullyQualified(parameter) + ")(" + System.Convert.ToString(value.Value, CultureInfo.InvariantCulture) + ")";
            }
            return null;
        }

        private static double? Number(TypedConstant value) => value.Kind == TypedConstantKind.Primitive && value.Value is double or float or int or long or short or byte or sbyte or uint or ushort or ulong
            ? System.Convert.ToDouble(value.Value, CultureInfo.InvariantCulture) : (double?)null;

        /// <summary>A double literal that round-trips.</summary>
        internal static string Double(double value)
        {
            if (double.IsNaN(value)) return "double.NaN";
            if (double.IsPositiveInfinity(value)) return "double.PositiveInfinity";
            if (double.IsNegativeInfinity(value)) return "double.NegativeInfinity";
            return value.ToString("R", CultureInfo.InvariantCulture) + "D";
        }
    }
}
