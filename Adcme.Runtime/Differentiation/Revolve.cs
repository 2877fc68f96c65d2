namespace Adcme;

/// <summary>What a step of a checkpointed reversal does (see <see cref="Revolve"/>).</summary>
public enum RevolveActionKind
{
    /// <summary>Run the loop body without recording from step <see cref="RevolveAction.From"/> up to (not including)
    /// step <see cref="RevolveAction.To"/>: the state goes from before step From to before step To.</summary>
    Advance,

    /// <summary>Copy the current state (the state before step <see cref="RevolveAction.From"/>) into snapshot slot
    /// <see cref="RevolveAction.Slot"/>.</summary>
    Store,

    /// <summary>Make the state the one in slot <see cref="RevolveAction.Slot"/> (before step
    /// <see cref="RevolveAction.From"/>); the slot keeps it.</summary>
    Restore,

    /// <summary>Run step <see cref="RevolveAction.From"/> recording what its reverse needs, then its reverse: the
    /// adjoint goes from after the step to before it. The state is then undefined until the next Restore.</summary>
    Reverse,

    /// <summary>Slot <see cref="RevolveAction.Slot"/> is no longer needed.</summary>
    Free,
}

/// <summary>One action of a checkpointed reversal: its kind, the steps it concerns and the slot it uses (−1: the
/// initial state, which the caller keeps).</summary>
public readonly record struct RevolveAction(RevolveActionKind Kind, int From, int To, int Slot);

/// <summary>
/// Binomial checkpointing (Griewank's revolve): the order in which to advance, store, restore and reverse the steps
/// of a time loop of <c>steps</c> steps when at most <c>snapshots</c> states besides the initial one may be kept, so
/// that every step is reversed once, last step first, with the fewest steps run again. With s = snapshots + 1
/// checkpoints (the initial state counts) and r the least integer for which C(s + r, s) ≥ steps, the loop body runs
/// r·steps − C(s + r, s + 1) times unrecorded (<see cref="ForwardSteps"/>; with snapshots ≥ steps − 1, steps − 1
/// times: store all; with none, steps·(steps − 1)/2). <see cref="Run{TState}"/> carries a
/// schedule out with the caller's step and reverse-step functions. The generator's checkpointed loops
/// ([Checkpointed], through <see cref="CheckpointedLoop"/>) are built on it.
/// </summary>
public static class Revolve
{
    /// <summary>C(n, k), saturating at <see cref="long.MaxValue"/>.</summary>
    private static long Binomial(int n, int k)
    {
        if (k < 0 || k > n) return 0;
        k = Math.Min(k, n - k);
        long value = 1;
        for (var i = 1; i <= k; i++)
        {
            var next = (double)value * (n - k + i) / i;
            if (next >= long.MaxValue / 2) return long.MaxValue / 2;
            value = value * (n - k + i) / i;
        }
        return value;
    }

    /// <summary>β(s, r) = C(s + r, s): the most steps s checkpoints (the initial state counts) reverse with each step
    /// run at most r times unrecorded.</summary>
    private static long Beta(int snapshots, int repetitions) => Binomial(snapshots + repetitions, snapshots);

    /// <summary>The least number of unrecorded runs of the loop body that reverses <paramref name="steps"/> steps with
    /// <paramref name="snapshots"/> snapshot slots (the initial state kept by the caller): the steps advanced before
    /// each Reverse, summed. Store-all (snapshots ≥ steps − 1) needs steps − 1.</summary>
    public static long ForwardSteps(int steps, int snapshots)
    {
        Validate(steps, snapshots);
        if (steps <= 1) return 0;
        // s checkpoints counting the initial state.
        var s = Math.Min(snapshots, steps - 1) + 1;
        var r = Repetitions(steps, s);
        return r * (long)steps - Beta(s + 1, r - 1);
    }

    /// <summary>The least r with β(s, r) ≥ steps, for s checkpoints counting the initial state.</summary>
    private static int Repetitions(int steps, int checkpoints)
    {
        var r = 0;
        while (Beta(checkpoints, r) < steps) r++;
        return r;
    }

