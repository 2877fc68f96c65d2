namespace Adcme.Tests.Mpi;

/// <summary>Assertions that throw <see cref="InvalidOperationException"/> naming what was checked.</summary>
internal static class Check
{
    public static void True(bool condition, string what)
    {
        if (!condition) throw new InvalidOperationException($"check failed: {what}");
    }

    public static void Equal<T>(T expected, T actual, string what)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual)) throw new InvalidOperationException($"{what}: expected {expected}, got {actual}");
    }

    /// <summary>Equal values (NaN equals NaN; −0.0 and +0.0 differ).</summary>
    public static void Equal(double[] expected, double[] actual, string what) => Bits(expected, actual, what);

    public static void Equal(int[] expected, int[] actual, string what)
    {
        if (!expected.SequenceEqual(actual)) throw new InvalidOperationException($"{what}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]");
    }

    /// <summary>Bit for bit.</summary>
    public static void Bits(double[] expected, double[] actual, string what)
    {
        var same = expected.Length == actual.Length
            && expected.Zip(actual).All(p => BitConverter.DoubleToInt64Bits(p.First) == BitConverter.DoubleToInt64Bits(p.Second));
        if (!same)
        {
            throw new InvalidOperationException($"{what}: expected [{string.Join(", ", expected.Take(8).Select(v => v.ToString("R")))}…], got [{string.Join(", ", actual.Take(8).Select(v => v.ToString("R")))}…]");
        }
    }

    public static void Close(double[] expected, double[] actual, double tolerance, string what)
    {
        if (expected.Length != actual.Length || expected.Zip(actual).Any(p => Math.Abs(p.First - p.Second) > tolerance))
        {
            throw new InvalidOperationException($"{what}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]");
        }
    }

    public static T Throws<T>(Action action) where T : Exception
    {
        try
        {
            action();
        }
        catch (T expected)
        {
            return expected;
        }
        throw new InvalidOperationException($"expected {typeof(T).Name}, nothing was thrown");
    }

    public static T Throws<T>(Func<object> action) where T : Exception => Throws<T>(() => { action(); });
}
