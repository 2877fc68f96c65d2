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

        /// <summary>The views a <c>KernelViews</c> holds.</summary>
        private const int MaxViews = 8;

        /// <summary>The dispatch line at the top of the CPU form (<paramref name="wanted"/> is null for the forward).</summary>
        public static void Dispatch(SourceWriter writer, string name, KernelModel kernel, IReadOnlyList<bool>? wanted)
        {
            var tensors = Enumerable.Range(0, kernel.Inputs.Count).Where(k => kernel.Inputs[k].Kind == ValueKind.Tensor).Select(k => "x" + K(k)).ToList();
            var arguments = Enumerable.Range(0, kernel.Inputs.Count).Select(k => "x" + K(k)).ToList();
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

        /// <summary>The device form of the forward: the host method and its kernels.</summary>
        public static void EmitForward(SourceWriter writer, string name, KernelModel kernel, string description)
        {
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
            var windows = WindowNodes(kernel);
            var grid = stencils.Count > 0 || windows.Count > 0 ? Body(Access.Grid, "_DeviceGrid") : null;
            var flat = Body(Access.Flat, "_DeviceFlat");

            writer.Line();
            writer.Line("/// <summary>Device form of the fused kernel " + Escape(description) + ": the same values, computed by device kernels.</summary>");
            writer.Line(GeneratedCode.Attribute);
            writer.Open("private static global::Adcme.Tensor " + name + "_OnDevice(" + Parameters(kernel) + ")");
            if (TooLarge(writer, name, grid, flat)) return;
            writer.Line("var shape = " + ShapeOf(kernel, root) + ";");
            writer.Line("var backend = " + Kernels + ".DeviceOf(\"Fused\", " + TensorArguments(kernel, null) + ");");
            writer.Line("var result = " + Kernels + ".Output(backend, shape);");
            writer.Line("var r = " + Kernels + ".View(result);");
            ReadInputs(writer, kernel);
            if (grid is not null)
            {
                writer.Open("if (" + GridTest(kernel, stencils) + ")");
                Scales(writer, kernel, stencils, false);
                WindowStrides(writer, kernel, windows);
                Launch(writer, grid, "result.Length");
                writer.Close();
                writer.Open("else");
                Materialize(writer, kernel, stencils);
                MaterializeWindows(writer, kernel, windows);
                Launch(writer, flat, "result.Length");
                ReleaseMaterialized(writer, stencils.Concat(windows).ToList());
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
        /// (doubles, then ints, the fresh flags as bit masks of 32 inputs each) in one <c>KernelScalars</c> argument.
        /// A kernel with more arguments than ILGPU launches with is <see cref="Packed"/>: its views eight to a
        /// <c>KernelViews</c> argument, its scalars in as many <c>KernelScalars</c> as they fill.</summary>
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
                arguments.AddRange(FlagGroups(body).Select(group => (FlagsName(group), "int")));
                Views = arguments.Where(a => a.Type == View).Select(a => a.Name).ToList();
                Doubles = arguments.Where(a => a.Type == "double").Select(a => a.Name).ToList();
                Ints = arguments.Where(a => a.Type == "int").Select(a => a.Name).ToList();
                Packed = Views.Count + (HasScalars ? 1 : 0) > MaxArguments || Doubles.Count > MaxDoubles || Ints.Count > MaxInts;
                var scalars = new SourceWriter();
                if (Packed)
                {
                    for (var v = 0; v < Views.Count; v++) scalars.Line("var " + Views[v] + " = views" + K(v / MaxViews) + ".V" + K(v % MaxViews) + ";");
                }
                for (var d = 0; d < Doubles.Count; d++) scalars.Line("var " + Doubles[d] + " = " + ScalarsName(d / MaxDoubles) + ".D" + K(d % MaxDoubles) + ";");
                for (var n = 0; n < Ints.Count; n++) scalars.Line("var " + Ints[n] + " = " + ScalarsName(n / MaxInts) + ".I" + K(n % MaxInts) + ";");
                Body = scalars + text;
            }

            public string Name { get; }

            public string Body { get; }

            public List<string> Views { get; }

            public List<string> Doubles { get; }

            public List<string> Ints { get; }

            public bool HasScalars => Doubles.Count + Ints.Count > 0;

            /// <summary>Whether the views go packed in <c>KernelViews</c> arguments (the views one by one and the
            /// scalars in one <c>KernelScalars</c> would be more arguments than ILGPU launches with).</summary>
            public bool Packed { get; }

            /// <summary>The <c>KernelViews</c> arguments of a packed kernel.</summary>
            public int ViewGroups => Packed ? (Views.Count + MaxViews - 1) / MaxViews : 0;

            /// <summary>The <c>KernelScalars</c> arguments.</summary>
            public int ScalarGroups => System.Math.Max((Doubles.Count + MaxDoubles - 1) / MaxDoubles, (Ints.Count + MaxInts - 1) / MaxInts);

            /// <summary>Whether ILGPU can launch it: at most fourteen arguments.</summary>
            public bool Fits => (Packed ? ViewGroups : Views.Count) + ScalarGroups <= MaxArguments;

            /// <summary>The name of a <c>KernelScalars</c> argument (the first keeps the unpacked kernels' name).</summary>
            public static string ScalarsName(int group) => group == 0 ? "scalars" : "scalars" + K(group);
        }

        /// <summary>The values a forward or pullback kernel may read, in argument order (the windows' W, P and y: as
        /// <see cref="KernelEmitter.WindowStrides"/> and the pullback name them).</summary>
        private static IEnumerable<(string Name, string Type)> Candidates(KernelModel kernel, IReadOnlyList<int> stencils, Access access)
        {
            yield return ("g", View);
            for (var k = 0; k < kernel.Inputs.Count; k++)
            {
                yield return kernel.Inputs[k].Kind == ValueKind.Tensor ? ("e" + K(k), View) : ("x" + K(k), "double");
            }
            var windows = WindowNodes(kernel);
            if (access == Access.Grid)
            {
                foreach (var n in stencils)
                {
                    yield return ("q" + K(n), "double");
                    yield return ("S" + K(n), "int");
                }
                foreach (var n in windows)
                {
                    yield return ("W" + K(n), "int");
                    yield return ("P" + K(n), "int");
                }
                yield return ("rows", "int");
                yield return ("columns", "int");
            }
            else
            {
                foreach (var n in stencils.Concat(windows)) yield return ("M" + K(n), View);
            }
            foreach (var n in stencils.Concat(windows)) yield return ("y" + K(n), View);
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
            var parameters = new List<string> { "global::ILGPU.Index1D index" };
            if (kernel.Packed) parameters.AddRange(Enumerable.Range(0, kernel.ViewGroups).Select(j => "global::Adcme.KernelViews views" + K(j)));
            else parameters.AddRange(kernel.Views.Select(v => View + " " + v));
            parameters.AddRange(Enumerable.Range(0, kernel.ScalarGroups).Select(j => "global::Adcme.KernelScalars " + DeviceKernel.ScalarsName(j)));
            writer.Open("private static void " + kernel.Name + "(" + string.Join(", ", parameters) + ")");
            writer.Raw(Reindent(kernel.Body, writer.Indent));
            writer.Close();
        }

        /// <summary>The launch of a device kernel over <paramref name="length"/> threads, with the host's values of its
        /// arguments (the same names; the fresh flags as bit masks; a packed kernel's views in groups of eight, a
        /// group's unused fields holding its first view).</summary>
        private static void Launch(SourceWriter writer, DeviceKernel kernel, string length)
        {
            var arguments = new List<string>();
            if (kernel.Packed)
            {
                for (var j = 0; j < kernel.ViewGroups; j++)
                {
                    var group = kernel.Views.Skip(j * MaxViews).Take(MaxViews).ToList();
                    var fields = Enumerable.Range(0, MaxViews).Select(v => "V" + K(v) + " = " + (v < group.Count ? group[v] : group[0]));
                    arguments.Add("new global::Adcme.KernelViews { " + string.Join(", ", fields) + " }");
                }
            }
            else
            {
                arguments.AddRange(kernel.Views);
            }
            for (var j = 0; j < kernel.ScalarGroups; j++)
            {
                var fields = kernel.Doubles.Skip(j * MaxDoubles).Take(MaxDoubles).Select((d, v) => "D" + K(v) + " = " + d)
                    .Concat(kernel.Ints.Skip(j * MaxInts).Take(MaxInts).Select((n, v) => "I" + K(v) + " = " + (FlagGroup(n) is { } group ? Flags(kernel.Body, group) : n)));
                arguments.Add("new global::Adcme.KernelScalars { " + string.Join(", ", fields) + " }");
            }
            writer.Line(Kernels + ".Launch(backend, " + kernel.Name + ", " + length + ", " + string.Join(", ", arguments) + ");");
        }

        /// <summary>The fresh flags of inputs 32·g … 32·g + 31 travel in one int: group 0 as <c>flags</c>, group g as
        /// <c>flags</c>g.</summary>
        private const int FlagBits = 32;

        private static string FlagsName(int group) => group == 0 ? "flags" : "flags" + K(group);

        private static int? FlagGroup(string name)
            => name == "flags" ? 0 : Regex.Match(name, @"^flags(\d+)$") is { Success: true } match ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

        /// <summary>The inputs whose fresh flags a kernel body reads, in the order it first reads them.</summary>
        private static List<int> FreshInputs(string body)
            => Regex.Matches(body, @"\bfresh(\d+)\b").Cast<Match>().Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();

        private static IEnumerable<int> FlagGroups(string body) => FreshInputs(body).Select(k => k / FlagBits).Distinct().OrderBy(g => g);

        /// <summary>The fresh flags of one group a kernel body reads (fresh<i>k</i>: bit k mod 32), as the host's expression.</summary>
        private static string Flags(string body, int group)
            => string.Join(" | ", FreshInputs(body).Where(k => k / FlagBits == group).OrderBy(k => k).Select(k => Kernels + ".Flag(fresh" + K(k) + ", " + K(k % FlagBits) + ")"));

        /// <summary>The fresh flags' declarations in a kernel body that reads them.</summary>
        private static string FreshFlags(string body)
        {
            var flags = new SourceWriter();
            foreach (var k in FreshInputs(body))
            {
                flags.Line("var fresh" + K(k) + " = (" + FlagsName(k / FlagBits) + " & (1 << " + K(k % FlagBits) + ")) != 0;");
            }
            return flags.ToString();
        }

        /// <summary>A kernel with more arguments than ILGPU launches with even packed has no device form: the host
        /// method says so (at run time, on device tensors only; the CPU form is unaffected).</summary>
        private static bool TooLarge(SourceWriter writer, string operation, params DeviceKernel?[] kernels)
        {
            if (kernels.All(k => k is null || k.Fits)) return false;
            writer.Line("throw new global::Adcme.TensorBackendException(\"" + operation + ": this fused kernel reads more tensors or scalars than a device kernel takes ("
                + K((MaxArguments - 1) * MaxViews) + " tensors beside " + K(MaxDoubles) + " doubles and " + K(MaxInts) + " ints); split the expression into smaller ones to run it on a device.\");");
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

        /// <summary>Each tensor input's device view in the shape it is read in (<see cref="KernelEmitter.InputShape"/>), e<i>k</i>.</summary>
        private static void ReadInputs(SourceWriter writer, KernelModel kernel)
        {
            for (var k = 0; k < kernel.Inputs.Count; k++)
            {
                if (kernel.Inputs[k].Kind != ValueKind.Tensor) continue;
                writer.Line("var e" + K(k) + " = " + Kernels + ".View(backend, x" + K(k) + ", " + InputShape(kernel, k) + ", out var s" + K(k) + ");");
            }
        }

        /// <summary>The stencils computed by the runtime's primitives (on the device; Diffusion's coefficient first), for
        /// the flat kernel to read.</summary>
        private static void Materialize(SourceWriter writer, KernelModel kernel, IReadOnlyList<int> stencils)
        {
            foreach (var n in stencils)
            {
                var node = kernel.Nodes[n];
                var rule = RuleTable.StencilOf(node)!;
                var coefficient = node.Coefficient >= 0 ? "x" + K(kernel.Nodes[node.Coefficient].Input) + ", " : "";
                writer.Line("var m" + K(n) + " = " + rule.ContainingType + "." + rule.Name + "(" + coefficient + "x" + K(kernel.Nodes[node.Left].Input) + ", " + Argument(kernel, node.Right) + ");");
                writer.Line("var M" + K(n) + " = " + Kernels + ".View(backend, m" + K(n) + ", shape, out var ms" + K(n) + ");");
            }
        }
    }
}
