using System.Diagnostics;
using Xunit.Abstractions;

namespace Adcme.Tests.Optimization;

/// <summary>A child process (<c>dotnet Adcme.Tests.Mpi.dll checkpoint-child …</c>, no MPI) optimizing with a checkpoint
/// is killed at random moments (a seeded RNG) and restarted until it finishes; its result equals an uninterrupted
/// run's, bit for bit.</summary>
public sealed class CheckpointKillTests(ITestOutputHelper log) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("adcme-kill-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string Child() => MpiRun.BuiltAssembly("Adcme.Tests.Mpi", "Adcme.Tests.Mpi");

    /// <summary>Runs the child; kills it after <paramref name="killAfter"/> if given. Returns its exit code (null if
    /// killed) and output.</summary>
    private static (int? ExitCode, string Output) RunChild(string method, string path, TimeSpan? killAfter)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Child(), "checkpoint-child", method, path }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(killAfter ?? MpiRun.Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            if (killAfter is null) Assert.Fail($"checkpoint-child {method} did not finish in {MpiRun.Timeout}");
            return (null, output.Result + error.Result);
        }
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }

    [Theory]
    [InlineData("lbfgs", 11)]
    [InlineData("adam", 12)]
    public void KilledAndRestartedRunsReachTheUninterruptedResult(string method, int seed)
    {
        var clock = Stopwatch.StartNew();
        var (code, reference) = RunChild(method, "-", null);
        var duration = clock.Elapsed; // start-up and the whole run, under this machine's present load
        Assert.True(code == 0, reference);
        var expected = reference.Split('\n').Single(line => line.StartsWith("result ", StringComparison.Ordinal));
        var path = Path.Combine(_directory, method + ".ckpt");
        var random = new Random(seed);
        var (kills, resumes) = (0, 0);
        for (var attempt = 0; ; attempt++)
        {
            Assert.True(attempt < 40, $"no finished run after {attempt} attempts");
            // Kill at 10–60 % of an uninterrupted run's time (the child's own run takes ~1.5–2.5 s), so runs are killed
            // part-way: while starting, during an evaluation or while writing the checkpoint. After 10 kills, let it finish.
            var killAfter = attempt < 10 ? duration * (0.1 + 0.5 * random.NextDouble()) : (TimeSpan?)null;
            var (exit, output) = RunChild(method, path, killAfter);
            if (exit is null)
            {
                kills++;
                continue;
            }
            Assert.True(exit == 0, output);
            if (output.Contains("resumed ", StringComparison.Ordinal)) resumes++;
            var result = output.Split('\n').Single(line => line.StartsWith("result ", StringComparison.Ordinal));
            log.WriteLine($"{method}: finished after {kills} kills; {output.Split('\n').FirstOrDefault(l => l.StartsWith("resumed", StringComparison.Ordinal))}");
            Assert.Equal(expected, result);
            break;
        }
        Assert.True(kills >= 3, $"only {kills} kills");
        Assert.Equal(1, resumes);
    }
}
