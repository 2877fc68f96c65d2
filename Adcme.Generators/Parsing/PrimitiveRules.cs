using System.Collections.Generic;
using System.Linq;
using Adcme.Generators.Diagnostics;
using Adcme.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Adcme.Generators.Parsing
{
    /// <summary>Finds and checks the hand-written rules of a [Primitive]. For <c>R F(A a, B b)</c>:
    /// <c>void Pullback(A a, B b, R result, R seed, ref A dA, ref B dB)</c> and
    /// <c>R Tangent(A a, A dA, B b, B dB, R result)</c>, with an adjoint and a tangent only for the
    /// differentiable parameters. Shared by the call sites and by the check of primitives in source.
    /// An instance primitive (a stateful object's operation, such as a communicator's) has static rules that take
    /// the receiver first: <c>void Pullback(C self, A a, …)</c>. A primitive that returns nothing must be ordered (its
    /// effect is all it does); its rules are <c>void Pullback(args…, ref dA…)</c> and <c>void Tangent(args and
    /// tangents…)</c>, with no result and no seed.</summary>
    internal static class PrimitiveRules
    {
        public static AttributeData? Attribute(IMethodSymbol method)
            => method.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == Kinds.PrimitiveAttribute);

        /// <summary>The rules' names, or null with a description of what is wrong.</summary>
        public static (string? Pullback, string? Tangent, string? Problem) Find(IMethodSymbol primitive)
        {
            var attribute = Attribute(primitive);
            if (attribute is null || attribute.ConstructorArguments.Length != 2
                || attribute.ConstructorArguments[0].Value is not string pullback || attribute.ConstructorArguments[1].Value is not string tangent)
            {
                return (null, null, "[Primitive] needs the names of its pullback and tangent");
            }
            if (primitive.ReturnsVoid && !IsOrdered(primitive))
            {
                return (null, null, "a primitive that returns nothing must be ordered ([Primitive(…, Ordered = true)]): its effect is all it does");
            }
            var parameters = primitive.Parameters;
            var differentiable = parameters.Where(p => Kinds.OfParameter(p).Differentiable).ToList();
            var result = primitive.ReturnType;

            var pullbackTypes = new List<(ITypeSymbol Type, RefKind Ref)>();
            var tangentTypes = new List<(ITypeSymbol, RefKind)>();
            if (!primitive.IsStatic)
            {
                pullbackTypes.Add((primitive.ContainingType, RefKind.None));
                tangentTypes.Add((primitive.ContainingType, RefKind.None));
            }
            pullbackTypes.AddRange(parameters.Select(p => (p.Type, RefKind.None)));
            if (!primitive.ReturnsVoid)
            {
                pullbackTypes.Add((result, RefKind.None));
                pullbackTypes.Add((result, RefKind.None));
            }
            pullbackTypes.AddRange(differentiable.Select(p => (p.Type, RefKind.Ref)));
            foreach (var parameter in parameters)
            {
                tangentTypes.Add((parameter.Type, RefKind.None));
                if (Kinds.OfParameter(parameter).Differentiable) tangentTypes.Add((parameter.Type, RefKind.None));
            }
            if (!primitive.ReturnsVoid) tangentTypes.Add((result, RefKind.None));

            var type = primitive.ContainingType;
            if (!Has(type, pullback, pullbackTypes, null))
            {
                return (null, null, "its pullback must be 'static void " + pullback + "(" + Describe(pullbackTypes) + ")'");
            }
            if (!Has(type, tangent, tangentTypes, primitive.ReturnsVoid ? null : result))
            {
                return (null, null, "its tangent must be 'static " + (primitive.ReturnsVoid ? "void" : result.ToDisplayString()) + " " + tangent + "(" + Describe(tangentTypes) + ")'");
            }
            return (pullback, tangent, null);
        }

        /// <summary>The diagnostics of a [Primitive] declared in source: none when its rules are right; else, for a rule
        /// of that name with another signature, one located error per mismatch (parameter count ADCME022, a missing or
        /// extra <c>ref</c> ADCME023, a type ADCME024), and ADCME014 when a rule is missing or the attribute is wrong.</summary>
        public static List<DiagnosticInfo> Check(IMethodSymbol primitive, LocationInfo? at)
        {
            var result = new List<DiagnosticInfo>();
            var (pullback, tangent, problem) = Find(primitive);
            if (problem is null) return result;
            var display = primitive.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);
            var attribute = Attribute(primitive);
            if (pullback is null && attribute is not null && attribute.ConstructorArguments.Length == 2
                && attribute.ConstructorArguments[0].Value is string pullbackName && attribute.ConstructorArguments[1].Value is string tangentName
                && !(primitive.ReturnsVoid && !IsOrdered(primitive)))
            {
                var (pullbackTypes, tangentTypes) = Expected(primitive);
                var tangentResult = primitive.ReturnsVoid ? null : primitive.ReturnType;
                var tangentReturn = primitive.ReturnsVoid ? "void" : primitive.ReturnType.ToDisplayString();
                var pullbackMismatches = Mismatches(primitive, display, pullbackName, pullbackTypes, null, "void");
                var tangentMismatches = Mismatches(primitive, display, tangentName, tangentTypes, tangentResult, tangentReturn);
                var missing = (pullbackMismatches is null && !Has(primitive.ContainingType, pullbackName, pullbackTypes, null))
                    || (tangentMismatches is null && !Has(primitive.ContainingType, tangentName, tangentTypes, tangentResult));
                var detailed = new List<DiagnosticInfo>();
                if (!missing)
                {
                    detailed.AddRange(pullbackMismatches ?? new List<DiagnosticInfo>());
                    detailed.AddRange(tangentMismatches ?? new List<DiagnosticInfo>());
                }
                if (detailed is { Count: > 0 }) return detailed;
            }
            result.Add(DiagnosticDescriptors.Info(DiagnosticDescriptors.PrimitiveRuleSignature, at, display, problem));
            return result;
        }

        /// <summary>The pullback's and the tangent's expected parameters.</summary>
        private static (List<(ITypeSymbol Type, RefKind Ref)> Pullback, List<(ITypeSymbol Type, RefKind Ref)> Tangent) Expected(IMethodSymbol primitive)
        {
            var parameters = primitive.Parameters;
            var pullbackTypes = new List<(ITypeSymbol Type, RefKind Ref)>();
            var tangentTypes = new List<(ITypeSymbol, RefKind)>();
            if (!primitive.IsStatic)
            {
                pullbackTypes.Add((primitive.ContainingType, RefKind.None));
                tangentTypes.Add((primitive.ContainingType, RefKind.None));
            }
            pullbackTypes.AddRange(parameters.Select(p => (p.Type, RefKind.None)));
            if (!primitive.ReturnsVoid)
            {
                pullbackTypes.Add((primitive.ReturnType, RefKind.None));
                pullbackTypes.Add((primitive.ReturnType, RefKind.None));
            }
            pullbackTypes.AddRange(parameters.Where(p => Kinds.OfParameter(p).Differentiable).Select(p => (p.Type, RefKind.Ref)));
            foreach (var parameter in parameters)
            {
                tangentTypes.Add((parameter.Type, RefKind.None));
                if (Kinds.OfParameter(parameter).Differentiable) tangentTypes.Add((parameter.Type, RefKind.None));
            }
            if (!primitive.ReturnsVoid) tangentTypes.Add((primitive.ReturnType, RefKind.None));
            return (pullbackTypes, tangentTypes);
        }

        /// <summary>The located mismatches of the one static method named <paramref name="name"/> (empty when it matches);
        /// null when there is none, or several (overloads), so that ADCME014 says what is expected.</summary>
        private static List<DiagnosticInfo>? Mismatches(IMethodSymbol primitive, string display, string name, List<(ITypeSymbol Type, RefKind Ref)> expected,
            ITypeSymbol? returns, string returnText)
        {
            var candidates = primitive.ContainingType.GetMembers(name).OfType<IMethodSymbol>().Where(m => m.IsStatic && m.MethodKind == MethodKind.Ordinary).ToList();
            if (candidates.Count != 1) return null;
            var rule = candidates[0];
            var signature = "static " + returnText + " " + name + "(" + Describe(expected) + ")";
            var list = new List<DiagnosticInfo>();
            var ruleSyntax = rule.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() as Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax;
            if (ruleSyntax is null) return null;
            if (rule.Parameters.Length != expected.Count)
            {
                list.Add(DiagnosticDescriptors.Info(DiagnosticDescriptors.RuleParameterCount, LocationInfo.From(ruleSyntax.ParameterList), name, display,
                    rule.Parameters.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    expected.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), signature));
            }
            else
            {
                for (var i = 0; i < expected.Count; i++)
                {
                    var parameter = rule.Parameters[i];
                    var parameterSyntax = i < ruleSyntax.ParameterList.Parameters.Count ? ruleSyntax.ParameterList.Parameters[i] : null;
                    if (parameter.RefKind != expected[i].Ref)
                    {
                        var what = expected[i].Ref == RefKind.Ref ? "must be 'ref' (the pullback adds into the adjoint)" : "must not be 'ref', 'out' or 'in'";
                        list.Add(DiagnosticDescriptors.Info(DiagnosticDescriptors.RuleParameterRef, LocationInfo.From(parameterSyntax), parameter.Name, name, display, what, signature));
                    }
                    if (!SymbolEqualityComparer.Default.Equals(parameter.Type, expected[i].Type))
                    {
                        list.Add(DiagnosticDescriptors.Info(DiagnosticDescriptors.RuleParameterType, LocationInfo.From(parameterSyntax?.Type),
                            "Parameter '" + parameter.Name + "'", name, display, parameter.Type.ToDisplayString(), expected[i].Type.ToDisplayString(), signature));
                    }
                }
            }
            var returnMatches = returns is null ? rule.ReturnsVoid : SymbolEqualityComparer.Default.Equals(rule.ReturnType, returns);
            if (!returnMatches)
            {
                list.Add(DiagnosticDescriptors.Info(DiagnosticDescriptors.RuleParameterType, LocationInfo.From(ruleSyntax.ReturnType),
                    "The result", name, display, rule.ReturnType.ToDisplayString(), returnText, signature));
            }
            return list;
        }

        private static bool Has(INamedTypeSymbol type, string name, List<(ITypeSymbol Type, RefKind Ref)> expected, ITypeSymbol? returns)
        {
            foreach (var member in type.GetMembers(name).OfType<IMethodSymbol>())
            {
                if (!member.IsStatic || member.Parameters.Length != expected.Count) continue;
                if (returns is null ? !member.ReturnsVoid : !SymbolEqualityComparer.Default.Equals(member.ReturnType, returns)) continue;
                var matches = true;
                for (var i = 0; i < expected.Count && matches; i++)
                {
                    matches = member.Parameters[i].RefKind == expected[i].Ref
                        && SymbolEqualityComparer.Default.Equals(member.Parameters[i].Type, expected[i].Type);
                }
                if (matches) return true;
            }
            return false;
        }

        private static string Describe(List<(ITypeSymbol Type, RefKind Ref)> types)
            => string.Join(", ", types.Select(t => (t.Ref == RefKind.Ref ? "ref " : "") + t.Type.ToDisplayString()));

        /// <summary>Whether the primitive declares effects or hidden state (<c>Ordered = true</c>).</summary>
        private static bool IsOrdered(IMethodSymbol primitive)
        {
            var attribute = Attribute(primitive);
            if (attribute is null) return false;
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == "Ordered" && named.Value.Value is bool ordered) return ordered;
            }
            return false;
        }

        /// <summary>The IR description of a primitive call, or null when its rules are wrong (problem set).</summary>
        public static CallModel? Model(IMethodSymbol primitive, string? operatorToken, out string? problem)
        {
            var (pullback, tangent, found) = Find(primitive);
            problem = found;
            if (found is not null) return null;
            // A primitive that returns nothing gets an int target that nothing reads (the IR's instructions have one).
            var resultKind = primitive.ReturnsVoid ? ValueKind.Int : Kinds.Of(primitive.ReturnType);
            if (resultKind == ValueKind.DoubleArray)
            {
                // Its adjoint would be an array seed that generated code has no rule to create or clear.
                problem = "its result type 'double[]' cannot be differentiated: return a Tensor (Tensor.FromArray) or a scalar";
                return null;
            }
            if (resultKind is null)
            {
                problem = "its result type '" + primitive.ReturnType.ToDisplayString() + "' is not differentiable";
                return null;
            }
            var parameters = new List<CallParameter>();
            if (!primitive.IsStatic)
            {
                // The receiver: the first argument, passed along like an opaque [NoDerivative] parameter.
                parameters.Add(new CallParameter("this", ValueKind.Opaque, false, Kinds.FullyQualified(primitive.ContainingType)));
            }
            foreach (var parameter in primitive.Parameters)
            {
                var (kind, differentiable) = Kinds.OfParameter(parameter);
                if (kind is null || parameter.RefKind != RefKind.None)
                {
                    problem = "parameter '" + parameter.Name + "' of type '" + parameter.Type.ToDisplayString() + "' needs [NoDerivative]";
                    return null;
                }
                parameters.Add(new CallParameter(parameter.Name, kind.Value, differentiable, Kinds.FullyQualified(parameter.Type)));
            }
            return new CallModel(Kinds.FullyQualified(primitive.ContainingType), primitive.Name, resultKind.Value,
                parameters.ToEquatableArray(), pullback, tangent, operatorToken, IsOrdered(primitive),
                Instance: !primitive.IsStatic, Void: primitive.ReturnsVoid);
        }
    }
}
