using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Adcme.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Adcme.Generators.Parsing
{
    /// <summary>The model of a [Primitive]'s declared [GradientCheck]s. Its descriptor is printed into a generated class
    /// of its own, which calls the primitive and its rules from outside their type: they must be reachable from the
    /// assembly (internal or public), and the primitive a static method (not an operator or an instance operation).</summary>
    internal static class PrimitiveChecks
    {
        public static PrimitiveCheckModel? Model(IMethodSymbol primitive, Compilation compilation, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            var (pullback, tangent, _) = PrimitiveRules.Find(primitive);
            string? problem = null;
            if (primitive.MethodKind != MethodKind.Ordinary || !primitive.IsStatic) problem = "only a static [Primitive] method can be checked by attribute; check an operator or an instance primitive with GradientChecker.CheckPrimitive";
            else if (primitive.ReturnsVoid) problem = "it returns nothing: check it with GradientChecker.CheckPrimitive in a test";
            else if (primitive.ContainingType.TypeParameters.Length > 0 || primitive.IsGenericMethod) problem = "it is generic";
            else if (!Reachable(primitive, compilation) || !Reachable(primitive.ContainingType.GetMembers(pullback!).FirstOrDefault(), compilation)
                || !Reachable(primitive.ContainingType.GetMembers(tangent!).FirstOrDefault(), compilation))
            {
                problem = "the primitive and its rules must be internal or public, so that the generated check can call them";
            }
            var descriptor = GradientCheckParser.Parse(primitive, problem, compilation, diagnostics, cancellationToken, pointFromOutside: true);
            if (descriptor is null || problem is not null) return null;
            var ns = primitive.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() : null;
            var path = new List<string>();
            for (var type = primitive.ContainingType; type is not null; type = type.ContainingType) path.Insert(0, type.Name);
            var overloads = primitive.ContainingType.GetMembers(primitive.Name).OfType<IMethodSymbol>().ToList();
            var overload = overloads.Count > 1
                ? "_" + (overloads.FindIndex(m => SymbolEqualityComparer.Default.Equals(m, primitive)) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
            var stem = string.Join("_", path) + "_" + primitive.Name + overload;
            return new PrimitiveCheckModel(
                (ns is null ? "" : ns + ".") + string.Join(".", path) + "." + primitive.Name + overload + ".GradientChecks.g.cs",
                ns,
                "__" + stem + "_GradientChecks",
                Kinds.FullyQualified(primitive.ContainingType),
                primitive.Name,
                Kinds.FullyQualified(primitive.ReturnType),
                pullback!,
                tangent!,
                descriptor);
        }

        private static bool Reachable(ISymbol? symbol, Compilation compilation)
            => symbol is not null && compilation.IsSymbolAccessibleWithin(symbol, compilation.Assembly);
    }
}
