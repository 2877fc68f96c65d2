using System.Collections.Generic;
using System.Linq;
using Adcme.Generators.Model;
using static Adcme.Generators.Emit.KernelEmitter;

namespace Adcme.Generators.Emit
{
    // The device form of a fused kernel's pullback, step for step the CPU form's: one kernel for the elementwise
    // adjoints (each element's adjoint statements, printed from the rule table as the CPU form's scalar code; a stencil
    // node's adjoint into a device temporary), then one kernel per self-adjoint stencil that applies its stencil to
    // that temporary (other stencils: the primitive's own pullback). A scalar input's adjoint, a sum over elements, is
    // one contribution per element written to a device temporary and summed on the device in a fixed order
    // (Kernels.Total), which is the one place where the device form may differ from the CPU form (in the last bits).
    internal static partial class DeviceKernelEmitter
    {
        public static void EmitPullback(SourceWriter writer, string name, KernelModel kernel, IReadOnlyList<bool> wanted, string description)
        {
            var inputs = kernel.Inputs;
            var nodes = kernel.Nodes;
            var parameters = new List<string> { Parameters(kernel), "global::Adcme.Tensor seed" };
            for (var k = 0; k < inputs.Count; k++)
            {
                if (wanted[k]) parameters.Add("ref " + (inputs[k].Kind == ValueKind.Tensor ? "global::Adcme.Tensor? d" : "double d") + K(k));
            }
            // Which nodes lead to a wanted input, as the CPU form decides it (Diffusion's coefficient too).
            var needed = new bool[nodes.Count];
            for (var n = 0; n < nodes.Count; n++)
            {
                var node = nodes[n];
                needed[n] = node.Op == "input" ? wanted[node.Input]
                    : node.Op != "constant" && (needed[node.Left] || (!RightIsFixed(node) && node.Right >= 0 && needed[node.Right])
                        || (node.Coefficient >= 0 && needed[node.Coefficient]));
            }
            var allStencils = StencilNodes(kernel);
            var stencils = allStencils.Where(n => needed[n]).ToList();
            var allWindows = WindowNodes(kernel);
            var windows = allWindows.Where(n => needed[n]).ToList();
            var used = new bool[nodes.Count];
            var contributions = new List<string>[inputs.Count];
            for (var k = 0; k < inputs.Count; k++) contributions[k] = new List<string>();
            // On the grid, windows whose adjoints are one value share one temporary (as in the CPU form); the flat
            // kernel keeps one each, as each goes to its own Block pullback.
            var shared = SharedWindowAdjoints(kernel, needed);
            var backwardGrid = Backward(kernel, needed, wanted, Lanes.Scalar, used, contributions, shared);
            for (var k = 0; k < inputs.Count; k++) contributions[k].Clear();
            var backward = Backward(kernel, needed, wanted, Lanes.Scalar, used, contributions);
            var elementwise = Enumerable.Range(0, inputs.Count).Select(k => wanted[k] && contributions[k].Count > 0).ToArray();
            Close(kernel, used);

            DeviceKernel Pass(Access access, string suffix)
            {
                var body = new SourceWriter();
                // A scalar input's adjoint: this element's contribution.
                for (var k = 0; k < inputs.Count; k++)
                {
                    if (elementwise[k] && inputs[k].Kind != ValueKind.Tensor) body.Line("var a" + K(k) + " = 0.0;");
                }
                WriteValues(body, kernel, Lanes.Scalar, access, used);
                body.Raw(access == Access.Grid ? backwardGrid : backward);
                for (var k = 0; k < inputs.Count; k++)
                {
                    if (elementwise[k] && inputs[k].Kind != ValueKind.Tensor) body.Line("c" + K(k) + "[i] = a" + K(k) + ";");
                }
                return new DeviceKernel(name + suffix, access == Access.Grid, body.ToString(), Candidates(kernel, allStencils, access));
            }
            var grid = allStencils.Count > 0 || allWindows.Count > 0 ? Pass(Access.Grid, "_Pullback_DeviceGrid") : null;
            var flat = Pass(Access.Flat, "_Pullback_DeviceFlat");
            // Each self-adjoint stencil's pass: its rule applied to the stencil node's adjoint, added into its operand's.
            var passes = new Dictionary<int, DeviceKernel>();
            foreach (var n in stencils)
            {
                var rule = RuleTable.StencilOf(nodes[n])!;
                if (!rule.SelfAdjoint || rule.Margin != 0) continue;
                var k = nodes[nodes[n].Left].Input;
                var body = new SourceWriter();
                foreach (var line in rule.ScalarForm("t", "y" + K(n), "i", "columns", "q" + K(n), Literal)) body.Line(line);
                body.Line("a" + K(k) + "[i] = fresh" + K(k) + " ? t : a" + K(k) + "[i] + t;");
                passes[n] = new DeviceKernel(name + "_Pullback_DeviceStencil" + K(n), true, body.ToString(), Candidates(kernel, allStencils, Access.Grid));
            }
            var gathers = GatherKernels(name, kernel, windows, shared);

            writer.Line();
            writer.Line("/// <summary>Device form of the pullback of the fused kernel " + Escape(description) + ": the same adjoints, computed by device kernels.</summary>");
            writer.Line(GeneratedCode.Attribute);
            writer.Open("private static void " + name + "_Pullback_OnDevice(" + string.Join(", ", parameters) + ")");
            if (TooLarge(writer, name + "_Pullback", new[] { grid, flat }.Concat(passes.Values).Concat(gathers.Select(gather => gather.Kernel)).ToArray())) return;
            writer.Line("var shape = " + ShapeOf(kernel, nodes.Count - 1) + ";");
            writer.Line("var backend = " + Kernels + ".DeviceOf(\"Fused pullback\", " + TensorArguments(kernel, "seed") + ");");
            writer.Line("var g = " + Kernels + ".Seed(backend, seed, shape);");
            ReadInputs(writer, kernel);
            for (var k = 0; k < inputs.Count; k++)
            {
                if (!elementwise[k]) continue;
                writer.Line(inputs[k].Kind == ValueKind.Tensor
                    ? "var a" + K(k) + " = " + Kernels + ".Accumulator(backend, ref d" + K(k) + ", x" + K(k) + ", shape, out var full" + K(k) + ", out var fresh" + K(k) + ");"
                    : "var c" + K(k) + " = " + Kernels + ".Contributions(backend, shape, out var cs" + K(k) + ");");
            }
            if (grid is not null)
            {
                writer.Open("if (" + GridTest(kernel, allStencils) + ")");
                // The scales the kernels read (a stencil reversed by its primitive's pullback, whose value the
                // elementwise pass does not need, has none to compute here).
                var read = new HashSet<string>(new[] { grid }.Concat(passes.Values).SelectMany(pass => pass.Doubles.Concat(pass.Ints)));
                Scales(writer, kernel, allStencils.Where(n => read.Contains("q" + K(n)) || read.Contains("S" + K(n))).ToList(), false);
                WindowStrides(writer, kernel, allWindows.Where(n => read.Contains("W" + K(n)) || read.Contains("P" + K(n))).ToList());
                var temporaries = stencils.Concat(windows.Where(n => shared[n] == n)).ToList();
                foreach (var n in temporaries) writer.Line("var z" + K(n) + " = " + Kernels + ".Output(backend, shape);");
                foreach (var n in temporaries) writer.Line("var y" + K(n) + " = " + Kernels + ".View(z" + K(n) + ");");
                Launch(writer, grid, "seed.Length");
                var operands = stencils.Select(n => nodes[nodes[n].Left].Input).ToList();
                CompleteElementwise(writer, kernel, elementwise, operands.Concat(windows.Select(n => Operand(kernel, n))).ToList());
                var accumulating = (bool[])elementwise.Clone();
                for (var p = 0; p < stencils.Count; p++)
                {
                    var n = stencils[p];
                    var k = operands[p];
                    if (!passes.TryGetValue(n, out var pass))
                    {
                        // The primitive's own pullback (on the device), on the stencil node's adjoint (its result's
                        // shape): Diffusion's κ̄ and ū both, an unwanted one into a local given back after.
                        PrimitivePullback(writer, kernel, wanted, n, "z" + K(n), "z" + K(n));
                        writer.Line("z" + K(n) + ".Dispose();");
                        continue;
                    }
                    if (!accumulating[k])
                    {
                        writer.Line("var a" + K(k) + " = " + Kernels + ".Accumulator(backend, ref d" + K(k) + ", x" + K(k) + ", shape, out _, out var fresh" + K(k) + ");");
                        accumulating[k] = true;
                    }
                    Launch(writer, pass, "seed.Length");
                    if (operands.Skip(p + 1).Contains(k) || windows.Any(w => Operand(kernel, w) == k)) writer.Line("fresh" + K(k) + " = false;");
                    writer.Line("z" + K(n) + ".Dispose();");
                }
                GatherWindows(writer, kernel, windows, gathers, accumulating, shared);
                writer.Close();
                writer.Open("else");
                Materialize(writer, kernel, allStencils);
                MaterializeWindows(writer, kernel, allWindows);
                foreach (var n in stencils.Concat(windows))
                {
                    writer.Line("global::Adcme.Tensor? z" + K(n) + " = null;");
                    writer.Line("var y" + K(n) + " = " + Kernels + ".Accumulator(backend, ref z" + K(n) + ", m" + K(n) + ", shape, out var zf" + K(n) + ", out _);");
                }
                Launch(writer, flat, "seed.Length");
                CompleteElementwise(writer, kernel, elementwise, null);
                foreach (var n in stencils)
                {
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
                Launch(writer, flat, "seed.Length");
                CompleteElementwise(writer, kernel, elementwise, null);
            }
            ReleaseInputs(writer, kernel);
            writer.Close();
            if (grid is not null) Print(writer, grid, "grid point");
            Print(writer, flat, "element");
            foreach (var pass in passes.Values) Print(writer, pass, "grid point");
            foreach (var gather in gathers) Print(writer, gather.Kernel, "element of the windows' operand");
        }

        /// <summary>After the elementwise kernel: broadcast inputs' adjoints summed down, scalar inputs' contributions
        /// summed on the device and added.</summary>
        private static void CompleteElementwise(SourceWriter writer, KernelModel kernel, bool[] elementwise, ICollection<int>? stencilOperands)
        {
            for (var k = 0; k < kernel.Inputs.Count; k++)
            {
                if (!elementwise[k]) continue;
                if (kernel.Inputs[k].Kind == ValueKind.Tensor)
                {
                    writer.Line(Kernels + ".Complete(ref d" + K(k) + ", x" + K(k) + ", full" + K(k) + ");");
                    // A stencil's pass adds to what the elementwise pass assigned.
                    if (stencilOperands is not null && stencilOperands.Contains(k)) writer.Line("fresh" + K(k) + " = false;");
                }
                else
                {
                    writer.Line("d" + K(k) + " += " + Kernels + ".Total(backend, cs" + K(k) + ");");
                }
            }
        }
    }
}
