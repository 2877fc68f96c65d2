using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Adcme.Generators.Model;

namespace Adcme.Generators.Emit
{
    /// <summary>
    /// Writes a fused elementwise kernel (see <see cref="Analysis.Fusion"/>): the forward loop, and the pullback loop,
    /// which recomputes each element's intermediate values and sends its adjoint back through them to the inputs whose
    /// adjoints are wanted at that call site.
    /// Both are printed from the rule table twice: as scalar code, and, when every rule the loop prints is plain
    /// arithmetic (<see cref="RuleTable.Vectorizes"/>), as <c>Vector&lt;double&gt;</c> code over whole vectors of
    /// elements with the scalar code for the rest; each lane computes what the scalar code computes, so the two give
    /// the same bits (a scalar input's adjoint, a sum over elements, is summed in vector-wide partial sums).
    /// A kernel with stencil nodes (<see cref="StencilRule"/>) runs over the rows and columns of its 2-D grid when
    /// every stencil operand has the kernel's shape: forward in one pass; in reverse, one pass for the elementwise
    /// adjoints (each stencil node's adjoint into a pooled temporary) and one pass per stencil that applies its
    /// adjoint stencil to that temporary. Otherwise (broadcasting, or not 2-D) the stencils are first computed by the
    /// runtime's primitives — which give the errors the unfused code gives — and the kernel reads their values.
    /// </summary>
    internal static partial class KernelEmitter
    {
        private const string Kernels = "global::Adcme.Kernels";
        private const string Math = "global::System.Math";

        internal enum Lanes
        {
            Scalar,
            Vector,
        }

        /// <summary>Where a stencil node's value comes from: computed from its operand's neighbours (the grid loops)
        /// or read from the value the runtime's primitive computed (the flat loop).</summary>
        internal enum Access
        {
            Grid,
            Flat,
        }

