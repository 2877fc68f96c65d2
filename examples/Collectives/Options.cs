using System.Globalization;

namespace Adcme.Examples.Collectives;

/// <summary>The command line: <c>--json</c>, <c>--ranks N</c>.</summary>
internal sealed record Options(bool Json, int? Ranks)
{
    public static bool TryParse(string[] args, out Options options, out string error)
    {
        options = new Options(false, null);
        error = "";
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--json":
                    options = options with { Json = true };
                    break;
                case "--ranks" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var ranks) && ranks is >= 1 and <= 256:
                    options = options with { Ranks = ranks };
                    i++;
                    break;
                case "--ranks":
                    error = "--ranks needs a number of ranks from 1 to 256";
                    return false;
                default:
                    error = $"unknown argument '{args[i]}'";
                    return false;
            }
        }
        return true;
    }
}
