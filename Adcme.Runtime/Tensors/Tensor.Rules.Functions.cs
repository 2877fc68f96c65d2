using System.ComponentModel;
using System.Numerics.Tensors;
using DevicePartial = System.Action<ILGPU.Index1D, ILGPU.ArrayView<double>, ILGPU.ArrayView<double>, ILGPU.ArrayView<double>, ILGPU.ArrayView<double>>;

namespace Adcme;

// Derivative rules of the elementwise functions, reductions and linear algebra (see PrimitiveAttribute).
public sealed partial class Tensor
{
    // The elementwise functions' rules apply the generated ElementRules partials, printed from the generator's rule
    // table: the derivative of each function is written once, there.
    private delegate void ElementPartial(ReadOnlySpan<double> x, ReadOnlySpan<double> result, ReadOnlySpan<double> g, Span<double> destination);

    /// <summary>g·∂f/∂x elementwise, in a new tensor of x's shape (g is a seed or a tangent of that shape); on a device
    /// the generator's kernel of the same partial (<paramref name="device"/>).</summary>
    private static Tensor ApplyPartial(ElementPartial partial, DevicePartial device, Tensor x, Tensor result, Tensor g)
    {
        if (GpuBackend.Any(x, result, g))
        {
            CheckSeed("Elementwise rule", g, x._shape);
            return GpuBackend.Of("Elementwise rule", x, result, g).Partial(device, x, result, g);
        }
        var contribution = Allocate(out var values, x._shape);
        partial(x.Span, result.Span, SeedOf("Elementwise rule", g, x._shape), values);
        return contribution;
    }

    /// <summary>Reverse rule of Exp.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Exp_Pullback(Tensor x, Tensor result, Tensor seed, ref Tensor? dX) => dX = AddAdjoint(dX, ApplyPartial(ElementRules.Exp_Partial0, ElementRules.Exp_Partial0_Device, x, result, seed), x._shape);

    /// <summary>Forward rule of Exp.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Exp_Tangent(Tensor x, Tensor? dX, Tensor result) => dX is null ? null : ApplyPartial(ElementRules.Exp_Partial0, ElementRules.Exp_Partial0_Device, x, result, dX);

    /// <summary>Reverse rule of Log.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Log_Pullback(Tensor x, Tensor result, Tensor seed, ref Tensor? dX) => dX = AddAdjoint(dX, ApplyPartial(ElementRules.Log_Partial0, ElementRules.Log_Partial0_Device, x, result, seed), x._shape);

    /// <summary>Forward rule of Log.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Log_Tangent(Tensor x, Tensor? dX, Tensor result) => dX is null ? null : ApplyPartial(ElementRules.Log_Partial0, ElementRules.Log_Partial0_Device, x, result, dX);

    /// <summary>Reverse rule of Sin.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Sin_Pullback(Tensor x, Tensor result, Tensor seed, ref Tensor? dX) => dX = AddAdjoint(dX, ApplyPartial(ElementRules.Sin_Partial0, ElementRules.Sin_Partial0_Device, x, result, seed), x._shape);

    /// <summary>Forward rule of Sin.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Sin_Tangent(Tensor x, Tensor? dX, Tensor result) => dX is null ? null : ApplyPartial(ElementRules.Sin_Partial0, ElementRules.Sin_Partial0_Device, x, result, dX);

    /// <summary>Reverse rule of Cos.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Cos_Pullback(Tensor x, Tensor result, Tensor seed, ref Tensor? dX) => dX = AddAdjoint(dX, ApplyPartial(ElementRules.Cos_Partial0, ElementRules.Cos_Partial0_Device, x, result, seed), x._shape);

    /// <summary>Forward rule of Cos.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Cos_Tangent(Tensor x, Tensor? dX, Tensor result) => dX is null ? null : ApplyPartial(ElementRules.Cos_Partial0, ElementRules.Cos_Partial0_Device, x, result, dX);

