using System.Collections.Generic;
using System.Linq;
using Adcme.Generators.Model;

namespace Adcme.Generators.Emit
{
    // Windows: Tensor.Block(p, row, column, rows, columns) of a tensor variable p, fused into the chain that reads it
    // (the Pad-based stencil, NumPy's way: full = Pad(u, …); Block(full, 0, 1, n, m) + Block(full, 2, 1, n, m) + …).
    // Forward, the grid loop reads p's element (row + r, col + c) in place (W: the window's first element in p, P: the
    // rows' skip), so no block is copied. In reverse, the elementwise pass leaves each window's adjoint in a pooled
    // temporary (y, the kernel's shape; windows whose adjoints are one value share one); then one pass over p's rows gathers, for each element of p, the adjoints of the
    // windows that cover it and adds them into p̄. A row of p̄ is written by the thread that owns it (no scatter into a
    // neighbour's row), and each element's sum runs in the order the unfused code adds Block's pullbacks: the last
    // window first, each window's placed seed with zeros outside it, so that when p is read only through windows p̄ equals
    // the unfused adjoint bit for bit. When a window's shape is not the kernel's (broadcasting), the kernel calls
    // Tensor.Block and reads its value, and Block's own pullback adds the window's adjoint.
    internal static partial class KernelEmitter
    {
        internal static List<int> WindowNodes(KernelModel kernel)
            => Enumerable.Range(0, kernel.Nodes.Count).Where(n => RuleTable.IsWindow(kernel.Nodes[n])).ToList();

        /// <summary>A window's shape: [rows, columns], or Block's error for its operand and arguments.</summary>
        private static string WindowShape(KernelModel kernel, KernelNode node)
            => Kernels + ".Window(" + ShapeOf(kernel, node.Left) + ", " + string.Join(", ", node.Arguments.Select(a => Argument(kernel, a))) + ")";

        /// <summary>The grid loops' condition for each window: its shape is the kernel's grid (not broadcast).</summary>
        private static IEnumerable<string> WindowFits(KernelModel kernel)
            => WindowNodes(kernel).Select(n => kernel.Nodes[n])
                .Select(node => Argument(kernel, node.Arguments[2]) + " == rows && " + Argument(kernel, node.Arguments[3]) + " == columns").Distinct();

        /// <summary>The kernel input a window reads.</summary>
        internal static int Operand(KernelModel kernel, int n) => kernel.Nodes[kernel.Nodes[n].Left].Input;

        /// <summary>Where each window starts in its operand (W<i>n</i>) and how far its rows are apart beyond the grid's
        /// (P<i>n</i>): the grid's element i (row, col) is the operand's element i + row · P + W.</summary>
        internal static void WindowStrides(SourceWriter writer, KernelModel kernel, IReadOnlyList<int> windows)
        {
            foreach (var n in windows)
            {
                var node = kernel.Nodes[n];
                var width = Kernels + ".Shape(x" + K(Operand(kernel, n)) + ")[1]";
                writer.Line("var W" + K(n) + " = " + Argument(kernel, node.Arguments[0]) + " * " + width + " + " + Argument(kernel, node.Arguments[1]) + ";");
                writer.Line("var P" + K(n) + " = " + width + " - columns;");
            }
        }

        /// <summary>A window's value at element i (or the vector from i): its operand's element in place on the grid, or
        /// the value Tensor.Block computed (the flat loop).</summary>
        private static string WindowValue(KernelModel kernel, int n, Lanes lanes, Access access)
        {
            var source = access == Access.Flat ? "M" + K(n) : "e" + K(Operand(kernel, n));
            var index = access == Access.Flat ? "i" : "i + row * P" + K(n) + " + W" + K(n);
            return lanes == Lanes.Vector ? Kernels + ".Load(" + source + ", " + index + ")" : source + "[" + index + "]";
        }

