using System.Globalization;
using Adcme;

namespace Adcme.Examples.Polynomial;

/// <summary>L(θ) = 1 + θ + θ² + θ³, differentiated at compile time. At θ = 2: L = 15, dL/dθ = 17.</summary>
public static partial class PolynomialModel
{
    [Differentiable]
    public static double Loss(double theta)
    {
        var loss = 0.0;
        for (var k = 0; k <= 3; k++)
        {
            loss += Math.Pow(theta, k);
        }
        return loss;
    }
}

public static class Program
{
    public static int Main(string[] args) => Run(Console.Out, args);

    /// <summary>Prints L and dL/dθ at θ = 2; with --json the last line is {"loss":…,"gradient":…}.</summary>
    public static int Run(TextWriter output, string[] args)
    {
        const double theta = 2.0;
        var loss = PolynomialModel.Loss_Gradient(theta, out var gradient);
        var (_, tangent) = PolynomialModel.Loss_Pushforward(theta, 1.0);
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"L(θ) = 1 + θ + θ² + θ³ at θ = {theta}"));
        output.WriteLine(string.Create(c, $"L = {loss}"));
        output.WriteLine(string.Create(c, $"dL/dθ = {gradient} (reverse mode), {tangent} (forward mode)"));
        if (args.Contains("--json"))
        {
            output.WriteLine(string.Create(c, $"{{\"loss\":{loss:R},\"gradient\":{gradient:R}}}"));
        }
        return 0;
    }
}
