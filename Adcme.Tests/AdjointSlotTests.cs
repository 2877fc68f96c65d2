namespace Adcme.Tests;

public static partial class SlotProbe
{
    public static int Skipped;

    [Primitive(nameof(Scale_Pullback), nameof(Scale_Tangent))]
    public static Tensor Scale(Tensor weights, Tensor x) => weights * x;

    public static void Scale_Pullback(Tensor weights, Tensor x, Tensor result, Tensor seed, ref Tensor? dWeights, ref Tensor? dX)
    {
        if (Adjoints.IsWanted(ref dWeights)) dWeights = Tensor.Accumulate(dWeights, seed * x);
        else Skipped++;
        if (Adjoints.IsWanted(ref dX)) dX = Tensor.Accumulate(dX, seed * weights);
        else Skipped++;
    }

    public static Tensor? Scale_Tangent(Tensor weights, Tensor? dWeights, Tensor x, Tensor? dX, Tensor result)
        => Tensor.Accumulate(dWeights is null ? null : dWeights * x, dX is null ? null : weights * dX);

    [Differentiable]
    public static double Loss([NoDerivative] Tensor weights, Tensor x) => Tensor.SumOfSquares(Scale(weights, x));
}

public class AdjointSlotTests
{
    [Fact]
    public void DiscardSlotsAreNotWantedOtherReferencesAre()
    {
        Assert.False(Adjoints.IsWanted(ref Adjoints.Slots[3]));
        Assert.False(Adjoints.IsWanted(ref Adjoints.ScalarSlots[0]));
        Tensor? mine = null;
        var scalar = 0.0;
        Assert.True(Adjoints.IsWanted(ref mine));
        Assert.True(Adjoints.IsWanted(ref scalar));
    }

    [Fact]
    public void GeneratedCodeMarksTheAdjointsNobodyNeeds()
    {
        var weights = Tensor.FromArray([2.0, -1.0], 2);
        var x = Tensor.FromArray([0.5, 3.0], 2);
        SlotProbe.Skipped = 0;
        SlotProbe.Loss_Gradient(weights, x, out var dX);
        Assert.Equal(1, SlotProbe.Skipped);
        Assert.Equal([2 * 2.0 * 2.0 * 0.5, 2 * 1.0 * 3.0], dX.ToArray());
        GradientAssert.Passes(SlotProbe.Loss, weights, x);
    }
}