    /// <summary>Reverse rule of Tanh: seed·(1 − tanh²).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Tanh_Pullback(Tensor x, Tensor result, Tensor seed, ref Tensor? dX) => dX = AddAdjoint(dX, ApplyPartial(ElementRules.Tanh_Partial0, ElementRules.Tanh_Partial0_Device, x, result, seed), x._shape);

    /// <summary>Forward rule of Tanh.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Tanh_Tangent(Tensor x, Tensor? dX, Tensor result) => dX is null ? null : ApplyPartial(ElementRules.Tanh_Partial0, ElementRules.Tanh_Partial0_Device, x, result, dX);

    /// <summary>Reverse rule of Sqrt: seed / (2√x).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Sqrt_Pullback(Tensor x, Tensor result, Tensor seed, ref Tensor? dX) => dX = AddAdjoint(dX, ApplyPartial(ElementRules.Sqrt_Partial0, ElementRules.Sqrt_Partial0_Device, x, result, seed), x._shape);

    /// <summary>Forward rule of Sqrt.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Sqrt_Tangent(Tensor x, Tensor? dX, Tensor result) => dX is null ? null : ApplyPartial(ElementRules.Sqrt_Partial0, ElementRules.Sqrt_Partial0_Device, x, result, dX);

    /// <summary>Reverse rule of Abs: seed·sign(x) (0 at 0).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Abs_Pullback(Tensor x, Tensor result, Tensor seed, ref Tensor? dX) => dX = AddAdjoint(dX, ApplyPartial(ElementRules.Abs_Partial0, ElementRules.Abs_Partial0_Device, x, result, seed), x._shape);

    /// <summary>Forward rule of Abs.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Abs_Tangent(Tensor x, Tensor? dX, Tensor result) => dX is null ? null : ApplyPartial(ElementRules.Abs_Partial0, ElementRules.Abs_Partial0_Device, x, result, dX);

    /// <summary>Reverse rule of Relu: seed where x &gt; 0.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Relu_Pullback(Tensor x, Tensor result, Tensor seed, ref Tensor? dX) => dX = AddAdjoint(dX, ApplyPartial(ElementRules.Relu_Partial0, ElementRules.Relu_Partial0_Device, x, result, seed), x._shape);

    /// <summary>Forward rule of Relu.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Relu_Tangent(Tensor x, Tensor? dX, Tensor result) => dX is null ? null : ApplyPartial(ElementRules.Relu_Partial0, ElementRules.Relu_Partial0_Device, x, result, dX);

    /// <summary>Reverse rule of Sigmoid: seed·σ(1 − σ).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Sigmoid_Pullback(Tensor x, Tensor result, Tensor seed, ref Tensor? dX) => dX = AddAdjoint(dX, ApplyPartial(ElementRules.Sigmoid_Partial0, ElementRules.Sigmoid_Partial0_Device, x, result, seed), x._shape);

    /// <summary>Forward rule of Sigmoid.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Sigmoid_Tangent(Tensor x, Tensor? dX, Tensor result) => dX is null ? null : ApplyPartial(ElementRules.Sigmoid_Partial0, ElementRules.Sigmoid_Partial0_Device, x, result, dX);

    /// <summary>Reverse rule of Pow (the exponent is a constant): seed·p·xᵖ⁻¹.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Pow_Pullback(Tensor x, double exponent, Tensor result, Tensor seed, ref Tensor? dX)
    {
        // x^0 has derivative 0 everywhere: nothing to add.
        if (exponent == 0 || !Adjoints.IsWanted(ref dX)) return;
        dX = AddAdjoint(dX, PowPartial(x, exponent, result, seed), x._shape);
    }

    /// <summary>Forward rule of Pow.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Pow_Tangent(Tensor x, Tensor? dX, double exponent, Tensor result)
        => dX is null || exponent == 0 ? null : PowPartial(x, exponent, result, dX);

