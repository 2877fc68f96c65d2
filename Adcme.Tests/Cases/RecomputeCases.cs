namespace Adcme.Tests.Cases;

/// <summary>Temporaries the reverse sweep recomputes instead of recording (issue 14, "less on the tape"), and the
/// programs where it must not: an operand or the array overwritten between the temporary and its last use, aliases,
/// branches, nested loops, early exits.</summary>
public static partial class RecomputeCases
{
    /// <summary>The Burgers benchmark's stencil: neighbours read with (i ± 1) % n, Abs and Max of them, fluxes, a copy
    /// loop back into the state. Everything per cell is recomputed; the copy loop records the element it overwrites.</summary>
    [Differentiable]
    public static double Burgers(double[] u0, int steps)
    {
        var n = u0.Length;
        var u = new double[n];
        var next = new double[n];
        for (var i = 0; i < n; i++) u[i] = u0[i];
        for (var s = 0; s < steps; s++)
        {
            for (var i = 0; i < n; i++)
            {
                var left = u[(i + n - 1) % n];
                var centre = u[i];
                var right = u[(i + 1) % n];
                var speedLeft = Math.Max(Math.Abs(left), Math.Abs(centre));
                var speedRight = Math.Max(Math.Abs(centre), Math.Abs(right));
                var fluxLeft = 0.25 * (left * left + centre * centre) - 0.5 * speedLeft * (centre - left);
                var fluxRight = 0.25 * (centre * centre + right * right) - 0.5 * speedRight * (right - centre);
                next[i] = centre - 0.4 * (fluxRight - fluxLeft);
            }
            for (var i = 0; i < n; i++) u[i] = next[i];
        }
        var loss = 0.0;
        for (var i = 0; i < n; i++) loss += u[i] * u[i] * (i + 1);
        return loss;
    }

    /// <summary>q's operand a is overwritten between q and q's last use: q must be recorded, not recomputed.</summary>
    [Differentiable]
    public static double OperandOverwritten(double[] x, double a)
    {
        var acc = 0.0;
        for (var k = 0; k < x.Length; k++)
        {
            var q = a * x[k] + 0.5;
            a = a * 1.3 + Math.Abs(q) * 0.1;
            acc += q * q * a;
        }
        return acc;
    }

    /// <summary>The element a temporary was read from is written (in place) before the temporary's last use.</summary>
    [Differentiable]
    public static double ElementOverwritten(double[] x, int steps)
    {
        var n = x.Length;
        var u = new double[n];
        for (var i = 0; i < n; i++) u[i] = x[i];
        var acc = 0.0;
        for (var s = 0; s < steps; s++)
        {
            for (var i = 0; i < n; i++)
            {
                var c = u[i];
                var r = u[(i + 1) % n];
                u[i] = c * 0.5 + 0.3 * Math.Abs(r) * c;
                acc += c * r * 0.1 + Math.Max(c, r) * 0.2;
            }
        }
        return acc + u[0] * u[1];
    }

    /// <summary>The array is written through an alias (and the variables swapped) between a read and its last use.</summary>
    [Differentiable]
    public static double AliasWritten(double[] x, int steps)
    {
        var n = x.Length;
        var u = new double[n];
        var v = new double[n];
        for (var i = 0; i < n; i++) u[i] = x[i] * 0.8 + 0.1;
        for (var s = 0; s < steps; s++)
        {
            var w = u;
            for (var i = 0; i < n; i++)
            {
                var c = u[i];
                var l = u[(i + n - 1) % n];
                w[(i + 1) % n] = w[(i + 1) % n] * 0.9 + 0.05 * c;
                v[i] = c * Math.Abs(l) + 0.2 * l * l;
            }
            var t = u;
            u = v;
            v = t;
        }
        var acc = 0.0;
        for (var i = 0; i < n; i++) acc += u[i] * v[i];
        return acc;
    }

    /// <summary>Temporaries used in branches (one branch overwrites an operand of another temporary), in a nested loop
    /// that writes the array they were read from, and after a break and a continue.</summary>
    [Differentiable]
    public static double BranchesAndExits(double[] x, double b, int steps)
    {
        var n = x.Length;
        var u = new double[n];
        for (var i = 0; i < n; i++) u[i] = x[i] + 0.1 * i;
        var acc = 0.0;
        for (var s = 0; s < steps; s++)
        {
            var m = Math.Abs(u[0]) + 0.5;
            var g = Math.Max(b, u[1]);
            for (var i = 0; i < n; i++) u[i] = u[i] / m + 0.1 * g;
            acc += m * m * g;
            for (var i = 0; i < n; i++)
            {
                var c = u[i];
                var r = u[(i + 1) % n];
                var d = Math.Abs(c - r);
                if (d > 0.6) break;
                if (c < 0.05) continue;
                if (c > r)
                {
                    acc += d * c;
                }
                else
                {
                    b = b * 0.9 + 0.05;
                    acc += d * r * b;
                }
            }
        }
        return acc;
    }

    /// <summary>Int index arithmetic recomputed, loop counters stepped by a constant and by a stable stride, stepped
    /// backwards: the reverse sweep steps them back instead of reading them.</summary>
    [Differentiable]
    public static double Strided(double[] x, int stride)
    {
        var n = x.Length;
        var u = new double[n];
        for (var i = n - 1; i >= 0; i -= 1) u[i] = x[i] * 0.5;
        var acc = 0.0;
        for (var i = 0; i < n; i += stride)
        {
            var j = (i * 3 + 1) % n;
            var e = u[j];
            u[i] = e * Math.Abs(e) + 0.5 * u[i];
            acc += Math.Sqrt(e * e + 0.1);
        }
        for (var i = 0; i < n; i++) acc += u[i] * u[i];
        return acc;
    }
}
