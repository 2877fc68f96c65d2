namespace Adcme;

// Support for windows in generated fused kernels: a Tensor.Block of a tensor variable that the kernel reads in place.
public static partial class Kernels
{
    /// <summary>The shape of a window, Block(x, row, column, rows, columns) of an operand of shape
    /// <paramref name="operand"/>: [rows, columns], or the error Tensor.Block gives.</summary>
    /// <exception cref="TensorShapeException">The operand is not 2-D, or the window is not inside it.</exception>
    public static int[] Window(int[] operand, int row, int column, int rows, int columns)
    {
        ArgumentNullException.ThrowIfNull(operand);
        return Tensor.BlockShape(operand, row, column, rows, columns);
    }
}
