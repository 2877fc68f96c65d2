namespace Adcme.Tests;

/// <summary>
/// The test assembly's own entry point (GenerateProgramFile is off): `dotnet test` loads the assembly in its test host
/// and never calls it. `dotnet Adcme.Tests.dll --device-suite [backend] [class filter]` runs the backend suites for one
/// backend without a test host (Backends.DeviceSuite) — for a GPU machine with only the .NET runtime on it.
/// </summary>
public static class EntryPoint
{
    public static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] != "--device-suite")
        {
            Console.Error.WriteLine("usage: dotnet Adcme.Tests.dll --device-suite [backend, default ADCME_BACKEND or cuda] [class filter]; run the tests with `dotnet test`.");
            return 2;
        }
        var backend = args.Length > 1 ? args[1] : Environment.GetEnvironmentVariable("ADCME_BACKEND") ?? "cuda";
        var filter = args.Length > 2 ? args[2] : null;
        Console.WriteLine($"device suite on {backend}{(filter is null ? "" : ", classes matching " + filter)}");
        var outcome = Backends.DeviceSuite.Run(backend, filter, Console.Out);
        foreach (var failure in outcome.Failures) Console.WriteLine("FAILED " + failure);
        Console.WriteLine($"{outcome.Passed} passed, {outcome.Failed} failed");
        return outcome.Failed == 0 && outcome.Passed > 0 ? 0 : 1;
    }
}
