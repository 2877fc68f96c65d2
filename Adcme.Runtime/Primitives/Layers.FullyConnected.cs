using System.ComponentModel;

namespace Adcme;

public static partial class Layers
{
    /// <summary>
    /// ADCME's <c>fc</c>: a fully connected network of any depth whose weights and biases are one flat vector θ,
    /// the form L-BFGS and Adam want. Layer l maps width nₗ₋₁ to nₗ = <paramref name="sizes"/>[l − 1] (n₀ is the
    /// input's width): zₗ = aₗ₋₁·Wₗ + bₗ, with aₗ = tanh(zₗ) for the hidden layers and the last layer linear.
    /// </summary>
    /// <remarks>
    /// <para><b>θ's layout</b>, layer by layer from the input: Wₗ (nₗ₋₁ × nₗ, row-major: element (p, j) at
    /// offset p·nₗ + j), then bₗ (nₗ). Its length is <see cref="ParameterCount"/>(n₀, sizes); for input 2 and sizes
    /// [20, 20, 1] it is 3·20 + 21·20 + 21·1 = 501.</para>
    /// <para><b>Shapes</b>: <paramref name="input"/> is B × n₀ (one sample per row) and the result B × nₗ; a vector of
    /// length n₀ is one sample, and its result is a vector of length nₗ.</para>
    /// <para><b>Derivatives</b> in θ and in the input (one [Primitive], with hand-written rules: the pullback
    /// recomputes the hidden activations from the input and θ, it keeps nothing between calls).
    /// From a [Differentiable] method, pass <paramref name="sizes"/> along from a <c>[NoDerivative] int[]</c>
    /// parameter of that method: the generator accepts a value of a type it does not differentiate only that way.</para>
    /// </remarks>
    /// <param name="input">B × n₀ samples, or one sample of length n₀.</param>
    /// <param name="sizes">The width of each layer, the output layer last (e.g. [20, 20, 20, 1]).</param>
    /// <param name="theta">All weights and biases, a vector of length <see cref="ParameterCount"/>(n₀, sizes).</param>
    /// <exception cref="TensorShapeException">The input is not a vector or a matrix, θ is not a vector, or θ's length
    /// does not fit the input's width and the sizes; the message names the shapes.</exception>
    [Primitive(nameof(FullyConnected_Pullback), nameof(FullyConnected_Tangent))]
    public static Tensor FullyConnected(Tensor input, [NoDerivative] int[] sizes, Tensor theta)
    {
        var network = Network.Describe(input, sizes, theta);
        if (GpuBackend.Any(input, theta)) return FullyConnectedOnDevice(network, input, theta);
        var activations = network.Activations(input.Span, theta.Span, network.Depth);
        var result = network.ToSamples(activations[^1], network.Depth);
        Network.Release(activations);
        return new Tensor(result, network.OutputShape(input));
    }