    /// <summary>The actions, in order, that reverse <paramref name="steps"/> steps from the initial state (held by
    /// the caller, slot −1) with at most <paramref name="snapshots"/> slots in use at once, each step reversed once in
    /// the order steps − 1, …, 0, and <see cref="ForwardSteps"/> steps advanced in all.</summary>
    /// <exception cref="ArgumentOutOfRangeException">steps or snapshots is negative.</exception>
    public static IReadOnlyList<RevolveAction> Schedule(int steps, int snapshots)
    {
        Validate(steps, snapshots);
        var actions = new List<RevolveAction>();
        var free = new Stack<int>();
        for (var slot = Math.Min(snapshots, Math.Max(0, steps - 1)) - 1; slot >= 0; slot--) free.Push(slot);
        // Work items: reverse steps [from, to) starting from the state in `slot` (before step `from`); the slot is freed
        // when the part is done if the item `owns` it. The slots free at the time are the part's to use.
        var work = new Stack<(int From, int To, int Slot, bool Owns)>();
        if (steps > 0) work.Push((0, steps, -1, false));
        var position = 0; // the step the current state is before (−1: undefined)
        while (work.Count > 0)
        {
            var (from, to, slot, owns) = work.Pop();
            var length = to - from;
            if (position != from)
            {
                actions.Add(new RevolveAction(RevolveActionKind.Restore, from, from, slot));
                position = from;
            }
            if (length == 1)
            {
                actions.Add(new RevolveAction(RevolveActionKind.Reverse, from, to, slot));
                position = -1;
                if (owns)
                {
                    actions.Add(new RevolveAction(RevolveActionKind.Free, from, from, slot));
                    free.Push(slot);
                }
                continue;
            }
            var spare = free.Count;
            if (spare == 0)
            {
                // No slot: advance to the last step, reverse it, and reverse the rest from this part's start again.
                actions.Add(new RevolveAction(RevolveActionKind.Advance, from, to - 1, -1));
                actions.Add(new RevolveAction(RevolveActionKind.Reverse, to - 1, to, -1));
                position = -1;
                work.Push((from, to - 1, slot, owns));
                continue;
            }
            var split = Split(length, spare);
            var middle = from + split;
            actions.Add(new RevolveAction(RevolveActionKind.Advance, from, middle, -1));
            var stored = free.Pop();
            actions.Add(new RevolveAction(RevolveActionKind.Store, middle, middle, stored));
            position = middle;
            // The left part runs after the right one (a stack: pushed first).
            work.Push((from, middle, slot, owns));
            work.Push((middle, to, stored, true));
        }
        return actions;
    }

    /// <summary>How many steps to advance before storing the next snapshot when reversing <paramref name="length"/>
    /// steps with <paramref name="spare"/> free slots: the one that minimizes the total (the advance plus the right
    /// part with one slot fewer plus the left part with the same slots), among those that keep both parts within the
    /// least repetition count.</summary>
    private static int Split(int length, int spare)
    {
        // Checkpoints count the part's starting state: spare + 1 here, spare for the right part.
        var r = Repetitions(length, spare + 1);
        // The right part (length − m steps, spare checkpoints) must take at most r repetitions, the left part (m steps,
        // spare + 1 checkpoints, already run once) at most r − 1.
        var low = (int)Math.Max(1, length - Math.Min(length, Beta(spare, r)));
        var high = (int)Math.Min(length - 1, Beta(spare + 1, r - 1));
        if (low > high) (low, high) = (1, length - 1);
        var best = low;
        var bestCost = long.MaxValue;
        // The cost is convex in m on this range; a ternary search keeps long loops cheap to schedule.
        while (high - low > 2)
        {
            var m1 = low + (high - low) / 3;
            var m2 = high - (high - low) / 3;
            if (Cost(length, spare, m1) <= Cost(length, spare, m2)) high = m2;
            else low = m1;
        }
        for (var m = low; m <= high; m++)
        {
            var cost = Cost(length, spare, m);
            if (cost < bestCost) (best, bestCost) = (m, cost);
        }
        return best;
    }

    /// <summary>
    /// Reverses a loop of <paramref name="steps"/> steps by <see cref="Schedule"/>: <paramref name="advance"/>(state,
    /// k) returns the state after step k without recording; <paramref name="reverse"/>(state, k) is given the state
    /// before step k and runs step k's reverse (recording and reversing it, with the adjoint the caller carries);
    /// <paramref name="copy"/> makes a snapshot that later steps cannot change. Steps are reversed in the order
    /// steps − 1, …, 0, each with the state the loop had before it.
    /// </summary>
    public static void Run<TState>(TState initial, int steps, int snapshots, Func<TState, TState> copy, Func<TState, int, TState> advance,
        Action<TState, int> reverse)
    {
        ArgumentNullException.ThrowIfNull(copy);
        ArgumentNullException.ThrowIfNull(advance);
        ArgumentNullException.ThrowIfNull(reverse);
        var slots = new TState[Math.Max(0, Math.Min(snapshots, steps - 1))];
        var state = copy(initial);
        foreach (var action in Schedule(steps, snapshots))
        {
            switch (action.Kind)
            {
                case RevolveActionKind.Advance:
                    for (var k = action.From; k < action.To; k++) state = advance(state, k);
                    break;
                case RevolveActionKind.Store:
                    slots[action.Slot] = copy(state);
                    break;
                case RevolveActionKind.Restore:
                    state = copy(action.Slot < 0 ? initial : slots[action.Slot]);
                    break;
                case RevolveActionKind.Reverse:
                    reverse(state, action.From);
                    break;
                case RevolveActionKind.Free:
                    slots[action.Slot] = default!;
                    break;
            }
        }
    }

    private static long Cost(int length, int spare, int m) => m + ForwardSteps(length - m, spare - 1) + ForwardSteps(m, spare);

    private static void Validate(int steps, int snapshots)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(steps);
        ArgumentOutOfRangeException.ThrowIfNegative(snapshots);
    }
}
