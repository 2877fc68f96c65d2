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

            // Warnings go out through a pipeline of their own, at locations in the compilation's own syntax trees:
            // only those are matched against #pragma warning disable (a location rebuilt from a path is not). The
            // generated code above does not wait for the compilation.
            var warnings = models
                .Select(static (model, _) => model.Diagnostics.Where(d => !DiagnosticDescriptors.IsError(d)).ToEquatableArray())
                .Where(static list => list.Count > 0)
                .Combine(context.CompilationProvider);
            context.RegisterSourceOutput(warnings, static (spc, pair) =>
            {
                foreach (var warning in pair.Left) spc.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(warning, pair.Right));
            });

            // [Primitive] declarations in source: their rules' signatures are checked where they are declared.
            var primitiveProblems = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    Kinds.PrimitiveAttribute,
                    predicate: static (node, _) => node is MethodDeclarationSyntax || node is OperatorDeclarationSyntax,
                    transform: static (ctx, _) => CheckPrimitive(ctx))
                .Where(static problem => problem is not null)
                .WithTrackingName(TrackingNames.Primitives);
            context.RegisterSourceOutput(primitiveProblems, static (spc, problem) => spc.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(problem!)));

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

        private static DiagnosticInfo? CheckPrimitive(GeneratorAttributeSyntaxContext context)
        {
            try
            {
                if (context.TargetSymbol is not IMethodSymbol method) return null;
                var (_, _, problem) = PrimitiveRules.Find(method);
                if (problem is null) return null;
                var location = context.TargetNode switch
                {
                    MethodDeclarationSyntax m => m.Identifier.GetLocation(),
                    OperatorDeclarationSyntax o => o.OperatorToken.GetLocation(),
                    _ => context.TargetNode.GetLocation(),
                };
                return DiagnosticDescriptors.Info(DiagnosticDescriptors.PrimitiveRuleSignature, LocationInfo.From(location),
                    method.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat), problem);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return DiagnosticDescriptors.Info(DiagnosticDescriptors.InternalError, LocationInfo.From(context.TargetNode.GetLocation()),
                    context.TargetSymbol.Name, exception.GetType().Name + ": " + exception.Message);
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
            var errors = model.Diagnostics.Where(DiagnosticDescriptors.IsError).ToList();
            foreach (var diagnostic in errors) context.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(diagnostic));
            if (errors.Count > 0) return;
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
