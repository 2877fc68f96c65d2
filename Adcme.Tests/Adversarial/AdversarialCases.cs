namespace Adcme.Tests.Adversarial;

/// <summary>User primitives that bend the ownership rules (adversarial cases).</summary>
public static class AdversarialPrimitives
{
    /// <summary>Returns its input itself (violates "return a new tensor"): the identity.</summary>
    [Primitive(nameof(Same_Pullback), nameof(Same_Tangent))]
    public static Tensor Same(Tensor x) => x;

    public static void Same_Pullback(Tensor x, Tensor result, Tensor seed, ref Tensor? dX) => dX = Tensor.AddSeed(dX, seed, x.Shape);

    public static Tensor? Same_Tangent(Tensor x, Tensor? dX, Tensor result) => dX;

    /// <summary>A new copy; the pullback stores the seed itself into the adjoint when it is null.</summary>
    [Primitive(nameof(Pass_Pullback), nameof(Pass_Tangent))]
    public static Tensor Pass(Tensor x) => x * 1.0;

    public static void Pass_Pullback(Tensor x, Tensor result, Tensor seed, ref Tensor? dX)
        => dX = dX is null ? seed : Tensor.AddSeed(dX, seed, x.Shape);

    public static Tensor? Pass_Tangent(Tensor x, Tensor? dX, Tensor result) => dX;

    /// <summary>a + b; the pullback stores the same seed into both adjoints.</summary>
    [Primitive(nameof(Plus_Pullback), nameof(Plus_Tangent))]
    public static Tensor Plus(Tensor a, Tensor b) => a + b;

    public static void Plus_Pullback(Tensor a, Tensor b, Tensor result, Tensor seed, ref Tensor? dA, ref Tensor? dB)
    {
        dA = dA is null ? seed : Tensor.AddSeed(dA, seed, a.Shape);
        dB = dB is null ? seed : Tensor.AddSeed(dB, seed, b.Shape);
    }

    public static Tensor? Plus_Tangent(Tensor a, Tensor? dA, Tensor b, Tensor? dB, Tensor result) => Tensor.Accumulate(dA, dB);

    /// <summary>Dot(x, c); the pullback stores the argument c into dX when the seed is 1.</summary>
    [Primitive(nameof(DotWith_Pullback), nameof(DotWith_Tangent))]
    public static double DotWith(Tensor x, Tensor c) => Tensor.Dot(x, c);

    public static void DotWith_Pullback(Tensor x, Tensor c, double result, double seed, ref Tensor? dX, ref Tensor? dC)
    {
        if (Adjoints.IsWanted(ref dX)) dX = dX is null && seed == 1.0 ? c : Tensor.AddAdjoint(dX, c * seed, x.Shape);
        if (Adjoints.IsWanted(ref dC)) dC = dC is null && seed == 1.0 ? x : Tensor.AddAdjoint(dC, x * seed, c.Shape);
    }

    public static double DotWith_Tangent(Tensor x, Tensor? dX, Tensor c, Tensor? dC, double result)
        => (dX is null ? 0.0 : Tensor.Dot(dX, c)) + (dC is null ? 0.0 : Tensor.Dot(x, dC));

    /// <summary>Scales by 2; the pullback returns the result tensor it was given as the adjoint when the seed is
    /// the result divided by two (never in practice) — instead: stores 'result * 0 + 2 seed'. Plain, well-behaved.</summary>
    [Primitive(nameof(Twice_Pullback), nameof(Twice_Tangent))]
    public static Tensor Twice(Tensor x) => 2.0 * x;

    public static void Twice_Pullback(Tensor x, Tensor result, Tensor seed, ref Tensor? dX) => dX = Tensor.AddAdjoint(dX, 2.0 * seed, x.Shape);

    public static Tensor? Twice_Tangent(Tensor x, Tensor? dX, Tensor result) => dX is null ? null : 2.0 * dX;
}

/// <summary>Adversarial cases for the tensor lifetimes (pool, release, fusion) of the generated reverse code.</summary>
public static partial class AdversarialCases
{
    // ---------- aliasing ----------

