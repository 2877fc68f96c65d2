using System.Collections.Generic;
using System.Linq;
using Adcme.Generators.Model;
using static Adcme.Generators.Emit.KernelEmitter;

namespace Adcme.Generators.Emit
{
    // The device form of a kernel with windows (Tensor.Block of a tensor variable read in place, KernelEmitter.Windows.cs),
    // step for step the CPU form's. On the grid, a thread reads its window elements in its operand's storage (i + row · P
    // + W) and the elementwise pullback leaves each window's adjoint in a device temporary (windows whose adjoints are one
    // value share one); then one kernel per operand, a thread per element of the operand, gathers the adjoints of the
    // windows that cover the element, the last window first, as the CPU form's gather pass adds them (so p̄ equals the CPU
    // form's bit for bit: each element's sum is the same terms in the same order). Off the grid (a window broadcast), the
    // kernel reads the blocks Tensor.Block computed on the device and Block's pullback adds each window's adjoint.
    internal static partial class DeviceKernelEmitter
    {
        /// <summary>The windows computed by Tensor.Block (on the device), for the flat kernel to read (m<i>n</i>, M<i>n</i>).</summary>
        private static void MaterializeWindows(SourceWriter writer, KernelModel kernel, IReadOnlyList<int> windows)
        {
            foreach (var n in windows)
            {
                var node = kernel.Nodes[n];
                writer.Line("var m" + K(n) + " = global::Adcme.Tensor.Block(x" + K(Operand(kernel, n)) + ", "
                    + string.Join(", ", node.Arguments.Select(a => Argument(kernel, a))) + ");");
                writer.Line("var M" + K(n) + " = " + Kernels + ".View(backend, m" + K(n) + ", shape, out var ms" + K(n) + ");");
            }
        }

        /// <summary>Per operand of the needed windows, the kernel that gathers their adjoints into its adjoint: one thread
        /// per element (row, col) of the operand, which adds, the last window first, each window's adjoint at that element
        /// where the window covers it (T<i>n</i>, L<i>n</i>: its top row and left column) and 0.0 where it does not, as the
        /// CPU form's gather pass does.</summary>
        private static List<(int Operand, DeviceKernel Kernel)> GatherKernels(string name, KernelModel kernel, IReadOnlyList<int> windows, IReadOnlyDictionary<int, int> shared)
        {
            var gathers = new List<(int Operand, DeviceKernel Kernel)>();
            foreach (var k in windows.Select(n => Operand(kernel, n)).Distinct())
            {
                var group = windows.Where(n => Operand(kernel, n) == k).Reverse().ToList();
                var body = new SourceWriter();
                body.Line("var row = i / N" + K(k) + ";");
                body.Line("var col = i - row * N" + K(k) + ";");
                foreach (var n in group)
                {
                    body.Line("var c" + K(n) + " = row >= T" + K(n) + " && row < T" + K(n) + " + rows && col >= L" + K(n) + " && col < L" + K(n) + " + columns;");
                }
                string Term(int n) => "(c" + K(n) + " ? y" + K(shared[n]) + "[(row - T" + K(n) + ") * columns - L" + K(n) + " + col] : 0.0)";
                body.Line("var t = fresh" + K(k) + " ? " + Term(group[0]) + " : a" + K(k) + "[i] + " + Term(group[0]) + ";");
                foreach (var n in group.Skip(1)) body.Line("t = t + " + Term(n) + ";");
                body.Line("a" + K(k) + "[i] = t;");
                var candidates = new List<(string, string)> { ("a" + K(k), View) };
                candidates.AddRange(group.Select(n => shared[n]).Distinct().Select(h => ("y" + K(h), View)));
                candidates.Add(("N" + K(k), "int"));
                foreach (var n in group)
                {
                    candidates.Add(("T" + K(n), "int"));
                    candidates.Add(("L" + K(n), "int"));
                }
                candidates.Add(("rows", "int"));
                candidates.Add(("columns", "int"));
                gathers.Add((k, new DeviceKernel(name + "_Pullback_DeviceWindows" + K(k), false, body.ToString(), candidates)));
            }
            return gathers;
        }

        /// <summary>The host's side of the gather: the operand's adjoint (a new one, assigned, when the elementwise kernel
        /// did not add into it), the windows' placement, one launch per operand; then the temporaries given back.</summary>
        private static void GatherWindows(SourceWriter writer, KernelModel kernel, IReadOnlyList<int> windows, IReadOnlyList<(int Operand, DeviceKernel Kernel)> gathers,
            bool[] accumulating, IReadOnlyDictionary<int, int> shared)
        {
            foreach (var entry in gathers)
            {
                var k = entry.Operand;
                var x = "x" + K(k);
                if (!accumulating[k])
                {
                    writer.Line("var a" + K(k) + " = " + Kernels + ".Accumulator(backend, ref d" + K(k) + ", " + x + ", " + Kernels + ".Shape(" + x + "), out _, out var fresh" + K(k) + ");");
                    accumulating[k] = true;
                }
                writer.Line("var N" + K(k) + " = " + Kernels + ".Shape(" + x + ")[1];");
                foreach (var n in windows.Where(n => Operand(kernel, n) == k))
                {
                    writer.Line("var T" + K(n) + " = " + Argument(kernel, kernel.Nodes[n].Arguments[0]) + ";");
                    writer.Line("var L" + K(n) + " = " + Argument(kernel, kernel.Nodes[n].Arguments[1]) + ";");
                }
                Launch(writer, entry.Kernel, x + ".Length");
            }
            foreach (var n in windows.Where(n => shared[n] == n)) writer.Line("z" + K(n) + ".Dispose();");
        }
    }
}
