using System;
using System.Collections.Immutable;
using System.Linq;
using Adcme.Generators.Model;
using Adcme.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Adcme.Generators.Diagnostics
{
    /// <summary>Reports what cannot be differentiated: every diagnostic of <see cref="MethodParser"/> at a
    /// [Differentiable] method (ADCME001–012, 015–021, and ADCME013 should the parser fail), and ADCME014 (a rule
    /// missing) or ADCME022–024 (a rule's signature, at the rule) for a [Primitive] declared in source. None of these needs generated code, so they come from an
    /// analyzer rather than from the generator: the IDE shows an analyzer's diagnostics as the user types, offers the
    /// code fixes of Adcme.CodeFixes for them, and matches them against <c>#pragma warning disable</c>. The generator
    /// parses the same methods, generates nothing for one with errors, and reports only its own failures.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DifferentiableAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.All;

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                // Nothing to do in a compilation that does not reference Adcme.
                var differentiable = start.Compilation.GetTypeByMetadataName(Kinds.DifferentiableAttribute);
                var primitive = start.Compilation.GetTypeByMetadataName(Kinds.PrimitiveAttribute);
                if (differentiable is null && primitive is null) return;
                start.RegisterSyntaxNodeAction(node => AnalyzeDeclaration(node, differentiable, primitive),
                    SyntaxKind.MethodDeclaration, SyntaxKind.OperatorDeclaration);
            });
        }

        private static void AnalyzeDeclaration(SyntaxNodeAnalysisContext context, INamedTypeSymbol? differentiable, INamedTypeSymbol? primitive)
        {
            var node = context.Node;
            if (!(node is BaseMethodDeclarationSyntax declaration) || declaration.AttributeLists.Count == 0) return;
            ISymbol? symbol = null;
            try
            {
                symbol = context.SemanticModel.GetDeclaredSymbol(declaration, context.CancellationToken);
                if (!(symbol is IMethodSymbol method)) return;
                if (differentiable is not null && declaration is MethodDeclarationSyntax methodSyntax && HasAttributeHere(method, differentiable, declaration))
                {
                    var model = MethodParser.Parse(method, methodSyntax, context.SemanticModel, context.CancellationToken);
                    if (model is not null) Report(context, model.Diagnostics);
                }
                if (primitive is not null && HasAttributeHere(method, primitive, declaration))
                {
                    Report(context, DifferentiableGenerator.CheckPrimitive(method, declaration));
                }
            }
            catch (Exception exception) when (!(exception is OperationCanceledException))
            {
                // An analyzer must never throw either: say what failed, where.
                var at = declaration is MethodDeclarationSyntax m ? m.Identifier.GetLocation() : declaration.GetLocation();
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, at, symbol?.Name ?? "?",
                    exception.GetType().Name + ": " + exception.Message));
            }
        }

        /// <summary>Whether this declaration carries the attribute (as the generator's ForAttributeWithMetadataName finds
        /// it): the parts of a partial method share their attributes, and each part is analyzed on its own.</summary>
        private static bool HasAttributeHere(IMethodSymbol method, INamedTypeSymbol attributeType, SyntaxNode declaration)
        {
            foreach (var attribute in method.GetAttributes())
            {
                if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType)) continue;
                var application = attribute.ApplicationSyntaxReference;
                if (application is not null && application.SyntaxTree == declaration.SyntaxTree && declaration.Span.Contains(application.Span)) return true;
            }
            return false;
        }

        private static void Report(SyntaxNodeAnalysisContext context, System.Collections.Generic.IEnumerable<DiagnosticInfo> infos)
        {
            foreach (var info in infos)
            {
                var descriptor = DiagnosticDescriptors.Find(info.Id);
                if (descriptor is null) continue;
                var arguments = info.Arguments.Cast<object>().ToArray();
                context.ReportDiagnostic(Diagnostic.Create(descriptor, LocationIn(context.SemanticModel.Compilation, context.Node.SyntaxTree, info.Location), arguments));
            }
        }

        /// <summary>The location in the compilation's own syntax tree of that file (only those are matched against
        /// #pragma warning disable and may carry an analyzer's diagnostic).</summary>
        private static Location LocationIn(Compilation compilation, SyntaxTree analyzed, LocationInfo? where)
        {
            if (where is null) return Location.None;
            var tree = analyzed.FilePath == where.FilePath ? analyzed : compilation.SyntaxTrees.FirstOrDefault(t => t.FilePath == where.FilePath);
            if (tree is null || tree.Length < where.Start + where.Length) return Location.None;
            return Location.Create(tree, new Microsoft.CodeAnalysis.Text.TextSpan(where.Start, where.Length));
        }
    }
}
