using System.Reflection;
using Adcme.Checking;
using Adcme.Tests.Cases;

namespace Adcme.Tests;

/// <summary>The checker follows the precision a method actually computes in, and decides in one place which
/// parameters carry derivatives, the way the generator does.</summary>
public class GradientCheckerPrecisionTests
{
    [Fact]
    public void ADoubleMethodComputingInFloatPassesAndTheReportSaysFloat()
    {
        var report = GradientChecker.Check(PrecisionCases.FloatInside, 0.7, 1.3);
        Assert.True(report.Passed, report.ToString());
        Assert.Equal(GradientCheckPrecision.Single, report.Precision);
        Assert.StartsWith("float precision detected", report.PrecisionReason, StringComparison.Ordinal);
        Assert.InRange(report.RelativeNoise, 1e-9, 1e-6);
        Assert.Contains("float precision detected: values change in steps of ~", report.ToString(), StringComparison.Ordinal);
        Assert.Equal(5e-3, report.Tolerance);
        Assert.Equal(Math.Cbrt(1.1920928955078125e-7), report.RelativeStep, 12);
    }

    [Fact]
    public void ADoubleMethodComputingInFloatFailsWhenDoubleIsForced()
    {
        // Why the detection matters: double's step divides float rounding into a false error.
        var report = GradientChecker.Check(PrecisionCases.FloatInside,
            new GradientCheckOptions { Precision = GradientCheckPrecision.Double }, 0.7, 1.3);
        Assert.False(report.Passed, report.ToString());
        Assert.Equal("double precision set in GradientCheckOptions.Precision", report.PrecisionReason);
        Assert.True(double.IsNaN(report.RelativeNoise));
    }

    [Fact]
    public void TheSameFunctionInDoubleIsCheckedInDouble()
    {
        var report = GradientChecker.Check(PrecisionCases.DoubleThroughout, 0.7, 1.3);
        Assert.True(report.Passed, report.ToString());
        Assert.Equal(GradientCheckPrecision.Double, report.Precision);
        Assert.StartsWith("double precision: values near the point are smooth", report.PrecisionReason, StringComparison.Ordinal);
        Assert.True(report.RelativeNoise < 1e-13, report.ToString());
        Assert.Equal(1e-6, report.Tolerance);
        Assert.True(report.MaxError < 1e-8, report.ToString());
    }

    [Fact]
    public void AFloatParameterMethodIsDeclaredFloat()
    {
        var report = GradientChecker.Check(PrecisionCases.FloatParameters, 0.7f, 1.3f);
        Assert.True(report.Passed, report.ToString());
        Assert.Equal(GradientCheckPrecision.Single, report.Precision);
        Assert.Equal("float precision declared: x, y, the result are float", report.PrecisionReason);
        Assert.True(report.MaxError < 1e-3, report.ToString());
    }

    [Fact]
    public void ACorrectPrimitiveAppliedToAFloatPasses()
    {
        var report = GradientChecker.Check(PrecisionCases.CubeOfFloat, 1.1);
        Assert.True(report.Passed, report.ToString());
        Assert.Equal(GradientCheckPrecision.Single, report.Precision);
    }

    [Fact]
    public void AWrongPullbackUsedInFloatArithmeticStillFails()
    {
        // (x³)' = 3x² = 3.63 at 1.1; the pullback says 4.5x² = 5.445: far outside float's tolerance.
        var report = GradientChecker.Check(PrecisionCases.WrongCubeOfFloat, 1.1);
        Assert.False(report.Passed, report.ToString());
        Assert.Equal(GradientCheckPrecision.Single, report.Precision);
        Assert.Equal(4.5 * 1.21 + 1, report.Gradient[0], 5);
        Assert.Equal(3 * 1.21 + 1, report.FiniteDifference[0], 3);
        Assert.True(report.MaxError > 0.2, report.ToString());
    }

    [Fact]
    public void AWrongPullbackInAFloatMethodStillFails()
    {
        var report = GradientChecker.Check(PrecisionCases.WrongCubeInFloat, 1.1f);
        Assert.False(report.Passed, report.ToString());
        Assert.Equal(GradientCheckPrecision.Single, report.Precision);
        Assert.True(report.MaxError > 0.2, report.ToString());
    }

    [Fact]
    public void AWrongPullbackInDoubleStillFails()
    {
        var report = GradientChecker.CheckPrimitive(PrecisionKernels.WrongCube, 1.1);
        Assert.False(report.Passed, report.ToString());
        Assert.Equal(GradientCheckPrecision.Double, report.Precision);
    }

