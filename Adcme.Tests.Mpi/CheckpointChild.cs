using System.Globalization;

namespace Adcme.Tests.Mpi;

/// <summary>
/// The child process of the checkpoint kill test (Adcme.Tests/Optimization/CheckpointKillTests.cs), run without
/// mpiexec: <c>dotnet Adcme.Tests.Mpi.dll checkpoint-child lbfgs|adam &lt;path|-&gt;</c>. It minimizes a slow-ish
/// deterministic objective (each evaluation sleeps a few milliseconds) with the checkpoint at path (or none for
/// <c>-</c>), and prints <c>resumed k</c> when it resumed and last a <c>result …</c> line with every figure in "R" format.
/// </summary>
internal static class CheckpointChild
{
    /// <summary>The extended Rosenbrock function of 8 variables: Σ 100 (x₂ᵢ − x₂ᵢ₋₁²)² + (1 − x₂ᵢ₋₁)².</summary>
    public static (double Value, double[] Gradient) Rosenbrock(double[] x)
    {
        Thread.Sleep(6);
        var value = 0.0;
        var gradient = new double[x.Length];
        for (var i = 0; i + 1 < x.Length; i += 2)
        {
            var a = x[i + 1] - x[i] * x[i];
            var b = 1 - x[i];
            value += 100 * a * a + b * b;
            gradient[i] += -400 * a * x[i] - 2 * b;
            gradient[i + 1] += 200 * a;
        }
        return (value, gradient);
    }

    public static int Run(string[] args)
    {
        if (args.Length != 3 || args[1] is not ("lbfgs" or "adam"))
        {
            Console.Error.WriteLine("usage: dotnet Adcme.Tests.Mpi.dll checkpoint-child lbfgs|adam <path|->");
            return 2;
        }
        var path = args[2] == "-" ? null : args[2];
        double[] initial = [-1.2, 1, -1.2, 1, 0.5, 0.5, 2, 2];
        var progress = Console.Out;
        bool Report(OptimizationIteration item)
        {
            progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"iteration {item.Iteration}"));
            progress.Flush();
            return false;
        }
        var result = args[1] == "lbfgs"
            ? Optimize.Lbfgs(Rosenbrock, initial, new LbfgsOptions { CheckpointPath = path, Memory = 5, Callback = Report })
            : Optimize.Adam(Rosenbrock, initial, new AdamOptions { CheckpointPath = path, LearningRate = 0.02, MaxIterations = 400, CheckpointEvery = 3, Callback = Report });
        if (result.ResumedFromIteration is { } k) Console.WriteLine($"resumed {k}");
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"result {result.Iterations} {result.Evaluations} {result.StopReason.Replace(' ', '_')} {result.Minimum:R} {string.Join(" ", result.Minimizer.Select(v => v.ToString("R", c)))} {string.Join(" ", result.Gradient.Select(v => v.ToString("R", c)))}"));
        return 0;
    }
}
