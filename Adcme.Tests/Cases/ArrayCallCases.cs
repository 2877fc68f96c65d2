namespace Adcme.Tests.Cases;

/// <summary>Local arrays passed to differentiable calls and to primitives (issue 11): each case pins one class of
/// silently wrong gradient or crash. The comments give the value and the gradient by hand.</summary>
public static partial class ArrayCallCases
{
    // ---------- helpers ----------

    [Differentiable]
    public static double SumSq(double[] v)
    {
        var s = 0.0;
        for (var i = 0; i < v.Length; i++) s += v[i] * v[i];
        return s;
    }

    [Differentiable]
    public static double Mix(double[] x, double[] a, double[] b)
    {
        var s = 0.0;
        for (var i = 0; i < a.Length; i++) s += a[i] * x[0];
        for (var i = 0; i < b.Length; i++) s += b[i] * x[i % x.Length];
        return s;
    }

    /// <summary>A tensor-valued helper with an array argument: x·a₀.</summary>
    [Differentiable]
    public static Tensor ScaleBy(double[] a, Tensor x) => x * a[0];

    // ---------- 1. a local array passed to a call, then rebound ----------

    /// <summary>u ← fresh array each step. steps = 2: loss = x² + (2x)² = 5x², d/dx = 10x.</summary>
    [Differentiable]
    public static double RebindFresh(double x, int steps)
    {
        var u = new double[1];
        u[0] = x;
        var loss = 0.0;
        for (var k = 0; k < steps; k++)
        {
            loss += SumSq(u);
            var next = new double[1];
            next[0] = 2 * u[0];
            u = next;
        }
        return loss;
    }

    /// <summary>Two buffers swapped every step. steps = 3: loss = x² + 4x² + 16x² = 21x², d/dx = 42x.</summary>
    [Differentiable]
    public static double RebindSwap(double x, int steps)
    {
        var u = new double[1];
        var v = new double[1];
        u[0] = x;
        var loss = 0.0;
        for (var k = 0; k < steps; k++)
        {
            loss += SumSq(u);
            v[0] = 2 * u[0];
            var t = u;
            u = v;
            v = t;
        }
        return loss;
    }

    /// <summary><c>u = new double[1]</c> on the existing variable. steps = 3: loss = 21x², d/dx = 42x.</summary>
    [Differentiable]
    public static double RebindNew(double x, int steps)
    {
        var u = new double[1];
        u[0] = x;
        var loss = 0.0;
        for (var k = 0; k < steps; k++)
        {
            loss += SumSq(u);
            var w = u[0];
            u = new double[1];
            u[0] = 2 * w;
        }
        return loss;
    }

    /// <summary>As <see cref="RebindFresh"/>, through a primitive. steps = 2: d/dx = 10x.</summary>
    [Differentiable]
    public static double RebindFreshPrimitive(double x, int steps)
    {
        var u = new double[1];
        u[0] = x;
        var loss = 0.0;
        for (var k = 0; k < steps; k++)
        {
            loss += ArrayPrimitives.SumSq(u);
            var next = new double[1];
            next[0] = 2 * u[0];
            u = next;
        }
        return loss;
    }

    /// <summary>As <see cref="RebindSwap"/>, through a primitive. steps = 3: d/dx = 42x.</summary>
    [Differentiable]
    public static double RebindSwapPrimitive(double x, int steps)
    {
        var u = new double[1];
        var v = new double[1];
        u[0] = x;
        var loss = 0.0;
        for (var k = 0; k < steps; k++)
        {
            loss += ArrayPrimitives.SumSq(u);
            v[0] = 2 * u[0];
            var t = u;
            u = v;
            v = t;
        }
        return loss;
    }

    // ---------- 2. a primitive reads its array arguments as they were at the call ----------

    /// <summary>A [NoDerivative] coefficient table refilled every step: coefᵢ = tableᵢ·(k + 1).
    /// loss = Σₖ Σᵢ tableᵢ(k+1)pᵢ², d/dpᵢ = 2pᵢ·tableᵢ·Σₖ(k+1).</summary>
    [Differentiable]
    public static double RefilledTable(double[] p, [NoDerivative] double[] table, int steps)
    {
        var coef = new double[p.Length];
        var loss = 0.0;
        for (var k = 0; k < steps; k++)
        {
            for (var i = 0; i < p.Length; i++) coef[i] = table[i] * (k + 1);
            loss += ArrayPrimitives.WeightedSq(p, coef);
        }
        return loss;
    }

