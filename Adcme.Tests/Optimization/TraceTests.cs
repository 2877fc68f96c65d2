using System.Text.RegularExpressions;

namespace Adcme.Tests.Optimization;

/// <summary>The trace (Optim.jl's layout) and the progress lines, on rank 0 only.</summary>
public partial class TraceTests
{
    [GeneratedRegex(@"^ \* time: \d+\.\d{6}$")]
    private static partial Regex TimeLine();

    [Fact]
    public void TraceHasOptimsColumnsAndATimeLineAnIteration()
    {
        var trace = new StringWriter { NewLine = "\n" };
        var result = Optimize.Lbfgs(TestProblems.Quadratic, [0.0, 1.0, 3.0], new LbfgsOptions { Trace = trace, MaxIterations = 2 });
        var lines = trace.ToString().TrimEnd('\n').Split('\n');
        Assert.Equal("L-BFGS, 3 parameters", lines[0]);
        Assert.Equal("Iter     Function value   Gradient norm ", lines[1]);
        // Iteration 0 at (0, 1, 3): A x = (1, 0, 5), f = ½ xᵀAx − bᵀx = 7.5 − 10 = −2.5, g = A x − b = (0, −1, 2).
        Assert.Equal("     0    -2.500000e+00     2.000000e+00", lines[2]);
        Assert.Matches(TimeLine(), lines[3]);
        for (var k = 1; k <= result.Iterations; k++)
        {
            Assert.Equal($"{k,6}   {OptimizationTrace.Scientific(result.History[k].Value),14}   {OptimizationTrace.Scientific(result.History[k].GradientNorm),14}", lines[2 + 2 * k]);
            Assert.Matches(TimeLine(), lines[3 + 2 * k]);
        }
        Assert.Equal($"stopped after {result.Iterations} iterations and {result.Evaluations} evaluations: {result.StopReason}", lines[^1]);
    }

    [Fact]
    public void TraceEveryWritesIterationZeroItsMultiplesAndTheLast()
    {
        var trace = new StringWriter { NewLine = "\n" };
        var result = Optimize.Adam(TestProblems.Quadratic, [0.0, 1.0, 3.0], new AdamOptions { Trace = trace, TraceEvery = 3, MaxIterations = 7 });
        Assert.Equal(7, result.Iterations);
        var iterations = trace.ToString().TrimEnd('\n').Split('\n').Skip(2).Where(l => !l.StartsWith(" * time", StringComparison.Ordinal) && !l.StartsWith("stopped", StringComparison.Ordinal))
            .Select(l => int.Parse(l[..6], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal([0, 3, 6, 7], iterations);
        // Iteration 6, a multiple, is not written twice when the run stops at 6.
        var six = new StringWriter { NewLine = "\n" };
        Optimize.Adam(TestProblems.Quadratic, [0.0, 1.0, 3.0], new AdamOptions { Trace = six, TraceEvery = 3, MaxIterations = 6 });
        Assert.Equal(3, six.ToString().Split('\n').Count(l => l.Length > 6 && char.IsDigit(l[5])));
        Assert.Throws<ArgumentOutOfRangeException>(() => Optimize.Adam(TestProblems.Quadratic, [0.0], new AdamOptions { TraceEvery = 0 }));
    }

    [Fact]
    public void ProgressLinesGoToTheirWriter()
    {
        var progress = new StringWriter { NewLine = "\n" };
        Optimize.Adam(TestProblems.Quadratic, [0.0, 1.0, 3.0], new AdamOptions { MaxIterations = 3, ProgressInterval = TimeSpan.Zero, ProgressOutput = progress });
        var lines = progress.ToString().TrimEnd('\n').Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("Adam: iteration 0 of at most 3, f = -2.500000e+00, ‖g‖∞ = 2.000000e+00, 1 evaluations, ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Adam: iteration 3 of at most 3, ", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyRankZeroWritesTheTrace()
    {
        var traces = new StringWriter[3];
        LocalCommunicator.Run(3, comm =>
        {
            var trace = traces[comm.Rank] = new StringWriter { NewLine = "\n" };
            Optimize.Lbfgs(comm, t => TestProblems.Split(comm.Rank, t), [2.0, 1.0], new LbfgsOptions { Trace = trace, MaxIterations = 3 });
        });
        Assert.StartsWith("L-BFGS, 2 parameters on 3 ranks\nIter     Function value   Gradient norm \n", traces[0].ToString(), StringComparison.Ordinal);
        Assert.Equal("", traces[1].ToString());
        Assert.Equal("", traces[2].ToString());
    }
}