        /// <summary>The expression in the user's terms, for the kernel's summary.</summary>
        public static string Describe(KernelModel kernel, IReadOnlyList<string> inputNames)
        {
            string Text(int n)
            {
                var node = kernel.Nodes[n];
                if (RuleTable.StencilOf(node) is { } stencil)
                {
                    return stencil.Name + "(" + (node.Coefficient >= 0 ? Text(node.Coefficient) + ", " : "") + Text(node.Left) + ", " + Text(node.Right) + ")";
                }
                if (RuleTable.IsWindow(node)) return "Block(" + Text(node.Left) + ", " + string.Join(", ", node.Arguments.Select(Text)) + ")";
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
            var stencils = StencilNodes(kernel);
            var vector = ForwardVectorizes(kernel);
            var bodies = new List<LoopBody>();
            writer.Line("/// <summary>Fused elementwise kernel: " + Escape(description) + ".</summary>");
            writer.Line(GeneratedCode.Attribute);
            writer.Open("private static global::Adcme.Tensor " + name + "(" + Parameters(kernel) + ")");
            DeviceKernelEmitter.Dispatch(writer, name, kernel, null);
            writer.Line("var shape = " + ShapeOf(kernel, kernel.Nodes.Count - 1) + ";");
            writer.Line("var result = " + Kernels + ".Output(shape);");
            ReadInputs(writer, kernel);
            if (vector) Splats(writer, kernel);
            var root = kernel.Nodes.Count - 1;
            // The values the result is computed from (a stencil reads its operand's elements, not its children's values).
            var values = new bool[kernel.Nodes.Count];
            values[root] = true;
            Close(kernel, values);
            void Element(SourceWriter w, Lanes lanes, Access access)
            {
                WriteValues(w, kernel, lanes, access, values);
                if (lanes == Lanes.Scalar) w.Line("r[i] = v" + K(root) + ";");
                else w.Line(Kernels + ".Store(r, i, v" + K(root) + ");");
            }
            var cost = ElementCost(kernel);
            var result = new Dictionary<string, string> { ["r"] = "result" };
            var none = new int[0];
            void Flat()
            {
                var loop = new SourceWriter();
                FlatLoop(loop, vector, (w, lanes) => Element(w, lanes, Access.Flat));
                RunBody(writer, bodies, name + "_Flat", "The loop of " + name + " over its elements.", "body", "result.Length", Cost(cost, null),
                    "8", "", loop.ToString(), none, vector, kernel, result);
            }
            var windows = WindowNodes(kernel);
            if (stencils.Count > 0 || windows.Count > 0)
            {
                writer.Open("if (" + GridTest(kernel, stencils) + ")");
                Scales(writer, kernel, stencils, vector);
                WindowStrides(writer, kernel, windows);
                var loop = new SourceWriter();
                GridLoop(loop, Reach(kernel, stencils), vector, (w, lanes) => Element(w, lanes, Access.Grid));
                RunBody(writer, bodies, name + "_Grid", "The loop of " + name + " over its grid, by rows.", "body", "rows", Cost(cost, "columns"),
                    "1", "", loop.ToString(), none, vector, kernel, result);
                writer.Close();
                writer.Open("else");
                Materialize(writer, kernel, stencils);
                MaterializeWindows(writer, kernel, windows);
                Flat();
                ReleaseMaterialized(writer, stencils.Concat(windows).ToList());
                writer.Close();
            }
            else
            {
                Flat();
            }
            ReleaseInputs(writer, kernel);
            writer.Line("return result;");
            writer.Close();
            EmitBodies(writer, bodies);
            DeviceKernelEmitter.EmitForward(writer, name, kernel, description);
        }

        public static void EmitPullback(SourceWriter writer, string name, KernelModel kernel, IReadOnlyList<bool> wanted, string description)
        {
            var inputs = kernel.Inputs;
            var nodes = kernel.Nodes;
            var parameters = new List<string> { Parameters(kernel), "global::Adcme.Tensor seed" };
            for (var k = 0; k < inputs.Count; k++)
            {
                if (wanted[k]) parameters.Add("ref " + (inputs[k].Kind == ValueKind.Tensor ? "global::Adcme.Tensor? d" : "double d") + K(k));
            }

            // Which nodes lead to a wanted input (their adjoints are worth computing).
            var needed = new bool[nodes.Count];
            for (var n = 0; n < nodes.Count; n++)
            {
                var node = nodes[n];
                needed[n] = node.Op == "input" ? wanted[node.Input]
                    : node.Op != "constant" && (needed[node.Left] || (!RightIsFixed(node) && node.Right >= 0 && needed[node.Right])
                        || (node.Coefficient >= 0 && needed[node.Coefficient]));
            }
            var stencils = StencilNodes(kernel).Where(n => needed[n]).ToList();
            var allStencils = StencilNodes(kernel);
            var windows = WindowNodes(kernel).Where(n => needed[n]).ToList();
            var allWindows = WindowNodes(kernel);

            // The adjoint statements, once per kind of lanes: which values they read, which inputs they add into.
            var used = new bool[nodes.Count];
            var contributions = new List<string>[inputs.Count];
            for (var k = 0; k < inputs.Count; k++) contributions[k] = new List<string>();
            var vector = PullbackVectorizes(kernel, needed);
            // (The same for the grid and the flat loops: a stencil node's adjoint goes to its temporary in both.)
            // (On the grid, windows whose adjoints are one value share one temporary; the flat loop keeps one each, as
            // each is summed down to its own shape.)
            var shared = SharedWindowAdjoints(kernel, needed);
            var backward = new Dictionary<Lanes, string>();
            var backwardGrid = new Dictionary<Lanes, string>();
            foreach (var lanes in vector ? new[] { Lanes.Scalar, Lanes.Vector } : new[] { Lanes.Scalar })
            {
                for (var k = 0; k < inputs.Count; k++) contributions[k].Clear();
                backwardGrid[lanes] = Backward(kernel, needed, wanted, lanes, used, contributions, shared);
                for (var k = 0; k < inputs.Count; k++) contributions[k].Clear();
                backward[lanes] = Backward(kernel, needed, wanted, lanes, used, contributions);
            }
            var elementwise = Enumerable.Range(0, inputs.Count).Select(k => wanted[k] && contributions[k].Count > 0).ToArray();
            // The scalar inputs whose adjoints the elementwise pass sums (per block, in block order).
            var sums = Enumerable.Range(0, inputs.Count).Where(k => elementwise[k] && inputs[k].Kind != ValueKind.Tensor).ToList();
            Close(kernel, used);
            var bodies = new List<LoopBody>();
            var cost = ElementCost(kernel);

            writer.Line("/// <summary>Pullback of the fused kernel " + Escape(description) + ": adds into the wanted inputs' adjoints.</summary>");
            writer.Line(GeneratedCode.Attribute);
            writer.Open("private static void " + name + "_Pullback(" + string.Join(", ", parameters) + ")");
            DeviceKernelEmitter.Dispatch(writer, name, kernel, wanted);
            writer.Line("var shape = " + ShapeOf(kernel, nodes.Count - 1) + ";");
            writer.Line("var g = " + Kernels + ".SeedTensor(seed, shape);");
            ReadInputs(writer, kernel);
            for (var k = 0; k < inputs.Count; k++)
            {
                if (!elementwise[k] || inputs[k].Kind != ValueKind.Tensor) continue;
                writer.Line("var a" + K(k) + " = " + Kernels + ".AdjointTensor(ref d" + K(k) + ", x" + K(k) + ", shape, out var full" + K(k) + ", out var fresh" + K(k) + ");");
            }
            if (vector) Splats(writer, kernel);

            void Pass(SourceWriter w, Lanes lanes, Access access)
            {
                WriteValues(w, kernel, lanes, access, used);
                w.Raw(Reindent((access == Access.Grid ? backwardGrid : backward)[lanes], w.Indent));
            }
            if (allStencils.Count > 0 || allWindows.Count > 0)
            {
                writer.Open("if (" + GridTest(kernel, allStencils) + ")");
                Scales(writer, kernel, allStencils, vector);
                WindowStrides(writer, kernel, allWindows);
                foreach (var n in stencils.Concat(windows.Where(n => shared[n] == n))) writer.Line("var y" + K(n) + " = " + Kernels + ".Output(shape);");
                var loop = new SourceWriter();
                GridLoop(loop, Reach(kernel, allStencils), vector, (w, lanes) => Pass(w, lanes, Access.Grid));
                RunBody(writer, bodies, name + "_PullbackGrid", "The elementwise pass of " + name + "_Pullback over its grid, by rows.", "body", "rows",
                    Cost(cost, "columns"), "1", Kernels + ".RowsPerBlock(columns)", loop.ToString(), sums, vector, kernel);
                var operands = stencils.Select(n => nodes[nodes[n].Left].Input).ToList();
                CompleteElementwise(writer, kernel, elementwise, sums, operands.Concat(windows.Select(n => nodes[nodes[n].Left].Input)).ToList());
                // Each stencil's adjoint: its rule applied to the stencil node's adjoint, added into its operand's.
                var accumulating = (bool[])elementwise.Clone();
                for (var p = 0; p < stencils.Count; p++)
                {
                    var n = stencils[p];
                    var rule = RuleTable.StencilOf(nodes[n])!;
                    var k = operands[p];
                    if (!rule.SelfAdjoint || rule.Margin != 0)
                    {
                        // The primitive's own pullback, on the stencil node's adjoint (its result's shape).
                        PrimitivePullback(writer, kernel, wanted, n, "y" + K(n), "y" + K(n));
                        writer.Line("y" + K(n) + ".Dispose();");
                        continue;
                    }
                    if (!accumulating[k])
                    {
                        writer.Line("var a" + K(k) + " = " + Kernels + ".AdjointTensor(ref d" + K(k) + ", x" + K(k) + ", shape, out _, out var fresh" + K(k) + ");");
                        accumulating[k] = true;
                    }
                    // The stencil rule is plain arithmetic: its pass is vector code whatever the chain's rules are.
                    if (!vector) writer.Line("var Q" + K(n) + " = " + Kernels + ".Splat(q" + K(n) + ");");
                    var stencilLoop = new SourceWriter();
                    GridLoop(stencilLoop, rule.Reach, true, (w, lanes) =>
                    {
                        if (lanes == Lanes.Scalar)
                        {
                            foreach (var line in rule.ScalarForm("t", "y" + K(n), "i", "columns", "q" + K(n), Literal)) w.Line(line);
                            w.Line("a" + K(k) + "[i] = fresh" + K(k) + " ? t : a" + K(k) + "[i] + t;");
                        }
                        else
                        {
                            w.Line("var t = " + rule.VectorForm(at => Kernels + ".Load(y" + K(n) + ", " + at + ")", "i", "columns", "Q" + K(n), VectorLiteral) + ";");
                            w.Line(Kernels + ".Store(a" + K(k) + ", i, fresh" + K(k) + " ? t : " + Kernels + ".Load(a" + K(k) + ", i) + t);");
                        }
                    });
                    RunBody(writer, bodies, name + "_PullbackStencil" + K(n), "The adjoint of " + name + "'s stencil node " + K(n) + " (its rule on the node's adjoint), by rows.",
                        "stencil" + K(n), "rows", "columns", "1", "", stencilLoop.ToString(), new int[0], true, kernel);
                    if (operands.Skip(p + 1).Contains(k) || windows.Any(w => nodes[nodes[w].Left].Input == k)) writer.Line("fresh" + K(k) + " = false;");
                    writer.Line("y" + K(n) + ".Dispose();");
                }
                GatherWindows(writer, bodies, name, kernel, windows, accumulating, shared);
                writer.Close();
                writer.Open("else");
                Materialize(writer, kernel, allStencils);
                MaterializeWindows(writer, kernel, allWindows);
                foreach (var n in stencils.Concat(windows))
                {
                    writer.Line("global::Adcme.Tensor? z" + K(n) + " = null;");
                    writer.Line("var y" + K(n) + " = " + Kernels + ".AdjointTensor(ref z" + K(n) + ", m" + K(n) + ", shape, out var zf" + K(n) + ", out _);");
                }
                FlatPass();
                CompleteElementwise(writer, kernel, elementwise, sums);
                foreach (var n in stencils)
                {
                    var rule = RuleTable.StencilOf(nodes[n])!;
                    var node = nodes[n];
                    writer.Line(Kernels + ".Complete(ref z" + K(n) + ", m" + K(n) + ", zf" + K(n) + ");");
                    PrimitivePullback(writer, kernel, wanted, n, "m" + K(n), "z" + K(n) + "!");
                    writer.Line("z" + K(n) + "!.Dispose();");
                }
                WindowPullbacks(writer, kernel, windows);
                ReleaseMaterialized(writer, allStencils.Concat(allWindows).ToList());
                writer.Close();
            }
            else
            {
                FlatPass();
                CompleteElementwise(writer, kernel, elementwise, sums);
            }
            ReleaseInputs(writer, kernel);
            writer.Close();
            EmitBodies(writer, bodies);
            DeviceKernelEmitter.EmitPullback(writer, name, kernel, wanted, description);

            void FlatPass()
            {
                var loop = new SourceWriter();
                FlatLoop(loop, vector, (w, lanes) => Pass(w, lanes, Access.Flat));
                RunBody(writer, bodies, name + "_PullbackFlat", "The elementwise pass of " + name + "_Pullback over its elements.", "body", "g.Length",
                    Cost(cost, null), "8", Kernels + ".SumBlock", loop.ToString(), sums, vector, kernel);
            }
        }

        /// <summary>A stencil node's reverse by its primitive's pullback, on the node's adjoint <paramref name="seed"/>: the
        /// operands' adjoints added into theirs (Diffusion's κ̄ and ū both; an operand whose adjoint is not wanted here gets
        /// a local, given back after).</summary>
        internal static void PrimitivePullback(SourceWriter writer, KernelModel kernel, IReadOnlyList<bool> wanted, int n, string result, string seed)
        {
            var node = kernel.Nodes[n];
            var rule = RuleTable.StencilOf(node)!;
            var operands = node.Coefficient >= 0 ? new[] { node.Coefficient, node.Left } : new[] { node.Left };
            var arguments = new List<string>();
            var adjoints = new List<string>();
            foreach (var operand in operands)
            {
                var k = kernel.Nodes[operand].Input;
                arguments.Add("x" + K(k));
                if (wanted[k])
                {
                    adjoints.Add("ref d" + K(k));
                    continue;
                }
                writer.Line("global::Adcme.Tensor? unused" + K(n) + " = null;");
                adjoints.Add("ref unused" + K(n));
            }
            writer.Line(rule.ContainingType + "." + rule.Name + "_Pullback(" + string.Join(", ", arguments) + ", " + Argument(kernel, node.Right)
                + ", " + result + ", " + seed + ", " + string.Join(", ", adjoints) + ");");
            if (adjoints.Any(a => a.StartsWith("ref unused", System.StringComparison.Ordinal))) writer.Line("unused" + K(n) + "?.Dispose();");
        }

        /// <summary>The adjoint statements of one element (or one vector of elements), root first: each node's adjoint
        /// from its parent's, printed from the rule table; what reaches an input is added into its accumulator, what
        /// reaches a stencil node is kept for the stencil's own pass. Marks in <paramref name="used"/> the values read.</summary>
        internal static string Backward(KernelModel kernel, bool[] needed, IReadOnlyList<bool> wanted, Lanes lanes, bool[] used,
            List<string>[] contributions, IReadOnlyDictionary<int, int>? sharedWindows = null)
        {
            var nodes = kernel.Nodes;
            var inputs = kernel.Inputs;
            var vector = lanes == Lanes.Vector;
            var math = vector ? Kernels : Math;
            System.Func<double, string> literal = vector ? VectorLiteral : Literal;
            var backward = new SourceWriter();
            var root = nodes.Count - 1;
            backward.Line("var b" + K(root) + " = " + (vector ? Kernels + ".Load(g, i)" : "g[i]") + ";");
            for (var n = root; n >= 0; n--)
            {
                var node = nodes[n];
                if (node.Op == "input" || node.Op == "constant" || !needed[n]) continue;
                var bar = "b" + K(n);
                if (RuleTable.StencilOf(node) is not null || RuleTable.IsWindow(node))
                {
                    // A window whose adjoint another window's temporary holds stores nothing.
                    if (sharedWindows is not null && sharedWindows.TryGetValue(n, out var holder) && holder != n) continue;
                    backward.Line(vector ? Kernels + ".Store(y" + K(n) + ", i, " + bar + ");" : "y" + K(n) + "[i] = " + bar + ";");
                    continue;
                }
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
                    Send(children[c], partial.Print(m => "v" + K(children[m]), () => "v" + K(n), bar, math, literal));
                }
            }
            for (var k = 0; k < inputs.Count; k++)
            {
                if (!wanted[k] || contributions[k].Count == 0) continue;
                var sum = string.Join(" + ", contributions[k].Select(c => c.StartsWith("-", System.StringComparison.Ordinal) ? "(" + c + ")" : c));
                if (inputs[k].Kind == ValueKind.Tensor)
                {
                    backward.Line(vector
                        ? Kernels + ".Store(a" + K(k) + ", i, fresh" + K(k) + " ? " + sum + " : " + Kernels + ".Load(a" + K(k) + ", i) + " + sum + ");"
                        : "a" + K(k) + "[i] = fresh" + K(k) + " ? " + sum + " : a" + K(k) + "[i] + " + sum + ";");
                }
                else
                {
                    backward.Line((vector ? "A" : "a") + K(k) + " += " + sum + ";");
                }
            }
            return backward.ToString();
        }

