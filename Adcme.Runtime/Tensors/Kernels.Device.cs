using ILGPU;

namespace Adcme;

// Support for the device form of generated fused kernels. A fused kernel method dispatches at its top: when a tensor
// input lives on a device it runs the device form, which the generator prints from the same rule table as the CPU
// loops (one device thread per element or grid point, each computing what the CPU code computes for that element).
// These helpers mirror the CPU ones (Output, Read, Seed, Accumulator, Complete) with views of device storage instead
// of spans; shapes are checked on the host with the CPU path's messages before anything is launched.
public static partial class Kernels
{
    /// <summary>Whether a kernel input lives on a device (then the kernel runs its device form).</summary>
    public static bool OnDevice(Tensor x) => x is not null && x.OnDevice;

    /// <summary>The device backend of a fused kernel's tensor operands (every one must be on it), or the error naming
    /// the operands' backends.</summary>
    /// <exception cref="TensorBackendException">The operands are on different backends, or none is on a device.</exception>
    public static GpuBackend DeviceOf(string operation, params Tensor[] operands)
    {
        ArgumentNullException.ThrowIfNull(operands);
        Backend? backend = null;
        foreach (var operand in operands)
        {
            if (operand.OnDevice)
            {
                backend = operand.Backend;
                break;
            }
        }
        if (backend is null) throw new TensorBackendException($"{operation}: no operand is on a device.");
        foreach (var operand in operands)
        {
            if (ReferenceEquals(operand.Backend, backend)) continue;
            var names = string.Join(", ", operands.Select(t => $"{Tensor.Format(t.ShapeArray)} on {t.Backend.Name}"));
            throw new TensorBackendException($"{operation}: operands on different backends ({names}). Move one with To(backend): transfers are explicit.");
        }
        return (GpuBackend)backend;
    }

    /// <summary>A tensor of <paramref name="shape"/> on <paramref name="backend"/>, to be filled by a device kernel.</summary>
    public static Tensor Output(GpuBackend backend, int[] shape)
    {
        ArgumentNullException.ThrowIfNull(backend);
        return new(backend.Rent(Tensor.CheckedLength("Fused", shape)), shape);
    }

    /// <summary>The device storage of a tensor, as a kernel argument.</summary>
    public static ArrayView<double> View(Tensor tensor)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        return tensor.Device.View;
    }

    /// <summary>An input's elements laid out in <paramref name="shape"/> on the device; when its shape is smaller they
    /// are broadcast (on the device) into <paramref name="spread"/>, given back with <see cref="Release"/>.</summary>
    public static ArrayView<double> View(GpuBackend backend, Tensor x, int[] shape, out Tensor? spread)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(x);
        spread = null;
        if (x.HasShape(shape)) return x.Device.View;
        spread = Tensor.BroadcastTo("Fused", x, shape);
        return spread.Device.View;
    }

    /// <summary>A kernel pullback's seed on the device, which must have the kernel's shape.</summary>
    public static ArrayView<double> Seed(GpuBackend backend, Tensor seed, int[] shape)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(seed);
        if (!seed.HasShape(shape))
        {
            throw new TensorShapeException($"Fused pullback: a seed of shape {Tensor.Format(seed.ShapeArray)} does not fit the result's shape {Tensor.Format(shape)}.");
        }
        return seed.Device.View;
    }

    /// <summary>Where a kernel's device pullback adds an input's adjoint, element by element in
    /// <paramref name="shape"/>; as <see cref="Accumulator(ref Tensor?, Tensor, int[], out Tensor?, out bool)"/>, with
    /// new storage on <paramref name="backend"/>.</summary>
    /// <exception cref="TensorBackendException">The adjoint given lives on another backend.</exception>
    public static ArrayView<double> Accumulator(GpuBackend backend, ref Tensor? adjoint, Tensor input, int[] shape, out Tensor? full, out bool fresh)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(input);
        if (!input.HasShape(shape))
        {
            full = Output(backend, shape);
            fresh = true;
            return full.Device.View;
        }
        full = null;
        if (adjoint is null)
        {
            adjoint = new Tensor(backend.Rent(input.Length), input.ShapeArray);
            fresh = true;
            return adjoint.Device.View;
        }
        if (!adjoint.HasShape(input.ShapeArray))
        {
            throw new TensorShapeException($"Fused pullback: an adjoint of shape {Tensor.Format(adjoint.ShapeArray)} does not fit its input of shape {Tensor.Format(input.ShapeArray)}.");
        }
        if (!ReferenceEquals(adjoint.Backend, backend))
        {
            throw new TensorBackendException($"Fused pullback: an adjoint on {adjoint.Backend.Name} for an input on {backend.Name}. Move one with To(backend): transfers are explicit.");
        }
        fresh = false;
        return adjoint.Device.View;
    }

    /// <summary>Bit <paramref name="bit"/> set when <paramref name="fresh"/>: a device kernel's accumulators that it
    /// assigns instead of adding to, as one argument.</summary>
    public static int Flag(bool fresh, int bit) => fresh ? 1 << bit : 0;

    /// <summary>Device storage of <paramref name="shape"/>'s length for a scalar input's adjoint, one contribution per
    /// element (the device kernel writes every element), summed by <see cref="Total(GpuBackend, Tensor)"/>.</summary>
    public static ArrayView<double> Contributions(GpuBackend backend, int[] shape, out Tensor storage)
    {
        storage = Output(backend, shape);
        return storage.Device.View;
    }
}
