using System.Reflection;
using System.Runtime.Loader;

// Usage: Adcme.CheckRunner <built assembly> [<file listing its dependencies' paths, one a line>]
// Prints each failed check as an MSBuild error at its [GradientCheck] (written by Adcme.Runtime's
// GradientChecks.RunForBuild) and exits with 1 when any failed; 2 when the checks could not run.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: Adcme.CheckRunner <assembly> [<dependency list>]");
    return 2;
}
var assemblyPath = Path.GetFullPath(args[0]);
try
{
    var dependencies = args.Length > 1 && File.Exists(args[1]) ? File.ReadAllLines(args[1]) : [];
    var context = new CheckLoadContext(assemblyPath, dependencies);
    var assembly = context.LoadFromAssemblyPath(assemblyPath);
    var runtime = context.LoadFromAssemblyName(new AssemblyName("Adcme.Runtime"));
    var checks = runtime.GetType("Adcme.Checking.GradientChecks", throwOnError: true)!;
    var run = checks.GetMethod("RunForBuild", [typeof(Assembly), typeof(TextWriter)])
        ?? throw new InvalidOperationException("this Adcme.Runtime has no GradientChecks.RunForBuild");
    var failed = (int)run.Invoke(null, [assembly, Console.Out])!;
    Console.Out.Flush();
    // A check abandoned at its time limit runs on a background thread: exit without waiting for it.
    Environment.Exit(failed == 0 ? 0 : 1);
    return 0;
}
catch (Exception exception)
{
    var inner = exception is TargetInvocationException { InnerException: { } e } ? e : exception;
    Console.Out.WriteLine($"{assemblyPath}: error ADCME025: the gradient checks could not run: {inner.GetType().Name}: {inner.Message}".Replace('\n', ' '));
    Console.Out.Flush();
    Environment.Exit(2);
    return 2;
}

/// <summary>Loads the checked assembly and its dependencies in a context of their own: from its deps.json where it has
/// one, else from the list the build target wrote, else from its folder; the framework from the default context.</summary>
internal sealed class CheckLoadContext : AssemblyLoadContext
{
    private readonly AssemblyDependencyResolver? _resolver;
    private readonly Dictionary<string, string> _listed = new(StringComparer.OrdinalIgnoreCase);
    private readonly string _folder;

    public CheckLoadContext(string assemblyPath, IEnumerable<string> dependencies) : base("Adcme gradient checks")
    {
        _folder = Path.GetDirectoryName(assemblyPath)!;
        try
        {
            _resolver = new AssemblyDependencyResolver(assemblyPath);
        }
        catch (InvalidOperationException)
        {
            _resolver = null; // no deps.json: the list and the folder remain
        }
        foreach (var line in dependencies)
        {
            var path = line.Trim();
            if (path.Length > 0 && path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)) _listed.TryAdd(Path.GetFileNameWithoutExtension(path), path);
        }
    }

    protected override Assembly? Load(AssemblyName name)
    {
        var path = _resolver?.ResolveAssemblyToPath(name);
        if (path is null && name.Name is not null)
        {
            var local = Path.Combine(_folder, name.Name + ".dll");
            if (File.Exists(local)) path = local;
            else if (_listed.TryGetValue(name.Name, out var listed) && File.Exists(listed)) path = listed;
        }
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver?.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}
