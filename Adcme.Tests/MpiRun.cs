using System.Diagnostics;
using System.Text;
using Xunit.Abstractions;

namespace Adcme.Tests;

/// <summary>Runs programs as MPI jobs under MPICH's launcher for the tests (<see cref="MpiTests"/>, the examples'
/// tests): <c>mpiexec.mpich -n N dotnet app.dll …</c>, with a time limit. Without <c>mpiexec.mpich</c> the test
/// fails (it never skips).</summary>
internal static class MpiRun
{
    public const string Launcher = "mpiexec.mpich";

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>What a run did: its exit code and its stdout and stderr together.</summary>
    public sealed record Result(string Command, int ExitCode, string Output, TimeSpan Elapsed)
    {
        public string Describe() => $"`{Command}` exited with {ExitCode} after {Elapsed.TotalSeconds:0.0} s:\n{Output}";
    }

    /// <summary><c>mpiexec.mpich -n <paramref name="ranks"/> dotnet <paramref name="assembly"/> <paramref name="arguments"/></c>;
    /// fails the test if MPICH's launcher is not on PATH.</summary>
    public static Result UnderMpi(ITestOutputHelper log, int ranks, string assembly, params string[] arguments)
    {
        if (FindOnPath(Launcher) is null)
        {
            Assert.Fail($"{Launcher} was not found on PATH: the MPI tests need MPICH. Install it with `apt-get install -y mpich`.");
        }
        return Process(log, Launcher, ["-n", ranks.ToString(), "dotnet", assembly, .. arguments], []);
    }

    /// <summary>Runs a command with the launchers' variables of this process removed, killing it (and
    /// failing) after <paramref name="timeout"/> (<see cref="Timeout"/> unless given); stdout and stderr together.
    /// <paramref name="removeMsBuildVariables"/>: for a child <c>dotnet build</c>, drop the MSBuild variables a test host
    /// may carry.</summary>
    public static Result Process(ITestOutputHelper log, string file, string[] arguments, Dictionary<string, string> environment, TimeSpan? timeout = null,
        string? workingDirectory = null, bool removeMsBuildVariables = false)
    {
        var limit = timeout ?? Timeout;
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (workingDirectory is not null) start.WorkingDirectory = workingDirectory;
        if (removeMsBuildVariables)
        {
            foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
                || k.Equals("MSBuildExtensionsPath", StringComparison.OrdinalIgnoreCase) || k.Equals("MSBuildSDKsPath", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                start.Environment.Remove(key);
            }
        }
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("PMI", StringComparison.Ordinal) || k.StartsWith("OMPI_", StringComparison.Ordinal)
            || k.StartsWith("MPI_LOCAL", StringComparison.Ordinal) || k.StartsWith("MV2_", StringComparison.Ordinal) || k.StartsWith("ADCME_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }
        foreach (var (key, value) in environment) start.Environment[key] = value;
        var command = $"{string.Join(" ", environment.Select(p => $"{p.Key}={p.Value}"))} {file} {string.Join(" ", arguments)}".Trim();
        var output = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.Append(e.Data).Append('\n'); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.Append(e.Data).Append('\n'); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"`{command}` did not finish in {limit.TotalSeconds:0} s and was killed:\n{output}");
        }
        process.WaitForExit(); // drains the redirected streams
        var result = new Result(command, process.ExitCode, output.ToString(), stopwatch.Elapsed);
        log.WriteLine($"{command}: exit {result.ExitCode}, {result.Elapsed.TotalSeconds:0.00} s");
        return result;
    }

    /// <summary>The assembly <paramref name="project"/> (a folder under the repository root, such as
    /// <c>Adcme.Tests.Mpi</c> or <c>examples/Polynomial</c>) built for the same configuration as this test assembly:
    /// <c>project/bin/&lt;config&gt;/&lt;tfm&gt;/name.dll</c>. The project must be a project reference of Adcme.Tests.</summary>
    public static string BuiltAssembly(string project, string name)
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)); // …/Adcme.Tests/bin/<config>/<tfm>
        var root = output;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Adcme.sln"))) root = root.Parent;
        Assert.True(root is not null, $"no Adcme.sln above {output.FullName}");
        var path = Path.Combine(root.FullName, project, "bin", output.Parent!.Name, output.Name, name + ".dll");
        Assert.True(File.Exists(path), $"{path} is missing: build Adcme.Tests (it builds {project}).");
        return path;
    }

    private static string? FindOnPath(string file)
        => (System.Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(directory => Path.Combine(directory, file)).FirstOrDefault(File.Exists);
}
