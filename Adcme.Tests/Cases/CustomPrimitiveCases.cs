namespace Adcme.Tests.Cases;

/// <summary>A user's primitives inside a time loop: one well-behaved (pooled result, AddAdjoint), one that
/// breaks the ownership rules in the ways generated code repairs (returns its argument; stores its seed
/// into the adjoint).</summary>
public static class UserKernels
{
    /// <summary>yᵢ = xᵢ + (xᵢ₋₁ + xᵢ₊₁)/4 with zeros outside: a symmetric operator.</summary>
    [Primitive(nameof(Blur_Pullback), nameof(Blur_Tangent))]
    public static Tensor Blur(Tensor x) => Apply(x);

    public static void Blur_Pullback(Tensor x, Tensor result, Tensor seed, ref Tensor? dX)
        => dX = Tensor.AddAdjoint(dX, Apply(seed), x.Shape);

    public static Tensor? Blur_Tangent(Tensor x, Tensor? dX, Tensor result) => dX is null ? null : Apply(dX);

    private static Tensor Apply(Tensor x)
    {
        var n = x.Length;
        var source = x.Span;
        var result = Tensor.Allocate(out var y, n);
        for (var i = 0; i < n; i++) y[i] = source[i] + 0.25 * ((i > 0 ? source[i - 1] : 0.0) + (i + 1 < n ? source[i + 1] : 0.0));
        return result;
    }

    /// <summary>Returns its argument itself (which the docs forbid; generated code copies it).</summary>
    [Primitive(nameof(Same_Pullback), nameof(Same_Tangent))]
    public static Tensor Same(Tensor x) => x;

    public static void Same_Pullback(Tensor x, Tensor result, Tensor seed, ref Tensor? dX) => dX = Tensor.AddSeed(dX, seed, x.Shape);

    public static Tensor? Same_Tangent(Tensor x, Tensor? dX, Tensor result) => dX;

    /// <summary>A copy of its argument; its pullback keeps the seed itself as the adjoint when there is none
    /// yet (which the docs forbid; generated code copies it before the seed goes back to the pool).</summary>
    [Primitive(nameof(Copy_Pullback), nameof(Copy_Tangent))]
    public static Tensor Copy(Tensor x) => Tensor.Copy(x);

    public static void Copy_Pullback(Tensor x, Tensor result, Tensor seed, ref Tensor? dX) => dX = dX is null ? seed : Tensor.AddSeed(dX, seed, x.Shape);

    public static Tensor? Copy_Tangent(Tensor x, Tensor? dX, Tensor result) => dX;
}

public static partial class CustomPrimitiveCases
{
    [Differentiable]
    public static double Diffuse(Tensor x, Tensor weights, int steps)
    {
        var u = x;
        for (var k = 0; k < steps; k++)
        {
            var blurred = UserKernels.Blur(u);
            u = Tensor.Tanh(blurred * weights) + UserKernels.Same(u) * 0.1;
        }
        return Tensor.SumOfSquares(UserKernels.Copy(u) * 2.0) + Tensor.Sum(UserKernels.Same(x) * weights);
    }
}