    [Differentiable]
    public static double AliasCopy(Tensor x)
    {
        var y = x;
        var z = Tensor.Exp(y * 0.5) * x;
        y = z + y;
        return Tensor.Sum(y * x) + Tensor.SumOfSquares(z);
    }

    [Differentiable]
    public static double ReassignParams(Tensor x, Tensor w)
    {
        x = x * w;
        x = Tensor.Tanh(x) + w;
        w = w * x;
        return Tensor.SumOfSquares(x) + Tensor.Sum(w);
    }

    [Differentiable]
    public static double TwoArgs(Tensor a, Tensor b) => Tensor.Sum(a * b + Tensor.Exp(a - b)) + Tensor.Dot(a, b);

    [Differentiable]
    public static Tensor Id(Tensor x) => x;

    [Differentiable]
    public static Tensor IdLocal(Tensor x, double s)
    {
        var y = x;
        if (s > 0) y = x * s;
        return y;
    }

    [Differentiable]
    public static Tensor Pick(Tensor x, [NoDerivative] Tensor c) => c;

    [Differentiable]
    public static double UsesId(Tensor a, double s, [NoDerivative] Tensor k)
    {
        var b = Id(a);
        var c = Id(b * 2.0);
        var d = IdLocal(c, s);
        var e = IdLocal(d, -s);
        // Pick(e, k) is k, which does not vary, but activity analysis counts a call's result as varying with its
        // differentiable arguments: ADCME015 is a false alarm here, silenced the way users silence it.
#pragma warning disable ADCME015
        return Tensor.Sum(b * c) + Tensor.SumOfSquares(Id(a)) + Tensor.Sum(d * e) + Tensor.Sum(Pick(e, k) * a) + Tensor.Sum(Pick(a, Pick(e, k)) * e);
#pragma warning restore ADCME015
    }

    [Differentiable]
    public static double IdInLoop(Tensor a, int steps)
    {
        var u = a * 1.0;
        for (var k = 0; k < steps; k++)
        {
            var v = Id(u);
            u = Tensor.Sin(v) + u * 0.5;
            u = Id(u);
        }
        return Tensor.SumOfSquares(u);
    }

    // ---------- loops ----------

    [Differentiable]
    public static double TimeLoop(Tensor u0, Tensor k, double dt, int steps)
    {
        var u = u0;
        var total = 0.0;
        for (var n = 0; n < steps; n++)
        {
            var f = Tensor.Tanh(u) * k;
            u = u + dt * f;
            total += Tensor.Sum(f * f) * dt;
        }
        return total + Tensor.SumOfSquares(u);
    }

    [Differentiable]
    public static double NestedLoops(Tensor u0, Tensor w, int outer, int inner)
    {
        var u = u0 * 1.0;
        for (var i = 0; i < outer; i++)
        {
            var v = u * 0.5;
            for (var j = 0; j < inner; j++)
            {
                v = Tensor.Sin(v) + u * w;
            }
            u = u + 0.1 * v;
        }
        return Tensor.Sum(u * u * w);
    }

    [Differentiable]
    public static double WhileConverge(Tensor u0, Tensor w)
    {
        var u = u0;
        var it = 0;
        while (Tensor.Norm(u) > 0.5 && it < 40)
        {
            u = u * 0.8 + 0.01 * Tensor.Tanh(w * u);
            it++;
        }
        return Tensor.SumOfSquares(u) + Tensor.Sum(w * u);
    }

    [Differentiable]
    public static double DoWhileState(Tensor u0, double a)
    {
        var u = u0;
        var k = 0;
        do
        {
            u = Tensor.Exp(-a * u) - u * 0.1;
            k++;
        }
        while (k < 4);
        return Tensor.Sum(u);
    }

    [Differentiable]
    public static double BreakContinue(Tensor x, Tensor w, int steps)
    {
        var u = x * 1.0;
        var s = 0.0;
        for (var k = 0; k < steps; k++)
        {
            var t = u * w;
            if (k % 3 == 1) continue;
            u = Tensor.Tanh(t) + u;
            s += Tensor.Sum(t);
            if (k == 5) break;
        }
        return s + Tensor.SumOfSquares(u);
    }

