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

    /// <summary>Runs the child. With <paramref name="kill"/>, kills it at the moment that decides: after a delay from
    /// the start (<c>AfterStart</c>), or after it has printed that many <c>iteration k</c> lines and then a further
    /// delay (<c>AfterIterations</c>: mid-evaluation, mid-checkpoint). Returns its exit code (null if killed) and output.</summary>
    private static (int? ExitCode, string Output) RunChild(string method, string path, (TimeSpan AfterStart, int AfterIterations, TimeSpan Then)? kill)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Child(), "checkpoint-child", method, path }) start.ArgumentList.Add(argument);
        using var process = new Process { StartInfo = start };
        var output = new System.Text.StringBuilder();
        var iterations = new SemaphoreSlim(0);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (output) output.Append(e.Data).Append('\n');
            if (e.Data.StartsWith("iteration ", StringComparison.Ordinal)) iterations.Release();
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.Append(e.Data).Append('\n'); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var killed = false;
        if (kill is { } when)
        {
            var deadline = Stopwatch.StartNew();
            var reached = when.AfterIterations == 0 ? !process.WaitForExit(when.AfterStart) : true;
            for (var seen = 0; reached && seen < when.AfterIterations; seen++)
            {
                while (!iterations.Wait(TimeSpan.FromMilliseconds(50)))
                {
                    if (process.HasExited || deadline.Elapsed > MpiRun.Timeout) { reached = false; break; }
                }
            }
            if (reached && !process.WaitForExit(when.Then))
            {
                process.Kill(entireProcessTree: true);
                killed = true;
            }
        }
        if (!process.WaitForExit(MpiRun.Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"checkpoint-child {method} did not finish in {MpiRun.Timeout}");
        }
        process.WaitForExit(); // drains the redirected streams
        lock (output) return (killed ? null : process.ExitCode, output.ToString());
    }

    [Theory]
    [InlineData("lbfgs", 11)]
    [InlineData("adam", 12)]
    public void KilledAndRestartedRunsReachTheUninterruptedResult(string method, int seed)
    {
        var (code, reference) = RunChild(method, "-", null);
        Assert.True(code == 0, reference);
        var expected = reference.Split('\n').Single(line => line.StartsWith("result ", StringComparison.Ordinal));
        var path = Path.Combine(_directory, method + ".ckpt");
        var random = new Random(seed);
        // First killed while starting (before or about when the first checkpoint is written), then four times after
        // 1–3 more iterations and 0–15 ms (each evaluation sleeps 6 ms: the kill lands in an evaluation, between
        // them, or while the checkpoint is being written), then left to finish.
        const int Kills = 5;
        var kills = 0;
        for (var attempt = 0; ; attempt++)
        {
            Assert.True(attempt <= Kills, $"the child finished before it could be killed {Kills} times");
            (TimeSpan, int, TimeSpan)? kill = attempt == 0 ? (TimeSpan.FromMilliseconds(50 + 250 * random.NextDouble()), 0, TimeSpan.Zero)
                : attempt < Kills ? (TimeSpan.Zero, random.Next(1, 4), TimeSpan.FromMilliseconds(15 * random.NextDouble()))
                : null;
            var (exit, output) = RunChild(method, path, kill);
            if (exit is null)
            {
                kills++;
                continue;
            }
            Assert.True(exit == 0, output);
            Assert.Contains("resumed ", output, StringComparison.Ordinal);
            var result = output.Split('\n').Single(line => line.StartsWith("result ", StringComparison.Ordinal));
            log.WriteLine($"{method}: finished after {kills} kills; {output.Split('\n').FirstOrDefault(l => l.StartsWith("resumed", StringComparison.Ordinal))}");
            Assert.Equal(expected, result);
            break;
        }
        Assert.Equal(Kills, kills);
    }
}
