namespace Adcme.Tests.Cases;

/// <summary>Ordinary C# that simulation code is full of (issue 17): foreach over an array, tuple swaps, switch
/// expressions, static readonly tables and Math.Round with digits.</summary>
public static partial class LanguageCases
{
    /// <summary>Gauss–Legendre-like weights: read-only data without derivative.</summary>
    private static readonly double[] Weights = [0.25, 0.5, 0.25];

    [Differentiable]
    public static double ForEachSum(double[] x, double scale)
    {
        var s = 0.0;
        foreach (var v in x)
        {
            if (v < -1.0) continue;
            s += Math.Sin(v * scale) * v;
            if (s > 10.0) break;
        }
        return s;
    }

    /// <summary>foreach over a local array written in a loop, and over a static readonly table.</summary>
    [Differentiable]
    public static double ForEachLocal(double[] x)
    {
        var squares = new double[x.Length];
        for (var i = 0; i < x.Length; i++) squares[i] = x[i] * x[i];
        var s = 0.0;
        foreach (var q in squares) s += Math.Exp(-q);
        foreach (var w in Weights) s *= 1.0 + w * x[0];
        return s;
    }

    [Differentiable]
    public static double SwapScalars(double a, double b, int steps)
    {
        for (var k = 0; k < steps; k++)
        {
            (a, b) = (b, a + 0.5 * Math.Sin(b));
        }
        var (c, d) = (a * b, a - b);
        return c + d * d;
    }

    /// <summary>The two-buffer swap of an explicit time step, written as a tuple swap.</summary>
    [Differentiable]
    public static double SwapArrays(double[] kappa, double[] u0, int steps)
    {
        var n = u0.Length;
        var u = new double[n];
        var next = new double[n];
        for (var i = 0; i < n; i++) u[i] = u0[i];
        for (var t = 0; t < steps; t++)
        {
            for (var i = 0; i < n; i++)
            {
                var left = i > 0 ? u[i - 1] : 0.0;
                var right = i < n - 1 ? u[i + 1] : 0.0;
                next[i] = u[i] + 0.2 * kappa[i] * (left - 2 * u[i] + right);
            }
            (u, next) = (next, u);
        }
        (u[0], u[n - 1]) = (u[n - 1], u[0] * 2.0);
        var loss = 0.0;
        for (var i = 0; i < n; i++) loss += u[i] * u[i] * (i + 1);
        return loss;
    }

    [Differentiable]
    public static double SwapTensors(Tensor x, Tensor y)
    {
        (x, y) = (y * 2.0, x);
        return Tensor.Sum(x * Tensor.Tanh(y));
    }

    /// <summary>A switch expression on an int (the mode), one on a double with relational patterns, and a guard.</summary>
    [Differentiable]
    public static double SwitchExpressions(double x, double y, int mode)
    {
        var f = mode switch
        {
            0 => x * y,
            1 or 2 => Math.Sin(x) + y,
            _ => x - y * y,
        };
        var g = x switch
        {
            < 0.0 => -x * y,
            >= 0.0 and < 1.0 => x * x,
            _ when y > 0.0 => Math.Sqrt(x) * y,
            _ => y,
        };
        return f * g;
    }

    /// <summary>A material property looked up per cell from a static readonly table.</summary>
    [Differentiable]
    public static double Table(double[] x, int shift)
    {
        var s = 0.0;
        for (var i = 0; i < x.Length; i++) s += Weights[(i + shift) % Weights.Length] * x[i] * x[i];
        return s;
    }

    /// <summary>Math.Round with digits, and without: zero derivative.</summary>
    [Differentiable]
    public static double RoundDigits(double x, double y) => x * Math.Round(y, 2) + Math.Round(x * 3.0) * y + y * y;
}