        /// <summary>After the elementwise pass: broadcast inputs' adjoints summed down, scalar inputs' sums added.</summary>
        private static void CompleteElementwise(SourceWriter writer, KernelModel kernel, bool[] elementwise, IReadOnlyList<int> sums, ICollection<int>? stencilOperands = null)
        {
            for (var k = 0; k < kernel.Inputs.Count; k++)
            {
                if (!elementwise[k] || kernel.Inputs[k].Kind != ValueKind.Tensor) continue;
                writer.Line(Kernels + ".Complete(ref d" + K(k) + ", x" + K(k) + ", full" + K(k) + ");");
                // A stencil's pass adds to what the elementwise pass assigned.
                if (stencilOperands is not null && stencilOperands.Contains(k)) writer.Line("fresh" + K(k) + " = false;");
            }
            AddSums(writer, sums);
        }

        /// <summary>The work of one element of a kernel, in elements of an addition (the runtime's measure for
        /// <c>Parallelism.MinimumLength</c>): 1, or 4 for each System.Math function and 8 for each Diffusion in the chain
        /// (as the runtime counts them).</summary>
        private static int ElementCost(KernelModel kernel)
        {
            var functions = kernel.Nodes.Count(node => node.Op is "Exp" or "Log" or "Sin" or "Cos" or "Tanh" or "Sigmoid" or "Pow");
            var diffusions = kernel.Nodes.Count(node => RuleTable.StencilOf(node) is { HasCoefficient: true });
            return System.Math.Max(1, 4 * functions + 8 * diffusions);
        }