        /// <summary>The windows computed by Tensor.Block, for the flat loop (m<i>n</i>, M<i>n</i> as for stencils).</summary>
        private static void MaterializeWindows(SourceWriter writer, KernelModel kernel, IReadOnlyList<int> windows)
        {
            foreach (var n in windows)
            {
                var node = kernel.Nodes[n];
                writer.Line("var m" + K(n) + " = global::Adcme.Tensor.Block(x" + K(Operand(kernel, n)) + ", "
                    + string.Join(", ", node.Arguments.Select(a => Argument(kernel, a))) + ");");
                writer.Line("var M" + K(n) + " = " + Kernels + ".Input(m" + K(n) + ", shape, out var ms" + K(n) + ");");
            }
        }

        /// <summary>The flat path's reverse of the windows: Block's pullback on each window's adjoint, the last window
        /// first (the unfused order).</summary>
        internal static void WindowPullbacks(SourceWriter writer, KernelModel kernel, IReadOnlyList<int> windows)
        {
            foreach (var n in windows.Reverse())
            {
                var node = kernel.Nodes[n];
                var k = Operand(kernel, n);
                writer.Line(Kernels + ".Complete(ref z" + K(n) + ", m" + K(n) + ", zf" + K(n) + ");");
                writer.Line("global::Adcme.Tensor.Block_Pullback(x" + K(k) + ", " + string.Join(", ", node.Arguments.Select(a => Argument(kernel, a)))
                    + ", m" + K(n) + ", z" + K(n) + "!, ref d" + K(k) + ");");
                writer.Line("z" + K(n) + "!.Dispose();");
            }
        }

        /// <summary>The grid path's reverse of the windows: per operand, one pass over its rows that adds into each element
        /// the adjoints of the windows covering it (T<i>n</i>, L<i>n</i>: a window's top row and left column; N: the
        /// operand's columns; [G, H): the columns every window covers, where whole vectors need no test).</summary>
        private static void GatherWindows(SourceWriter writer, List<LoopBody> bodies, string name, KernelModel kernel, IReadOnlyList<int> windows,
            bool[] accumulating, IReadOnlyDictionary<int, int> shared)
        {
            string Y(int n) => "y" + K(shared[n]);
            foreach (var k in windows.Select(n => Operand(kernel, n)).Distinct().ToList())
            {
                // The last window first: the unfused reverse runs Block's pullbacks in reverse program order.
                var group = windows.Where(n => Operand(kernel, n) == k).Reverse().ToList();
                var x = "x" + K(k);
                if (!accumulating[k])
                {
                    writer.Line("var a" + K(k) + " = " + Kernels + ".AdjointTensor(ref d" + K(k) + ", " + x + ", " + Kernels + ".Shape(" + x + "), out _, out var fresh" + K(k) + ");");
                    accumulating[k] = true;
                }
                writer.Line("var N" + K(k) + " = " + Kernels + ".Shape(" + x + ")[1];");
                foreach (var n in group)
                {
                    writer.Line("var T" + K(n) + " = " + Argument(kernel, kernel.Nodes[n].Arguments[0]) + ";");
                    writer.Line("var L" + K(n) + " = " + Argument(kernel, kernel.Nodes[n].Arguments[1]) + ";");
                }
                var from = group.Select(n => "L" + K(n)).Aggregate((a, b) => Math + ".Max(" + a + ", " + b + ")");
                var to = group.Select(n => "L" + K(n) + " + columns").Aggregate((a, b) => Math + ".Min(" + a + ", " + b + ")");
                writer.Line("var G" + K(k) + " = " + from + ";");
                writer.Line("var H" + K(k) + " = " + to + ";");

                var loop = new SourceWriter();
                loop.Open("for (var row = from; row < to; row++)");
                foreach (var n in group)
                {
                    loop.Line("var c" + K(n) + " = row >= T" + K(n) + " && row < T" + K(n) + " + rows;");
                    loop.Line("var o" + K(n) + " = (row - T" + K(n) + ") * columns - L" + K(n) + ";");
                }
                loop.Open("for (int col = 0, i = row * N" + K(k) + "; col < N" + K(k) + ";)");
                loop.Open("if (col >= G" + K(k) + " && col <= H" + K(k) + " - " + Kernels + ".Width)");
                string VectorTerm(int n) => "(c" + K(n) + " ? " + Kernels + ".Load(" + Y(n) + ", o" + K(n) + " + col) : global::System.Numerics.Vector<double>.Zero)";
                loop.Line("var t = fresh" + K(k) + " ? " + VectorTerm(group[0]) + " : " + Kernels + ".Load(a" + K(k) + ", i) + " + VectorTerm(group[0]) + ";");
                foreach (var n in group.Skip(1)) loop.Line("t = t + " + VectorTerm(n) + ";");
                loop.Line(Kernels + ".Store(a" + K(k) + ", i, t);");
                loop.Line("col += " + Kernels + ".Width;");
                loop.Line("i += " + Kernels + ".Width;");
                loop.Close();
                loop.Open("else");
                string ScalarTerm(int n) => "(c" + K(n) + " && col >= L" + K(n) + " && col < L" + K(n) + " + columns ? " + Y(n) + "[o" + K(n) + " + col] : 0.0)";
                loop.Line("var t = fresh" + K(k) + " ? " + ScalarTerm(group[0]) + " : a" + K(k) + "[i] + " + ScalarTerm(group[0]) + ";");
                foreach (var n in group.Skip(1)) loop.Line("t = t + " + ScalarTerm(n) + ";");
                loop.Line("a" + K(k) + "[i] = t;");
                loop.Line("col++;");
                loop.Line("i++;");
                loop.Close();
                loop.Close();
                loop.Close();
                RunBody(writer, bodies, name + "_PullbackWindows" + K(k), "The adjoint of " + name + "'s windows of input " + K(k)
                    + ": each element of the input gathers the adjoints of the windows that cover it, by rows of the input.",
                    "windows" + K(k), Kernels + ".Shape(" + x + ")[0]", Cost(group.Count, "N" + K(k)), "1", "", loop.ToString(), new int[0], true, kernel);
            }
            foreach (var n in windows.Where(n => shared[n] == n)) writer.Line("y" + K(n) + ".Dispose();");
        }

