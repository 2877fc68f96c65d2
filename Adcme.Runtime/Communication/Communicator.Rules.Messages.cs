using System.ComponentModel;

namespace Adcme;

// Derivative rules of point-to-point messages, gathers and the halo exchange, under the same convention as the
// collectives' (Communicator.Rules.cs): true adjoints under the global inner product, issued on every rank whatever
// the seeds, in exact reverse order. A message's adjoint travels back along the same pair of ranks with the same tag;
// since the reverse sweep issues them in reverse order on every rank, they match in MPI's first-in-first-out order.
public abstract partial class Communicator
{
    // Send(x, dest): the adjoint of x comes back from dest; Receive(source): the result's adjoint goes back to source;
    // SendReceive does both. Each adjoint names its message (Communicator.Adjoints.cs), so it pairs with the right one
    // whatever else travels between the two ranks.

    /// <summary>The pullback of Send (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void SendPullback(Communicator self, double x, int dest, int tag, ref double dX)
        => dX += self.TakeAdjoint(dest, tag, self.Unwind(true, dest, tag, "Send"), 1, "Send")[0];

    /// <summary>The tangent of Send (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void SendTangent(Communicator self, double x, double dX, int dest, int tag) => self.Send(dX, dest, tag);

    /// <summary>The pullback of Send (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void SendPullback(Communicator self, Tensor x, int dest, int tag, ref Tensor? dX)
        => dX = AddValues(dX, x, self.TakeAdjoint(dest, tag, self.Unwind(true, dest, tag, "Send"), x.Length, "Send"));

    /// <summary>The tangent of Send (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void SendTangent(Communicator self, Tensor x, Tensor? dX, int dest, int tag)
    {
        if (dX is not null)
        {
            self.Send(SeedOf("Send tangent", dX, x), dest, tag);
            return;
        }
        using var zeros = Tensor.ZerosLike(x);
        self.Send(zeros, dest, tag);
    }

    /// <summary>The pullback of Receive (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void ReceivePullback(Communicator self, int source, int tag, double result, double seed)
        => self.FinishAdjoint(self.PostAdjoint(source, tag, self.Unwind(false, source, tag, "Receive"), [seed]));

    /// <summary>The tangent of Receive (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static double ReceiveTangent(Communicator self, int source, int tag, double result) => self.Receive(source, tag);

    /// <summary>The pullback of Receive (generated code calls it, on every rank).</summary>
    /// <remarks>Only <paramref name="like"/>'s shape is read: its adjoint gets nothing (so an active template needs
    /// no [NoDerivative]).</remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void ReceivePullback(Communicator self, Tensor like, int source, int tag, Tensor result, Tensor seed, ref Tensor? dLike)
        => self.FinishAdjoint(self.PostAdjoint(source, tag, self.Unwind(false, source, tag, "Receive"), HostValues(SeedOf("Receive", seed, result))));

    /// <summary>The tangent of Receive (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor ReceiveTangent(Communicator self, Tensor like, Tensor? dLike, int source, int tag, Tensor result) => self.Receive(result, source, tag);

    /// <summary>The pullback of SendReceive (generated code calls it, on every rank): the received value's adjoint
    /// goes back to source, and the sent value's comes back from dest.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void SendReceivePullback(Communicator self, double x, int dest, int source, int tag, double result, double seed, ref double dX)
    {
        var received = self.Unwind(false, source, tag, "SendReceive");
        var sent = self.Unwind(true, dest, tag, "SendReceive");
        var posted = self.PostAdjoint(source, tag, received, [seed]);
        dX += self.TakeAdjoint(dest, tag, sent, 1, "SendReceive")[0];
        self.FinishAdjoint(posted);
    }

    /// <summary>The tangent of SendReceive (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static double SendReceiveTangent(Communicator self, double x, double dX, int dest, int source, int tag, double result)
        => self.SendReceive(dX, dest, source, tag);

