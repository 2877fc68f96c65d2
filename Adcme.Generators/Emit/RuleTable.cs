using System.Collections.Generic;
using Adcme.Generators.Model;

namespace Adcme.Generators.Emit
{
    /// <summary>
    /// Every built-in derivative, written once (docs/architecture.md, "One rule table"). Scalar code
    /// (<see cref="DerivativeRules"/>), fused kernels (<see cref="KernelEmitter"/>) and the runtime's unfused
    /// tensor functions (<see cref="ElementRulesEmitter"/>, which writes Adcme.Runtime's <c>ElementRules</c>) all
    /// print from these templates; what a rule reads from the tape follows from its text.
    /// Forward forms are what fused kernels and the runtime compute with, so that a fused chain's value is the
    /// unfused one bit for bit: plain per-element System.Math calls (TensorPrimitives' vectorized transcendental
    /// functions give results that depend on a value's neighbours and on memory alignment, see docs/performance.md).
    /// </summary>
    internal static class RuleTable
    {
        private static readonly Dictionary<string, ElementRule> Rules = new Dictionary<string, ElementRule>();

        /// <summary>Tensor functions of the runtime that fuse and whose unfused form the runtime computes with
        /// <c>ElementRules</c> (unary, or Pow with a scalar exponent).</summary>
        public static readonly string[] TensorFunctions = { "Exp", "Log", "Sin", "Cos", "Tanh", "Sqrt", "Abs", "Relu", "Sigmoid", "Pow" };

        /// <summary>The operators whose tensor forms (broadcasting) the runtime differentiates with the table's partials.</summary>
        public static readonly string[] TensorOperators = { "Add", "Subtract", "Multiply", "Divide", "Negate" };

