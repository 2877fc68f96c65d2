using System.Runtime.CompilerServices;

namespace Adcme.Testing;

/// <summary>A small snapshot helper following Verify's convention: the accepted text lives in
/// `_snapshots/Name.verified.ext`; a mismatch writes `Name.received.ext` beside it and fails. Set
/// ADCME_ACCEPT_SNAPSHOTS=1 to accept received text (then review the diff in git).</summary>
internal static class Snapshot
{
    public static void Match(string name, string extension, string actual, [CallerFilePath] string callerPath = "")
    {
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');
        var directory = Path.Combine(Path.GetDirectoryName(callerPath)!, "_snapshots");
        Directory.CreateDirectory(directory);
        var verified = Path.Combine(directory, name + ".verified." + extension);
        var received = Path.Combine(directory, name + ".received." + extension);
        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        if (Environment.GetEnvironmentVariable("ADCME_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verified, actual);
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"New snapshot {name}: review {received} and rename it to .verified.{extension} (or run with ADCME_ACCEPT_SNAPSHOTS=1)."
            : $"Snapshot {name} changed: compare {received} with {verified}.");
    }
}
