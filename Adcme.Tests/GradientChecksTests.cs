extern alias CustomPrimitiveExample;

using Adcme.Checking;

namespace Adcme.Tests;

/// <summary>Checks declared with [GradientCheck] (issue 16): RunAll over an assembly, the report of a wrong rule, a
/// check that throws, one past its time limit, and the build error's format.</summary>
public class GradientChecksTests
{
    private static GradientCheckDeclaration At(string point, Func<object?[]> arguments, double timeLimit = 0)
        => new("Model.cs", 12, 6, point, arguments) { TimeLimitSeconds = timeLimit };

    /// <summary>x³ with a hand-written pullback that may be wrong (2x² where the derivative is 3x²).</summary>
    private static DifferentiableMethodDescriptor Cube(bool wrong, Func<object?[], object?>? invoke = null) => new(
        typeof(GradientChecksTests), "Cube", typeof(double), [new DescribedParameter("x", typeof(double), true)], isPrimitive: false,
        invoke ?? (a => Math.Pow((double)a[0]!, 3)),
        a => ValueTuple.Create(Math.Pow((double)a[0]!, 3), 3 * Math.Pow((double)a[0]!, 2) * (double)a[1]!),
        a =>
        {
            var x = (double)a[0]!;
            a[2] = (double)a[2]! + (wrong ? 2 : 3) * x * x * (double)a[1]!;
            return null;
        },
        null);

    [Fact]
    public void RunAllRunsTheChecksDeclaredInAnAssembly()
    {
        // examples/Polynomial declares [GradientCheck(0.7, 4)] on Serial; CustomPrimitive one on its Step primitive.
        var results = GradientChecks.RunAll(typeof(Adcme.Examples.Polynomial.PolynomialModel).Assembly);
        var serial = Assert.Single(results);
        Assert.True(serial.Passed, serial.ToString());
        Assert.Equal("PolynomialModel.Serial", serial.Method);
        Assert.Equal("(0.7, 4)", serial.Point);
        Assert.EndsWith("PolynomialModel.cs", serial.File, StringComparison.Ordinal);
        var value = Adcme.Examples.Polynomial.PolynomialModel.Serial_Gradient(0.7, 4, out var gradient);
        Assert.Equal(value, serial.Report!.Value);
        Assert.Equal(gradient, serial.Report.Gradient[0]);
        Assert.InRange(serial.Report.MaxError, 0, 1e-6);
        Assert.Equal(1e-6, serial.Report.Tolerance);

        var step = Assert.Single(GradientChecks.RunAll(typeof(CustomPrimitiveExample::Adcme.Examples.CustomPrimitive.HeatKernels).Assembly));
        Assert.True(step.Passed, step.ToString());
        Assert.Equal("HeatKernels.Step", step.Method);
        Assert.Equal("CheckPoint", step.Point);
    }

    [Fact]
    public void TheDescriptorIsWhatTheCheckerCalls()
    {
        var method = typeof(Adcme.Examples.Polynomial.PolynomialModel).GetMethod("Serial")!;
        var descriptor = GradientChecks.Find(method);
        Assert.NotNull(descriptor);
        Assert.Equal(["theta", "terms"], descriptor.Parameters.Select(p => p.Name));
        Assert.Equal([true, false], descriptor.Parameters.Select(p => p.Differentiable));
        var arguments = new object?[] { 0.7, 4, null };
        var value = (double)descriptor.Gradient!(arguments)!;
        Assert.Equal(Adcme.Examples.Polynomial.PolynomialModel.Serial_Gradient(0.7, 4, out var dTheta), value);
        Assert.Equal(dTheta, (double)arguments[2]!);
    }

    [Fact]
    public void AWrongRuleFailsWithTheWorstComponentAndBothValues()
    {
        var result = GradientChecks.Run(Cube(wrong: true), At("(1.5)", () => [1.5]));
        Assert.False(result.Passed);
        var report = result.Report!;
        Assert.Equal("x", report.WorstComponent);
        Assert.Equal(2 * 1.5 * 1.5, report.Gradient[0]);                 // what the wrong rule says: 4.5
        Assert.Equal(3 * 1.5 * 1.5, report.FiniteDifference[0], 1e-8);   // the truth: 6.75
        Assert.Equal((6.75 - 4.5) / 6.75, report.MaxError, 1e-8);
        Assert.Contains("worst component x: adjoint 4.5, finite difference 6.75", result.Summary, StringComparison.Ordinal);
        Assert.StartsWith("Model.cs(12,6): error ADCME025: gradient check of GradientChecksTests.Cube at (1.5) FAILED", GradientChecks.FormatError(result), StringComparison.Ordinal);

        var right = GradientChecks.Run(Cube(wrong: false), At("(1.5)", () => [1.5]));
        Assert.True(right.Passed, right.ToString());
        Assert.Equal(6.75, right.Report!.Gradient[0]);
    }

    [Fact]
    public void ACheckThatThrowsReportsTheException()
    {
        var result = GradientChecks.Run(Cube(wrong: false, a => throw new InvalidOperationException("no value here")), At("(1.5)", () => [1.5]));
        Assert.False(result.Passed);
        Assert.IsType<InvalidOperationException>(result.Exception);
        Assert.Equal("the check threw InvalidOperationException: no value here", result.Failure);
    }

    [Fact]
    public void ACheckPastItsTimeLimitFailsWithoutBeingWaitedFor()
    {
        using var release = new ManualResetEventSlim();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = GradientChecks.Run(Cube(wrong: false, a => { release.Wait(); return 1.0; }), At("(1.5)", () => [1.5], timeLimit: 0.2));
        clock.Stop();
        release.Set();
        Assert.False(result.Passed);
        Assert.Contains("did not finish within its time limit of 0.2 s", result.Failure, StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed.TotalSeconds, 0.2, 30);
    }
}
