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
            // Those with [GradientCheck]s also get a descriptor and their checks, in a generated class of their own.
            var primitiveProblems = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    Kinds.PrimitiveAttribute,
                    predicate: static (node, _) => node is MethodDeclarationSyntax || node is OperatorDeclarationSyntax,
                    transform: static (ctx, ct) => CheckPrimitive(ctx, ct))
                .Where(static result => result is not null)
                .WithTrackingName(TrackingNames.Primitives);
            context.RegisterSourceOutput(primitiveProblems, static (spc, result) => GeneratePrimitiveChecks(spc, result!));

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

        private static PrimitiveResult? CheckPrimitive(GeneratorAttributeSyntaxContext context, System.Threading.CancellationToken cancellationToken)
        {
            try
            {
                if (context.TargetSymbol is not IMethodSymbol method) return null;
                var location = context.TargetNode switch
                {
                    MethodDeclarationSyntax m => m.Identifier.GetLocation(),
                    OperatorDeclarationSyntax o => o.OperatorToken.GetLocation(),
                    _ => context.TargetNode.GetLocation(),
                };
                var problems = PrimitiveRules.Check(method, LocationInfo.From(location));
                if (problems.Count > 0) return new PrimitiveResult(problems.ToEquatableArray(), null);
                var hasChecks = method.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == GradientCheckParser.GradientCheckAttribute);
                if (!hasChecks) return null;
                var diagnostics = new System.Collections.Generic.List<DiagnosticInfo>();
                var model = PrimitiveChecks.Model(method, context.SemanticModel.Compilation, diagnostics, cancellationToken);
                return new PrimitiveResult(diagnostics.ToEquatableArray(), model);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return new PrimitiveResult(new EquatableArray<DiagnosticInfo>(new[] { DiagnosticDescriptors.Info(DiagnosticDescriptors.InternalError, LocationInfo.From(context.TargetNode.GetLocation()),
                    context.TargetSymbol.Name, exception.GetType().Name + ": " + exception.Message) }), null);
            }
        }

        /// <summary>What the primitive pipeline yields: the problems with a primitive's rules or its checks, and the
        /// model of its checks' file (null when it declares none, or its rules are wrong).</summary>
        private sealed record PrimitiveResult(EquatableArray<DiagnosticInfo> Diagnostics, PrimitiveCheckModel? Checks);

        private static void GeneratePrimitiveChecks(SourceProductionContext context, PrimitiveResult result)
        {
            foreach (var diagnostic in result.Diagnostics) context.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(diagnostic));
            if (result.Checks is not { } model || model.Descriptor.Checks.Count == 0) return;
            string source;
            try
            {
                source = DescriptorEmitter.EmitPrimitive(model);
            }
            catch (Exception exception)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, Location.None, model.Name,
                    exception.GetType().Name + ": " + exception.Message));
                return;
            }
            context.AddSource(model.HintName, source);
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
            if (errors.Any(DiagnosticDescriptors.BlocksGeneration)) return;
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
