namespace Adcme;

/// <summary>
/// Neural-network building blocks for constitutive laws and surrogates inside solvers. They are ordinary
/// [Differentiable] methods, differentiated by the generator like user code, so they compose with it.
/// </summary>
public static partial class Layers
{
    /// <summary>A dense (fully connected) layer: W·x + b, with W of shape (out, in).</summary>
    [Differentiable]
    public static Tensor Dense(Tensor weights, Tensor bias, Tensor input) => Tensor.MatVec(weights, input) + bias;

    /// <summary>A two-layer perceptron W₂·tanh(W₁·x + b₁) + b₂.</summary>
    [Differentiable]
    public static Tensor Mlp(Tensor w1, Tensor b1, Tensor w2, Tensor b2, Tensor input) => Dense(w2, b2, Tensor.Tanh(Dense(w1, b1, input)));
}
