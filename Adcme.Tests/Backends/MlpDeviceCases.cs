namespace Adcme.Tests.Backends;

/// <summary>User code over <see cref="Layers.Mlp"/> for the device tests: the generated gradient and pushforward call
/// Mlp's generated split-mode record and reverse (over Affine's rules and Tanh's), which must all run on a device.</summary>
public static partial class MlpDeviceCases
{
    /// <summary>The least-squares misfit of a two-layer perceptron's output against a target.</summary>
    [Differentiable]
    public static double Misfit(Tensor w1, Tensor b1, Tensor w2, Tensor b2, [NoDerivative] Tensor input, [NoDerivative] Tensor target)
        => Tensor.SumOfSquares(Layers.Mlp(w1, b1, w2, b2, input) - target);
}

/// <summary>The two-layer perceptron y = W₂·tanh(W₁·x + b₁) + b₂ on the host with <see cref="RoundingBound"/>s: values,
/// pullback and pushforward written out element by element, for the device tests' bounds.</summary>
internal sealed class MlpReference(int batch, int inputs, int hidden, int outputs)
{
    private static RoundingBound E(double value) => RoundingBound.Exact(value);

    /// <summary>z = X·W₁ᵀ + b₁ (batch × hidden), a = tanh z, y = a·W₂ᵀ + b₂ (batch × outputs).</summary>
    public (RoundingBound[] A, RoundingBound[] Y) Forward(double[] w1, double[] b1, double[] w2, double[] b2, double[] x)
    {
        var a = Affine(w1.Select(E).ToArray(), b1.Select(E).ToArray(), x.Select(E).ToArray(), inputs, hidden).Select(RoundingBound.Tanh).ToArray();
        return (a, Affine(w2.Select(E).ToArray(), b2.Select(E).ToArray(), a, hidden, outputs));
    }

    /// <summary>The adjoints of W₁, b₁, W₂, b₂ and x for a seed of y's shape (itself bounded).</summary>
    public RoundingBound[][] Pullback(double[] w1, double[] w2, double[] x, RoundingBound[] a, RoundingBound[] g)
    {
        var (dW2, dB2, dA) = AffinePullback(w2.Select(E).ToArray(), a, g, hidden, outputs);
        // Tanh's rule: g·(1 − r·r).
        var dZ = dA.Select((d, k) => d * (E(1) - a[k] * a[k])).ToArray();
        var (dW1, dB1, dX) = AffinePullback(w1.Select(E).ToArray(), x.Select(E).ToArray(), dZ, inputs, hidden);
        return [dW1, dB1, dW2, dB2, dX];
    }

    /// <summary>The tangent of y for tangents of the five inputs.</summary>
    public RoundingBound[] Pushforward(double[] w1, double[] w2, double[] x, RoundingBound[] a, double[][] v)
    {
        var zDot = AffineTangent(w1.Select(E).ToArray(), v[0], v[1], x.Select(E).ToArray(), v[4].Select(E).ToArray(), inputs, hidden);
        var aDot = zDot.Select((d, k) => d * (E(1) - a[k] * a[k])).ToArray();
        return AffineTangent(w2.Select(E).ToArray(), v[2], v[3], a, aDot, hidden, outputs);
    }

    private RoundingBound[] Affine(RoundingBound[] w, RoundingBound[] b, RoundingBound[] x, int n, int m)
    {
        var y = new RoundingBound[batch * m];
        for (var i = 0; i < batch; i++)
        for (var o = 0; o < m; o++)
        {
            var terms = Enumerable.Range(0, n).Select(p => w[o * n + p] * x[i * n + p]).Append(b[o]).ToArray();
            y[i * m + o] = RoundingBound.Sum(terms);
        }
        return y;
    }

    private (RoundingBound[] DW, RoundingBound[] DB, RoundingBound[] DX) AffinePullback(RoundingBound[] w, RoundingBound[] x, RoundingBound[] g, int n, int m)
    {
        var dw = new RoundingBound[m * n];
        var db = new RoundingBound[m];
        var dx = new RoundingBound[batch * n];
        for (var o = 0; o < m; o++)
        {
            db[o] = RoundingBound.Sum(Enumerable.Range(0, batch).Select(i => g[i * m + o]).ToArray());
            for (var p = 0; p < n; p++) dw[o * n + p] = RoundingBound.Sum(Enumerable.Range(0, batch).Select(i => g[i * m + o] * x[i * n + p]).ToArray());
        }
        for (var i = 0; i < batch; i++)
        for (var p = 0; p < n; p++)
        {
            dx[i * n + p] = RoundingBound.Sum(Enumerable.Range(0, m).Select(o => g[i * m + o] * w[o * n + p]).ToArray());
        }
        return (dw, db, dx);
    }

    /// <summary>Ẇ·x + W·ẋ + ḃ, each element one sum of 2n + 1 terms (any grouping of it).</summary>
    private RoundingBound[] AffineTangent(RoundingBound[] w, double[] wDot, double[] bDot, RoundingBound[] x, RoundingBound[] xDot, int n, int m)
    {
        var y = new RoundingBound[batch * m];
        for (var i = 0; i < batch; i++)
        for (var o = 0; o < m; o++)
        {
            var terms = Enumerable.Range(0, n).Select(p => E(wDot[o * n + p]) * x[i * n + p])
                .Concat(Enumerable.Range(0, n).Select(p => w[o * n + p] * xDot[i * n + p])).Append(E(bDot[o])).ToArray();
            y[i * m + o] = RoundingBound.Sum(terms);
        }
        return y;
    }
}
