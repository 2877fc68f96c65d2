using static Adcme.Tests.Backends.RuleCheck;

namespace Adcme.Tests.Backends;

/// <summary>Reshape, Rows, Columns, Block, Concat, Stack and Pad on every backend, their pullbacks and tangents, against
/// the CPU backend's values bit for bit (nothing is rounded: elements only move), and their shape errors.</summary>
[Collection("Devices")]
public class ShapingSuite
{
    [Theory]
    [MemberData(nameof(BackendCases.All), MemberType = typeof(BackendCases))]
    public void ForwardsAreTheCpus(string backend)
    {
        Same(backend, [Host(1, 4, 6), Host(2, 4, 3), Host(3, 2, 3, 4), Host(4, 2, 3, 4)], t =>
        [
            Tensor.Reshape(t[0], 3, 8),
            Tensor.Reshape(t[0], [2, 2, 3, 2]),
            Tensor.Rows(t[0], 1, 2),
            Tensor.Rows(t[2], 1, 1),
            Tensor.Rows(t[0], 4, 0),
            Tensor.Columns(t[0], 2, 3),
            Tensor.Block(t[0], 1, 2, 3, 4),
            Tensor.Concat(0, t[0], Tensor.Reshape(t[1], 2, 6)),
            Tensor.Concat(1, t[0], t[1]),
            Tensor.Concat(1, t[1], t[0], t[1]),
            Tensor.Concat(2, [t[2], t[3], t[2]]),
            Tensor.Stack(t[2], t[3]),
            Tensor.Stack(t[1], t[1], t[1]),
            Tensor.Pad(t[0], 1, 2, 0, 3, 2.5),
            Tensor.Pad(t[2], 0, 1, 2, 0, 1, 1, -1.0),
            Tensor.Pad(Tensor.Reshape(t[0], 24), 3, 1),
            Tensor.Pad(Tensor.Reshape(t[2], 1, 2, 3, 4), 1, 0, 0, 1, 1, 0, 0, 2, 7.0),
            // A value of −0: the CPU backend's border is its own +0.
            Tensor.Pad(t[1], 1, 1, 1, 1, -0.0),
        ]);
    }

    [Theory]
    [MemberData(nameof(BackendCases.All), MemberType = typeof(BackendCases))]
    public void PullbacksAreTheCpus(string backend)
    {
        // Inputs 0 … 2: operands; the last: an adjoint already there, added into in place.
        Same(backend, [Host(5, 4, 6), Host(6, 4, 3), Host(7, 4, 6)], t =>
        {
            Tensor? Start() => Tensor.Copy(t[2]);
            var r = Tensor.Reshape(t[0], 3, 8);
            Tensor? reshape = Start();
            Tensor.Reshape_Pullback(t[0], 3, 8, r, Tensor.Reshape(t[2], 3, 8), ref reshape);
            var rows = Tensor.Rows(t[0], 1, 2);
            Tensor? dRows = null, dRowsAdded = Start();
            Tensor.Rows_Pullback(t[0], 1, 2, rows, Tensor.Rows(t[2], 0, 2), ref dRows);
            Tensor.Rows_Pullback(t[0], 1, 2, rows, Tensor.Rows(t[2], 0, 2), ref dRowsAdded);
            var columns = Tensor.Columns(t[0], 2, 3);
            Tensor? dColumns = Start();
            Tensor.Columns_Pullback(t[0], 2, 3, columns, Tensor.Columns(t[2], 0, 3), ref dColumns);
            var block = Tensor.Block(t[0], 1, 2, 3, 4);
            Tensor? dBlock = null;
            Tensor.Block_Pullback(t[0], 1, 2, 3, 4, block, Tensor.Block(t[2], 0, 0, 3, 4), ref dBlock);
            var joined = Tensor.Concat(1, t[0], t[1]);
            var seed = Tensor.Concat(1, t[2], t[1]) * 0.5;
            Tensor? dA = Start(), dB = null;
            Tensor.Concat_Pullback(1, t[0], t[1], joined, seed, ref dA, ref dB);
            var joined3 = Tensor.Concat(0, t[1], t[1], t[1]);
            Tensor? d0 = null, d1 = null, d2 = null;
            Tensor.Concat_Pullback(0, t[1], t[1], t[1], joined3, joined3 * 3.0, ref d0, ref d1, ref d2);
            var stacked = Tensor.Stack(t[0], t[2]);
            Tensor? s0 = null, s1 = Start();
            Tensor.Stack_Pullback(t[0], t[2], stacked, stacked * -2.0, ref s0, ref s1);
            Tensor? u0 = null, u1 = null, u2 = null;
            var stacked3 = Tensor.Stack(t[1], t[1], t[1]);
            Tensor.Stack_Pullback(t[1], t[1], t[1], stacked3, stacked3 + 1.0, ref u0, ref u1, ref u2);
            return [reshape, dRows, dRowsAdded, dColumns, dBlock, dA, dB, d0, d1, d2, s0, s1, u0, u1, u2];
        });
    }

