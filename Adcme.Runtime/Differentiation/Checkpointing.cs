using System.Globalization;

namespace Adcme;

/// <summary>
/// Checkpoints the outermost counted <c>for</c> loops of a <see cref="DifferentiableAttribute"/> method in its reverse
/// mode (<c>M_Gradient</c>, <c>M_Pullback</c>, and the split record/reverse that callers use): instead of recording every
/// step, the forward sweep runs the loop without recording and keeps a few snapshots of its state; the reverse sweep
/// runs the steps again from those snapshots by a binomial schedule (<see cref="Revolve"/>), recording and reversing
/// one step at a time. The gradient is the store-all gradient (the same operations on the same values: bit for bit);
/// memory is the snapshots plus one step's record; time is at most about three times store-all's for the usual budgets.
/// </summary>
/// <remarks>
/// <para>A loop qualifies when its trip count is known before it runs: <c>for (var k = a; k &lt; b; k++)</c> (or
/// <c>++k</c>, <c>k += 1</c>) with <c>k</c> an <c>int</c> not assigned in the body, <c>b</c> made of literals and
/// variables not assigned in the loop (no calls), and no <c>break</c> or <c>return</c> in the body (<c>continue</c> is
/// fine); its body may not communicate, call another [Differentiable] method, call an ordered primitive, or reassign
/// a <c>double[]</c> variable whose value outlives a step (update arrays in place instead). Otherwise ADCME026.</para>
/// <para>"Outermost" loops are those not nested in another loop; loops nested in them are part of a step.</para>
/// <para>A step's state (what a snapshot keeps) is every variable the loop assigns whose value one step hands to the
/// next or to the code after the loop: doubles, ints, tensors (immutable: kept by reference) and the contents of
/// <c>double[]</c> arrays (copied).</para>
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class CheckpointedAttribute : Attribute
{
    /// <summary>How many snapshots (states besides the loop's initial one) the reverse sweep may keep at once. Left unset
    /// (−1), the loop records every step when that fits in <see cref="Checkpointing.MemoryBudget"/> and otherwise keeps
    /// as many snapshots as the budget holds (at least none: the loop is then run again from its start for each step).</summary>
    public int Snapshots { get; set; } = -1;
}

/// <summary>The memory budget of checkpointed loops whose <see cref="CheckpointedAttribute.Snapshots"/> is not given.</summary>
public static class Checkpointing
{
    private static long _memoryBudget = ReadBudget(Environment.GetEnvironmentVariable("ADCME_CHECKPOINT_MEMORY"));

    /// <summary>Bytes a checkpointed loop may keep for its reverse sweep: when recording every step would take more (the
    /// loop's state, measured when the loop starts, times its step count), it keeps <c>budget / state − 2</c> snapshots
    /// instead. Initially the environment variable <c>ADCME_CHECKPOINT_MEMORY</c> (bytes, or with a suffix K, M, G:
    /// <c>256M</c>), else a quarter of the memory available to the process. Applies to loops that start after it is set.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public static long MemoryBudget
    {
        get => Interlocked.Read(ref _memoryBudget);
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            Interlocked.Exchange(ref _memoryBudget, value);
        }
    }

    /// <summary>Parses a budget written as bytes or with a K, M or G suffix (powers of 1024); null or empty gives the
    /// default, a quarter of the memory available to the process.</summary>
    /// <exception cref="FormatException">The text is not such a number.</exception>
    public static long ParseBudget(string? text) => ReadBudget(text);

    private static long ReadBudget(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return Math.Max(64L << 20, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 4);
        text = text.Trim();
        long scale = 1;
        var last = char.ToUpperInvariant(text[^1]);
        if (last is 'K' or 'M' or 'G')
        {
            scale = last == 'K' ? 1L << 10 : last == 'M' ? 1L << 20 : 1L << 30;
            text = text[..^1];
        }
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > long.MaxValue / scale)
        {
            throw new FormatException($"ADCME_CHECKPOINT_MEMORY: '{text}' is not a byte count (digits, optionally followed by K, M or G).");
        }
        return value * scale;
    }
}