    [Differentiable]
    public static double ReturnInLoop(Tensor x, int steps)
    {
        var u = x;
        for (var k = 0; k < steps; k++)
        {
            u = Tensor.Sin(u) * 1.1;
            if (k == 2) return Tensor.SumOfSquares(u) + Tensor.Sum(x * u);
        }
        return Tensor.Sum(u);
    }

    [Differentiable]
    public static double Swap(Tensor a0, Tensor b0, int steps)
    {
        var a = a0 * 1.0;
        var b = b0 * 1.0;
        for (var k = 0; k < steps; k++)
        {
            var t = a;
            a = b;
            b = t + a * 0.3;
        }
        return Tensor.Sum(a * b);
    }

    [Differentiable]
    public static double Previous(Tensor x, int steps)
    {
        var u = x * 1.0;
        var s = 0.0;
        for (var k = 0; k < steps; k++)
        {
            var prev = u;
            u = Tensor.Cos(u) * 0.9 + x;
            s += Tensor.Sum(prev * u);
        }
        return s;
    }

    [Differentiable]
    public static double StateReadAcrossIterations(Tensor x, int steps)
    {
        var u = x * 1.0;
        var v = x * 2.0;
        var s = 0.0;
        for (var k = 0; k < steps; k++)
        {
            s += Tensor.Dot(u, v);
            v = Tensor.Exp(u * -0.1);
            u = Tensor.Sin(v) + u;
        }
        return s + Tensor.Sum(u * v);
    }

    // ---------- conditionals ----------

    [Differentiable]
    public static double IfElse(Tensor x, Tensor w)
    {
        Tensor y;
        if (Tensor.Sum(x) > 0) y = Tensor.Exp(x * 0.3) * w;
        else y = Tensor.Sin(x) - w;
        return Tensor.SumOfSquares(y) + Tensor.Sum(y * x);
    }

    [Differentiable]
    public static double Ternary(Tensor x, double c)
    {
        var y = c > 0 ? x * c + 1.0 : Tensor.Exp(x) - c;
        var z = c > 1 ? y : x;
        return Tensor.Sum(y * z) + Tensor.Sum(c < 0 ? y : z * 2.0);
    }

    [Differentiable]
    public static double BranchInLoop(Tensor x, Tensor w, int steps)
    {
        var u = x * 1.0;
        for (var k = 0; k < steps; k++)
        {
            if (k % 2 == 0) u = Tensor.Tanh(u * w);
            else u = u * 0.5 + w;
            if (Tensor.Max(u) > 10.0) u = u * 0.1;
        }
        return Tensor.Sum(u * u);
    }

    [Differentiable]
    public static double IfWithoutElse(Tensor x, double c)
    {
        var y = x * c;
        if (c > 0) y = Tensor.Exp(y * 0.1);
        if (c > 0.5) y = y + x;
        return Tensor.Sum(y * y);
    }

    // ---------- fusion ----------

    [Differentiable]
    public static double TempReused(Tensor x)
    {
        var t = Tensor.Exp(x * 0.2);
        var a = t * 2.0 + x;
        var b = t * t - a;
        return Tensor.Sum(a * b) + Tensor.Sum(t);
    }

    [Differentiable]
    public static double AssignInChain(Tensor a, Tensor b)
    {
        var r = a * b + (a = Tensor.Exp(a * 0.1)) * b;
        return Tensor.Sum(r * a);
    }

    [Differentiable]
    public static double BroadcastChain(Tensor m, Tensor row, Tensor column, Tensor scale, double s)
    {
        var y = (m * row + column) * scale - m * s;
        var z = Tensor.Tanh(y + row) * column - scale / (row * row + 1.0);
        return Tensor.SumOfSquares(z) + Tensor.Sum(y * z);
    }

