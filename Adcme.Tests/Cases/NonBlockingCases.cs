namespace Adcme.Tests.Cases;

/// <summary>Non-blocking messages inside differentiable code: Isend/Irecv, Wait, and the received values.</summary>
public static partial class NonBlockingCases
{
    /// <summary>A ring of a tensor and a double, both sent before either is waited for; the tensor read twice.</summary>
    [Differentiable]
    public static double Ring(Tensor u, double x, Communicator comm)
    {
        var next = (comm.Rank + 1) % comm.Size;
        var previous = (comm.Rank + comm.Size - 1) % comm.Size;
        var r = comm.Irecv(u, previous, 4);
        var s = comm.Isend(Tensor.Tanh(u) * x, next, 4);
        var local = Tensor.SumOfSquares(u) * x;
        var rv = comm.Irecv(previous, 5);
        var sv = comm.Isend(x * x, next, 5);
        comm.Wait(s);
        comm.Wait(r);
        comm.Wait(sv);
        comm.Wait(rv);
        var got = r.Tensor;
        return local + Tensor.Sum(got * u) + rv.Value * x + Tensor.Sum(Tensor.Sin(r.Tensor));
    }

    /// <summary>A received value that is never read, and tokens through the non-blocking calls.</summary>
    [Differentiable]
    public static double Unread(double x, Communicator comm)
    {
        var next = (comm.Rank + 1) % comm.Size;
        var previous = (comm.Rank + comm.Size - 1) % comm.Size;
        var r = comm.Irecv(previous, 0, comm.Token, out var t1);
        var s = comm.Isend(Math.Exp(x), next, 0, t1, out var t2);
        comm.Wait(r);
        comm.Wait(s);
        return comm.AllreduceSum(x * x, t2, out _);
    }
}
