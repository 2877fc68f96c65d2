using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Adcme.Generators.Model;
using static Adcme.Generators.Emit.KernelEmitter;

namespace Adcme.Generators.Emit
{
    /// <summary>
    /// Writes the device form of a fused kernel (<see cref="KernelEmitter"/>), for tensors on a GPU backend: a host
    /// method that checks shapes as the CPU form does (the same expressions, so the same errors), takes device views
    /// through the runtime's <c>Kernels</c> helpers and launches ILGPU kernels — static methods of the same class,
    /// printed from the same rule table as the CPU form's scalar code, one device thread per element (the flat form)
    /// or per grid point (the stencil form, its taps inline). Each thread computes what the CPU form's scalar code
    /// computes for its element, in the same order, so the device form equals the CPU form bit for bit wherever the
    /// CPU form's order is per element. The CPU form's method dispatches to it at its top when a tensor input (or the
    /// seed) lives on a device.
    /// </summary>
    internal static partial class DeviceKernelEmitter
    {
        private const string Kernels = "global::Adcme.Kernels";
        private const string View = "global::ILGPU.ArrayView<double>";

        /// <summary>The most arguments ILGPU launches a kernel with (after its index).</summary>
        private const int MaxArguments = 14;

        /// <summary>The doubles and ints a <c>KernelScalars</c> holds.</summary>
        private const int MaxDoubles = 8, MaxInts = 8;

        /// <summary>The dispatch line at the top of the CPU form (<paramref name="wanted"/> is null for the forward).</summary>
        public static void Dispatch(SourceWriter writer, string name, KernelModel kernel, IReadOnlyList<bool>? wanted)
        {
            var tensors = Enumerable.Range(0, kernel.Inputs.Count).Where(k => kernel.Inputs[k].Kind == ValueKind.Tensor).Select(k => "x" + K(k)).ToList();
            var arguments = Enumerable.Range(0, kernel.Inputs.Count).Select(k => "x" + K(k)).ToList();
            if (HasCoefficient(kernel))
            {
                // Stencils.Diffusion fused into a chain has no device form yet: a located error, never a CPU read of device memory.
                writer.Line("if (" + string.Join(" || ", tensors.Concat(wanted is null ? new string[0] : new[] { "seed" }).Select(t => Kernels + ".OnDevice(" + t + ")"))
                    + ") throw new global::Adcme.TensorBackendException(\"" + name + ": a fused kernel with Stencils.Diffusion does not run on a GPU backend yet; move its operands with To(Backend.Cpu).\");");
                return;
            }
            if (wanted is null)
            {
                writer.Line("if (" + string.Join(" || ", tensors.Select(t => Kernels + ".OnDevice(" + t + ")")) + ") return " + name + "_OnDevice(" + string.Join(", ", arguments) + ");");
                return;
            }
            tensors.Add("seed");
            arguments.Add("seed");
            for (var k = 0; k < kernel.Inputs.Count; k++)
            {
                if (wanted[k]) arguments.Add("ref d" + K(k));
            }
            writer.Open("if (" + string.Join(" || ", tensors.Select(t => Kernels + ".OnDevice(" + t + ")")) + ")");
            writer.Line(name + "_Pullback_OnDevice(" + string.Join(", ", arguments) + ");");
            writer.Line("return;");
            writer.Close();
        }

        /// <summary>Whether the kernel holds a two-operand stencil (Diffusion), which has no device form yet.</summary>
        internal static bool HasCoefficient(KernelModel kernel) => kernel.Nodes.Any(node => node.Coefficient >= 0);

        /// <summary>The device form of the forward: the host method and its kernels.</summary>
        public static void EmitForward(SourceWriter writer, string name, KernelModel kernel, string description)
        {
            if (HasCoefficient(kernel)) return;
            var root = kernel.Nodes.Count - 1;
            var stencils = StencilNodes(kernel);
            var values = new bool[kernel.Nodes.Count];
            values[root] = true;
            Close(kernel, values);
            DeviceKernel Body(Access access, string suffix)
            {
                var body = new SourceWriter();
                WriteValues(body, kernel, Lanes.Scalar, access, values);
                body.Line("r[i] = v" + K(root) + ";");
                return new DeviceKernel(name + suffix, access == Access.Grid, body.ToString(), Candidates(kernel, stencils, access));
            }
            var grid = stencils.Count > 0 ? Body(Access.Grid, "_DeviceGrid") : null;
            var flat = Body(Access.Flat, "_DeviceFlat");

            writer.Line();
            writer.Line("/// <summary>Device form of the fused kernel " + Escape(description) + ": the same values, computed by device kernels.</summary>");
            writer.Line(GeneratedCode.Attribute);
            writer.Open("private static global::Adcme.Tensor " + name + "_OnDevice(" + Parameters(kernel) + ")");
            if (TooLarge(writer, "Fused", grid, flat)) return;
            writer.Line("var shape = " + ShapeOf(kernel, root) + ";");
            writer.Line("var backend = " + Kernels + ".DeviceOf(\"Fused\", " + TensorArguments(kernel, null) + ");");
            writer.Line("var result = " + Kernels + ".Output(backend, shape);");
            writer.Line("var r = " + Kernels + ".View(result);");
            ReadInputs(writer, kernel);
            if (grid is not null)
            {
                writer.Open("if (" + GridTest(kernel, stencils) + ")");
                Scales(writer, kernel, stencils, false);
                Launch(writer, grid, "result.Length");
                writer.Close();
                writer.Open("else");
                Materialize(writer, kernel, stencils);
                Launch(writer, flat, "result.Length");
                ReleaseMaterialized(writer, stencils);
                writer.Close();
            }
            else
            {
                Launch(writer, flat, "result.Length");
            }
            ReleaseInputs(writer, kernel);
            writer.Line("return result;");
            writer.Close();
            if (grid is not null) Print(writer, grid, "grid point");
            Print(writer, flat, "element");
        }