    [Differentiable]
    public static double BroadcastOnlySmall(Tensor row, Tensor column, Tensor scale)
    {
        var outer = row * column;
        return Tensor.SumOfSquares(outer * scale + Tensor.Exp(row * 0.1) * scale);
    }

    [Differentiable]
    public static double Compound(Tensor x, Tensor w)
    {
        var u = x * 1.0;
        u += Tensor.Exp(u * 0.1);
        u *= w;
        u -= Tensor.Sin(u);
        u /= w * w + 1.0;
        u = -u;
        return Tensor.Sum(u * x);
    }

    [Differentiable]
    public static double ReductionsInChain(Tensor x)
        => Tensor.Sum(x * Tensor.Sum(x) + Tensor.Exp(x * 0.1) * Tensor.Mean(x * x)) + Tensor.Norm(x) * Tensor.Max(x);

    [Differentiable]
    public static double PowChain(Tensor x, double p)
        => Tensor.Sum(Tensor.Pow(x * x + 1.0, 1.5) * x + Tensor.Pow(x * x + 2.0, 2) - Tensor.Sqrt(Tensor.Abs(x) + 1.0) * -2.0 + 3 / (x * x + 1));

    [Differentiable]
    public static double ScalarsInChain(Tensor x, double[] c, double s)
    {
        var a = c[0] * s;
        var y = x * Math.Sin(s) + a - Tensor.Relu(x * c[1]) * Tensor.Sigmoid(x);
        return Tensor.Sum(y * y) + c[0] * Tensor.Sum(x);
    }

    [Differentiable]
    public static double RankZero(Tensor x, Tensor s0)
    {
        var y = x * s0 + s0 * s0;
        var z = Tensor.Exp(s0) * 2.0;
        return Tensor.Sum(y * z) + Tensor.Sum(z);
    }

    // ---------- reductions ----------

    [Differentiable]
    public static double Reductions(Tensor x, Tensor y)
    {
        var s = Tensor.Max(x);
        var n = Tensor.Norm(x - s);
        var d = Tensor.Dot(x, y);
        return s * n + Math.Sin(d) / (1.0 + Tensor.Mean(x * x)) + Tensor.Sum(y) * Tensor.SumOfSquares(x - y);
    }

    // ---------- linear algebra & shaping ----------

    [Differentiable]
    public static double LinearAlgebra(Tensor a, Tensor b, Tensor v)
    {
        var p = Tensor.MatMul(Tensor.Transpose(a), a);
        var q = Tensor.MatMul(a, a);
        var r = Tensor.MatVec(p, v) + Tensor.MatVec(b, v);
        return Tensor.Sum(p * b) + Tensor.Dot(r, v) + Tensor.SumOfSquares(q) * 0.01;
    }

    [Differentiable]
    public static double Slicing(Tensor m)
    {
        var top = Tensor.Rows(m, 0, 4);
        var left = Tensor.Rows(Tensor.Columns(m, 0, 4), 4, 4);
        var block = Tensor.Block(m, 2, 2, 4, 4);
        var all = Tensor.Rows(m, 0, 8);
        return Tensor.Sum(Tensor.Block(top, 0, 0, 4, 4) * left * block) + Tensor.SumOfSquares(all - m * 0.5);
    }

    [Differentiable]
    public static double Shaping(Tensor a, Tensor b)
    {
        var flat = Tensor.Reshape(a, 64);
        var back = Tensor.Reshape(flat, 8, 8);
        var joined = Tensor.Concat(0, a, b);
        var stacked = Tensor.Stack(a, b, back);
        var padded = Tensor.Pad(a, 1, 1, 1, 1, 0.5);
        return Tensor.SumOfSquares(back - a * 0.5) + Tensor.Sum(Tensor.Tanh(joined)) + Tensor.Sum(stacked * 0.3)
            + Tensor.SumOfSquares(padded) + Tensor.Sum(Tensor.Concat(1, a, back, b) * 0.1);
    }

    [Differentiable]
    public static double Stencil(Tensor u0, Tensor kappa, int steps)
    {
        var u = u0;
        for (var k = 0; k < steps; k++)
        {
            u = u + 0.001 * Stencils.Laplacian(u, 0.5) + 0.001 * Stencils.Diffusion(kappa, u, 0.5);
        }
        return Tensor.SumOfSquares(u);
    }

