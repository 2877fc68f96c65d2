namespace Adcme;

public abstract partial class Communicator
{
    /// <summary>Every rank's <paramref name="x"/>, in rank order, on <paramref name="root"/>: a tensor of shape
    /// [<see cref="Size"/>]; zeros of that shape on the other ranks.</summary>
    /// <param name="x">this rank's value.</param>
    /// <param name="root">the rank that receives the values.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="root"/> is not a rank.</exception>
    [Primitive(nameof(GatherPullback), nameof(GatherTangent), Ordered = true)]
    public Tensor Gather(double x, int root)
        => TensorOp(new CommOperation(CommOpKind.Gather, false, CheckRoot("Gather", root)), [x], [], [Size]);

    /// <summary>Every rank's <paramref name="x"/>, stacked in rank order, on <paramref name="root"/>: a tensor of
    /// shape [<see cref="Size"/>, …x.Shape] whose row r is rank r's <paramref name="x"/>; zeros of that shape on
    /// the other ranks.</summary>
    /// <param name="x">this rank's tensor; of the same shape, of rank at most 3, on every rank.</param>
    /// <param name="root">the rank that receives the tensors.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="root"/> is not a rank.</exception>
    /// <exception cref="TensorShapeException"><paramref name="x"/> has rank 4 (the result would have rank 5).</exception>
    /// <exception cref="CommunicatorException">the shapes differ across ranks.</exception>
    [Primitive(nameof(GatherPullback), nameof(GatherTangent), Ordered = true)]
    public Tensor Gather(Tensor x, int root)
    {
        var operation = new CommOperation(CommOpKind.Gather, true, CheckRoot("Gather", root));
        var resultShape = Stacked("Gather", x);
        return TensorOp(operation, HostValues(x), x.ShapeArray, resultShape, x.Backend);
    }

    /// <summary>Every rank's <paramref name="x"/>, in rank order, on every rank: a tensor of shape
    /// [<see cref="Size"/>].</summary>
    /// <param name="x">this rank's value.</param>
    [Primitive(nameof(AllgatherPullback), nameof(AllgatherTangent), Ordered = true)]
    public Tensor Allgather(double x)
        => TensorOp(new CommOperation(CommOpKind.Allgather, false, -1), [x], [], [Size]);

    /// <summary>Every rank's <paramref name="x"/>, stacked in rank order, on every rank: a tensor of shape
    /// [<see cref="Size"/>, …x.Shape] whose row r is rank r's <paramref name="x"/>.</summary>
    /// <param name="x">this rank's tensor; of the same shape, of rank at most 3, on every rank.</param>
    /// <exception cref="TensorShapeException"><paramref name="x"/> has rank 4 (the result would have rank 5).</exception>
    /// <exception cref="CommunicatorException">the shapes differ across ranks.</exception>
    [Primitive(nameof(AllgatherPullback), nameof(AllgatherTangent), Ordered = true)]
    public Tensor Allgather(Tensor x)
    {
        var operation = new CommOperation(CommOpKind.Allgather, true, -1);
        var resultShape = Stacked("Allgather", x);
        return TensorOp(operation, HostValues(x), x.ShapeArray, resultShape, x.Backend);
    }

    /// <summary>Row r of <paramref name="root"/>'s <paramref name="x"/> on rank r: every rank passes a tensor of
    /// the same shape [<see cref="Size"/>, …] and gets a tensor of shape x.Shape[1..] (a rank-0 tensor for a
    /// vector <paramref name="x"/>). Only <paramref name="root"/>'s values are used. The inverse of
    /// <see cref="Gather(Tensor, int)"/>.</summary>
    /// <param name="x">the rows to hand out (on <paramref name="root"/>); its first dimension is
    /// <see cref="Size"/>.</param>
    /// <param name="root">the rank that sends.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="root"/> is not a rank.</exception>
    /// <exception cref="TensorShapeException"><paramref name="x"/>'s first dimension is not <see cref="Size"/>.</exception>
    /// <exception cref="CommunicatorException">the shapes differ across ranks.</exception>
    [Primitive(nameof(ScatterPullback), nameof(ScatterTangent), Ordered = true)]
    public Tensor Scatter(Tensor x, int root)
    {
        ArgumentNullException.ThrowIfNull(x);
        var operation = new CommOperation(CommOpKind.Scatter, true, CheckRoot("Scatter", root));
        var shape = x.ShapeArray;
        if (shape.Length == 0 || shape[0] != Size)
        {
            throw new TensorShapeException(
                $"Scatter: a tensor of shape {Tensor.Format(shape)} cannot be scattered over {Size} ranks (rank {Rank} of size {Size}): its first dimension must be {Size}.");
        }
        return TensorOp(operation, HostValues(x), shape, shape[1..], x.Backend);
    }

    /// <summary>[Size, …x.Shape], checking that the result's rank is allowed.</summary>
    private int[] Stacked(string operation, Tensor x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var shape = x.ShapeArray;
        if (shape.Length >= Tensor.MaxRank)
        {
            throw new TensorShapeException(
                $"{operation}: a tensor of rank {shape.Length} ({Tensor.Format(shape)}) cannot be gathered (rank {Rank} of size {Size}): the result " +
                $"[{Size}, …] would have rank {shape.Length + 1}, and tensors have rank at most {Tensor.MaxRank}.");
        }
        return [Size, .. shape];
    }
}
