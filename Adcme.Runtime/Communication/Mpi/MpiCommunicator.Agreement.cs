namespace Adcme;

public sealed partial class MpiCommunicator
{
    /// <summary>Dimensions sent inline in the descriptor; a tensor of more dimensions costs a second
    /// collective (every rank sees that from the descriptors, so all make it).</summary>
    private const int InlineDimensions = 10;

    private const int DescriptorLength = 6 + InlineDimensions;

    /// <summary>
    /// Every rank sends every other a small descriptor of its collective — kind, tensor or not, root, its number
    /// among this rank's collectives, its sequence number, shape — and every rank checks the same descriptors, so
    /// all ranks throw the same <see cref="CommunicatorException"/> together instead of hanging or mixing up data.
    /// Ranks are compared by their k-th collective (<paramref name="collective"/>), not by sequence number:
    /// point-to-point operations count in <see cref="Communicator.Sequence"/> too, and ranks issue different
    /// ones, so their sequence numbers differ where their collectives agree. Only collectives come here.
    /// </summary>
    private void Agree(CommOperation operation, long sequence, long collective, int[] shape)
    {
        var mine = new long[DescriptorLength];
        mine[0] = (long)operation.Kind;
        mine[1] = operation.IsTensor ? 1 : 0;
        mine[2] = operation.Root;
        mine[3] = collective;
        mine[4] = sequence;
        mine[5] = shape.Length;
        for (var i = 0; i < Math.Min(shape.Length, InlineDimensions); i++) mine[6 + i] = shape[i];
        var all = new long[DescriptorLength * Size];
        _mpi.Allgather(mine, all);

        var operations = new CommOperation[Size];
        var collectives = new long[Size];
        var sequences = new long[Size];
        var shapes = new int[Size][];
        var ranks = new int[Size];
        for (var r = 0; r < Size; r++)
        {
            var d = all.AsSpan(r * DescriptorLength, DescriptorLength);
            operations[r] = new CommOperation((CommOpKind)d[0], d[1] != 0, (int)d[2]);
            collectives[r] = d[3];
            sequences[r] = d[4];
            ranks[r] = (int)d[5];
            shapes[r] = new int[Math.Min(ranks[r], InlineDimensions)];
            for (var i = 0; i < shapes[r].Length; i++) shapes[r][i] = (int)d[6 + i];
        }
        if (ranks.Any(n => n > InlineDimensions)) shapes = AllgatherShapes(shape, ranks);

        bool Differs(int r) => operations[r] != operations[0] || collectives[r] != collectives[0];
        var first = Enumerable.Range(1, Size - 1).FirstOrDefault(Differs);
        if (first > 0)
        {
            var others = Enumerable.Range(1, Size - 1).Count(Differs) - 1;
            // Same sequence numbers: "at op #n", as before point-to-point existed; else name the collective.
            var at = sequences[first] == sequences[0] && collectives[first] == collectives[0] ? ""
                : collectives[first] == collectives[0] ? $" as their collective #{collectives[0]}"
                : $" (rank 0's collective #{collectives[0]}, rank {first}'s #{collectives[first]})";
            throw new CommunicatorException(
                $"ranks call different operations{at}: rank 0 calls {Describe(operations[0], shapes[0])} at op #{sequences[0]}; " +
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
