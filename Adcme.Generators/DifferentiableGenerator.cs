using System;
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
        }

        private static void Generate(SourceProductionContext context, MethodModel model)
        {
            foreach (var diagnostic in model.Diagnostics) context.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(diagnostic));
            if (model.Diagnostics.Count > 0) return;
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
