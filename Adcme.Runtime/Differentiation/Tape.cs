using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace Adcme;

/// <summary>
/// The stack on which generated adjoint code records, in its forward sweep, the values and the control-flow
/// path its reverse sweep needs, and pops them back in reverse order. Used by generated code; tapes are
/// pooled per thread, so a time loop does not allocate per call in steady state.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class Tape
{
    // Spare tapes of this thread: nested pullbacks (a differentiable callee inside a caller's reverse sweep)
    // each hold one at a time, so a few are kept.
    [ThreadStatic] private static Tape?[]? _spares;
    [ThreadStatic] private static int _spareCount;

    private double[] _doubles = new double[256];
    private int _doubleCount;
    private int[] _ints = new int[64];
    private int _intCount;
    private object?[] _objects = new object?[16];
    private int _objectCount;

    /// <summary>A cleared tape: one of this thread's spares, or a new one when all are in use.</summary>
    public static Tape Rent()
    {
        if (_spareCount == 0) return new Tape();
        var tape = _spares![--_spareCount]!;
        _spares[_spareCount] = null;
        return tape;
    }

    /// <summary>Gives a tape back for reuse by the next pullback on this thread.</summary>
    public static void Return(Tape tape)
    {
        tape._doubleCount = 0;
        tape._intCount = 0;
        if (tape._objectCount > 0) Array.Clear(tape._objects, 0, tape._objectCount);
        tape._objectCount = 0;
        _spares ??= new Tape?[8];
        if (_spareCount < _spares.Length) _spares[_spareCount++] = tape;
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

    /// <summary>Takes back the last recorded floating-point value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double PopDouble() => _doubles[--_doubleCount];

    /// <summary>Records an integer: an index, a trip count, a branch taken.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PushInt(int value)
    {
        if (_intCount == _ints.Length) Array.Resize(ref _ints, _ints.Length * 2);
        _ints[_intCount++] = value;
    }

    /// <summary>Takes back the last recorded integer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int PopInt() => _ints[--_intCount];

    /// <summary>Records a reference: an array, or its adjoint, that a variable held at that point.</summary>
    public void PushObject(object? value)
    {
        if (_objectCount == _objects.Length) Array.Resize(ref _objects, _objects.Length * 2);
        _objects[_objectCount++] = value;
    }

    /// <summary>Takes back the last recorded reference.</summary>
    public T PopObject<T>()
    {
        var value = _objects[--_objectCount];
        _objects[_objectCount] = null;
        return (T)value!;
    }
}
