using System.Runtime.CompilerServices;

namespace Adcme;

/// <summary>
/// Where tensor storage comes from. Every tensor operation takes its result's array from a per-thread pool
/// of arrays kept by exact length, and <see cref="Tensor.Dispose"/> gives it back; so a time loop whose
/// temporaries are disposed (generated derivative code does this for the temporaries it owns) allocates
/// nothing per step once the pool holds one array of each size it needs. Tensors that are never disposed
/// are collected by the garbage collector as usual; the pool only ever holds arrays nobody references.
/// </summary>
public static class TensorPool
{
    /// <summary>Arrays shorter than this are allocated, never pooled: the collector is faster for them.</summary>
    public const int MinimumPooledLength = 64;

    [ThreadStatic] private static Dictionary<int, Stack<double[]>>? t_buckets;
    [ThreadStatic] private static long t_retainedBytes;
    [ThreadStatic] private static long t_misses;
    [ThreadStatic] private static long t_rents;

    private static long s_maxRetainedBytes = 1L << 30;

    /// <summary>The most bytes of free arrays one thread's pool keeps (1 GiB unless set); arrays given back
    /// beyond it are left to the garbage collector.</summary>
    public static long MaxRetainedBytesPerThread
    {
        get => Volatile.Read(ref s_maxRetainedBytes);
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            Volatile.Write(ref s_maxRetainedBytes, value);
        }
    }

    /// <summary>How many pooled-size arrays this thread has asked the pool for.</summary>
    public static long Rents => t_rents;

    /// <summary>How many of this thread's requests found no free array and allocated a new one.</summary>
    public static long Misses => t_misses;

    /// <summary>Bytes of free arrays this thread's pool now holds.</summary>
    public static long RetainedBytes => t_retainedBytes;

    /// <summary>Drops every free array of this thread's pool.</summary>
    public static void Clear()
    {
        t_buckets?.Clear();
        t_retainedBytes = 0;
    }

    /// <summary>An array of <paramref name="length"/> elements with unspecified contents.</summary>
    internal static double[] Rent(int length)
    {
        if (length < MinimumPooledLength) return length == 0 ? [] : new double[length];
        t_rents++;
        if (t_buckets is { } buckets && buckets.TryGetValue(length, out var stack) && stack.TryPop(out var array))
        {
            t_retainedBytes -= (long)length * sizeof(double);
            return array;
        }
        t_misses++;
        return GC.AllocateUninitializedArray<double>(length);
    }

    /// <summary>An array of <paramref name="length"/> zeros.</summary>
    internal static double[] RentZeroed(int length)
    {
        var array = Rent(length);
        if (length >= MinimumPooledLength) Array.Clear(array);
        return array;
    }

    /// <summary>Gives an array back; the caller must hold the only reference to it.</summary>
    internal static void Return(double[] array)
    {
        var length = array.Length;
        if (length < MinimumPooledLength) return;
        var bytes = (long)length * sizeof(double);
        if (t_retainedBytes + bytes > MaxRetainedBytesPerThread) return;
        var buckets = t_buckets ??= new Dictionary<int, Stack<double[]>>();
        if (!buckets.TryGetValue(length, out var stack))
        {
            stack = new Stack<double[]>();
            buckets.Add(length, stack);
        }
        stack.Push(array);
        t_retainedBytes += bytes;
    }
}
