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
    /// <summary>ADCME001: adds <c>partial</c> to every type around the [Differentiable] method that lacks it (a type that is
    /// not partial has this one declaration, so the edit is local).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakePartialCodeFix)), Shared]
    public sealed class MakePartialCodeFix : CodeFixProvider
    {
        public const string Title = "Make the containing types partial";

        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.ContainingTypeNotPartial);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null) return;
            var types = TypesToMakePartial(root, context.Span);
            if (types.Length == 0) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                context.RegisterCodeFix(CodeAction.Create(Title, ct => Apply(context.Document, context.Span, ct), nameof(MakePartialCodeFix)), diagnostic);
            }
        }

        private static ImmutableArray<TypeDeclarationSyntax> TypesToMakePartial(SyntaxNode root, TextSpan span)
        {
            var node = root.FindNode(span, getInnermostNodeForTie: true);
            return node.AncestorsAndSelf().OfType<TypeDeclarationSyntax>()
                .Where(t => !t.Modifiers.Any(SyntaxKind.PartialKeyword))
                .ToImmutableArray();
        }

        private static async Task<Document> Apply(Document document, TextSpan span, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            if (root is null) return document;
            // 'partial' goes right before the type's keyword (class, struct, record, interface), after the other modifiers.
            var changes = TypesToMakePartial(root, span).Select(t => new TextChange(new TextSpan(t.Keyword.SpanStart, 0), "partial "));
            return document.WithText(text.WithChanges(changes));
        }
    }
}
