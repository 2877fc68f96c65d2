namespace Adcme;

// Layers.FullyConnected with device tensors: the CPU path's layer loops as device kernels (DeviceKernels.FullyConnected.cs),
// activations feature-major on the device. The forward, the tangent and the input's adjoint are the CPU backend's,
// bit for bit; θ's adjoint sums over the batch in plain order where the CPU backend uses SIMD dot products and sums,
// so each of its elements agrees with the CPU's within 2(B − 1)·ε·Σ_b|terms| (ε = 2⁻⁵³; bit for bit for B = 1).
public static partial class Layers
{
    private static Tensor FullyConnectedOnDevice(Network network, Tensor input, Tensor theta)
    {
        var (backend, activations) = DeviceActivations(network, input, theta, network.Depth);
        var result = Transposed(backend, activations[^1], network.Width(network.Depth), network.Batch, network.OutputShape(input));
        Release(activations);
        return result;
    }

    private static void FullyConnectedPullbackOnDevice(Network network, Tensor input, Tensor theta, Tensor seed, bool wantInput, bool wantTheta,
        ref Tensor? dInput, ref Tensor? dTheta)
    {
        GpuBackend.Of("FullyConnected pullback", input, theta, seed);
        int batch = network.Batch, depth = network.Depth;
        if (seed.Length != batch * network.Width(depth))
        {
            throw new TensorShapeException($"FullyConnected pullback: the seed of a result of {batch} × {network.Width(depth)} has shape {Tensor.Format(seed.ShapeArray)}.");
        }
        var (backend, activations) = DeviceActivations(network, input, theta, depth - 1);
        var gradient = wantTheta ? backend.Output(theta.ShapeArray) : null;
        Tensor? g = Transposed(backend, seed, batch, network.Width(depth), [network.Width(depth), batch]);
        for (var l = depth; l >= 1; l--)
        {
            var (weights, biases) = network.Offsets(l);
            int inputs = network.Width(l - 1), outputs = network.Width(l);
            var a = activations[l - 1];
            if (gradient is not null)
            {
                var sizes = new LayerSizes(inputs, outputs, batch, weights, biases, 0);
                backend.Launch(DeviceKernels.LayerThetaAdjoint, inputs * outputs, a.Device.View, g.Device.View, gradient.Device.View, sizes);
            }
            if (l == 1 && !wantInput)
            {
                g.Dispose();
                g = null;
                break;
            }
            var previous = backend.Output([inputs, batch]);
            var backward = new LayerSizes(inputs, outputs, batch, weights, biases, l > 1 ? 1 : 0);
            backend.Launch(DeviceKernels.LayerBackward, previous.Length, g.Device.View, theta.Device.View, a.Device.View, previous.Device.View, backward);
            g.Dispose();
            g = previous;
        }
        Release(activations);
        if (gradient is not null) dTheta = Tensor.AddAdjoint(dTheta, gradient, theta.ShapeArray);
        if (g is not null)
        {
            var samples = Transposed(backend, g, network.Width(0), batch, input.ShapeArray);
            g.Dispose();
            dInput = Tensor.AddAdjoint(dInput, samples, input.ShapeArray);
        }
    }

    private static Tensor FullyConnectedTangentOnDevice(Network network, Tensor input, Tensor? dInput, Tensor theta, Tensor? dTheta, Tensor result)
    {
        GpuBackend.Of("FullyConnected tangent", input, theta, dInput ?? dTheta);
        if (dTheta is not null) GpuBackend.Of("FullyConnected tangent", input, dTheta);
        int batch = network.Batch, depth = network.Depth;
        var (backend, activations) = DeviceActivations(network, input, theta, depth - 1);
        var d = dInput is null ? null : Transposed(backend, dInput, batch, network.Width(0), [network.Width(0), batch]);
        for (var l = 1; l <= depth; l++)
        {
            var (weights, biases) = network.Offsets(l);
            int inputs = network.Width(l - 1), outputs = network.Width(l);
            var flags = (d is null ? 0 : 1) | (dTheta is null ? 0 : 2) | (l < depth ? 4 : 0);
            var dz = backend.Output([outputs, batch]);
            var a = activations[l - 1];
            backend.Launch(DeviceKernels.LayerTangent, dz.Length, theta.Device.View, (dTheta ?? theta).Device.View, (d ?? a).Device.View, a.Device.View,
                (l < depth ? activations[l] : a).Device.View, dz.Device.View, new LayerSizes(inputs, outputs, batch, weights, biases, flags));
            d?.Dispose();
            d = dz;
        }
        Release(activations);
        var samples = Transposed(backend, d!, network.Width(depth), batch, result.ShapeArray);
        d!.Dispose();
        return samples;
    }

    /// <summary>a₀ … a_last on the device, feature-major (a₀ is the transposed input).</summary>
    private static (GpuBackend Backend, Tensor[] Activations) DeviceActivations(Network network, Tensor input, Tensor theta, int last)
    {
        var backend = GpuBackend.Of("FullyConnected", input, theta);
        var batch = network.Batch;
        var activations = new Tensor[last + 1];
        activations[0] = Transposed(backend, input, batch, network.Width(0), [network.Width(0), batch]);
        for (var l = 1; l <= last; l++)
        {
            var (weights, biases) = network.Offsets(l);
            var z = backend.Output([network.Width(l), batch]);
            var sizes = new LayerSizes(network.Width(l - 1), network.Width(l), batch, weights, biases, 0);
            backend.Launch(DeviceKernels.LayerAffine, z.Length, theta.Device.View, activations[l - 1].Device.View, z.Device.View, sizes);
            if (l < network.Depth)
            {
                // tanh per element, as Tensor.Tanh computes it on the device (the CPU path's Math.Tanh).
                var a = backend.Map(ElementRules.Tanh_Device, z);
                z.Dispose();
                z = a;
            }
            activations[l] = z;
        }
        return (backend, activations);
    }

    /// <summary>The rows × columns matrix in <paramref name="x"/>'s storage, transposed, as a tensor of <paramref name="shape"/>.</summary>
    private static Tensor Transposed(GpuBackend backend, Tensor x, int rows, int columns, int[] shape)
    {
        var result = backend.Output(shape);
        backend.Launch(DeviceKernels.Transpose, result.Length, x.Device.View, result.Device.View, rows, columns);
        return result;
    }

    private static void Release(Tensor[] activations)
    {
        foreach (var a in activations) a.Dispose();
    }
}