        /// <summary>For each needed window, the window whose temporary holds its adjoint on the grid: itself, or the first
        /// window whose adjoint is the same value — the rule table passes a node's adjoint unchanged ("$g": both sides of
        /// +, the left of −) to a child, so the four windows of <c>up + down + left + right − 4·centre</c> share one.</summary>
        internal static Dictionary<int, int> SharedWindowAdjoints(KernelModel kernel, bool[] needed)
        {
            var nodes = kernel.Nodes;
            // The node whose adjoint this node's adjoint is (each node has one parent; parents come after their children).
            var same = Enumerable.Range(0, nodes.Count).ToArray();
            for (var n = nodes.Count - 1; n >= 0; n--)
            {
                var node = nodes[n];
                if (node.Op is "input" or "constant" || RuleTable.StencilOf(node) is not null || RuleTable.IsWindow(node) || !needed[n]) continue;
                var rule = Rule(node);
                var children = Children(node);
                for (var c = 0; c < children.Length; c++)
                {
                    if (!needed[children[c]] || (node.Op == "Pow" && c == 1)) continue;
                    // The partial Backward prints: "$g" prints as the parent's adjoint variable itself.
                    if (rule.Partials[c].Choose(m => IsNonZeroConstant(nodes[children[m]])).Text == "$g") same[children[c]] = same[n];
                }
            }
            var shared = new Dictionary<int, int>();
            var first = new Dictionary<int, int>();
            foreach (var n in WindowNodes(kernel).Where(n => needed[n]))
            {
                if (!first.TryGetValue(same[n], out var holder)) first[same[n]] = holder = n;
                shared[n] = holder;
            }
            return shared;
        }
    }
}