    /// <summary>The pullback of SendReceive (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void SendReceivePullback(Communicator self, Tensor x, int dest, int source, int tag, Tensor result, Tensor seed, ref Tensor? dX)
    {
        var received = self.Unwind(false, source, tag, "SendReceive");
        var sent = self.Unwind(true, dest, tag, "SendReceive");
        var posted = self.PostAdjoint(source, tag, received, HostValues(SeedOf("SendReceive", seed, result)));
        dX = AddValues(dX, x, self.TakeAdjoint(dest, tag, sent, x.Length, "SendReceive"));
        self.FinishAdjoint(posted);
    }

    /// <summary>The tangent of SendReceive (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor SendReceiveTangent(Communicator self, Tensor x, Tensor? dX, int dest, int source, int tag, Tensor result)
        => TangentOp(dX, x, t => self.SendReceive(t, dest, source, tag));

    /// <summary>Adds an adjoint that arrived as values into <paramref name="adjoint"/> (shaped like
    /// <paramref name="like"/>).</summary>
    private static Tensor AddValues(Tensor? adjoint, Tensor like, double[] values)
    {
        var contribution = Tensor.Allocate(out var d, like.ShapeArray);
        values.CopyTo(d);
        return Tensor.AddAdjoint(adjoint, OnBackend(contribution, like.Backend), like.ShapeArray);
    }

    // Gather ↔ Scatter; Allgather's adjoint is a reduce-scatter: rank r gets row r of the seeds summed over ranks.

    /// <summary>The pullback of Gather (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void GatherPullback(Communicator self, double x, int root, Tensor result, Tensor seed, ref double dX)
    {
        using var mine = self.Scatter(SeedOf("Gather", seed, result), root);
        dX += HostValues(mine)[0];
    }

    /// <summary>The tangent of Gather (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor GatherTangent(Communicator self, double x, double dX, int root, Tensor result) => self.Gather(dX, root);

    /// <summary>The pullback of Gather (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void GatherPullback(Communicator self, Tensor x, int root, Tensor result, Tensor seed, ref Tensor? dX)
        => dX = Tensor.AddAdjoint(dX, self.Scatter(SeedOf("Gather", seed, result), root), x.ShapeArray);

    /// <summary>The tangent of Gather (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor GatherTangent(Communicator self, Tensor x, Tensor? dX, int root, Tensor result)
        => TangentOp(dX, x, t => self.Gather(t, root));

    /// <summary>The pullback of Scatter (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void ScatterPullback(Communicator self, Tensor x, int root, Tensor result, Tensor seed, ref Tensor? dX)
        => dX = Tensor.AddAdjoint(dX, self.Gather(SeedOf("Scatter", seed, result), root), x.ShapeArray); // zeros off root

    /// <summary>The tangent of Scatter (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor ScatterTangent(Communicator self, Tensor x, Tensor? dX, int root, Tensor result)
        => TangentOp(dX, x, t => self.Scatter(t, root));

    /// <summary>The pullback of Allgather (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void AllgatherPullback(Communicator self, double x, Tensor result, Tensor seed, ref double dX)
    {
        using var total = self.AllreduceSum(SeedOf("Allgather", seed, result));
        dX += HostValues(total)[self.Rank];
    }

    /// <summary>The tangent of Allgather (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor AllgatherTangent(Communicator self, double x, double dX, Tensor result) => self.Allgather(dX);

    /// <summary>The pullback of Allgather (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void AllgatherPullback(Communicator self, Tensor x, Tensor result, Tensor seed, ref Tensor? dX)
    {
        using var total = self.AllreduceSum(SeedOf("Allgather", seed, result));
        var row = Tensor.Allocate(out var d, x.ShapeArray);
        HostValues(total).Slice(self.Rank * d.Length, d.Length).CopyTo(d);
        dX = Tensor.AddAdjoint(dX, OnBackend(row, x.Backend), x.ShapeArray);
    }

    /// <summary>The tangent of Allgather (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor AllgatherTangent(Communicator self, Tensor x, Tensor? dX, Tensor result) => TangentOp(dX, x, self.Allgather);

    // HaloExchange: the transpose sends each halo strip's adjoint back to the rank it came from, which adds it to the
    // boundary strip it sent; the interior's adjoint passes through; fill (no derivative) takes the rest.