    [Differentiable]
    public static double SparseUse([NoDerivative] SparsePattern pattern, Tensor values, Tensor b)
    {
        var u = Sparse.Solve(pattern, values, b);
        var r = Sparse.MatVec(pattern, values, u * u);
        var u2 = Sparse.Solve(pattern, values, r);
        return Tensor.SumOfSquares(u2) + Tensor.Dot(u, b);
    }

    [Differentiable]
    public static double LayersUse(Tensor w1, Tensor b1, Tensor w2, Tensor b2, Tensor x)
    {
        var h = Layers.Dense(w1, b1, x);
        var y = Layers.Mlp(w1, b1, w2, b2, x);
        var z = Layers.Dense(w2, b2, Tensor.Tanh(h));
        return Tensor.SumOfSquares(y - z) + Tensor.Sum(h * h);
    }

    // ---------- NoDerivative ----------

    [Differentiable]
    public static double NoDerivativeFlows(Tensor x, [NoDerivative] Tensor c, int steps)
    {
        var u = c;
        for (var k = 0; k < steps; k++) u = u * 0.5 + x * c;
        var y = c;
        y = y * 2.0;
        return Tensor.Sum(c * c) + Tensor.Sum(u * y) + Tensor.Sum(c);
    }

    [Differentiable]
    public static double NoDerivativeOnlyState([NoDerivative] Tensor c, double s, int steps)
    {
        var u = c;
        for (var k = 0; k < steps; k++) u = Tensor.Exp(u * -0.1);
        return s * Tensor.Sum(u) + s * s;
    }

    // ---------- custom primitives ----------

    [Differentiable]
    public static double UserSame(Tensor x, Tensor w)
    {
        var a = x * w;
        var b = AdversarialPrimitives.Same(a);
        var c = Tensor.Exp(b * 0.1) + a;
        var d = AdversarialPrimitives.Same(x);
        return Tensor.Sum(c * b) + Tensor.SumOfSquares(d * w);
    }

    [Differentiable]
    public static double UserSameLoop(Tensor x, int steps)
    {
        var u = x * 1.0;
        for (var k = 0; k < steps; k++)
        {
            var v = AdversarialPrimitives.Same(u);
            u = Tensor.Sin(v) * 0.9 + u * 0.1;
        }
        return Tensor.SumOfSquares(u);
    }

    [Differentiable]
    public static double UserSeedAlias(Tensor x, Tensor w)
    {
        var p = AdversarialPrimitives.Pass(x * w);
        var q = AdversarialPrimitives.Plus(p, x);
        return Tensor.Sum(q * q) + Tensor.Sum(Tensor.Exp(p * 0.1) * w);
    }

    [Differentiable]
    public static double UserArgAlias(Tensor x, Tensor c)
    {
        var s = AdversarialPrimitives.DotWith(x, c);
        var y = x * 2.0;
        var t = AdversarialPrimitives.DotWith(y, c);
        return s + t + Tensor.SumOfSquares(x) + Tensor.Sum(c * y);
    }

    [Differentiable]
    public static double UserArgAliasNoDerivative(Tensor x, [NoDerivative] Tensor c)
    {
        var s = AdversarialPrimitives.DotWith(x, c);
        return s + Tensor.Sum(x * x * c);
    }

    // ---------- tensor-valued methods ----------

    [Differentiable]
    public static Tensor Chain(Tensor x, double s) => Tensor.Tanh(x * s) + x * x;

    [Differentiable]
    public static Tensor ReturnParam(Tensor x, Tensor y) => x;

    [Differentiable]
    public static Tensor ReturnReassigned(Tensor x, Tensor w)
    {
        x = x * w;
        x = Tensor.Exp(x * 0.1);
        return x;
    }

    [Differentiable]
    public static Tensor ReturnNoDerivative(Tensor x, [NoDerivative] Tensor c) => c;

