using System.Collections.Generic;
using System.Linq;
using Adcme.Generators.Model;
using static Adcme.Generators.Emit.KernelEmitter;

namespace Adcme.Generators.Emit
{
    // A fused kernel with windows (Tensor.Block read in place, KernelEmitter.Windows.cs) has no device form yet: its CPU
    // form refuses device operands with a located error instead of reading device memory on the CPU.
    internal static partial class DeviceKernelEmitter
    {
        /// <summary>The dispatch line at the top of the CPU form of a kernel with windows (<paramref name="wanted"/> is null
        /// for the forward): a TensorBackendException naming the kernel when an operand (or the seed) is on a device.</summary>
        public static void RefuseWindows(SourceWriter writer, string name, KernelModel kernel, IReadOnlyList<bool>? wanted)
        {
            var tensors = Enumerable.Range(0, kernel.Inputs.Count).Where(k => kernel.Inputs[k].Kind == ValueKind.Tensor).Select(k => "x" + K(k))
                .Concat(wanted is null ? new string[0] : new[] { "seed" });
            writer.Line("if (" + string.Join(" || ", tensors.Select(t => Kernels + ".OnDevice(" + t + ")"))
                + ") throw new global::Adcme.TensorBackendException(\"" + name + ": a fused kernel with a window (Tensor.Block read in place) does not run on a GPU backend yet; move its operands with To(Backend.Cpu).\");");
        }
    }
}
