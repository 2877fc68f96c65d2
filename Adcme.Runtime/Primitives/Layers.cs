namespace Adcme;

/// <summary>
/// Neural-network building blocks for constitutive laws and surrogates inside solvers. <see cref="Dense"/> and
/// <see cref="Mlp"/> are ordinary [Differentiable] methods, differentiated by the generator like user code;
/// <see cref="FullyConnected"/> (ADCME's fc: any depth, one flat θ) is one [Primitive] with hand-written rules.
/// All compose with user code.
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
