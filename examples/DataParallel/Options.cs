using System.Globalization;

namespace Adcme.Examples.DataParallel;

/// <summary>The command line: <c>--json</c>, <c>--ranks N</c>, <c>--batch B</c> (the global batch), <c>--epochs E</c>,
/// <c>--every K</c> (print the loss every K epochs).</summary>
internal sealed record Options(bool Json, int? Ranks, int Batch, int Epochs, int Every)
{
    public static bool TryParse(string[] args, out Options options, out string error)
    {
        options = new Options(false, null, 64, 60, 10);
        error = "";
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--json":
                    options = options with { Json = true };
                    continue;
                case "--ranks" when Positive(value, 256) is { } ranks:
                    options = options with { Ranks = ranks };
                    break;
                case "--batch" when Positive(value, TrainingData.Samples) is { } batch:
                    options = options with { Batch = batch };
                    break;
                case "--epochs" when Positive(value, 100_000) is { } epochs:
                    options = options with { Epochs = epochs };
                    break;
                case "--every" when Positive(value, 100_000) is { } every:
                    options = options with { Every = every };
                    break;
                case "--ranks":
                    error = "--ranks needs a number of ranks from 1 to 256";
                    return false;
                case "--batch":
                    error = $"--batch needs a global batch size from 1 to {TrainingData.Samples} (the training set's size)";
                    return false;
                case "--epochs":
                case "--every":
                    error = $"{args[i]} needs a positive whole number";
                    return false;
                default:
                    error = $"unknown argument '{args[i]}'";
                    return false;
            }
            i++;
        }
        return true;
    }

    private static int? Positive(string? text, int largest)
        => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= largest ? value : null;
}