    /// <summary>A differentiable local array written in place after the primitive read it. steps = 2, u₀ = x:
    /// loss = x² + (2x)², d/dx = 10x.</summary>
    [Differentiable]
    public static double WrittenAfterPrimitive(double x, int steps)
    {
        var u = new double[1];
        u[0] = x;
        var loss = 0.0;
        for (var k = 0; k < steps; k++)
        {
            loss += ArrayPrimitives.SumSq(u);
            u[0] = 2 * u[0];
        }
        return loss;
    }

    // ---------- 3. a tensor-valued call whose result has no adjoint ----------

    /// <summary>The second call's result is multiplied by zero. loss = p₀·Σx: d/dp₀ = Σx, d/dxᵢ = p₀.</summary>
    [Differentiable]
    public static double TensorCallZeroWeight(double[] p, Tensor x)
    {
        var a = new double[1];
        a[0] = p[0];
        var loss = Tensor.Sum(ScaleBy(a, x));
        a[0] = 3 * p[0];
        loss += 0.0 * Tensor.Sum(ScaleBy(a, x));
        return loss;
    }

    /// <summary>The second call's result is used only in a branch not taken (w ≤ 1). loss = p₀·Σx.</summary>
    [Differentiable]
    public static double TensorCallBranchNotTaken(double[] p, Tensor x, double w)
    {
        var a = new double[1];
        a[0] = p[0];
        var loss = Tensor.Sum(ScaleBy(a, x));
        a[0] = 3 * p[0];
        var unused = ScaleBy(a, x);
        if (w > 1.0) loss += Tensor.Sum(unused);
        return loss;
    }

    /// <summary>The second call's result goes to a variable overwritten before it is used. loss = p₀·Σx.</summary>
    [Differentiable]
    public static double TensorCallOverwritten(double[] p, Tensor x)
    {
        var a = new double[1];
        a[0] = p[0];
        var first = ScaleBy(a, x);
        a[0] = 3 * p[0];
        var second = ScaleBy(a, x);
        second = x * 2.0;
        return Tensor.Sum(first) + Tensor.Sum(second);
    }

    // ---------- 4. a parameter array aliased by a local ----------

    /// <summary>a starts as the parameter, then is rebound to a local array written in place. p = [x], steps = 3:
    /// loss = x² + 4x² + 16x² = 21x², d/dx = 42x.</summary>
    [Differentiable]
    public static double AliasedParameter(double[] p, int steps)
    {
        var a = p;
        var u = new double[p.Length];
        var loss = 0.0;
        for (var k = 0; k < steps; k++)
        {
            loss += SumSq(a);
            for (var i = 0; i < u.Length; i++) u[i] = 2 * a[i];
            a = u;
        }
        return loss;
    }

    /// <summary>As <see cref="AliasedParameter"/>, through a primitive. d/dx = 42x.</summary>
    [Differentiable]
    public static double AliasedParameterPrimitive(double[] p, int steps)
    {
        var a = p;
        var u = new double[p.Length];
        var loss = 0.0;
        for (var k = 0; k < steps; k++)
        {
            loss += ArrayPrimitives.SumSq(a);
            for (var i = 0; i < u.Length; i++) u[i] = 2 * a[i];
            a = u;
        }
        return loss;
    }

    /// <summary>The parameter variable itself rebound to a local array that is then written in place. p = [x], steps = 3:
    /// loss = x² + 4x² + 16x² = 21x², d/dx = 42x.</summary>
    [Differentiable]
    public static double ParameterRebound(double[] p, int steps)
    {
        var u = new double[p.Length];
        for (var i = 0; i < u.Length; i++) u[i] = p[i];
        p = u;
        var loss = 0.0;
        for (var k = 0; k < steps; k++)
        {
            loss += SumSq(p);
            for (var i = 0; i < u.Length; i++) u[i] = 2 * u[i];
        }
        return loss;
    }

    /// <summary>A parameter variable whose own value is never read, rebound to a local array copied from q that is
    /// then written in place. q = [x], steps = 3: loss = 21x², d/dq = 42x, d/dp = 0.</summary>
    [Differentiable]
    public static double ParameterReboundUnread(double[] p, double[] q, int steps)
    {
        var u = new double[q.Length];
        for (var i = 0; i < u.Length; i++) u[i] = q[i];
        p = u;
        var loss = 0.0;
        for (var k = 0; k < steps; k++)
        {
            loss += SumSq(p);
            for (var i = 0; i < u.Length; i++) u[i] = 2 * u[i];
        }
        return loss;
    }

    // ---------- 5. crashes ----------

