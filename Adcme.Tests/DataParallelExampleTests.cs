using System.Text.Json;
using Adcme.Examples.DataParallel;
using Adcme.Testing;
using Xunit.Abstractions;

namespace Adcme.Tests;

/// <summary>examples/DataParallel: data-parallel training on 4 ranks equals 1 rank with the same global batch, the
/// loss goes down, bad arguments are refused, and the printed output is its snapshot.</summary>
public class DataParallelExampleTests(ITestOutputHelper log)
{
    private static string Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        Assert.Equal(0, Program.Run(output, args));
        return output.ToString();
    }

    private static JsonElement Json(string text)
    {
        using var json = JsonDocument.Parse(text.TrimEnd('\n').Split('\n')[^1]);
        return json.RootElement.Clone();
    }

    private static double[] Curve(JsonElement json) => json.GetProperty("curve").EnumerateArray().Select(e => e.GetDouble()).ToArray();

    [Theory]
    [InlineData(4, 64, 60)]
    [InlineData(2, 32, 20)]
    [InlineData(8, 128, 30)]
    public void ManyRanksGiveOneRanksLossCurveToRoundOff(int ranks, int batch, int epochs)
    {
        var many = Json(Run("--json", "--ranks", $"{ranks}", "--batch", $"{batch}", "--epochs", $"{epochs}"));
        var one = Json(Run("--json", "--ranks", "1", "--batch", $"{batch}", "--epochs", $"{epochs}"));
        Assert.Equal(ranks, many.GetProperty("ranks").GetInt32());
        Assert.Equal(1, one.GetProperty("ranks").GetInt32());
        var (a, b) = (Curve(many), Curve(one));
        Assert.Equal(epochs + 1, a.Length);
        Assert.Equal(b.Length, a.Length);
        // The ranks see the same samples; only the order of additions differs (each rank's shard sums, then the
        // sum over ranks), so the curves agree to round-off: measured ≈ 1e-15 relative over 60 epochs.
        var worst = a.Zip(b, (x, y) => Math.Abs(x - y) / Math.Abs(y)).Max();
        log.WriteLine($"{ranks} ranks against 1, global batch {batch}, {epochs} epochs: largest relative difference {worst:G3}");
        Assert.InRange(worst, 0, 1e-12);
        // The initial loss is evaluated before any sum over the batch: the same on any number of ranks up to the
        // order of the final AllreduceSum of the shards' sums of squares.
        Assert.Equal(b[0], a[0], 1e-15);
    }

    [Fact]
    public void TheLossFallsAndTheSnapshotHolds()
    {
        var text = Run("--json");
        var lines = text.TrimEnd('\n').Split('\n');
        // The text prints 6 significant digits, so that sums associated differently on other hardware (AVX2
        // against AVX-512) leave it unchanged; the JSON line has every digit and is checked with tolerances.
        Snapshot.Match("Examples.DataParallel", "txt", string.Join("\n", lines[..^1]) + "\n");
        var json = Json(text);
        Assert.Equal(4, json.GetProperty("ranks").GetInt32());
        Assert.Equal(64, json.GetProperty("batch").GetInt32());
        Assert.Equal(60, json.GetProperty("epochs").GetInt32());
        Assert.Equal(480, json.GetProperty("steps").GetInt32());
        Assert.Equal(0.004, json.GetProperty("learningRate").GetDouble());
        var curve = Curve(json);
        Assert.Equal(curve[^1], json.GetProperty("loss").GetDouble());
        Assert.Equal(curve[0], json.GetProperty("initialLoss").GetDouble());
        // From 0.386 to 0.0131 in 60 epochs (29×): at least 20×.
        Assert.InRange(curve[0] / curve[^1], 20, double.PositiveInfinity);
        Assert.Equal(0.38572281901345945, curve[0], 1e-12);
        Assert.Equal(0.013118255148975605, curve[^1], 1e-9);
        Assert.Contains("θ on every rank equal to rank 0's: yes\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheLearningRateScalesWithTheBatchAndWarmsUp()
    {
        Assert.Equal(0.004, Trainer.ScaledLearningRate(64));
        Assert.Equal(0.001, Trainer.ScaledLearningRate(16));
        // 8 steps an epoch at batch 64, 5 warm-up epochs: step 20 of 40 runs at half the rate, step 40 on at the full rate.
        Assert.Equal(0.002, Trainer.LearningRate(20, 64, 8), 1e-18);
        Assert.Equal(0.004, Trainer.LearningRate(40, 64, 8));
        Assert.Equal(0.004, Trainer.LearningRate(400, 64, 8));
        Assert.Equal(0.004 / 40, Trainer.LearningRate(1, 64, 8), 1e-18);
    }

    [Fact]
    public void WithoutJsonItPrintsNoJson()
    {
        var text = Run("--epochs", "3", "--every", "1", "--ranks", "2", "--batch", "128");
        Assert.DoesNotContain("{", text, StringComparison.Ordinal);
        Assert.Contains("on 2 in-process ranks\n", text, StringComparison.Ordinal);
        Assert.Contains("global batch 128 (64 a rank), 4 steps an epoch, 3 epochs\n", text, StringComparison.Ordinal);
        Assert.Contains("\n    3  ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void UnderMpiexecRankZeroPrintsTheInProcessFigures()
    {
        // mpiexec.mpich -n 2 dotnet DataParallel.dll: Communicator.FromEnvironment() is MPI, and only rank 0 prints.
        string[] args = ["--batch", "32", "--epochs", "20", "--json"];
        var run = MpiRun.UnderMpi(log, 2, MpiRun.BuiltAssembly(Path.Combine("examples", "DataParallel"), "DataParallel"), args);
        Assert.True(run.ExitCode == 0, run.Describe());
        var local = Run([.. args, "--ranks", "2"]).TrimEnd('\n').Split('\n');
        var expected = string.Join("\n", local[..^1]).Replace("2 in-process ranks", "2 MPI ranks", StringComparison.Ordinal);
        Assert.True(run.Output.Contains(expected, StringComparison.Ordinal), $"expected\n{expected}\n{run.Describe()}");
        // MPI's reduction may add in another order than the in-process one: the curves agree to round-off.
        var jsonLine = Assert.Single(run.Output.Split('\n'), line => line.StartsWith("{\"loss\"", StringComparison.Ordinal));
        var (a, b) = (Curve(Json(jsonLine)), Curve(Json(local[^1])));
        Assert.Equal(b.Length, a.Length);
        Assert.InRange(a.Zip(b, (x, y) => Math.Abs(x - y) / Math.Abs(y)).Max(), 0, 1e-12);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--ranks")]
    [InlineData("--ranks", "0")]
    [InlineData("--batch", "1000")]
    [InlineData("--batch", "30")]
    [InlineData("--ranks", "3", "--batch", "64")]
    [InlineData("--epochs", "-1")]
    [InlineData("--every", "x")]
    public void ItRefusesArgumentsItDoesNotKnow(params string[] args)
    {
        var output = new StringWriter();
        Assert.Equal(2, Program.Run(output, args));
        Assert.Equal("", output.ToString());
    }
}
