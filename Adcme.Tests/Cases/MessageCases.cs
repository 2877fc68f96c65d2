namespace Adcme.Tests.Cases;

/// <summary>Point-to-point messages, gathers and the halo exchange inside differentiable code.</summary>
public static partial class MessageCases
{
    /// <summary>A ring: every rank sends x² to the next and receives from the previous one.</summary>
    [Differentiable]
    public static double Ring(double x, Communicator comm)
    {
        var next = (comm.Rank + 1) % comm.Size;
        var previous = (comm.Rank + comm.Size - 1) % comm.Size;
        var y = comm.SendReceive(x * x, next, previous, 7);
        return y * x + Math.Sin(y);
    }

    /// <summary>Rank 0 sends, rank 1 receives (a branch on the rank); the others do neither.</summary>
    [Differentiable]
    public static double SendThenReceive(double x, Communicator comm)
    {
        var result = x;
        if (comm.Size > 1)
        {
            if (comm.Rank == 0)
            {
                comm.Send(x * 2.0, 1, 3);
                comm.Send(Math.Exp(x), 1, 3);
            }
            else if (comm.Rank == 1)
            {
                var first = comm.Receive(0, 3);
                var second = comm.Receive(0, 3);
                result = first * first * x + second;
            }
        }
        return result;
    }

    /// <summary>Tensors: a message shaped like its template, and a tensor ring.</summary>
    [Differentiable]
    public static double TensorMessages(Tensor u, Communicator comm)
    {
        var next = (comm.Rank + 1) % comm.Size;
        var previous = (comm.Rank + comm.Size - 1) % comm.Size;
        var shifted = comm.SendReceive(Tensor.Tanh(u), next, previous, 1);
        var total = Tensor.Sum(shifted * u);
        if (comm.Size > 1)
        {
            if (comm.Rank == 0) comm.Send(u * u, comm.Size - 1, 2);
            if (comm.Rank == comm.Size - 1) total = total + Tensor.SumOfSquares(comm.Receive(u, 0, 2) * u);
        }
        return total;
    }

    /// <summary>Allgather, Scatter and Gather in a chain.</summary>
    [Differentiable]
    public static double Gathers(Tensor u, double x, Communicator comm)
    {
        var all = comm.Allgather(u * x);
        var mine = comm.Scatter(all * all, 0);
        var gathered = comm.Gather(x * x, 0);
        var everyone = comm.Allgather(Math.Sin(x));
        return Tensor.Sum(mine * u) + Tensor.SumOfSquares(gathered) + Tensor.Sum(everyone * everyone) + Tensor.Sum(comm.Gather(u, comm.Size - 1));
    }

    /// <summary>A halo exchange of a field, then a nonlinear function of the padded block (corners included).</summary>
    [Differentiable]
    public static double Halo(Tensor block, int rows, int columns, int reach, Communicator comm)
    {
        var padded = comm.HaloExchange(block * block, rows, columns, reach, 0.5);
        return Tensor.SumOfSquares(Tensor.Sin(padded)) + Tensor.Sum(padded * padded * padded);
    }
}
