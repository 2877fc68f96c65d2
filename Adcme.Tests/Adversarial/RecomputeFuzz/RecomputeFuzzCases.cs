// Written by gen_recompute.py 1 40: do not edit; change the script and run it again.
namespace Adcme.Tests.Adversarial.RecomputeFuzz;

public static partial class RecomputeFuzzCases
{
    [Differentiable]
    public static double R0(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var i = 0; i < n; i++)
        {
            var l1 = v[(i + n - 1) % n];
            var c2 = v[i];
            var r3 = v[(i + 1) % n];
            var sp4 = Math.Abs(l1 - c2);
            if (c2 > l1) u[i] = c2 + 0.05 * (0.25 * (l1 * l1 - r3 * r3) + 0.1 * sp4 * (r3 - 2 * c2 + l1));
            else u[i] = c2 - 0.02 * sp4 * r3;
        }
        var m5 = Math.Abs(u[0]) + 0.2;
        for (var i = 0; i < n; i++)
        {
            u[i] = u[i] / m5 * 0.8;
        }
        acc += m5 * m5 * 0.1;
        for (var k0 = 0; k0 < steps; k0++)
        {
            for (var i = 0; i < n; i++)
            {
                var l6 = v[(i + n - 1) % n];
                var c7 = v[i];
                var r8 = v[(i + 1) % n];
                var sp9 = Math.Min(l6, c7);
                if (sp9 > 0.7) break;
                if (c7 < 0.0) continue;
                v[i] = c7 + 0.05 * (0.25 * (l6 * l6 - r8 * r8) + 0.1 * sp9 * (r8 - 2 * c7 + l6));
            }
            for (var i = 0; i < n; i += 2)
            {
                var j10 = (i * 3 + 1) % n;
                var e11 = u[j10];
                u[i] = e11 * Math.Abs(e11) * 0.3 + 0.5 * u[i] + 0.1 * table[i % table.Length];
            }
            for (var i = 0; i < n; i++)
            {
                var l12 = v[(i + n - 1) % n];
                var c13 = v[i];
                var r14 = v[(i + 1) % n];
                var sp15 = Math.Abs(l12 - c13);
                u[i] = c13 + 0.05 * (0.25 * (l12 * l12 - r14 * r14) + 0.1 * sp15 * (r14 - 2 * c13 + l12));
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                var g16 = Math.Max(a, u[2]) * s;
                a = a * 0.8 + 0.1;
                acc += g16 * g16 * 0.2 + a * 0.1;
                var g17 = Math.Max(a, v[0]) * s;
                a = a * 0.8 + 0.1;
                acc += g17 * g17 * 0.2 + a * 0.1;
                for (var i = 0; i < n; i++)
                {
                    var l18 = u[(i + n - 1) % n];
                    var c19 = u[i];
                    var r20 = u[(i + 1) % n];
                    var sp21 = Math.Max(Math.Abs(l18), Math.Abs(c19));
                    v[i] = c19 + 0.05 * (0.25 * (l18 * l18 - r20 * r20) + 0.1 * sp21 * (r20 - 2 * c19 + l18));
                }
            }
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R1(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var m1 = Math.Abs(u[0]) + 0.2;
        for (var i = 0; i < n; i++)
        {
            u[i] = u[i] / m1 * 0.8;
        }
        acc += m1 * m1 * 0.1;
        var g2 = Math.Max(a, v[0]) * s;
        a = a * 0.8 + 0.1;
        acc += g2 * g2 * 0.2 + a * 0.1;
        var m3 = Math.Abs(v[0]) + 0.2;
        for (var i = 0; i < n; i++)
        {
            u[i] = u[i] * 0.7 + m3 * v[i] * 0.2;
        }
        acc += m3 * m3 * 0.1;
        for (var i = 0; i < n; i += 2)
        {
            var j4 = (i * 3 + 1) % n;
            var e5 = u[j4];
            v[i] = e5 * Math.Abs(e5) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R2(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var m1 = Math.Abs(v[0]) + 0.2;
        for (var i = 0; i < n; i++)
        {
            v[i] = v[i] / m1 * 0.8;
        }
        acc += m1 * m1 * 0.1;
        for (var k0 = 0; k0 < steps; k0++)
        {
            var m2 = Math.Abs(u[0]) + 0.2;
            for (var i = 0; i < n; i++)
            {
                u[i] = u[i] / m2 * 0.8;
            }
            acc += m2 * m2 * 0.1;
            if (s > 0.5)
            {
                for (var i = 0; i < n; i++) v[i] = u[i];
                for (var i = 0; i < n; i += 2)
                {
                    var j3 = (i * 3 + 1) % n;
                    var e4 = v[j3];
                    v[i] = e4 * Math.Abs(e4) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
                }
                for (var i = 0; i < n; i++)
                {
                    var l5 = u[(i + n - 1) % n];
                    var c6 = u[i];
                    var r7 = u[(i + 1) % n];
                    var sp8 = Math.Max(Math.Abs(l5), Math.Abs(c6));
                    if (c6 > l5) v[i] = c6 + 0.05 * (0.25 * (l5 * l5 - r7 * r7) + 0.1 * sp8 * (r7 - 2 * c6 + l5));
                    else v[i] = c6 - 0.02 * sp8 * r7;
                }
            }
            for (var i = 0; i < n; i++) v[i] = u[i];
        }
        for (var i = 0; i < n; i += 2)
        {
            var j9 = (i * 3 + 1) % n;
            var e10 = v[j9];
            v[i] = e10 * Math.Abs(e10) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R3(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var i = 0; i < n; i += 2)
        {
            var j1 = (i * 3 + 1) % n;
            var e2 = v[j1];
            u[i] = e2 * Math.Abs(e2) * 0.3 + 0.5 * u[i] + 0.1 * table[i % table.Length];
        }
        for (var i = 0; i < n; i++)
        {
            var l3 = u[(i + n - 1) % n];
            var c4 = u[i];
            var r5 = u[(i + 1) % n];
            var sp6 = Math.Max(Math.Abs(l3), Math.Abs(c4));
            v[i] = c4 + 0.05 * (0.25 * (l3 * l3 - r5 * r5) + 0.1 * sp6 * (r5 - 2 * c4 + l3));
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            var t7 = u;
            u = v;
            v = t7;
            if (s > 0.5)
            {
                var t8 = u;
                u = v;
                v = t8;
                for (var i = 0; i < n; i++)
                {
                    var l9 = v[(i + n - 1) % n];
                    var c10 = v[i];
                    var r11 = v[(i + 1) % n];
                    var sp12 = Math.Sqrt(l9 * l9 + 0.1);
                    u[i] = c10 + 0.05 * (0.25 * (l9 * l9 - r11 * r11) + 0.1 * sp12 * (r11 - 2 * c10 + l9));
                }
                var g13 = Math.Max(a, v[3]) * s;
                a = a * 0.8 + 0.1;
                acc += g13 * g13 * 0.2 + a * 0.1;
                var m14 = Math.Abs(v[0]) + 0.2;
                for (var i = 0; i < n; i++)
                {
                    v[i] = v[i] / m14 * 0.8;
                }
                acc += m14 * m14 * 0.1;
                for (var i = 0; i < n; i++)
                {
                    var l15 = v[(i + n - 1) % n];
                    var c16 = v[i];
                    var r17 = v[(i + 1) % n];
                    var sp18 = (l15 * c16 + 0.5);
                    if (c16 > l15) u[i] = c16 + 0.05 * (0.25 * (l15 * l15 - r17 * r17) + 0.1 * sp18 * (r17 - 2 * c16 + l15));
                    else u[i] = c16 - 0.02 * sp18 * r17;
                }
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                for (var i = 0; i < n; i++)
                {
                    var l19 = u[(i + n - 1) % n];
                    var c20 = u[i];
                    var r21 = u[(i + 1) % n];
                    var sp22 = (l19 * c20 + 0.5);
                    v[i] = c20 + 0.05 * (0.25 * (l19 * l19 - r21 * r21) + 0.1 * sp22 * (r21 - 2 * c20 + l19));
                }
                for (var i = 0; i < n; i++) v[i] = u[i];
                for (var i = 0; i < n; i++)
                {
                    var l23 = v[(i + n - 1) % n];
                    var c24 = v[i];
                    var r25 = v[(i + 1) % n];
                    var sp26 = Math.Abs(l23 - c24);
                    v[i] = c24 + 0.05 * (0.25 * (l23 * l23 - r25 * r25) + 0.1 * sp26 * (r25 - 2 * c24 + l23));
                    acc += c24 * sp26 * 0.01 + v[i] * 0.02;
                }
            }
        }
        for (var i = 0; i < n; i++)
        {
            var l27 = u[(i + n - 1) % n];
            var c28 = u[i];
            var r29 = u[(i + 1) % n];
            var sp30 = Math.Sqrt(l27 * l27 + 0.1);
            u[i] = c28 + 0.05 * (0.25 * (l27 * l27 - r29 * r29) + 0.1 * sp30 * (r29 - 2 * c28 + l27));
            acc += c28 * sp30 * 0.01 + u[i] * 0.02;
        }
        var t31 = u;
        u = v;
        v = t31;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R4(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var m1 = Math.Abs(v[0]) + 0.2;
        for (var i = 0; i < n; i++)
        {
            v[i] = v[i] / m1 * 0.8;
        }
        acc += m1 * m1 * 0.1;
        for (var i = 0; i < n; i++)
        {
            var l2 = u[(i + n - 1) % n];
            var c3 = u[i];
            var r4 = u[(i + 1) % n];
            var sp5 = Math.Min(l2, c3);
            v[i] = c3 + 0.05 * (0.25 * (l2 * l2 - r4 * r4) + 0.1 * sp5 * (r4 - 2 * c3 + l2));
        }
        for (var i = 0; i < n; i++)
        {
            var l6 = v[(i + n - 1) % n];
            var c7 = v[i];
            var r8 = v[(i + 1) % n];
            var sp9 = Math.Sqrt(l6 * l6 + 0.1);
            u[i] = c7 + 0.05 * (0.25 * (l6 * l6 - r8 * r8) + 0.1 * sp9 * (r8 - 2 * c7 + l6));
            acc += c7 * sp9 * 0.01 + v[i] * 0.02;
        }
        if (acc > 1.0)
        {
            var g10 = Math.Max(a, u[3]) * s;
            a = a * 0.8 + 0.1;
            acc += g10 * g10 * 0.2 + a * 0.1;
            for (var i = 0; i < n; i += 2)
            {
                var j11 = (i * 3 + 1) % n;
                var e12 = v[j11];
                v[i] = e12 * Math.Abs(e12) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                for (var i = 0; i < n; i++)
                {
                    var l13 = v[(i + n - 1) % n];
                    var c14 = v[i];
                    var r15 = v[(i + 1) % n];
                    var sp16 = Math.Min(l13, c14);
                    var w17 = v;
                    w17[(i + 1) % n] = w17[(i + 1) % n] * 0.9 + 0.01 * c14;
                    v[i] = c14 + 0.05 * (0.25 * (l13 * l13 - r15 * r15) + 0.1 * sp16 * (r15 - 2 * c14 + l13)) + r15 * sp16 * 0.01;
                }
                var m18 = Math.Abs(v[0]) + 0.2;
                for (var i = 0; i < n; i++)
                {
                    u[i] = u[i] * 0.7 + m18 * v[i] * 0.2;
                }
                acc += m18 * m18 * 0.1;
                var g19 = Math.Max(a, u[0]) * s;
                acc += g19 * g19 * 0.2 + a * 0.1;
                for (var i = 0; i < n; i++)
                {
                    var l20 = u[(i + n - 1) % n];
                    var c21 = u[i];
                    var r22 = u[(i + 1) % n];
                    var sp23 = Math.Sqrt(l20 * l20 + 0.1);
                    var w24 = u;
                    w24[(i + 1) % n] = w24[(i + 1) % n] * 0.9 + 0.01 * c21;
                    u[i] = c21 + 0.05 * (0.25 * (l20 * l20 - r22 * r22) + 0.1 * sp23 * (r22 - 2 * c21 + l20)) + r22 * sp23 * 0.01;
                }
            }
            var t25 = u;
            u = v;
            v = t25;
        }
        else
        {
            for (var k1 = 0; k1 < steps; k1++)
            {
                var g26 = Math.Max(a, u[0]) * s;
                a = a * 0.8 + 0.1;
                acc += g26 * g26 * 0.2 + a * 0.1;
                var m27 = Math.Abs(u[0]) + 0.2;
                for (var i = 0; i < n; i++)
                {
                    v[i] = v[i] * 0.7 + m27 * u[i] * 0.2;
                }
                acc += m27 * m27 * 0.1;
                var m28 = Math.Abs(u[0]) + 0.2;
                for (var i = 0; i < n; i++)
                {
                    v[i] = v[i] * 0.7 + m28 * u[i] * 0.2;
                }
                acc += m28 * m28 * 0.1;
            }
            if (s > 0.5)
            {
                var t29 = u;
                u = v;
                v = t29;
                for (var i = 0; i < n; i++)
                {
                    var l30 = v[(i + n - 1) % n];
                    var c31 = v[i];
                    var r32 = v[(i + 1) % n];
                    var sp33 = Math.Max(Math.Abs(l30), Math.Abs(c31));
                    v[i] = c31 + 0.05 * (0.25 * (l30 * l30 - r32 * r32) + 0.1 * sp33 * (r32 - 2 * c31 + l30));
                    acc += c31 * sp33 * 0.01 + v[i] * 0.02;
                }
                for (var i = 0; i < n; i++)
                {
                    var l34 = u[(i + n - 1) % n];
                    var c35 = u[i];
                    var r36 = u[(i + 1) % n];
                    var sp37 = Math.Abs(l34 - c35);
                    u[i] = c35 + 0.05 * (0.25 * (l34 * l34 - r36 * r36) + 0.1 * sp37 * (r36 - 2 * c35 + l34));
                    acc += c35 * sp37 * 0.01 + u[i] * 0.02;
                }
                for (var i = 0; i < n; i++)
                {
                    var l38 = u[(i + n - 1) % n];
                    var c39 = u[i];
                    var r40 = u[(i + 1) % n];
                    var sp41 = (l38 * c39 + 0.5);
                    if (c39 > l38) u[i] = c39 + 0.05 * (0.25 * (l38 * l38 - r40 * r40) + 0.1 * sp41 * (r40 - 2 * c39 + l38));
                    else u[i] = c39 - 0.02 * sp41 * r40;
                }
            }
            else
            {
                for (var i = 0; i < n; i++) u[i] = v[i];
                for (var i = 0; i < n; i++)
                {
                    var l42 = v[(i + n - 1) % n];
                    var c43 = v[i];
                    var r44 = v[(i + 1) % n];
                    var sp45 = (l42 * c43 + 0.5);
                    var w46 = v;
                    w46[(i + 1) % n] = w46[(i + 1) % n] * 0.9 + 0.01 * c43;
                    v[i] = c43 + 0.05 * (0.25 * (l42 * l42 - r44 * r44) + 0.1 * sp45 * (r44 - 2 * c43 + l42)) + r44 * sp45 * 0.01;
                }
                var g47 = Math.Max(a, v[0]) * s;
                a = a * 0.8 + 0.1;
                acc += g47 * g47 * 0.2 + a * 0.1;
                for (var i = 0; i < n; i++)
                {
                    var l48 = u[(i + n - 1) % n];
                    var c49 = u[i];
                    var r50 = u[(i + 1) % n];
                    var sp51 = (l48 * c49 + 0.5);
                    var w52 = u;
                    w52[(i + 1) % n] = w52[(i + 1) % n] * 0.9 + 0.01 * c49;
                    v[i] = c49 + 0.05 * (0.25 * (l48 * l48 - r50 * r50) + 0.1 * sp51 * (r50 - 2 * c49 + l48)) + r50 * sp51 * 0.01;
                }
            }
            for (var i = 0; i < n; i += 2)
            {
                var j53 = (i * 3 + 1) % n;
                var e54 = v[j53];
                u[i] = e54 * Math.Abs(e54) * 0.3 + 0.5 * u[i] + 0.1 * table[i % table.Length];
            }
            var g55 = Math.Max(a, u[2]) * s;
            a = a * 0.8 + 0.1;
            acc += g55 * g55 * 0.2 + a * 0.1;
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R5(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var g1 = Math.Max(a, v[2]) * s;
        a = a * 0.8 + 0.1;
        acc += g1 * g1 * 0.2 + a * 0.1;
        if (s > 0.5)
        {
            var t2 = u;
            u = v;
            v = t2;
            for (var k1 = 0; k1 < steps; k1++)
            {
                for (var i = 0; i < n; i += stride)
                {
                    var j3 = (i * 3 + 1) % n;
                    var e4 = u[j3];
                    v[i] = e4 * Math.Abs(e4) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
                }
                for (var i = 0; i < n; i++)
                {
                    var l5 = v[(i + n - 1) % n];
                    var c6 = v[i];
                    var r7 = v[(i + 1) % n];
                    var sp8 = Math.Min(l5, c6);
                    var w9 = v;
                    w9[(i + 1) % n] = w9[(i + 1) % n] * 0.9 + 0.01 * c6;
                    v[i] = c6 + 0.05 * (0.25 * (l5 * l5 - r7 * r7) + 0.1 * sp8 * (r7 - 2 * c6 + l5)) + r7 * sp8 * 0.01;
                }
                for (var i = 0; i < n; i++)
                {
                    var l10 = u[(i + n - 1) % n];
                    var c11 = u[i];
                    var r12 = u[(i + 1) % n];
                    var sp13 = Math.Max(Math.Abs(l10), Math.Abs(c11));
                    var q14 = a * c11 + sp13;
                    a = Math.Abs(a - c11 * 0.1) * 0.9 + 0.05;
                    u[i] = c11 + 0.05 * (0.25 * (l10 * l10 - r12 * r12) + 0.1 * sp13 * (r12 - 2 * c11 + l10)) + 0.01 * q14 * q14 * a;
                }
                var t15 = u;
                u = v;
                v = t15;
            }
            for (var i = 0; i < n; i++)
            {
                var l16 = u[(i + n - 1) % n];
                var c17 = u[i];
                var r18 = u[(i + 1) % n];
                var sp19 = Math.Max(Math.Abs(l16), Math.Abs(c17));
                var w20 = u;
                w20[(i + 1) % n] = w20[(i + 1) % n] * 0.9 + 0.01 * c17;
                u[i] = c17 + 0.05 * (0.25 * (l16 * l16 - r18 * r18) + 0.1 * sp19 * (r18 - 2 * c17 + l16)) + r18 * sp19 * 0.01;
            }
        }
        var g21 = Math.Max(a, u[0]) * s;
        acc += g21 * g21 * 0.2 + a * 0.1;
        for (var i = 0; i < n; i++)
        {
            var l22 = u[(i + n - 1) % n];
            var c23 = u[i];
            var r24 = u[(i + 1) % n];
            var sp25 = Math.Min(l22, c23);
            var q26 = a * c23 + sp25;
            a = Math.Abs(a - c23 * 0.1) * 0.9 + 0.05;
            u[i] = c23 + 0.05 * (0.25 * (l22 * l22 - r24 * r24) + 0.1 * sp25 * (r24 - 2 * c23 + l22)) + 0.01 * q26 * q26 * a;
        }
        for (var i = 0; i < n; i += stride)
        {
            var j27 = (i * 3 + 1) % n;
            var e28 = v[j27];
            u[i] = e28 * Math.Abs(e28) * 0.3 + 0.5 * u[i] + 0.1 * table[i % table.Length];
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R6(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var i = 0; i < n; i++)
        {
            var l1 = u[(i + n - 1) % n];
            var c2 = u[i];
            var r3 = u[(i + 1) % n];
            var sp4 = (l1 * c2 + 0.5);
            v[i] = c2 + 0.05 * (0.25 * (l1 * l1 - r3 * r3) + 0.1 * sp4 * (r3 - 2 * c2 + l1));
        }
        for (var i = 0; i < n; i++) u[i] = v[i];
        if (acc > 1.0)
        {
            for (var k1 = 0; k1 < steps; k1++)
            {
                for (var i = 0; i < n; i++)
                {
                    var l5 = v[(i + n - 1) % n];
                    var c6 = v[i];
                    var r7 = v[(i + 1) % n];
                    var sp8 = (l5 * c6 + 0.5);
                    var w9 = v;
                    w9[(i + 1) % n] = w9[(i + 1) % n] * 0.9 + 0.01 * c6;
                    v[i] = c6 + 0.05 * (0.25 * (l5 * l5 - r7 * r7) + 0.1 * sp8 * (r7 - 2 * c6 + l5)) + r7 * sp8 * 0.01;
                }
                var g10 = Math.Max(a, u[3]) * s;
                acc += g10 * g10 * 0.2 + a * 0.1;
                var g11 = Math.Max(a, u[3]) * s;
                acc += g11 * g11 * 0.2 + a * 0.1;
                for (var i = 0; i < n; i += 2)
                {
                    var j12 = (i * 3 + 1) % n;
                    var e13 = u[j12];
                    u[i] = e13 * Math.Abs(e13) * 0.3 + 0.5 * u[i] + 0.1 * table[i % table.Length];
                }
                var t14 = u;
                u = v;
                v = t14;
            }
            var m15 = Math.Abs(u[0]) + 0.2;
            for (var i = 0; i < n; i++)
            {
                v[i] = v[i] * 0.7 + m15 * u[i] * 0.2;
            }
            acc += m15 * m15 * 0.1;
            if (s > 0.5)
            {
                var g16 = Math.Max(a, u[1]) * s;
                a = a * 0.8 + 0.1;
                acc += g16 * g16 * 0.2 + a * 0.1;
                for (var i = 0; i < n; i++) v[i] = u[i];
                var t17 = u;
                u = v;
                v = t17;
            }
        }
        else
        {
            for (var i = 0; i < n; i += stride)
            {
                var j18 = (i * 3 + 1) % n;
                var e19 = u[j18];
                u[i] = e19 * Math.Abs(e19) * 0.3 + 0.5 * u[i] + 0.1 * table[i % table.Length];
            }
            if (u[0] > v[0])
            {
                var g20 = Math.Max(a, u[0]) * s;
                acc += g20 * g20 * 0.2 + a * 0.1;
                var m21 = Math.Abs(u[0]) + 0.2;
                for (var i = 0; i < n; i++)
                {
                    u[i] = u[i] / m21 * 0.8;
                }
                acc += m21 * m21 * 0.1;
                for (var i = 0; i < n; i++)
                {
                    var l22 = v[(i + n - 1) % n];
                    var c23 = v[i];
                    var r24 = v[(i + 1) % n];
                    var sp25 = Math.Sqrt(l22 * l22 + 0.1);
                    if (c23 > l22) v[i] = c23 + 0.05 * (0.25 * (l22 * l22 - r24 * r24) + 0.1 * sp25 * (r24 - 2 * c23 + l22));
                    else v[i] = c23 - 0.02 * sp25 * r24;
                }
                for (var i = 0; i < n; i++)
                {
                    var l26 = u[(i + n - 1) % n];
                    var c27 = u[i];
                    var r28 = u[(i + 1) % n];
                    var sp29 = Math.Sqrt(l26 * l26 + 0.1);
                    u[i] = c27 + 0.05 * (0.25 * (l26 * l26 - r28 * r28) + 0.1 * sp29 * (r28 - 2 * c27 + l26));
                }
                for (var i = 0; i < n; i++)
                {
                    var l30 = u[(i + n - 1) % n];
                    var c31 = u[i];
                    var r32 = u[(i + 1) % n];
                    var sp33 = Math.Abs(l30 - c31);
                    var q34 = a * c31 + sp33;
                    a = Math.Abs(a - c31 * 0.1) * 0.9 + 0.05;
                    u[i] = c31 + 0.05 * (0.25 * (l30 * l30 - r32 * r32) + 0.1 * sp33 * (r32 - 2 * c31 + l30)) + 0.01 * q34 * q34 * a;
                }
            }
            var m35 = Math.Abs(v[0]) + 0.2;
            for (var i = 0; i < n; i++)
            {
                v[i] = v[i] / m35 * 0.8;
            }
            acc += m35 * m35 * 0.1;
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R7(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var g1 = Math.Max(a, u[0]) * s;
        a = a * 0.8 + 0.1;
        acc += g1 * g1 * 0.2 + a * 0.1;
        for (var i = 0; i < n; i++)
        {
            var l2 = v[(i + n - 1) % n];
            var c3 = v[i];
            var r4 = v[(i + 1) % n];
            var sp5 = Math.Min(l2, c3);
            if (c3 > l2) v[i] = c3 + 0.05 * (0.25 * (l2 * l2 - r4 * r4) + 0.1 * sp5 * (r4 - 2 * c3 + l2));
            else v[i] = c3 - 0.02 * sp5 * r4;
        }
        for (var i = 0; i < n; i++)
        {
            var l6 = u[(i + n - 1) % n];
            var c7 = u[i];
            var r8 = u[(i + 1) % n];
            var sp9 = (l6 * c7 + 0.5);
            v[i] = c7 + 0.05 * (0.25 * (l6 * l6 - r8 * r8) + 0.1 * sp9 * (r8 - 2 * c7 + l6));
            acc += c7 * sp9 * 0.01 + u[i] * 0.02;
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            if (u[0] > v[0])
            {
                for (var i = 0; i < n; i++)
                {
                    var l10 = u[(i + n - 1) % n];
                    var c11 = u[i];
                    var r12 = u[(i + 1) % n];
                    var sp13 = Math.Sqrt(l10 * l10 + 0.1);
                    if (sp13 > 0.7) break;
                    if (c11 < 0.0) continue;
                    v[i] = c11 + 0.05 * (0.25 * (l10 * l10 - r12 * r12) + 0.1 * sp13 * (r12 - 2 * c11 + l10));
                }
                var g14 = Math.Max(a, u[2]) * s;
                a = a * 0.8 + 0.1;
                acc += g14 * g14 * 0.2 + a * 0.1;
                for (var i = 0; i < n; i++) v[i] = u[i];
            }
            else
            {
                for (var i = 0; i < n; i++)
                {
                    var l15 = u[(i + n - 1) % n];
                    var c16 = u[i];
                    var r17 = u[(i + 1) % n];
                    var sp18 = (l15 * c16 + 0.5);
                    var w19 = u;
                    w19[(i + 1) % n] = w19[(i + 1) % n] * 0.9 + 0.01 * c16;
                    u[i] = c16 + 0.05 * (0.25 * (l15 * l15 - r17 * r17) + 0.1 * sp18 * (r17 - 2 * c16 + l15)) + r17 * sp18 * 0.01;
                }
                for (var i = 0; i < n; i++)
                {
                    var l20 = u[(i + n - 1) % n];
                    var c21 = u[i];
                    var r22 = u[(i + 1) % n];
                    var sp23 = (l20 * c21 + 0.5);
                    var w24 = u;
                    w24[(i + 1) % n] = w24[(i + 1) % n] * 0.9 + 0.01 * c21;
                    v[i] = c21 + 0.05 * (0.25 * (l20 * l20 - r22 * r22) + 0.1 * sp23 * (r22 - 2 * c21 + l20)) + r22 * sp23 * 0.01;
                }
                for (var i = 0; i < n; i += 2)
                {
                    var j25 = (i * 3 + 1) % n;
                    var e26 = v[j25];
                    u[i] = e26 * Math.Abs(e26) * 0.3 + 0.5 * u[i] + 0.1 * table[i % table.Length];
                }
            }
            var g27 = Math.Max(a, v[2]) * s;
            acc += g27 * g27 * 0.2 + a * 0.1;
            var g28 = Math.Max(a, u[3]) * s;
            a = a * 0.8 + 0.1;
            acc += g28 * g28 * 0.2 + a * 0.1;
            var t29 = u;
            u = v;
            v = t29;
            for (var i = 0; i < n; i++) v[i] = u[i];
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R8(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var m1 = Math.Abs(v[0]) + 0.2;
        for (var i = 0; i < n; i++)
        {
            u[i] = u[i] * 0.7 + m1 * v[i] * 0.2;
        }
        acc += m1 * m1 * 0.1;
        for (var i = 0; i < n; i++) v[i] = u[i];
        var m2 = Math.Abs(v[0]) + 0.2;
        for (var i = 0; i < n; i++)
        {
            u[i] = u[i] * 0.7 + m2 * v[i] * 0.2;
        }
        acc += m2 * m2 * 0.1;
        for (var i = 0; i < n; i++)
        {
            var l3 = v[(i + n - 1) % n];
            var c4 = v[i];
            var r5 = v[(i + 1) % n];
            var sp6 = Math.Sqrt(l3 * l3 + 0.1);
            u[i] = c4 + 0.05 * (0.25 * (l3 * l3 - r5 * r5) + 0.1 * sp6 * (r5 - 2 * c4 + l3));
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            var m7 = Math.Abs(v[0]) + 0.2;
            for (var i = 0; i < n; i++)
            {
                u[i] = u[i] * 0.7 + m7 * v[i] * 0.2;
            }
            acc += m7 * m7 * 0.1;
            for (var i = 0; i < n; i++)
            {
                var l8 = v[(i + n - 1) % n];
                var c9 = v[i];
                var r10 = v[(i + 1) % n];
                var sp11 = Math.Abs(l8 - c9);
                v[i] = c9 + 0.05 * (0.25 * (l8 * l8 - r10 * r10) + 0.1 * sp11 * (r10 - 2 * c9 + l8));
            }
            for (var i = 0; i < n; i++)
            {
                var l12 = v[(i + n - 1) % n];
                var c13 = v[i];
                var r14 = v[(i + 1) % n];
                var sp15 = Math.Abs(l12 - c13);
                var q16 = a * c13 + sp15;
                a = Math.Abs(a - c13 * 0.1) * 0.9 + 0.05;
                v[i] = c13 + 0.05 * (0.25 * (l12 * l12 - r14 * r14) + 0.1 * sp15 * (r14 - 2 * c13 + l12)) + 0.01 * q16 * q16 * a;
            }
            for (var i = 0; i < n; i++)
            {
                var l17 = v[(i + n - 1) % n];
                var c18 = v[i];
                var r19 = v[(i + 1) % n];
                var sp20 = (l17 * c18 + 0.5);
                if (c18 > l17) u[i] = c18 + 0.05 * (0.25 * (l17 * l17 - r19 * r19) + 0.1 * sp20 * (r19 - 2 * c18 + l17));
                else u[i] = c18 - 0.02 * sp20 * r19;
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                for (var i = 0; i < n; i++)
                {
                    var l21 = u[(i + n - 1) % n];
                    var c22 = u[i];
                    var r23 = u[(i + 1) % n];
                    var sp24 = Math.Max(Math.Abs(l21), Math.Abs(c22));
                    if (c22 > l21) u[i] = c22 + 0.05 * (0.25 * (l21 * l21 - r23 * r23) + 0.1 * sp24 * (r23 - 2 * c22 + l21));
                    else u[i] = c22 - 0.02 * sp24 * r23;
                }
                var t25 = u;
                u = v;
                v = t25;
                for (var i = 0; i < n; i++) u[i] = v[i];
            }
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R9(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var t1 = u;
        u = v;
        v = t1;
        for (var k0 = 0; k0 < steps; k0++)
        {
            for (var i = 0; i < n; i += 2)
            {
                var j2 = (i * 3 + 1) % n;
                var e3 = v[j2];
                u[i] = e3 * Math.Abs(e3) * 0.3 + 0.5 * u[i] + 0.1 * table[i % table.Length];
            }
            if (acc > 1.0)
            {
                var t4 = u;
                u = v;
                v = t4;
                for (var i = 0; i < n; i++) v[i] = u[i];
                for (var i = 0; i < n; i++)
                {
                    var l5 = v[(i + n - 1) % n];
                    var c6 = v[i];
                    var r7 = v[(i + 1) % n];
                    var sp8 = (l5 * c6 + 0.5);
                    var w9 = v;
                    w9[(i + 1) % n] = w9[(i + 1) % n] * 0.9 + 0.01 * c6;
                    v[i] = c6 + 0.05 * (0.25 * (l5 * l5 - r7 * r7) + 0.1 * sp8 * (r7 - 2 * c6 + l5)) + r7 * sp8 * 0.01;
                }
                var t10 = u;
                u = v;
                v = t10;
                for (var i = 0; i < n; i++) u[i] = v[i];
            }
            var m11 = Math.Abs(v[0]) + 0.2;
            for (var i = 0; i < n; i++)
            {
                u[i] = u[i] * 0.7 + m11 * v[i] * 0.2;
            }
            acc += m11 * m11 * 0.1;
            for (var i = 0; i < n; i++) v[i] = u[i];
            for (var k1 = 0; k1 < steps; k1++)
            {
                var g12 = Math.Max(a, u[2]) * s;
                a = a * 0.8 + 0.1;
                acc += g12 * g12 * 0.2 + a * 0.1;
                for (var i = 0; i < n; i++)
                {
                    var l13 = v[(i + n - 1) % n];
                    var c14 = v[i];
                    var r15 = v[(i + 1) % n];
                    var sp16 = Math.Sqrt(l13 * l13 + 0.1);
                    if (c14 > l13) v[i] = c14 + 0.05 * (0.25 * (l13 * l13 - r15 * r15) + 0.1 * sp16 * (r15 - 2 * c14 + l13));
                    else v[i] = c14 - 0.02 * sp16 * r15;
                }
                for (var i = 0; i < n; i++) v[i] = u[i];
                for (var i = 0; i < n; i++) v[i] = u[i];
                for (var i = 0; i < n; i++)
                {
                    var l17 = u[(i + n - 1) % n];
                    var c18 = u[i];
                    var r19 = u[(i + 1) % n];
                    var sp20 = Math.Max(Math.Abs(l17), Math.Abs(c18));
                    if (sp20 > 0.7) break;
                    if (c18 < 0.0) continue;
                    u[i] = c18 + 0.05 * (0.25 * (l17 * l17 - r19 * r19) + 0.1 * sp20 * (r19 - 2 * c18 + l17));
                }
            }
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            var g21 = Math.Max(a, v[2]) * s;
            acc += g21 * g21 * 0.2 + a * 0.1;
            if (acc > 1.0)
            {
                for (var i = 0; i < n; i++) v[i] = u[i];
                var g22 = Math.Max(a, v[1]) * s;
                acc += g22 * g22 * 0.2 + a * 0.1;
                var t23 = u;
                u = v;
                v = t23;
                var m24 = Math.Abs(u[0]) + 0.2;
                for (var i = 0; i < n; i++)
                {
                    u[i] = u[i] / m24 * 0.8;
                }
                acc += m24 * m24 * 0.1;
                var g25 = Math.Max(a, u[1]) * s;
                acc += g25 * g25 * 0.2 + a * 0.1;
            }
            else
            {
                for (var i = 0; i < n; i += 2)
                {
                    var j26 = (i * 3 + 1) % n;
                    var e27 = v[j26];
                    v[i] = e27 * Math.Abs(e27) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
                }
                for (var i = 0; i < n; i++)
                {
                    var l28 = u[(i + n - 1) % n];
                    var c29 = u[i];
                    var r30 = u[(i + 1) % n];
                    var sp31 = Math.Abs(l28 - c29);
                    var q32 = a * c29 + sp31;
                    a = Math.Abs(a - c29 * 0.1) * 0.9 + 0.05;
                    u[i] = c29 + 0.05 * (0.25 * (l28 * l28 - r30 * r30) + 0.1 * sp31 * (r30 - 2 * c29 + l28)) + 0.01 * q32 * q32 * a;
                }
                for (var i = 0; i < n; i++)
                {
                    var l33 = v[(i + n - 1) % n];
                    var c34 = v[i];
                    var r35 = v[(i + 1) % n];
                    var sp36 = Math.Min(l33, c34);
                    v[i] = c34 + 0.05 * (0.25 * (l33 * l33 - r35 * r35) + 0.1 * sp36 * (r35 - 2 * c34 + l33));
                    acc += c34 * sp36 * 0.01 + v[i] * 0.02;
                }
            }
            var t37 = u;
            u = v;
            v = t37;
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R10(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var k0 = 0; k0 < steps; k0++)
        {
            for (var i = 0; i < n; i++)
            {
                var l1 = u[(i + n - 1) % n];
                var c2 = u[i];
                var r3 = u[(i + 1) % n];
                var sp4 = Math.Max(Math.Abs(l1), Math.Abs(c2));
                if (c2 > l1) v[i] = c2 + 0.05 * (0.25 * (l1 * l1 - r3 * r3) + 0.1 * sp4 * (r3 - 2 * c2 + l1));
                else v[i] = c2 - 0.02 * sp4 * r3;
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                for (var i = 0; i < n; i++)
                {
                    var l5 = v[(i + n - 1) % n];
                    var c6 = v[i];
                    var r7 = v[(i + 1) % n];
                    var sp8 = Math.Abs(l5 - c6);
                    if (c6 > l5) u[i] = c6 + 0.05 * (0.25 * (l5 * l5 - r7 * r7) + 0.1 * sp8 * (r7 - 2 * c6 + l5));
                    else u[i] = c6 - 0.02 * sp8 * r7;
                }
                var t9 = u;
                u = v;
                v = t9;
                for (var i = 0; i < n; i++) u[i] = v[i];
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                var m10 = Math.Abs(u[0]) + 0.2;
                for (var i = 0; i < n; i++)
                {
                    v[i] = v[i] * 0.7 + m10 * u[i] * 0.2;
                }
                acc += m10 * m10 * 0.1;
                for (var i = 0; i < n; i++) v[i] = u[i];
                for (var i = 0; i < n; i++)
                {
                    var l11 = v[(i + n - 1) % n];
                    var c12 = v[i];
                    var r13 = v[(i + 1) % n];
                    var sp14 = Math.Sqrt(l11 * l11 + 0.1);
                    var q15 = a * c12 + sp14;
                    a = Math.Abs(a - c12 * 0.1) * 0.9 + 0.05;
                    u[i] = c12 + 0.05 * (0.25 * (l11 * l11 - r13 * r13) + 0.1 * sp14 * (r13 - 2 * c12 + l11)) + 0.01 * q15 * q15 * a;
                }
                for (var i = 0; i < n; i++)
                {
                    var l16 = u[(i + n - 1) % n];
                    var c17 = u[i];
                    var r18 = u[(i + 1) % n];
                    var sp19 = Math.Abs(l16 - c17);
                    u[i] = c17 + 0.05 * (0.25 * (l16 * l16 - r18 * r18) + 0.1 * sp19 * (r18 - 2 * c17 + l16));
                    acc += c17 * sp19 * 0.01 + u[i] * 0.02;
                }
                for (var i = 0; i < n; i++)
                {
                    var l20 = v[(i + n - 1) % n];
                    var c21 = v[i];
                    var r22 = v[(i + 1) % n];
                    var sp23 = Math.Max(Math.Abs(l20), Math.Abs(c21));
                    var w24 = v;
                    w24[(i + 1) % n] = w24[(i + 1) % n] * 0.9 + 0.01 * c21;
                    v[i] = c21 + 0.05 * (0.25 * (l20 * l20 - r22 * r22) + 0.1 * sp23 * (r22 - 2 * c21 + l20)) + r22 * sp23 * 0.01;
                }
            }
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            for (var k1 = 0; k1 < steps; k1++)
            {
                var m25 = Math.Abs(v[0]) + 0.2;
                for (var i = 0; i < n; i++)
                {
                    v[i] = v[i] / m25 * 0.8;
                }
                acc += m25 * m25 * 0.1;
                for (var i = 0; i < n; i++)
                {
                    var l26 = v[(i + n - 1) % n];
                    var c27 = v[i];
                    var r28 = v[(i + 1) % n];
                    var sp29 = Math.Max(Math.Abs(l26), Math.Abs(c27));
                    var w30 = v;
                    w30[(i + 1) % n] = w30[(i + 1) % n] * 0.9 + 0.01 * c27;
                    v[i] = c27 + 0.05 * (0.25 * (l26 * l26 - r28 * r28) + 0.1 * sp29 * (r28 - 2 * c27 + l26)) + r28 * sp29 * 0.01;
                }
                var m31 = Math.Abs(u[0]) + 0.2;
                for (var i = 0; i < n; i++)
                {
                    v[i] = v[i] * 0.7 + m31 * u[i] * 0.2;
                }
                acc += m31 * m31 * 0.1;
                for (var i = 0; i < n; i++)
                {
                    var l32 = v[(i + n - 1) % n];
                    var c33 = v[i];
                    var r34 = v[(i + 1) % n];
                    var sp35 = Math.Max(Math.Abs(l32), Math.Abs(c33));
                    v[i] = c33 + 0.05 * (0.25 * (l32 * l32 - r34 * r34) + 0.1 * sp35 * (r34 - 2 * c33 + l32));
                }
                var m36 = Math.Abs(u[0]) + 0.2;
                for (var i = 0; i < n; i++)
                {
                    v[i] = v[i] * 0.7 + m36 * u[i] * 0.2;
                }
                acc += m36 * m36 * 0.1;
            }
            if (u[0] > v[0])
            {
                var g37 = Math.Max(a, u[1]) * s;
                acc += g37 * g37 * 0.2 + a * 0.1;
                for (var i = 0; i < n; i++)
                {
                    var l38 = v[(i + n - 1) % n];
                    var c39 = v[i];
                    var r40 = v[(i + 1) % n];
                    var sp41 = Math.Min(l38, c39);
                    var w42 = v;
                    w42[(i + 1) % n] = w42[(i + 1) % n] * 0.9 + 0.01 * c39;
                    u[i] = c39 + 0.05 * (0.25 * (l38 * l38 - r40 * r40) + 0.1 * sp41 * (r40 - 2 * c39 + l38)) + r40 * sp41 * 0.01;
                }
                for (var i = 0; i < n; i += stride)
                {
                    var j43 = (i * 3 + 1) % n;
                    var e44 = u[j43];
                    v[i] = e44 * Math.Abs(e44) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
                }
                for (var i = 0; i < n; i++)
                {
                    var l45 = u[(i + n - 1) % n];
                    var c46 = u[i];
                    var r47 = u[(i + 1) % n];
                    var sp48 = (l45 * c46 + 0.5);
                    var w49 = u;
                    w49[(i + 1) % n] = w49[(i + 1) % n] * 0.9 + 0.01 * c46;
                    v[i] = c46 + 0.05 * (0.25 * (l45 * l45 - r47 * r47) + 0.1 * sp48 * (r47 - 2 * c46 + l45)) + r47 * sp48 * 0.01;
                }
                for (var i = 0; i < n; i += stride)
                {
                    var j50 = (i * 3 + 1) % n;
                    var e51 = v[j50];
                    v[i] = e51 * Math.Abs(e51) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
                }
            }
            for (var i = 0; i < n; i++)
            {
                var l52 = u[(i + n - 1) % n];
                var c53 = u[i];
                var r54 = u[(i + 1) % n];
                var sp55 = Math.Sqrt(l52 * l52 + 0.1);
                u[i] = c53 + 0.05 * (0.25 * (l52 * l52 - r54 * r54) + 0.1 * sp55 * (r54 - 2 * c53 + l52));
            }
            for (var i = 0; i < n; i += stride)
            {
                var j56 = (i * 3 + 1) % n;
                var e57 = u[j56];
                v[i] = e57 * Math.Abs(e57) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
            }
            for (var i = 0; i < n; i += 2)
            {
                var j58 = (i * 3 + 1) % n;
                var e59 = v[j58];
                u[i] = e59 * Math.Abs(e59) * 0.3 + 0.5 * u[i] + 0.1 * table[i % table.Length];
            }
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            var t60 = u;
            u = v;
            v = t60;
            for (var i = 0; i < n; i += stride)
            {
                var j61 = (i * 3 + 1) % n;
                var e62 = v[j61];
                v[i] = e62 * Math.Abs(e62) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
            }
            for (var i = 0; i < n; i += 2)
            {
                var j63 = (i * 3 + 1) % n;
                var e64 = u[j63];
                u[i] = e64 * Math.Abs(e64) * 0.3 + 0.5 * u[i] + 0.1 * table[i % table.Length];
            }
            if (s > 0.5)
            {
                for (var i = 0; i < n; i++)
                {
                    var l65 = u[(i + n - 1) % n];
                    var c66 = u[i];
                    var r67 = u[(i + 1) % n];
                    var sp68 = (l65 * c66 + 0.5);
                    v[i] = c66 + 0.05 * (0.25 * (l65 * l65 - r67 * r67) + 0.1 * sp68 * (r67 - 2 * c66 + l65));
                    acc += c66 * sp68 * 0.01 + u[i] * 0.02;
                }
                var t69 = u;
                u = v;
                v = t69;
                for (var i = 0; i < n; i++) v[i] = u[i];
                for (var i = 0; i < n; i++)
                {
                    var l70 = u[(i + n - 1) % n];
                    var c71 = u[i];
                    var r72 = u[(i + 1) % n];
                    var sp73 = Math.Min(l70, c71);
                    if (sp73 > 0.7) break;
                    if (c71 < 0.0) continue;
                    u[i] = c71 + 0.05 * (0.25 * (l70 * l70 - r72 * r72) + 0.1 * sp73 * (r72 - 2 * c71 + l70));
                }
                for (var i = 0; i < n; i++)
                {
                    var l74 = v[(i + n - 1) % n];
                    var c75 = v[i];
                    var r76 = v[(i + 1) % n];
                    var sp77 = Math.Sqrt(l74 * l74 + 0.1);
                    var q78 = a * c75 + sp77;
                    a = Math.Abs(a - c75 * 0.1) * 0.9 + 0.05;
                    v[i] = c75 + 0.05 * (0.25 * (l74 * l74 - r76 * r76) + 0.1 * sp77 * (r76 - 2 * c75 + l74)) + 0.01 * q78 * q78 * a;
                }
            }
            for (var i = 0; i < n; i++) v[i] = u[i];
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R11(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var i = 0; i < n; i++) v[i] = u[i];
        var t1 = u;
        u = v;
        v = t1;
        for (var i = 0; i < n; i++)
        {
            var l2 = v[(i + n - 1) % n];
            var c3 = v[i];
            var r4 = v[(i + 1) % n];
            var sp5 = Math.Max(Math.Abs(l2), Math.Abs(c3));
            if (c3 > l2) v[i] = c3 + 0.05 * (0.25 * (l2 * l2 - r4 * r4) + 0.1 * sp5 * (r4 - 2 * c3 + l2));
            else v[i] = c3 - 0.02 * sp5 * r4;
        }
        var m6 = Math.Abs(u[0]) + 0.2;
        for (var i = 0; i < n; i++)
        {
            u[i] = u[i] / m6 * 0.8;
        }
        acc += m6 * m6 * 0.1;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R12(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var k0 = 0; k0 < steps; k0++)
        {
            for (var i = 0; i < n; i++)
            {
                var l1 = u[(i + n - 1) % n];
                var c2 = u[i];
                var r3 = u[(i + 1) % n];
                var sp4 = (l1 * c2 + 0.5);
                v[i] = c2 + 0.05 * (0.25 * (l1 * l1 - r3 * r3) + 0.1 * sp4 * (r3 - 2 * c2 + l1));
            }
            var t5 = u;
            u = v;
            v = t5;
            var m6 = Math.Abs(v[0]) + 0.2;
            for (var i = 0; i < n; i++)
            {
                v[i] = v[i] / m6 * 0.8;
            }
            acc += m6 * m6 * 0.1;
            for (var k1 = 0; k1 < steps; k1++)
            {
                for (var i = 0; i < n; i++)
                {
                    var l7 = v[(i + n - 1) % n];
                    var c8 = v[i];
                    var r9 = v[(i + 1) % n];
                    var sp10 = Math.Abs(l7 - c8);
                    u[i] = c8 + 0.05 * (0.25 * (l7 * l7 - r9 * r9) + 0.1 * sp10 * (r9 - 2 * c8 + l7));
                }
                for (var i = 0; i < n; i++)
                {
                    var l11 = v[(i + n - 1) % n];
                    var c12 = v[i];
                    var r13 = v[(i + 1) % n];
                    var sp14 = Math.Abs(l11 - c12);
                    var w15 = v;
                    w15[(i + 1) % n] = w15[(i + 1) % n] * 0.9 + 0.01 * c12;
                    v[i] = c12 + 0.05 * (0.25 * (l11 * l11 - r13 * r13) + 0.1 * sp14 * (r13 - 2 * c12 + l11)) + r13 * sp14 * 0.01;
                }
                for (var i = 0; i < n; i++)
                {
                    var l16 = u[(i + n - 1) % n];
                    var c17 = u[i];
                    var r18 = u[(i + 1) % n];
                    var sp19 = Math.Max(Math.Abs(l16), Math.Abs(c17));
                    if (c17 > l16) u[i] = c17 + 0.05 * (0.25 * (l16 * l16 - r18 * r18) + 0.1 * sp19 * (r18 - 2 * c17 + l16));
                    else u[i] = c17 - 0.02 * sp19 * r18;
                }
                var t20 = u;
                u = v;
                v = t20;
            }
        }
        for (var i = 0; i < n; i += stride)
        {
            var j21 = (i * 3 + 1) % n;
            var e22 = v[j21];
            v[i] = e22 * Math.Abs(e22) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
        }
        for (var i = 0; i < n; i++)
        {
            var l23 = v[(i + n - 1) % n];
            var c24 = v[i];
            var r25 = v[(i + 1) % n];
            var sp26 = Math.Min(l23, c24);
            if (c24 > l23) v[i] = c24 + 0.05 * (0.25 * (l23 * l23 - r25 * r25) + 0.1 * sp26 * (r25 - 2 * c24 + l23));
            else v[i] = c24 - 0.02 * sp26 * r25;
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            for (var i = 0; i < n; i += stride)
            {
                var j27 = (i * 3 + 1) % n;
                var e28 = u[j27];
                v[i] = e28 * Math.Abs(e28) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
            }
            if (acc > 1.0)
            {
                var t29 = u;
                u = v;
                v = t29;
                var g30 = Math.Max(a, u[3]) * s;
                acc += g30 * g30 * 0.2 + a * 0.1;
                var m31 = Math.Abs(u[0]) + 0.2;
                for (var i = 0; i < n; i++)
                {
                    u[i] = u[i] / m31 * 0.8;
                }
                acc += m31 * m31 * 0.1;
                for (var i = 0; i < n; i++)
                {
                    var l32 = u[(i + n - 1) % n];
                    var c33 = u[i];
                    var r34 = u[(i + 1) % n];
                    var sp35 = Math.Max(Math.Abs(l32), Math.Abs(c33));
                    var w36 = u;
                    w36[(i + 1) % n] = w36[(i + 1) % n] * 0.9 + 0.01 * c33;
                    u[i] = c33 + 0.05 * (0.25 * (l32 * l32 - r34 * r34) + 0.1 * sp35 * (r34 - 2 * c33 + l32)) + r34 * sp35 * 0.01;
                }
            }
            else
            {
                for (var i = 0; i < n; i++)
                {
                    var l37 = u[(i + n - 1) % n];
                    var c38 = u[i];
                    var r39 = u[(i + 1) % n];
                    var sp40 = Math.Abs(l37 - c38);
                    if (sp40 > 0.7) break;
                    if (c38 < 0.0) continue;
                    u[i] = c38 + 0.05 * (0.25 * (l37 * l37 - r39 * r39) + 0.1 * sp40 * (r39 - 2 * c38 + l37));
                }
                for (var i = 0; i < n; i++)
                {
                    var l41 = u[(i + n - 1) % n];
                    var c42 = u[i];
                    var r43 = u[(i + 1) % n];
                    var sp44 = Math.Sqrt(l41 * l41 + 0.1);
                    v[i] = c42 + 0.05 * (0.25 * (l41 * l41 - r43 * r43) + 0.1 * sp44 * (r43 - 2 * c42 + l41));
                    acc += c42 * sp44 * 0.01 + u[i] * 0.02;
                }
                for (var i = 0; i < n; i++)
                {
                    var l45 = v[(i + n - 1) % n];
                    var c46 = v[i];
                    var r47 = v[(i + 1) % n];
                    var sp48 = Math.Sqrt(l45 * l45 + 0.1);
                    u[i] = c46 + 0.05 * (0.25 * (l45 * l45 - r47 * r47) + 0.1 * sp48 * (r47 - 2 * c46 + l45));
                }
            }
            if (u[0] > v[0])
            {
                for (var i = 0; i < n; i++) u[i] = v[i];
                for (var i = 0; i < n; i++)
                {
                    var l49 = v[(i + n - 1) % n];
                    var c50 = v[i];
                    var r51 = v[(i + 1) % n];
                    var sp52 = (l49 * c50 + 0.5);
                    if (c50 > l49) v[i] = c50 + 0.05 * (0.25 * (l49 * l49 - r51 * r51) + 0.1 * sp52 * (r51 - 2 * c50 + l49));
                    else v[i] = c50 - 0.02 * sp52 * r51;
                }
                for (var i = 0; i < n; i++)
                {
                    var l53 = v[(i + n - 1) % n];
                    var c54 = v[i];
                    var r55 = v[(i + 1) % n];
                    var sp56 = Math.Min(l53, c54);
                    if (c54 > l53) u[i] = c54 + 0.05 * (0.25 * (l53 * l53 - r55 * r55) + 0.1 * sp56 * (r55 - 2 * c54 + l53));
                    else u[i] = c54 - 0.02 * sp56 * r55;
                }
                for (var i = 0; i < n; i++) u[i] = v[i];
                var m57 = Math.Abs(v[0]) + 0.2;
                for (var i = 0; i < n; i++)
                {
                    u[i] = u[i] * 0.7 + m57 * v[i] * 0.2;
                }
                acc += m57 * m57 * 0.1;
            }
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R13(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var i = 0; i < n; i += 2)
        {
            var j1 = (i * 3 + 1) % n;
            var e2 = v[j1];
            u[i] = e2 * Math.Abs(e2) * 0.3 + 0.5 * u[i] + 0.1 * table[i % table.Length];
        }
        for (var i = 0; i < n; i += stride)
        {
            var j3 = (i * 3 + 1) % n;
            var e4 = v[j3];
            u[i] = e4 * Math.Abs(e4) * 0.3 + 0.5 * u[i] + 0.1 * table[i % table.Length];
        }
        if (s > 0.5)
        {
            var t5 = u;
            u = v;
            v = t5;
            var m6 = Math.Abs(u[0]) + 0.2;
            for (var i = 0; i < n; i++)
            {
                u[i] = u[i] / m6 * 0.8;
            }
            acc += m6 * m6 * 0.1;
            for (var k1 = 0; k1 < steps; k1++)
            {
                for (var i = 0; i < n; i++)
                {
                    var l7 = u[(i + n - 1) % n];
                    var c8 = u[i];
                    var r9 = u[(i + 1) % n];
                    var sp10 = Math.Sqrt(l7 * l7 + 0.1);
                    var w11 = u;
                    w11[(i + 1) % n] = w11[(i + 1) % n] * 0.9 + 0.01 * c8;
                    v[i] = c8 + 0.05 * (0.25 * (l7 * l7 - r9 * r9) + 0.1 * sp10 * (r9 - 2 * c8 + l7)) + r9 * sp10 * 0.01;
                }
                var t12 = u;
                u = v;
                v = t12;
                for (var i = 0; i < n; i++) v[i] = u[i];
                var g13 = Math.Max(a, u[2]) * s;
                a = a * 0.8 + 0.1;
                acc += g13 * g13 * 0.2 + a * 0.1;
                var g14 = Math.Max(a, u[0]) * s;
                acc += g14 * g14 * 0.2 + a * 0.1;
            }
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            var g15 = Math.Max(a, v[2]) * s;
            a = a * 0.8 + 0.1;
            acc += g15 * g15 * 0.2 + a * 0.1;
            var t16 = u;
            u = v;
            v = t16;
            if (acc > 1.0)
            {
                for (var i = 0; i < n; i++)
                {
                    var l17 = u[(i + n - 1) % n];
                    var c18 = u[i];
                    var r19 = u[(i + 1) % n];
                    var sp20 = Math.Min(l17, c18);
                    if (sp20 > 0.7) break;
                    if (c18 < 0.0) continue;
                    u[i] = c18 + 0.05 * (0.25 * (l17 * l17 - r19 * r19) + 0.1 * sp20 * (r19 - 2 * c18 + l17));
                }
                var t21 = u;
                u = v;
                v = t21;
                for (var i = 0; i < n; i++)
                {
                    var l22 = u[(i + n - 1) % n];
                    var c23 = u[i];
                    var r24 = u[(i + 1) % n];
                    var sp25 = (l22 * c23 + 0.5);
                    var q26 = a * c23 + sp25;
                    a = Math.Abs(a - c23 * 0.1) * 0.9 + 0.05;
                    v[i] = c23 + 0.05 * (0.25 * (l22 * l22 - r24 * r24) + 0.1 * sp25 * (r24 - 2 * c23 + l22)) + 0.01 * q26 * q26 * a;
                }
                for (var i = 0; i < n; i++) v[i] = u[i];
                for (var i = 0; i < n; i += 2)
                {
                    var j27 = (i * 3 + 1) % n;
                    var e28 = v[j27];
                    v[i] = e28 * Math.Abs(e28) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
                }
            }
            else
            {
                var t29 = u;
                u = v;
                v = t29;
                for (var i = 0; i < n; i++)
                {
                    var l30 = u[(i + n - 1) % n];
                    var c31 = u[i];
                    var r32 = u[(i + 1) % n];
                    var sp33 = Math.Max(Math.Abs(l30), Math.Abs(c31));
                    v[i] = c31 + 0.05 * (0.25 * (l30 * l30 - r32 * r32) + 0.1 * sp33 * (r32 - 2 * c31 + l30));
                    acc += c31 * sp33 * 0.01 + u[i] * 0.02;
                }
                for (var i = 0; i < n; i++)
                {
                    var l34 = v[(i + n - 1) % n];
                    var c35 = v[i];
                    var r36 = v[(i + 1) % n];
                    var sp37 = Math.Min(l34, c35);
                    var w38 = v;
                    w38[(i + 1) % n] = w38[(i + 1) % n] * 0.9 + 0.01 * c35;
                    v[i] = c35 + 0.05 * (0.25 * (l34 * l34 - r36 * r36) + 0.1 * sp37 * (r36 - 2 * c35 + l34)) + r36 * sp37 * 0.01;
                }
                for (var i = 0; i < n; i += 2)
                {
                    var j39 = (i * 3 + 1) % n;
                    var e40 = u[j39];
                    u[i] = e40 * Math.Abs(e40) * 0.3 + 0.5 * u[i] + 0.1 * table[i % table.Length];
                }
            }
        }
        for (var i = 0; i < n; i += stride)
        {
            var j41 = (i * 3 + 1) % n;
            var e42 = u[j41];
            u[i] = e42 * Math.Abs(e42) * 0.3 + 0.5 * u[i] + 0.1 * table[i % table.Length];
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R14(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var k0 = 0; k0 < steps; k0++)
        {
            for (var i = 0; i < n; i++)
            {
                var l1 = v[(i + n - 1) % n];
                var c2 = v[i];
                var r3 = v[(i + 1) % n];
                var sp4 = (l1 * c2 + 0.5);
                var w5 = v;
                w5[(i + 1) % n] = w5[(i + 1) % n] * 0.9 + 0.01 * c2;
                u[i] = c2 + 0.05 * (0.25 * (l1 * l1 - r3 * r3) + 0.1 * sp4 * (r3 - 2 * c2 + l1)) + r3 * sp4 * 0.01;
            }
            var g6 = Math.Max(a, v[3]) * s;
            a = a * 0.8 + 0.1;
            acc += g6 * g6 * 0.2 + a * 0.1;
            if (u[0] > v[0])
            {
                for (var i = 0; i < n; i++)
                {
                    var l7 = u[(i + n - 1) % n];
                    var c8 = u[i];
                    var r9 = u[(i + 1) % n];
                    var sp10 = Math.Min(l7, c8);
                    if (c8 > l7) u[i] = c8 + 0.05 * (0.25 * (l7 * l7 - r9 * r9) + 0.1 * sp10 * (r9 - 2 * c8 + l7));
                    else u[i] = c8 - 0.02 * sp10 * r9;
                }
                for (var i = 0; i < n; i++)
                {
                    var l11 = v[(i + n - 1) % n];
                    var c12 = v[i];
                    var r13 = v[(i + 1) % n];
                    var sp14 = (l11 * c12 + 0.5);
                    var w15 = v;
                    w15[(i + 1) % n] = w15[(i + 1) % n] * 0.9 + 0.01 * c12;
                    v[i] = c12 + 0.05 * (0.25 * (l11 * l11 - r13 * r13) + 0.1 * sp14 * (r13 - 2 * c12 + l11)) + r13 * sp14 * 0.01;
                }
                var m16 = Math.Abs(u[0]) + 0.2;
                for (var i = 0; i < n; i++)
                {
                    v[i] = v[i] * 0.7 + m16 * u[i] * 0.2;
                }
                acc += m16 * m16 * 0.1;
                for (var i = 0; i < n; i += stride)
                {
                    var j17 = (i * 3 + 1) % n;
                    var e18 = u[j17];
                    v[i] = e18 * Math.Abs(e18) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
                }
                for (var i = 0; i < n; i++)
                {
                    var l19 = u[(i + n - 1) % n];
                    var c20 = u[i];
                    var r21 = u[(i + 1) % n];
                    var sp22 = Math.Min(l19, c20);
                    if (c20 > l19) u[i] = c20 + 0.05 * (0.25 * (l19 * l19 - r21 * r21) + 0.1 * sp22 * (r21 - 2 * c20 + l19));
                    else u[i] = c20 - 0.02 * sp22 * r21;
                }
            }
            for (var i = 0; i < n; i += 2)
            {
                var j23 = (i * 3 + 1) % n;
                var e24 = v[j23];
                v[i] = e24 * Math.Abs(e24) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
            }
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            var m25 = Math.Abs(u[0]) + 0.2;
            for (var i = 0; i < n; i++)
            {
                v[i] = v[i] * 0.7 + m25 * u[i] * 0.2;
            }
            acc += m25 * m25 * 0.1;
            for (var k1 = 0; k1 < steps; k1++)
            {
                for (var i = 0; i < n; i++)
                {
                    var l26 = u[(i + n - 1) % n];
                    var c27 = u[i];
                    var r28 = u[(i + 1) % n];
                    var sp29 = Math.Abs(l26 - c27);
                    u[i] = c27 + 0.05 * (0.25 * (l26 * l26 - r28 * r28) + 0.1 * sp29 * (r28 - 2 * c27 + l26));
                }
                for (var i = 0; i < n; i++)
                {
                    var l30 = v[(i + n - 1) % n];
                    var c31 = v[i];
                    var r32 = v[(i + 1) % n];
                    var sp33 = Math.Abs(l30 - c31);
                    if (sp33 > 0.7) break;
                    if (c31 < 0.0) continue;
                    u[i] = c31 + 0.05 * (0.25 * (l30 * l30 - r32 * r32) + 0.1 * sp33 * (r32 - 2 * c31 + l30));
                }
                var t34 = u;
                u = v;
                v = t34;
                var m35 = Math.Abs(v[0]) + 0.2;
                for (var i = 0; i < n; i++)
                {
                    u[i] = u[i] * 0.7 + m35 * v[i] * 0.2;
                }
                acc += m35 * m35 * 0.1;
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                for (var i = 0; i < n; i++)
                {
                    var l36 = u[(i + n - 1) % n];
                    var c37 = u[i];
                    var r38 = u[(i + 1) % n];
                    var sp39 = (l36 * c37 + 0.5);
                    var q40 = a * c37 + sp39;
                    a = Math.Abs(a - c37 * 0.1) * 0.9 + 0.05;
                    u[i] = c37 + 0.05 * (0.25 * (l36 * l36 - r38 * r38) + 0.1 * sp39 * (r38 - 2 * c37 + l36)) + 0.01 * q40 * q40 * a;
                }
                for (var i = 0; i < n; i += stride)
                {
                    var j41 = (i * 3 + 1) % n;
                    var e42 = v[j41];
                    v[i] = e42 * Math.Abs(e42) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
                }
                for (var i = 0; i < n; i++) u[i] = v[i];
                for (var i = 0; i < n; i += 2)
                {
                    var j43 = (i * 3 + 1) % n;
                    var e44 = u[j43];
                    u[i] = e44 * Math.Abs(e44) * 0.3 + 0.5 * u[i] + 0.1 * table[i % table.Length];
                }
            }
            for (var i = 0; i < n; i += stride)
            {
                var j45 = (i * 3 + 1) % n;
                var e46 = v[j45];
                v[i] = e46 * Math.Abs(e46) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
            }
        }
        for (var i = 0; i < n; i++)
        {
            var l47 = v[(i + n - 1) % n];
            var c48 = v[i];
            var r49 = v[(i + 1) % n];
            var sp50 = Math.Abs(l47 - c48);
            var w51 = v;
            w51[(i + 1) % n] = w51[(i + 1) % n] * 0.9 + 0.01 * c48;
            v[i] = c48 + 0.05 * (0.25 * (l47 * l47 - r49 * r49) + 0.1 * sp50 * (r49 - 2 * c48 + l47)) + r49 * sp50 * 0.01;
        }
        if (u[0] > v[0])
        {
            for (var i = 0; i < n; i++) u[i] = v[i];
            for (var k1 = 0; k1 < steps; k1++)
            {
                for (var i = 0; i < n; i++)
                {
                    var l52 = v[(i + n - 1) % n];
                    var c53 = v[i];
                    var r54 = v[(i + 1) % n];
                    var sp55 = Math.Max(Math.Abs(l52), Math.Abs(c53));
                    if (sp55 > 0.7) break;
                    if (c53 < 0.0) continue;
                    v[i] = c53 + 0.05 * (0.25 * (l52 * l52 - r54 * r54) + 0.1 * sp55 * (r54 - 2 * c53 + l52));
                }
                for (var i = 0; i < n; i++) v[i] = u[i];
                for (var i = 0; i < n; i++)
                {
                    var l56 = v[(i + n - 1) % n];
                    var c57 = v[i];
                    var r58 = v[(i + 1) % n];
                    var sp59 = Math.Max(Math.Abs(l56), Math.Abs(c57));
                    var q60 = a * c57 + sp59;
                    a = Math.Abs(a - c57 * 0.1) * 0.9 + 0.05;
                    u[i] = c57 + 0.05 * (0.25 * (l56 * l56 - r58 * r58) + 0.1 * sp59 * (r58 - 2 * c57 + l56)) + 0.01 * q60 * q60 * a;
                }
                for (var i = 0; i < n; i += stride)
                {
                    var j61 = (i * 3 + 1) % n;
                    var e62 = u[j61];
                    v[i] = e62 * Math.Abs(e62) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
                }
                for (var i = 0; i < n; i++) v[i] = u[i];
            }
            for (var i = 0; i < n; i++)
            {
                var l63 = v[(i + n - 1) % n];
                var c64 = v[i];
                var r65 = v[(i + 1) % n];
                var sp66 = Math.Min(l63, c64);
                var q67 = a * c64 + sp66;
                a = Math.Abs(a - c64 * 0.1) * 0.9 + 0.05;
                v[i] = c64 + 0.05 * (0.25 * (l63 * l63 - r65 * r65) + 0.1 * sp66 * (r65 - 2 * c64 + l63)) + 0.01 * q67 * q67 * a;
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                for (var i = 0; i < n; i++)
                {
                    var l68 = u[(i + n - 1) % n];
                    var c69 = u[i];
                    var r70 = u[(i + 1) % n];
                    var sp71 = Math.Abs(l68 - c69);
                    if (c69 > l68) u[i] = c69 + 0.05 * (0.25 * (l68 * l68 - r70 * r70) + 0.1 * sp71 * (r70 - 2 * c69 + l68));
                    else u[i] = c69 - 0.02 * sp71 * r70;
                }
                var t72 = u;
                u = v;
                v = t72;
                for (var i = 0; i < n; i++)
                {
                    var l73 = u[(i + n - 1) % n];
                    var c74 = u[i];
                    var r75 = u[(i + 1) % n];
                    var sp76 = Math.Max(Math.Abs(l73), Math.Abs(c74));
                    if (c74 > l73) v[i] = c74 + 0.05 * (0.25 * (l73 * l73 - r75 * r75) + 0.1 * sp76 * (r75 - 2 * c74 + l73));
                    else v[i] = c74 - 0.02 * sp76 * r75;
                }
                for (var i = 0; i < n; i++) v[i] = u[i];
            }
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R15(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var m1 = Math.Abs(u[0]) + 0.2;
        for (var i = 0; i < n; i++)
        {
            v[i] = v[i] * 0.7 + m1 * u[i] * 0.2;
        }
        acc += m1 * m1 * 0.1;
        for (var i = 0; i < n; i++) u[i] = v[i];
        for (var i = 0; i < n; i++)
        {
            var l2 = u[(i + n - 1) % n];
            var c3 = u[i];
            var r4 = u[(i + 1) % n];
            var sp5 = (l2 * c3 + 0.5);
            v[i] = c3 + 0.05 * (0.25 * (l2 * l2 - r4 * r4) + 0.1 * sp5 * (r4 - 2 * c3 + l2));
            acc += c3 * sp5 * 0.01 + u[i] * 0.02;
        }
        var m6 = Math.Abs(u[0]) + 0.2;
        for (var i = 0; i < n; i++)
        {
            v[i] = v[i] * 0.7 + m6 * u[i] * 0.2;
        }
        acc += m6 * m6 * 0.1;
        for (var i = 0; i < n; i++) u[i] = v[i];
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R16(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var g1 = Math.Max(a, u[0]) * s;
        a = a * 0.8 + 0.1;
        acc += g1 * g1 * 0.2 + a * 0.1;
        var g2 = Math.Max(a, u[1]) * s;
        acc += g2 * g2 * 0.2 + a * 0.1;
        for (var k0 = 0; k0 < steps; k0++)
        {
            var m3 = Math.Abs(u[0]) + 0.2;
            for (var i = 0; i < n; i++)
            {
                v[i] = v[i] * 0.7 + m3 * u[i] * 0.2;
            }
            acc += m3 * m3 * 0.1;
            for (var i = 0; i < n; i += 2)
            {
                var j4 = (i * 3 + 1) % n;
                var e5 = v[j4];
                v[i] = e5 * Math.Abs(e5) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
            }
            var m6 = Math.Abs(u[0]) + 0.2;
            for (var i = 0; i < n; i++)
            {
                u[i] = u[i] / m6 * 0.8;
            }
            acc += m6 * m6 * 0.1;
            if (s > 0.5)
            {
                for (var i = 0; i < n; i++)
                {
                    var l7 = u[(i + n - 1) % n];
                    var c8 = u[i];
                    var r9 = u[(i + 1) % n];
                    var sp10 = Math.Sqrt(l7 * l7 + 0.1);
                    var q11 = a * c8 + sp10;
                    a = Math.Abs(a - c8 * 0.1) * 0.9 + 0.05;
                    v[i] = c8 + 0.05 * (0.25 * (l7 * l7 - r9 * r9) + 0.1 * sp10 * (r9 - 2 * c8 + l7)) + 0.01 * q11 * q11 * a;
                }
                var t12 = u;
                u = v;
                v = t12;
                var t13 = u;
                u = v;
                v = t13;
                for (var i = 0; i < n; i++)
                {
                    var l14 = u[(i + n - 1) % n];
                    var c15 = u[i];
                    var r16 = u[(i + 1) % n];
                    var sp17 = Math.Sqrt(l14 * l14 + 0.1);
                    var q18 = a * c15 + sp17;
                    a = Math.Abs(a - c15 * 0.1) * 0.9 + 0.05;
                    u[i] = c15 + 0.05 * (0.25 * (l14 * l14 - r16 * r16) + 0.1 * sp17 * (r16 - 2 * c15 + l14)) + 0.01 * q18 * q18 * a;
                }
            }
            else
            {
                for (var i = 0; i < n; i++) v[i] = u[i];
                for (var i = 0; i < n; i++) u[i] = v[i];
                var m19 = Math.Abs(u[0]) + 0.2;
                for (var i = 0; i < n; i++)
                {
                    u[i] = u[i] / m19 * 0.8;
                }
                acc += m19 * m19 * 0.1;
                for (var i = 0; i < n; i++)
                {
                    var l20 = u[(i + n - 1) % n];
                    var c21 = u[i];
                    var r22 = u[(i + 1) % n];
                    var sp23 = Math.Abs(l20 - c21);
                    if (c21 > l20) u[i] = c21 + 0.05 * (0.25 * (l20 * l20 - r22 * r22) + 0.1 * sp23 * (r22 - 2 * c21 + l20));
                    else u[i] = c21 - 0.02 * sp23 * r22;
                }
                for (var i = 0; i < n; i++)
                {
                    var l24 = u[(i + n - 1) % n];
                    var c25 = u[i];
                    var r26 = u[(i + 1) % n];
                    var sp27 = Math.Min(l24, c25);
                    if (c25 > l24) u[i] = c25 + 0.05 * (0.25 * (l24 * l24 - r26 * r26) + 0.1 * sp27 * (r26 - 2 * c25 + l24));
                    else u[i] = c25 - 0.02 * sp27 * r26;
                }
            }
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R17(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        if (acc > 1.0)
        {
            for (var i = 0; i < n; i += stride)
            {
                var j1 = (i * 3 + 1) % n;
                var e2 = u[j1];
                u[i] = e2 * Math.Abs(e2) * 0.3 + 0.5 * u[i] + 0.1 * table[i % table.Length];
            }
            for (var i = 0; i < n; i += 2)
            {
                var j3 = (i * 3 + 1) % n;
                var e4 = v[j3];
                v[i] = e4 * Math.Abs(e4) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
            }
            var t5 = u;
            u = v;
            v = t5;
            if (u[0] > v[0])
            {
                for (var i = 0; i < n; i++)
                {
                    var l6 = v[(i + n - 1) % n];
                    var c7 = v[i];
                    var r8 = v[(i + 1) % n];
                    var sp9 = Math.Sqrt(l6 * l6 + 0.1);
                    if (sp9 > 0.7) break;
                    if (c7 < 0.0) continue;
                    v[i] = c7 + 0.05 * (0.25 * (l6 * l6 - r8 * r8) + 0.1 * sp9 * (r8 - 2 * c7 + l6));
                }
                for (var i = 0; i < n; i += 2)
                {
                    var j10 = (i * 3 + 1) % n;
                    var e11 = u[j10];
                    u[i] = e11 * Math.Abs(e11) * 0.3 + 0.5 * u[i] + 0.1 * table[i % table.Length];
                }
                var m12 = Math.Abs(u[0]) + 0.2;
                for (var i = 0; i < n; i++)
                {
                    v[i] = v[i] * 0.7 + m12 * u[i] * 0.2;
                }
                acc += m12 * m12 * 0.1;
            }
            for (var i = 0; i < n; i++) v[i] = u[i];
        }
        var t13 = u;
        u = v;
        v = t13;
        for (var i = 0; i < n; i++)
        {
            var l14 = u[(i + n - 1) % n];
            var c15 = u[i];
            var r16 = u[(i + 1) % n];
            var sp17 = Math.Abs(l14 - c15);
            if (sp17 > 0.7) break;
            if (c15 < 0.0) continue;
            v[i] = c15 + 0.05 * (0.25 * (l14 * l14 - r16 * r16) + 0.1 * sp17 * (r16 - 2 * c15 + l14));
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R18(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        if (s > 0.5)
        {
            for (var k1 = 0; k1 < steps; k1++)
            {
                for (var i = 0; i < n; i++) v[i] = u[i];
                var m1 = Math.Abs(v[0]) + 0.2;
                for (var i = 0; i < n; i++)
                {
                    v[i] = v[i] / m1 * 0.8;
                }
                acc += m1 * m1 * 0.1;
                for (var i = 0; i < n; i++)
                {
                    var l2 = u[(i + n - 1) % n];
                    var c3 = u[i];
                    var r4 = u[(i + 1) % n];
                    var sp5 = Math.Abs(l2 - c3);
                    u[i] = c3 + 0.05 * (0.25 * (l2 * l2 - r4 * r4) + 0.1 * sp5 * (r4 - 2 * c3 + l2));
                    acc += c3 * sp5 * 0.01 + u[i] * 0.02;
                }
                var m6 = Math.Abs(v[0]) + 0.2;
                for (var i = 0; i < n; i++)
                {
                    u[i] = u[i] * 0.7 + m6 * v[i] * 0.2;
                }
                acc += m6 * m6 * 0.1;
                for (var i = 0; i < n; i++)
                {
                    var l7 = v[(i + n - 1) % n];
                    var c8 = v[i];
                    var r9 = v[(i + 1) % n];
                    var sp10 = Math.Min(l7, c8);
                    var q11 = a * c8 + sp10;
                    a = Math.Abs(a - c8 * 0.1) * 0.9 + 0.05;
                    v[i] = c8 + 0.05 * (0.25 * (l7 * l7 - r9 * r9) + 0.1 * sp10 * (r9 - 2 * c8 + l7)) + 0.01 * q11 * q11 * a;
                }
            }
            for (var i = 0; i < n; i++) v[i] = u[i];
            for (var i = 0; i < n; i++) u[i] = v[i];
            for (var i = 0; i < n; i++)
            {
                var l12 = v[(i + n - 1) % n];
                var c13 = v[i];
                var r14 = v[(i + 1) % n];
                var sp15 = Math.Abs(l12 - c13);
                u[i] = c13 + 0.05 * (0.25 * (l12 * l12 - r14 * r14) + 0.1 * sp15 * (r14 - 2 * c13 + l12));
                acc += c13 * sp15 * 0.01 + v[i] * 0.02;
            }
            for (var i = 0; i < n; i++)
            {
                var l16 = u[(i + n - 1) % n];
                var c17 = u[i];
                var r18 = u[(i + 1) % n];
                var sp19 = Math.Abs(l16 - c17);
                v[i] = c17 + 0.05 * (0.25 * (l16 * l16 - r18 * r18) + 0.1 * sp19 * (r18 - 2 * c17 + l16));
                acc += c17 * sp19 * 0.01 + u[i] * 0.02;
            }
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            var m20 = Math.Abs(v[0]) + 0.2;
            for (var i = 0; i < n; i++)
            {
                v[i] = v[i] / m20 * 0.8;
            }
            acc += m20 * m20 * 0.1;
            var g21 = Math.Max(a, u[3]) * s;
            a = a * 0.8 + 0.1;
            acc += g21 * g21 * 0.2 + a * 0.1;
            for (var i = 0; i < n; i += 2)
            {
                var j22 = (i * 3 + 1) % n;
                var e23 = u[j22];
                v[i] = e23 * Math.Abs(e23) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
            }
            for (var i = 0; i < n; i += 2)
            {
                var j24 = (i * 3 + 1) % n;
                var e25 = v[j24];
                v[i] = e25 * Math.Abs(e25) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
            }
            for (var i = 0; i < n; i++)
            {
                var l26 = u[(i + n - 1) % n];
                var c27 = u[i];
                var r28 = u[(i + 1) % n];
                var sp29 = Math.Max(Math.Abs(l26), Math.Abs(c27));
                var w30 = u;
                w30[(i + 1) % n] = w30[(i + 1) % n] * 0.9 + 0.01 * c27;
                u[i] = c27 + 0.05 * (0.25 * (l26 * l26 - r28 * r28) + 0.1 * sp29 * (r28 - 2 * c27 + l26)) + r28 * sp29 * 0.01;
            }
        }
        for (var i = 0; i < n; i += 2)
        {
            var j31 = (i * 3 + 1) % n;
            var e32 = u[j31];
            v[i] = e32 * Math.Abs(e32) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
        }
        for (var i = 0; i < n; i++)
        {
            var l33 = v[(i + n - 1) % n];
            var c34 = v[i];
            var r35 = v[(i + 1) % n];
            var sp36 = (l33 * c34 + 0.5);
            if (sp36 > 0.7) break;
            if (c34 < 0.0) continue;
            v[i] = c34 + 0.05 * (0.25 * (l33 * l33 - r35 * r35) + 0.1 * sp36 * (r35 - 2 * c34 + l33));
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            for (var i = 0; i < n; i += 2)
            {
                var j37 = (i * 3 + 1) % n;
                var e38 = u[j37];
                u[i] = e38 * Math.Abs(e38) * 0.3 + 0.5 * u[i] + 0.1 * table[i % table.Length];
            }
            var m39 = Math.Abs(v[0]) + 0.2;
            for (var i = 0; i < n; i++)
            {
                u[i] = u[i] * 0.7 + m39 * v[i] * 0.2;
            }
            acc += m39 * m39 * 0.1;
            for (var i = 0; i < n; i += stride)
            {
                var j40 = (i * 3 + 1) % n;
                var e41 = v[j40];
                v[i] = e41 * Math.Abs(e41) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
            }
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R19(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var i = 0; i < n; i++) v[i] = u[i];
        var m1 = Math.Abs(v[0]) + 0.2;
        for (var i = 0; i < n; i++)
        {
            u[i] = u[i] * 0.7 + m1 * v[i] * 0.2;
        }
        acc += m1 * m1 * 0.1;
        for (var i = 0; i < n; i++)
        {
            var l2 = u[(i + n - 1) % n];
            var c3 = u[i];
            var r4 = u[(i + 1) % n];
            var sp5 = Math.Abs(l2 - c3);
            v[i] = c3 + 0.05 * (0.25 * (l2 * l2 - r4 * r4) + 0.1 * sp5 * (r4 - 2 * c3 + l2));
            acc += c3 * sp5 * 0.01 + u[i] * 0.02;
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R20(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        if (acc > 1.0)
        {
            if (s > 0.5)
            {
                var g1 = Math.Max(a, u[2]) * s;
                acc += g1 * g1 * 0.2 + a * 0.1;
                for (var i = 0; i < n; i++) u[i] = v[i];
                for (var i = 0; i < n; i += 2)
                {
                    var j2 = (i * 3 + 1) % n;
                    var e3 = v[j2];
                    u[i] = e3 * Math.Abs(e3) * 0.3 + 0.5 * u[i] + 0.1 * table[i % table.Length];
                }
            }
            else
            {
                for (var i = 0; i < n; i++)
                {
                    var l4 = u[(i + n - 1) % n];
                    var c5 = u[i];
                    var r6 = u[(i + 1) % n];
                    var sp7 = Math.Abs(l4 - c5);
                    v[i] = c5 + 0.05 * (0.25 * (l4 * l4 - r6 * r6) + 0.1 * sp7 * (r6 - 2 * c5 + l4));
                }
                for (var i = 0; i < n; i++)
                {
                    var l8 = v[(i + n - 1) % n];
                    var c9 = v[i];
                    var r10 = v[(i + 1) % n];
                    var sp11 = Math.Min(l8, c9);
                    var q12 = a * c9 + sp11;
                    a = Math.Abs(a - c9 * 0.1) * 0.9 + 0.05;
                    u[i] = c9 + 0.05 * (0.25 * (l8 * l8 - r10 * r10) + 0.1 * sp11 * (r10 - 2 * c9 + l8)) + 0.01 * q12 * q12 * a;
                }
                for (var i = 0; i < n; i++)
                {
                    var l13 = u[(i + n - 1) % n];
                    var c14 = u[i];
                    var r15 = u[(i + 1) % n];
                    var sp16 = Math.Abs(l13 - c14);
                    var q17 = a * c14 + sp16;
                    a = Math.Abs(a - c14 * 0.1) * 0.9 + 0.05;
                    v[i] = c14 + 0.05 * (0.25 * (l13 * l13 - r15 * r15) + 0.1 * sp16 * (r15 - 2 * c14 + l13)) + 0.01 * q17 * q17 * a;
                }
                for (var i = 0; i < n; i += stride)
                {
                    var j18 = (i * 3 + 1) % n;
                    var e19 = v[j18];
                    v[i] = e19 * Math.Abs(e19) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
                }
            }
            if (acc > 1.0)
            {
                var g20 = Math.Max(a, u[1]) * s;
                a = a * 0.8 + 0.1;
                acc += g20 * g20 * 0.2 + a * 0.1;
                for (var i = 0; i < n; i++)
                {
                    var l21 = u[(i + n - 1) % n];
                    var c22 = u[i];
                    var r23 = u[(i + 1) % n];
                    var sp24 = (l21 * c22 + 0.5);
                    var q25 = a * c22 + sp24;
                    a = Math.Abs(a - c22 * 0.1) * 0.9 + 0.05;
                    u[i] = c22 + 0.05 * (0.25 * (l21 * l21 - r23 * r23) + 0.1 * sp24 * (r23 - 2 * c22 + l21)) + 0.01 * q25 * q25 * a;
                }
                for (var i = 0; i < n; i++) u[i] = v[i];
            }
            else
            {
                for (var i = 0; i < n; i += 2)
                {
                    var j26 = (i * 3 + 1) % n;
                    var e27 = v[j26];
                    v[i] = e27 * Math.Abs(e27) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
                }
                for (var i = 0; i < n; i++)
                {
                    var l28 = u[(i + n - 1) % n];
                    var c29 = u[i];
                    var r30 = u[(i + 1) % n];
                    var sp31 = (l28 * c29 + 0.5);
                    if (c29 > l28) v[i] = c29 + 0.05 * (0.25 * (l28 * l28 - r30 * r30) + 0.1 * sp31 * (r30 - 2 * c29 + l28));
                    else v[i] = c29 - 0.02 * sp31 * r30;
                }
                for (var i = 0; i < n; i += 2)
                {
                    var j32 = (i * 3 + 1) % n;
                    var e33 = u[j32];
                    v[i] = e33 * Math.Abs(e33) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
                }
            }
            var m34 = Math.Abs(v[0]) + 0.2;
            for (var i = 0; i < n; i++)
            {
                v[i] = v[i] / m34 * 0.8;
            }
            acc += m34 * m34 * 0.1;
            for (var i = 0; i < n; i++) v[i] = u[i];
            var g35 = Math.Max(a, v[3]) * s;
            a = a * 0.8 + 0.1;
            acc += g35 * g35 * 0.2 + a * 0.1;
        }
        else
        {
            var m36 = Math.Abs(v[0]) + 0.2;
            for (var i = 0; i < n; i++)
            {
                v[i] = v[i] / m36 * 0.8;
            }
            acc += m36 * m36 * 0.1;
            for (var k1 = 0; k1 < steps; k1++)
            {
                var g37 = Math.Max(a, v[1]) * s;
                acc += g37 * g37 * 0.2 + a * 0.1;
                var g38 = Math.Max(a, v[1]) * s;
                a = a * 0.8 + 0.1;
                acc += g38 * g38 * 0.2 + a * 0.1;
                for (var i = 0; i < n; i++)
                {
                    var l39 = v[(i + n - 1) % n];
                    var c40 = v[i];
                    var r41 = v[(i + 1) % n];
                    var sp42 = Math.Sqrt(l39 * l39 + 0.1);
                    if (sp42 > 0.7) break;
                    if (c40 < 0.0) continue;
                    u[i] = c40 + 0.05 * (0.25 * (l39 * l39 - r41 * r41) + 0.1 * sp42 * (r41 - 2 * c40 + l39));
                }
            }
            var t43 = u;
            u = v;
            v = t43;
            for (var i = 0; i < n; i += 2)
            {
                var j44 = (i * 3 + 1) % n;
                var e45 = v[j44];
                v[i] = e45 * Math.Abs(e45) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
            }
            if (s > 0.5)
            {
                for (var i = 0; i < n; i++)
                {
                    var l46 = u[(i + n - 1) % n];
                    var c47 = u[i];
                    var r48 = u[(i + 1) % n];
                    var sp49 = Math.Abs(l46 - c47);
                    if (sp49 > 0.7) break;
                    if (c47 < 0.0) continue;
                    v[i] = c47 + 0.05 * (0.25 * (l46 * l46 - r48 * r48) + 0.1 * sp49 * (r48 - 2 * c47 + l46));
                }
                for (var i = 0; i < n; i++)
                {
                    var l50 = u[(i + n - 1) % n];
                    var c51 = u[i];
                    var r52 = u[(i + 1) % n];
                    var sp53 = Math.Sqrt(l50 * l50 + 0.1);
                    var w54 = u;
                    w54[(i + 1) % n] = w54[(i + 1) % n] * 0.9 + 0.01 * c51;
                    v[i] = c51 + 0.05 * (0.25 * (l50 * l50 - r52 * r52) + 0.1 * sp53 * (r52 - 2 * c51 + l50)) + r52 * sp53 * 0.01;
                }
                var g55 = Math.Max(a, u[1]) * s;
                a = a * 0.8 + 0.1;
                acc += g55 * g55 * 0.2 + a * 0.1;
                for (var i = 0; i < n; i++)
                {
                    var l56 = u[(i + n - 1) % n];
                    var c57 = u[i];
                    var r58 = u[(i + 1) % n];
                    var sp59 = Math.Min(l56, c57);
                    u[i] = c57 + 0.05 * (0.25 * (l56 * l56 - r58 * r58) + 0.1 * sp59 * (r58 - 2 * c57 + l56));
                }
            }
            else
            {
                var t60 = u;
                u = v;
                v = t60;
                for (var i = 0; i < n; i += stride)
                {
                    var j61 = (i * 3 + 1) % n;
                    var e62 = u[j61];
                    v[i] = e62 * Math.Abs(e62) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
                }
                for (var i = 0; i < n; i++)
                {
                    var l63 = u[(i + n - 1) % n];
                    var c64 = u[i];
                    var r65 = u[(i + 1) % n];
                    var sp66 = Math.Abs(l63 - c64);
                    if (sp66 > 0.7) break;
                    if (c64 < 0.0) continue;
                    v[i] = c64 + 0.05 * (0.25 * (l63 * l63 - r65 * r65) + 0.1 * sp66 * (r65 - 2 * c64 + l63));
                }
            }
        }
        var g67 = Math.Max(a, v[0]) * s;
        acc += g67 * g67 * 0.2 + a * 0.1;
        if (acc > 1.0)
        {
            if (s > 0.5)
            {
                var g68 = Math.Max(a, u[1]) * s;
                acc += g68 * g68 * 0.2 + a * 0.1;
                var t69 = u;
                u = v;
                v = t69;
                for (var i = 0; i < n; i++) u[i] = v[i];
                for (var i = 0; i < n; i++)
                {
                    var l70 = u[(i + n - 1) % n];
                    var c71 = u[i];
                    var r72 = u[(i + 1) % n];
                    var sp73 = Math.Max(Math.Abs(l70), Math.Abs(c71));
                    v[i] = c71 + 0.05 * (0.25 * (l70 * l70 - r72 * r72) + 0.1 * sp73 * (r72 - 2 * c71 + l70));
                    acc += c71 * sp73 * 0.01 + u[i] * 0.02;
                }
            }
            else
            {
                for (var i = 0; i < n; i++)
                {
                    var l74 = u[(i + n - 1) % n];
                    var c75 = u[i];
                    var r76 = u[(i + 1) % n];
                    var sp77 = Math.Max(Math.Abs(l74), Math.Abs(c75));
                    u[i] = c75 + 0.05 * (0.25 * (l74 * l74 - r76 * r76) + 0.1 * sp77 * (r76 - 2 * c75 + l74));
                    acc += c75 * sp77 * 0.01 + u[i] * 0.02;
                }
                for (var i = 0; i < n; i += 2)
                {
                    var j78 = (i * 3 + 1) % n;
                    var e79 = u[j78];
                    u[i] = e79 * Math.Abs(e79) * 0.3 + 0.5 * u[i] + 0.1 * table[i % table.Length];
                }
                var t80 = u;
                u = v;
                v = t80;
                var t81 = u;
                u = v;
                v = t81;
                for (var i = 0; i < n; i++)
                {
                    var l82 = u[(i + n - 1) % n];
                    var c83 = u[i];
                    var r84 = u[(i + 1) % n];
                    var sp85 = Math.Max(Math.Abs(l82), Math.Abs(c83));
                    var q86 = a * c83 + sp85;
                    a = Math.Abs(a - c83 * 0.1) * 0.9 + 0.05;
                    v[i] = c83 + 0.05 * (0.25 * (l82 * l82 - r84 * r84) + 0.1 * sp85 * (r84 - 2 * c83 + l82)) + 0.01 * q86 * q86 * a;
                }
            }
            var g87 = Math.Max(a, u[2]) * s;
            a = a * 0.8 + 0.1;
            acc += g87 * g87 * 0.2 + a * 0.1;
            for (var k1 = 0; k1 < steps; k1++)
            {
                for (var i = 0; i < n; i++)
                {
                    var l88 = u[(i + n - 1) % n];
                    var c89 = u[i];
                    var r90 = u[(i + 1) % n];
                    var sp91 = Math.Min(l88, c89);
                    var q92 = a * c89 + sp91;
                    a = Math.Abs(a - c89 * 0.1) * 0.9 + 0.05;
                    u[i] = c89 + 0.05 * (0.25 * (l88 * l88 - r90 * r90) + 0.1 * sp91 * (r90 - 2 * c89 + l88)) + 0.01 * q92 * q92 * a;
                }
                for (var i = 0; i < n; i++)
                {
                    var l93 = u[(i + n - 1) % n];
                    var c94 = u[i];
                    var r95 = u[(i + 1) % n];
                    var sp96 = Math.Min(l93, c94);
                    v[i] = c94 + 0.05 * (0.25 * (l93 * l93 - r95 * r95) + 0.1 * sp96 * (r95 - 2 * c94 + l93));
                    acc += c94 * sp96 * 0.01 + u[i] * 0.02;
                }
                for (var i = 0; i < n; i++)
                {
                    var l97 = u[(i + n - 1) % n];
                    var c98 = u[i];
                    var r99 = u[(i + 1) % n];
                    var sp100 = Math.Sqrt(l97 * l97 + 0.1);
                    var w101 = u;
                    w101[(i + 1) % n] = w101[(i + 1) % n] * 0.9 + 0.01 * c98;
                    u[i] = c98 + 0.05 * (0.25 * (l97 * l97 - r99 * r99) + 0.1 * sp100 * (r99 - 2 * c98 + l97)) + r99 * sp100 * 0.01;
                }
                for (var i = 0; i < n; i++)
                {
                    var l102 = v[(i + n - 1) % n];
                    var c103 = v[i];
                    var r104 = v[(i + 1) % n];
                    var sp105 = Math.Min(l102, c103);
                    u[i] = c103 + 0.05 * (0.25 * (l102 * l102 - r104 * r104) + 0.1 * sp105 * (r104 - 2 * c103 + l102));
                }
                for (var i = 0; i < n; i++)
                {
                    var l106 = u[(i + n - 1) % n];
                    var c107 = u[i];
                    var r108 = u[(i + 1) % n];
                    var sp109 = Math.Max(Math.Abs(l106), Math.Abs(c107));
                    u[i] = c107 + 0.05 * (0.25 * (l106 * l106 - r108 * r108) + 0.1 * sp109 * (r108 - 2 * c107 + l106));
                    acc += c107 * sp109 * 0.01 + u[i] * 0.02;
                }
            }
            for (var i = 0; i < n; i++) v[i] = u[i];
            var m110 = Math.Abs(u[0]) + 0.2;
            for (var i = 0; i < n; i++)
            {
                v[i] = v[i] * 0.7 + m110 * u[i] * 0.2;
            }
            acc += m110 * m110 * 0.1;
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R21(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var i = 0; i < n; i += stride)
        {
            var j1 = (i * 3 + 1) % n;
            var e2 = v[j1];
            v[i] = e2 * Math.Abs(e2) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            var g3 = Math.Max(a, v[1]) * s;
            acc += g3 * g3 * 0.2 + a * 0.1;
            for (var k1 = 0; k1 < steps; k1++)
            {
                var m4 = Math.Abs(v[0]) + 0.2;
                for (var i = 0; i < n; i++)
                {
                    u[i] = u[i] * 0.7 + m4 * v[i] * 0.2;
                }
                acc += m4 * m4 * 0.1;
                for (var i = 0; i < n; i += stride)
                {
                    var j5 = (i * 3 + 1) % n;
                    var e6 = v[j5];
                    v[i] = e6 * Math.Abs(e6) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
                }
                for (var i = 0; i < n; i += 2)
                {
                    var j7 = (i * 3 + 1) % n;
                    var e8 = v[j7];
                    v[i] = e8 * Math.Abs(e8) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
                }
            }
            var t9 = u;
            u = v;
            v = t9;
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            for (var k1 = 0; k1 < steps; k1++)
            {
                for (var i = 0; i < n; i++)
                {
                    var l10 = u[(i + n - 1) % n];
                    var c11 = u[i];
                    var r12 = u[(i + 1) % n];
                    var sp13 = Math.Min(l10, c11);
                    var q14 = a * c11 + sp13;
                    a = Math.Abs(a - c11 * 0.1) * 0.9 + 0.05;
                    v[i] = c11 + 0.05 * (0.25 * (l10 * l10 - r12 * r12) + 0.1 * sp13 * (r12 - 2 * c11 + l10)) + 0.01 * q14 * q14 * a;
                }
                var t15 = u;
                u = v;
                v = t15;
                for (var i = 0; i < n; i += stride)
                {
                    var j16 = (i * 3 + 1) % n;
                    var e17 = u[j16];
                    v[i] = e17 * Math.Abs(e17) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
                }
                var m18 = Math.Abs(u[0]) + 0.2;
                for (var i = 0; i < n; i++)
                {
                    v[i] = v[i] * 0.7 + m18 * u[i] * 0.2;
                }
                acc += m18 * m18 * 0.1;
                for (var i = 0; i < n; i++)
                {
                    var l19 = u[(i + n - 1) % n];
                    var c20 = u[i];
                    var r21 = u[(i + 1) % n];
                    var sp22 = Math.Max(Math.Abs(l19), Math.Abs(c20));
                    v[i] = c20 + 0.05 * (0.25 * (l19 * l19 - r21 * r21) + 0.1 * sp22 * (r21 - 2 * c20 + l19));
                }
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                for (var i = 0; i < n; i++)
                {
                    var l23 = u[(i + n - 1) % n];
                    var c24 = u[i];
                    var r25 = u[(i + 1) % n];
                    var sp26 = Math.Sqrt(l23 * l23 + 0.1);
                    if (sp26 > 0.7) break;
                    if (c24 < 0.0) continue;
                    v[i] = c24 + 0.05 * (0.25 * (l23 * l23 - r25 * r25) + 0.1 * sp26 * (r25 - 2 * c24 + l23));
                }
                for (var i = 0; i < n; i += 2)
                {
                    var j27 = (i * 3 + 1) % n;
                    var e28 = v[j27];
                    v[i] = e28 * Math.Abs(e28) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
                }
                var m29 = Math.Abs(u[0]) + 0.2;
                for (var i = 0; i < n; i++)
                {
                    v[i] = v[i] * 0.7 + m29 * u[i] * 0.2;
                }
                acc += m29 * m29 * 0.1;
                for (var i = 0; i < n; i++) u[i] = v[i];
                var t30 = u;
                u = v;
                v = t30;
            }
            var m31 = Math.Abs(u[0]) + 0.2;
            for (var i = 0; i < n; i++)
            {
                u[i] = u[i] / m31 * 0.8;
            }
            acc += m31 * m31 * 0.1;
            for (var k1 = 0; k1 < steps; k1++)
            {
                for (var i = 0; i < n; i++)
                {
                    var l32 = u[(i + n - 1) % n];
                    var c33 = u[i];
                    var r34 = u[(i + 1) % n];
                    var sp35 = Math.Min(l32, c33);
                    var q36 = a * c33 + sp35;
                    a = Math.Abs(a - c33 * 0.1) * 0.9 + 0.05;
                    u[i] = c33 + 0.05 * (0.25 * (l32 * l32 - r34 * r34) + 0.1 * sp35 * (r34 - 2 * c33 + l32)) + 0.01 * q36 * q36 * a;
                }
                var t37 = u;
                u = v;
                v = t37;
                for (var i = 0; i < n; i++) u[i] = v[i];
                var m38 = Math.Abs(v[0]) + 0.2;
                for (var i = 0; i < n; i++)
                {
                    u[i] = u[i] * 0.7 + m38 * v[i] * 0.2;
                }
                acc += m38 * m38 * 0.1;
            }
            for (var i = 0; i < n; i += 2)
            {
                var j39 = (i * 3 + 1) % n;
                var e40 = u[j39];
                v[i] = e40 * Math.Abs(e40) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
            }
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R22(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        if (s > 0.5)
        {
            for (var i = 0; i < n; i++)
            {
                var l1 = u[(i + n - 1) % n];
                var c2 = u[i];
                var r3 = u[(i + 1) % n];
                var sp4 = Math.Sqrt(l1 * l1 + 0.1);
                var q5 = a * c2 + sp4;
                a = Math.Abs(a - c2 * 0.1) * 0.9 + 0.05;
                v[i] = c2 + 0.05 * (0.25 * (l1 * l1 - r3 * r3) + 0.1 * sp4 * (r3 - 2 * c2 + l1)) + 0.01 * q5 * q5 * a;
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                for (var i = 0; i < n; i++) u[i] = v[i];
                for (var i = 0; i < n; i++) v[i] = u[i];
                for (var i = 0; i < n; i++)
                {
                    var l6 = u[(i + n - 1) % n];
                    var c7 = u[i];
                    var r8 = u[(i + 1) % n];
                    var sp9 = Math.Abs(l6 - c7);
                    if (sp9 > 0.7) break;
                    if (c7 < 0.0) continue;
                    v[i] = c7 + 0.05 * (0.25 * (l6 * l6 - r8 * r8) + 0.1 * sp9 * (r8 - 2 * c7 + l6));
                }
                for (var i = 0; i < n; i++)
                {
                    var l10 = v[(i + n - 1) % n];
                    var c11 = v[i];
                    var r12 = v[(i + 1) % n];
                    var sp13 = (l10 * c11 + 0.5);
                    var w14 = v;
                    w14[(i + 1) % n] = w14[(i + 1) % n] * 0.9 + 0.01 * c11;
                    v[i] = c11 + 0.05 * (0.25 * (l10 * l10 - r12 * r12) + 0.1 * sp13 * (r12 - 2 * c11 + l10)) + r12 * sp13 * 0.01;
                }
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                var t15 = u;
                u = v;
                v = t15;
                for (var i = 0; i < n; i++)
                {
                    var l16 = v[(i + n - 1) % n];
                    var c17 = v[i];
                    var r18 = v[(i + 1) % n];
                    var sp19 = Math.Abs(l16 - c17);
                    v[i] = c17 + 0.05 * (0.25 * (l16 * l16 - r18 * r18) + 0.1 * sp19 * (r18 - 2 * c17 + l16));
                    acc += c17 * sp19 * 0.01 + v[i] * 0.02;
                }
                for (var i = 0; i < n; i += stride)
                {
                    var j20 = (i * 3 + 1) % n;
                    var e21 = u[j20];
                    u[i] = e21 * Math.Abs(e21) * 0.3 + 0.5 * u[i] + 0.1 * table[i % table.Length];
                }
            }
        }
        else
        {
            var t22 = u;
            u = v;
            v = t22;
            var g23 = Math.Max(a, v[0]) * s;
            a = a * 0.8 + 0.1;
            acc += g23 * g23 * 0.2 + a * 0.1;
            for (var i = 0; i < n; i++)
            {
                var l24 = u[(i + n - 1) % n];
                var c25 = u[i];
                var r26 = u[(i + 1) % n];
                var sp27 = Math.Abs(l24 - c25);
                if (sp27 > 0.7) break;
                if (c25 < 0.0) continue;
                v[i] = c25 + 0.05 * (0.25 * (l24 * l24 - r26 * r26) + 0.1 * sp27 * (r26 - 2 * c25 + l24));
            }
            if (u[0] > v[0])
            {
                var g28 = Math.Max(a, v[2]) * s;
                acc += g28 * g28 * 0.2 + a * 0.1;
                for (var i = 0; i < n; i += stride)
                {
                    var j29 = (i * 3 + 1) % n;
                    var e30 = u[j29];
                    v[i] = e30 * Math.Abs(e30) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
                }
                for (var i = 0; i < n; i++) v[i] = u[i];
                for (var i = 0; i < n; i++)
                {
                    var l31 = v[(i + n - 1) % n];
                    var c32 = v[i];
                    var r33 = v[(i + 1) % n];
                    var sp34 = Math.Max(Math.Abs(l31), Math.Abs(c32));
                    u[i] = c32 + 0.05 * (0.25 * (l31 * l31 - r33 * r33) + 0.1 * sp34 * (r33 - 2 * c32 + l31));
                }
                for (var i = 0; i < n; i++)
                {
                    var l35 = u[(i + n - 1) % n];
                    var c36 = u[i];
                    var r37 = u[(i + 1) % n];
                    var sp38 = (l35 * c36 + 0.5);
                    if (sp38 > 0.7) break;
                    if (c36 < 0.0) continue;
                    u[i] = c36 + 0.05 * (0.25 * (l35 * l35 - r37 * r37) + 0.1 * sp38 * (r37 - 2 * c36 + l35));
                }
            }
            else
            {
                for (var i = 0; i < n; i++)
                {
                    var l39 = v[(i + n - 1) % n];
                    var c40 = v[i];
                    var r41 = v[(i + 1) % n];
                    var sp42 = Math.Max(Math.Abs(l39), Math.Abs(c40));
                    if (c40 > l39) v[i] = c40 + 0.05 * (0.25 * (l39 * l39 - r41 * r41) + 0.1 * sp42 * (r41 - 2 * c40 + l39));
                    else v[i] = c40 - 0.02 * sp42 * r41;
                }
                var g43 = Math.Max(a, u[2]) * s;
                a = a * 0.8 + 0.1;
                acc += g43 * g43 * 0.2 + a * 0.1;
                for (var i = 0; i < n; i += stride)
                {
                    var j44 = (i * 3 + 1) % n;
                    var e45 = v[j44];
                    u[i] = e45 * Math.Abs(e45) * 0.3 + 0.5 * u[i] + 0.1 * table[i % table.Length];
                }
                var g46 = Math.Max(a, v[1]) * s;
                a = a * 0.8 + 0.1;
                acc += g46 * g46 * 0.2 + a * 0.1;
            }
        }
        for (var i = 0; i < n; i++)
        {
            var l47 = v[(i + n - 1) % n];
            var c48 = v[i];
            var r49 = v[(i + 1) % n];
            var sp50 = Math.Min(l47, c48);
            if (sp50 > 0.7) break;
            if (c48 < 0.0) continue;
            v[i] = c48 + 0.05 * (0.25 * (l47 * l47 - r49 * r49) + 0.1 * sp50 * (r49 - 2 * c48 + l47));
        }
        for (var i = 0; i < n; i++)
        {
            var l51 = u[(i + n - 1) % n];
            var c52 = u[i];
            var r53 = u[(i + 1) % n];
            var sp54 = Math.Abs(l51 - c52);
            u[i] = c52 + 0.05 * (0.25 * (l51 * l51 - r53 * r53) + 0.1 * sp54 * (r53 - 2 * c52 + l51));
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            var g55 = Math.Max(a, u[2]) * s;
            a = a * 0.8 + 0.1;
            acc += g55 * g55 * 0.2 + a * 0.1;
            for (var i = 0; i < n; i += stride)
            {
                var j56 = (i * 3 + 1) % n;
                var e57 = u[j56];
                u[i] = e57 * Math.Abs(e57) * 0.3 + 0.5 * u[i] + 0.1 * table[i % table.Length];
            }
            if (acc > 1.0)
            {
                var t58 = u;
                u = v;
                v = t58;
                var t59 = u;
                u = v;
                v = t59;
                for (var i = 0; i < n; i++) v[i] = u[i];
                for (var i = 0; i < n; i++)
                {
                    var l60 = v[(i + n - 1) % n];
                    var c61 = v[i];
                    var r62 = v[(i + 1) % n];
                    var sp63 = Math.Abs(l60 - c61);
                    if (c61 > l60) u[i] = c61 + 0.05 * (0.25 * (l60 * l60 - r62 * r62) + 0.1 * sp63 * (r62 - 2 * c61 + l60));
                    else u[i] = c61 - 0.02 * sp63 * r62;
                }
            }
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R23(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var g1 = Math.Max(a, v[3]) * s;
        a = a * 0.8 + 0.1;
        acc += g1 * g1 * 0.2 + a * 0.1;
        if (s > 0.5)
        {
            for (var k1 = 0; k1 < steps; k1++)
            {
                var g2 = Math.Max(a, v[1]) * s;
                a = a * 0.8 + 0.1;
                acc += g2 * g2 * 0.2 + a * 0.1;
                for (var i = 0; i < n; i++)
                {
                    var l3 = u[(i + n - 1) % n];
                    var c4 = u[i];
                    var r5 = u[(i + 1) % n];
                    var sp6 = Math.Abs(l3 - c4);
                    if (c4 > l3) v[i] = c4 + 0.05 * (0.25 * (l3 * l3 - r5 * r5) + 0.1 * sp6 * (r5 - 2 * c4 + l3));
                    else v[i] = c4 - 0.02 * sp6 * r5;
                }
                for (var i = 0; i < n; i += 2)
                {
                    var j7 = (i * 3 + 1) % n;
                    var e8 = u[j7];
                    v[i] = e8 * Math.Abs(e8) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
                }
                for (var i = 0; i < n; i++)
                {
                    var l9 = u[(i + n - 1) % n];
                    var c10 = u[i];
                    var r11 = u[(i + 1) % n];
                    var sp12 = (l9 * c10 + 0.5);
                    var q13 = a * c10 + sp12;
                    a = Math.Abs(a - c10 * 0.1) * 0.9 + 0.05;
                    u[i] = c10 + 0.05 * (0.25 * (l9 * l9 - r11 * r11) + 0.1 * sp12 * (r11 - 2 * c10 + l9)) + 0.01 * q13 * q13 * a;
                }
                for (var i = 0; i < n; i += 2)
                {
                    var j14 = (i * 3 + 1) % n;
                    var e15 = v[j14];
                    v[i] = e15 * Math.Abs(e15) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
                }
            }
            var g16 = Math.Max(a, v[3]) * s;
            a = a * 0.8 + 0.1;
            acc += g16 * g16 * 0.2 + a * 0.1;
            for (var i = 0; i < n; i++)
            {
                var l17 = v[(i + n - 1) % n];
                var c18 = v[i];
                var r19 = v[(i + 1) % n];
                var sp20 = (l17 * c18 + 0.5);
                v[i] = c18 + 0.05 * (0.25 * (l17 * l17 - r19 * r19) + 0.1 * sp20 * (r19 - 2 * c18 + l17));
            }
            for (var i = 0; i < n; i++)
            {
                var l21 = v[(i + n - 1) % n];
                var c22 = v[i];
                var r23 = v[(i + 1) % n];
                var sp24 = Math.Sqrt(l21 * l21 + 0.1);
                var q25 = a * c22 + sp24;
                a = Math.Abs(a - c22 * 0.1) * 0.9 + 0.05;
                u[i] = c22 + 0.05 * (0.25 * (l21 * l21 - r23 * r23) + 0.1 * sp24 * (r23 - 2 * c22 + l21)) + 0.01 * q25 * q25 * a;
            }
            for (var i = 0; i < n; i++) u[i] = v[i];
        }
        for (var i = 0; i < n; i++)
        {
            var l26 = u[(i + n - 1) % n];
            var c27 = u[i];
            var r28 = u[(i + 1) % n];
            var sp29 = Math.Abs(l26 - c27);
            u[i] = c27 + 0.05 * (0.25 * (l26 * l26 - r28 * r28) + 0.1 * sp29 * (r28 - 2 * c27 + l26));
            acc += c27 * sp29 * 0.01 + u[i] * 0.02;
        }
        for (var i = 0; i < n; i += stride)
        {
            var j30 = (i * 3 + 1) % n;
            var e31 = v[j30];
            v[i] = e31 * Math.Abs(e31) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            var t32 = u;
            u = v;
            v = t32;
            var t33 = u;
            u = v;
            v = t33;
            var m34 = Math.Abs(v[0]) + 0.2;
            for (var i = 0; i < n; i++)
            {
                u[i] = u[i] * 0.7 + m34 * v[i] * 0.2;
            }
            acc += m34 * m34 * 0.1;
            if (s > 0.5)
            {
                for (var i = 0; i < n; i++)
                {
                    var l35 = v[(i + n - 1) % n];
                    var c36 = v[i];
                    var r37 = v[(i + 1) % n];
                    var sp38 = (l35 * c36 + 0.5);
                    u[i] = c36 + 0.05 * (0.25 * (l35 * l35 - r37 * r37) + 0.1 * sp38 * (r37 - 2 * c36 + l35));
                    acc += c36 * sp38 * 0.01 + v[i] * 0.02;
                }
                for (var i = 0; i < n; i += stride)
                {
                    var j39 = (i * 3 + 1) % n;
                    var e40 = v[j39];
                    v[i] = e40 * Math.Abs(e40) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
                }
                var g41 = Math.Max(a, v[3]) * s;
                acc += g41 * g41 * 0.2 + a * 0.1;
                for (var i = 0; i < n; i++) u[i] = v[i];
            }
            else
            {
                for (var i = 0; i < n; i++) u[i] = v[i];
                for (var i = 0; i < n; i++)
                {
                    var l42 = v[(i + n - 1) % n];
                    var c43 = v[i];
                    var r44 = v[(i + 1) % n];
                    var sp45 = Math.Max(Math.Abs(l42), Math.Abs(c43));
                    var w46 = v;
                    w46[(i + 1) % n] = w46[(i + 1) % n] * 0.9 + 0.01 * c43;
                    v[i] = c43 + 0.05 * (0.25 * (l42 * l42 - r44 * r44) + 0.1 * sp45 * (r44 - 2 * c43 + l42)) + r44 * sp45 * 0.01;
                }
                var m47 = Math.Abs(u[0]) + 0.2;
                for (var i = 0; i < n; i++)
                {
                    v[i] = v[i] * 0.7 + m47 * u[i] * 0.2;
                }
                acc += m47 * m47 * 0.1;
            }
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R24(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var i = 0; i < n; i += 2)
        {
            var j1 = (i * 3 + 1) % n;
            var e2 = v[j1];
            v[i] = e2 * Math.Abs(e2) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            for (var i = 0; i < n; i += 2)
            {
                var j3 = (i * 3 + 1) % n;
                var e4 = u[j3];
                u[i] = e4 * Math.Abs(e4) * 0.3 + 0.5 * u[i] + 0.1 * table[i % table.Length];
            }
            for (var i = 0; i < n; i += stride)
            {
                var j5 = (i * 3 + 1) % n;
                var e6 = v[j5];
                u[i] = e6 * Math.Abs(e6) * 0.3 + 0.5 * u[i] + 0.1 * table[i % table.Length];
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                for (var i = 0; i < n; i++)
                {
                    var l7 = v[(i + n - 1) % n];
                    var c8 = v[i];
                    var r9 = v[(i + 1) % n];
                    var sp10 = Math.Max(Math.Abs(l7), Math.Abs(c8));
                    if (sp10 > 0.7) break;
                    if (c8 < 0.0) continue;
                    u[i] = c8 + 0.05 * (0.25 * (l7 * l7 - r9 * r9) + 0.1 * sp10 * (r9 - 2 * c8 + l7));
                }
                for (var i = 0; i < n; i++)
                {
                    var l11 = v[(i + n - 1) % n];
                    var c12 = v[i];
                    var r13 = v[(i + 1) % n];
                    var sp14 = Math.Abs(l11 - c12);
                    if (c12 > l11) u[i] = c12 + 0.05 * (0.25 * (l11 * l11 - r13 * r13) + 0.1 * sp14 * (r13 - 2 * c12 + l11));
                    else u[i] = c12 - 0.02 * sp14 * r13;
                }
                var t15 = u;
                u = v;
                v = t15;
            }
            for (var i = 0; i < n; i++) u[i] = v[i];
            for (var k1 = 0; k1 < steps; k1++)
            {
                for (var i = 0; i < n; i++)
                {
                    var l16 = u[(i + n - 1) % n];
                    var c17 = u[i];
                    var r18 = u[(i + 1) % n];
                    var sp19 = (l16 * c17 + 0.5);
                    if (sp19 > 0.7) break;
                    if (c17 < 0.0) continue;
                    v[i] = c17 + 0.05 * (0.25 * (l16 * l16 - r18 * r18) + 0.1 * sp19 * (r18 - 2 * c17 + l16));
                }
                for (var i = 0; i < n; i++)
                {
                    var l20 = v[(i + n - 1) % n];
                    var c21 = v[i];
                    var r22 = v[(i + 1) % n];
                    var sp23 = (l20 * c21 + 0.5);
                    var q24 = a * c21 + sp23;
                    a = Math.Abs(a - c21 * 0.1) * 0.9 + 0.05;
                    v[i] = c21 + 0.05 * (0.25 * (l20 * l20 - r22 * r22) + 0.1 * sp23 * (r22 - 2 * c21 + l20)) + 0.01 * q24 * q24 * a;
                }
                for (var i = 0; i < n; i++)
                {
                    var l25 = u[(i + n - 1) % n];
                    var c26 = u[i];
                    var r27 = u[(i + 1) % n];
                    var sp28 = Math.Abs(l25 - c26);
                    if (sp28 > 0.7) break;
                    if (c26 < 0.0) continue;
                    u[i] = c26 + 0.05 * (0.25 * (l25 * l25 - r27 * r27) + 0.1 * sp28 * (r27 - 2 * c26 + l25));
                }
                for (var i = 0; i < n; i++)
                {
                    var l29 = u[(i + n - 1) % n];
                    var c30 = u[i];
                    var r31 = u[(i + 1) % n];
                    var sp32 = (l29 * c30 + 0.5);
                    var q33 = a * c30 + sp32;
                    a = Math.Abs(a - c30 * 0.1) * 0.9 + 0.05;
                    v[i] = c30 + 0.05 * (0.25 * (l29 * l29 - r31 * r31) + 0.1 * sp32 * (r31 - 2 * c30 + l29)) + 0.01 * q33 * q33 * a;
                }
                for (var i = 0; i < n; i++)
                {
                    var l34 = v[(i + n - 1) % n];
                    var c35 = v[i];
                    var r36 = v[(i + 1) % n];
                    var sp37 = Math.Max(Math.Abs(l34), Math.Abs(c35));
                    if (c35 > l34) v[i] = c35 + 0.05 * (0.25 * (l34 * l34 - r36 * r36) + 0.1 * sp37 * (r36 - 2 * c35 + l34));
                    else v[i] = c35 - 0.02 * sp37 * r36;
                }
            }
        }
        var g38 = Math.Max(a, u[1]) * s;
        a = a * 0.8 + 0.1;
        acc += g38 * g38 * 0.2 + a * 0.1;
        for (var i = 0; i < n; i++)
        {
            var l39 = v[(i + n - 1) % n];
            var c40 = v[i];
            var r41 = v[(i + 1) % n];
            var sp42 = Math.Sqrt(l39 * l39 + 0.1);
            if (sp42 > 0.7) break;
            if (c40 < 0.0) continue;
            u[i] = c40 + 0.05 * (0.25 * (l39 * l39 - r41 * r41) + 0.1 * sp42 * (r41 - 2 * c40 + l39));
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R25(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var k0 = 0; k0 < steps; k0++)
        {
            for (var i = 0; i < n; i++)
            {
                var l1 = v[(i + n - 1) % n];
                var c2 = v[i];
                var r3 = v[(i + 1) % n];
                var sp4 = Math.Max(Math.Abs(l1), Math.Abs(c2));
                if (c2 > l1) v[i] = c2 + 0.05 * (0.25 * (l1 * l1 - r3 * r3) + 0.1 * sp4 * (r3 - 2 * c2 + l1));
                else v[i] = c2 - 0.02 * sp4 * r3;
            }
            var g5 = Math.Max(a, v[1]) * s;
            a = a * 0.8 + 0.1;
            acc += g5 * g5 * 0.2 + a * 0.1;
            var m6 = Math.Abs(v[0]) + 0.2;
            for (var i = 0; i < n; i++)
            {
                v[i] = v[i] / m6 * 0.8;
            }
            acc += m6 * m6 * 0.1;
        }
        for (var i = 0; i < n; i++) u[i] = v[i];
        for (var k0 = 0; k0 < steps; k0++)
        {
            if (s > 0.5)
            {
                var g7 = Math.Max(a, u[0]) * s;
                a = a * 0.8 + 0.1;
                acc += g7 * g7 * 0.2 + a * 0.1;
                for (var i = 0; i < n; i++)
                {
                    var l8 = u[(i + n - 1) % n];
                    var c9 = u[i];
                    var r10 = u[(i + 1) % n];
                    var sp11 = Math.Sqrt(l8 * l8 + 0.1);
                    if (c9 > l8) v[i] = c9 + 0.05 * (0.25 * (l8 * l8 - r10 * r10) + 0.1 * sp11 * (r10 - 2 * c9 + l8));
                    else v[i] = c9 - 0.02 * sp11 * r10;
                }
                for (var i = 0; i < n; i++) v[i] = u[i];
                for (var i = 0; i < n; i += 2)
                {
                    var j12 = (i * 3 + 1) % n;
                    var e13 = u[j12];
                    v[i] = e13 * Math.Abs(e13) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
                }
                for (var i = 0; i < n; i += 2)
                {
                    var j14 = (i * 3 + 1) % n;
                    var e15 = u[j14];
                    v[i] = e15 * Math.Abs(e15) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
                }
            }
            if (acc > 1.0)
            {
                for (var i = 0; i < n; i++)
                {
                    var l16 = u[(i + n - 1) % n];
                    var c17 = u[i];
                    var r18 = u[(i + 1) % n];
                    var sp19 = Math.Min(l16, c17);
                    var q20 = a * c17 + sp19;
                    a = Math.Abs(a - c17 * 0.1) * 0.9 + 0.05;
                    v[i] = c17 + 0.05 * (0.25 * (l16 * l16 - r18 * r18) + 0.1 * sp19 * (r18 - 2 * c17 + l16)) + 0.01 * q20 * q20 * a;
                }
                var g21 = Math.Max(a, u[3]) * s;
                a = a * 0.8 + 0.1;
                acc += g21 * g21 * 0.2 + a * 0.1;
                var m22 = Math.Abs(u[0]) + 0.2;
                for (var i = 0; i < n; i++)
                {
                    u[i] = u[i] / m22 * 0.8;
                }
                acc += m22 * m22 * 0.1;
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                var m23 = Math.Abs(v[0]) + 0.2;
                for (var i = 0; i < n; i++)
                {
                    v[i] = v[i] / m23 * 0.8;
                }
                acc += m23 * m23 * 0.1;
                var m24 = Math.Abs(v[0]) + 0.2;
                for (var i = 0; i < n; i++)
                {
                    u[i] = u[i] * 0.7 + m24 * v[i] * 0.2;
                }
                acc += m24 * m24 * 0.1;
                for (var i = 0; i < n; i++)
                {
                    var l25 = u[(i + n - 1) % n];
                    var c26 = u[i];
                    var r27 = u[(i + 1) % n];
                    var sp28 = (l25 * c26 + 0.5);
                    if (sp28 > 0.7) break;
                    if (c26 < 0.0) continue;
                    u[i] = c26 + 0.05 * (0.25 * (l25 * l25 - r27 * r27) + 0.1 * sp28 * (r27 - 2 * c26 + l25));
                }
                for (var i = 0; i < n; i += stride)
                {
                    var j29 = (i * 3 + 1) % n;
                    var e30 = u[j29];
                    u[i] = e30 * Math.Abs(e30) * 0.3 + 0.5 * u[i] + 0.1 * table[i % table.Length];
                }
                for (var i = 0; i < n; i++) u[i] = v[i];
            }
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R26(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var i = 0; i < n; i++)
        {
            var l1 = u[(i + n - 1) % n];
            var c2 = u[i];
            var r3 = u[(i + 1) % n];
            var sp4 = Math.Min(l1, c2);
            v[i] = c2 + 0.05 * (0.25 * (l1 * l1 - r3 * r3) + 0.1 * sp4 * (r3 - 2 * c2 + l1));
            acc += c2 * sp4 * 0.01 + u[i] * 0.02;
        }
        for (var i = 0; i < n; i++)
        {
            var l5 = v[(i + n - 1) % n];
            var c6 = v[i];
            var r7 = v[(i + 1) % n];
            var sp8 = Math.Abs(l5 - c6);
            v[i] = c6 + 0.05 * (0.25 * (l5 * l5 - r7 * r7) + 0.1 * sp8 * (r7 - 2 * c6 + l5));
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            for (var k1 = 0; k1 < steps; k1++)
            {
                for (var i = 0; i < n; i++) v[i] = u[i];
                for (var i = 0; i < n; i += 2)
                {
                    var j9 = (i * 3 + 1) % n;
                    var e10 = v[j9];
                    v[i] = e10 * Math.Abs(e10) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
                }
                for (var i = 0; i < n; i++)
                {
                    var l11 = v[(i + n - 1) % n];
                    var c12 = v[i];
                    var r13 = v[(i + 1) % n];
                    var sp14 = Math.Sqrt(l11 * l11 + 0.1);
                    if (sp14 > 0.7) break;
                    if (c12 < 0.0) continue;
                    v[i] = c12 + 0.05 * (0.25 * (l11 * l11 - r13 * r13) + 0.1 * sp14 * (r13 - 2 * c12 + l11));
                }
                for (var i = 0; i < n; i += stride)
                {
                    var j15 = (i * 3 + 1) % n;
                    var e16 = v[j15];
                    v[i] = e16 * Math.Abs(e16) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
                }
                for (var i = 0; i < n; i++) v[i] = u[i];
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                for (var i = 0; i < n; i++)
                {
                    var l17 = v[(i + n - 1) % n];
                    var c18 = v[i];
                    var r19 = v[(i + 1) % n];
                    var sp20 = Math.Sqrt(l17 * l17 + 0.1);
                    if (sp20 > 0.7) break;
                    if (c18 < 0.0) continue;
                    v[i] = c18 + 0.05 * (0.25 * (l17 * l17 - r19 * r19) + 0.1 * sp20 * (r19 - 2 * c18 + l17));
                }
                for (var i = 0; i < n; i++)
                {
                    var l21 = u[(i + n - 1) % n];
                    var c22 = u[i];
                    var r23 = u[(i + 1) % n];
                    var sp24 = Math.Abs(l21 - c22);
                    u[i] = c22 + 0.05 * (0.25 * (l21 * l21 - r23 * r23) + 0.1 * sp24 * (r23 - 2 * c22 + l21));
                    acc += c22 * sp24 * 0.01 + u[i] * 0.02;
                }
                for (var i = 0; i < n; i += 2)
                {
                    var j25 = (i * 3 + 1) % n;
                    var e26 = v[j25];
                    u[i] = e26 * Math.Abs(e26) * 0.3 + 0.5 * u[i] + 0.1 * table[i % table.Length];
                }
            }
            var t27 = u;
            u = v;
            v = t27;
            for (var i = 0; i < n; i++)
            {
                var l28 = v[(i + n - 1) % n];
                var c29 = v[i];
                var r30 = v[(i + 1) % n];
                var sp31 = Math.Max(Math.Abs(l28), Math.Abs(c29));
                v[i] = c29 + 0.05 * (0.25 * (l28 * l28 - r30 * r30) + 0.1 * sp31 * (r30 - 2 * c29 + l28));
            }
            if (acc > 1.0)
            {
                var m32 = Math.Abs(u[0]) + 0.2;
                for (var i = 0; i < n; i++)
                {
                    u[i] = u[i] / m32 * 0.8;
                }
                acc += m32 * m32 * 0.1;
                var g33 = Math.Max(a, u[3]) * s;
                acc += g33 * g33 * 0.2 + a * 0.1;
                for (var i = 0; i < n; i++)
                {
                    var l34 = u[(i + n - 1) % n];
                    var c35 = u[i];
                    var r36 = u[(i + 1) % n];
                    var sp37 = Math.Max(Math.Abs(l34), Math.Abs(c35));
                    if (sp37 > 0.7) break;
                    if (c35 < 0.0) continue;
                    u[i] = c35 + 0.05 * (0.25 * (l34 * l34 - r36 * r36) + 0.1 * sp37 * (r36 - 2 * c35 + l34));
                }
                for (var i = 0; i < n; i++)
                {
                    var l38 = u[(i + n - 1) % n];
                    var c39 = u[i];
                    var r40 = u[(i + 1) % n];
                    var sp41 = Math.Min(l38, c39);
                    var q42 = a * c39 + sp41;
                    a = Math.Abs(a - c39 * 0.1) * 0.9 + 0.05;
                    v[i] = c39 + 0.05 * (0.25 * (l38 * l38 - r40 * r40) + 0.1 * sp41 * (r40 - 2 * c39 + l38)) + 0.01 * q42 * q42 * a;
                }
                for (var i = 0; i < n; i++) u[i] = v[i];
            }
            else
            {
                var m43 = Math.Abs(v[0]) + 0.2;
                for (var i = 0; i < n; i++)
                {
                    u[i] = u[i] * 0.7 + m43 * v[i] * 0.2;
                }
                acc += m43 * m43 * 0.1;
                for (var i = 0; i < n; i++) u[i] = v[i];
                var t44 = u;
                u = v;
                v = t44;
                for (var i = 0; i < n; i++)
                {
                    var l45 = v[(i + n - 1) % n];
                    var c46 = v[i];
                    var r47 = v[(i + 1) % n];
                    var sp48 = Math.Abs(l45 - c46);
                    if (c46 > l45) v[i] = c46 + 0.05 * (0.25 * (l45 * l45 - r47 * r47) + 0.1 * sp48 * (r47 - 2 * c46 + l45));
                    else v[i] = c46 - 0.02 * sp48 * r47;
                }
            }
        }
        for (var i = 0; i < n; i++)
        {
            var l49 = u[(i + n - 1) % n];
            var c50 = u[i];
            var r51 = u[(i + 1) % n];
            var sp52 = Math.Max(Math.Abs(l49), Math.Abs(c50));
            u[i] = c50 + 0.05 * (0.25 * (l49 * l49 - r51 * r51) + 0.1 * sp52 * (r51 - 2 * c50 + l49));
        }
        var m53 = Math.Abs(v[0]) + 0.2;
        for (var i = 0; i < n; i++)
        {
            v[i] = v[i] / m53 * 0.8;
        }
        acc += m53 * m53 * 0.1;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R27(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var i = 0; i < n; i++)
        {
            var l1 = u[(i + n - 1) % n];
            var c2 = u[i];
            var r3 = u[(i + 1) % n];
            var sp4 = Math.Min(l1, c2);
            u[i] = c2 + 0.05 * (0.25 * (l1 * l1 - r3 * r3) + 0.1 * sp4 * (r3 - 2 * c2 + l1));
            acc += c2 * sp4 * 0.01 + u[i] * 0.02;
        }
        var g5 = Math.Max(a, v[1]) * s;
        a = a * 0.8 + 0.1;
        acc += g5 * g5 * 0.2 + a * 0.1;
        for (var k0 = 0; k0 < steps; k0++)
        {
            for (var i = 0; i < n; i++)
            {
                var l6 = v[(i + n - 1) % n];
                var c7 = v[i];
                var r8 = v[(i + 1) % n];
                var sp9 = Math.Abs(l6 - c7);
                var w10 = v;
                w10[(i + 1) % n] = w10[(i + 1) % n] * 0.9 + 0.01 * c7;
                u[i] = c7 + 0.05 * (0.25 * (l6 * l6 - r8 * r8) + 0.1 * sp9 * (r8 - 2 * c7 + l6)) + r8 * sp9 * 0.01;
            }
            if (acc > 1.0)
            {
                for (var i = 0; i < n; i++) u[i] = v[i];
                var m11 = Math.Abs(u[0]) + 0.2;
                for (var i = 0; i < n; i++)
                {
                    v[i] = v[i] * 0.7 + m11 * u[i] * 0.2;
                }
                acc += m11 * m11 * 0.1;
                for (var i = 0; i < n; i++)
                {
                    var l12 = u[(i + n - 1) % n];
                    var c13 = u[i];
                    var r14 = u[(i + 1) % n];
                    var sp15 = Math.Abs(l12 - c13);
                    u[i] = c13 + 0.05 * (0.25 * (l12 * l12 - r14 * r14) + 0.1 * sp15 * (r14 - 2 * c13 + l12));
                }
                var t16 = u;
                u = v;
                v = t16;
            }
            for (var i = 0; i < n; i += 2)
            {
                var j17 = (i * 3 + 1) % n;
                var e18 = u[j17];
                u[i] = e18 * Math.Abs(e18) * 0.3 + 0.5 * u[i] + 0.1 * table[i % table.Length];
            }
            for (var i = 0; i < n; i++)
            {
                var l19 = u[(i + n - 1) % n];
                var c20 = u[i];
                var r21 = u[(i + 1) % n];
                var sp22 = Math.Sqrt(l19 * l19 + 0.1);
                v[i] = c20 + 0.05 * (0.25 * (l19 * l19 - r21 * r21) + 0.1 * sp22 * (r21 - 2 * c20 + l19));
            }
            var m23 = Math.Abs(v[0]) + 0.2;
            for (var i = 0; i < n; i++)
            {
                u[i] = u[i] * 0.7 + m23 * v[i] * 0.2;
            }
            acc += m23 * m23 * 0.1;
        }
        for (var i = 0; i < n; i++)
        {
            var l24 = v[(i + n - 1) % n];
            var c25 = v[i];
            var r26 = v[(i + 1) % n];
            var sp27 = Math.Abs(l24 - c25);
            var q28 = a * c25 + sp27;
            a = Math.Abs(a - c25 * 0.1) * 0.9 + 0.05;
            u[i] = c25 + 0.05 * (0.25 * (l24 * l24 - r26 * r26) + 0.1 * sp27 * (r26 - 2 * c25 + l24)) + 0.01 * q28 * q28 * a;
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R28(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        if (acc > 1.0)
        {
            for (var i = 0; i < n; i++) v[i] = u[i];
            var m1 = Math.Abs(v[0]) + 0.2;
            for (var i = 0; i < n; i++)
            {
                u[i] = u[i] * 0.7 + m1 * v[i] * 0.2;
            }
            acc += m1 * m1 * 0.1;
            for (var i = 0; i < n; i += 2)
            {
                var j2 = (i * 3 + 1) % n;
                var e3 = u[j2];
                v[i] = e3 * Math.Abs(e3) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
            }
            for (var i = 0; i < n; i++)
            {
                var l4 = v[(i + n - 1) % n];
                var c5 = v[i];
                var r6 = v[(i + 1) % n];
                var sp7 = Math.Sqrt(l4 * l4 + 0.1);
                v[i] = c5 + 0.05 * (0.25 * (l4 * l4 - r6 * r6) + 0.1 * sp7 * (r6 - 2 * c5 + l4));
                acc += c5 * sp7 * 0.01 + v[i] * 0.02;
            }
        }
        else
        {
            var m8 = Math.Abs(u[0]) + 0.2;
            for (var i = 0; i < n; i++)
            {
                u[i] = u[i] / m8 * 0.8;
            }
            acc += m8 * m8 * 0.1;
            var m9 = Math.Abs(v[0]) + 0.2;
            for (var i = 0; i < n; i++)
            {
                u[i] = u[i] * 0.7 + m9 * v[i] * 0.2;
            }
            acc += m9 * m9 * 0.1;
            for (var i = 0; i < n; i++)
            {
                var l10 = v[(i + n - 1) % n];
                var c11 = v[i];
                var r12 = v[(i + 1) % n];
                var sp13 = Math.Abs(l10 - c11);
                if (sp13 > 0.7) break;
                if (c11 < 0.0) continue;
                u[i] = c11 + 0.05 * (0.25 * (l10 * l10 - r12 * r12) + 0.1 * sp13 * (r12 - 2 * c11 + l10));
            }
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            for (var k1 = 0; k1 < steps; k1++)
            {
                for (var i = 0; i < n; i++)
                {
                    var l14 = v[(i + n - 1) % n];
                    var c15 = v[i];
                    var r16 = v[(i + 1) % n];
                    var sp17 = Math.Max(Math.Abs(l14), Math.Abs(c15));
                    u[i] = c15 + 0.05 * (0.25 * (l14 * l14 - r16 * r16) + 0.1 * sp17 * (r16 - 2 * c15 + l14));
                    acc += c15 * sp17 * 0.01 + v[i] * 0.02;
                }
                var t18 = u;
                u = v;
                v = t18;
                for (var i = 0; i < n; i++)
                {
                    var l19 = v[(i + n - 1) % n];
                    var c20 = v[i];
                    var r21 = v[(i + 1) % n];
                    var sp22 = Math.Sqrt(l19 * l19 + 0.1);
                    var q23 = a * c20 + sp22;
                    a = Math.Abs(a - c20 * 0.1) * 0.9 + 0.05;
                    v[i] = c20 + 0.05 * (0.25 * (l19 * l19 - r21 * r21) + 0.1 * sp22 * (r21 - 2 * c20 + l19)) + 0.01 * q23 * q23 * a;
                }
                for (var i = 0; i < n; i += 2)
                {
                    var j24 = (i * 3 + 1) % n;
                    var e25 = u[j24];
                    v[i] = e25 * Math.Abs(e25) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
                }
            }
            for (var i = 0; i < n; i++) v[i] = u[i];
            var t26 = u;
            u = v;
            v = t26;
            for (var i = 0; i < n; i += stride)
            {
                var j27 = (i * 3 + 1) % n;
                var e28 = v[j27];
                u[i] = e28 * Math.Abs(e28) * 0.3 + 0.5 * u[i] + 0.1 * table[i % table.Length];
            }
            if (acc > 1.0)
            {
                for (var i = 0; i < n; i++) u[i] = v[i];
                var m29 = Math.Abs(u[0]) + 0.2;
                for (var i = 0; i < n; i++)
                {
                    u[i] = u[i] / m29 * 0.8;
                }
                acc += m29 * m29 * 0.1;
                for (var i = 0; i < n; i++)
                {
                    var l30 = v[(i + n - 1) % n];
                    var c31 = v[i];
                    var r32 = v[(i + 1) % n];
                    var sp33 = Math.Min(l30, c31);
                    var q34 = a * c31 + sp33;
                    a = Math.Abs(a - c31 * 0.1) * 0.9 + 0.05;
                    v[i] = c31 + 0.05 * (0.25 * (l30 * l30 - r32 * r32) + 0.1 * sp33 * (r32 - 2 * c31 + l30)) + 0.01 * q34 * q34 * a;
                }
            }
            else
            {
                for (var i = 0; i < n; i++)
                {
                    var l35 = v[(i + n - 1) % n];
                    var c36 = v[i];
                    var r37 = v[(i + 1) % n];
                    var sp38 = Math.Sqrt(l35 * l35 + 0.1);
                    if (sp38 > 0.7) break;
                    if (c36 < 0.0) continue;
                    u[i] = c36 + 0.05 * (0.25 * (l35 * l35 - r37 * r37) + 0.1 * sp38 * (r37 - 2 * c36 + l35));
                }
                var g39 = Math.Max(a, v[0]) * s;
                a = a * 0.8 + 0.1;
                acc += g39 * g39 * 0.2 + a * 0.1;
                for (var i = 0; i < n; i++)
                {
                    var l40 = v[(i + n - 1) % n];
                    var c41 = v[i];
                    var r42 = v[(i + 1) % n];
                    var sp43 = Math.Max(Math.Abs(l40), Math.Abs(c41));
                    if (sp43 > 0.7) break;
                    if (c41 < 0.0) continue;
                    v[i] = c41 + 0.05 * (0.25 * (l40 * l40 - r42 * r42) + 0.1 * sp43 * (r42 - 2 * c41 + l40));
                }
            }
        }
        var g44 = Math.Max(a, v[0]) * s;
        a = a * 0.8 + 0.1;
        acc += g44 * g44 * 0.2 + a * 0.1;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R29(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var t1 = u;
        u = v;
        v = t1;
        var t2 = u;
        u = v;
        v = t2;
        var t3 = u;
        u = v;
        v = t3;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R30(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var k0 = 0; k0 < steps; k0++)
        {
            var g1 = Math.Max(a, u[1]) * s;
            a = a * 0.8 + 0.1;
            acc += g1 * g1 * 0.2 + a * 0.1;
            var t2 = u;
            u = v;
            v = t2;
            for (var k1 = 0; k1 < steps; k1++)
            {
                for (var i = 0; i < n; i++) u[i] = v[i];
                for (var i = 0; i < n; i++)
                {
                    var l3 = u[(i + n - 1) % n];
                    var c4 = u[i];
                    var r5 = u[(i + 1) % n];
                    var sp6 = Math.Max(Math.Abs(l3), Math.Abs(c4));
                    if (sp6 > 0.7) break;
                    if (c4 < 0.0) continue;
                    v[i] = c4 + 0.05 * (0.25 * (l3 * l3 - r5 * r5) + 0.1 * sp6 * (r5 - 2 * c4 + l3));
                }
                var g7 = Math.Max(a, u[0]) * s;
                a = a * 0.8 + 0.1;
                acc += g7 * g7 * 0.2 + a * 0.1;
                for (var i = 0; i < n; i++)
                {
                    var l8 = v[(i + n - 1) % n];
                    var c9 = v[i];
                    var r10 = v[(i + 1) % n];
                    var sp11 = (l8 * c9 + 0.5);
                    if (sp11 > 0.7) break;
                    if (c9 < 0.0) continue;
                    u[i] = c9 + 0.05 * (0.25 * (l8 * l8 - r10 * r10) + 0.1 * sp11 * (r10 - 2 * c9 + l8));
                }
                var m12 = Math.Abs(u[0]) + 0.2;
                for (var i = 0; i < n; i++)
                {
                    v[i] = v[i] * 0.7 + m12 * u[i] * 0.2;
                }
                acc += m12 * m12 * 0.1;
            }
        }
        var m13 = Math.Abs(v[0]) + 0.2;
        for (var i = 0; i < n; i++)
        {
            u[i] = u[i] * 0.7 + m13 * v[i] * 0.2;
        }
        acc += m13 * m13 * 0.1;
        var t14 = u;
        u = v;
        v = t14;
        for (var k0 = 0; k0 < steps; k0++)
        {
            for (var i = 0; i < n; i++)
            {
                var l15 = u[(i + n - 1) % n];
                var c16 = u[i];
                var r17 = u[(i + 1) % n];
                var sp18 = (l15 * c16 + 0.5);
                u[i] = c16 + 0.05 * (0.25 * (l15 * l15 - r17 * r17) + 0.1 * sp18 * (r17 - 2 * c16 + l15));
                acc += c16 * sp18 * 0.01 + u[i] * 0.02;
            }
            for (var i = 0; i < n; i++)
            {
                var l19 = u[(i + n - 1) % n];
                var c20 = u[i];
                var r21 = u[(i + 1) % n];
                var sp22 = Math.Abs(l19 - c20);
                v[i] = c20 + 0.05 * (0.25 * (l19 * l19 - r21 * r21) + 0.1 * sp22 * (r21 - 2 * c20 + l19));
                acc += c20 * sp22 * 0.01 + u[i] * 0.02;
            }
            var g23 = Math.Max(a, u[0]) * s;
            a = a * 0.8 + 0.1;
            acc += g23 * g23 * 0.2 + a * 0.1;
            var m24 = Math.Abs(v[0]) + 0.2;
            for (var i = 0; i < n; i++)
            {
                u[i] = u[i] * 0.7 + m24 * v[i] * 0.2;
            }
            acc += m24 * m24 * 0.1;
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R31(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var k0 = 0; k0 < steps; k0++)
        {
            var t1 = u;
            u = v;
            v = t1;
            for (var i = 0; i < n; i++)
            {
                var l2 = v[(i + n - 1) % n];
                var c3 = v[i];
                var r4 = v[(i + 1) % n];
                var sp5 = (l2 * c3 + 0.5);
                if (sp5 > 0.7) break;
                if (c3 < 0.0) continue;
                u[i] = c3 + 0.05 * (0.25 * (l2 * l2 - r4 * r4) + 0.1 * sp5 * (r4 - 2 * c3 + l2));
            }
            for (var i = 0; i < n; i++)
            {
                var l6 = u[(i + n - 1) % n];
                var c7 = u[i];
                var r8 = u[(i + 1) % n];
                var sp9 = Math.Min(l6, c7);
                if (c7 > l6) u[i] = c7 + 0.05 * (0.25 * (l6 * l6 - r8 * r8) + 0.1 * sp9 * (r8 - 2 * c7 + l6));
                else u[i] = c7 - 0.02 * sp9 * r8;
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                var t10 = u;
                u = v;
                v = t10;
                for (var i = 0; i < n; i++)
                {
                    var l11 = u[(i + n - 1) % n];
                    var c12 = u[i];
                    var r13 = u[(i + 1) % n];
                    var sp14 = Math.Abs(l11 - c12);
                    var q15 = a * c12 + sp14;
                    a = Math.Abs(a - c12 * 0.1) * 0.9 + 0.05;
                    v[i] = c12 + 0.05 * (0.25 * (l11 * l11 - r13 * r13) + 0.1 * sp14 * (r13 - 2 * c12 + l11)) + 0.01 * q15 * q15 * a;
                }
                for (var i = 0; i < n; i++) v[i] = u[i];
                for (var i = 0; i < n; i++)
                {
                    var l16 = v[(i + n - 1) % n];
                    var c17 = v[i];
                    var r18 = v[(i + 1) % n];
                    var sp19 = Math.Max(Math.Abs(l16), Math.Abs(c17));
                    var q20 = a * c17 + sp19;
                    a = Math.Abs(a - c17 * 0.1) * 0.9 + 0.05;
                    u[i] = c17 + 0.05 * (0.25 * (l16 * l16 - r18 * r18) + 0.1 * sp19 * (r18 - 2 * c17 + l16)) + 0.01 * q20 * q20 * a;
                }
                var g21 = Math.Max(a, v[2]) * s;
                a = a * 0.8 + 0.1;
                acc += g21 * g21 * 0.2 + a * 0.1;
            }
            for (var i = 0; i < n; i++) v[i] = u[i];
        }
        if (u[0] > v[0])
        {
            for (var i = 0; i < n; i++) v[i] = u[i];
            for (var i = 0; i < n; i++)
            {
                var l22 = u[(i + n - 1) % n];
                var c23 = u[i];
                var r24 = u[(i + 1) % n];
                var sp25 = Math.Max(Math.Abs(l22), Math.Abs(c23));
                v[i] = c23 + 0.05 * (0.25 * (l22 * l22 - r24 * r24) + 0.1 * sp25 * (r24 - 2 * c23 + l22));
                acc += c23 * sp25 * 0.01 + u[i] * 0.02;
            }
            var g26 = Math.Max(a, u[3]) * s;
            acc += g26 * g26 * 0.2 + a * 0.1;
            for (var i = 0; i < n; i++) v[i] = u[i];
        }
        else
        {
            for (var i = 0; i < n; i++)
            {
                var l27 = v[(i + n - 1) % n];
                var c28 = v[i];
                var r29 = v[(i + 1) % n];
                var sp30 = Math.Min(l27, c28);
                if (sp30 > 0.7) break;
                if (c28 < 0.0) continue;
                v[i] = c28 + 0.05 * (0.25 * (l27 * l27 - r29 * r29) + 0.1 * sp30 * (r29 - 2 * c28 + l27));
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                var g31 = Math.Max(a, u[3]) * s;
                acc += g31 * g31 * 0.2 + a * 0.1;
                var t32 = u;
                u = v;
                v = t32;
                var t33 = u;
                u = v;
                v = t33;
                for (var i = 0; i < n; i++)
                {
                    var l34 = v[(i + n - 1) % n];
                    var c35 = v[i];
                    var r36 = v[(i + 1) % n];
                    var sp37 = Math.Min(l34, c35);
                    var w38 = v;
                    w38[(i + 1) % n] = w38[(i + 1) % n] * 0.9 + 0.01 * c35;
                    u[i] = c35 + 0.05 * (0.25 * (l34 * l34 - r36 * r36) + 0.1 * sp37 * (r36 - 2 * c35 + l34)) + r36 * sp37 * 0.01;
                }
                for (var i = 0; i < n; i++)
                {
                    var l39 = v[(i + n - 1) % n];
                    var c40 = v[i];
                    var r41 = v[(i + 1) % n];
                    var sp42 = Math.Abs(l39 - c40);
                    v[i] = c40 + 0.05 * (0.25 * (l39 * l39 - r41 * r41) + 0.1 * sp42 * (r41 - 2 * c40 + l39));
                }
            }
            var g43 = Math.Max(a, v[0]) * s;
            acc += g43 * g43 * 0.2 + a * 0.1;
        }
        for (var i = 0; i < n; i++)
        {
            var l44 = u[(i + n - 1) % n];
            var c45 = u[i];
            var r46 = u[(i + 1) % n];
            var sp47 = Math.Sqrt(l44 * l44 + 0.1);
            u[i] = c45 + 0.05 * (0.25 * (l44 * l44 - r46 * r46) + 0.1 * sp47 * (r46 - 2 * c45 + l44));
            acc += c45 * sp47 * 0.01 + u[i] * 0.02;
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R32(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var g1 = Math.Max(a, v[0]) * s;
        a = a * 0.8 + 0.1;
        acc += g1 * g1 * 0.2 + a * 0.1;
        for (var i = 0; i < n; i++) v[i] = u[i];
        for (var i = 0; i < n; i++)
        {
            var l2 = u[(i + n - 1) % n];
            var c3 = u[i];
            var r4 = u[(i + 1) % n];
            var sp5 = (l2 * c3 + 0.5);
            var q6 = a * c3 + sp5;
            a = Math.Abs(a - c3 * 0.1) * 0.9 + 0.05;
            v[i] = c3 + 0.05 * (0.25 * (l2 * l2 - r4 * r4) + 0.1 * sp5 * (r4 - 2 * c3 + l2)) + 0.01 * q6 * q6 * a;
        }
        for (var i = 0; i < n; i++)
        {
            var l7 = u[(i + n - 1) % n];
            var c8 = u[i];
            var r9 = u[(i + 1) % n];
            var sp10 = Math.Abs(l7 - c8);
            u[i] = c8 + 0.05 * (0.25 * (l7 * l7 - r9 * r9) + 0.1 * sp10 * (r9 - 2 * c8 + l7));
            acc += c8 * sp10 * 0.01 + u[i] * 0.02;
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R33(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var g1 = Math.Max(a, u[0]) * s;
        acc += g1 * g1 * 0.2 + a * 0.1;
        if (u[0] > v[0])
        {
            var g2 = Math.Max(a, u[0]) * s;
            acc += g2 * g2 * 0.2 + a * 0.1;
            var m3 = Math.Abs(v[0]) + 0.2;
            for (var i = 0; i < n; i++)
            {
                u[i] = u[i] * 0.7 + m3 * v[i] * 0.2;
            }
            acc += m3 * m3 * 0.1;
            if (u[0] > v[0])
            {
                for (var i = 0; i < n; i++)
                {
                    var l4 = v[(i + n - 1) % n];
                    var c5 = v[i];
                    var r6 = v[(i + 1) % n];
                    var sp7 = Math.Min(l4, c5);
                    if (c5 > l4) v[i] = c5 + 0.05 * (0.25 * (l4 * l4 - r6 * r6) + 0.1 * sp7 * (r6 - 2 * c5 + l4));
                    else v[i] = c5 - 0.02 * sp7 * r6;
                }
                for (var i = 0; i < n; i++)
                {
                    var l8 = v[(i + n - 1) % n];
                    var c9 = v[i];
                    var r10 = v[(i + 1) % n];
                    var sp11 = Math.Abs(l8 - c9);
                    var w12 = v;
                    w12[(i + 1) % n] = w12[(i + 1) % n] * 0.9 + 0.01 * c9;
                    v[i] = c9 + 0.05 * (0.25 * (l8 * l8 - r10 * r10) + 0.1 * sp11 * (r10 - 2 * c9 + l8)) + r10 * sp11 * 0.01;
                }
                var g13 = Math.Max(a, v[3]) * s;
                a = a * 0.8 + 0.1;
                acc += g13 * g13 * 0.2 + a * 0.1;
                for (var i = 0; i < n; i++) v[i] = u[i];
                for (var i = 0; i < n; i++)
                {
                    var l14 = v[(i + n - 1) % n];
                    var c15 = v[i];
                    var r16 = v[(i + 1) % n];
                    var sp17 = Math.Min(l14, c15);
                    var w18 = v;
                    w18[(i + 1) % n] = w18[(i + 1) % n] * 0.9 + 0.01 * c15;
                    v[i] = c15 + 0.05 * (0.25 * (l14 * l14 - r16 * r16) + 0.1 * sp17 * (r16 - 2 * c15 + l14)) + r16 * sp17 * 0.01;
                }
            }
            var t19 = u;
            u = v;
            v = t19;
            for (var i = 0; i < n; i++)
            {
                var l20 = v[(i + n - 1) % n];
                var c21 = v[i];
                var r22 = v[(i + 1) % n];
                var sp23 = Math.Min(l20, c21);
                var q24 = a * c21 + sp23;
                a = Math.Abs(a - c21 * 0.1) * 0.9 + 0.05;
                u[i] = c21 + 0.05 * (0.25 * (l20 * l20 - r22 * r22) + 0.1 * sp23 * (r22 - 2 * c21 + l20)) + 0.01 * q24 * q24 * a;
            }
        }
        else
        {
            for (var k1 = 0; k1 < steps; k1++)
            {
                var g25 = Math.Max(a, u[0]) * s;
                a = a * 0.8 + 0.1;
                acc += g25 * g25 * 0.2 + a * 0.1;
                for (var i = 0; i < n; i++) v[i] = u[i];
                for (var i = 0; i < n; i++)
                {
                    var l26 = v[(i + n - 1) % n];
                    var c27 = v[i];
                    var r28 = v[(i + 1) % n];
                    var sp29 = Math.Abs(l26 - c27);
                    v[i] = c27 + 0.05 * (0.25 * (l26 * l26 - r28 * r28) + 0.1 * sp29 * (r28 - 2 * c27 + l26));
                }
            }
            for (var i = 0; i < n; i++)
            {
                var l30 = u[(i + n - 1) % n];
                var c31 = u[i];
                var r32 = u[(i + 1) % n];
                var sp33 = (l30 * c31 + 0.5);
                var w34 = u;
                w34[(i + 1) % n] = w34[(i + 1) % n] * 0.9 + 0.01 * c31;
                v[i] = c31 + 0.05 * (0.25 * (l30 * l30 - r32 * r32) + 0.1 * sp33 * (r32 - 2 * c31 + l30)) + r32 * sp33 * 0.01;
            }
            var m35 = Math.Abs(v[0]) + 0.2;
            for (var i = 0; i < n; i++)
            {
                u[i] = u[i] * 0.7 + m35 * v[i] * 0.2;
            }
            acc += m35 * m35 * 0.1;
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            for (var i = 0; i < n; i += stride)
            {
                var j36 = (i * 3 + 1) % n;
                var e37 = v[j36];
                u[i] = e37 * Math.Abs(e37) * 0.3 + 0.5 * u[i] + 0.1 * table[i % table.Length];
            }
            for (var i = 0; i < n; i++)
            {
                var l38 = u[(i + n - 1) % n];
                var c39 = u[i];
                var r40 = u[(i + 1) % n];
                var sp41 = (l38 * c39 + 0.5);
                var q42 = a * c39 + sp41;
                a = Math.Abs(a - c39 * 0.1) * 0.9 + 0.05;
                u[i] = c39 + 0.05 * (0.25 * (l38 * l38 - r40 * r40) + 0.1 * sp41 * (r40 - 2 * c39 + l38)) + 0.01 * q42 * q42 * a;
            }
            for (var i = 0; i < n; i++) v[i] = u[i];
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R34(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var i = 0; i < n; i++)
        {
            var l1 = u[(i + n - 1) % n];
            var c2 = u[i];
            var r3 = u[(i + 1) % n];
            var sp4 = Math.Min(l1, c2);
            v[i] = c2 + 0.05 * (0.25 * (l1 * l1 - r3 * r3) + 0.1 * sp4 * (r3 - 2 * c2 + l1));
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            for (var i = 0; i < n; i += 2)
            {
                var j5 = (i * 3 + 1) % n;
                var e6 = u[j5];
                u[i] = e6 * Math.Abs(e6) * 0.3 + 0.5 * u[i] + 0.1 * table[i % table.Length];
            }
            for (var i = 0; i < n; i++)
            {
                var l7 = u[(i + n - 1) % n];
                var c8 = u[i];
                var r9 = u[(i + 1) % n];
                var sp10 = Math.Abs(l7 - c8);
                if (sp10 > 0.7) break;
                if (c8 < 0.0) continue;
                v[i] = c8 + 0.05 * (0.25 * (l7 * l7 - r9 * r9) + 0.1 * sp10 * (r9 - 2 * c8 + l7));
            }
            var m11 = Math.Abs(v[0]) + 0.2;
            for (var i = 0; i < n; i++)
            {
                u[i] = u[i] * 0.7 + m11 * v[i] * 0.2;
            }
            acc += m11 * m11 * 0.1;
            for (var i = 0; i < n; i++)
            {
                var l12 = u[(i + n - 1) % n];
                var c13 = u[i];
                var r14 = u[(i + 1) % n];
                var sp15 = (l12 * c13 + 0.5);
                u[i] = c13 + 0.05 * (0.25 * (l12 * l12 - r14 * r14) + 0.1 * sp15 * (r14 - 2 * c13 + l12));
            }
        }
        for (var i = 0; i < n; i++)
        {
            var l16 = u[(i + n - 1) % n];
            var c17 = u[i];
            var r18 = u[(i + 1) % n];
            var sp19 = Math.Max(Math.Abs(l16), Math.Abs(c17));
            u[i] = c17 + 0.05 * (0.25 * (l16 * l16 - r18 * r18) + 0.1 * sp19 * (r18 - 2 * c17 + l16));
            acc += c17 * sp19 * 0.01 + u[i] * 0.02;
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            var m20 = Math.Abs(v[0]) + 0.2;
            for (var i = 0; i < n; i++)
            {
                u[i] = u[i] * 0.7 + m20 * v[i] * 0.2;
            }
            acc += m20 * m20 * 0.1;
            var t21 = u;
            u = v;
            v = t21;
            for (var i = 0; i < n; i++)
            {
                var l22 = v[(i + n - 1) % n];
                var c23 = v[i];
                var r24 = v[(i + 1) % n];
                var sp25 = Math.Min(l22, c23);
                v[i] = c23 + 0.05 * (0.25 * (l22 * l22 - r24 * r24) + 0.1 * sp25 * (r24 - 2 * c23 + l22));
                acc += c23 * sp25 * 0.01 + v[i] * 0.02;
            }
        }
        for (var i = 0; i < n; i += stride)
        {
            var j26 = (i * 3 + 1) % n;
            var e27 = u[j26];
            u[i] = e27 * Math.Abs(e27) * 0.3 + 0.5 * u[i] + 0.1 * table[i % table.Length];
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R35(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var k0 = 0; k0 < steps; k0++)
        {
            for (var i = 0; i < n; i++)
            {
                var l1 = v[(i + n - 1) % n];
                var c2 = v[i];
                var r3 = v[(i + 1) % n];
                var sp4 = (l1 * c2 + 0.5);
                v[i] = c2 + 0.05 * (0.25 * (l1 * l1 - r3 * r3) + 0.1 * sp4 * (r3 - 2 * c2 + l1));
                acc += c2 * sp4 * 0.01 + v[i] * 0.02;
            }
            for (var i = 0; i < n; i += stride)
            {
                var j5 = (i * 3 + 1) % n;
                var e6 = v[j5];
                u[i] = e6 * Math.Abs(e6) * 0.3 + 0.5 * u[i] + 0.1 * table[i % table.Length];
            }
            for (var i = 0; i < n; i++)
            {
                var l7 = v[(i + n - 1) % n];
                var c8 = v[i];
                var r9 = v[(i + 1) % n];
                var sp10 = Math.Max(Math.Abs(l7), Math.Abs(c8));
                if (sp10 > 0.7) break;
                if (c8 < 0.0) continue;
                v[i] = c8 + 0.05 * (0.25 * (l7 * l7 - r9 * r9) + 0.1 * sp10 * (r9 - 2 * c8 + l7));
            }
            for (var i = 0; i < n; i++)
            {
                var l11 = u[(i + n - 1) % n];
                var c12 = u[i];
                var r13 = u[(i + 1) % n];
                var sp14 = Math.Sqrt(l11 * l11 + 0.1);
                var q15 = a * c12 + sp14;
                a = Math.Abs(a - c12 * 0.1) * 0.9 + 0.05;
                v[i] = c12 + 0.05 * (0.25 * (l11 * l11 - r13 * r13) + 0.1 * sp14 * (r13 - 2 * c12 + l11)) + 0.01 * q15 * q15 * a;
            }
        }
        for (var i = 0; i < n; i++)
        {
            var l16 = u[(i + n - 1) % n];
            var c17 = u[i];
            var r18 = u[(i + 1) % n];
            var sp19 = (l16 * c17 + 0.5);
            v[i] = c17 + 0.05 * (0.25 * (l16 * l16 - r18 * r18) + 0.1 * sp19 * (r18 - 2 * c17 + l16));
        }
        for (var i = 0; i < n; i++)
        {
            var l20 = v[(i + n - 1) % n];
            var c21 = v[i];
            var r22 = v[(i + 1) % n];
            var sp23 = (l20 * c21 + 0.5);
            if (sp23 > 0.7) break;
            if (c21 < 0.0) continue;
            v[i] = c21 + 0.05 * (0.25 * (l20 * l20 - r22 * r22) + 0.1 * sp23 * (r22 - 2 * c21 + l20));
        }
        if (acc > 1.0)
        {
            var m24 = Math.Abs(v[0]) + 0.2;
            for (var i = 0; i < n; i++)
            {
                u[i] = u[i] * 0.7 + m24 * v[i] * 0.2;
            }
            acc += m24 * m24 * 0.1;
            var g25 = Math.Max(a, v[1]) * s;
            acc += g25 * g25 * 0.2 + a * 0.1;
            var m26 = Math.Abs(v[0]) + 0.2;
            for (var i = 0; i < n; i++)
            {
                v[i] = v[i] / m26 * 0.8;
            }
            acc += m26 * m26 * 0.1;
        }
        var t27 = u;
        u = v;
        v = t27;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R36(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var t1 = u;
        u = v;
        v = t1;
        for (var i = 0; i < n; i++)
        {
            var l2 = v[(i + n - 1) % n];
            var c3 = v[i];
            var r4 = v[(i + 1) % n];
            var sp5 = Math.Max(Math.Abs(l2), Math.Abs(c3));
            u[i] = c3 + 0.05 * (0.25 * (l2 * l2 - r4 * r4) + 0.1 * sp5 * (r4 - 2 * c3 + l2));
        }
        for (var i = 0; i < n; i++)
        {
            var l6 = v[(i + n - 1) % n];
            var c7 = v[i];
            var r8 = v[(i + 1) % n];
            var sp9 = Math.Abs(l6 - c7);
            var q10 = a * c7 + sp9;
            a = Math.Abs(a - c7 * 0.1) * 0.9 + 0.05;
            u[i] = c7 + 0.05 * (0.25 * (l6 * l6 - r8 * r8) + 0.1 * sp9 * (r8 - 2 * c7 + l6)) + 0.01 * q10 * q10 * a;
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R37(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var k0 = 0; k0 < steps; k0++)
        {
            for (var k1 = 0; k1 < steps; k1++)
            {
                for (var i = 0; i < n; i++)
                {
                    var l1 = u[(i + n - 1) % n];
                    var c2 = u[i];
                    var r3 = u[(i + 1) % n];
                    var sp4 = Math.Abs(l1 - c2);
                    var q5 = a * c2 + sp4;
                    a = Math.Abs(a - c2 * 0.1) * 0.9 + 0.05;
                    v[i] = c2 + 0.05 * (0.25 * (l1 * l1 - r3 * r3) + 0.1 * sp4 * (r3 - 2 * c2 + l1)) + 0.01 * q5 * q5 * a;
                }
                for (var i = 0; i < n; i++)
                {
                    var l6 = u[(i + n - 1) % n];
                    var c7 = u[i];
                    var r8 = u[(i + 1) % n];
                    var sp9 = (l6 * c7 + 0.5);
                    if (sp9 > 0.7) break;
                    if (c7 < 0.0) continue;
                    v[i] = c7 + 0.05 * (0.25 * (l6 * l6 - r8 * r8) + 0.1 * sp9 * (r8 - 2 * c7 + l6));
                }
                for (var i = 0; i < n; i++)
                {
                    var l10 = v[(i + n - 1) % n];
                    var c11 = v[i];
                    var r12 = v[(i + 1) % n];
                    var sp13 = Math.Sqrt(l10 * l10 + 0.1);
                    if (sp13 > 0.7) break;
                    if (c11 < 0.0) continue;
                    u[i] = c11 + 0.05 * (0.25 * (l10 * l10 - r12 * r12) + 0.1 * sp13 * (r12 - 2 * c11 + l10));
                }
            }
            for (var i = 0; i < n; i++)
            {
                var l14 = v[(i + n - 1) % n];
                var c15 = v[i];
                var r16 = v[(i + 1) % n];
                var sp17 = Math.Max(Math.Abs(l14), Math.Abs(c15));
                u[i] = c15 + 0.05 * (0.25 * (l14 * l14 - r16 * r16) + 0.1 * sp17 * (r16 - 2 * c15 + l14));
                acc += c15 * sp17 * 0.01 + v[i] * 0.02;
            }
            var t18 = u;
            u = v;
            v = t18;
        }
        for (var k0 = 0; k0 < steps; k0++)
        {
            for (var k1 = 0; k1 < steps; k1++)
            {
                var t19 = u;
                u = v;
                v = t19;
                var t20 = u;
                u = v;
                v = t20;
                for (var i = 0; i < n; i++)
                {
                    var l21 = u[(i + n - 1) % n];
                    var c22 = u[i];
                    var r23 = u[(i + 1) % n];
                    var sp24 = Math.Min(l21, c22);
                    if (sp24 > 0.7) break;
                    if (c22 < 0.0) continue;
                    v[i] = c22 + 0.05 * (0.25 * (l21 * l21 - r23 * r23) + 0.1 * sp24 * (r23 - 2 * c22 + l21));
                }
                for (var i = 0; i < n; i++)
                {
                    var l25 = v[(i + n - 1) % n];
                    var c26 = v[i];
                    var r27 = v[(i + 1) % n];
                    var sp28 = Math.Max(Math.Abs(l25), Math.Abs(c26));
                    if (c26 > l25) v[i] = c26 + 0.05 * (0.25 * (l25 * l25 - r27 * r27) + 0.1 * sp28 * (r27 - 2 * c26 + l25));
                    else v[i] = c26 - 0.02 * sp28 * r27;
                }
                for (var i = 0; i < n; i++)
                {
                    var l29 = v[(i + n - 1) % n];
                    var c30 = v[i];
                    var r31 = v[(i + 1) % n];
                    var sp32 = Math.Sqrt(l29 * l29 + 0.1);
                    var w33 = v;
                    w33[(i + 1) % n] = w33[(i + 1) % n] * 0.9 + 0.01 * c30;
                    u[i] = c30 + 0.05 * (0.25 * (l29 * l29 - r31 * r31) + 0.1 * sp32 * (r31 - 2 * c30 + l29)) + r31 * sp32 * 0.01;
                }
            }
            for (var i = 0; i < n; i++) v[i] = u[i];
            for (var i = 0; i < n; i++)
            {
                var l34 = u[(i + n - 1) % n];
                var c35 = u[i];
                var r36 = u[(i + 1) % n];
                var sp37 = Math.Min(l34, c35);
                u[i] = c35 + 0.05 * (0.25 * (l34 * l34 - r36 * r36) + 0.1 * sp37 * (r36 - 2 * c35 + l34));
            }
        }
        for (var i = 0; i < n; i += stride)
        {
            var j38 = (i * 3 + 1) % n;
            var e39 = u[j38];
            v[i] = e39 * Math.Abs(e39) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R38(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        var g1 = Math.Max(a, u[2]) * s;
        a = a * 0.8 + 0.1;
        acc += g1 * g1 * 0.2 + a * 0.1;
        if (acc > 1.0)
        {
            for (var k1 = 0; k1 < steps; k1++)
            {
                for (var i = 0; i < n; i++) v[i] = u[i];
                for (var i = 0; i < n; i++)
                {
                    var l2 = v[(i + n - 1) % n];
                    var c3 = v[i];
                    var r4 = v[(i + 1) % n];
                    var sp5 = Math.Abs(l2 - c3);
                    if (c3 > l2) u[i] = c3 + 0.05 * (0.25 * (l2 * l2 - r4 * r4) + 0.1 * sp5 * (r4 - 2 * c3 + l2));
                    else u[i] = c3 - 0.02 * sp5 * r4;
                }
                var t6 = u;
                u = v;
                v = t6;
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                for (var i = 0; i < n; i++)
                {
                    var l7 = u[(i + n - 1) % n];
                    var c8 = u[i];
                    var r9 = u[(i + 1) % n];
                    var sp10 = (l7 * c8 + 0.5);
                    v[i] = c8 + 0.05 * (0.25 * (l7 * l7 - r9 * r9) + 0.1 * sp10 * (r9 - 2 * c8 + l7));
                }
                for (var i = 0; i < n; i++) u[i] = v[i];
                for (var i = 0; i < n; i += stride)
                {
                    var j11 = (i * 3 + 1) % n;
                    var e12 = v[j11];
                    v[i] = e12 * Math.Abs(e12) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
                }
            }
            for (var i = 0; i < n; i++)
            {
                var l13 = u[(i + n - 1) % n];
                var c14 = u[i];
                var r15 = u[(i + 1) % n];
                var sp16 = Math.Sqrt(l13 * l13 + 0.1);
                if (c14 > l13) u[i] = c14 + 0.05 * (0.25 * (l13 * l13 - r15 * r15) + 0.1 * sp16 * (r15 - 2 * c14 + l13));
                else u[i] = c14 - 0.02 * sp16 * r15;
            }
            for (var i = 0; i < n; i++)
            {
                var l17 = v[(i + n - 1) % n];
                var c18 = v[i];
                var r19 = v[(i + 1) % n];
                var sp20 = Math.Min(l17, c18);
                u[i] = c18 + 0.05 * (0.25 * (l17 * l17 - r19 * r19) + 0.1 * sp20 * (r19 - 2 * c18 + l17));
            }
        }
        else
        {
            for (var i = 0; i < n; i++)
            {
                var l21 = v[(i + n - 1) % n];
                var c22 = v[i];
                var r23 = v[(i + 1) % n];
                var sp24 = Math.Sqrt(l21 * l21 + 0.1);
                var q25 = a * c22 + sp24;
                a = Math.Abs(a - c22 * 0.1) * 0.9 + 0.05;
                v[i] = c22 + 0.05 * (0.25 * (l21 * l21 - r23 * r23) + 0.1 * sp24 * (r23 - 2 * c22 + l21)) + 0.01 * q25 * q25 * a;
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                for (var i = 0; i < n; i += stride)
                {
                    var j26 = (i * 3 + 1) % n;
                    var e27 = v[j26];
                    v[i] = e27 * Math.Abs(e27) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
                }
                var t28 = u;
                u = v;
                v = t28;
                var t29 = u;
                u = v;
                v = t29;
            }
            for (var i = 0; i < n; i++)
            {
                var l30 = v[(i + n - 1) % n];
                var c31 = v[i];
                var r32 = v[(i + 1) % n];
                var sp33 = (l30 * c31 + 0.5);
                if (c31 > l30) u[i] = c31 + 0.05 * (0.25 * (l30 * l30 - r32 * r32) + 0.1 * sp33 * (r32 - 2 * c31 + l30));
                else u[i] = c31 - 0.02 * sp33 * r32;
            }
            var t34 = u;
            u = v;
            v = t34;
            for (var i = 0; i < n; i++)
            {
                var l35 = u[(i + n - 1) % n];
                var c36 = u[i];
                var r37 = u[(i + 1) % n];
                var sp38 = (l35 * c36 + 0.5);
                var q39 = a * c36 + sp38;
                a = Math.Abs(a - c36 * 0.1) * 0.9 + 0.05;
                u[i] = c36 + 0.05 * (0.25 * (l35 * l35 - r37 * r37) + 0.1 * sp38 * (r37 - 2 * c36 + l35)) + 0.01 * q39 * q39 * a;
            }
        }
        var g40 = Math.Max(a, v[3]) * s;
        a = a * 0.8 + 0.1;
        acc += g40 * g40 * 0.2 + a * 0.1;
        for (var k0 = 0; k0 < steps; k0++)
        {
            for (var k1 = 0; k1 < steps; k1++)
            {
                var g41 = Math.Max(a, v[3]) * s;
                a = a * 0.8 + 0.1;
                acc += g41 * g41 * 0.2 + a * 0.1;
                for (var i = 0; i < n; i++)
                {
                    var l42 = v[(i + n - 1) % n];
                    var c43 = v[i];
                    var r44 = v[(i + 1) % n];
                    var sp45 = Math.Sqrt(l42 * l42 + 0.1);
                    if (sp45 > 0.7) break;
                    if (c43 < 0.0) continue;
                    u[i] = c43 + 0.05 * (0.25 * (l42 * l42 - r44 * r44) + 0.1 * sp45 * (r44 - 2 * c43 + l42));
                }
                var t46 = u;
                u = v;
                v = t46;
                for (var i = 0; i < n; i++)
                {
                    var l47 = v[(i + n - 1) % n];
                    var c48 = v[i];
                    var r49 = v[(i + 1) % n];
                    var sp50 = Math.Abs(l47 - c48);
                    var q51 = a * c48 + sp50;
                    a = Math.Abs(a - c48 * 0.1) * 0.9 + 0.05;
                    v[i] = c48 + 0.05 * (0.25 * (l47 * l47 - r49 * r49) + 0.1 * sp50 * (r49 - 2 * c48 + l47)) + 0.01 * q51 * q51 * a;
                }
                for (var i = 0; i < n; i += 2)
                {
                    var j52 = (i * 3 + 1) % n;
                    var e53 = u[j52];
                    v[i] = e53 * Math.Abs(e53) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
                }
            }
            var t54 = u;
            u = v;
            v = t54;
            var t55 = u;
            u = v;
            v = t55;
            for (var k1 = 0; k1 < steps; k1++)
            {
                for (var i = 0; i < n; i += stride)
                {
                    var j56 = (i * 3 + 1) % n;
                    var e57 = u[j56];
                    v[i] = e57 * Math.Abs(e57) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
                }
                var g58 = Math.Max(a, v[1]) * s;
                acc += g58 * g58 * 0.2 + a * 0.1;
                for (var i = 0; i < n; i++)
                {
                    var l59 = u[(i + n - 1) % n];
                    var c60 = u[i];
                    var r61 = u[(i + 1) % n];
                    var sp62 = Math.Max(Math.Abs(l59), Math.Abs(c60));
                    if (sp62 > 0.7) break;
                    if (c60 < 0.0) continue;
                    v[i] = c60 + 0.05 * (0.25 * (l59 * l59 - r61 * r61) + 0.1 * sp62 * (r61 - 2 * c60 + l59));
                }
                for (var i = 0; i < n; i++)
                {
                    var l63 = v[(i + n - 1) % n];
                    var c64 = v[i];
                    var r65 = v[(i + 1) % n];
                    var sp66 = (l63 * c64 + 0.5);
                    u[i] = c64 + 0.05 * (0.25 * (l63 * l63 - r65 * r65) + 0.1 * sp66 * (r65 - 2 * c64 + l63));
                }
            }
        }
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

    [Differentiable]
    public static double R39(double[] p, double s, [NoDerivative] double[] table, int steps)
    {
        var n = p.Length;
        var stride = 1 + steps % 2;
        var acc = 0.0;
        var a = s * 0.5;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;
        for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];
        for (var i = 0; i < n; i++)
        {
            var l1 = v[(i + n - 1) % n];
            var c2 = v[i];
            var r3 = v[(i + 1) % n];
            var sp4 = (l1 * c2 + 0.5);
            var w5 = v;
            w5[(i + 1) % n] = w5[(i + 1) % n] * 0.9 + 0.01 * c2;
            u[i] = c2 + 0.05 * (0.25 * (l1 * l1 - r3 * r3) + 0.1 * sp4 * (r3 - 2 * c2 + l1)) + r3 * sp4 * 0.01;
        }
        for (var i = 0; i < n; i++) u[i] = v[i];
        for (var k0 = 0; k0 < steps; k0++)
        {
            for (var i = 0; i < n; i++)
            {
                var l6 = u[(i + n - 1) % n];
                var c7 = u[i];
                var r8 = u[(i + 1) % n];
                var sp9 = (l6 * c7 + 0.5);
                var q10 = a * c7 + sp9;
                a = Math.Abs(a - c7 * 0.1) * 0.9 + 0.05;
                v[i] = c7 + 0.05 * (0.25 * (l6 * l6 - r8 * r8) + 0.1 * sp9 * (r8 - 2 * c7 + l6)) + 0.01 * q10 * q10 * a;
            }
            var m11 = Math.Abs(v[0]) + 0.2;
            for (var i = 0; i < n; i++)
            {
                u[i] = u[i] * 0.7 + m11 * v[i] * 0.2;
            }
            acc += m11 * m11 * 0.1;
            for (var k1 = 0; k1 < steps; k1++)
            {
                for (var i = 0; i < n; i++)
                {
                    var l12 = v[(i + n - 1) % n];
                    var c13 = v[i];
                    var r14 = v[(i + 1) % n];
                    var sp15 = Math.Abs(l12 - c13);
                    v[i] = c13 + 0.05 * (0.25 * (l12 * l12 - r14 * r14) + 0.1 * sp15 * (r14 - 2 * c13 + l12));
                    acc += c13 * sp15 * 0.01 + v[i] * 0.02;
                }
                for (var i = 0; i < n; i += 2)
                {
                    var j16 = (i * 3 + 1) % n;
                    var e17 = v[j16];
                    v[i] = e17 * Math.Abs(e17) * 0.3 + 0.5 * v[i] + 0.1 * table[i % table.Length];
                }
                for (var i = 0; i < n; i++)
                {
                    var l18 = v[(i + n - 1) % n];
                    var c19 = v[i];
                    var r20 = v[(i + 1) % n];
                    var sp21 = Math.Min(l18, c19);
                    var q22 = a * c19 + sp21;
                    a = Math.Abs(a - c19 * 0.1) * 0.9 + 0.05;
                    v[i] = c19 + 0.05 * (0.25 * (l18 * l18 - r20 * r20) + 0.1 * sp21 * (r20 - 2 * c19 + l18)) + 0.01 * q22 * q22 * a;
                }
                var g23 = Math.Max(a, u[3]) * s;
                acc += g23 * g23 * 0.2 + a * 0.1;
            }
        }
        if (s > 0.5)
        {
            for (var k1 = 0; k1 < steps; k1++)
            {
                var t24 = u;
                u = v;
                v = t24;
                var m25 = Math.Abs(v[0]) + 0.2;
                for (var i = 0; i < n; i++)
                {
                    v[i] = v[i] / m25 * 0.8;
                }
                acc += m25 * m25 * 0.1;
                var g26 = Math.Max(a, u[2]) * s;
                acc += g26 * g26 * 0.2 + a * 0.1;
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                for (var i = 0; i < n; i++)
                {
                    var l27 = v[(i + n - 1) % n];
                    var c28 = v[i];
                    var r29 = v[(i + 1) % n];
                    var sp30 = Math.Abs(l27 - c28);
                    var w31 = v;
                    w31[(i + 1) % n] = w31[(i + 1) % n] * 0.9 + 0.01 * c28;
                    u[i] = c28 + 0.05 * (0.25 * (l27 * l27 - r29 * r29) + 0.1 * sp30 * (r29 - 2 * c28 + l27)) + r29 * sp30 * 0.01;
                }
                for (var i = 0; i < n; i++)
                {
                    var l32 = u[(i + n - 1) % n];
                    var c33 = u[i];
                    var r34 = u[(i + 1) % n];
                    var sp35 = Math.Min(l32, c33);
                    u[i] = c33 + 0.05 * (0.25 * (l32 * l32 - r34 * r34) + 0.1 * sp35 * (r34 - 2 * c33 + l32));
                }
                var m36 = Math.Abs(u[0]) + 0.2;
                for (var i = 0; i < n; i++)
                {
                    u[i] = u[i] / m36 * 0.8;
                }
                acc += m36 * m36 * 0.1;
                for (var i = 0; i < n; i++)
                {
                    var l37 = u[(i + n - 1) % n];
                    var c38 = u[i];
                    var r39 = u[(i + 1) % n];
                    var sp40 = (l37 * c38 + 0.5);
                    var q41 = a * c38 + sp40;
                    a = Math.Abs(a - c38 * 0.1) * 0.9 + 0.05;
                    v[i] = c38 + 0.05 * (0.25 * (l37 * l37 - r39 * r39) + 0.1 * sp40 * (r39 - 2 * c38 + l37)) + 0.01 * q41 * q41 * a;
                }
                var m42 = Math.Abs(v[0]) + 0.2;
                for (var i = 0; i < n; i++)
                {
                    v[i] = v[i] / m42 * 0.8;
                }
                acc += m42 * m42 * 0.1;
            }
            if (acc > 1.0)
            {
                for (var i = 0; i < n; i += stride)
                {
                    var j43 = (i * 3 + 1) % n;
                    var e44 = v[j43];
                    u[i] = e44 * Math.Abs(e44) * 0.3 + 0.5 * u[i] + 0.1 * table[i % table.Length];
                }
                for (var i = 0; i < n; i++) v[i] = u[i];
                for (var i = 0; i < n; i++)
                {
                    var l45 = v[(i + n - 1) % n];
                    var c46 = v[i];
                    var r47 = v[(i + 1) % n];
                    var sp48 = (l45 * c46 + 0.5);
                    v[i] = c46 + 0.05 * (0.25 * (l45 * l45 - r47 * r47) + 0.1 * sp48 * (r47 - 2 * c46 + l45));
                }
                for (var i = 0; i < n; i++) u[i] = v[i];
            }
            for (var k1 = 0; k1 < steps; k1++)
            {
                for (var i = 0; i < n; i += 2)
                {
                    var j49 = (i * 3 + 1) % n;
                    var e50 = u[j49];
                    u[i] = e50 * Math.Abs(e50) * 0.3 + 0.5 * u[i] + 0.1 * table[i % table.Length];
                }
                var m51 = Math.Abs(v[0]) + 0.2;
                for (var i = 0; i < n; i++)
                {
                    v[i] = v[i] / m51 * 0.8;
                }
                acc += m51 * m51 * 0.1;
                var m52 = Math.Abs(u[0]) + 0.2;
                for (var i = 0; i < n; i++)
                {
                    v[i] = v[i] * 0.7 + m52 * u[i] * 0.2;
                }
                acc += m52 * m52 * 0.1;
            }
        }
        var m53 = Math.Abs(v[0]) + 0.2;
        for (var i = 0; i < n; i++)
        {
            u[i] = u[i] * 0.7 + m53 * v[i] * 0.2;
        }
        acc += m53 * m53 * 0.1;
        for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;
        return acc;
    }

}
