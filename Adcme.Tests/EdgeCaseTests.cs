using Adcme.Tests.Cases;

namespace Adcme.Tests;

public class EdgeCaseTests
{
    [Fact]
    public void ReassignedParameter()
    {
        GradientAssert.Passes(EdgeCases.ReassignedParameter, 1.3);
        EdgeCases.ReassignedParameter_Gradient(1.3, out var dx);
        Assert.Equal(2.6, dx, 14);
    }

    [Theory]
    [InlineData(0.7, 1.4)]
    [InlineData(-0.7, 1.4)]
    public void ReassignedParameterInBranch(double x, double y) => GradientAssert.Passes(EdgeCases.ReassignedParameterInBranch, x, y);

    [Fact]
    public void ReassignedArrayParameter()
    {
        GradientAssert.Passes(EdgeCases.ReassignedArrayParameter, new[] { 1.5 });
        EdgeCases.ReassignedArrayParameter_Gradient([1.5], out var da);
        Assert.Equal(1.5 * 2 * 1.5, da[0], 14);
    }

    [Fact]
    public void ReassignedTensorParameter() => GradientAssert.Passes(EdgeCases.ReassignedTensorParameter, Tensor.FromArray([0.5, -2.0], 2));

    [Fact]
    public void ReadBeforeAssignmentInExpression()
    {
        Assert.Equal(2 * 1.3 * 1.3, EdgeCases.ReadBeforeAssignmentInExpression_Gradient(1.3, out var dx), 14);
        Assert.Equal(4 * 1.3, dx, 14);
        Assert.Equal(2 * 1.3 * 1.3, EdgeCases.ReadBeforeAssignmentInExpression_Pushforward(1.3, 1.0).Value, 14);
        GradientAssert.Passes(EdgeCases.ReadBeforeAssignmentInExpression, 1.3);
    }

    [Fact]
    public void ReadBeforeIncrement()
    {
        // k = 0 + 0 = 0, i = 1; y * y++ = x·x: value x² + a[0]·a[1]
        Assert.Equal(1.69 + 2 * 3, EdgeCases.ReadBeforeIncrement_Gradient(1.3, [2.0, 3.0], out _, out _), 14);
        GradientAssert.Passes(EdgeCases.ReadBeforeIncrement, 1.3, new[] { 2.0, 3.0 });
    }

    [Fact]
    public void ConditionWithIncrement() => GradientAssert.Passes(EdgeCases.ConditionWithIncrement, new[] { 0.5, -1.5, 2.0 });

    [Fact]
    public void ConditionWithShortCircuitIncrement()
    {
        GradientAssert.Passes(EdgeCases.ConditionWithShortCircuitIncrement, new[] { 0.5, 1.5, 2.0, -1.0, 3.0 });
        GradientAssert.Passes(EdgeCases.ConditionWithShortCircuitIncrement, new[] { 0.5, 1.5, 2.0, 4.0 });
    }

    [Fact]
    public void NoDerivativeArrayAliased() => GradientAssert.Passes(EdgeCases.NoDerivativeArrayAliased, 0.8, new[] { 2.0, 1.0 });

    [Fact]
    public void NameContainingValue() => GradientAssert.Passes(EdgeCases.NameContainingValue, 1.5, 0.3);

    [Fact]
    public void PowerZeroAtZero()
    {
        EdgeCases.PowerZero_Gradient(0.0, 2.0, out var dx, out var dy);
        Assert.Equal(0.0, dx);
        Assert.Equal(1.0, dy);
        GradientAssert.Passes(EdgeCases.PowerZero, 1.5, 2.0);
    }
}
