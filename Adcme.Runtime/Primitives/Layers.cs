namespace Adcme;

/// <summary>
/// Neural-network building blocks for constitutive laws and surrogates inside solvers. <see cref="Dense"/> and
/// <see cref="Mlp"/> are ordinary [Differentiable] methods (differentiated by the generator like user code) over one
/// fused [Primitive], the affine map W·x + b with hand-written rules; <see cref="FullyConnected"/> (ADCME's fc: any
/// depth, one flat θ) is one [Primitive] with hand-written rules. All compose with user code.
/// </summary>
/// <remarks>
/// <b>Shapes</b>: W has shape (out, in) (one row per output), b has length out. The input is one sample, a vector of
/// length in, giving a vector of length out; or a batch, a B × in matrix with one sample per row, giving B × out
/// (each row is W·xᵢ + b). Note the orientation: a batch X gives X·Wᵀ + b, so W is not the (in, out) matrix of
/// <c>Tensor.MatMul(x, w)</c> code; <c>Tensor.Transpose</c> converts.
/// </remarks>
public static partial class Layers
{
    /// <summary>A dense (fully connected) layer, W·x + b: for one sample (a vector of length in) a vector of length
    /// out; for a batch (B × in, rows are samples) B × out, row i being W·xᵢ + b.</summary>
    /// <param name="weights">W, shape (out, in).</param>
    /// <param name="bias">b, a vector of length out.</param>
    /// <param name="input">A vector of length in, or a B × in batch.</param>
    /// <remarks>Differentiable in all three.</remarks>
    /// <exception cref="TensorShapeException">W is not a matrix, b's length is not W's row count, or the input is
    /// neither a vector of length in nor a matrix with in columns; the message names the shapes.</exception>
    [Differentiable]
    public static Tensor Dense(Tensor weights, Tensor bias, Tensor input) => Affine(weights, bias, input);

    /// <summary>A two-layer perceptron W₂·tanh(W₁·x + b₁) + b₂, for one sample or a batch (rows are samples).</summary>
    /// <param name="w1">W₁, shape (hidden, in).</param>
    /// <param name="b1">b₁, length hidden.</param>
    /// <param name="w2">W₂, shape (out, hidden).</param>
    /// <param name="b2">b₂, length out.</param>
    /// <param name="input">A vector of length in (result: length out), or a B × in batch (result: B × out).</param>
    /// <remarks>Differentiable in all five.</remarks>
    /// <exception cref="TensorShapeException">Shapes that do not chain; the message names them.</exception>
    [Differentiable]
    public static Tensor Mlp(Tensor w1, Tensor b1, Tensor w2, Tensor b2, Tensor input)
        => Affine(w2, b2, Tensor.Tanh(Affine(w1, b1, input)));
}