        /// <summary>A unit's cost as C# text: per element, or per row of <paramref name="row"/> elements.</summary>
        private static string Cost(int perElement, string? row)
            => row is null ? K(perElement) : perElement == 1 ? row : K(perElement) + "L * " + row;

        /// <summary>Re-indents text written by a writer at indent 0.</summary>
        internal static string Reindent(string text, int indent)
        {
            var pad = new string(' ', indent * 4);
            var lines = text.Split('\n');
            var result = new System.Text.StringBuilder();
            foreach (var line in lines)
            {
                if (line.Length == 0) continue;
                result.Append(pad).Append(line).Append('\n');
            }
            return result.ToString();
        }

        /// <summary>Every element of a flat loop in [from, to): whole vectors first (when <paramref name="vector"/>), then the rest.</summary>
        private static void FlatLoop(SourceWriter writer, bool vector, System.Action<SourceWriter, Lanes> body)
        {
            writer.Line("var i = from;");
            if (vector)
            {
                writer.Open("for (; i <= to - " + Kernels + ".Width; i += " + Kernels + ".Width)");
                body(writer, Lanes.Vector);
                writer.Close();
            }
            writer.Open("for (; i < to; i++)");
            body(writer, Lanes.Scalar);
            writer.Close();
        }

        /// <summary>Every element of the grid's rows [from, to): where a whole vector of elements has all its stencil
        /// neighbours inside the grid the vector code, elsewhere (near the edges, the rest of a row) the scalar code.</summary>
        private static void GridLoop(SourceWriter writer, int reach, bool vector, System.Action<SourceWriter, Lanes> body)
        {
            var r = K(reach);
            writer.Open("for (var row = from; row < to; row++)");
            if (vector)
            {
                if (reach > 0) writer.Line("var inner = row >= " + r + " && row < rows - " + r + ";");
                writer.Open("for (int col = 0, i = row * columns; col < columns;)");
                writer.Open(reach > 0 ? "if (inner && col >= " + r + " && col <= columns - " + r + " - " + Kernels + ".Width)"
                    : "if (col <= columns - " + Kernels + ".Width)");
                body(writer, Lanes.Vector);
                writer.Line("col += " + Kernels + ".Width;");
                writer.Line("i += " + Kernels + ".Width;");
                writer.Close();
                writer.Open("else");
                body(writer, Lanes.Scalar);
                writer.Line("col++;");
                writer.Line("i++;");
                writer.Close();
                writer.Close();
            }
            else
            {
                writer.Open("for (int col = 0, i = row * columns; col < columns; col++, i++)");
                body(writer, Lanes.Scalar);
                writer.Close();
            }
            writer.Close();
        }