        /// <summary>A device kernel to print: its body (one thread's statements, at indent 0) and the arguments it
        /// takes, those of the candidates its body reads, in the candidates' order: the views one by one, the scalars
        /// (doubles, then ints, the fresh flags as one bit mask) in one <c>KernelScalars</c> argument.</summary>
        private sealed class DeviceKernel
        {
            public DeviceKernel(string name, bool grid, string body, IEnumerable<(string Name, string Type)> candidates)
            {
                Name = name;
                var head = new SourceWriter();
                head.Line("int i = index;");
                if (grid)
                {
                    head.Line("var row = i / columns;");
                    head.Line("var col = i - row * columns;");
                }
                var text = head.ToString() + FreshFlags(body) + body;
                var arguments = candidates.Where(c => Regex.IsMatch(text, @"\b" + c.Name + @"\b")).ToList();
                if (Regex.IsMatch(body, @"\bfresh\d+\b")) arguments.Add(("flags", "int"));
                Views = arguments.Where(a => a.Type == View).Select(a => a.Name).ToList();
                Doubles = arguments.Where(a => a.Type == "double").Select(a => a.Name).ToList();
                Ints = arguments.Where(a => a.Type == "int").Select(a => a.Name).ToList();
                var scalars = new SourceWriter();
                for (var d = 0; d < Doubles.Count; d++) scalars.Line("var " + Doubles[d] + " = scalars.D" + K(d) + ";");
                for (var n = 0; n < Ints.Count; n++) scalars.Line("var " + Ints[n] + " = scalars.I" + K(n) + ";");
                Body = scalars + text;
            }

            public string Name { get; }

            public string Body { get; }

            public List<string> Views { get; }

            public List<string> Doubles { get; }

            public List<string> Ints { get; }

            public bool HasScalars => Doubles.Count + Ints.Count > 0;

            /// <summary>Whether ILGPU can launch it: at most fourteen arguments, scalars within <c>KernelScalars</c>.</summary>
            public bool Fits => Views.Count + (HasScalars ? 1 : 0) <= MaxArguments && Doubles.Count <= MaxDoubles && Ints.Count <= MaxInts;
        }

        /// <summary>The values a forward or pullback kernel may read, in argument order.</summary>
        private static IEnumerable<(string Name, string Type)> Candidates(KernelModel kernel, IReadOnlyList<int> stencils, Access access)
        {
            yield return ("g", View);
            for (var k = 0; k < kernel.Inputs.Count; k++)
            {
                yield return kernel.Inputs[k].Kind == ValueKind.Tensor ? ("e" + K(k), View) : ("x" + K(k), "double");
            }
            if (access == Access.Grid)
            {
                foreach (var n in stencils)
                {
                    yield return ("q" + K(n), "double");
                    yield return ("S" + K(n), "int");
                }
                yield return ("rows", "int");
                yield return ("columns", "int");
            }
            else
            {
                foreach (var n in stencils) yield return ("M" + K(n), View);
            }
            foreach (var n in stencils) yield return ("y" + K(n), View);
            yield return ("r", View);
            for (var k = 0; k < kernel.Inputs.Count; k++)
            {
                yield return kernel.Inputs[k].Kind == ValueKind.Tensor ? ("a" + K(k), View) : ("c" + K(k), View);
            }
        }

        /// <summary>Prints a device kernel method.</summary>
        private static void Print(SourceWriter writer, DeviceKernel kernel, string thread)
        {
            writer.Line();
            writer.Line("/// <summary>Device kernel: one thread per " + thread + ".</summary>");
            writer.Line(GeneratedCode.Attribute);
            var parameters = new[] { "global::ILGPU.Index1D index" }.Concat(kernel.Views.Select(v => View + " " + v)).ToList();
            if (kernel.HasScalars) parameters.Add("global::Adcme.KernelScalars scalars");
            writer.Open("private static void " + kernel.Name + "(" + string.Join(", ", parameters) + ")");
            writer.Raw(Reindent(kernel.Body, writer.Indent));
            writer.Close();
        }

