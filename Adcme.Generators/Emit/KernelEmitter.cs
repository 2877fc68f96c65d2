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
                string V(int m) => "v" + K(m);
                switch (node.Op)
                {
                    case "+":
                        Send(node.Left, bar);
                        Send(node.Right, bar);
                        break;
                    case "-":
                        Send(node.Left, bar);
                        Send(node.Right, "-" + bar);
                        break;
                    case "*":
                        Send(node.Left, bar + " * " + V(node.Right));
                        Send(node.Right, bar + " * " + V(node.Left));
                        break;
                    case "/":
                        Send(node.Left, bar + " / " + V(node.Right));
                        Send(node.Right, "-(" + bar + " / " + V(node.Right) + " * " + V(n) + ")");
                        break;
                    case "neg": Send(node.Left, "-" + bar); break;
                    case "Exp": Send(node.Left, bar + " * " + V(n)); break;
                    case "Log": Send(node.Left, bar + " / " + V(node.Left)); break;
                    case "Sin": Send(node.Left, bar + " * " + Math + ".Cos(" + V(node.Left) + ")"); break;
                    case "Cos": Send(node.Left, "-(" + bar + " * " + Math + ".Sin(" + V(node.Left) + "))"); break;
                    case "Tanh": Send(node.Left, bar + " * (1.0 - " + V(n) + " * " + V(n) + ")"); break;
                    case "Sqrt": Send(node.Left, bar + " / (2.0 * " + V(n) + ")"); break;
                    case "Abs": Send(node.Left, "(" + V(node.Left) + " > 0.0 ? " + bar + " : " + V(node.Left) + " < 0.0 ? -" + bar + " : 0.0)"); break;
                    case "Relu": Send(node.Left, "(" + V(node.Left) + " > 0.0 ? " + bar + " : 0.0)"); break;
                    case "Sigmoid": Send(node.Left, bar + " * " + V(n) + " * (1.0 - " + V(n) + ")"); break;
                    case "Pow":
                        // x^0 has derivative 0 everywhere, also at x = 0 where p·x^(p−1) would be 0·∞.
                        var power = bar + " * " + V(node.Right) + " * " + Math + ".Pow(" + V(node.Left) + ", " + V(node.Right) + " - 1.0)";
                        var exponent = nodes[node.Right];
                        var nonZero = exponent.Op == "constant" && double.TryParse(exponent.Constant, System.Globalization.NumberStyles.Float,
                            System.Globalization.CultureInfo.InvariantCulture, out var constant) && constant != 0;
                        Send(node.Left, nonZero ? power : "(" + V(node.Right) + " == 0.0 ? 0.0 : " + power + ")");
                        break;
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
            WriteValues(writer, kernel, ReadValues(kernel, backward.ToString()));
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

        /// <summary>The values (vN) that <paramref name="code"/> reads, and the values those are computed from.</summary>
        private static bool[] ReadValues(KernelModel kernel, string code)
        {
            var used = new bool[kernel.Nodes.Count];
            foreach (System.Text.RegularExpressions.Match match in System.Text.RegularExpressions.Regex.Matches(code, @"\bv(\d+)\b"))
            {
                used[int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)] = true;
            }
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

        /// <summary>A node's value for element i, from the values of its children (v0, v1, …).</summary>
        private static string Value(KernelModel kernel, int n)
        {
            var node = kernel.Nodes[n];
            string V(int m) => "v" + K(m);
            switch (node.Op)
            {
                case "input": return kernel.Inputs[node.Input].Kind == ValueKind.Tensor ? "e" + K(node.Input) + "[i]" : "x" + K(node.Input);
                case "constant": return node.Constant!;
                case "+": case "-": case "*": case "/": return V(node.Left) + " " + node.Op + " " + V(node.Right);
                default: return Function(node.Op, V(node.Left), node.Right >= 0 ? V(node.Right) : null);
            }
        }

        private static string Function(string op, string x, string? exponent) => op switch
        {
            "neg" => "(-" + x + ")",
            "Relu" => Math + ".Max(" + x + ", 0.0)",
            "Sigmoid" => "(1.0 / (1.0 + " + Math + ".Exp(-" + x + ")))",
            "Pow" => Math + ".Pow(" + x + ", " + exponent + ")",
            _ => Math + "." + op + "(" + x + ")",
        };
    }
}