        static RuleTable()
        {
            // Operators.
            Add("Copy", "$x0", "$g");
            Add("Convert", "$x0", "$g");
            Add("Negate", "(-$x0)", "-$g");
            Add("Add", "$x0 + $x1", "$g", "$g");
            Add("Subtract", "$x0 - $x1", "$g", "-$g");
            Add("Multiply", "$x0 * $x1", "$g * $x1", "$x0 * $g");
            Add("Divide", "$x0 / $x1", "$g / $x1", "-$g * $x0 / ($x1 * $x1)");
            Add("Remainder", "$x0 % $x1", "$g", "-$g * $M.Truncate($x0 / $x1)");

            // System.Math functions (Parsing/Intrinsics.cs lists them; the piecewise-constant ones have no rule).
            Function("Sin", "$g * $M.Cos($x0)");
            Function("Cos", "-$g * $M.Sin($x0)");
            Function("Tan", "$g / ($M.Cos($x0) * $M.Cos($x0))");
            Function("Asin", "$g / $M.Sqrt(#1 - $x0 * $x0)");
            Function("Acos", "-$g / $M.Sqrt(#1 - $x0 * $x0)");
            Function("Atan", "$g / (#1 + $x0 * $x0)");
            // atan2(y, x): ∂y = x / (x² + y²), ∂x = −y / (x² + y²)
            Function("Atan2", "$g * $x1 / ($x1 * $x1 + $x0 * $x0)", "-$g * $x0 / ($x1 * $x1 + $x0 * $x0)");
            Function("Sinh", "$g * $M.Cosh($x0)");
            Function("Cosh", "$g * $M.Sinh($x0)");
            Function("Tanh", "$g * (#1 - $r * $r)");
            Function("Asinh", "$g / $M.Sqrt($x0 * $x0 + #1)");
            Function("Acosh", "$g / $M.Sqrt($x0 * $x0 - #1)");
            Function("Atanh", "$g / (#1 - $x0 * $x0)");
            Function("Exp", "$g * $r");
            // log(x) or log(x, b) = ln x / ln b
            Function("Log", "$g / $x0");
            Function("Log", "$g / ($x0 * $M.Log($x1))", "-$g * $M.Log($x0) / ($x1 * $M.Log($x1) * $M.Log($x1))");
            Function("Log10", "$g / ($x0 * #2.302585092994046)");
            Function("Log2", "$g / ($x0 * #0.6931471805599453)");
            Function("Sqrt", "$g / (#2 * $r)");
            Function("Cbrt", "$g / (#3 * $r * $r)");
            // x^y: ∂x = y·x^(y−1), except that x^0 has derivative 0 everywhere, also at x = 0 where y·x^(y−1)
            // would be 0·∞; ∂y = x^y·ln x for x > 0 (zero elsewhere, where it is undefined or a limit of 0).
            Rules["Pow/2"] = new ElementRule("Pow", "$M.Pow($x0, $x1)",
                new PartialRule("($x1 == #0 ? #0 : $g * $x1 * $M.Pow($x0, $x1 - #1))", 1, "$g * $x1 * $M.Pow($x0, $x1 - #1)"),
                new PartialRule("($x0 > #0 ? $g * $r * $M.Log($x0) : #0)"));
            Function("Abs", "($x0 > #0 ? $g : $x0 < #0 ? -$g : #0)");
            // Ties go to the first argument.
            Function("Max", "($x0 >= $x1 ? $g : #0)", "($x0 >= $x1 ? #0 : $g)");
            Function("Min", "($x0 <= $x1 ? $g : #0)", "($x0 <= $x1 ? #0 : $g)");
            // clamp(x, lo, hi) is lo below lo, hi above hi, x in between (bounds included).
            Function("Clamp", "($x0 >= $x1 && $x0 <= $x2 ? $g : #0)", "($x0 < $x1 ? $g : #0)", "($x0 > $x2 && $x0 >= $x1 ? $g : #0)");
            // On a device: System.Math.Clamp's arithmetic after its lo > hi check (which the runtime makes on the host
            // before launching): lo below lo, hi above hi, x otherwise, so a NaN element stays NaN, −0 stays −0 at lo = 0.
            Find("Clamp", 3)!.WithDeviceForward("($x0 < $x1 ? $x1 : $x0 > $x2 ? $x2 : $x0)");
            Function("FusedMultiplyAdd", "$g * $x1", "$x0 * $g", "$g");

            // Tensor-only functions of the runtime.
            Add("Relu", "$M.Max($x0, #0)", "($x0 > #0 ? $g : #0)");
            // What TensorPrimitives.Sigmoid computes, 1 / (1 + e⁻ˣ), with System.Math's exp.
            Add("Sigmoid", "(#1 / (#1 + $M.Exp(-$x0)))", "$g * $r * (#1 - $r)");

            // Stencils. Stencils.Laplacian's sum (centre, up, down, left, right) and scale 1 / h².
            Stencil(new StencilRule("global::Adcme.Stencils", "Laplacian", -4,
                new[] { new StencilTap(-1, 0, 1), new StencilTap(1, 0, 1), new StencilTap(0, -1, 1), new StencilTap(0, 1, 1) },
                "#1 / ($x0 * $x0)", selfAdjoint: true));
            // Stencils.HaloLaplacian: the same sum at the inner nodes of a block padded by a halo of width 1.
            Stencil(new StencilRule("global::Adcme.Stencils", "HaloLaplacian", -4,
                new[] { new StencilTap(-1, 0, 1), new StencilTap(1, 0, 1), new StencilTap(0, -1, 1), new StencilTap(0, 1, 1) },
                "#1 / ($x0 * $x0)", selfAdjoint: false, margin: 1));
            // Stencils.Diffusion(κ, u, h): ∇·(κ∇u) with face values ½(κ + κ'), its flux summed up, down, left, right.
            Stencil(StencilRule.Diffusion("global::Adcme.Stencils", "Diffusion", "#1 / ($x0 * $x0)"));
        }

        private static readonly Dictionary<string, StencilRule> Stencils = new Dictionary<string, StencilRule>();

        /// <summary>The op of a fused kernel node that reads a window of its operand in place (Tensor.Block's value).</summary>
        public const string WindowOp = "window";

        /// <summary>Whether a fused kernel's node is a window (<see cref="WindowOp"/>).</summary>
        public static bool IsWindow(KernelNode node) => node.Op == WindowOp;

        /// <summary>The prefix of a fused kernel node that applies a stencil ("stencil:Laplacian").</summary>
        public const string StencilPrefix = "stencil:";

