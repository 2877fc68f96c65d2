namespace Adcme.Tests.Cases;

/// <summary>Communication with explicit tokens inside differentiable code: the same programs as without them.</summary>
public static partial class TokenCases
{
    /// <summary>ADCME's polynomial, its chain of tokens written out.</summary>
    [Differentiable]
    public static double Polynomial(double theta, Communicator comm)
    {
        var t0 = comm.Token;
        var th = comm.Broadcast(theta, 0, t0, out var t1);
        var l = Math.Pow(th, comm.Rank);
        return comm.AllreduceSum(l, t1, out _);
    }

    /// <summary>A token handed on through a loop, a message pair and a ring; the last token discarded.</summary>
    [Differentiable]
    public static double Loop(Tensor u, double x, Communicator comm)
    {
        var token = comm.Token;
        var next = (comm.Rank + 1) % comm.Size;
        var previous = (comm.Rank + comm.Size - 1) % comm.Size;
        var v = u * x;
        for (var k = 0; k < 3; k++)
        {
            v = Tensor.Tanh(comm.SendReceive(v, next, previous, k, token, out token)) * u;
        }
        var s = comm.AllreduceSum(Tensor.Sum(v), token, out token);
        return s * x + comm.ReduceSum(x * x, 0, token, out _);
    }

    /// <summary>A token given as a parameter (the caller's chain goes on inside).</summary>
    [Differentiable]
    public static double FromParameter(double x, Communicator comm, CommToken token)
    {
        var y = comm.AllreduceMax(x * x, token, out var after);
        comm.Barrier(after, out var last);
        return y + x * comm.Broadcast(y, 0, last, out _);
    }
}
