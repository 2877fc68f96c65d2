using Adcme.Checking;

namespace Adcme.Tests;

/// <summary>Runs the public gradient checker and fails the test with its whole report.</summary>
internal static class GradientAssert
{
    public static GradientCheckReport Passes(Delegate method, params object?[] arguments)
    {
        var report = GradientChecker.Check(method, arguments);
        Assert.True(report.Passed, report.ToString());
        Assert.True(report.Components.Count == 0 || report.FiniteDifference.Any(v => v != 0) || report.Gradient.All(v => v == 0),
            "finite differences are all zero but the gradient is not:\n" + report);
        return report;
    }
}
