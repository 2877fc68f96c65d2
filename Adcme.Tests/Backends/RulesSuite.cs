using static Adcme.Tests.Backends.RuleCheck;

namespace Adcme.Tests.Backends;

/// <summary>The operators' and functions' pullbacks and tangents (broadcast operands summed back, scalar operands),
/// MatVec's pullback, Element and FromArray's rules, on every backend against the CPU backend: bit for bit, except a
/// scalar operand's adjoint (a sum: within ReductionsSuite's bound) and the functions on CUDA (ulps).</summary>
[Collection("Devices")]
public class RulesSuite
{
    private const double Unit = 1.1102230246251565e-16;

    public static TheoryData<string, int[], int[]> Shapes()
    {
        var data = new TheoryData<string, int[], int[]>();
        foreach (var name in BackendCases.All)
        {
            data.Add(name, [3, 5], [3, 5]);
            data.Add(name, [3, 5], [5]);
            data.Add(name, [3, 1], [1, 4]);
            data.Add(name, [], [2, 3]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void OperatorRulesAreTheCpus(string backend, int[] left, int[] right)
    {
        var shape = Tensor.BroadcastShape("test", left, right);
        Same(backend, [Host(30, left), Positive(31, 0.5, 2.5, right), Host(32, shape), Host(33, left)], t =>
        {
            var (x, y, seed, start) = (t[0], t[1], t[2], t[3]);
            var outputs = new List<Tensor?>();
            Tensor? aX = Tensor.Copy(start), aY = null;
            Tensor.Add_Pullback(x, y, x + y, seed, ref aX, ref aY);
            outputs.AddRange([aX, aY]);
            Tensor? sX = Tensor.Copy(start), sY = null, mX = null, mY = null, qX = null, qY = Tensor.Copy(y);
            Tensor.Subtract_Pullback(x, y, x - y, seed, ref sX, ref sY);
            Tensor.Multiply_Pullback(x, y, x * y, seed, ref mX, ref mY);
            Tensor.Divide_Pullback(x, y, x / y, seed, ref qX, ref qY);
            Tensor? nX = Tensor.Copy(start);
            Tensor.Negate_Pullback(x, -x, Tensor.SumToShape(seed, x.Shape), ref nX);
            outputs.AddRange([sX, sY, mX, mY, qX, qY, nX]);
            outputs.Add(Tensor.Add_Tangent(x, start, y, null, x + y));
            outputs.Add(Tensor.Subtract_Tangent(x, null, y, y, x - y));
            outputs.Add(Tensor.Multiply_Tangent(x, start, y, y, x * y));
            outputs.Add(Tensor.Divide_Tangent(x, start, y, y, x / y));
            outputs.Add(Tensor.Negate_Tangent(x, start, -x));
            return [.. outputs];
        });
    }

    [Theory]
    [MemberData(nameof(BackendCases.All), MemberType = typeof(BackendCases))]
    public void ScalarOperandRulesAreTheCpus(string backend)
    {
        // The scalars' adjoints of the CPU run, then of the backend's.
        var scalars = new List<List<double>>();
        Same(backend, [Host(34, 4, 5), Positive(35, 0.5, 2.5, 4, 5), Host(36, 4, 5)], t =>
        {
            var (x, positive, seed) = (t[0], t[1], t[2]);
            const double s = 1.75;
            var values = new List<double>();
            scalars.Add(values);
            var outputs = new List<Tensor?>();
            void Keep(Tensor? dA, double dS)
            {
                outputs.Add(dA);
                values.Add(dS);
            }
            Tensor? d = null;
            double dS = 0.5;
            Tensor.Add_Pullback(x, s, x + s, seed, ref d, ref dS);
            Keep(d, dS);
            (d, dS) = (Tensor.Copy(seed), 0);
            Tensor.Subtract_Pullback(s, x, s - x, seed, ref dS, ref d);
            Keep(d, dS);
            (d, dS) = (null, 0);
            Tensor.Multiply_Pullback(x, s, x * s, seed, ref d, ref dS);
            Keep(d, dS);
            (d, dS) = (null, 0);
            Tensor.Divide_Pullback(s, positive, s / positive, seed, ref dS, ref d);
            Keep(d, dS);
            (d, dS) = (null, 0);
            Tensor.Divide_Pullback(x, s, x / s, seed, ref d, ref dS);
            Keep(d, dS);
            outputs.Add(Tensor.Add_Tangent(x, null, s, 0.25, x + s));
            outputs.Add(Tensor.Multiply_Tangent(s, -2.0, x, seed, s * x));
            outputs.Add(Tensor.Divide_Tangent(s, 3.0, positive, null, s / positive));
            outputs.Add(Tensor.Subtract_Tangent(x, seed, s, 0.0, x - s));
            return [.. outputs];
        });
        // A scalar's adjoint sums a partial over 20 elements: the bound 2n·u·Σ|termᵢ|, each term at most 9 in magnitude
        // (|g| ≤ 3 times |x| ≤ 3, |g| / 0.5 or |g|·|x| / s²), plus the 0.5 already there.
        var (cpu, device) = (scalars[0], scalars[1]);
        Assert.All(cpu, value => Assert.True(double.IsFinite(value)));
        var bound = 2 * 20 * Unit * (20 * 9 + 0.5);
        for (var i = 0; i < cpu.Count; i++)
        {
            Assert.True(Math.Abs(cpu[i] - device[i]) <= (backend == "cpu" ? 0 : bound), $"scalar adjoint {i}: {device[i]:R} vs {cpu[i]:R}");
        }
    }

    [Theory]
    [MemberData(nameof(BackendCases.All), MemberType = typeof(BackendCases))]
    public void FunctionRulesAreTheCpus(string backend)
    {
        Same(backend, [Host(38, 5, 6), Positive(37, 0.1, 4, 5, 6), Host(39, 5, 6)], t =>
        {
            var (x, p, seed) = (t[0], t[1], t[2]);
            var outputs = new List<Tensor?>();
            Tensor? dX;
            dX = null; Tensor.Exp_Pullback(x, Tensor.Exp(x), seed, ref dX); outputs.Add(dX);
            dX = Tensor.Copy(seed); Tensor.Log_Pullback(p, Tensor.Log(p), seed, ref dX); outputs.Add(dX);
            dX = null; Tensor.Sin_Pullback(x, Tensor.Sin(x), seed, ref dX); outputs.Add(dX);
            dX = null; Tensor.Cos_Pullback(x, Tensor.Cos(x), seed, ref dX); outputs.Add(dX);
            dX = null; Tensor.Tanh_Pullback(x, Tensor.Tanh(x), seed, ref dX); outputs.Add(dX);
            dX = null; Tensor.Sqrt_Pullback(p, Tensor.Sqrt(p), seed, ref dX); outputs.Add(dX);
            dX = null; Tensor.Abs_Pullback(x, Tensor.Abs(x), seed, ref dX); outputs.Add(dX);
            dX = null; Tensor.Relu_Pullback(x, Tensor.Relu(x), seed, ref dX); outputs.Add(dX);
            dX = null; Tensor.Sigmoid_Pullback(x, Tensor.Sigmoid(x), seed, ref dX); outputs.Add(dX);
            dX = Tensor.Copy(seed); Tensor.Pow_Pullback(p, 2.5, Tensor.Pow(p, 2.5), seed, ref dX); outputs.Add(dX);
            outputs.Add(Tensor.Exp_Tangent(x, seed, Tensor.Exp(x)));
            outputs.Add(Tensor.Tanh_Tangent(x, seed, Tensor.Tanh(x)));
            outputs.Add(Tensor.Sigmoid_Tangent(x, null, Tensor.Sigmoid(x)));
            outputs.Add(Tensor.Pow_Tangent(x, seed, 3, Tensor.Pow(x, 3)));
            return [.. outputs];
        }, ulps: 4);
    }

    [Theory]
    [MemberData(nameof(BackendCases.All), MemberType = typeof(BackendCases))]
    public void MatVecPullbackIsTheCpus(string backend)
    {
        Same(backend, [Host(40, 4, 3), Host(41, 3), Host(42, 4), Host(43, 4, 3)], t =>
        {
            var (a, x, seed, start) = (t[0], t[1], t[2], t[3]);
            // The pullback reads no result values: a tensor of the result's shape stands for it.
            Tensor? dA = Tensor.Copy(start), dX = null;
            Tensor.MatVec_Pullback(a, x, seed, seed, ref dA, ref dX);
            return [dA, dX];
        });
    }

    [Theory]
    [MemberData(nameof(BackendCases.All), MemberType = typeof(BackendCases))]
    public void ElementAndFromArrayRulesAreTheCpus(string backend)
    {
        var device = BackendCases.Of(backend);
        var (vector, matrix, cube) = (Host(44, 6), Host(45, 3, 4), Host(46, 2, 3, 2));
        var (dv, dm, dc) = (vector.To(device), matrix.To(device), cube.To(device));
        Assert.Equal(Tensor.Element(vector, 4), Tensor.Element(dv, 4));
        Assert.Equal(Tensor.Element(matrix, 2, 1), Tensor.Element(dm, 2, 1));
        Assert.Equal(Tensor.Element(cube, 1, 2, 0), Tensor.Element(dc, 1, 2, 0));
        Assert.Equal(Tensor.Element_Tangent(vector, vector, 3, 0), Tensor.Element_Tangent(dv, dv, 3, 0));
        Assert.Equal(Tensor.Element_Tangent(matrix, matrix, 1, 3, 0), Tensor.Element_Tangent(dm, dm, 1, 3, 0));
        Assert.Equal(Tensor.Element_Tangent(cube, cube, 0, 1, 1, 0), Tensor.Element_Tangent(dc, dc, 0, 1, 1, 0));
        Same(backend, [matrix, cube], t =>
        {
            Tensor? first = null, second = Tensor.Copy(t[0]), third = null;
            Tensor.Element_Pullback(t[0], 2, 3, 0, 1.5, ref first);
            Tensor.Element_Pullback(t[0], 2, 3, 0, 1.5, ref first);
            Tensor.Element_Pullback(t[0], 0, 1, 0, -0.25, ref second);
            Tensor.Element_Pullback(t[1], 1, 0, 1, 0, 2.0, ref third);
            return [first, second, third];
        });
        Assert.Equal(
            Assert.Throws<IndexOutOfRangeException>(() => Tensor.Element(matrix, 3, 0)).Message,
            Assert.Throws<IndexOutOfRangeException>(() => Tensor.Element(dm, 3, 0)).Message);

        // FromArray: the seed's elements come back into the host array, in order; the tangent goes where the result is.
        var data = DeviceAssert.Values(47, 12);
        var (hostAdjoint, deviceAdjoint) = (DeviceAssert.Values(48, 12), DeviceAssert.Values(48, 12));
        Tensor.FromArray_Pullback(data, 3, 4, matrix, matrix, ref hostAdjoint);
        Tensor.FromArray_Pullback(data, 3, 4, dm, dm, ref deviceAdjoint);
        DeviceAssert.Same(hostAdjoint, deviceAdjoint, "cpu");
        var tangent = Tensor.FromArray_Tangent(data, data, 3, 4, dm)!;
        DeviceAssert.Same(data, tangent, backend);
        Assert.Equal(matrix.Shape, tangent.Shape);
    }
}