        private static void Stencil(StencilRule rule) => Stencils[rule.ContainingType + "." + rule.Name] = rule;

        /// <summary>The stencil rule of a runtime primitive (containing type with global::, method name), or null.</summary>
        public static StencilRule? FindStencil(string containingType, string name)
            => Stencils.TryGetValue(containingType + "." + name, out var rule) ? rule : null;

        /// <summary>The stencil rule of a fused kernel's node, or null when the node is not a stencil.</summary>
        public static StencilRule? StencilOf(KernelNode node)
        {
            if (!node.Op.StartsWith(StencilPrefix, System.StringComparison.Ordinal)) return null;
            var name = node.Op.Substring(StencilPrefix.Length);
            foreach (var rule in Stencils.Values)
            {
                if (rule.Name == name) return rule;
            }
            return null;
        }

        /// <summary>The System.Math functions whose vector forms (<c>Adcme.Kernels</c>' overloads on
        /// <c>Vector&lt;double&gt;</c>) give each lane the scalar function's result exactly.</summary>
        private static readonly HashSet<string> VectorFunctions = new HashSet<string> { "Sqrt", "Abs" };

        /// <summary>Whether a template prints as vector code equal lane by lane to its scalar code: plain arithmetic
        /// (no comparisons or conditionals) and only the math functions of <see cref="VectorFunctions"/>.</summary>
        public static bool Vectorizes(RuleTemplate template)
        {
            var text = template.Text;
            if (text.IndexOfAny(new[] { '?', '<', '>', '=', '&', '|', '!' }) >= 0) return false;
            for (var at = text.IndexOf("$M.", System.StringComparison.Ordinal); at >= 0; at = text.IndexOf("$M.", at + 3, System.StringComparison.Ordinal))
            {
                var end = text.IndexOf('(', at);
                if (end < 0 || !VectorFunctions.Contains(text.Substring(at + 3, end - at - 3))) return false;
            }
            return true;
        }

        /// <summary>A System.Math function: its value is <c>$M.Name(args)</c>.</summary>
        private static void Function(string name, params string[] partials)
        {
            var arguments = new string[partials.Length];
            for (var j = 0; j < arguments.Length; j++) arguments[j] = "$x" + j.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Add(name, "$M." + name + "(" + string.Join(", ", arguments) + ")", partials);
        }

        private static void Add(string name, string forward, params string[] partials)
        {
            var rules = new PartialRule[partials.Length];
            for (var j = 0; j < partials.Length; j++) rules[j] = new PartialRule(partials[j]);
            Rules[Key(name, partials.Length)] = new ElementRule(name, forward, rules);
        }

        private static string Key(string name, int arity) => name + "/" + arity.ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>The rule of a function or operator by name and arity, or null.</summary>
        public static ElementRule? Find(string name, int arity) => Rules.TryGetValue(Key(name, arity), out var rule) ? rule : null;

        /// <summary>The rule of an IR instruction, or null when it has none (comparisons, arrays, calls, …).</summary>
        public static ElementRule? Find(Instruction instruction)
        {
            switch (instruction.Op)
            {
                case OpCode.Intrinsic: return instruction.Name is null ? null : Find(instruction.Name, instruction.Args.Count);
                case OpCode.Copy: case OpCode.Convert: case OpCode.Negate: case OpCode.Add: case OpCode.Subtract:
                case OpCode.Multiply: case OpCode.Divide: case OpCode.Remainder:
                    return Find(instruction.Op.ToString(), instruction.Args.Count);
                default: return null;
            }
        }

        /// <summary>The rule of a fused kernel's node ("+", "neg", "Exp", "Pow", …).</summary>
        public static ElementRule? ForKernelNode(KernelNode node)
        {
            var arity = node.Right >= 0 ? 2 : 1;
            switch (node.Op)
            {
                case "+": return Find("Add", 2);
                case "-": return Find("Subtract", 2);
                case "*": return Find("Multiply", 2);
                case "/": return Find("Divide", 2);
                case "neg": return Find("Negate", 1);
                default: return Find(node.Op, arity);
            }
        }
    }
}