        /// <summary>The test that the grid loops apply: the kernel's shape is a 2-D grid that every stencil operand has.</summary>
        internal static string GridTest(KernelModel kernel, IReadOnlyList<int> stencils)
        {
            var operands = stencils.SelectMany(n => (kernel.Nodes[n].Coefficient >= 0 ? new[] { kernel.Nodes[n].Coefficient, kernel.Nodes[n].Left } : new[] { kernel.Nodes[n].Left })
                .Select(operand => Kernels + ".Fits(x" + K(kernel.Nodes[operand].Input) + ", rows, columns, " + K(RuleTable.StencilOf(kernel.Nodes[n])!.Margin) + ")")).Distinct();
            return string.Join(" && ", new[] { Kernels + ".Grid(shape, out var rows, out var columns)" }.Concat(operands).Concat(WindowFits(kernel)));
        }

        /// <summary>Where a stencil's operand holds the result's element i (row, col): i itself, or in a padded
        /// operand (rows of <see cref="Stride"/> elements) margin rows down and margin columns in.</summary>
        internal static string OperandIndex(StencilRule stencil, int n)
        {
            if (stencil.Margin == 0) return "i";
            var margin = K(stencil.Margin);
            return "i + " + K(2 * stencil.Margin) + " * row + " + (stencil.Margin == 1 ? "" : margin + " * ") + "S" + K(n) + " + " + margin;
        }

