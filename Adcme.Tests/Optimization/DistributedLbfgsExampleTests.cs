using System.Text.Json;
using System.Text.RegularExpressions;
using Adcme.Testing;
using Xunit.Abstractions;

namespace Adcme.Tests.Optimization;

/// <summary>The DistributedLbfgs example: its trace and minimizer on 4 in-process ranks and under mpiexec.</summary>
public partial class DistributedLbfgsExampleTests(ITestOutputHelper log)
{
    private const double Root = 0.5436890126920764; // the real root of θ³ + θ² + θ − 1

    [GeneratedRegex(@"^ \* time: \d+\.\d{6}$", RegexOptions.Multiline)]
    private static partial Regex TimeLine();

    private static string Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        Assert.Equal(0, Adcme.Examples.DistributedLbfgs.Program.Run(output, args));
        return output.ToString();
    }

    /// <summary>The output with the trace's times (which vary run to run) masked.</summary>
    private static string Masked(string text) => TimeLine().Replace(text, " * time: …");

    [Fact]
    public void PrintsTheTraceAndTheMinimizer()
    {
        var text = Run("--json");
        Snapshot.Match("Examples.DistributedLbfgs", "txt", Masked(text));
        Assert.StartsWith("L-BFGS, 1 parameter on 4 ranks\nIter     Function value   Gradient norm \n     0     4.000000e+00     2.400000e+01\n", text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(text.TrimEnd('\n').Split('\n')[^1]);
        Assert.Equal(Root, json.RootElement.GetProperty("minimizer").GetDouble(), 1e-10);
        Assert.True(json.RootElement.GetProperty("minimum").GetDouble() < 1e-20);
        Assert.DoesNotContain("{", Run(), StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesArgumentsItDoesNotKnow()
    {
        var output = new StringWriter();
        Assert.Equal(2, Adcme.Examples.DistributedLbfgs.Program.Run(output, ["--ranks", "3"]));
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public void UnderMpiexecPrintsTheSameOnRankZero()
    {
        var run = MpiRun.UnderMpi(log, 4, MpiRun.BuiltAssembly(Path.Combine("examples", "DistributedLbfgs"), "DistributedLbfgs"), "--json");
        Assert.True(run.ExitCode == 0, run.Describe());
        var expected = Masked(Run("--json")).Replace("4 in-process ranks", "4 MPI ranks", StringComparison.Ordinal);
        Assert.True(Masked(run.Output).Contains(expected, StringComparison.Ordinal), $"expected\n{expected}\n{run.Describe()}");
    }
}
