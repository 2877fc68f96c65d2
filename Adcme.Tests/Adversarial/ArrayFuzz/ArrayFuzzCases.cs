// Written by gen_arrays.py 1 60: do not edit; change the script and run it again.
namespace Adcme.Tests.Adversarial.ArrayFuzz;

public static partial class ArrayFuzzCases
{
    [Differentiable]
    public static double H1(double[] v, double s)
    {
        var r = 0.0;
        for (var i = 0; i < v.Length; i++) r += Math.Tanh(v[i] * s + 0.1 * i) * v[i];
        return r * 0.3;
    }

    [Differentiable]
    public static double Mix(double[] x, double[] a, double[] b)
    {
        var r = 0.0;
        for (var i = 0; i < a.Length; i++) r += a[i] * Math.Sin(x[i % x.Length]);
        for (var i = 0; i < b.Length; i++) r += b[i] * x[i % x.Length] * 0.5;
        return r;
    }

    [Differentiable]
    public static double HD(double[] v, double s) => ArrayFuzzPrimitives.Drift(v[0] * s) * 0.5 + H1(v, s);

    [Differentiable]
    public static Tensor TH(double[] v, Tensor c, double s) => c * (v[0] * s) + Tensor.Tanh(c * v[v.Length - 1]);

    [Differentiable]
    public static Tensor TScale(double[] v, Tensor x) => Tensor.Tanh(x * (0.5 + 0.1 * v[0])) + x * 0.3;

    // features: rebind
    [Differentiable]
    public static double A0(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        if (u[0] > v[0])
        {
            acc += H1(u, s) * -0.4;
            var next1 = new double[n];
            for (var i = 0; i < n; i++) next1[i] = 0.8 * u[i] + 0.2 * Math.Sin(u[i]);
            u = next1;
            var next2 = new double[n];
            for (var i = 0; i < n; i++) next2[i] = 0.8 * u[i] + 0.2 * Math.Sin(u[i]);
            u = next2;
            var old3 = u;
            u = new double[n];
            for (var i = 0; i < n; i++) u[i] = 0.9 * old3[i] + 0.1 * s;
            for (var i = 0; i < n; i++) u[i] = 0.5 * u[i] + 0.3 * p[i] * s + 0.1 * table[i % table.Length];
        }
        else
        {
            for (var i = 0; i < n; i++) u[i] = Math.Tanh(p[i] + s * table[i % table.Length]);
            for (var i = 0; i < n; i++) v[i] = p[i] * 0.9 + 0.05 * (i + 1) * s;
            acc += H1(p, s) * 0.5;
            acc += H1(v, s) * 1.0;
            var next4 = new double[n];
            for (var i = 0; i < n; i++) next4[i] = 0.8 * v[i] + 0.2 * Math.Sin(p[i]);
            v = next4;
        }
        acc += H1(v, s) * 0.3;
        var next5 = new double[n];
        for (var i = 0; i < n; i++) next5[i] = 0.8 * v[i] + 0.2 * Math.Sin(p[i]);
        v = next5;
        acc += H1(v, s) * 0.3;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: swap
    [Differentiable]
    public static double A1(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        acc += H1(u, s) * 0.5;
        for (var i = 0; i < n; i++) v[i] = 0.5 * u[i] + 0.3 * Math.Sin(v[i] * s);
        var swap1 = u;
        u = v;
        v = swap1;
        for (var i = 0; i < n; i++) u[i] = Math.Sin(p[i]) * 0.8 + 0.2 * p[i];
        for (var i = 0; i < n; i++) v[i] = 0.5 * p[i] + 0.3 * p[i] * s + 0.1 * table[i % table.Length];
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: primitive
    [Differentiable]
    public static double A2(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var coef = new double[3];
        for (var i = 0; i < coef.Length; i++) coef[i] = table[i] + 0.5 * i;
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += H1(p, s) * 0.5;
            for (var j1 = 0; j1 < steps; j1++)
            {
                for (var i = 0; i < coef.Length; i++) coef[i] = table[i] * (j1 + 1) + i;
                acc += ArrayFuzzPrimitives.WSin(p, coef) * 0.5;
            }
            acc += ArrayFuzzPrimitives.Dot(u, p) * 0.2;
            for (var i = 0; i < n; i++) u[i] = 0.7 * p[i] * Math.Cos(0.3 * p[i]);
            for (var j2 = 0; j2 < steps; j2++)
            {
                for (var i = 0; i < coef.Length; i++) coef[i] = table[i] * (j2 + 1) + i;
                acc += ArrayFuzzPrimitives.WSin(u, coef) * 0.5;
            }
            for (var i = 0; i < n; i++) u[i] = u[i] * 0.9 + 0.05 * (i + 1) * s;
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += H1(v, s) * 1.0;
            if (s > 0.5)
            {
                acc += ArrayFuzzPrimitives.WSin(v, coef) * 0.5;
                for (var i = 0; i < coef.Length; i++) coef[i] = table[i] * 0.8 + i;
                for (var i = 0; i < n; i++) v[i] = Math.Sin(v[i]) * 0.8 + 0.2 * p[i];
                acc += ArrayFuzzPrimitives.Dot(v, u) * 0.2;
                for (var i = 0; i < n; i++) v[i] = 0.5 * p[i] + 0.3 * p[i] * s + 0.1 * table[i % table.Length];
                for (var i = 0; i < n; i++) u[i] = Math.Tanh(u[i] + s * table[i % table.Length]);
                acc += ArrayFuzzPrimitives.Dot(v, p) * 0.2;
                for (var i = 0; i < n; i++) v[i] = Math.Tanh(p[i] + s * table[i % table.Length]);
            }
            acc += ArrayFuzzPrimitives.Dot(v, p) * 0.2;
            for (var i = 0; i < n; i++) v[i] = v[i] * 0.9 + 0.05 * (i + 1) * s;
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += ArrayFuzzPrimitives.WSin(u, coef) * 1.0;
                for (var i = 0; i < coef.Length; i++) coef[i] = table[i] * -0.3 + i;
                for (var j3 = 0; j3 < steps; j3++)
                {
                    for (var i = 0; i < coef.Length; i++) coef[i] = table[i] * (j3 + 1) + i;
                    acc += ArrayFuzzPrimitives.WSin(u, coef) * -0.4;
                }
                for (var j4 = 0; j4 < steps; j4++)
                {
                    for (var i = 0; i < coef.Length; i++) coef[i] = table[i] * (j4 + 1) + i;
                    acc += ArrayFuzzPrimitives.WSin(u, coef) * -0.4;
                }
                acc += H1(p, s) * 1.0;
            }
            for (var j5 = 0; j5 < steps; j5++)
            {
                for (var i = 0; i < coef.Length; i++) coef[i] = table[i] * (j5 + 1) + i;
                acc += ArrayFuzzPrimitives.WSin(p, coef) * -0.4;
            }
        }
        acc += ArrayFuzzPrimitives.Dot(v, u) * 0.2;
        for (var i = 0; i < n; i++) v[i] = 0.5 * p[i] + 0.3 * v[i] * s + 0.1 * table[i % table.Length];
        acc += ArrayFuzzPrimitives.Dot(u, v) * 0.2;
        for (var i = 0; i < n; i++) u[i] = Math.Sin(u[i]) * 0.8 + 0.2 * p[i];
        for (var j6 = 0; j6 < steps; j6++)
        {
            for (var i = 0; i < coef.Length; i++) coef[i] = table[i] * (j6 + 1) + i;
            acc += ArrayFuzzPrimitives.WSin(v, coef) * -0.4;
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: tensorcall
    [Differentiable]
    public static double A3(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        if (s > 0.5)
        {
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += H1(p, s) * 0.5;
                for (var i = 0; i < n; i++) v[i] = 0.5 * v[i] + 0.3 * u[i] * s + 0.1 * table[i % table.Length];
                acc += H1(p, s) * -0.4;
                acc += Tensor.Sum(TH(v, c, s)) * -0.4;
                for (var i = 0; i < n; i++) u[i] = 0.5 * u[i] + 0.3 * p[i] * s + 0.1 * table[i % table.Length];
            }
            for (var i = 0; i < n; i++) u[i] = 0.7 * u[i] * Math.Cos(0.3 * v[i]);
            acc += Tensor.Sum(TH(v, c, s)) * 1.0;
            for (var i = 0; i < n; i++) v[i] = 0.5 * u[i] + 0.3 * p[i] * s + 0.1 * table[i % table.Length];
            var unused1 = TH(v, c, s);
            if (s > 5.0) acc += Tensor.Sum(unused1);
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += H1(u, s) * 0.5;
            acc += Tensor.Sum(TH(u, c, s)) * 0.5;
            for (var i = 0; i < n; i++) u[i] = Math.Tanh(p[i] + s * table[i % table.Length]);
            acc += 0.0 * Tensor.Sum(TH(u, c, s));
            acc += Tensor.Sum(TH(v, c, s)) * -0.4;
            for (var i = 0; i < n; i++) v[i] = 0.5 * u[i] + 0.3 * u[i] * s + 0.1 * table[i % table.Length];
            var unused2 = TH(v, c, s);
            if (s > 5.0) acc += Tensor.Sum(unused2);
            acc += Tensor.Sum(TH(v, c, s)) * -0.4;
            for (var i = 0; i < n; i++) v[i] = Math.Sin(v[i]) * 0.8 + 0.2 * p[i];
            var unused3 = TH(v, c, s);
            if (s > 5.0) acc += Tensor.Sum(unused3);
        }
        acc += Tensor.Sum(TH(v, c, s)) * 0.3;
        if (u[0] > v[0])
        {
            acc += Tensor.Sum(TH(v, c, s)) * 1.0;
            for (var i = 0; i < n; i++) v[i] = 0.5 * u[i] + 0.3 * v[i] * s + 0.1 * table[i % table.Length];
            acc += 0.0 * Tensor.Sum(TH(v, c, s));
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += 0.0 * Tensor.Sum(TH(u, c, s));
                acc += Tensor.Sum(TH(u, c, s)) * 1.0;
                for (var i = 0; i < n; i++) u[i] = Math.Tanh(u[i] + s * table[i % table.Length]);
                acc += 0.0 * Tensor.Sum(TH(u, c, s));
                var unused4 = TH(v, c, s);
                if (s > 5.0) acc += Tensor.Sum(unused4);
                acc += Tensor.Sum(TH(v, c, s)) * 0.5;
                for (var i = 0; i < n; i++) v[i] = 0.6 * p[i] + 0.4 * Math.Sin(v[i] * s);
                acc += 0.0 * Tensor.Sum(TH(v, c, s));
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += H1(u, s) * 0.5;
                acc += Tensor.Sum(TH(v, c, s)) * 0.5;
                for (var i = 0; i < n; i++) v[i] = 0.7 * p[i] * Math.Cos(0.3 * p[i]);
                acc += H1(u, s) * 0.5;
            }
            var unused5 = TH(u, c, s);
            if (s > 5.0) acc += Tensor.Sum(unused5);
            var lost6 = TH(v, c, s);
            lost6 = c * s;
            acc += Tensor.Sum(lost6) * 0.1;
        }
        else
        {
            var lost7 = TH(u, c, s);
            lost7 = c * s;
            acc += Tensor.Sum(lost7) * 0.1;
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += Tensor.Sum(TH(u, c, s)) * 0.3;
                for (var i = 0; i < n; i++) u[i] = 0.5 * v[i] + 0.3 * p[i] * s + 0.1 * table[i % table.Length];
                var unused8 = TH(u, c, s);
                if (s > 5.0) acc += Tensor.Sum(unused8);
                acc += Tensor.Sum(TH(u, c, s)) * 0.3;
                for (var i = 0; i < n; i++) u[i] = Math.Tanh(v[i] + s * table[i % table.Length]);
                acc += Tensor.Sum(TH(v, c, s)) * 0.3;
                for (var i = 0; i < n; i++) v[i] = u[i] * 0.9 + 0.05 * (i + 1) * s;
                acc += 0.0 * Tensor.Sum(TH(v, c, s));
                var unused9 = TH(u, c, s);
                if (s > 5.0) acc += Tensor.Sum(unused9);
            }
            acc += 0.0 * Tensor.Sum(TH(v, c, s));
            acc += Tensor.Sum(TH(v, c, s)) * -0.4;
            for (var i = 0; i < n; i++) v[i] = Math.Tanh(p[i] + s * table[i % table.Length]);
            acc += 0.0 * Tensor.Sum(TH(v, c, s));
        }
        for (var i = 0; i < n; i++) v[i] = p[i] * 0.9 + 0.05 * (i + 1) * s;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: paramalias
    [Differentiable]
    public static double A4(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var q = p;
        acc += H1(q, s) * 0.3;
        q = v;
        acc += H1(q, s) * 0.5;
        p = u;
        acc += H1(p, s) * 0.3;
        for (var i = 0; i < n; i++) u[i] = Math.Sin(v[i]) * 0.8 + 0.2 * p[i];
        q = p;
        acc += H1(q, s) * -0.4;
        for (var i = 0; i < n; i++) u[i] = Math.Sin(u[i]) * 0.8 + 0.2 * p[i];
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05 + q[i] * 0.02;
        return acc;
    }