        /// <summary>The length of the stencil operand's rows.</summary>
        internal static string Stride(StencilRule stencil, int n) => stencil.Margin == 0 ? "columns" : "S" + K(n);

        /// <summary>Each stencil's scale (and its vector), computed once as the primitive computes it.</summary>
        internal static void Scales(SourceWriter writer, KernelModel kernel, IReadOnlyList<int> stencils, bool vector)
        {
            foreach (var n in stencils)
            {
                var node = kernel.Nodes[n];
                var rule = RuleTable.StencilOf(node)!;
                writer.Line("var q" + K(n) + " = " + rule.Scale.Print(_ => Argument(kernel, node.Right), () => "", "", Math, Literal) + ";");
                if (rule.Margin > 0) writer.Line("var S" + K(n) + " = columns + " + K(2 * rule.Margin) + ";");
                if (vector) writer.Line("var Q" + K(n) + " = " + Kernels + ".Splat(q" + K(n) + ");");
            }
        }

        /// <summary>The stencils computed by the runtime's primitives, for the flat loop to read (m<i>n</i>: the tensor,
        /// M<i>n</i>: its elements laid out in the kernel's shape).</summary>
        private static void Materialize(SourceWriter writer, KernelModel kernel, IReadOnlyList<int> stencils)
        {
            foreach (var n in stencils)
            {
                var node = kernel.Nodes[n];
                var rule = RuleTable.StencilOf(node)!;
                var coefficient = node.Coefficient >= 0 ? "x" + K(kernel.Nodes[node.Coefficient].Input) + ", " : "";
                writer.Line("var m" + K(n) + " = " + rule.ContainingType + "." + rule.Name + "(" + coefficient + "x" + K(kernel.Nodes[node.Left].Input) + ", " + Argument(kernel, node.Right) + ");");
                writer.Line("var M" + K(n) + " = " + Kernels + ".Input(m" + K(n) + ", shape, out var ms" + K(n) + ");");
            }
        }

        internal static void ReleaseMaterialized(SourceWriter writer, IReadOnlyList<int> stencils)
        {
            foreach (var n in stencils)
            {
                writer.Line(Kernels + ".Release(ms" + K(n) + ");");
                writer.Line("m" + K(n) + ".Dispose();");
            }
        }

        /// <summary>A scalar argument of a node (a double input or a constant) as C# text.</summary>
        internal static string Argument(KernelModel kernel, int n)
        {
            var node = kernel.Nodes[n];
            return node.Op == "constant" ? node.Constant! : "x" + K(node.Input);
        }

        internal static List<int> StencilNodes(KernelModel kernel)
            => Enumerable.Range(0, kernel.Nodes.Count).Where(n => RuleTable.StencilOf(kernel.Nodes[n]) is not null).ToList();

        private static int Reach(KernelModel kernel, IReadOnlyList<int> stencils)
            => stencils.Count == 0 ? 0 : stencils.Max(n => RuleTable.StencilOf(kernel.Nodes[n])!.Edge);

        /// <summary>Whether a node's second child is a fixed argument, not differentiated: Pow's exponent, a stencil's scale.</summary>
        internal static bool RightIsFixed(KernelNode node) => node.Op == "Pow" || RuleTable.StencilOf(node) is not null;

        /// <summary>Whether every forward rule of the kernel prints as vector code.</summary>
        private static bool ForwardVectorizes(KernelModel kernel)
            => kernel.Nodes.All(node => node.Op is "input" or "constant" || RuleTable.StencilOf(node) is not null || RuleTable.IsWindow(node)
                || RuleTable.Vectorizes(Rule(node).Forward));

