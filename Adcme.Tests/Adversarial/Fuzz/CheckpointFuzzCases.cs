namespace Adcme.Tests.Adversarial;

/// <summary>Random programs (gen.py, seed 5) and their checkpointed twins (written by Adversarial/Fuzz/gen_checkpointed.py).</summary>
public static partial class CheckpointFuzzCases
{
    [Differentiable]
    public static double S2(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            a = b;
            w = AdversarialPrimitives.Same(w);
            u = a;
            acc += Tensor.Dot(AdversarialPrimitives.Same((a / (b * u + 1.0))), AdversarialPrimitives.Plus(AdversarialPrimitives.Same(w), Tensor.Concat(0, Tensor.Rows(w, 0, 4), Tensor.Rows(a, 4, 4)))) * 0.01;
        }
        b = a;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable, Checkpointed(Snapshots = 2)]
    public static double C2(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            a = b;
            w = AdversarialPrimitives.Same(w);
            u = a;
            acc += Tensor.Dot(AdversarialPrimitives.Same((a / (b * u + 1.0))), AdversarialPrimitives.Plus(AdversarialPrimitives.Same(w), Tensor.Concat(0, Tensor.Rows(w, 0, 4), Tensor.Rows(a, 4, 4)))) * 0.01;
        }
        b = a;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double S5(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        acc += Tensor.Dot(a, AdversarialPrimitives.Pass(Tensor.Sin(b))) * 0.01;
        for (var k0 = 0; k0 < steps; k0++)
        {
            a = ((u - (Stencils.Laplacian(a, 2.0) * 0.1) * 0.5) * u * 0.5);
            for (var k1 = 0; k1 < steps; k1++)
            {
                b += Tensor.Exp((Stencils.Diffusion(Tensor.Tanh(u) + 1.5, a, 2.0) * 0.1 * (b * (Tensor.Sum(a) * 0.01 + AdversarialPrimitives.DotWith(b, c) * 0.001)) * 0.5) * 0.1) * 0.3;
                b += Tensor.Sigmoid(AdversarialPrimitives.Same((x / (w * b + 1.0)))) * 2.0 * 0.3;
            }
        }
        b = u;
        x = w;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable, Checkpointed(Snapshots = 2)]
    public static double C5(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        acc += Tensor.Dot(a, AdversarialPrimitives.Pass(Tensor.Sin(b))) * 0.01;
        for (var k0 = 0; k0 < steps; k0++)
        {
            a = ((u - (Stencils.Laplacian(a, 2.0) * 0.1) * 0.5) * u * 0.5);
            for (var k1 = 0; k1 < steps; k1++)
            {
                b += Tensor.Exp((Stencils.Diffusion(Tensor.Tanh(u) + 1.5, a, 2.0) * 0.1 * (b * (Tensor.Sum(a) * 0.01 + AdversarialPrimitives.DotWith(b, c) * 0.001)) * 0.5) * 0.1) * 0.3;
                b += Tensor.Sigmoid(AdversarialPrimitives.Same((x / (w * b + 1.0)))) * 2.0 * 0.3;
            }
        }
        b = u;
        x = w;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double S8(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            a += Tensor.Transpose((Tensor.MatMul(u, Tensor.Tanh(b)) * 0.2)) * 0.3;
            x = x * 1.0;
            acc += Tensor.Sum(b) * 0.01;
            a = (b / (a * ((w * s) * Tensor.Transpose(u) * 0.5) + 1.0));
        }
        acc += Tensor.Dot(AdversarialPrimitives.Pass(Tensor.Exp(b * 0.1)), b) * 0.01;
        b = Tensor.Concat(0, Tensor.Rows(b, 0, 4), Tensor.Rows(Stencils.Diffusion(Tensor.Tanh(c) + 1.5, a, 2.0) * 0.1, 4, 4));
        if (Tensor.Sum(x) > 0.0)
        {
            if (Tensor.Sum(b) > 1.0)
            {
                u += Tensor.Sin(Tensor.Transpose(x)) * 0.3;
                u += Tensor.Tanh((Stencils.Laplacian(AdversarialPrimitives.Plus(a, x), 2.0) * 0.1)) * 0.3;
            }
            else
            {
                acc += Tensor.Sum(a) * 0.01;
                b = x;
                x = a;
                w = (Tensor.Tanh(w) * s);
            }
            b = u;
            u = Tensor.Exp((Tensor.MatMul(c, Tensor.Block(Tensor.Pad(x, 1, 1, 1, 1, s), 0, 1, 8, 8)) * 0.2) * 0.1);
        }
        else
        {
            for (var k1 = 0; k1 < steps; k1++)
            {
                a += Tensor.Exp(Tensor.Sigmoid((a / (w * x + 1.0))) * 2.0 * 0.1) * 0.3;
                b += Tensor.Sin(Tensor.Concat(0, Tensor.Rows(Tensor.Tanh(c), 0, 4), Tensor.Rows(a, 4, 4))) * 0.3;
            }
            acc += Tensor.Sum((Stencils.Laplacian(Tensor.Tanh(w), 2.0) * 0.1)) * 0.01;
            if (Tensor.Sum(x) > -1.0)
            {
                u = Tensor.Reshape(Tensor.Reshape((Stencils.Laplacian(AdversarialPrimitives.Same(x), 2.0) * 0.1), 64) * 0.9, 8, 8);
                acc += Tensor.SumOfSquares(AdversarialPrimitives.Same(w)) * 0.01;
                a = u;
                acc += Tensor.SumOfSquares((x + a)) * 0.01;
            }
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable, Checkpointed(Snapshots = 2)]
    public static double C8(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            a += Tensor.Transpose((Tensor.MatMul(u, Tensor.Tanh(b)) * 0.2)) * 0.3;
            x = x * 1.0;
            acc += Tensor.Sum(b) * 0.01;
            a = (b / (a * ((w * s) * Tensor.Transpose(u) * 0.5) + 1.0));
        }
        acc += Tensor.Dot(AdversarialPrimitives.Pass(Tensor.Exp(b * 0.1)), b) * 0.01;
        b = Tensor.Concat(0, Tensor.Rows(b, 0, 4), Tensor.Rows(Stencils.Diffusion(Tensor.Tanh(c) + 1.5, a, 2.0) * 0.1, 4, 4));
        if (Tensor.Sum(x) > 0.0)
        {
            if (Tensor.Sum(b) > 1.0)
            {
                u += Tensor.Sin(Tensor.Transpose(x)) * 0.3;
                u += Tensor.Tanh((Stencils.Laplacian(AdversarialPrimitives.Plus(a, x), 2.0) * 0.1)) * 0.3;
            }
            else
            {
                acc += Tensor.Sum(a) * 0.01;
                b = x;
                x = a;
                w = (Tensor.Tanh(w) * s);
            }
            b = u;
            u = Tensor.Exp((Tensor.MatMul(c, Tensor.Block(Tensor.Pad(x, 1, 1, 1, 1, s), 0, 1, 8, 8)) * 0.2) * 0.1);
        }
        else
        {
            for (var k1 = 0; k1 < steps; k1++)
            {
                a += Tensor.Exp(Tensor.Sigmoid((a / (w * x + 1.0))) * 2.0 * 0.1) * 0.3;
                b += Tensor.Sin(Tensor.Concat(0, Tensor.Rows(Tensor.Tanh(c), 0, 4), Tensor.Rows(a, 4, 4))) * 0.3;
            }
            acc += Tensor.Sum((Stencils.Laplacian(Tensor.Tanh(w), 2.0) * 0.1)) * 0.01;
            if (Tensor.Sum(x) > -1.0)
            {
                u = Tensor.Reshape(Tensor.Reshape((Stencils.Laplacian(AdversarialPrimitives.Same(x), 2.0) * 0.1), 64) * 0.9, 8, 8);
                acc += Tensor.SumOfSquares(AdversarialPrimitives.Same(w)) * 0.01;
                a = u;
                acc += Tensor.SumOfSquares((x + a)) * 0.01;
            }
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double S18(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        x = Tensor.Reshape(Tensor.Reshape(b, 64) * 0.9, 8, 8);
        w = Tensor.Exp(Tensor.Tanh(u) * 0.1);
        for (var k0 = 0; k0 < steps; k0++)
        {
            x = Tensor.Sigmoid(x) * 2.0;
            x = Stencils.Diffusion(Tensor.Tanh(Tensor.Block(Tensor.Pad(b, 1, 1, 1, 1, s), 0, 1, 8, 8)) + 1.5, b, 2.0) * 0.1;
            acc += Tensor.Sum(u) * 0.01;
            acc += Tensor.SumOfSquares(x) * 0.01;
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable, Checkpointed(Snapshots = 0)]
    public static double C18(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        x = Tensor.Reshape(Tensor.Reshape(b, 64) * 0.9, 8, 8);
        w = Tensor.Exp(Tensor.Tanh(u) * 0.1);
        for (var k0 = 0; k0 < steps; k0++)
        {
            x = Tensor.Sigmoid(x) * 2.0;
            x = Stencils.Diffusion(Tensor.Tanh(Tensor.Block(Tensor.Pad(b, 1, 1, 1, 1, s), 0, 1, 8, 8)) + 1.5, b, 2.0) * 0.1;
            acc += Tensor.Sum(u) * 0.01;
            acc += Tensor.SumOfSquares(x) * 0.01;
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double S51(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            for (var k1 = 0; k1 < steps; k1++)
            {
                a += Tensor.Exp(u * 0.1) * 0.3;
                a += AdversarialPrimitives.Same(AdversarialPrimitives.Same(u)) * 0.3;
            }
            u = w;
            acc += Tensor.Sum((Tensor.Tanh(a) * (Tensor.Sum(AdversarialPrimitives.Pass(b)) * 0.01 + AdversarialPrimitives.DotWith(Tensor.Tanh(a), c) * 0.001))) * 0.01;
            w = a;
        }
        w = b;
        x = AdversarialPrimitives.Plus(a, x);
        for (var k0 = 0; k0 < steps; k0++)
        {
            u += (((a * (Tensor.Sum(x) * 0.01 + AdversarialPrimitives.DotWith(a, c) * 0.001)) / (AdversarialPrimitives.Pass(b) * (x * (Tensor.Sum(u) * 0.01 + AdversarialPrimitives.DotWith(x, c) * 0.001)) + 1.0)) / (Tensor.Tanh(Tensor.Exp(x * 0.1)) * x + 1.0)) * 0.3;
            w = (AdversarialPrimitives.Pass(w) * (Tensor.Sum((Tensor.MatMul(AdversarialPrimitives.Same(w), Tensor.Concat(0, Tensor.Rows(u, 0, 4), Tensor.Rows(u, 4, 4))) * 0.2)) * 0.01 + AdversarialPrimitives.DotWith(AdversarialPrimitives.Pass(w), c) * 0.001));
            u = b;
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable, Checkpointed(Snapshots = 0)]
    public static double C51(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            for (var k1 = 0; k1 < steps; k1++)
            {
                a += Tensor.Exp(u * 0.1) * 0.3;
                a += AdversarialPrimitives.Same(AdversarialPrimitives.Same(u)) * 0.3;
            }
            u = w;
            acc += Tensor.Sum((Tensor.Tanh(a) * (Tensor.Sum(AdversarialPrimitives.Pass(b)) * 0.01 + AdversarialPrimitives.DotWith(Tensor.Tanh(a), c) * 0.001))) * 0.01;
            w = a;
        }
        w = b;
        x = AdversarialPrimitives.Plus(a, x);
        for (var k0 = 0; k0 < steps; k0++)
        {
            u += (((a * (Tensor.Sum(x) * 0.01 + AdversarialPrimitives.DotWith(a, c) * 0.001)) / (AdversarialPrimitives.Pass(b) * (x * (Tensor.Sum(u) * 0.01 + AdversarialPrimitives.DotWith(x, c) * 0.001)) + 1.0)) / (Tensor.Tanh(Tensor.Exp(x * 0.1)) * x + 1.0)) * 0.3;
            w = (AdversarialPrimitives.Pass(w) * (Tensor.Sum((Tensor.MatMul(AdversarialPrimitives.Same(w), Tensor.Concat(0, Tensor.Rows(u, 0, 4), Tensor.Rows(u, 4, 4))) * 0.2)) * 0.01 + AdversarialPrimitives.DotWith(AdversarialPrimitives.Pass(w), c) * 0.001));
            u = b;
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double S66(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            a = u;
            u = w;
            acc += Tensor.Sum(u) * 0.01;
            if (k0 == 1) continue;
        }
        x = (Tensor.MatMul((Stencils.Laplacian(Tensor.Sin(u), 2.0) * 0.1), a) * 0.2);
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable, Checkpointed(Snapshots = 0)]
    public static double C66(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            a = u;
            u = w;
            acc += Tensor.Sum(u) * 0.01;
            if (k0 == 1) continue;
        }
        x = (Tensor.MatMul((Stencils.Laplacian(Tensor.Sin(u), 2.0) * 0.1), a) * 0.2);
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double S71(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            a = b;
            acc += Tensor.SumOfSquares((Stencils.Laplacian(Tensor.Concat(0, Tensor.Rows(x, 0, 4), Tensor.Rows(a, 4, 4)), 2.0) * 0.1)) * 0.01;
            acc += Tensor.Mean((x * s) * (x * s));
        }
        u += a * 0.3;
        b = u;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable, Checkpointed(Snapshots = 2)]
    public static double C71(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            a = b;
            acc += Tensor.SumOfSquares((Stencils.Laplacian(Tensor.Concat(0, Tensor.Rows(x, 0, 4), Tensor.Rows(a, 4, 4)), 2.0) * 0.1)) * 0.01;
            acc += Tensor.Mean((x * s) * (x * s));
        }
        u += a * 0.3;
        b = u;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double S95(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            b = u;
            x = (Tensor.Concat(0, Tensor.Rows(Stencils.Diffusion(Tensor.Tanh(u) + 1.5, w, 2.0) * 0.1, 0, 4), Tensor.Rows(Tensor.Sin(u), 4, 4)) * b * 0.5);
        }
        w = (a / (((a - w * 0.5) / (Stencils.Diffusion(Tensor.Tanh(a) + 1.5, u, 2.0) * 0.1 * (a - u * 0.5) + 1.0)) * Tensor.Exp(w * 0.1) + 1.0));
        if (Tensor.Sum(b) > 0.0)
        {
            a = w;
            b = a;
            for (var k1 = 0; k1 < steps; k1++)
            {
                u += a * 0.3;
                w = Tensor.Sin(u);
                x = AdversarialPrimitives.Pass(Tensor.Sigmoid(Tensor.Sin(a)) * 2.0);
                b = a;
            }
            x = a;
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable, Checkpointed(Snapshots = 2)]
    public static double C95(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            b = u;
            x = (Tensor.Concat(0, Tensor.Rows(Stencils.Diffusion(Tensor.Tanh(u) + 1.5, w, 2.0) * 0.1, 0, 4), Tensor.Rows(Tensor.Sin(u), 4, 4)) * b * 0.5);
        }
        w = (a / (((a - w * 0.5) / (Stencils.Diffusion(Tensor.Tanh(a) + 1.5, u, 2.0) * 0.1 * (a - u * 0.5) + 1.0)) * Tensor.Exp(w * 0.1) + 1.0));
        if (Tensor.Sum(b) > 0.0)
        {
            a = w;
            b = a;
            for (var k1 = 0; k1 < steps; k1++)
            {
                u += a * 0.3;
                w = Tensor.Sin(u);
                x = AdversarialPrimitives.Pass(Tensor.Sigmoid(Tensor.Sin(a)) * 2.0);
                b = a;
            }
            x = a;
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double S112(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        acc += Tensor.Dot(x, Tensor.Sigmoid(u) * 2.0) * 0.01;
        for (var k0 = 0; k0 < steps; k0++)
        {
            a = x;
            var it930315 = 0;
            while (Tensor.Norm(w) > 0.5 && it930315 < 3)
            {
                b = w;
                w = Tensor.Sigmoid(u) * 2.0;
                w = (Tensor.MatMul(b, (AdversarialPrimitives.Plus(a, b) / ((x * a * 0.5) * (u * x * 0.5) + 1.0))) * 0.2);
                w = u;
                it930315++;
            }
        }
        w = Tensor.Exp(Stencils.Diffusion(Tensor.Tanh(u) + 1.5, Tensor.Tanh(b), 2.0) * 0.1 * 0.1);
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable, Checkpointed(Snapshots = 1)]
    public static double C112(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        acc += Tensor.Dot(x, Tensor.Sigmoid(u) * 2.0) * 0.01;
        for (var k0 = 0; k0 < steps; k0++)
        {
            a = x;
            var it930315 = 0;
            while (Tensor.Norm(w) > 0.5 && it930315 < 3)
            {
                b = w;
                w = Tensor.Sigmoid(u) * 2.0;
                w = (Tensor.MatMul(b, (AdversarialPrimitives.Plus(a, b) / ((x * a * 0.5) * (u * x * 0.5) + 1.0))) * 0.2);
                w = u;
                it930315++;
            }
        }
        w = Tensor.Exp(Stencils.Diffusion(Tensor.Tanh(u) + 1.5, Tensor.Tanh(b), 2.0) * 0.1 * 0.1);
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double S134(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            a = (Tensor.Tanh((w / (x * x + 1.0))) + w);
            x = Tensor.Reshape(Tensor.Reshape(c, 64) * 0.9, 8, 8);
            if (k0 == 1) continue;
        }
        a = AdversarialPrimitives.Pass(x);
        u = u * 1.0;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable, Checkpointed(Snapshots = 2)]
    public static double C134(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            a = (Tensor.Tanh((w / (x * x + 1.0))) + w);
            x = Tensor.Reshape(Tensor.Reshape(c, 64) * 0.9, 8, 8);
            if (k0 == 1) continue;
        }
        a = AdversarialPrimitives.Pass(x);
        u = u * 1.0;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double S138(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += Tensor.Dot((Stencils.Laplacian(Tensor.Exp(a * 0.1), 2.0) * 0.1), Tensor.Sigmoid(Tensor.Concat(0, Tensor.Rows(b, 0, 4), Tensor.Rows(b, 4, 4))) * 2.0) * 0.01;
            b = Tensor.Block(Tensor.Pad(Tensor.Tanh(AdversarialPrimitives.Plus(w, x)), 1, 1, 1, 1, s), 0, 1, 8, 8);
            acc += Tensor.Mean(b * b);
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += Tensor.Mean(w * w);
                u = x;
            }
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += Tensor.Dot(x, Tensor.Sigmoid(a) * 2.0) * 0.01;
            b = Tensor.Sigmoid(Tensor.Sin(Tensor.Sin(u))) * 2.0;
            u = w;
        }
        a = u;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable, Checkpointed(Snapshots = 0)]
    public static double C138(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += Tensor.Dot((Stencils.Laplacian(Tensor.Exp(a * 0.1), 2.0) * 0.1), Tensor.Sigmoid(Tensor.Concat(0, Tensor.Rows(b, 0, 4), Tensor.Rows(b, 4, 4))) * 2.0) * 0.01;
            b = Tensor.Block(Tensor.Pad(Tensor.Tanh(AdversarialPrimitives.Plus(w, x)), 1, 1, 1, 1, s), 0, 1, 8, 8);
            acc += Tensor.Mean(b * b);
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += Tensor.Mean(w * w);
                u = x;
            }
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += Tensor.Dot(x, Tensor.Sigmoid(a) * 2.0) * 0.01;
            b = Tensor.Sigmoid(Tensor.Sin(Tensor.Sin(u))) * 2.0;
            u = w;
        }
        a = u;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double S143(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        b = u;
        for (var k0 = 0; k0 < steps; k0++)
        {
            a = c;
            for (var k1 = 0; k1 < steps; k1++)
            {
                a += u * 0.3;
                acc += Tensor.Sum((a - (Tensor.MatMul(x, x) * 0.2) * 0.5)) * 0.01;
                b += (AdversarialPrimitives.Plus(u, u) * s) * 0.3;
                a = (u - (Tensor.Exp(w * 0.1) - AdversarialPrimitives.Pass(b) * 0.5) * 0.5);
            }
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable, Checkpointed(Snapshots = 2)]
    public static double C143(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        b = u;
        for (var k0 = 0; k0 < steps; k0++)
        {
            a = c;
            for (var k1 = 0; k1 < steps; k1++)
            {
                a += u * 0.3;
                acc += Tensor.Sum((a - (Tensor.MatMul(x, x) * 0.2) * 0.5)) * 0.01;
                b += (AdversarialPrimitives.Plus(u, u) * s) * 0.3;
                a = (u - (Tensor.Exp(w * 0.1) - AdversarialPrimitives.Pass(b) * 0.5) * 0.5);
            }
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double S147(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            a = (a * s);
            u += b * 0.3;
            a = (Tensor.Sigmoid(Stencils.Diffusion(Tensor.Tanh(a) + 1.5, b, 2.0) * 0.1) * 2.0 * (Tensor.Sum(u) * 0.01 + AdversarialPrimitives.DotWith(Tensor.Sigmoid(Stencils.Diffusion(Tensor.Tanh(a) + 1.5, b, 2.0) * 0.1) * 2.0, c) * 0.001));
            if (k0 == 1) continue;
        }
        a += (Tensor.Block(Tensor.Pad(Tensor.Transpose(w), 1, 1, 1, 1, s), 0, 1, 8, 8) * s) * 0.3;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable, Checkpointed(Snapshots = 0)]
    public static double C147(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            a = (a * s);
            u += b * 0.3;
            a = (Tensor.Sigmoid(Stencils.Diffusion(Tensor.Tanh(a) + 1.5, b, 2.0) * 0.1) * 2.0 * (Tensor.Sum(u) * 0.01 + AdversarialPrimitives.DotWith(Tensor.Sigmoid(Stencils.Diffusion(Tensor.Tanh(a) + 1.5, b, 2.0) * 0.1) * 2.0, c) * 0.001));
            if (k0 == 1) continue;
        }
        a += (Tensor.Block(Tensor.Pad(Tensor.Transpose(w), 1, 1, 1, 1, s), 0, 1, 8, 8) * s) * 0.3;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double S151(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += Tensor.Mean(u * u);
            for (var k1 = 0; k1 < steps; k1++)
            {
                a += Tensor.Exp(Tensor.Sigmoid((w * b * 0.5)) * 2.0 * 0.1) * 0.3;
                a += Stencils.Diffusion(Tensor.Tanh(w) + 1.5, b, 2.0) * 0.1 * 0.3;
            }
        }
        w = Tensor.Sin(Tensor.Tanh(w));
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable, Checkpointed(Snapshots = 1)]
    public static double C151(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += Tensor.Mean(u * u);
            for (var k1 = 0; k1 < steps; k1++)
            {
                a += Tensor.Exp(Tensor.Sigmoid((w * b * 0.5)) * 2.0 * 0.1) * 0.3;
                a += Stencils.Diffusion(Tensor.Tanh(w) + 1.5, b, 2.0) * 0.1 * 0.3;
            }
        }
        w = Tensor.Sin(Tensor.Tanh(w));
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double S183(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            a = u;
            u = (AdversarialPrimitives.Pass(x) * s);
            if (k0 == 1) continue;
        }
        b = a;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable, Checkpointed(Snapshots = 0)]
    public static double C183(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            a = u;
            u = (AdversarialPrimitives.Pass(x) * s);
            if (k0 == 1) continue;
        }
        b = a;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double S193(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        a = w;
        a = w;
        for (var k0 = 0; k0 < steps; k0++)
        {
            w = (x * (Tensor.Sum(Stencils.Diffusion(Tensor.Tanh(b) + 1.5, Tensor.Exp(a * 0.1), 2.0) * 0.1) * 0.01 + AdversarialPrimitives.DotWith(x, c) * 0.001));
            var it816851 = 0;
            while (Tensor.Norm(w) > 0.5 && it816851 < 3)
            {
                a += (c * (Tensor.Sum(Stencils.Diffusion(Tensor.Tanh((x + w)) + 1.5, b, 2.0) * 0.1) * 0.01 + AdversarialPrimitives.DotWith(c, c) * 0.001)) * 0.3;
                u = x;
                it816851++;
            }
            b = Tensor.Transpose((AdversarialPrimitives.Plus(a, c) * (Tensor.Sum(Tensor.Concat(0, Tensor.Rows(u, 0, 4), Tensor.Rows(b, 4, 4))) * 0.01 + AdversarialPrimitives.DotWith(AdversarialPrimitives.Plus(a, c), c) * 0.001)));
            acc += Tensor.Sum(Tensor.Reshape(Tensor.Reshape(x, 64) * 0.9, 8, 8)) * 0.01;
        }
        u = x;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable, Checkpointed(Snapshots = 1)]
    public static double C193(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        a = w;
        a = w;
        for (var k0 = 0; k0 < steps; k0++)
        {
            w = (x * (Tensor.Sum(Stencils.Diffusion(Tensor.Tanh(b) + 1.5, Tensor.Exp(a * 0.1), 2.0) * 0.1) * 0.01 + AdversarialPrimitives.DotWith(x, c) * 0.001));
            var it816851 = 0;
            while (Tensor.Norm(w) > 0.5 && it816851 < 3)
            {
                a += (c * (Tensor.Sum(Stencils.Diffusion(Tensor.Tanh((x + w)) + 1.5, b, 2.0) * 0.1) * 0.01 + AdversarialPrimitives.DotWith(c, c) * 0.001)) * 0.3;
                u = x;
                it816851++;
            }
            b = Tensor.Transpose((AdversarialPrimitives.Plus(a, c) * (Tensor.Sum(Tensor.Concat(0, Tensor.Rows(u, 0, 4), Tensor.Rows(b, 4, 4))) * 0.01 + AdversarialPrimitives.DotWith(AdversarialPrimitives.Plus(a, c), c) * 0.001)));
            acc += Tensor.Sum(Tensor.Reshape(Tensor.Reshape(x, 64) * 0.9, 8, 8)) * 0.01;
        }
        u = x;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double S206(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        acc += Tensor.SumOfSquares(w) * 0.01;
        for (var k0 = 0; k0 < steps; k0++)
        {
            x = Tensor.Tanh(Tensor.Sigmoid((Stencils.Laplacian(u, 2.0) * 0.1)) * 2.0);
            w = (b / (a * (a * (Tensor.Sum(b) * 0.01 + AdversarialPrimitives.DotWith(a, c) * 0.001)) + 1.0));
            a = x;
            if (k0 == 1) continue;
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable, Checkpointed(Snapshots = 2)]
    public static double C206(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        acc += Tensor.SumOfSquares(w) * 0.01;
        for (var k0 = 0; k0 < steps; k0++)
        {
            x = Tensor.Tanh(Tensor.Sigmoid((Stencils.Laplacian(u, 2.0) * 0.1)) * 2.0);
            w = (b / (a * (a * (Tensor.Sum(b) * 0.01 + AdversarialPrimitives.DotWith(a, c) * 0.001)) + 1.0));
            a = x;
            if (k0 == 1) continue;
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double S211(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        w = AdversarialPrimitives.Pass(AdversarialPrimitives.Same(AdversarialPrimitives.Pass(x)));
        b += Tensor.Sigmoid((Stencils.Laplacian((x * (Tensor.Sum(w) * 0.01 + AdversarialPrimitives.DotWith(x, c) * 0.001)), 2.0) * 0.1)) * 2.0 * 0.3;
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += Tensor.Mean(((b * a * 0.5) * (Tensor.Sum(x) * 0.01 + AdversarialPrimitives.DotWith((b * a * 0.5), c) * 0.001)) * ((b * a * 0.5) * (Tensor.Sum(x) * 0.01 + AdversarialPrimitives.DotWith((b * a * 0.5), c) * 0.001)));
            acc += Tensor.Sum(Stencils.Diffusion(Tensor.Tanh(Tensor.Tanh(u)) + 1.5, Tensor.Sigmoid(u) * 2.0, 2.0) * 0.1) * 0.01;
            if (k0 == 1) continue;
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable, Checkpointed(Snapshots = 1)]
    public static double C211(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        w = AdversarialPrimitives.Pass(AdversarialPrimitives.Same(AdversarialPrimitives.Pass(x)));
        b += Tensor.Sigmoid((Stencils.Laplacian((x * (Tensor.Sum(w) * 0.01 + AdversarialPrimitives.DotWith(x, c) * 0.001)), 2.0) * 0.1)) * 2.0 * 0.3;
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += Tensor.Mean(((b * a * 0.5) * (Tensor.Sum(x) * 0.01 + AdversarialPrimitives.DotWith((b * a * 0.5), c) * 0.001)) * ((b * a * 0.5) * (Tensor.Sum(x) * 0.01 + AdversarialPrimitives.DotWith((b * a * 0.5), c) * 0.001)));
            acc += Tensor.Sum(Stencils.Diffusion(Tensor.Tanh(Tensor.Tanh(u)) + 1.5, Tensor.Sigmoid(u) * 2.0, 2.0) * 0.1) * 0.01;
            if (k0 == 1) continue;
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double S217(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            u += b * 0.3;
            u = Tensor.Transpose((Tensor.Concat(0, Tensor.Rows(b, 0, 4), Tensor.Rows(u, 4, 4)) * (Tensor.Sum(Tensor.Concat(0, Tensor.Rows(w, 0, 4), Tensor.Rows(u, 4, 4))) * 0.01 + AdversarialPrimitives.DotWith(Tensor.Concat(0, Tensor.Rows(b, 0, 4), Tensor.Rows(u, 4, 4)), c) * 0.001)));
            if (k0 == 1) continue;
        }
        b = u;
        acc += Tensor.Sum(Tensor.Sigmoid(AdversarialPrimitives.Pass(u)) * 2.0) * 0.01;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable, Checkpointed(Snapshots = 1)]
    public static double C217(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            u += b * 0.3;
            u = Tensor.Transpose((Tensor.Concat(0, Tensor.Rows(b, 0, 4), Tensor.Rows(u, 4, 4)) * (Tensor.Sum(Tensor.Concat(0, Tensor.Rows(w, 0, 4), Tensor.Rows(u, 4, 4))) * 0.01 + AdversarialPrimitives.DotWith(Tensor.Concat(0, Tensor.Rows(b, 0, 4), Tensor.Rows(u, 4, 4)), c) * 0.001)));
            if (k0 == 1) continue;
        }
        b = u;
        acc += Tensor.Sum(Tensor.Sigmoid(AdversarialPrimitives.Pass(u)) * 2.0) * 0.01;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double S244(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        a = u;
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += Tensor.Mean((Tensor.Transpose(b) - Tensor.Sigmoid(c) * 2.0 * 0.5) * (Tensor.Transpose(b) - Tensor.Sigmoid(c) * 2.0 * 0.5));
            u = Tensor.Concat(0, Tensor.Rows(x, 0, 4), Tensor.Rows((u + (w * (Tensor.Sum(x) * 0.01 + AdversarialPrimitives.DotWith(w, c) * 0.001))), 4, 4));
            acc += Tensor.Sum(AdversarialPrimitives.Plus(b, Tensor.Reshape(Tensor.Reshape(w, 64) * 0.9, 8, 8))) * 0.01;
            acc += Tensor.SumOfSquares(Tensor.Transpose(AdversarialPrimitives.Same(x))) * 0.01;
            if (k0 == 1) continue;
        }
        acc += Tensor.Dot((w * s), ((Tensor.MatMul(w, a) * 0.2) * s)) * 0.01;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable, Checkpointed(Snapshots = 1)]
    public static double C244(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        a = u;
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += Tensor.Mean((Tensor.Transpose(b) - Tensor.Sigmoid(c) * 2.0 * 0.5) * (Tensor.Transpose(b) - Tensor.Sigmoid(c) * 2.0 * 0.5));
            u = Tensor.Concat(0, Tensor.Rows(x, 0, 4), Tensor.Rows((u + (w * (Tensor.Sum(x) * 0.01 + AdversarialPrimitives.DotWith(w, c) * 0.001))), 4, 4));
            acc += Tensor.Sum(AdversarialPrimitives.Plus(b, Tensor.Reshape(Tensor.Reshape(w, 64) * 0.9, 8, 8))) * 0.01;
            acc += Tensor.SumOfSquares(Tensor.Transpose(AdversarialPrimitives.Same(x))) * 0.01;
            if (k0 == 1) continue;
        }
        acc += Tensor.Dot((w * s), ((Tensor.MatMul(w, a) * 0.2) * s)) * 0.01;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double S250(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        if (Tensor.Sum(w) > -1.0)
        {
            acc += Tensor.Dot(w, Tensor.Reshape(Tensor.Reshape(Tensor.Block(Tensor.Pad(b, 1, 1, 1, 1, s), 0, 1, 8, 8), 64) * 0.9, 8, 8)) * 0.01;
            acc += Tensor.Sum(b) * 0.01;
        }
        else
        {
            x = w;
            a += Tensor.Sin(b) * 0.3;
        }
        a = u;
        for (var k0 = 0; k0 < steps; k0++)
        {
            b = x;
            var it394597 = 0;
            while (Tensor.Norm(a) > 0.5 && it394597 < 3)
            {
                u += Tensor.Concat(0, Tensor.Rows(Tensor.Exp(Tensor.Exp(w * 0.1) * 0.1), 0, 4), Tensor.Rows(Tensor.Sin(a), 4, 4)) * 0.3;
                u = b;
                a = Tensor.Reshape(Tensor.Reshape((AdversarialPrimitives.Pass(u) / ((u / (a * u + 1.0)) * u + 1.0)), 64) * 0.9, 8, 8);
                b += Tensor.Tanh(w) * 0.3;
                it394597++;
            }
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable, Checkpointed(Snapshots = 1)]
    public static double C250(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        if (Tensor.Sum(w) > -1.0)
        {
            acc += Tensor.Dot(w, Tensor.Reshape(Tensor.Reshape(Tensor.Block(Tensor.Pad(b, 1, 1, 1, 1, s), 0, 1, 8, 8), 64) * 0.9, 8, 8)) * 0.01;
            acc += Tensor.Sum(b) * 0.01;
        }
        else
        {
            x = w;
            a += Tensor.Sin(b) * 0.3;
        }
        a = u;
        for (var k0 = 0; k0 < steps; k0++)
        {
            b = x;
            var it394597 = 0;
            while (Tensor.Norm(a) > 0.5 && it394597 < 3)
            {
                u += Tensor.Concat(0, Tensor.Rows(Tensor.Exp(Tensor.Exp(w * 0.1) * 0.1), 0, 4), Tensor.Rows(Tensor.Sin(a), 4, 4)) * 0.3;
                u = b;
                a = Tensor.Reshape(Tensor.Reshape((AdversarialPrimitives.Pass(u) / ((u / (a * u + 1.0)) * u + 1.0)), 64) * 0.9, 8, 8);
                b += Tensor.Tanh(w) * 0.3;
                it394597++;
            }
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double S313(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        u = Tensor.Sin((Tensor.MatMul(w, (w / (x * b + 1.0))) * 0.2));
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += Tensor.SumOfSquares(w) * 0.01;
            for (var k1 = 0; k1 < steps; k1++)
            {
                u += (Tensor.MatMul((a + AdversarialPrimitives.Plus(b, u)), (Stencils.Laplacian(u, 2.0) * 0.1)) * 0.2) * 0.3;
                u += u * 0.3;
                u += u * 0.3;
                a = (Tensor.MatMul(Tensor.Sigmoid((a * (Tensor.Sum(x) * 0.01 + AdversarialPrimitives.DotWith(a, c) * 0.001))) * 2.0, u) * 0.2);
                if (k1 == 1) continue;
            }
        }
        b = a;
        a = (x * (Tensor.Sum(Stencils.Diffusion(Tensor.Tanh(AdversarialPrimitives.Plus(u, x)) + 1.5, a, 2.0) * 0.1) * 0.01 + AdversarialPrimitives.DotWith(x, c) * 0.001));
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable, Checkpointed(Snapshots = 1)]
    public static double C313(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        u = Tensor.Sin((Tensor.MatMul(w, (w / (x * b + 1.0))) * 0.2));
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += Tensor.SumOfSquares(w) * 0.01;
            for (var k1 = 0; k1 < steps; k1++)
            {
                u += (Tensor.MatMul((a + AdversarialPrimitives.Plus(b, u)), (Stencils.Laplacian(u, 2.0) * 0.1)) * 0.2) * 0.3;
                u += u * 0.3;
                u += u * 0.3;
                a = (Tensor.MatMul(Tensor.Sigmoid((a * (Tensor.Sum(x) * 0.01 + AdversarialPrimitives.DotWith(a, c) * 0.001))) * 2.0, u) * 0.2);
                if (k1 == 1) continue;
            }
        }
        b = a;
        a = (x * (Tensor.Sum(Stencils.Diffusion(Tensor.Tanh(AdversarialPrimitives.Plus(u, x)) + 1.5, a, 2.0) * 0.1) * 0.01 + AdversarialPrimitives.DotWith(x, c) * 0.001));
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double S335(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        acc += Tensor.Dot(u, x) * 0.01;
        a = Tensor.Reshape(Tensor.Reshape(Stencils.Diffusion(Tensor.Tanh(AdversarialPrimitives.Pass(x)) + 1.5, AdversarialPrimitives.Pass(x), 2.0) * 0.1, 64) * 0.9, 8, 8);
        for (var k0 = 0; k0 < steps; k0++)
        {
            if (Tensor.Sum(w) > -1.0)
            {
                u = w;
                u += a * 0.3;
            }
            else
            {
                x = a;
                a += a * 0.3;
                u += (Tensor.Reshape(Tensor.Reshape(Tensor.Sigmoid(x) * 2.0, 64) * 0.9, 8, 8) / (Tensor.Concat(0, Tensor.Rows(Tensor.Block(Tensor.Pad(b, 1, 1, 1, 1, s), 0, 1, 8, 8), 0, 4), Tensor.Rows((b * x * 0.5), 4, 4)) * (x / (Tensor.Block(Tensor.Pad(u, 1, 1, 1, 1, s), 0, 1, 8, 8) * a + 1.0)) + 1.0)) * 0.3;
                a += u * 0.3;
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                x = (Tensor.MatMul(Tensor.Sigmoid(x) * 2.0, Tensor.Concat(0, Tensor.Rows(AdversarialPrimitives.Same(x), 0, 4), Tensor.Rows(Tensor.Exp(w * 0.1), 4, 4))) * 0.2);
                a = u;
                acc += Tensor.Mean(((x / (u * b + 1.0)) / (c * (x * s) + 1.0)) * ((x / (u * b + 1.0)) / (c * (x * s) + 1.0)));
            }
            w = a;
            a = b;
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable, Checkpointed(Snapshots = 2)]
    public static double C335(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        acc += Tensor.Dot(u, x) * 0.01;
        a = Tensor.Reshape(Tensor.Reshape(Stencils.Diffusion(Tensor.Tanh(AdversarialPrimitives.Pass(x)) + 1.5, AdversarialPrimitives.Pass(x), 2.0) * 0.1, 64) * 0.9, 8, 8);
        for (var k0 = 0; k0 < steps; k0++)
        {
            if (Tensor.Sum(w) > -1.0)
            {
                u = w;
                u += a * 0.3;
            }
            else
            {
                x = a;
                a += a * 0.3;
                u += (Tensor.Reshape(Tensor.Reshape(Tensor.Sigmoid(x) * 2.0, 64) * 0.9, 8, 8) / (Tensor.Concat(0, Tensor.Rows(Tensor.Block(Tensor.Pad(b, 1, 1, 1, 1, s), 0, 1, 8, 8), 0, 4), Tensor.Rows((b * x * 0.5), 4, 4)) * (x / (Tensor.Block(Tensor.Pad(u, 1, 1, 1, 1, s), 0, 1, 8, 8) * a + 1.0)) + 1.0)) * 0.3;
                a += u * 0.3;
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                x = (Tensor.MatMul(Tensor.Sigmoid(x) * 2.0, Tensor.Concat(0, Tensor.Rows(AdversarialPrimitives.Same(x), 0, 4), Tensor.Rows(Tensor.Exp(w * 0.1), 4, 4))) * 0.2);
                a = u;
                acc += Tensor.Mean(((x / (u * b + 1.0)) / (c * (x * s) + 1.0)) * ((x / (u * b + 1.0)) / (c * (x * s) + 1.0)));
            }
            w = a;
            a = b;
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double S347(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            a = w;
            a = (Tensor.Exp(x * 0.1) * b * 0.5);
            if (k0 == 1) continue;
        }
        a = u;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable, Checkpointed(Snapshots = 2)]
    public static double C347(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            a = w;
            a = (Tensor.Exp(x * 0.1) * b * 0.5);
            if (k0 == 1) continue;
        }
        a = u;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double S353(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            b = Tensor.Transpose((Stencils.Laplacian(Tensor.Concat(0, Tensor.Rows(x, 0, 4), Tensor.Rows(w, 4, 4)), 2.0) * 0.1));
            acc += Tensor.Sum(u) * 0.01;
            x = Tensor.Sin(a);
            acc += Tensor.Mean(w * w);
        }
        w = w * 1.0;
        u = b;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable, Checkpointed(Snapshots = 2)]
    public static double C353(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            b = Tensor.Transpose((Stencils.Laplacian(Tensor.Concat(0, Tensor.Rows(x, 0, 4), Tensor.Rows(w, 4, 4)), 2.0) * 0.1));
            acc += Tensor.Sum(u) * 0.01;
            x = Tensor.Sin(a);
            acc += Tensor.Mean(w * w);
        }
        w = w * 1.0;
        u = b;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double S362(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        w = Tensor.Transpose(b);
        for (var k0 = 0; k0 < steps; k0++)
        {
            if (Tensor.Sum(u) > -1.0)
            {
                b = w;
                u += u * 0.3;
                a = u;
                b += a * 0.3;
            }
            acc += Tensor.Mean(Tensor.Tanh((u - x * 0.5)) * Tensor.Tanh((u - x * 0.5)));
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable, Checkpointed(Snapshots = 2)]
    public static double C362(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        w = Tensor.Transpose(b);
        for (var k0 = 0; k0 < steps; k0++)
        {
            if (Tensor.Sum(u) > -1.0)
            {
                b = w;
                u += u * 0.3;
                a = u;
                b += a * 0.3;
            }
            acc += Tensor.Mean(Tensor.Tanh((u - x * 0.5)) * Tensor.Tanh((u - x * 0.5)));
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double S364(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        w = Tensor.Exp(Tensor.Concat(0, Tensor.Rows((x - a * 0.5), 0, 4), Tensor.Rows(AdversarialPrimitives.Same(w), 4, 4)) * 0.1);
        x = Tensor.Sigmoid(b) * 2.0;
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += Tensor.Dot(((x * (Tensor.Sum(w) * 0.01 + AdversarialPrimitives.DotWith(x, c) * 0.001)) + Tensor.Transpose(w)), AdversarialPrimitives.Plus(AdversarialPrimitives.Plus(a, a), Tensor.Block(Tensor.Pad(b, 1, 1, 1, 1, s), 0, 1, 8, 8))) * 0.01;
            a = Tensor.Concat(0, Tensor.Rows(Tensor.Reshape(Tensor.Reshape((u - w * 0.5), 64) * 0.9, 8, 8), 0, 4), Tensor.Rows(AdversarialPrimitives.Pass(Tensor.Concat(0, Tensor.Rows(a, 0, 4), Tensor.Rows(b, 4, 4))), 4, 4));
            b += a * 0.3;
        }
        a = b;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable, Checkpointed(Snapshots = 1)]
    public static double C364(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        w = Tensor.Exp(Tensor.Concat(0, Tensor.Rows((x - a * 0.5), 0, 4), Tensor.Rows(AdversarialPrimitives.Same(w), 4, 4)) * 0.1);
        x = Tensor.Sigmoid(b) * 2.0;
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += Tensor.Dot(((x * (Tensor.Sum(w) * 0.01 + AdversarialPrimitives.DotWith(x, c) * 0.001)) + Tensor.Transpose(w)), AdversarialPrimitives.Plus(AdversarialPrimitives.Plus(a, a), Tensor.Block(Tensor.Pad(b, 1, 1, 1, 1, s), 0, 1, 8, 8))) * 0.01;
            a = Tensor.Concat(0, Tensor.Rows(Tensor.Reshape(Tensor.Reshape((u - w * 0.5), 64) * 0.9, 8, 8), 0, 4), Tensor.Rows(AdversarialPrimitives.Pass(Tensor.Concat(0, Tensor.Rows(a, 0, 4), Tensor.Rows(b, 4, 4))), 4, 4));
            b += a * 0.3;
        }
        a = b;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double S365(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        u = (Stencils.Laplacian(x, 2.0) * 0.1);
        for (var k0 = 0; k0 < steps; k0++)
        {
            b = AdversarialPrimitives.Same(u);
            x = (Tensor.Block(Tensor.Pad(Tensor.Tanh(u), 1, 1, 1, 1, s), 0, 1, 8, 8) + Tensor.Reshape(Tensor.Reshape((Tensor.MatMul(x, u) * 0.2), 64) * 0.9, 8, 8));
        }
        a = ((Stencils.Diffusion(Tensor.Tanh(a) + 1.5, w, 2.0) * 0.1 * s) * (Tensor.Sum(u) * 0.01 + AdversarialPrimitives.DotWith((Stencils.Diffusion(Tensor.Tanh(a) + 1.5, w, 2.0) * 0.1 * s), c) * 0.001));
        acc += Tensor.Sum(Tensor.Tanh(x)) * 0.01;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable, Checkpointed(Snapshots = 2)]
    public static double C365(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        u = (Stencils.Laplacian(x, 2.0) * 0.1);
        for (var k0 = 0; k0 < steps; k0++)
        {
            b = AdversarialPrimitives.Same(u);
            x = (Tensor.Block(Tensor.Pad(Tensor.Tanh(u), 1, 1, 1, 1, s), 0, 1, 8, 8) + Tensor.Reshape(Tensor.Reshape((Tensor.MatMul(x, u) * 0.2), 64) * 0.9, 8, 8));
        }
        a = ((Stencils.Diffusion(Tensor.Tanh(a) + 1.5, w, 2.0) * 0.1 * s) * (Tensor.Sum(u) * 0.01 + AdversarialPrimitives.DotWith((Stencils.Diffusion(Tensor.Tanh(a) + 1.5, w, 2.0) * 0.1 * s), c) * 0.001));
        acc += Tensor.Sum(Tensor.Tanh(x)) * 0.01;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double S380(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        x = Tensor.Sigmoid((Stencils.Laplacian(Tensor.Block(Tensor.Pad(b, 1, 1, 1, 1, s), 0, 1, 8, 8), 2.0) * 0.1)) * 2.0;
        for (var k0 = 0; k0 < steps; k0++)
        {
            u = w;
            a += Tensor.Sigmoid(Tensor.Sigmoid(u) * 2.0) * 2.0 * 0.3;
        }
        if (Tensor.Sum(u) > 1.0)
        {
            b = Tensor.Sigmoid(x) * 2.0;
            w = (AdversarialPrimitives.Pass(x) * (Tensor.Sum(Tensor.Sin(b)) * 0.01 + AdversarialPrimitives.DotWith(AdversarialPrimitives.Pass(x), c) * 0.001));
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable, Checkpointed(Snapshots = 2)]
    public static double C380(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        x = Tensor.Sigmoid((Stencils.Laplacian(Tensor.Block(Tensor.Pad(b, 1, 1, 1, 1, s), 0, 1, 8, 8), 2.0) * 0.1)) * 2.0;
        for (var k0 = 0; k0 < steps; k0++)
        {
            u = w;
            a += Tensor.Sigmoid(Tensor.Sigmoid(u) * 2.0) * 2.0 * 0.3;
        }
        if (Tensor.Sum(u) > 1.0)
        {
            b = Tensor.Sigmoid(x) * 2.0;
            w = (AdversarialPrimitives.Pass(x) * (Tensor.Sum(Tensor.Sin(b)) * 0.01 + AdversarialPrimitives.DotWith(AdversarialPrimitives.Pass(x), c) * 0.001));
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double S381(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        acc += Tensor.Sum(x) * 0.01;
        for (var k0 = 0; k0 < steps; k0++)
        {
            b += Tensor.Block(Tensor.Pad(x, 1, 1, 1, 1, s), 0, 1, 8, 8) * 0.3;
            acc += Tensor.Dot(Stencils.Diffusion(Tensor.Tanh(Tensor.Reshape(Tensor.Reshape(b, 64) * 0.9, 8, 8)) + 1.5, b, 2.0) * 0.1, ((u * a * 0.5) / (Tensor.Block(Tensor.Pad(w, 1, 1, 1, 1, s), 0, 1, 8, 8) * Tensor.Tanh(x) + 1.0))) * 0.01;
        }
        w = Tensor.Tanh(Tensor.Transpose((a * b * 0.5)));
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable, Checkpointed(Snapshots = 0)]
    public static double C381(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        acc += Tensor.Sum(x) * 0.01;
        for (var k0 = 0; k0 < steps; k0++)
        {
            b += Tensor.Block(Tensor.Pad(x, 1, 1, 1, 1, s), 0, 1, 8, 8) * 0.3;
            acc += Tensor.Dot(Stencils.Diffusion(Tensor.Tanh(Tensor.Reshape(Tensor.Reshape(b, 64) * 0.9, 8, 8)) + 1.5, b, 2.0) * 0.1, ((u * a * 0.5) / (Tensor.Block(Tensor.Pad(w, 1, 1, 1, 1, s), 0, 1, 8, 8) * Tensor.Tanh(x) + 1.0))) * 0.01;
        }
        w = Tensor.Tanh(Tensor.Transpose((a * b * 0.5)));
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double S388(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        b = Tensor.Tanh(u);
        for (var k0 = 0; k0 < steps; k0++)
        {
            for (var k1 = 0; k1 < steps; k1++)
            {
                w = ((Tensor.Transpose(c) + w) + Tensor.Reshape(Tensor.Reshape(AdversarialPrimitives.Same(u), 64) * 0.9, 8, 8));
                a += Tensor.Transpose(Tensor.Tanh(a)) * 0.3;
                x = Tensor.Reshape(Tensor.Reshape((Stencils.Diffusion(Tensor.Tanh(u) + 1.5, b, 2.0) * 0.1 * w * 0.5), 64) * 0.9, 8, 8);
            }
            u = x;
            if (Tensor.Sum(a) > 1.0)
            {
                acc += Tensor.Mean(w * w);
                a += Tensor.Concat(0, Tensor.Rows(AdversarialPrimitives.Pass(AdversarialPrimitives.Same(x)), 0, 4), Tensor.Rows(Stencils.Diffusion(Tensor.Tanh(a) + 1.5, Tensor.Exp(u * 0.1), 2.0) * 0.1, 4, 4)) * 0.3;
                b = w;
            }
            else
            {
                u += AdversarialPrimitives.Plus((Tensor.Sin(u) / (b * a + 1.0)), Tensor.Block(Tensor.Pad((u + w), 1, 1, 1, 1, s), 0, 1, 8, 8)) * 0.3;
                u += (b * s) * 0.3;
                u += AdversarialPrimitives.Pass(b) * 0.3;
                acc += Tensor.SumOfSquares(a) * 0.01;
            }
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable, Checkpointed(Snapshots = 1)]
    public static double C388(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        b = Tensor.Tanh(u);
        for (var k0 = 0; k0 < steps; k0++)
        {
            for (var k1 = 0; k1 < steps; k1++)
            {
                w = ((Tensor.Transpose(c) + w) + Tensor.Reshape(Tensor.Reshape(AdversarialPrimitives.Same(u), 64) * 0.9, 8, 8));
                a += Tensor.Transpose(Tensor.Tanh(a)) * 0.3;
                x = Tensor.Reshape(Tensor.Reshape((Stencils.Diffusion(Tensor.Tanh(u) + 1.5, b, 2.0) * 0.1 * w * 0.5), 64) * 0.9, 8, 8);
            }
            u = x;
            if (Tensor.Sum(a) > 1.0)
            {
                acc += Tensor.Mean(w * w);
                a += Tensor.Concat(0, Tensor.Rows(AdversarialPrimitives.Pass(AdversarialPrimitives.Same(x)), 0, 4), Tensor.Rows(Stencils.Diffusion(Tensor.Tanh(a) + 1.5, Tensor.Exp(u * 0.1), 2.0) * 0.1, 4, 4)) * 0.3;
                b = w;
            }
            else
            {
                u += AdversarialPrimitives.Plus((Tensor.Sin(u) / (b * a + 1.0)), Tensor.Block(Tensor.Pad((u + w), 1, 1, 1, 1, s), 0, 1, 8, 8)) * 0.3;
                u += (b * s) * 0.3;
                u += AdversarialPrimitives.Pass(b) * 0.3;
                acc += Tensor.SumOfSquares(a) * 0.01;
            }
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

}
