// Written by gen_comm.py 1 60: do not edit; change the script and run it again.
namespace Adcme.Tests.Adversarial.CommFuzz;

public static partial class CommFuzzCases
{
    /// <summary>The programs whose result is the same on every rank by provenance (M_Gradient counts it once);
    /// the others' results are rank-local (summed over ranks).</summary>
    public static readonly IReadOnlySet<string> Replicated = new HashSet<string> { "C1", "C2", "C5", "C6", "C8", "C9", "C14", "C25", "C27", "C28", "C31", "C33", "C34", "C35", "C36", "C39", "C40", "C42", "C44", "C47", "C48", "C50", "C51", "C53", "C56", "C57", "C58", "C59" };

    // Helpers that communicate, called by the programs (the generator knows each one's replication).

    /// <summary>Replicated whatever its argument: a collective's result.</summary>
    [Differentiable]
    public static double CSum(double x, Communicator comm) => Math.Tanh(comm.AllreduceSum(x * x) * 0.3);

    /// <summary>Replicated when its argument is: a broadcast plus the argument.</summary>
    [Differentiable]
    public static double CMix(double x, Communicator comm) => comm.Broadcast(Math.Sin(x), 0) * 0.5 + x * 0.3;

    /// <summary>Rank-local: a tensor ring (each rank receives its previous rank's value).</summary>
    [Differentiable]
    public static Tensor CRing(Tensor t, Communicator comm)
    {
        var next = (comm.Rank + 1) % comm.Size;
        var previous = (comm.Rank + comm.Size - 1) % comm.Size;
        return Tensor.Tanh(comm.SendReceive(t * 0.8, next, previous, 11)) + t * 0.2;
    }

    /// <summary>Replicated whatever its arguments: a broadcast, then collectives in a loop.</summary>
    [Differentiable]
    public static Tensor CBcast(Tensor t, double s, Communicator comm)
    {
        var y = comm.Broadcast(t * Math.Tanh(s), comm.Size - 1);
        for (var k = 0; k < 2; k++)
        {
            y = Tensor.Tanh(comm.AllreduceSum(y * 0.5));
        }
        return y;
    }

    /// <summary>Rank-local: rank 0 sends to rank 1 in a branch on the rank.</summary>
    [Differentiable]
    public static double CPair(double x, Communicator comm)
    {
        var r = x * 0.5;
        if (comm.Size > 1)
        {
            if (comm.Rank == 0)
            {
                comm.Send(Math.Sin(x), 1, 12);
            }
            else if (comm.Rank == 1)
            {
                r = r + comm.Receive(0, 12) * x;
            }
        }
        return r;
    }

    /// <summary>Calls other helpers; replicated when x is (CSum is always, CMix when x is; t reaches only CSum).</summary>
    [Differentiable]
    public static double CNest(double x, Tensor t, Communicator comm) => CSum(x + Tensor.Sum(CRing(t, comm)) * 0.1, comm) + CMix(x, comm) * 0.5;

    /// <summary>Rank-local: a window of the halo-padded block.</summary>
    [Differentiable]
    public static Tensor CHalo(Tensor t, int rows, int columns, Communicator comm) => Tensor.Block(comm.HaloExchange(Tensor.Tanh(t), rows, columns, 1, 0.25), 0, 1, 2, 3);

