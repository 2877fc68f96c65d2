namespace Adcme.Tests.Backends;

/// <summary>
/// Fused chains whose inputs broadcast (a row over a matrix, a column, a one-element tensor, a rank-0 tensor, a
/// lower-rank tensor under a higher-rank one, a broadcast beside a stencil): each is one generated kernel forward and
/// one in reverse, whose broadcast inputs' adjoints are summed back to their own shapes. BroadcastFusedDeviceTests
/// runs them on device tensors against the CPU.
/// </summary>
public static partial class BroadcastFusedCases
{
    /// <summary>A row (n) over a matrix (m × n), read twice.</summary>
    [Differentiable]
    public static Tensor Row(Tensor matrix, Tensor row) => Tensor.Exp(matrix * 0.5) * row + row * row - matrix / (row * row + 1.0);

    /// <summary>A column (m × 1) over a matrix (m × n), inside a function.</summary>
    [Differentiable]
    public static Tensor Column(Tensor matrix, Tensor column) => Tensor.Tanh(matrix - column) * column + Tensor.Sqrt(column * column + matrix * matrix);

    /// <summary>A one-element tensor (shape [1]) over a matrix.</summary>
    [Differentiable]
    public static Tensor OneElement(Tensor matrix, Tensor one) => matrix * one + Tensor.Sin(one * matrix) - one;

    /// <summary>A rank-0 tensor over a matrix.</summary>
    [Differentiable]
    public static Tensor RankZero(Tensor matrix, Tensor scale) => Tensor.Sigmoid(matrix * scale) / scale;

    /// <summary>A matrix (n × p) under a rank-3 stack (k × n × p), and a row (p) under both.</summary>
    [Differentiable]
    public static Tensor LowerRank(Tensor stack, Tensor matrix, Tensor row) => stack * matrix + Tensor.Log(matrix * matrix + 1.0) * row - stack * row;

    /// <summary>Both operands broadcast: a column (m × 1) times a row (n) gives the m × n result.</summary>
    [Differentiable]
    public static Tensor Outer(Tensor column, Tensor row) => column * row + Tensor.Abs(column - row) * 0.5;

    /// <summary>A column scaling a stencil of the grid: the stencil's taps and a broadcast input in one kernel.</summary>
    [Differentiable]
    public static Tensor StencilColumn(Tensor u, Tensor column) => u + 0.01 * (column * Stencils.Laplacian(u, 0.5)) + column;

    /// <summary>A scalar loss over a broadcast chain, in a time loop: the gradient's adjoints of the row and the
    /// one-element tensor are sums over every element and every step.</summary>
    [Differentiable]
    public static double Loss(Tensor u0, Tensor row, Tensor one, int steps)
    {
        var u = u0;
        for (var k = 0; k < steps; k++)
        {
            u = u + 0.1 * (Tensor.Tanh(u * row) - u * one);
        }
        return Tensor.SumOfSquares(u);
    }
}
