namespace Adcme.Tests.Cases;

/// <summary>double[] parameters (read) and local arrays written in loops.</summary>
public static partial class ArrayCases
{
    [Differentiable]
    public static double WeightedSumOfSquares(double[] x, [NoDerivative] double[] weights)
    {
        var s = 0.0;
        for (var i = 0; i < x.Length; i++) s += weights[i] * x[i] * x[i];
        return s;
    }

    [Differentiable]
    public static double PrefixSums(double[] x)
    {
        var prefix = new double[x.Length];
        prefix[0] = x[0];
        for (var i = 1; i < x.Length; i++) prefix[i] = prefix[i - 1] * 0.9 + Math.Sin(x[i]);
        var s = 0.0;
        for (var i = 0; i < prefix.Length; i++) s += prefix[i] * (i + 1);
        return s;
    }

    /// <summary>1-D explicit heat equation with diffusivity kappa: two arrays swapped every step.</summary>
    [Differentiable]
    public static double Heat1D(double[] kappa, double[] u0, int steps)
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
            var swap = u;
            u = next;
            next = swap;
        }
        var loss = 0.0;
        for (var i = 0; i < n; i++) loss += u[i] * u[i];
        return loss;
    }

    [Differentiable]
    public static double Initializer(double a, double b)
    {
        var v = new[] { a, b, a * b };
        v[1] += v[0] * v[2];
        v[2]++;
        return v[0] + v[1] * v[2];
    }

    [Differentiable]
    public static double OverwriteWithConstant(double[] x)
    {
        var y = new double[2];
        y[0] = x[0] * x[1];
        y[1] = y[0] * 3;
        y[0] = 1.0;
        return y[0] * y[1] + y[0];
    }
}
