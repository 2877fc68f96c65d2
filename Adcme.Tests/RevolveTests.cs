namespace Adcme.Tests;

/// <summary><see cref="Revolve"/>: the closed-form count equals the optimum found by exhaustive search; every
/// schedule reverses each step once, in reverse order, from the right state, within its snapshots and with that many
/// steps advanced; and a reversal run by it gives the store-all gradient bit for bit.</summary>
public class RevolveTests
{
    /// <summary>The fewest unrecorded steps, by trying every first split (l steps, c free slots, the start held).</summary>
    private static long[,] Optimal(int maxSteps, int maxSnapshots)
    {
        var cost = new long[maxSteps + 1, maxSnapshots + 1];
        for (var c = 0; c <= maxSnapshots; c++)
        {
            for (var l = 2; l <= maxSteps; l++)
            {
                // Without a slot: advance to each step from the start.
                var best = (long)l * (l - 1) / 2;
                if (c > 0)
                {
                    best = Math.Min(best, cost[l, c - 1]);
                    for (var m = 1; m < l; m++) best = Math.Min(best, m + cost[l - m, c - 1] + cost[m, c]);
                }
                cost[l, c] = best;
            }
        }
        return cost;
    }

    [Fact]
    public void TheClosedFormIsTheOptimum()
    {
        var optimal = Optimal(80, 8);
        for (var c = 0; c <= 8; c++)
        {
            for (var l = 0; l <= 80; l++) Assert.True(optimal[l, c] == Revolve.ForwardSteps(l, c), $"{l} steps, {c} snapshots: optimum {optimal[l, c]}, closed form {Revolve.ForwardSteps(l, c)}");
        }
        Assert.Equal(1999, Revolve.ForwardSteps(2000, 1999));
        Assert.Equal(5724, Revolve.ForwardSteps(2000, 20)); // r = 3: 3·2000 − C(24, 22) (docs/performance.md)
        Assert.Equal(1999, Revolve.ForwardSteps(2000, 5000));
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(1, 0)]
    [InlineData(2, 0)]
    [InlineData(7, 0)]
    [InlineData(10, 1)]
    [InlineData(10, 2)]
    [InlineData(37, 3)]
    [InlineData(64, 9)]
    [InlineData(100, 99)]
    [InlineData(100, 200)]
    [InlineData(500, 3)]
    [InlineData(2000, 20)]
    [InlineData(2000, 5)]
    public void EveryStepIsReversedOnceInOrderFromItsState(int steps, int snapshots)
    {
        var schedule = Revolve.Schedule(steps, snapshots);
        var slots = new Dictionary<int, int>();
        var position = 0;
        var next = steps - 1;
        long advanced = 0;
        var most = 0;
        foreach (var action in schedule)
        {
            switch (action.Kind)
            {
                case RevolveActionKind.Advance:
                    Assert.Equal(position, action.From);
                    Assert.True(action.To > action.From && action.To <= steps);
                    advanced += action.To - action.From;
                    position = action.To;
                    break;
                case RevolveActionKind.Store:
                    Assert.Equal(position, action.From);
                    Assert.InRange(action.Slot, 0, snapshots - 1);
                    Assert.False(slots.ContainsKey(action.Slot), $"slot {action.Slot} stored while in use");
                    slots[action.Slot] = position;
                    most = Math.Max(most, slots.Count);
                    break;
                case RevolveActionKind.Restore:
                    var held = action.Slot < 0 ? 0 : slots[action.Slot];
                    Assert.Equal(held, action.From);
                    position = held;
                    break;
                case RevolveActionKind.Reverse:
                    Assert.Equal(next, action.From);
                    Assert.Equal(position, action.From);
                    next--;
                    position = -1;
                    break;
                case RevolveActionKind.Free:
                    Assert.True(slots.Remove(action.Slot));
                    break;
            }
        }
        Assert.Equal(-1, next);
        Assert.Empty(slots);
        Assert.True(most <= snapshots);
        Assert.Equal(Revolve.ForwardSteps(steps, snapshots), advanced);
    }

    /// <summary>x_{k+1} = a·sin(x_k) + 0.01·k; L = x_N². The adjoint in (x₀, a) by store-all and by revolve with 0 to 7
    /// snapshots: the same numbers, bit for bit (the same operations in the same order).</summary>
    [Fact]
    public void ARevolveReversalGivesTheStoreAllGradient()
    {
        const int steps = 50;
        const double x0 = 0.7, a = 1.3;
        static double Step(double x, double a, int k) => a * Math.Sin(x) + 0.01 * k;

        (double DX0, double DA) StoreAll()
        {
            var states = new double[steps + 1];
            states[0] = x0;
            for (var k = 0; k < steps; k++) states[k + 1] = Step(states[k], a, k);
            double xBar = 2 * states[steps], aBar = 0;
            for (var k = steps - 1; k >= 0; k--)
            {
                aBar += xBar * Math.Sin(states[k]);
                xBar = xBar * a * Math.Cos(states[k]);
            }
            return (xBar, aBar);
        }

        var expected = StoreAll();
        var final = x0;
        for (var k = 0; k < steps; k++) final = Step(final, a, k);
        for (var snapshots = 0; snapshots <= 7; snapshots++)
        {
            double xBar = 2 * final, aBar = 0;
            var advances = 0;
            Revolve.Run(x0, steps, snapshots, x => x, (x, k) => { advances++; return Step(x, a, k); }, (x, k) =>
            {
                aBar += xBar * Math.Sin(x);
                xBar = xBar * a * Math.Cos(x);
            });
            Assert.Equal(expected.DX0, xBar);
            Assert.Equal(expected.DA, aBar);
            Assert.Equal(Revolve.ForwardSteps(steps, snapshots), advances);
        }
    }

    [Fact]
    public void NegativeSizesAreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Revolve.Schedule(-1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Revolve.ForwardSteps(3, -2));
    }
}
