using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Adcme.CodeFixes
{
    /// <summary>ADCME014 at a [Primitive] whose named pullback or tangent does not exist: adds the missing rules after the
    /// primitive, with the signatures the generator calls (docs/custom-primitives.md), each throwing
    /// NotImplementedException until it is written. For <c>R F(A a, B b)</c>:
    /// <c>void F_Pullback(A a, B b, R result, R seed, ref A dA, ref B dB)</c> and
    /// <c>R F_Tangent(A a, A dA, B b, B dB, R result)</c>, adjoints and tangents only for differentiable parameters; an
    /// instance primitive's rules take the object first; a void primitive's have no result and no seed. Not offered
    /// where a method of that name exists with another signature: that is the user's code to correct.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PrimitiveStubsCodeFix)), Shared]
    public sealed class PrimitiveStubsCodeFix : CodeFixProvider
    {
        public const string Title = "Add the missing pullback and tangent stubs";

        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.PrimitiveRuleSignature);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null) return;
            var declaration = root.FindNode(context.Span, getInnermostNodeForTie: true).FirstAncestorOrSelf<BaseMethodDeclarationSyntax>();
            // At the declaration only; ADCME014 at a call of the primitive is fixed where the primitive is declared.
            if (declaration is null || !(declaration is MethodDeclarationSyntax || declaration is OperatorDeclarationSyntax)) return;
            if (Stubs(model, declaration, "", "\n", context.CancellationToken) is null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                context.RegisterCodeFix(CodeAction.Create(Title, ct => Apply(context.Document, declaration.Span, ct), nameof(PrimitiveStubsCodeFix)), diagnostic);
            }
        }

        private static async Task<Document> Apply(Document document, TextSpan span, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null) return document;
            var declaration = root.FindNode(span, getInnermostNodeForTie: true).FirstAncestorOrSelf<BaseMethodDeclarationSyntax>();
            if (declaration is null) return document;
            var eol = Layout.EndOfLine(text);
            var stubs = Stubs(model, declaration, Layout.Indentation(declaration), eol, cancellationToken);
            if (stubs is null) return document;
            // After the primitive's line (its trailing trivia ends with the line break).
            var endsWithLineBreak = declaration.GetTrailingTrivia().Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            var at = endsWithLineBreak ? declaration.FullSpan.End : declaration.Span.End;
            return document.WithText(text.WithChanges(new TextChange(new TextSpan(at, 0), endsWithLineBreak ? stubs : eol + stubs.TrimEnd('\r', '\n'))));
        }

        /// <summary>The text of the missing rules (each on a line of its own after an empty line), or null when nothing can
        /// be added: no [Primitive] with two rule names, or both names taken.</summary>
        private static string? Stubs(SemanticModel model, BaseMethodDeclarationSyntax declaration, string indentation, string eol, CancellationToken cancellationToken)
        {
            if (!(model.GetDeclaredSymbol(declaration, cancellationToken) is IMethodSymbol primitive)) return null;
            var attribute = primitive.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == "Adcme.PrimitiveAttribute");
            if (attribute is null || attribute.ConstructorArguments.Length != 2
                || !(attribute.ConstructorArguments[0].Value is string pullback) || !(attribute.ConstructorArguments[1].Value is string tangent)
                || !SyntaxFacts.IsValidIdentifier(pullback) || !SyntaxFacts.IsValidIdentifier(tangent))
            {
                return null;
            }
            var type = primitive.ContainingType;
            var position = declaration.SpanStart;
            var nullable = (model.GetNullableContext(position) & NullableContext.AnnotationsEnabled) != 0;
            string Type(ITypeSymbol t) => t.ToMinimalDisplayString(model, position);
            // Adjoints and tangents of tensors may be null (zero), as the docs write them.
            string Derivative(ITypeSymbol t) => Type(t) + (nullable && t.IsReferenceType && !(t is IArrayTypeSymbol) && !Type(t).EndsWith("?") ? "?" : "");

            var access = string.Join(" ", declaration.Modifiers.Where(m => SyntaxFacts.IsAccessibilityModifier(m.Kind())).Select(m => m.Text));
            var prefix = (access.Length > 0 ? access + " " : "") + "static ";
            var differentiable = primitive.Parameters.Where(p => IsDifferentiable(p)).ToList();
            var result = primitive.ReturnsVoid ? null : primitive.ReturnType;
            var self = primitive.IsStatic ? new List<string>() : new List<string> { Type(type) + " self" };

            var builder = new StringBuilder();
            var exceptionType = model.LookupNamespacesAndTypes(position, name: "NotImplementedException").Any() ? "NotImplementedException" : "System.NotImplementedException";
            if (type.GetMembers(pullback).Length == 0)
            {
                var parameters = new List<string>(self);
                parameters.AddRange(primitive.Parameters.Select(p => Type(p.Type) + " " + p.Name));
                if (result is not null)
                {
                    parameters.Add(Type(result) + " result");
                    parameters.Add(Type(result) + " seed");
                }
                parameters.AddRange(differentiable.Select(p => "ref " + Derivative(p.Type) + " " + DerivativeName(p.Name)));
                Append(builder, indentation, eol, prefix + "void " + pullback + "(" + string.Join(", ", parameters) + ")",
                    exceptionType, "TODO: add seed · ∂" + primitive.Name + "/∂x into each adjoint dX");
            }
            if (type.GetMembers(tangent).Length == 0)
            {
                var parameters = new List<string>(self);
                foreach (var p in primitive.Parameters)
                {
                    parameters.Add(Type(p.Type) + " " + p.Name);
                    if (IsDifferentiable(p)) parameters.Add(Derivative(p.Type) + " " + DerivativeName(p.Name));
                }
                if (result is not null) parameters.Add(Type(result) + " result");
                Append(builder, indentation, eol, prefix + (result is null ? "void" : Derivative(result)) + " " + tangent + "(" + string.Join(", ", parameters) + ")",
                    exceptionType, "TODO: return the sum of ∂" + primitive.Name + "/∂x · dX over the differentiable parameters");
            }
            return builder.Length == 0 ? null : builder.ToString();
        }

        private static void Append(StringBuilder builder, string indentation, string eol, string signature, string exceptionType, string todo)
        {
            builder.Append(eol).Append(indentation).Append(signature).Append(eol)
                .Append(indentation).Append("    => throw new ").Append(exceptionType).Append("(\"").Append(todo).Append("\");").Append(eol);
        }

        /// <summary>The generator's rule (Kinds.OfParameter): double, float, double[] and Tensor are differentiated unless
        /// marked [NoDerivative].</summary>
        private static bool IsDifferentiable(IParameterSymbol parameter)
        {
            if (parameter.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "Adcme.NoDerivativeAttribute")) return false;
            var type = parameter.Type;
            if (type.SpecialType == SpecialType.System_Double || type.SpecialType == SpecialType.System_Single) return true;
            if (type is IArrayTypeSymbol array) return array.Rank == 1 && array.ElementType.SpecialType == SpecialType.System_Double;
            return type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) == "global::Adcme.Tensor";
        }

        /// <summary>d + the parameter's name in PascalCase, as the generator names adjoints.</summary>
        private static string DerivativeName(string name)
        {
            name = name.TrimStart('@');
            return name.Length == 0 ? "d" : "d" + char.ToUpperInvariant(name[0]) + name.Substring(1);
        }
    }
}
