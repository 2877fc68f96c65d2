using System.Collections.Immutable;
using System.Composition;
using System.Linq;
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
    /// <summary>ADCME004 for a parameter of a type that cannot be differentiated (a string, a settings object): marks it
    /// <c>[NoDerivative]</c>, so that it is passed along. Not offered for the other ADCME004 cases (ref, out, in, params,
    /// names that clash), which [NoDerivative] does not fix.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NoDerivativeCodeFix)), Shared]
    public sealed class NoDerivativeCodeFix : CodeFixProvider
    {
        public const string Title = "Mark the parameter [NoDerivative]";
        private const string AttributeMetadataName = "Adcme.NoDerivativeAttribute";

        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.UnsupportedParameter);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null) return;
            if (!(root.FindNode(context.Span, getInnermostNodeForTie: true).FirstAncestorOrSelf<ParameterSyntax>() is { } parameter)) return;
            if (!(model.GetDeclaredSymbol(parameter, context.CancellationToken) is { } symbol)) return;
            if (symbol.RefKind != RefKind.None || symbol.IsParams) return;
            var attribute = model.Compilation.GetTypeByMetadataName(AttributeMetadataName);
            if (attribute is null || symbol.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute))) return;
            // Only where the parameter's type is what is wrong (the message then offers [NoDerivative] itself).
            foreach (var diagnostic in context.Diagnostics.Where(d => d.GetMessage().Contains("[NoDerivative]")))
            {
                context.RegisterCodeFix(CodeAction.Create(Title, ct => Apply(context.Document, parameter.Span, ct), nameof(NoDerivativeCodeFix)), diagnostic);
            }
        }

        private static async Task<Document> Apply(Document document, TextSpan parameterSpan, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null) return document;
            if (!(root.FindNode(parameterSpan, getInnermostNodeForTie: true).FirstAncestorOrSelf<ParameterSyntax>() is { } parameter)) return document;
            var name = NameInScope(model, parameter.SpanStart);
            // Before the parameter's modifiers and type, after any attributes it has.
            var at = parameter.AttributeLists.Count > 0 ? parameter.AttributeLists.Last().Span.End : parameter.SpanStart;
            var insert = parameter.AttributeLists.Count > 0 ? "[" + name + "]" : "[" + name + "] ";
            if (parameter.AttributeLists.Count > 0) insert = " " + insert.TrimEnd();
            return document.WithText(text.WithChanges(new TextChange(new TextSpan(at, 0), insert)));
        }

        /// <summary><c>NoDerivative</c> where <c>using Adcme;</c> is in scope, else the qualified name.</summary>
        private static string NameInScope(SemanticModel model, int position)
        {
            var attribute = model.Compilation.GetTypeByMetadataName(AttributeMetadataName);
            var found = model.LookupNamespacesAndTypes(position, name: "NoDerivativeAttribute");
            return found.Any(s => SymbolEqualityComparer.Default.Equals(s, attribute)) ? "NoDerivative" : "Adcme.NoDerivative";
        }
    }
}
