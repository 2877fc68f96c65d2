using System.Globalization;

namespace Adcme.Examples;

/// <summary>What the examples' command lines share: whole numbers in a range and process grids such as 2x3.
/// (Linked into each example that uses it.)</summary>
internal static class CommandLine
{
    /// <summary>A whole number from <paramref name="least"/> to <paramref name="most"/>, or null.</summary>
    public static int? Count(string? text, int least, int most)
        => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= least && value <= most ? value : null;

    /// <summary>A process grid written RxC (x, X or ×), each side from 1 to 256, or null.</summary>
    public static (int Rows, int Columns)? Patches(string? text)
    {
        var parts = text?.Split('x', 'X', '×');
        if (parts is not { Length: 2 } || Count(parts[0], 1, 256) is not { } rows || Count(parts[1], 1, 256) is not { } columns) return null;
        return (rows, columns);
    }
}
