// Written by gen_language.py 1 48: do not edit; change the script and run it again.
namespace Adcme.Tests.Adversarial.LanguageFuzz;

public static partial class LanguageFuzzCases
{
    private static readonly double[] Weights = [0.6, -0.4, 0.9];

    // features: foreach
    [Differentiable]
    public static double L0(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        foreach (var x1 in Weights)
        {
            b += x1 * x1 * 0.05;
            if (acc > 3.0) break;
        }
        foreach (var x2 in Weights)
        {
            a = a * 0.9 + x2 * b * 0.1;
        }
        foreach (var x3 in table)
        {
            if (x3 < -0.5) break;
            acc += Math.Sin(x3 * a) * 0.4;
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: swap
    [Differentiable]
    public static double L1(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var ta = w * s;
        var tb = Tensor.Tanh(w);
        (a, b) = (b * 0.9 + s, a - 0.1 * v[1]);
        (u[1], u[3]) = (u[3], u[1] * a);
        if (s > 0.5)
        {
            acc += a * b * 0.3 + p[0] * 0.2;
            a = 0.8 * a + 0.3 * Math.Sin(p[2] * b);
            acc += a * b * 0.3 + p[1] * 0.2;
            (ta, tb) = (tb, ta * 0.5);
            acc += Tensor.Sum(ta * tb) * 0.1;
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: switch
    [Differentiable]
    public static double L2(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        b = 0.6 * b + 0.2 * p[1] * a;
        a = 0.8 * a + 0.3 * Math.Sin(v[0] * b);
        for (var i = 0; i < n; i++) u[i] = u[i] switch { < 0.0 => s * 0.2, >= 0.0 and < 0.4 => u[i] * v[i] * 0.5, not > 0.9 => Math.Sin(p[i]) * b, _ => v[i] * a };
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: field
    [Differentiable]
    public static double L3(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var i = 0; i < n; i++) acc += Weights[i % Weights.Length] * v[i] * s;
        for (var i = 0; i < n; i++) acc += Weights[i % Weights.Length] * v[i] * a;
        for (var i = 0; i < n; i++) u[i] = 0.5 * v[i] * b + 0.1 * table[i % table.Length];
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: round
    [Differentiable]
    public static double L4(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        b = 0.6 * b + 0.2 * u[2] * a;
        for (var i = 0; i < n; i++) acc += Math.Round(p[i], 3) * u[i] * 0.4;
        a = 0.8 * a + 0.3 * Math.Sin(p[0] * b);
        for (var k0 = 0; k0 < 2; k0++)
        {
            a = 0.8 * a + 0.3 * Math.Sin(v[0] * b);
            for (var i = 0; i < n; i++) acc += Math.Round(v[i], 1) * p[i] * 0.4;
            b = 0.6 * b + 0.2 * p[2] * a;
        }
        for (var i = 0; i < n; i++) acc += Math.Round(u[i], 2) * v[i] * 0.4;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: tensor
    [Differentiable]
    public static double L5(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var data1 = new double[w.Length];
        for (var i = 0; i < w.Shape[0]; i++) for (var j = 0; j < w.Shape[1]; j++) data1[i * w.Shape[1] + j] = Math.Tanh(w[i, j] * a) + u[j] * 0.2;
        acc += Tensor.Sum(Tensor.FromArray(data1, w.Shape[0], w.Shape[1]) * w) * 0.3;
        for (var k0 = 0; k0 < 2; k0++)
        {
            acc += a * b * 0.3 + p[3] * 0.2;
            var e2 = Tensor.Tanh(w * b);
            for (var i = 0; i < n; i++) u[i] = e2[i % 2, (i + 1) % 3] * v[i] + 0.1 * w.Rank;
            a = 0.8 * a + 0.3 * Math.Sin(p[2] * b);
        }
        for (var k0 = 0; k0 < 2; k0++)
        {
            acc += Tensor.Sum(Tensor.Exp(Tensor.FromArray(v) * 0.3)) * 0.2;
            var e3 = Tensor.Tanh(w * b);
            for (var i = 0; i < n; i++) u[i] = e3[i % 2, (i + 1) % 3] * p[i] + 0.1 * w.Rank;
            var flat4 = Tensor.Reshape(w * a, w.Length);
            for (var i = 0; i < flat4.Length; i++) b += flat4[i] * flat4[i] * 0.05 * w.Shape.Count;
        }
        if (a > b)
        {
            var e5 = Tensor.Tanh(w * b);
            for (var i = 0; i < n; i++) v[i] = e5[i % 2, (i + 1) % 3] * u[i] + 0.1 * w.Rank;
            var data6 = new double[w.Length];
            for (var i = 0; i < w.Shape[0]; i++) for (var j = 0; j < w.Shape[1]; j++) data6[i * w.Shape[1] + j] = Math.Tanh(w[i, j] * a) + v[j] * 0.2;
            acc += Tensor.Sum(Tensor.FromArray(data6, w.Shape[0], w.Shape[1]) * w) * 0.3;
            var data7 = new double[w.Length];
            for (var i = 0; i < w.Shape[0]; i++) for (var j = 0; j < w.Shape[1]; j++) data7[i * w.Shape[1] + j] = Math.Tanh(w[i, j] * a) + u[j] * 0.2;
            acc += Tensor.Sum(Tensor.FromArray(data7, w.Shape[0], w.Shape[1]) * w) * 0.3;
            acc += Tensor.Sum(Tensor.Exp(Tensor.FromArray(v) * 0.3)) * 0.2;
        }
        if (a > b)
        {
            var e8 = Tensor.Tanh(w * b);
            for (var i = 0; i < n; i++) u[i] = e8[i % 2, (i + 1) % 3] * p[i] + 0.1 * w.Rank;
            var e9 = Tensor.Tanh(w * b);
            for (var i = 0; i < n; i++) v[i] = e9[i % 2, (i + 1) % 3] * v[i] + 0.1 * w.Rank;
            b = 0.6 * b + 0.2 * v[0] * a;
            a = 0.8 * a + 0.3 * Math.Sin(p[0] * b);
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: none (control)
    [Differentiable]
    public static double L6(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var k0 = 0; k0 < 2; k0++)
        {
            a = 0.8 * a + 0.3 * Math.Sin(p[3] * b);
            for (var i = 0; i < n; i++) u[i] = 0.5 * p[i] * b + 0.1 * table[i % table.Length];
            b = 0.6 * b + 0.2 * u[0] * a;
        }
        for (var i = 0; i < n; i++) u[i] = 0.7 * u[i] + 0.2 * Math.Sin(v[i] * s);
        if (mode == 1)
        {
            for (var i = 0; i < n; i++) u[i] = Math.Tanh(u[i] + a * 0.3);
            acc += a * b * 0.3 + v[3] * 0.2;
            for (var i = 0; i < n; i++) v[i] = 0.5 * v[i] * b + 0.1 * table[i % table.Length];
        }
        b = 0.6 * b + 0.2 * v[3] * a;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: none (control)
    [Differentiable]
    public static double L7(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        a = 0.8 * a + 0.3 * Math.Sin(v[1] * b);
        acc += a * b * 0.3 + v[2] * 0.2;
        if (s > 0.5)
        {
            a = 0.8 * a + 0.3 * Math.Sin(v[0] * b);
            a = 0.8 * a + 0.3 * Math.Sin(p[2] * b);
            b = 0.6 * b + 0.2 * u[2] * a;
            a = 0.8 * a + 0.3 * Math.Sin(v[0] * b);
        }
        for (var i = 0; i < n; i++) u[i] = 0.7 * u[i] + 0.2 * Math.Sin(u[i] * s);
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: foreach
    [Differentiable]
    public static double L8(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var k0 = 0; k0 < 2; k0++)
        {
            b = 0.6 * b + 0.2 * v[1] * a;
            a = 0.8 * a + 0.3 * Math.Sin(p[1] * b);
            foreach (var x1 in v)
            {
                a = a * 0.9 + x1 * b * 0.1;
            }
            a = 0.8 * a + 0.3 * Math.Sin(u[1] * b);
            acc += a * b * 0.3 + p[1] * 0.2;
        }
        if (mode == 1)
        {
            for (var i = 0; i < n; i++) v[i] = 0.5 * v[i] * b + 0.1 * table[i % table.Length];
            foreach (var x2 in p)
            {
                if (x2 < -0.5) break;
                a = a * 0.9 + x2 * b * 0.1;
            }
            foreach (var x3 in table)
            {
                acc += Math.Sin(x3 * a) * 0.4;
            }
            foreach (var x4 in u)
            {
                if (x4 < -0.5) break;
                a = a * 0.9 + x4 * b * 0.1;
            }
            foreach (var x5 in u)
            {
                a = a * 0.9 + x5 * b * 0.1;
            }
        }
        if (u[0] > v[0])
        {
            for (var i = 0; i < n; i++) u[i] = 0.7 * v[i] + 0.2 * Math.Sin(v[i] * s);
            foreach (var x6 in u)
            {
                acc += Math.Sin(x6 * a) * 0.4;
            }
            a = 0.8 * a + 0.3 * Math.Sin(p[1] * b);
            a = 0.8 * a + 0.3 * Math.Sin(p[3] * b);
            a = 0.8 * a + 0.3 * Math.Sin(u[2] * b);
        }
        for (var i = 0; i < n; i++) v[i] = Math.Tanh(p[i] + a * 0.3);
        for (var i = 0; i < n; i++) u[i] = 0.5 * v[i] * b + 0.1 * table[i % table.Length];
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: swap, round
    [Differentiable]
    public static double L9(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var ta = w * s;
        var tb = Tensor.Tanh(w);
        (u[3], u[1]) = (u[1], u[3] * a);
        if (u[0] > v[0])
        {
            for (var i = 0; i < n; i++) u[i] = 0.7 * v[i] + 0.2 * Math.Sin(p[i] * s);
            a = a * Math.Round(b * 4.0) * 0.3 + Math.Round(a, 3);
            (a, b) = (b, a);
            a = 0.8 * a + 0.3 * Math.Sin(u[2] * b);
        }
        for (var k0 = 0; k0 < 2; k0++)
        {
            for (var i = 0; i < n; i++) acc += Math.Round(u[i], 3) * p[i] * 0.4;
            (a, b) = (b * 0.9 + s, a - 0.1 * p[1]);
            (a, b) = (b, a);
        }
        for (var k0 = 0; k0 < 2; k0++)
        {
            (a, b) = (b, a);
            a = a * Math.Round(b * 4.0) * 0.3 + Math.Round(a, 2);
            (a, b) = (b, a);
            for (var i = 0; i < n; i++) acc += Math.Round(p[i], 3) * p[i] * 0.4;
            for (var i = 0; i < n; i++) acc += Math.Round(u[i], 2) * v[i] * 0.4;
        }
        for (var i = 0; i < n; i++) v[i] = 0.5 * p[i] * b + 0.1 * table[i % table.Length];
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: switch, swap
    [Differentiable]
    public static double L10(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var ta = w * s;
        var tb = Tensor.Tanh(w);
        (ta, tb) = (tb, ta * 0.5);
        acc += Tensor.Sum(ta * tb) * 0.1;
        for (var k0 = 0; k0 < 2; k0++)
        {
            acc += a * b * 0.3 + p[0] * 0.2;
            acc += a * b * 0.3 + u[3] * 0.2;
            (u, v) = (v, u);
            for (var i = 0; i < n; i++) u[i] = Math.Tanh(u[i] + a * 0.3);
            (a, b) = (b * 0.9 + s, a - 0.1 * v[1]);
        }
        (ta, tb) = (tb, ta * 0.5);
        acc += Tensor.Sum(ta * tb) * 0.1;
        for (var k0 = 0; k0 < 2; k0++)
        {
            for (var i = 0; i < n; i++) u[i] = v[i] switch { < 0.0 => s * 0.2, >= 0.0 and < 0.4 => u[i] * a, not > 0.9 => v[i] * u[i] * 0.5, _ => Math.Sin(p[i]) * b };
            (a, b) = (b * 0.9 + s, a - 0.1 * p[1]);
            a = 0.8 * a + 0.3 * Math.Sin(u[2] * b);
            for (var i = 0; i < n; i++) acc += mode switch { 0 => s * 0.2, 1 or 2 => v[i] * a, _ => Math.Sin(p[i]) * b } * 0.3;
            (u, v) = (v, u);
            for (var i = 0; i < n; i++) v[i] = 0.5 * p[i] * b + 0.1 * table[i % table.Length];
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: tensor
    [Differentiable]
    public static double L11(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        b = 0.6 * b + 0.2 * v[1] * a;
        var flat1 = Tensor.Reshape(w * a, w.Length);
        for (var i = 0; i < flat1.Length; i++) b += flat1[i] * flat1[i] * 0.05 * w.Shape.Count;
        for (var i = 0; i < n; i++) v[i] = 0.7 * v[i] + 0.2 * Math.Sin(p[i] * s);
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: field, switch
    [Differentiable]
    public static double L12(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var i = 0; i < n; i++) acc += Weights[i % Weights.Length] * p[i] * s;
        for (var k0 = 0; k0 < 2; k0++)
        {
            for (var i = 0; i < n; i++) acc += Weights[i % Weights.Length] * u[i] * a;
            for (var i = 0; i < n; i++) acc += Weights[i % Weights.Length] * p[i] * a;
            for (var i = 0; i < n; i++) v[i] = u[i] switch { < 0.0 => s * 0.2, >= 0.0 and < 0.4 => u[i] * p[i] * 0.5, not > 0.9 => p[i] * a, _ => Math.Sin(v[i]) * b };
        }
        for (var i = 0; i < n; i++) acc += Weights[i % Weights.Length] * u[i] * b;
        for (var i = 0; i < n; i++) acc += mode switch { 0 => Math.Sin(p[i]) * b, 1 or 2 => v[i] * a, _ => v[i] * v[i] * 0.5 } * 0.3;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: foreach, tensor
    [Differentiable]
    public static double L13(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        b = 0.6 * b + 0.2 * p[2] * a;
        foreach (var x1 in p)
        {
            acc += Math.Sin(x1 * a) * 0.4;
            if (acc > 3.0) break;
        }
        for (var k0 = 0; k0 < 2; k0++)
        {
            var e2 = Tensor.Tanh(w * b);
            for (var i = 0; i < n; i++) u[i] = e2[i % 2, (i + 1) % 3] * v[i] + 0.1 * w.Rank;
            foreach (var x3 in p)
            {
                b += x3 * x3 * 0.05;
            }
            var data4 = new double[w.Length];
            for (var i = 0; i < w.Shape[0]; i++) for (var j = 0; j < w.Shape[1]; j++) data4[i * w.Shape[1] + j] = Math.Tanh(w[i, j] * a) + v[j] * 0.2;
            acc += Tensor.Sum(Tensor.FromArray(data4, w.Shape[0], w.Shape[1]) * w) * 0.3;
            foreach (var x5 in v)
            {
                if (x5 > 0.35) continue;
                b += x5 * x5 * 0.05;
            }
            acc += Tensor.Sum(Tensor.Exp(Tensor.FromArray(p) * 0.3)) * 0.2;
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: swap, foreach
    [Differentiable]
    public static double L14(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var ta = w * s;
        var tb = Tensor.Tanh(w);
        foreach (var x1 in Weights)
        {
            b += x1 * x1 * 0.05;
        }
        (ta, tb) = (tb, ta * 0.5);
        acc += Tensor.Sum(ta * tb) * 0.1;
        acc += a * b * 0.3 + p[0] * 0.2;
        for (var i = 0; i < n; i++) u[i] = 0.5 * u[i] * b + 0.1 * table[i % table.Length];
        for (var k0 = 0; k0 < 2; k0++)
        {
            foreach (var x2 in p)
            {
                acc += Math.Sin(x2 * a) * 0.4;
            }
            foreach (var x3 in Weights)
            {
                if (x3 < -0.5) break;
                acc += Math.Sin(x3 * a) * 0.4;
            }
            for (var i = 0; i < n; i++) v[i] = Math.Tanh(u[i] + a * 0.3);
            foreach (var x4 in p)
            {
                if (x4 < -0.5) break;
                b += x4 * x4 * 0.05;
            }
            for (var i = 0; i < n; i++) v[i] = Math.Tanh(v[i] + a * 0.3);
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: tensor
    [Differentiable]
    public static double L15(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        acc += Tensor.Sum(Tensor.Exp(Tensor.FromArray(p) * 0.3)) * 0.2;
        if (u[0] > v[0])
        {
            var e1 = Tensor.Tanh(w * b);
            for (var i = 0; i < n; i++) u[i] = e1[i % 2, (i + 1) % 3] * u[i] + 0.1 * w.Rank;
            b = 0.6 * b + 0.2 * v[2] * a;
            var data2 = new double[w.Length];
            for (var i = 0; i < w.Shape[0]; i++) for (var j = 0; j < w.Shape[1]; j++) data2[i * w.Shape[1] + j] = Math.Tanh(w[i, j] * a) + u[j] * 0.2;
            acc += Tensor.Sum(Tensor.FromArray(data2, w.Shape[0], w.Shape[1]) * w) * 0.3;
            acc += a * b * 0.3 + u[3] * 0.2;
        }
        var flat3 = Tensor.Reshape(w * a, w.Length);
        for (var i = 0; i < flat3.Length; i++) b += flat3[i] * flat3[i] * 0.05 * w.Shape.Count;
        for (var i = 0; i < n; i++) u[i] = Math.Tanh(v[i] + a * 0.3);
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: tensor, round
    [Differentiable]
    public static double L16(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        b = 0.6 * b + 0.2 * v[3] * a;
        var data1 = new double[w.Length];
        for (var i = 0; i < w.Shape[0]; i++) for (var j = 0; j < w.Shape[1]; j++) data1[i * w.Shape[1] + j] = Math.Tanh(w[i, j] * a) + u[j] * 0.2;
        acc += Tensor.Sum(Tensor.FromArray(data1, w.Shape[0], w.Shape[1]) * w) * 0.3;
        var data2 = new double[w.Length];
        for (var i = 0; i < w.Shape[0]; i++) for (var j = 0; j < w.Shape[1]; j++) data2[i * w.Shape[1] + j] = Math.Tanh(w[i, j] * a) + u[j] * 0.2;
        acc += Tensor.Sum(Tensor.FromArray(data2, w.Shape[0], w.Shape[1]) * w) * 0.3;
        for (var i = 0; i < n; i++) u[i] = 0.7 * p[i] + 0.2 * Math.Sin(p[i] * s);
        if (a > b)
        {
            for (var i = 0; i < n; i++) u[i] = 0.7 * p[i] + 0.2 * Math.Sin(u[i] * s);
            acc += a * b * 0.3 + v[1] * 0.2;
            var flat3 = Tensor.Reshape(w * a, w.Length);
            for (var i = 0; i < flat3.Length; i++) b += flat3[i] * flat3[i] * 0.05 * w.Shape.Count;
            var flat4 = Tensor.Reshape(w * a, w.Length);
            for (var i = 0; i < flat4.Length; i++) b += flat4[i] * flat4[i] * 0.05 * w.Shape.Count;
            b = 0.6 * b + 0.2 * u[0] * a;
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: field, round
    [Differentiable]
    public static double L17(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var k0 = 0; k0 < 2; k0++)
        {
            a = 0.8 * a + 0.3 * Math.Sin(v[3] * b);
            for (var i = 0; i < n; i++) u[i] = 0.5 * v[i] * b + 0.1 * table[i % table.Length];
            acc += a * b * 0.3 + v[3] * 0.2;
            for (var i = 0; i < n; i++) acc += Math.Round(v[i], 2) * p[i] * 0.4;
            for (var i = 0; i < n; i++) v[i] = 0.5 * p[i] * b + 0.1 * table[i % table.Length];
        }
        a = a * Math.Round(b * 4.0) * 0.3 + Math.Round(a, 2);
        for (var i = 0; i < n; i++) u[i] = Math.Tanh(v[i] + a * 0.3);
        for (var i = 0; i < n; i++) acc += Math.Round(u[i], 2) * v[i] * 0.4;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: field
    [Differentiable]
    public static double L18(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var k0 = 0; k0 < 2; k0++)
        {
            for (var i = 0; i < n; i++) acc += Weights[i % Weights.Length] * p[i] * s;
            for (var i = 0; i < n; i++) acc += Weights[i % Weights.Length] * p[i] * acc * 0.1;
            for (var i = 0; i < n; i++) acc += Weights[i % Weights.Length] * u[i] * acc * 0.1;
        }
        for (var i = 0; i < n; i++) acc += Weights[i % Weights.Length] * u[i] * a;
        for (var k0 = 0; k0 < 2; k0++)
        {
            for (var i = 0; i < n; i++) acc += Weights[i % Weights.Length] * u[i] * acc * 0.1;
            for (var i = 0; i < n; i++) acc += Weights[i % Weights.Length] * u[i] * a;
            for (var i = 0; i < n; i++) u[i] = 0.5 * u[i] * b + 0.1 * table[i % table.Length];
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: foreach, round
    [Differentiable]
    public static double L19(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var i = 0; i < n; i++) v[i] = 0.5 * v[i] * b + 0.1 * table[i % table.Length];
        for (var i = 0; i < n; i++) v[i] = 0.5 * v[i] * b + 0.1 * table[i % table.Length];
        for (var i = 0; i < n; i++) v[i] = 0.5 * p[i] * b + 0.1 * table[i % table.Length];
        if (u[0] > v[0])
        {
            b = 0.6 * b + 0.2 * p[1] * a;
            a = 0.8 * a + 0.3 * Math.Sin(u[2] * b);
            a = 0.8 * a + 0.3 * Math.Sin(p[3] * b);
            for (var i = 0; i < n; i++) u[i] = 0.7 * p[i] + 0.2 * Math.Sin(v[i] * s);
        }
        foreach (var x1 in Weights)
        {
            b += x1 * x1 * 0.05;
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: round, tensor
    [Differentiable]
    public static double L20(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        acc += Tensor.Sum(Tensor.Exp(Tensor.FromArray(v) * 0.3)) * 0.2;
        var e1 = Tensor.Tanh(w * b);
        for (var i = 0; i < n; i++) v[i] = e1[i % 2, (i + 1) % 3] * u[i] + 0.1 * w.Rank;
        var e2 = Tensor.Tanh(w * b);
        for (var i = 0; i < n; i++) u[i] = e2[i % 2, (i + 1) % 3] * p[i] + 0.1 * w.Rank;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: tensor
    [Differentiable]
    public static double L21(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var i = 0; i < n; i++) v[i] = 0.7 * p[i] + 0.2 * Math.Sin(v[i] * s);
        for (var k0 = 0; k0 < 2; k0++)
        {
            var e1 = Tensor.Tanh(w * b);
            for (var i = 0; i < n; i++) u[i] = e1[i % 2, (i + 1) % 3] * u[i] + 0.1 * w.Rank;
            var flat2 = Tensor.Reshape(w * a, w.Length);
            for (var i = 0; i < flat2.Length; i++) b += flat2[i] * flat2[i] * 0.05 * w.Shape.Count;
            acc += a * b * 0.3 + u[0] * 0.2;
        }
        acc += Tensor.Sum(Tensor.Exp(Tensor.FromArray(p) * 0.3)) * 0.2;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: field, foreach
    [Differentiable]
    public static double L22(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        foreach (var x1 in u)
        {
            b += x1 * x1 * 0.05;
        }
        for (var i = 0; i < n; i++) acc += Weights[i % Weights.Length] * v[i] * s;
        if (a > b)
        {
            foreach (var x2 in v)
            {
                if (x2 > 0.35) continue;
                b += x2 * x2 * 0.05;
            }
            for (var i = 0; i < n; i++) acc += Weights[i % Weights.Length] * p[i] * s;
            for (var i = 0; i < n; i++) acc += Weights[i % Weights.Length] * p[i] * s;
            acc += a * b * 0.3 + v[3] * 0.2;
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: swap
    [Differentiable]
    public static double L23(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var ta = w * s;
        var tb = Tensor.Tanh(w);
        (a, b) = (b * 0.9 + s, a - 0.1 * u[1]);
        if (mode == 1)
        {
            (ta, tb) = (tb, ta * 0.5);
            acc += Tensor.Sum(ta * tb) * 0.1;
            (u, v) = (v, u);
            for (var i = 0; i < n; i++) u[i] = 0.5 * p[i] * b + 0.1 * table[i % table.Length];
            for (var i = 0; i < n; i++) v[i] = 0.7 * v[i] + 0.2 * Math.Sin(p[i] * s);
            (u[2], u[1]) = (u[1], u[2] * a);
        }
        (u[3], u[0]) = (u[0], u[3] * a);
        (ta, tb) = (tb, ta * 0.5);
        acc += Tensor.Sum(ta * tb) * 0.1;
        (a, b) = (b * 0.9 + s, a - 0.1 * v[1]);
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: foreach, field
    [Differentiable]
    public static double L24(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var i = 0; i < n; i++) acc += Weights[i % Weights.Length] * v[i] * s;
        for (var i = 0; i < n; i++) u[i] = 0.5 * p[i] * b + 0.1 * table[i % table.Length];
        for (var k0 = 0; k0 < 2; k0++)
        {
            for (var i = 0; i < n; i++) acc += Weights[i % Weights.Length] * p[i] * s;
            for (var i = 0; i < n; i++) acc += Weights[i % Weights.Length] * v[i] * b;
            for (var i = 0; i < n; i++) v[i] = Math.Tanh(u[i] + a * 0.3);
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: tensor
    [Differentiable]
    public static double L25(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var i = 0; i < n; i++) v[i] = Math.Tanh(v[i] + a * 0.3);
        for (var i = 0; i < n; i++) u[i] = 0.7 * v[i] + 0.2 * Math.Sin(p[i] * s);
        acc += a * b * 0.3 + u[0] * 0.2;
        var flat1 = Tensor.Reshape(w * a, w.Length);
        for (var i = 0; i < flat1.Length; i++) b += flat1[i] * flat1[i] * 0.05 * w.Shape.Count;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: foreach, swap
    [Differentiable]
    public static double L26(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var ta = w * s;
        var tb = Tensor.Tanh(w);
        foreach (var x1 in Weights)
        {
            b += x1 * x1 * 0.05;
            if (acc > 3.0) break;
        }
        for (var i = 0; i < n; i++) v[i] = 0.5 * u[i] * b + 0.1 * table[i % table.Length];
        foreach (var x2 in u)
        {
            acc += Math.Sin(x2 * a) * 0.4;
            if (acc > 3.0) break;
        }
        for (var i = 0; i < n; i++) u[i] = Math.Tanh(p[i] + a * 0.3);
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: swap, round
    [Differentiable]
    public static double L27(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var ta = w * s;
        var tb = Tensor.Tanh(w);
        a = a * Math.Round(b * 4.0) * 0.3 + Math.Round(a, 3);
        a = a * Math.Round(b * 4.0) * 0.3 + Math.Round(a, 1);
        if (mode == 1)
        {
            (a, b) = (b, a);
            for (var i = 0; i < n; i++) u[i] = 0.7 * v[i] + 0.2 * Math.Sin(p[i] * s);
            for (var i = 0; i < n; i++) u[i] = 0.5 * u[i] * b + 0.1 * table[i % table.Length];
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: field, foreach
    [Differentiable]
    public static double L28(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var k0 = 0; k0 < 2; k0++)
        {
            for (var i = 0; i < n; i++) acc += Weights[i % Weights.Length] * u[i] * s;
            for (var i = 0; i < n; i++) u[i] = 0.5 * p[i] * b + 0.1 * table[i % table.Length];
            foreach (var x1 in table)
            {
                acc += Math.Sin(x1 * a) * 0.4;
                if (acc > 3.0) break;
            }
            b = 0.6 * b + 0.2 * v[1] * a;
        }
        for (var i = 0; i < n; i++) acc += Weights[i % Weights.Length] * p[i] * a;
        for (var i = 0; i < n; i++) acc += Weights[i % Weights.Length] * v[i] * s;
        foreach (var x2 in p)
        {
            if (x2 > 0.35) continue;
            acc += Math.Sin(x2 * a) * 0.4;
        }
        for (var i = 0; i < n; i++) acc += Weights[i % Weights.Length] * p[i] * b;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: tensor, swap
    [Differentiable]
    public static double L29(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var ta = w * s;
        var tb = Tensor.Tanh(w);
        for (var k0 = 0; k0 < 2; k0++)
        {
            var e1 = Tensor.Tanh(w * b);
            for (var i = 0; i < n; i++) u[i] = e1[i % 2, (i + 1) % 3] * u[i] + 0.1 * w.Rank;
            var e2 = Tensor.Tanh(w * b);
            for (var i = 0; i < n; i++) u[i] = e2[i % 2, (i + 1) % 3] * u[i] + 0.1 * w.Rank;
            var flat3 = Tensor.Reshape(w * a, w.Length);
            for (var i = 0; i < flat3.Length; i++) b += flat3[i] * flat3[i] * 0.05 * w.Shape.Count;
            for (var i = 0; i < n; i++) v[i] = 0.5 * v[i] * b + 0.1 * table[i % table.Length];
        }
        (a, b) = (b * 0.9 + s, a - 0.1 * p[1]);
        acc += Tensor.Sum(Tensor.Exp(Tensor.FromArray(v) * 0.3)) * 0.2;
        (a, b) = (b * 0.9 + s, a - 0.1 * u[1]);
        for (var i = 0; i < n; i++) u[i] = 0.5 * u[i] * b + 0.1 * table[i % table.Length];
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: round
    [Differentiable]
    public static double L30(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var k0 = 0; k0 < 2; k0++)
        {
            for (var i = 0; i < n; i++) v[i] = 0.7 * p[i] + 0.2 * Math.Sin(u[i] * s);
            a = a * Math.Round(b * 4.0) * 0.3 + Math.Round(a, 3);
            for (var i = 0; i < n; i++) v[i] = Math.Tanh(v[i] + a * 0.3);
            for (var i = 0; i < n; i++) u[i] = Math.Tanh(v[i] + a * 0.3);
            a = 0.8 * a + 0.3 * Math.Sin(u[0] * b);
        }
        for (var i = 0; i < n; i++) acc += Math.Round(u[i], 2) * p[i] * 0.4;
        acc += a * b * 0.3 + v[1] * 0.2;
        if (a > b)
        {
            a = a * Math.Round(b * 4.0) * 0.3 + Math.Round(a, 1);
            for (var i = 0; i < n; i++) acc += Math.Round(v[i], 3) * p[i] * 0.4;
            b = 0.6 * b + 0.2 * v[3] * a;
            for (var i = 0; i < n; i++) acc += Math.Round(p[i], 1) * p[i] * 0.4;
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: swap
    [Differentiable]
    public static double L31(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var ta = w * s;
        var tb = Tensor.Tanh(w);
        a = 0.8 * a + 0.3 * Math.Sin(p[2] * b);
        for (var i = 0; i < n; i++) u[i] = 0.7 * u[i] + 0.2 * Math.Sin(p[i] * s);
        (ta, tb) = (tb, ta * 0.5);
        acc += Tensor.Sum(ta * tb) * 0.1;
        for (var k0 = 0; k0 < 2; k0++)
        {
            (ta, tb) = (tb, ta * 0.5);
            acc += Tensor.Sum(ta * tb) * 0.1;
            (a, b) = (b * 0.9 + s, a - 0.1 * v[1]);
            (ta, tb) = (tb, ta * 0.5);
            acc += Tensor.Sum(ta * tb) * 0.1;
            (u, v) = (v, u);
            for (var i = 0; i < n; i++) v[i] = 0.5 * u[i] * b + 0.1 * table[i % table.Length];
        }
        for (var k0 = 0; k0 < 2; k0++)
        {
            acc += a * b * 0.3 + v[0] * 0.2;
            (u[0], u[3]) = (u[3], u[0] * a);
            a = 0.8 * a + 0.3 * Math.Sin(u[0] * b);
            (a, b) = (b * 0.9 + s, a - 0.1 * p[1]);
            (ta, tb) = (tb, ta * 0.5);
            acc += Tensor.Sum(ta * tb) * 0.1;
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: field
    [Differentiable]
    public static double L32(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var i = 0; i < n; i++) acc += Weights[i % Weights.Length] * v[i] * b;
        for (var i = 0; i < n; i++) acc += Weights[i % Weights.Length] * u[i] * b;
        if (s > 0.5)
        {
            a = 0.8 * a + 0.3 * Math.Sin(u[2] * b);
            for (var i = 0; i < n; i++) acc += Weights[i % Weights.Length] * u[i] * a;
            for (var i = 0; i < n; i++) acc += Weights[i % Weights.Length] * v[i] * a;
            for (var i = 0; i < n; i++) u[i] = Math.Tanh(u[i] + a * 0.3);
            for (var i = 0; i < n; i++) acc += Weights[i % Weights.Length] * v[i] * acc * 0.1;
        }
        for (var i = 0; i < n; i++) acc += Weights[i % Weights.Length] * u[i] * s;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: round, field
    [Differentiable]
    public static double L33(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        a = a * Math.Round(b * 4.0) * 0.3 + Math.Round(a, 1);
        acc += a * b * 0.3 + p[2] * 0.2;
        for (var i = 0; i < n; i++) v[i] = 0.5 * p[i] * b + 0.1 * table[i % table.Length];
        for (var i = 0; i < n; i++) acc += Weights[i % Weights.Length] * p[i] * acc * 0.1;
        if (u[0] > v[0])
        {
            for (var i = 0; i < n; i++) acc += Weights[i % Weights.Length] * p[i] * s;
            for (var i = 0; i < n; i++) acc += Math.Round(v[i], 2) * u[i] * 0.4;
            for (var i = 0; i < n; i++) acc += Weights[i % Weights.Length] * v[i] * b;
            a = a * Math.Round(b * 4.0) * 0.3 + Math.Round(a, 2);
            for (var i = 0; i < n; i++) acc += Math.Round(v[i], 2) * v[i] * 0.4;
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: foreach
    [Differentiable]
    public static double L34(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        foreach (var x1 in u)
        {
            if (x1 < -0.5) break;
            b += x1 * x1 * 0.05;
        }
        for (var i = 0; i < n; i++) u[i] = 0.5 * u[i] * b + 0.1 * table[i % table.Length];
        b = 0.6 * b + 0.2 * v[3] * a;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: field, foreach
    [Differentiable]
    public static double L35(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var i = 0; i < n; i++) acc += Weights[i % Weights.Length] * p[i] * b;
        foreach (var x1 in Weights)
        {
            if (x1 > 0.35) continue;
            acc += Math.Sin(x1 * a) * 0.4;
        }
        foreach (var x2 in p)
        {
            if (x2 < -0.5) break;
            b += x2 * x2 * 0.05;
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: swap
    [Differentiable]
    public static double L36(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var ta = w * s;
        var tb = Tensor.Tanh(w);
        for (var k0 = 0; k0 < 2; k0++)
        {
            (u, v) = (v, u);
            for (var i = 0; i < n; i++) u[i] = 0.5 * p[i] * b + 0.1 * table[i % table.Length];
            (a, b) = (b, a);
            (ta, tb) = (tb, ta * 0.5);
            acc += Tensor.Sum(ta * tb) * 0.1;
            b = 0.6 * b + 0.2 * v[1] * a;
        }
        for (var k0 = 0; k0 < 2; k0++)
        {
            (u, v) = (v, u);
            for (var i = 0; i < n; i++) u[i] = 0.7 * u[i] + 0.2 * Math.Sin(u[i] * s);
            for (var i = 0; i < n; i++) u[i] = Math.Tanh(u[i] + a * 0.3);
            (ta, tb) = (tb, ta * 0.5);
            acc += Tensor.Sum(ta * tb) * 0.1;
            (ta, tb) = (tb, ta * 0.5);
            acc += Tensor.Sum(ta * tb) * 0.1;
            (a, b) = (b * 0.9 + s, a - 0.1 * u[1]);
        }
        (a, b) = (b, a);
        (ta, tb) = (tb, ta * 0.5);
        acc += Tensor.Sum(ta * tb) * 0.1;
        if (a > b)
        {
            (a, b) = (b, a);
            for (var i = 0; i < n; i++) u[i] = 0.5 * u[i] * b + 0.1 * table[i % table.Length];
            (u[1], u[0]) = (u[0], u[1] * a);
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: foreach, tensor
    [Differentiable]
    public static double L37(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var k0 = 0; k0 < 2; k0++)
        {
            for (var i = 0; i < n; i++) v[i] = 0.7 * p[i] + 0.2 * Math.Sin(v[i] * s);
            for (var i = 0; i < n; i++) v[i] = 0.5 * p[i] * b + 0.1 * table[i % table.Length];
            for (var i = 0; i < n; i++) v[i] = 0.5 * u[i] * b + 0.1 * table[i % table.Length];
            acc += Tensor.Sum(Tensor.Exp(Tensor.FromArray(p) * 0.3)) * 0.2;
            b = 0.6 * b + 0.2 * v[3] * a;
        }
        var data1 = new double[w.Length];
        for (var i = 0; i < w.Shape[0]; i++) for (var j = 0; j < w.Shape[1]; j++) data1[i * w.Shape[1] + j] = Math.Tanh(w[i, j] * a) + v[j] * 0.2;
        acc += Tensor.Sum(Tensor.FromArray(data1, w.Shape[0], w.Shape[1]) * w) * 0.3;
        for (var k0 = 0; k0 < 2; k0++)
        {
            foreach (var x2 in u)
            {
                if (x2 > 0.35) continue;
                a = a * 0.9 + x2 * b * 0.1;
            }
            var e3 = Tensor.Tanh(w * b);
            for (var i = 0; i < n; i++) v[i] = e3[i % 2, (i + 1) % 3] * p[i] + 0.1 * w.Rank;
            acc += Tensor.Sum(Tensor.Exp(Tensor.FromArray(u) * 0.3)) * 0.2;
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: round
    [Differentiable]
    public static double L38(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var i = 0; i < n; i++) v[i] = 0.5 * v[i] * b + 0.1 * table[i % table.Length];
        for (var k0 = 0; k0 < 2; k0++)
        {
            a = a * Math.Round(b * 4.0) * 0.3 + Math.Round(a, 3);
            b = 0.6 * b + 0.2 * p[0] * a;
            a = a * Math.Round(b * 4.0) * 0.3 + Math.Round(a, 3);
        }
        a = a * Math.Round(b * 4.0) * 0.3 + Math.Round(a, 2);
        if (a > b)
        {
            for (var i = 0; i < n; i++) u[i] = 0.5 * v[i] * b + 0.1 * table[i % table.Length];
            for (var i = 0; i < n; i++) acc += Math.Round(p[i], 1) * p[i] * 0.4;
            a = a * Math.Round(b * 4.0) * 0.3 + Math.Round(a, 2);
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: round
    [Differentiable]
    public static double L39(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        if (a > b)
        {
            for (var i = 0; i < n; i++) u[i] = 0.7 * u[i] + 0.2 * Math.Sin(u[i] * s);
            a = a * Math.Round(b * 4.0) * 0.3 + Math.Round(a, 3);
            for (var i = 0; i < n; i++) acc += Math.Round(p[i], 3) * p[i] * 0.4;
            for (var i = 0; i < n; i++) u[i] = 0.7 * v[i] + 0.2 * Math.Sin(v[i] * s);
        }
        for (var i = 0; i < n; i++) acc += Math.Round(p[i], 1) * v[i] * 0.4;
        acc += a * b * 0.3 + v[0] * 0.2;
        for (var i = 0; i < n; i++) acc += Math.Round(p[i], 2) * p[i] * 0.4;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: foreach, swap
    [Differentiable]
    public static double L40(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var ta = w * s;
        var tb = Tensor.Tanh(w);
        if (u[0] > v[0])
        {
            a = 0.8 * a + 0.3 * Math.Sin(v[1] * b);
            (u[1], u[3]) = (u[3], u[1] * a);
            acc += a * b * 0.3 + v[2] * 0.2;
            (a, b) = (b, a);
        }
        foreach (var x1 in Weights)
        {
            if (x1 > 0.35) continue;
            a = a * 0.9 + x1 * b * 0.1;
        }
        for (var i = 0; i < n; i++) u[i] = 0.5 * u[i] * b + 0.1 * table[i % table.Length];
        for (var k0 = 0; k0 < 2; k0++)
        {
            (ta, tb) = (tb, ta * 0.5);
            acc += Tensor.Sum(ta * tb) * 0.1;
            (u[0], u[1]) = (u[1], u[0] * a);
            (a, b) = (b * 0.9 + s, a - 0.1 * p[1]);
            (u, v) = (v, u);
            for (var i = 0; i < n; i++) v[i] = 0.5 * p[i] * b + 0.1 * table[i % table.Length];
            (a, b) = (b * 0.9 + s, a - 0.1 * u[1]);
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: foreach
    [Differentiable]
    public static double L41(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var i = 0; i < n; i++) v[i] = 0.5 * u[i] * b + 0.1 * table[i % table.Length];
        for (var k0 = 0; k0 < 2; k0++)
        {
            foreach (var x1 in Weights)
            {
                if (x1 < -0.5) break;
                acc += Math.Sin(x1 * a) * 0.4;
            }
            a = 0.8 * a + 0.3 * Math.Sin(u[2] * b);
            b = 0.6 * b + 0.2 * p[2] * a;
            acc += a * b * 0.3 + u[2] * 0.2;
            a = 0.8 * a + 0.3 * Math.Sin(v[3] * b);
        }
        foreach (var x2 in table)
        {
            a = a * 0.9 + x2 * b * 0.1;
            if (acc > 3.0) break;
        }
        foreach (var x3 in p)
        {
            acc += Math.Sin(x3 * a) * 0.4;
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: field
    [Differentiable]
    public static double L42(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var i = 0; i < n; i++) acc += Weights[i % Weights.Length] * p[i] * a;
        b = 0.6 * b + 0.2 * v[2] * a;
        for (var i = 0; i < n; i++) v[i] = 0.5 * u[i] * b + 0.1 * table[i % table.Length];
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: none (control)
    [Differentiable]
    public static double L43(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        if (u[0] > v[0])
        {
            for (var i = 0; i < n; i++) v[i] = Math.Tanh(v[i] + a * 0.3);
            for (var i = 0; i < n; i++) u[i] = 0.5 * p[i] * b + 0.1 * table[i % table.Length];
            for (var i = 0; i < n; i++) v[i] = 0.7 * u[i] + 0.2 * Math.Sin(v[i] * s);
            for (var i = 0; i < n; i++) v[i] = 0.7 * p[i] + 0.2 * Math.Sin(u[i] * s);
        }
        a = 0.8 * a + 0.3 * Math.Sin(v[2] * b);
        a = 0.8 * a + 0.3 * Math.Sin(v[3] * b);
        acc += a * b * 0.3 + p[2] * 0.2;
        b = 0.6 * b + 0.2 * v[1] * a;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: swap
    [Differentiable]
    public static double L44(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var ta = w * s;
        var tb = Tensor.Tanh(w);
        if (a > b)
        {
            (ta, tb) = (tb, ta * 0.5);
            acc += Tensor.Sum(ta * tb) * 0.1;
            (ta, tb) = (tb, ta * 0.5);
            acc += Tensor.Sum(ta * tb) * 0.1;
            (u[1], u[0]) = (u[0], u[1] * a);
            (a, b) = (b, a);
            for (var i = 0; i < n; i++) v[i] = Math.Tanh(v[i] + a * 0.3);
        }
        a = 0.8 * a + 0.3 * Math.Sin(v[1] * b);
        acc += a * b * 0.3 + u[0] * 0.2;
        acc += a * b * 0.3 + p[1] * 0.2;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: round
    [Differentiable]
    public static double L45(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        a = 0.8 * a + 0.3 * Math.Sin(v[0] * b);
        for (var i = 0; i < n; i++) acc += Math.Round(p[i], 1) * u[i] * 0.4;
        a = a * Math.Round(b * 4.0) * 0.3 + Math.Round(a, 2);
        a = 0.8 * a + 0.3 * Math.Sin(u[1] * b);
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: round
    [Differentiable]
    public static double L46(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        a = a * Math.Round(b * 4.0) * 0.3 + Math.Round(a, 3);
        acc += a * b * 0.3 + u[0] * 0.2;
        for (var i = 0; i < n; i++) acc += Math.Round(v[i], 3) * u[i] * 0.4;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

    // features: foreach, swap
    [Differentiable]
    public static double L47(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
    {
        var n = p.Length;
        var acc = 0.0;
        var a = s * 0.5 + p[0];
        var b = Math.Cos(p[1]) * s;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var ta = w * s;
        var tb = Tensor.Tanh(w);
        for (var i = 0; i < n; i++) v[i] = Math.Tanh(v[i] + a * 0.3);
        foreach (var x1 in table)
        {
            if (x1 > 0.35) continue;
            a = a * 0.9 + x1 * b * 0.1;
        }
        foreach (var x2 in v)
        {
            if (x2 < -0.5) break;
            acc += Math.Sin(x2 * a) * 0.4;
        }
        foreach (var x3 in p)
        {
            if (x3 < -0.5) break;
            a = a * 0.9 + x3 * b * 0.1;
        }
        for (var k0 = 0; k0 < 2; k0++)
        {
            (u, v) = (v, u);
            for (var i = 0; i < n; i++) u[i] = Math.Tanh(p[i] + a * 0.3);
            foreach (var x4 in u)
            {
                if (x4 > 0.35) continue;
                acc += Math.Sin(x4 * a) * 0.4;
            }
            (u[3], u[2]) = (u[2], u[3] * a);
            foreach (var x5 in p)
            {
                if (x5 < -0.5) break;
                a = a * 0.9 + x5 * b * 0.1;
            }
            b = 0.6 * b + 0.2 * v[0] * a;
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;
    }

}