    // features: tensorloop
    [Differentiable]
    public static double A5(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var tt1 = c;
        for (var j2 = 0; j2 < steps; j2++) tt1 = TScale(v, tt1);
        acc += Tensor.Sum(tt1) * 0.2;
        if (acc > 100.0)
        {
            var tt3 = c;
            for (var j4 = 0; j4 < steps; j4++) tt3 = TScale(v, tt3);
            acc += Tensor.Sum(tt3) * 0.2;
            for (var i = 0; i < n; i++) v[i] = Math.Sin(v[i]) * 0.8 + 0.2 * p[i];
            acc += H1(v, s) * 0.5;
        }
        else
        {
            var tt5 = c;
            for (var j6 = 0; j6 < steps; j6++) tt5 = TScale(v, tt5);
            acc += Tensor.Sum(tt5) * 0.2;
            acc += H1(u, s) * 1.0;
            var tt7 = c;
            for (var j8 = 0; j8 < steps; j8++) tt7 = TScale(v, tt7);
            acc += Tensor.Sum(tt7) * 0.2;
        }
        var tt9 = c;
        for (var j10 = 0; j10 < steps; j10++) tt9 = TScale(u, tt9);
        acc += Tensor.Sum(tt9) * 0.2;
        for (var k0 = 0; k0 < steps; k0++)
        {
            var tt11 = c;
            for (var j12 = 0; j12 < steps; j12++) tt11 = TScale(v, tt11);
            acc += Tensor.Sum(tt11) * 0.2;
            var tt13 = c;
            for (var j14 = 0; j14 < steps; j14++) tt13 = TScale(u, tt13);
            acc += Tensor.Sum(tt13) * 0.2;
            var tt15 = c;
            for (var j16 = 0; j16 < steps; j16++) tt15 = TScale(u, tt15);
            acc += Tensor.Sum(tt15) * 0.2;
            acc += H1(p, s) * 0.5;
            var tt17 = c;
            for (var j18 = 0; j18 < steps; j18++) tt17 = TScale(v, tt17);
            acc += Tensor.Sum(tt17) * 0.2;
        }
        var tt19 = c;
        for (var j20 = 0; j20 < steps; j20++) tt19 = TScale(v, tt19);
        acc += Tensor.Sum(tt19) * 0.2;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: ndpair
    [Differentiable]
    public static double A6(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var coef = new double[3];
        for (var i = 0; i < coef.Length; i++) coef[i] = table[i] + 0.5 * i;
        acc += Mix(v, coef, table) * 0.1;
        acc += H1(v, s) * 1.0;
        acc += H1(v, s) * 0.3;
        acc += H1(u, s) * 0.3;
        for (var i = 0; i < n; i++) v[i] = Math.Tanh(v[i] + s * table[i % table.Length]);
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: ordered
    [Differentiable]
    public static double A7(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += H1(v, s) * 1.0;
            var unused1 = HD(u, s);
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += H1(p, s) * 1.0;
                acc += Math.Sin(ArrayFuzzPrimitives.Drift(p[0])) * 0.5;
                for (var i = 0; i < n; i++) u[i] = 0.6 * p[i] + 0.4 * Math.Sin(p[i] * s);
                acc += Math.Sin(ArrayFuzzPrimitives.Drift(v[0])) * 0.5;
                acc += H1(v, s) * 0.3;
            }
            acc += Math.Sin(ArrayFuzzPrimitives.Drift(v[0])) * 0.5;
            for (var i = 0; i < n; i++) u[i] = 0.5 * p[i] + 0.3 * p[i] * s + 0.1 * table[i % table.Length];
            if (s > 0.5)
            {
                for (var i = 0; i < n; i++) v[i] = Math.Tanh(u[i] + s * table[i % table.Length]);
                _ = HD(table, 0.5);
                acc += H1(v, s) * -0.4;
                var unused2 = HD(v, s);
                acc += Math.Sin(ArrayFuzzPrimitives.Drift(p[0])) * 0.5;
            }
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += H1(v, s) * 0.3;
            for (var i = 0; i < n; i++) u[i] = 0.7 * u[i] * Math.Cos(0.3 * u[i]);
            acc += HD(p, s) * 0.3;
            var drift3 = ArrayFuzzPrimitives.Drift(s);
            acc += drift3 * drift3 * 0.2;
            if (s < 0.0)
            {
                for (var i = 0; i < n; i++) u[i] = 0.5 * v[i] + 0.3 * p[i] * s + 0.1 * table[i % table.Length];
                acc += HD(v, s) * 0.3;
                for (var i = 0; i < n; i++) u[i] = 0.6 * u[i] + 0.4 * Math.Sin(v[i] * s);
                acc += Math.Sin(ArrayFuzzPrimitives.Drift(v[0])) * 0.5;
            }
            else
            {
                for (var i = 0; i < n; i++) v[i] = Math.Tanh(p[i] + s * table[i % table.Length]);
                acc += Math.Sin(ArrayFuzzPrimitives.Drift(u[0])) * 0.5;
                for (var i = 0; i < n; i++) u[i] = 0.7 * u[i] * Math.Cos(0.3 * p[i]);
                var drift4 = ArrayFuzzPrimitives.Drift(s);
                acc += drift4 * drift4 * 0.2;
                acc += Math.Sin(ArrayFuzzPrimitives.Drift(p[0])) * 0.5;
            }
        }
        for (var i = 0; i < n; i++) v[i] = Math.Sin(v[i]) * 0.8 + 0.2 * p[i];
        acc += H1(p, s) * 0.5;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: none (control)
    [Differentiable]
    public static double A8(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        acc += H1(u, s) * 0.3;
        acc += H1(p, s) * 1.0;
        acc += H1(v, s) * 0.5;
        acc += H1(v, s) * 1.0;
        acc += H1(p, s) * 1.0;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: none (control)
    [Differentiable]
    public static double A9(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += H1(v, s) * 1.0;
            acc += H1(v, s) * 0.3;
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += H1(u, s) * 0.5;
                acc += H1(u, s) * -0.4;
                for (var i = 0; i < n; i++) u[i] = p[i] * 0.9 + 0.05 * (i + 1) * s;
                for (var i = 0; i < n; i++) v[i] = 0.6 * v[i] + 0.4 * Math.Sin(u[i] * s);
                for (var i = 0; i < n; i++) v[i] = 0.5 * p[i] + 0.3 * u[i] * s + 0.1 * table[i % table.Length];
                for (var i = 0; i < n; i++) u[i] = v[i] * 0.9 + 0.05 * (i + 1) * s;
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += H1(p, s) * 0.5;
                acc += H1(v, s) * -0.4;
                acc += H1(v, s) * 1.0;
                for (var i = 0; i < n; i++) u[i] = Math.Tanh(v[i] + s * table[i % table.Length]);
                for (var i = 0; i < n; i++) u[i] = Math.Sin(v[i]) * 0.8 + 0.2 * p[i];
            }
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += H1(u, s) * 0.3;
            for (var i = 0; i < n; i++) v[i] = 0.5 * v[i] + 0.3 * v[i] * s + 0.1 * table[i % table.Length];
            acc += H1(p, s) * 1.0;
            for (var i = 0; i < n; i++) v[i] = v[i] * 0.9 + 0.05 * (i + 1) * s;
            acc += H1(u, s) * -0.4;
            for (var i = 0; i < n; i++) v[i] = 0.5 * p[i] + 0.3 * v[i] * s + 0.1 * table[i % table.Length];
        }
        for (var i = 0; i < n; i++) u[i] = Math.Tanh(u[i] + s * table[i % table.Length]);
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: paramalias
    [Differentiable]
    public static double A10(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var q = p;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) * 0.8 + 0.2 * p[i];
        acc += H1(v, s) * 1.0;
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += H1(v, s) * 1.0;
            acc += H1(u, s) * 1.0;
            acc += H1(u, s) * 0.5;
            acc += H1(u, s) * 1.0;
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05 + q[i] * 0.02;
        return acc;
    }