    [Differentiable]
    public static Tensor TensorLoop(Tensor x, int steps)
    {
        var u = x;
        for (var k = 0; k < steps; k++) u = Tensor.Sin(u) + x * 0.1;
        return u;
    }

    [Differentiable]
    public static Tensor EarlyReturnTensor(Tensor x, double c)
    {
        if (c > 0) return x * c;
        var y = Tensor.Exp(x);
        return y;
    }

    [Differentiable]
    public static double UsesTensorValued(Tensor x, Tensor w, double s, [NoDerivative] Tensor k)
        => Tensor.Sum(Chain(x, s) * ReturnParam(w, x)) + Tensor.SumOfSquares(ReturnReassigned(x, w)) + Tensor.Sum(TensorLoop(w, 3) * x)
           + Tensor.Sum(EarlyReturnTensor(x, s) * ReturnNoDerivative(x, k));
}

/// <summary>Overloads whose fused kernels have the same signature (the kernels are named by overload: Over_1, Over_2).</summary>
public static partial class AdversarialOverloads
{
    [Differentiable]
    public static double Over(Tensor x) => Tensor.Sum(Tensor.Exp(x * 0.1) * 2.0);

    [Differentiable]
    public static double Over(Tensor x, double s) => Tensor.Sum(Tensor.Sin(x * 0.2) * 3.0) * s;
}

/// <summary>Second batch: unusual but supported tensor code.</summary>
public static partial class AdversarialCases2
{
    [Differentiable]
    public static double SelfCompound(Tensor x)
    {
        var t = x * 1.0;
        t += t;
        t *= t;
        t = -t;
        t -= -t * 0.5;
        return Tensor.Sum(t);
    }

    [Differentiable]
    public static double DiscardedCall(Tensor x)
    {
        Tensor.Exp(x);
        Tensor.Sum(x * 2.0);
        return Tensor.Sum(Tensor.Exp(Tensor.Exp(x * 0.1) * 0.1));
    }

    [Differentiable]
    public static double IntAndFloat(Tensor x, int n, float f)
    {
        var y = x * n + f * x - (double)f / (x * x + n);
        return Tensor.Sum(y * f);
    }

    [Differentiable]
    public static double ArrayElements(Tensor x, double[] c)
    {
        var u = x * 1.0;
        for (var i = 0; i < c.Length; i++)
        {
            u = u * c[i] + Tensor.Sin(u) * c[(i + 1) % c.Length];
        }
        return Tensor.Sum(u);
    }

    [Differentiable]
    public static double LocalArrayAndTensor(Tensor x, double s)
    {
        var w = new double[3];
        for (var i = 0; i < 3; i++) w[i] = Tensor.Sum(x * (i + 1.0)) * s;
        var u = x * w[0];
        for (var i = 1; i < 3; i++) u = u + Tensor.Tanh(u * w[i] * 0.01);
        return Tensor.SumOfSquares(u);
    }

    [Differentiable]
    public static double MaxMix(Tensor x, double s) => Math.Max(Tensor.Max(x), s) * Tensor.Mean(x) + Math.Abs(Tensor.Sum(x)) % 1.7;

    [Differentiable]
    public static double DoWhileBreak(Tensor x)
    {
        var u = x * 1.0;
        var k = 0;
        do
        {
            u = u * 0.7 + Tensor.Cos(u) * 0.1;
            if (Tensor.Sum(u * u) < 1e-3) break;
            k++;
        }
        while (Tensor.Norm(u) > 0.1 && k < 12);
        return Tensor.Sum(u) + k;
    }

    [Differentiable]
    public static double LongChain(Tensor x, double a)
    {
        var y = ((((x * a + 1.0) * x - 2.0) / (x * x + 3.0) + Tensor.Exp(-x * x)) * Tensor.Sigmoid(x * a) - Tensor.Tanh(x) * Tensor.Cos(x * 2.0)
                 + Tensor.Sqrt(x * x + 1.0) * Tensor.Log(x * x + 2.0) - Tensor.Relu(x - 0.2) * Tensor.Abs(x + 0.3)) * a - Tensor.Pow(x * x + 1.0, -0.5);
        return Tensor.Sum(y * y);
    }