        /// <summary>Whether every rule the pullback prints (forward forms and the needed partials) prints as vector code.</summary>
        private static bool PullbackVectorizes(KernelModel kernel, bool[] needed)
        {
            for (var n = 0; n < kernel.Nodes.Count; n++)
            {
                var node = kernel.Nodes[n];
                if (node.Op is "input" or "constant" || RuleTable.StencilOf(node) is not null || RuleTable.IsWindow(node)) continue;
                var rule = Rule(node);
                if (!RuleTable.Vectorizes(rule.Forward)) return false;
                if (!needed[n]) continue;
                foreach (var partial in rule.Partials)
                {
                    if (partial.Forms().Any(form => !RuleTable.Vectorizes(form))) return false;
                }
            }
            return true;
        }

        internal static string K(int index) => index.ToString(CultureInfo.InvariantCulture);

        internal static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

        internal static string Parameters(KernelModel kernel)
            => string.Join(", ", kernel.Inputs.Select((input, k) => (input.Kind == ValueKind.Tensor ? "global::Adcme.Tensor x" : input.Kind == ValueKind.Int ? "int x" : "double x") + K(k)));

        private static void ReadInputs(SourceWriter writer, KernelModel kernel)
        {
            for (var k = 0; k < kernel.Inputs.Count; k++)
            {
                if (kernel.Inputs[k].Kind != ValueKind.Tensor) continue;
                writer.Line("var e" + K(k) + " = " + Kernels + ".Input(x" + K(k) + ", " + InputShape(kernel, k) + ", out var s" + K(k) + ");");
            }
        }

        /// <summary>The shape a tensor input is read in: the kernel's (broadcast into it) when an element of the chain
        /// reads it, or its own when only a padded stencil or a window reads it (it is larger than the kernel's shape).</summary>
        internal static string InputShape(KernelModel kernel, int k)
        {
            var ownShape = new HashSet<int>(kernel.Nodes.Where(node => RuleTable.StencilOf(node) is { Margin: > 0 } || RuleTable.IsWindow(node))
                .Select(node => node.Left));
            var elementwise = Enumerable.Range(0, kernel.Nodes.Count).Any(n => kernel.Nodes[n].Op == "input" && kernel.Nodes[n].Input == k && !ownShape.Contains(n));
            return elementwise ? "shape" : Kernels + ".Shape(x" + K(k) + ")";
        }

        /// <summary>The vectors of the scalar inputs (w<i>k</i>), for the vector code.</summary>
        private static void Splats(SourceWriter writer, KernelModel kernel)
        {
            // Not those that are only a stencil's scale argument (the scale is computed once, in scalar code).
            var scales = new HashSet<int>(kernel.Nodes.Where(node => RuleTable.StencilOf(node) is not null).Select(node => node.Right));
            var elementwise = new HashSet<int>(Enumerable.Range(0, kernel.Nodes.Count)
                .Where(n => kernel.Nodes[n].Op == "input" && !scales.Contains(n)).Select(n => kernel.Nodes[n].Input));
            for (var k = 0; k < kernel.Inputs.Count; k++)
            {
                if (kernel.Inputs[k].Kind == ValueKind.Double && elementwise.Contains(k)) writer.Line("var w" + K(k) + " = " + Kernels + ".Splat(x" + K(k) + ");");
            }
        }

        /// <summary>Gives back the storage of inputs that <see cref="ReadInputs"/> broadcast.</summary>
        internal static void ReleaseInputs(SourceWriter writer, KernelModel kernel)
        {
            for (var k = 0; k < kernel.Inputs.Count; k++)
            {
                if (kernel.Inputs[k].Kind == ValueKind.Tensor) writer.Line(Kernels + ".Release(s" + K(k) + ");");
            }
        }

