using System;
using System.Linq;
using Adcme.Generators.Diagnostics;
using Adcme.Generators.Emit;
using Adcme.Generators.Model;
using Adcme.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Adcme.Generators
{
    /// <summary>Finds [Differentiable] methods and writes their tangent and adjoint code.
    /// Pipeline: attribute → <see cref="MethodParser"/> (semantic model → equatable IR) → emitters.</summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class DifferentiableGenerator : IIncrementalGenerator
    {
        /// <summary>Tracking names, asserted by the incremental-caching tests.</summary>
        public static class TrackingNames
        {
            public const string Methods = nameof(Methods);
            public const string Models = nameof(Models);
            public const string Primitives = nameof(Primitives);
            public const string ElementRules = nameof(ElementRules);
        }

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var models = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    Kinds.DifferentiableAttribute,
                    predicate: static (node, _) => node is MethodDeclarationSyntax,
                    transform: static (ctx, ct) => MethodParser.Parse(ctx, ct))
                .WithTrackingName(TrackingNames.Methods)
                .Where(static model => model is not null)
                .Select(static (model, _) => model!)
                .WithTrackingName(TrackingNames.Models);

            context.RegisterSourceOutput(models, static (spc, model) => Generate(spc, model));

            // The parser's diagnostics (errors and warnings) and the [Primitive] rule checks are reported by
            // DifferentiableAnalyzer, not here: none needs generated code, and an analyzer's diagnostics are the ones an
            // IDE offers code fixes for, matches against #pragma warning disable, and updates as the user types. The
            // generator reports only its own failures (ADCME013 from an emitter), and generates nothing for a method
            // with errors.

            // Adcme.Runtime's [ElementRules] class: the unfused tensor functions and their rules, from the rule table.
            var elementRules = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    Kinds.ElementRulesAttribute,
                    predicate: static (node, _) => node is ClassDeclarationSyntax,
                    transform: static (ctx, _) => (Namespace: ctx.TargetSymbol.ContainingNamespace.IsGlobalNamespace ? "" : ctx.TargetSymbol.ContainingNamespace.ToDisplayString(),
                        Name: ctx.TargetSymbol.Name))
                .WithTrackingName(TrackingNames.ElementRules);
            context.RegisterSourceOutput(elementRules, static (spc, type) => GenerateElementRules(spc, type.Namespace, type.Name));
        }

        /// <summary>ADCME014 at a [Primitive] declared in source whose rules are missing or have the wrong signature, or
        /// ADCME013 should the check fail; null when the rules are right. Reported by <see cref="DifferentiableAnalyzer"/>.</summary>
        internal static DiagnosticInfo? CheckPrimitive(ISymbol symbol, SyntaxNode node)
        {
            try
            {
                if (symbol is not IMethodSymbol method) return null;
                var (_, _, problem) = PrimitiveRules.Find(method);
                if (problem is null) return null;
                var location = node switch
                {
                    MethodDeclarationSyntax m => m.Identifier.GetLocation(),
                    OperatorDeclarationSyntax o => o.OperatorToken.GetLocation(),
                    _ => node.GetLocation(),
                };
                return DiagnosticDescriptors.Info(DiagnosticDescriptors.PrimitiveRuleSignature, LocationInfo.From(location),
                    method.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat), problem);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return DiagnosticDescriptors.Info(DiagnosticDescriptors.InternalError, LocationInfo.From(node.GetLocation()),
                    symbol.Name, exception.GetType().Name + ": " + exception.Message);
            }
        }

        private static void GenerateElementRules(SourceProductionContext context, string ns, string name)
        {
            string source;
            try
            {
                source = ElementRulesEmitter.Emit(ns, name);
            }
            catch (Exception exception)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, Location.None, name,
                    exception.GetType().Name + ": " + exception.Message));
                return;
            }
            context.AddSource((ns.Length > 0 ? ns + "." : "") + name + ".g.cs", source);
        }

        private static void Generate(SourceProductionContext context, MethodModel model)
        {
            // Errors found by the parser are reported by DifferentiableAnalyzer; the method is not generated.
            if (model.Diagnostics.Any(DiagnosticDescriptors.IsError)) return;
            string source;
            try
            {
                source = MethodEmitter.Emit(model);
            }
            catch (Exception exception)
            {
                // The generator must never throw: report, and generate nothing for this method.
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, Location.None, model.Name,
                    exception.GetType().Name + ": " + exception.Message));
                return;
            }
            context.AddSource(model.HintName, source);
        }
    }
}
