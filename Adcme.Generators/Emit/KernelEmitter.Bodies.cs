using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Adcme.Generators.Emit
{
    // Each loop of a fused kernel is printed as a struct body (global::Adcme.IKernelBody) that the runtime runs over a
    // range of rows or elements, on the calling thread or split across cores (Kernels.Run). The kernel method prepares
    // the loop's tensors and values and hands them to the body's fields; the body's Execute(start, end) takes its spans
    // from them and runs the loop over its range. Every element is computed by the same code whichever core runs it, and
    // a scalar input's adjoint is summed per fixed block of the range (chunks hold whole blocks), the blocks' partial sums
    // added in block order by the kernel: the results do not depend on the core count.
    internal static partial class KernelEmitter
    {
        /// <summary>A loop printed as a struct body: its name, the loop's text (at indent 0, over [from, to)), and the
        /// scalar inputs whose adjoints it sums (a<i>k</i> and, in vector code, A<i>k</i> per block).</summary>
        private sealed class LoopBody
        {
            public LoopBody(string name, string summary, string text, IReadOnlyList<int> sums, bool vector, List<string> fields)
            {
                Name = name;
                Summary = summary;
                Text = text;
                Sums = sums;
                Vector = vector;
                Fields = fields;
            }

            public string Name { get; }

            public string Summary { get; }

            public string Text { get; }

            public IReadOnlyList<int> Sums { get; }

            public bool Vector { get; }

            public List<string> Fields { get; }
        }

        // The names a loop reads from the kernel method, by the emitter's fixed prefixes: tensors (spans in the loop),
        // the grid's size, strides, scalars, scales, their vectors, the accumulators' flags and windows' placement (W, P, T,
        // L, N, G, H: ints).
        private static readonly Regex FreeName = new Regex(@"\b(r|g|rows|columns|(?:e|M|a|y|x|w|q|Q|S|W|P|T|L|N|G|H|fresh)[0-9]+)\b", RegexOptions.CultureInvariant);

        /// <summary>The kernel method's variables that a loop's text reads, in order of first use (an a<i>k</i> of a scalar
        /// input is the body's own block sum, not a field).</summary>
        private static List<string> FreeNames(string text, System.Func<int, bool> scalarInput)
        {
            var names = new List<string>();
            foreach (Match match in FreeName.Matches(text))
            {
                var name = match.Value;
                if (name[0] == 'a' && scalarInput(int.Parse(name.Substring(1), System.Globalization.CultureInfo.InvariantCulture))) continue;
                if (!names.Contains(name)) names.Add(name);
            }
            return names;
        }

        private static string FieldType(string name)
        {
            if (name == "rows" || name == "columns" || "SWPTLNGH".IndexOf(name[0]) >= 0) return "int";
            if (name.StartsWith("fresh", System.StringComparison.Ordinal)) return "bool";
            switch (name[0])
            {
                case 'x': case 'q': return "double";
                case 'w': case 'Q': return "global::System.Numerics.Vector<double>";
                default: return "global::Adcme.Tensor";
            }
        }

        /// <summary>How the body turns a field into the loop's local: a tensor into its span (written: the result,
        /// accumulators and stencil adjoints; read: inputs, the seed, stencils the primitive computed), a value as it is.</summary>
        private static string FieldLocal(string name)
        {
            if (FieldType(name) != "global::Adcme.Tensor") return "this." + name;
            var written = name == "r" || name[0] == 'a' || name[0] == 'y';
            return Kernels + (written ? ".Write(this." : ".Elements(this.") + name + ")";
        }

        /// <summary>Prints, in the kernel method, the body's construction and its run over <paramref name="units"/> units of
        /// <paramref name="cost"/> elements each (chunks at multiples of <paramref name="granularity"/>, or of the sum's
        /// block), and adds the body to print after the method. <paramref name="values"/> maps a field to the method's
        /// expression where the two differ. A body that sums scalar adjoints gets the partial sums' array (partials,
        /// sumBlocks blocks of sumBlock units).</summary>
        private static void RunBody(SourceWriter writer, List<LoopBody> bodies, string name, string summary, string local, string units, string cost,
            string granularity, string block, string text, IReadOnlyList<int> sums, bool vector, Model.KernelModel kernel,
            IDictionary<string, string>? values = null)
        {
            var fields = FreeNames(text, k => k < kernel.Inputs.Count && kernel.Inputs[k].Kind != Model.ValueKind.Tensor);
            if (sums.Count > 0)
            {
                writer.Line("var sumBlock = " + block + ";");
                writer.Line("var sumBlocks = " + Kernels + ".Blocks(" + units + ", sumBlock);");
                writer.Line("var partials = " + Kernels + ".Partials(" + (sums.Count == 1 ? "" : K(sums.Count) + " * ") + "sumBlocks);");
                fields.Add("partials");
                fields.Add("sumBlock");
            }
            var initializers = fields.Select(f => f + " = " + (values != null && values.TryGetValue(f, out var v) ? v : f));
            writer.Line("var " + local + " = new " + name + " { " + string.Join(", ", initializers) + " };");
            writer.Line(Kernels + ".Run(ref " + local + ", " + units + ", " + cost + ", " + (sums.Count > 0 ? "sumBlock" : granularity) + ");");
            bodies.Add(new LoopBody(name, summary, text, sums, vector, fields));
        }

        /// <summary>The scalar inputs' adjoints: each the sum of its blocks' partial sums, in block order.</summary>
        private static void AddSums(SourceWriter writer, IReadOnlyList<int> sums)
        {
            for (var s = 0; s < sums.Count; s++)
            {
                writer.Line("d" + K(sums[s]) + " += " + Kernels + ".Total(partials, sumBlocks, " + K(sums.Count) + ", " + K(s) + ");");
            }
        }

        private static void EmitBodies(SourceWriter writer, IEnumerable<LoopBody> bodies)
        {
            foreach (var body in bodies)
            {
                writer.Line();
                writer.Line("/// <summary>" + Escape(body.Summary) + "</summary>");
                writer.Line(GeneratedCode.Attribute);
                writer.Open("private struct " + body.Name + " : global::Adcme.IKernelBody");
                foreach (var field in body.Fields)
                {
                    writer.Line("public " + (field == "partials" ? "double[]" : field == "sumBlock" ? "int" : FieldType(field)) + " " + field + ";");
                }
                writer.Line();
                writer.Open("public void Execute(int start, int end)");
                foreach (var field in body.Fields)
                {
                    if (field == "partials" || field == "sumBlock") continue;
                    writer.Line("var " + field + " = " + FieldLocal(field) + ";");
                }
                if (body.Sums.Count == 0)
                {
                    writer.Line("var from = start;");
                    writer.Line("var to = end;");
                    writer.Raw(Reindent(body.Text, writer.Indent));
                }
                else
                {
                    // Whole blocks: the runtime cuts the range at multiples of sumBlock.
                    writer.Open("for (var from = start; from < end; from += sumBlock)");
                    writer.Line("var to = global::System.Math.Min(from + sumBlock, end);");
                    foreach (var k in body.Sums)
                    {
                        writer.Line("var a" + K(k) + " = 0.0;");
                        if (body.Vector) writer.Line("var A" + K(k) + " = global::System.Numerics.Vector<double>.Zero;");
                    }
                    writer.Raw(Reindent(body.Text, writer.Indent));
                    for (var s = 0; s < body.Sums.Count; s++)
                    {
                        var k = K(body.Sums[s]);
                        var index = (body.Sums.Count == 1 ? "from / sumBlock" : K(body.Sums.Count) + " * (from / sumBlock)") + (s == 0 ? "" : " + " + K(s));
                        writer.Line("partials[" + index + "] = " + (body.Vector ? "a" + k + " + " + Kernels + ".Sum(A" + k + ")" : "a" + k) + ";");
                    }
                    writer.Close();
                }
                writer.Close();
                writer.Close();
            }
        }
    }
}