        /// <summary>The shape of a node's value as a C# expression, or null for a scalar.</summary>
        internal static string? ShapeOf(KernelModel kernel, int n)
        {
            var node = kernel.Nodes[n];
            if (RuleTable.StencilOf(node) is { } stencil)
            {
                var operand = ShapeOf(kernel, node.Left);
                // Diffusion's operands: the primitive's checks and errors (a grid, then κ of u's shape).
                if (node.Coefficient >= 0) return Kernels + ".SameGrid(\"" + stencil.Name + "\", " + ShapeOf(kernel, node.Coefficient) + ", " + operand + ")";
                return stencil.Margin == 0 ? operand : Kernels + ".Inner(" + operand + ", " + K(stencil.Margin) + ", \"" + stencil.Name + "\")";
            }
            if (RuleTable.IsWindow(node)) return WindowShape(kernel, node);
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

        /// <summary>Every node's value for element i (or the vector of elements from i), children first: v0, v1, …
        /// (only those in <paramref name="used"/> when given).</summary>
        internal static void WriteValues(SourceWriter writer, KernelModel kernel, Lanes lanes, Access access, bool[]? used = null)
        {
            var windowArguments = new HashSet<int>(kernel.Nodes.Where(RuleTable.IsWindow).SelectMany(node => node.Arguments));
            for (var n = 0; n < kernel.Nodes.Count; n++)
            {
                if ((used is not null && !used[n]) || windowArguments.Contains(n)) continue;
                var node = kernel.Nodes[n];
                if (RuleTable.IsWindow(node))
                {
                    writer.Line("var v" + K(n) + " = " + WindowValue(kernel, n, lanes, access) + ";");
                    continue;
                }
                if (RuleTable.StencilOf(node) is { } stencil)
                {
                    var operand = "e" + K(kernel.Nodes[node.Left].Input);
                    if (access == Access.Flat) writer.Line("var v" + K(n) + " = " + (lanes == Lanes.Vector ? Kernels + ".Load(M" + K(n) + ", i)" : "M" + K(n) + "[i]") + ";");
                    else if (stencil.HasCoefficient)
                    {
                        var kappa = "e" + K(kernel.Nodes[node.Coefficient].Input);
                        if (lanes == Lanes.Vector)
                        {
                            writer.Line("var v" + K(n) + " = " + stencil.DiffusionVectorForm(at => Kernels + ".Load(" + kappa + ", " + at + ")",
                                at => Kernels + ".Load(" + operand + ", " + at + ")", "i", "columns", "Q" + K(n), VectorLiteral) + ";");
                        }
                        else
                        {
                            foreach (var line in stencil.DiffusionScalarForm("v" + K(n), kappa, operand, "i", "columns", "q" + K(n))) writer.Line(line);
                        }
                    }
                    else if (lanes == Lanes.Vector) writer.Line("var v" + K(n) + " = " + stencil.VectorForm(at => Kernels + ".Load(" + operand + ", " + at + ")", OperandIndex(stencil, n), Stride(stencil, n), "Q" + K(n), VectorLiteral) + ";");
                    else
                    {
                        foreach (var line in stencil.ScalarForm("v" + K(n), operand, OperandIndex(stencil, n), Stride(stencil, n), "q" + K(n), Literal)) writer.Line(line);
                    }
                    continue;
                }
                writer.Line("var v" + K(n) + " = " + Value(kernel, n, lanes) + ";");
            }
        }

        /// <summary>The values the adjoint reads (<paramref name="used"/>), and the values those are computed from
        /// (a stencil's value is computed from its operand's elements, not from its children's values).</summary>
        internal static bool[] Close(KernelModel kernel, bool[] used)
        {
            // Children come before their parents: one backward pass closes the set.
            for (var n = kernel.Nodes.Count - 1; n >= 0; n--)
            {
                if (!used[n]) continue;
                var node = kernel.Nodes[n];
                if (node.Op == "input" || node.Op == "constant" || RuleTable.StencilOf(node) is not null || RuleTable.IsWindow(node)) continue;
                if (node.Left >= 0) used[node.Left] = true;
                if (node.Right >= 0) used[node.Right] = true;
            }
            return used;
        }

        /// <summary>A node's value for element i, from the values of its children (v0, v1, …): the rule table's
        /// forward form, the per-element function the runtime's unfused operation computes with too, so that a
        /// fused chain's value equals the unfused one bit for bit.</summary>
        private static string Value(KernelModel kernel, int n, Lanes lanes)
        {
            var node = kernel.Nodes[n];
            var vector = lanes == Lanes.Vector;
            switch (node.Op)
            {
                case "input":
                    if (kernel.Inputs[node.Input].Kind == ValueKind.Tensor) return vector ? Kernels + ".Load(e" + K(node.Input) + ", i)" : "e" + K(node.Input) + "[i]";
                    return (vector ? "w" : "x") + K(node.Input);
                case "constant": return vector ? Kernels + ".Splat(" + node.Constant! + ")" : node.Constant!;
                default:
                    var children = Children(node);
                    return Rule(node).Forward.Print(m => "v" + K(children[m]), () => "v" + K(n), "", vector ? Kernels : Math, vector ? VectorLiteral : Literal);
            }
        }

        private static ElementRule Rule(KernelNode node)
            => RuleTable.ForKernelNode(node) ?? throw new System.InvalidOperationException("no rule for the kernel operation " + node.Op);

        private static int[] Children(KernelNode node) => node.Right >= 0 ? new[] { node.Left, node.Right } : new[] { node.Left };

        private static bool IsNonZeroConstant(KernelNode node)
            => node.Op == "constant" && double.TryParse(node.Constant, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value != 0;

        /// <summary>Kernels compute in double.</summary>
        internal static string Literal(double value)
        {
            var text = value.ToString("R", CultureInfo.InvariantCulture);
            return text.IndexOfAny(new[] { '.', 'E' }) < 0 ? text + ".0" : text;
        }

        private static string VectorLiteral(double value) => Kernels + ".Splat(" + Literal(value) + ")";
    }
}