    /// <summary>A tensor-valued call's result variable reassigned in a loop: t = x·p₀^steps, loss = Σt.
    /// d/dp₀ = steps·p₀^(steps−1)·Σx, d/dxᵢ = p₀^steps.</summary>
    [Differentiable]
    public static double TensorResultInLoop(double[] p, Tensor x, int steps)
    {
        var a = new double[1];
        a[0] = p[0];
        var t = x;
        for (var k = 0; k < steps; k++) t = ScaleBy(a, t);
        return Tensor.Sum(t);
    }

    /// <summary>Two [NoDerivative] arrays of different lengths passed to one differentiable call.
    /// loss = x₀Σa + Σbᵢx_{i mod n}.</summary>
    [Differentiable]
    public static double TwoNoDerivativeArrays(double[] x, [NoDerivative] double[] small, [NoDerivative] double[] large)
        => Mix(x, small, large);

    /// <summary>The same through a primitive whose two array parameters are differentiable: Σ smallᵢ·largeᵢ + Σxᵢ²,
    /// d/dx = 2x.</summary>
    [Differentiable]
    public static double TwoNoDerivativeArraysPrimitive(double[] x, [NoDerivative] double[] small, [NoDerivative] double[] large)
        => ArrayPrimitives.Dot(large, small) + ArrayPrimitives.Dot(x, x);

    /// <summary>Two [NoDerivative] tables of different lengths to a primitive's two [NoDerivative] parameters.</summary>
    [Differentiable]
    public static double TwoTablesPrimitive(double[] x, [NoDerivative] double[] small, [NoDerivative] double[] large)
        => ArrayPrimitives.TwoTables(x, small, large);
}

/// <summary>Ordered primitives (issue 11, class 6) and split-mode calls (class 7).</summary>
public static partial class OrderedCases
{
    /// <summary>A hidden-state primitive in a loop with a loop-invariant argument: yₖ = x·(1 + k/4),
    /// loss = Σₖ yₖ² = x²·ΣFₖ². steps = 5: ΣFₖ² = 11.875, d/dx = 23.75x.</summary>
    [Differentiable]
    public static double HiddenState(double x, int steps)
    {
        var loss = 0.0;
        for (var k = 0; k < steps; k++)
        {
            var y = OrderedPrimitives.Drift(x);
            loss += y * y;
        }
        return loss;
    }

    /// <summary>Tagged calls whose results do not reach the loss on some paths (zero weight, a branch not taken
    /// when w ≤ 1, a variable overwritten). loss = Σₖ (x² + 3x) = steps·(x² + 3x) for w ≤ 1.</summary>
    [Differentiable]
    public static double UnusedOrdered(double x, double w, int steps)
    {
        var loss = 0.0;
        for (var k = 0; k < steps; k++)
        {
            var a = OrderedPrimitives.Tag(x, 10 + k);
            var b = OrderedPrimitives.Tag(x * 2, 20 + k);
            loss += a * a + 0.0 * b;
            var c = OrderedPrimitives.Tag(x, 30 + k);
            if (w > 1.0) loss += c;
            var d = OrderedPrimitives.Tag(x, 40 + k);
            d = x * 3;
            loss += d;
        }
        return loss;
    }

    [Differentiable]
    public static double TagInner(double x, int id) => OrderedPrimitives.Tag(x * 1.5, id) + OrderedPrimitives.Tag(x, id + 1);

    /// <summary>Tagged calls in a loop, a branch and a callee: y₀ = x; yₖ₊₁ = 1.25·yₖ (TagInner·0.5), result y·y.</summary>
    [Differentiable]
    public static double OrderedSequence(double x, int steps)
    {
        var y = OrderedPrimitives.Tag(x, 1);
        for (var k = 0; k < steps; k++)
        {
            y = TagInner(y, 100 + 10 * k) * 0.5;
            if (k % 2 == 0) y = OrderedPrimitives.Tag(y, 200 + k);
        }
        return OrderedPrimitives.Tag(y, 2) * y;
    }

    [Differentiable]
    public static double Depth3(double x) => OrderedPrimitives.Count(Math.Sin(x), 3);

    [Differentiable]
    public static double Depth2(double x) => OrderedPrimitives.Count(Depth3(x) * x, 2);

    [Differentiable]
    public static double Depth1(double x) => OrderedPrimitives.Count(Depth2(x) + x, 1);

    /// <summary>Callees at nesting depths 1, 2 and 3, each counting its runs: f = 2·(x·sin x + x),
    /// f' = 2·(sin x + x·cos x + 1).</summary>
    [Differentiable]
    public static double Nested(double x) => OrderedPrimitives.Count(Depth1(x) * 2, 0);
}
