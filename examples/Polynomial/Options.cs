using System.Globalization;

namespace Adcme.Examples.Polynomial;

/// <summary>The command line: <c>--json</c>, <c>--reduce</c>, <c>--ranks N</c>, <c>--theta x</c>.</summary>
internal sealed record Options(bool Json, bool Reduce, int? Ranks, double Theta)
{
    public static bool TryParse(string[] args, out Options options, out string error)
    {
        options = new Options(false, false, null, 2.0);
        error = "";
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--json":
                    options = options with { Json = true };
                    break;
                case "--reduce":
                    options = options with { Reduce = true };
                    break;
                case "--ranks" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var ranks) && ranks is >= 1 and <= 256:
                    options = options with { Ranks = ranks };
                    i++;
                    break;
                case "--ranks":
                    error = "--ranks needs a number of ranks from 1 to 256";
                    return false;
                case "--theta" when i + 1 < args.Length && double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var theta) && double.IsFinite(theta):
                    options = options with { Theta = theta };
                    i++;
                    break;
                case "--theta":
                    error = "--theta needs a finite number, such as 2 or 1.5";
                    return false;
                default:
                    error = $"unknown argument '{args[i]}'";
                    return false;
            }
        }
        return true;
    }
}