        /// <summary>The launch of a device kernel over <paramref name="length"/> threads, with the host's values of its
        /// arguments (the same names; the fresh flags as one bit mask).</summary>
        private static void Launch(SourceWriter writer, DeviceKernel kernel, string length)
        {
            var arguments = new List<string>(kernel.Views);
            if (kernel.HasScalars)
            {
                var fields = kernel.Doubles.Select((d, j) => "D" + K(j) + " = " + d)
                    .Concat(kernel.Ints.Select((n, j) => "I" + K(j) + " = " + (n == "flags" ? Flags(kernel.Body) : n)));
                arguments.Add("new global::Adcme.KernelScalars { " + string.Join(", ", fields) + " }");
            }
            writer.Line(Kernels + ".Launch(backend, " + kernel.Name + ", " + length + ", " + string.Join(", ", arguments) + ");");
        }

        /// <summary>The fresh flags a kernel body reads (fresh<i>k</i>: bit k), as the host's expression.</summary>
        private static string Flags(string body)
        {
            var inputs = Regex.Matches(body, @"\bfresh(\d+) =").Cast<Match>().Select(m => m.Groups[1].Value).Distinct().OrderBy(v => int.Parse(v, System.Globalization.CultureInfo.InvariantCulture));
            return string.Join(" | ", inputs.Select(k => Kernels + ".Flag(fresh" + k + ", " + k + ")"));
        }

        /// <summary>The fresh flags' declarations in a kernel body that reads them.</summary>
        private static string FreshFlags(string body)
        {
            var flags = new SourceWriter();
            foreach (var k in Regex.Matches(body, @"\bfresh(\d+)\b").Cast<Match>().Select(m => m.Groups[1].Value).Distinct())
            {
                flags.Line("var fresh" + k + " = (flags & (1 << " + k + ")) != 0;");
            }
            return flags.ToString();
        }

        /// <summary>A kernel with more arguments than ILGPU launches with has no device form: the host method says so
        /// (at run time, on device tensors only; the CPU form is unaffected).</summary>
        private static bool TooLarge(SourceWriter writer, string operation, params DeviceKernel?[] kernels)
        {
            if (kernels.All(k => k is null || k.Fits)) return false;
            writer.Line("throw new global::Adcme.TensorBackendException(\"" + operation + ": this fused kernel reads more tensors or scalars than a device kernel takes ("
                + K(MaxArguments - 1) + " tensors, " + K(MaxDoubles) + " doubles, " + K(MaxInts) + " ints); split the expression into smaller ones to run it on a device.\");");
            writer.Close();
            return true;
        }

        /// <summary>The tensor inputs (and the seed) as arguments of <c>Kernels.DeviceOf</c>.</summary>
        private static string TensorArguments(KernelModel kernel, string? seed)
        {
            var tensors = Enumerable.Range(0, kernel.Inputs.Count).Where(k => kernel.Inputs[k].Kind == ValueKind.Tensor).Select(k => "x" + K(k)).ToList();
            if (seed is not null) tensors.Add(seed);
            return string.Join(", ", tensors);
        }

        /// <summary>Each tensor input's device view in the kernel's shape (a padded stencil operand as it is), e<i>k</i>.</summary>
        private static void ReadInputs(SourceWriter writer, KernelModel kernel)
        {
            var stencilOperands = new HashSet<int>(kernel.Nodes.Where(node => RuleTable.StencilOf(node) is { Margin: > 0 }).Select(node => node.Left));
            var elementwise = new HashSet<int>(Enumerable.Range(0, kernel.Nodes.Count)
                .Where(n => kernel.Nodes[n].Op == "input" && !stencilOperands.Contains(n)).Select(n => kernel.Nodes[n].Input));
            for (var k = 0; k < kernel.Inputs.Count; k++)
            {
                if (kernel.Inputs[k].Kind != ValueKind.Tensor) continue;
                var shape = elementwise.Contains(k) ? "shape" : Kernels + ".Shape(x" + K(k) + ")";
                writer.Line("var e" + K(k) + " = " + Kernels + ".View(backend, x" + K(k) + ", " + shape + ", out var s" + K(k) + ");");
            }
        }

        /// <summary>The stencils computed by the runtime's primitives (on the device), for the flat kernel to read.</summary>
        private static void Materialize(SourceWriter writer, KernelModel kernel, IReadOnlyList<int> stencils)
        {
            foreach (var n in stencils)
            {
                var node = kernel.Nodes[n];
                var rule = RuleTable.StencilOf(node)!;
                writer.Line("var m" + K(n) + " = " + rule.ContainingType + "." + rule.Name + "(x" + K(kernel.Nodes[node.Left].Input) + ", " + Argument(kernel, node.Right) + ");");
                writer.Line("var M" + K(n) + " = " + Kernels + ".View(backend, m" + K(n) + ", shape, out var ms" + K(n) + ");");
            }
        }
    }
}
