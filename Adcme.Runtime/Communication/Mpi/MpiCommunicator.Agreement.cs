namespace Adcme;

public sealed partial class MpiCommunicator
{
    /// <summary>Dimensions sent inline in the descriptor; a tensor of more dimensions costs a second
    /// collective (every rank sees that from the descriptors, so all make it).</summary>
    private const int InlineDimensions = 10;

    private const int DescriptorLength = 5 + InlineDimensions;

    /// <summary>
    /// Every rank sends every other a small descriptor of its operation — kind, tensor or not, root, sequence
    /// number, shape — and every rank checks the same descriptors, so all ranks throw the same
    /// <see cref="CommunicatorException"/> together instead of hanging or mixing up data.
    /// </summary>
    private void Agree(CommOperation operation, long sequence, int[] shape)
    {
        var mine = new long[DescriptorLength];
        mine[0] = (long)operation.Kind;
        mine[1] = operation.IsTensor ? 1 : 0;
        mine[2] = operation.Root;
        mine[3] = sequence;
        mine[4] = shape.Length;
        for (var i = 0; i < Math.Min(shape.Length, InlineDimensions); i++) mine[5 + i] = shape[i];
        var all = new long[DescriptorLength * Size];
        _mpi.Allgather(mine, all);

        var operations = new CommOperation[Size];
        var sequences = new long[Size];
        var shapes = new int[Size][];
        for (var r = 0; r < Size; r++)
        {
            var d = all.AsSpan(r * DescriptorLength, DescriptorLength);
            operations[r] = new CommOperation((CommOpKind)d[0], d[1] != 0, (int)d[2]);
            sequences[r] = d[3];
            shapes[r] = new int[Math.Min((int)d[4], InlineDimensions)];
            for (var i = 0; i < shapes[r].Length; i++) shapes[r][i] = (int)d[5 + i];
        }
        var ranks = new int[Size];
        for (var r = 0; r < Size; r++) ranks[r] = (int)all[r * DescriptorLength + 4];
        if (ranks.Any(n => n > InlineDimensions)) shapes = AllgatherShapes(shape, ranks);

        var first = Enumerable.Range(1, Size - 1).FirstOrDefault(r => operations[r] != operations[0] || sequences[r] != sequences[0]);
        if (first > 0)
        {
            var others = Enumerable.Range(1, Size - 1).Count(r => operations[r] != operations[0] || sequences[r] != sequences[0]) - 1;
            throw new CommunicatorException(
                $"ranks call different operations: rank 0 calls {Describe(operations[0], shapes[0])} at op #{sequences[0]}; " +
                $"rank {first} calls {Describe(operations[first], shapes[first])} at op #{sequences[first]}" +
                others switch
                {
                    0 => ".",
                    1 => " (1 more rank differs from rank 0).",
                    _ => $" ({others} more ranks differ from rank 0).",
                });
        }
        if (operation.IsTensor && shapes.Any(s => !Tensor.SameShape(s, shapes[0])))
        {
            var list = string.Join(", ", Enumerable.Range(0, Size).Select(r => $"rank {r} {Tensor.Format(shapes[r])}"));
            throw new CommunicatorException($"{operation.Name} (op #{sequence}): tensor shapes differ across ranks: {list}.");
        }
    }

    private int[][] AllgatherShapes(int[] shape, int[] ranks)
    {
        var all = _mpi.AllgatherVariable(shape, ranks);
        var shapes = new int[Size][];
        for (int r = 0, offset = 0; r < Size; offset += ranks[r], r++) shapes[r] = all.AsSpan(offset, ranks[r]).ToArray();
        return shapes;
    }

    /// <summary>E.g. <c>AllreduceSum(Tensor [3])</c>, <c>Broadcast(double, root 0)</c>, <c>Barrier()</c>.</summary>
    private static string Describe(CommOperation operation, int[] shape) => operation.IsTensor
        ? $"{operation.Kind}(Tensor {Tensor.Format(shape)}{(operation.Root >= 0 ? $", root {operation.Root}" : "")})"
        : operation.ToString();
}
