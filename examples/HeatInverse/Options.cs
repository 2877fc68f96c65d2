namespace Adcme.Examples.HeatInverse;

/// <summary>The command line (see <see cref="Program.Usage"/>).</summary>
public sealed record Options(bool Json, int? Ranks, int N, int Steps, int Every, int? PatchRows, int? PatchColumns, int Iterations, string? Png)
{
    public static Options Default => new(false, null, 32, 200, 20, null, null, 200, "heat-inverse.png");

    public static bool TryParse(string[] args, out Options options, out string error)
    {
        options = Default;
        error = "";
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--json":
                    options = options with { Json = true };
                    continue;
                case "--no-png":
                    options = options with { Png = null };
                    continue;
                case "--png" when value is not null:
                    options = options with { Png = value };
                    break;
                case "--ranks" when CommandLine.Count(value, 1, 256) is { } ranks:
                    options = options with { Ranks = ranks };
                    break;
                case "--n" when CommandLine.Count(value, 2, 4096) is { } n:
                    options = options with { N = n };
                    break;
                case "--steps" when CommandLine.Count(value, 1, 1_000_000) is { } steps:
                    options = options with { Steps = steps };
                    break;
                case "--every" when CommandLine.Count(value, 1, 1_000_000) is { } every:
                    options = options with { Every = every };
                    break;
                case "--iterations" when CommandLine.Count(value, 0, 1_000_000) is { } iterations:
                    options = options with { Iterations = iterations };
                    break;
                case "--patches" when CommandLine.Patches(value) is { } patches:
                    options = options with { PatchRows = patches.Rows, PatchColumns = patches.Columns };
                    break;
                case "--png":
                case "--ranks":
                case "--n":
                case "--steps":
                case "--every":
                case "--iterations":
                case "--patches":
                    error = $"{args[i]} needs {Expected(args[i])}";
                    return false;
                default:
                    error = $"unknown argument '{args[i]}'";
                    return false;
            }
            i++;
        }
        if (options.Every > options.Steps)
        {
            error = $"--every {options.Every} is more than --steps {options.Steps}: there would be no observation";
            return false;
        }
        return true;
    }

    private static string Expected(string option) => option switch
    {
        "--png" => "a file name",
        "--ranks" => "a number of ranks from 1 to 256",
        "--n" => "a grid size from 2 to 4096",
        "--iterations" => "a number of iterations (0 or more)",
        "--patches" => "a process grid such as 2x2 or 1x4",
        _ => "a positive whole number",
    };
}
