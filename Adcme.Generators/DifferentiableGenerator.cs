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
            public const string Calls = nameof(Calls);
        }

        /// <summary>The MSBuild property (made visible to the compiler by build/Adcme.targets) that routes the user's
        /// own calls of [Differentiable] methods through their <c>M_Value</c>.</summary>
        public const string InterceptCallsProperty = "build_property.AdcmeInterceptCalls";

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

            // [Primitive]s declared in source with [GradientCheck]s get a descriptor and their checks, in a generated
            // class of their own (not when their rules are wrong: the analyzer reports that, and there is nothing to
            // check). Problems with the checks' points (ADCME018–ADCME021) are reported here, with the checks.
            var primitiveChecks = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    Kinds.PrimitiveAttribute,
                    predicate: static (node, _) => node is MethodDeclarationSyntax || node is OperatorDeclarationSyntax,
                    transform: static (ctx, ct) => PrimitiveChecksOf(ctx, ct))
                .Where(static result => result is not null)
                .WithTrackingName(TrackingNames.Primitives);
            context.RegisterSourceOutput(primitiveChecks, static (spc, result) => GeneratePrimitiveChecks(spc, result!));

            // Adcme.Runtime's [ElementRules] class: the unfused tensor functions and their rules, from the rule table.
            var elementRules = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    Kinds.ElementRulesAttribute,
                    predicate: static (node, _) => node is ClassDeclarationSyntax,
                    transform: static (ctx, _) => (Namespace: ctx.TargetSymbol.ContainingNamespace.IsGlobalNamespace ? "" : ctx.TargetSymbol.ContainingNamespace.ToDisplayString(),
                        Name: ctx.TargetSymbol.Name))
                .WithTrackingName(TrackingNames.ElementRules);
            context.RegisterSourceOutput(elementRules, static (spc, type) => GenerateElementRules(spc, type.Namespace, type.Name));

            // Opt-in (AdcmeInterceptCalls=true in the project): each call of a [Differentiable] method in the user's code
            // runs its M_Value, the fast forward with the same value (C# interceptors; docs/performance.md).
            var interceptCalls = context.AnalyzerConfigOptionsProvider.Select(static (options, _) =>
                options.GlobalOptions.TryGetValue(InterceptCallsProperty, out var value) && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase));
            // Only when enabled: every invocation of the compilation is bound, once per compilation (a build), which a
            // per-node syntax provider would do in every project, opted in or not.
            var calls = context.CompilationProvider.Combine(interceptCalls)
                .Select(static (input, ct) => input.Right ? InterceptedCall.All(input.Left, ct) : default)
                .WithTrackingName(TrackingNames.Calls);
            var generated = models
                .Where(static model => !model.Diagnostics.Any(DiagnosticDescriptors.BlocksGeneration))
                .Select(static (model, _) => InterceptedCall.KeyOf(model))
                .Collect();
            context.RegisterSourceOutput(calls.Combine(generated).Combine(interceptCalls),
                static (spc, input) => GenerateInterceptors(spc, input.Left.Left, input.Left.Right, input.Right));
        }

        private static void GenerateInterceptors(SourceProductionContext context, EquatableArray<InterceptedCall> calls,
            System.Collections.Immutable.ImmutableArray<string> generated, bool enabled)
        {
            if (!enabled) return;
            string? source;
            try
            {
                source = InterceptorEmitter.Emit(calls, generated);
            }
            catch (Exception exception)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, Location.None, "interceptors",
                    exception.GetType().Name + ": " + exception.Message));
                return;
            }
            if (source is not null) context.AddSource("Adcme.Interceptors.g.cs", source);
        }

        /// <summary>The diagnostics of a [Primitive] declared in source whose rules are missing or have the wrong
        /// signature (ADCME014, ADCME022–ADCME024, <see cref="PrimitiveRules.Check"/>), or ADCME013 should the check
        /// fail; empty when the rules are right. Reported by <see cref="DifferentiableAnalyzer"/>.</summary>
        internal static System.Collections.Generic.IReadOnlyList<DiagnosticInfo> CheckPrimitive(ISymbol symbol, SyntaxNode node)
        {
            try
            {
                if (symbol is not IMethodSymbol method) return Array.Empty<DiagnosticInfo>();
                return PrimitiveRules.Check(method, LocationInfo.From(RuleLocation(node)));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return new[] { DiagnosticDescriptors.Info(DiagnosticDescriptors.InternalError, LocationInfo.From(node.GetLocation()),
                    symbol.Name, exception.GetType().Name + ": " + exception.Message) };
            }
        }

        private static Location RuleLocation(SyntaxNode node) => node switch
        {
            MethodDeclarationSyntax m => m.Identifier.GetLocation(),
            OperatorDeclarationSyntax o => o.OperatorToken.GetLocation(),
            _ => node.GetLocation(),
        };

        private static PrimitiveResult? PrimitiveChecksOf(GeneratorAttributeSyntaxContext context, System.Threading.CancellationToken cancellationToken)
        {
            try
            {
                if (context.TargetSymbol is not IMethodSymbol method) return null;
                var hasChecks = method.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == GradientCheckParser.GradientCheckAttribute);
                if (!hasChecks) return null;
                if (PrimitiveRules.Check(method, LocationInfo.From(RuleLocation(context.TargetNode))).Count > 0) return null;
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

        /// <summary>What the primitive pipeline yields: the problems with a primitive's checks, and the model of its
        /// checks' file (null when they cannot be generated).</summary>
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
            // Errors found by the parser are reported by DifferentiableAnalyzer; the method is not generated, unless
            // they concern only its [GradientCheck]s (those checks are left out, the derivatives are generated).
            if (model.Diagnostics.Any(DiagnosticDescriptors.BlocksGeneration)) return;
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
