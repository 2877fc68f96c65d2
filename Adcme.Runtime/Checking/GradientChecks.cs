using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Adcme.Checking;

/// <summary>
/// The gradient checks declared with <c>[GradientCheck]</c>, and the descriptors of generated methods. Generated code
/// registers both when its assembly is loaded (a module initializer); <see cref="RunAll"/> runs an assembly's checks:
/// <code>Assert.All(GradientChecks.RunAll(typeof(Model).Assembly), r => Assert.True(r.Passed, r.ToString()));</code>
/// </summary>
public static class GradientChecks
{
    /// <summary>How long one check may run unless its attribute sets <see cref="GradientCheckAttribute.TimeLimitSeconds"/>: 60 s.</summary>
    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromSeconds(60);

    private sealed record Entry(Type Type, string Name, Lazy<DifferentiableMethodDescriptor> Descriptor, GradientCheckDeclaration[] Checks);

    private static readonly Lock Gate = new();
    private static readonly Dictionary<Assembly, List<Entry>> Entries = [];

    /// <summary>Registers a generated method's descriptor and its declared checks; called by generated code when its
    /// assembly loads. The descriptor is made on first use.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register(Type declaringType, string name, Func<DifferentiableMethodDescriptor> describe, params GradientCheckDeclaration[] checks)
    {
        ArgumentNullException.ThrowIfNull(declaringType);
        ArgumentNullException.ThrowIfNull(describe);
        var entry = new Entry(declaringType, name, new Lazy<DifferentiableMethodDescriptor>(describe), checks ?? []);
        lock (Gate)
        {
            if (!Entries.TryGetValue(declaringType.Assembly, out var list)) Entries[declaringType.Assembly] = list = [];
            list.Add(entry);
        }
    }

    /// <summary>The generated descriptor of <paramref name="method"/>, or null when its assembly registered none (a
    /// method compiled by an older generator, or not [Differentiable]/[Primitive] with checks).</summary>
    public static DifferentiableMethodDescriptor? Find(MethodInfo method)
    {
        ArgumentNullException.ThrowIfNull(method);
        if (method.DeclaringType is null) return null;
        foreach (var entry in EntriesOf(method.DeclaringType.Assembly))
        {
            if (entry.Type == method.DeclaringType && entry.Name == method.Name && entry.Descriptor.Value.Matches(method)) return entry.Descriptor.Value;
        }
        return null;
    }

    /// <summary>Every descriptor <paramref name="assembly"/> registered.</summary>
    public static IReadOnlyList<DifferentiableMethodDescriptor> Descriptors(Assembly assembly)
        => EntriesOf(assembly).Select(e => e.Descriptor.Value).ToList();

    private static List<Entry> EntriesOf(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        // Module initializers run when the module's code is first used; this runs them now (once).
        foreach (var module in assembly.GetModules()) RuntimeHelpers.RunModuleConstructor(module.ModuleHandle);
        lock (Gate)
        {
            return Entries.TryGetValue(assembly, out var list) ? [.. list] : [];
        }
    }

    /// <summary>Runs every check declared with <c>[GradientCheck]</c> in <paramref name="assembly"/>, one at a time, in
    /// declaration order per method; a check that throws fails with its exception, and one that runs past its time
    /// limit (<see cref="DefaultTimeLimit"/> unless its attribute sets one) fails with that (it is abandoned on a
    /// background thread, never waited for).</summary>
    public static IReadOnlyList<GradientCheckResult> RunAll(Assembly assembly)
    {
        var results = new List<GradientCheckResult>();
        foreach (var entry in EntriesOf(assembly))
        {
            foreach (var check in entry.Checks) results.Add(Run(entry, check));
        }
        return results;
    }

    /// <summary>Runs one check of <paramref name="descriptor"/> as RunAll would (tests of the runner itself).</summary>
    internal static GradientCheckResult Run(DifferentiableMethodDescriptor descriptor, GradientCheckDeclaration check)
        => Run(new Entry(descriptor.DeclaringType, descriptor.Name, new Lazy<DifferentiableMethodDescriptor>(descriptor), [check]), check);

    private static GradientCheckResult Run(Entry entry, GradientCheckDeclaration check)
    {
        var name = entry.Type.Name + "." + entry.Name;
        var limit = check.TimeLimitSeconds > 0 ? TimeSpan.FromSeconds(check.TimeLimitSeconds) : DefaultTimeLimit;
        GradientCheckReport? report = null;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try
            {
                var descriptor = entry.Descriptor.Value;
                var arguments = check.Arguments();
                report = descriptor.IsPrimitive
                    ? GradientChecker.CheckPrimitive(descriptor, check.Options(), arguments)
                    : GradientChecker.Check(descriptor, check.Options(), arguments);
            }
            catch (Exception exception)
            {
                error = exception;
            }
        }, maxStackSize: 16 << 20) { IsBackground = true, Name = "Adcme gradient check " + name };
        thread.Start();
        if (!thread.Join(limit))
        {
            return new GradientCheckResult(name, check, null, null, string.Create(CultureInfo.InvariantCulture,
                $"the check did not finish within its time limit of {limit.TotalSeconds:G} s (set [GradientCheck(TimeLimitSeconds = …)] to change it)"));
        }
        return new GradientCheckResult(name, check, report, error, null);
    }

    /// <summary>The build step's entry point (the Adcme.CheckRunner tool calls it): runs <see cref="RunAll"/> and writes
    /// each failure as an MSBuild error <c>file(line,col): error ADCME025: …</c> at its <c>[GradientCheck]</c>, followed by
    /// its full report; returns the number of failures.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static int RunForBuild(Assembly assembly, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var results = RunAll(assembly);
        var failed = 0;
        foreach (var result in results)
        {
            if (result.Passed) continue;
            failed++;
            output.WriteLine(FormatError(result));
            foreach (var line in (result.Report?.ToString() ?? result.Exception?.ToString() ?? "").Split('\n'))
            {
                if (line.Length > 0) output.WriteLine("    " + line.TrimEnd('\r'));
            }
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Adcme: {results.Count - failed} of {results.Count} gradient check(s) passed in {assembly.GetName().Name}"));
        return failed;
    }

    /// <summary>A failed check as one MSBuild error line, located at its attribute.</summary>
    public static string FormatError(GradientCheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return string.Create(CultureInfo.InvariantCulture, $"{result.File}({result.Line},{result.Column}): error ADCME025: {result.Summary}");
    }
}
