using System.ComponentModel;

namespace Adcme;

/// <summary>
/// Finite-difference operators on the interior of a structured 2-D grid (an n×m tensor of interior nodes,
/// spacing h, zero Dirichlet boundary: values outside the tensor are 0). Each is a [Primitive] with
/// hand-written rules, written the way users write their own.
/// </summary>
public static partial class Stencils
{
    /// <summary>The 5-point Laplacian Δu = (u[i−1,j] + u[i+1,j] + u[i,j−1] + u[i,j+1] − 4u[i,j]) / h².</summary>
    [Primitive(nameof(Laplacian_Pullback), nameof(Laplacian_Tangent))]
    public static Tensor Laplacian(Tensor u, [NoDerivative] double h)
    {
        RequireGrid("Laplacian", u);
        if (u.OnDevice) return GpuBackend.Of("Laplacian", u).Laplacian(u, 1 / (h * h));
        return new Tensor(ApplyLaplacian(u.Data, u.ShapeArray[0], u.ShapeArray[1], 1 / (h * h)), u.ShapeArray);
    }

    /// <summary>Reverse rule of <see cref="Laplacian"/>: the operator is symmetric, so its adjoint is itself.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Laplacian_Pullback(Tensor u, double h, Tensor result, Tensor seed, ref Tensor? dU)
        => dU = Tensor.AddAdjoint(dU, Laplacian(seed, h), u.ShapeArray);

    /// <summary>Forward rule of <see cref="Laplacian"/>: it is linear.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Laplacian_Tangent(Tensor u, Tensor? dU, double h, Tensor result) => dU is null ? null : Laplacian(dU, h);

    /// <summary>
    /// The variable-coefficient operator ∇·(κ∇u) with κ at the nodes and face values κᵢ₊½ = (κᵢ + κᵢ₊₁)/2;
    /// at the boundary faces κ is taken at the interior node and u is 0 outside.
    /// </summary>
    [Primitive(nameof(Diffusion_Pullback), nameof(Diffusion_Tangent))]
    public static Tensor Diffusion(Tensor kappa, Tensor u, [NoDerivative] double h)
    {
        RequireGrid("Diffusion", u);
        Tensor.RequireSameShape("Diffusion", kappa, u);
        if (GpuBackend.Any(kappa, u)) return GpuBackend.Of("Diffusion", kappa, u).Diffusion(kappa, u, 1 / (h * h));
        int n = u.ShapeArray[0], m = u.ShapeArray[1];
        var result = TensorPool.Rent(n * m);
        RunDiffusion(kappaAdjoint: false, kappa.Data, u.Data, result, n, m, 1 / (h * h));
        return new Tensor(result, u.ShapeArray);
    }

    /// <summary>Reverse rule of <see cref="Diffusion"/>: in u the operator is symmetric; in κ each face
    /// contributes its flux difference to the two nodes it averages.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Diffusion_Pullback(Tensor kappa, Tensor u, double h, Tensor result, Tensor seed, ref Tensor? dKappa, ref Tensor? dU)
    {
        if (GpuBackend.Any(kappa, u, seed))
        {
            Tensor.RequireSameShape("Diffusion_Pullback", u, seed);
            var kappaAdjoint = GpuBackend.Of("Diffusion_Pullback", kappa, u, seed).DiffusionKappa(u, seed, 1 / (h * h));
            dKappa = Tensor.AddAdjoint(dKappa, kappaAdjoint, kappa.ShapeArray);
            dU = Tensor.AddAdjoint(dU, Diffusion(kappa, seed, h), u.ShapeArray);
            return;
        }
        int n = u.ShapeArray[0], m = u.ShapeArray[1];
        var x = u.Data;
        var g = seed.Data;
        var scale = 1 / (h * h);
        var dk = TensorPool.Rent(n * m);
        RunDiffusion(kappaAdjoint: true, x, g, dk, n, m, scale);
        dKappa = Tensor.AddAdjoint(dKappa, new Tensor(dk, u.ShapeArray), kappa.ShapeArray);
        dU = Tensor.AddAdjoint(dU, Diffusion(kappa, seed, h), u.ShapeArray);
    }

    /// <summary>Forward rule of <see cref="Diffusion"/>: bilinear in (κ, u).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Diffusion_Tangent(Tensor kappa, Tensor? dKappa, Tensor u, Tensor? dU, double h, Tensor result)
    {
        if (dKappa is null) return dU is null ? null : Diffusion(kappa, dU, h);
        var tangent = Diffusion(dKappa, u, h);
        return dU is null ? tangent : Tensor.AddAdjoint(tangent, Diffusion(kappa, dU, h), tangent.ShapeArray);
    }

    /// <summary>The flat index of node (i, j)'s neighbour on one side (up, down, left, right), and whether
    /// it is inside the n×m grid.</summary>
    private static bool Neighbour(int side, int i, int j, int n, int m, out int index)
    {
        switch (side)
        {
            case 0: index = (i - 1) * m + j; return i > 0;
            case 1: index = (i + 1) * m + j; return i < n - 1;
            case 2: index = i * m + j - 1; return j > 0;
            default: index = i * m + j + 1; return j < m - 1;
        }
    }

    private static void RequireGrid(string operation, Tensor u)
    {
        ArgumentNullException.ThrowIfNull(u);
        if (u.Rank != 2) throw new TensorShapeException($"{operation}: expected a 2-D grid (n×m), got shape {Tensor.Format(u.ShapeArray)}.");
    }
}
