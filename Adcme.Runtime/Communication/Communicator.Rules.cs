using System.ComponentModel;

namespace Adcme;

// Derivative rules of the collective operations: true adjoints under the global inner product ⟨a, b⟩ = Σ over ranks
// of each rank's ⟨a_r, b_r⟩ (the convention of AdjointMPI, MeDiPack and Enzyme; docs/communication.md). The
// operations are ordered primitives: generated code calls each rule once per forward execution, on every rank, in
// exactly the reverse order, with zero seeds where nothing flowed. So every rule communicates unconditionally —
// never skipped because its adjoint is not wanted or its tangent is zero — or the ranks would fall out of step.
public abstract partial class Communicator
{
    // Broadcast: y = x_root on every rank. Adjoint: the seeds summed onto root (ReduceSum); zero elsewhere.

    /// <summary>The pullback of Broadcast (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void BroadcastPullback(Communicator self, double x, int root, double result, double seed, ref double dX)
        => dX += self.ReduceSum(seed, root);

    /// <summary>The tangent of Broadcast (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static double BroadcastTangent(Communicator self, double x, double dX, int root, double result)
        => self.Broadcast(dX, root);

    /// <summary>The pullback of Broadcast (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void BroadcastPullback(Communicator self, Tensor x, int root, Tensor result, Tensor seed, ref Tensor? dX)
        => dX = Tensor.AddAdjoint(dX, self.ReduceSum(SeedOf("Broadcast", seed, result), root), x.ShapeArray);

    /// <summary>The tangent of Broadcast (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor BroadcastTangent(Communicator self, Tensor x, Tensor? dX, int root, Tensor result)
        => TangentOp(dX, x, t => self.Broadcast(t, root));

    // AllreduceSum: y = Σ x_r on every rank. Adjoint: the seeds summed (AllreduceSum).

    /// <summary>The pullback of AllreduceSum (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void AllreduceSumPullback(Communicator self, double x, double result, double seed, ref double dX)
        => dX += self.AllreduceSum(seed);

    /// <summary>The tangent of AllreduceSum (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static double AllreduceSumTangent(Communicator self, double x, double dX, double result)
        => self.AllreduceSum(dX);

    /// <summary>The pullback of AllreduceSum (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void AllreduceSumPullback(Communicator self, Tensor x, Tensor result, Tensor seed, ref Tensor? dX)
        => dX = Tensor.AddAdjoint(dX, self.AllreduceSum(SeedOf("AllreduceSum", seed, result)), x.ShapeArray);

    /// <summary>The tangent of AllreduceSum (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor AllreduceSumTangent(Communicator self, Tensor x, Tensor? dX, Tensor result)
        => TangentOp(dX, x, self.AllreduceSum);

    // ReduceSum: y = Σ x_r on root, zero elsewhere. Adjoint: root's seed to every rank (Broadcast).

    /// <summary>The pullback of ReduceSum (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void ReduceSumPullback(Communicator self, double x, int root, double result, double seed, ref double dX)
        => dX += self.Broadcast(seed, root);

    /// <summary>The tangent of ReduceSum (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static double ReduceSumTangent(Communicator self, double x, double dX, int root, double result)
        => self.ReduceSum(dX, root);

    /// <summary>The pullback of ReduceSum (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void ReduceSumPullback(Communicator self, Tensor x, int root, Tensor result, Tensor seed, ref Tensor? dX)
        => dX = Tensor.AddAdjoint(dX, self.Broadcast(SeedOf("ReduceSum", seed, result), root), x.ShapeArray);

    /// <summary>The tangent of ReduceSum (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor ReduceSumTangent(Communicator self, Tensor x, Tensor? dX, int root, Tensor result)
        => TangentOp(dX, x, t => self.ReduceSum(t, root));

    // AllreduceMin/Max: y = the extremum over ranks. Its derivative belongs to one rank, the owner: the lowest rank
    // whose x equals y (ties go to the lowest rank; where y is NaN no rank owns it and the derivative is zero). The
    // adjoint is every rank's seed summed, on the owner; the tangent is the owner's tangent, on every rank.

    /// <summary>The pullback of AllreduceMin (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void AllreduceMinPullback(Communicator self, double x, double result, double seed, ref double dX)
        => dX += self.ExtremumPullback(x, result, seed);

    /// <summary>The tangent of AllreduceMin (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static double AllreduceMinTangent(Communicator self, double x, double dX, double result)
        => self.ExtremumTangent(x, dX, result);

    /// <summary>The pullback of AllreduceMax (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void AllreduceMaxPullback(Communicator self, double x, double result, double seed, ref double dX)
        => dX += self.ExtremumPullback(x, result, seed);

    /// <summary>The tangent of AllreduceMax (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static double AllreduceMaxTangent(Communicator self, double x, double dX, double result)
        => self.ExtremumTangent(x, dX, result);

