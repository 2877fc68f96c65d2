using System.Globalization;
using Adcme;
using Adcme.Checking;

namespace Adcme.Examples.CustomPrimitive;

/// <summary>The heat equation with a fused, hand-differentiated time step, inside generated code.</summary>
public static partial class HeatModel
{
    [Differentiable]
    public static double Loss(Tensor kappa, [NoDerivative] Tensor u0, [NoDerivative] double h, [NoDerivative] double dt, int steps)
    {
        var u = u0;
        for (var k = 0; k < steps; k++)
        {
            u = HeatKernels.Step(kappa, u, h, dt, 1.0);
        }
        return Tensor.SumOfSquares(u);
    }

    /// <summary>The same model written with library operations, to compare against.</summary>
    [Differentiable]
    public static double LossWithOperations(Tensor kappa, [NoDerivative] Tensor u0, [NoDerivative] double h, [NoDerivative] double dt, int steps)
    {
        var u = u0;
        for (var k = 0; k < steps; k++)
        {
            u = u + dt * (kappa * Stencils.Laplacian(u, h)) + dt;
        }
        return Tensor.SumOfSquares(u);
    }
}

public static class Program
{
    public static int Main(string[] args) => Run(Console.Out, args);

    public static int Run(TextWriter output, string[] args)
    {
        const int n = 16;
        const int steps = 20;
        var h = 1.0 / (n + 1);
        var dt = 0.2 * h * h / 3;
        var x = Tensor.Linspace(h, 1 - h, n);
        var u0 = Tensor.Sin(Math.PI * x);
        u0 = Tensor.Reshape(u0, n, 1) * Tensor.Reshape(u0, 1, n);
        var kappa = 1.0 + Tensor.Reshape(x * x, n, 1) + Tensor.Reshape(x * x, 1, n);

        var loss = HeatModel.Loss_Gradient(kappa, u0, h, dt, steps, out var dKappa);
        HeatModel.LossWithOperations_Gradient(kappa, u0, h, dt, steps, out var dKappaOperations);
        var difference = Tensor.Norm(dKappa - dKappaOperations) / Tensor.Norm(dKappaOperations);
        var rules = GradientChecker.CheckPrimitive(HeatKernels.Step, kappa, u0, h, dt, 1.0);

        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"heat equation on a {n}x{n} grid, {steps} steps, fused custom time step"));
        output.WriteLine(string.Create(c, $"L = {loss:F10}"));
        output.WriteLine(string.Create(c, $"|dL/dkappa| = {Tensor.Norm(dKappa):F10}"));
        output.WriteLine(string.Create(c, $"fused vs library operations: relative difference {(difference < 1e-12 ? "below 1e-12" : difference.ToString("G3", c))}"));
        output.WriteLine(string.Create(c, $"rules of the fused step: {(rules.Passed ? "checked" : "FAILED")} (finite differences and dot-product test)"));
        if (args.Contains("--json"))
        {
            output.WriteLine(string.Create(c, $"{{\"loss\":{loss:R},\"gradientNorm\":{Tensor.Norm(dKappa):R},\"rulesChecked\":{(rules.Passed ? "true" : "false")}}}"));
        }
        return rules.Passed && difference < 1e-12 ? 0 : 1;
    }
}
