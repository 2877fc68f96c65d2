using System.Globalization;
using Xunit.Abstractions;

namespace Adcme.Tests;

/// <summary>
/// The way a user starts (issue 16): <c>dotnet pack Adcme.Runtime</c> makes the one <c>Adcme</c> package (the runtime,
/// and the generator, its analyzer and the IDE code fixes under analyzers/dotnet/cs); a fresh console project that references only that package, from a
/// local folder feed, builds with no warning (no NU1603: every version the package pins is served) and runs a scalar
/// and a tensor gradient whose values are known.
/// </summary>
public class PackageTests(ITestOutputHelper log)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(6);

    private const string UserProgram = """
        using System.Globalization;
        using Adcme;

        var value = Model.Loss_Gradient(2.0, 0.5, out var dX, out var dY);
        using var t = Tensor.FromArray([1.0, 2.0, 3.0]);
        var energy = Model.Energy_Gradient(t, out var dT);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{value:R} {dX:R} {dY:R} {energy:R} {string.Join(' ', dT.ToArray())}"));

        public static partial class Model
        {
            [Differentiable]
            public static double Loss(double x, double y) => x * x * y + Math.Sin(y);

            [Differentiable]
            public static double Energy(Tensor t) => Tensor.Sum(Tensor.Exp(t) * t);
        }

        public static class Kernels
        {
            [Primitive(nameof(Cube_Pullback), nameof(Cube_Tangent))]
            [GradientCheck(1.5)]
            public static double Cube(double x) => x * x * x;

            public static void Cube_Pullback(double x, double result, double seed, ref double dX) => dX += 3 * x * x * seed;

            public static double Cube_Tangent(double x, double dX, double result) => 3 * x * x * dX;
        }
        """;

    /// <summary>Where the [GradientCheck] of Kernels.Cube is in Program.cs: line and column, from 1.</summary>
    private static (int Line, int Column) CheckAttribute()
    {
        var lines = UserProgram.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("[GradientCheck(1.5)]", StringComparison.Ordinal));
        return (line + 1, lines[line].IndexOf('[', StringComparison.Ordinal) + 2);
    }

    [Fact]
    public void AFreshProjectInstallsThePackageAndRunsAGradient()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Adcme.sln"))) root = root.Parent;
        Assert.True(root is not null, "no Adcme.sln above the test assembly");
        var work = Directory.CreateTempSubdirectory("adcme-package-");
        try
        {
            var feed = Path.Combine(work.FullName, "feed");
            var pack = Dotnet(root.FullName, "pack", Path.Combine(root.FullName, "Adcme.Runtime", "Adcme.Runtime.csproj"), "-c", "Release", "-o", feed);
            Assert.True(pack.ExitCode == 0, pack.Describe());
            var package = Assert.Single(Directory.GetFiles(feed, "Adcme.*.nupkg"));
            using (var archive = System.IO.Compression.ZipFile.OpenRead(package))
            {
                var entries = archive.Entries.Select(e => e.FullName).ToList();
                Assert.Contains("lib/net10.0/Adcme.Runtime.dll", entries);
                Assert.Contains("analyzers/dotnet/cs/Adcme.Generators.dll", entries);
                // The IDE's code fixes ship beside the generator (and its analyzer), not as a library.
                Assert.Contains("analyzers/dotnet/cs/Adcme.CodeFixes.dll", entries);
                Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.EndsWith("Adcme.CodeFixes.dll", StringComparison.Ordinal));
                Assert.Contains("build/Adcme.targets", entries);
                Assert.Contains("tools/net10.0/Adcme.CheckRunner.dll", entries);
                Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.EndsWith("Adcme.Generators.dll", StringComparison.Ordinal));
            }
            var version = Path.GetFileNameWithoutExtension(package)["Adcme.".Length..];

            // The user's project: only the package. Its own packages folder, so that the package just made is the one
            // restored (never one cached by an earlier run); the machine's packages folder as a fallback for the
            // dependencies, and the registry for anything else.
            var project = Directory.CreateDirectory(Path.Combine(work.FullName, "User")).FullName;
            var machinePackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <config><add key="globalPackagesFolder" value="packages" /></config>
                  <packageSources>
                    <clear />
                    <add key="local" value="{feed}" />
                    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
                  </packageSources>
                  <fallbackPackageFolders><add key="machine" value="{machinePackages}" /></fallbackPackageFolders>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(project, "User.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <AdcmeCheckGradients>true</AdcmeCheckGradients>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="Adcme" Version="{version}" />
                  </ItemGroup>
                </Project>
                """);
            // A deliberately wrong hand-written rule (2x² for the derivative 3x² of x³): the build step fails, at the attribute.
            File.WriteAllText(Path.Combine(project, "Program.cs"), UserProgram.Replace("dX += 3 * x * x * seed", "dX += 2 * x * x * seed", StringComparison.Ordinal));
            var wrong = Dotnet(project, "build", "-c", "Release");
            Assert.True(wrong.ExitCode != 0, wrong.Describe());
            var (line, column) = CheckAttribute();
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"Program.cs({line},{column}): error ADCME025: gradient check of Kernels.Cube at (1.5) FAILED"),
                wrong.Output, StringComparison.Ordinal);

            File.WriteAllText(Path.Combine(project, "Program.cs"), UserProgram);
            var build = Dotnet(project, "build", "-c", "Release");
            Assert.True(build.ExitCode == 0, build.Describe());
            Assert.DoesNotContain("NU1603", build.Output, StringComparison.Ordinal);
            Assert.Contains(" 0 Warning(s)", build.Output, StringComparison.Ordinal);
            // csc loads both assemblies under analyzers/dotnet/cs: the code fixes' Workspaces dependency must not make it
            // warn that an analyzer could not be loaded (CS8032) or failed (AD0001).
            Assert.DoesNotContain("CS8032", build.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("AD0001", build.Output, StringComparison.Ordinal);
            Assert.Contains("Adcme: 1 of 1 gradient check(s) passed in User", build.Output, StringComparison.Ordinal);

            var run = Dotnet(project, "run", "-c", "Release", "--no-build");
            Assert.True(run.ExitCode == 0, run.Describe());
            var numbers = run.Output.Trim().Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            // L = x²y + sin y at (2, 0.5): ∂L/∂x = 2xy = 2, ∂L/∂y = x² + cos y.
            Assert.Equal(4 * 0.5 + Math.Sin(0.5), numbers[0], 1e-15);
            Assert.Equal(2.0, numbers[1], 1e-15);
            Assert.Equal(4 + Math.Cos(0.5), numbers[2], 1e-14);
            // E = Σ t·eᵗ at (1, 2, 3): ∂E/∂tᵢ = (1 + tᵢ)·eᵗⁱ.
            Assert.Equal(Math.E + 2 * Math.Exp(2) + 3 * Math.Exp(3), numbers[3], 1e-12);
            for (var i = 0; i < 3; i++) Assert.Equal((2 + i) * Math.Exp(1 + i), numbers[4 + i], 1e-12);

            // The package's analyzer runs in a command-line build: a type that is not partial is ADCME001, with the link
            // to its page.
            File.WriteAllText(Path.Combine(project, "Broken.cs"), """
                using Adcme;

                public static class Broken
                {
                    [Differentiable]
                    public static double Square(double x) => x * x;
                }
                """);
            var broken = Dotnet(project, "build", "-c", "Release");
            Assert.True(broken.ExitCode != 0, broken.Describe());
            Assert.Contains("error ADCME001", broken.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("CS8032", broken.Output, StringComparison.Ordinal);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private MpiRun.Result Dotnet(string directory, params string[] arguments)
    {
        // The test host's MSBuild variables would point the child's build at the host's MSBuild; the child finds its own.
        return MpiRun.Process(log, "dotnet", arguments, [], Limit, directory, removeMsBuildVariables: true);
    }
}