    /// <summary>The length of θ for <see cref="FullyConnected"/>: Σₗ (nₗ₋₁ + 1)·nₗ with n₀ = <paramref name="inputs"/>.</summary>
    /// <exception cref="TensorShapeException">A width is not positive, or there are no layers.</exception>
    public static int ParameterCount(int inputs, int[] sizes)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        RequireWidths("ParameterCount", inputs, sizes);
        long count = 0;
        var previous = inputs;
        foreach (var width in sizes)
        {
            count += (previous + 1L) * width;
            previous = width;
        }
        if (count > Array.MaxLength)
        {
            throw new TensorShapeException($"ParameterCount: a network with {inputs} inputs and sizes {Tensor.Format(sizes)} has {count} parameters, too many for one vector.");
        }
        return (int)count;
    }

    /// <summary>
    /// A starting θ for <see cref="FullyConnected"/>, reproducible from <paramref name="seed"/>, as ADCME's fc starts:
    /// Xavier (Glorot) normal weights, each drawn from N(0, 2 / (nₗ₋₁ + nₗ)), and zero biases.
    /// </summary>
    /// <param name="inputs">n₀, the input's width.</param>
    /// <param name="sizes">The width of each layer, the output layer last.</param>
    /// <param name="seed">The seed of the normal stream (Box–Muller on <see cref="Random(int)"/>).</param>
    public static Tensor InitialTheta(int inputs, int[] sizes, int seed)
    {
        var data = new double[ParameterCount(inputs, sizes)];
        var random = new Random(seed);
        double? spare = null;
        double Normal()
        {
            if (spare is { } value)
            {
                spare = null;
                return value;
            }
            var radius = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble()));
            var angle = 2 * Math.PI * random.NextDouble();
            spare = radius * Math.Sin(angle);
            return radius * Math.Cos(angle);
        }
        var offset = 0;
        var previous = inputs;
        foreach (var width in sizes)
        {
            var deviation = Math.Sqrt(2.0 / (previous + width));
            for (var k = 0; k < previous * width; k++) data[offset + k] = deviation * Normal();
            offset += (previous + 1) * width; // the biases stay 0
            previous = width;
        }
        return Tensor.FromArray(data, data.Length);
    }

    /// <summary>Reverse rule of <see cref="FullyConnected"/>: backpropagation through the layers, from the hidden
    /// activations recomputed from the input and θ.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void FullyConnected_Pullback(Tensor input, int[] sizes, Tensor theta, Tensor result, Tensor seed,
        ref Tensor? dInput, ref Tensor? dTheta)
    {
        var network = Network.Describe(input, sizes, theta);
        bool wantInput = Adjoints.IsWanted(ref dInput), wantTheta = Adjoints.IsWanted(ref dTheta);
        if (!wantInput && !wantTheta) return;
        if (GpuBackend.Any(input, theta, seed))
        {
            FullyConnectedPullbackOnDevice(network, input, theta, seed, wantInput, wantTheta, ref dInput, ref dTheta);
            return;
        }
        var activations = network.Activations(input.Span, theta.Span, network.Depth - 1);
        var gradient = network.Backward(activations, theta.Span, seed.Span, wantInput, wantTheta, out var inputGradient);
        Network.Release(activations);
        if (gradient is not null) dTheta = Tensor.AddAdjoint(dTheta, new Tensor(gradient, theta.ShapeArray), theta.ShapeArray);
        if (inputGradient is not null)
        {
            var samples = network.ToSamples(inputGradient, 0);
            TensorPool.Return(inputGradient);
            dInput = Tensor.AddAdjoint(dInput, new Tensor(samples, input.ShapeArray), input.ShapeArray);
        }
    }

    /// <summary>Forward rule of <see cref="FullyConnected"/>: the tangents carried through the layers with the
    /// activations recomputed from the input and θ.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? FullyConnected_Tangent(Tensor input, Tensor? dInput, int[] sizes, Tensor theta, Tensor? dTheta, Tensor result)
    {
        if (dInput is null && dTheta is null) return null;
        var network = Network.Describe(input, sizes, theta);
        if (dInput is not null) Tensor.RequireSameShape("FullyConnected tangent", input, dInput);
        if (dTheta is not null) Tensor.RequireSameShape("FullyConnected tangent", theta, dTheta);
        if (GpuBackend.Any(input, theta) || GpuBackend.Any(dInput, dTheta)) return FullyConnectedTangentOnDevice(network, input, dInput, theta, dTheta, result);
        var activations = network.Activations(input.Span, theta.Span, network.Depth - 1);
        var tangent = network.Tangent(activations, theta.Span, dInput is null ? null : network.ToFeatures(dInput.Span),
            dTheta is null ? default : dTheta.Span);
        Network.Release(activations);
        var samples = network.ToSamples(tangent, network.Depth);
        TensorPool.Return(tangent);
        return new Tensor(samples, result.ShapeArray);
    }

    private static void RequireWidths(string operation, int inputs, int[] sizes)
    {
        if (sizes.Length == 0) throw new TensorShapeException($"{operation}: sizes is empty; it lists each layer's width, the output layer last (e.g. [20, 20, 1]).");
        if (inputs < 1 || Array.Exists(sizes, width => width < 1))
        {
            throw new TensorShapeException($"{operation}: widths must be positive; got {inputs} inputs and sizes {Tensor.Format(sizes)}.");
        }
    }
}
