namespace Adcme.Tests.Adversarial;

public static partial class FuzzCases
{
    [Differentiable] public static Tensor Id(Tensor x) => x;

    [Differentiable] public static Tensor Helper(Tensor x, double s, int steps)
    {
        var u = x;
        for (var k = 0; k < steps; k++)
        {
            if (k == 2) return u * s;
            u = Tensor.Tanh(u) * 0.9 + x * 0.1;
        }
        return u;
    }

    [Differentiable]
    public static double F0(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        acc += Tensor.Sum(b) * 0.01;
        acc += Tensor.SumOfSquares(Tensor.Tanh((Stencils.Laplacian(x, 2.0) * 0.1))) * 0.01;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F1(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        u = w;
        acc += Tensor.Sum((x + (Stencils.Laplacian(x, 2.0) * 0.1))) * 0.01;
        acc += Tensor.SumOfSquares(Tensor.Block(Tensor.Pad(w, 1, 1, 1, 1, s), 0, 1, 8, 8)) * 0.01;
        if (Tensor.Sum(a) > 0.0)
        {
            if (Tensor.Sum(u) > 1.0)
            {
                u = u * 1.0;
                b += Stencils.Diffusion(Tensor.Tanh(b) + 1.5, Tensor.Reshape(Tensor.Reshape((b - u * 0.5), 64) * 0.9, 8, 8), 2.0) * 0.1 * 0.3;
            }
            if (Tensor.Sum(a) > 0.0)
            {
                a += Tensor.Reshape(Tensor.Reshape(Tensor.Sigmoid((u + w)) * 2.0, 64) * 0.9, 8, 8) * 0.3;
                b = (Tensor.Block(Tensor.Pad(u, 1, 1, 1, 1, s), 0, 1, 8, 8) / (Id((c * (Tensor.Sum(u) * 0.01 + AdversarialPrimitives.DotWith(c, c) * 0.001))) * b + 1.0));
                u += Tensor.Reshape(Tensor.Reshape(Tensor.Sigmoid((u + w)) * 2.0, 64) * 0.9, 8, 8) * 0.3;
            }
            acc += Tensor.Dot(Tensor.Block(Tensor.Pad(Id(x), 1, 1, 1, 1, s), 0, 1, 8, 8), x) * 0.01;
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F2(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        a = ((w * Helper(a, s, steps) * 0.5) * s);
        acc += Tensor.Sum(b) * 0.01;
        if (Tensor.Sum(a) > 0.0)
        {
            if (Tensor.Sum(u) > 0.0)
            {
                a = w;
                b = b * 1.0;
                u += Tensor.Exp(Helper(Tensor.Reshape(Tensor.Reshape(x, 64) * 0.9, 8, 8), s, steps) * 0.1) * 0.3;
                u = a;
            }
            u = a;
            b = AdversarialPrimitives.Pass(a);
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F3(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        acc += Tensor.Dot(x, (AdversarialPrimitives.Same(u) / ((Stencils.Laplacian(u, 2.0) * 0.1) * (Tensor.MatMul(b, a) * 0.2) + 1.0))) * 0.01;
        for (var k0 = 0; k0 < steps; k0++)
        {
            if (Tensor.Sum(x) > 0.0)
            {
                u += AdversarialPrimitives.Plus(Id((Stencils.Laplacian(u, 2.0) * 0.1)), Tensor.Block(Tensor.Pad(x, 1, 1, 1, 1, s), 0, 1, 8, 8)) * 0.3;
                b = (u / (Tensor.Sigmoid(Tensor.Tanh(u)) * 2.0 * Tensor.Concat(0, Tensor.Rows(x, 0, 4), Tensor.Rows((Tensor.MatMul(w, u) * 0.2), 4, 4)) + 1.0));
            }
            else
            {
                w = a;
                b = x;
                acc += Tensor.Mean(a * a);
            }
            a = x;
            w = Tensor.Tanh(Stencils.Diffusion(Tensor.Tanh(x) + 1.5, (Stencils.Laplacian(a, 2.0) * 0.1), 2.0) * 0.1);
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            u = a;
            for (var k1 = 0; k1 < steps; k1++)
            {
                b = u;
                u = Tensor.Transpose(u);
                u += Tensor.Concat(0, Tensor.Rows(Id(w), 0, 4), Tensor.Rows(a, 4, 4)) * 0.3;
                if (k1 == 1) continue;
            }
            if (Tensor.Sum(x) > 1.0)
            {
                a += AdversarialPrimitives.Pass(u) * 0.3;
                b += u * 0.3;
                acc += Tensor.Sum(w) * 0.01;
                b = x;
            }
            if (k0 == 1) continue;
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F4(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        u = Tensor.Sin(a);
        b = w;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F5(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        w = (w * (Tensor.Sum(((w * (Tensor.Sum(w) * 0.01 + AdversarialPrimitives.DotWith(w, c) * 0.001)) - w * 0.5)) * 0.01 + AdversarialPrimitives.DotWith(w, c) * 0.001));
        a = Tensor.Transpose(Tensor.Block(Tensor.Pad(u, 1, 1, 1, 1, s), 0, 1, 8, 8));
        acc += Tensor.SumOfSquares((c * s)) * 0.01;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F6(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        a += w * 0.3;
        acc += Tensor.Dot(b, (Tensor.Exp(a * 0.1) * s)) * 0.01;
        acc += Tensor.SumOfSquares(Helper(Tensor.Exp(w * 0.1), s, steps)) * 0.01;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F7(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        u = a;
        a += u * 0.3;
        for (var k0 = 0; k0 < steps; k0++)
        {
            b = AdversarialPrimitives.Pass(Tensor.Sigmoid(b) * 2.0);
            acc += Tensor.Sum(Tensor.Reshape(Tensor.Reshape((u * s), 64) * 0.9, 8, 8)) * 0.01;
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += Tensor.SumOfSquares(Tensor.Sigmoid((u * s)) * 2.0) * 0.01;
                b += Id((Tensor.Sin(x) * Tensor.Exp(b * 0.1) * 0.5)) * 0.3;
            }
        }
        u = b;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F8(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        w = Tensor.Tanh(Id(x));
        u += (w + (w / (a * Tensor.Transpose(w) + 1.0))) * 0.3;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F9(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        b = x;
        if (Tensor.Sum(u) > -1.0)
        {
            a = (u + w);
            u = AdversarialPrimitives.Pass(Stencils.Diffusion(Tensor.Tanh(Tensor.Reshape(Tensor.Reshape(c, 64) * 0.9, 8, 8)) + 1.5, AdversarialPrimitives.Pass(u), 2.0) * 0.1);
        }
        else
        {
            var it400960 = 0;
            while (Tensor.Norm(w) > 0.5 && it400960 < 3)
            {
                u = Tensor.Reshape(Tensor.Reshape(u, 64) * 0.9, 8, 8);
                b += AdversarialPrimitives.Pass(Tensor.Transpose(Tensor.Reshape(Tensor.Reshape(b, 64) * 0.9, 8, 8))) * 0.3;
                acc += Tensor.SumOfSquares(((a * w * 0.5) * (Tensor.Sum((Stencils.Laplacian(x, 2.0) * 0.1)) * 0.01 + AdversarialPrimitives.DotWith((a * w * 0.5), c) * 0.001))) * 0.01;
                u += b * 0.3;
                it400960++;
            }
            if (Tensor.Sum(u) > -1.0)
            {
                acc += Tensor.Mean(Tensor.Transpose(Id(b)) * Tensor.Transpose(Id(b)));
                a = (w + (Stencils.Laplacian(Id(w), 2.0) * 0.1));
            }
            else
            {
                a = Tensor.Reshape(Tensor.Reshape(Tensor.Transpose((u - w * 0.5)), 64) * 0.9, 8, 8);
                b = w;
                acc += Tensor.Mean(AdversarialPrimitives.Plus(Id(x), (w * (Tensor.Sum(c) * 0.01 + AdversarialPrimitives.DotWith(w, c) * 0.001))) * AdversarialPrimitives.Plus(Id(x), (w * (Tensor.Sum(c) * 0.01 + AdversarialPrimitives.DotWith(w, c) * 0.001))));
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                u = w;
                b += (c * s) * 0.3;
                b = u;
                b = AdversarialPrimitives.Pass(a);
            }
            b = x;
        }
        if (Tensor.Sum(w) > 1.0)
        {
            acc += Tensor.SumOfSquares(Id(x)) * 0.01;
            b = (Stencils.Laplacian(Tensor.Exp(u * 0.1), 2.0) * 0.1);
        }
        else
        {
            acc += Tensor.Mean(AdversarialPrimitives.Same(x) * AdversarialPrimitives.Same(x));
            a = AdversarialPrimitives.Plus(AdversarialPrimitives.Same(w), Helper(x, s, steps));
        }
        u = x;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F10(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        a = x;
        acc += Tensor.Mean((Tensor.Reshape(Tensor.Reshape(a, 64) * 0.9, 8, 8) - (Tensor.MatMul(c, w) * 0.2) * 0.5) * (Tensor.Reshape(Tensor.Reshape(a, 64) * 0.9, 8, 8) - (Tensor.MatMul(c, w) * 0.2) * 0.5));
        for (var k0 = 0; k0 < steps; k0++)
        {
            u = Helper(Tensor.Exp(u * 0.1), s, steps);
            x = Tensor.Block(Tensor.Pad((Tensor.Block(Tensor.Pad(u, 1, 1, 1, 1, s), 0, 1, 8, 8) - Stencils.Diffusion(Tensor.Tanh(u) + 1.5, a, 2.0) * 0.1 * 0.5), 1, 1, 1, 1, s), 0, 1, 8, 8);
            a = b;
        }
        a = Tensor.Reshape(Tensor.Reshape(Tensor.Sigmoid(w) * 2.0, 64) * 0.9, 8, 8);
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F11(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        b = Tensor.Transpose(x);
        u = b;
        u = Tensor.Sin(x);
        if (Tensor.Sum(a) > 0.0)
        {
            if (Tensor.Sum(u) > 1.0)
            {
                u = (Stencils.Laplacian(AdversarialPrimitives.Same(Tensor.Sin(u)), 2.0) * 0.1);
                u += Tensor.Block(Tensor.Pad(a, 1, 1, 1, 1, s), 0, 1, 8, 8) * 0.3;
            }
            x = Tensor.Tanh(Tensor.Sin((u - a * 0.5)));
            w = Tensor.Reshape(Tensor.Reshape(a, 64) * 0.9, 8, 8);
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F12(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        u = Tensor.Sigmoid((Stencils.Laplacian((w * a * 0.5), 2.0) * 0.1)) * 2.0;
        if (Tensor.Sum(u) > 1.0)
        {
            u = a;
            b = a;
            acc += Tensor.Dot(w, Tensor.Tanh(u)) * 0.01;
        }
        else
        {
            u += a * 0.3;
            w = (((u * s) / (Tensor.Concat(0, Tensor.Rows(w, 0, 4), Tensor.Rows(w, 4, 4)) * Stencils.Diffusion(Tensor.Tanh(w) + 1.5, a, 2.0) * 0.1 + 1.0)) * ((Stencils.Laplacian(b, 2.0) * 0.1) + Tensor.Reshape(Tensor.Reshape(x, 64) * 0.9, 8, 8)) * 0.5);
        }
        b = x;
        u = Helper(a, s, steps);
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F13(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        if (Tensor.Sum(a) > 1.0)
        {
            acc += Tensor.Mean(Tensor.Block(Tensor.Pad(Tensor.Reshape(Tensor.Reshape(a, 64) * 0.9, 8, 8), 1, 1, 1, 1, s), 0, 1, 8, 8) * Tensor.Block(Tensor.Pad(Tensor.Reshape(Tensor.Reshape(a, 64) * 0.9, 8, 8), 1, 1, 1, 1, s), 0, 1, 8, 8));
            acc += Tensor.Dot(AdversarialPrimitives.Same(w), b) * 0.01;
            for (var k1 = 0; k1 < steps; k1++)
            {
                x = Stencils.Diffusion(Tensor.Tanh(Stencils.Diffusion(Tensor.Tanh(x) + 1.5, (Stencils.Laplacian(a, 2.0) * 0.1), 2.0) * 0.1) + 1.5, Tensor.Concat(0, Tensor.Rows((Stencils.Laplacian(a, 2.0) * 0.1), 0, 4), Tensor.Rows(w, 4, 4)), 2.0) * 0.1;
                b += AdversarialPrimitives.Same((Tensor.MatMul(b, (Tensor.MatMul(w, b) * 0.2)) * 0.2)) * 0.3;
                a += w * 0.3;
                a = x;
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                w = (Tensor.Block(Tensor.Pad((x - x * 0.5), 1, 1, 1, 1, s), 0, 1, 8, 8) - Stencils.Diffusion(Tensor.Tanh(x) + 1.5, Stencils.Diffusion(Tensor.Tanh(x) + 1.5, u, 2.0) * 0.1, 2.0) * 0.1 * 0.5);
                acc += Tensor.SumOfSquares(x) * 0.01;
                if (k1 == 1) continue;
            }
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += Tensor.SumOfSquares(Tensor.Block(Tensor.Pad(u, 1, 1, 1, 1, s), 0, 1, 8, 8)) * 0.01;
            var it827024 = 0;
            while (Tensor.Norm(u) > 0.5 && it827024 < 3)
            {
                a += a * 0.3;
                u += b * 0.3;
                a = w;
                it827024++;
            }
        }
        b = Helper(((a * (Tensor.Sum(a) * 0.01 + AdversarialPrimitives.DotWith(a, c) * 0.001)) - Tensor.Concat(0, Tensor.Rows(a, 0, 4), Tensor.Rows(u, 4, 4)) * 0.5), s, steps);
        for (var k0 = 0; k0 < steps; k0++)
        {
            w = Tensor.Sin((Tensor.Concat(0, Tensor.Rows(w, 0, 4), Tensor.Rows(u, 4, 4)) / ((w - a * 0.5) * (u + a) + 1.0)));
            for (var k1 = 0; k1 < steps; k1++)
            {
                w = Tensor.Tanh(Tensor.Sin(w));
                a += (Tensor.Tanh(u) * w * 0.5) * 0.3;
                b += Helper(Tensor.Tanh(Id(x)), s, steps) * 0.3;
            }
            if (Tensor.Sum(w) > 1.0)
            {
                u = b;
                acc += Tensor.SumOfSquares(Tensor.Exp(Tensor.Block(Tensor.Pad(x, 1, 1, 1, 1, s), 0, 1, 8, 8) * 0.1)) * 0.01;
                b = Id(Id(Tensor.Reshape(Tensor.Reshape(c, 64) * 0.9, 8, 8)));
            }
            else
            {
                w = Tensor.Block(Tensor.Pad(Tensor.Reshape(Tensor.Reshape((w + w), 64) * 0.9, 8, 8), 1, 1, 1, 1, s), 0, 1, 8, 8);
                a += AdversarialPrimitives.Plus(AdversarialPrimitives.Pass(b), (Stencils.Laplacian(a, 2.0) * 0.1)) * 0.3;
                w = Tensor.Block(Tensor.Pad(Helper(x, s, steps), 1, 1, 1, 1, s), 0, 1, 8, 8);
            }
            acc += Tensor.SumOfSquares((Tensor.MatMul(b, (x - u * 0.5)) * 0.2)) * 0.01;
            if (k0 == 1) continue;
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F14(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        if (Tensor.Sum(u) > -1.0)
        {
            var it686672 = 0;
            while (Tensor.Norm(a) > 0.5 && it686672 < 3)
            {
                a += (a * (Tensor.Sum(Tensor.Tanh(AdversarialPrimitives.Plus(a, x))) * 0.01 + AdversarialPrimitives.DotWith(a, c) * 0.001)) * 0.3;
                b += AdversarialPrimitives.Pass(AdversarialPrimitives.Plus(Tensor.Exp(x * 0.1), Tensor.Tanh(c))) * 0.3;
                b += Tensor.Tanh(((w / (w * w + 1.0)) + Tensor.Transpose(w))) * 0.3;
                it686672++;
            }
            b = x;
            acc += Tensor.Mean(Tensor.Sin(x) * Tensor.Sin(x));
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += Tensor.SumOfSquares(AdversarialPrimitives.Pass(Tensor.Sin(a))) * 0.01;
                x = Tensor.Exp((Stencils.Laplacian(Tensor.Block(Tensor.Pad(w, 1, 1, 1, 1, s), 0, 1, 8, 8), 2.0) * 0.1) * 0.1);
            }
        }
        else
        {
            w = (u * s);
            b = Tensor.Reshape(Tensor.Reshape(Tensor.Reshape(Tensor.Reshape(Helper(b, s, steps), 64) * 0.9, 8, 8), 64) * 0.9, 8, 8);
        }
        if (Tensor.Sum(x) > 1.0)
        {
            a = Helper((Tensor.Exp(a * 0.1) - (Tensor.MatMul(u, u) * 0.2) * 0.5), s, steps);
            for (var k1 = 0; k1 < steps; k1++)
            {
                u += b * 0.3;
                b += Tensor.Sigmoid(Id((a * s))) * 2.0 * 0.3;
                b = b * 1.0;
                x = a;
                if (k1 == 1) continue;
            }
            w = (Tensor.Exp(Tensor.Block(Tensor.Pad(x, 1, 1, 1, 1, s), 0, 1, 8, 8) * 0.1) / ((x * (Stencils.Laplacian(u, 2.0) * 0.1) * 0.5) * x + 1.0));
            var it891205 = 0;
            while (Tensor.Norm(b) > 0.5 && it891205 < 3)
            {
                x = (a * s);
                acc += Tensor.Mean(w * w);
                it891205++;
            }
        }
        w = (Tensor.Transpose(a) * (Tensor.Sum(c) * 0.01 + AdversarialPrimitives.DotWith(Tensor.Transpose(a), c) * 0.001));
        if (Tensor.Sum(x) > -1.0)
        {
            acc += Tensor.Dot((Stencils.Laplacian(w, 2.0) * 0.1), (Stencils.Laplacian(Tensor.Reshape(Tensor.Reshape(a, 64) * 0.9, 8, 8), 2.0) * 0.1)) * 0.01;
            for (var k1 = 0; k1 < steps; k1++)
            {
                b = AdversarialPrimitives.Same(Tensor.Concat(0, Tensor.Rows(Tensor.Exp(u * 0.1), 0, 4), Tensor.Rows((Tensor.MatMul(b, w) * 0.2), 4, 4)));
                a = ((Stencils.Laplacian(Tensor.Block(Tensor.Pad(w, 1, 1, 1, 1, s), 0, 1, 8, 8), 2.0) * 0.1) - x * 0.5);
                b += u * 0.3;
                w = Tensor.Sigmoid(u) * 2.0;
            }
            if (Tensor.Sum(x) > -1.0)
            {
                acc += Tensor.Dot(AdversarialPrimitives.Pass(AdversarialPrimitives.Same(u)), (Stencils.Laplacian(AdversarialPrimitives.Same(a), 2.0) * 0.1)) * 0.01;
                acc += Tensor.Sum(Tensor.Concat(0, Tensor.Rows(a, 0, 4), Tensor.Rows((a * (Tensor.Sum(a) * 0.01 + AdversarialPrimitives.DotWith(a, c) * 0.001)), 4, 4))) * 0.01;
            }
            else
            {
                u += ((a + (b - u * 0.5)) - Tensor.Reshape(Tensor.Reshape(Tensor.Block(Tensor.Pad(a, 1, 1, 1, 1, s), 0, 1, 8, 8), 64) * 0.9, 8, 8) * 0.5) * 0.3;
                a = w;
                acc += Tensor.SumOfSquares(Tensor.Reshape(Tensor.Reshape(Tensor.Sigmoid(u) * 2.0, 64) * 0.9, 8, 8)) * 0.01;
                u = x;
            }
            if (Tensor.Sum(w) > -1.0)
            {
                acc += Tensor.Sum(a) * 0.01;
                a = b;
                acc += Tensor.Mean(c * c);
            }
            else
            {
                acc += Tensor.Dot((AdversarialPrimitives.Plus(w, x) * w * 0.5), (Stencils.Diffusion(Tensor.Tanh(w) + 1.5, x, 2.0) * 0.1 - AdversarialPrimitives.Same(b) * 0.5)) * 0.01;
                a = Tensor.Transpose((Tensor.Exp(x * 0.1) * (Tensor.Sum((x - x * 0.5)) * 0.01 + AdversarialPrimitives.DotWith(Tensor.Exp(x * 0.1), c) * 0.001)));
                acc += Tensor.Dot(w, Tensor.Exp(Tensor.Sigmoid(x) * 2.0 * 0.1)) * 0.01;
                b = u;
            }
        }
        else
        {
            b = x;
            var it691177 = 0;
            while (Tensor.Norm(u) > 0.5 && it691177 < 3)
            {
                b += AdversarialPrimitives.Same(((u / (u * u + 1.0)) * Tensor.Transpose(a) * 0.5)) * 0.3;
                u += (Stencils.Laplacian(Id(x), 2.0) * 0.1) * 0.3;
                b += Tensor.Exp((AdversarialPrimitives.Plus(b, x) / ((x + a) * (x - x * 0.5) + 1.0)) * 0.1) * 0.3;
                u = (((u * s) + AdversarialPrimitives.Pass(u)) * (Tensor.Sum(((Tensor.MatMul(u, b) * 0.2) * (a * (Tensor.Sum(a) * 0.01 + AdversarialPrimitives.DotWith(a, c) * 0.001)) * 0.5)) * 0.01 + AdversarialPrimitives.DotWith(((u * s) + AdversarialPrimitives.Pass(u)), c) * 0.001));
                it691177++;
            }
            a = w;
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F15(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        b += Tensor.Reshape(Tensor.Reshape((u * (Tensor.Sum((Tensor.MatMul(x, w) * 0.2)) * 0.01 + AdversarialPrimitives.DotWith(u, c) * 0.001)), 64) * 0.9, 8, 8) * 0.3;
        if (Tensor.Sum(a) > -1.0)
        {
            if (Tensor.Sum(x) > 0.0)
            {
                acc += Tensor.Dot(x, b) * 0.01;
                a += u * 0.3;
                a = Tensor.Block(Tensor.Pad(a, 1, 1, 1, 1, s), 0, 1, 8, 8);
                acc += Tensor.Mean((w * s) * (w * s));
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                x = u;
                a += x * 0.3;
                if (k1 == 1) continue;
            }
            b = w;
        }
        else
        {
            a += Tensor.Transpose(w) * 0.3;
            b = x;
            u += a * 0.3;
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F16(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        a = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            u = Stencils.Diffusion(Tensor.Tanh((Stencils.Laplacian((Stencils.Laplacian(b, 2.0) * 0.1), 2.0) * 0.1)) + 1.5, (Tensor.Tanh(b) * s), 2.0) * 0.1;
            if (Tensor.Sum(u) > -1.0)
            {
                b += Tensor.Sigmoid((Stencils.Laplacian(Tensor.Reshape(Tensor.Reshape(w, 64) * 0.9, 8, 8), 2.0) * 0.1)) * 2.0 * 0.3;
                b = Tensor.Sin(w);
                a = Id(w);
            }
            else
            {
                x = b;
                a += (Tensor.Concat(0, Tensor.Rows((a - a * 0.5), 0, 4), Tensor.Rows(Tensor.Reshape(Tensor.Reshape(a, 64) * 0.9, 8, 8), 4, 4)) * ((w - a * 0.5) * s) * 0.5) * 0.3;
                x = w;
            }
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            b = a;
            b = u;
        }
        acc += Tensor.SumOfSquares(Tensor.Transpose(Tensor.Concat(0, Tensor.Rows(w, 0, 4), Tensor.Rows(w, 4, 4)))) * 0.01;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F17(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        if (Tensor.Sum(w) > 0.0)
        {
            u = x;
            for (var k1 = 0; k1 < steps; k1++)
            {
                a += w * 0.3;
                a += Stencils.Diffusion(Tensor.Tanh((u + a)) + 1.5, Tensor.Sigmoid(a) * 2.0, 2.0) * 0.1 * 0.3;
                u += AdversarialPrimitives.Pass(AdversarialPrimitives.Same(x)) * 0.3;
                u = a;
                if (k1 == 1) continue;
            }
        }
        else
        {
            if (Tensor.Sum(b) > -1.0)
            {
                u = u * 1.0;
                u = AdversarialPrimitives.Same(AdversarialPrimitives.Pass(Stencils.Diffusion(Tensor.Tanh(x) + 1.5, u, 2.0) * 0.1));
            }
            x = w;
            b = u;
        }
        acc += Tensor.SumOfSquares(Tensor.Reshape(Tensor.Reshape(AdversarialPrimitives.Same(b), 64) * 0.9, 8, 8)) * 0.01;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F18(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += Tensor.Mean(a * a);
            u = a;
            if (Tensor.Sum(b) > -1.0)
            {
                x = (AdversarialPrimitives.Same((u * s)) - x * 0.5);
                a = w;
            }
            a += Tensor.Sin(AdversarialPrimitives.Plus(u, Tensor.Exp(b * 0.1))) * 0.3;
        }
        w = AdversarialPrimitives.Pass((x / (AdversarialPrimitives.Plus(u, b) * Tensor.Block(Tensor.Pad(x, 1, 1, 1, 1, s), 0, 1, 8, 8) + 1.0)));
        a = b;
        b = u;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F19(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        if (Tensor.Sum(x) > 1.0)
        {
            var it619104 = 0;
            while (Tensor.Norm(b) > 0.5 && it619104 < 3)
            {
                b = w;
                b += u * 0.3;
                a = Tensor.Block(Tensor.Pad(b, 1, 1, 1, 1, s), 0, 1, 8, 8);
                it619104++;
            }
            a = Tensor.Transpose(a);
        }
        else
        {
            b = u;
            acc += Tensor.Mean(u * u);
        }
        b = Helper(Tensor.Tanh((Tensor.MatMul(a, b) * 0.2)), s, steps);
        x = AdversarialPrimitives.Pass(AdversarialPrimitives.Pass((Stencils.Laplacian(w, 2.0) * 0.1)));
        b = Tensor.Transpose(a);
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F20(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        b += Tensor.Block(Tensor.Pad(AdversarialPrimitives.Plus(AdversarialPrimitives.Plus(a, u), (u * s)), 1, 1, 1, 1, s), 0, 1, 8, 8) * 0.3;
        var it54136 = 0;
        while (Tensor.Norm(a) > 0.5 && it54136 < 3)
        {
            if (Tensor.Sum(a) > -1.0)
            {
                u = Stencils.Diffusion(Tensor.Tanh((AdversarialPrimitives.Pass(b) / ((a * s) * (x * (Tensor.Sum(w) * 0.01 + AdversarialPrimitives.DotWith(x, c) * 0.001)) + 1.0))) + 1.5, AdversarialPrimitives.Pass(a), 2.0) * 0.1;
                x = Tensor.Tanh((Tensor.Sin(u) * s));
            }
            var it218691 = 0;
            while (Tensor.Norm(w) > 0.5 && it218691 < 3)
            {
                w = x;
                u = w;
                it218691++;
            }
            b = a;
            acc += Tensor.Sum((u * s)) * 0.01;
            it54136++;
        }
        acc += Tensor.Sum(w) * 0.01;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F21(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        a = b;
        if (Tensor.Sum(a) > 0.0)
        {
            acc += Tensor.SumOfSquares(Tensor.Exp(x * 0.1)) * 0.01;
            for (var k1 = 0; k1 < steps; k1++)
            {
                w = x;
                b += u * 0.3;
                acc += Tensor.SumOfSquares(Tensor.Sin(Helper(b, s, steps))) * 0.01;
            }
            a += w * 0.3;
        }
        else
        {
            u = b;
            acc += Tensor.Sum(u) * 0.01;
            x = Id(Tensor.Exp(Stencils.Diffusion(Tensor.Tanh(a) + 1.5, b, 2.0) * 0.1 * 0.1));
            w = (Tensor.Exp(Tensor.Tanh(x) * 0.1) - Tensor.Sin(x) * 0.5);
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F22(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        w = Tensor.Concat(0, Tensor.Rows(Tensor.Reshape(Tensor.Reshape(b, 64) * 0.9, 8, 8), 0, 4), Tensor.Rows(Tensor.Block(Tensor.Pad(Tensor.Exp(b * 0.1), 1, 1, 1, 1, s), 0, 1, 8, 8), 4, 4));
        if (Tensor.Sum(a) > -1.0)
        {
            w = Tensor.Sigmoid(w) * 2.0;
            w = w * 1.0;
        }
        else
        {
            for (var k1 = 0; k1 < steps; k1++)
            {
                b = u;
                u += Id(Tensor.Concat(0, Tensor.Rows(Id(b), 0, 4), Tensor.Rows((c - u * 0.5), 4, 4))) * 0.3;
                w = (Stencils.Laplacian(Stencils.Diffusion(Tensor.Tanh(Stencils.Diffusion(Tensor.Tanh(w) + 1.5, w, 2.0) * 0.1) + 1.5, Tensor.Tanh(a), 2.0) * 0.1, 2.0) * 0.1);
                u += Tensor.Sin(b) * 0.3;
            }
            u = a;
            acc += Tensor.Dot((Id(b) + u), AdversarialPrimitives.Same(Tensor.Tanh(u))) * 0.01;
        }
        var it469094 = 0;
        while (Tensor.Norm(x) > 0.5 && it469094 < 3)
        {
            acc += Tensor.Mean(Stencils.Diffusion(Tensor.Tanh(u) + 1.5, u, 2.0) * 0.1 * Stencils.Diffusion(Tensor.Tanh(u) + 1.5, u, 2.0) * 0.1);
            acc += Tensor.Dot(w, u) * 0.01;
            u = w;
            b = x;
            it469094++;
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F23(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        b = u;
        a = w;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F24(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        if (Tensor.Sum(x) > 1.0)
        {
            b += Tensor.Sigmoid(Tensor.Sin(Tensor.Exp(a * 0.1))) * 2.0 * 0.3;
            x = (c / (Tensor.Tanh((a * (Tensor.Sum(w) * 0.01 + AdversarialPrimitives.DotWith(a, c) * 0.001))) * (Stencils.Laplacian((Stencils.Laplacian(w, 2.0) * 0.1), 2.0) * 0.1) + 1.0));
            x = AdversarialPrimitives.Pass((Tensor.MatMul(w, w) * 0.2));
        }
        else
        {
            for (var k1 = 0; k1 < steps; k1++)
            {
                u += Tensor.Block(Tensor.Pad((Tensor.Sin(b) + Helper(b, s, steps)), 1, 1, 1, 1, s), 0, 1, 8, 8) * 0.3;
                acc += Tensor.Mean(Tensor.Tanh(Tensor.Sin(a)) * Tensor.Tanh(Tensor.Sin(a)));
                u += x * 0.3;
                b += w * 0.3;
            }
            b = x;
            acc += Tensor.Dot(Tensor.Block(Tensor.Pad(Tensor.Concat(0, Tensor.Rows(u, 0, 4), Tensor.Rows(b, 4, 4)), 1, 1, 1, 1, s), 0, 1, 8, 8), Tensor.Exp(Tensor.Transpose(a) * 0.1)) * 0.01;
            if (Tensor.Sum(x) > 0.0)
            {
                acc += Tensor.Mean(Tensor.Block(Tensor.Pad(Tensor.Sigmoid(w) * 2.0, 1, 1, 1, 1, s), 0, 1, 8, 8) * Tensor.Block(Tensor.Pad(Tensor.Sigmoid(w) * 2.0, 1, 1, 1, 1, s), 0, 1, 8, 8));
                b += Tensor.Exp(Tensor.Exp(Helper(a, s, steps) * 0.1) * 0.1) * 0.3;
            }
        }
        u = Stencils.Diffusion(Tensor.Tanh(Stencils.Diffusion(Tensor.Tanh(Tensor.Sin(x)) + 1.5, w, 2.0) * 0.1) + 1.5, (w * (Tensor.Sum(b) * 0.01 + AdversarialPrimitives.DotWith(w, c) * 0.001)), 2.0) * 0.1;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F25(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            if (Tensor.Sum(a) > 1.0)
            {
                a = x;
                b = u;
                acc += Tensor.Dot(Tensor.Block(Tensor.Pad(a, 1, 1, 1, 1, s), 0, 1, 8, 8), a) * 0.01;
                u = x;
            }
            if (Tensor.Sum(b) > 0.0)
            {
                x = Tensor.Tanh(w);
                b = Stencils.Diffusion(Tensor.Tanh(((w + x) + w)) + 1.5, AdversarialPrimitives.Same(w), 2.0) * 0.1;
            }
            else
            {
                u = (Stencils.Laplacian(Tensor.Reshape(Tensor.Reshape(Tensor.Transpose(b), 64) * 0.9, 8, 8), 2.0) * 0.1);
                acc += Tensor.Dot((Tensor.Reshape(Tensor.Reshape(w, 64) * 0.9, 8, 8) / ((u - x * 0.5) * (b - w * 0.5) + 1.0)), a) * 0.01;
                a += Id(u) * 0.3;
                a += x * 0.3;
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                a += x * 0.3;
                b += ((Stencils.Diffusion(Tensor.Tanh(b) + 1.5, a, 2.0) * 0.1 / (Tensor.Concat(0, Tensor.Rows(u, 0, 4), Tensor.Rows(a, 4, 4)) * Tensor.Sigmoid(w) * 2.0 + 1.0)) * s) * 0.3;
                u = x;
                if (k1 == 1) continue;
            }
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            x = Tensor.Concat(0, Tensor.Rows(x, 0, 4), Tensor.Rows(Tensor.Exp(Tensor.Reshape(Tensor.Reshape(x, 64) * 0.9, 8, 8) * 0.1), 4, 4));
            w = (Tensor.Sin((Tensor.MatMul(w, u) * 0.2)) * (Tensor.Sum(x) * 0.01 + AdversarialPrimitives.DotWith(Tensor.Sin((Tensor.MatMul(w, u) * 0.2)), c) * 0.001));
            acc += Tensor.Mean(Stencils.Diffusion(Tensor.Tanh(x) + 1.5, b, 2.0) * 0.1 * Stencils.Diffusion(Tensor.Tanh(x) + 1.5, b, 2.0) * 0.1);
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F26(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        acc += Tensor.Sum(AdversarialPrimitives.Same(x)) * 0.01;
        a = b;
        for (var k0 = 0; k0 < steps; k0++)
        {
            x = Tensor.Exp(Tensor.Exp((b - x * 0.5) * 0.1) * 0.1);
            a = b;
            w = Tensor.Reshape(Tensor.Reshape(w, 64) * 0.9, 8, 8);
            if (Tensor.Sum(a) > 1.0)
            {
                b += c * 0.3;
                b = u;
                u = (b + u);
                acc += Tensor.Dot(b, b) * 0.01;
            }
        }
        u = Tensor.Reshape(Tensor.Reshape(c, 64) * 0.9, 8, 8);
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F27(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        x = u;
        a = w;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F28(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        a = u;
        for (var k0 = 0; k0 < steps; k0++)
        {
            if (Tensor.Sum(x) > -1.0)
            {
                acc += Tensor.Dot(Tensor.Transpose(b), (Stencils.Laplacian(b, 2.0) * 0.1)) * 0.01;
                acc += Tensor.SumOfSquares((Tensor.MatMul((a * s), (a * w * 0.5)) * 0.2)) * 0.01;
            }
            var it655535 = 0;
            while (Tensor.Norm(x) > 0.5 && it655535 < 3)
            {
                b = Tensor.Reshape(Tensor.Reshape((AdversarialPrimitives.Pass(b) * s), 64) * 0.9, 8, 8);
                b = x;
                acc += Tensor.Sum(Tensor.Sin(u)) * 0.01;
                acc += Tensor.SumOfSquares(AdversarialPrimitives.Plus(AdversarialPrimitives.Plus(w, b), (a * u * 0.5))) * 0.01;
                it655535++;
            }
            acc += Tensor.Mean(Tensor.Tanh(Tensor.Transpose(a)) * Tensor.Tanh(Tensor.Transpose(a)));
            if (k0 == 1) continue;
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F29(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        x = AdversarialPrimitives.Pass(Stencils.Diffusion(Tensor.Tanh((u + b)) + 1.5, (x - u * 0.5), 2.0) * 0.1);
        a += u * 0.3;
        acc += Tensor.Mean(w * w);
        var it846529 = 0;
        while (Tensor.Norm(a) > 0.5 && it846529 < 3)
        {
            for (var k1 = 0; k1 < steps; k1++)
            {
                a += Tensor.Concat(0, Tensor.Rows(AdversarialPrimitives.Same((b * (Tensor.Sum(w) * 0.01 + AdversarialPrimitives.DotWith(b, c) * 0.001))), 0, 4), Tensor.Rows(Tensor.Transpose(Tensor.Block(Tensor.Pad(u, 1, 1, 1, 1, s), 0, 1, 8, 8)), 4, 4)) * 0.3;
                a += ((Stencils.Laplacian((w - b * 0.5), 2.0) * 0.1) * (Tensor.Sum(x) * 0.01 + AdversarialPrimitives.DotWith((Stencils.Laplacian((w - b * 0.5), 2.0) * 0.1), c) * 0.001)) * 0.3;
                u += Tensor.Tanh(Tensor.Sin(Tensor.Exp(x * 0.1))) * 0.3;
            }
            acc += Tensor.Sum(a) * 0.01;
            x = (Tensor.Exp(w * 0.1) * (Tensor.Sum((Tensor.Reshape(Tensor.Reshape(w, 64) * 0.9, 8, 8) * (Tensor.Sum((x * a * 0.5)) * 0.01 + AdversarialPrimitives.DotWith(Tensor.Reshape(Tensor.Reshape(w, 64) * 0.9, 8, 8), c) * 0.001))) * 0.01 + AdversarialPrimitives.DotWith(Tensor.Exp(w * 0.1), c) * 0.001));
            a = a * 1.0;
            it846529++;
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F30(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        w = Id(Tensor.Tanh(Helper(w, s, steps)));
        acc += Tensor.Sum(Tensor.Transpose(w)) * 0.01;
        u = a;
        var it147712 = 0;
        while (Tensor.Norm(u) > 0.5 && it147712 < 3)
        {
            var it7796 = 0;
            while (Tensor.Norm(w) > 0.5 && it7796 < 3)
            {
                b += (Tensor.MatMul((Tensor.MatMul(Tensor.Transpose(a), AdversarialPrimitives.Plus(w, x)) * 0.2), Tensor.Reshape(Tensor.Reshape(x, 64) * 0.9, 8, 8)) * 0.2) * 0.3;
                acc += Tensor.Mean(b * b);
                x = Stencils.Diffusion(Tensor.Tanh((a / (Id(w) * u + 1.0))) + 1.5, AdversarialPrimitives.Plus(w, Id(b)), 2.0) * 0.1;
                u += (b / (AdversarialPrimitives.Plus((Tensor.MatMul(a, a) * 0.2), (b * (Tensor.Sum(a) * 0.01 + AdversarialPrimitives.DotWith(b, c) * 0.001))) * (x + u) + 1.0)) * 0.3;
                it7796++;
            }
            b = u;
            it147712++;
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F31(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            u = w;
            if (Tensor.Sum(b) > 1.0)
            {
                acc += Tensor.SumOfSquares(Helper(Stencils.Diffusion(Tensor.Tanh(u) + 1.5, a, 2.0) * 0.1, s, steps)) * 0.01;
                b += Tensor.Reshape(Tensor.Reshape(Tensor.Sin(Tensor.Reshape(Tensor.Reshape(a, 64) * 0.9, 8, 8)), 64) * 0.9, 8, 8) * 0.3;
                acc += Tensor.Mean(Id(a) * Id(a));
            }
            if (k0 == 1) continue;
        }
        if (Tensor.Sum(b) > 1.0)
        {
            for (var k1 = 0; k1 < steps; k1++)
            {
                w = x;
                acc += Tensor.Mean(u * u);
                b += w * 0.3;
            }
            acc += Tensor.Dot((Helper(c, s, steps) - w * 0.5), (Tensor.MatMul(x, Tensor.Block(Tensor.Pad(b, 1, 1, 1, 1, s), 0, 1, 8, 8)) * 0.2)) * 0.01;
            a = AdversarialPrimitives.Plus(AdversarialPrimitives.Same((a / (w * b + 1.0))), Helper((Stencils.Laplacian(a, 2.0) * 0.1), s, steps));
        }
        else
        {
            u = (Tensor.MatMul(AdversarialPrimitives.Pass(Tensor.Concat(0, Tensor.Rows(w, 0, 4), Tensor.Rows(u, 4, 4))), x) * 0.2);
            for (var k1 = 0; k1 < steps; k1++)
            {
                b = (u / (Tensor.Reshape(Tensor.Reshape((x + u), 64) * 0.9, 8, 8) * (b * s) + 1.0));
                a += b * 0.3;
                acc += Tensor.Mean(Stencils.Diffusion(Tensor.Tanh(a) + 1.5, Tensor.Exp(w * 0.1), 2.0) * 0.1 * Stencils.Diffusion(Tensor.Tanh(a) + 1.5, Tensor.Exp(w * 0.1), 2.0) * 0.1);
            }
        }
        w = Tensor.Reshape(Tensor.Reshape(((a + x) / ((Stencils.Laplacian(a, 2.0) * 0.1) * (b - b * 0.5) + 1.0)), 64) * 0.9, 8, 8);
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F32(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            var it839000 = 0;
            while (Tensor.Norm(a) > 0.5 && it839000 < 3)
            {
                u += (Stencils.Laplacian(b, 2.0) * 0.1) * 0.3;
                u = x;
                u += (Tensor.MatMul((Tensor.MatMul(Tensor.Sigmoid(w) * 2.0, (Stencils.Laplacian(c, 2.0) * 0.1)) * 0.2), a) * 0.2) * 0.3;
                it839000++;
            }
            acc += Tensor.SumOfSquares(x) * 0.01;
            a = x;
        }
        if (Tensor.Sum(b) > -1.0)
        {
            for (var k1 = 0; k1 < steps; k1++)
            {
                u += Tensor.Reshape(Tensor.Reshape((Tensor.Concat(0, Tensor.Rows(u, 0, 4), Tensor.Rows(w, 4, 4)) * s), 64) * 0.9, 8, 8) * 0.3;
                w = w * 1.0;
                if (k1 == 1) continue;
            }
            b = u;
        }
        else
        {
            b = ((Tensor.Block(Tensor.Pad(x, 1, 1, 1, 1, s), 0, 1, 8, 8) / (Tensor.Exp(w * 0.1) * (u * (Tensor.Sum(u) * 0.01 + AdversarialPrimitives.DotWith(u, c) * 0.001)) + 1.0)) * s);
            var it82699 = 0;
            while (Tensor.Norm(a) > 0.5 && it82699 < 3)
            {
                w = Tensor.Block(Tensor.Pad(Tensor.Block(Tensor.Pad(u, 1, 1, 1, 1, s), 0, 1, 8, 8), 1, 1, 1, 1, s), 0, 1, 8, 8);
                x = Tensor.Sigmoid(b) * 2.0;
                w = (((b * (Tensor.Sum(b) * 0.01 + AdversarialPrimitives.DotWith(b, c) * 0.001)) - a * 0.5) - Tensor.Sin(AdversarialPrimitives.Pass(w)) * 0.5);
                u += b * 0.3;
                it82699++;
            }
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            a = AdversarialPrimitives.Pass((Tensor.MatMul(a, Helper(b, s, steps)) * 0.2));
            var it977947 = 0;
            while (Tensor.Norm(x) > 0.5 && it977947 < 3)
            {
                acc += Tensor.SumOfSquares((Tensor.MatMul(b, Tensor.Exp(c * 0.1)) * 0.2)) * 0.01;
                b = AdversarialPrimitives.Plus(w, (Tensor.Sin(x) * s));
                acc += Tensor.Sum((Stencils.Laplacian(Tensor.Sigmoid(w) * 2.0, 2.0) * 0.1)) * 0.01;
                a += c * 0.3;
                it977947++;
            }
            u = (Tensor.Reshape(Tensor.Reshape(w, 64) * 0.9, 8, 8) * (Tensor.Sum(u) * 0.01 + AdversarialPrimitives.DotWith(Tensor.Reshape(Tensor.Reshape(w, 64) * 0.9, 8, 8), c) * 0.001));
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F33(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            if (Tensor.Sum(w) > -1.0)
            {
                b = (Tensor.Sin(Stencils.Diffusion(Tensor.Tanh(w) + 1.5, x, 2.0) * 0.1) - Tensor.Sigmoid(a) * 2.0 * 0.5);
                u = x;
                x = (w * s);
                b += x * 0.3;
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                a += a * 0.3;
                u += (a + b) * 0.3;
                a = (Tensor.MatMul(Tensor.Exp((Tensor.MatMul(w, w) * 0.2) * 0.1), Tensor.Sigmoid(w) * 2.0) * 0.2);
            }
        }
        b = (AdversarialPrimitives.Plus(c, Tensor.Sin(a)) * (Tensor.Sum(Tensor.Sin((b + w))) * 0.01 + AdversarialPrimitives.DotWith(AdversarialPrimitives.Plus(c, Tensor.Sin(a)), c) * 0.001));
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F34(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        b = u;
        x = a;
        a = (x + Helper(u, s, steps));
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F35(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        w = w * 1.0;
        u = (u * u * 0.5);
        acc += Tensor.Sum(Tensor.Sigmoid((w * s)) * 2.0) * 0.01;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F36(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        if (Tensor.Sum(b) > 1.0)
        {
            b += c * 0.3;
            x = AdversarialPrimitives.Same(Tensor.Reshape(Tensor.Reshape(Helper(a, s, steps), 64) * 0.9, 8, 8));
        }
        else
        {
            a = (w + u);
            w = Stencils.Diffusion(Tensor.Tanh(x) + 1.5, Helper(AdversarialPrimitives.Same(b), s, steps), 2.0) * 0.1;
            x = Tensor.Sigmoid((Stencils.Laplacian(AdversarialPrimitives.Same(u), 2.0) * 0.1)) * 2.0;
        }
        x = a;
        acc += Tensor.Dot(x, Tensor.Exp(Tensor.Reshape(Tensor.Reshape(w, 64) * 0.9, 8, 8) * 0.1)) * 0.01;
        if (Tensor.Sum(x) > 0.0)
        {
            acc += Tensor.Sum(Tensor.Block(Tensor.Pad(u, 1, 1, 1, 1, s), 0, 1, 8, 8)) * 0.01;
            u = Tensor.Sin(b);
            a = x;
            if (Tensor.Sum(b) > 0.0)
            {
                b += Stencils.Diffusion(Tensor.Tanh((Stencils.Laplacian((Stencils.Laplacian(u, 2.0) * 0.1), 2.0) * 0.1)) + 1.5, Helper(x, s, steps), 2.0) * 0.1 * 0.3;
                a = w;
                a += AdversarialPrimitives.Pass(Tensor.Transpose(AdversarialPrimitives.Same(b))) * 0.3;
                u = x;
            }
            else
            {
                u += AdversarialPrimitives.Pass((Tensor.MatMul(Helper(b, s, steps), Tensor.Transpose(x)) * 0.2)) * 0.3;
                x = Tensor.Sigmoid(AdversarialPrimitives.Same(Stencils.Diffusion(Tensor.Tanh(b) + 1.5, w, 2.0) * 0.1)) * 2.0;
                u += (Tensor.MatMul(Tensor.Sin(Tensor.Reshape(Tensor.Reshape(w, 64) * 0.9, 8, 8)), Tensor.Block(Tensor.Pad(Tensor.Transpose(b), 1, 1, 1, 1, s), 0, 1, 8, 8)) * 0.2) * 0.3;
            }
        }
        else
        {
            acc += Tensor.Mean(Tensor.Sigmoid(Id(b)) * 2.0 * Tensor.Sigmoid(Id(b)) * 2.0);
            if (Tensor.Sum(u) > -1.0)
            {
                x = b;
                u += Tensor.Reshape(Tensor.Reshape(Tensor.Exp(AdversarialPrimitives.Plus(c, x) * 0.1), 64) * 0.9, 8, 8) * 0.3;
                b += w * 0.3;
            }
            else
            {
                a = b;
                b += x * 0.3;
                b += AdversarialPrimitives.Pass(Tensor.Block(Tensor.Pad(w, 1, 1, 1, 1, s), 0, 1, 8, 8)) * 0.3;
                b = (Tensor.MatMul(c, (AdversarialPrimitives.Pass(a) - (w / (a * c + 1.0)) * 0.5)) * 0.2);
            }
            b = AdversarialPrimitives.Plus(Tensor.Concat(0, Tensor.Rows(a, 0, 4), Tensor.Rows(u, 4, 4)), b);
            if (Tensor.Sum(x) > 1.0)
            {
                b += u * 0.3;
                x = a;
                acc += Tensor.SumOfSquares(Tensor.Block(Tensor.Pad((b + b), 1, 1, 1, 1, s), 0, 1, 8, 8)) * 0.01;
                acc += Tensor.Mean(((Tensor.MatMul(w, u) * 0.2) - Stencils.Diffusion(Tensor.Tanh(u) + 1.5, a, 2.0) * 0.1 * 0.5) * ((Tensor.MatMul(w, u) * 0.2) - Stencils.Diffusion(Tensor.Tanh(u) + 1.5, a, 2.0) * 0.1 * 0.5));
            }
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F37(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += Tensor.Sum(Tensor.Transpose(Tensor.Transpose(u))) * 0.01;
            a += Tensor.Sin(w) * 0.3;
            b = Tensor.Transpose((Tensor.Reshape(Tensor.Reshape(b, 64) * 0.9, 8, 8) * Helper(b, s, steps) * 0.5));
            if (k0 == 1) continue;
        }
        b = Id(Tensor.Sin(Tensor.Sin(x)));
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F38(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            w = AdversarialPrimitives.Same(Tensor.Concat(0, Tensor.Rows(Tensor.Sin(x), 0, 4), Tensor.Rows((x * (Tensor.Sum(x) * 0.01 + AdversarialPrimitives.DotWith(x, c) * 0.001)), 4, 4)));
            if (Tensor.Sum(w) > 1.0)
            {
                x = Id(Tensor.Sigmoid(w) * 2.0);
                b = x;
                b = x;
            }
            var it58674 = 0;
            while (Tensor.Norm(w) > 0.5 && it58674 < 3)
            {
                u += (w / (Tensor.Reshape(Tensor.Reshape(u, 64) * 0.9, 8, 8) * w + 1.0)) * 0.3;
                acc += Tensor.Sum(x) * 0.01;
                a += Id(u) * 0.3;
                it58674++;
            }
            acc += Tensor.Dot(Tensor.Sin(w), w) * 0.01;
        }
        acc += Tensor.Sum(u) * 0.01;
        u = w;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F39(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        if (Tensor.Sum(x) > -1.0)
        {
            b = w;
            var it146102 = 0;
            while (Tensor.Norm(a) > 0.5 && it146102 < 3)
            {
                b += (Helper((x + b), s, steps) / ((Tensor.Block(Tensor.Pad(c, 1, 1, 1, 1, s), 0, 1, 8, 8) / (Helper(w, s, steps) * Tensor.Concat(0, Tensor.Rows(x, 0, 4), Tensor.Rows(x, 4, 4)) + 1.0)) * b + 1.0)) * 0.3;
                b = u;
                a = b;
                w = Tensor.Tanh((Tensor.MatMul(AdversarialPrimitives.Plus(c, c), (Stencils.Laplacian(a, 2.0) * 0.1)) * 0.2));
                it146102++;
            }
        }
        a = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += Tensor.Mean(x * x);
            if (Tensor.Sum(a) > 1.0)
            {
                b += Tensor.Transpose(Stencils.Diffusion(Tensor.Tanh(Tensor.Exp(w * 0.1)) + 1.5, b, 2.0) * 0.1) * 0.3;
                b = x;
            }
            else
            {
                acc += Tensor.Mean(a * a);
                b += (Tensor.Tanh(Id(u)) + ((Tensor.MatMul(u, u) * 0.2) - a * 0.5)) * 0.3;
                a = (Tensor.MatMul(Id(Tensor.Sin(a)), ((Tensor.MatMul(w, u) * 0.2) * s)) * 0.2);
                b += Tensor.Reshape(Tensor.Reshape((AdversarialPrimitives.Pass(u) - (Tensor.MatMul(x, u) * 0.2) * 0.5), 64) * 0.9, 8, 8) * 0.3;
            }
            if (k0 == 1) continue;
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F40(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        u = ((Tensor.MatMul(Tensor.Sin(u), w) * 0.2) * s);
        if (Tensor.Sum(b) > 1.0)
        {
            for (var k1 = 0; k1 < steps; k1++)
            {
                a += ((Tensor.Sigmoid(w) * 2.0 / (Tensor.Sin(a) * AdversarialPrimitives.Pass(a) + 1.0)) + (Tensor.MatMul(Tensor.Transpose(u), Tensor.Sin(a)) * 0.2)) * 0.3;
                u += b * 0.3;
                b += Tensor.Concat(0, Tensor.Rows(Tensor.Sin(Helper(w, s, steps)), 0, 4), Tensor.Rows(Tensor.Exp((a * b * 0.5) * 0.1), 4, 4)) * 0.3;
            }
            a = Tensor.Concat(0, Tensor.Rows(Id((Stencils.Laplacian(a, 2.0) * 0.1)), 0, 4), Tensor.Rows(Tensor.Sin((a / (b * b + 1.0))), 4, 4));
            if (Tensor.Sum(x) > 0.0)
            {
                u = a;
                acc += Tensor.Sum((b / (Tensor.Exp(b * 0.1) * Stencils.Diffusion(Tensor.Tanh(a) + 1.5, u, 2.0) * 0.1 + 1.0))) * 0.01;
                u = a;
                x = w;
            }
            else
            {
                b = a;
                b += Tensor.Sin(((w * s) / ((b - b * 0.5) * a + 1.0))) * 0.3;
            }
        }
        x = Tensor.Concat(0, Tensor.Rows(Tensor.Sin((b * x * 0.5)), 0, 4), Tensor.Rows(Id(Helper(w, s, steps)), 4, 4));
        if (Tensor.Sum(x) > 1.0)
        {
            var it854428 = 0;
            while (Tensor.Norm(b) > 0.5 && it854428 < 3)
            {
                u = w;
                a += (x * (Tensor.Sum(Tensor.Tanh(Tensor.Block(Tensor.Pad(b, 1, 1, 1, 1, s), 0, 1, 8, 8))) * 0.01 + AdversarialPrimitives.DotWith(x, c) * 0.001)) * 0.3;
                it854428++;
            }
            x = (Tensor.MatMul((Stencils.Laplacian((b * (Tensor.Sum(w) * 0.01 + AdversarialPrimitives.DotWith(b, c) * 0.001)), 2.0) * 0.1), x) * 0.2);
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F41(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            u = (((Tensor.MatMul(b, u) * 0.2) * (Tensor.Sum((Stencils.Laplacian(u, 2.0) * 0.1)) * 0.01 + AdversarialPrimitives.DotWith((Tensor.MatMul(b, u) * 0.2), c) * 0.001)) * s);
            w = Tensor.Block(Tensor.Pad(w, 1, 1, 1, 1, s), 0, 1, 8, 8);
        }
        if (Tensor.Sum(x) > 0.0)
        {
            acc += Tensor.SumOfSquares(Tensor.Concat(0, Tensor.Rows(Tensor.Reshape(Tensor.Reshape(w, 64) * 0.9, 8, 8), 0, 4), Tensor.Rows(Id(u), 4, 4))) * 0.01;
            if (Tensor.Sum(x) > 1.0)
            {
                a = u;
                acc += Tensor.Mean(c * c);
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                b += (Tensor.MatMul(Tensor.Reshape(Tensor.Reshape((Stencils.Laplacian(b, 2.0) * 0.1), 64) * 0.9, 8, 8), Tensor.Exp(w * 0.1)) * 0.2) * 0.3;
                a += x * 0.3;
                if (k1 == 1) continue;
            }
        }
        else
        {
            var it382695 = 0;
            while (Tensor.Norm(w) > 0.5 && it382695 < 3)
            {
                x = Tensor.Transpose(Tensor.Exp(w * 0.1));
                u = b;
                it382695++;
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                b += ((Stencils.Laplacian(Tensor.Sigmoid(u) * 2.0, 2.0) * 0.1) * s) * 0.3;
                a += Tensor.Sin((Stencils.Laplacian(AdversarialPrimitives.Plus(w, x), 2.0) * 0.1)) * 0.3;
                a = AdversarialPrimitives.Pass(x);
                u += w * 0.3;
            }
            a = u;
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F42(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        w = AdversarialPrimitives.Pass(Tensor.Block(Tensor.Pad((b * (Tensor.Sum(a) * 0.01 + AdversarialPrimitives.DotWith(b, c) * 0.001)), 1, 1, 1, 1, s), 0, 1, 8, 8));
        var it702980 = 0;
        while (Tensor.Norm(a) > 0.5 && it702980 < 3)
        {
            x = x * 1.0;
            var it526267 = 0;
            while (Tensor.Norm(w) > 0.5 && it526267 < 3)
            {
                a = x;
                b += (Tensor.Concat(0, Tensor.Rows((x * w * 0.5), 0, 4), Tensor.Rows((Stencils.Laplacian(x, 2.0) * 0.1), 4, 4)) * (Tensor.Sum(x) * 0.01 + AdversarialPrimitives.DotWith(Tensor.Concat(0, Tensor.Rows((x * w * 0.5), 0, 4), Tensor.Rows((Stencils.Laplacian(x, 2.0) * 0.1), 4, 4)), c) * 0.001)) * 0.3;
                it526267++;
            }
            it702980++;
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            a = b;
            var it583331 = 0;
            while (Tensor.Norm(a) > 0.5 && it583331 < 3)
            {
                a = (Tensor.MatMul(w, (Tensor.MatMul(w, Id(u)) * 0.2)) * 0.2);
                b += a * 0.3;
                acc += Tensor.SumOfSquares(AdversarialPrimitives.Same(Tensor.Sin(w))) * 0.01;
                a += (Stencils.Laplacian(w, 2.0) * 0.1) * 0.3;
                it583331++;
            }
            u = AdversarialPrimitives.Plus((Tensor.Sin(w) - Id(x) * 0.5), Tensor.Exp((w / (u * b + 1.0)) * 0.1));
            u = Tensor.Reshape(Tensor.Reshape(Tensor.Sin((w * b * 0.5)), 64) * 0.9, 8, 8);
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F43(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        w = (Tensor.Reshape(Tensor.Reshape(Id(u), 64) * 0.9, 8, 8) + (Tensor.Tanh(b) * s));
        var it511502 = 0;
        while (Tensor.Norm(x) > 0.5 && it511502 < 3)
        {
            u = (AdversarialPrimitives.Plus(Stencils.Diffusion(Tensor.Tanh(w) + 1.5, w, 2.0) * 0.1, (Stencils.Laplacian(w, 2.0) * 0.1)) * (Tensor.Sum(a) * 0.01 + AdversarialPrimitives.DotWith(AdversarialPrimitives.Plus(Stencils.Diffusion(Tensor.Tanh(w) + 1.5, w, 2.0) * 0.1, (Stencils.Laplacian(w, 2.0) * 0.1)), c) * 0.001));
            a = (Tensor.Reshape(Tensor.Reshape(Tensor.Block(Tensor.Pad(b, 1, 1, 1, 1, s), 0, 1, 8, 8), 64) * 0.9, 8, 8) / (Tensor.Sigmoid((Stencils.Laplacian(b, 2.0) * 0.1)) * 2.0 * a + 1.0));
            w = (Tensor.MatMul(Id(w), x) * 0.2);
            if (Tensor.Sum(u) > -1.0)
            {
                b += AdversarialPrimitives.Plus((w + Tensor.Tanh(u)), a) * 0.3;
                a += (Tensor.Sigmoid(Tensor.Block(Tensor.Pad(u, 1, 1, 1, 1, s), 0, 1, 8, 8)) * 2.0 * s) * 0.3;
                a = a * 1.0;
            }
            it511502++;
        }
        w = (b / (AdversarialPrimitives.Pass(x) * (Tensor.Reshape(Tensor.Reshape(u, 64) * 0.9, 8, 8) / (Tensor.Block(Tensor.Pad(w, 1, 1, 1, 1, s), 0, 1, 8, 8) * (w * x * 0.5) + 1.0)) + 1.0));
        b = (Tensor.MatMul((Tensor.Block(Tensor.Pad(x, 1, 1, 1, 1, s), 0, 1, 8, 8) + Tensor.Block(Tensor.Pad(a, 1, 1, 1, 1, s), 0, 1, 8, 8)), u) * 0.2);
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F44(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        if (Tensor.Sum(b) > 0.0)
        {
            x = (Tensor.Transpose((x / (a * c + 1.0))) * Tensor.Tanh(Tensor.Exp(b * 0.1)) * 0.5);
            w = b;
        }
        acc += Tensor.Mean((a - a * 0.5) * (a - a * 0.5));
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F45(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        if (Tensor.Sum(b) > 1.0)
        {
            acc += Tensor.Dot(a, Tensor.Transpose(Tensor.Sigmoid(u) * 2.0)) * 0.01;
            acc += Tensor.Sum(u) * 0.01;
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += Tensor.Sum(a) * 0.01;
                b = Tensor.Block(Tensor.Pad(a, 1, 1, 1, 1, s), 0, 1, 8, 8);
                u += Stencils.Diffusion(Tensor.Tanh(Tensor.Sigmoid((w / (x * w + 1.0))) * 2.0) + 1.5, (Tensor.Exp(w * 0.1) / ((Stencils.Laplacian(x, 2.0) * 0.1) * (u / (u * u + 1.0)) + 1.0)), 2.0) * 0.1 * 0.3;
            }
            b += ((AdversarialPrimitives.Pass(u) * s) * Tensor.Exp(Id(b) * 0.1) * 0.5) * 0.3;
        }
        if (Tensor.Sum(a) > 1.0)
        {
            b = u;
            if (Tensor.Sum(b) > 1.0)
            {
                acc += Tensor.Mean(w * w);
                u = x;
                b += ((w / (Tensor.Reshape(Tensor.Reshape(u, 64) * 0.9, 8, 8) * Tensor.Sigmoid(c) * 2.0 + 1.0)) * (Tensor.Sum(AdversarialPrimitives.Pass(Tensor.Sigmoid(b) * 2.0)) * 0.01 + AdversarialPrimitives.DotWith((w / (Tensor.Reshape(Tensor.Reshape(u, 64) * 0.9, 8, 8) * Tensor.Sigmoid(c) * 2.0 + 1.0)), c) * 0.001)) * 0.3;
                u += w * 0.3;
            }
            else
            {
                a = u;
                a += Tensor.Sigmoid(Tensor.Transpose((w - u * 0.5))) * 2.0 * 0.3;
                b += AdversarialPrimitives.Same((Tensor.MatMul(Tensor.Sigmoid(b) * 2.0, AdversarialPrimitives.Plus(x, a)) * 0.2)) * 0.3;
                u += Tensor.Transpose(Id((Tensor.MatMul(x, b) * 0.2))) * 0.3;
            }
        }
        acc += Tensor.SumOfSquares(Tensor.Tanh(x)) * 0.01;
        u = w;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F46(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        if (Tensor.Sum(u) > 0.0)
        {
            if (Tensor.Sum(a) > 0.0)
            {
                acc += Tensor.SumOfSquares((AdversarialPrimitives.Plus(w, u) / ((a - c * 0.5) * w + 1.0))) * 0.01;
                b = Tensor.Reshape(Tensor.Reshape(a, 64) * 0.9, 8, 8);
                b += Tensor.Reshape(Tensor.Reshape(u, 64) * 0.9, 8, 8) * 0.3;
                b = u;
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                b = AdversarialPrimitives.Pass(b);
                b = w;
            }
        }
        else
        {
            if (Tensor.Sum(x) > 0.0)
            {
                u += AdversarialPrimitives.Plus(Tensor.Transpose(Tensor.Concat(0, Tensor.Rows(x, 0, 4), Tensor.Rows(u, 4, 4))), (Stencils.Diffusion(Tensor.Tanh(x) + 1.5, a, 2.0) * 0.1 / (AdversarialPrimitives.Pass(u) * (w * s) + 1.0))) * 0.3;
                u += ((Tensor.Concat(0, Tensor.Rows(b, 0, 4), Tensor.Rows(w, 4, 4)) + x) - a * 0.5) * 0.3;
                b += AdversarialPrimitives.Pass(a) * 0.3;
            }
            else
            {
                u += (u - Tensor.Reshape(Tensor.Reshape(b, 64) * 0.9, 8, 8) * 0.5) * 0.3;
                x = (u - AdversarialPrimitives.Plus((a * s), b) * 0.5);
                x = Tensor.Tanh(((w * s) * (u + x) * 0.5));
            }
            if (Tensor.Sum(a) > -1.0)
            {
                u += Tensor.Transpose(a) * 0.3;
                acc += Tensor.Sum(a) * 0.01;
                u += Tensor.Exp(a * 0.1) * 0.3;
                acc += Tensor.Sum(w) * 0.01;
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                u += u * 0.3;
                a = Tensor.Exp((u * s) * 0.1);
                u += (Tensor.Transpose((x * s)) / (a * ((w * s) / (a * (x * (Tensor.Sum(x) * 0.01 + AdversarialPrimitives.DotWith(x, c) * 0.001)) + 1.0)) + 1.0)) * 0.3;
                acc += Tensor.SumOfSquares((Tensor.MatMul(AdversarialPrimitives.Same(a), b) * 0.2)) * 0.01;
            }
        }
        if (Tensor.Sum(b) > 1.0)
        {
            acc += Tensor.Dot(AdversarialPrimitives.Plus(b, (a + b)), x) * 0.01;
            if (Tensor.Sum(x) > 1.0)
            {
                a = a * 1.0;
                a += Tensor.Transpose(a) * 0.3;
                a += AdversarialPrimitives.Same(x) * 0.3;
            }
            else
            {
                b = w;
                a = Tensor.Reshape(Tensor.Reshape(Tensor.Block(Tensor.Pad((Tensor.MatMul(u, u) * 0.2), 1, 1, 1, 1, s), 0, 1, 8, 8), 64) * 0.9, 8, 8);
            }
            var it592441 = 0;
            while (Tensor.Norm(a) > 0.5 && it592441 < 3)
            {
                a += Tensor.Exp(b * 0.1) * 0.3;
                b += AdversarialPrimitives.Same(b) * 0.3;
                it592441++;
            }
        }
        acc += Tensor.Dot(Helper((Stencils.Laplacian(u, 2.0) * 0.1), s, steps), Helper((w - a * 0.5), s, steps)) * 0.01;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F47(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        b += Tensor.Reshape(Tensor.Reshape(Stencils.Diffusion(Tensor.Tanh(x) + 1.5, Tensor.Sin(w), 2.0) * 0.1, 64) * 0.9, 8, 8) * 0.3;
        a = (a + (Tensor.Reshape(Tensor.Reshape(b, 64) * 0.9, 8, 8) - Stencils.Diffusion(Tensor.Tanh(x) + 1.5, u, 2.0) * 0.1 * 0.5));
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F48(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        acc += Tensor.Dot(Tensor.Exp(Tensor.Concat(0, Tensor.Rows(b, 0, 4), Tensor.Rows(u, 4, 4)) * 0.1), (AdversarialPrimitives.Pass(u) * s)) * 0.01;
        u = AdversarialPrimitives.Same(AdversarialPrimitives.Pass(Tensor.Reshape(Tensor.Reshape(u, 64) * 0.9, 8, 8)));
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F49(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        acc += Tensor.Mean((AdversarialPrimitives.Pass(w) * Helper(a, s, steps) * 0.5) * (AdversarialPrimitives.Pass(w) * Helper(a, s, steps) * 0.5));
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += Tensor.SumOfSquares(u) * 0.01;
            b = w;
        }
        var it399952 = 0;
        while (Tensor.Norm(x) > 0.5 && it399952 < 3)
        {
            x = (Tensor.MatMul(Tensor.Reshape(Tensor.Reshape((u - u * 0.5), 64) * 0.9, 8, 8), Tensor.Sin((Stencils.Laplacian(c, 2.0) * 0.1))) * 0.2);
            if (Tensor.Sum(b) > 0.0)
            {
                acc += Tensor.SumOfSquares(((w / (a * a + 1.0)) * s)) * 0.01;
                u = ((Tensor.Concat(0, Tensor.Rows(w, 0, 4), Tensor.Rows(u, 4, 4)) * Tensor.Tanh(u) * 0.5) * (Tensor.Sum((Stencils.Laplacian(Tensor.Reshape(Tensor.Reshape(x, 64) * 0.9, 8, 8), 2.0) * 0.1)) * 0.01 + AdversarialPrimitives.DotWith((Tensor.Concat(0, Tensor.Rows(w, 0, 4), Tensor.Rows(u, 4, 4)) * Tensor.Tanh(u) * 0.5), c) * 0.001));
                a += Id(AdversarialPrimitives.Pass(AdversarialPrimitives.Plus(b, u))) * 0.3;
            }
            else
            {
                b += Tensor.Block(Tensor.Pad(((Stencils.Laplacian(b, 2.0) * 0.1) * (c * w * 0.5) * 0.5), 1, 1, 1, 1, s), 0, 1, 8, 8) * 0.3;
                b = u;
                b += Stencils.Diffusion(Tensor.Tanh(b) + 1.5, Tensor.Tanh(Tensor.Transpose(b)), 2.0) * 0.1 * 0.3;
            }
            it399952++;
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F50(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        if (Tensor.Sum(x) > 0.0)
        {
            for (var k1 = 0; k1 < steps; k1++)
            {
                a += Tensor.Reshape(Tensor.Reshape(AdversarialPrimitives.Pass((w * x * 0.5)), 64) * 0.9, 8, 8) * 0.3;
                u += a * 0.3;
                if (k1 == 1) continue;
            }
            acc += Tensor.Dot(Stencils.Diffusion(Tensor.Tanh((Stencils.Laplacian(a, 2.0) * 0.1)) + 1.5, (x + w), 2.0) * 0.1, x) * 0.01;
            b = Tensor.Concat(0, Tensor.Rows(((Stencils.Laplacian(u, 2.0) * 0.1) * (Tensor.Sum(x) * 0.01 + AdversarialPrimitives.DotWith((Stencils.Laplacian(u, 2.0) * 0.1), c) * 0.001)), 0, 4), Tensor.Rows((Stencils.Laplacian(u, 2.0) * 0.1), 4, 4));
        }
        acc += Tensor.Mean((Stencils.Laplacian(Helper(w, s, steps), 2.0) * 0.1) * (Stencils.Laplacian(Helper(w, s, steps), 2.0) * 0.1));
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F51(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        acc += Tensor.Mean(b * b);
        if (Tensor.Sum(u) > 0.0)
        {
            if (Tensor.Sum(w) > -1.0)
            {
                u += Helper(Tensor.Block(Tensor.Pad(w, 1, 1, 1, 1, s), 0, 1, 8, 8), s, steps) * 0.3;
                a += u * 0.3;
            }
            else
            {
                x = (b - AdversarialPrimitives.Plus((a * s), (Tensor.MatMul(a, w) * 0.2)) * 0.5);
                b += Tensor.Block(Tensor.Pad(Stencils.Diffusion(Tensor.Tanh(AdversarialPrimitives.Same(x)) + 1.5, Tensor.Tanh(u), 2.0) * 0.1, 1, 1, 1, 1, s), 0, 1, 8, 8) * 0.3;
                a = w;
                b = x;
            }
            acc += Tensor.Mean((Tensor.Sin(x) * s) * (Tensor.Sin(x) * s));
            for (var k1 = 0; k1 < steps; k1++)
            {
                b = Tensor.Tanh(x);
                acc += Tensor.Dot(b, (Tensor.Sin(b) * (Tensor.Sum(u) * 0.01 + AdversarialPrimitives.DotWith(Tensor.Sin(b), c) * 0.001))) * 0.01;
                a = (b / (x * w + 1.0));
            }
            if (Tensor.Sum(u) > -1.0)
            {
                acc += Tensor.Dot(Tensor.Tanh(c), Tensor.Reshape(Tensor.Reshape(Tensor.Exp(u * 0.1), 64) * 0.9, 8, 8)) * 0.01;
                b += Tensor.Exp(u * 0.1) * 0.3;
                acc += Tensor.Mean(Tensor.Tanh(AdversarialPrimitives.Plus(w, u)) * Tensor.Tanh(AdversarialPrimitives.Plus(w, u)));
                a += Tensor.Block(Tensor.Pad(x, 1, 1, 1, 1, s), 0, 1, 8, 8) * 0.3;
            }
            else
            {
                u += (Stencils.Laplacian(Tensor.Block(Tensor.Pad(x, 1, 1, 1, 1, s), 0, 1, 8, 8), 2.0) * 0.1) * 0.3;
                a += Helper(a, s, steps) * 0.3;
            }
        }
        else
        {
            for (var k1 = 0; k1 < steps; k1++)
            {
                u += Helper(Tensor.Concat(0, Tensor.Rows(Tensor.Transpose(b), 0, 4), Tensor.Rows(a, 4, 4)), s, steps) * 0.3;
                b = Tensor.Concat(0, Tensor.Rows(Tensor.Block(Tensor.Pad(a, 1, 1, 1, 1, s), 0, 1, 8, 8), 0, 4), Tensor.Rows((Tensor.MatMul(Tensor.Exp(a * 0.1), Stencils.Diffusion(Tensor.Tanh(x) + 1.5, u, 2.0) * 0.1) * 0.2), 4, 4));
            }
            if (Tensor.Sum(w) > 0.0)
            {
                acc += Tensor.SumOfSquares(Tensor.Transpose(b)) * 0.01;
                a += Tensor.Concat(0, Tensor.Rows(Stencils.Diffusion(Tensor.Tanh((x * (Tensor.Sum(b) * 0.01 + AdversarialPrimitives.DotWith(x, c) * 0.001))) + 1.5, x, 2.0) * 0.1, 0, 4), Tensor.Rows(x, 4, 4)) * 0.3;
            }
            else
            {
                a += AdversarialPrimitives.Pass(Tensor.Exp(Helper(w, s, steps) * 0.1)) * 0.3;
                w = w * 1.0;
                x = x * 1.0;
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                u = (b / (a * u + 1.0));
                w = (Tensor.Sin(b) * b * 0.5);
                acc += Tensor.SumOfSquares(Tensor.Block(Tensor.Pad(b, 1, 1, 1, 1, s), 0, 1, 8, 8)) * 0.01;
                u += (Tensor.Sin((x * (Tensor.Sum(a) * 0.01 + AdversarialPrimitives.DotWith(x, c) * 0.001))) / (Tensor.Block(Tensor.Pad(Helper(u, s, steps), 1, 1, 1, 1, s), 0, 1, 8, 8) * AdversarialPrimitives.Plus(a, (u - a * 0.5)) + 1.0)) * 0.3;
            }
            b = u;
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F52(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        acc += Tensor.Sum(Tensor.Concat(0, Tensor.Rows((w - b * 0.5), 0, 4), Tensor.Rows(u, 4, 4))) * 0.01;
        for (var k0 = 0; k0 < steps; k0++)
        {
            b = a;
            b = u;
            u = w;
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F53(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            a = w;
            u = b;
            w = w * 1.0;
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            if (Tensor.Sum(x) > 0.0)
            {
                acc += Tensor.SumOfSquares(b) * 0.01;
                b = (Stencils.Laplacian(Tensor.Tanh(AdversarialPrimitives.Plus(a, x)), 2.0) * 0.1);
            }
            acc += Tensor.Mean(Helper((u * s), s, steps) * Helper((u * s), s, steps));
            acc += Tensor.Sum((Tensor.MatMul(b, u) * 0.2)) * 0.01;
            x = Stencils.Diffusion(Tensor.Tanh(b) + 1.5, a, 2.0) * 0.1;
        }
        var it124058 = 0;
        while (Tensor.Norm(u) > 0.5 && it124058 < 3)
        {
            acc += Tensor.SumOfSquares((x - Tensor.Transpose(x) * 0.5)) * 0.01;
            w = AdversarialPrimitives.Same(b);
            it124058++;
        }
        a = u;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F54(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        acc += Tensor.Dot(Tensor.Concat(0, Tensor.Rows(Helper(b, s, steps), 0, 4), Tensor.Rows(Tensor.Transpose(u), 4, 4)), a) * 0.01;
        for (var k0 = 0; k0 < steps; k0++)
        {
            u += u * 0.3;
            a = (Stencils.Diffusion(Tensor.Tanh(w) + 1.5, Id(u), 2.0) * 0.1 * s);
            x = (Tensor.Exp(x * 0.1) + b);
        }
        acc += Tensor.Dot((b * (Tensor.Sum(Tensor.Sin(w)) * 0.01 + AdversarialPrimitives.DotWith(b, c) * 0.001)), AdversarialPrimitives.Same(Tensor.Block(Tensor.Pad(c, 1, 1, 1, 1, s), 0, 1, 8, 8))) * 0.01;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F55(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        w = AdversarialPrimitives.Pass(x);
        for (var k0 = 0; k0 < steps; k0++)
        {
            a = a * 1.0;
            a += Tensor.Concat(0, Tensor.Rows(w, 0, 4), Tensor.Rows(Tensor.Concat(0, Tensor.Rows(b, 0, 4), Tensor.Rows(Tensor.Transpose(u), 4, 4)), 4, 4)) * 0.3;
            a = w;
        }
        b = Tensor.Sigmoid(Stencils.Diffusion(Tensor.Tanh(Tensor.Tanh(a)) + 1.5, (b + x), 2.0) * 0.1) * 2.0;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F56(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            var it732187 = 0;
            while (Tensor.Norm(w) > 0.5 && it732187 < 3)
            {
                b += (Stencils.Laplacian(Tensor.Exp((w * s) * 0.1), 2.0) * 0.1) * 0.3;
                a += Tensor.Exp(a * 0.1) * 0.3;
                it732187++;
            }
            a = (u * (Tensor.Sum(Tensor.Tanh(b)) * 0.01 + AdversarialPrimitives.DotWith(u, c) * 0.001));
            acc += Tensor.Dot((Stencils.Laplacian(a, 2.0) * 0.1), w) * 0.01;
            if (k0 == 1) continue;
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            u = (Tensor.Sigmoid(Tensor.Reshape(Tensor.Reshape(a, 64) * 0.9, 8, 8)) * 2.0 * (Tensor.Sum(Tensor.Sigmoid(AdversarialPrimitives.Pass(u)) * 2.0) * 0.01 + AdversarialPrimitives.DotWith(Tensor.Sigmoid(Tensor.Reshape(Tensor.Reshape(a, 64) * 0.9, 8, 8)) * 2.0, c) * 0.001));
            acc += Tensor.Dot(c, Stencils.Diffusion(Tensor.Tanh(b) + 1.5, Id(a), 2.0) * 0.1) * 0.01;
            var it464088 = 0;
            while (Tensor.Norm(b) > 0.5 && it464088 < 3)
            {
                acc += Tensor.SumOfSquares(a) * 0.01;
                a += Tensor.Tanh(a) * 0.3;
                it464088++;
            }
            if (k0 == 1) continue;
        }
        if (Tensor.Sum(x) > 1.0)
        {
            if (Tensor.Sum(b) > -1.0)
            {
                a = b;
                acc += Tensor.Sum(AdversarialPrimitives.Same((b * w * 0.5))) * 0.01;
                b = (Stencils.Laplacian(w, 2.0) * 0.1);
                a = Stencils.Diffusion(Tensor.Tanh(Tensor.Transpose(b)) + 1.5, (Stencils.Laplacian(Id(u), 2.0) * 0.1), 2.0) * 0.1;
            }
            else
            {
                b += AdversarialPrimitives.Same((Tensor.Concat(0, Tensor.Rows(x, 0, 4), Tensor.Rows(a, 4, 4)) - a * 0.5)) * 0.3;
                acc += Tensor.Mean(Stencils.Diffusion(Tensor.Tanh(a) + 1.5, (a * s), 2.0) * 0.1 * Stencils.Diffusion(Tensor.Tanh(a) + 1.5, (a * s), 2.0) * 0.1);
            }
            if (Tensor.Sum(a) > 1.0)
            {
                b += Tensor.Sigmoid(Tensor.Reshape(Tensor.Reshape(Tensor.Sigmoid(b) * 2.0, 64) * 0.9, 8, 8)) * 2.0 * 0.3;
                b += Tensor.Tanh(Tensor.Tanh(Tensor.Exp(u * 0.1))) * 0.3;
            }
        }
        acc += Tensor.Mean(u * u);
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F57(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        a = x;
        u = a;
        for (var k0 = 0; k0 < steps; k0++)
        {
            a = x;
            b = Tensor.Transpose(c);
            acc += Tensor.Dot(w, Stencils.Diffusion(Tensor.Tanh(Stencils.Diffusion(Tensor.Tanh(u) + 1.5, b, 2.0) * 0.1) + 1.5, (b - w * 0.5), 2.0) * 0.1) * 0.01;
            acc += Tensor.Sum(w) * 0.01;
        }
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F58(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        a = w;
        b = a;
        u = b;
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

    [Differentiable]
    public static double F59(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)
    {
        var acc = 0.0;
        var a = x * 1.0;
        var b = Tensor.Tanh(w);
        var u = x;
        for (var k0 = 0; k0 < steps; k0++)
        {
            u = (a + Stencils.Diffusion(Tensor.Tanh(Tensor.Transpose(x)) + 1.5, Tensor.Block(Tensor.Pad(w, 1, 1, 1, 1, s), 0, 1, 8, 8), 2.0) * 0.1);
            if (Tensor.Sum(x) > -1.0)
            {
                a += a * 0.3;
                acc += Tensor.Dot(Tensor.Sigmoid(AdversarialPrimitives.Pass(w)) * 2.0, Tensor.Block(Tensor.Pad(w, 1, 1, 1, 1, s), 0, 1, 8, 8)) * 0.01;
                w = u;
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                b += AdversarialPrimitives.Pass((a / (Tensor.Tanh(b) * (c * s) + 1.0))) * 0.3;
                b = Tensor.Sin(b);
                acc += Tensor.SumOfSquares(AdversarialPrimitives.Same((Tensor.MatMul(u, x) * 0.2))) * 0.01;
            }
            if (Tensor.Sum(a) > -1.0)
            {
                b += Tensor.Sin(x) * 0.3;
                b += x * 0.3;
                a += Tensor.Concat(0, Tensor.Rows((Stencils.Laplacian(b, 2.0) * 0.1), 0, 4), Tensor.Rows(a, 4, 4)) * 0.3;
                a += w * 0.3;
            }
            else
            {
                b = x;
                b += Tensor.Sigmoid(Tensor.Sin(Tensor.Block(Tensor.Pad(a, 1, 1, 1, 1, s), 0, 1, 8, 8))) * 2.0 * 0.3;
                a += x * 0.3;
                acc += Tensor.Sum(b) * 0.01;
            }
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += Tensor.Sum(Tensor.Transpose(a)) * 0.01;
            b = a;
            var it958048 = 0;
            while (Tensor.Norm(u) > 0.5 && it958048 < 3)
            {
                w = Id(w);
                a = u;
                u += Tensor.Reshape(Tensor.Reshape(b, 64) * 0.9, 8, 8) * 0.3;
                it958048++;
            }
            if (k0 == 1) continue;
        }
        if (Tensor.Sum(x) > 0.0)
        {
            a = Helper(Stencils.Diffusion(Tensor.Tanh((b * (Tensor.Sum(c) * 0.01 + AdversarialPrimitives.DotWith(b, c) * 0.001))) + 1.5, w, 2.0) * 0.1, s, steps);
            u = w;
        }
        u = Tensor.Exp(w * 0.1);
        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);
    }

}
