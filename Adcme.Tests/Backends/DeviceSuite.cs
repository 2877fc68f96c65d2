using System.Diagnostics;
using System.Reflection;
using Xunit.Sdk;

namespace Adcme.Tests.Backends;

/// <summary>
/// Runs the backend-independent suites (this namespace's theories) for one backend without a test host: on a GPU
/// machine that has no .NET SDK, only the runtime carried to it (benchmarks/device-bundle.sh), as
/// <c>dotnet Adcme.Tests.dll --device-suite cuda</c>. Each theory's cases come from its data attributes as xunit reads
/// them; the cases run are those that name the backend among their arguments (so a theory over BackendCases.All or
/// BackendCases.Devices runs its CUDA cases once CUDA is present). Facts take no backend and are left to `dotnet test`.
/// </summary>
public static class DeviceSuite
{
    public sealed record Outcome(int Passed, int Failed, IReadOnlyList<string> Failures);

    /// <summary>Runs the cases for <paramref name="backend"/> of the theories in classes whose name contains
    /// <paramref name="classFilter"/> (all when null), writing one line per case to <paramref name="log"/>.</summary>
    public static Outcome Run(string backend, string? classFilter, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(log);
        var classes = typeof(DeviceSuite).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(DeviceSuite).Namespace && t.IsClass && !t.IsAbstract && t.IsPublic
                && (classFilter is null || t.Name.Contains(classFilter, StringComparison.Ordinal)))
            .OrderBy(t => t.Name, StringComparer.Ordinal);
        var (passed, failed) = (0, 0);
        var failures = new List<string>();
        foreach (var type in classes)
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.GetCustomAttribute<TheoryAttribute>() is { Skip: null }).OrderBy(m => m.Name, StringComparer.Ordinal))
            {
                foreach (var arguments in method.GetCustomAttributes<DataAttribute>().SelectMany(data => data.GetData(method)))
                {
                    if (!arguments.Any(a => a is string s && s == backend)) continue;
                    var name = $"{type.Name}.{method.Name}({string.Join(", ", arguments.Select(Format))})";
                    var clock = Stopwatch.StartNew();
                    try
                    {
                        var instance = Activator.CreateInstance(type);
                        try
                        {
                            if (method.Invoke(instance, arguments) is Task task) task.GetAwaiter().GetResult();
                        }
                        finally
                        {
                            (instance as IDisposable)?.Dispose();
                        }
                        passed++;
                        log.WriteLine($"  passed {name} [{clock.Elapsed.TotalMilliseconds:F0} ms]");
                    }
                    catch (Exception exception)
                    {
                        failed++;
                        var inner = exception is TargetInvocationException { InnerException: { } thrown } ? thrown : exception;
                        failures.Add($"{name}: {inner.GetType().Name}: {inner.Message}");
                        log.WriteLine($"  FAILED {name} [{clock.Elapsed.TotalMilliseconds:F0} ms]: {inner.GetType().Name}: {inner.Message}");
                    }
                }
            }
        }
        return new Outcome(passed, failed, failures);
    }

    private static string Format(object? argument) => argument switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        _ => Convert.ToString(argument, System.Globalization.CultureInfo.InvariantCulture) ?? "?",
    };
}