    // rank-local; AllreduceMin, Send/Receive, call, loop, rank branch, replicated branch, self message, unused, value branch
    [Differentiable]
    public static double C0(double a, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5);
        var s2 = 0.25;
        var acc = 0.0;
        if (comm.Size % 2 == 0)
        {
            if (comm.Rank > 0)
            {
                s1 = s1 * 0.5 + comm.Receive(comm.Rank - 1, 2);
            }
            if (comm.Rank < comm.Size - 1)
            {
                comm.Send(Math.Tanh(Math.Cos((a * 0.8 - 0.1)) * 0.5), comm.Rank + 1, 2);
            }
            if (comm.Size > 1)
            {
                s1 = a;
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send((Math.Tanh(s2 * s2) + Math.Tanh(a * s2)) * 0.5, comm.Size - 1, 5);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            s1 = s1 * 0.5 + comm.Receive(1, 5) * Math.Exp(Math.Tanh(acc) * 0.3);
                        }
                    }
                }
                s2 = CPair(Math.Tanh(Math.Cos(a) * 0.5 * Math.Exp(Math.Tanh(s2) * 0.3)), comm);
                s2 = Math.Sin(acc);
            }
            else
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(0.7, 1, 2);
                        comm.Send(Math.Tanh(Math.Cos(a) * 0.5) * (comm.Size - 0.5) * 0.3, 1, 2);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            acc = acc * 0.5 + comm.Receive(0, 2) * Math.Tanh(s2) * (comm.Size - 0.5) * 0.3;
                            acc = acc * 0.5 + comm.Receive(0, 2) * Math.Cos(s1) * 0.5;
                        }
                    }
                }
                s2 = Math.Tanh(acc) * (comm.Size - 0.5) * 0.3;
            }
            if (comm.Rank == comm.Size - 1)
            {
                s2 = Math.Tanh(Math.Exp(Math.Tanh(Math.Tanh(a) * (comm.Size - 0.5) * 0.3) * 0.3)) * (comm.Size - 0.5) * 0.3;
                acc += acc * 0.3;
                comm.Send((Math.Tanh(s1 * s2) * 0.8 - 0.1), comm.Rank, 2);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                comm.Send(Math.Tanh(acc) * (comm.Size - 0.5) * 0.3, comm.Rank, 5);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
            }
            else
            {
                acc += Math.Tanh((a * 0.8 - 0.1) * Math.Exp(Math.Tanh(Math.Tanh(acc * -0.4)) * 0.3)) * 0.3;
                s1 += Math.Sin(a) * 0.3;
                comm.Send(Math.Tanh(Math.Exp(Math.Tanh(a) * 0.3)) * (comm.Size - 0.5) * 0.3, comm.Rank, 2);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
            }
        }
        var unused1 = comm.AllreduceMin(Math.Cos(a) * 0.5 + a * 0.37);
        if (Math.Sin(acc) > 0.3)
        {
            if ((Math.Sin(s1) * 0.8 - 0.1) > 0.3)
            {
                acc += Math.Sin(Math.Tanh(Math.Tanh(0.7 * s2)) * (comm.Size - 0.5) * 0.3) * 0.3;
                s2 += Math.Tanh(acc * Math.Tanh(Math.Tanh(acc) * (comm.Size - 0.5) * 0.3) * (comm.Size - 0.5) * 0.3) * 0.3;
                comm.Send(a, comm.Rank, 5);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
            }
            else
            {
                s2 += (1.3 + Math.Tanh(a * acc)) * 0.5 * 0.3;
                comm.Send(Math.Tanh(acc) * (comm.Size - 0.5) * 0.3, comm.Rank, 2);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                acc += ((a + s2) * 0.5 * 0.8 - 0.1) * 0.3;
            }
            s2 = (acc + Math.Sin((acc * 0.8 - 0.1))) * 0.5;
        }
        if (comm.Rank == 0)
        {
            for (var k2 = 0; k2 < 3; k2++)
            {
                s1 = (Math.Tanh(Math.Tanh(s2 * s2) * Math.Tanh(a * acc)) + Math.Tanh(Math.Sin(0.7)) * (comm.Size - 0.5) * 0.3) * 0.5;
                comm.Send(Math.Sin(Math.Tanh(s1 * s2)), comm.Rank, 1);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
            }
            s1 = Math.Tanh(a) * (comm.Size - 0.5) * 0.3;
            s1 += Math.Tanh(Math.Sin(s1)) * (comm.Size - 0.5) * 0.3 * 0.3;
        }
        return comm.AllreduceSum(acc * 0.5) + Math.Sin(s2) * 0.5 + Math.Sin(acc) * 0.5;
    }

    // replicated; AllreduceMax, AllreduceSum, Gather, Scatter, Send/Receive, call, replicated branch, self message
    [Differentiable]
    public static double C1(double a, Tensor u, int rows, int columns, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        t1 = t1 * 0.9;
        s2 = (CMix((1.3 + acc) * 0.5, comm) * 0.8 - 0.1);
        if (comm.Size % 2 == 0)
        {
            if (comm.Rank > 0)
            {
                s2 = s2 * 0.5 + comm.Receive(comm.Rank - 1, 5);
            }
            if (comm.Rank < comm.Size - 1)
            {
                comm.Send(Math.Tanh(Math.Tanh((s1 + s2) * 0.5 * Tensor.Mean(Tensor.Sin(t2)))), comm.Rank + 1, 5);
            }
            t1 = (t2 * 0.7 + s2 * 0.2) * Math.Tanh(a) * Math.Tanh((Math.Exp(Math.Tanh(s1) * 0.3) * 0.8 - 0.1));
            comm.Send(Math.Cos(Tensor.Sum(u) * 0.2) * 0.5, comm.Rank, 3);
            s1 = s1 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
            t2 = comm.Scatter(comm.Gather((comm.AllreduceMax(t1 + u * 0.41) * 0.7 + Tensor.SumOfSquares(Tensor.Tanh(t1)) * 0.1 * 0.2), 1 % comm.Size), 1 % comm.Size);
        }
        comm.Send(Math.Tanh(Math.Tanh(s2 * s2)) * (comm.Size - 0.5) * 0.3, comm.Rank, 1);
        acc = acc * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
        return comm.AllreduceSum(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2);
    }

    // replicated; AllreduceMin, Receive(like), Send/Receive, call, loop, rank branch, self message, unused, value branch
    [Differentiable]
    public static double C2(double a, Tensor u, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        if (Math.Sin(Math.Exp(Math.Tanh(a) * 0.3)) > 0.6)
        {
            s1 = Tensor.Dot((t1 + t2) * 0.5 * Math.Tanh(Tensor.Dot(t2, t1) * 0.1), u) * 0.1;
            acc += (Tensor.Mean(Tensor.Sin(Tensor.Tanh(t2) * 0.9)) * 0.8 - 0.1) * 0.3;
            if (Math.Sin(Tensor.Dot(t2, t1) * 0.1) > 0.6)
            {
                acc += s1 * 0.3;
                s2 += Math.Tanh(Tensor.SumOfSquares(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t1) * 0.2))) * 0.1) * (comm.Size - 0.5) * 0.3 * 0.3;
                s2 += Math.Sin((Tensor.Dot(t1, t2) * 0.1 + Tensor.Sum(t1) * 0.2) * 0.5) * 0.3;
                comm.Send(Math.Tanh(Tensor.SumOfSquares(Tensor.Tanh(u)) * 0.1 * (-0.4 * 0.8 - 0.1)), comm.Rank, 2);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
            }
            else
            {
                s2 += Math.Cos(Math.Exp(Math.Tanh(Math.Cos(s1) * 0.5) * 0.3)) * 0.5 * 0.3;
                s2 = Math.Tanh(Tensor.Mean(Tensor.Sin(t2 * Math.Tanh(s1))) * acc);
                acc += (Tensor.Dot(u, (u + t2) * 0.5) * 0.1 * 0.8 - 0.1) * 0.3;
                comm.Send(Tensor.SumOfSquares(Tensor.Tanh((u + u) * 0.5)) * 0.1, comm.Rank, 2);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
            }
            for (var k2 = 0; k2 < 3; k2++)
            {
                t1 = u * Math.Tanh(s1);
                comm.Send(Tensor.Sin(t1) * Math.Tanh((a + s2) * 0.5), comm.Rank, 5);
                t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 5) * 0.5;
                comm.Send(s1, comm.Rank, 5);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
            }
        }
        else
        {
            s1 = (Tensor.SumOfSquares(Tensor.Tanh((u + t2) * 0.5)) * 0.1 + Math.Tanh((acc * 0.8 - 0.1) * Math.Cos(acc) * 0.5)) * 0.5;
            if (comm.Rank % 2 == 1)
            {
                s1 = Math.Exp(Math.Tanh(Math.Sin(a)) * 0.3);
                comm.Send(Tensor.Tanh(Tensor.Sin(u) * Tensor.Exp(Tensor.Tanh(u) * 0.2)), comm.Rank, 1);
                t2 = t2 * 0.5 + comm.Receive(u, comm.Rank, 1) * 0.5;
                comm.Send(Tensor.Dot((t2 + u) * 0.5, (t1 + t1) * 0.5) * 0.1, comm.Rank, 5);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
                comm.Send(Tensor.Tanh(Tensor.Sin(t1)) * 0.9, comm.Rank, 1);
                t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 1) * 0.5;
            }
        }
        s2 = s1;
        if (comm.Rank % 2 == 1)
        {
            comm.Send(Tensor.SumOfSquares(Tensor.Tanh(Tensor.Tanh(t1) * 0.9)) * 0.1, comm.Rank, 5);
            s1 = s1 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
            comm.Send((u + Tensor.Sin(t2)) * 0.5, comm.Rank, 1);
            t2 = t2 * 0.5 + comm.Receive(t1, comm.Rank, 1) * 0.5;
            if (comm.Rank % 2 == 1)
            {
                acc += 1.3 * 0.3;
                t2 = t2 * 0.6 + Tensor.Exp(Tensor.Tanh(Tensor.Tanh(t1) * 0.9 * Math.Tanh(Math.Tanh(a * s2))) * 0.2) * 0.4;
                t2 = ((Tensor.Sin(t2) * 0.7 + Tensor.SumOfSquares(Tensor.Tanh(t2)) * 0.1 * 0.2) * 0.7 + 1.3 * 0.2);
            }
            acc += Tensor.Sum(u) * 0.2 * 0.3;
        }
        acc += Math.Cos(Tensor.Dot(t1, (u * 0.7 + s1 * 0.2)) * 0.1) * 0.5 * 0.3;
        if (comm.Rank > 0)
        {
            t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank - 1, 2);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Tensor.Tanh(t1), comm.Rank + 1, 2);
        }
        if (comm.Size > 2)
        {
            if (comm.Rank == 1)
            {
                comm.Send(acc, comm.Size - 1, 5);
            }
            else
            {
                if (comm.Rank == comm.Size - 1)
                {
                    s1 = s1 * 0.5 + comm.Receive(1, 5) * Tensor.Sum(t1) * 0.2;
                }
            }
        }
        var unused1 = CRing(Tensor.Exp(Tensor.Tanh(t1) * 0.2), comm);
        return comm.AllreduceMin(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + a * 0.37) * 0.5 + comm.AllreduceSum(s1 * s1);
    }

    // rank-local; AllreduceSum, Broadcast, ReduceSum, Send/Receive, call, loop, rank branch, replicated branch, self message, unused, value branch
    [Differentiable]
    public static double C3(double a, Tensor u, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        if (Tensor.Sum(Tensor.Sin(u)) * 0.2 > 0.0)
        {
            s2 = Tensor.Dot(Tensor.Sin((u + t1) * 0.5), Tensor.Sin(Tensor.Exp(Tensor.Tanh(t1) * 0.2))) * 0.1;
            t2 = t2 * 0.6 + u * 0.4;
            if (Tensor.Mean(Tensor.Sin(Tensor.Sin(t1))) > 0.6)
            {
                t2 = t2 * 0.6 + Tensor.Tanh(Tensor.Tanh(t1) * 0.9 * Math.Tanh(0.7) * u * Math.Tanh(Math.Tanh(s1) * (comm.Size - 0.5) * 0.3)) * 0.4;
                comm.Send(Tensor.Sum(t2) * 0.2, comm.Rank, 2);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                t1 = (Tensor.Exp(Tensor.Tanh(t2) * 0.2) + Tensor.Tanh((t1 + t1) * 0.5) * 0.9) * 0.5;
            }
            for (var k2 = 0; k2 < 3; k2++)
            {
                comm.Send(Tensor.Dot(Tensor.Sin(t2), Tensor.Exp(Tensor.Tanh(u) * 0.2)) * 0.1, comm.Rank, 2);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                comm.Send(t2, comm.Rank, 1);
                t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 1) * 0.5;
            }
        }
        else
        {
            t1 = t1 * 0.9;
            if (comm.Rank == 0)
            {
                comm.Send(Tensor.Sin(Tensor.Sin(t1)), comm.Rank, 1);
                t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 1) * 0.5;
                comm.Send(((u * 0.7 + acc * 0.2) * 0.7 + s1 * 0.2), comm.Rank, 2);
                t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 2) * 0.5;
            }
            comm.Send(Math.Tanh(Math.Exp(Math.Tanh(a) * 0.3) * Math.Cos(s2) * 0.5), comm.Rank, 2);
            s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
            for (var k3 = 0; k3 < 2; k3++)
            {
                s1 = (Tensor.SumOfSquares(Tensor.Tanh((t1 + t1) * 0.5)) * 0.1 + Tensor.Mean(Tensor.Sin((u + u) * 0.5))) * 0.5;
                comm.Send(1.3, comm.Rank, 3);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
                acc += s2 * 0.3;
            }
        }
        for (var k4 = 0; k4 < 3; k4++)
        {
            if (comm.Rank == comm.Size - 1)
            {
                s2 += Tensor.SumOfSquares(Tensor.Tanh(Tensor.Sin(Tensor.Tanh(u) * 0.9))) * 0.1 * 0.3;
                comm.Send(a, comm.Rank, 2);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                s2 = Tensor.Mean(Tensor.Sin((Tensor.Sin(t2) * 0.7 + Math.Exp(Math.Tanh(a) * 0.3) * 0.2)));
                comm.Send(Math.Sin(Math.Sin(s2)), comm.Rank, 2);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
            }
            else
            {
                t1 = Tensor.Tanh(t1) * 0.9;
                acc += Math.Cos((Math.Cos(a) * 0.5 + Math.Cos(s2) * 0.5) * 0.5) * 0.5 * 0.3;
                s1 += Tensor.SumOfSquares(Tensor.Tanh(((u * 0.7 + s2 * 0.2) * 0.7 + Tensor.SumOfSquares(Tensor.Tanh(t2)) * 0.1 * 0.2))) * 0.1 * 0.3;
            }
            s1 = Math.Cos(Math.Cos(CSum(a, comm)) * 0.5) * 0.5;
        }
        if (comm.Size % 2 == 0)
        {
            acc += Math.Exp(Math.Tanh(a) * 0.3) * 0.3;
            if (Math.Cos(Tensor.Sum(u) * 0.2) * 0.5 > 0.3)
            {
                s2 += (s2 * 0.8 - 0.1) * 0.3;
                s2 += Tensor.SumOfSquares(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(Tensor.Sin(t1)) * 0.2))) * 0.1 * 0.3;
                comm.Send(Math.Sin(Math.Tanh(s2 * a)), comm.Rank, 1);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
            }
            else
            {
                acc += (Math.Sin(Tensor.SumOfSquares(Tensor.Tanh(u)) * 0.1) * 0.8 - 0.1) * 0.3;
                comm.Send(Tensor.SumOfSquares(Tensor.Tanh((u * 0.7 + a * 0.2))) * 0.1, comm.Rank, 2);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                acc += Math.Cos(Tensor.Mean(Tensor.Sin(Tensor.Tanh(t2 * u)))) * 0.5 * 0.3;
                comm.Send((Tensor.Exp(Tensor.Tanh(t1) * 0.2) * 0.7 + (s1 * 0.8 - 0.1) * 0.2), comm.Rank, 2);
                t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 2) * 0.5;
            }
            if (comm.Size > 1)
            {
                if (comm.Rank == comm.Size - 1)
                {
                    comm.Send((Tensor.Sum(t2) * 0.2 * 0.8 - 0.1), 0, 5);
                }
                else
                {
                    if (comm.Rank == 0)
                    {
                        s2 = s2 * 0.5 + comm.Receive(comm.Size - 1, 5) * Tensor.Mean(Tensor.Sin(t1));
                    }
                }
            }
        }
        else
        {
            if (comm.Rank > 0)
            {
                s2 = s2 * 0.5 + comm.Receive(comm.Rank - 1, 2);
            }
            if (comm.Rank < comm.Size - 1)
            {
                comm.Send(Math.Tanh(-0.4), comm.Rank + 1, 2);
            }
            var unused1 = comm.Broadcast(Tensor.Dot(t2, u) * 0.1, 1 % comm.Size);
            acc += acc * 0.3;
            if (comm.Size > 2)
            {
                if (comm.Rank == 1)
                {
                    comm.Send(Tensor.Dot(Tensor.Tanh(u) * 0.9, Tensor.Sin(u)) * 0.1, comm.Size - 1, 2);
                    comm.Send(s1, comm.Size - 1, 2);
                }
                else
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        acc = acc * 0.5 + comm.Receive(1, 2) * s2;
                        acc = acc * 0.5 + comm.Receive(1, 2) * Tensor.Sum(t2) * 0.2;
                    }
                }
            }
        }
        t2 = t2 * 0.6 + Tensor.Tanh(t1 * ((u + t2) * 0.5 * 0.7 + acc * 0.2)) * 0.4;
        s1 += (comm.AllreduceSum((s2 * 0.8 - 0.1)) * 0.8 - 0.1) * 0.3;
        if ((Tensor.Mean(Tensor.Sin(u)) + Math.Tanh(s1) * (comm.Size - 0.5) * 0.3) * 0.5 > 0.0)
        {
            t2 = Tensor.Tanh(u * Tensor.Tanh(u * Math.Tanh(s2) * t2));
            t1 = Tensor.Sin(t2 * Math.Tanh(Tensor.Sum(t2) * 0.2));
            comm.Send(Math.Tanh(Math.Tanh(a) * (comm.Size - 0.5) * 0.3) * (comm.Size - 0.5) * 0.3, comm.Rank, 2);
            acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
        }
        else
        {
            acc += Tensor.SumOfSquares(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t2) * 0.2) * Math.Tanh(s2))) * 0.1 * 0.3;
            s2 = s2 * 0.9;
            acc += Math.Sin(a) * 0.3;
        }
        return comm.ReduceSum(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2, comm.Size - 1);
    }

    // rank-local; Allgather, Gather, Receive(like), Scatter, Send/Receive, call, loop, rank branch, replicated branch, self message, unused
    [Differentiable]
    public static double C4(double a, double b, Tensor u, Tensor q, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5 + Tensor.Mean(u) + Tensor.Mean(q));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        var r1 = Tensor.Sin(q) * 0.5;
        comm.Send(Tensor.Exp(Tensor.Tanh((q * 0.7 + 1.3 * 0.2)) * 0.2), comm.Rank, 1);
        r1 = r1 * 0.5 + comm.Receive(r1, comm.Rank, 1) * 0.5;
        r1 = q;
        if (comm.Size % 2 == 0)
        {
            var unused1 = comm.Scatter(comm.Gather(Tensor.Sin(q), 0), 0);
            for (var k3 = 0; k3 < 3; k3++)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send((Tensor.Exp(Tensor.Tanh(u) * 0.2) * 0.7 + s1 * 0.2), 1, 5);
                        comm.Send((t2 + Tensor.Exp(Tensor.Tanh(t2) * 0.2)) * 0.5, 1, 5);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            t1 = t1 * 0.5 + comm.Receive(u, 0, 5) * Tensor.Tanh((t2 + t1) * 0.5);
                            t2 = t2 * 0.5 + comm.Receive(u, 0, 5) * Tensor.Tanh((u * 0.7 + a * 0.2));
                        }
                    }
                }
                s1 += (Tensor.SumOfSquares(comm.Allgather(Tensor.Sum(q) * 0.2)) * 0.2 + a) * 0.5 * 0.3;
            }
            acc += Math.Cos(b) * 0.5 * 0.3;
        }
        else
        {
            comm.Send(Tensor.Tanh(t2 * t2), comm.Rank, 5);
            t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 5) * 0.5;
            if (comm.Size > 1)
            {
                if (comm.Rank == 0)
                {
                    comm.Send(u, 1, 3);
                }
                else
                {
                    if (comm.Rank == 1)
                    {
                        t2 = t2 * 0.5 + comm.Receive(t2, 0, 3) * Tensor.Tanh(t2 * Math.Tanh(s2));
                    }
                }
            }
            acc += Math.Exp(Math.Tanh(Math.Tanh((s1 * 0.8 - 0.1)) * (comm.Size - 0.5) * 0.3) * 0.3) * 0.3;
        }
        if (comm.Rank % 2 == 1)
        {
            r1 = q;
            comm.Send(Tensor.Sin(t1), comm.Rank, 2);
            t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 2) * 0.5;
            acc += a * 0.3;
            if (comm.Rank == comm.Size - 1)
            {
                comm.Send((Tensor.Tanh(u * t1) + Tensor.Tanh(u * t1)) * 0.5, comm.Rank, 1);
                t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 1) * 0.5;
                comm.Send(Math.Cos(Math.Sin(s1)) * 0.5, comm.Rank, 2);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                s1 = (Tensor.Dot(Tensor.Tanh(t2 * t1), u) * 0.1 * 0.8 - 0.1);
                r1 = Tensor.Exp(Tensor.Tanh(((q + r1) * 0.5 * 0.7 + Tensor.Mean(Tensor.Sin(q)) * 0.2)) * 0.2);
            }
            else
            {
                acc += Tensor.SumOfSquares(Tensor.Tanh((t1 * Math.Tanh(a) * 0.7 + Tensor.Sum(u) * 0.2 * 0.2))) * 0.1 * 0.3;
                comm.Send(Math.Sin(Math.Sin(-0.4)), comm.Rank, 5);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
            }
        }
        var unused2 = CBcast(t1, Math.Cos(b) * 0.5, comm);
        t2 = t1;
        return acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(Tensor.Tanh(r1)) * 0.2 + a * 0.1;
    }

    // replicated; Allgather, AllreduceSum, Receive(like), ReduceSum, Scatter, Send/Receive, SendReceive, loop, rank branch, replicated branch, self message, unused, value branch
    [Differentiable]
    public static double C5(double a, Tensor u, Tensor w, Tensor q, int rows, int columns, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u) + Tensor.Mean(w) + Tensor.Mean(q));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(w);
        var t2 = Tensor.Tanh(u);
        var r1 = Tensor.Sin(q) * 0.5;
        t1 = Tensor.Tanh(u) * 0.9;
        if (comm.Rank == comm.Size - 1)
        {
            comm.Send(a, comm.Rank, 2);
            s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
            t2 = Tensor.Tanh(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t1) * 0.2) * Tensor.Exp(Tensor.Tanh(t2) * 0.2))) * 0.9;
        }
        if (comm.Size % 2 == 0)
        {
            s1 = s2;
            r1 = Tensor.Tanh(comm.AllreduceSum(comm.SendReceive(comm.Scatter(comm.Allgather(q) * 0.5, 0), (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 2) * 0.5)) + comm.SendReceive(comm.Scatter(comm.Allgather(q) * 0.5, 0), (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 2) * 0.3;
            if (Tensor.Mean(Tensor.Sin(u)) > 0.3)
            {
                t2 = Tensor.Tanh(((t2 + t1) * 0.5 + (u + w) * 0.5) * 0.5) * 0.9;
                r1 = (r1 + Tensor.Sin((q + r1) * 0.5)) * 0.5;
                comm.Send(Math.Tanh(Math.Tanh(0.7 * s1) * acc), comm.Rank, 2);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
            }
        }
        else
        {
            t2 = t2 * 0.6 + (comm.ReduceSum(w, 0) + t1) * 0.5 * 0.4;
            acc += s1 * 0.3;
            for (var k2 = 0; k2 < 2; k2++)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send((r1 * Math.Tanh(0.7) * 0.7 + Tensor.Dot(q, q) * 0.1 * 0.2), 1, 1);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            r1 = r1 * 0.5 + comm.Receive(q, 0, 1) * Tensor.Tanh((r1 + r1) * 0.5);
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(Tensor.Tanh(w) * 0.9, 0, 3);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            t2 = t2 * 0.5 + comm.Receive(u, comm.Size - 1, 3) * Tensor.Tanh(t2);
                        }
                    }
                }
                t2 = Tensor.Tanh(comm.AllreduceSum(Tensor.Tanh(Tensor.Tanh(t1) * 0.9 * comm.Scatter(comm.Allgather(t2) * 0.5, 1 % comm.Size)) * 0.5)) + Tensor.Tanh(Tensor.Tanh(t1) * 0.9 * comm.Scatter(comm.Allgather(t2) * 0.5, 1 % comm.Size)) * 0.3;
                s2 += s1 * 0.3;
            }
            acc += acc * 0.3;
        }
        var unused1 = Tensor.Tanh(comm.AllreduceSum(Tensor.Tanh(comm.AllreduceSum(q * 0.5)) + q * 0.3 * 0.5)) + Tensor.Tanh(comm.AllreduceSum(q * 0.5)) + q * 0.3 * 0.3;
        return comm.AllreduceSum(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(Tensor.Tanh(r1)) * 0.2);
    }

    // replicated; Allgather, AllreduceMin, AllreduceSum, HaloExchange, Receive(like), Send/Receive, call, loop, replicated branch, unused
    [Differentiable]
    public static double C6(Tensor u, Tensor w, Communicator comm)
    {
        var s1 = Math.Tanh(Tensor.Mean(u) + Tensor.Mean(w));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(w);
        var t2 = Tensor.Tanh(u);
        for (var k4 = 0; k4 < 3; k4++)
        {
            if (comm.Size > 1)
            {
                if (comm.Rank == comm.Size - 1)
                {
                    comm.Send(w, 0, 1);
                }
                else
                {
                    if (comm.Rank == 0)
                    {
                        t2 = t2 * 0.5 + comm.Receive(u, comm.Size - 1, 1) * Tensor.Tanh((w * 0.7 + 0.7 * 0.2));
                    }
                }
            }
            s1 += Tensor.SumOfSquares(comm.Allgather(s2)) * 0.2 * 0.3;
            if (comm.Size > 1)
            {
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(Tensor.Exp(Tensor.Tanh((w * 0.7 + acc * 0.2)) * 0.2), comm.Size - 1, 2);
                        comm.Send(Tensor.Exp(Tensor.Tanh(Tensor.Sin(t2)) * 0.2), comm.Size - 1, 2);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            t1 = t1 * 0.5 + comm.Receive(t1, 1, 2) * Tensor.Tanh((t1 + w) * 0.5);
                            t1 = t1 * 0.5 + comm.Receive(u, 1, 2) * Tensor.Tanh(u);
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(t2, 0, 2);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            t1 = t1 * 0.5 + comm.Receive(w, comm.Size - 1, 2) * Tensor.Tanh(t2 * Math.Tanh(s1));
                        }
                    }
                }
                t1 = Tensor.Exp(Tensor.Tanh(u) * 0.2);
            }
        }
        var unused1 = Tensor.Block(comm.HaloExchange(u * Math.Tanh(s2), 1, comm.Size, 2, -0.25), 1, 3, 2, 3);
        var unused2 = CBcast((t2 * 0.7 + 0.7 * 0.2), s1, comm);
        s1 = 0.7;
        s2 = Math.Tanh(Math.Sin(comm.AllreduceSum(comm.AllreduceMin(acc + Tensor.Sum(w) * 0.23)) * 0.5) + comm.AllreduceMin(acc + Tensor.Sum(w) * 0.23) * 0.2 * s1);
        var unused3 = CBcast(Tensor.Tanh(comm.AllreduceSum(t1 * 0.5)) + t1 * 0.3, CPair(s2, comm), comm);
        return comm.AllreduceSum(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2) + Math.Sin(acc) * 0.5;
    }

    // rank-local; Allgather, Gather, ReduceSum, Scatter, call, loop, rank branch, replicated branch, self message, value branch
    [Differentiable]
    public static double C7(double a, Tensor u, Tensor q, int rows, int columns, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u) + Tensor.Mean(q));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        var r1 = Tensor.Sin(q) * 0.5;
        r1 = comm.ReduceSum(Tensor.Tanh(Tensor.Tanh(r1 * r1)) * 0.9, 0);
        r1 = r1 * 0.9;
        r1 = comm.Scatter(comm.Allgather(Tensor.Tanh(r1 * q)) * 0.5, 0);
        if (comm.Rank == comm.Size - 1)
        {
            comm.Send(u, comm.Rank, 2);
            t1 = t1 * 0.5 + comm.Receive(u, comm.Rank, 2) * 0.5;
            for (var k1 = 0; k1 < 2; k1++)
            {
                comm.Send(Tensor.Tanh(u * t1), comm.Rank, 3);
                t2 = t2 * 0.5 + comm.Receive(u, comm.Rank, 3) * 0.5;
                s1 = Tensor.SumOfSquares(Tensor.Tanh(t2)) * 0.1;
                s2 += Tensor.Mean(Tensor.Sin(Tensor.Tanh(Tensor.Tanh(q) * 0.9) * 0.9)) * 0.3;
            }
            t1 = t1 * 0.6 + Tensor.Tanh((Tensor.Sin(t1) + (t2 * 0.7 + s2 * 0.2)) * 0.5 * Tensor.Tanh(t1 * Math.Tanh(s1) * u)) * 0.4;
            if (comm.Rank % 2 == 1)
            {
                acc += a * 0.3;
                comm.Send(u, comm.Rank, 5);
                t2 = t2 * 0.5 + comm.Receive(t1, comm.Rank, 5) * 0.5;
                acc += Tensor.Sum(Tensor.Tanh(Tensor.Tanh(q) * 0.9) * 0.9) * 0.2 * 0.3;
            }
        }
        else
        {
            comm.Send(acc, comm.Rank, 3);
            s1 = s1 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
            s1 = Tensor.Dot(t2, (t2 * Math.Tanh(acc) + t2) * 0.5) * 0.1;
        }
        s1 = CSum((a + Tensor.Sum(t1) * 0.2) * 0.5, comm);
        if (Math.Sin(comm.AllreduceSum(s2)) > -0.3)
        {
            if ((Math.Exp(Math.Tanh(acc) * 0.3) + Tensor.Dot(t1, t2) * 0.1) * 0.5 > 0.3)
            {
                comm.Send((r1 * Math.Tanh(a) + Tensor.Exp(Tensor.Tanh(q) * 0.2)) * 0.5, comm.Rank, 5);
                r1 = r1 * 0.5 + comm.Receive(r1, comm.Rank, 5) * 0.5;
                r1 = q;
                s2 = Math.Sin(Math.Tanh(Tensor.SumOfSquares(Tensor.Tanh(u)) * 0.1) * (comm.Size - 0.5) * 0.3);
            }
            else
            {
                comm.Send(((r1 + r1) * 0.5 * 0.7 + (acc + a) * 0.5 * 0.2), comm.Rank, 3);
                r1 = r1 * 0.5 + comm.Receive(q, comm.Rank, 3) * 0.5;
                comm.Send(s1, comm.Rank, 1);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
                t1 = t1 * 0.9;
            }
            s2 = Math.Tanh(Tensor.Sum(comm.Gather((a + acc) * 0.5, comm.Size - 1)) * 0.3) * (comm.Size - 0.5) * 0.3;
            if (Math.Tanh(acc) * (comm.Size - 0.5) * 0.3 > 0.0)
            {
                t1 = t1 * 0.6 + Tensor.Sin(u) * 0.4;
                comm.Send(Tensor.Dot(q, Tensor.Tanh(r1 * r1)) * 0.1, comm.Rank, 2);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                comm.Send(Tensor.Exp(Tensor.Tanh(u) * 0.2), comm.Rank, 5);
                t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 5) * 0.5;
            }
            else
            {
                s1 += Tensor.Sum(t1) * 0.2 * 0.3;
                comm.Send(Tensor.Tanh(q) * 0.9 * Math.Tanh(Math.Cos(1.3) * 0.5), comm.Rank, 5);
                r1 = r1 * 0.5 + comm.Receive(q, comm.Rank, 5) * 0.5;
                comm.Send(Tensor.Exp(Tensor.Tanh(Tensor.Sin(u)) * 0.2), comm.Rank, 5);
                t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank, 5) * 0.5;
            }
        }
        acc += Math.Exp(Math.Tanh((Math.Tanh(s2 * acc) + Tensor.Dot(t2, u) * 0.1) * 0.5) * 0.3) * 0.3;
        return acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(Tensor.Tanh(r1)) * 0.2 + a * 0.1;
    }

    // replicated; Allgather, Broadcast, HaloExchange, Receive(like), Send/Receive, rank branch, replicated branch, self message, value branch
    [Differentiable]
    public static double C8(Tensor u, Tensor w, int rows, int columns, Communicator comm)
    {
        var s1 = Math.Tanh(Tensor.Mean(u) + Tensor.Mean(w));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(w);
        if (comm.Size > 1)
        {
            s1 = Math.Exp(Math.Tanh(Math.Tanh(Tensor.SumOfSquares(Tensor.Sin(comm.HaloExchange(t1, rows, columns, 1, 0.5))) * 0.1 * Math.Tanh(s2) * (comm.Size - 0.5) * 0.3)) * 0.3);
            if (comm.Rank == 0)
            {
                comm.Send((Math.Tanh(s1 * acc) + Tensor.SumOfSquares(Tensor.Tanh(t2)) * 0.1) * 0.5, comm.Rank, 2);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                s2 = Math.Tanh(Math.Tanh(Tensor.Sum(u) * 0.2) * (comm.Size - 0.5) * 0.3 * acc);
                s2 += Tensor.Mean(Tensor.Sin(w)) * 0.3;
                t2 = Tensor.Exp(Tensor.Tanh(Tensor.Tanh(u) * 0.9) * 0.2);
            }
            if (Tensor.SumOfSquares(Tensor.Tanh(u)) * 0.1 > 0.3)
            {
                acc += Math.Sin((Math.Tanh(acc * acc) + 0.7) * 0.5) * 0.3;
                acc += Tensor.SumOfSquares(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t2) * 0.2) * Math.Tanh(Tensor.Dot(w, w) * 0.1))) * 0.1 * 0.3;
            }
        }
        s1 = Tensor.SumOfSquares(comm.Allgather(acc)) * 0.2;
        acc += acc * 0.3;
        if (comm.Size > 1)
        {
            if (comm.Rank == 0)
            {
                comm.Send(((u * 0.7 + acc * 0.2) * 0.7 + (s1 + s2) * 0.5 * 0.2), 1, 1);
            }
            else
            {
                if (comm.Rank == 1)
                {
                    t1 = t1 * 0.5 + comm.Receive(w, 0, 1) * Tensor.Tanh(Tensor.Tanh(u) * 0.9);
                }
            }
        }
        return Math.Tanh(comm.Broadcast(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2, 0)) + Math.Sin(s1) * 0.5;
    }

    // replicated; Allgather, AllreduceMax, Receive(like), Scatter, Send/Receive, loop, self message
    [Differentiable]
    public static double C9(double a, double b, Tensor u, int rows, int columns, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5 + Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        for (var k1 = 0; k1 < 3; k1++)
        {
            comm.Send(Tensor.Sin(t1) * Math.Tanh(Tensor.Sum(t2) * 0.2), comm.Rank, 5);
            t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank, 5) * 0.5;
            s2 = acc;
            t1 = (((t2 + t2) * 0.5 + comm.Scatter(comm.Allgather(t2) * 0.5, 0)) * 0.5 * 0.7 + s2 * 0.2);
        }
        if (comm.Rank > 0)
        {
            t2 = t2 * 0.5 + comm.Receive(u, comm.Rank - 1, 1);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Tensor.Tanh(Tensor.Sin(u)), comm.Rank + 1, 1);
        }
        s1 = b;
        if (comm.Size > 2)
        {
            if (comm.Rank == 1)
            {
                comm.Send((t1 * 0.7 + a * 0.2), comm.Size - 1, 5);
                comm.Send(t1, comm.Size - 1, 5);
            }
            else
            {
                if (comm.Rank == comm.Size - 1)
                {
                    t1 = t1 * 0.5 + comm.Receive(t1, 1, 5) * Tensor.Tanh(t1);
                    t2 = t2 * 0.5 + comm.Receive(u, 1, 5) * Tensor.Tanh(Tensor.Sin(u));
                }
            }
        }
        return comm.AllreduceMax(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + b * 0.37) * 0.5 + comm.AllreduceSum(s1 * s1);
    }

    // rank-local; Allgather, AllreduceMax, AllreduceMin, Broadcast, HaloExchange, Receive(like), ReduceSum, Scatter, Send/Receive, SendReceive, loop
    [Differentiable]
    public static double C10(double a, double b, Tensor u, Tensor q, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5 + Tensor.Mean(u) + Tensor.Mean(q));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        var r1 = Tensor.Sin(q) * 0.5;
        if (comm.Rank > 0)
        {
            r1 = r1 * 0.5 + comm.Receive(r1, comm.Rank - 1, 2);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Tensor.Tanh(r1), comm.Rank + 1, 2);
        }
        s1 = Math.Exp(Math.Tanh(Math.Sin(Math.Cos(s1) * 0.5)) * 0.3);
        for (var k1 = 0; k1 < 3; k1++)
        {
            t1 = comm.SendReceive(comm.AllreduceMin(t2 * Math.Tanh(s1) + u * 0.41), (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 1);
            t2 = Tensor.Tanh(Tensor.Tanh(comm.Broadcast(t1, 0) * u) * t1);
        }
        s1 = comm.AllreduceMax(Tensor.Dot(comm.Scatter(comm.Allgather(t1) * 0.5, comm.Size - 1), Tensor.Block(comm.HaloExchange(t2, comm.Size, 1, 2, 0.5), 3, 4, 2, 3)) * 0.1 + a * 0.37);
        return comm.ReduceSum(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(Tensor.Tanh(r1)) * 0.2, 1 % comm.Size);
    }

    // rank-local; AllreduceMin, Gather, Receive(like), Send/Receive, SendReceive, loop, replicated branch, self message
    [Differentiable]
    public static double C11(double a, double b, Tensor u, Tensor q, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5 + Tensor.Mean(u) + Tensor.Mean(q));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        var r1 = Tensor.Sin(q) * 0.5;
        t2 = Tensor.Tanh(Tensor.Tanh(t1 * u)) * 0.9 * Math.Tanh(Tensor.Sum(comm.Gather(comm.SendReceive(a, (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 2), comm.Size - 1)) * 0.3);
        if (Math.Sin(comm.AllreduceSum(Math.Exp(Math.Tanh(a) * 0.3))) > 0.2)
        {
            s1 = 0.7;
            acc += Tensor.Mean(Tensor.Sin((Tensor.Exp(Tensor.Tanh(r1) * 0.2) + Tensor.Tanh(q) * 0.9) * 0.5)) * 0.3;
        }
        else
        {
            for (var k1 = 0; k1 < 3; k1++)
            {
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(Tensor.Exp(Tensor.Tanh(Tensor.Tanh(t1) * 0.9) * 0.2), comm.Size - 1, 1);
                        comm.Send((u * Math.Tanh(-0.4) + t2) * 0.5, comm.Size - 1, 1);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            t2 = t2 * 0.5 + comm.Receive(t2, 1, 1) * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t2) * 0.2));
                            t2 = t2 * 0.5 + comm.Receive(t1, 1, 1) * Tensor.Tanh(t2);
                        }
                    }
                }
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(Tensor.Tanh(Tensor.Sin(t2)) * 0.9, comm.Size - 1, 5);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            t1 = t1 * 0.5 + comm.Receive(t1, 1, 5) * Tensor.Tanh(Tensor.Sin(u));
                        }
                    }
                }
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(t2, comm.Size - 1, 2);
                        comm.Send((Tensor.Sin(t1) + Tensor.Exp(Tensor.Tanh(u) * 0.2)) * 0.5, comm.Size - 1, 2);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            t2 = t2 * 0.5 + comm.Receive(t1, 1, 2) * Tensor.Tanh(Tensor.Tanh(t2) * 0.9);
                            t1 = t1 * 0.5 + comm.Receive(t1, 1, 2) * Tensor.Tanh((u + u) * 0.5);
                        }
                    }
                }
                acc += a * 0.3;
            }
            if (comm.Size > 1)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(Tensor.Exp(Tensor.Tanh(Tensor.Sin(u)) * 0.2), 1, 2);
                        comm.Send(Tensor.Exp(Tensor.Tanh(t2) * 0.2), 1, 2);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            t2 = t2 * 0.5 + comm.Receive(t2, 0, 2) * Tensor.Tanh(Tensor.Sin(u));
                            t1 = t1 * 0.5 + comm.Receive(u, 0, 2) * Tensor.Tanh((t1 + t2) * 0.5);
                        }
                    }
                }
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(u) * 0.2)) * 0.9, comm.Size - 1, 3);
                        comm.Send(Tensor.Sin(Tensor.Tanh(t2 * t1)), comm.Size - 1, 3);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            t1 = t1 * 0.5 + comm.Receive(t1, 1, 3) * Tensor.Tanh((t2 * 0.7 + s1 * 0.2));
                            t1 = t1 * 0.5 + comm.Receive(t1, 1, 3) * Tensor.Tanh((u * 0.7 + s2 * 0.2));
                        }
                    }
                }
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(Tensor.Mean(Tensor.Sin(q)), comm.Size - 1, 5);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            acc = acc * 0.5 + comm.Receive(1, 5) * Tensor.SumOfSquares(Tensor.Tanh(u)) * 0.1;
                        }
                    }
                }
            }
            else
            {
                acc += a * 0.3;
                comm.Send(t1, comm.Rank, 1);
                t2 = t2 * 0.5 + comm.Receive(u, comm.Rank, 1) * 0.5;
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send((Tensor.Sin(t2) * 0.7 + Math.Tanh(s2) * (comm.Size - 0.5) * 0.3 * 0.2), 1, 2);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            t1 = t1 * 0.5 + comm.Receive(t1, 0, 2) * Tensor.Tanh(u);
                        }
                    }
                }
            }
            r1 = r1 * 0.9;
            if (comm.Size > 1)
            {
                if (comm.Rank == 0)
                {
                    comm.Send(Tensor.Sum(r1 * Math.Tanh(s1)) * 0.2, 1, 1);
                }
                else
                {
                    if (comm.Rank == 1)
                    {
                        s2 = s2 * 0.5 + comm.Receive(0, 1) * s1;
                    }
                }
            }
        }
        s1 = Math.Tanh(Math.Cos(acc) * 0.5) * (comm.Size - 0.5) * 0.3;
        if (comm.Size > 1)
        {
            if (comm.Rank == comm.Size - 1)
            {
                comm.Send(Math.Cos(s2) * 0.5, 0, 1);
            }
            else
            {
                if (comm.Rank == 0)
                {
                    s1 = s1 * 0.5 + comm.Receive(comm.Size - 1, 1) * Tensor.Dot(t2, t1) * 0.1;
                }
            }
        }
        s2 = comm.AllreduceMin(acc + a * 0.37);
        comm.Send(acc, comm.Rank, 3);
        s2 = s2 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
        comm.Send(Tensor.Sin(u) * Math.Tanh((s2 * 0.8 - 0.1)), comm.Rank, 2);
        t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 2) * 0.5;
        return acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(Tensor.Tanh(r1)) * 0.2 + a * 0.1;
    }

    // rank-local; AllreduceSum, Send/Receive, call, loop, self message, value branch
    [Differentiable]
    public static double C12(double a, double b, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5);
        var s2 = 0.25;
        var acc = 0.0;
        for (var k1 = 0; k1 < 3; k1++)
        {
            if (comm.Size > 1)
            {
                if (comm.Rank == 0)
                {
                    comm.Send((Math.Exp(Math.Tanh(b) * 0.3) + 1.3) * 0.5, 1, 3);
                }
                else
                {
                    if (comm.Rank == 1)
                    {
                        s1 = s1 * 0.5 + comm.Receive(0, 3) * s1;
                    }
                }
            }
            s2 = Math.Sin(comm.AllreduceSum(1.3) * 0.5) + 1.3 * 0.2;
        }
        s2 = CSum(Math.Exp(Math.Tanh(s2) * 0.3), comm);
        if (Math.Tanh(s2) * (comm.Size - 0.5) * 0.3 > 0.6)
        {
            acc += Math.Tanh(Math.Sin(Math.Tanh(s2 * 0.7))) * (comm.Size - 0.5) * 0.3 * 0.3;
            for (var k2 = 0; k2 < 3; k2++)
            {
                s1 += Math.Exp(Math.Tanh(s1) * 0.3) * 0.3;
                comm.Send(Math.Tanh(Math.Tanh(s1 * b)) * (comm.Size - 0.5) * 0.3, comm.Rank, 1);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
                acc += (a * 0.8 - 0.1) * 0.3;
            }
        }
        else
        {
            s1 = Math.Exp(Math.Tanh(Math.Exp(Math.Tanh(Math.Cos(acc) * 0.5) * 0.3)) * 0.3);
            s1 = Math.Sin(((b * 0.8 - 0.1) * 0.8 - 0.1));
            s1 = (b * 0.8 - 0.1);
        }
        if ((Math.Cos(s1) * 0.5 + Math.Sin(s2)) * 0.5 > 0.0)
        {
            acc += s1 * 0.3;
            comm.Send(1.3, comm.Rank, 3);
            s1 = s1 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
            s2 = Math.Tanh(a) * (comm.Size - 0.5) * 0.3;
        }
        s2 = Math.Sin((Math.Sin(s2) + s1) * 0.5);
        s2 = a;
        return comm.AllreduceSum(acc * 0.5) + Math.Sin(acc) * 0.5 + Math.Sin(s2) * 0.5;
    }

    // rank-local; AllreduceMax, AllreduceSum, Receive(like), Send/Receive, SendReceive, call, loop, self message, unused
    [Differentiable]
    public static double C13(Tensor u, Tensor q, int rows, int columns, Communicator comm)
    {
        var s1 = Math.Tanh(Tensor.Mean(u) + Tensor.Mean(q));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        var r1 = Tensor.Sin(q) * 0.5;
        t2 = Tensor.Exp(Tensor.Tanh(Tensor.Tanh(Tensor.Tanh(u) * 0.9 * (t2 + t1) * 0.5)) * 0.2);
        for (var k2 = 0; k2 < 3; k2++)
        {
            t1 = t1 * 0.6 + Tensor.Tanh(Tensor.Tanh(comm.AllreduceMax(u + u * 0.41) * Tensor.Tanh(t1 * t1)) * t2) * 0.4;
            t2 = (Tensor.Tanh((t1 + t1) * 0.5 * (t2 * 0.7 + s1 * 0.2)) * 0.7 + (Math.Cos(s1) * 0.5 * 0.8 - 0.1) * 0.2);
            if (comm.Size > 1)
            {
                if (comm.Rank == 0)
                {
                    comm.Send(((r1 * 0.7 + s1 * 0.2) * 0.7 + Tensor.SumOfSquares(Tensor.Tanh(q)) * 0.1 * 0.2), 1, 2);
                }
                else
                {
                    if (comm.Rank == 1)
                    {
                        r1 = r1 * 0.5 + comm.Receive(q, 0, 2) * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(q) * 0.2));
                    }
                }
            }
            if (comm.Size > 1)
            {
                if (comm.Rank == comm.Size - 1)
                {
                    comm.Send(acc, 0, 3);
                    comm.Send(Math.Exp(Math.Tanh(Tensor.SumOfSquares(Tensor.Tanh(q)) * 0.1) * 0.3), 0, 3);
                }
                else
                {
                    if (comm.Rank == 0)
                    {
                        s1 = s1 * 0.5 + comm.Receive(comm.Size - 1, 3) * Tensor.Sum(r1) * 0.2;
                        s1 = s1 * 0.5 + comm.Receive(comm.Size - 1, 3) * Math.Exp(Math.Tanh(s1) * 0.3);
                    }
                }
            }
        }
        comm.Send(Tensor.Tanh(t2) * 0.9 * Math.Tanh(Tensor.Sum(u) * 0.2), comm.Rank, 3);
        t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank, 3) * 0.5;
        s1 += comm.SendReceive((Tensor.Dot(t2, t2) * 0.1 + s2) * 0.5, (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 5) * 0.3;
        if (comm.Rank > 0)
        {
            s1 = s1 * 0.5 + comm.Receive(comm.Rank - 1, 2);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Math.Tanh(s2), comm.Rank + 1, 2);
        }
        r1 = r1 * 0.6 + (Tensor.Tanh(Tensor.Exp(Tensor.Tanh(q) * 0.2) * comm.AllreduceSum(q)) * 0.7 + CPair(Math.Cos(s1) * 0.5, comm) * 0.2) * 0.4;
        var unused1 = Tensor.Tanh(comm.AllreduceSum(r1 * Math.Tanh(s2) * 0.5)) + r1 * Math.Tanh(s2) * 0.3;
        return comm.AllreduceSum(acc * 0.5) + Math.Sin(acc) * 0.5 + Math.Sin(s1) * 0.5;
    }

    // replicated; Allgather, AllreduceMax, AllreduceMin, Receive(like), Scatter, Send/Receive, loop, rank branch, replicated branch, self message, value branch
    [Differentiable]
    public static double C14(Tensor u, Communicator comm)
    {
        var s1 = Math.Tanh(Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        t2 = (comm.Scatter(comm.Allgather(Tensor.Sin(t2)) * 0.5, 0) + u) * 0.5;
        t1 = comm.AllreduceMax(Tensor.Tanh(Tensor.Tanh(u) * 0.9) * 0.9 + u * 0.41);
        if (comm.Size > 1)
        {
            if (comm.Rank == 0)
            {
                comm.Send(t2, 1, 5);
            }
            else
            {
                if (comm.Rank == 1)
                {
                    t2 = t2 * 0.5 + comm.Receive(u, 0, 5) * Tensor.Tanh(t2);
                }
            }
        }
        if (comm.Size > 1)
        {
            if (comm.Rank == 0)
            {
                comm.Send((Tensor.Sin(u) + (u * 0.7 + s1 * 0.2)) * 0.5, 1, 1);
            }
            else
            {
                if (comm.Rank == 1)
                {
                    t2 = t2 * 0.5 + comm.Receive(u, 0, 1) * Tensor.Tanh(Tensor.Tanh(t1 * t2));
                }
            }
        }
        s1 = Math.Cos((Math.Tanh(acc) * (comm.Size - 0.5) * 0.3 + acc) * 0.5) * 0.5;
        if (comm.Rank == 0)
        {
            comm.Send(Tensor.Exp(Tensor.Tanh((t1 + t2) * 0.5) * 0.2), comm.Rank, 5);
            t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 5) * 0.5;
            for (var k1 = 0; k1 < 2; k1++)
            {
                t1 = Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t1) * 0.2)) * 0.9;
                comm.Send(Tensor.Sin(t1), comm.Rank, 2);
                t1 = t1 * 0.5 + comm.Receive(u, comm.Rank, 2) * 0.5;
            }
            s1 = acc;
        }
        for (var k2 = 0; k2 < 3; k2++)
        {
            if (acc > 0.0)
            {
                comm.Send(u, comm.Rank, 5);
                t2 = t2 * 0.5 + comm.Receive(t1, comm.Rank, 5) * 0.5;
                comm.Send(Tensor.Tanh(u * Math.Tanh(s2)) * 0.9, comm.Rank, 3);
                t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 3) * 0.5;
                comm.Send(Tensor.Sum(t2) * 0.2, comm.Rank, 3);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
                t1 = (t2 * 0.7 + acc * 0.2);
            }
            if (comm.Size % 2 == 0)
            {
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(Tensor.Tanh(Tensor.Tanh(u) * 0.9) * 0.9, comm.Size - 1, 3);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            t1 = t1 * 0.5 + comm.Receive(t1, 1, 3) * Tensor.Tanh((t1 * 0.7 + 0.7 * 0.2));
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(u) * 0.2) * t2), 1, 2);
                        comm.Send(u, 1, 2);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            t1 = t1 * 0.5 + comm.Receive(t2, 0, 2) * Tensor.Tanh(t2);
                            t1 = t1 * 0.5 + comm.Receive(t2, 0, 2) * Tensor.Tanh(Tensor.Tanh(t2 * t1));
                        }
                    }
                }
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(s2, comm.Size - 1, 1);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            s2 = s2 * 0.5 + comm.Receive(1, 1) * Math.Cos(s2) * 0.5;
                        }
                    }
                }
            }
            else
            {
                acc += 0.7 * 0.3;
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send((Math.Cos(s2) * 0.5 * 0.8 - 0.1), 0, 2);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            acc = acc * 0.5 + comm.Receive(comm.Size - 1, 2) * (s2 + 1.3) * 0.5;
                        }
                    }
                }
            }
        }
        return comm.AllreduceMin(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(u) * 0.23) * 0.5 + comm.AllreduceSum(s1 * s1);
    }

    // rank-local; AllreduceMin, Receive(like), Send/Receive, SendReceive, call, loop, replicated branch, unused, value branch
    [Differentiable]
    public static double C15(double a, Tensor u, Tensor q, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u) + Tensor.Mean(q));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        var r1 = Tensor.Sin(q) * 0.5;
        if (Math.Tanh(acc) * (comm.Size - 0.5) * 0.3 > 0.0)
        {
            s1 = Math.Tanh(Tensor.Dot(q, (q * 0.7 + 0.7 * 0.2)) * 0.1) * (comm.Size - 0.5) * 0.3;
            acc += Math.Tanh(Tensor.Dot(t1, t1 * Math.Tanh(s2)) * 0.1 * Math.Sin(Math.Sin(acc))) * 0.3;
        }
        for (var k2 = 0; k2 < 3; k2++)
        {
            r1 = Tensor.Tanh(Tensor.Sin(q)) * 0.9;
            if (comm.Size > 1)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(acc, 1, 2);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            s1 = s1 * 0.5 + comm.Receive(0, 2) * Tensor.SumOfSquares(Tensor.Tanh(r1)) * 0.1;
                        }
                    }
                }
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(Tensor.Tanh(Tensor.Tanh(t2) * 0.9 * u), comm.Size - 1, 3);
                        comm.Send(Tensor.Exp(Tensor.Tanh(t1) * 0.2) * Math.Tanh(s1), comm.Size - 1, 3);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            t2 = t2 * 0.5 + comm.Receive(t1, 1, 3) * Tensor.Tanh(u);
                            t2 = t2 * 0.5 + comm.Receive(t2, 1, 3) * Tensor.Tanh(Tensor.Sin(t2));
                        }
                    }
                }
                var unused1 = comm.SendReceive(Math.Sin(acc), (comm.Rank + comm.Size - 1) % comm.Size, (comm.Rank + 1) % comm.Size, 5);
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(Math.Exp(Math.Tanh(Math.Tanh(a) * (comm.Size - 0.5) * 0.3) * 0.3), 1, 3);
                        comm.Send(acc, 1, 3);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            acc = acc * 0.5 + comm.Receive(0, 3) * Math.Exp(Math.Tanh(-0.4) * 0.3);
                            s1 = s1 * 0.5 + comm.Receive(0, 3) * Tensor.Mean(Tensor.Sin(t1));
                        }
                    }
                }
            }
            else
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send((Tensor.Exp(Tensor.Tanh(t1) * 0.2) + t1) * 0.5, 0, 3);
                        comm.Send(Tensor.Exp(Tensor.Tanh((u * 0.7 + s2 * 0.2)) * 0.2), 0, 3);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            t1 = t1 * 0.5 + comm.Receive(t1, comm.Size - 1, 3) * Tensor.Tanh((u + u) * 0.5);
                            t1 = t1 * 0.5 + comm.Receive(u, comm.Size - 1, 3) * Tensor.Tanh((t2 + t1) * 0.5);
                        }
                    }
                }
                s2 += comm.AllreduceMin(Math.Tanh(Tensor.Sum(q) * 0.2 * CPair(s1, comm)) + a * 0.37) * 0.3;
            }
            if (comm.Rank > 0)
            {
                r1 = r1 * 0.5 + comm.Receive(r1, comm.Rank - 1, 5);
            }
            if (comm.Rank < comm.Size - 1)
            {
                comm.Send(Tensor.Tanh(Tensor.Tanh(r1 * Math.Tanh(-0.4) * (r1 * 0.7 + s1 * 0.2))), comm.Rank + 1, 5);
            }
        }
        acc += Math.Sin(s1) * 0.3;
        s2 = a;
        s1 = 0.7;
        t2 = t1;
        if (comm.Size % 2 == 0)
        {
            t2 = u;
            s1 = Math.Tanh(s1 * s1);
        }
        return acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(Tensor.Tanh(r1)) * 0.2 + a * 0.1;
    }

    // rank-local; Allgather, AllreduceSum, Broadcast, Gather, ReduceSum, Scatter, self message, value branch
    [Differentiable]
    public static double C16(double a, Tensor u, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        acc += comm.Broadcast(Math.Tanh(Tensor.SumOfSquares(comm.Allgather(acc)) * 0.2 * Math.Tanh(s1 * acc)), 0) * 0.3;
        acc += comm.ReduceSum(Math.Exp(Math.Tanh(Math.Sin(comm.AllreduceSum(acc) * 0.5) + acc * 0.2) * 0.3), comm.Size - 1) * 0.3;
        if (Math.Tanh(Math.Tanh(a) * (comm.Size - 0.5) * 0.3) * (comm.Size - 0.5) * 0.3 > 0.3)
        {
            comm.Send(Math.Tanh(Tensor.Dot(t2, u) * 0.1 * Tensor.SumOfSquares(Tensor.Tanh(t2)) * 0.1), comm.Rank, 1);
            s1 = s1 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
            comm.Send(Tensor.Mean(Tensor.Sin(u)), comm.Rank, 3);
            s1 = s1 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
            s2 = Tensor.SumOfSquares(Tensor.Tanh((Tensor.Tanh(t2) * 0.9 * 0.7 + Math.Sin(-0.4) * 0.2))) * 0.1;
        }
        t1 = comm.Scatter(comm.Gather(Tensor.Exp(Tensor.Tanh(Tensor.Tanh(u) * 0.9) * 0.2), 0), 0);
        s2 = Math.Exp(Math.Tanh(0.7) * 0.3);
        return acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + a * 0.1;
    }

    // rank-local; HaloExchange, Receive(like), ReduceSum, Send/Receive, loop, replicated branch, self message, value branch
    [Differentiable]
    public static double C17(double a, Tensor u, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        s1 = Math.Tanh(Math.Cos(s1) * 0.5 * (Tensor.SumOfSquares(Tensor.Sin(comm.HaloExchange(t2, comm.Size, 1, 2, 0.5))) * 0.1 * 0.8 - 0.1));
        t1 = t1 * 0.6 + Tensor.Sin(t1) * 0.4;
        s2 += comm.ReduceSum(Tensor.SumOfSquares(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t2) * 0.2))) * 0.1, 1 % comm.Size) * 0.3;
        if (comm.Size % 2 == 0)
        {
            s1 = comm.ReduceSum(Math.Tanh(Math.Exp(Math.Tanh(s2) * 0.3)) * (comm.Size - 0.5) * 0.3, comm.Size - 1);
            for (var k1 = 0; k1 < 3; k1++)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(Tensor.Exp(Tensor.Tanh((t2 + t2) * 0.5) * 0.2), 0, 1);
                        comm.Send((t1 * 0.7 + a * 0.2), 0, 1);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            t2 = t2 * 0.5 + comm.Receive(t1, comm.Size - 1, 1) * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t1) * 0.2));
                            t1 = t1 * 0.5 + comm.Receive(t2, comm.Size - 1, 1) * Tensor.Tanh(t1);
                        }
                    }
                }
                s2 = (Tensor.Dot(t2, Tensor.Sin(t1)) * 0.1 * 0.8 - 0.1);
                t2 = Tensor.Exp(Tensor.Tanh((Tensor.Tanh(u) * 0.9 + (t2 * 0.7 + s1 * 0.2)) * 0.5) * 0.2);
                s2 = (s2 * 0.8 - 0.1);
            }
        }
        else
        {
            if (comm.Size > 1)
            {
                if (comm.Rank == comm.Size - 1)
                {
                    comm.Send(Tensor.Tanh(u) * 0.9 * Math.Tanh(Tensor.Dot(t2, t1) * 0.1), 0, 5);
                }
                else
                {
                    if (comm.Rank == 0)
                    {
                        t2 = t2 * 0.5 + comm.Receive(t1, comm.Size - 1, 5) * Tensor.Tanh(Tensor.Tanh(t2) * 0.9);
                    }
                }
            }
            if (comm.Rank > 0)
            {
                s2 = s2 * 0.5 + comm.Receive(comm.Rank - 1, 2);
            }
            if (comm.Rank < comm.Size - 1)
            {
                comm.Send(Math.Tanh(Math.Cos(Math.Tanh(s1) * (comm.Size - 0.5) * 0.3) * 0.5), comm.Rank + 1, 2);
            }
            t2 = u;
        }
        if (comm.Rank > 0)
        {
            s2 = s2 * 0.5 + comm.Receive(comm.Rank - 1, 3);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Math.Tanh(Math.Sin(Tensor.SumOfSquares(Tensor.Tanh(t1)) * 0.1)), comm.Rank + 1, 3);
        }
        if (Math.Tanh(s2 * Tensor.SumOfSquares(Tensor.Tanh(t2)) * 0.1) > 0.0)
        {
            acc += Tensor.Mean(Tensor.Sin(Tensor.Tanh(u * t2))) * 0.3;
            comm.Send(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t1) * 0.2)) * 0.9, comm.Rank, 2);
            t2 = t2 * 0.5 + comm.Receive(u, comm.Rank, 2) * 0.5;
        }
        for (var k2 = 0; k2 < 3; k2++)
        {
            s1 = ((s2 + comm.ReduceSum(s2, comm.Size - 1)) * 0.5 + s2) * 0.5;
            t1 = t1 * 0.6 + u * 0.4;
        }
        return comm.AllreduceSum(acc * 0.5) + Math.Sin(s2) * 0.5 + Math.Sin(acc) * 0.5;
    }

    // rank-local; Allgather, AllreduceMax, AllreduceMin, AllreduceSum, Broadcast, Receive(like), ReduceSum, Scatter, Send/Receive, loop, replicated branch, self message
    [Differentiable]
    public static double C18(Tensor u, Communicator comm)
    {
        var s1 = Math.Tanh(Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        t2 = t2 * 0.6 + Tensor.Sin(comm.Scatter(comm.Allgather(u) * 0.5, 0)) * 0.4;
        if (comm.Size > 1)
        {
            if (comm.Rank == 0)
            {
                comm.Send(t1, 1, 3);
            }
            else
            {
                if (comm.Rank == 1)
                {
                    t2 = t2 * 0.5 + comm.Receive(t1, 0, 3) * Tensor.Tanh(u * Math.Tanh(acc));
                }
            }
        }
        for (var k1 = 0; k1 < 2; k1++)
        {
            for (var k2 = 0; k2 < 2; k2++)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send((s1 * 0.8 - 0.1), 1, 2);
                        comm.Send(Tensor.Dot(t2, t1 * Math.Tanh(s2)) * 0.1, 1, 2);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            s2 = s2 * 0.5 + comm.Receive(0, 2) * acc;
                            acc = acc * 0.5 + comm.Receive(0, 2) * Tensor.SumOfSquares(Tensor.Tanh(t2)) * 0.1;
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(Math.Tanh(s1 * Tensor.Dot(t2, t2) * 0.1), 1, 1);
                        comm.Send(Tensor.SumOfSquares(Tensor.Tanh(Tensor.Tanh(t2 * u))) * 0.1, 1, 1);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            s2 = s2 * 0.5 + comm.Receive(0, 1) * -0.4;
                            s1 = s1 * 0.5 + comm.Receive(0, 1) * Math.Tanh(s1) * (comm.Size - 0.5) * 0.3;
                        }
                    }
                }
                t2 = (comm.AllreduceMin(t1 + u * 0.41) * 0.7 + (s2 + s1) * 0.5 * 0.2) * Math.Tanh(comm.AllreduceMax(Math.Sin(acc) + Tensor.Sum(u) * 0.23));
            }
            if (comm.Size > 2)
            {
                if (comm.Rank == 1)
                {
                    comm.Send(Tensor.Exp(Tensor.Tanh(u) * 0.2) * Math.Tanh((1.3 + s1) * 0.5), comm.Size - 1, 5);
                    comm.Send(Tensor.Tanh(Tensor.Sin(u)) * 0.9, comm.Size - 1, 5);
                }
                else
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        t1 = t1 * 0.5 + comm.Receive(u, 1, 5) * Tensor.Tanh(Tensor.Tanh(u * t1));
                        t2 = t2 * 0.5 + comm.Receive(t2, 1, 5) * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t1) * 0.2));
                    }
                }
            }
            if (comm.Size % 2 == 0)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(Tensor.Mean(Tensor.Sin(Tensor.Exp(Tensor.Tanh(t2) * 0.2))), 0, 2);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            acc = acc * 0.5 + comm.Receive(comm.Size - 1, 2) * (acc + s2) * 0.5;
                        }
                    }
                }
                s1 += Math.Tanh(Tensor.Sum(t1 * Math.Tanh(s2)) * 0.2 * s1) * 0.3;
                s2 = comm.ReduceSum(Tensor.SumOfSquares(Tensor.Tanh(Tensor.Tanh(u * t1))) * 0.1, comm.Size - 1);
            }
            else
            {
                comm.Send((t2 + t1) * 0.5 * Math.Tanh(s1), comm.Rank, 2);
                t2 = t2 * 0.5 + comm.Receive(u, comm.Rank, 2) * 0.5;
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(Tensor.Tanh(Tensor.Sin(u) * u), 1, 3);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            t2 = t2 * 0.5 + comm.Receive(u, 0, 3) * Tensor.Tanh(t1);
                        }
                    }
                }
                if (comm.Rank > 0)
                {
                    t1 = t1 * 0.5 + comm.Receive(u, comm.Rank - 1, 3);
                }
                if (comm.Rank < comm.Size - 1)
                {
                    comm.Send(Tensor.Tanh(t2), comm.Rank + 1, 3);
                }
                t1 = Tensor.Tanh(comm.AllreduceSum(Tensor.Tanh(comm.Broadcast(t2, 0) * u) * 0.5)) + Tensor.Tanh(comm.Broadcast(t2, 0) * u) * 0.3;
            }
        }
        if (comm.Size > 1)
        {
            if (comm.Rank == 0)
            {
                comm.Send(Tensor.Dot(Tensor.Tanh(u) * 0.9, u) * 0.1, 1, 3);
                comm.Send(Math.Sin((s1 * 0.8 - 0.1)), 1, 3);
            }
            else
            {
                if (comm.Rank == 1)
                {
                    s1 = s1 * 0.5 + comm.Receive(0, 3) * Math.Tanh(acc * acc);
                    s2 = s2 * 0.5 + comm.Receive(0, 3) * Tensor.Mean(Tensor.Sin(t2));
                }
            }
        }
        s2 += comm.Broadcast(Math.Tanh(Math.Sin(s2)) * (comm.Size - 0.5) * 0.3, 1 % comm.Size) * 0.3;
        t2 = t2 * 0.6 + Tensor.Tanh(t1 * (Tensor.Sin(t1) * 0.7 + 1.3 * 0.2)) * 0.4;
        return comm.ReduceSum(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2, 0);
    }

    // rank-local; AllreduceMax, AllreduceSum, Gather, Receive(like), Scatter, Send/Receive, rank branch, replicated branch, self message, unused, value branch
    [Differentiable]
    public static double C19(double a, Tensor u, Tensor w, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u) + Tensor.Mean(w));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(w);
        if (comm.Size > 2)
        {
            if (comm.Rank == 1)
            {
                comm.Send(Tensor.Exp(Tensor.Tanh(u) * 0.2), comm.Size - 1, 3);
                comm.Send(Tensor.Tanh((t1 + t2) * 0.5 * t1), comm.Size - 1, 3);
            }
            else
            {
                if (comm.Rank == comm.Size - 1)
                {
                    t1 = t1 * 0.5 + comm.Receive(w, 1, 3) * Tensor.Tanh(Tensor.Sin(t1));
                    t1 = t1 * 0.5 + comm.Receive(t2, 1, 3) * Tensor.Tanh(t2);
                }
            }
        }
        if (comm.Size > 1)
        {
            if (comm.Rank == 0)
            {
                comm.Send(acc, 1, 5);
                comm.Send(Math.Tanh(Math.Tanh(s1) * (comm.Size - 0.5) * 0.3 * Math.Tanh(a * 1.3)), 1, 5);
            }
            else
            {
                if (comm.Rank == 1)
                {
                    acc = acc * 0.5 + comm.Receive(0, 5) * (s2 * 0.8 - 0.1);
                    s1 = s1 * 0.5 + comm.Receive(0, 5) * (acc + s2) * 0.5;
                }
            }
        }
        if (comm.Rank == comm.Size - 1)
        {
            t2 = t2 * 0.6 + t2 * 0.4;
            t1 = (Tensor.Tanh(u * Math.Tanh(-0.4)) * 0.9 + Tensor.Sin(Tensor.Exp(Tensor.Tanh(w) * 0.2))) * 0.5;
            t1 = w;
        }
        else
        {
            comm.Send(Tensor.Dot(Tensor.Sin(t1), (u + t1) * 0.5) * 0.1, comm.Rank, 5);
            acc = acc * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
            if (comm.Rank == 0)
            {
                s1 = Tensor.Sum(Tensor.Exp(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t2) * 0.2)) * 0.2)) * 0.2;
                t1 = t1 * 0.6 + Tensor.Exp(Tensor.Tanh((u + w) * 0.5) * 0.2) * Math.Tanh(acc) * 0.4;
                s1 = 1.3;
            }
            else
            {
                comm.Send(Math.Tanh(Tensor.Sum(w) * 0.2) * (comm.Size - 0.5) * 0.3, comm.Rank, 1);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
                comm.Send(Tensor.Sin(Tensor.Sin(t2)), comm.Rank, 5);
                t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank, 5) * 0.5;
                s2 += Math.Tanh((Tensor.Mean(Tensor.Sin(u)) * 0.8 - 0.1)) * (comm.Size - 0.5) * 0.3 * 0.3;
                s2 += s1 * 0.3;
            }
            s2 = Math.Tanh(Tensor.Mean(Tensor.Sin(t2)) * Tensor.Dot(Tensor.Tanh(t2) * 0.9, t1) * 0.1);
        }
        if (Math.Sin(comm.AllreduceSum((s2 * 0.8 - 0.1))) > -0.3)
        {
            s1 = s2;
            var unused1 = comm.AllreduceMax(s2 + a * 0.37);
            var unused2 = Math.Sin(comm.AllreduceSum(s2) * 0.5) + s2 * 0.2;
            if (comm.Size > 2)
            {
                if (comm.Rank == 1)
                {
                    comm.Send(Tensor.SumOfSquares(Tensor.Tanh(u)) * 0.1, comm.Size - 1, 1);
                    comm.Send(Tensor.Sum((w * 0.7 + s1 * 0.2)) * 0.2, comm.Size - 1, 1);
                }
                else
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        s1 = s1 * 0.5 + comm.Receive(1, 1) * Tensor.SumOfSquares(Tensor.Tanh(w)) * 0.1;
                        s1 = s1 * 0.5 + comm.Receive(1, 1) * Tensor.SumOfSquares(Tensor.Tanh(w)) * 0.1;
                    }
                }
            }
        }
        else
        {
            s2 = Math.Sin(s2);
            if (Math.Sin(comm.AllreduceSum(s1)) > -0.3)
            {
                s2 = Math.Tanh(Math.Tanh(Math.Cos(acc) * 0.5) * (comm.Size - 0.5) * 0.3 * Tensor.SumOfSquares(Tensor.Tanh(w)) * 0.1);
                var unused3 = comm.Scatter(comm.Gather((t2 + u) * 0.5, 0), 0);
            }
            if (Tensor.Mean(Tensor.Sin(u * Math.Tanh(s2))) > 0.0)
            {
                t1 = t1 * 0.6 + (w + (Tensor.Exp(Tensor.Tanh(t1) * 0.2) + t2 * Math.Tanh(s1)) * 0.5) * 0.5 * 0.4;
                acc += Math.Tanh(Tensor.Mean(Tensor.Sin(t2 * Math.Tanh(s2))) * Tensor.Sum(w) * 0.2) * 0.3;
            }
            if (Tensor.Sum(Tensor.Sin(t2)) * 0.2 > 0.0)
            {
                t1 = t1 * 0.6 + t2 * 0.4;
                s1 = Math.Cos(Tensor.Sum(t2) * 0.2) * 0.5;
                s1 = Tensor.Sum(Tensor.Sin(u)) * 0.2;
            }
            else
            {
                comm.Send(Tensor.SumOfSquares(Tensor.Tanh((t2 * 0.7 + a * 0.2))) * 0.1, comm.Rank, 1);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
                comm.Send(u * Math.Tanh(Tensor.Mean(Tensor.Sin(w))), comm.Rank, 5);
                t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 5) * 0.5;
                t1 = Tensor.Sin(Tensor.Sin(t2));
            }
        }
        return comm.AllreduceSum(acc * 0.5) + Math.Sin(s1) * 0.5 + Tensor.Mean(Tensor.Sin(t1)) * 0.5;
    }

    // rank-local; Allgather, AllreduceMax, ReduceSum, Send/Receive, call, loop, rank branch, self message, unused, value branch
    [Differentiable]
    public static double C20(double a, double b, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5);
        var s2 = 0.25;
        var acc = 0.0;
        s1 = Math.Tanh(Math.Cos(comm.AllreduceMax(acc + a * 0.37)) * 0.5) * (comm.Size - 0.5) * 0.3;
        s2 = Math.Tanh(Math.Cos(CPair(s2, comm)) * 0.5 * s1);
        if (comm.Size > 1)
        {
            if (comm.Rank == 0)
            {
                comm.Send(Math.Sin(Math.Exp(Math.Tanh(0.7) * 0.3)), 1, 1);
                comm.Send(Math.Tanh((0.7 + s2) * 0.5) * (comm.Size - 0.5) * 0.3, 1, 1);
            }
            else
            {
                if (comm.Rank == 1)
                {
                    s1 = s1 * 0.5 + comm.Receive(0, 1) * b;
                    s2 = s2 * 0.5 + comm.Receive(0, 1) * Math.Sin(b);
                }
            }
        }
        if (comm.Rank == 0)
        {
            if (Math.Tanh((s1 + 1.3) * 0.5) * (comm.Size - 0.5) * 0.3 > 0.0)
            {
                s1 += (Math.Cos(Math.Sin(a)) * 0.5 + a) * 0.5 * 0.3;
                s2 += Math.Sin(Math.Tanh(s2) * (comm.Size - 0.5) * 0.3) * 0.3;
                comm.Send(Math.Cos(Math.Exp(Math.Tanh(a) * 0.3)) * 0.5, comm.Rank, 2);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                s2 = Math.Exp(Math.Tanh(Math.Exp(Math.Tanh(s2) * 0.3)) * 0.3);
            }
            else
            {
                acc += Math.Exp(Math.Tanh(Math.Sin(Math.Exp(Math.Tanh(s1) * 0.3))) * 0.3) * 0.3;
                comm.Send(Math.Tanh((b + acc) * 0.5) * (comm.Size - 0.5) * 0.3, comm.Rank, 2);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                comm.Send(((b + s1) * 0.5 + (b * 0.8 - 0.1)) * 0.5, comm.Rank, 2);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                comm.Send(Math.Tanh(Math.Tanh(a) * (comm.Size - 0.5) * 0.3 * 1.3), comm.Rank, 2);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
            }
            if ((b + Math.Tanh(acc * a)) * 0.5 > 0.6)
            {
                comm.Send(a, comm.Rank, 5);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
                s1 = Math.Cos(Math.Exp(Math.Tanh(Math.Cos(a) * 0.5) * 0.3)) * 0.5;
                comm.Send(s2, comm.Rank, 3);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
            }
        }
        else
        {
            comm.Send(((b + a) * 0.5 + b) * 0.5, comm.Rank, 1);
            s1 = s1 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
            comm.Send(b, comm.Rank, 3);
            s2 = s2 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
            for (var k2 = 0; k2 < 2; k2++)
            {
                s1 = Math.Tanh(Math.Exp(Math.Tanh(Math.Exp(Math.Tanh(0.7) * 0.3)) * 0.3)) * (comm.Size - 0.5) * 0.3;
                acc += (Math.Sin(Math.Exp(Math.Tanh(a) * 0.3)) + Math.Tanh(0.7 * (s2 * 0.8 - 0.1))) * 0.5 * 0.3;
                comm.Send(Math.Cos(Math.Cos(a) * 0.5) * 0.5, comm.Rank, 2);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                acc += Math.Tanh(s1 * Math.Tanh((s1 * 0.8 - 0.1)) * (comm.Size - 0.5) * 0.3) * 0.3;
            }
        }
        comm.Send(Math.Tanh((-0.4 * 0.8 - 0.1) * acc), comm.Rank, 2);
        acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
        for (var k3 = 0; k3 < 2; k3++)
        {
            if (comm.Size > 2)
            {
                if (comm.Rank == 1)
                {
                    comm.Send(Math.Sin(Math.Sin(a)), comm.Size - 1, 1);
                    comm.Send((acc * 0.8 - 0.1), comm.Size - 1, 1);
                }
                else
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        s2 = s2 * 0.5 + comm.Receive(1, 1) * 0.7;
                        s1 = s1 * 0.5 + comm.Receive(1, 1) * Math.Exp(Math.Tanh(s2) * 0.3);
                    }
                }
            }
            for (var k4 = 0; k4 < 2; k4++)
            {
                s2 = a;
                var unused1 = CSum(Tensor.SumOfSquares(comm.Allgather(acc)) * 0.2, comm);
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(b, comm.Size - 1, 1);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            s2 = s2 * 0.5 + comm.Receive(1, 1) * (s1 * 0.8 - 0.1);
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(a, 0, 3);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            s2 = s2 * 0.5 + comm.Receive(comm.Size - 1, 3) * Math.Sin(b);
                        }
                    }
                }
            }
            for (var k5 = 0; k5 < 3; k5++)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(Math.Cos(a) * 0.5, 0, 5);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            s1 = s1 * 0.5 + comm.Receive(comm.Size - 1, 5) * Math.Exp(Math.Tanh(acc) * 0.3);
                        }
                    }
                }
                s2 += Math.Cos(a) * 0.5 * 0.3;
                comm.Send((b * 0.8 - 0.1), comm.Rank, 3);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
            }
            acc += s2 * 0.3;
        }
        return comm.ReduceSum(acc + s1 * 0.3 + Math.Sin(s2), comm.Size - 1);
    }

    // rank-local; loop, self message, value branch
    [Differentiable]
    public static double C21(double a, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5);
        var s2 = 0.25;
        var acc = 0.0;
        comm.Send(-0.4, comm.Rank, 2);
        acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
        if ((Math.Exp(Math.Tanh(s1) * 0.3) + Math.Cos(a) * 0.5) * 0.5 > 0.0)
        {
            comm.Send(Math.Exp(Math.Tanh(Math.Exp(Math.Tanh(s1) * 0.3)) * 0.3), comm.Rank, 1);
            s2 = s2 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
            for (var k1 = 0; k1 < 3; k1++)
            {
                acc += a * 0.3;
                s1 = acc;
                comm.Send(((a * 0.8 - 0.1) * 0.8 - 0.1), comm.Rank, 2);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
            }
            s2 = Math.Tanh(acc * (Math.Cos(a) * 0.5 * 0.8 - 0.1));
            acc += s2 * 0.3;
        }
        acc += acc * 0.3;
        s1 = ((s2 + (acc * 0.8 - 0.1)) * 0.5 * 0.8 - 0.1);
        return comm.AllreduceSum(acc * 0.5) + Math.Sin(s2) * 0.5 + Math.Sin(s1) * 0.5;
    }

    // rank-local; ReduceSum, Send/Receive, loop, rank branch, self message, value branch
    [Differentiable]
    public static double C22(Tensor u, Tensor w, int rows, int columns, Communicator comm)
    {
        var s1 = Math.Tanh(Tensor.Mean(u) + Tensor.Mean(w));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(w);
        var t2 = Tensor.Tanh(u);
        if (Tensor.SumOfSquares(Tensor.Tanh((t2 + t2) * 0.5)) * 0.1 > 0.6)
        {
            if (Math.Exp(Math.Tanh(s1) * 0.3) > 0.3)
            {
                acc += Math.Exp(Math.Tanh(Tensor.Sum(Tensor.Tanh(w * w)) * 0.2) * 0.3) * 0.3;
                comm.Send(Tensor.Sin((w * 0.7 + s1 * 0.2)), comm.Rank, 2);
                t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 2) * 0.5;
                comm.Send(Math.Cos(s1) * 0.5, comm.Rank, 3);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
                comm.Send(Math.Exp(Math.Tanh(Tensor.SumOfSquares(Tensor.Tanh(u)) * 0.1) * 0.3), comm.Rank, 3);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
            }
            t2 = t2 * 0.6 + Tensor.Exp(Tensor.Tanh(t1) * 0.2) * 0.4;
            acc += Tensor.Mean(Tensor.Sin(u)) * 0.3;
            acc += (Tensor.Sum(Tensor.Tanh(t2) * 0.9) * 0.2 + Math.Tanh(Math.Exp(Math.Tanh(s1) * 0.3) * Tensor.Mean(Tensor.Sin(u)))) * 0.5 * 0.3;
        }
        t1 = Tensor.Exp(Tensor.Tanh(Tensor.Tanh(t2 * t1)) * 0.2);
        acc += s1 * 0.3;
        for (var k1 = 0; k1 < 3; k1++)
        {
            if (Tensor.Mean(Tensor.Sin((t2 + w) * 0.5)) > 0.3)
            {
                comm.Send(s1, comm.Rank, 2);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                comm.Send(Math.Exp(Math.Tanh(Math.Exp(Math.Tanh(s1) * 0.3)) * 0.3), comm.Rank, 2);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                comm.Send(Tensor.SumOfSquares(Tensor.Tanh(Tensor.Sin(u))) * 0.1, comm.Rank, 2);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
            }
            if (comm.Size > 1)
            {
                if (comm.Rank == comm.Size - 1)
                {
                    comm.Send(Math.Sin(Tensor.Sum(u) * 0.2), 0, 3);
                    comm.Send(Math.Cos(Math.Sin(s1)) * 0.5, 0, 3);
                }
                else
                {
                    if (comm.Rank == 0)
                    {
                        s2 = s2 * 0.5 + comm.Receive(comm.Size - 1, 3) * Math.Sin(acc);
                        s1 = s1 * 0.5 + comm.Receive(comm.Size - 1, 3) * 1.3;
                    }
                }
            }
            t2 = (t2 + Tensor.Tanh(w) * 0.9) * 0.5;
            t1 = t1 * 0.6 + t2 * 0.4;
        }
        if (Tensor.Dot((t2 + t2) * 0.5, u) * 0.1 > 0.0)
        {
            if (comm.Rank == 0)
            {
                t1 = Tensor.Sin(t1 * Math.Tanh(Math.Tanh(s1) * (comm.Size - 0.5) * 0.3));
                s2 += Math.Cos((Tensor.SumOfSquares(Tensor.Tanh(t2)) * 0.1 + acc) * 0.5) * 0.5 * 0.3;
                comm.Send(t2, comm.Rank, 3);
                t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 3) * 0.5;
            }
            s1 = acc;
            for (var k2 = 0; k2 < 3; k2++)
            {
                s2 = (acc + s1) * 0.5;
                comm.Send(Tensor.SumOfSquares(Tensor.Tanh((t1 * 0.7 + -0.4 * 0.2))) * 0.1, comm.Rank, 3);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
            }
        }
        else
        {
            if (Math.Tanh(Math.Sin(acc) * acc) > 0.6)
            {
                comm.Send(t1, comm.Rank, 5);
                t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 5) * 0.5;
                s2 = s2 * 0.9;
                s1 = Math.Exp(Math.Tanh(Tensor.SumOfSquares(Tensor.Tanh(Tensor.Tanh(t1 * w))) * 0.1) * 0.3);
            }
            else
            {
                comm.Send(Math.Tanh((s1 * 0.8 - 0.1)) * (comm.Size - 0.5) * 0.3, comm.Rank, 2);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                acc += Math.Tanh(Math.Tanh(Math.Sin(acc)) * (comm.Size - 0.5) * 0.3) * (comm.Size - 0.5) * 0.3 * 0.3;
                comm.Send(acc, comm.Rank, 2);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
            }
            for (var k3 = 0; k3 < 2; k3++)
            {
                comm.Send(Tensor.Mean(Tensor.Sin(Tensor.Tanh(t2 * t2))), comm.Rank, 2);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                comm.Send(Tensor.Sin(w * Math.Tanh(s2)), comm.Rank, 3);
                t1 = t1 * 0.5 + comm.Receive(u, comm.Rank, 3) * 0.5;
                comm.Send(Tensor.Tanh(w * w) * Math.Tanh(Tensor.Sum(t2) * 0.2), comm.Rank, 2);
                t2 = t2 * 0.5 + comm.Receive(u, comm.Rank, 2) * 0.5;
                acc += (Tensor.Mean(Tensor.Sin(t2)) + (s2 * 0.8 - 0.1)) * 0.5 * 0.3;
            }
            for (var k4 = 0; k4 < 3; k4++)
            {
                t2 = t2 * 0.6 + Tensor.Tanh(Tensor.Exp(Tensor.Tanh(Tensor.Tanh(w) * 0.9) * 0.2)) * 0.9 * 0.4;
                comm.Send(Math.Sin(acc), comm.Rank, 2);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                acc += s2 * 0.3;
                comm.Send(u, comm.Rank, 3);
                t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank, 3) * 0.5;
            }
            for (var k5 = 0; k5 < 3; k5++)
            {
                s1 = Tensor.Dot(t1, t1) * 0.1;
                comm.Send((acc + Tensor.Dot(t2, t2) * 0.1) * 0.5, comm.Rank, 1);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
                t1 = t1 * 0.6 + w * 0.4;
            }
        }
        return comm.ReduceSum(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2, 1 % comm.Size);
    }

    // rank-local; Allgather, AllreduceMax, AllreduceSum, Broadcast, ReduceSum, Scatter, Send/Receive, SendReceive, call, loop
    [Differentiable]
    public static double C23(double a, double b, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5);
        var s2 = 0.25;
        var acc = 0.0;
        s1 += comm.Broadcast(Math.Exp(Math.Tanh(b) * 0.3), 1 % comm.Size) * 0.3;
        if (comm.Size > 1)
        {
            if (comm.Rank == comm.Size - 1)
            {
                comm.Send(Math.Sin(s2), 0, 5);
            }
            else
            {
                if (comm.Rank == 0)
                {
                    acc = acc * 0.5 + comm.Receive(comm.Size - 1, 5) * Math.Tanh(b * 0.7);
                }
            }
        }
        s2 = Math.Exp(Math.Tanh(Math.Tanh(a) * (comm.Size - 0.5) * 0.3) * 0.3);
        s2 = Math.Sin(comm.AllreduceSum(s2) * 0.5) + s2 * 0.2;
        s1 = Math.Sin(comm.SendReceive(comm.Broadcast(0.7, comm.Size - 1), (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 5));
        for (var k1 = 0; k1 < 3; k1++)
        {
            s2 += Math.Cos(Math.Tanh(Math.Tanh(s2 * s2) * Math.Cos(-0.4) * 0.5)) * 0.5 * 0.3;
            s1 += (Math.Sin(comm.AllreduceMax(a + b * 0.37)) + (CPair(a, comm) * 0.8 - 0.1)) * 0.5 * 0.3;
            s1 += (Math.Tanh(Tensor.Sum(comm.Scatter(comm.Allgather(b) * comm.Allgather(a), 0))) * (comm.Size - 0.5) * 0.3 + b) * 0.5 * 0.3;
        }
        s1 += Math.Tanh(acc * Math.Exp(Math.Tanh((a + -0.4) * 0.5) * 0.3)) * 0.3;
        return comm.ReduceSum(acc + s1 * 0.3 + Math.Sin(s2), comm.Size - 1);
    }

    // rank-local; Receive(like), ReduceSum, Send/Receive, loop, self message, value branch
    [Differentiable]
    public static double C24(Tensor u, Communicator comm)
    {
        var s1 = Math.Tanh(Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        for (var k1 = 0; k1 < 3; k1++)
        {
            if (comm.Size > 2)
            {
                if (comm.Rank == 1)
                {
                    comm.Send(Tensor.Exp(Tensor.Tanh(u) * 0.2) * Math.Tanh(Math.Sin(s1)), comm.Size - 1, 3);
                    comm.Send(Tensor.Tanh((t1 * 0.7 + acc * 0.2)) * 0.9, comm.Size - 1, 3);
                }
                else
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        t2 = t2 * 0.5 + comm.Receive(t1, 1, 3) * Tensor.Tanh((u * 0.7 + s1 * 0.2));
                        t2 = t2 * 0.5 + comm.Receive(t1, 1, 3) * Tensor.Tanh(t2 * Math.Tanh(s2));
                    }
                }
            }
            acc += s2 * 0.3;
        }
        if (comm.Size > 1)
        {
            if (comm.Rank == comm.Size - 1)
            {
                comm.Send(u, 0, 2);
                comm.Send((u * 0.7 + Math.Cos(-0.4) * 0.5 * 0.2), 0, 2);
            }
            else
            {
                if (comm.Rank == 0)
                {
                    t2 = t2 * 0.5 + comm.Receive(t1, comm.Size - 1, 2) * Tensor.Tanh((u + t1) * 0.5);
                    t1 = t1 * 0.5 + comm.Receive(t2, comm.Size - 1, 2) * Tensor.Tanh(Tensor.Tanh(u) * 0.9);
                }
            }
        }
        if (Math.Tanh(s1 * Tensor.Dot(t2, u) * 0.1) > 0.6)
        {
            comm.Send(Math.Tanh(Tensor.Sum(t2) * 0.2 * acc), comm.Rank, 5);
            s1 = s1 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
            t1 = u;
            t1 = Tensor.Sin(Tensor.Exp(Tensor.Tanh(Tensor.Tanh(u * t1)) * 0.2));
            s1 += Math.Tanh(acc) * (comm.Size - 0.5) * 0.3 * 0.3;
        }
        t2 = u * Math.Tanh(Math.Tanh((s2 * 0.8 - 0.1)) * (comm.Size - 0.5) * 0.3);
        comm.Send((u + Tensor.Tanh(t1 * t2)) * 0.5, comm.Rank, 3);
        t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank, 3) * 0.5;
        return comm.ReduceSum(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2, 1 % comm.Size);
    }

    // replicated; AllreduceMin, AllreduceSum, Send/Receive, loop, self message, value branch
    [Differentiable]
    public static double C25(double a, double b, Tensor u, Tensor w, Tensor q, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5 + Tensor.Mean(u) + Tensor.Mean(w) + Tensor.Mean(q));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(w);
        var t2 = Tensor.Tanh(w);
        var r1 = Tensor.Sin(q) * 0.5;
        for (var k1 = 0; k1 < 2; k1++)
        {
            if (comm.Size > 1)
            {
                if (comm.Rank == comm.Size - 1)
                {
                    comm.Send(Tensor.SumOfSquares(Tensor.Tanh(w)) * 0.1, 0, 2);
                    comm.Send(s1, 0, 2);
                }
                else
                {
                    if (comm.Rank == 0)
                    {
                        acc = acc * 0.5 + comm.Receive(comm.Size - 1, 2) * Math.Exp(Math.Tanh(acc) * 0.3);
                        s1 = s1 * 0.5 + comm.Receive(comm.Size - 1, 2) * Math.Cos(b) * 0.5;
                    }
                }
            }
            for (var k2 = 0; k2 < 2; k2++)
            {
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(Tensor.Mean(Tensor.Sin(Tensor.Tanh(t2) * 0.9)), comm.Size - 1, 5);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            s2 = s2 * 0.5 + comm.Receive(1, 5) * s2;
                        }
                    }
                }
                comm.Send(r1, comm.Rank, 1);
                r1 = r1 * 0.5 + comm.Receive(q, comm.Rank, 1) * 0.5;
            }
            if (acc > 0.0)
            {
                acc += (s1 + Tensor.Mean(Tensor.Sin(u))) * 0.5 * 0.3;
                t2 = (t1 + (u * 0.7 + b * 0.2)) * 0.5;
                s2 = Tensor.Sum(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(r1) * 0.2) * r1)) * 0.2;
            }
        }
        t1 = u;
        t1 = Tensor.Exp(Tensor.Tanh((Tensor.Tanh(t1) * 0.9 * 0.7 + comm.AllreduceMin(s1 + a * 0.37) * 0.2)) * 0.2);
        r1 = (r1 + Tensor.Tanh(comm.AllreduceSum(q)) * 0.9) * 0.5;
        return comm.AllreduceSum(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(Tensor.Tanh(r1)) * 0.2);
    }

    // rank-local; ReduceSum, Send/Receive, SendReceive, call, unused, value branch
    [Differentiable]
    public static double C26(double a, double b, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5);
        var s2 = 0.25;
        var acc = 0.0;
        if (Math.Tanh((s2 + b) * 0.5 * Math.Cos(a) * 0.5) > 0.6)
        {
            acc += ((s1 * 0.8 - 0.1) + ((a * 0.8 - 0.1) + Math.Cos(b) * 0.5) * 0.5) * 0.5 * 0.3;
            acc += a * 0.3;
        }
        if (comm.Rank > 0)
        {
            acc = acc * 0.5 + comm.Receive(comm.Rank - 1, 1);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Math.Tanh((Math.Cos(acc) * 0.5 + (b + acc) * 0.5) * 0.5), comm.Rank + 1, 1);
        }
        var unused1 = CMix((0.7 * 0.8 - 0.1), comm);
        s1 += b * 0.3;
        var unused2 = comm.SendReceive(Math.Sin(s2), (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 2);
        acc += (a + Math.Tanh(s2) * (comm.Size - 0.5) * 0.3) * 0.5 * 0.3;
        s2 = b;
        return comm.ReduceSum(acc + s1 * 0.3 + Math.Sin(s2), 1 % comm.Size);
    }

    // replicated; AllreduceMin, Broadcast, Receive(like), Send/Receive, loop, replicated branch, self message, value branch
    [Differentiable]
    public static double C27(double a, Tensor u, int rows, int columns, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        if (Math.Tanh(Tensor.Mean(Tensor.Sin(t2)) * Math.Cos(s2) * 0.5) > 0.6)
        {
            comm.Send(u, comm.Rank, 1);
            t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 1) * 0.5;
            s2 = Tensor.Dot(((t2 * 0.7 + s1 * 0.2) * 0.7 + Math.Tanh(s2 * a) * 0.2), t1) * 0.1;
            t2 = t1;
        }
        else
        {
            t1 = (((u * 0.7 + s2 * 0.2) + u) * 0.5 + Tensor.Tanh(Tensor.Tanh(t2) * 0.9 * Tensor.Exp(Tensor.Tanh(t2) * 0.2))) * 0.5;
            for (var k1 = 0; k1 < 2; k1++)
            {
                comm.Send(Tensor.Tanh(u * Math.Tanh(s1) * Tensor.Exp(Tensor.Tanh(t2) * 0.2)), comm.Rank, 5);
                t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 5) * 0.5;
                comm.Send(u, comm.Rank, 3);
                t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 3) * 0.5;
            }
            for (var k2 = 0; k2 < 2; k2++)
            {
                s2 += (Tensor.SumOfSquares(Tensor.Tanh(Tensor.Sin(t2))) * 0.1 * 0.8 - 0.1) * 0.3;
                comm.Send(Tensor.Tanh((t2 * 0.7 + 1.3 * 0.2)) * 0.9, comm.Rank, 1);
                t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 1) * 0.5;
            }
            s1 += Math.Sin(0.7) * 0.3;
        }
        if (comm.Rank > 0)
        {
            s2 = s2 * 0.5 + comm.Receive(comm.Rank - 1, 2);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Math.Tanh(s1), comm.Rank + 1, 2);
        }
        s2 += Tensor.Dot(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t2) * 0.2)) * 0.9, ((t1 + t1) * 0.5 * 0.7 + (s1 * 0.8 - 0.1) * 0.2)) * 0.1 * 0.3;
        if (comm.Rank > 0)
        {
            t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank - 1, 2);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Tensor.Tanh(t2), comm.Rank + 1, 2);
        }
        if (comm.Rank > 0)
        {
            s2 = s2 * 0.5 + comm.Receive(comm.Rank - 1, 3);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Math.Tanh(Tensor.Dot(u * Math.Tanh(0.7), (u * 0.7 + a * 0.2)) * 0.1), comm.Rank + 1, 3);
        }
        if (Math.Sin(comm.AllreduceSum(Math.Tanh(a * s1))) > -0.3)
        {
            acc += Math.Cos(Math.Exp(Math.Tanh(Math.Cos(a) * 0.5) * 0.3)) * 0.5 * 0.3;
            if (Math.Tanh(Tensor.Sum(t1) * 0.2 * (s1 * 0.8 - 0.1)) > 0.0)
            {
                comm.Send(t1, comm.Rank, 5);
                t1 = t1 * 0.5 + comm.Receive(u, comm.Rank, 5) * 0.5;
                comm.Send(t2, comm.Rank, 1);
                t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 1) * 0.5;
                s1 = Math.Cos(Tensor.Sum(t2) * 0.2) * 0.5;
                comm.Send(Math.Cos(Tensor.Sum(t1) * 0.2) * 0.5, comm.Rank, 5);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
            }
            s1 = (Tensor.Mean(Tensor.Sin(t1)) + Math.Tanh(Math.Tanh(-0.4) * (comm.Size - 0.5) * 0.3) * (comm.Size - 0.5) * 0.3) * 0.5;
            if (comm.Rank > 0)
            {
                t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank - 1, 1);
            }
            if (comm.Rank < comm.Size - 1)
            {
                comm.Send(Tensor.Tanh((Tensor.Tanh(t2) * 0.9 + (t2 * 0.7 + s1 * 0.2)) * 0.5), comm.Rank + 1, 1);
            }
        }
        if (comm.Size % 2 == 0)
        {
            if ((Tensor.Dot(t2, t1) * 0.1 + Math.Cos(s1) * 0.5) * 0.5 > 0.0)
            {
                comm.Send(((t2 * 0.7 + s2 * 0.2) + t2) * 0.5, comm.Rank, 2);
                t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank, 2) * 0.5;
                acc += Math.Cos(Math.Cos(Tensor.SumOfSquares(Tensor.Tanh(u)) * 0.1) * 0.5) * 0.5 * 0.3;
                s1 = Tensor.SumOfSquares(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t1) * 0.2)) * 0.2))) * 0.1;
            }
            acc += Math.Tanh(comm.AllreduceMin(Math.Cos(s1) * 0.5 + a * 0.37) * Math.Tanh(Math.Exp(Math.Tanh(a) * 0.3) * Tensor.Sum(t2) * 0.2)) * 0.3;
            acc += (Math.Sin(Math.Sin(s2)) * 0.8 - 0.1) * 0.3;
            if (comm.Size > 1)
            {
                if (comm.Rank == comm.Size - 1)
                {
                    comm.Send(Tensor.Mean(Tensor.Sin((u + t2) * 0.5)), 0, 1);
                    comm.Send(s1, 0, 1);
                }
                else
                {
                    if (comm.Rank == 0)
                    {
                        s1 = s1 * 0.5 + comm.Receive(comm.Size - 1, 1) * Math.Tanh(s1 * a);
                        s2 = s2 * 0.5 + comm.Receive(comm.Size - 1, 1) * a;
                    }
                }
            }
        }
        return Math.Tanh(comm.Broadcast(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2, 1 % comm.Size));
    }

    // replicated; Allgather, AllreduceMin, Gather, ReduceSum, Scatter, Send/Receive, loop, self message, value branch
    [Differentiable]
    public static double C28(Tensor u, Tensor w, Communicator comm)
    {
        var s1 = Math.Tanh(Tensor.Mean(u) + Tensor.Mean(w));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(w);
        var t2 = Tensor.Tanh(w);
        t1 = (w + Tensor.Exp(Tensor.Tanh(w) * 0.2)) * 0.5;
        acc += comm.ReduceSum(Tensor.Sum(comm.Scatter(comm.Allgather(-0.4) * comm.Allgather(s1), 0)), comm.Size - 1) * 0.3;
        if ((Tensor.Mean(Tensor.Sin(t2)) + Math.Tanh(s2 * s2)) * 0.5 > 0.3)
        {
            comm.Send(Tensor.Dot(t2 * Math.Tanh(acc), t1) * 0.1, comm.Rank, 5);
            acc = acc * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
            if (s2 > 0.6)
            {
                s1 = (Tensor.Mean(Tensor.Sin(Tensor.Exp(Tensor.Tanh(t1) * 0.2))) + Math.Cos((acc + s1) * 0.5) * 0.5) * 0.5;
                comm.Send((Tensor.Tanh(w * t2) + Tensor.Tanh(u) * 0.9) * 0.5, comm.Rank, 3);
                t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 3) * 0.5;
                comm.Send((s1 * 0.8 - 0.1), comm.Rank, 5);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
            }
            else
            {
                s1 += Math.Tanh(Tensor.SumOfSquares(Tensor.Tanh((u * 0.7 + s2 * 0.2))) * 0.1) * (comm.Size - 0.5) * 0.3 * 0.3;
                comm.Send(Math.Cos(Math.Tanh(s1 * s2)) * 0.5, comm.Rank, 1);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
            }
            s2 = Math.Exp(Math.Tanh(Math.Exp(Math.Tanh(s2) * 0.3)) * 0.3);
        }
        else
        {
            t2 = t2 * 0.6 + u * 0.4;
            s1 += Tensor.Sum((Tensor.Tanh(t2) * 0.9 + Tensor.Tanh(t2) * 0.9) * 0.5) * 0.2 * 0.3;
        }
        if (comm.Rank > 0)
        {
            acc = acc * 0.5 + comm.Receive(comm.Rank - 1, 2);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Math.Tanh(s1), comm.Rank + 1, 2);
        }
        for (var k1 = 0; k1 < 3; k1++)
        {
            t2 = t2 * 0.6 + w * Math.Tanh(s1) * 0.4;
            t2 = t2 * 0.9;
        }
        s2 = Tensor.Sum(comm.Gather(s2, 1 % comm.Size)) * 0.3;
        return comm.AllreduceMin(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(w) * 0.23) * 0.5 + comm.AllreduceSum(s1 * s1);
    }

    // rank-local; AllreduceMin, Broadcast, Receive(like), ReduceSum, Send/Receive, call, loop, rank branch, replicated branch, self message, unused, value branch
    [Differentiable]
    public static double C29(Tensor u, Tensor w, Communicator comm)
    {
        var s1 = Math.Tanh(Tensor.Mean(u) + Tensor.Mean(w));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        s1 += acc * 0.3;
        if (comm.Rank == comm.Size - 1)
        {
            acc += Math.Cos(0.7) * 0.5 * 0.3;
            t2 = (w * Math.Tanh(Tensor.SumOfSquares(Tensor.Tanh(t2)) * 0.1) * 0.7 + (Tensor.SumOfSquares(Tensor.Tanh(w)) * 0.1 * 0.8 - 0.1) * 0.2);
            s1 += Tensor.Sum((Tensor.Tanh(t2 * u) + w * Math.Tanh(acc)) * 0.5) * 0.2 * 0.3;
            if ((Tensor.Dot(w, u) * 0.1 * 0.8 - 0.1) > 0.6)
            {
                comm.Send(Tensor.Tanh(Tensor.Sin(t2)) * 0.9, comm.Rank, 5);
                t2 = t2 * 0.5 + comm.Receive(t1, comm.Rank, 5) * 0.5;
                comm.Send(Math.Exp(Math.Tanh(Tensor.SumOfSquares(Tensor.Tanh(t1)) * 0.1) * 0.3), comm.Rank, 3);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
            }
        }
        comm.Send(Tensor.Dot((w * 0.7 + s2 * 0.2), Tensor.Tanh(t1) * 0.9) * 0.1, comm.Rank, 5);
        acc = acc * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
        for (var k3 = 0; k3 < 2; k3++)
        {
            if (comm.Rank % 2 == 1)
            {
                t1 = t1 * 0.6 + Tensor.Sin(Tensor.Tanh(Tensor.Tanh(w * t2)) * 0.9) * 0.4;
                acc += Math.Tanh(Math.Tanh(Math.Tanh(s2) * (comm.Size - 0.5) * 0.3) * (comm.Size - 0.5) * 0.3) * (comm.Size - 0.5) * 0.3 * 0.3;
            }
            for (var k4 = 0; k4 < 3; k4++)
            {
                if (comm.Rank > 0)
                {
                    acc = acc * 0.5 + comm.Receive(comm.Rank - 1, 2);
                }
                if (comm.Rank < comm.Size - 1)
                {
                    comm.Send(Math.Tanh(Tensor.Dot(Tensor.Tanh(t1 * w), t2 * Math.Tanh(s1)) * 0.1), comm.Rank + 1, 2);
                }
                var unused1 = comm.ReduceSum(w, comm.Size - 1);
            }
            acc += (Math.Tanh(s1 * comm.Broadcast(s1, 1 % comm.Size)) + s2) * 0.5 * 0.3;
        }
        if (comm.Size % 2 == 0)
        {
            acc += Math.Tanh(Tensor.Sum(Tensor.Tanh(t1 * w)) * 0.2 * Math.Exp(Math.Tanh(1.3) * 0.3)) * 0.3;
            var unused2 = CPair(comm.AllreduceMin(s1 + Tensor.Sum(u) * 0.23), comm);
        }
        else
        {
            if (Math.Tanh(Tensor.Mean(Tensor.Sin(u))) * (comm.Size - 0.5) * 0.3 > 0.3)
            {
                comm.Send(u, comm.Rank, 2);
                t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 2) * 0.5;
                comm.Send(Math.Sin(Math.Tanh(s1 * s2)), comm.Rank, 3);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
                t1 = w;
            }
            else
            {
                comm.Send(Tensor.Sin(Tensor.Tanh(u) * 0.9), comm.Rank, 5);
                t1 = t1 * 0.5 + comm.Receive(u, comm.Rank, 5) * 0.5;
                t2 = t2 * 0.6 + (Tensor.Sin(Tensor.Exp(Tensor.Tanh(u) * 0.2)) + Tensor.Exp(Tensor.Tanh((w * 0.7 + s2 * 0.2)) * 0.2)) * 0.5 * 0.4;
                s1 = Math.Sin(acc);
                t1 = t1 * 0.6 + (t2 + Tensor.Tanh(w) * 0.9) * 0.5 * 0.4;
            }
            if (comm.Size > 1)
            {
                if (comm.Rank == 0)
                {
                    comm.Send(t2, 1, 2);
                }
                else
                {
                    if (comm.Rank == 1)
                    {
                        t2 = t2 * 0.5 + comm.Receive(t1, 0, 2) * Tensor.Tanh(w);
                    }
                }
            }
            if (s2 > 0.0)
            {
                t2 = Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t2) * 0.2) * (Tensor.Tanh(t1 * t1) * 0.7 + Math.Sin(s2) * 0.2));
                t2 = w;
                s1 += Tensor.Mean(Tensor.Sin(u)) * 0.3;
                comm.Send(Tensor.Sin(Tensor.Exp(Tensor.Tanh(w) * 0.2)), comm.Rank, 2);
                t1 = t1 * 0.5 + comm.Receive(w, comm.Rank, 2) * 0.5;
            }
            else
            {
                comm.Send(Tensor.Dot(t2 * Math.Tanh(1.3), Tensor.Exp(Tensor.Tanh(w) * 0.2)) * 0.1, comm.Rank, 3);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
                comm.Send(Tensor.Exp(Tensor.Tanh(Tensor.Tanh(w * t2)) * 0.2), comm.Rank, 5);
                t2 = t2 * 0.5 + comm.Receive(w, comm.Rank, 5) * 0.5;
                comm.Send(w, comm.Rank, 3);
                t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 3) * 0.5;
                s1 = Math.Tanh(s2) * (comm.Size - 0.5) * 0.3;
            }
            for (var k5 = 0; k5 < 2; k5++)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(acc, 1, 3);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            acc = acc * 0.5 + comm.Receive(0, 3) * Math.Tanh(s2) * (comm.Size - 0.5) * 0.3;
                        }
                    }
                }
                acc += s2 * 0.3;
            }
        }
        return comm.AllreduceSum(acc * 0.5) + Math.Sin(acc) * 0.5 + Math.Sin(s2) * 0.5;
    }

    // rank-local; Allgather, AllreduceMin, HaloExchange, Receive(like), Scatter, Send/Receive, call, loop, self message, unused
    [Differentiable]
    public static double C30(double a, Tensor u, int rows, int columns, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        if (comm.Rank > 0)
        {
            s2 = s2 * 0.5 + comm.Receive(comm.Rank - 1, 5);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Math.Tanh(Tensor.Mean(Tensor.Sin((t1 + t1) * 0.5))), comm.Rank + 1, 5);
        }
        if (comm.Size > 2)
        {
            if (comm.Rank == 1)
            {
                comm.Send((u + Tensor.Exp(Tensor.Tanh(t2) * 0.2)) * 0.5, comm.Size - 1, 2);
            }
            else
            {
                if (comm.Rank == comm.Size - 1)
                {
                    t1 = t1 * 0.5 + comm.Receive(t1, 1, 2) * Tensor.Tanh((t1 + t2) * 0.5);
                }
            }
        }
        s1 = Math.Cos(Tensor.SumOfSquares(Tensor.Sin(comm.HaloExchange(comm.AllreduceMin(t2 + u * 0.41), 1, comm.Size, 2, 0.0))) * 0.1) * 0.5;
        t1 = u;
        acc += Tensor.Mean(Tensor.Sin(comm.Scatter(comm.Allgather(t2) * 0.5, comm.Size - 1) * Math.Tanh(s1))) * 0.3;
        for (var k2 = 0; k2 < 3; k2++)
        {
            for (var k3 = 0; k3 < 3; k3++)
            {
                s2 = Math.Cos(Math.Cos(Tensor.SumOfSquares(comm.Allgather(s2)) * 0.2) * 0.5) * 0.5;
                if (comm.Rank > 0)
                {
                    t2 = t2 * 0.5 + comm.Receive(t1, comm.Rank - 1, 1);
                }
                if (comm.Rank < comm.Size - 1)
                {
                    comm.Send(Tensor.Tanh(Tensor.Tanh(t2 * t2) * Math.Tanh(acc)), comm.Rank + 1, 1);
                }
                var unused1 = CMix((-0.4 + s2) * 0.5, comm);
            }
            for (var k4 = 0; k4 < 3; k4++)
            {
                t1 = u;
                comm.Send(Tensor.Sum(Tensor.Sin(t1)) * 0.2, comm.Rank, 1);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
            }
        }
        t2 = (t2 * Math.Tanh(s2) + Tensor.Sin(comm.Scatter(comm.Allgather(t2) * 0.5, 0))) * 0.5;
        return comm.AllreduceSum(acc * 0.5) + Math.Sin(acc) * 0.5 + Math.Sin(s2) * 0.5;
    }

    // replicated; AllreduceSum, Broadcast, Gather, Receive(like), Send/Receive, loop, unused
    [Differentiable]
    public static double C31(double a, double b, Tensor u, Tensor q, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5 + Tensor.Mean(u) + Tensor.Mean(q));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        var r1 = Tensor.Sin(q) * 0.5;
        for (var k2 = 0; k2 < 2; k2++)
        {
            var unused1 = Tensor.Sum(comm.Gather(comm.Broadcast(s2, 0), 0)) * 0.3;
            if (comm.Size > 1)
            {
                if (comm.Rank == 0)
                {
                    comm.Send(Tensor.Tanh(r1) * 0.9, 1, 2);
                    comm.Send(Tensor.Tanh(r1) * 0.9, 1, 2);
                }
                else
                {
                    if (comm.Rank == 1)
                    {
                        r1 = r1 * 0.5 + comm.Receive(r1, 0, 2) * Tensor.Tanh(q);
                        r1 = r1 * 0.5 + comm.Receive(q, 0, 2) * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(q) * 0.2));
                    }
                }
            }
        }
        s2 = Math.Tanh(acc * ((a + a) * 0.5 * 0.8 - 0.1));
        r1 = Tensor.Tanh(q * q);
        s2 = s2 * 0.9;
        return comm.AllreduceSum(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(Tensor.Tanh(r1)) * 0.2) + Math.Sin(acc) * 0.5;
    }

    // rank-local; AllreduceSum, Receive(like), ReduceSum, Send/Receive, call, loop, rank branch, replicated branch, self message, unused, value branch
    [Differentiable]
    public static double C32(double a, double b, Tensor u, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5 + Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        if (comm.Rank > 0)
        {
            s2 = s2 * 0.5 + comm.Receive(comm.Rank - 1, 2);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Math.Tanh(s2), comm.Rank + 1, 2);
        }
        for (var k2 = 0; k2 < 2; k2++)
        {
            s2 += Math.Tanh(acc) * (comm.Size - 0.5) * 0.3 * 0.3;
            var unused1 = CRing(Tensor.Sin(t2), comm);
            if (comm.Size % 2 == 0)
            {
                comm.Send(Tensor.Sin(t1), comm.Rank, 2);
                t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 2) * 0.5;
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(s1, comm.Size - 1, 1);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            acc = acc * 0.5 + comm.Receive(1, 1) * Math.Cos(a) * 0.5;
                        }
                    }
                }
                if (comm.Rank > 0)
                {
                    t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank - 1, 3);
                }
                if (comm.Rank < comm.Size - 1)
                {
                    comm.Send(Tensor.Tanh(Tensor.Tanh(t2 * (t2 * 0.7 + b * 0.2))), comm.Rank + 1, 3);
                }
                acc += b * 0.3;
            }
        }
        if (comm.Size > 1)
        {
            if (comm.Rank == 0)
            {
                comm.Send(s2, 1, 3);
            }
            else
            {
                if (comm.Rank == 1)
                {
                    s1 = s1 * 0.5 + comm.Receive(0, 3) * Tensor.Sum(u) * 0.2;
                }
            }
        }
        s1 = Tensor.Dot(Tensor.Tanh(t1 * t2) * Math.Tanh(Math.Cos(acc) * 0.5), (t1 + t2) * 0.5 * Math.Tanh(CMix(s1, comm))) * 0.1;
        if (a > 0.3)
        {
            if (Tensor.Dot(t2 * Math.Tanh(0.7), t2) * 0.1 > 0.0)
            {
                comm.Send(b, comm.Rank, 2);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                comm.Send(u, comm.Rank, 5);
                t1 = t1 * 0.5 + comm.Receive(u, comm.Rank, 5) * 0.5;
                s1 = Math.Exp(Math.Tanh(Tensor.SumOfSquares(Tensor.Tanh((t2 + t1) * 0.5)) * 0.1) * 0.3);
            }
            if (comm.Rank % 2 == 1)
            {
                t1 = ((u * 0.7 + Math.Exp(Math.Tanh(s1) * 0.3) * 0.2) + u) * 0.5;
                comm.Send(Math.Tanh(b) * (comm.Size - 0.5) * 0.3, comm.Rank, 2);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
            }
            else
            {
                acc += Math.Cos(Tensor.SumOfSquares(Tensor.Tanh(t2)) * 0.1) * 0.5 * 0.3;
                acc += Math.Cos(s2) * 0.5 * 0.3;
                comm.Send(Tensor.SumOfSquares(Tensor.Tanh((t1 + t1) * 0.5)) * 0.1, comm.Rank, 2);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                s2 = Math.Tanh(a * Math.Tanh((s1 + a) * 0.5) * (comm.Size - 0.5) * 0.3);
            }
            t1 = t1 * 0.6 + Tensor.Tanh(t1) * 0.9 * 0.4;
        }
        else
        {
            s2 += Math.Cos(Tensor.Dot(Tensor.Exp(Tensor.Tanh(u) * 0.2), t2 * Math.Tanh(b)) * 0.1) * 0.5 * 0.3;
            acc += Math.Exp(Math.Tanh(Math.Tanh((b * 0.8 - 0.1)) * (comm.Size - 0.5) * 0.3) * 0.3) * 0.3;
        }
        s2 += Tensor.Dot(t1, Tensor.Tanh(comm.AllreduceSum(t1 * 0.5)) + t1 * 0.3 * Math.Tanh(a)) * 0.1 * 0.3;
        t1 = comm.ReduceSum(t2, 0);
        return acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + a * 0.1;
    }

    // replicated; Allgather, Broadcast, Send/Receive, loop, self message, unused, value branch
    [Differentiable]
    public static double C33(double a, Tensor u, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        if (comm.Size > 1)
        {
            if (comm.Rank == comm.Size - 1)
            {
                comm.Send(Tensor.SumOfSquares(Tensor.Tanh(Tensor.Tanh(t2 * u))) * 0.1, 0, 3);
            }
            else
            {
                if (comm.Rank == 0)
                {
                    s2 = s2 * 0.5 + comm.Receive(comm.Size - 1, 3) * Tensor.Dot(u, t1) * 0.1;
                }
            }
        }
        if (acc > 0.6)
        {
            s2 = Tensor.Sum(t1) * 0.2;
            comm.Send(a, comm.Rank, 1);
            acc = acc * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
        }
        else
        {
            acc += (Tensor.Dot(Tensor.Tanh(u * u), u) * 0.1 * 0.8 - 0.1) * 0.3;
            if (acc > 0.3)
            {
                s2 = (Math.Sin((s2 * 0.8 - 0.1)) + acc) * 0.5;
                comm.Send(Math.Cos(Tensor.SumOfSquares(Tensor.Tanh(t1)) * 0.1) * 0.5, comm.Rank, 2);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                s2 = Math.Tanh(s1 * Tensor.Sum((u * 0.7 + s1 * 0.2)) * 0.2);
            }
            else
            {
                comm.Send(0.7, comm.Rank, 2);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                t1 = (u + (t2 * Math.Tanh(a) * 0.7 + Math.Sin(s1) * 0.2)) * 0.5;
            }
            comm.Send(Math.Tanh(Math.Tanh(acc) * (comm.Size - 0.5) * 0.3 * Math.Cos(0.7) * 0.5), comm.Rank, 3);
            acc = acc * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
            for (var k2 = 0; k2 < 3; k2++)
            {
                acc += Tensor.Mean(Tensor.Sin((t2 * 0.7 + Tensor.Dot(t1, t1) * 0.1 * 0.2))) * 0.3;
                comm.Send(t1, comm.Rank, 3);
                t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 3) * 0.5;
                s1 += Math.Exp(Math.Tanh(s2) * 0.3) * 0.3;
                acc += (Math.Sin(Math.Sin(s1)) + Math.Tanh(Tensor.Mean(Tensor.Sin(t1)) * Math.Exp(Math.Tanh(a) * 0.3))) * 0.5 * 0.3;
            }
        }
        var unused1 = Tensor.SumOfSquares(comm.Allgather(Math.Tanh(a * s2))) * 0.2;
        if (comm.Size > 1)
        {
            if (comm.Rank == comm.Size - 1)
            {
                comm.Send(Math.Sin(Tensor.Sum(t2) * 0.2), 0, 3);
                comm.Send(s2, 0, 3);
            }
            else
            {
                if (comm.Rank == 0)
                {
                    s2 = s2 * 0.5 + comm.Receive(comm.Size - 1, 3) * Tensor.Dot(t2, u) * 0.1;
                    acc = acc * 0.5 + comm.Receive(comm.Size - 1, 3) * Math.Tanh(a * -0.4);
                }
            }
        }
        s1 = (Math.Tanh(Tensor.SumOfSquares(Tensor.Tanh(t1)) * 0.1) * (comm.Size - 0.5) * 0.3 + ((0.7 * 0.8 - 0.1) * 0.8 - 0.1)) * 0.5;
        return Math.Tanh(comm.Broadcast(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2, comm.Size - 1));
    }

    // replicated; AllreduceMax, AllreduceMin, AllreduceSum, Gather, Receive(like), ReduceSum, Scatter, Send/Receive, loop, replicated branch, self message, unused, value branch
    [Differentiable]
    public static double C34(Tensor u, Tensor w, Tensor q, Communicator comm)
    {
        var s1 = Math.Tanh(Tensor.Mean(u) + Tensor.Mean(w) + Tensor.Mean(q));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(w);
        var r1 = Tensor.Sin(q) * 0.5;
        if (comm.Rank > 0)
        {
            t2 = t2 * 0.5 + comm.Receive(u, comm.Rank - 1, 2);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Tensor.Tanh(Tensor.Tanh(Tensor.Tanh(w * u)) * 0.9), comm.Rank + 1, 2);
        }
        var unused1 = comm.Scatter(comm.Gather((u + t2) * 0.5, comm.Size - 1), comm.Size - 1);
        for (var k2 = 0; k2 < 3; k2++)
        {
            t2 = t1;
            s2 = Tensor.SumOfSquares(Tensor.Tanh(((t2 + u) * 0.5 + Tensor.Exp(Tensor.Tanh(t2) * 0.2)) * 0.5)) * 0.1;
        }
        t1 = t1 * 0.6 + Tensor.Sin(((t2 * 0.7 + s2 * 0.2) + t1) * 0.5) * 0.4;
        if (comm.Size > 1)
        {
            if (Math.Exp(Math.Tanh(acc) * 0.3) > 0.0)
            {
                comm.Send(Tensor.Tanh(t2 * Math.Tanh(s1)) * 0.9, comm.Rank, 1);
                t1 = t1 * 0.5 + comm.Receive(u, comm.Rank, 1) * 0.5;
                r1 = r1 * 0.6 + Tensor.Tanh(Tensor.Exp(Tensor.Tanh(q * Math.Tanh(s2)) * 0.2) * r1) * 0.4;
                comm.Send(Tensor.Mean(Tensor.Sin(q)), comm.Rank, 5);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
            }
            else
            {
                comm.Send(Tensor.Tanh(Tensor.Sin(t2)) * 0.9, comm.Rank, 5);
                t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 5) * 0.5;
                t1 = t1 * 0.6 + t2 * 0.4;
                comm.Send((Tensor.Tanh(q) * 0.9 + r1) * 0.5, comm.Rank, 1);
                r1 = r1 * 0.5 + comm.Receive(r1, comm.Rank, 1) * 0.5;
                r1 = Tensor.Sin((Tensor.Exp(Tensor.Tanh(r1) * 0.2) + (r1 + q) * 0.5) * 0.5);
            }
            t2 = t2 * 0.6 + comm.ReduceSum((t1 + w) * 0.5, 1 % comm.Size) * Math.Tanh(comm.AllreduceSum(Math.Sin(s1))) * 0.4;
            s2 += acc * 0.3;
        }
        else
        {
            if (Math.Tanh((s2 + 0.7) * 0.5 * Math.Sin(1.3)) > 0.3)
            {
                comm.Send((Tensor.Tanh(t2) * 0.9 + t1) * 0.5, comm.Rank, 5);
                t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 5) * 0.5;
                comm.Send(Tensor.Tanh(t1 * u), comm.Rank, 1);
                t2 = t2 * 0.5 + comm.Receive(t1, comm.Rank, 1) * 0.5;
                acc += Math.Tanh(0.7) * (comm.Size - 0.5) * 0.3 * 0.3;
            }
            if ((Math.Sin(acc) + (acc + s1) * 0.5) * 0.5 > 0.3)
            {
                r1 = Tensor.Sin(r1 * Math.Tanh(Math.Tanh(1.3 * s2)));
                r1 = Tensor.Tanh(r1 * q * Math.Tanh(s1));
                acc += Tensor.Mean(Tensor.Sin(q)) * 0.3;
            }
            r1 = comm.AllreduceMax((r1 + r1) * 0.5 * Math.Tanh(Math.Exp(Math.Tanh(s2) * 0.3)) + q * 0.43);
        }
        t1 = u;
        return comm.AllreduceMin(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(Tensor.Tanh(r1)) * 0.2 + Tensor.Sum(u) * 0.23) * 0.5 + comm.AllreduceSum(s1 * s1);
    }

    // replicated; Allgather, AllreduceMax, AllreduceSum, loop, self message, value branch
    [Differentiable]
    public static double C35(double a, double b, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5);
        var s2 = 0.25;
        var acc = 0.0;
        s2 = Math.Tanh(Math.Tanh(s2 * comm.AllreduceMax(-0.4 + a * 0.37))) * (comm.Size - 0.5) * 0.3;
        acc += (Math.Exp(Math.Tanh((b + 1.3) * 0.5) * 0.3) * 0.8 - 0.1) * 0.3;
        if (Math.Exp(Math.Tanh(Math.Sin(s1)) * 0.3) > 0.3)
        {
            for (var k1 = 0; k1 < 3; k1++)
            {
                s2 = Math.Sin(b);
                acc += Math.Exp(Math.Tanh(b) * 0.3) * 0.3;
            }
            s1 += s1 * 0.3;
            s2 = ((Math.Exp(Math.Tanh(acc) * 0.3) * 0.8 - 0.1) * 0.8 - 0.1);
        }
        else
        {
            acc += (Math.Exp(Math.Tanh(Math.Cos(s2) * 0.5) * 0.3) * 0.8 - 0.1) * 0.3;
            acc += Math.Tanh((Math.Tanh(a * b) * 0.8 - 0.1) * Math.Cos(Math.Tanh(a) * (comm.Size - 0.5) * 0.3) * 0.5) * 0.3;
        }
        acc += Math.Tanh(Math.Sin(Tensor.SumOfSquares(comm.Allgather(b)) * 0.2)) * (comm.Size - 0.5) * 0.3 * 0.3;
        if (Math.Cos(Math.Tanh(s2 * 1.3)) * 0.5 > 0.0)
        {
            acc += s2 * 0.3;
            for (var k2 = 0; k2 < 3; k2++)
            {
                acc += s2 * 0.3;
                comm.Send(Math.Exp(Math.Tanh(Math.Exp(Math.Tanh(b) * 0.3)) * 0.3), comm.Rank, 5);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
            }
            for (var k3 = 0; k3 < 3; k3++)
            {
                comm.Send(Math.Sin(b), comm.Rank, 2);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                acc += 1.3 * 0.3;
                acc += Math.Tanh(Math.Tanh(s1 * Math.Tanh(a) * (comm.Size - 0.5) * 0.3)) * (comm.Size - 0.5) * 0.3 * 0.3;
                s1 = Math.Tanh(Math.Tanh(Math.Exp(Math.Tanh(a) * 0.3) * Math.Tanh(s1 * s1)) * s2);
            }
            comm.Send(Math.Tanh((s2 + a) * 0.5) * (comm.Size - 0.5) * 0.3, comm.Rank, 1);
            s1 = s1 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
        }
        return comm.AllreduceSum(acc + s1 * 0.3 + Math.Sin(s2));
    }

    // replicated; AllreduceMax, AllreduceSum, ReduceSum, loop, rank branch, self message, value branch
    [Differentiable]
    public static double C36(double a, double b, Tensor u, Tensor q, int rows, int columns, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5 + Tensor.Mean(u) + Tensor.Mean(q));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        var r1 = Tensor.Sin(q) * 0.5;
        t2 = Tensor.Tanh(t2 * Math.Tanh(a) * Tensor.Tanh(u * t2)) * Math.Tanh(comm.AllreduceMax(s2 + a * 0.37));
        if (a > 0.3)
        {
            acc += -0.4 * 0.3;
            t2 = u;
            s2 = Tensor.SumOfSquares(Tensor.Tanh(((t1 * 0.7 + s1 * 0.2) + Tensor.Tanh(u * t1)) * 0.5)) * 0.1;
        }
        if (comm.Rank == comm.Size - 1)
        {
            t2 = t1;
            s2 += Math.Tanh(Tensor.Mean(Tensor.Sin(r1))) * (comm.Size - 0.5) * 0.3 * 0.3;
            for (var k1 = 0; k1 < 2; k1++)
            {
                r1 = r1 * 0.6 + Tensor.Tanh(Tensor.Tanh(q * r1) * Math.Tanh(acc) * (Tensor.Sin(q) + Tensor.Exp(Tensor.Tanh(r1) * 0.2)) * 0.5) * 0.4;
                comm.Send(u, comm.Rank, 5);
                t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank, 5) * 0.5;
                comm.Send(((t2 + u) * 0.5 * 0.7 + Math.Tanh(0.7) * (comm.Size - 0.5) * 0.3 * 0.2), comm.Rank, 2);
                t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 2) * 0.5;
                s2 = Math.Sin(Math.Sin((a * 0.8 - 0.1)));
            }
        }
        if (s1 > 0.3)
        {
            s1 = Tensor.Sum(Tensor.Tanh((r1 + q) * 0.5) * 0.9) * 0.2;
            acc += b * 0.3;
            if (comm.Rank % 2 == 1)
            {
                comm.Send(Tensor.Exp(Tensor.Tanh(q) * 0.2), comm.Rank, 3);
                r1 = r1 * 0.5 + comm.Receive(r1, comm.Rank, 3) * 0.5;
                s1 = Tensor.SumOfSquares(Tensor.Tanh(Tensor.Tanh(u * t1) * Math.Tanh(Tensor.Sum(r1) * 0.2))) * 0.1;
                comm.Send(Tensor.Mean(Tensor.Sin(Tensor.Tanh(u) * 0.9)), comm.Rank, 3);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
                comm.Send(Tensor.Mean(Tensor.Sin(Tensor.Exp(Tensor.Tanh(q) * 0.2))), comm.Rank, 2);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
            }
            else
            {
                comm.Send(Tensor.Sum(r1) * 0.2, comm.Rank, 5);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
                comm.Send((u + Tensor.Exp(Tensor.Tanh(u) * 0.2)) * 0.5, comm.Rank, 5);
                t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank, 5) * 0.5;
            }
        }
        s1 = Math.Cos(s1) * 0.5;
        acc += (Math.Tanh(acc) * (comm.Size - 0.5) * 0.3 + Math.Sin(comm.ReduceSum(b, comm.Size - 1))) * 0.5 * 0.3;
        comm.Send(Tensor.Sin((t1 + t1) * 0.5), comm.Rank, 5);
        t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 5) * 0.5;
        return comm.AllreduceSum(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(Tensor.Tanh(r1)) * 0.2);
    }

    // rank-local; AllreduceSum, HaloExchange, SendReceive, loop, rank branch, self message
    [Differentiable]
    public static double C37(Tensor u, Tensor w, Tensor q, Communicator comm)
    {
        var s1 = Math.Tanh(Tensor.Mean(u) + Tensor.Mean(w) + Tensor.Mean(q));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(w);
        var r1 = Tensor.Sin(q) * 0.5;
        for (var k1 = 0; k1 < 2; k1++)
        {
            s2 = Math.Tanh((comm.SendReceive(s2, (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 5) + Math.Sin(-0.4)) * 0.5) * (comm.Size - 0.5) * 0.3;
            s1 = comm.AllreduceSum((Math.Sin(0.7) + acc) * 0.5);
            if (comm.Rank == comm.Size - 1)
            {
                comm.Send(Math.Tanh(acc) * (comm.Size - 0.5) * 0.3, comm.Rank, 1);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
                acc += Tensor.Dot(t2, Tensor.Exp(Tensor.Tanh(w) * 0.2) * Math.Tanh(acc)) * 0.1 * 0.3;
                comm.Send(acc, comm.Rank, 2);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                comm.Send(s1, comm.Rank, 5);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
            }
            else
            {
                comm.Send(acc, comm.Rank, 5);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
                r1 = Tensor.Tanh((q + Tensor.Sin(q)) * 0.5 * Tensor.Tanh(q) * 0.9 * Math.Tanh((acc + -0.4) * 0.5));
                comm.Send(t1, comm.Rank, 3);
                t2 = t2 * 0.5 + comm.Receive(u, comm.Rank, 3) * 0.5;
            }
        }
        t1 = t1 * 0.9;
        if (comm.Rank == 0)
        {
            t2 = t1;
            t1 = t1 * 0.9;
            comm.Send(Tensor.Sin(u * Math.Tanh(s1)), comm.Rank, 1);
            t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank, 1) * 0.5;
            s2 += Tensor.SumOfSquares(Tensor.Tanh(Tensor.Tanh((r1 + q) * 0.5 * (r1 + q) * 0.5))) * 0.1 * 0.3;
        }
        else
        {
            comm.Send(t1, comm.Rank, 5);
            t2 = t2 * 0.5 + comm.Receive(t1, comm.Rank, 5) * 0.5;
            comm.Send((acc * 0.8 - 0.1), comm.Rank, 2);
            s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
            comm.Send(q, comm.Rank, 2);
            r1 = r1 * 0.5 + comm.Receive(q, comm.Rank, 2) * 0.5;
            t1 = Tensor.Sin(w) * Math.Tanh(s1) * Math.Tanh(Tensor.Mean(Tensor.Sin((w * 0.7 + s1 * 0.2))));
        }
        t2 = Tensor.Tanh(u * Tensor.Block(comm.HaloExchange((w + w) * 0.5, 1, comm.Size, 2, -0.25), 1, 3, 2, 3));
        comm.Send(Tensor.Mean(Tensor.Sin(r1)), comm.Rank, 5);
        s1 = s1 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
        return acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(Tensor.Tanh(r1)) * 0.2 + Tensor.Sum(u) * 0.05;
    }

    // rank-local; AllreduceMax, Receive(like), ReduceSum, Send/Receive, loop, rank branch, replicated branch, self message, value branch
    [Differentiable]
    public static double C38(Tensor u, int rows, int columns, Communicator comm)
    {
        var s1 = Math.Tanh(Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        for (var k1 = 0; k1 < 2; k1++)
        {
            t1 = t1 * 0.9;
            if (comm.Rank == comm.Size - 1)
            {
                comm.Send(Math.Exp(Math.Tanh(Tensor.Dot(t2, t2) * 0.1) * 0.3), comm.Rank, 5);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
                acc += Math.Sin(Tensor.SumOfSquares(Tensor.Tanh((u + t1) * 0.5)) * 0.1) * 0.3;
                comm.Send(acc, comm.Rank, 1);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
            }
            else
            {
                comm.Send(Tensor.Sin(Tensor.Tanh(t1) * 0.9), comm.Rank, 2);
                t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 2) * 0.5;
                comm.Send(Tensor.Exp(Tensor.Tanh((t2 * 0.7 + s2 * 0.2)) * 0.2), comm.Rank, 1);
                t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 1) * 0.5;
            }
            if (Math.Sin(comm.AllreduceSum(Math.Tanh(s2) * (comm.Size - 0.5) * 0.3)) > 0.2)
            {
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(Tensor.Tanh(t1 * u) * Math.Tanh(Math.Sin(acc)), comm.Size - 1, 5);
                        comm.Send(t1, comm.Size - 1, 5);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            t2 = t2 * 0.5 + comm.Receive(u, 1, 5) * Tensor.Tanh(t2);
                            t1 = t1 * 0.5 + comm.Receive(t1, 1, 5) * Tensor.Tanh(t2 * Math.Tanh(acc));
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(t1 * Math.Tanh(s1) * Math.Tanh(Tensor.Mean(Tensor.Sin(u))), 0, 2);
                        comm.Send(Tensor.Tanh(t2) * 0.9, 0, 2);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            t1 = t1 * 0.5 + comm.Receive(t1, comm.Size - 1, 2) * Tensor.Tanh((u * 0.7 + acc * 0.2));
                            t2 = t2 * 0.5 + comm.Receive(u, comm.Size - 1, 2) * Tensor.Tanh((u * 0.7 + s2 * 0.2));
                        }
                    }
                }
            }
            else
            {
                s1 = comm.AllreduceMax(Math.Sin(Math.Tanh(s1 * s1)) + Tensor.Sum(u) * 0.23);
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(Tensor.Tanh(u * Math.Tanh(s2)) * 0.9, comm.Size - 1, 5);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            t1 = t1 * 0.5 + comm.Receive(t1, 1, 5) * Tensor.Tanh(Tensor.Tanh(u * t1));
                        }
                    }
                }
            }
        }
        s1 = acc;
        if (Math.Sin(s2) > 0.3)
        {
            if (comm.Rank % 2 == 1)
            {
                comm.Send(Tensor.SumOfSquares(Tensor.Tanh(t1 * Math.Tanh(1.3))) * 0.1, comm.Rank, 3);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
                t1 = t2;
                s1 = (Math.Sin(s2) + Math.Exp(Math.Tanh(Tensor.Mean(Tensor.Sin(t1))) * 0.3)) * 0.5;
                comm.Send(Tensor.Sin(u * Math.Tanh(s2)), comm.Rank, 3);
                t2 = t2 * 0.5 + comm.Receive(t1, comm.Rank, 3) * 0.5;
            }
            else
            {
                comm.Send(Math.Exp(Math.Tanh(acc) * 0.3), comm.Rank, 1);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
                acc += Math.Sin(acc) * 0.3;
                acc += Math.Sin(Math.Tanh(Math.Sin(s2)) * (comm.Size - 0.5) * 0.3) * 0.3;
                comm.Send((Math.Sin(-0.4) + Math.Cos(acc) * 0.5) * 0.5, comm.Rank, 1);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
            }
            for (var k2 = 0; k2 < 2; k2++)
            {
                s2 += Tensor.Dot(Tensor.Tanh((u * 0.7 + -0.4 * 0.2) * (u + t1) * 0.5), Tensor.Exp(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(u) * 0.2)) * 0.2)) * 0.1 * 0.3;
                s1 = Tensor.SumOfSquares(Tensor.Tanh(t2)) * 0.1;
            }
        }
        else
        {
            t1 = t2;
            s2 += Math.Tanh(Tensor.SumOfSquares(Tensor.Tanh(u * Math.Tanh(s2))) * 0.1) * (comm.Size - 0.5) * 0.3 * 0.3;
            comm.Send(((s2 + acc) * 0.5 * 0.8 - 0.1), comm.Rank, 2);
            acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
        }
        acc += s2 * 0.3;
        t1 = comm.ReduceSum(t1, 1 % comm.Size);
        if (comm.Rank == comm.Size - 1)
        {
            for (var k3 = 0; k3 < 3; k3++)
            {
                comm.Send(((u + t2) * 0.5 + Tensor.Tanh(t1 * t2)) * 0.5, comm.Rank, 1);
                t1 = t1 * 0.5 + comm.Receive(u, comm.Rank, 1) * 0.5;
                s1 += Tensor.Sum(t2) * 0.2 * 0.3;
            }
            t1 = t1 * 0.6 + (Tensor.Tanh(Tensor.Sin(u) * Tensor.Tanh(u) * 0.9) + Tensor.Tanh(t1 * t1) * Math.Tanh(acc)) * 0.5 * 0.4;
            comm.Send(Tensor.Tanh(u) * 0.9 * Math.Tanh(Math.Exp(Math.Tanh(s2) * 0.3)), comm.Rank, 2);
            t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 2) * 0.5;
            for (var k4 = 0; k4 < 2; k4++)
            {
                comm.Send(Tensor.Sum(Tensor.Tanh(t2) * 0.9) * 0.2, comm.Rank, 1);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
                t1 = t1 * 0.6 + (Tensor.Exp(Tensor.Tanh(Tensor.Sin(t1)) * 0.2) * 0.7 + ((acc + acc) * 0.5 * 0.8 - 0.1) * 0.2) * 0.4;
                comm.Send((s1 + s1) * 0.5, comm.Rank, 1);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
            }
        }
        else
        {
            s1 += (acc + acc) * 0.5 * 0.3;
            s1 += Math.Sin(Tensor.Mean(Tensor.Sin(Tensor.Sin(t2)))) * 0.3;
        }
        return comm.AllreduceSum(acc * 0.5) + Tensor.Mean(Tensor.Sin(t1)) * 0.5 + Math.Sin(s1) * 0.5;
    }

    // replicated; Allgather, AllreduceSum, Send/Receive, call, loop, replicated branch, self message, unused
    [Differentiable]
    public static double C39(double a, double b, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5);
        var s2 = 0.25;
        var acc = 0.0;
        comm.Send(s2, comm.Rank, 1);
        s2 = s2 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
        for (var k2 = 0; k2 < 2; k2++)
        {
            for (var k3 = 0; k3 < 3; k3++)
            {
                s1 += Math.Tanh(s1 * Math.Cos(Math.Sin(comm.AllreduceSum(a) * 0.5) + a * 0.2) * 0.5) * 0.3;
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(s1, comm.Size - 1, 1);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            acc = acc * 0.5 + comm.Receive(1, 1) * Math.Exp(Math.Tanh(a) * 0.3);
                        }
                    }
                }
            }
            for (var k4 = 0; k4 < 3; k4++)
            {
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(((b * 0.8 - 0.1) * 0.8 - 0.1), comm.Size - 1, 5);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            acc = acc * 0.5 + comm.Receive(1, 5) * Math.Tanh(s2 * s2);
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(0.7, 1, 3);
                        comm.Send(a, 1, 3);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            acc = acc * 0.5 + comm.Receive(0, 3) * b;
                            s1 = s1 * 0.5 + comm.Receive(0, 3) * Math.Tanh(s1 * a);
                        }
                    }
                }
                s2 = Math.Exp(Math.Tanh(b) * 0.3);
                acc += s1 * 0.3;
            }
            acc += ((Math.Exp(Math.Tanh(s2) * 0.3) * 0.8 - 0.1) * 0.8 - 0.1) * 0.3;
            if (comm.Size > 1)
            {
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(s2, comm.Size - 1, 2);
                        comm.Send((1.3 * 0.8 - 0.1), comm.Size - 1, 2);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            acc = acc * 0.5 + comm.Receive(1, 2) * Math.Exp(Math.Tanh(acc) * 0.3);
                            acc = acc * 0.5 + comm.Receive(1, 2) * Math.Tanh(s2) * (comm.Size - 0.5) * 0.3;
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send((Math.Tanh(a * s2) * 0.8 - 0.1), 0, 1);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            s2 = s2 * 0.5 + comm.Receive(comm.Size - 1, 1) * Math.Sin(b);
                        }
                    }
                }
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send((Math.Tanh(1.3) * (comm.Size - 0.5) * 0.3 * 0.8 - 0.1), comm.Size - 1, 3);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            s2 = s2 * 0.5 + comm.Receive(1, 3) * Math.Cos(s2) * 0.5;
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send((Math.Cos(s2) * 0.5 * 0.8 - 0.1), 0, 3);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            acc = acc * 0.5 + comm.Receive(comm.Size - 1, 3) * Math.Tanh(s1) * (comm.Size - 0.5) * 0.3;
                        }
                    }
                }
            }
            else
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(Math.Exp(Math.Tanh((acc + s2) * 0.5) * 0.3), 1, 5);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            s1 = s1 * 0.5 + comm.Receive(0, 5) * -0.4;
                        }
                    }
                }
                var unused1 = Tensor.SumOfSquares(comm.Allgather(1.3)) * 0.2;
                s2 += CSum(b, comm) * 0.3;
            }
        }
        s1 = Math.Tanh(acc * Math.Sin(comm.AllreduceSum(Math.Sin(s2)) * 0.5) + Math.Sin(s2) * 0.2);
        s1 = Math.Tanh((s1 + (s2 + b) * 0.5) * 0.5 * Math.Tanh(Math.Sin(b) * CMix(b, comm)));
        return comm.AllreduceSum(acc + s1 * 0.3 + Math.Sin(s2));
    }

    // replicated; Broadcast, Send/Receive, rank branch, self message, value branch
    [Differentiable]
    public static double C40(double a, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5);
        var s2 = 0.25;
        var acc = 0.0;
        acc += Math.Cos(comm.Broadcast(acc, 1 % comm.Size)) * 0.5 * 0.3;
        if (comm.Size > 1)
        {
            if (comm.Rank == comm.Size - 1)
            {
                comm.Send(Math.Tanh(Math.Tanh(s1) * (comm.Size - 0.5) * 0.3) * (comm.Size - 0.5) * 0.3, 0, 5);
                comm.Send((acc * 0.8 - 0.1), 0, 5);
            }
            else
            {
                if (comm.Rank == 0)
                {
                    acc = acc * 0.5 + comm.Receive(comm.Size - 1, 5) * (0.7 * 0.8 - 0.1);
                    acc = acc * 0.5 + comm.Receive(comm.Size - 1, 5) * Math.Exp(Math.Tanh(0.7) * 0.3);
                }
            }
        }
        if (Math.Exp(Math.Tanh(Math.Tanh(acc * s2)) * 0.3) > 0.6)
        {
            if (comm.Rank % 2 == 1)
            {
                comm.Send(((s2 * 0.8 - 0.1) + 1.3) * 0.5, comm.Rank, 2);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                acc += (s1 * 0.8 - 0.1) * 0.3;
                comm.Send(Math.Sin(acc), comm.Rank, 5);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
                comm.Send(s2, comm.Rank, 5);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
            }
            if (comm.Rank == comm.Size - 1)
            {
                s2 = Math.Cos((s2 * 0.8 - 0.1)) * 0.5;
                s2 = s1;
            }
        }
        else
        {
            acc += (Math.Tanh(Math.Exp(Math.Tanh(acc) * 0.3) * Math.Tanh(1.3 * s2)) * 0.8 - 0.1) * 0.3;
            if (s1 > 0.0)
            {
                comm.Send((Math.Sin(s2) * 0.8 - 0.1), comm.Rank, 1);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
                comm.Send(Math.Cos(Math.Tanh(s1 * s2)) * 0.5, comm.Rank, 5);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
            }
            comm.Send(((acc * 0.8 - 0.1) + (-0.4 * 0.8 - 0.1)) * 0.5, comm.Rank, 1);
            s2 = s2 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
            s1 += Math.Sin(Math.Cos(Math.Exp(Math.Tanh(s2) * 0.3)) * 0.5) * 0.3;
        }
        if (comm.Rank > 0)
        {
            acc = acc * 0.5 + comm.Receive(comm.Rank - 1, 5);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Math.Tanh(Math.Cos(Math.Sin(s1)) * 0.5), comm.Rank + 1, 5);
        }
        if (comm.Rank == comm.Size - 1)
        {
            comm.Send(Math.Tanh((s2 + 0.7) * 0.5) * (comm.Size - 0.5) * 0.3, comm.Rank, 3);
            s1 = s1 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
            if (comm.Rank == 0)
            {
                acc += Math.Sin((Math.Cos(a) * 0.5 * 0.8 - 0.1)) * 0.3;
                comm.Send(0.7, comm.Rank, 2);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                s1 = a;
            }
        }
        return Math.Tanh(comm.Broadcast(acc + s1 * 0.3 + Math.Sin(s2), 0));
    }

    // rank-local; Allgather, HaloExchange, Scatter, SendReceive, self message
    [Differentiable]
    public static double C41(double a, Tensor u, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        s2 = Tensor.SumOfSquares(Tensor.Sin(comm.HaloExchange(t1, comm.Size, 1, 1, 0.0))) * 0.1;
        t2 = Tensor.Exp(Tensor.Tanh(t1 * Math.Tanh(acc)) * 0.2) * Math.Tanh((Math.Tanh(a * s1) + Math.Exp(Math.Tanh(a) * 0.3)) * 0.5);
        t2 = comm.Scatter(comm.Allgather(comm.SendReceive(Tensor.Sin(t1), (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 2)) * 0.5, 0);
        comm.Send(Tensor.Sin(t2 * Math.Tanh(1.3)), comm.Rank, 3);
        t2 = t2 * 0.5 + comm.Receive(t1, comm.Rank, 3) * 0.5;
        return acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + a * 0.1;
    }

    // replicated; Allgather, AllreduceMax, Receive(like), Scatter, Send/Receive
    [Differentiable]
    public static double C42(Tensor u, Tensor w, Communicator comm)
    {
        var s1 = Math.Tanh(Tensor.Mean(u) + Tensor.Mean(w));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(w);
        var t2 = Tensor.Tanh(w);
        t1 = t1 * 0.6 + Tensor.Exp(Tensor.Tanh(Tensor.Sin(Tensor.Sin(u))) * 0.2) * 0.4;
        if (comm.Rank > 0)
        {
            t1 = t1 * 0.5 + comm.Receive(u, comm.Rank - 1, 1);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Tensor.Tanh(t1), comm.Rank + 1, 1);
        }
        s1 += Math.Cos((Tensor.Sum(comm.Scatter(comm.Allgather(acc) * comm.Allgather(s1), 1 % comm.Size)) * 0.8 - 0.1)) * 0.5 * 0.3;
        acc += Math.Cos(acc) * 0.5 * 0.3;
        return comm.AllreduceMax(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(u) * 0.23) * 0.5 + comm.AllreduceSum(s1 * s1) + Math.Sin(acc) * 0.5;
    }

    // rank-local; Receive(like), Send/Receive, call, loop, self message, value branch
    [Differentiable]
    public static double C43(Tensor u, Tensor w, Tensor q, int rows, int columns, Communicator comm)
    {
        var s1 = Math.Tanh(Tensor.Mean(u) + Tensor.Mean(w) + Tensor.Mean(q));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        var r1 = Tensor.Sin(q) * 0.5;
        if (((s1 + acc) * 0.5 + acc) * 0.5 > 0.6)
        {
            if (Math.Sin(Tensor.Mean(Tensor.Sin(u))) > 0.3)
            {
                r1 = r1 * 0.6 + Tensor.Tanh((Tensor.Sin(q) + r1) * 0.5 * Tensor.Exp(Tensor.Tanh(Tensor.Tanh(q) * 0.9) * 0.2)) * 0.4;
                acc += s1 * 0.3;
                t1 = ((u * 0.7 + s1 * 0.2) * 0.7 + Tensor.Mean(Tensor.Sin(q)) * 0.2) * Math.Tanh(Math.Tanh(Math.Tanh(s1) * (comm.Size - 0.5) * 0.3) * (comm.Size - 0.5) * 0.3);
                comm.Send((Tensor.Tanh(t1 * t2) + t2) * 0.5, comm.Rank, 5);
                t1 = t1 * 0.5 + comm.Receive(u, comm.Rank, 5) * 0.5;
            }
            else
            {
                comm.Send(Math.Exp(Math.Tanh(s2) * 0.3), comm.Rank, 3);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
                r1 = (Tensor.Tanh(q * Tensor.Tanh(q * q)) + Tensor.Sin(Tensor.Tanh(r1 * q))) * 0.5;
                comm.Send(Tensor.Sin((t1 + u) * 0.5), comm.Rank, 5);
                t2 = t2 * 0.5 + comm.Receive(w, comm.Rank, 5) * 0.5;
                comm.Send((q * 0.7 + s2 * 0.2) * Math.Tanh((acc * 0.8 - 0.1)), comm.Rank, 5);
                r1 = r1 * 0.5 + comm.Receive(r1, comm.Rank, 5) * 0.5;
            }
            for (var k1 = 0; k1 < 2; k1++)
            {
                r1 = r1 * 0.9;
                comm.Send((t1 + Tensor.Sin(w)) * 0.5, comm.Rank, 1);
                t1 = t1 * 0.5 + comm.Receive(u, comm.Rank, 1) * 0.5;
            }
            comm.Send(s2, comm.Rank, 2);
            s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
            acc += Math.Sin(s1) * 0.3;
        }
        t1 = w;
        acc += Tensor.SumOfSquares(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(u) * 0.2))) * 0.1 * 0.3;
        t1 = Tensor.Sin(CRing(Tensor.Exp(Tensor.Tanh(t2) * 0.2), comm));
        comm.Send((r1 + r1) * 0.5 * Math.Tanh((acc + acc) * 0.5), comm.Rank, 1);
        r1 = r1 * 0.5 + comm.Receive(r1, comm.Rank, 1) * 0.5;
        t2 = t2 * 0.6 + Tensor.Sin(w) * 0.4;
        if (comm.Size > 2)
        {
            if (comm.Rank == 1)
            {
                comm.Send(Tensor.Tanh((q * 0.7 + s1 * 0.2) * q), comm.Size - 1, 3);
            }
            else
            {
                if (comm.Rank == comm.Size - 1)
                {
                    r1 = r1 * 0.5 + comm.Receive(r1, 1, 3) * Tensor.Tanh(r1);
                }
            }
        }
        return comm.AllreduceSum(acc * 0.5) + Tensor.Mean(Tensor.Sin(r1)) * 0.5 + Math.Sin(s1) * 0.5;
    }

    // replicated; AllreduceMax, AllreduceSum, Send/Receive, loop, rank branch, self message, unused, value branch
    [Differentiable]
    public static double C44(double a, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5);
        var s2 = 0.25;
        var acc = 0.0;
        if (comm.Rank > 0)
        {
            s1 = s1 * 0.5 + comm.Receive(comm.Rank - 1, 5);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Math.Tanh(Math.Cos(Math.Tanh(s1 * acc)) * 0.5), comm.Rank + 1, 5);
        }
        if (comm.Size > 2)
        {
            if (comm.Rank == 1)
            {
                comm.Send(a, comm.Size - 1, 2);
            }
            else
            {
                if (comm.Rank == comm.Size - 1)
                {
                    acc = acc * 0.5 + comm.Receive(1, 2) * Math.Exp(Math.Tanh(s1) * 0.3);
                }
            }
        }
        var unused1 = comm.AllreduceMax((s1 + a) * 0.5 + a * 0.37);
        if (Math.Exp(Math.Tanh((a * 0.8 - 0.1)) * 0.3) > 0.0)
        {
            s1 += Math.Tanh(Math.Cos(a) * 0.5 * Math.Exp(Math.Tanh(Math.Sin(-0.4)) * 0.3)) * 0.3;
            for (var k2 = 0; k2 < 3; k2++)
            {
                s2 = (Math.Exp(Math.Tanh(Math.Exp(Math.Tanh(acc) * 0.3)) * 0.3) * 0.8 - 0.1);
                comm.Send(s2, comm.Rank, 2);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                s2 = Math.Exp(Math.Tanh(Math.Exp(Math.Tanh(Math.Sin(acc)) * 0.3)) * 0.3);
                comm.Send(Math.Exp(Math.Tanh(0.7) * 0.3), comm.Rank, 3);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
            }
            s1 = acc;
        }
        else
        {
            if (comm.Rank == 0)
            {
                s2 += s1 * 0.3;
                comm.Send(Math.Exp(Math.Tanh(Math.Tanh(acc) * (comm.Size - 0.5) * 0.3) * 0.3), comm.Rank, 3);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
                s2 = s2 * 0.9;
                acc += acc * 0.3;
            }
            s2 = Math.Cos(a) * 0.5;
        }
        acc += Math.Tanh(s1 * (Math.Tanh(1.3) * (comm.Size - 0.5) * 0.3 * 0.8 - 0.1)) * 0.3;
        return comm.AllreduceSum(acc + s1 * 0.3 + Math.Sin(s2));
    }

    // rank-local; Allgather, Receive(like), Scatter, Send/Receive, SendReceive, call, loop, rank branch, replicated branch, self message, value branch
    [Differentiable]
    public static double C45(Tensor u, Communicator comm)
    {
        var s1 = Math.Tanh(Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        if (comm.Size % 2 == 0)
        {
            s2 = (s1 * 0.8 - 0.1);
            acc += Math.Sin(1.3) * 0.3;
        }
        else
        {
            for (var k1 = 0; k1 < 3; k1++)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(Tensor.Mean(Tensor.Sin(t1)), 0, 2);
                        comm.Send(Math.Tanh(Tensor.SumOfSquares(Tensor.Tanh(t1)) * 0.1 * Math.Tanh(s2 * acc)), 0, 2);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            s2 = s2 * 0.5 + comm.Receive(comm.Size - 1, 2) * s2;
                            acc = acc * 0.5 + comm.Receive(comm.Size - 1, 2) * (s2 * 0.8 - 0.1);
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send((Tensor.Mean(Tensor.Sin(t2)) + Math.Tanh(acc) * (comm.Size - 0.5) * 0.3) * 0.5, 1, 5);
                        comm.Send(s1, 1, 5);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            acc = acc * 0.5 + comm.Receive(0, 5) * Math.Tanh(s1 * s2);
                            s1 = s1 * 0.5 + comm.Receive(0, 5) * Tensor.SumOfSquares(Tensor.Tanh(t1)) * 0.1;
                        }
                    }
                }
            }
            if ((Math.Exp(Math.Tanh(acc) * 0.3) * 0.8 - 0.1) > 0.0)
            {
                s2 = Math.Cos(Tensor.SumOfSquares(Tensor.Tanh(Tensor.Sin(t2))) * 0.1) * 0.5;
                comm.Send(((t2 + t1) * 0.5 + u) * 0.5, comm.Rank, 5);
                t1 = t1 * 0.5 + comm.Receive(u, comm.Rank, 5) * 0.5;
            }
            t1 = Tensor.Tanh(Tensor.Tanh(t2 * CBcast(u, acc, comm)) * Tensor.Sin(u * Math.Tanh(acc)));
        }
        for (var k2 = 0; k2 < 3; k2++)
        {
            if (comm.Size > 1)
            {
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(Tensor.Sum((t2 * 0.7 + acc * 0.2)) * 0.2, comm.Size - 1, 1);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            s1 = s1 * 0.5 + comm.Receive(1, 1) * Tensor.Mean(Tensor.Sin(t2));
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(Tensor.Tanh((t2 * 0.7 + s1 * 0.2)) * 0.9, 0, 3);
                        comm.Send(u, 0, 3);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            t2 = t2 * 0.5 + comm.Receive(t1, comm.Size - 1, 3) * Tensor.Tanh((t1 + u) * 0.5);
                            t2 = t2 * 0.5 + comm.Receive(t1, comm.Size - 1, 3) * Tensor.Tanh((u + u) * 0.5);
                        }
                    }
                }
            }
            else
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(Tensor.Dot((u + t1) * 0.5, Tensor.Exp(Tensor.Tanh(u) * 0.2)) * 0.1, 1, 5);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            s2 = s2 * 0.5 + comm.Receive(0, 5) * Math.Tanh(s2 * s2);
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(t1, 1, 5);
                        comm.Send(u, 1, 5);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            t2 = t2 * 0.5 + comm.Receive(t1, 0, 5) * Tensor.Tanh(Tensor.Tanh(t2) * 0.9);
                            t1 = t1 * 0.5 + comm.Receive(t2, 0, 5) * Tensor.Tanh((t2 * 0.7 + s1 * 0.2));
                        }
                    }
                }
                t2 = t2 * 0.6 + (Tensor.Tanh(t1) * 0.9 + t2) * 0.5 * 0.4;
                s1 = Math.Tanh((Math.Tanh(s2) * (comm.Size - 0.5) * 0.3 + s1) * 0.5) * (comm.Size - 0.5) * 0.3;
            }
            if (comm.Rank % 2 == 1)
            {
                acc += (Math.Sin(Math.Exp(Math.Tanh(-0.4) * 0.3)) * 0.8 - 0.1) * 0.3;
                s2 += s2 * 0.3;
                acc += (Math.Tanh(Tensor.Mean(Tensor.Sin(u)) * Tensor.SumOfSquares(Tensor.Tanh(t1)) * 0.1) + s1) * 0.5 * 0.3;
                t2 = ((t2 * Math.Tanh(s1) * 0.7 + Math.Tanh(s1) * (comm.Size - 0.5) * 0.3 * 0.2) + t2) * 0.5;
            }
            else
            {
                comm.Send(Tensor.Tanh(t2 * Tensor.Tanh(t1 * t1)), comm.Rank, 1);
                t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 1) * 0.5;
                comm.Send(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(u) * 0.2)) * 0.9, comm.Rank, 3);
                t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank, 3) * 0.5;
                s2 = Tensor.Mean(Tensor.Sin(Tensor.Exp(Tensor.Tanh((u + t1) * 0.5) * 0.2)));
                t2 = t2 * 0.6 + Tensor.Sin((Tensor.Tanh(t1 * t2) * 0.7 + Math.Cos(s1) * 0.5 * 0.2)) * 0.4;
            }
        }
        t2 = t2 * 0.6 + comm.Scatter(comm.Allgather(Tensor.Tanh(Tensor.Sin(u)) * 0.9) * 0.5, comm.Size - 1) * 0.4;
        s2 = CMix(Math.Cos(Math.Tanh(s1 * s2)) * 0.5, comm);
        if (comm.Size > 2)
        {
            if (comm.Rank == 1)
            {
                comm.Send(s1, comm.Size - 1, 1);
                comm.Send(Math.Exp(Math.Tanh(Math.Tanh(s1 * s1)) * 0.3), comm.Size - 1, 1);
            }
            else
            {
                if (comm.Rank == comm.Size - 1)
                {
                    s2 = s2 * 0.5 + comm.Receive(1, 1) * Math.Tanh(s2 * acc);
                    s2 = s2 * 0.5 + comm.Receive(1, 1) * Math.Cos(-0.4) * 0.5;
                }
            }
        }
        s1 = Math.Tanh(Math.Exp(Math.Tanh(s2) * 0.3)) * (comm.Size - 0.5) * 0.3;
        s1 = comm.SendReceive(Math.Tanh(Tensor.Sum(u) * 0.2 * Math.Cos(acc) * 0.5), (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 3);
        return comm.AllreduceSum(acc * 0.5) + Math.Sin(s2) * 0.5 + Math.Sin(acc) * 0.5;
    }

    // rank-local; Allgather, AllreduceSum, HaloExchange, Receive(like), Send/Receive, SendReceive, call, loop, replicated branch, self message, unused, value branch
    [Differentiable]
    public static double C46(double a, double b, Tensor u, int rows, int columns, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5 + Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        comm.Send(Tensor.Dot(Tensor.Tanh(t2 * t2), u * Math.Tanh(1.3)) * 0.1, comm.Rank, 5);
        s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
        s1 += CMix(Math.Exp(Math.Tanh(Tensor.Mean(Tensor.Sin(u))) * 0.3), comm) * 0.3;
        acc += Math.Tanh((Math.Cos(s1) * 0.5 * 0.8 - 0.1)) * (comm.Size - 0.5) * 0.3 * 0.3;
        acc += Tensor.SumOfSquares(Tensor.Tanh(Tensor.Sin(Tensor.Tanh(u) * 0.9))) * 0.1 * 0.3;
        if (Math.Sin(comm.AllreduceSum(Math.Tanh(acc * b))) > 0.2)
        {
            s2 = Math.Cos(Tensor.SumOfSquares(comm.Allgather(Math.Tanh(s1 * 0.7))) * 0.2) * 0.5;
            if (Tensor.SumOfSquares(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t1) * 0.2))) * 0.1 > 0.6)
            {
                t2 = Tensor.Tanh(Tensor.Tanh(Tensor.Tanh(t2 * u)) * 0.9 * Tensor.Sin(Tensor.Tanh(t2 * t1)));
                comm.Send((u * Math.Tanh(s2) * 0.7 + Math.Sin(s2) * 0.2), comm.Rank, 1);
                t2 = t2 * 0.5 + comm.Receive(u, comm.Rank, 1) * 0.5;
            }
            if (comm.Size > 1)
            {
                if (comm.Rank == 0)
                {
                    comm.Send(Tensor.Dot(Tensor.Exp(Tensor.Tanh(t2) * 0.2), t2 * Math.Tanh(s2)) * 0.1, 1, 1);
                }
                else
                {
                    if (comm.Rank == 1)
                    {
                        s2 = s2 * 0.5 + comm.Receive(0, 1) * a;
                    }
                }
            }
            if (comm.Size % 2 == 0)
            {
                if (comm.Rank > 0)
                {
                    t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank - 1, 3);
                }
                if (comm.Rank < comm.Size - 1)
                {
                    comm.Send(Tensor.Tanh(u), comm.Rank + 1, 3);
                }
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(s1, comm.Size - 1, 2);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            s1 = s1 * 0.5 + comm.Receive(1, 2) * Math.Tanh(s1 * s1);
                        }
                    }
                }
                acc += Math.Tanh(Math.Exp(Math.Tanh(s1) * 0.3)) * (comm.Size - 0.5) * 0.3 * 0.3;
                t2 = t2 * 0.6 + comm.SendReceive(Tensor.Tanh(comm.AllreduceSum(t2 * 0.5)) + t2 * 0.3, (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 5) * 0.4;
            }
            else
            {
                t2 = Tensor.Tanh(Tensor.Sin((t2 + t1) * 0.5)) * 0.9;
                var unused1 = Tensor.Block(comm.HaloExchange(Tensor.Sin(u), rows, columns, 1, -0.25), 2, 1, 2, 3);
            }
        }
        else
        {
            s2 += b * 0.3;
            t1 = (u * 0.7 + acc * 0.2) * Math.Tanh(Math.Cos(acc) * 0.5) * Math.Tanh(Math.Exp(Math.Tanh(a) * 0.3));
            for (var k2 = 0; k2 < 2; k2++)
            {
                s1 = (CNest(Math.Cos(0.7) * 0.5, t2 * Math.Tanh(s2), comm) + s2) * 0.5;
                s2 = Math.Tanh(Tensor.SumOfSquares(comm.Allgather(acc)) * 0.2) * (comm.Size - 0.5) * 0.3;
                s2 += Math.Tanh(Math.Exp(Math.Tanh(Math.Sin(a)) * 0.3)) * (comm.Size - 0.5) * 0.3 * 0.3;
            }
        }
        return acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + a * 0.1;
    }

    // replicated; AllreduceMax, AllreduceSum, Receive(like), ReduceSum, Send/Receive, call, loop, replicated branch, unused
    [Differentiable]
    public static double C47(double a, double b, Tensor u, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5 + Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        if (comm.Size > 2)
        {
            if (comm.Rank == 1)
            {
                comm.Send(Tensor.Tanh(t1 * Tensor.Exp(Tensor.Tanh(t2) * 0.2)), comm.Size - 1, 1);
            }
            else
            {
                if (comm.Rank == comm.Size - 1)
                {
                    t1 = t1 * 0.5 + comm.Receive(t1, 1, 1) * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(u) * 0.2));
                }
            }
        }
        s2 += a * 0.3;
        if (comm.Rank > 0)
        {
            s1 = s1 * 0.5 + comm.Receive(comm.Rank - 1, 2);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Math.Tanh(s2), comm.Rank + 1, 2);
        }
        if (comm.Rank > 0)
        {
            t2 = t2 * 0.5 + comm.Receive(t1, comm.Rank - 1, 1);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Tensor.Tanh(Tensor.Sin(Tensor.Tanh(t1) * 0.9)), comm.Rank + 1, 1);
        }
        for (var k3 = 0; k3 < 3; k3++)
        {
            if (comm.Size % 2 == 0)
            {
                t1 = Tensor.Tanh(comm.AllreduceSum(comm.ReduceSum(comm.AllreduceMax(u + u * 0.41), comm.Size - 1) * 0.5)) + comm.ReduceSum(comm.AllreduceMax(u + u * 0.41), comm.Size - 1) * 0.3;
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(Tensor.Sin(u * Math.Tanh(s2)), 0, 2);
                        comm.Send(Tensor.Tanh(t1) * 0.9 * Math.Tanh(Tensor.SumOfSquares(Tensor.Tanh(t1)) * 0.1), 0, 2);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            t2 = t2 * 0.5 + comm.Receive(t1, comm.Size - 1, 2) * Tensor.Tanh((u + t2) * 0.5);
                            t1 = t1 * 0.5 + comm.Receive(t2, comm.Size - 1, 2) * Tensor.Tanh((t2 + u) * 0.5);
                        }
                    }
                }
                t1 = t2;
                var unused1 = CMix(acc, comm);
            }
            else
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(Tensor.Sum((t2 + u) * 0.5) * 0.2, 1, 3);
                        comm.Send(Math.Sin(a), 1, 3);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            s1 = s1 * 0.5 + comm.Receive(0, 3) * Tensor.Dot(u, u) * 0.1;
                            s1 = s1 * 0.5 + comm.Receive(0, 3) * Math.Tanh(acc) * (comm.Size - 0.5) * 0.3;
                        }
                    }
                }
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send((Tensor.Tanh(u * u) + Tensor.Exp(Tensor.Tanh(t2) * 0.2)) * 0.5, comm.Size - 1, 2);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            t1 = t1 * 0.5 + comm.Receive(t2, 1, 2) * Tensor.Tanh(u);
                        }
                    }
                }
                var unused2 = CPair(Math.Cos(acc) * 0.5, comm);
            }
            t1 = Tensor.Sin(Tensor.Sin(t2 * Math.Tanh(s1)));
            t2 = t2 * 0.6 + t2 * Math.Tanh(Math.Tanh(-0.4 * a)) * Math.Tanh((CMix(a, comm) + (s1 * 0.8 - 0.1)) * 0.5) * 0.4;
        }
        return comm.AllreduceSum(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2) + Math.Sin(acc) * 0.5;
    }

    // replicated; AllreduceMax, Broadcast, Send/Receive, SendReceive, call, loop, self message, unused, value branch
    [Differentiable]
    public static double C48(double a, Tensor u, Tensor w, int rows, int columns, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u) + Tensor.Mean(w));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(w);
        if (comm.Rank > 0)
        {
            s2 = s2 * 0.5 + comm.Receive(comm.Rank - 1, 3);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Math.Tanh(Math.Cos(Math.Tanh(s2) * (comm.Size - 0.5) * 0.3) * 0.5), comm.Rank + 1, 3);
        }
        for (var k2 = 0; k2 < 3; k2++)
        {
            t2 = t2 * 0.6 + t1 * 0.4;
            var unused1 = comm.SendReceive((a + s1) * 0.5, (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 2);
            s1 += CMix(Tensor.Sum(comm.Broadcast(w, 0)) * 0.2, comm) * 0.3;
            t2 = t1;
        }
        comm.Send((Tensor.Exp(Tensor.Tanh(t1) * 0.2) * 0.7 + Math.Tanh(s1) * (comm.Size - 0.5) * 0.3 * 0.2), comm.Rank, 1);
        t2 = t2 * 0.5 + comm.Receive(t1, comm.Rank, 1) * 0.5;
        if (Tensor.Dot(t2 * Math.Tanh(s2), Tensor.Sin(w)) * 0.1 > 0.3)
        {
            if (s2 > 0.6)
            {
                comm.Send(Tensor.SumOfSquares(Tensor.Tanh((t1 * 0.7 + s1 * 0.2))) * 0.1, comm.Rank, 1);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
                s1 = ((Math.Exp(Math.Tanh(acc) * 0.3) + (s1 * 0.8 - 0.1)) * 0.5 + Tensor.SumOfSquares(Tensor.Tanh(w * Math.Tanh(1.3))) * 0.1) * 0.5;
                t1 = Tensor.Tanh(t2 * (Tensor.Exp(Tensor.Tanh(u) * 0.2) * 0.7 + Tensor.Mean(Tensor.Sin(t1)) * 0.2));
            }
            else
            {
                comm.Send(Tensor.Tanh(u) * 0.9 * Math.Tanh(Math.Exp(Math.Tanh(a) * 0.3)), comm.Rank, 5);
                t2 = t2 * 0.5 + comm.Receive(t1, comm.Rank, 5) * 0.5;
                t1 = (Tensor.Exp(Tensor.Tanh(u * Math.Tanh(s2)) * 0.2) + t2) * 0.5;
            }
            s2 = Tensor.SumOfSquares(Tensor.Tanh(Tensor.Tanh((t1 + w) * 0.5) * 0.9)) * 0.1;
            s2 = Tensor.SumOfSquares(Tensor.Tanh(u)) * 0.1;
            for (var k3 = 0; k3 < 2; k3++)
            {
                s2 = Math.Cos(Math.Tanh(Math.Tanh(s1 * 0.7) * Tensor.Mean(Tensor.Sin(t2)))) * 0.5;
                s1 = Tensor.Mean(Tensor.Sin(w));
                comm.Send(w, comm.Rank, 1);
                t2 = t2 * 0.5 + comm.Receive(t1, comm.Rank, 1) * 0.5;
                t1 = w;
            }
        }
        s2 = s1;
        return comm.AllreduceMax(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + a * 0.37) * 0.5 + comm.AllreduceSum(s1 * s1);
    }

    // rank-local; AllreduceMin, Send/Receive, call, loop, rank branch, self message, value branch
    [Differentiable]
    public static double C49(double a, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5);
        var s2 = 0.25;
        var acc = 0.0;
        if (comm.Rank == 0)
        {
            acc += (acc + Math.Tanh(Math.Sin(a)) * (comm.Size - 0.5) * 0.3) * 0.5 * 0.3;
            if (Math.Tanh(Math.Tanh(s1 * a) * (s1 + acc) * 0.5) > 0.0)
            {
                s1 = a;
                comm.Send(Math.Sin((a + s2) * 0.5), comm.Rank, 5);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
                comm.Send((Math.Exp(Math.Tanh(-0.4) * 0.3) + (s1 * 0.8 - 0.1)) * 0.5, comm.Rank, 1);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
                s2 = Math.Tanh(((s1 + a) * 0.5 * 0.8 - 0.1)) * (comm.Size - 0.5) * 0.3;
            }
            s2 += Math.Tanh(a) * (comm.Size - 0.5) * 0.3 * 0.3;
            s2 += 0.7 * 0.3;
        }
        else
        {
            for (var k1 = 0; k1 < 3; k1++)
            {
                comm.Send(Math.Tanh(Math.Tanh(s1) * (comm.Size - 0.5) * 0.3 * Math.Sin(1.3)), comm.Rank, 5);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
                comm.Send(s2, comm.Rank, 2);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                acc += Math.Tanh(-0.4) * (comm.Size - 0.5) * 0.3 * 0.3;
                s1 = a;
            }
            s1 = (Math.Sin((s1 + s2) * 0.5) * 0.8 - 0.1);
        }
        acc += a * 0.3;
        if (((0.7 * 0.8 - 0.1) + (s1 + a) * 0.5) * 0.5 > 0.6)
        {
            s2 = (Math.Sin(Math.Cos(s1) * 0.5) + Math.Tanh(s1 * (s1 * 0.8 - 0.1))) * 0.5;
            if (((s1 * 0.8 - 0.1) * 0.8 - 0.1) > 0.6)
            {
                s2 = acc;
                comm.Send(acc, comm.Rank, 2);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                s1 += s1 * 0.3;
            }
            else
            {
                s1 = Math.Sin(Math.Tanh(s2) * (comm.Size - 0.5) * 0.3);
                comm.Send(a, comm.Rank, 3);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
                acc += Math.Tanh(Math.Exp(Math.Tanh(-0.4) * 0.3) * s2) * 0.3;
            }
        }
        acc += s1 * 0.3;
        s2 = Math.Sin(CPair(comm.AllreduceMin(1.3 + a * 0.37), comm));
        return acc + s1 * 0.3 + Math.Sin(s2) + a * 0.1;
    }

    // replicated; AllreduceSum, Broadcast, Gather, Receive(like), Send/Receive, SendReceive, call, loop, replicated branch, self message
    [Differentiable]
    public static double C50(double a, Tensor u, Tensor q, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u) + Tensor.Mean(q));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        var r1 = Tensor.Sin(q) * 0.5;
        s2 = 0.7;
        if (Math.Sin(comm.AllreduceSum((s1 * 0.8 - 0.1))) > -0.3)
        {
            for (var k1 = 0; k1 < 3; k1++)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(acc, 1, 2);
                        comm.Send(s2, 1, 2);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            s1 = s1 * 0.5 + comm.Receive(0, 2) * Tensor.Sum(t2) * 0.2;
                            acc = acc * 0.5 + comm.Receive(0, 2) * (s2 * 0.8 - 0.1);
                        }
                    }
                }
                acc += Tensor.Sum(comm.Gather(Tensor.Sum(Tensor.Tanh(t1 * u)) * 0.2, comm.Size - 1)) * 0.3 * 0.3;
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(Tensor.Tanh(u * t2) * Math.Tanh(1.3), 0, 2);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            t1 = t1 * 0.5 + comm.Receive(u, comm.Size - 1, 2) * Tensor.Tanh((t2 * 0.7 + s2 * 0.2));
                        }
                    }
                }
                r1 = comm.SendReceive(r1, (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 2);
            }
            s2 = Math.Tanh(Math.Tanh(Math.Tanh(s1 * s1) * Tensor.SumOfSquares(Tensor.Tanh(t2)) * 0.1)) * (comm.Size - 0.5) * 0.3;
            if (comm.Size > 1)
            {
                if (comm.Rank == 0)
                {
                    comm.Send((Math.Exp(Math.Tanh(-0.4) * 0.3) * 0.8 - 0.1), 1, 2);
                    comm.Send(a, 1, 2);
                }
                else
                {
                    if (comm.Rank == 1)
                    {
                        acc = acc * 0.5 + comm.Receive(0, 2) * Math.Tanh(0.7) * (comm.Size - 0.5) * 0.3;
                        s2 = s2 * 0.5 + comm.Receive(0, 2) * s2;
                    }
                }
            }
            s2 += CNest(Tensor.Sum(Tensor.Sin(q)) * 0.2, Tensor.Sin(t1), comm) * 0.3;
        }
        else
        {
            for (var k2 = 0; k2 < 2; k2++)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(a, 0, 3);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            s1 = s1 * 0.5 + comm.Receive(comm.Size - 1, 3) * a;
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(((t1 + u) * 0.5 * 0.7 + (s1 + s2) * 0.5 * 0.2), 0, 3);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            t1 = t1 * 0.5 + comm.Receive(t1, comm.Size - 1, 3) * Tensor.Tanh(Tensor.Tanh(t2 * t2));
                        }
                    }
                }
                if (comm.Rank > 0)
                {
                    s2 = s2 * 0.5 + comm.Receive(comm.Rank - 1, 1);
                }
                if (comm.Rank < comm.Size - 1)
                {
                    comm.Send(Math.Tanh(Math.Cos(s1) * 0.5), comm.Rank + 1, 1);
                }
                t2 = t2 * 0.6 + Tensor.Exp(Tensor.Tanh((Tensor.Tanh(t1 * t2) * 0.7 + Math.Sin(acc) * 0.2)) * 0.2) * 0.4;
            }
            if (comm.Size % 2 == 0)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send((Tensor.Mean(Tensor.Sin(r1)) * 0.8 - 0.1), 1, 3);
                        comm.Send(Math.Tanh(s1 * a), 1, 3);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            s2 = s2 * 0.5 + comm.Receive(0, 3) * Math.Tanh(-0.4) * (comm.Size - 0.5) * 0.3;
                            acc = acc * 0.5 + comm.Receive(0, 3) * Math.Sin(a);
                        }
                    }
                }
                s1 = Math.Cos(s2) * 0.5;
                if (comm.Rank > 0)
                {
                    t2 = t2 * 0.5 + comm.Receive(u, comm.Rank - 1, 1);
                }
                if (comm.Rank < comm.Size - 1)
                {
                    comm.Send(Tensor.Tanh((u + u * Math.Tanh(s1)) * 0.5), comm.Rank + 1, 1);
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send((Tensor.Tanh(q * r1) * 0.7 + Tensor.Mean(Tensor.Sin(r1)) * 0.2), 1, 5);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            r1 = r1 * 0.5 + comm.Receive(r1, 0, 5) * Tensor.Tanh((r1 * 0.7 + a * 0.2));
                        }
                    }
                }
            }
            else
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(Tensor.Tanh((r1 + q) * 0.5) * 0.9, 1, 5);
                        comm.Send(Tensor.Exp(Tensor.Tanh(Tensor.Sin(r1)) * 0.2), 1, 5);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            r1 = r1 * 0.5 + comm.Receive(q, 0, 5) * Tensor.Tanh(r1 * Math.Tanh(s1));
                            r1 = r1 * 0.5 + comm.Receive(q, 0, 5) * Tensor.Tanh(Tensor.Tanh(r1 * r1));
                        }
                    }
                }
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send((Tensor.Tanh(q) * 0.9 * 0.7 + Math.Tanh(acc) * (comm.Size - 0.5) * 0.3 * 0.2), comm.Size - 1, 2);
                        comm.Send(Tensor.Sin(Tensor.Exp(Tensor.Tanh(r1) * 0.2)), comm.Size - 1, 2);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            r1 = r1 * 0.5 + comm.Receive(q, 1, 2) * Tensor.Tanh(Tensor.Tanh(q * q));
                            r1 = r1 * 0.5 + comm.Receive(r1, 1, 2) * Tensor.Tanh(q);
                        }
                    }
                }
                acc += Math.Cos(CNest(Math.Cos(acc) * 0.5, t2 * Math.Tanh(acc), comm)) * 0.5 * 0.3;
            }
            acc += Math.Sin(Math.Cos((acc + acc) * 0.5) * 0.5) * 0.3;
        }
        if (comm.Size > 1)
        {
            if (comm.Rank == comm.Size - 1)
            {
                comm.Send(Tensor.Tanh((u + t1) * 0.5 * Tensor.Sin(t1)), 0, 1);
            }
            else
            {
                if (comm.Rank == 0)
                {
                    t1 = t1 * 0.5 + comm.Receive(t2, comm.Size - 1, 1) * Tensor.Tanh((t2 + t1) * 0.5);
                }
            }
        }
        comm.Send((Tensor.Exp(Tensor.Tanh(q) * 0.2) + r1 * Math.Tanh(s2)) * 0.5, comm.Rank, 2);
        r1 = r1 * 0.5 + comm.Receive(r1, comm.Rank, 2) * 0.5;
        r1 = Tensor.Tanh(comm.AllreduceSum(r1 * 0.5)) + r1 * 0.3;
        s1 += Tensor.Sum(comm.AllreduceSum(t1 * Math.Tanh(s2))) * 0.2 * 0.3;
        return Math.Tanh(comm.Broadcast(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(Tensor.Tanh(r1)) * 0.2, comm.Size - 1));
    }

    // replicated; Allgather, AllreduceMax, AllreduceSum, Broadcast, ReduceSum, Scatter, Send/Receive, SendReceive, call, loop, rank branch, self message, unused, value branch
    [Differentiable]
    public static double C51(double a, double b, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5);
        var s2 = 0.25;
        var acc = 0.0;
        for (var k2 = 0; k2 < 3; k2++)
        {
            acc += Math.Exp(Math.Tanh(comm.SendReceive(Math.Cos(acc) * 0.5, (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 2)) * 0.3) * 0.3;
            acc += Math.Tanh(CMix(s1, comm)) * (comm.Size - 0.5) * 0.3 * 0.3;
            if ((Math.Tanh(s1 * s2) * 0.8 - 0.1) > 0.6)
            {
                comm.Send((a * 0.8 - 0.1), comm.Rank, 2);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                comm.Send(Math.Exp(Math.Tanh(Math.Cos(s2) * 0.5) * 0.3), comm.Rank, 2);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
            }
            acc += CPair(-0.4, comm) * 0.3;
        }
        acc += Math.Tanh(comm.AllreduceSum(comm.ReduceSum(s2, comm.Size - 1))) * (comm.Size - 0.5) * 0.3 * 0.3;
        for (var k3 = 0; k3 < 3; k3++)
        {
            for (var k4 = 0; k4 < 3; k4++)
            {
                s1 += Math.Exp(Math.Tanh(Math.Tanh(Math.Exp(Math.Tanh(s2) * 0.3) * comm.AllreduceMax(acc + a * 0.37))) * 0.3) * 0.3;
                s1 = (s2 + Tensor.Sum(comm.Scatter(comm.Allgather(Math.Cos(b) * 0.5) * comm.Allgather(comm.Broadcast(s1, 0)), comm.Size - 1))) * 0.5;
            }
            for (var k5 = 0; k5 < 3; k5++)
            {
                var unused1 = Math.Sin(comm.AllreduceSum(Math.Cos(1.3) * 0.5) * 0.5) + Math.Cos(1.3) * 0.5 * 0.2;
                if (comm.Rank > 0)
                {
                    s1 = s1 * 0.5 + comm.Receive(comm.Rank - 1, 3);
                }
                if (comm.Rank < comm.Size - 1)
                {
                    comm.Send(Math.Tanh(Math.Sin(Math.Exp(Math.Tanh(b) * 0.3))), comm.Rank + 1, 3);
                }
            }
            if (a > 0.0)
            {
                s2 += (Math.Tanh(s1) * (comm.Size - 0.5) * 0.3 + Math.Exp(Math.Tanh((a * 0.8 - 0.1)) * 0.3)) * 0.5 * 0.3;
                s1 += Math.Tanh(Math.Exp(Math.Tanh(b) * 0.3)) * (comm.Size - 0.5) * 0.3 * 0.3;
                comm.Send(Math.Exp(Math.Tanh(Math.Exp(Math.Tanh(s1) * 0.3)) * 0.3), comm.Rank, 1);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
                s1 += (s2 * 0.8 - 0.1) * 0.3;
            }
            else
            {
                comm.Send((0.7 * 0.8 - 0.1), comm.Rank, 1);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
                s1 = (s2 * 0.8 - 0.1);
                comm.Send((b + Math.Cos(0.7) * 0.5) * 0.5, comm.Rank, 1);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
            }
        }
        if (comm.Rank == comm.Size - 1)
        {
            s1 = Math.Tanh(Math.Cos(Math.Exp(Math.Tanh(s1) * 0.3)) * 0.5 * Math.Tanh(a) * (comm.Size - 0.5) * 0.3);
            comm.Send(b, comm.Rank, 1);
            s2 = s2 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
        }
        s1 += ((-0.4 + Math.Sin(acc)) * 0.5 + comm.AllreduceSum(acc)) * 0.5 * 0.3;
        s2 = comm.AllreduceSum(Math.Sin(Math.Cos(s1) * 0.5));
        s2 = ((s2 * 0.8 - 0.1) + Math.Tanh(Math.Tanh(s1 * s2)) * (comm.Size - 0.5) * 0.3) * 0.5;
        return comm.AllreduceSum(acc + s1 * 0.3 + Math.Sin(s2));
    }

    // rank-local; Gather, HaloExchange, Receive(like), ReduceSum, Scatter, Send/Receive, call, loop, rank branch, replicated branch, self message, unused, value branch
    [Differentiable]
    public static double C52(double a, double b, Tensor u, int rows, int columns, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5 + Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        comm.Send((t2 + (u * 0.7 + -0.4 * 0.2)) * 0.5, comm.Rank, 2);
        t2 = t2 * 0.5 + comm.Receive(u, comm.Rank, 2) * 0.5;
        var unused1 = CHalo(comm.Scatter(comm.Gather(t1, 0), 0), rows, columns, comm);
        t1 = Tensor.Sin(CBcast(u, s2, comm));
        t1 = t1 * 0.6 + Tensor.Tanh(Tensor.Tanh(u) * 0.9 * (CBcast(u, a, comm) + Tensor.Sin(u)) * 0.5) * 0.4;
        if (Math.Exp(Math.Tanh(Math.Exp(Math.Tanh(s2) * 0.3)) * 0.3) > 0.3)
        {
            for (var k2 = 0; k2 < 3; k2++)
            {
                comm.Send(b, comm.Rank, 1);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
                comm.Send((u * Math.Tanh(s1) + Tensor.Tanh(t2) * 0.9) * 0.5, comm.Rank, 5);
                t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 5) * 0.5;
                comm.Send(Tensor.Exp(Tensor.Tanh(t1) * 0.2), comm.Rank, 3);
                t2 = t2 * 0.5 + comm.Receive(u, comm.Rank, 3) * 0.5;
            }
            if (Tensor.SumOfSquares(Tensor.Tanh(Tensor.Tanh(u * u))) * 0.1 > 0.6)
            {
                s2 = (Tensor.SumOfSquares(Tensor.Tanh((u * 0.7 + a * 0.2))) * 0.1 + acc) * 0.5;
                comm.Send(acc, comm.Rank, 5);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
            }
        }
        comm.Send(Math.Sin(Tensor.Mean(Tensor.Sin(u))), comm.Rank, 1);
        acc = acc * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
        if (comm.Size > 1)
        {
            if (comm.Rank > 0)
            {
                t2 = t2 * 0.5 + comm.Receive(u, comm.Rank - 1, 2);
            }
            if (comm.Rank < comm.Size - 1)
            {
                comm.Send(Tensor.Tanh((Tensor.Exp(Tensor.Tanh(t2) * 0.2) + Tensor.Tanh(u) * 0.9) * 0.5), comm.Rank + 1, 2);
            }
            comm.Send(Tensor.Mean(Tensor.Sin(t1 * Math.Tanh(-0.4))), comm.Rank, 3);
            s2 = s2 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
        }
        else
        {
            if (comm.Rank == 0)
            {
                t1 = t1 * 0.6 + Tensor.Tanh((t1 + t1) * 0.5 * Tensor.Exp(Tensor.Tanh(t1) * 0.2)) * Math.Tanh(Math.Tanh(Math.Sin(s2)) * (comm.Size - 0.5) * 0.3) * 0.4;
                comm.Send((t2 + u) * 0.5, comm.Rank, 3);
                t1 = t1 * 0.5 + comm.Receive(u, comm.Rank, 3) * 0.5;
            }
            if (Tensor.Dot(t1, (t1 + t1) * 0.5) * 0.1 > 0.6)
            {
                comm.Send((Tensor.Sin(t1) + Tensor.Sin(t2)) * 0.5, comm.Rank, 2);
                t2 = t2 * 0.5 + comm.Receive(u, comm.Rank, 2) * 0.5;
                s2 = Tensor.Sum(t2 * Math.Tanh(Math.Tanh(a * acc))) * 0.2;
            }
        }
        return comm.ReduceSum(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2, comm.Size - 1);
    }

    // replicated; Allgather, AllreduceMax, AllreduceMin, AllreduceSum, Broadcast, Gather, HaloExchange, Receive(like), ReduceSum, Scatter, Send/Receive, call, loop, replicated branch, unused
    [Differentiable]
    public static double C53(double a, Tensor u, int rows, int columns, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        if (Math.Sin(comm.AllreduceSum(s1)) > -0.3)
        {
            for (var k2 = 0; k2 < 2; k2++)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(u) * 0.2) * t1), 0, 2);
                        comm.Send(Tensor.Sin(Tensor.Exp(Tensor.Tanh(t2) * 0.2)), 0, 2);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            t2 = t2 * 0.5 + comm.Receive(t2, comm.Size - 1, 2) * Tensor.Tanh(Tensor.Tanh(t1 * t1));
                            t1 = t1 * 0.5 + comm.Receive(u, comm.Size - 1, 2) * Tensor.Tanh((u * 0.7 + s2 * 0.2));
                        }
                    }
                }
                acc += 1.3 * 0.3;
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(-0.4, 0, 5);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            s2 = s2 * 0.5 + comm.Receive(comm.Size - 1, 5) * acc;
                        }
                    }
                }
            }
            t2 = Tensor.Tanh(comm.ReduceSum(u, comm.Size - 1)) * 0.9 * Math.Tanh(Tensor.Sum(comm.Scatter(comm.Allgather(s1) * comm.Allgather(a), comm.Size - 1)));
        }
        t2 = t2 * 0.6 + comm.AllreduceMin(comm.AllreduceSum(CHalo(u, rows, columns, comm)) + u * 0.41) * 0.4;
        if (comm.Size > 1)
        {
            if (Math.Sin(comm.AllreduceSum(Tensor.SumOfSquares(Tensor.Tanh(t2)) * 0.1)) > 0.2)
            {
                var unused1 = comm.AllreduceMax(Tensor.Mean(Tensor.Sin(t1)) + a * 0.37);
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(Math.Cos(Tensor.Mean(Tensor.Sin(u))) * 0.5, comm.Size - 1, 3);
                        comm.Send(a, comm.Size - 1, 3);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            s1 = s1 * 0.5 + comm.Receive(1, 3) * Tensor.SumOfSquares(Tensor.Tanh(t2)) * 0.1;
                            acc = acc * 0.5 + comm.Receive(1, 3) * Math.Cos(s1) * 0.5;
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(Math.Tanh(a * Math.Tanh(s2 * -0.4)), 0, 2);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            s1 = s1 * 0.5 + comm.Receive(comm.Size - 1, 2) * acc;
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(Math.Exp(Math.Tanh(Math.Exp(Math.Tanh(-0.4) * 0.3)) * 0.3), 1, 3);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            s2 = s2 * 0.5 + comm.Receive(0, 3) * (a * 0.8 - 0.1);
                        }
                    }
                }
            }
            else
            {
                t2 = (Tensor.Exp(Tensor.Tanh(Tensor.Block(comm.HaloExchange(t2, rows, columns, 2, -0.25), 0, 1, 2, 3)) * 0.2) + Tensor.Tanh(comm.Broadcast(u, 0)) * 0.9) * 0.5;
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(Tensor.Sum(Tensor.Tanh(t1 * t1)) * 0.2, comm.Size - 1, 5);
                        comm.Send(Tensor.Sum((t1 * 0.7 + acc * 0.2)) * 0.2, comm.Size - 1, 5);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            s2 = s2 * 0.5 + comm.Receive(1, 5) * Math.Tanh(1.3 * s1);
                            acc = acc * 0.5 + comm.Receive(1, 5) * Math.Tanh(0.7 * s2);
                        }
                    }
                }
                acc += Math.Exp(Math.Tanh(Tensor.Sum(comm.Gather(Tensor.Sum(comm.Scatter(comm.Allgather(acc) * comm.Allgather(s1), 1 % comm.Size)), 1 % comm.Size)) * 0.3) * 0.3) * 0.3;
                s2 += Math.Tanh(Tensor.Mean(Tensor.Sin(Tensor.Tanh(comm.AllreduceSum(u * 0.5)) + u * 0.3))) * (comm.Size - 0.5) * 0.3 * 0.3;
            }
            acc += (Math.Tanh(Tensor.SumOfSquares(comm.Allgather(a)) * 0.2) * (comm.Size - 0.5) * 0.3 * 0.8 - 0.1) * 0.3;
        }
        s2 += (Math.Tanh(comm.AllreduceMin(acc + a * 0.37)) * (comm.Size - 0.5) * 0.3 * 0.8 - 0.1) * 0.3;
        acc += Math.Sin(acc) * 0.3;
        return comm.AllreduceSum(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2);
    }

    // rank-local; Allgather, Broadcast, Gather, ReduceSum, Scatter, Send/Receive, replicated branch, self message, unused, value branch
    [Differentiable]
    public static double C54(double a, double b, Tensor u, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5 + Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        if (Math.Sin(comm.AllreduceSum(s2)) > 0.2)
        {
            t2 = Tensor.Tanh(comm.Scatter(comm.Allgather(t1) * 0.5, 1 % comm.Size) * t1) * Math.Tanh(comm.ReduceSum(s1, 1 % comm.Size));
            var unused1 = comm.ReduceSum(a, comm.Size - 1);
            s1 = (-0.4 + (b + comm.Broadcast(s1, comm.Size - 1)) * 0.5) * 0.5;
        }
        if (Tensor.Dot(Tensor.Exp(Tensor.Tanh(u) * 0.2), t1 * Math.Tanh(1.3)) * 0.1 > 0.0)
        {
            t1 = t1 * 0.6 + Tensor.Sin(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t2) * 0.2)) * 0.9) * 0.4;
            s1 = acc;
        }
        if (comm.Size % 2 == 0)
        {
            s2 += a * 0.3;
            t2 = t2 * 0.6 + (comm.ReduceSum(t1, comm.Size - 1) * Math.Tanh(acc) * 0.7 + acc * 0.2) * 0.4;
            acc += Math.Sin(Tensor.Sum(comm.Gather(Tensor.SumOfSquares(Tensor.Tanh(t1)) * 0.1, comm.Size - 1)) * 0.3) * 0.3;
            acc += (Math.Tanh(Math.Exp(Math.Tanh(s1) * 0.3)) * (comm.Size - 0.5) * 0.3 * 0.8 - 0.1) * 0.3;
        }
        if (comm.Size > 1)
        {
            if (comm.Rank == comm.Size - 1)
            {
                comm.Send(Tensor.Sum(t1) * 0.2, 0, 1);
            }
            else
            {
                if (comm.Rank == 0)
                {
                    acc = acc * 0.5 + comm.Receive(comm.Size - 1, 1) * Tensor.Dot(t2, u) * 0.1;
                }
            }
        }
        if (Math.Tanh(Tensor.Sum(u) * 0.2 * Math.Tanh(b) * (comm.Size - 0.5) * 0.3) > 0.3)
        {
            comm.Send((Tensor.SumOfSquares(Tensor.Tanh(t2)) * 0.1 * 0.8 - 0.1), comm.Rank, 5);
            s1 = s1 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
            comm.Send(t2, comm.Rank, 2);
            t2 = t2 * 0.5 + comm.Receive(t1, comm.Rank, 2) * 0.5;
            t1 = t1 * 0.6 + Tensor.Exp(Tensor.Tanh((Tensor.Tanh(u * t2) + u) * 0.5) * 0.2) * 0.4;
        }
        else
        {
            comm.Send(Tensor.SumOfSquares(Tensor.Tanh(Tensor.Tanh(t1) * 0.9)) * 0.1, comm.Rank, 3);
            s1 = s1 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
            comm.Send(u * Math.Tanh(a) * Math.Tanh(b), comm.Rank, 3);
            t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank, 3) * 0.5;
        }
        return comm.ReduceSum(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2, 0);
    }

    // rank-local; AllreduceSum, HaloExchange, Receive(like), ReduceSum, Send/Receive, SendReceive, call, loop, replicated branch, self message, unused, value branch
    [Differentiable]
    public static double C55(double a, double b, Tensor u, Tensor w, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5 + Tensor.Mean(u) + Tensor.Mean(w));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(w);
        var t2 = Tensor.Tanh(w);
        for (var k2 = 0; k2 < 3; k2++)
        {
            t1 = t1 * 0.6 + (u * 0.7 + Tensor.Sum((u + t2) * 0.5) * 0.2 * 0.2) * 0.4;
            if (comm.Size > 1)
            {
                t2 = Tensor.Block(comm.HaloExchange((t2 + u) * 0.5 * Math.Tanh(Math.Tanh(acc) * (comm.Size - 0.5) * 0.3), comm.Size, 1, 2, 0.5), 0, 0, 2, 3);
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send((Math.Sin(b) * 0.8 - 0.1), comm.Size - 1, 2);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            acc = acc * 0.5 + comm.Receive(1, 2) * Math.Exp(Math.Tanh(1.3) * 0.3);
                        }
                    }
                }
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(Tensor.Mean(Tensor.Sin(Tensor.Sin(u))), comm.Size - 1, 5);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            s2 = s2 * 0.5 + comm.Receive(1, 5) * Tensor.SumOfSquares(Tensor.Tanh(t1)) * 0.1;
                        }
                    }
                }
                acc += (s2 + s1) * 0.5 * 0.3;
            }
            if (comm.Rank > 0)
            {
                t2 = t2 * 0.5 + comm.Receive(u, comm.Rank - 1, 5);
            }
            if (comm.Rank < comm.Size - 1)
            {
                comm.Send(Tensor.Tanh(Tensor.Tanh(Tensor.Tanh(t2 * t1) * t2 * Math.Tanh(s1))), comm.Rank + 1, 5);
            }
        }
        if (Tensor.Sum(Tensor.Sin(w)) * 0.2 > 0.0)
        {
            t1 = Tensor.Sin(Tensor.Sin(t2 * Math.Tanh(a)));
            t2 = Tensor.Tanh(t2) * 0.9;
            if (Tensor.SumOfSquares(Tensor.Tanh(Tensor.Tanh(w) * 0.9)) * 0.1 > 0.3)
            {
                s2 = Tensor.Sum(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t2) * 0.2)) * 0.9) * 0.2;
                comm.Send(Tensor.Sum(Tensor.Exp(Tensor.Tanh(w) * 0.2)) * 0.2, comm.Rank, 2);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
            }
            else
            {
                comm.Send(t2, comm.Rank, 5);
                t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank, 5) * 0.5;
                comm.Send(Tensor.Tanh(Tensor.Sin(u)) * 0.9, comm.Rank, 2);
                t2 = t2 * 0.5 + comm.Receive(u, comm.Rank, 2) * 0.5;
            }
        }
        if (s2 > 0.0)
        {
            comm.Send((Tensor.Sin(t2) + Tensor.Tanh(u * t1)) * 0.5, comm.Rank, 5);
            t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 5) * 0.5;
            acc += Tensor.Mean(Tensor.Sin(Tensor.Sin(Tensor.Exp(Tensor.Tanh(t2) * 0.2)))) * 0.3;
            if (Tensor.Dot(u, Tensor.Tanh(t1 * w)) * 0.1 > 0.6)
            {
                comm.Send(Tensor.Dot(u, t1 * Math.Tanh(a)) * 0.1, comm.Rank, 2);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                comm.Send(u, comm.Rank, 2);
                t2 = t2 * 0.5 + comm.Receive(t1, comm.Rank, 2) * 0.5;
                comm.Send((u + Tensor.Sin(t1)) * 0.5, comm.Rank, 3);
                t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank, 3) * 0.5;
            }
        }
        acc += comm.ReduceSum(0.7, comm.Size - 1) * 0.3;
        var unused1 = Tensor.Tanh(comm.AllreduceSum(Tensor.Tanh(w) * 0.9 * 0.5)) + Tensor.Tanh(w) * 0.9 * 0.3;
        t1 = CRing(comm.SendReceive(Tensor.Tanh(w) * 0.9, (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 3), comm);
        return acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + a * 0.1;
    }

    // replicated; Allgather, AllreduceMin, Send/Receive, SendReceive, loop, rank branch, replicated branch, self message, value branch
    [Differentiable]
    public static double C56(double a, double b, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5);
        var s2 = 0.25;
        var acc = 0.0;
        if (comm.Rank > 0)
        {
            s2 = s2 * 0.5 + comm.Receive(comm.Rank - 1, 1);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Math.Tanh(s2), comm.Rank + 1, 1);
        }
        s1 = Math.Tanh(s2 * (Math.Cos(acc) * 0.5 + s1) * 0.5);
        if (Math.Tanh((s2 + acc) * 0.5) * (comm.Size - 0.5) * 0.3 > 0.6)
        {
            if (Math.Tanh(b * 0.7) > 0.0)
            {
                comm.Send(Math.Tanh((0.7 * 0.8 - 0.1)) * (comm.Size - 0.5) * 0.3, comm.Rank, 2);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                comm.Send(Math.Sin((b * 0.8 - 0.1)), comm.Rank, 3);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
                s1 += Math.Sin(Math.Cos((a + s1) * 0.5) * 0.5) * 0.3;
            }
            comm.Send(b, comm.Rank, 3);
            s1 = s1 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
            for (var k1 = 0; k1 < 2; k1++)
            {
                comm.Send(Math.Sin(acc), comm.Rank, 5);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
                comm.Send(Math.Cos((a * 0.8 - 0.1)) * 0.5, comm.Rank, 3);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
                s2 += -0.4 * 0.3;
            }
            acc += Math.Exp(Math.Tanh((Math.Exp(Math.Tanh(acc) * 0.3) + Math.Sin(s2)) * 0.5) * 0.3) * 0.3;
        }
        if (comm.Size > 1)
        {
            acc += Math.Tanh(comm.SendReceive(Math.Tanh(b * acc), (comm.Rank + comm.Size - 1) % comm.Size, (comm.Rank + 1) % comm.Size, 2)) * (comm.Size - 0.5) * 0.3 * 0.3;
            acc += s1 * 0.3;
        }
        else
        {
            s1 += s1 * 0.3;
            if (comm.Rank % 2 == 1)
            {
                s1 += Math.Exp(Math.Tanh(s1) * 0.3) * 0.3;
                comm.Send(Math.Sin(-0.4), comm.Rank, 5);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
            }
            else
            {
                comm.Send(a, comm.Rank, 1);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
                s1 = ((b + (s1 * 0.8 - 0.1)) * 0.5 + b) * 0.5;
            }
            if (comm.Size > 2)
            {
                if (comm.Rank == 1)
                {
                    comm.Send(acc, comm.Size - 1, 2);
                    comm.Send(Math.Tanh((0.7 + 1.3) * 0.5) * (comm.Size - 0.5) * 0.3, comm.Size - 1, 2);
                }
                else
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        s2 = s2 * 0.5 + comm.Receive(1, 2) * Math.Exp(Math.Tanh(s2) * 0.3);
                        s2 = s2 * 0.5 + comm.Receive(1, 2) * Math.Tanh(s2) * (comm.Size - 0.5) * 0.3;
                    }
                }
            }
        }
        for (var k2 = 0; k2 < 3; k2++)
        {
            comm.Send(b, comm.Rank, 3);
            s2 = s2 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
            acc += Tensor.SumOfSquares(comm.Allgather(-0.4)) * 0.2 * 0.3;
            if (((s1 * 0.8 - 0.1) + Math.Tanh(s1 * acc)) * 0.5 > 0.0)
            {
                comm.Send(Math.Cos((0.7 + a) * 0.5) * 0.5, comm.Rank, 2);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                s2 = Math.Exp(Math.Tanh(s2) * 0.3);
                s1 += Math.Tanh(Math.Tanh(Math.Tanh(a * s2) * (b + s2) * 0.5) * Math.Tanh(Math.Sin(s1)) * (comm.Size - 0.5) * 0.3) * 0.3;
                s1 = (Math.Cos(Math.Exp(Math.Tanh(b) * 0.3)) * 0.5 * 0.8 - 0.1);
            }
        }
        comm.Send(Math.Exp(Math.Tanh(-0.4) * 0.3), comm.Rank, 3);
        s1 = s1 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
        return comm.AllreduceMin(acc + s1 * 0.3 + Math.Sin(s2) + a * 0.37) * 0.5 + comm.AllreduceSum(s1 * s1);
    }

    // replicated; AllreduceMin, Gather, Send/Receive, call, self message, unused
    [Differentiable]
    public static double C57(double a, double b, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5);
        var s2 = 0.25;
        var acc = 0.0;
        comm.Send((a + acc) * 0.5, comm.Rank, 1);
        s2 = s2 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
        s1 += Tensor.Sum(comm.Gather(s1, comm.Size - 1)) * 0.3 * 0.3;
        s1 = a;
        var unused1 = CPair(Math.Tanh(acc * 1.3), comm);
        return comm.AllreduceMin(acc + s1 * 0.3 + Math.Sin(s2) + a * 0.37) * 0.5 + comm.AllreduceSum(s1 * s1) + Math.Sin(acc) * 0.5;
    }

    // replicated; Allgather, AllreduceMin, AllreduceSum, Broadcast, Gather, Receive(like), ReduceSum, Scatter, Send/Receive, call, loop, rank branch, replicated branch, self message, value branch
    [Differentiable]
    public static double C58(double a, double b, Tensor u, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5 + Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        comm.Send(Tensor.Tanh(Tensor.Tanh(t2 * t1) * (t2 + t1) * 0.5), comm.Rank, 3);
        t2 = t2 * 0.5 + comm.Receive(u, comm.Rank, 3) * 0.5;
        for (var k1 = 0; k1 < 2; k1++)
        {
            if (comm.Rank == 0)
            {
                comm.Send(Tensor.Exp(Tensor.Tanh(t1) * 0.2), comm.Rank, 5);
                t1 = t1 * 0.5 + comm.Receive(u, comm.Rank, 5) * 0.5;
                t1 = u;
                s2 = Tensor.Sum(Tensor.Tanh(t1 * Math.Tanh(0.7)) * 0.9) * 0.2;
            }
            else
            {
                comm.Send(acc, comm.Rank, 1);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
                t1 = u;
            }
            s1 = Math.Exp(Math.Tanh(Tensor.Sum(t1) * 0.2) * 0.3);
            if (comm.Rank > 0)
            {
                s1 = s1 * 0.5 + comm.Receive(comm.Rank - 1, 1);
            }
            if (comm.Rank < comm.Size - 1)
            {
                comm.Send(Math.Tanh((Math.Tanh(b * acc) + Math.Tanh(acc * a)) * 0.5), comm.Rank + 1, 1);
            }
        }
        if (Tensor.Mean(Tensor.Sin(t1 * Math.Tanh(s1))) > 0.0)
        {
            for (var k2 = 0; k2 < 2; k2++)
            {
                t1 = u;
                t1 = t2;
                comm.Send(((u * 0.7 + s1 * 0.2) + (t1 + u) * 0.5) * 0.5, comm.Rank, 5);
                t2 = t2 * 0.5 + comm.Receive(u, comm.Rank, 5) * 0.5;
            }
            t1 = t2;
        }
        if (comm.Size % 2 == 0)
        {
            t1 = Tensor.Tanh(comm.ReduceSum((t2 + t1) * 0.5, comm.Size - 1)) * 0.9;
            for (var k3 = 0; k3 < 3; k3++)
            {
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send((Tensor.Tanh(u) * 0.9 * 0.7 + 1.3 * 0.2), comm.Size - 1, 2);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            t1 = t1 * 0.5 + comm.Receive(u, 1, 2) * Tensor.Tanh(Tensor.Sin(t1));
                        }
                    }
                }
                t2 = Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t1 * Math.Tanh(b)) * 0.2) * comm.Scatter(comm.Gather(Tensor.Exp(Tensor.Tanh(u) * 0.2), 1 % comm.Size), 1 % comm.Size));
                s1 += Tensor.Sum(comm.Gather(Tensor.Dot(u, comm.AllreduceMin(t1 + u * 0.41)) * 0.1, 0)) * 0.3 * 0.3;
            }
            acc += Math.Cos(s2) * 0.5 * 0.3;
            if (a > 0.3)
            {
                comm.Send(t1 * Math.Tanh((b * 0.8 - 0.1)), comm.Rank, 2);
                t2 = t2 * 0.5 + comm.Receive(u, comm.Rank, 2) * 0.5;
                s1 += Math.Tanh(Math.Sin((s2 * 0.8 - 0.1)) * s2) * 0.3;
                t1 = Tensor.Sin(Tensor.Tanh(t1 * u) * Math.Tanh(Tensor.Mean(Tensor.Sin(t2))));
            }
            else
            {
                s2 = 1.3;
                t2 = u;
                comm.Send(Math.Cos(s1) * 0.5, comm.Rank, 1);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
            }
        }
        for (var k4 = 0; k4 < 2; k4++)
        {
            s2 += (comm.Broadcast(Tensor.SumOfSquares(Tensor.Tanh(u)) * 0.1, 1 % comm.Size) + comm.Broadcast((-0.4 + acc) * 0.5, 0)) * 0.5 * 0.3;
            comm.Send((t2 * Math.Tanh(s1) + t1) * 0.5, comm.Rank, 2);
            t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 2) * 0.5;
            if (b > 0.0)
            {
                comm.Send(Tensor.Mean(Tensor.Sin(t1)), comm.Rank, 1);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
                comm.Send(Tensor.SumOfSquares(Tensor.Tanh(Tensor.Tanh(t2) * 0.9)) * 0.1, comm.Rank, 2);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                comm.Send(Tensor.Sin((t2 + t2) * 0.5), comm.Rank, 5);
                t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank, 5) * 0.5;
            }
        }
        s1 = comm.ReduceSum(Math.Tanh(CNest(s2, t2, comm) * acc), comm.Size - 1);
        for (var k5 = 0; k5 < 2; k5++)
        {
            if (Tensor.Dot(u * Math.Tanh(b), Tensor.Tanh(t1) * 0.9) * 0.1 > 0.3)
            {
                comm.Send(0.7, comm.Rank, 2);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                t2 = t2 * 0.6 + t1 * 0.4;
                comm.Send(Math.Exp(Math.Tanh(a) * 0.3), comm.Rank, 2);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
            }
            else
            {
                comm.Send(Math.Exp(Math.Tanh(Tensor.Sum(u) * 0.2) * 0.3), comm.Rank, 1);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
                comm.Send(((t2 * 0.7 + 0.7 * 0.2) + t1) * 0.5, comm.Rank, 3);
                t2 = t2 * 0.5 + comm.Receive(t1, comm.Rank, 3) * 0.5;
                s2 = Tensor.Sum(((t1 + t2) * 0.5 * 0.7 + Math.Tanh(b * a) * 0.2)) * 0.2;
                comm.Send((Math.Tanh(s1 * s2) * 0.8 - 0.1), comm.Rank, 5);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
            }
            s1 += comm.AllreduceSum(Tensor.SumOfSquares(comm.Allgather(s2)) * 0.2) * 0.3;
        }
        return comm.AllreduceSum(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2);
    }

    // replicated; Allgather, AllreduceSum, Send/Receive, call, loop, replicated branch, self message, unused, value branch
    [Differentiable]
    public static double C59(double a, double b, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5);
        var s2 = 0.25;
        var acc = 0.0;
        if (s2 > 0.6)
        {
            if (Math.Tanh(Math.Tanh(a * b) * Math.Tanh(a * acc)) > 0.0)
            {
                s1 = 0.7;
                comm.Send(b, comm.Rank, 1);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
            }
            s1 = s2;
        }
        else
        {
            s2 = b;
            if (Math.Cos(Math.Tanh(b) * (comm.Size - 0.5) * 0.3) * 0.5 > 0.6)
            {
                comm.Send((Math.Tanh(0.7) * (comm.Size - 0.5) * 0.3 * 0.8 - 0.1), comm.Rank, 2);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                comm.Send((-0.4 + Math.Cos(s2) * 0.5) * 0.5, comm.Rank, 3);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
            }
            if (b > 0.0)
            {
                comm.Send(Math.Exp(Math.Tanh((acc * 0.8 - 0.1)) * 0.3), comm.Rank, 3);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
                comm.Send((b * 0.8 - 0.1), comm.Rank, 1);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
                s2 = b;
            }
            acc += (Math.Cos((s2 + s2) * 0.5) * 0.5 * 0.8 - 0.1) * 0.3;
        }
        if (s2 > 0.3)
        {
            if (Math.Tanh(Math.Tanh(1.3 * s1) * acc) > 0.0)
            {
                comm.Send((Math.Exp(Math.Tanh(s1) * 0.3) * 0.8 - 0.1), comm.Rank, 3);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
                s1 = Math.Tanh((Math.Sin(b) * 0.8 - 0.1)) * (comm.Size - 0.5) * 0.3;
                s1 += b * 0.3;
            }
            s1 = Math.Tanh(b) * (comm.Size - 0.5) * 0.3;
            acc += acc * 0.3;
            acc += Math.Sin((Math.Tanh(s1 * s2) + s2) * 0.5) * 0.3;
        }
        else
        {
            acc += Math.Exp(Math.Tanh(s2) * 0.3) * 0.3;
            s2 = s2 * 0.9;
        }
        var unused1 = CPair(Math.Cos(1.3) * 0.5, comm);
        s1 += Math.Exp(Math.Tanh(Math.Tanh(s2 * s1)) * 0.3) * 0.3;
        if (comm.Size > 1)
        {
            if (comm.Rank > 0)
            {
                s2 = s2 * 0.5 + comm.Receive(comm.Rank - 1, 5);
            }
            if (comm.Rank < comm.Size - 1)
            {
                comm.Send(Math.Tanh((-0.4 * 0.8 - 0.1)), comm.Rank + 1, 5);
            }
            acc += 0.7 * 0.3;
        }
        for (var k3 = 0; k3 < 3; k3++)
        {
            if (comm.Size > 1)
            {
                if (comm.Rank == comm.Size - 1)
                {
                    comm.Send(Math.Tanh((0.7 + a) * 0.5) * (comm.Size - 0.5) * 0.3, 0, 3);
                }
                else
                {
                    if (comm.Rank == 0)
                    {
                        acc = acc * 0.5 + comm.Receive(comm.Size - 1, 3) * (b * 0.8 - 0.1);
                    }
                }
            }
            var unused2 = Tensor.SumOfSquares(comm.Allgather(-0.4)) * 0.2;
            s2 = comm.AllreduceSum(Math.Sin(1.3));
        }
        return comm.AllreduceSum(acc + s1 * 0.3 + Math.Sin(s2));
    }

}
