using System.ComponentModel;

namespace Adcme;

/// <summary>
/// One run of a checkpointed loop (see <see cref="CheckpointedAttribute"/>), driven by generated code: the snapshots of
/// the loop's state and the <see cref="Revolve"/> schedule. The forward sweep saves the initial state (slot −1), asks
/// <see cref="Plan"/> whether to record every step (then the loop runs as without checkpointing) and otherwise runs
/// the loop unrecorded, saving the snapshots the schedule takes on its way up (<see cref="StoreBefore"/>); it leaves
/// this object on the tape. The reverse sweep takes it back and carries out <see cref="Next"/>'s actions.
/// </summary>
/// <remarks>A state is <c>doubles</c> floating-point values, <c>ints</c> integers (bools as 0/1), <c>objects</c>
/// references (tensors, arrays kept by reference; the first <c>droppable</c> are tensors that only fresh results
/// of the loop's kernels and primitives are assigned to, which the loop gives back to the pool once no snapshot holds
/// them) and <c>arrays</c> array contents (copied).</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class CheckpointedLoop
{
    private readonly int _steps;
    private readonly int _snapshots;
    private readonly int _droppable;
    // Slot s is kept at index s + 1 (index 0: the initial state).
    private readonly double[]?[] _doubles;
    private readonly int[]?[] _ints;
    private readonly object?[]?[] _objects;
    private readonly double[]?[]?[] _arrays;
    private readonly int _doubleCount, _intCount, _objectCount, _arrayCount;
    private List<RevolveAction>? _reverse;
    private List<(int Step, int Slot)>? _upward;
    private int _upwardNext;
    private int _cursor = -1;
    private double[]?[]? _final;

    private CheckpointedLoop(int steps, int snapshots, int doubles, int ints, int objects, int droppable, int arrays)
    {
        _steps = steps;
        _snapshots = snapshots;
        _droppable = droppable;
        _doubleCount = doubles;
        _intCount = ints;
        _objectCount = objects;
        _arrayCount = arrays;
        var slots = (snapshots < 0 ? steps : Math.Min(snapshots, Math.Max(0, steps - 1))) + 1;
        _doubles = new double[]?[slots];
        _ints = new int[]?[slots];
        _objects = new object?[]?[slots];
        _arrays = new double[]?[]?[slots];
    }

    /// <summary>Starts a loop of <paramref name="steps"/> steps (negative counts as none) with at most
    /// <paramref name="snapshots"/> snapshots (−1: from <see cref="Checkpointing.MemoryBudget"/>) of a state of the
    /// given shape.</summary>
    public static CheckpointedLoop Begin(long steps, int snapshots, int doubles, int ints, int objects, int droppable, int arrays)
    {
        if (steps > int.MaxValue) throw new ArgumentOutOfRangeException(nameof(steps), steps, "A checkpointed loop runs at most int.MaxValue steps.");
        ArgumentOutOfRangeException.ThrowIfLessThan(snapshots, -1);
        return new CheckpointedLoop((int)Math.Max(0, steps), snapshots, doubles, ints, objects, droppable, arrays);
    }

    /// <summary>The loop's step count.</summary>
    public int Steps => _steps;

    /// <summary>Whether every step is recorded (the snapshots would hold every state anyway, or the budget allows
    /// recording): decided by <see cref="Plan"/>.</summary>
    public bool StoresAll { get; private set; }

    /// <summary>The snapshots the schedule uses (after <see cref="Plan"/>).</summary>
    public int Snapshots { get; private set; }

    /// <summary>The floating-point values of a slot's state (−1: the initial state).</summary>
    public double[] Doubles(int slot) => _doubles[slot + 1] ??= new double[_doubleCount];

    /// <summary>The integers of a slot's state.</summary>
    public int[] Ints(int slot) => _ints[slot + 1] ??= new int[_intCount];

    /// <summary>The references of a slot's state.</summary>
    public object?[] Objects(int slot) => _objects[slot + 1] ??= new object?[_objectCount];

    /// <summary>Copies an array's contents into a slot (a null array stays null).</summary>
    public void SaveArray(int slot, int index, double[]? array)
    {
        var arrays = _arrays[slot + 1] ??= new double[]?[_arrayCount];
        if (array is null)
        {
            arrays[index] = null;
            return;
        }
        var copy = arrays[index];
        if (copy is null || copy.Length != array.Length) arrays[index] = copy = new double[array.Length];
        Array.Copy(array, copy, array.Length);
    }

    /// <summary>Copies a slot's contents back into the array (the same array the slot was saved from).</summary>
    public void RestoreArray(int slot, int index, double[]? array)
    {
        var copy = _arrays[slot + 1]?[index];
        if (array is null || copy is null) return;
        Array.Copy(copy, array, Math.Min(copy.Length, array.Length));
    }

    /// <summary>Decides, from the initial state saved in slot −1, between recording every step and the schedule; with a
    /// schedule, prepares the snapshots of the forward sweep and the reverse sweep's actions.</summary>
    public void Plan()
    {
        var snapshots = _snapshots;
        if (snapshots < 0)
        {
            var state = StateBytes();
            var budget = Checkpointing.MemoryBudget;
            if ((double)state * _steps <= budget)
            {
                StoresAll = true;
                return;
            }
            snapshots = (int)Math.Clamp(budget / Math.Max(1, state) - 2, 0, Math.Max(0, _steps - 1));
        }
        Snapshots = Math.Min(snapshots, Math.Max(0, _steps - 1));
        if (Snapshots >= _steps - 1)
        {
            // Snapshots for every state: recording every step costs no more memory and saves the runs again.
            StoresAll = true;
            return;
        }
        var schedule = Revolve.Schedule(_steps, Snapshots);
        // The forward sweep runs the loop to its end unrecorded and saves the snapshots of the schedule's first
        // ascent (its actions before the first Reverse); the reverse sweep starts again from the last of them.
        _upward = new List<(int, int)>();
        var first = 0;
        while (first < schedule.Count && schedule[first].Kind != RevolveActionKind.Reverse)
        {
            if (schedule[first].Kind == RevolveActionKind.Store) _upward.Add((schedule[first].From, schedule[first].Slot));
            first++;
        }
        _reverse = new List<RevolveAction>();
        if (first < schedule.Count)
        {
            var last = schedule[first].From;
            var (from, slot) = _upward.Count > 0 ? _upward[^1] : (0, -1);
            _reverse.Add(new RevolveAction(RevolveActionKind.Restore, from, from, slot));
            if (from < last) _reverse.Add(new RevolveAction(RevolveActionKind.Advance, from, last, -1));
            for (var i = first; i < schedule.Count; i++) _reverse.Add(schedule[i]);
        }
        // Slots the upward stores fill are set up now, not during the loop.
        foreach (var (_, slot) in _upward) EnsureSlot(slot);
    }

    private void EnsureSlot(int slot)
    {
        Doubles(slot);
        Ints(slot);
        Objects(slot);
    }

    /// <summary>Bytes of one state: 8 per double, 4 per int, a tensor's elements, an array's copy.</summary>
    private long StateBytes()
    {
        long bytes = 8L * _doubleCount + 4L * _intCount;
        var objects = _objects[0];
        if (objects is not null)
        {
            foreach (var item in objects)
            {
                if (item is Tensor tensor && !tensor.IsDisposed) bytes += 8L * tensor.Length;
                else if (item is double[] array) bytes += 8L * array.Length;
            }
        }
        var arrays = _arrays[0];
        if (arrays is not null)
        {
            foreach (var array in arrays) bytes += 8L * (array?.Length ?? 0);
        }
        return bytes;
    }

    /// <summary>In the forward sweep, before step <paramref name="step"/>: whether to save the state into
    /// <paramref name="slot"/> (steps come in increasing order).</summary>
    public bool StoreBefore(int step, out int slot)
    {
        if (_upward is not null && _upwardNext < _upward.Count && _upward[_upwardNext].Step == step)
        {
            slot = _upward[_upwardNext++].Slot;
            return true;
        }
        slot = -1;
        return false;
    }

    /// <summary>The reverse sweep's next action (false when all are done); read it from <see cref="Kind"/>,
    /// <see cref="From"/>, <see cref="To"/> and <see cref="Slot"/>.</summary>
    public bool Next()
    {
        if (_reverse is null || _cursor + 1 >= _reverse.Count) return false;
        _cursor++;
        if (Kind == RevolveActionKind.Store) EnsureSlot(Current.Slot);
        return true;
    }

    private RevolveAction Current => _reverse![_cursor];

    /// <summary>Whether a Restore may give the droppable values it overwrites back to the pool: not at the reverse
    /// sweep's first action, where they are the loop's final values (the code after the loop may still hold them).</summary>
    public bool DropsState => _cursor > 0;

    /// <summary>The current action's kind.</summary>
    public RevolveActionKind Kind => Current.Kind;

    /// <summary>The current action's first step.</summary>
    public int From => Current.From;

    /// <summary>The current action's end step (exclusive; an Advance's).</summary>
    public int To => Current.To;

    /// <summary>The current action's slot (−1: the initial state).</summary>
    public int Slot => Current.Slot;

    /// <summary>Frees a slot: its droppable tensors go back to the pool unless another slot or the initial state holds them.</summary>
    public void Free(int slot)
    {
        var objects = _objects[slot + 1];
        if (objects is null) return;
        for (var i = 0; i < _droppable; i++)
        {
            var value = objects[i];
            objects[i] = null;
            if (value is Tensor tensor && !Holds(tensor)) tensor.Dispose();
        }
        Array.Clear(objects);
    }

    /// <summary>Gives a droppable tensor variable's previous value back to the pool when it is overwritten in an unrecorded
    /// step, unless a snapshot or the initial state holds it.</summary>
    public void Drop(Tensor? previous)
    {
        if (previous is not null && !Holds(previous)) previous.Dispose();
    }

    private bool Holds(Tensor tensor)
    {
        foreach (var objects in _objects)
        {
            if (objects is null) continue;
            for (var i = 0; i < objects.Length; i++)
            {
                if (ReferenceEquals(objects[i], tensor)) return true;
            }
        }
        return false;
    }

    /// <summary>Keeps the arrays' contents as the reverse sweep finds them (the method's final contents), to put back
    /// with <see cref="PutBackArray"/> when it is done: the caller sees the arrays as the method left them.</summary>
    public void KeepArray(int index, double[]? array)
    {
        _final ??= new double[]?[_arrayCount];
        _final[index] = (double[]?)array?.Clone();
    }

    /// <summary>Puts back what <see cref="KeepArray"/> kept.</summary>
    public void PutBackArray(int index, double[]? array)
    {
        var kept = _final?[index];
        if (array is not null && kept is not null) Array.Copy(kept, array, Math.Min(kept.Length, array.Length));
    }

    /// <summary>Releases the snapshots (the reverse sweep is done): droppable tensors of the slots go back to the pool.</summary>
    public void Finish()
    {
        for (var slot = 0; slot < _objects.Length - 1; slot++) Free(slot);
        _final = null;
    }
}