    [Theory]
    [MemberData(nameof(BackendCases.All), MemberType = typeof(BackendCases))]
    public void PadRulesAreTheCpus(string backend)
    {
        var x = Host(8, 5, 4);
        var seed = Host(9, 8, 7);
        // The value's adjoint of the CPU run, then of the backend's.
        var values = new List<double>();
        Same(backend, [x, seed], t =>
        {
            var r = Tensor.Pad(t[0], 1, 2, 2, 1, 0.5);
            Tensor? dX = Tensor.Copy(t[0]);
            var dValue = 0.25;
            Tensor.Pad_Pullback(t[0], 1, 2, 2, 1, 0.5, r, t[1], ref dX, ref dValue);
            values.Add(dValue);
            return
            [
                dX,
                Tensor.Pad_Tangent(t[0], t[0] * 2.0, 1, 2, 2, 1, 0.5, 0.125, r),
                Tensor.Pad_Tangent(t[0], null, 1, 2, 2, 1, 0.5, -1.5, r),
                Tensor.Pad_Tangent(t[0], null, 1, 2, 2, 1, 0.5, 0.0, r),
            ];
        });
        // The value's adjoint is a sum over the border (a device sum: the bound of ReductionsSuite, 2n·u·Σ|gᵢ|).
        var (cpuValue, deviceValue) = (values[0], values[1]);
        var border = seed.ToArray();
        var bound = 2 * border.Length * 1.1102230246251565e-16 * (border.Sum(Math.Abs) + 0.25);
        Assert.True(Math.Abs(cpuValue - deviceValue) <= (backend == "cpu" ? 0 : bound), $"{deviceValue:R} vs {cpuValue:R}");
        Assert.NotEqual(0.25, cpuValue);
    }

    [Theory]
    [MemberData(nameof(BackendCases.All), MemberType = typeof(BackendCases))]
    public void TangentsAreTheCpus(string backend)
    {
        Same(backend, [Host(10, 4, 6), Host(11, 4, 6), Host(12, 4, 3)], t =>
        [
            Tensor.Reshape_Tangent(t[0], t[1], 6, 4, Tensor.Reshape(t[0], 6, 4)),
            Tensor.Rows_Tangent(t[0], t[1], 2, 2, Tensor.Rows(t[0], 2, 2)),
            Tensor.Columns_Tangent(t[0], t[1], 1, 4, Tensor.Columns(t[0], 1, 4)),
            Tensor.Block_Tangent(t[0], t[1], 0, 3, 2, 3, Tensor.Block(t[0], 0, 3, 2, 3)),
            Tensor.Concat_Tangent(1, t[0], null, t[2], t[2], Tensor.Concat(1, t[0], t[2])),
            Tensor.Concat_Tangent(0, t[0], t[1], t[0], null, t[0], t[1], Tensor.Concat(0, t[0], t[0], t[0])),
            Tensor.Stack_Tangent(t[0], t[1], t[0], null, Tensor.Stack(t[0], t[0])),
            Tensor.Stack_Tangent(t[2], null, t[2], null, t[2], t[2], Tensor.Stack(t[2], t[2], t[2])),
            Tensor.Rows_Tangent(t[0], null, 2, 2, Tensor.Rows(t[0], 2, 2)),
        ]);
    }

    [Theory]
    [MemberData(nameof(BackendCases.Devices), MemberType = typeof(BackendCases))]
    public void ShapeErrorsAreTheCpusErrors(string backend)
    {
        Tensor[] inputs = [Host(13, 4, 6), Host(14, 3, 5), Host(15, 2, 3, 4, 5)];
        SameError<TensorShapeException>(backend, inputs, t => Tensor.Reshape(t[0], 5, 5));
        SameError<TensorShapeException>(backend, inputs, t => Tensor.Rows(t[0], 3, 2));
        SameError<TensorShapeException>(backend, inputs, t => Tensor.Columns(t[0], 5, 2));
        SameError<TensorShapeException>(backend, inputs, t => Tensor.Block(t[0], 1, 1, 4, 1));
        SameError<TensorShapeException>(backend, inputs, t => Tensor.Block(t[2], 0, 0, 1, 1));
        SameError<TensorShapeException>(backend, inputs, t => Tensor.Concat(1, t[0], t[1]));
        SameError<TensorShapeException>(backend, inputs, t => Tensor.Concat(2, t[0], t[0]));
        SameError<TensorShapeException>(backend, inputs, t => Tensor.Stack(t[0], t[1]));
        SameError<TensorShapeException>(backend, inputs, t => Tensor.Stack(t[2], t[2]));
        SameError<TensorShapeException>(backend, inputs, t => Tensor.Pad(t[0], [1, -1], [0, 0]));
        SameError<TensorShapeException>(backend, inputs, t => Tensor.Pad(t[0], [1], [0]));
        var host = inputs[0];
        var error = Assert.Throws<TensorBackendException>(() => Tensor.Concat(0, host, host.To(BackendCases.Of(backend)), host));
        Assert.Contains("Concat", error.Message);
        Assert.Contains("on cpu", error.Message);
        Assert.Contains("on " + backend, error.Message);
    }
}
