using Adcme.Tests.Cases;

namespace Adcme.Tests;

public class TapeTests
{
    [Fact]
    public void PopsInReverseOrderPerKindAndGrows()
    {
        var tape = Tape.Rent();
        for (var i = 0; i < 10_000; i++)
        {
            tape.PushDouble(i * 0.5);
            tape.PushInt(i);
        }
        tape.PushObject("last");
        Assert.Equal(20_001, tape.Count);
        Assert.Equal("last", tape.PopObject<string>());
        for (var i = 9_999; i >= 0; i--)
        {
            Assert.Equal(i, tape.PopInt());
            Assert.Equal(i * 0.5, tape.PopDouble());
        }
        Assert.Equal(0, tape.Count);
        Tape.Return(tape);
    }

    [Fact]
    public void ReturnedTapesAreReusedClearedAndNestedRentsGetTheirOwn()
    {
        var outer = Tape.Rent();
        var inner = Tape.Rent();
        Assert.NotSame(outer, inner);
        inner.PushDouble(1.0);
        Tape.Return(inner);
        var again = Tape.Rent();
        Assert.Same(inner, again);
        Assert.Equal(0, again.Count);
        Tape.Return(again);
        Tape.Return(outer);
    }

    [Fact]
    public void GradientsDoNotAllocateInSteadyState()
    {
        // Warm up: the first calls size this thread's tapes (the callee's pullback nests a second tape).
        for (var i = 0; i < 3; i++) CallCases.CallInLoop_Gradient(0.7, 200, out _);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var value = CallCases.CallInLoop_Gradient(0.7, 200, out var dx);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(double.IsFinite(value) && double.IsFinite(dx));
        Assert.Equal(0, allocated);
    }
}