    [Differentiable]
    public static Tensor Recursive(Tensor x, int depth) => depth <= 0 ? x : Recursive(Tensor.Sin(x) * 0.9 + x * 0.2, depth - 1) * 1.1;

    [Differentiable]
    public static double UsesRecursive(Tensor x) => Tensor.SumOfSquares(Recursive(x, 3)) + Tensor.Sum(Recursive(x * 0.5, 0));

    [Differentiable]
    public static Tensor StepTwo(Tensor u, Tensor v) => u * v + Tensor.Exp(u * 0.1);

    [Differentiable]
    public static double CallsInLoop(Tensor u0, Tensor v, int steps)
    {
        var u = u0;
        for (var k = 0; k < steps; k++)
        {
            u = StepTwo(u, v) * 0.5;
            u = StepTwo(u, u) * 0.3 + u;
        }
        return Tensor.Sum(u * v);
    }

    [Differentiable]
    public static Tensor SameArgTwice(Tensor x, Tensor y)
    {
        x = x * y;
        y = y + x;
        return x * y;
    }

    [Differentiable]
    public static double UsesSameArgTwice(Tensor a) => Tensor.Sum(SameArgTwice(a, a)) + Tensor.Sum(SameArgTwice(a * 0.5, a * 0.5) * a);

    [Differentiable]
    public static double ReadBeforeAssign(Tensor x)
    {
        var y = x * 1.0;
        var z = y * (y = Tensor.Exp(x * 0.2));
        return Tensor.Sum(z * y);
    }

    [Differentiable]
    public static double ValueSemantics(Tensor x)
    {
        var y = x;
        x = Tensor.Exp(x * 0.1);
        var z = y;
        y = x * 2.0;
        return Tensor.Sum(z * y) + Tensor.Sum(x * z);
    }

    [Differentiable]
    public static double ShapeChanging(Tensor x, Tensor row)
    {
        var u = Tensor.Rows(x, 0, 1);
        for (var k = 0; k < 3; k++) u = u + row * u;
        var v = Tensor.Reshape(x, 64);
        v = Tensor.Reshape(v * 2.0, 8, 8);
        v = v + u;
        return Tensor.Sum(v * v) + Tensor.Sum(u);
    }

    [Differentiable]
    public static double BroadcastStateGrows(Tensor row, Tensor column, int steps)
    {
        var u = row * 1.0;
        for (var k = 0; k < steps; k++) u = u * 0.5 + column * Tensor.Tanh(u);
        return Tensor.SumOfSquares(u);
    }

    [Differentiable]
    public static double AllNoDerivativeButScalar([NoDerivative] Tensor a, [NoDerivative] Tensor b, double s)
    {
        var u = a * s;
        for (var k = 0; k < 3; k++) u = Tensor.Tanh(u + b) * s;
        return Tensor.Sum(u * a);
    }
}

/// <summary>A tensor parameter named like M_Gradient's own local (which then takes another name).</summary>
public static partial class AdversarialNames
{
    [Differentiable]
    public static double Named(Tensor __value) => Tensor.Sum(__value * __value);
}

/// <summary>Third batch.</summary>
public static partial class AdversarialCases3
{
    [Differentiable]
    public static double NoDerivativeParamBecomesActive(Tensor x, [NoDerivative] Tensor c)
    {
        c = c * x + x;
        for (var k = 0; k < 2; k++) c = Tensor.Sin(c) + c * 0.5;
        return Tensor.Sum(c * x);
    }

    [Differentiable]
    public static double InactiveStateReadByActive(Tensor x, [NoDerivative] Tensor c, int steps)
    {
        var u = c;
        var acc = 0.0;
        for (var k = 0; k < steps; k++)
        {
            acc += Tensor.Dot(x, u);
            u = Tensor.Exp(u * -0.1) + c;
            acc += Tensor.Sum(u * x * x);
        }
        return acc;
    }

