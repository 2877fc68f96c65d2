using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Adcme.CodeFixes
{
    /// <summary>What the fixes need to write code that looks like the code around it: the document's line ending and a
    /// line's indentation. The fixes edit text (they insert and replace exact spans), so the result is what a user would
    /// type, with no formatter run over their code.</summary>
    internal static class Layout
    {
        public static string EndOfLine(SourceText text) => text.ToString().Contains("\r\n") ? "\r\n" : "\n";

        /// <summary>The whitespace before the first token of <paramref name="node"/> on its line.</summary>
        public static string Indentation(SyntaxNode node)
        {
            var trivia = node.GetLeadingTrivia();
            var last = trivia.LastOrDefault();
            return last.IsKind(SyntaxKind.WhitespaceTrivia) ? last.ToString() : "";
        }

        /// <summary>One indentation step, guessed from the node's nesting (four spaces unless tabs are used).</summary>
        public static string Step(string indentation) => indentation.Contains("\t") ? "\t" : "    ";
    }
}
