using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Adcme.Generators.Model;

namespace Adcme.Generators.Emit
{
    /// <summary>Writes a fused elementwise kernel (see <see cref="Analysis.Fusion"/>): the forward loop, and the
    /// pullback loop, which recomputes each element's intermediate values and sends its adjoint back through
    /// them to the inputs whose adjoints are wanted at that call site.</summary>
    internal static class KernelEmitter
    {
        private const string Kernels = "global::Adcme.Kernels";
        private const string Math = "global::System.Math";

        /// <summary>The expression in the user's terms, for the kernel's summary.</summary>
        public static string Describe(KernelModel kernel, IReadOnlyList<string> inputNames)
        {
            string Text(int n)
            {
                var node = kernel.Nodes[n];
                switch (node.Op)
                {
                    case "input": return inputNames[node.Input];
                    case "constant": return node.Constant!;
                    case "+": case "-": case "*": case "/": return "(" + Text(node.Left) + " " + node.Op + " " + Text(node.Right) + ")";
                    case "neg": return "-" + Text(node.Left);
                    case "Pow": return "Pow(" + Text(node.Left) + ", " + Text(node.Right) + ")";
                    default: return node.Op + "(" + Text(node.Left) + ")";
                }
            }
            return Text(kernel.Nodes.Count - 1);
        }

        public static void EmitForward(SourceWriter writer, string name, KernelModel kernel, string description)
        {
            writer.Line("/// <summary>Fused elementwise kernel: " + Escape(description) + ".</summary>");
            writer.Line(GeneratedCode.Attribute);
            writer.Open("private static global::Adcme.Tensor " + name + "(" + Parameters(kernel) + ")");
            writer.Line("var shape = " + ShapeOf(kernel, kernel.Nodes.Count - 1) + ";");
            writer.Line("var result = " + Kernels + ".Output(shape);");
            writer.Line("var r = " + Kernels + ".Write(result);");
            ReadInputs(writer, kernel);
            writer.Open("for (var i = 0; i < r.Length; i++)");
            WriteValues(writer, kernel);
            writer.Line("r[i] = v" + K(kernel.Nodes.Count - 1) + ";");
            writer.Close();
            ReleaseInputs(writer, kernel);
            writer.Line("return result;");
            writer.Close();
        }

