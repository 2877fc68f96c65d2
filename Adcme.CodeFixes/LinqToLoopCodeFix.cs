using System.Collections.Generic;
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
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace Adcme.CodeFixes
{
    /// <summary>ADCME007 at LINQ's <c>Sum()</c> or <c>Max()</c> over a <c>double[]</c> (no selector): LINQ has no derivative,
    /// a <c>for</c> loop over the elements has. The loop goes right before the statement that used the call, into a fresh
    /// local that replaces it; an expression-bodied method becomes a block. <c>Max</c> starts from the first element
    /// (an empty array throws IndexOutOfRangeException where LINQ threw InvalidOperationException) and takes
    /// <c>Math.Max</c>, whose derivative goes to the larger element. Offered where the array is a local, a parameter or a
    /// field (read more than once without side effects) and the call stands in a statement of a block or in an
    /// expression-bodied method; elsewhere (a loop condition, a lambda) no fix is offered.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LinqToLoopCodeFix)), Shared]
    public sealed class LinqToLoopCodeFix : CodeFixProvider
    {
        public const string Title = "Rewrite as a for loop";

        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.NoDerivativeForCall);

        // Each fix inserts statements and names a local from what is in scope: one at a time.
        public override FixAllProvider? GetFixAllProvider() => null;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null) return;
            if (Find(root, model, context.Span, context.CancellationToken) is null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                context.RegisterCodeFix(CodeAction.Create(Title, ct => Apply(context.Document, context.Span, ct), nameof(LinqToLoopCodeFix)), diagnostic);
            }
        }

        private sealed class Site
        {
            public Site(InvocationExpressionSyntax call, string method, ExpressionSyntax array, SyntaxNode anchor)
            {
                Call = call;
                Method = method;
                Array = array;
                Anchor = anchor;
            }

            public InvocationExpressionSyntax Call { get; }
            public string Method { get; }
            public ExpressionSyntax Array { get; }
            /// <summary>The statement the loop goes before, or the expression-bodied method to turn into a block.</summary>
            public SyntaxNode Anchor { get; }
        }

        private static Site? Find(SyntaxNode root, SemanticModel model, TextSpan span, CancellationToken cancellationToken)
        {
            if (!(root.FindNode(span, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>() is { } call)) return null;
            if (!(model.GetOperation(call, cancellationToken) is IInvocationOperation invocation)) return null;
            var method = invocation.TargetMethod;
            if (method.ContainingType?.ToDisplayString() != "System.Linq.Enumerable" || !(method.Name == "Sum" || method.Name == "Max")) return null;
            if (invocation.Arguments.Length != 1) return null;
            var source = invocation.Arguments[0].Value;
            while (source is IConversionOperation conversion && conversion.IsImplicit) source = conversion.Operand;
            if (!(source.Type is IArrayTypeSymbol array) || array.Rank != 1 || array.ElementType.SpecialType != SpecialType.System_Double) return null;
            if (!(source is ILocalReferenceOperation || source is IParameterReferenceOperation || source is IFieldReferenceOperation)) return null;
            if (!(source.Syntax is ExpressionSyntax arrayExpression)) return null;

            // Where the loop can go: before a statement directly in a block, or in place of an expression body.
            SyntaxNode? anchor = null;
            foreach (var node in call.Ancestors())
            {
                if (node is AnonymousFunctionExpressionSyntax || node is LocalFunctionStatementSyntax) return null;
                if (node is StatementSyntax statement)
                {
                    if (!(statement.Parent is BlockSyntax)) return null;
                    // Not where the call runs more than once, or conditionally, within the statement.
                    if (statement is ForStatementSyntax || statement is WhileStatementSyntax || statement is DoStatementSyntax
                        || statement is ForEachStatementSyntax || statement is IfStatementSyntax || statement is SwitchStatementSyntax) return null;
                    anchor = statement;
                    break;
                }
                if (node is ArrowExpressionClauseSyntax arrow && arrow.Parent is MethodDeclarationSyntax) { anchor = arrow.Parent; break; }
                if (node is MemberDeclarationSyntax) return null;
            }
            if (anchor is null) return null;
            // Not where the call runs conditionally inside the expression (?:, &&, ||, ??).
            for (var node = call.Parent; node is not null && node != anchor; node = node.Parent)
            {
                if (node is ConditionalExpressionSyntax || node is BinaryExpressionSyntax b
                    && (b.IsKind(SyntaxKind.LogicalAndExpression) || b.IsKind(SyntaxKind.LogicalOrExpression) || b.IsKind(SyntaxKind.CoalesceExpression)))
                {
                    return null;
                }
            }
            return new Site(call, method.Name, arrayExpression, anchor);
        }

        private static async Task<Document> Apply(Document document, TextSpan span, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null) return document;
            var site = Find(root, model, span, cancellationToken);
            if (site is null) return document;

            var eol = Layout.EndOfLine(text);
            var member = site.Call.FirstAncestorOrSelf<MemberDeclarationSyntax>()!;
            var taken = new HashSet<string>(member.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText));
            foreach (var symbol in model.LookupSymbols(site.Call.SpanStart)) taken.Add(symbol.Name);
            var total = Fresh(site.Method == "Sum" ? "sum" : "max", taken);
            var index = Fresh("i", taken);
            var array = site.Array.ToString();
            var loop = site.Method == "Sum"
                ? new[] { "var " + total + " = 0.0;", "for (var " + index + " = 0; " + index + " < " + array + ".Length; " + index + "++) " + total + " += " + array + "[" + index + "];" }
                : new[] { "var " + total + " = " + array + "[0];", "for (var " + index + " = 1; " + index + " < " + array + ".Length; " + index + "++) " + total + " = " + MathClass(model, site.Call.SpanStart) + ".Max(" + total + ", " + array + "[" + index + "]);" };

            if (site.Anchor is StatementSyntax statement)
            {
                var indentation = Layout.Indentation(statement);
                var before = string.Concat(loop.Select(line => line + eol + indentation));
                return document.WithText(text.WithChanges(
                    new TextChange(new TextSpan(statement.SpanStart, 0), before),
                    new TextChange(site.Call.Span, total)));
            }

            // An expression-bodied method: { loop; return <expression with the local>; }
            var method = (MethodDeclarationSyntax)site.Anchor;
            var body = method.ExpressionBody!;
            var outer = Layout.Indentation(method);
            var inner = outer + Layout.Step(outer);
            var expression = body.Expression.ToString();
            var offset = site.Call.SpanStart - body.Expression.SpanStart;
            expression = expression.Substring(0, offset) + total + expression.Substring(offset + site.Call.Span.Length);
            var returns = method.ReturnType is PredefinedTypeSyntax p && p.Keyword.IsKind(SyntaxKind.VoidKeyword) ? expression + ";" : "return " + expression + ";";
            var block = eol + outer + "{" + eol
                + string.Concat(loop.Select(line => inner + line + eol))
                + inner + returns + eol
                + outer + "}";
            // From the end of what precedes '=>' (the parameter list, constraints) through the ';'.
            var start = body.GetFirstToken().GetPreviousToken().Span.End;
            return document.WithText(text.WithChanges(new TextChange(TextSpan.FromBounds(start, method.SemicolonToken.Span.End), block)));
        }

        private static string MathClass(SemanticModel model, int position)
            => model.LookupNamespacesAndTypes(position, name: "Math").Any(s => s.ToDisplayString() == "System.Math") ? "Math" : "System.Math";

        private static string Fresh(string name, HashSet<string> taken)
        {
            var candidate = name;
            for (var n = 2; taken.Contains(candidate); n++) candidate = name + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            taken.Add(candidate);
            return candidate;
        }
    }
}
