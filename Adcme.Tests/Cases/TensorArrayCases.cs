namespace Adcme.Tests.Cases;

/// <summary>Tensors and arrays in one method (issue 17): elements read from a tensor, loop-computed values made into a
/// tensor with FromArray, and Length, Rank and Shape read as ints.</summary>
public static partial class TensorArrayCases
{
    /// <summary>Cell coefficients assembled in a loop from a field, then handed to tensor operations.</summary>
    [Differentiable]
    public static double Coefficients(Tensor kappa, double h)
    {
        var n = kappa.Length;
        var faces = new double[n - 1];
        for (var i = 0; i < n - 1; i++) faces[i] = 2.0 * kappa[i] * kappa[i + 1] / (kappa[i] + kappa[i + 1]) / (h * h);
        var face = Tensor.FromArray(faces);
        return Tensor.Sum(face * face) + Tensor.Sum(Tensor.Exp(kappa)) * h;
    }

    /// <summary>Elements t[i, j] of a matrix through its shape, into an array, back to a matrix of that shape.</summary>
    [Differentiable]
    public static double MatrixElements(Tensor a, double[] x)
    {
        var rows = a.Shape[0];
        var columns = a.Shape[1];
        var b = new double[a.Length];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++) b[i * columns + j] = Math.Tanh(a[i, j] * x[j]) * (a.Rank + a.Shape.Count);
        }
        var m = Tensor.FromArray(b, rows, columns);
        var y = Tensor.MatVec(m, Tensor.FromArray(x));
        var s = 0.0;
        for (var i = 0; i < y.Length; i++) s += y[i] * y[i];
        return s;
    }
}