    private static Tensor PowPartial(Tensor x, double exponent, Tensor result, Tensor g)
    {
        if (GpuBackend.Any(x, result, g))
        {
            CheckSeed("Elementwise rule", g, x._shape);
            return GpuBackend.Of("Pow rule", x, result, g).PowPartial(x, exponent, result, g);
        }
        var contribution = Allocate(out var values, x._shape);
        ElementRules.Pow_Partial0(x.Span, exponent, result.Span, SeedOf("Elementwise rule", g, x._shape), values);
        return contribution;
    }

    // Reductions: a scalar result, so a scalar seed.

    /// <summary>A tensor of x's shape on x's backend, every element <paramref name="value"/>.</summary>
    private static Tensor FullLike(double value, Tensor x) => x.OnDevice ? GpuBackend.Of("Fill", x).Filled(value, x._shape) : Full(value, x._shape);

    /// <summary>Reverse rule of Sum.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Sum_Pullback(Tensor x, double result, double seed, ref Tensor? dX) => dX = AddAdjoint(dX, FullLike(seed, x), x._shape);

    /// <summary>Forward rule of Sum.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static double Sum_Tangent(Tensor x, Tensor? dX, double result) => dX is null ? 0 : Sum(dX);

    /// <summary>Reverse rule of Mean.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Mean_Pullback(Tensor x, double result, double seed, ref Tensor? dX) => dX = AddAdjoint(dX, FullLike(seed / x.Length, x), x._shape);

    /// <summary>Forward rule of Mean.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static double Mean_Tangent(Tensor x, Tensor? dX, double result) => dX is null ? 0 : Mean(dX);

    /// <summary>Reverse rule of SumOfSquares.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void SumOfSquares_Pullback(Tensor x, double result, double seed, ref Tensor? dX) => dX = AddAdjoint(dX, x * (2 * seed), x._shape);

    /// <summary>Forward rule of SumOfSquares.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static double SumOfSquares_Tangent(Tensor x, Tensor? dX, double result) => dX is null ? 0 : 2 * Dot(x, dX);

    /// <summary>Reverse rule of Norm (zero adjoint at the zero vector).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Norm_Pullback(Tensor x, double result, double seed, ref Tensor? dX)
        => dX = AddAdjoint(dX, result == 0 ? ZerosLike(x) : x * (seed / result), x._shape);

    /// <summary>Forward rule of Norm.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static double Norm_Tangent(Tensor x, Tensor? dX, double result) => dX is null || result == 0 ? 0 : Dot(x, dX) / result;

    /// <summary>Reverse rule of Max: the seed goes to the first largest element.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Max_Pullback(Tensor x, double result, double seed, ref Tensor? dX)
    {
        if (x.OnDevice)
        {
            // The position stays on the device: no round trip.
            var backend = GpuBackend.Of("Max pullback", x);
            using var index = backend.ArgMaxOnDevice(x);
            dX = AddAdjoint(dX, backend.OneHot(x._shape, index, seed), x._shape);
            return;
        }
        var g = TensorPool.RentZeroed(x.Length);
        g[ArgMax(x)] = seed;
        dX = AddAdjoint(dX, new Tensor(g, x._shape), x._shape);
    }

    /// <summary>Forward rule of Max.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static double Max_Tangent(Tensor x, Tensor? dX, double result)
    {
        if (dX is null) return 0;
        if (!GpuBackend.Any(x, dX)) return dX.Data[ArgMax(x)];
        RequireSameShape("Max tangent", x, dX);
        var backend = GpuBackend.Of("Max tangent", x, dX);
        using var index = backend.ArgMaxOnDevice(x);
        return backend.ElementAt(dX, index);
    }