        public static void EmitPullback(SourceWriter writer, string name, KernelModel kernel, IReadOnlyList<bool> wanted, string description)
        {
            var inputs = kernel.Inputs;
            var parameters = new List<string> { Parameters(kernel), "global::Adcme.Tensor seed" };
            for (var k = 0; k < inputs.Count; k++)
            {
                if (wanted[k]) parameters.Add("ref " + (inputs[k].Kind == ValueKind.Tensor ? "global::Adcme.Tensor? d" : "double d") + K(k));
            }
            writer.Line("/// <summary>Pullback of the fused kernel " + Escape(description) + ": adds into the wanted inputs' adjoints.</summary>");
            writer.Line(GeneratedCode.Attribute);
            writer.Open("private static void " + name + "_Pullback(" + string.Join(", ", parameters) + ")");
            writer.Line("var shape = " + ShapeOf(kernel, kernel.Nodes.Count - 1) + ";");
            writer.Line("var g = " + Kernels + ".Seed(seed, shape);");
            ReadInputs(writer, kernel);
            for (var k = 0; k < inputs.Count; k++)
            {
                if (!wanted[k]) continue;
                if (inputs[k].Kind == ValueKind.Tensor)
                {
                    writer.Line("var a" + K(k) + " = " + Kernels + ".Accumulator(ref d" + K(k) + ", x" + K(k) + ", shape, out var full" + K(k) + ", out var fresh" + K(k) + ");");
                }
                else
                {
                    writer.Line("var a" + K(k) + " = 0.0;");
                }
            }

            // Which nodes lead to a wanted input (their adjoints are worth computing).
            var nodes = kernel.Nodes;
            var needed = new bool[nodes.Count];
            for (var n = 0; n < nodes.Count; n++)
            {
                var node = nodes[n];
                needed[n] = node.Op == "input" ? wanted[node.Input]
                    : node.Op != "constant" && (needed[node.Left] || (node.Op != "Pow" && node.Right >= 0 && needed[node.Right]));
            }

            writer.Open("for (var i = 0; i < g.Length; i++)");
            // The adjoint statements first, into a buffer: only the values they read are then recomputed.
            var used = new bool[nodes.Count];
            var backward = new SourceWriter(writer.Indent);
            var contributions = new List<string>[inputs.Count];
            for (var k = 0; k < inputs.Count; k++) contributions[k] = new List<string>();
            var root = nodes.Count - 1;
            backward.Line("var b" + K(root) + " = g[i];");
            for (var n = root; n >= 0; n--)
            {
                var node = nodes[n];
                if (node.Op == "input" || node.Op == "constant" || !needed[n]) continue;
                var bar = "b" + K(n);
                void Send(int child, string partial)
                {
                    if (!needed[child]) return;
                    if (nodes[child].Op == "input") contributions[nodes[child].Input].Add(partial);
                    else backward.Line("var b" + K(child) + " = " + partial + ";");
                }
                // Each child's partial, printed from the rule table; the values it reads are recomputed.
                var rule = Rule(node);
                var children = Children(node);
                for (var c = 0; c < children.Length; c++)
                {
                    // Pow's exponent is not differentiated.
                    if (!needed[children[c]] || (node.Op == "Pow" && c == 1)) continue;
                    var partial = rule.Partials[c].Choose(m => IsNonZeroConstant(nodes[children[m]]));
                    foreach (var m in partial.ReadArguments) used[children[m]] = true;
                    if (partial.ReadsResult) used[n] = true;
                    Send(children[c], partial.Print(m => "v" + K(children[m]), () => "v" + K(n), bar, Math, Literal));
                }
            }
            for (var k = 0; k < inputs.Count; k++)
            {
                if (!wanted[k] || contributions[k].Count == 0) continue;
                var sum = string.Join(" + ", contributions[k].Select(c => c.StartsWith("-", System.StringComparison.Ordinal) ? "(" + c + ")" : c));
                if (inputs[k].Kind == ValueKind.Tensor)
                {
                    backward.Line("a" + K(k) + "[i] = fresh" + K(k) + " ? " + sum + " : a" + K(k) + "[i] + " + sum + ";");
                }
                else
                {
                    backward.Line("a" + K(k) + " += " + sum + ";");
                }
            }
            WriteValues(writer, kernel, Close(kernel, used));
            writer.Raw(backward.ToString());
            writer.Close();
            for (var k = 0; k < inputs.Count; k++)
            {
                if (!wanted[k]) continue;
                if (inputs[k].Kind == ValueKind.Tensor) writer.Line(Kernels + ".Complete(ref d" + K(k) + ", x" + K(k) + ", full" + K(k) + ");");
                else writer.Line("d" + K(k) + " += a" + K(k) + ";");
            }
            ReleaseInputs(writer, kernel);
            writer.Close();
        }

        private static string K(int index) => index.ToString(CultureInfo.InvariantCulture);

        private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

        private static string Parameters(KernelModel kernel)
            => string.Join(", ", kernel.Inputs.Select((input, k) => (input.Kind == ValueKind.Tensor ? "global::Adcme.Tensor x" : "double x") + K(k)));

        private static void ReadInputs(SourceWriter writer, KernelModel kernel)
        {
            for (var k = 0; k < kernel.Inputs.Count; k++)
            {
                if (kernel.Inputs[k].Kind == ValueKind.Tensor) writer.Line("var e" + K(k) + " = " + Kernels + ".Read(x" + K(k) + ", shape, out var s" + K(k) + ");");
            }
        }

