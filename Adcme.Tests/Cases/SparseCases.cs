namespace Adcme.Tests.Cases;

/// <summary>Sparse solves inside differentiable code: a discrete inverse problem.</summary>
public static partial class SparseCases
{
    /// <summary>Solve A(values)·u = b, then compare with observations.</summary>
    [Differentiable]
    public static double Mismatch([NoDerivative] SparsePattern pattern, Tensor values, Tensor b, [NoDerivative] Tensor observed)
    {
        var u = Sparse.Solve(pattern, values, b);
        var residual = Sparse.MatVec(pattern, values, u) - b;
        return Tensor.SumOfSquares(u - observed) + Tensor.SumOfSquares(Sparse.TransposeMatVec(pattern, values, residual));
    }
}