    /// <summary>Reverse rule of Dot.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Dot_Pullback(Tensor a, Tensor b, double result, double seed, ref Tensor? dA, ref Tensor? dB)
    {
        if (Adjoints.IsWanted(ref dA)) dA = AddAdjoint(dA, b * seed, a._shape);
        if (Adjoints.IsWanted(ref dB)) dB = AddAdjoint(dB, a * seed, b._shape);
    }

    /// <summary>Forward rule of Dot.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static double Dot_Tangent(Tensor a, Tensor? dA, Tensor b, Tensor? dB, double result)
        => (dA is null ? 0 : Dot(dA, b)) + (dB is null ? 0 : Dot(a, dB));

    // Linear algebra.

    /// <summary>Reverse rule of MatMul: dA += seed·bᵀ, dB += aᵀ·seed.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void MatMul_Pullback(Tensor a, Tensor b, Tensor result, Tensor seed, ref Tensor? dA, ref Tensor? dB)
    {
        if (Adjoints.IsWanted(ref dA)) dA = AddAdjoint(dA, MatMul(seed, Transpose(b)), a._shape);
        if (Adjoints.IsWanted(ref dB)) dB = AddAdjoint(dB, MatMul(Transpose(a), seed), b._shape);
    }

    /// <summary>Forward rule of MatMul.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? MatMul_Tangent(Tensor a, Tensor? dA, Tensor b, Tensor? dB, Tensor result)
        => AddTangents(dA is null ? null : MatMul(dA, b), dB is null ? null : MatMul(a, dB), result._shape);

    /// <summary>Reverse rule of MatVec: dA += seed·xᵀ, dX += Aᵀ·seed.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void MatVec_Pullback(Tensor a, Tensor x, Tensor result, Tensor seed, ref Tensor? dA, ref Tensor? dX)
    {
        if (GpuBackend.Any(a, x, seed))
        {
            MatVecPullbackOnDevice(a, x, seed, ref dA, ref dX);
            return;
        }
        int m = a._shape[0], n = a._shape[1];
        if (GpuBackend.Any(a, x, seed))
        {
            CheckSeed("MatVec pullback", seed, result._shape);
            var backend = GpuBackend.Of("MatVec pullback", a, x, seed);
            if (Adjoints.IsWanted(ref dA)) dA = AddAdjoint(dA, backend.MatVecOuterPullback(x, seed, a._shape), a._shape);
            if (Adjoints.IsWanted(ref dX)) dX = AddAdjoint(dX, backend.MatVecTransposedPullback(a, seed, x._shape), x._shape);
            return;
        }
        if (Adjoints.IsWanted(ref dA))
        {
            var outer = TensorPool.Rent(m * n);
            for (var i = 0; i < m; i++) TensorPrimitives.Multiply(x.Span, seed.Data[i], outer.AsSpan(i * n, n));
            dA = AddAdjoint(dA, new Tensor(outer, a._shape), a._shape);
        }
        if (!Adjoints.IsWanted(ref dX)) return;
        var transposed = TensorPool.RentZeroed(n);
        for (var i = 0; i < m; i++) TensorPrimitives.MultiplyAdd(a.Data.AsSpan(i * n, n), seed.Data[i], transposed, transposed);
        dX = AddAdjoint(dX, new Tensor(transposed, x._shape), x._shape);
    }

    /// <summary>Forward rule of MatVec.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? MatVec_Tangent(Tensor a, Tensor? dA, Tensor x, Tensor? dX, Tensor result)
        => AddTangents(dA is null ? null : MatVec(dA, x), dX is null ? null : MatVec(a, dX), result._shape);

    /// <summary>Reverse rule of Transpose.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Transpose_Pullback(Tensor a, Tensor result, Tensor seed, ref Tensor? dA) => dA = AddAdjoint(dA, Transpose(seed), a._shape);

    /// <summary>Forward rule of Transpose.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor? Transpose_Tangent(Tensor a, Tensor? dA, Tensor result) => dA is null ? null : Transpose(dA);
}
