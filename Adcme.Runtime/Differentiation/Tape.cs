using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace Adcme;

/// <summary>
/// The stack on which generated adjoint code records, in its forward sweep, the values and the control-flow
/// path its reverse sweep needs, and pops them back in reverse order. Used by generated code; tapes are
/// pooled per thread, so a time loop does not allocate per call in steady state. One tape serves a whole
/// gradient evaluation: a differentiable callee records onto its caller's tape and its reverse pops there.
/// </summary>
/// <remarks>
/// Generated code names the site of every push and pop. With checking on (the runtime switch
/// <c>Adcme.Tape.Check</c>, or the environment variable <c>ADCME_TAPE_CHECK=1</c>), the tape keeps those names
/// and every pop verifies that it takes back what the matching push recorded, and a tape given back must be
/// empty: a generator bug that would shift the tape (and silently read the wrong value) throws
/// <see cref="TapeOrderException"/> instead. Checking costs a string per push; it is off by default.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class Tape
{
    /// <summary>Whether pushes and pops are checked against each other (decided once per process).</summary>
    public static readonly bool Checking = ReadCheckingSwitch();

    // Spare tapes of this thread, so that a time loop's gradients do not allocate.
    [ThreadStatic] private static Tape?[]? _spares;
    [ThreadStatic] private static int _spareCount;

    private double[] _doubles = new double[256];
    private int _doubleCount;
    private int[] _ints = new int[64];
    private int _intCount;
    private object?[] _objects = new object?[16];
    private int _objectCount;
    private string[]? _sites;
    private string[]? _kinds;
    private int _siteCount;

    private static bool ReadCheckingSwitch()
    {
        if (AppContext.TryGetSwitch("Adcme.Tape.Check", out var on)) return on;
        return Environment.GetEnvironmentVariable("ADCME_TAPE_CHECK") is "1" or "true";
    }

    /// <summary>A cleared tape: one of this thread's spares, or a new one when all are in use.</summary>
    public static Tape Rent()
    {
        if (_spareCount == 0) return new Tape();
        var tape = _spares![--_spareCount]!;
        _spares[_spareCount] = null;
        return tape;
    }

    /// <summary>Gives a tape back for reuse by the next gradient on this thread. With checking on, a tape that
    /// still holds values (a reverse sweep that did not take back all its forward sweep recorded) throws.</summary>
    public static void Return(Tape tape)
    {
        ArgumentNullException.ThrowIfNull(tape);
        if (Checking && tape._siteCount > 0)
        {
            var left = tape._siteCount;
            var last = tape._sites![left - 1] + " (" + tape._kinds![left - 1] + ")";
            tape.Clear();
            throw new TapeOrderException($"The tape was given back holding {left} value(s); the last was recorded at {last}.");
        }
        tape.Clear();
        _spares ??= new Tape?[8];
        if (_spareCount < _spares.Length) _spares[_spareCount++] = tape;
    }

    private void Clear()
    {
        _doubleCount = 0;
        _intCount = 0;
        if (_objectCount > 0) Array.Clear(_objects, 0, _objectCount);
        _objectCount = 0;
        _siteCount = 0;
    }

    /// <summary>Values currently recorded, of all kinds (for tests and diagnostics).</summary>
    public int Count => _doubleCount + _intCount + _objectCount;

    /// <summary>Records a floating-point value (floats are widened exactly).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PushDouble(double value)
    {
        if (_doubleCount == _doubles.Length) Array.Resize(ref _doubles, _doubles.Length * 2);
        _doubles[_doubleCount++] = value;
    }

    /// <summary>Records a floating-point value pushed at <paramref name="site"/> (checked when checking is on).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PushDouble(double value, string site)
    {
        if (Checking) Mark("double", site);
        PushDouble(value);
    }

    /// <summary>Takes back the last recorded floating-point value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double PopDouble() => _doubles[--_doubleCount];

    /// <summary>Takes back the floating-point value pushed at <paramref name="site"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double PopDouble(string site)
    {
        if (Checking) Verify("double", site, _doubleCount);
        return PopDouble();
    }

    /// <summary>Records an integer: an index, a trip count, a branch taken.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PushInt(int value)
    {
        if (_intCount == _ints.Length) Array.Resize(ref _ints, _ints.Length * 2);
        _ints[_intCount++] = value;
    }

    /// <summary>Records an integer pushed at <paramref name="site"/> (checked when checking is on).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PushInt(int value, string site)
    {
        if (Checking) Mark("int", site);
        PushInt(value);
    }

    /// <summary>Takes back the last recorded integer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int PopInt() => _ints[--_intCount];

    /// <summary>Takes back the integer pushed at <paramref name="site"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int PopInt(string site)
    {
        if (Checking) Verify("int", site, _intCount);
        return PopInt();
    }

    /// <summary>Records a reference: an array, a tensor, or an array's adjoint that a variable held at that point.</summary>
    public void PushObject(object? value)
    {
        if (_objectCount == _objects.Length) Array.Resize(ref _objects, _objects.Length * 2);
        _objects[_objectCount++] = value;
    }

    /// <summary>Records a reference pushed at <paramref name="site"/> (checked when checking is on).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PushObject(object? value, string site)
    {
        if (Checking) Mark("object", site);
        PushObject(value);
    }

    /// <summary>Takes back the last recorded reference.</summary>
    public T PopObject<T>()
    {
        var value = _objects[--_objectCount];
        _objects[_objectCount] = null;
        return (T)value!;
    }

    /// <summary>Takes back the reference pushed at <paramref name="site"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T PopObject<T>(string site)
    {
        if (Checking) VerifyObject<T>(site);
        return PopObject<T>();
    }

    private void VerifyObject<T>(string site)
    {
        Verify("object", site, _objectCount);
        var value = _objects[_objectCount - 1];
        if (value is not null and not T)
        {
            throw new TapeOrderException($"The tape holds a {value.GetType().Name} where '{site}' expects a {typeof(T).Name}.");
        }
    }

    // Sites and kinds are kept apart (no string is made per push), so that a pop of the wrong kind is caught
    // even though each kind has its own stack.
    private void Mark(string kind, string site)
    {
        if (_sites is null || _siteCount == _sites.Length)
        {
            Array.Resize(ref _sites, Math.Max(64, _siteCount * 2));
            Array.Resize(ref _kinds, _sites.Length);
        }
        _sites[_siteCount] = site;
        _kinds![_siteCount++] = kind;
    }

    private void Verify(string kind, string site, int countOfKind)
    {
        if (_siteCount == 0 || countOfKind == 0)
        {
            throw new TapeOrderException($"'{site}' ({kind}) pops from an empty tape.");
        }
        var top = _sites![--_siteCount];
        var topKind = _kinds![_siteCount];
        if (!string.Equals(top, site, StringComparison.Ordinal) || !ReferenceEquals(topKind, kind))
        {
            throw new TapeOrderException($"'{site}' ({kind}) pops a value recorded at '{top}' ({topKind}): the reverse sweep is out of step with the forward sweep.");
        }
    }
}

/// <summary>A reverse sweep popped a tape value other than the one its forward sweep recorded for that place (only
/// detected with tape checking on; see <see cref="Tape"/>). It is a bug in generated code: please report it.</summary>
public sealed class TapeOrderException : InvalidOperationException
{
    /// <summary>Creates the exception with its message.</summary>
    public TapeOrderException(string message) : base(message)
    {
    }
}