    [Fact]
    public void FloatPrimitivesAreCheckedInFloat()
    {
        var right = GradientChecker.CheckPrimitive(PrecisionKernels.CubeF, 1.1f);
        Assert.True(right.Passed, right.ToString());
        Assert.Equal("float precision declared: x, the result are float", right.PrecisionReason);
        var wrong = GradientChecker.CheckPrimitive(PrecisionKernels.WrongCubeF, 1.1f);
        Assert.False(wrong.Passed, wrong.ToString());
        Assert.Equal(GradientCheckPrecision.Single, wrong.Precision);
    }

    [Fact]
    public void ADoublePrimitiveFedFloatValuesIsDetected()
    {
        // The primitive itself is double: its check measures double noise.
        var report = GradientChecker.CheckPrimitive(PrecisionKernels.Cube, 1.1);
        Assert.True(report.Passed, report.ToString());
        Assert.Equal(GradientCheckPrecision.Double, report.Precision);
    }

    [Fact]
    public void TheProbeSeesFloatNoiseAndNotDoubleNoise()
    {
        double[] Sine(double[] x) => [Math.Sin(x[0]) * Math.Exp(x[1])];
        double[] SineInFloat(double[] x) => [MathF.Sin((float)x[0]) * MathF.Exp((float)x[1])];
        double[] point = [0.4, -2.5];
        bool[] single = [false, false];
        var inDouble = PrecisionProbe.RelativeNoise(Sine, [1.0], point, single, 7);
        var inFloat = PrecisionProbe.RelativeNoise(SineInFloat, [1.0], point, single, 7);
        Assert.InRange(inDouble, 0, 1e-14);
        Assert.InRange(inFloat, 1e-9, 1e-6);
        Assert.True(double.IsNaN(PrecisionProbe.RelativeNoise(_ => [double.NaN], [1.0], point, single, 7)));
    }

    [Theory]
    [InlineData(typeof(PrecisionCases))]
    [InlineData(typeof(PrecisionKernels))]
    public void WhichParametersAreDifferentiableIsDecidedAsTheGeneratorDecides(Type type)
    {
        var method = type.GetMethod("Mixed", BindingFlags.Public | BindingFlags.Static)!;
        var decided = method.GetParameters().Select(DifferentiableInputs.IsDifferentiable).ToArray();
        // double, float, double[], Tensor: yes; [NoDerivative] double, int: no.
        Assert.Equal([true, true, true, true, false, false], decided);
        Assert.False(DifferentiableInputs.IsDifferentiableType(typeof(float[])));
        Assert.False(DifferentiableInputs.IsDifferentiableType(typeof(bool)));
    }

    [Fact]
    public void TheGeneratedPullbackTakesAnAdjointForExactlyTheseParameters()
    {
        var method = typeof(PrecisionCases).GetMethod(nameof(PrecisionCases.Mixed))!;
        var pullback = typeof(PrecisionCases).GetMethod(nameof(PrecisionCases.Mixed) + "_Pullback")!;
        var adjoints = pullback.GetParameters().Where(p => p.ParameterType.IsByRef).Select(p => p.Name).ToArray();
        var expected = method.GetParameters().Where(DifferentiableInputs.IsDifferentiable)
            .Select(p => "d" + char.ToUpperInvariant(p.Name![0]) + p.Name[1..]).ToArray();
        Assert.Equal(expected, adjoints);
    }

    [Fact]
    public void MethodsAndPrimitivesWithEveryKindOfParameterAreChecked()
    {
        object?[] arguments = [0.7, 1.25f, new[] { 2.0, -0.5 }, Tensor.FromArray([1.0, 2.0, 3.0], 3), 0.3, 2];
        var method = GradientChecker.Check(PrecisionCases.Mixed, arguments);
        Assert.True(method.Passed, method.ToString());
        Assert.Equal(["a", "b", "c[0]", "c[1]", "d[0]", "d[1]", "d[2]"], method.Components);
        Assert.Equal("float precision declared: b is float", method.PrecisionReason);
        var primitive = GradientChecker.CheckPrimitive(PrecisionKernels.Mixed, arguments);
        Assert.True(primitive.Passed, primitive.ToString());
        Assert.Equal(GradientCheckPrecision.Single, primitive.Precision);
    }
}
