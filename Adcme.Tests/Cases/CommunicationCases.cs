namespace Adcme.Tests.Cases;

/// <summary>Collective communication inside differentiable code: each rank runs the method with its own
/// communicator; the derivatives are true adjoints under the global inner product.</summary>
public static partial class CommunicationCases
{
    /// <summary>ADCME's distributed example: θ broadcast from rank 0, l = θ^rank, L = Σ l. On 4 ranks at θ = 2:
    /// L = 15 and dL/dθ = 17 on rank 0 (0 on the others, whose θ is not read).</summary>
    [Differentiable]
    public static double Polynomial(double theta, [NoDerivative] Communicator comm)
    {
        var th = comm.Broadcast(theta, root: 0);
        var l = Math.Pow(th, comm.Rank);
        return comm.AllreduceSum(l);
    }

    /// <summary>The same with ReduceSum: the sum on rank 0, zero elsewhere.</summary>
    [Differentiable]
    public static double PolynomialReduced(double theta, Communicator comm)
    {
        var th = comm.Broadcast(theta, 0);
        var l = Math.Pow(th, comm.Rank);
        return comm.ReduceSum(l, 0);
    }

    /// <summary>A rank-local result (summed over ranks by M_Gradient): each rank's share of a global mean.</summary>
    [Differentiable]
    public static double LocalShare(double x, double y, Communicator comm)
    {
        var mean = comm.AllreduceSum(x * y) / comm.Size;
        return (x - mean) * (x - mean) + Math.Sin(y) * comm.AllreduceMax(x) + comm.AllreduceMin(y * y);
    }

    /// <summary>Tensors: every collective in a chain, with a loop.</summary>
    [Differentiable]
    public static double Tensors(Tensor u, Tensor w, Communicator comm)
    {
        var v = comm.Broadcast(u * w, 1 % comm.Size);
        for (var k = 0; k < 2; k++)
        {
            v = Tensor.Tanh(comm.AllreduceSum(v * u)) + comm.ReduceSum(w, 0);
        }
        var hi = comm.AllreduceMax(v * w);
        var lo = comm.AllreduceMin(u - w);
        return Tensor.Sum(hi * lo) + Tensor.SumOfSquares(v);
    }

    /// <summary>Communication whose result is unused: its adjoint still runs on every rank.</summary>
    [Differentiable]
    public static double UnusedCollective(double x, Communicator comm)
    {
        var unused = comm.AllreduceSum(x * 3.0);
        var th = comm.Broadcast(x, 0);
        return th * th;
    }

    /// <summary>A call to another differentiable method that communicates.</summary>
    [Differentiable]
    public static double Caller(double x, Communicator comm) => Polynomial(x * 0.5, comm) * x + LocalShare(x, 2.0, comm);

    /// <summary>Pieces of <see cref="Tensors"/>: a rank-local product with a maximum over ranks.</summary>
    [Differentiable]
    public static double PieceMax(Tensor u, Tensor w, Communicator comm) => Tensor.Sum(comm.AllreduceMax(u * w) * u);

    /// <summary>A minimum over ranks (its derivative on the lowest rank holding it).</summary>
    [Differentiable]
    public static double PieceMin(Tensor u, Tensor w, Communicator comm) => Tensor.Sum(comm.AllreduceMin(u - w) * u);

    /// <summary>Replicated: a maximum times a minimum over ranks is the same on every rank, so it counts once.</summary>
    [Differentiable]
    public static double PieceProduct(Tensor u, Tensor w, Communicator comm) => Tensor.Sum(comm.AllreduceMax(u * w) * comm.AllreduceMin(u - w));

    /// <summary>Broadcast, then AllreduceSum and ReduceSum in a loop.</summary>
    [Differentiable]
    public static double PieceLoop(Tensor u, Tensor w, Communicator comm)
    {
        var v = comm.Broadcast(u * w, 1 % comm.Size);
        for (var k = 0; k < 2; k++)
        {
            v = Tensor.Tanh(comm.AllreduceSum(v * u)) + comm.ReduceSum(w, 0);
        }
        return Tensor.SumOfSquares(v);
    }
}