    /// <summary>The pullback of AllreduceMin (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void AllreduceMinPullback(Communicator self, Tensor x, Tensor result, Tensor seed, ref Tensor? dX)
        => dX = Tensor.AddAdjoint(dX, self.ExtremumPullback("AllreduceMin", x, result, seed), x.ShapeArray);

    /// <summary>The tangent of AllreduceMin (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor AllreduceMinTangent(Communicator self, Tensor x, Tensor? dX, Tensor result)
        => self.ExtremumTangent("AllreduceMin", x, dX, result);

    /// <summary>The pullback of AllreduceMax (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void AllreduceMaxPullback(Communicator self, Tensor x, Tensor result, Tensor seed, ref Tensor? dX)
        => dX = Tensor.AddAdjoint(dX, self.ExtremumPullback("AllreduceMax", x, result, seed), x.ShapeArray);

    /// <summary>The tangent of AllreduceMax (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor AllreduceMaxTangent(Communicator self, Tensor x, Tensor? dX, Tensor result)
        => self.ExtremumTangent("AllreduceMax", x, dX, result);

    /// <summary>Whether this rank owns the extremum <paramref name="result"/>: the lowest rank whose value equals it.</summary>
    private bool OwnsExtremum(double x, double result) => AllreduceMin(x == result ? Rank : Size) == Rank;

    private double ExtremumPullback(double x, double result, double seed)
    {
        var owner = OwnsExtremum(x, result);
        var total = AllreduceSum(seed);
        return owner ? total : 0.0;
    }

    private double ExtremumTangent(double x, double dX, double result) => AllreduceSum(OwnsExtremum(x, result) ? dX : 0.0);

    /// <summary>Per element: 1 where this rank owns the extremum, else 0.</summary>
    private Tensor ExtremumOwners(Tensor x, Tensor result)
    {
        var candidates = Tensor.Allocate(out var c, x.ShapeArray);
        var xs = HostValues(x);
        var ys = HostValues(result);
        for (var i = 0; i < c.Length; i++) c[i] = xs[i] == ys[i] ? Rank : Size;
        var owners = AllreduceMin(candidates);
        candidates.Dispose();
        var mask = Tensor.Allocate(out var m, x.ShapeArray);
        var o = HostValues(owners);
        for (var i = 0; i < m.Length; i++) m[i] = o[i] == Rank ? 1.0 : 0.0;
        owners.Dispose();
        return mask;
    }

    private Tensor ExtremumPullback(string operation, Tensor x, Tensor result, Tensor seed)
    {
        var mask = ExtremumOwners(x, result);
        var total = AllreduceSum(SeedOf(operation, seed, result));
        var t = HostValues(total);
        var m = mask.Span;
        var contribution = Tensor.Allocate(out var d, x.ShapeArray);
        for (var i = 0; i < d.Length; i++) d[i] = m[i] * t[i];
        mask.Dispose();
        total.Dispose();
        return OnBackend(contribution, x.Backend);
    }

    private Tensor ExtremumTangent(string operation, Tensor x, Tensor? dX, Tensor result)
    {
        var mask = ExtremumOwners(x, result);
        var own = Tensor.Allocate(out var d, x.ShapeArray);
        var m = mask.Span;
        if (dX is not null)
        {
            var t = HostValues(SeedOf(operation, dX, x));
            for (var i = 0; i < d.Length; i++) d[i] = m[i] * t[i];
        }
        else
        {
            d.Clear();
        }
        mask.Dispose();
        var tangent = AllreduceSum(own);
        own.Dispose();
        return OnBackend(tangent, x.Backend);
    }

    /// <summary>A seed or tangent of the shape of <paramref name="like"/> (a mismatch names the operation).</summary>
    private protected static Tensor SeedOf(string operation, Tensor seed, Tensor like)
    {
        if (seed.OnDevice)
        {
            // Tensor.SeedOf reads host elements: on a device, the same check with the same message.
            if (!seed.HasShape(like.ShapeArray))
            {
                throw new TensorShapeException($"{operation}: a seed of shape {Tensor.Format(seed.ShapeArray)} does not fit the result's shape {Tensor.Format(like.ShapeArray)}.");
            }
            return seed;
        }
        _ = Tensor.SeedOf(operation, seed, like.ShapeArray); // the one shape check of seeds (its message)
        return seed;
    }

    /// <summary>The tangent operation on <paramref name="dX"/>, or on zeros of x's shape where the tangent is zero
    /// (null): the operation is issued either way.</summary>
    private protected static Tensor TangentOp(Tensor? dX, Tensor x, Func<Tensor, Tensor> operation)
    {
        if (dX is not null) return operation(SeedOf("tangent", dX, x));
        var zeros = Tensor.ZerosLike(x);
        var result = operation(zeros);
        zeros.Dispose();
        return result;
    }

    /// <summary>The pullback of Barrier: a barrier where the forward had one (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void BarrierPullback(Communicator self) => self.Barrier();

    /// <summary>The tangent of Barrier: nothing flows through it (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void BarrierTangent(Communicator self)
    {
    }
}
