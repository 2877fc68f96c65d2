using Adcme.Checking;

namespace Adcme.Benchmarks;

/// <summary>The misfit of a Poisson solve, for <see cref="SolverCheckStudy"/>.</summary>
public static partial class SolverCheckModel
{
    /// <summary>Σ (u − observed)² with −∇·(κ∇u) = f solved by DistributedPoisson.Solve (CG to log.Tolerance) on one rank.</summary>
    [Differentiable]
    public static double Misfit(Tensor kappa, [NoDerivative] Tensor f, [NoDerivative] Tensor observed, [NoDerivative] double h,
        [NoDerivative] Communicator comm, [NoDerivative] PoissonSolveLog log)
        => Tensor.SumOfSquares(DistributedPoisson.Solve(kappa, f, h, 1, 1, comm, log) - observed);

    /// <summary>The same through Sparse.Solve (CG to a fixed 1e-12) on Stencils.DiffusionMatrix.</summary>
    [Differentiable]
    public static double SparseMisfit(Tensor kappa, [NoDerivative] SparsePattern pattern, [NoDerivative] Tensor f, [NoDerivative] Tensor observed, [NoDerivative] double h)
        => Tensor.SumOfSquares(Sparse.Solve(pattern, Stencils.DiffusionMatrix(kappa, h), f) - observed);
}

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/Adcme.Benchmarks -- --solver-check</c>: how the finite-difference
/// step and the solver's tolerance set the error of a gradient check through an iterative solve (the figures of
/// docs/gradient-checking-solvers.md). Deterministic; about 10 s.
/// </summary>
public static class SolverCheckStudy
{
    public static void Run()
    {
        var comm = Communicator.Single;
        var exact = new PoissonSolveLog { Tolerance = 1e-14 };
        double[] tolerances = [1e-4, 1e-6, 1e-8, 1e-10, 1e-12];

        // 1. One direction on a 32 × 32 grid: central differences with steps 1e-1 … 1e-8 against the gradient
        //    solved to 1e-14, for each tolerance of the forward solves; and the adjoint's own error.
        const int n = 32;
        var h = 1.0 / (n + 1);
        var kappa = Tensor.Exp(Tensor.RandomNormal(1, n, n) * 0.3) + 0.5;
        var f = Tensor.Ones(n, n) * 10.0;
        var observed = DistributedPoisson.Solve(kappa * 1.1, f, h, 1, 1, comm, exact);
        var v = Tensor.RandomNormal(2, n, n);
        v = v / Tensor.Norm(v);
        SolverCheckModel.Misfit_Gradient(kappa, f, observed, h, comm, exact, out var reference);
        var exactSlope = Tensor.Dot(reference, v);
        double[] steps = [1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8];
        Console.WriteLine($"32 × 32, one direction v (|v| = 1): <∇J, v> = {exactSlope:G6}; relative error of the central difference");
        Console.WriteLine("| tolerance | " + string.Join(" | ", steps.Select(s => $"δ = {s:0e0}")) + " | adjoint | CG iterations (forward + adjoint) |");
        Console.WriteLine("|---" + string.Concat(Enumerable.Repeat("|---:", steps.Length + 1)) + "|---|");
        foreach (var tolerance in tolerances)
        {
            var log = new PoissonSolveLog { Tolerance = tolerance };
            var row = steps.Select(s =>
            {
                var fd = (SolverCheckModel.Misfit(kappa + s * v, f, observed, h, comm, log) - SolverCheckModel.Misfit(kappa - s * v, f, observed, h, comm, log)) / (2 * s);
                return $"{Math.Abs(fd - exactSlope) / Math.Abs(exactSlope):0.0e0}";
            }).ToList();
            log.Clear();
            SolverCheckModel.Misfit_Gradient(kappa, f, observed, h, comm, log, out var gradient);
            var adjoint = Math.Abs(Tensor.Dot(gradient, v) - exactSlope) / Math.Abs(exactSlope);
            Console.WriteLine($"| {tolerance:0e0} | {string.Join(" | ", row)} | {adjoint:0.0e0} | {log.ForwardIterations[0]} + {log.AdjointIterations[0]} |");
        }

        // 2. GradientChecker.Check on an 8 × 8 grid, default options and two larger steps.
        const int m = 8;
        var hm = 1.0 / (m + 1);
        var k8 = Tensor.Exp(Tensor.RandomNormal(3, m, m) * 0.3) + 0.5;
        var f8 = Tensor.Ones(m, m) * 10.0;
        var o8 = DistributedPoisson.Solve(k8 * 1.1, f8, hm, 1, 1, comm, exact);
        Console.WriteLine();
        Console.WriteLine("8 × 8, GradientChecker.Check: largest finite-difference error (tolerance 1e-6) and dot-product error (tolerance 1e-10)");
        Console.WriteLine("| tolerance | default step 6.1e-6 | step 1e-4 | step 1e-3 | dot-product test | passes |");
        Console.WriteLine("|---|---:|---:|---:|---:|---|");
        foreach (var tolerance in tolerances)
        {
            var log = new PoissonSolveLog { Tolerance = tolerance };
            var report = GradientChecker.Check(SolverCheckModel.Misfit, k8, f8, o8, hm, comm, log);
            var at4 = GradientChecker.Check(SolverCheckModel.Misfit, new GradientCheckOptions { RelativeStep = 1e-4 }, k8, f8, o8, hm, comm, log);
            var at3 = GradientChecker.Check(SolverCheckModel.Misfit, new GradientCheckOptions { RelativeStep = 1e-3 }, k8, f8, o8, hm, comm, log);
            Console.WriteLine($"| {tolerance:0e0} | {report.MaxError:0.0e0} | {at4.MaxError:0.0e0} | {at3.MaxError:0.0e0} | {report.DotProductError:0.0e0} | {(report.Passed ? "yes" : "no")} |");
        }
        var pattern = Stencils.DiffusionPattern(m, m);
        var sparse = GradientChecker.Check(SolverCheckModel.SparseMisfit, k8, pattern, Tensor.Reshape(f8, m * m), Tensor.Reshape(o8, m * m), hm);
        Console.WriteLine($"Sparse.Solve (1e-12): finite differences {sparse.MaxError:0.0e0}, dot-product test {sparse.DotProductError:0.0e0}, passes: {(sparse.Passed ? "yes" : "no")}");
    }
}
