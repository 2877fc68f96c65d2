using System.ComponentModel;

namespace Adcme;

// Derivative rules of slicing: the adjoint of taking a block is placing the seed back into zeros.
public sealed partial class Tensor
{
    /// <summary>Reverse rule of Rows.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Rows_Pullback(Tensor x, int start, int count, Tensor result, Tensor seed, ref Tensor? dX)
    {
        var rowLength = x._shape[0] == 0 ? 0 : x.Length / x._shape[0];
        if (seed.OnDevice)
        {
            CheckSeed("Rows pullback", seed, result._shape);
            dX = AddAdjoint(dX, GpuBackend.Of("Rows pullback", seed).PlaceRange(seed, start * rowLength, x._shape), x._shape);
            return;
        }
        var placed = TensorPool.RentZeroed(x.Length);
        seed.Data.CopyTo(placed, start * rowLength);
        dX = AddAdjoint(dX, new Tensor(placed, x._shape), x._shape);
    }

    /// <summary>Forward rule of Rows.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Rows_Tangent(Tensor x, Tensor? dX, int start, int count, Tensor result) => dX is null ? null : Rows(dX, start, count);

    /// <summary>Reverse rule of Columns.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Columns_Pullback(Tensor x, int start, int count, Tensor result, Tensor seed, ref Tensor? dX)
        => Block_Pullback(x, 0, start, x._shape[0], count, result, seed, ref dX);

    /// <summary>Forward rule of Columns.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Columns_Tangent(Tensor x, Tensor? dX, int start, int count, Tensor result) => dX is null ? null : Columns(dX, start, count);

    /// <summary>Reverse rule of Block.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Block_Pullback(Tensor x, int row, int column, int rows, int columns, Tensor result, Tensor seed, ref Tensor? dX)
    {
        var n = x._shape[1];
        if (seed.OnDevice)
        {
            CheckSeed("Block pullback", seed, [rows, columns]);
            dX = AddAdjoint(dX, GpuBackend.Of("Block pullback", seed).PlaceBlock(seed, row, column, x._shape), x._shape);
            return;
        }
        var placed = TensorPool.RentZeroed(x.Length);
        for (var i = 0; i < rows; i++) seed.Data.AsSpan(i * columns, columns).CopyTo(placed.AsSpan((row + i) * n + column));
        dX = AddAdjoint(dX, new Tensor(placed, x._shape), x._shape);
    }

    /// <summary>Forward rule of Block.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Block_Tangent(Tensor x, Tensor? dX, int row, int column, int rows, int columns, Tensor result)
        => dX is null ? null : Block(dX, row, column, rows, columns);
}
