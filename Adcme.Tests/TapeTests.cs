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

    [Fact]
    public void TheTestSuiteChecksTapes() => Assert.True(Tape.Checking, "Adcme.Tests sets the Adcme.Tape.Check switch");

    [Fact]
    public void APopFromAnotherSiteThrowsNamingBothSites()
    {
        var tape = Tape.Rent();
        tape.PushDouble(1.0, "M#1.value");
        tape.PushObject(new double[1], "M#2.copy0");
        var error = Assert.Throws<TapeOrderException>(() => tape.PopDouble("M#1.value"));
        Assert.Contains("M#1.value", error.Message, StringComparison.Ordinal);
        Assert.Contains("M#2.copy0", error.Message, StringComparison.Ordinal);
        Assert.Throws<TapeOrderException>(() => Tape.Return(tape));
    }

    [Fact]
    public void APopOfTheWrongTypeOrFromAnEmptyTapeThrows()
    {
        var tape = Tape.Rent();
        tape.PushObject(new double[2], "M#3.value");
        Assert.Throws<TapeOrderException>(() => tape.PopObject<Tensor>("M#3.value"));
        Assert.Throws<TapeOrderException>(() => tape.PopInt("M#4.trips"));
        Tape.Return(tape);
    }

    [Fact]
    public void ATapeGivenBackNonEmptyThrowsAndIsCleared()
    {
        var tape = Tape.Rent();
        tape.PushInt(3, "M#5.trips");
        var error = Assert.Throws<TapeOrderException>(() => Tape.Return(tape));
        Assert.Contains("M#5.trips", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, tape.Count);
    }

    [Fact]
    public void MatchedPushesAndPopsPassInReverseOrderAcrossKinds()
    {
        var tape = Tape.Rent();
        tape.PushDouble(0.5, "M#1.value");
        tape.PushInt(7, "M#2.trips");
        tape.PushObject("x", "M#3.value");
        Assert.Equal("x", tape.PopObject<string>("M#3.value"));
        Assert.Equal(7, tape.PopInt("M#2.trips"));
        Assert.Equal(0.5, tape.PopDouble("M#1.value"));
        Tape.Return(tape);
    }
}