    // features: tensorcall, tensorloop
    [Differentiable]
    public static double A11(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var tt1 = c;
        for (var j2 = 0; j2 < steps; j2++) tt1 = TScale(v, tt1);
        acc += Tensor.Sum(tt1) * 0.2;
        acc += Tensor.Sum(TH(v, c, s)) * 0.3;
        for (var i = 0; i < n; i++) v[i] = 0.7 * u[i] * Math.Cos(0.3 * v[i]);
        acc += 0.0 * Tensor.Sum(TH(v, c, s));
        for (var i = 0; i < n; i++) v[i] = Math.Tanh(u[i] + s * table[i % table.Length]);
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: ndpair, paramalias
    [Differentiable]
    public static double A12(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var coef = new double[3];
        for (var i = 0; i < coef.Length; i++) coef[i] = table[i] + 0.5 * i;
        var q = p;
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += ArrayFuzzPrimitives.Tables(u, table, coef) * 0.1;
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += ArrayFuzzPrimitives.Tables(u, coef, table) * 0.1;
                acc += H1(p, s) * -0.4;
                acc += H1(q, s) * 0.3;
                acc += H1(q, s) * 0.5;
                acc += H1(q, s) * 0.3;
                acc += ArrayFuzzPrimitives.Tables(u, coef, table) * 0.1;
            }
            acc += H1(q, s) * 0.3;
            for (var i = 0; i < n; i++) v[i] = Math.Tanh(q[i] + s * table[i % table.Length]);
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += H1(p, s) * 0.3;
                p = v;
                acc += H1(p, s) * -0.4;
                for (var i = 0; i < n; i++) v[i] = p[i] * 0.9 + 0.05 * (i + 1) * s;
                for (var i = 0; i < n; i++) u[i] = q[i] * 0.9 + 0.05 * (i + 1) * s;
                q = u;
                acc += H1(q, s) * 0.5;
            }
        }
        acc += Mix(u, table, coef) * 0.1;
        acc += Mix(u, coef, table) * 0.1;
        acc += Mix(q, table, coef) * 0.1;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05 + q[i] * 0.02;
        return acc;
    }

    // features: swap, tensorloop
    [Differentiable]
    public static double A13(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        acc += H1(u, s) * 0.3;
        var swap1 = u;
        u = v;
        v = swap1;
        var tt2 = c;
        for (var j3 = 0; j3 < steps; j3++) tt2 = TScale(u, tt2);
        acc += Tensor.Sum(tt2) * 0.2;
        var tt4 = c;
        for (var j5 = 0; j5 < steps; j5++) tt4 = TScale(v, tt4);
        acc += Tensor.Sum(tt4) * 0.2;
        for (var k0 = 0; k0 < steps; k0++)
        {
            var tt6 = c;
            for (var j7 = 0; j7 < steps; j7++) tt6 = TScale(u, tt6);
            acc += Tensor.Sum(tt6) * 0.2;
            for (var i = 0; i < n; i++) u[i] = 0.7 * v[i] * Math.Cos(0.3 * v[i]);
            acc += H1(v, s) * -0.4;
            for (var i = 0; i < n; i++) v[i] = Math.Sin(u[i]) * 0.8 + 0.2 * p[i];
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: none (control)
    [Differentiable]
    public static double A14(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        acc += H1(v, s) * 1.0;
        for (var i = 0; i < n; i++) v[i] = 0.6 * u[i] + 0.4 * Math.Sin(p[i] * s);
        acc += H1(u, s) * -0.4;
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += H1(u, s) * -0.4;
            for (var i = 0; i < n; i++) u[i] = Math.Sin(v[i]) * 0.8 + 0.2 * p[i];
            acc += H1(v, s) * 0.3;
            for (var i = 0; i < n; i++) v[i] = 0.7 * v[i] * Math.Cos(0.3 * u[i]);
            acc += H1(u, s) * -0.4;
            for (var i = 0; i < n; i++) v[i] = 0.7 * p[i] * Math.Cos(0.3 * u[i]);
        }
        for (var i = 0; i < n; i++) v[i] = 0.7 * v[i] * Math.Cos(0.3 * v[i]);
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: primitive
    [Differentiable]
    public static double A15(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var coef = new double[3];
        for (var i = 0; i < coef.Length; i++) coef[i] = table[i] + 0.5 * i;
        for (var j1 = 0; j1 < steps; j1++)
        {
            for (var i = 0; i < coef.Length; i++) coef[i] = table[i] * (j1 + 1) + i;
            acc += ArrayFuzzPrimitives.WSin(u, coef) * 1.0;
        }
        if (s < 0.0)
        {
            for (var i = 0; i < n; i++) v[i] = 0.6 * u[i] + 0.4 * Math.Sin(v[i] * s);
            acc += ArrayFuzzPrimitives.Dot(v, v) * 0.2;
            for (var i = 0; i < n; i++) v[i] = 0.7 * p[i] * Math.Cos(0.3 * p[i]);
            acc += ArrayFuzzPrimitives.WSin(u, coef) * 0.3;
            for (var i = 0; i < coef.Length; i++) coef[i] = table[i] * 0.5 + i;
            acc += ArrayFuzzPrimitives.WSin(p, coef) * 1.0;
            for (var i = 0; i < coef.Length; i++) coef[i] = table[i] * -0.3 + i;
            acc += ArrayFuzzPrimitives.Dot(u, u) * 0.2;
            for (var i = 0; i < n; i++) u[i] = Math.Sin(v[i]) * 0.8 + 0.2 * p[i];
        }
        acc += ArrayFuzzPrimitives.Dot(v, u) * 0.2;
        for (var i = 0; i < n; i++) v[i] = 0.5 * p[i] + 0.3 * p[i] * s + 0.1 * table[i % table.Length];
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: paramalias, tensorcall
    [Differentiable]
    public static double A16(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var q = p;
        acc += H1(q, s) * -0.4;
        acc += H1(q, s) * 0.5;
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += H1(v, s) * 0.5;
            p = v;
            acc += H1(p, s) * 0.3;
            for (var i = 0; i < n; i++) v[i] = Math.Sin(v[i]) * 0.8 + 0.2 * p[i];
            var unused1 = TH(u, c, s);
            if (s > 5.0) acc += Tensor.Sum(unused1);
            acc += H1(q, s) * -0.4;
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05 + q[i] * 0.02;
        return acc;
    }

    // features: primitive, rebind
    [Differentiable]
    public static double A17(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var coef = new double[3];
        for (var i = 0; i < coef.Length; i++) coef[i] = table[i] + 0.5 * i;
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += H1(v, s) * 0.3;
            acc += H1(v, s) * 0.5;
            var next1 = new double[n];
            for (var i = 0; i < n; i++) next1[i] = 0.8 * v[i] + 0.2 * Math.Sin(p[i]);
            v = next1;
            for (var i = 0; i < n; i++) u[i] = u[i] * 0.9 + 0.05 * (i + 1) * s;
            acc += ArrayFuzzPrimitives.Dot(v, p) * 0.2;
            for (var i = 0; i < n; i++) v[i] = v[i] * 0.9 + 0.05 * (i + 1) * s;
            acc += H1(v, s) * -0.4;
            var old2 = v;
            v = new double[n];
            for (var i = 0; i < n; i++) v[i] = 0.9 * old2[i] + 0.1 * s;
        }
        for (var i = 0; i < n; i++) u[i] = 0.7 * u[i] * Math.Cos(0.3 * p[i]);
        var old3 = v;
        v = new double[n];
        for (var i = 0; i < n; i++) v[i] = 0.9 * old3[i] + 0.1 * s;
        if (s < 0.0)
        {
            acc += ArrayFuzzPrimitives.WSin(u, coef) * 0.3;
            for (var i = 0; i < coef.Length; i++) coef[i] = table[i] * -0.3 + i;
            for (var j4 = 0; j4 < steps; j4++)
            {
                for (var i = 0; i < coef.Length; i++) coef[i] = table[i] * (j4 + 1) + i;
                acc += ArrayFuzzPrimitives.WSin(v, coef) * -0.4;
            }
            var next5 = new double[n];
            for (var i = 0; i < n; i++) next5[i] = 0.8 * v[i] + 0.2 * Math.Sin(p[i]);
            v = next5;
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += H1(p, s) * 0.5;
            var next6 = new double[n];
            for (var i = 0; i < n; i++) next6[i] = 0.8 * u[i] + 0.2 * Math.Sin(u[i]);
            u = next6;
            for (var i = 0; i < n; i++) v[i] = u[i] * 0.9 + 0.05 * (i + 1) * s;
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += ArrayFuzzPrimitives.Dot(u, p) * 0.2;
                for (var i = 0; i < n; i++) u[i] = Math.Sin(p[i]) * 0.8 + 0.2 * p[i];
                acc += H1(p, s) * 0.5;
                for (var j7 = 0; j7 < steps; j7++)
                {
                    for (var i = 0; i < coef.Length; i++) coef[i] = table[i] * (j7 + 1) + i;
                    acc += ArrayFuzzPrimitives.WSin(v, coef) * 0.3;
                }
                acc += H1(v, s) * 1.0;
                var old8 = v;
                v = new double[n];
                for (var i = 0; i < n; i++) v[i] = 0.9 * old8[i] + 0.1 * s;
                var next9 = new double[n];
                for (var i = 0; i < n; i++) next9[i] = 0.8 * v[i] + 0.2 * Math.Sin(p[i]);
                v = next9;
            }
            for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) * 0.8 + 0.2 * p[i];
            for (var i = 0; i < n; i++) v[i] = 0.6 * p[i] + 0.4 * Math.Sin(u[i] * s);
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: primitive, tensorloop
    [Differentiable]
    public static double A18(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var coef = new double[3];
        for (var i = 0; i < coef.Length; i++) coef[i] = table[i] + 0.5 * i;
        acc += ArrayFuzzPrimitives.WSin(v, coef) * 1.0;
        for (var i = 0; i < coef.Length; i++) coef[i] = table[i] * 0.8 + i;
        if (s < 0.0)
        {
            acc += H1(p, s) * 1.0;
            if (u[0] > v[0])
            {
                for (var j1 = 0; j1 < steps; j1++)
                {
                    for (var i = 0; i < coef.Length; i++) coef[i] = table[i] * (j1 + 1) + i;
                    acc += ArrayFuzzPrimitives.WSin(u, coef) * -0.4;
                }
                acc += ArrayFuzzPrimitives.WSin(v, coef) * -0.4;
                for (var i = 0; i < coef.Length; i++) coef[i] = table[i] * -0.3 + i;
                for (var j2 = 0; j2 < steps; j2++)
                {
                    for (var i = 0; i < coef.Length; i++) coef[i] = table[i] * (j2 + 1) + i;
                    acc += ArrayFuzzPrimitives.WSin(p, coef) * 0.3;
                }
            }
            for (var i = 0; i < n; i++) u[i] = v[i] * 0.9 + 0.05 * (i + 1) * s;
        }
        var tt3 = c;
        for (var j4 = 0; j4 < steps; j4++) tt3 = TScale(v, tt3);
        acc += Tensor.Sum(tt3) * 0.2;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: paramalias, ordered
    [Differentiable]
    public static double A19(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var q = p;
        acc += H1(u, s) * 0.3;
        acc += HD(p, s) * 0.3;
        q = v;
        acc += H1(q, s) * 0.5;
        if (s < 0.0)
        {
            acc += H1(v, s) * -0.4;
            q = u;
            acc += H1(q, s) * -0.4;
            acc += H1(v, s) * 1.0;
            for (var i = 0; i < n; i++) v[i] = Math.Tanh(q[i] + s * table[i % table.Length]);
            for (var i = 0; i < n; i++) v[i] = v[i] * 0.9 + 0.05 * (i + 1) * s;
        }
        else
        {
            acc += Math.Sin(ArrayFuzzPrimitives.Drift(q[0])) * 0.5;
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += H1(p, s) * -0.4;
                acc += Math.Sin(ArrayFuzzPrimitives.Drift(v[0])) * 0.5;
                for (var i = 0; i < n; i++) u[i] = Math.Sin(v[i]) * 0.8 + 0.2 * p[i];
                var drift1 = ArrayFuzzPrimitives.Drift(s);
                acc += drift1 * drift1 * 0.2;
                for (var i = 0; i < n; i++) v[i] = v[i] * 0.9 + 0.05 * (i + 1) * s;
            }
            acc += H1(q, s) * 0.5;
            _ = HD(table, 0.5);
            acc += H1(q, s) * -0.4;
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05 + q[i] * 0.02;
        return acc;
    }

    // features: ndpair, tensorcall
    [Differentiable]
    public static double A20(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var coef = new double[3];
        for (var i = 0; i < coef.Length; i++) coef[i] = table[i] + 0.5 * i;
        for (var i = 0; i < n; i++) u[i] = 0.7 * u[i] * Math.Cos(0.3 * v[i]);
        acc += Tensor.Sum(TH(v, c, s)) * 1.0;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(v[i]) * 0.8 + 0.2 * p[i];
        acc += 0.0 * Tensor.Sum(TH(v, c, s));
        if (s < 0.0)
        {
            for (var i = 0; i < n; i++) v[i] = Math.Tanh(u[i] + s * table[i % table.Length]);
            for (var i = 0; i < n; i++) v[i] = 0.6 * v[i] + 0.4 * Math.Sin(u[i] * s);
            acc += Mix(v, table, coef) * 0.1;
            acc += H1(v, s) * 1.0;
            acc += H1(p, s) * 0.3;
        }
        else
        {
            acc += H1(v, s) * 1.0;
            acc += Tensor.Sum(TH(u, c, s)) * 0.3;
            for (var i = 0; i < n; i++) u[i] = Math.Sin(v[i]) * 0.8 + 0.2 * p[i];
            var unused1 = TH(u, c, s);
            if (s > 5.0) acc += Tensor.Sum(unused1);
            acc += H1(p, s) * 1.0;
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += Tensor.Sum(TH(u, c, s)) * 0.3;
                for (var i = 0; i < n; i++) v[i] = 0.7 * u[i] * Math.Cos(0.3 * v[i]);
                var unused2 = TH(v, c, s);
                if (s > 5.0) acc += Tensor.Sum(unused2);
                for (var i = 0; i < n; i++) v[i] = Math.Tanh(u[i] + s * table[i % table.Length]);
                acc += ArrayFuzzPrimitives.Tables(v, table, coef) * 0.1;
            }
        }
        acc += Tensor.Sum(TH(v, c, s)) * 1.0;
        for (var i = 0; i < n; i++) v[i] = u[i] * 0.9 + 0.05 * (i + 1) * s;
        var unused3 = TH(v, c, s);
        if (s > 5.0) acc += Tensor.Sum(unused3);
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: paramalias, ndpair
    [Differentiable]
    public static double A21(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var coef = new double[3];
        for (var i = 0; i < coef.Length; i++) coef[i] = table[i] + 0.5 * i;
        var q = p;
        q = v;
        acc += H1(q, s) * -0.4;
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += Mix(p, coef, table) * 0.1;
            acc += Mix(v, coef, table) * 0.1;
            q = v;
            acc += H1(q, s) * 1.0;
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += ArrayFuzzPrimitives.Tables(q, coef, table) * 0.1;
                acc += H1(q, s) * 0.5;
                acc += H1(q, s) * 1.0;
                p = v;
                acc += H1(p, s) * 0.3;
                for (var i = 0; i < n; i++) v[i] = 0.7 * p[i] * Math.Cos(0.3 * v[i]);
            }
            for (var i = 0; i < n; i++) v[i] = 0.6 * v[i] + 0.4 * Math.Sin(p[i] * s);
        }
        q = u;
        acc += H1(q, s) * 0.5;
        if (acc > 100.0)
        {
            acc += Mix(u, coef, table) * 0.1;
            if (acc > 100.0)
            {
                p = u;
                acc += H1(p, s) * 1.0;
                for (var i = 0; i < n; i++) u[i] = q[i] * 0.9 + 0.05 * (i + 1) * s;
                acc += Mix(u, table, coef) * 0.1;
                acc += Mix(q, table, coef) * 0.1;
                for (var i = 0; i < n; i++) v[i] = 0.7 * p[i] * Math.Cos(0.3 * p[i]);
                for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) * 0.8 + 0.2 * p[i];
            }
            else
            {
                acc += ArrayFuzzPrimitives.Tables(v, table, coef) * 0.1;
                p = u;
                acc += H1(p, s) * 0.3;
                for (var i = 0; i < n; i++) u[i] = Math.Sin(u[i]) * 0.8 + 0.2 * p[i];
                q = v;
                acc += H1(q, s) * 1.0;
                for (var i = 0; i < n; i++) u[i] = p[i] * 0.9 + 0.05 * (i + 1) * s;
            }
            for (var i = 0; i < n; i++) u[i] = v[i] * 0.9 + 0.05 * (i + 1) * s;
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05 + q[i] * 0.02;
        return acc;
    }

    // features: tensorloop, primitive
    [Differentiable]
    public static double A22(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var coef = new double[3];
        for (var i = 0; i < coef.Length; i++) coef[i] = table[i] + 0.5 * i;
        for (var i = 0; i < n; i++) u[i] = Math.Tanh(v[i] + s * table[i % table.Length]);
        acc += H1(u, s) * 0.5;
        if (u[0] > v[0])
        {
            if (s < 0.0)
            {
                for (var i = 0; i < n; i++) u[i] = p[i] * 0.9 + 0.05 * (i + 1) * s;
                var tt1 = c;
                for (var j2 = 0; j2 < steps; j2++) tt1 = TScale(u, tt1);
                acc += Tensor.Sum(tt1) * 0.2;
                for (var j3 = 0; j3 < steps; j3++)
                {
                    for (var i = 0; i < coef.Length; i++) coef[i] = table[i] * (j3 + 1) + i;
                    acc += ArrayFuzzPrimitives.WSin(v, coef) * 0.3;
                }
                for (var j4 = 0; j4 < steps; j4++)
                {
                    for (var i = 0; i < coef.Length; i++) coef[i] = table[i] * (j4 + 1) + i;
                    acc += ArrayFuzzPrimitives.WSin(p, coef) * 0.3;
                }
                for (var i = 0; i < n; i++) v[i] = 0.6 * p[i] + 0.4 * Math.Sin(u[i] * s);
            }
            for (var i = 0; i < n; i++) v[i] = 0.5 * u[i] + 0.3 * u[i] * s + 0.1 * table[i % table.Length];
            for (var k1 = 0; k1 < steps; k1++)
            {
                for (var j5 = 0; j5 < steps; j5++)
                {
                    for (var i = 0; i < coef.Length; i++) coef[i] = table[i] * (j5 + 1) + i;
                    acc += ArrayFuzzPrimitives.WSin(p, coef) * 0.5;
                }
                var tt6 = c;
                for (var j7 = 0; j7 < steps; j7++) tt6 = TScale(u, tt6);
                acc += Tensor.Sum(tt6) * 0.2;
                var tt8 = c;
                for (var j9 = 0; j9 < steps; j9++) tt8 = TScale(u, tt8);
                acc += Tensor.Sum(tt8) * 0.2;
                acc += ArrayFuzzPrimitives.Dot(u, p) * 0.2;
                for (var i = 0; i < n; i++) u[i] = Math.Tanh(v[i] + s * table[i % table.Length]);
            }
            if (acc > 100.0)
            {
                var tt10 = c;
                for (var j11 = 0; j11 < steps; j11++) tt10 = TScale(u, tt10);
                acc += Tensor.Sum(tt10) * 0.2;
                for (var i = 0; i < n; i++) v[i] = 0.6 * v[i] + 0.4 * Math.Sin(v[i] * s);
                var tt12 = c;
                for (var j13 = 0; j13 < steps; j13++) tt12 = TScale(u, tt12);
                acc += Tensor.Sum(tt12) * 0.2;
                var tt14 = c;
                for (var j15 = 0; j15 < steps; j15++) tt14 = TScale(v, tt14);
                acc += Tensor.Sum(tt14) * 0.2;
                for (var j16 = 0; j16 < steps; j16++)
                {
                    for (var i = 0; i < coef.Length; i++) coef[i] = table[i] * (j16 + 1) + i;
                    acc += ArrayFuzzPrimitives.WSin(u, coef) * 1.0;
                }
            }
        }
        else
        {
            for (var i = 0; i < n; i++) u[i] = Math.Sin(u[i]) * 0.8 + 0.2 * p[i];
            for (var i = 0; i < n; i++) u[i] = Math.Tanh(u[i] + s * table[i % table.Length]);
            var tt17 = c;
            for (var j18 = 0; j18 < steps; j18++) tt17 = TScale(v, tt17);
            acc += Tensor.Sum(tt17) * 0.2;
        }
        var tt19 = c;
        for (var j20 = 0; j20 < steps; j20++) tt19 = TScale(u, tt19);
        acc += Tensor.Sum(tt19) * 0.2;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: tensorcall, primitive
    [Differentiable]
    public static double A23(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var coef = new double[3];
        for (var i = 0; i < coef.Length; i++) coef[i] = table[i] + 0.5 * i;
        acc += H1(p, s) * -0.4;
        acc += ArrayFuzzPrimitives.WSin(v, coef) * 0.3;
        for (var i = 0; i < coef.Length; i++) coef[i] = table[i] * 0.5 + i;
        acc += Tensor.Sum(TH(v, c, s)) * 0.3;
        for (var i = 0; i < n; i++) v[i] = 0.5 * v[i] + 0.3 * v[i] * s + 0.1 * table[i % table.Length];
        var unused1 = TH(v, c, s);
        if (s > 5.0) acc += Tensor.Sum(unused1);
        for (var j2 = 0; j2 < steps; j2++)
        {
            for (var i = 0; i < coef.Length; i++) coef[i] = table[i] * (j2 + 1) + i;
            acc += ArrayFuzzPrimitives.WSin(u, coef) * 0.3;
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: primitive
    [Differentiable]
    public static double A24(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var coef = new double[3];
        for (var i = 0; i < coef.Length; i++) coef[i] = table[i] + 0.5 * i;
        acc += H1(p, s) * 0.5;
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += H1(u, s) * 0.5;
            for (var j1 = 0; j1 < steps; j1++)
            {
                for (var i = 0; i < coef.Length; i++) coef[i] = table[i] * (j1 + 1) + i;
                acc += ArrayFuzzPrimitives.WSin(v, coef) * 0.5;
            }
            acc += ArrayFuzzPrimitives.Dot(v, v) * 0.2;
            for (var i = 0; i < n; i++) v[i] = 0.6 * u[i] + 0.4 * Math.Sin(p[i] * s);
            for (var i = 0; i < n; i++) u[i] = 0.6 * p[i] + 0.4 * Math.Sin(u[i] * s);
        }
        for (var i = 0; i < n; i++) v[i] = 0.7 * p[i] * Math.Cos(0.3 * p[i]);
        for (var i = 0; i < n; i++) v[i] = 0.6 * v[i] + 0.4 * Math.Sin(p[i] * s);
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: tensorcall, rebind
    [Differentiable]
    public static double A25(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        acc += H1(u, s) * 1.0;
        var next1 = new double[n];
        for (var i = 0; i < n; i++) next1[i] = 0.8 * u[i] + 0.2 * Math.Sin(v[i]);
        u = next1;
        acc += Tensor.Sum(TH(u, c, s)) * 0.3;
        for (var i = 0; i < n; i++) u[i] = Math.Tanh(u[i] + s * table[i % table.Length]);
        acc += 0.0 * Tensor.Sum(TH(u, c, s));
        if (acc > 100.0)
        {
            acc += H1(p, s) * -0.4;
            acc += H1(u, s) * 0.3;
            var next2 = new double[n];
            for (var i = 0; i < n; i++) next2[i] = 0.8 * u[i] + 0.2 * Math.Sin(u[i]);
            u = next2;
            acc += Tensor.Sum(TH(u, c, s)) * -0.4;
            for (var i = 0; i < n; i++) u[i] = 0.5 * u[i] + 0.3 * u[i] * s + 0.1 * table[i % table.Length];
            acc += 0.0 * Tensor.Sum(TH(u, c, s));
            acc += Tensor.Sum(TH(u, c, s)) * -0.4;
            acc += H1(u, s) * 1.0;
            var next3 = new double[n];
            for (var i = 0; i < n; i++) next3[i] = 0.8 * u[i] + 0.2 * Math.Sin(v[i]);
            u = next3;
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: tensorloop, tensorcall
    [Differentiable]
    public static double A26(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var unused1 = TH(v, c, s);
        if (s > 5.0) acc += Tensor.Sum(unused1);
        acc += Tensor.Sum(TH(u, c, s)) * 0.3;
        for (var i = 0; i < n; i++) u[i] = 0.6 * u[i] + 0.4 * Math.Sin(v[i] * s);
        var unused2 = TH(u, c, s);
        if (s > 5.0) acc += Tensor.Sum(unused2);
        if (acc > 100.0)
        {
            for (var i = 0; i < n; i++) u[i] = 0.5 * u[i] + 0.3 * p[i] * s + 0.1 * table[i % table.Length];
            acc += Tensor.Sum(TH(u, c, s)) * -0.4;
            for (var i = 0; i < n; i++) u[i] = 0.7 * v[i] * Math.Cos(0.3 * p[i]);
            var unused3 = TH(u, c, s);
            if (s > 5.0) acc += Tensor.Sum(unused3);
            if (s < 0.0)
            {
                var lost4 = TH(u, c, s);
                lost4 = c * s;
                acc += Tensor.Sum(lost4) * 0.1;
                var tt5 = c;
                for (var j6 = 0; j6 < steps; j6++) tt5 = TScale(u, tt5);
                acc += Tensor.Sum(tt5) * 0.2;
                var tt7 = c;
                for (var j8 = 0; j8 < steps; j8++) tt7 = TScale(u, tt7);
                acc += Tensor.Sum(tt7) * 0.2;
                acc += Tensor.Sum(TH(v, c, s)) * -0.4;
                for (var i = 0; i < n; i++) v[i] = Math.Sin(u[i]) * 0.8 + 0.2 * p[i];
                acc += 0.0 * Tensor.Sum(TH(v, c, s));
            }
            else
            {
                for (var i = 0; i < n; i++) v[i] = 0.6 * p[i] + 0.4 * Math.Sin(v[i] * s);
                var lost9 = TH(u, c, s);
                lost9 = c * s;
                acc += Tensor.Sum(lost9) * 0.1;
                acc += Tensor.Sum(TH(u, c, s)) * 0.5;
                for (var i = 0; i < n; i++) u[i] = 0.7 * v[i] * Math.Cos(0.3 * v[i]);
                var unused10 = TH(u, c, s);
                if (s > 5.0) acc += Tensor.Sum(unused10);
                var tt11 = c;
                for (var j12 = 0; j12 < steps; j12++) tt11 = TScale(v, tt11);
                acc += Tensor.Sum(tt11) * 0.2;
                acc += Tensor.Sum(TH(v, c, s)) * 0.3;
            }
            for (var i = 0; i < n; i++) u[i] = Math.Tanh(p[i] + s * table[i % table.Length]);
        }
        acc += Tensor.Sum(TH(v, c, s)) * 0.3;
        for (var i = 0; i < n; i++) v[i] = Math.Tanh(p[i] + s * table[i % table.Length]);
        var lost13 = TH(v, c, s);
        lost13 = c * s;
        acc += Tensor.Sum(lost13) * 0.1;
        acc += H1(u, s) * 0.3;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: rebind, ndpair
    [Differentiable]
    public static double A27(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var coef = new double[3];
        for (var i = 0; i < coef.Length; i++) coef[i] = table[i] + 0.5 * i;
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += ArrayFuzzPrimitives.Tables(p, coef, table) * 0.1;
            acc += Mix(u, coef, table) * 0.1;
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += Mix(u, table, coef) * 0.1;
                for (var i = 0; i < n; i++) u[i] = 0.7 * v[i] * Math.Cos(0.3 * v[i]);
                for (var i = 0; i < n; i++) v[i] = Math.Tanh(u[i] + s * table[i % table.Length]);
                for (var i = 0; i < n; i++) u[i] = Math.Sin(v[i]) * 0.8 + 0.2 * p[i];
                for (var i = 0; i < n; i++) v[i] = 0.6 * p[i] + 0.4 * Math.Sin(v[i] * s);
            }
            acc += Mix(p, coef, table) * 0.1;
            acc += Mix(p, coef, table) * 0.1;
        }
        var old1 = u;
        u = new double[n];
        for (var i = 0; i < n; i++) u[i] = 0.9 * old1[i] + 0.1 * s;
        for (var i = 0; i < n; i++) u[i] = u[i] * 0.9 + 0.05 * (i + 1) * s;
        acc += ArrayFuzzPrimitives.Tables(p, table, coef) * 0.1;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: ndpair
    [Differentiable]
    public static double A28(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var coef = new double[3];
        for (var i = 0; i < coef.Length; i++) coef[i] = table[i] + 0.5 * i;
        acc += Mix(p, table, coef) * 0.1;
        acc += Mix(u, table, coef) * 0.1;
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += H1(p, s) * 0.3;
            acc += Mix(p, table, coef) * 0.1;
            acc += Mix(p, coef, table) * 0.1;
            for (var i = 0; i < n; i++) u[i] = 0.5 * p[i] + 0.3 * u[i] * s + 0.1 * table[i % table.Length];
            for (var i = 0; i < n; i++) v[i] = 0.5 * p[i] + 0.3 * p[i] * s + 0.1 * table[i % table.Length];
        }
        for (var i = 0; i < n; i++) v[i] = Math.Tanh(v[i] + s * table[i % table.Length]);
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: ndpair
    [Differentiable]
    public static double A29(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var coef = new double[3];
        for (var i = 0; i < coef.Length; i++) coef[i] = table[i] + 0.5 * i;
        acc += Mix(p, coef, table) * 0.1;
        acc += Mix(p, table, coef) * 0.1;
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += ArrayFuzzPrimitives.Tables(u, table, coef) * 0.1;
            for (var i = 0; i < n; i++) v[i] = Math.Tanh(v[i] + s * table[i % table.Length]);
            acc += Mix(u, coef, table) * 0.1;
            acc += Mix(u, table, coef) * 0.1;
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += H1(v, s) * 0.3;
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += Mix(u, coef, table) * 0.1;
                acc += Mix(u, table, coef) * 0.1;
                acc += ArrayFuzzPrimitives.Tables(v, table, coef) * 0.1;
                acc += Mix(u, coef, table) * 0.1;
                acc += ArrayFuzzPrimitives.Tables(u, table, coef) * 0.1;
            }
            if (s > 0.5)
            {
                acc += ArrayFuzzPrimitives.Tables(p, table, coef) * 0.1;
                acc += Mix(v, table, coef) * 0.1;
                for (var i = 0; i < n; i++) u[i] = Math.Tanh(u[i] + s * table[i % table.Length]);
            }
            else
            {
                acc += Mix(p, coef, table) * 0.1;
                for (var i = 0; i < n; i++) u[i] = Math.Sin(v[i]) * 0.8 + 0.2 * p[i];
                acc += H1(p, s) * 0.3;
            }
            acc += H1(p, s) * 1.0;
            acc += Mix(p, coef, table) * 0.1;
            acc += ArrayFuzzPrimitives.Tables(v, coef, table) * 0.1;
        }
        acc += Mix(v, coef, table) * 0.1;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: ndpair, rebind
    [Differentiable]
    public static double A30(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var coef = new double[3];
        for (var i = 0; i < coef.Length; i++) coef[i] = table[i] + 0.5 * i;
        acc += ArrayFuzzPrimitives.Tables(p, table, coef) * 0.1;
        var next1 = new double[n];
        for (var i = 0; i < n; i++) next1[i] = 0.8 * v[i] + 0.2 * Math.Sin(u[i]);
        v = next1;
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += Mix(u, coef, table) * 0.1;
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += H1(u, s) * -0.4;
                acc += Mix(p, table, coef) * 0.1;
                acc += Mix(v, table, coef) * 0.1;
                for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) * 0.8 + 0.2 * p[i];
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += H1(p, s) * -0.4;
                var old2 = v;
                v = new double[n];
                for (var i = 0; i < n; i++) v[i] = 0.9 * old2[i] + 0.1 * s;
                acc += H1(v, s) * -0.4;
                acc += Mix(u, coef, table) * 0.1;
                var next3 = new double[n];
                for (var i = 0; i < n; i++) next3[i] = 0.8 * v[i] + 0.2 * Math.Sin(p[i]);
                v = next3;
            }
            acc += Mix(v, coef, table) * 0.1;
        }
        acc += H1(v, s) * 0.5;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: rebind, paramalias
    [Differentiable]
    public static double A31(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var q = p;
        for (var i = 0; i < n; i++) v[i] = 0.5 * u[i] + 0.3 * p[i] * s + 0.1 * table[i % table.Length];
        acc += H1(v, s) * 0.3;
        var old1 = v;
        v = new double[n];
        for (var i = 0; i < n; i++) v[i] = 0.9 * old1[i] + 0.1 * s;
        for (var i = 0; i < n; i++) u[i] = 0.7 * q[i] * Math.Cos(0.3 * p[i]);
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05 + q[i] * 0.02;
        return acc;
    }

    // features: rebind, swap
    [Differentiable]
    public static double A32(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += H1(u, s) * 1.0;
            for (var i = 0; i < n; i++) u[i] = 0.7 * u[i] * Math.Cos(0.3 * u[i]);
            var swap1 = u;
            u = v;
            v = swap1;
            acc += H1(v, s) * 0.5;
            var next2 = new double[n];
            for (var i = 0; i < n; i++) next2[i] = 0.8 * v[i] + 0.2 * Math.Sin(p[i]);
            v = next2;
            for (var i = 0; i < n; i++) v[i] = 0.7 * v[i] * Math.Cos(0.3 * v[i]);
            for (var i = 0; i < n; i++) u[i] = Math.Tanh(p[i] + s * table[i % table.Length]);
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += H1(v, s) * 0.3;
            acc += H1(u, s) * 1.0;
            var next3 = new double[n];
            for (var i = 0; i < n; i++) next3[i] = 0.8 * u[i] + 0.2 * Math.Sin(v[i]);
            u = next3;
            acc += H1(u, s) * -0.4;
            for (var i = 0; i < n; i++) v[i] = 0.5 * u[i] + 0.3 * Math.Sin(v[i] * s);
            var swap4 = u;
            u = v;
            v = swap4;
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += H1(v, s) * 0.3;
                for (var i = 0; i < n; i++) u[i] = p[i] * 0.9 + 0.05 * (i + 1) * s;
                acc += H1(u, s) * 1.0;
                for (var i = 0; i < n; i++) v[i] = 0.5 * u[i] + 0.3 * Math.Sin(v[i] * s);
                var swap5 = u;
                u = v;
                v = swap5;
                acc += H1(u, s) * 0.3;
                acc += H1(u, s) * 0.5;
                for (var i = 0; i < n; i++) v[i] = 0.5 * u[i] + 0.3 * Math.Sin(v[i] * s);
                var swap6 = u;
                u = v;
                v = swap6;
            }
            acc += H1(u, s) * -0.4;
            for (var i = 0; i < n; i++) v[i] = 0.5 * u[i] + 0.3 * Math.Sin(v[i] * s);
            var swap7 = u;
            u = v;
            v = swap7;
        }
        for (var i = 0; i < n; i++) v[i] = Math.Tanh(v[i] + s * table[i % table.Length]);
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: paramalias
    [Differentiable]
    public static double A33(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var q = p;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(q[i]) * 0.8 + 0.2 * p[i];
        for (var i = 0; i < n; i++) v[i] = Math.Tanh(p[i] + s * table[i % table.Length]);
        for (var i = 0; i < n; i++) u[i] = 0.5 * q[i] + 0.3 * p[i] * s + 0.1 * table[i % table.Length];
        p = v;
        acc += H1(p, s) * 1.0;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(v[i]) * 0.8 + 0.2 * p[i];
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05 + q[i] * 0.02;
        return acc;
    }

    // features: ndpair, tensorcall
    [Differentiable]
    public static double A34(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var coef = new double[3];
        for (var i = 0; i < coef.Length; i++) coef[i] = table[i] + 0.5 * i;
        acc += Mix(v, coef, table) * 0.1;
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += ArrayFuzzPrimitives.Tables(u, table, coef) * 0.1;
            acc += Mix(p, table, coef) * 0.1;
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += ArrayFuzzPrimitives.Tables(p, table, coef) * 0.1;
                acc += ArrayFuzzPrimitives.Tables(v, coef, table) * 0.1;
                for (var i = 0; i < n; i++) v[i] = 0.7 * v[i] * Math.Cos(0.3 * p[i]);
                var unused1 = TH(v, c, s);
                if (s > 5.0) acc += Tensor.Sum(unused1);
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += H1(u, s) * 1.0;
                acc += ArrayFuzzPrimitives.Tables(v, table, coef) * 0.1;
                acc += ArrayFuzzPrimitives.Tables(v, coef, table) * 0.1;
                acc += Tensor.Sum(TH(v, c, s)) * 1.0;
                for (var i = 0; i < n; i++) v[i] = Math.Tanh(u[i] + s * table[i % table.Length]);
                acc += 0.0 * Tensor.Sum(TH(v, c, s));
                acc += H1(v, s) * 1.0;
            }
            acc += Tensor.Sum(TH(u, c, s)) * 1.0;
        }
        if (s < 0.0)
        {
            for (var i = 0; i < n; i++) v[i] = 0.5 * v[i] + 0.3 * u[i] * s + 0.1 * table[i % table.Length];
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += H1(p, s) * -0.4;
                acc += Tensor.Sum(TH(u, c, s)) * 1.0;
                acc += Mix(p, coef, table) * 0.1;
                var unused2 = TH(u, c, s);
                if (s > 5.0) acc += Tensor.Sum(unused2);
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += H1(u, s) * 1.0;
                acc += Tensor.Sum(TH(u, c, s)) * 0.3;
                for (var i = 0; i < n; i++) u[i] = 0.5 * v[i] + 0.3 * p[i] * s + 0.1 * table[i % table.Length];
                acc += 0.0 * Tensor.Sum(TH(u, c, s));
                acc += Tensor.Sum(TH(v, c, s)) * 0.5;
                acc += Mix(p, coef, table) * 0.1;
            }
            for (var i = 0; i < n; i++) u[i] = 0.5 * v[i] + 0.3 * u[i] * s + 0.1 * table[i % table.Length];
            acc += H1(v, s) * 1.0;
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: none (control)
    [Differentiable]
    public static double A35(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var i = 0; i < n; i++) v[i] = 0.7 * u[i] * Math.Cos(0.3 * u[i]);
        if (u[0] > v[0])
        {
            for (var i = 0; i < n; i++) v[i] = Math.Tanh(p[i] + s * table[i % table.Length]);
            acc += H1(u, s) * 0.5;
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += H1(u, s) * 1.0;
                for (var i = 0; i < n; i++) u[i] = Math.Tanh(u[i] + s * table[i % table.Length]);
                for (var i = 0; i < n; i++) v[i] = Math.Sin(u[i]) * 0.8 + 0.2 * p[i];
                for (var i = 0; i < n; i++) v[i] = u[i] * 0.9 + 0.05 * (i + 1) * s;
                acc += H1(v, s) * 0.5;
                for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) * 0.8 + 0.2 * p[i];
            }
            for (var i = 0; i < n; i++) u[i] = Math.Sin(v[i]) * 0.8 + 0.2 * p[i];
        }
        acc += H1(u, s) * -0.4;
        for (var i = 0; i < n; i++) u[i] = p[i] * 0.9 + 0.05 * (i + 1) * s;
        for (var i = 0; i < n; i++) u[i] = 0.6 * v[i] + 0.4 * Math.Sin(p[i] * s);
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: ordered
    [Differentiable]
    public static double A36(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var i = 0; i < n; i++) v[i] = 0.5 * p[i] + 0.3 * u[i] * s + 0.1 * table[i % table.Length];
        for (var i = 0; i < n; i++) v[i] = Math.Tanh(p[i] + s * table[i % table.Length]);
        for (var k0 = 0; k0 < steps; k0++)
        {
            var unused1 = HD(p, s);
            var drift2 = ArrayFuzzPrimitives.Drift(s);
            acc += drift2 * drift2 * 0.2;
            acc += HD(p, s) * 0.3;
            var drift3 = ArrayFuzzPrimitives.Drift(s);
            acc += drift3 * drift3 * 0.2;
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: tensorloop
    [Differentiable]
    public static double A37(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var i = 0; i < n; i++) v[i] = p[i] * 0.9 + 0.05 * (i + 1) * s;
        var tt1 = c;
        for (var j2 = 0; j2 < steps; j2++) tt1 = TScale(u, tt1);
        acc += Tensor.Sum(tt1) * 0.2;
        var tt3 = c;
        for (var j4 = 0; j4 < steps; j4++) tt3 = TScale(v, tt3);
        acc += Tensor.Sum(tt3) * 0.2;
        for (var k0 = 0; k0 < steps; k0++)
        {
            var tt5 = c;
            for (var j6 = 0; j6 < steps; j6++) tt5 = TScale(u, tt5);
            acc += Tensor.Sum(tt5) * 0.2;
            for (var i = 0; i < n; i++) u[i] = Math.Sin(v[i]) * 0.8 + 0.2 * p[i];
            if (s < 0.0)
            {
                for (var i = 0; i < n; i++) u[i] = Math.Sin(p[i]) * 0.8 + 0.2 * p[i];
                var tt7 = c;
                for (var j8 = 0; j8 < steps; j8++) tt7 = TScale(u, tt7);
                acc += Tensor.Sum(tt7) * 0.2;
                var tt9 = c;
                for (var j10 = 0; j10 < steps; j10++) tt9 = TScale(u, tt9);
                acc += Tensor.Sum(tt9) * 0.2;
                acc += H1(u, s) * 1.0;
            }
            if (acc > 100.0)
            {
                for (var i = 0; i < n; i++) u[i] = 0.7 * p[i] * Math.Cos(0.3 * v[i]);
                var tt11 = c;
                for (var j12 = 0; j12 < steps; j12++) tt11 = TScale(v, tt11);
                acc += Tensor.Sum(tt11) * 0.2;
                for (var i = 0; i < n; i++) v[i] = p[i] * 0.9 + 0.05 * (i + 1) * s;
                for (var i = 0; i < n; i++) u[i] = 0.5 * v[i] + 0.3 * p[i] * s + 0.1 * table[i % table.Length];
                acc += H1(v, s) * -0.4;
            }
            var tt13 = c;
            for (var j14 = 0; j14 < steps; j14++) tt13 = TScale(v, tt13);
            acc += Tensor.Sum(tt13) * 0.2;
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += H1(v, s) * -0.4;
                acc += H1(v, s) * -0.4;
                for (var i = 0; i < n; i++) u[i] = Math.Tanh(u[i] + s * table[i % table.Length]);
                var tt15 = c;
                for (var j16 = 0; j16 < steps; j16++) tt15 = TScale(v, tt15);
                acc += Tensor.Sum(tt15) * 0.2;
            }
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: ordered
    [Differentiable]
    public static double A38(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += H1(p, s) * -0.4;
            var drift1 = ArrayFuzzPrimitives.Drift(s);
            acc += drift1 * drift1 * 0.2;
            var unused2 = HD(v, s);
            for (var k1 = 0; k1 < steps; k1++)
            {
                _ = HD(table, 0.5);
                _ = HD(table, 0.5);
                acc += HD(v, s) * 0.3;
                _ = HD(table, 0.5);
                _ = HD(table, 0.5);
            }
            if (s < 0.0)
            {
                acc += H1(u, s) * 0.5;
                for (var i = 0; i < n; i++) v[i] = Math.Sin(v[i]) * 0.8 + 0.2 * p[i];
                acc += H1(u, s) * 1.0;
                var unused3 = HD(p, s);
            }
            for (var i = 0; i < n; i++) v[i] = 0.6 * p[i] + 0.4 * Math.Sin(p[i] * s);
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += H1(p, s) * -0.4;
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += H1(u, s) * 0.5;
                acc += HD(p, s) * 0.3;
                var unused4 = HD(u, s);
                for (var i = 0; i < n; i++) u[i] = p[i] * 0.9 + 0.05 * (i + 1) * s;
                var drift5 = ArrayFuzzPrimitives.Drift(s);
                acc += drift5 * drift5 * 0.2;
            }
            _ = HD(table, 0.5);
            for (var i = 0; i < n; i++) u[i] = 0.7 * p[i] * Math.Cos(0.3 * v[i]);
        }
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) * 0.8 + 0.2 * p[i];
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: rebind
    [Differentiable]
    public static double A39(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        acc += H1(v, s) * 0.3;
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += H1(u, s) * 0.3;
            var old1 = v;
            v = new double[n];
            for (var i = 0; i < n; i++) v[i] = 0.9 * old1[i] + 0.1 * s;
            acc += H1(v, s) * -0.4;
            var old2 = v;
            v = new double[n];
            for (var i = 0; i < n; i++) v[i] = 0.9 * old2[i] + 0.1 * s;
            acc += H1(u, s) * -0.4;
            var next3 = new double[n];
            for (var i = 0; i < n; i++) next3[i] = 0.8 * u[i] + 0.2 * Math.Sin(v[i]);
            u = next3;
            acc += H1(v, s) * 0.5;
            for (var i = 0; i < n; i++) v[i] = 0.6 * v[i] + 0.4 * Math.Sin(u[i] * s);
        }
        for (var i = 0; i < n; i++) v[i] = Math.Tanh(v[i] + s * table[i % table.Length]);
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: tensorcall
    [Differentiable]
    public static double A40(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        if (s > 0.5)
        {
            acc += Tensor.Sum(TH(u, c, s)) * 0.3;
            for (var i = 0; i < n; i++) u[i] = 0.6 * u[i] + 0.4 * Math.Sin(v[i] * s);
            var unused1 = TH(u, c, s);
            if (s > 5.0) acc += Tensor.Sum(unused1);
            for (var i = 0; i < n; i++) u[i] = 0.7 * p[i] * Math.Cos(0.3 * v[i]);
            for (var i = 0; i < n; i++) v[i] = 0.7 * v[i] * Math.Cos(0.3 * p[i]);
        }
        acc += Tensor.Sum(TH(u, c, s)) * 0.3;
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += H1(u, s) * 1.0;
            acc += Tensor.Sum(TH(v, c, s)) * 0.5;
            for (var i = 0; i < n; i++) v[i] = 0.5 * p[i] + 0.3 * p[i] * s + 0.1 * table[i % table.Length];
            acc += 0.0 * Tensor.Sum(TH(v, c, s));
            acc += Tensor.Sum(TH(v, c, s)) * -0.4;
            for (var i = 0; i < n; i++) v[i] = u[i] * 0.9 + 0.05 * (i + 1) * s;
            var unused2 = TH(v, c, s);
            if (s > 5.0) acc += Tensor.Sum(unused2);
            acc += Tensor.Sum(TH(v, c, s)) * 0.5;
            for (var i = 0; i < n; i++) v[i] = 0.7 * u[i] * Math.Cos(0.3 * u[i]);
            var unused3 = TH(v, c, s);
            if (s > 5.0) acc += Tensor.Sum(unused3);
            acc += Tensor.Sum(TH(v, c, s)) * -0.4;
            for (var i = 0; i < n; i++) v[i] = 0.6 * v[i] + 0.4 * Math.Sin(u[i] * s);
            var unused4 = TH(v, c, s);
            if (s > 5.0) acc += Tensor.Sum(unused4);
            for (var i = 0; i < n; i++) u[i] = Math.Tanh(u[i] + s * table[i % table.Length]);
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: tensorcall, ordered
    [Differentiable]
    public static double A41(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        if (s > 0.5)
        {
            var drift1 = ArrayFuzzPrimitives.Drift(s);
            acc += drift1 * drift1 * 0.2;
            for (var i = 0; i < n; i++) u[i] = 0.6 * v[i] + 0.4 * Math.Sin(v[i] * s);
            for (var k1 = 0; k1 < steps; k1++)
            {
                var unused2 = HD(p, s);
                acc += 0.0 * Tensor.Sum(TH(v, c, s));
                acc += H1(u, s) * 1.0;
                acc += H1(p, s) * 1.0;
                for (var i = 0; i < n; i++) u[i] = 0.5 * p[i] + 0.3 * u[i] * s + 0.1 * table[i % table.Length];
                acc += H1(v, s) * 0.5;
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += H1(v, s) * 0.3;
                for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) * 0.8 + 0.2 * p[i];
                acc += Tensor.Sum(TH(v, c, s)) * -0.4;
                acc += H1(u, s) * 1.0;
                for (var i = 0; i < n; i++) u[i] = 0.7 * v[i] * Math.Cos(0.3 * v[i]);
                for (var i = 0; i < n; i++) v[i] = Math.Tanh(p[i] + s * table[i % table.Length]);
            }
        }
        var unused3 = HD(u, s);
        for (var i = 0; i < n; i++) v[i] = Math.Tanh(p[i] + s * table[i % table.Length]);
        var unused4 = TH(v, c, s);
        if (s > 5.0) acc += Tensor.Sum(unused4);
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: paramalias
    [Differentiable]
    public static double A42(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var q = p;
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += H1(p, s) * 0.5;
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += H1(q, s) * 0.3;
                q = v;
                acc += H1(q, s) * -0.4;
                for (var i = 0; i < n; i++) u[i] = Math.Sin(u[i]) * 0.8 + 0.2 * p[i];
                q = u;
                acc += H1(q, s) * -0.4;
                acc += H1(p, s) * 0.5;
            }
            acc += H1(q, s) * 0.5;
            acc += H1(q, s) * 1.0;
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += H1(v, s) * -0.4;
                p = u;
                acc += H1(p, s) * -0.4;
                for (var i = 0; i < n; i++) u[i] = 0.5 * q[i] + 0.3 * u[i] * s + 0.1 * table[i % table.Length];
                acc += H1(q, s) * 1.0;
                acc += H1(v, s) * 0.5;
                for (var i = 0; i < n; i++) u[i] = q[i] * 0.9 + 0.05 * (i + 1) * s;
            }
        }
        p = u;
        acc += H1(p, s) * 0.3;
        for (var i = 0; i < n; i++) u[i] = 0.6 * v[i] + 0.4 * Math.Sin(p[i] * s);
        for (var i = 0; i < n; i++) u[i] = 0.5 * u[i] + 0.3 * q[i] * s + 0.1 * table[i % table.Length];
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += H1(v, s) * 0.5;
            q = v;
            acc += H1(q, s) * 1.0;
            if (s < 0.0)
            {
                acc += H1(q, s) * 1.0;
                acc += H1(q, s) * -0.4;
                for (var i = 0; i < n; i++) u[i] = q[i] * 0.9 + 0.05 * (i + 1) * s;
            }
            if (s < 0.0)
            {
                acc += H1(q, s) * 0.5;
                q = p;
                acc += H1(q, s) * 0.3;
                acc += H1(p, s) * 0.3;
            }
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05 + q[i] * 0.02;
        return acc;
    }

    // features: tensorcall
    [Differentiable]
    public static double A43(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        acc += 0.0 * Tensor.Sum(TH(v, c, s));
        if (s > 0.5)
        {
            if (acc > 100.0)
            {
                acc += 0.0 * Tensor.Sum(TH(u, c, s));
                var unused1 = TH(v, c, s);
                if (s > 5.0) acc += Tensor.Sum(unused1);
                acc += 0.0 * Tensor.Sum(TH(v, c, s));
                acc += Tensor.Sum(TH(v, c, s)) * -0.4;
            }
            else
            {
                var lost2 = TH(v, c, s);
                lost2 = c * s;
                acc += Tensor.Sum(lost2) * 0.1;
                acc += 0.0 * Tensor.Sum(TH(v, c, s));
                acc += 0.0 * Tensor.Sum(TH(u, c, s));
                acc += Tensor.Sum(TH(u, c, s)) * 0.5;
                for (var i = 0; i < n; i++) u[i] = 0.6 * u[i] + 0.4 * Math.Sin(p[i] * s);
                var lost3 = TH(u, c, s);
                lost3 = c * s;
                acc += Tensor.Sum(lost3) * 0.1;
            }
            acc += Tensor.Sum(TH(u, c, s)) * 0.3;
            acc += Tensor.Sum(TH(v, c, s)) * 0.5;
            for (var i = 0; i < n; i++) v[i] = 0.6 * p[i] + 0.4 * Math.Sin(u[i] * s);
            var lost4 = TH(v, c, s);
            lost4 = c * s;
            acc += Tensor.Sum(lost4) * 0.1;
            for (var i = 0; i < n; i++) v[i] = 0.7 * u[i] * Math.Cos(0.3 * u[i]);
            for (var i = 0; i < n; i++) u[i] = 0.5 * p[i] + 0.3 * p[i] * s + 0.1 * table[i % table.Length];
        }
        else
        {
            acc += Tensor.Sum(TH(u, c, s)) * 0.5;
            acc += Tensor.Sum(TH(u, c, s)) * -0.4;
            for (var i = 0; i < n; i++) u[i] = Math.Tanh(p[i] + s * table[i % table.Length]);
            var lost5 = TH(u, c, s);
            lost5 = c * s;
            acc += Tensor.Sum(lost5) * 0.1;
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += Tensor.Sum(TH(u, c, s)) * 1.0;
                acc += H1(p, s) * 0.5;
                acc += H1(v, s) * 1.0;
                var unused6 = TH(v, c, s);
                if (s > 5.0) acc += Tensor.Sum(unused6);
                acc += 0.0 * Tensor.Sum(TH(u, c, s));
                acc += Tensor.Sum(TH(v, c, s)) * 0.5;
                for (var i = 0; i < n; i++) v[i] = 0.6 * u[i] + 0.4 * Math.Sin(v[i] * s);
                var unused7 = TH(v, c, s);
                if (s > 5.0) acc += Tensor.Sum(unused7);
            }
        }
        acc += Tensor.Sum(TH(v, c, s)) * 0.5;
        for (var i = 0; i < n; i++) v[i] = 0.7 * v[i] * Math.Cos(0.3 * p[i]);
        var unused8 = TH(v, c, s);
        if (s > 5.0) acc += Tensor.Sum(unused8);
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: tensorcall
    [Differentiable]
    public static double A44(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        acc += Tensor.Sum(TH(u, c, s)) * 0.3;
        for (var i = 0; i < n; i++) u[i] = Math.Sin(p[i]) * 0.8 + 0.2 * p[i];
        var lost1 = TH(u, c, s);
        lost1 = c * s;
        acc += Tensor.Sum(lost1) * 0.1;
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += H1(p, s) * 1.0;
            for (var i = 0; i < n; i++) u[i] = Math.Sin(v[i]) * 0.8 + 0.2 * p[i];
            for (var i = 0; i < n; i++) u[i] = v[i] * 0.9 + 0.05 * (i + 1) * s;
            for (var i = 0; i < n; i++) v[i] = Math.Sin(v[i]) * 0.8 + 0.2 * p[i];
            acc += Tensor.Sum(TH(v, c, s)) * 1.0;
        }
        acc += Tensor.Sum(TH(v, c, s)) * 0.5;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: primitive
    [Differentiable]
    public static double A45(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var coef = new double[3];
        for (var i = 0; i < coef.Length; i++) coef[i] = table[i] + 0.5 * i;
        for (var k0 = 0; k0 < steps; k0++)
        {
            for (var j1 = 0; j1 < steps; j1++)
            {
                for (var i = 0; i < coef.Length; i++) coef[i] = table[i] * (j1 + 1) + i;
                acc += ArrayFuzzPrimitives.WSin(v, coef) * 1.0;
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += ArrayFuzzPrimitives.Dot(u, u) * 0.2;
                for (var i = 0; i < n; i++) u[i] = 0.7 * v[i] * Math.Cos(0.3 * u[i]);
                for (var j2 = 0; j2 < steps; j2++)
                {
                    for (var i = 0; i < coef.Length; i++) coef[i] = table[i] * (j2 + 1) + i;
                    acc += ArrayFuzzPrimitives.WSin(p, coef) * 0.3;
                }
                for (var j3 = 0; j3 < steps; j3++)
                {
                    for (var i = 0; i < coef.Length; i++) coef[i] = table[i] * (j3 + 1) + i;
                    acc += ArrayFuzzPrimitives.WSin(p, coef) * 0.5;
                }
                for (var i = 0; i < n; i++) u[i] = 0.7 * u[i] * Math.Cos(0.3 * u[i]);
                acc += ArrayFuzzPrimitives.Dot(u, v) * 0.2;
                for (var i = 0; i < n; i++) u[i] = u[i] * 0.9 + 0.05 * (i + 1) * s;
            }
            acc += ArrayFuzzPrimitives.Dot(v, v) * 0.2;
            for (var i = 0; i < n; i++) v[i] = u[i] * 0.9 + 0.05 * (i + 1) * s;
            acc += ArrayFuzzPrimitives.Dot(u, v) * 0.2;
            for (var i = 0; i < n; i++) u[i] = Math.Tanh(p[i] + s * table[i % table.Length]);
            acc += H1(u, s) * 1.0;
            for (var i = 0; i < n; i++) v[i] = u[i] * 0.9 + 0.05 * (i + 1) * s;
        }
        acc += H1(u, s) * 0.3;
        acc += ArrayFuzzPrimitives.WSin(u, coef) * 0.5;
        for (var i = 0; i < coef.Length; i++) coef[i] = table[i] * 0.8 + i;
        for (var i = 0; i < n; i++) v[i] = 0.7 * p[i] * Math.Cos(0.3 * v[i]);
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: tensorcall, ndpair
    [Differentiable]
    public static double A46(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var coef = new double[3];
        for (var i = 0; i < coef.Length; i++) coef[i] = table[i] + 0.5 * i;
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += 0.0 * Tensor.Sum(TH(v, c, s));
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += H1(v, s) * -0.4;
                acc += ArrayFuzzPrimitives.Tables(u, coef, table) * 0.1;
                acc += Tensor.Sum(TH(v, c, s)) * 0.5;
                for (var i = 0; i < n; i++) u[i] = Math.Sin(u[i]) * 0.8 + 0.2 * p[i];
            }
            for (var i = 0; i < n; i++) u[i] = Math.Tanh(u[i] + s * table[i % table.Length]);
            for (var i = 0; i < n; i++) u[i] = 0.6 * p[i] + 0.4 * Math.Sin(v[i] * s);
            acc += Tensor.Sum(TH(u, c, s)) * -0.4;
        }
        acc += Mix(v, coef, table) * 0.1;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(u[i]) * 0.8 + 0.2 * p[i];
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: rebind, primitive
    [Differentiable]
    public static double A47(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var coef = new double[3];
        for (var i = 0; i < coef.Length; i++) coef[i] = table[i] + 0.5 * i;
        acc += H1(u, s) * -0.4;
        var next1 = new double[n];
        for (var i = 0; i < n; i++) next1[i] = 0.8 * u[i] + 0.2 * Math.Sin(p[i]);
        u = next1;
        if (u[0] > v[0])
        {
            acc += ArrayFuzzPrimitives.WSin(p, coef) * 0.5;
            for (var i = 0; i < coef.Length; i++) coef[i] = table[i] * 0.5 + i;
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += ArrayFuzzPrimitives.Dot(u, p) * 0.2;
                for (var i = 0; i < n; i++) u[i] = Math.Tanh(u[i] + s * table[i % table.Length]);
                acc += H1(v, s) * 0.5;
                var next2 = new double[n];
                for (var i = 0; i < n; i++) next2[i] = 0.8 * v[i] + 0.2 * Math.Sin(u[i]);
                v = next2;
                for (var j3 = 0; j3 < steps; j3++)
                {
                    for (var i = 0; i < coef.Length; i++) coef[i] = table[i] * (j3 + 1) + i;
                    acc += ArrayFuzzPrimitives.WSin(u, coef) * -0.4;
                }
                acc += ArrayFuzzPrimitives.Dot(v, p) * 0.2;
                for (var i = 0; i < n; i++) v[i] = 0.5 * v[i] + 0.3 * p[i] * s + 0.1 * table[i % table.Length];
                for (var i = 0; i < n; i++) v[i] = 0.5 * p[i] + 0.3 * p[i] * s + 0.1 * table[i % table.Length];
            }
            for (var i = 0; i < n; i++) v[i] = 0.6 * u[i] + 0.4 * Math.Sin(v[i] * s);
            for (var i = 0; i < n; i++) u[i] = 0.5 * p[i] + 0.3 * p[i] * s + 0.1 * table[i % table.Length];
            acc += ArrayFuzzPrimitives.WSin(p, coef) * 1.0;
            for (var i = 0; i < coef.Length; i++) coef[i] = table[i] * -0.3 + i;
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += H1(p, s) * -0.4;
            for (var i = 0; i < n; i++) u[i] = Math.Tanh(v[i] + s * table[i % table.Length]);
            for (var j4 = 0; j4 < steps; j4++)
            {
                for (var i = 0; i < coef.Length; i++) coef[i] = table[i] * (j4 + 1) + i;
                acc += ArrayFuzzPrimitives.WSin(v, coef) * 1.0;
            }
            acc += H1(v, s) * 0.3;
            var old5 = v;
            v = new double[n];
            for (var i = 0; i < n; i++) v[i] = 0.9 * old5[i] + 0.1 * s;
            if (s < 0.0)
            {
                for (var j6 = 0; j6 < steps; j6++)
                {
                    for (var i = 0; i < coef.Length; i++) coef[i] = table[i] * (j6 + 1) + i;
                    acc += ArrayFuzzPrimitives.WSin(v, coef) * 0.5;
                }
                var next7 = new double[n];
                for (var i = 0; i < n; i++) next7[i] = 0.8 * u[i] + 0.2 * Math.Sin(u[i]);
                u = next7;
                acc += ArrayFuzzPrimitives.Dot(u, u) * 0.2;
                for (var i = 0; i < n; i++) u[i] = 0.5 * v[i] + 0.3 * v[i] * s + 0.1 * table[i % table.Length];
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += H1(p, s) * -0.4;
                for (var j8 = 0; j8 < steps; j8++)
                {
                    for (var i = 0; i < coef.Length; i++) coef[i] = table[i] * (j8 + 1) + i;
                    acc += ArrayFuzzPrimitives.WSin(p, coef) * -0.4;
                }
                for (var j9 = 0; j9 < steps; j9++)
                {
                    for (var i = 0; i < coef.Length; i++) coef[i] = table[i] * (j9 + 1) + i;
                    acc += ArrayFuzzPrimitives.WSin(u, coef) * 1.0;
                }
                acc += H1(u, s) * 0.5;
                var next10 = new double[n];
                for (var i = 0; i < n; i++) next10[i] = 0.8 * u[i] + 0.2 * Math.Sin(u[i]);
                u = next10;
            }
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: tensorloop, swap
    [Differentiable]
    public static double A48(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var tt1 = c;
        for (var j2 = 0; j2 < steps; j2++) tt1 = TScale(v, tt1);
        acc += Tensor.Sum(tt1) * 0.2;
        for (var i = 0; i < n; i++) v[i] = p[i] * 0.9 + 0.05 * (i + 1) * s;
        for (var i = 0; i < n; i++) u[i] = p[i] * 0.9 + 0.05 * (i + 1) * s;
        acc += H1(u, s) * -0.4;
        for (var i = 0; i < n; i++) v[i] = 0.5 * u[i] + 0.3 * Math.Sin(v[i] * s);
        var swap3 = u;
        u = v;
        v = swap3;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: none (control)
    [Differentiable]
    public static double A49(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var i = 0; i < n; i++) u[i] = 0.7 * p[i] * Math.Cos(0.3 * p[i]);
        for (var i = 0; i < n; i++) u[i] = v[i] * 0.9 + 0.05 * (i + 1) * s;
        for (var i = 0; i < n; i++) u[i] = u[i] * 0.9 + 0.05 * (i + 1) * s;
        acc += H1(p, s) * -0.4;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: primitive
    [Differentiable]
    public static double A50(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var coef = new double[3];
        for (var i = 0; i < coef.Length; i++) coef[i] = table[i] + 0.5 * i;
        for (var i = 0; i < n; i++) u[i] = 0.7 * p[i] * Math.Cos(0.3 * p[i]);
        for (var i = 0; i < n; i++) v[i] = Math.Tanh(u[i] + s * table[i % table.Length]);
        acc += ArrayFuzzPrimitives.Dot(v, u) * 0.2;
        for (var i = 0; i < n; i++) v[i] = 0.5 * u[i] + 0.3 * p[i] * s + 0.1 * table[i % table.Length];
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: ordered
    [Differentiable]
    public static double A51(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var i = 0; i < n; i++) v[i] = Math.Sin(u[i]) * 0.8 + 0.2 * p[i];
        for (var k0 = 0; k0 < steps; k0++)
        {
            var unused1 = HD(p, s);
            _ = HD(table, 0.5);
            acc += Math.Sin(ArrayFuzzPrimitives.Drift(v[0])) * 0.5;
            for (var i = 0; i < n; i++) u[i] = v[i] * 0.9 + 0.05 * (i + 1) * s;
            acc += Math.Sin(ArrayFuzzPrimitives.Drift(v[0])) * 0.5;
            acc += HD(p, s) * 0.3;
        }
        var drift2 = ArrayFuzzPrimitives.Drift(s);
        acc += drift2 * drift2 * 0.2;
        var unused3 = HD(p, s);
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: none (control)
    [Differentiable]
    public static double A52(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var i = 0; i < n; i++) u[i] = 0.7 * v[i] * Math.Cos(0.3 * v[i]);
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += H1(v, s) * 0.3;
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += H1(v, s) * 1.0;
                acc += H1(u, s) * 0.3;
                for (var i = 0; i < n; i++) u[i] = 0.5 * p[i] + 0.3 * v[i] * s + 0.1 * table[i % table.Length];
                for (var i = 0; i < n; i++) u[i] = Math.Tanh(u[i] + s * table[i % table.Length]);
                for (var i = 0; i < n; i++) v[i] = Math.Tanh(v[i] + s * table[i % table.Length]);
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += H1(u, s) * 1.0;
                for (var i = 0; i < n; i++) u[i] = 0.7 * p[i] * Math.Cos(0.3 * v[i]);
                acc += H1(p, s) * 1.0;
                for (var i = 0; i < n; i++) v[i] = Math.Tanh(v[i] + s * table[i % table.Length]);
                for (var i = 0; i < n; i++) v[i] = 0.7 * v[i] * Math.Cos(0.3 * u[i]);
            }
            for (var i = 0; i < n; i++) v[i] = Math.Sin(v[i]) * 0.8 + 0.2 * p[i];
            acc += H1(u, s) * -0.4;
        }
        acc += H1(v, s) * 1.0;
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += H1(u, s) * 0.3;
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += H1(u, s) * 0.3;
                for (var i = 0; i < n; i++) v[i] = Math.Tanh(u[i] + s * table[i % table.Length]);
                for (var i = 0; i < n; i++) u[i] = v[i] * 0.9 + 0.05 * (i + 1) * s;
                for (var i = 0; i < n; i++) v[i] = 0.7 * v[i] * Math.Cos(0.3 * p[i]);
                for (var i = 0; i < n; i++) v[i] = Math.Tanh(p[i] + s * table[i % table.Length]);
                for (var i = 0; i < n; i++) u[i] = Math.Tanh(v[i] + s * table[i % table.Length]);
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += H1(u, s) * 0.5;
                for (var i = 0; i < n; i++) u[i] = 0.6 * v[i] + 0.4 * Math.Sin(p[i] * s);
                for (var i = 0; i < n; i++) v[i] = 0.7 * p[i] * Math.Cos(0.3 * p[i]);
                for (var i = 0; i < n; i++) v[i] = 0.5 * v[i] + 0.3 * u[i] * s + 0.1 * table[i % table.Length];
                for (var i = 0; i < n; i++) v[i] = 0.6 * v[i] + 0.4 * Math.Sin(p[i] * s);
                for (var i = 0; i < n; i++) u[i] = Math.Tanh(v[i] + s * table[i % table.Length]);
            }
            acc += H1(u, s) * 0.3;
        }
        acc += H1(u, s) * 0.3;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: ordered, primitive
    [Differentiable]
    public static double A53(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var coef = new double[3];
        for (var i = 0; i < coef.Length; i++) coef[i] = table[i] + 0.5 * i;
        acc += H1(u, s) * -0.4;
        for (var i = 0; i < n; i++) u[i] = 0.6 * p[i] + 0.4 * Math.Sin(u[i] * s);
        for (var i = 0; i < n; i++) v[i] = 0.6 * u[i] + 0.4 * Math.Sin(v[i] * s);
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: paramalias
    [Differentiable]
    public static double A54(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var q = p;
        p = u;
        acc += H1(p, s) * 0.3;
        for (var i = 0; i < n; i++) u[i] = 0.6 * q[i] + 0.4 * Math.Sin(q[i] * s);
        q = u;
        acc += H1(q, s) * -0.4;
        q = p;
        acc += H1(q, s) * 0.5;
        for (var i = 0; i < n; i++) v[i] = p[i] * 0.9 + 0.05 * (i + 1) * s;
        for (var i = 0; i < n; i++) u[i] = 0.6 * p[i] + 0.4 * Math.Sin(v[i] * s);
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05 + q[i] * 0.02;
        return acc;
    }

    // features: rebind, paramalias
    [Differentiable]
    public static double A55(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var q = p;
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += H1(p, s) * 1.0;
            if (u[0] > v[0])
            {
                q = u;
                acc += H1(q, s) * 0.5;
                for (var i = 0; i < n; i++) u[i] = Math.Tanh(p[i] + s * table[i % table.Length]);
                acc += H1(u, s) * -0.4;
                var old1 = u;
                u = new double[n];
                for (var i = 0; i < n; i++) u[i] = 0.9 * old1[i] + 0.1 * s;
                q = p;
                acc += H1(q, s) * 1.0;
            }
            else
            {
                acc += H1(q, s) * 1.0;
                acc += H1(v, s) * -0.4;
                var next2 = new double[n];
                for (var i = 0; i < n; i++) next2[i] = 0.8 * v[i] + 0.2 * Math.Sin(v[i]);
                v = next2;
                for (var i = 0; i < n; i++) u[i] = Math.Tanh(q[i] + s * table[i % table.Length]);
            }
            acc += H1(p, s) * -0.4;
            if (s < 0.0)
            {
                acc += H1(u, s) * -0.4;
                var next3 = new double[n];
                for (var i = 0; i < n; i++) next3[i] = 0.8 * u[i] + 0.2 * Math.Sin(q[i]);
                u = next3;
                p = u;
                acc += H1(p, s) * 0.5;
                for (var i = 0; i < n; i++) u[i] = p[i] * 0.9 + 0.05 * (i + 1) * s;
                acc += H1(u, s) * -0.4;
            }
        }
        acc += H1(v, s) * 0.5;
        for (var i = 0; i < n; i++) u[i] = 0.5 * p[i] + 0.3 * p[i] * s + 0.1 * table[i % table.Length];
        acc += H1(u, s) * 0.3;
        var next4 = new double[n];
        for (var i = 0; i < n; i++) next4[i] = 0.8 * u[i] + 0.2 * Math.Sin(u[i]);
        u = next4;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05 + q[i] * 0.02;
        return acc;
    }

    // features: tensorloop, ordered
    [Differentiable]
    public static double A56(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var i = 0; i < n; i++) v[i] = u[i] * 0.9 + 0.05 * (i + 1) * s;
        var tt1 = c;
        for (var j2 = 0; j2 < steps; j2++) tt1 = TScale(u, tt1);
        acc += Tensor.Sum(tt1) * 0.2;
        if (s < 0.0)
        {
            for (var k1 = 0; k1 < steps; k1++)
            {
                var tt3 = c;
                for (var j4 = 0; j4 < steps; j4++) tt3 = TScale(v, tt3);
                acc += Tensor.Sum(tt3) * 0.2;
                for (var i = 0; i < n; i++) v[i] = 0.7 * v[i] * Math.Cos(0.3 * v[i]);
                for (var i = 0; i < n; i++) v[i] = 0.6 * u[i] + 0.4 * Math.Sin(v[i] * s);
                acc += HD(u, s) * 0.3;
                for (var i = 0; i < n; i++) v[i] = 0.7 * p[i] * Math.Cos(0.3 * p[i]);
                acc += HD(u, s) * 0.3;
            }
            acc += H1(u, s) * -0.4;
            var tt5 = c;
            for (var j6 = 0; j6 < steps; j6++) tt5 = TScale(u, tt5);
            acc += Tensor.Sum(tt5) * 0.2;
            if (acc > 100.0)
            {
                var drift7 = ArrayFuzzPrimitives.Drift(s);
                acc += drift7 * drift7 * 0.2;
                var tt8 = c;
                for (var j9 = 0; j9 < steps; j9++) tt8 = TScale(v, tt8);
                acc += Tensor.Sum(tt8) * 0.2;
                _ = HD(table, 0.5);
                var tt10 = c;
                for (var j11 = 0; j11 < steps; j11++) tt10 = TScale(v, tt10);
                acc += Tensor.Sum(tt10) * 0.2;
                var unused12 = HD(u, s);
            }
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: tensorloop
    [Differentiable]
    public static double A57(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += H1(u, s) * 0.3;
            for (var k1 = 0; k1 < steps; k1++)
            {
                var tt1 = c;
                for (var j2 = 0; j2 < steps; j2++) tt1 = TScale(v, tt1);
                acc += Tensor.Sum(tt1) * 0.2;
                var tt3 = c;
                for (var j4 = 0; j4 < steps; j4++) tt3 = TScale(u, tt3);
                acc += Tensor.Sum(tt3) * 0.2;
                for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) * 0.8 + 0.2 * p[i];
                var tt5 = c;
                for (var j6 = 0; j6 < steps; j6++) tt5 = TScale(u, tt5);
                acc += Tensor.Sum(tt5) * 0.2;
                var tt7 = c;
                for (var j8 = 0; j8 < steps; j8++) tt7 = TScale(v, tt7);
                acc += Tensor.Sum(tt7) * 0.2;
                var tt9 = c;
                for (var j10 = 0; j10 < steps; j10++) tt9 = TScale(u, tt9);
                acc += Tensor.Sum(tt9) * 0.2;
            }
            var tt11 = c;
            for (var j12 = 0; j12 < steps; j12++) tt11 = TScale(v, tt11);
            acc += Tensor.Sum(tt11) * 0.2;
            for (var i = 0; i < n; i++) v[i] = Math.Sin(v[i]) * 0.8 + 0.2 * p[i];
            var tt13 = c;
            for (var j14 = 0; j14 < steps; j14++) tt13 = TScale(u, tt13);
            acc += Tensor.Sum(tt13) * 0.2;
            for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) * 0.8 + 0.2 * p[i];
        }
        var tt15 = c;
        for (var j16 = 0; j16 < steps; j16++) tt15 = TScale(v, tt15);
        acc += Tensor.Sum(tt15) * 0.2;
        var tt17 = c;
        for (var j18 = 0; j18 < steps; j18++) tt17 = TScale(u, tt17);
        acc += Tensor.Sum(tt17) * 0.2;
        var tt19 = c;
        for (var j20 = 0; j20 < steps; j20++) tt19 = TScale(v, tt19);
        acc += Tensor.Sum(tt19) * 0.2;
        for (var k0 = 0; k0 < steps; k0++)
        {
            var tt21 = c;
            for (var j22 = 0; j22 < steps; j22++) tt21 = TScale(v, tt21);
            acc += Tensor.Sum(tt21) * 0.2;
            acc += H1(v, s) * 0.3;
            for (var k1 = 0; k1 < steps; k1++)
            {
                var tt23 = c;
                for (var j24 = 0; j24 < steps; j24++) tt23 = TScale(v, tt23);
                acc += Tensor.Sum(tt23) * 0.2;
                for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) * 0.8 + 0.2 * p[i];
                var tt25 = c;
                for (var j26 = 0; j26 < steps; j26++) tt25 = TScale(u, tt25);
                acc += Tensor.Sum(tt25) * 0.2;
                for (var i = 0; i < n; i++) u[i] = Math.Sin(p[i]) * 0.8 + 0.2 * p[i];
                var tt27 = c;
                for (var j28 = 0; j28 < steps; j28++) tt27 = TScale(v, tt27);
                acc += Tensor.Sum(tt27) * 0.2;
                for (var i = 0; i < n; i++) v[i] = 0.5 * p[i] + 0.3 * p[i] * s + 0.1 * table[i % table.Length];
            }
            if (acc > 100.0)
            {
                var tt29 = c;
                for (var j30 = 0; j30 < steps; j30++) tt29 = TScale(v, tt29);
                acc += Tensor.Sum(tt29) * 0.2;
                var tt31 = c;
                for (var j32 = 0; j32 < steps; j32++) tt31 = TScale(v, tt31);
                acc += Tensor.Sum(tt31) * 0.2;
                acc += H1(p, s) * 0.3;
            }
            else
            {
                var tt33 = c;
                for (var j34 = 0; j34 < steps; j34++) tt33 = TScale(v, tt33);
                acc += Tensor.Sum(tt33) * 0.2;
                for (var i = 0; i < n; i++) u[i] = Math.Sin(v[i]) * 0.8 + 0.2 * p[i];
                var tt35 = c;
                for (var j36 = 0; j36 < steps; j36++) tt35 = TScale(v, tt35);
                acc += Tensor.Sum(tt35) * 0.2;
                var tt37 = c;
                for (var j38 = 0; j38 < steps; j38++) tt37 = TScale(v, tt37);
                acc += Tensor.Sum(tt37) * 0.2;
            }
            for (var i = 0; i < n; i++) u[i] = Math.Tanh(v[i] + s * table[i % table.Length]);
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: ordered
    [Differentiable]
    public static double A58(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        _ = HD(table, 0.5);
        for (var i = 0; i < n; i++) v[i] = Math.Sin(v[i]) * 0.8 + 0.2 * p[i];
        acc += HD(u, s) * 0.3;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

    // features: ndpair
    [Differentiable]
    public static double A59(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)
    {
        var n = p.Length;
        var acc = 0.0;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var coef = new double[3];
        for (var i = 0; i < coef.Length; i++) coef[i] = table[i] + 0.5 * i;
        acc += Mix(u, coef, table) * 0.1;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) * 0.8 + 0.2 * p[i];
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += ArrayFuzzPrimitives.Tables(p, coef, table) * 0.1;
            acc += Mix(v, coef, table) * 0.1;
            acc += ArrayFuzzPrimitives.Tables(u, coef, table) * 0.1;
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += Mix(u, table, coef) * 0.1;
                acc += H1(v, s) * 0.3;
                acc += Mix(v, coef, table) * 0.1;
                for (var i = 0; i < n; i++) v[i] = u[i] * 0.9 + 0.05 * (i + 1) * s;
                for (var i = 0; i < n; i++) u[i] = p[i] * 0.9 + 0.05 * (i + 1) * s;
            }
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            acc += Mix(v, coef, table) * 0.1;
            acc += Mix(u, table, coef) * 0.1;
            for (var k1 = 0; k1 < steps; k1++)
            {
                acc += ArrayFuzzPrimitives.Tables(p, table, coef) * 0.1;
                acc += ArrayFuzzPrimitives.Tables(p, coef, table) * 0.1;
                for (var i = 0; i < n; i++) u[i] = Math.Tanh(v[i] + s * table[i % table.Length]);
                acc += Mix(v, table, coef) * 0.1;
            }
            acc += H1(v, s) * 0.3;
            acc += H1(v, s) * 1.0;
        }
        for (var i = 0; i < n; i++) v[i] = 0.5 * u[i] + 0.3 * p[i] * s + 0.1 * table[i % table.Length];
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;
        return acc;
    }

}