    /// <summary>The pullback of HaloExchange (generated code calls it, on every rank).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void HaloExchangePullback(Communicator self, Tensor block, int rows, int columns, int reach, double fill, Tensor result, Tensor seed, ref Tensor? dBlock)
        => dBlock = Tensor.AddAdjoint(dBlock, self.HaloExchangeTranspose(SeedOf("HaloExchange", seed, result), block.ShapeArray, rows, columns, reach), block.ShapeArray);

    /// <summary>The tangent of HaloExchange (generated code calls it, on every rank): the exchange of the block's
    /// tangent, zero outside the domain.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Tensor HaloExchangeTangent(Communicator self, Tensor block, Tensor? dBlock, int rows, int columns, int reach, double fill, Tensor result)
        => TangentOp(dBlock, block, t => self.HaloExchange(t, rows, columns, reach, 0.0));

    /// <summary>The transpose of <see cref="HaloExchange(Tensor, int, int, int, double)"/> on a seed of the padded shape: its four exchanges in
    /// reverse order, each sending back what the forward received and adding what comes back into what the forward
    /// sent. One operation, like the exchange.</summary>
    private Tensor HaloExchangeTranspose(Tensor seed, int[] blockShape, int rows, int columns, int reach)
    {
        var (h, w) = (blockShape[0], blockShape[1]);
        var (height, width) = (h + 2 * reach, w + 2 * reach);
        using var work = Tensor.Allocate(out var g, height, width); // pooled: the seed's copy, added into
        HostValues(seed).CopyTo(g);
        var sequence = Issue();
        CheckBlocksFit(sequence, h, w, rows, columns, "HaloExchange's adjoint");
        var (row, column) = (Rank / columns, Rank % columns);
        var left = column > 0 ? Rank - 1 : -1;
        var right = column < columns - 1 ? Rank + 1 : -1;
        var up = row > 0 ? Rank - columns : -1;
        var down = row < rows - 1 ? Rank + columns : -1;

        if (up >= 0 || down >= 0)
        {
            int[] strip = [reach, width];
            var length = reach * width;
            var received = new double[length];
            // The top halo came from above (the neighbour's bottom rows): send its adjoint up, add what comes from
            // below into my bottom rows.
            Exchange(sequence, g[..length], strip, received, up, down, "the adjoint of its top halo to the neighbour above");
            if (down >= 0) Add(g.Slice(h * width, length), received);
            // The bottom halo came from below (the neighbour's top rows).
            Exchange(sequence, g.Slice((reach + h) * width, length), strip, received, down, up, "the adjoint of its bottom halo to the neighbour below");
            if (up >= 0) Add(g.Slice(reach * width, length), received);
        }
        if (left >= 0 || right >= 0)
        {
            int[] strip = [h, reach];
            var send = new double[h * reach];
            var received = new double[h * reach];
            // The left halo came from the left neighbour's rightmost columns.
            CopyColumns(g, width, reach, h, 0, send, toStrip: true);
            Exchange(sequence, send, strip, received, left, right, "the adjoint of its left halo to the left neighbour");
            if (right >= 0) AddColumns(g, width, reach, h, w, received);
            // The right halo came from the right neighbour's leftmost columns.
            CopyColumns(g, width, reach, h, reach + w, send, toStrip: true);
            Exchange(sequence, send, strip, received, right, left, "the adjoint of its right halo to the right neighbour");
            if (left >= 0) AddColumns(g, width, reach, h, reach, received);
        }
        var adjoint = Tensor.Allocate(out var d, h, w);
        for (var i = 0; i < h; i++) g.Slice((i + reach) * width + reach, w).CopyTo(d.Slice(i * w, w));
        return OnBackend(adjoint, seed.Backend);
    }

    private static void Add(Span<double> target, ReadOnlySpan<double> values)
    {
        for (var i = 0; i < target.Length; i++) target[i] += values[i];
    }

    private static void AddColumns(Span<double> padded, int width, int reach, int rows, int column, ReadOnlySpan<double> strip)
    {
        for (var i = 0; i < rows; i++) Add(padded.Slice((i + reach) * width + column, reach), strip.Slice(i * reach, reach));
    }
}