    [Differentiable]
    public static double ShapesHighRank(Tensor a, Tensor b)
    {
        var c = Tensor.Reshape(a, 2, 4, 8);
        var d = Tensor.Reshape(b, 2, 4, 8);
        var joined = Tensor.Concat(2, c, d, c * d);
        var padded = Tensor.Pad(c, 1, 0, 0, 1, 2, 2, 0.25);
        var four = Tensor.Pad(Tensor.Reshape(d, 2, 2, 2, 8), 0, 1, 1, 0, 0, 0, 1, 1, -0.5);
        var stacked = Tensor.Stack(c, d);
        return Tensor.SumOfSquares(joined) + Tensor.Sum(Tensor.Tanh(padded)) + Tensor.Sum(four * four * 0.5) + Tensor.Sum(stacked * Tensor.Reshape(stacked, 2, 2, 4, 8));
    }

    [Differentiable]
    public static double NonSquare(Tensor a, Tensor b, Tensor v)
    {
        var p = Tensor.MatMul(a, b);          // 8x10 · 10x7
        var q = Tensor.Transpose(p);          // 7x8
        var r = Tensor.MatVec(q, v);          // 7 (v: 8)
        var s = Tensor.MatMul(q, a);          // 7x10
        return Tensor.SumOfSquares(r) + Tensor.Sum(Tensor.Columns(s, 2, 5) * Tensor.Block(Tensor.Transpose(s), 1, 0, 7, 5));
    }

    [Differentiable]
    public static double SparseInB([NoDerivative] SparsePattern pattern, [NoDerivative] Tensor values, Tensor b, Tensor w)
    {
        var u = Sparse.Solve(pattern, values, b * w);
        var y = Sparse.MatVec(pattern, values, u * u) + Sparse.TransposeMatVec(pattern, values, w);
        return Tensor.SumOfSquares(y) + Tensor.Dot(Sparse.Solve(pattern, values, y), w);
    }
}

/// <summary>Fourth batch: signatures.</summary>
public static partial class AdversarialCases4
{
    [Differentiable]
    public static Tensor NoDifferentiable([NoDerivative] Tensor c, int n) => c * (double)n + Tensor.Exp(c);

    [Differentiable]
    public static double NoDifferentiableScalar([NoDerivative] Tensor c) => Tensor.Sum(c * 2.0 + 1.0);

    [Differentiable]
    public static Tensor WithArray(Tensor x, double[] a)
    {
        var u = x * a[0];
        for (var i = 1; i < a.Length; i++) u = u * a[i] + Tensor.Sin(u);
        return u;
    }

    [Differentiable]
    public static double UsesWithArray(Tensor x, double[] a, [NoDerivative] Tensor k) => Tensor.Sum(WithArray(x, a) * x) + Tensor.Sum(NoDifferentiable(k, 2) * x);

    [Differentiable]
    public static double ParameterNames(Tensor tape, Tensor seed, Tensor value, double g, Tensor result, Tensor shape, Tensor count, Tensor iteration)
        => Tensor.Sum(tape * seed + value * g - result * shape) + Tensor.Sum(Tensor.Exp(count * 0.1) * iteration);

    [Differentiable]
    public static double Keywords(Tensor @in, Tensor @base, double @double)
    {
        var @out = @in * @base * @double + Tensor.Exp(@in * 0.1);
        for (var @int = 0; @int < 2; @int++) @out = @out * 0.5 + @base;
        return Tensor.Sum(@out);
    }
}

public static partial class AdversarialCases4
{
    [Differentiable]
    public static double BroadcastLoop(Tensor u0, Tensor column, int steps)
    {
        var u = u0;
        for (var k = 0; k < steps; k++) u = u * 0.5 + column * Tensor.Tanh(u);
        return Tensor.SumOfSquares(u);
    }

    [Differentiable]
    public static double PlainLoop(Tensor u0, Tensor c, int steps)
    {
        var u = u0;
        for (var k = 0; k < steps; k++) u = u * 0.5 + c * Tensor.Tanh(u);
        return Tensor.SumOfSquares(u);
    }
}
