using System.Linq;
using System.Collections.Generic;
using System.Collections.Immutable;
using Adcme.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Adcme.Generators.Diagnostics
{
    /// <summary>Every diagnostic Adcme reports (the analyzer the parser's findings, the generator its own failures).
    /// Each id has a page docs/diagnostics/ADCMEnnn.md and a line in AnalyzerReleases.Unshipped.md.</summary>
    internal static class DiagnosticDescriptors
    {
        private const string Category = "Adcme.Differentiation";

        /// <summary>Where the diagnostics' pages are published: an absolute URL, so that an IDE can open the help link
        /// (a repository-relative path opens nothing). The one place that names it; the page is HelpLinkBase + id + ".md".</summary>
        public const string HelpLinkBase = "https://github.com/adcme/adcme/blob/main/docs/diagnostics/";

        public static string HelpLink(string id) => HelpLinkBase + id + ".md";

        private static DiagnosticDescriptor Error(string id, string title, string message) =>
            new DiagnosticDescriptor(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
                helpLinkUri: HelpLink(id));

        private static DiagnosticDescriptor Warning(string id, string title, string message) =>
            new DiagnosticDescriptor(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
                helpLinkUri: HelpLink(id));

        public static readonly DiagnosticDescriptor ContainingTypeNotPartial = Error("ADCME001",
            "Containing type must be partial",
            "Type '{0}' must be declared 'partial' so that the derivatives of '{1}' can be generated into it");

        public static readonly DiagnosticDescriptor MethodNotStatic = Error("ADCME002",
            "Differentiable method must be static",
            "Method '{0}' must be static to be [Differentiable]");

        public static readonly DiagnosticDescriptor UnsupportedReturnType = Error("ADCME003",
            "Unsupported result type",
            "The result type '{0}' of '{1}' is not differentiable; return double, float or Tensor");

        public static readonly DiagnosticDescriptor UnsupportedParameter = Error("ADCME004",
            "Unsupported parameter",
            "Parameter '{0}' of type '{1}' cannot be differentiated: {2}");

        public static readonly DiagnosticDescriptor UnsupportedStatement = Error("ADCME005",
            "Statement is not differentiable",
            "A {0} cannot be used in differentiable code: {1}");

        public static readonly DiagnosticDescriptor UnsupportedExpression = Error("ADCME006",
            "Expression is not differentiable",
            "The expression '{0}' is not supported in differentiable code: {1}");

        public static readonly DiagnosticDescriptor NoDerivativeForCall = Error("ADCME007",
            "Call has no known derivative",
            "'{0}' has no known derivative: {1}");

        public static readonly DiagnosticDescriptor WriteToNonLocal = Error("ADCME008",
            "Write outside the method's locals",
            "Differentiable code cannot write to '{0}': {1}");

        public static readonly DiagnosticDescriptor GenericNotSupported = Error("ADCME009",
            "Generic methods are not supported",
            "'{0}' is generic or is declared in a generic type; differentiable methods must not be generic");

        public static readonly DiagnosticDescriptor WriteToParameterArray = Error("ADCME010",
            "Write into an array that is not local",
            "Differentiable code cannot write into '{0}': it may be a caller's array; copy it into a local 'new double[...]' first");

        public static readonly DiagnosticDescriptor MissingBody = Error("ADCME011",
            "Differentiable method has no body",
            "Method '{0}' has no body to differentiate");

        public static readonly DiagnosticDescriptor ActiveLoopCondition = Error("ADCME012",
            "Differentiable value changed in a loop condition",
            "The loop condition of '{0}' assigns a value that the result depends on; move the assignment into the loop body");

        public static readonly DiagnosticDescriptor InternalError = Error("ADCME013",
            "Internal generator error",
            "Adcme could not generate derivatives for '{0}': {1}. Please report this with the method's source.");

        public static readonly DiagnosticDescriptor PrimitiveRuleSignature = Error("ADCME014",
            "Primitive rule has the wrong signature",
            "Primitive '{0}' cannot be differentiated: {1}");

        public static readonly DiagnosticDescriptor DerivativeDropped = Warning("ADCME015",
            "Derivative dropped at a [NoDerivative] parameter",
            "'{0}' depends on the differentiated inputs, but '{1}' takes it as [NoDerivative] parameter '{2}': its derivative through this argument is dropped");

        public static readonly DiagnosticDescriptor FileLocalContainingType = Error("ADCME016",
            "Containing type is file-local",
            "Type '{0}' is file-local ('file'): the derivatives of '{1}', generated into another file, cannot be added to it; remove the 'file' modifier");

        public static readonly DiagnosticDescriptor TokenMisuse = Error("ADCME017",
            "Communication token used twice, dropped or bypassed",
            "{0}");

        // Gradient checks declared in code ([GradientCheck]) and the rules' signatures, one id per mismatch (issue 16).
        public static readonly DiagnosticDescriptor GradientCheckArity = Error("ADCME018",
            "Gradient check point has the wrong number of values",
            "The [GradientCheck] point of '{0}' has {1}; '{0}' takes {2}: {3}");

        public static readonly DiagnosticDescriptor GradientCheckValueType = Error("ADCME019",
            "Gradient check value has the wrong type",
            "The [GradientCheck] {0} is of type '{1}', but parameter '{2}' of '{3}' is '{4}'");

        public static readonly DiagnosticDescriptor GradientCheckPointMember = Error("ADCME020",
            "Gradient check point member not found",
            "The [GradientCheck] point '{0}' of '{1}' cannot be used: {2}");

        public static readonly DiagnosticDescriptor GradientCheckNotSupported = Error("ADCME021",
            "Method cannot be gradient-checked by attribute",
            "'{0}' cannot carry [GradientCheck]: {1}");

        public static readonly DiagnosticDescriptor RuleParameterCount = Error("ADCME022",
            "Primitive rule has the wrong number of parameters",
            "Rule '{0}' of primitive '{1}' takes {2} parameter(s); it must take {3}: '{4}'");

        public static readonly DiagnosticDescriptor RuleParameterRef = Error("ADCME023",
            "Primitive rule parameter has the wrong ref kind",
            "Parameter '{0}' of rule '{1}' of primitive '{2}' {3}: '{4}'");

        public static readonly DiagnosticDescriptor RuleParameterType = Error("ADCME024",
            "Primitive rule parameter or result has the wrong type",
            "{0} of rule '{1}' of primitive '{2}' is '{3}'; it must be '{4}': '{5}'");

        public static readonly DiagnosticDescriptor LoopNotCheckpointable = Error("ADCME026",
            "Loop cannot be checkpointed",
            "'{0}' is [Checkpointed], but this loop cannot be checkpointed: {1}");

        public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
            ContainingTypeNotPartial, MethodNotStatic, UnsupportedReturnType, UnsupportedParameter, UnsupportedStatement,
            UnsupportedExpression, NoDerivativeForCall, WriteToNonLocal, GenericNotSupported, WriteToParameterArray,
            MissingBody, ActiveLoopCondition, InternalError, PrimitiveRuleSignature, DerivativeDropped, FileLocalContainingType,
            TokenMisuse,
            GradientCheckArity, GradientCheckValueType, GradientCheckPointMember, GradientCheckNotSupported,
            RuleParameterCount, RuleParameterRef, RuleParameterType, LoopNotCheckpointable);

        private static readonly Dictionary<string, DiagnosticDescriptor> ById = CreateIndex();

        private static Dictionary<string, DiagnosticDescriptor> CreateIndex()
        {
            var index = new Dictionary<string, DiagnosticDescriptor>();
            foreach (var d in All) index[d.Id] = d;
            return index;
        }

        public static DiagnosticInfo Info(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments)
            => new DiagnosticInfo(descriptor.Id, location, new EquatableArray<string>(arguments.Select(OneLine).ToArray()));

        /// <summary>A message argument on one line: source text quoted in a message may span lines (a switch
        /// expression, a lambda), and build logs show a message up to its first line break, so line breaks and the
        /// indentation after them become one space; very long text is shortened in the middle.</summary>
        internal static string OneLine(string text)
        {
            if (text.IndexOfAny(new[] { '\r', '\n' }) < 0 && text.Length <= 160) return text;
            var builder = new System.Text.StringBuilder(text.Length);
            var space = false;
            foreach (var c in text)
            {
                if (c == '\r' || c == '\n' || ((c == ' ' || c == '\t') && space))
                {
                    if (!space && builder.Length > 0) builder.Append(' ');
                    space = true;
                    continue;
                }
                space = c == ' ';
                builder.Append(c);
            }
            var line = builder.ToString().Trim();
            return line.Length <= 160 ? line : line.Substring(0, 100) + " … " + line.Substring(line.Length - 50);
        }

        /// <summary>Errors stop a method's code from being generated; warnings do not.</summary>
        public static bool IsError(DiagnosticInfo info) => !ById.TryGetValue(info.Id, out var d) || d.DefaultSeverity == DiagnosticSeverity.Error;

        /// <summary>The descriptor of an id, or null for an id that is not declared (never thrown on: see the analyzer).</summary>
        public static DiagnosticDescriptor? Find(string id) => ById.TryGetValue(id, out var d) ? d : null;

        /// <summary>An error in a [GradientCheck] leaves that check out; the method's derivatives are still generated
        /// (other code calls them, and the error is the one to fix).</summary>
        public static bool BlocksGeneration(DiagnosticInfo info) => IsError(info)
            && info.Id != GradientCheckArity.Id && info.Id != GradientCheckValueType.Id && info.Id != GradientCheckPointMember.Id
            && info.Id != GradientCheckNotSupported.Id;

        /// <summary>The diagnostic at a location in <paramref name="compilation"/>'s syntax tree of that file, which
        /// #pragma warning disable applies to.</summary>
        public static Diagnostic ToDiagnostic(DiagnosticInfo info, Compilation compilation)
        {
            var where = info.Location;
            if (where is not null)
            {
                foreach (var tree in compilation.SyntaxTrees)
                {
                    if (tree.FilePath != where.FilePath || tree.Length < where.Start + where.Length) continue;
                    var args = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Cast<object>(info.Arguments));
                    return Diagnostic.Create(ById[info.Id], Location.Create(tree, new Microsoft.CodeAnalysis.Text.TextSpan(where.Start, where.Length)), args);
                }
            }
            return ToDiagnostic(info);
        }

        public static Diagnostic ToDiagnostic(DiagnosticInfo info)
        {
            var descriptor = ById[info.Id];
            object[] args = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Cast<object>(info.Arguments));
            return Diagnostic.Create(descriptor, info.Location?.ToLocation() ?? Location.None, args);
        }
    }
}