        /// <summary>Gives back the storage of inputs that <see cref="ReadInputs"/> broadcast.</summary>
        private static void ReleaseInputs(SourceWriter writer, KernelModel kernel)
        {
            for (var k = 0; k < kernel.Inputs.Count; k++)
            {
                if (kernel.Inputs[k].Kind == ValueKind.Tensor) writer.Line(Kernels + ".Release(s" + K(k) + ");");
            }
        }

        /// <summary>The shape of a node's value as a C# expression, or null for a scalar.</summary>
        private static string? ShapeOf(KernelModel kernel, int n)
        {
            var node = kernel.Nodes[n];
            switch (node.Op)
            {
                case "input": return kernel.Inputs[node.Input].Kind == ValueKind.Tensor ? Kernels + ".Shape(x" + K(node.Input) + ")" : null;
                case "constant": return null;
                case "+": case "-": case "*": case "/":
                    var left = ShapeOf(kernel, node.Left);
                    var right = ShapeOf(kernel, node.Right);
                    if (left is null) return right;
                    if (right is null) return left;
                    var operation = node.Op == "+" ? "Add" : node.Op == "-" ? "Subtract" : node.Op == "*" ? "Multiply" : "Divide";
                    return Kernels + ".Broadcast(\"" + operation + "\", " + left + ", " + right + ")";
                default: return ShapeOf(kernel, node.Left);
            }
        }

        /// <summary>Every node's value for element i, children first: v0, v1, … (only those in
        /// <paramref name="used"/> when given).</summary>
        private static void WriteValues(SourceWriter writer, KernelModel kernel, bool[]? used = null)
        {
            for (var n = 0; n < kernel.Nodes.Count; n++)
            {
                if (used is null || used[n]) writer.Line("var v" + K(n) + " = " + Value(kernel, n) + ";");
            }
        }

        /// <summary>The values the adjoint reads (<paramref name="used"/>), and the values those are computed from.</summary>
        private static bool[] Close(KernelModel kernel, bool[] used)
        {
            // Children come before their parents: one backward pass closes the set.
            for (var n = kernel.Nodes.Count - 1; n >= 0; n--)
            {
                if (!used[n]) continue;
                var node = kernel.Nodes[n];
                if (node.Op == "input" || node.Op == "constant") continue;
                if (node.Left >= 0) used[node.Left] = true;
                if (node.Right >= 0) used[node.Right] = true;
            }
            return used;
        }

        /// <summary>A node's value for element i, from the values of its children (v0, v1, …): the rule table's
        /// forward form, the per-element function the runtime's unfused operation computes with too, so that a
        /// fused chain's value equals the unfused one bit for bit.</summary>
        private static string Value(KernelModel kernel, int n)
        {
            var node = kernel.Nodes[n];
            switch (node.Op)
            {
                case "input": return kernel.Inputs[node.Input].Kind == ValueKind.Tensor ? "e" + K(node.Input) + "[i]" : "x" + K(node.Input);
                case "constant": return node.Constant!;
                default:
                    var children = Children(node);
                    return Rule(node).Forward.Print(m => "v" + K(children[m]), () => "v" + K(n), "", Math, Literal);
            }
        }

        private static ElementRule Rule(KernelNode node)
            => RuleTable.ForKernelNode(node) ?? throw new System.InvalidOperationException("no rule for the kernel operation " + node.Op);

        private static int[] Children(KernelNode node) => node.Right >= 0 ? new[] { node.Left, node.Right } : new[] { node.Left };

        private static bool IsNonZeroConstant(KernelNode node)
            => node.Op == "constant" && double.TryParse(node.Constant, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value != 0;

        /// <summary>Kernels compute in double.</summary>
        private static string Literal(double value)
        {
            var text = value.ToString("R", CultureInfo.InvariantCulture);
            return text.IndexOfAny(new[] { '.', 'E' }) < 0 ? text + ".0" : text;
        }
    }
}
