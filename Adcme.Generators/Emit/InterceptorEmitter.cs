using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Adcme.Generators.Model;
using Adcme.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Adcme.Generators.Emit
{
    /// <summary>One call of a [Differentiable] method in the user's code that may run <c>M_Value</c> instead (issue 14's
    /// opt-in interceptors): the method's key (matched against the methods the generator writes), what an interceptor's
    /// signature needs, and the call's interceptable location.</summary>
    internal sealed record InterceptedCall(
        string Key,
        string TypeName,
        string MethodName,
        string ReturnType,
        EquatableArray<string> ParameterTypes,
        EquatableArray<string> ParameterNames,
        int Version,
        string Data,
        string Display,
        string File,
        int Position)
    {
        private static readonly SymbolDisplayFormat Qualified = SymbolDisplayFormat.FullyQualifiedFormat
            .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        /// <summary>The key of a generated method: its type, name and declared parameter types, as the parser writes them.</summary>
        public static string KeyOf(MethodModel model)
            => model.FullTypeName + "." + model.Name + "(" + string.Join(", ", model.Parameters.Select(p => p.TypeName)) + ")";

        /// <summary>Every call of a [Differentiable] method that an interceptor can take (<see cref="Of"/>) in the
        /// compilation's syntax trees, in tree and position order. A call that cannot be looked at is simply not
        /// intercepted (the generator never throws).</summary>
        public static EquatableArray<InterceptedCall> All(Compilation compilation, CancellationToken cancellationToken)
        {
            var calls = new List<InterceptedCall>();
            foreach (var tree in compilation.SyntaxTrees)
            {
                SemanticModel? model = null;
                foreach (var invocation in tree.GetRoot(cancellationToken).DescendantNodes().OfType<InvocationExpressionSyntax>())
                {
                    try
                    {
                        model ??= compilation.GetSemanticModel(tree);
                        if (Of(model, invocation, cancellationToken) is { } call) calls.Add(call);
                    }
                    catch (Exception exception) when (exception is not OperationCanceledException)
                    {
                    }
                }
            }
            return calls.ToEquatableArray();
        }

        /// <summary>The call when it calls a [Differentiable] method declared in this
        /// compilation that an interceptor can reach (the method and its containing types public or internal), from
        /// ordinary code (not an expression tree, not a <c>nameof</c>); null otherwise.</summary>
        private static InterceptedCall? Of(SemanticModel semanticModel, InvocationExpressionSyntax invocation, CancellationToken cancellationToken)
        {
            if (semanticModel.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol method) return null;
            if (method.MethodKind != MethodKind.Ordinary || !method.IsStatic || method.IsGenericMethod || method.IsExtensionMethod) return null;
            if (!Kinds.HasAttribute(method, Kinds.DifferentiableAttribute)) return null;
            if (!method.Locations.Any(l => l.IsInSource) || !Reachable(method)) return null;
            if (method.Parameters.Any(p => p.RefKind != RefKind.None || p.IsParams)) return null;
            if (InExpressionTree(semanticModel, invocation, cancellationToken)) return null;
            var location = semanticModel.GetInterceptableLocation(invocation, cancellationToken);
            if (location is null) return null;

            var containing = new List<string>();
            for (var type = method.ContainingType; type is not null; type = type.ContainingType) containing.Insert(0, type.Name);
            var ns = method.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() : null;
            var typeName = (ns is null ? "global::" : "global::" + ns + ".") + string.Join(".", containing);
            var key = typeName + "." + method.Name + "(" + string.Join(", ", method.Parameters.Select(p => Kinds.Declared(p.Type))) + ")";
            var span = invocation.GetLocation().GetLineSpan();
            return new InterceptedCall(key, typeName, method.Name, method.ReturnType.ToDisplayString(Qualified),
                method.Parameters.Select(p => p.Type.ToDisplayString(Qualified)).ToEquatableArray(),
                method.Parameters.Select(p => SyntaxFacts.GetKeywordKind(p.Name) != SyntaxKind.None ? "@" + p.Name : p.Name).ToEquatableArray(),
                location.Version, location.Data, location.GetDisplayLocation(),
                span.Path ?? "", invocation.SpanStart);
        }

        /// <summary>Whether code outside the method's type can call it (and so its <c>M_Value</c>, which has its
        /// accessibility): public or internal, in types that are.</summary>
        private static bool Reachable(IMethodSymbol method)
        {
            static bool Open(Accessibility a) => a == Accessibility.Public || a == Accessibility.Internal || a == Accessibility.ProtectedOrInternal;
            if (!Open(method.DeclaredAccessibility)) return false;
            for (var type = method.ContainingType; type is not null; type = type.ContainingType)
            {
                if (!Open(type.DeclaredAccessibility) || type.IsFileLocal) return false;
            }
            return true;
        }

        /// <summary>Whether the call is inside a lambda converted to an expression tree (where it is data, not a call).</summary>
        private static bool InExpressionTree(SemanticModel model, SyntaxNode node, CancellationToken cancellationToken)
        {
            for (var parent = node.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is LambdaExpressionSyntax lambda)
                {
                    var converted = model.GetTypeInfo(lambda, cancellationToken).ConvertedType;
                    if (converted is INamedTypeSymbol { Name: "Expression", ContainingNamespace: { } ns } && ns.ToDisplayString() == "System.Linq.Expressions") return true;
                }
                if (parent is MemberDeclarationSyntax) break;
            }
            return false;
        }
    }

    /// <summary>Writes the interceptors: for each [Differentiable] method the user's code calls, one method that takes
    /// its parameters and returns its <c>M_Value</c>, with an <c>[InterceptsLocation]</c> per call site; and the
    /// attribute itself, file-local. Only calls of methods whose code the generator writes (no errors) are taken.</summary>
    internal static class InterceptorEmitter
    {
        public const string Namespace = "Adcme.Interceptors";

        public static string? Emit(EquatableArray<InterceptedCall> calls, ImmutableArray<string> generated)
        {
            var keys = new HashSet<string>(generated, StringComparer.Ordinal);
            var groups = calls.Where(c => keys.Contains(c.Key))
                .OrderBy(c => c.File, StringComparer.Ordinal).ThenBy(c => c.Position)
                .GroupBy(c => c.Key, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToList();
            if (groups.Count == 0) return null;

            var writer = new SourceWriter();
            writer.Line("// The user's calls of [Differentiable] methods, routed through M_Value (AdcmeInterceptCalls=true). Written by Adcme.Generators. Do not edit.");
            writer.Line("#nullable enable");
            writer.Line("#pragma warning disable");
            writer.Line();
            writer.Open("namespace " + Namespace);
            writer.Line(GeneratedCode.Attribute);
            writer.Open("file static class DifferentiableCalls");
            var index = 0;
            foreach (var group in groups)
            {
                var call = group.First();
                if (index > 0) writer.Line();
                writer.Line("/// <summary>" + Escape(call.TypeName.Substring("global::".Length) + "." + call.MethodName) + ", run as its fast forward (the same value, bit for bit).</summary>");
                foreach (var site in group)
                {
                    writer.Line("// " + Escape(site.Display));
                    writer.Line("[global::System.Runtime.CompilerServices.InterceptsLocation(" + site.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)
                        + ", \"" + site.Data + "\")]");
                }
                var parameters = call.ParameterTypes.Select((t, k) => t + " " + call.ParameterNames[k]);
                writer.Line("public static " + call.ReturnType + " " + call.MethodName + "_" + index.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + "(" + string.Join(", ", parameters) + ")");
                writer.Line("    => " + call.TypeName + "." + call.MethodName + "_Value(" + string.Join(", ", call.ParameterNames) + ");");
                index++;
            }
            writer.Close();
            writer.Close();
            writer.Line();
            writer.Open("namespace System.Runtime.CompilerServices");
            writer.Line("[global::System.AttributeUsage(global::System.AttributeTargets.Method, AllowMultiple = true)]");
            writer.Open("file sealed class InterceptsLocationAttribute : global::System.Attribute");
            writer.Line("public InterceptsLocationAttribute(int version, string data) { }");
            writer.Close();
            writer.Close();
            return writer.ToString();
        }

        private static string Escape(string text) => text.Replace("\r", " ").Replace("\n", " ");
    }
}
