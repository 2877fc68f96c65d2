// Written by gen_comm.py 1 90: do not edit; change the script and run it again.
namespace Adcme.Tests.Adversarial.CommFuzz;

public static partial class CommFuzzCases
{
    /// <summary>The programs whose result is the same on every rank by provenance (M_Gradient counts it once);
    /// the others' results are rank-local (summed over ranks).</summary>
    public static readonly IReadOnlySet<string> Replicated = new HashSet<string> { "C0", "C2", "C5", "C6", "C11", "C12", "C13", "C16", "C17", "C18", "C19", "C23", "C26", "C29", "C31", "C34", "C35", "C37", "C41", "C43", "C45", "C47", "C51", "C53", "C55", "C57", "C59", "C61", "C62", "C65", "C66", "C67", "C68", "C70", "C72", "C73", "C74", "C78", "C81", "C84", "C86", "C87", "C89" };

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

    /// <summary>Replicated whatever its argument: its own chain of tokens through a non-blocking ring and a collective.</summary>
    [Differentiable]
    public static double CTok(double x, Communicator comm)
    {
        var t0 = comm.Token;
        var next = (comm.Rank + 1) % comm.Size;
        var previous = (comm.Rank + comm.Size - 1) % comm.Size;
        var r = comm.Irecv(previous, 13, t0, out var t1);
        var s = comm.Isend(Math.Sin(x), next, 13, t1, out var t2);
        comm.Wait(s);
        comm.Wait(r);
        return comm.AllreduceSum(r.Value * x + x * 0.5, t2, out _);
    }

    /// <summary>Rank-local: a window of the halo-padded block.</summary>
    [Differentiable]
    public static Tensor CHalo(Tensor t, int rows, int columns, Communicator comm) => Tensor.Block(comm.HaloExchange(Tensor.Tanh(t), rows, columns, 1, 0.25), 0, 1, 2, 3);

    // replicated; AllreduceMin, AllreduceSum, Isend/Irecv, Send/Receive, call, loop, rank branch, replicated branch, self message, tokens, value branch
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
                var rq1 = comm.Irecv(comm.Rank, 5);
                var sq2 = comm.Isend((Math.Tanh(s1) * (comm.Size - 0.5) * 0.3 + (s2 + a) * 0.5) * 0.5, comm.Rank, 5);
                comm.Wait(rq1);
                comm.Wait(sq2);
                s1 = (Math.Tanh(s1 * Math.Cos(s2) * 0.5) * 0.8 - 0.1);
                comm.Send(Math.Tanh(Math.Exp(Math.Tanh(-0.4) * 0.3) * (s1 + 0.7) * 0.5), comm.Rank, 3);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
                var rq3 = comm.Irecv(comm.Rank, 2);
                var sq4 = comm.Isend((Math.Cos(a) * 0.5 * 0.8 - 0.1), comm.Rank, 2);
                comm.Wait(rq3);
                comm.Wait(sq4);
                s1 = s1 * 0.5 + rq3.Value * (Math.Sin(a));
                s1 = s1 * 0.5 + rq3.Value * (Math.Cos(s1) * 0.5);
            }
        }
        else
        {
            acc += (Math.Tanh(Math.Cos(a) * 0.5 * CTok(acc, comm)) + Math.Cos(Math.Sin(comm.AllreduceSum(-0.4) * 0.5) + -0.4 * 0.2) * 0.5) * 0.5 * 0.3;
            s1 = s1 * 0.9;
            if (Math.Exp(Math.Tanh(Math.Tanh(acc) * (comm.Size - 0.5) * 0.3) * 0.3) > 0.3)
            {
                s1 = s1 * 0.9;
                comm.Send(Math.Tanh(acc * (acc + s1) * 0.5), comm.Rank, 3);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
            }
            else
            {
                var rq5 = comm.Irecv(comm.Rank, 1);
                var sq6 = comm.Isend(Math.Sin(1.3), comm.Rank, 1);
                comm.Wait(sq6);
                comm.Wait(rq5);
                s2 = s2 * 0.5 + rq5.Value * (1.3);
                s1 = s1 * 0.5 + rq5.Value * (Math.Tanh(a * acc));
                comm.Send(Math.Cos(acc) * 0.5, comm.Rank, 2);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                acc += ((a + s2) * 0.5 * 0.8 - 0.1) * 0.3;
                var sq8 = comm.Isend((acc + (acc * 0.8 - 0.1)) * 0.5, comm.Rank, 5);
                var rq7 = comm.Irecv(comm.Rank, 5);
                comm.Wait(sq8);
                comm.Wait(rq7);
                s2 = s2 * 0.5 + rq7.Value * (s2);
            }
            for (var k15 = 0; k15 < 3; k15++)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        var sq10 = comm.Isend(Math.Tanh(s2 * Math.Tanh(a * acc)), 0, 2);
                        comm.Wait(sq10);
                        comm.Send(Math.Cos(1.3) * 0.5, 0, 2);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            var rq9 = comm.Irecv(comm.Size - 1, 2);
                            s2 = s2 * 0.5 + comm.Receive(comm.Size - 1, 2) * 0.5;
                            comm.Wait(rq9);
                            s1 = s1 * 0.5 + rq9.Value * (Math.Tanh(s1 * a));
                        }
                    }
                }
                var sq12 = comm.Isend(Math.Tanh(a) * (comm.Size - 0.5) * 0.3, comm.Rank, 2);
                var rq11 = comm.Irecv(comm.Rank, 2);
                comm.Wait(sq12);
                comm.Wait(rq11);
                s2 = s2 * 0.5 + rq11.Value * (Math.Sin(s1));
            }
        }
        s2 += Math.Exp(Math.Tanh(Math.Cos(Math.Tanh(s2 * -0.4)) * 0.5) * 0.3) * 0.3;
        var sq14 = comm.Isend(s2, comm.Rank, 2);
        var rq13 = comm.Irecv(comm.Rank, 2);
        comm.Wait(rq13);
        comm.Wait(sq14);
        acc = acc * 0.5 + rq13.Value * (s1);
        comm.Send(acc, comm.Rank, 2);
        s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
        return comm.AllreduceMin(acc + s1 * 0.3 + Math.Sin(s2) + a * 0.37) * 0.5 + comm.AllreduceSum(s1 * s1);
    }

    // rank-local; Isend/Irecv, ReduceSum, rank branch, self message, token parameter, value branch
    [Differentiable]
    public static double C1(double a, Tensor u, Tensor q, Communicator comm, CommToken token)
    {
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u) + Tensor.Mean(q));
        comm.Barrier(token, out var tk);
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        var r1 = Tensor.Sin(q) * 0.5;
        comm.Send(Tensor.Dot((r1 * 0.7 + -0.4 * 0.2), r1) * 0.1, comm.Rank, 3, tk, out tk);
        s2 = s2 * 0.5 + comm.Receive(comm.Rank, 3, tk, out tk) * 0.5;
        if (Math.Exp(Math.Tanh(Math.Cos(s2) * 0.5) * 0.3) > 0.3)
        {
            acc += Math.Tanh(Math.Exp(Math.Tanh(Math.Tanh(s1) * (comm.Size - 0.5) * 0.3) * 0.3)) * (comm.Size - 0.5) * 0.3 * 0.3;
            s2 += Math.Cos(acc) * 0.5 * 0.3;
            if (comm.Rank == 0)
            {
                t1 = Tensor.Tanh((Tensor.Tanh(t1 * t2) + (t2 + t2) * 0.5) * 0.5 * Tensor.Tanh(t1 * Tensor.Exp(Tensor.Tanh(t2) * 0.2)));
                var sq2 = comm.Isend(Tensor.Sum(Tensor.Tanh(t1 * u)) * 0.2, comm.Rank, 3, tk, out tk);
                var rq1 = comm.Irecv(comm.Rank, 3, tk, out tk);
                comm.Wait(sq2);
                comm.Wait(rq1);
                acc = acc * 0.5 + rq1.Value * (Math.Sin(-0.4));
                var rq3 = comm.Irecv(t2, comm.Rank, 5, tk, out tk);
                var sq4 = comm.Isend(Tensor.Sin(u * Math.Tanh(acc)), comm.Rank, 5, tk, out tk);
                comm.Wait(rq3);
                comm.Wait(sq4);
                var rq5 = comm.Irecv(u, comm.Rank, 5, tk, out tk);
                var sq6 = comm.Isend(Tensor.Exp(Tensor.Tanh(Tensor.Tanh(t2) * 0.9) * 0.2), comm.Rank, 5, tk, out tk);
                comm.Wait(sq6);
                comm.Wait(rq5);
                t2 = t2 * 0.5 + rq5.Tensor * Tensor.Tanh(Tensor.Tanh(t1) * 0.9);
                t1 = t1 * 0.5 + rq5.Tensor * Tensor.Tanh(Tensor.Sin(u));
            }
            var sq8 = comm.Isend(Tensor.Tanh(q * Math.Tanh(s2)) * 0.9, comm.Rank, 5, tk, out tk);
            var rq7 = comm.Irecv(r1, comm.Rank, 5, tk, out tk);
            comm.Wait(sq8);
            comm.Wait(rq7);
            r1 = r1 * 0.5 + rq7.Tensor * Tensor.Tanh(Tensor.Sin(q));
            r1 = r1 * 0.5 + rq7.Tensor * Tensor.Tanh(Tensor.Tanh(r1 * r1));
        }
        else
        {
            comm.Send(Tensor.Tanh(t2 * Math.Tanh(s1)) * 0.9, comm.Rank, 1, tk, out tk);
            t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 1, tk, out tk) * 0.5;
            var sq10 = comm.Isend(Tensor.Sin(t1), comm.Rank, 3, tk, out tk);
            var rq9 = comm.Irecv(u, comm.Rank, 3, tk, out tk);
            comm.Wait(rq9);
            comm.Wait(sq10);
            t1 = t1 * 0.5 + rq9.Tensor * Tensor.Tanh(t2);
            t2 = t2 * 0.5 + rq9.Tensor * Tensor.Tanh((t1 * 0.7 + s2 * 0.2));
            r1 = Tensor.Exp(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(q) * 0.2)) * 0.2);
        }
        if (comm.Rank % 2 == 1)
        {
            t1 = t2 * Math.Tanh(Math.Tanh(Math.Exp(Math.Tanh(acc) * 0.3) * -0.4));
            if (comm.Rank % 2 == 1)
            {
                comm.Send(s2, comm.Rank, 3, tk, out tk);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 3, tk, out tk) * 0.5;
                t1 = t1 * 0.6 + t2 * 0.4;
            }
        }
        comm.Send((q + q) * 0.5 * Math.Tanh(Tensor.Mean(Tensor.Sin(u))), comm.Rank, 5, tk, out tk);
        r1 = r1 * 0.5 + comm.Receive(r1, comm.Rank, 5, tk, out tk) * 0.5;
        if ((Tensor.Sum(u) * 0.2 + Math.Tanh(acc) * (comm.Size - 0.5) * 0.3) * 0.5 > 0.6)
        {
            s1 += Math.Tanh(Math.Cos(a) * 0.5 * (Tensor.Dot(q, r1) * 0.1 + 0.7) * 0.5) * 0.3;
            if (comm.Rank == 0)
            {
                comm.Send(Math.Sin(Math.Cos(acc) * 0.5), comm.Rank, 5, tk, out tk);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 5, tk, out tk) * 0.5;
                comm.Send(t2, comm.Rank, 2, tk, out tk);
                t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 2, tk, out tk) * 0.5;
                comm.Send((Tensor.Tanh(r1) * 0.9 + Tensor.Sin(q)) * 0.5, comm.Rank, 1, tk, out tk);
                r1 = r1 * 0.5 + comm.Receive(q, comm.Rank, 1, tk, out tk) * 0.5;
            }
            else
            {
                s1 = (Math.Tanh(Tensor.Sum(r1) * 0.2 * Tensor.Dot(r1, r1) * 0.1) + Tensor.Dot(q, r1) * 0.1) * 0.5;
                comm.Send(((u * 0.7 + s2 * 0.2) * 0.7 + Math.Tanh(a * a) * 0.2), comm.Rank, 1, tk, out tk);
                t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 1, tk, out tk) * 0.5;
            }
            if (Tensor.SumOfSquares(Tensor.Tanh(r1)) * 0.1 > 0.6)
            {
                comm.Send(Tensor.Exp(Tensor.Tanh((q * 0.7 + s2 * 0.2)) * 0.2), comm.Rank, 3, tk, out tk);
                r1 = r1 * 0.5 + comm.Receive(q, comm.Rank, 3, tk, out tk) * 0.5;
                comm.Send((Tensor.Exp(Tensor.Tanh(t1) * 0.2) + (u + t2) * 0.5) * 0.5, comm.Rank, 5, tk, out tk);
                t2 = t2 * 0.5 + comm.Receive(u, comm.Rank, 5, tk, out tk) * 0.5;
            }
        }
        return comm.ReduceSum(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(Tensor.Tanh(r1)) * 0.2, 1 % comm.Size, tk, out _);
    }

    // replicated; Allgather, AllreduceSum, Broadcast, Isend/Irecv, Receive(like), Send/Receive, call, loop, replicated branch, self message, unused, value branch
    [Differentiable]
    public static double C2(Tensor u, Tensor w, int rows, int columns, Communicator comm)
    {
        var s1 = Math.Tanh(Tensor.Mean(u) + Tensor.Mean(w));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        if (comm.Size > 1)
        {
            if (acc > 0.6)
            {
                acc += Tensor.Sum(u) * 0.2 * 0.3;
                acc += Math.Cos(Tensor.Dot(t1, (w * 0.7 + s1 * 0.2)) * 0.1) * 0.5 * 0.3;
            }
            else
            {
                var sq2 = comm.Isend(Math.Cos((s1 + acc) * 0.5) * 0.5, comm.Rank, 5);
                var rq1 = comm.Irecv(comm.Rank, 5);
                comm.Wait(rq1);
                comm.Wait(sq2);
                comm.Send(t1, comm.Rank, 1);
                t1 = t1 * 0.5 + comm.Receive(u, comm.Rank, 1) * 0.5;
                acc += Tensor.Sum(Tensor.Tanh((t2 * 0.7 + s2 * 0.2) * Tensor.Sin(w))) * 0.2 * 0.3;
            }
            acc += Math.Tanh(comm.Broadcast(comm.AllreduceSum(acc), 0)) * (comm.Size - 0.5) * 0.3 * 0.3;
            for (var k6 = 0; k6 < 3; k6++)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(Tensor.Tanh(t1 * Tensor.Exp(Tensor.Tanh(w) * 0.2)), 0, 5);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            t2 = t2 * 0.5 + comm.Receive(t1, comm.Size - 1, 5) * Tensor.Tanh(t1 * Math.Tanh(acc));
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(t2, 0, 5);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            t2 = t2 * 0.5 + comm.Receive(t2, comm.Size - 1, 5) * Tensor.Tanh(w);
                        }
                    }
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
                            s2 = s2 * 0.5 + comm.Receive(1, 2) * Math.Exp(Math.Tanh(1.3) * 0.3);
                        }
                    }
                }
            }
            acc += s1 * 0.3;
        }
        acc += Math.Tanh(CNest(Math.Tanh(s2 * s1), u, comm)) * (comm.Size - 0.5) * 0.3 * 0.3;
        if (comm.Size > 2)
        {
            if (comm.Rank == 1)
            {
                comm.Send(Tensor.Tanh((t2 + w) * 0.5 * Tensor.Exp(Tensor.Tanh(t1) * 0.2)), comm.Size - 1, 3);
                comm.Send(Tensor.Exp(Tensor.Tanh(Tensor.Sin(t2)) * 0.2), comm.Size - 1, 3);
            }
            else
            {
                if (comm.Rank == comm.Size - 1)
                {
                    t2 = t2 * 0.5 + comm.Receive(w, 1, 3) * Tensor.Tanh((t2 + t1) * 0.5);
                    t1 = t1 * 0.5 + comm.Receive(w, 1, 3) * Tensor.Tanh(w * Math.Tanh(s2));
                }
            }
        }
        var unused3 = Tensor.SumOfSquares(comm.Allgather(Tensor.Mean(Tensor.Sin(t1)))) * 0.2;
        var sq5 = comm.Isend(Tensor.Tanh((w * 0.7 + acc * 0.2)) * 0.9, comm.Rank, 5);
        var rq4 = comm.Irecv(w, comm.Rank, 5);
        comm.Wait(sq5);
        comm.Wait(rq4);
        return Math.Tanh(comm.Broadcast(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2, comm.Size - 1));
    }

    // rank-local; AllreduceMax, Gather, Isend/Irecv, Receive(like), Send/Receive, SendReceive, call, loop, replicated branch, self message, token parameter, unused, value branch
    [Differentiable]
    public static double C3(double a, double b, Tensor u, int rows, int columns, Communicator comm, CommToken token)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5 + Tensor.Mean(u));
        var s2 = comm.Broadcast(0.25, 0, token, out var tk);
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        for (var k18 = 0; k18 < 2; k18++)
        {
            if (comm.Size > 1)
            {
                var unused1 = comm.SendReceive(Math.Exp(Math.Tanh(b) * 0.3), (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 1, tk, out tk);
                t1 = u;
                var sq3 = comm.Isend(t1, (comm.Rank + comm.Size - 1) % comm.Size, 5, tk, out tk);
                var rq2 = comm.Irecv(u, (comm.Rank + 1) % comm.Size, 5, tk, out tk);
                acc += Math.Sin(comm.SendReceive(s1, (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 1, tk, out tk)) * 0.3;
                comm.Wait(sq3);
                comm.Wait(rq2);
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(Tensor.Sin(t1), comm.Size - 1, 3, tk, out tk);
                        comm.Send(Tensor.Tanh((u * 0.7 + a * 0.2)) * 0.9, comm.Size - 1, 3, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            t1 = t1 * 0.5 + comm.Receive(t2, 1, 3, tk, out tk) * Tensor.Tanh(Tensor.Sin(u));
                            t2 = t2 * 0.5 + comm.Receive(t2, 1, 3, tk, out tk) * Tensor.Tanh(Tensor.Tanh(t1 * t2));
                        }
                    }
                }
            }
            else
            {
                comm.Send(acc, comm.Rank, 2, tk, out tk);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2, tk, out tk) * 0.5;
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send((t1 + (t2 * 0.7 + acc * 0.2)) * 0.5, 0, 3, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            t1 = t1 * 0.5 + comm.Receive(t2, comm.Size - 1, 3, tk, out tk) * Tensor.Tanh((u + u) * 0.5);
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        var sq5 = comm.Isend(Tensor.Dot(t1, Tensor.Sin(u)) * 0.1, 0, 5, tk, out tk);
                        comm.Send(Tensor.Sum(Tensor.Tanh(t1) * 0.9) * 0.2, 0, 5, tk, out tk);
                        comm.Wait(sq5);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            var rq4 = comm.Irecv(comm.Size - 1, 5, tk, out tk);
                            s2 = s2 * 0.5 + comm.Receive(comm.Size - 1, 5, tk, out tk) * 0.5;
                            comm.Wait(rq4);
                            s2 = s2 * 0.5 + rq4.Value * ((a + -0.4) * 0.5);
                            acc = acc * 0.5 + rq4.Value * (0.7);
                        }
                    }
                }
                var rq6 = comm.Irecv(t1, (comm.Rank + comm.Size - 1) % comm.Size, 3, tk, out tk);
                var sq7 = comm.Isend(Tensor.Tanh(t2 * t1), (comm.Rank + 1) % comm.Size, 3, tk, out tk);
                var sq9 = comm.Isend(Tensor.Sum(comm.Gather(Math.Exp(Math.Tanh(a) * 0.3), comm.Size - 1, tk, out tk)) * 0.3, (comm.Rank + comm.Size - 1) % comm.Size, 3, tk, out tk);
                var rq8 = comm.Irecv((comm.Rank + 1) % comm.Size, 3, tk, out tk);
                t2 = (t2 * 0.7 + a * 0.2);
                comm.Wait(rq6);
                comm.Wait(sq9);
                comm.Wait(rq8);
                comm.Wait(sq7);
                t1 = t1 * 0.5 + rq6.Tensor * Tensor.Tanh(u * Math.Tanh(s2));
                s1 = s1 * 0.5 + rq8.Value * (s1);
            }
            if (comm.Size > 1)
            {
                if (comm.Rank == comm.Size - 1)
                {
                    var sq11 = comm.Isend(Tensor.Sin(t1 * Math.Tanh(1.3)), 0, 5, tk, out tk);
                    comm.Wait(sq11);
                }
                else
                {
                    if (comm.Rank == 0)
                    {
                        var rq10 = comm.Irecv(t1, comm.Size - 1, 5, tk, out tk);
                        comm.Wait(rq10);
                        t1 = t1 * 0.5 + rq10.Tensor * Tensor.Tanh(Tensor.Tanh(u) * 0.9);
                    }
                }
            }
            for (var k19 = 0; k19 < 2; k19++)
            {
                acc += Math.Cos(comm.AllreduceMax(a + b * 0.37, tk, out tk)) * 0.5 * 0.3;
                acc += Math.Exp(Math.Tanh(a) * 0.3) * 0.3;
                t1 = (comm.SendReceive(t2, (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 1, tk, out tk) * 0.7 + a * 0.2);
            }
            comm.Barrier(tk, out _);
            acc = acc * 0.5 + CMix(a, comm) * 0.5;
            tk = comm.Token;
        }
        if (comm.Size > 1)
        {
            if (comm.Rank == 0)
            {
                comm.Send(1.3, 1, 5, tk, out tk);
                comm.Send(Math.Cos(Math.Tanh(acc * b)) * 0.5, 1, 5, tk, out tk);
            }
            else
            {
                if (comm.Rank == 1)
                {
                    s2 = s2 * 0.5 + comm.Receive(0, 5, tk, out tk) * Tensor.Mean(Tensor.Sin(u));
                    s2 = s2 * 0.5 + comm.Receive(0, 5, tk, out tk) * Tensor.SumOfSquares(Tensor.Tanh(t1)) * 0.1;
                }
            }
        }
        s1 = Math.Exp(Math.Tanh(Tensor.Sum(comm.Gather(s1, comm.Size - 1, tk, out tk)) * 0.3) * 0.3);
        if (b > 0.3)
        {
            var rq12 = comm.Irecv(comm.Rank, 5, tk, out tk);
            var sq13 = comm.Isend(Math.Cos(1.3) * 0.5, comm.Rank, 5, tk, out tk);
            comm.Wait(sq13);
            comm.Wait(rq12);
            if ((s2 * 0.8 - 0.1) > 0.3)
            {
                var rq14 = comm.Irecv(comm.Rank, 2, tk, out tk);
                var sq15 = comm.Isend(Math.Sin(s2), comm.Rank, 2, tk, out tk);
                comm.Wait(sq15);
                comm.Wait(rq14);
                s2 = s2 * 0.5 + rq14.Value * (Math.Exp(Math.Tanh(a) * 0.3));
                acc += Tensor.SumOfSquares(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t1) * 0.2) * Math.Tanh(Tensor.SumOfSquares(Tensor.Tanh(t1)) * 0.1))) * 0.1 * 0.3;
                s1 += acc * 0.3;
                comm.Send((Tensor.Tanh(t1) * 0.9 * 0.7 + s1 * 0.2), comm.Rank, 1, tk, out tk);
                t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank, 1, tk, out tk) * 0.5;
            }
            else
            {
                s2 = Math.Tanh(Tensor.SumOfSquares(Tensor.Tanh(Tensor.Tanh(t2) * 0.9)) * 0.1) * (comm.Size - 0.5) * 0.3;
                comm.Send(Tensor.Tanh(u * u * Math.Tanh(acc)), comm.Rank, 5, tk, out tk);
                t2 = t2 * 0.5 + comm.Receive(u, comm.Rank, 5, tk, out tk) * 0.5;
            }
            for (var k20 = 0; k20 < 2; k20++)
            {
                s1 += Math.Sin(acc) * 0.3;
                comm.Send((Tensor.Dot(t1, t2) * 0.1 + Math.Tanh(s2) * (comm.Size - 0.5) * 0.3) * 0.5, comm.Rank, 3, tk, out tk);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 3, tk, out tk) * 0.5;
                s2 = Tensor.Mean(Tensor.Sin(Tensor.Tanh((t1 + t2) * 0.5) * 0.9));
            }
            var rq16 = comm.Irecv(t2, comm.Rank, 1, tk, out tk);
            var sq17 = comm.Isend((Tensor.Exp(Tensor.Tanh(t2) * 0.2) + (t2 * 0.7 + s1 * 0.2)) * 0.5, comm.Rank, 1, tk, out tk);
            comm.Wait(sq17);
            comm.Wait(rq16);
            t1 = t1 * 0.5 + rq16.Tensor * Tensor.Tanh(t2 * Math.Tanh(acc));
        }
        else
        {
            t1 = t1 * 0.6 + t2 * 0.4;
            for (var k21 = 0; k21 < 3; k21++)
            {
                comm.Send(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(u) * 0.2)) * 0.9, comm.Rank, 3, tk, out tk);
                t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 3, tk, out tk) * 0.5;
                t2 = t2 * 0.6 + Tensor.Sin(u) * Math.Tanh(s1) * 0.4;
                comm.Send((Tensor.Exp(Tensor.Tanh(u) * 0.2) * 0.7 + s1 * 0.2), comm.Rank, 1, tk, out tk);
                t1 = t1 * 0.5 + comm.Receive(u, comm.Rank, 1, tk, out tk) * 0.5;
                comm.Send(t1, comm.Rank, 1, tk, out tk);
                t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 1, tk, out tk) * 0.5;
            }
        }
        return acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + a * 0.1;
    }

    // rank-local; Gather, Isend/Irecv, Receive(like), ReduceSum, Scatter, Send/Receive, SendReceive, call, loop, rank branch, replicated branch, self message, value branch
    [Differentiable]
    public static double C4(double a, double b, Tensor u, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5 + Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        if (Math.Sin(comm.AllreduceSum(a)) > -0.3)
        {
            if (s1 > 0.6)
            {
                comm.Send((acc + a) * 0.5, comm.Rank, 1);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
                acc += b * 0.3;
                comm.Send((Tensor.Tanh(u * t1) * 0.7 + Tensor.Sum(t1) * 0.2 * 0.2), comm.Rank, 3);
                t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank, 3) * 0.5;
                var sq2 = comm.Isend(t1, comm.Rank, 3);
                var rq1 = comm.Irecv(t1, comm.Rank, 3);
                comm.Wait(rq1);
                comm.Wait(sq2);
                t2 = t2 * 0.5 + rq1.Tensor * Tensor.Tanh(Tensor.Tanh(t1) * 0.9);
                t2 = t2 * 0.5 + rq1.Tensor * Tensor.Tanh((t2 * 0.7 + acc * 0.2));
            }
            t2 = t2 * 0.6 + t1 * 0.4;
            if (comm.Rank > 0)
            {
                t2 = t2 * 0.5 + comm.Receive(t1, comm.Rank - 1, 2);
            }
            if (comm.Rank < comm.Size - 1)
            {
                comm.Send(Tensor.Tanh(u), comm.Rank + 1, 2);
            }
        }
        else
        {
            if (Math.Sin(comm.AllreduceSum(Math.Sin(1.3))) > 0.2)
            {
                var rq3 = comm.Irecv(t2, comm.Rank, 1);
                var sq4 = comm.Isend(Tensor.Sin(t2) * Math.Tanh(Math.Tanh(b) * (comm.Size - 0.5) * 0.3), comm.Rank, 1);
                comm.Wait(rq3);
                comm.Wait(sq4);
                t2 = t2 * 0.5 + rq3.Tensor * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t1) * 0.2));
                s1 += CMix(0.7, comm) * 0.3;
            }
            if (comm.Size > 2)
            {
                if (comm.Rank == 1)
                {
                    comm.Send(Math.Cos(s1) * 0.5, comm.Size - 1, 3);
                    comm.Send(Tensor.Mean(Tensor.Sin((t1 * 0.7 + acc * 0.2))), comm.Size - 1, 3);
                }
                else
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        s2 = s2 * 0.5 + comm.Receive(1, 3) * 1.3;
                        s2 = s2 * 0.5 + comm.Receive(1, 3) * a;
                    }
                }
            }
        }
        var sq6 = comm.Isend(comm.ReduceSum(Math.Exp(Math.Tanh(acc) * 0.3), 0), (comm.Rank + comm.Size - 1) % comm.Size, 3);
        var rq5 = comm.Irecv((comm.Rank + 1) % comm.Size, 3);
        comm.Wait(sq6);
        comm.Wait(rq5);
        s1 = s1 * 0.5 + rq5.Value * ((a + 1.3) * 0.5);
        if (comm.Rank == 0)
        {
            for (var k29 = 0; k29 < 2; k29++)
            {
                comm.Send((t1 + t2) * 0.5, comm.Rank, 3);
                t2 = t2 * 0.5 + comm.Receive(u, comm.Rank, 3) * 0.5;
                comm.Send(u, comm.Rank, 1);
                t1 = t1 * 0.5 + comm.Receive(u, comm.Rank, 1) * 0.5;
                comm.Send((b + Math.Sin(1.3)) * 0.5, comm.Rank, 3);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
            }
            var sq8 = comm.Isend((u + Tensor.Tanh(t2 * t2)) * 0.5, comm.Rank, 2);
            var rq7 = comm.Irecv(u, comm.Rank, 2);
            comm.Wait(rq7);
            comm.Wait(sq8);
            t1 = t1 * 0.5 + rq7.Tensor * Tensor.Tanh(Tensor.Sin(t1));
            if (comm.Rank == comm.Size - 1)
            {
                comm.Send(Tensor.Sin(t1), comm.Rank, 1);
                t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank, 1) * 0.5;
                var sq10 = comm.Isend(Math.Cos(Tensor.Mean(Tensor.Sin(t1))) * 0.5, comm.Rank, 1);
                var rq9 = comm.Irecv(comm.Rank, 1);
                comm.Wait(rq9);
                comm.Wait(sq10);
                s2 = s2 * 0.5 + rq9.Value * (Math.Tanh(s1 * -0.4));
                var sq12 = comm.Isend(Tensor.Mean(Tensor.Sin(u)), comm.Rank, 2);
                var rq11 = comm.Irecv(comm.Rank, 2);
                comm.Wait(rq11);
                comm.Wait(sq12);
                s2 = s2 * 0.5 + rq11.Value * (Math.Sin(acc));
                s1 = (acc + Math.Tanh(Math.Exp(Math.Tanh(s1) * 0.3)) * (comm.Size - 0.5) * 0.3) * 0.5;
            }
            comm.Send((t1 + Tensor.Exp(Tensor.Tanh(t2) * 0.2)) * 0.5, comm.Rank, 3);
            t1 = t1 * 0.5 + comm.Receive(u, comm.Rank, 3) * 0.5;
        }
        else
        {
            if (comm.Rank % 2 == 1)
            {
                comm.Send(Math.Tanh(Math.Tanh(0.7 * b) * acc), comm.Rank, 2);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                acc += Math.Tanh(Tensor.Dot(t2 * Math.Tanh(b), Tensor.Exp(Tensor.Tanh(u) * 0.2)) * 0.1 * b) * 0.3;
            }
            if ((b + Tensor.Sum(u) * 0.2) * 0.5 > 0.3)
            {
                s1 = ((Tensor.Mean(Tensor.Sin(u)) * 0.8 - 0.1) * 0.8 - 0.1);
                var sq14 = comm.Isend(t1, comm.Rank, 3);
                var rq13 = comm.Irecv(t2, comm.Rank, 3);
                comm.Wait(sq14);
                comm.Wait(rq13);
                t1 = t1 * 0.5 + rq13.Tensor * Tensor.Tanh((t1 + t1) * 0.5);
                comm.Send(Tensor.Tanh(Tensor.Sin(u) * t1 * Math.Tanh(s1)), comm.Rank, 3);
                t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 3) * 0.5;
            }
            else
            {
                var rq15 = comm.Irecv(t1, comm.Rank, 2);
                var sq16 = comm.Isend(t1, comm.Rank, 2);
                comm.Wait(sq16);
                comm.Wait(rq15);
                t2 = t2 * 0.5 + rq15.Tensor * Tensor.Tanh(t1);
                t1 = t1 * 0.5 + rq15.Tensor * Tensor.Tanh(t2);
                comm.Send(Tensor.SumOfSquares(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t2) * 0.2))) * 0.1, comm.Rank, 1);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
                var rq17 = comm.Irecv(t1, comm.Rank, 1);
                var sq18 = comm.Isend(Tensor.Sin((u * 0.7 + -0.4 * 0.2)), comm.Rank, 1);
                comm.Wait(rq17);
                comm.Wait(sq18);
                t2 = t2 * 0.5 + rq17.Tensor * Tensor.Tanh(Tensor.Tanh(t1 * t1));
            }
            s2 += Math.Tanh(Math.Exp(Math.Tanh(a) * 0.3) * Math.Cos(Math.Cos(b) * 0.5) * 0.5) * 0.3;
        }
        if (comm.Size > 1)
        {
            if (Math.Cos(Math.Cos(s2) * 0.5) * 0.5 > 0.6)
            {
                comm.Send(Tensor.Exp(Tensor.Tanh(u) * 0.2), comm.Rank, 2);
                t2 = t2 * 0.5 + comm.Receive(u, comm.Rank, 2) * 0.5;
                comm.Send(Tensor.Sum(Tensor.Tanh(u) * 0.9) * 0.2, comm.Rank, 5);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
                var rq19 = comm.Irecv(comm.Rank, 5);
                var sq20 = comm.Isend(Tensor.Dot((u * 0.7 + s2 * 0.2), Tensor.Exp(Tensor.Tanh(u) * 0.2)) * 0.1, comm.Rank, 5);
                comm.Wait(sq20);
                comm.Wait(rq19);
                var rq21 = comm.Irecv(comm.Rank, 2);
                var sq22 = comm.Isend(Tensor.Dot(u * Math.Tanh(s2), (t1 * 0.7 + acc * 0.2)) * 0.1, comm.Rank, 2);
                comm.Wait(rq21);
                comm.Wait(sq22);
                s2 = s2 * 0.5 + rq21.Value * (acc);
            }
            else
            {
                s1 = 0.7;
                s2 = (Tensor.Mean(Tensor.Sin(Tensor.Tanh(t2) * 0.9)) * 0.8 - 0.1);
            }
            if (comm.Rank % 2 == 1)
            {
                comm.Send(0.7, comm.Rank, 5);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
                comm.Send(Tensor.Sin(t1) * Math.Tanh(Math.Tanh(b * b)), comm.Rank, 3);
                t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 3) * 0.5;
            }
            t2 = t2 * 0.6 + comm.SendReceive(comm.Scatter(comm.Gather(t2, 0), 0), (comm.Rank + comm.Size - 1) % comm.Size, (comm.Rank + 1) % comm.Size, 3) * Math.Tanh(Math.Tanh(comm.SendReceive(-0.4, (comm.Rank + comm.Size - 1) % comm.Size, (comm.Rank + 1) % comm.Size, 2) * s2)) * 0.4;
        }
        for (var k30 = 0; k30 < 2; k30++)
        {
            for (var k31 = 0; k31 < 3; k31++)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(Tensor.SumOfSquares(Tensor.Tanh(Tensor.Tanh(u * u))) * 0.1, 1, 3);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            s1 = s1 * 0.5 + comm.Receive(0, 3) * Tensor.Mean(Tensor.Sin(t1));
                        }
                    }
                }
                var sq24 = comm.Isend(((t2 + t1) * 0.5 * 0.7 + (s1 * 0.8 - 0.1) * 0.2), (comm.Rank + comm.Size - 1) % comm.Size, 2);
                var rq23 = comm.Irecv(u, (comm.Rank + 1) % comm.Size, 2);
                comm.Wait(rq23);
                comm.Wait(sq24);
                t1 = t1 * 0.5 + rq23.Tensor * Tensor.Tanh(Tensor.Tanh(t2 * u));
                t2 = t2 * 0.5 + rq23.Tensor * Tensor.Tanh(t2);
            }
            if ((Math.Sin(1.3) + Tensor.Dot(u, t1) * 0.1) * 0.5 > 0.0)
            {
                comm.Send(a, comm.Rank, 2);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                var rq25 = comm.Irecv(t2, comm.Rank, 5);
                var sq26 = comm.Isend(u, comm.Rank, 5);
                comm.Wait(sq26);
                comm.Wait(rq25);
                comm.Send(u, comm.Rank, 5);
                t2 = t2 * 0.5 + comm.Receive(t1, comm.Rank, 5) * 0.5;
            }
            var rq27 = comm.Irecv(t2, (comm.Rank + comm.Size - 1) % comm.Size, 3);
            var sq28 = comm.Isend(u, (comm.Rank + 1) % comm.Size, 3);
            comm.Wait(sq28);
            comm.Wait(rq27);
            t1 = t1 * 0.5 + rq27.Tensor * Tensor.Tanh(Tensor.Sin(u));
            t1 = t1 * 0.5 + rq27.Tensor * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(u) * 0.2));
        }
        return comm.AllreduceSum(acc * 0.5) + Tensor.Mean(Tensor.Sin(t2)) * 0.5 + Tensor.Mean(Tensor.Sin(t1)) * 0.5;
    }

    // replicated; Allgather, AllreduceSum, Broadcast, Isend/Irecv, Send/Receive, token parameter, unused
    [Differentiable]
    public static double C5(double a, double b, Communicator comm, CommToken token)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5);
        var s2 = comm.Broadcast(0.25, 0, token, out var tk);
        var acc = 0.0;
        var unused1 = Tensor.SumOfSquares(comm.Allgather(Math.Cos(acc) * 0.5, tk, out tk)) * 0.2;
        s2 = acc;
        if (comm.Size > 1)
        {
            if (comm.Rank == 0)
            {
                comm.Send(a, 1, 3, tk, out tk);
            }
            else
            {
                if (comm.Rank == 1)
                {
                    s1 = s1 * 0.5 + comm.Receive(0, 3, tk, out tk) * Math.Cos(s1) * 0.5;
                }
            }
        }
        var rq2 = comm.Irecv((comm.Rank + comm.Size - 1) % comm.Size, 5, tk, out tk);
        var sq3 = comm.Isend(Math.Tanh(Math.Cos(s2) * 0.5 * Tensor.SumOfSquares(comm.Allgather(s2, tk, out tk)) * 0.2), (comm.Rank + 1) % comm.Size, 5, tk, out tk);
        var rq4 = comm.Irecv((comm.Rank + comm.Size - 1) % comm.Size, 5, tk, out tk);
        var sq5 = comm.Isend((Math.Tanh(s2) * (comm.Size - 0.5) * 0.3 * 0.8 - 0.1), (comm.Rank + 1) % comm.Size, 5, tk, out tk);
        acc += 0.7 * 0.3;
        s1 = (Math.Sin(comm.AllreduceSum(Math.Tanh(s1 * s2), tk, out tk) * 0.5) + Math.Tanh(s1 * s2) * 0.2 + comm.AllreduceSum((b * 0.8 - 0.1), tk, out tk)) * 0.5;
        comm.Wait(sq3);
        comm.Wait(rq2);
        comm.Wait(sq5);
        comm.Wait(rq4);
        s2 = s2 * 0.5 + rq2.Value * (acc);
        acc = acc * 0.5 + rq2.Value * (a);
        acc = acc * 0.5 + rq4.Value * ((s2 + acc) * 0.5);
        s1 += a * 0.3;
        return Math.Tanh(comm.Broadcast(acc + s1 * 0.3 + Math.Sin(s2), comm.Size - 1, tk, out _));
    }

    // replicated; AllreduceSum, Isend/Irecv, rank branch, self message, value branch
    [Differentiable]
    public static double C6(double a, double b, Tensor u, Tensor q, int rows, int columns, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5 + Tensor.Mean(u) + Tensor.Mean(q));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        var r1 = Tensor.Sin(q) * 0.5;
        var rq1 = comm.Irecv(r1, (comm.Rank + 1) % comm.Size, 1);
        var sq2 = comm.Isend(q, (comm.Rank + comm.Size - 1) % comm.Size, 1);
        s2 = Math.Sin(comm.AllreduceSum((a * 0.8 - 0.1)) * 0.5) + (a * 0.8 - 0.1) * 0.2;
        comm.Wait(rq1);
        comm.Wait(sq2);
        r1 = r1 * 0.5 + rq1.Tensor * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(q) * 0.2));
        if (Math.Cos(acc) * 0.5 > 0.3)
        {
            var rq3 = comm.Irecv(r1, comm.Rank, 1);
            var sq4 = comm.Isend(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(q) * 0.2) * Tensor.Exp(Tensor.Tanh(q) * 0.2)), comm.Rank, 1);
            comm.Wait(rq3);
            comm.Wait(sq4);
            if (Math.Cos(Math.Tanh(s2 * 0.7)) * 0.5 > 0.6)
            {
                comm.Send(Tensor.Tanh(u) * 0.9 * Math.Tanh(Math.Cos(1.3) * 0.5), comm.Rank, 5);
                t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 5) * 0.5;
                comm.Send(Tensor.Exp(Tensor.Tanh(Tensor.Sin(q)) * 0.2), comm.Rank, 3);
                r1 = r1 * 0.5 + comm.Receive(r1, comm.Rank, 3) * 0.5;
            }
            acc += Math.Exp(Math.Tanh((Math.Tanh(s1 * s2) + Tensor.Dot(t2, u) * 0.1) * 0.5) * 0.3) * 0.3;
        }
        else
        {
            comm.Send((Math.Tanh(s1) * (comm.Size - 0.5) * 0.3 + acc) * 0.5, comm.Rank, 2);
            s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
            if (comm.Rank == 0)
            {
                comm.Send(Tensor.Sin(t2), comm.Rank, 3);
                t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 3) * 0.5;
                var rq5 = comm.Irecv(comm.Rank, 2);
                var sq6 = comm.Isend(Tensor.SumOfSquares(Tensor.Tanh((r1 * 0.7 + b * 0.2))) * 0.1, comm.Rank, 2);
                comm.Wait(sq6);
                comm.Wait(rq5);
                comm.Send(acc, comm.Rank, 2);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                comm.Send(r1, comm.Rank, 2);
                r1 = r1 * 0.5 + comm.Receive(r1, comm.Rank, 2) * 0.5;
            }
        }
        var sq8 = comm.Isend((Tensor.Sin(t1) + u) * 0.5, comm.Rank, 2);
        var rq7 = comm.Irecv(t2, comm.Rank, 2);
        comm.Wait(rq7);
        comm.Wait(sq8);
        t1 = t1 * 0.5 + rq7.Tensor * Tensor.Tanh((t1 * 0.7 + 1.3 * 0.2));
        t1 = t1 * 0.5 + rq7.Tensor * Tensor.Tanh(Tensor.Sin(t1));
        r1 = q;
        s1 += s1 * 0.3;
        if (comm.Size > 1)
        {
            if (comm.Rank == 0)
            {
                var sq10 = comm.Isend(acc, 1, 2);
                comm.Wait(sq10);
            }
            else
            {
                if (comm.Rank == 1)
                {
                    var rq9 = comm.Irecv(0, 2);
                    comm.Wait(rq9);
                }
            }
        }
        return comm.AllreduceSum(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(Tensor.Tanh(r1)) * 0.2);
    }

    // rank-local; Allgather, AllreduceSum, Gather, Isend/Irecv, Receive(like), ReduceSum, Scatter, Send/Receive, SendReceive, call, loop, rank branch, replicated branch, self message, token parameter, unused, value branch
    [Differentiable]
    public static double C7(double a, double b, Tensor u, Tensor w, Communicator comm, CommToken token)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5 + Tensor.Mean(u) + Tensor.Mean(w));
        var s2 = comm.Broadcast(0.25, 0, token, out var tk);
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        for (var k12 = 0; k12 < 2; k12++)
        {
            acc += Tensor.Dot(comm.Scatter(comm.Gather(Tensor.Exp(Tensor.Tanh(t2) * 0.2), 1 % comm.Size, tk, out tk), 1 % comm.Size, tk, out tk), Tensor.Tanh(comm.AllreduceSum(t2 * 0.5, tk, out tk)) + t2 * 0.3) * 0.1 * 0.3;
            if (Math.Sin(Tensor.SumOfSquares(Tensor.Tanh(w)) * 0.1) > 0.0)
            {
                acc += Tensor.Mean(Tensor.Sin((t2 * 0.7 + Tensor.SumOfSquares(Tensor.Tanh(w)) * 0.1 * 0.2))) * 0.3;
                var sq2 = comm.Isend(w, comm.Rank, 1, tk, out tk);
                var rq1 = comm.Irecv(t1, comm.Rank, 1, tk, out tk);
                comm.Wait(sq2);
                comm.Wait(rq1);
                t1 = t1 * 0.5 + rq1.Tensor * Tensor.Tanh(t2);
                t2 = t2 * 0.5 + rq1.Tensor * Tensor.Tanh(u);
            }
            for (var k13 = 0; k13 < 3; k13++)
            {
                acc += Tensor.Mean(Tensor.Sin(Tensor.Tanh(u * t2) * Math.Tanh(Tensor.Dot(w, t2) * 0.1))) * 0.3;
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(s1, comm.Size - 1, 5, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            s1 = s1 * 0.5 + comm.Receive(1, 5, tk, out tk) * s2;
                        }
                    }
                }
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(Tensor.Tanh(Tensor.Sin(u)) * 0.9, comm.Size - 1, 1, tk, out tk);
                        comm.Send(Tensor.Tanh(t2) * 0.9 * Math.Tanh(a), comm.Size - 1, 1, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            t1 = t1 * 0.5 + comm.Receive(t1, 1, 1, tk, out tk) * Tensor.Tanh(Tensor.Tanh(t1 * t2));
                            t2 = t2 * 0.5 + comm.Receive(t1, 1, 1, tk, out tk) * Tensor.Tanh(u);
                        }
                    }
                }
            }
        }
        if (comm.Rank == comm.Size - 1)
        {
            if (Tensor.Dot(t1, Tensor.Exp(Tensor.Tanh(t2) * 0.2)) * 0.1 > 0.6)
            {
                var sq4 = comm.Isend(Math.Sin(Math.Sin(0.7)), comm.Rank, 5, tk, out tk);
                var rq3 = comm.Irecv(comm.Rank, 5, tk, out tk);
                comm.Wait(rq3);
                comm.Wait(sq4);
                s1 = s1 * 0.5 + rq3.Value * (Tensor.Mean(Tensor.Sin(w)));
                s1 += s2 * 0.3;
                comm.Send(s2, comm.Rank, 5, tk, out tk);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 5, tk, out tk) * 0.5;
            }
            comm.Send(acc, comm.Rank, 5, tk, out tk);
            s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5, tk, out tk) * 0.5;
            if (s2 > 0.0)
            {
                comm.Send(Tensor.Exp(Tensor.Tanh(Tensor.Tanh(t2 * w)) * 0.2), comm.Rank, 5, tk, out tk);
                t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 5, tk, out tk) * 0.5;
                s2 = Tensor.Sum(Tensor.Tanh(Tensor.Sin(t2) * Tensor.Sin(w))) * 0.2;
                comm.Send(((t2 + t2) * 0.5 + u) * 0.5, comm.Rank, 2, tk, out tk);
                t2 = t2 * 0.5 + comm.Receive(u, comm.Rank, 2, tk, out tk) * 0.5;
            }
            else
            {
                comm.Send(u, comm.Rank, 1, tk, out tk);
                t2 = t2 * 0.5 + comm.Receive(w, comm.Rank, 1, tk, out tk) * 0.5;
                comm.Send((Tensor.Sin(t2) + t2) * 0.5, comm.Rank, 1, tk, out tk);
                t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 1, tk, out tk) * 0.5;
            }
            comm.Send(u, comm.Rank, 3, tk, out tk);
            t2 = t2 * 0.5 + comm.Receive(t1, comm.Rank, 3, tk, out tk) * 0.5;
        }
        for (var k14 = 0; k14 < 3; k14++)
        {
            s1 = Math.Exp(Math.Tanh(Math.Exp(Math.Tanh(Math.Sin(b)) * 0.3)) * 0.3);
            var sq6 = comm.Isend(s2, comm.Rank, 3, tk, out tk);
            var rq5 = comm.Irecv(comm.Rank, 3, tk, out tk);
            comm.Wait(rq5);
            comm.Wait(sq6);
            var unused7 = comm.SendReceive(Tensor.Sum(comm.Scatter(comm.Allgather(s2, tk, out tk) * comm.Allgather(s1, tk, out tk), comm.Size - 1, tk, out tk)), (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 1, tk, out tk);
            acc += Tensor.Sum(u) * 0.2 * 0.3;
        }
        if (acc > 0.6)
        {
            var rq8 = comm.Irecv(u, comm.Rank, 5, tk, out tk);
            var sq9 = comm.Isend(Tensor.Tanh(Tensor.Tanh(t1 * u)) * 0.9, comm.Rank, 5, tk, out tk);
            comm.Wait(sq9);
            comm.Wait(rq8);
            t2 = t2 * 0.5 + rq8.Tensor * Tensor.Tanh(Tensor.Tanh(u) * 0.9);
            var rq10 = comm.Irecv(t1, comm.Rank, 1, tk, out tk);
            var sq11 = comm.Isend((u * 0.7 + a * 0.2) * Math.Tanh(Tensor.Sum(u) * 0.2), comm.Rank, 1, tk, out tk);
            comm.Wait(rq10);
            comm.Wait(sq11);
            t1 = t1 * 0.5 + rq10.Tensor * Tensor.Tanh((t1 * 0.7 + b * 0.2));
            t2 = t2 * 0.6 + Tensor.Tanh(Tensor.Sin((t2 * 0.7 + b * 0.2)) * ((w * 0.7 + -0.4 * 0.2) * 0.7 + Tensor.Mean(Tensor.Sin(u)) * 0.2)) * 0.4;
        }
        if (comm.Size % 2 == 0)
        {
            if (comm.Size > 1)
            {
                s2 = Math.Tanh(Tensor.Sum(u) * 0.2) * (comm.Size - 0.5) * 0.3;
                acc += comm.AllreduceSum(Math.Sin(b), tk, out _) * 0.1;
                acc = acc * 0.5 + CNest((s1 + s2) * 0.5, Tensor.Sin((w * 0.7 + b * 0.2)), comm) * 0.5;
                tk = comm.Token;
            }
            s1 = (Tensor.Sum(comm.Scatter(comm.Allgather(Tensor.Mean(Tensor.Sin(u)), tk, out tk) * comm.Allgather(Tensor.SumOfSquares(comm.Allgather(s1, tk, out tk)) * 0.2, tk, out tk), comm.Size - 1, tk, out tk)) + Math.Exp(Math.Tanh(Math.Exp(Math.Tanh(b) * 0.3)) * 0.3)) * 0.5;
        }
        return comm.ReduceSum(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2, 1 % comm.Size, tk, out _);
    }

    // rank-local; Receive(like), Send/Receive, SendReceive, call, rank branch, self message, value branch
    [Differentiable]
    public static double C8(Tensor u, int rows, int columns, Communicator comm)
    {
        var s1 = Math.Tanh(Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        s2 = (acc + s2) * 0.5;
        if (comm.Size > 2)
        {
            if (comm.Rank == 1)
            {
                comm.Send(u, comm.Size - 1, 5);
            }
            else
            {
                if (comm.Rank == comm.Size - 1)
                {
                    t2 = t2 * 0.5 + comm.Receive(t2, 1, 5) * Tensor.Tanh(Tensor.Tanh(u * u));
                }
            }
        }
        if (comm.Size > 1)
        {
            if (comm.Rank == comm.Size - 1)
            {
                comm.Send(t1, 0, 1);
                comm.Send(t1, 0, 1);
            }
            else
            {
                if (comm.Rank == 0)
                {
                    t1 = t1 * 0.5 + comm.Receive(t2, comm.Size - 1, 1) * Tensor.Tanh((u + u) * 0.5);
                    t1 = t1 * 0.5 + comm.Receive(u, comm.Size - 1, 1) * Tensor.Tanh(t1);
                }
            }
        }
        t2 = Tensor.Sin(u) * Math.Tanh(Math.Tanh((0.7 * 0.8 - 0.1) * comm.SendReceive(-0.4, (comm.Rank + comm.Size - 1) % comm.Size, (comm.Rank + 1) % comm.Size, 3)));
        s1 = Math.Tanh(CNest(CNest(acc, t1, comm), (t2 + t1) * 0.5, comm) * Math.Exp(Math.Tanh(Math.Exp(Math.Tanh(s1) * 0.3)) * 0.3));
        if (Math.Exp(Math.Tanh(Math.Cos(s2) * 0.5) * 0.3) > 0.3)
        {
            comm.Send((Tensor.SumOfSquares(Tensor.Tanh(t2)) * 0.1 * 0.8 - 0.1), comm.Rank, 5);
            acc = acc * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
            comm.Send(((t2 * 0.7 + 1.3 * 0.2) * 0.7 + Tensor.Mean(Tensor.Sin(t2)) * 0.2), comm.Rank, 1);
            t2 = t2 * 0.5 + comm.Receive(t1, comm.Rank, 1) * 0.5;
        }
        else
        {
            if (comm.Rank % 2 == 1)
            {
                comm.Send(((u * 0.7 + s1 * 0.2) * 0.7 + (acc * 0.8 - 0.1) * 0.2), comm.Rank, 5);
                t2 = t2 * 0.5 + comm.Receive(u, comm.Rank, 5) * 0.5;
                t1 = Tensor.Sin((u + t2) * 0.5 * Math.Tanh(acc));
            }
            if ((Tensor.Dot(t1, t2) * 0.1 * 0.8 - 0.1) > 0.6)
            {
                comm.Send(Tensor.Sin((t1 * 0.7 + s1 * 0.2)), comm.Rank, 1);
                t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 1) * 0.5;
                comm.Send((Math.Tanh(s2) * (comm.Size - 0.5) * 0.3 + Tensor.Mean(Tensor.Sin(u))) * 0.5, comm.Rank, 5);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
            }
            if (comm.Rank % 2 == 1)
            {
                comm.Send(t2, comm.Rank, 2);
                t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 2) * 0.5;
                comm.Send(Tensor.Tanh(Tensor.Tanh(t2) * 0.9 * t2), comm.Rank, 1);
                t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 1) * 0.5;
            }
        }
        return acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(u) * 0.05;
    }

    // rank-local; Gather, Isend/Irecv, Send/Receive, loop, replicated branch, self message, unused, value branch
    [Differentiable]
    public static double C9(double a, double b, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5);
        var s2 = 0.25;
        var acc = 0.0;
        if (comm.Size > 1)
        {
            if (comm.Rank == 0)
            {
                var sq2 = comm.Isend(Math.Tanh((b + s1) * 0.5) * (comm.Size - 0.5) * 0.3, 1, 2);
                comm.Wait(sq2);
            }
            else
            {
                if (comm.Rank == 1)
                {
                    var rq1 = comm.Irecv(0, 2);
                    comm.Wait(rq1);
                    s1 = s1 * 0.5 + rq1.Value * (Math.Exp(Math.Tanh(s1) * 0.3));
                }
            }
        }
        if (Math.Sin(comm.AllreduceSum(s1)) > -0.3)
        {
            var rq3 = comm.Irecv((comm.Rank + comm.Size - 1) % comm.Size, 3);
            var sq4 = comm.Isend(b, (comm.Rank + 1) % comm.Size, 3);
            comm.Wait(sq4);
            comm.Wait(rq3);
            s2 = s2 * 0.5 + rq3.Value * (Math.Tanh(a) * (comm.Size - 0.5) * 0.3);
            s1 = s1 * 0.5 + rq3.Value * (Math.Cos(s1) * 0.5);
            acc += s1 * 0.3;
            if (comm.Rank > 0)
            {
                s1 = s1 * 0.5 + comm.Receive(comm.Rank - 1, 3);
            }
            if (comm.Rank < comm.Size - 1)
            {
                comm.Send(Math.Tanh(Math.Tanh(1.3 * Math.Tanh(a) * (comm.Size - 0.5) * 0.3)), comm.Rank + 1, 3);
            }
            if (comm.Size > 1)
            {
                if (comm.Rank == comm.Size - 1)
                {
                    var sq6 = comm.Isend(Math.Cos((b * 0.8 - 0.1)) * 0.5, 0, 5);
                    comm.Wait(sq6);
                }
                else
                {
                    if (comm.Rank == 0)
                    {
                        var rq5 = comm.Irecv(comm.Size - 1, 5);
                        comm.Wait(rq5);
                        s1 = s1 * 0.5 + rq5.Value * (s1);
                    }
                }
            }
        }
        var unused7 = Tensor.Sum(comm.Gather(a, 1 % comm.Size)) * 0.3;
        if (Math.Exp(Math.Tanh(Math.Tanh(b * s1)) * 0.3) > 0.0)
        {
            comm.Send(b, comm.Rank, 2);
            s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
            for (var k8 = 0; k8 < 2; k8++)
            {
                comm.Send(Math.Cos(Math.Exp(Math.Tanh(0.7) * 0.3)) * 0.5, comm.Rank, 1);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
                s1 = Math.Tanh(Math.Exp(Math.Tanh(s2) * 0.3)) * (comm.Size - 0.5) * 0.3;
            }
        }
        return comm.AllreduceSum(acc * 0.5) + Math.Sin(s2) * 0.5 + Math.Sin(s1) * 0.5;
    }

    // rank-local; Allgather, AllreduceMin, Broadcast, Isend/Irecv, ReduceSum, Scatter, Send/Receive, SendReceive, call, loop, self message, tokens
    [Differentiable]
    public static double C10(double a, Communicator comm)
    {
        var tk = comm.Token;
        var s1 = Math.Tanh(a * 0.5);
        var s2 = 0.25;
        var acc = 0.0;
        acc += comm.Broadcast(s2, comm.Size - 1, tk, out tk) * 0.3;
        comm.Send(Math.Exp(Math.Tanh(Math.Exp(Math.Tanh(s1) * 0.3)) * 0.3), comm.Rank, 5, tk, out tk);
        s1 = s1 * 0.5 + comm.Receive(comm.Rank, 5, tk, out tk) * 0.5;
        acc += comm.SendReceive(acc, (comm.Rank + comm.Size - 1) % comm.Size, (comm.Rank + 1) % comm.Size, 2, tk, out tk) * 0.3;
        for (var k3 = 0; k3 < 2; k3++)
        {
            s1 += Math.Tanh((Tensor.Sum(comm.Scatter(comm.Allgather(acc, tk, out tk) * comm.Allgather(s1, tk, out tk), comm.Size - 1, tk, out tk)) + Math.Exp(Math.Tanh(acc) * 0.3)) * 0.5 * Math.Cos(comm.AllreduceMin(a + a * 0.37, tk, out tk)) * 0.5) * 0.3;
            s2 += comm.AllreduceSum(acc, tk, out _) * 0.1;
            s2 = s2 * 0.5 + CPair(Math.Cos(Math.Tanh(1.3 * 1.3)) * 0.5, comm) * 0.5;
            tk = comm.Token;
            acc += Math.Exp(Math.Tanh(Math.Tanh(Math.Tanh(a) * (comm.Size - 0.5) * 0.3 * comm.AllreduceMin(s1 + a * 0.37, tk, out tk))) * 0.3) * 0.3;
        }
        for (var k4 = 0; k4 < 3; k4++)
        {
            if (comm.Size > 1)
            {
                if (comm.Rank == 0)
                {
                    comm.Send((s2 * 0.8 - 0.1), 1, 5, tk, out tk);
                }
                else
                {
                    if (comm.Rank == 1)
                    {
                        acc = acc * 0.5 + comm.Receive(0, 5, tk, out tk) * Math.Tanh(s1) * (comm.Size - 0.5) * 0.3;
                    }
                }
            }
            s2 = a;
            var rq1 = comm.Irecv((comm.Rank + comm.Size - 1) % comm.Size, 1, tk, out tk);
            var sq2 = comm.Isend(comm.SendReceive(s1, (comm.Rank + comm.Size - 1) % comm.Size, (comm.Rank + 1) % comm.Size, 3, tk, out tk), (comm.Rank + 1) % comm.Size, 1, tk, out tk);
            comm.Wait(rq1);
            comm.Wait(sq2);
            s1 = s1 * 0.5 + rq1.Value * (Math.Sin(s2));
            acc = acc * 0.5 + rq1.Value * (acc);
        }
        return comm.ReduceSum(acc + s1 * 0.3 + Math.Sin(s2), 1 % comm.Size, tk, out _);
    }

    // replicated; Isend/Irecv
    [Differentiable]
    public static double C11(double a, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5);
        var s2 = 0.25;
        var acc = 0.0;
        s1 = Math.Exp(Math.Tanh(0.7) * 0.3);
        s2 = Math.Sin((Math.Tanh(s1) * (comm.Size - 0.5) * 0.3 + s2) * 0.5);
        s2 += s1 * 0.3;
        var rq1 = comm.Irecv((comm.Rank + comm.Size - 1) % comm.Size, 2);
        var sq2 = comm.Isend(Math.Exp(Math.Tanh((s2 + s1) * 0.5) * 0.3), (comm.Rank + 1) % comm.Size, 2);
        var sq4 = comm.Isend(s2, (comm.Rank + comm.Size - 1) % comm.Size, 5);
        var rq3 = comm.Irecv((comm.Rank + 1) % comm.Size, 5);
        comm.Wait(sq2);
        comm.Wait(rq3);
        comm.Wait(sq4);
        comm.Wait(rq1);
        s2 = s2 * 0.5 + rq1.Value * ((a + acc) * 0.5);
        s2 = s2 * 0.5 + rq3.Value * (Math.Sin(acc));
        s2 = s2 * 0.5 + rq3.Value * (Math.Tanh(s2 * 0.7));
        acc += Math.Tanh(s1 * Math.Tanh(Math.Exp(Math.Tanh(s1) * 0.3)) * (comm.Size - 0.5) * 0.3) * 0.3;
        return comm.AllreduceSum(acc * 0.5) + Math.Sin(s1) * 0.5 + Math.Sin(acc) * 0.5;
    }

    // replicated; AllreduceSum, Isend/Irecv, Send/Receive, rank branch, self message, tokens
    [Differentiable]
    public static double C12(double a, Communicator comm)
    {
        var tk = comm.Token;
        var s1 = Math.Tanh(a * 0.5);
        var s2 = 0.25;
        var acc = 0.0;
        s1 = Math.Tanh(Math.Tanh(acc) * (comm.Size - 0.5) * 0.3) * (comm.Size - 0.5) * 0.3;
        if (comm.Size > 1)
        {
            if (comm.Rank == 0)
            {
                comm.Send(acc, 1, 2, tk, out tk);
                comm.Send(s2, 1, 2, tk, out tk);
            }
            else
            {
                if (comm.Rank == 1)
                {
                    acc = acc * 0.5 + comm.Receive(0, 2, tk, out tk) * s1;
                    s2 = s2 * 0.5 + comm.Receive(0, 2, tk, out tk) * Math.Tanh(a * acc);
                }
            }
        }
        if (comm.Rank == 0)
        {
            if (comm.Rank == 0)
            {
                comm.Send(Math.Exp(Math.Tanh((s2 + -0.4) * 0.5) * 0.3), comm.Rank, 2, tk, out tk);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2, tk, out tk) * 0.5;
                acc += (Math.Sin(Math.Exp(Math.Tanh(s2) * 0.3)) * 0.8 - 0.1) * 0.3;
                comm.Send(s1, comm.Rank, 5, tk, out tk);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5, tk, out tk) * 0.5;
            }
            var sq2 = comm.Isend(a, comm.Rank, 2, tk, out tk);
            var rq1 = comm.Irecv(comm.Rank, 2, tk, out tk);
            comm.Wait(sq2);
            comm.Wait(rq1);
            acc = acc * 0.5 + rq1.Value * (Math.Exp(Math.Tanh(-0.4) * 0.3));
            s1 = s1 * 0.5 + rq1.Value * (Math.Tanh(0.7 * s2));
            s1 = (((acc + s2) * 0.5 * 0.8 - 0.1) * 0.8 - 0.1);
        }
        else
        {
            comm.Send((Math.Cos(s1) * 0.5 + Math.Sin(s2)) * 0.5, comm.Rank, 1, tk, out tk);
            s2 = s2 * 0.5 + comm.Receive(comm.Rank, 1, tk, out tk) * 0.5;
            comm.Send(Math.Tanh(Math.Tanh(acc * acc) * Math.Tanh(acc * s2)), comm.Rank, 5, tk, out tk);
            s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5, tk, out tk) * 0.5;
            comm.Send(Math.Tanh(Math.Cos(acc) * 0.5 * Math.Cos(acc) * 0.5), comm.Rank, 1, tk, out tk);
            s2 = s2 * 0.5 + comm.Receive(comm.Rank, 1, tk, out tk) * 0.5;
        }
        comm.Send(acc, comm.Rank, 2, tk, out tk);
        acc = acc * 0.5 + comm.Receive(comm.Rank, 2, tk, out tk) * 0.5;
        s2 = acc;
        if (comm.Size > 2)
        {
            if (comm.Rank == 1)
            {
                var sq4 = comm.Isend((s1 * 0.8 - 0.1), comm.Size - 1, 5, tk, out tk);
                comm.Wait(sq4);
                comm.Send(Math.Exp(Math.Tanh((acc + s2) * 0.5) * 0.3), comm.Size - 1, 5, tk, out tk);
            }
            else
            {
                if (comm.Rank == comm.Size - 1)
                {
                    var rq3 = comm.Irecv(1, 5, tk, out tk);
                    comm.Wait(rq3);
                    s1 = s1 * 0.5 + comm.Receive(1, 5, tk, out tk) * 0.5;
                    s1 = s1 * 0.5 + rq3.Value * (s1);
                }
            }
        }
        return comm.AllreduceSum(acc + s1 * 0.3 + Math.Sin(s2), tk, out _);
    }

    // replicated; AllreduceSum, Isend/Irecv, Receive(like), Send/Receive, call, loop, rank branch, replicated branch, self message, unused, value branch
    [Differentiable]
    public static double C13(double a, Tensor u, Tensor q, int rows, int columns, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u) + Tensor.Mean(q));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        var r1 = Tensor.Sin(q) * 0.5;
        if (comm.Size % 2 == 0)
        {
            for (var k12 = 0; k12 < 2; k12++)
            {
                r1 = r1 * 0.6 + Tensor.Sin(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(q) * 0.2) * (q + r1) * 0.5)) * 0.4;
                s1 += comm.AllreduceSum(Math.Tanh(s2 * (a * 0.8 - 0.1))) * 0.3;
            }
            if (Tensor.Mean(Tensor.Sin(q)) > 0.3)
            {
                var sq2 = comm.Isend(Tensor.Exp(Tensor.Tanh((r1 + q) * 0.5) * 0.2), comm.Rank, 1);
                var rq1 = comm.Irecv(r1, comm.Rank, 1);
                comm.Wait(rq1);
                comm.Wait(sq2);
                r1 = r1 * 0.5 + rq1.Tensor * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(r1) * 0.2));
                var rq3 = comm.Irecv(comm.Rank, 1);
                var sq4 = comm.Isend(acc, comm.Rank, 1);
                comm.Wait(sq4);
                comm.Wait(rq3);
                s2 = s2 * 0.5 + rq3.Value * (Math.Tanh(1.3 * s1));
                s1 = s1 * 0.5 + rq3.Value * (Tensor.Sum(t1) * 0.2);
                t2 = u;
                comm.Send((Tensor.Exp(Tensor.Tanh(r1) * 0.2) * 0.7 + Tensor.SumOfSquares(Tensor.Tanh(r1)) * 0.1 * 0.2), comm.Rank, 3);
                r1 = r1 * 0.5 + comm.Receive(q, comm.Rank, 3) * 0.5;
            }
            else
            {
                var sq6 = comm.Isend(Math.Tanh(acc) * (comm.Size - 0.5) * 0.3, comm.Rank, 2);
                var rq5 = comm.Irecv(comm.Rank, 2);
                comm.Wait(rq5);
                comm.Wait(sq6);
                s2 = s2 * 0.5 + rq5.Value * (Math.Cos(acc) * 0.5);
                s2 = s2 * 0.5 + rq5.Value * (Tensor.SumOfSquares(Tensor.Tanh(t1)) * 0.1);
                comm.Send(Tensor.Dot(Tensor.Sin(u), Tensor.Tanh(t2) * 0.9) * 0.1, comm.Rank, 5);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
            }
            acc += Math.Tanh(a) * (comm.Size - 0.5) * 0.3 * 0.3;
        }
        else
        {
            var unused7 = CMix(s2, comm);
            if (comm.Size % 2 == 0)
            {
                t2 = u;
                s1 = Math.Tanh(s1 * s1);
            }
        }
        for (var k13 = 0; k13 < 3; k13++)
        {
            if (comm.Rank == 0)
            {
                comm.Send((t1 + Tensor.Sin(u)) * 0.5, comm.Rank, 2);
                t2 = t2 * 0.5 + comm.Receive(t1, comm.Rank, 2) * 0.5;
                comm.Send(Tensor.Dot(Tensor.Tanh(t2 * t2), (u * 0.7 + s2 * 0.2)) * 0.1, comm.Rank, 2);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                comm.Send(Math.Tanh(Tensor.Mean(Tensor.Sin(u))) * (comm.Size - 0.5) * 0.3, comm.Rank, 5);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
            }
            if (comm.Size > 1)
            {
                if (comm.Rank > 0)
                {
                    r1 = r1 * 0.5 + comm.Receive(r1, comm.Rank - 1, 1);
                }
                if (comm.Rank < comm.Size - 1)
                {
                    comm.Send(Tensor.Tanh((r1 * Math.Tanh(s1) * 0.7 + (acc * 0.8 - 0.1) * 0.2)), comm.Rank + 1, 1);
                }
                t2 = t2 * 0.6 + Tensor.Sin(u) * 0.4;
            }
            else
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(Tensor.Tanh(t2 * Math.Tanh(s2) * (t2 + t1) * 0.5), 0, 5);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            t1 = t1 * 0.5 + comm.Receive(t1, comm.Size - 1, 5) * Tensor.Tanh(u);
                        }
                    }
                }
                t1 = Tensor.Sin(Tensor.Exp(Tensor.Tanh(Tensor.Tanh(t1) * 0.9) * 0.2));
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(Tensor.Dot(Tensor.Tanh(u) * 0.9, (t2 + t2) * 0.5) * 0.1, comm.Size - 1, 2);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            s2 = s2 * 0.5 + comm.Receive(1, 2) * s1;
                        }
                    }
                }
            }
            if (comm.Size > 1)
            {
                if (comm.Rank == comm.Size - 1)
                {
                    comm.Send(Tensor.Exp(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(r1) * 0.2)) * 0.2), 0, 5);
                    comm.Send(q * Math.Tanh(Tensor.Mean(Tensor.Sin(r1))), 0, 5);
                }
                else
                {
                    if (comm.Rank == 0)
                    {
                        r1 = r1 * 0.5 + comm.Receive(r1, comm.Size - 1, 5) * Tensor.Tanh(Tensor.Sin(r1));
                        r1 = r1 * 0.5 + comm.Receive(r1, comm.Size - 1, 5) * Tensor.Tanh((r1 * 0.7 + s1 * 0.2));
                    }
                }
            }
            if (s2 > 0.3)
            {
                comm.Send(Tensor.SumOfSquares(Tensor.Tanh(Tensor.Tanh(r1 * r1))) * 0.1, comm.Rank, 5);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
                s1 = Tensor.Dot(u, (Tensor.Tanh(t2) * 0.9 + Tensor.Sin(t2)) * 0.5) * 0.1;
                comm.Send(Tensor.Sin(Tensor.Sin(q)), comm.Rank, 5);
                r1 = r1 * 0.5 + comm.Receive(q, comm.Rank, 5) * 0.5;
                comm.Send(Tensor.Dot(t2, (u * 0.7 + a * 0.2)) * 0.1, comm.Rank, 2);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
            }
            else
            {
                s2 += Math.Tanh(Math.Tanh(Tensor.Sum(u) * 0.2 * Math.Tanh(s1) * (comm.Size - 0.5) * 0.3)) * (comm.Size - 0.5) * 0.3 * 0.3;
                var sq9 = comm.Isend(Tensor.Tanh(Tensor.Sin(t2)) * 0.9, comm.Rank, 1);
                var rq8 = comm.Irecv(u, comm.Rank, 1);
                comm.Wait(rq8);
                comm.Wait(sq9);
                t2 = t2 * 0.5 + rq8.Tensor * Tensor.Tanh(Tensor.Tanh(t2) * 0.9);
                t2 = t2 * 0.5 + rq8.Tensor * Tensor.Tanh(u);
                var rq10 = comm.Irecv(t1, comm.Rank, 3);
                var sq11 = comm.Isend(Tensor.Exp(Tensor.Tanh(t2) * 0.2) * Math.Tanh(Tensor.Dot(t2, u) * 0.1), comm.Rank, 3);
                comm.Wait(sq11);
                comm.Wait(rq10);
                t1 = t1 * 0.5 + rq10.Tensor * Tensor.Tanh(Tensor.Tanh(t1 * t2));
                comm.Send(Tensor.Sin(Tensor.Exp(Tensor.Tanh(u) * 0.2)), comm.Rank, 2);
                t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 2) * 0.5;
            }
        }
        if (comm.Size > 1)
        {
            if (comm.Rank == comm.Size - 1)
            {
                comm.Send(Tensor.Sum(r1) * 0.2, 0, 5);
            }
            else
            {
                if (comm.Rank == 0)
                {
                    s1 = s1 * 0.5 + comm.Receive(comm.Size - 1, 5) * Math.Exp(Math.Tanh(-0.4) * 0.3);
                }
            }
        }
        t2 = Tensor.Tanh(Tensor.Sin(t1)) * 0.9;
        if (comm.Rank > 0)
        {
            s1 = s1 * 0.5 + comm.Receive(comm.Rank - 1, 5);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Math.Tanh(s2), comm.Rank + 1, 5);
        }
        return comm.AllreduceSum(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(Tensor.Tanh(r1)) * 0.2);
    }

    // rank-local; Allgather, AllreduceMin, AllreduceSum, Broadcast, Isend/Irecv, ReduceSum, Send/Receive, SendReceive, call, loop, tokens
    [Differentiable]
    public static double C14(double a, double b, Tensor u, Communicator comm)
    {
        var tk = comm.Token;
        var s1 = Math.Tanh(a * 0.5 + b * 0.5 + Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        if (comm.Size > 1)
        {
            if (comm.Rank == 0)
            {
                var sq2 = comm.Isend(Math.Sin(Math.Sin(a)), 1, 3, tk, out tk);
                comm.Wait(sq2);
                comm.Send(Tensor.Sin((u + t1) * 0.5), 1, 3, tk, out tk);
            }
            else
            {
                if (comm.Rank == 1)
                {
                    var rq1 = comm.Irecv(0, 3, tk, out tk);
                    t1 = t1 * 0.5 + comm.Receive(t1, 0, 3, tk, out tk) * 0.5;
                    comm.Wait(rq1);
                    s1 = s1 * 0.5 + rq1.Value * (Tensor.SumOfSquares(Tensor.Tanh(t1)) * 0.1);
                }
            }
        }
        var rq3 = comm.Irecv((comm.Rank + 1) % comm.Size, 1, tk, out tk);
        var sq4 = comm.Isend(Math.Cos(Math.Sin(s2)) * 0.5, (comm.Rank + comm.Size - 1) % comm.Size, 1, tk, out tk);
        var rq5 = comm.Irecv((comm.Rank + comm.Size - 1) % comm.Size, 1, tk, out tk);
        var sq6 = comm.Isend(Tensor.SumOfSquares(comm.Allgather(Math.Tanh(s1 * 1.3), tk, out tk)) * 0.2, (comm.Rank + 1) % comm.Size, 1, tk, out tk);
        t2 = t2 * 0.6 + (comm.Broadcast(t2, 1 % comm.Size, tk, out tk) * 0.7 + Math.Tanh(b) * (comm.Size - 0.5) * 0.3 * 0.2) * Math.Tanh(acc) * 0.4;
        s1 = Math.Exp(Math.Tanh(Math.Exp(Math.Tanh((a * 0.8 - 0.1)) * 0.3)) * 0.3);
        comm.Wait(rq3);
        comm.Wait(sq4);
        comm.Wait(rq5);
        comm.Wait(sq6);
        acc = acc * 0.5 + rq5.Value * (Tensor.SumOfSquares(Tensor.Tanh(t1)) * 0.1);
        s2 = s2 * 0.5 + rq5.Value * ((1.3 * 0.8 - 0.1));
        t1 = u;
        for (var k11 = 0; k11 < 3; k11++)
        {
            for (var k12 = 0; k12 < 3; k12++)
            {
                var sq8 = comm.Isend(Tensor.Tanh(Tensor.Tanh(comm.AllreduceSum(u * 0.5, tk, out tk)) + u * 0.3) * 0.9, (comm.Rank + 1) % comm.Size, 5, tk, out tk);
                var rq7 = comm.Irecv(u, (comm.Rank + comm.Size - 1) % comm.Size, 5, tk, out tk);
                s2 = Math.Tanh(Math.Tanh(Math.Tanh(acc * a)) * (comm.Size - 0.5) * 0.3 * Tensor.Dot((t1 * 0.7 + b * 0.2), Tensor.Exp(Tensor.Tanh(u) * 0.2)) * 0.1);
                comm.Wait(rq7);
                comm.Wait(sq8);
                s2 = comm.SendReceive((Tensor.Sum(u) * 0.2 * 0.8 - 0.1), (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 3, tk, out tk);
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        var sq10 = comm.Isend(u, 0, 5, tk, out tk);
                        comm.Wait(sq10);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            var rq9 = comm.Irecv(t2, comm.Size - 1, 5, tk, out tk);
                            comm.Wait(rq9);
                            t1 = t1 * 0.5 + rq9.Tensor * Tensor.Tanh(t1);
                        }
                    }
                }
            }
            for (var k13 = 0; k13 < 2; k13++)
            {
                if (comm.Rank > 0)
                {
                    s2 = s2 * 0.5 + comm.Receive(comm.Rank - 1, 2, tk, out tk);
                }
                if (comm.Rank < comm.Size - 1)
                {
                    comm.Send(Math.Tanh(Math.Sin((s2 * 0.8 - 0.1))), comm.Rank + 1, 2, tk, out tk);
                }
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(Tensor.Dot(Tensor.Sin(u), u) * 0.1, comm.Size - 1, 3, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            s1 = s1 * 0.5 + comm.Receive(1, 3, tk, out tk) * Tensor.Mean(Tensor.Sin(t1));
                        }
                    }
                }
                comm.Barrier(tk, out _);
                s2 = s2 * 0.5 + CMix(Tensor.SumOfSquares(Tensor.Tanh((t1 * 0.7 + -0.4 * 0.2))) * 0.1, comm) * 0.5;
                tk = comm.Token;
                t1 = t1 * 0.6 + comm.AllreduceSum(comm.AllreduceMin(u + u * 0.41, tk, out tk), tk, out tk) * 0.4;
            }
            s2 = comm.ReduceSum(Tensor.SumOfSquares(Tensor.Tanh(Tensor.Tanh(u * t1))) * 0.1, comm.Size - 1, tk, out tk);
        }
        return acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + a * 0.1;
    }

    // rank-local; AllreduceMin, Isend/Irecv, Receive(like), ReduceSum, Send/Receive, loop, self message
    [Differentiable]
    public static double C15(Tensor u, Communicator comm)
    {
        var s1 = Math.Tanh(Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        if (comm.Rank > 0)
        {
            t2 = t2 * 0.5 + comm.Receive(u, comm.Rank - 1, 2);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Tensor.Tanh(Tensor.Sin(t2 * Math.Tanh(0.7))), comm.Rank + 1, 2);
        }
        comm.Send(1.3, comm.Rank, 3);
        s1 = s1 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
        for (var k3 = 0; k3 < 3; k3++)
        {
            acc += Tensor.Sum(t1) * 0.2 * 0.3;
            s2 = s2 * 0.9;
            var sq2 = comm.Isend(s2, (comm.Rank + 1) % comm.Size, 2);
            var rq1 = comm.Irecv((comm.Rank + comm.Size - 1) % comm.Size, 2);
            acc += comm.AllreduceMin(Math.Cos((0.7 * 0.8 - 0.1)) * 0.5 + Tensor.Sum(u) * 0.23) * 0.3;
            comm.Wait(sq2);
            comm.Wait(rq1);
        }
        if (comm.Size > 2)
        {
            if (comm.Rank == 1)
            {
                comm.Send(((t2 * 0.7 + s1 * 0.2) + Tensor.Tanh(t1) * 0.9) * 0.5, comm.Size - 1, 2);
            }
            else
            {
                if (comm.Rank == comm.Size - 1)
                {
                    t2 = t2 * 0.5 + comm.Receive(u, 1, 2) * Tensor.Tanh(Tensor.Sin(t2));
                }
            }
        }
        return comm.ReduceSum(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2, 0);
    }

    // replicated; AllreduceSum, Broadcast, Isend/Irecv, Receive(like), ReduceSum, Send/Receive, rank branch, replicated branch, self message, tokens, value branch
    [Differentiable]
    public static double C16(double a, double b, Tensor u, Tensor q, Communicator comm)
    {
        var tk = comm.Token;
        var s1 = Math.Tanh(a * 0.5 + b * 0.5 + Tensor.Mean(u) + Tensor.Mean(q));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        var r1 = Tensor.Sin(q) * 0.5;
        if (comm.Rank > 0)
        {
            t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank - 1, 1, tk, out tk);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(u) * 0.2)) * 0.2)), comm.Rank + 1, 1, tk, out tk);
        }
        if (Math.Sin(comm.AllreduceSum(1.3, tk, out tk)) > 0.2)
        {
            if (comm.Rank == 0)
            {
                comm.Send(Math.Exp(Math.Tanh(1.3) * 0.3), comm.Rank, 1, tk, out tk);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 1, tk, out tk) * 0.5;
                comm.Send(Math.Cos(Math.Cos(s2) * 0.5) * 0.5, comm.Rank, 1, tk, out tk);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 1, tk, out tk) * 0.5;
                comm.Send(Tensor.Tanh((r1 + r1) * 0.5 * r1), comm.Rank, 1, tk, out tk);
                r1 = r1 * 0.5 + comm.Receive(r1, comm.Rank, 1, tk, out tk) * 0.5;
            }
            else
            {
                comm.Send(a, comm.Rank, 5, tk, out tk);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 5, tk, out tk) * 0.5;
                acc += Math.Tanh(Math.Cos(Tensor.SumOfSquares(Tensor.Tanh(r1)) * 0.1) * 0.5 * Math.Tanh(Math.Tanh(a * 1.3) * (s2 + acc) * 0.5)) * 0.3;
                r1 = r1 * 0.6 + Tensor.Tanh((r1 + r1) * 0.5 * Tensor.Tanh(r1 * Math.Tanh(1.3)) * 0.9) * 0.4;
            }
            var sq2 = comm.Isend(Tensor.Tanh(r1) * 0.9, comm.Rank, 1, tk, out tk);
            var rq1 = comm.Irecv(r1, comm.Rank, 1, tk, out tk);
            comm.Wait(rq1);
            comm.Wait(sq2);
            r1 = r1 * 0.5 + rq1.Tensor * Tensor.Tanh(q);
            r1 = r1 * 0.5 + rq1.Tensor * Tensor.Tanh(r1);
            if (((a * 0.8 - 0.1) * 0.8 - 0.1) > 0.3)
            {
                var sq4 = comm.Isend(Tensor.Tanh(Tensor.Sin(t2)) * 0.9, comm.Rank, 5, tk, out tk);
                var rq3 = comm.Irecv(t1, comm.Rank, 5, tk, out tk);
                comm.Wait(sq4);
                comm.Wait(rq3);
                t1 = t1 * 0.5 + rq3.Tensor * Tensor.Tanh(u);
                t2 = t2 * 0.5 + rq3.Tensor * Tensor.Tanh(Tensor.Sin(t1));
                s1 += Tensor.Sum(Tensor.Exp(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t2) * 0.2)) * 0.2)) * 0.2 * 0.3;
                comm.Send(u, comm.Rank, 1, tk, out tk);
                t2 = t2 * 0.5 + comm.Receive(u, comm.Rank, 1, tk, out tk) * 0.5;
            }
            else
            {
                comm.Send(Tensor.Mean(Tensor.Sin((r1 * 0.7 + a * 0.2))), comm.Rank, 2, tk, out tk);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2, tk, out tk) * 0.5;
                comm.Send((Tensor.Tanh(q * r1) * 0.7 + Math.Sin(s1) * 0.2), comm.Rank, 2, tk, out tk);
                r1 = r1 * 0.5 + comm.Receive(r1, comm.Rank, 2, tk, out tk) * 0.5;
                s2 = (Math.Sin(Tensor.Sum(t2) * 0.2) * 0.8 - 0.1);
            }
        }
        if (comm.Size > 2)
        {
            if (comm.Rank == 1)
            {
                comm.Send(u, comm.Size - 1, 1, tk, out tk);
                comm.Send(Tensor.Sin((t1 * 0.7 + b * 0.2)), comm.Size - 1, 1, tk, out tk);
            }
            else
            {
                if (comm.Rank == comm.Size - 1)
                {
                    t1 = t1 * 0.5 + comm.Receive(t1, 1, 1, tk, out tk) * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t2) * 0.2));
                    t1 = t1 * 0.5 + comm.Receive(t1, 1, 1, tk, out tk) * Tensor.Tanh(Tensor.Tanh(u * t1));
                }
            }
        }
        if (Math.Sin(comm.AllreduceSum((s1 * 0.8 - 0.1), tk, out tk)) > -0.3)
        {
            var rq5 = comm.Irecv((comm.Rank + comm.Size - 1) % comm.Size, 2, tk, out tk);
            var sq6 = comm.Isend(s2, (comm.Rank + 1) % comm.Size, 2, tk, out tk);
            comm.Wait(sq6);
            comm.Wait(rq5);
            r1 = (q * 0.7 + s1 * 0.2);
            var sq8 = comm.Isend(comm.ReduceSum(r1, 0, tk, out tk), (comm.Rank + 1) % comm.Size, 3, tk, out tk);
            var rq7 = comm.Irecv(r1, (comm.Rank + comm.Size - 1) % comm.Size, 3, tk, out tk);
            var rq9 = comm.Irecv((comm.Rank + comm.Size - 1) % comm.Size, 3, tk, out tk);
            var sq10 = comm.Isend((Math.Cos(b) * 0.5 * 0.8 - 0.1), (comm.Rank + 1) % comm.Size, 3, tk, out tk);
            s1 += b * 0.3;
            r1 = Tensor.Tanh(Tensor.Tanh(q * q * Math.Tanh(1.3)) * Tensor.Tanh(Tensor.Tanh(r1 * q)) * 0.9);
            comm.Wait(rq9);
            comm.Wait(rq7);
            comm.Wait(sq10);
            comm.Wait(sq8);
            r1 = r1 * 0.5 + rq7.Tensor * Tensor.Tanh(r1 * Math.Tanh(acc));
            r1 = r1 * 0.5 + rq7.Tensor * Tensor.Tanh(q);
            s2 = s2 * 0.5 + rq9.Value * (1.3);
            acc += Tensor.SumOfSquares(Tensor.Tanh(u)) * 0.1 * 0.3;
        }
        else
        {
            comm.Send(Tensor.Exp(Tensor.Tanh((r1 * 0.7 + b * 0.2)) * 0.2), comm.Rank, 5, tk, out tk);
            r1 = r1 * 0.5 + comm.Receive(q, comm.Rank, 5, tk, out tk) * 0.5;
            s1 = b;
            if (comm.Size > 1)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(Tensor.Sin(u), 1, 5, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            t2 = t2 * 0.5 + comm.Receive(t2, 0, 5, tk, out tk) * Tensor.Tanh(Tensor.Tanh(t1) * 0.9);
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(Tensor.Exp(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(q) * 0.2)) * 0.2), 0, 3, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            r1 = r1 * 0.5 + comm.Receive(q, comm.Size - 1, 3, tk, out tk) * Tensor.Tanh(q);
                        }
                    }
                }
                var rq11 = comm.Irecv(t1, comm.Rank, 5, tk, out tk);
                var sq12 = comm.Isend(Tensor.Tanh((t1 + t1) * 0.5 * Tensor.Tanh(u) * 0.9), comm.Rank, 5, tk, out tk);
                comm.Wait(sq12);
                comm.Wait(rq11);
            }
            else
            {
                acc += Math.Exp(Math.Tanh(Math.Cos(Math.Tanh(s2) * (comm.Size - 0.5) * 0.3) * 0.5) * 0.3) * 0.3;
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(Tensor.SumOfSquares(Tensor.Tanh((q * 0.7 + s1 * 0.2))) * 0.1, 1, 3, tk, out tk);
                        comm.Send(a, 1, 3, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            acc = acc * 0.5 + comm.Receive(0, 3, tk, out tk) * Tensor.SumOfSquares(Tensor.Tanh(q)) * 0.1;
                            s1 = s1 * 0.5 + comm.Receive(0, 3, tk, out tk) * Math.Sin(b);
                        }
                    }
                }
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send((Tensor.Tanh(u) * 0.9 + t1) * 0.5, comm.Size - 1, 2, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            t2 = t2 * 0.5 + comm.Receive(t1, 1, 2, tk, out tk) * Tensor.Tanh(t2 * Math.Tanh(s1));
                        }
                    }
                }
            }
            t1 = (Tensor.Tanh(comm.AllreduceSum(t2 * 0.5, tk, out tk)) + t2 * 0.3 * 0.7 + b * 0.2) * Math.Tanh(Math.Exp(Math.Tanh(s1) * 0.3));
        }
        s1 += Tensor.Sum(Tensor.Tanh(r1 * Tensor.Tanh(comm.AllreduceSum(q * 0.5, tk, out tk)) + q * 0.3)) * 0.2 * 0.3;
        if (comm.Rank > 0)
        {
            t2 = t2 * 0.5 + comm.Receive(t1, comm.Rank - 1, 3, tk, out tk);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Tensor.Tanh(u), comm.Rank + 1, 3, tk, out tk);
        }
        return Math.Tanh(comm.Broadcast(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(Tensor.Tanh(r1)) * 0.2, comm.Size - 1, tk, out _));
    }

    // replicated; AllreduceMin, Broadcast, Gather, Isend/Irecv, Send/Receive, call, loop, rank branch, replicated branch, self message, tokens, unused
    [Differentiable]
    public static double C17(double a, double b, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5);
        var s2 = 0.25;
        var acc = 0.0;
        if (Math.Sin(comm.AllreduceSum(Math.Cos(a) * 0.5)) > -0.3)
        {
            s2 += s1 * 0.3;
            for (var k8 = 0; k8 < 3; k8++)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(Math.Tanh(s1) * (comm.Size - 0.5) * 0.3, 0, 3);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            acc = acc * 0.5 + comm.Receive(comm.Size - 1, 3) * Math.Cos(s1) * 0.5;
                        }
                    }
                }
                comm.Send(Math.Sin(Math.Tanh(a * s1)), comm.Rank, 1);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(s2, 0, 1);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            s1 = s1 * 0.5 + comm.Receive(comm.Size - 1, 1) * Math.Exp(Math.Tanh(0.7) * 0.3);
                        }
                    }
                }
                if (comm.Rank > 0)
                {
                    s2 = s2 * 0.5 + comm.Receive(comm.Rank - 1, 5);
                }
                if (comm.Rank < comm.Size - 1)
                {
                    comm.Send(Math.Tanh(Math.Exp(Math.Tanh(Math.Exp(Math.Tanh(s2) * 0.3)) * 0.3)), comm.Rank + 1, 5);
                }
            }
            var unused1 = Tensor.Sum(comm.Gather(s1, 1 % comm.Size)) * 0.3;
        }
        var unused2 = Tensor.Sum(comm.Gather(CTok(s1, comm), 0)) * 0.3;
        comm.Send(Math.Tanh(Math.Exp(Math.Tanh(s1) * 0.3)) * (comm.Size - 0.5) * 0.3, comm.Rank, 3);
        s1 = s1 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
        if (comm.Size % 2 == 0)
        {
            s1 = (Math.Sin(Math.Sin(acc)) + (b * 0.8 - 0.1)) * 0.5;
            var sq4 = comm.Isend(Math.Tanh((a + s2) * 0.5 * Math.Tanh(a * s1)), (comm.Rank + comm.Size - 1) % comm.Size, 5);
            var rq3 = comm.Irecv((comm.Rank + 1) % comm.Size, 5);
            comm.Wait(rq3);
            comm.Wait(sq4);
            acc += s2 * 0.3;
            var unused5 = comm.AllreduceMin(Math.Sin(-0.4) + b * 0.37);
        }
        if (comm.Size > 2)
        {
            if (comm.Rank == 1)
            {
                comm.Send(Math.Tanh(0.7 * Math.Sin(a)), comm.Size - 1, 5);
            }
            else
            {
                if (comm.Rank == comm.Size - 1)
                {
                    s2 = s2 * 0.5 + comm.Receive(1, 5) * Math.Tanh(s2 * b);
                }
            }
        }
        for (var k9 = 0; k9 < 3; k9++)
        {
            if (comm.Rank == 0)
            {
                comm.Send((Math.Tanh(-0.4 * a) + (b + acc) * 0.5) * 0.5, comm.Rank, 2);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                var sq7 = comm.Isend(Math.Sin(Math.Exp(Math.Tanh(a) * 0.3)), comm.Rank, 3);
                var rq6 = comm.Irecv(comm.Rank, 3);
                comm.Wait(rq6);
                comm.Wait(sq7);
                s1 = s1 * 0.5 + rq6.Value * (b);
            }
            if (comm.Size > 2)
            {
                if (comm.Rank == 1)
                {
                    comm.Send((acc * 0.8 - 0.1), comm.Size - 1, 2);
                }
                else
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        s1 = s1 * 0.5 + comm.Receive(1, 2) * Math.Cos(s2) * 0.5;
                    }
                }
            }
            if (comm.Rank == 0)
            {
                s1 = b;
                comm.Send((Math.Exp(Math.Tanh(b) * 0.3) * 0.8 - 0.1), comm.Rank, 1);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
                comm.Send(acc, comm.Rank, 2);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                comm.Send((acc + Math.Sin(a)) * 0.5, comm.Rank, 3);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
            }
        }
        if (comm.Rank == 0)
        {
            acc += Math.Exp(Math.Tanh(Math.Sin(a)) * 0.3) * 0.3;
            acc += acc * 0.3;
        }
        return Math.Tanh(comm.Broadcast(acc + s1 * 0.3 + Math.Sin(s2), comm.Size - 1));
    }

    // replicated; AllreduceMax, AllreduceSum, Broadcast, call, unused
    [Differentiable]
    public static double C18(double a, double b, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5);
        var s2 = 0.25;
        var acc = 0.0;
        var unused1 = Math.Sin(comm.AllreduceSum(Math.Cos(acc) * 0.5) * 0.5) + Math.Cos(acc) * 0.5 * 0.2;
        acc += a * 0.3;
        s1 = Math.Sin(CMix(s1, comm));
        var unused2 = comm.Broadcast(acc, comm.Size - 1);
        return comm.AllreduceMax(acc + s1 * 0.3 + Math.Sin(s2) + b * 0.37) * 0.5 + comm.AllreduceSum(s1 * s1) + Math.Sin(s2) * 0.5;
    }

    // replicated; AllreduceSum, Gather, Isend/Irecv, Receive(like), Send/Receive, SendReceive, token parameter
    [Differentiable]
    public static double C19(double a, double b, Tensor u, int rows, int columns, Communicator comm, CommToken token)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5 + Tensor.Mean(u));
        var s2 = comm.Broadcast(0.25, 0, token, out var tk);
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        acc += Tensor.Sum(comm.AllreduceSum(comm.SendReceive(t1, (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 5, tk, out tk), tk, out tk)) * 0.2 * 0.3;
        s2 = s2 * 0.9;
        acc += (Math.Tanh(Math.Sin(s2)) * (comm.Size - 0.5) * 0.3 * 0.8 - 0.1) * 0.3;
        if (comm.Rank > 0)
        {
            t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank - 1, 2, tk, out tk);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Tensor.Tanh(t2), comm.Rank + 1, 2, tk, out tk);
        }
        var sq2 = comm.Isend(Tensor.Tanh(Tensor.Tanh(comm.AllreduceSum(u * 0.5, tk, out tk)) + u * 0.3) * 0.9, (comm.Rank + 1) % comm.Size, 2, tk, out tk);
        var rq1 = comm.Irecv(u, (comm.Rank + comm.Size - 1) % comm.Size, 2, tk, out tk);
        s1 += Tensor.Dot(u, Tensor.Tanh(comm.AllreduceSum(Tensor.Sin(u) * 0.5, tk, out tk)) + Tensor.Sin(u) * 0.3) * 0.1 * 0.3;
        acc += (s2 * 0.8 - 0.1) * 0.3;
        comm.Wait(sq2);
        comm.Wait(rq1);
        s2 = Tensor.Sum(comm.Gather(a, 1 % comm.Size, tk, out tk)) * 0.3;
        if (comm.Rank > 0)
        {
            s1 = s1 * 0.5 + comm.Receive(comm.Rank - 1, 5, tk, out tk);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Math.Tanh(Tensor.Dot(Tensor.Tanh(t2 * u), Tensor.Tanh(t2) * 0.9) * 0.1), comm.Rank + 1, 5, tk, out tk);
        }
        return comm.AllreduceSum(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2, tk, out _) + Math.Sin(acc) * 0.5;
    }

    // rank-local; AllreduceSum, HaloExchange, Isend/Irecv, Receive(like), Send/Receive, call, loop, rank branch, replicated branch, self message, value branch
    [Differentiable]
    public static double C20(double a, Tensor u, Tensor q, int rows, int columns, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u) + Tensor.Mean(q));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        var r1 = Tensor.Sin(q) * 0.5;
        s2 = Math.Exp(Math.Tanh(Math.Tanh(-0.4 * Tensor.Mean(Tensor.Sin(t2)))) * 0.3);
        var rq1 = comm.Irecv(u, (comm.Rank + comm.Size - 1) % comm.Size, 1);
        var sq2 = comm.Isend(Tensor.Tanh(Tensor.Tanh(t1) * 0.9) * 0.9, (comm.Rank + 1) % comm.Size, 1);
        s2 = a;
        r1 = q;
        comm.Wait(sq2);
        comm.Wait(rq1);
        t2 = t2 * 0.5 + rq1.Tensor * Tensor.Tanh(t2 * Math.Tanh(acc));
        if (Math.Sin(comm.AllreduceSum(a)) > -0.3)
        {
            if (comm.Size > 2)
            {
                if (comm.Rank == 1)
                {
                    comm.Send(Tensor.Tanh((r1 * 0.7 + s1 * 0.2) * Tensor.Tanh(q) * 0.9), comm.Size - 1, 1);
                    comm.Send(Tensor.Exp(Tensor.Tanh(Tensor.Tanh(q) * 0.9) * 0.2), comm.Size - 1, 1);
                }
                else
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        r1 = r1 * 0.5 + comm.Receive(q, 1, 1) * Tensor.Tanh((q * 0.7 + s1 * 0.2));
                        r1 = r1 * 0.5 + comm.Receive(r1, 1, 1) * Tensor.Tanh((q + q) * 0.5);
                    }
                }
            }
            t2 = Tensor.Tanh(CHalo(Tensor.Tanh(u * t1), rows, columns, comm)) * 0.9;
            if (comm.Size > 1)
            {
                if (comm.Rank == comm.Size - 1)
                {
                    var sq4 = comm.Isend((Tensor.Exp(Tensor.Tanh(t1) * 0.2) + Tensor.Tanh(u) * 0.9) * 0.5, 0, 3);
                    comm.Wait(sq4);
                    comm.Send(u, 0, 3);
                }
                else
                {
                    if (comm.Rank == 0)
                    {
                        var rq3 = comm.Irecv(u, comm.Size - 1, 3);
                        comm.Wait(rq3);
                        t2 = t2 * 0.5 + comm.Receive(t2, comm.Size - 1, 3) * 0.5;
                        t1 = t1 * 0.5 + rq3.Tensor * Tensor.Tanh((t2 + u) * 0.5);
                    }
                }
            }
            acc += 1.3 * 0.3;
        }
        else
        {
            if (comm.Size > 2)
            {
                if (comm.Rank == 1)
                {
                    comm.Send(Tensor.Tanh((u + u) * 0.5) * 0.9, comm.Size - 1, 1);
                }
                else
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        t2 = t2 * 0.5 + comm.Receive(u, 1, 1) * Tensor.Tanh(t1);
                    }
                }
            }
            s1 = (s1 + (Math.Tanh(s2 * acc) + Math.Cos(a) * 0.5) * 0.5) * 0.5;
        }
        if (s1 > 0.3)
        {
            if ((s1 * 0.8 - 0.1) > 0.6)
            {
                comm.Send(Tensor.Dot(u, Tensor.Sin(u)) * 0.1, comm.Rank, 2);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                t2 = Tensor.Exp(Tensor.Tanh(t1) * 0.2);
                var sq6 = comm.Isend(Tensor.Sin(q), comm.Rank, 2);
                var rq5 = comm.Irecv(r1, comm.Rank, 2);
                comm.Wait(sq6);
                comm.Wait(rq5);
                r1 = r1 * 0.5 + rq5.Tensor * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(q) * 0.2));
            }
            if (comm.Rank % 2 == 1)
            {
                comm.Send((t1 * Math.Tanh(acc) + Tensor.Tanh(t2 * t2)) * 0.5, comm.Rank, 1);
                t2 = t2 * 0.5 + comm.Receive(u, comm.Rank, 1) * 0.5;
                comm.Send(q, comm.Rank, 5);
                r1 = r1 * 0.5 + comm.Receive(r1, comm.Rank, 5) * 0.5;
                var sq8 = comm.Isend((Tensor.Sum(r1) * 0.2 * 0.8 - 0.1), comm.Rank, 5);
                var rq7 = comm.Irecv(comm.Rank, 5);
                comm.Wait(rq7);
                comm.Wait(sq8);
                acc = acc * 0.5 + rq7.Value * (acc);
            }
            else
            {
                comm.Send(Tensor.Tanh(Tensor.Tanh(t2) * 0.9 * Tensor.Tanh(t1) * 0.9), comm.Rank, 3);
                t2 = t2 * 0.5 + comm.Receive(u, comm.Rank, 3) * 0.5;
                var rq9 = comm.Irecv(t2, comm.Rank, 5);
                var sq10 = comm.Isend(((u * 0.7 + acc * 0.2) + t1) * 0.5, comm.Rank, 5);
                comm.Wait(rq9);
                comm.Wait(sq10);
                t1 = t1 * 0.5 + rq9.Tensor * Tensor.Tanh(Tensor.Tanh(t2) * 0.9);
                comm.Send((q * Math.Tanh(s2) + q) * 0.5, comm.Rank, 5);
                r1 = r1 * 0.5 + comm.Receive(q, comm.Rank, 5) * 0.5;
                t1 = (Tensor.Exp(Tensor.Tanh(t2) * 0.2) + Tensor.Tanh(t2 * Tensor.Sin(u))) * 0.5;
            }
        }
        else
        {
            var sq12 = comm.Isend(s1, comm.Rank, 2);
            var rq11 = comm.Irecv(comm.Rank, 2);
            comm.Wait(rq11);
            comm.Wait(sq12);
            if (comm.Rank == comm.Size - 1)
            {
                comm.Send(Tensor.Mean(Tensor.Sin(Tensor.Sin(q))), comm.Rank, 3);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
                comm.Send(Tensor.Tanh(t1) * 0.9, comm.Rank, 2);
                t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank, 2) * 0.5;
                comm.Send(Tensor.Tanh(Tensor.Tanh(t1) * 0.9) * 0.9, comm.Rank, 5);
                t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank, 5) * 0.5;
                t1 = Tensor.Tanh(Tensor.Exp(Tensor.Tanh(Tensor.Tanh(t2) * 0.9) * 0.2) * t2);
            }
            for (var k17 = 0; k17 < 3; k17++)
            {
                acc += Math.Exp(Math.Tanh(Math.Tanh(a * Math.Exp(Math.Tanh(a) * 0.3))) * 0.3) * 0.3;
                acc += Tensor.Sum(Tensor.Tanh(u) * 0.9) * 0.2 * 0.3;
                s1 = acc;
            }
            for (var k18 = 0; k18 < 3; k18++)
            {
                comm.Send((Tensor.Tanh(t2) * 0.9 * 0.7 + Tensor.Dot(u, t2) * 0.1 * 0.2), comm.Rank, 5);
                t2 = t2 * 0.5 + comm.Receive(u, comm.Rank, 5) * 0.5;
                comm.Send(Tensor.Dot(t2, t2) * 0.1, comm.Rank, 2);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                comm.Send((Math.Sin(1.3) + (s2 * 0.8 - 0.1)) * 0.5, comm.Rank, 2);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
            }
        }
        var rq13 = comm.Irecv(t2, (comm.Rank + comm.Size - 1) % comm.Size, 2);
        var sq14 = comm.Isend(t2, (comm.Rank + 1) % comm.Size, 2);
        var rq15 = comm.Irecv(q, (comm.Rank + 1) % comm.Size, 1);
        var sq16 = comm.Isend(Tensor.Tanh(comm.AllreduceSum((q + r1) * 0.5 * 0.5)) + (q + r1) * 0.5 * 0.3, (comm.Rank + comm.Size - 1) % comm.Size, 1);
        comm.Wait(rq15);
        comm.Wait(sq14);
        comm.Wait(rq13);
        comm.Wait(sq16);
        t1 = t1 * 0.5 + rq13.Tensor * Tensor.Tanh(u * Math.Tanh(s2));
        return acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(Tensor.Tanh(r1)) * 0.2 + a * 0.1;
    }

    // rank-local; Allgather, AllreduceMin, AllreduceSum, Isend/Irecv, Receive(like), ReduceSum, Send/Receive, SendReceive, loop, replicated branch, self message, token parameter
    [Differentiable]
    public static double C21(Tensor u, Tensor w, Communicator comm, CommToken token)
    {
        var s1 = Math.Tanh(Tensor.Mean(u) + Tensor.Mean(w));
        comm.Barrier(token, out var tk);
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(w);
        var t2 = Tensor.Tanh(w);
        for (var k11 = 0; k11 < 2; k11++)
        {
            for (var k12 = 0; k12 < 2; k12++)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send((s2 * 0.8 - 0.1), 0, 5, tk, out tk);
                        comm.Send((Tensor.SumOfSquares(Tensor.Tanh(w)) * 0.1 + (s2 * 0.8 - 0.1)) * 0.5, 0, 5, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            acc = acc * 0.5 + comm.Receive(comm.Size - 1, 5, tk, out tk) * Math.Sin(s2);
                            s1 = s1 * 0.5 + comm.Receive(comm.Size - 1, 5, tk, out tk) * s2;
                        }
                    }
                }
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(s1, comm.Size - 1, 1, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            s2 = s2 * 0.5 + comm.Receive(1, 1, tk, out tk) * Math.Tanh(acc * s1);
                        }
                    }
                }
                acc += s1 * 0.3;
            }
            for (var k13 = 0; k13 < 2; k13++)
            {
                var rq1 = comm.Irecv((comm.Rank + comm.Size - 1) % comm.Size, 1, tk, out tk);
                var sq2 = comm.Isend(Math.Tanh(comm.SendReceive(s1, (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 2, tk, out tk)) * (comm.Size - 0.5) * 0.3, (comm.Rank + 1) % comm.Size, 1, tk, out tk);
                var sq4 = comm.Isend(Tensor.Sin(comm.SendReceive(u, (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 3, tk, out tk)), (comm.Rank + comm.Size - 1) % comm.Size, 3, tk, out tk);
                var rq3 = comm.Irecv(u, (comm.Rank + 1) % comm.Size, 3, tk, out tk);
                t1 = t1 * 0.9;
                t1 = Tensor.Tanh(Tensor.Tanh(Tensor.Tanh(u * t2) * Tensor.Tanh(t2 * u))) * 0.9;
                comm.Wait(sq2);
                comm.Wait(rq3);
                comm.Wait(rq1);
                comm.Wait(sq4);
                s1 = s1 * 0.5 + rq1.Value * (Math.Tanh(acc) * (comm.Size - 0.5) * 0.3);
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send((Tensor.Sum(t1) * 0.2 * 0.8 - 0.1), 0, 3, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            acc = acc * 0.5 + comm.Receive(comm.Size - 1, 3, tk, out tk) * acc;
                        }
                    }
                }
                acc += (comm.ReduceSum((acc * 0.8 - 0.1), 0, tk, out tk) * 0.8 - 0.1) * 0.3;
            }
            for (var k14 = 0; k14 < 2; k14++)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(Tensor.Sum(Tensor.Exp(Tensor.Tanh(w) * 0.2)) * 0.2, 0, 1, tk, out tk);
                        comm.Send(s1, 0, 1, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            acc = acc * 0.5 + comm.Receive(comm.Size - 1, 1, tk, out tk) * Math.Sin(0.7);
                            acc = acc * 0.5 + comm.Receive(comm.Size - 1, 1, tk, out tk) * Tensor.Mean(Tensor.Sin(t1));
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send((Tensor.Sin(t1) * 0.7 + Tensor.Sum(u) * 0.2 * 0.2), 1, 2, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            t2 = t2 * 0.5 + comm.Receive(t1, 0, 2, tk, out tk) * Tensor.Tanh(Tensor.Sin(w));
                        }
                    }
                }
            }
            comm.Send((Tensor.Tanh(u) * 0.9 * 0.7 + s2 * 0.2), comm.Rank, 5, tk, out tk);
            t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 5, tk, out tk) * 0.5;
        }
        t2 = (comm.AllreduceSum(t2, tk, out tk) * 0.7 + Math.Sin(comm.AllreduceMin(s1 + Tensor.Sum(w) * 0.23, tk, out tk)) * 0.2);
        if (comm.Size % 2 == 0)
        {
            for (var k15 = 0; k15 < 2; k15++)
            {
                if (comm.Rank > 0)
                {
                    t2 = t2 * 0.5 + comm.Receive(u, comm.Rank - 1, 2, tk, out tk);
                }
                if (comm.Rank < comm.Size - 1)
                {
                    comm.Send(Tensor.Tanh(u), comm.Rank + 1, 2, tk, out tk);
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send((t1 + (w * 0.7 + s1 * 0.2)) * 0.5, 0, 1, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            t1 = t1 * 0.5 + comm.Receive(t2, comm.Size - 1, 1, tk, out tk) * Tensor.Tanh(w);
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(Math.Tanh(Math.Cos(-0.4) * 0.5) * (comm.Size - 0.5) * 0.3, 1, 3, tk, out tk);
                        comm.Send(s2, 1, 3, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            s1 = s1 * 0.5 + comm.Receive(0, 3, tk, out tk) * Tensor.Sum(u) * 0.2;
                            acc = acc * 0.5 + comm.Receive(0, 3, tk, out tk) * s1;
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send((s1 * 0.8 - 0.1), 1, 5, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            s2 = s2 * 0.5 + comm.Receive(0, 5, tk, out tk) * s2;
                        }
                    }
                }
            }
            var sq6 = comm.Isend(Math.Tanh((-0.4 * 0.8 - 0.1)) * (comm.Size - 0.5) * 0.3, (comm.Rank + 1) % comm.Size, 1, tk, out tk);
            var rq5 = comm.Irecv((comm.Rank + comm.Size - 1) % comm.Size, 1, tk, out tk);
            s1 = Math.Sin(Math.Tanh(Math.Tanh(acc) * (comm.Size - 0.5) * 0.3) * (comm.Size - 0.5) * 0.3);
            comm.Wait(rq5);
            comm.Wait(sq6);
            s2 = s2 * 0.5 + rq5.Value * ((0.7 + s2) * 0.5);
            s1 = s1 * 0.5 + rq5.Value * (acc);
            var rq7 = comm.Irecv(t2, comm.Rank, 2, tk, out tk);
            var sq8 = comm.Isend(u * Math.Tanh((s2 * 0.8 - 0.1)), comm.Rank, 2, tk, out tk);
            comm.Wait(rq7);
            comm.Wait(sq8);
            for (var k16 = 0; k16 < 2; k16++)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(Tensor.SumOfSquares(Tensor.Tanh(w)) * 0.1, 0, 2, tk, out tk);
                        comm.Send(((s2 + s2) * 0.5 * 0.8 - 0.1), 0, 2, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            acc = acc * 0.5 + comm.Receive(comm.Size - 1, 2, tk, out tk) * (acc * 0.8 - 0.1);
                            s1 = s1 * 0.5 + comm.Receive(comm.Size - 1, 2, tk, out tk) * Tensor.Sum(w) * 0.2;
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send((Tensor.Sin(t1) + Tensor.Tanh(u * t1)) * 0.5, 0, 5, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            t1 = t1 * 0.5 + comm.Receive(w, comm.Size - 1, 5, tk, out tk) * Tensor.Tanh(Tensor.Tanh(t1) * 0.9);
                        }
                    }
                }
                var sq10 = comm.Isend((t1 + comm.AllreduceSum(w, tk, out tk)) * 0.5, (comm.Rank + comm.Size - 1) % comm.Size, 1, tk, out tk);
                var rq9 = comm.Irecv(u, (comm.Rank + 1) % comm.Size, 1, tk, out tk);
                s1 += Math.Tanh(Tensor.SumOfSquares(comm.Allgather(s2, tk, out tk)) * 0.2 * 0.7) * 0.3;
                comm.Wait(sq10);
                comm.Wait(rq9);
                t1 = t1 * 0.5 + rq9.Tensor * Tensor.Tanh(Tensor.Tanh(t2) * 0.9);
            }
        }
        if (comm.Size > 1)
        {
            if (comm.Rank == 0)
            {
                comm.Send(Tensor.Tanh(u) * 0.9 * Math.Tanh((s1 * 0.8 - 0.1)), 1, 3, tk, out tk);
            }
            else
            {
                if (comm.Rank == 1)
                {
                    t1 = t1 * 0.5 + comm.Receive(u, 0, 3, tk, out tk) * Tensor.Tanh(u * Math.Tanh(s1));
                }
            }
        }
        return acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(u) * 0.05;
    }

    // rank-local; Isend/Irecv, Receive(like), ReduceSum, Send/Receive, loop, self message
    [Differentiable]
    public static double C22(double a, Tensor u, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        var rq1 = comm.Irecv((comm.Rank + 1) % comm.Size, 3);
        var sq2 = comm.Isend(Math.Tanh(Tensor.SumOfSquares(Tensor.Tanh(t1)) * 0.1 * (s2 + -0.4) * 0.5), (comm.Rank + comm.Size - 1) % comm.Size, 3);
        s2 = Tensor.Sum(t2) * 0.2;
        s2 = Math.Tanh(s1 * Math.Cos(a) * 0.5);
        comm.Wait(rq1);
        comm.Wait(sq2);
        s2 = s2 * 0.5 + rq1.Value * (Tensor.Mean(Tensor.Sin(t2)));
        var rq3 = comm.Irecv(u, (comm.Rank + 1) % comm.Size, 2);
        var sq4 = comm.Isend(Tensor.Tanh(u * t2) * Math.Tanh((acc + a) * 0.5), (comm.Rank + comm.Size - 1) % comm.Size, 2);
        t1 = t1 * 0.6 + comm.ReduceSum(Tensor.Sin(Tensor.Tanh(t2) * 0.9), 0) * 0.4;
        comm.Wait(rq3);
        comm.Wait(sq4);
        var rq5 = comm.Irecv((comm.Rank + comm.Size - 1) % comm.Size, 1);
        var sq6 = comm.Isend(Tensor.Sum(t2) * 0.2, (comm.Rank + 1) % comm.Size, 1);
        comm.Wait(sq6);
        comm.Wait(rq5);
        comm.Send(Math.Tanh(Tensor.SumOfSquares(Tensor.Tanh(t2)) * 0.1) * (comm.Size - 0.5) * 0.3, comm.Rank, 5);
        s1 = s1 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
        for (var k9 = 0; k9 < 2; k9++)
        {
            var rq7 = comm.Irecv(comm.Rank, 1);
            var sq8 = comm.Isend(Math.Tanh(acc) * (comm.Size - 0.5) * 0.3, comm.Rank, 1);
            comm.Wait(rq7);
            comm.Wait(sq8);
            s1 = s1 * 0.5 + rq7.Value * (s1);
            if (comm.Size > 1)
            {
                if (comm.Rank == 0)
                {
                    comm.Send(((t2 * 0.7 + s1 * 0.2) * 0.7 + Math.Tanh(s2 * s2) * 0.2), 1, 2);
                    comm.Send((Tensor.Sin(t1) * 0.7 + -0.4 * 0.2), 1, 2);
                }
                else
                {
                    if (comm.Rank == 1)
                    {
                        t2 = t2 * 0.5 + comm.Receive(t2, 0, 2) * Tensor.Tanh((t1 + u) * 0.5);
                        t2 = t2 * 0.5 + comm.Receive(t2, 0, 2) * Tensor.Tanh(Tensor.Tanh(t1) * 0.9);
                    }
                }
            }
        }
        if (comm.Size > 1)
        {
            if (comm.Rank == 0)
            {
                comm.Send(Tensor.Tanh(u) * 0.9, 1, 2);
            }
            else
            {
                if (comm.Rank == 1)
                {
                    t2 = t2 * 0.5 + comm.Receive(t2, 0, 2) * Tensor.Tanh(Tensor.Sin(u));
                }
            }
        }
        if (comm.Size > 2)
        {
            if (comm.Rank == 1)
            {
                comm.Send(Tensor.SumOfSquares(Tensor.Tanh((t1 + t2) * 0.5)) * 0.1, comm.Size - 1, 2);
                comm.Send(a, comm.Size - 1, 2);
            }
            else
            {
                if (comm.Rank == comm.Size - 1)
                {
                    s2 = s2 * 0.5 + comm.Receive(1, 2) * a;
                    s2 = s2 * 0.5 + comm.Receive(1, 2) * Math.Tanh(s1) * (comm.Size - 0.5) * 0.3;
                }
            }
        }
        return comm.ReduceSum(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2, 1 % comm.Size);
    }

    // replicated; AllreduceSum, Isend/Irecv, Receive(like), Send/Receive, loop, rank branch, self message, token parameter, value branch
    [Differentiable]
    public static double C23(double a, Tensor u, Tensor q, int rows, int columns, Communicator comm, CommToken token)
    {
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u) + Tensor.Mean(q));
        var s2 = comm.Broadcast(0.25, 0, token, out var tk);
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        var r1 = Tensor.Sin(q) * 0.5;
        if (s1 > 0.3)
        {
            t2 = (t1 * 0.7 + Math.Tanh(Tensor.Sum(t1) * 0.2 * a) * 0.2);
            var rq1 = comm.Irecv(comm.Rank, 5, tk, out tk);
            var sq2 = comm.Isend(s2, comm.Rank, 5, tk, out tk);
            comm.Wait(sq2);
            comm.Wait(rq1);
            s2 = s2 * 0.5 + rq1.Value * (Tensor.Sum(r1) * 0.2);
        }
        if (comm.Rank > 0)
        {
            t1 = t1 * 0.5 + comm.Receive(u, comm.Rank - 1, 1, tk, out tk);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(u) * 0.2)), comm.Rank + 1, 1, tk, out tk);
        }
        if (a > 0.3)
        {
            if (Math.Sin(s1) > 0.6)
            {
                s2 = acc;
                var sq4 = comm.Isend(s2, comm.Rank, 5, tk, out tk);
                var rq3 = comm.Irecv(comm.Rank, 5, tk, out tk);
                comm.Wait(sq4);
                comm.Wait(rq3);
            }
            else
            {
                r1 = Tensor.Sin(Tensor.Exp(Tensor.Tanh(Tensor.Sin(q)) * 0.2));
                comm.Send(Math.Exp(Math.Tanh(Tensor.Dot(q, q) * 0.1) * 0.3), comm.Rank, 2, tk, out tk);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2, tk, out tk) * 0.5;
                s1 = Tensor.Sum(((q * 0.7 + acc * 0.2) * 0.7 + (s2 * 0.8 - 0.1) * 0.2)) * 0.2;
                s1 += Math.Tanh(Tensor.Mean(Tensor.Sin(r1)) * a) * 0.3;
            }
            if (comm.Rank % 2 == 1)
            {
                comm.Send((Tensor.Tanh(t1 * t2) + u) * 0.5, comm.Rank, 3, tk, out tk);
                t2 = t2 * 0.5 + comm.Receive(u, comm.Rank, 3, tk, out tk) * 0.5;
                comm.Send(((r1 + r1) * 0.5 * 0.7 + Tensor.Sum(q) * 0.2 * 0.2), comm.Rank, 1, tk, out tk);
                r1 = r1 * 0.5 + comm.Receive(r1, comm.Rank, 1, tk, out tk) * 0.5;
                comm.Send(Tensor.Exp(Tensor.Tanh(t1) * 0.2), comm.Rank, 5, tk, out tk);
                t1 = t1 * 0.5 + comm.Receive(u, comm.Rank, 5, tk, out tk) * 0.5;
                comm.Send(Tensor.Tanh(t1) * 0.9, comm.Rank, 5, tk, out tk);
                t2 = t2 * 0.5 + comm.Receive(u, comm.Rank, 5, tk, out tk) * 0.5;
            }
            s2 += ((acc + Tensor.Dot(t1, t2) * 0.1) * 0.5 * 0.8 - 0.1) * 0.3;
        }
        comm.Send(r1, comm.Rank, 1, tk, out tk);
        r1 = r1 * 0.5 + comm.Receive(r1, comm.Rank, 1, tk, out tk) * 0.5;
        if ((Tensor.Dot(t2, t1) * 0.1 + Math.Cos(s1) * 0.5) * 0.5 > 0.0)
        {
            if (comm.Rank % 2 == 1)
            {
                comm.Send(Math.Exp(Math.Tanh(Tensor.SumOfSquares(Tensor.Tanh(t2)) * 0.1) * 0.3), comm.Rank, 1, tk, out tk);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 1, tk, out tk) * 0.5;
                acc += Math.Tanh((Tensor.SumOfSquares(Tensor.Tanh(t1)) * 0.1 + Tensor.SumOfSquares(Tensor.Tanh(t2)) * 0.1) * 0.5 * Tensor.Dot(Tensor.Tanh(u) * 0.9, (t1 * 0.7 + s2 * 0.2)) * 0.1) * 0.3;
            }
            else
            {
                comm.Send(q, comm.Rank, 5, tk, out tk);
                r1 = r1 * 0.5 + comm.Receive(q, comm.Rank, 5, tk, out tk) * 0.5;
                comm.Send(u, comm.Rank, 2, tk, out tk);
                t1 = t1 * 0.5 + comm.Receive(u, comm.Rank, 2, tk, out tk) * 0.5;
                acc += Tensor.SumOfSquares(Tensor.Tanh(Tensor.Tanh(r1) * 0.9 * Math.Tanh(Tensor.Dot(t2, u) * 0.1))) * 0.1 * 0.3;
                comm.Send(Math.Tanh(Math.Sin(a)) * (comm.Size - 0.5) * 0.3, comm.Rank, 1, tk, out tk);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 1, tk, out tk) * 0.5;
            }
            if (Tensor.Mean(Tensor.Sin((u + u) * 0.5)) > 0.3)
            {
                comm.Send(t2, comm.Rank, 5, tk, out tk);
                t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 5, tk, out tk) * 0.5;
                comm.Send(Tensor.Tanh(Tensor.Tanh(q * q) * r1), comm.Rank, 3, tk, out tk);
                r1 = r1 * 0.5 + comm.Receive(q, comm.Rank, 3, tk, out tk) * 0.5;
                acc += Tensor.Mean(Tensor.Sin(u)) * 0.3;
                comm.Send(Tensor.Exp(Tensor.Tanh((r1 + q) * 0.5) * 0.2), comm.Rank, 3, tk, out tk);
                r1 = r1 * 0.5 + comm.Receive(r1, comm.Rank, 3, tk, out tk) * 0.5;
            }
            comm.Send(Tensor.Mean(Tensor.Sin(q * Math.Tanh(acc))), comm.Rank, 3, tk, out tk);
            s1 = s1 * 0.5 + comm.Receive(comm.Rank, 3, tk, out tk) * 0.5;
        }
        else
        {
            var sq6 = comm.Isend(Tensor.Tanh((q + r1) * 0.5) * 0.9, comm.Rank, 5, tk, out tk);
            var rq5 = comm.Irecv(r1, comm.Rank, 5, tk, out tk);
            comm.Wait(sq6);
            comm.Wait(rq5);
            r1 = r1 * 0.5 + rq5.Tensor * Tensor.Tanh(Tensor.Tanh(q * r1));
            for (var k15 = 0; k15 < 3; k15++)
            {
                comm.Send(Tensor.Tanh(u) * 0.9 * Math.Tanh(Math.Cos(s2) * 0.5), comm.Rank, 1, tk, out tk);
                t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 1, tk, out tk) * 0.5;
                t2 = t2 * 0.6 + Tensor.Tanh((Tensor.Tanh(u * t1) + Tensor.Tanh(u) * 0.9) * 0.5 * (t2 + Tensor.Tanh(u) * 0.9) * 0.5) * 0.4;
                comm.Send(r1, comm.Rank, 3, tk, out tk);
                r1 = r1 * 0.5 + comm.Receive(q, comm.Rank, 3, tk, out tk) * 0.5;
                comm.Send(Math.Tanh(Math.Sin(s1) * (a + a) * 0.5), comm.Rank, 1, tk, out tk);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 1, tk, out tk) * 0.5;
            }
            s2 = s2 * 0.9;
            s2 = Math.Tanh(Tensor.Mean(Tensor.Sin(u))) * (comm.Size - 0.5) * 0.3;
        }
        if (comm.Rank == comm.Size - 1)
        {
            for (var k16 = 0; k16 < 3; k16++)
            {
                t1 = t1 * 0.6 + ((Tensor.Sin(u) + (u + t2) * 0.5) * 0.5 + u) * 0.5 * 0.4;
                comm.Send((1.3 * 0.8 - 0.1), comm.Rank, 3, tk, out tk);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 3, tk, out tk) * 0.5;
            }
            if (comm.Rank == comm.Size - 1)
            {
                comm.Send(Tensor.Dot(t2, Tensor.Sin(t1)) * 0.1, comm.Rank, 5, tk, out tk);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5, tk, out tk) * 0.5;
                var sq8 = comm.Isend(Tensor.Mean(Tensor.Sin(t2)), comm.Rank, 3, tk, out tk);
                var rq7 = comm.Irecv(comm.Rank, 3, tk, out tk);
                comm.Wait(rq7);
                comm.Wait(sq8);
                s2 = s2 * 0.5 + rq7.Value * ((s1 + a) * 0.5);
                var sq10 = comm.Isend(Tensor.SumOfSquares(Tensor.Tanh(t2)) * 0.1, comm.Rank, 1, tk, out tk);
                var rq9 = comm.Irecv(comm.Rank, 1, tk, out tk);
                comm.Wait(rq9);
                comm.Wait(sq10);
                comm.Send(Math.Cos(Tensor.SumOfSquares(Tensor.Tanh(u)) * 0.1) * 0.5, comm.Rank, 5, tk, out tk);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5, tk, out tk) * 0.5;
            }
            else
            {
                s2 += Tensor.SumOfSquares(Tensor.Tanh(q)) * 0.1 * 0.3;
                comm.Send(r1, comm.Rank, 2, tk, out tk);
                r1 = r1 * 0.5 + comm.Receive(r1, comm.Rank, 2, tk, out tk) * 0.5;
                comm.Send(acc, comm.Rank, 1, tk, out tk);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 1, tk, out tk) * 0.5;
                var sq12 = comm.Isend(u, comm.Rank, 3, tk, out tk);
                var rq11 = comm.Irecv(t1, comm.Rank, 3, tk, out tk);
                comm.Wait(sq12);
                comm.Wait(rq11);
                t2 = t2 * 0.5 + rq11.Tensor * Tensor.Tanh(Tensor.Tanh(t2) * 0.9);
            }
            s2 = s1;
            if (comm.Rank % 2 == 1)
            {
                comm.Send(t1, comm.Rank, 2, tk, out tk);
                t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 2, tk, out tk) * 0.5;
                var sq14 = comm.Isend(q, comm.Rank, 3, tk, out tk);
                var rq13 = comm.Irecv(r1, comm.Rank, 3, tk, out tk);
                comm.Wait(sq14);
                comm.Wait(rq13);
                r1 = r1 * 0.5 + rq13.Tensor * Tensor.Tanh(r1 * Math.Tanh(s2));
                s1 = Math.Tanh(Math.Exp(Math.Tanh((acc * 0.8 - 0.1)) * 0.3) * a);
            }
        }
        return comm.AllreduceSum(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(Tensor.Tanh(r1)) * 0.2, tk, out _);
    }

    // rank-local; Allgather, Broadcast, Gather, Isend/Irecv, Receive(like), ReduceSum, Scatter, Send/Receive, call, loop, rank branch, replicated branch, self message, unused, value branch
    [Differentiable]
    public static double C24(Tensor u, Communicator comm)
    {
        var s1 = Math.Tanh(Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        for (var k24 = 0; k24 < 3; k24++)
        {
            if (comm.Rank == 0)
            {
                comm.Send(t1 * Math.Tanh((acc + 0.7) * 0.5), comm.Rank, 3);
                t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank, 3) * 0.5;
                var rq1 = comm.Irecv(comm.Rank, 3);
                var sq2 = comm.Isend((Math.Exp(Math.Tanh(s1) * 0.3) * 0.8 - 0.1), comm.Rank, 3);
                comm.Wait(sq2);
                comm.Wait(rq1);
                acc = acc * 0.5 + rq1.Value * (Math.Sin(acc));
            }
            if (comm.Size > 1)
            {
                if (comm.Rank == 0)
                {
                    comm.Send((Tensor.Mean(Tensor.Sin(u)) * 0.8 - 0.1), 1, 5);
                    comm.Send(s1, 1, 5);
                }
                else
                {
                    if (comm.Rank == 1)
                    {
                        acc = acc * 0.5 + comm.Receive(0, 5) * acc;
                        s1 = s1 * 0.5 + comm.Receive(0, 5) * Tensor.SumOfSquares(Tensor.Tanh(u)) * 0.1;
                    }
                }
            }
            if (comm.Rank > 0)
            {
                t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank - 1, 2);
            }
            if (comm.Rank < comm.Size - 1)
            {
                comm.Send(Tensor.Tanh(t2), comm.Rank + 1, 2);
            }
            if (Math.Tanh(Tensor.Mean(Tensor.Sin(t2)) * Math.Tanh(s1 * s1)) > 0.6)
            {
                var rq3 = comm.Irecv(comm.Rank, 1);
                var sq4 = comm.Isend(Tensor.SumOfSquares(Tensor.Tanh(Tensor.Sin(u))) * 0.1, comm.Rank, 1);
                comm.Wait(sq4);
                comm.Wait(rq3);
                acc = acc * 0.5 + rq3.Value * (Math.Sin(acc));
                s1 = s1 * 0.5 + rq3.Value * (Tensor.Sum(u) * 0.2);
                comm.Send(Tensor.Mean(Tensor.Sin(Tensor.Sin(t2))), comm.Rank, 3);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
                comm.Send(Tensor.SumOfSquares(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(u) * 0.2))) * 0.1, comm.Rank, 2);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
            }
        }
        if (s2 > 0.6)
        {
            acc += s1 * 0.3;
            s2 = Tensor.Sum((Tensor.Exp(Tensor.Tanh(u) * 0.2) * 0.7 + s2 * 0.2)) * 0.2;
            for (var k25 = 0; k25 < 2; k25++)
            {
                var sq6 = comm.Isend(Tensor.Tanh(Tensor.Tanh(t2) * 0.9 * Tensor.Exp(Tensor.Tanh(t1) * 0.2)), comm.Rank, 3);
                var rq5 = comm.Irecv(u, comm.Rank, 3);
                comm.Wait(rq5);
                comm.Wait(sq6);
                t1 = t1 * 0.5 + rq5.Tensor * Tensor.Tanh((t1 + u) * 0.5);
                comm.Send(acc, comm.Rank, 2);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                comm.Send(acc, comm.Rank, 2);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                var rq7 = comm.Irecv(t2, comm.Rank, 1);
                var sq8 = comm.Isend((u * 0.7 + (acc * 0.8 - 0.1) * 0.2), comm.Rank, 1);
                comm.Wait(rq7);
                comm.Wait(sq8);
                t2 = t2 * 0.5 + rq7.Tensor * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t1) * 0.2));
            }
        }
        else
        {
            var rq9 = comm.Irecv(t1, comm.Rank, 2);
            var sq10 = comm.Isend(Tensor.Sin(Tensor.Sin(t2)), comm.Rank, 2);
            comm.Wait(rq9);
            comm.Wait(sq10);
            t1 = t1 * 0.5 + rq9.Tensor * Tensor.Tanh((t2 * 0.7 + s2 * 0.2));
            t2 = t2 * 0.5 + rq9.Tensor * Tensor.Tanh(u);
            if (comm.Rank == comm.Size - 1)
            {
                comm.Send(Tensor.SumOfSquares(Tensor.Tanh(Tensor.Tanh(t2 * u))) * 0.1, comm.Rank, 3);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
                var rq11 = comm.Irecv(t1, comm.Rank, 1);
                var sq12 = comm.Isend(Tensor.Exp(Tensor.Tanh((t2 + t1) * 0.5) * 0.2), comm.Rank, 1);
                comm.Wait(sq12);
                comm.Wait(rq11);
                t2 = t2 * 0.5 + rq11.Tensor * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(u) * 0.2));
                t2 = t2 * 0.5 + rq11.Tensor * Tensor.Tanh(t1 * Math.Tanh(acc));
                var sq14 = comm.Isend(s2, comm.Rank, 2);
                var rq13 = comm.Irecv(comm.Rank, 2);
                comm.Wait(rq13);
                comm.Wait(sq14);
                acc = acc * 0.5 + rq13.Value * (Math.Sin(s1));
            }
            var sq16 = comm.Isend(s1, comm.Rank, 1);
            var rq15 = comm.Irecv(comm.Rank, 1);
            comm.Wait(sq16);
            comm.Wait(rq15);
            s1 = s1 * 0.5 + rq15.Value * (Tensor.SumOfSquares(Tensor.Tanh(t1)) * 0.1);
            s2 = s2 * 0.5 + rq15.Value * (acc);
        }
        s1 = s1 * 0.9;
        if (comm.Size % 2 == 0)
        {
            if (s2 > 0.0)
            {
                comm.Send(Tensor.Mean(Tensor.Sin((t1 + t1) * 0.5)), comm.Rank, 5);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
                comm.Send(Math.Tanh(acc) * (comm.Size - 0.5) * 0.3, comm.Rank, 2);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                var rq17 = comm.Irecv(comm.Rank, 5);
                var sq18 = comm.Isend(Math.Tanh(Tensor.SumOfSquares(Tensor.Tanh(u)) * 0.1) * (comm.Size - 0.5) * 0.3, comm.Rank, 5);
                comm.Wait(sq18);
                comm.Wait(rq17);
            }
            if (Math.Sin(comm.AllreduceSum(Tensor.SumOfSquares(Tensor.Tanh(t1)) * 0.1)) > -0.3)
            {
                var unused19 = comm.ReduceSum(t2, comm.Size - 1);
                t1 = u;
            }
            s2 = Math.Sin(Math.Sin(Math.Tanh(acc) * (comm.Size - 0.5) * 0.3));
            for (var k26 = 0; k26 < 2; k26++)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(Tensor.Sin(Tensor.Exp(Tensor.Tanh(u) * 0.2)), 1, 1);
                        comm.Send((Tensor.Exp(Tensor.Tanh(t1) * 0.2) * 0.7 + Tensor.Dot(t1, t1) * 0.1 * 0.2), 1, 1);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            t2 = t2 * 0.5 + comm.Receive(u, 0, 1) * Tensor.Tanh(t1);
                            t1 = t1 * 0.5 + comm.Receive(t2, 0, 1) * Tensor.Tanh(Tensor.Tanh(u) * 0.9);
                        }
                    }
                }
                var unused20 = comm.Scatter(comm.Allgather(Tensor.Tanh(u * u)) * 0.5, 1 % comm.Size);
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(t2, 0, 1);
                        comm.Send(u, 0, 1);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            t2 = t2 * 0.5 + comm.Receive(u, comm.Size - 1, 1) * Tensor.Tanh(Tensor.Sin(u));
                            t2 = t2 * 0.5 + comm.Receive(t2, comm.Size - 1, 1) * Tensor.Tanh(t1);
                        }
                    }
                }
            }
        }
        if (comm.Size > 1)
        {
            if (comm.Size > 1)
            {
                if (comm.Rank == 0)
                {
                    var sq22 = comm.Isend(Tensor.Exp(Tensor.Tanh(u * Math.Tanh(acc)) * 0.2), 1, 1);
                    comm.Wait(sq22);
                }
                else
                {
                    if (comm.Rank == 1)
                    {
                        var rq21 = comm.Irecv(t1, 0, 1);
                        comm.Wait(rq21);
                        t1 = t1 * 0.5 + rq21.Tensor * Tensor.Tanh(Tensor.Tanh(t1) * 0.9);
                    }
                }
            }
            s2 = CMix(Math.Tanh(CPair(acc, comm) * s2), comm);
            for (var k27 = 0; k27 < 2; k27++)
            {
                var unused23 = Tensor.Sum(comm.Gather(comm.Broadcast(s2, 0), 0)) * 0.3;
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(Tensor.Sum((u * 0.7 + acc * 0.2)) * 0.2, comm.Size - 1, 1);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            s1 = s1 * 0.5 + comm.Receive(1, 1) * Tensor.Sum(t1) * 0.2;
                        }
                    }
                }
            }
        }
        return acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(u) * 0.05;
    }

    // rank-local; Broadcast, Gather, Isend/Irecv, loop, rank branch, self message, token parameter, value branch
    [Differentiable]
    public static double C25(double a, double b, Tensor u, Communicator comm, CommToken token)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5 + Tensor.Mean(u));
        comm.Barrier(token, out var tk);
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        acc += comm.Broadcast(((b * 0.8 - 0.1) * 0.8 - 0.1), 1 % comm.Size, tk, out tk) * 0.3;
        if (comm.Rank == comm.Size - 1)
        {
            var sq2 = comm.Isend(u, comm.Rank, 1, tk, out tk);
            var rq1 = comm.Irecv(t2, comm.Rank, 1, tk, out tk);
            comm.Wait(sq2);
            comm.Wait(rq1);
            t2 = t2 * 0.5 + rq1.Tensor * Tensor.Tanh((u * 0.7 + b * 0.2));
            comm.Send(Tensor.Exp(Tensor.Tanh((t1 * 0.7 + b * 0.2)) * 0.2), comm.Rank, 5, tk, out tk);
            t2 = t2 * 0.5 + comm.Receive(t1, comm.Rank, 5, tk, out tk) * 0.5;
            comm.Send(Tensor.SumOfSquares(Tensor.Tanh(Tensor.Tanh(t2 * t2))) * 0.1, comm.Rank, 2, tk, out tk);
            s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2, tk, out tk) * 0.5;
            var sq4 = comm.Isend(Math.Tanh(s1) * (comm.Size - 0.5) * 0.3, comm.Rank, 2, tk, out tk);
            var rq3 = comm.Irecv(comm.Rank, 2, tk, out tk);
            comm.Wait(rq3);
            comm.Wait(sq4);
            s2 = s2 * 0.5 + rq3.Value * (Tensor.SumOfSquares(Tensor.Tanh(t2)) * 0.1);
        }
        else
        {
            if (comm.Rank % 2 == 1)
            {
                comm.Send(Math.Exp(Math.Tanh(s1) * 0.3), comm.Rank, 1, tk, out tk);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 1, tk, out tk) * 0.5;
                var sq6 = comm.Isend(Tensor.SumOfSquares(Tensor.Tanh(Tensor.Tanh(t2 * t2))) * 0.1, comm.Rank, 5, tk, out tk);
                var rq5 = comm.Irecv(comm.Rank, 5, tk, out tk);
                comm.Wait(sq6);
                comm.Wait(rq5);
                acc = acc * 0.5 + rq5.Value * ((acc + s2) * 0.5);
                comm.Send(Math.Cos(acc) * 0.5, comm.Rank, 3, tk, out tk);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 3, tk, out tk) * 0.5;
                comm.Send(a, comm.Rank, 1, tk, out tk);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 1, tk, out tk) * 0.5;
            }
            else
            {
                comm.Send(t2, comm.Rank, 3, tk, out tk);
                t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 3, tk, out tk) * 0.5;
                t2 = Tensor.Tanh(u * Math.Tanh(s1) * Math.Tanh(Tensor.Sum(t2) * 0.2) * t2);
                comm.Send(acc, comm.Rank, 5, tk, out tk);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 5, tk, out tk) * 0.5;
                comm.Send(Tensor.Dot(t2, t2) * 0.1, comm.Rank, 5, tk, out tk);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5, tk, out tk) * 0.5;
            }
            if (comm.Rank == 0)
            {
                var sq8 = comm.Isend(acc, comm.Rank, 2, tk, out tk);
                var rq7 = comm.Irecv(comm.Rank, 2, tk, out tk);
                comm.Wait(rq7);
                comm.Wait(sq8);
                s1 = s1 * 0.5 + rq7.Value * (Tensor.Sum(u) * 0.2);
                s1 = s1 * 0.5 + rq7.Value * (Math.Cos(a) * 0.5);
                comm.Send((Math.Sin(b) * 0.8 - 0.1), comm.Rank, 3, tk, out tk);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 3, tk, out tk) * 0.5;
            }
            t1 = ((u * 0.7 + Math.Exp(Math.Tanh(s1) * 0.3) * 0.2) + u) * 0.5;
        }
        for (var k19 = 0; k19 < 2; k19++)
        {
            acc += b * 0.3;
            s1 = Tensor.Mean(Tensor.Sin(t2));
            var sq10 = comm.Isend(Tensor.Sum(comm.Gather(Math.Cos(b) * 0.5, 1 % comm.Size, tk, out tk)) * 0.3, (comm.Rank + comm.Size - 1) % comm.Size, 2, tk, out tk);
            var rq9 = comm.Irecv((comm.Rank + 1) % comm.Size, 2, tk, out tk);
            comm.Wait(sq10);
            comm.Wait(rq9);
            acc = acc * 0.5 + rq9.Value * ((s1 + acc) * 0.5);
            s2 = Math.Tanh(a * Math.Tanh((s1 + a) * 0.5) * (comm.Size - 0.5) * 0.3);
        }
        t1 = t1 * 0.6 + Tensor.Tanh(t1) * 0.9 * 0.4;
        if (Math.Tanh((acc * 0.8 - 0.1) * Tensor.Dot(u, t2) * 0.1) > 0.6)
        {
            if (comm.Rank % 2 == 1)
            {
                t1 = t1 * 0.6 + Tensor.Exp(Tensor.Tanh(t2) * 0.2) * 0.4;
                comm.Send(Tensor.Tanh(t2 * Tensor.Tanh(t2) * 0.9), comm.Rank, 5, tk, out tk);
                t2 = t2 * 0.5 + comm.Receive(u, comm.Rank, 5, tk, out tk) * 0.5;
            }
            else
            {
                comm.Send(Math.Tanh(s2 * Math.Tanh(s2 * -0.4)), comm.Rank, 3, tk, out tk);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 3, tk, out tk) * 0.5;
                s2 = (Math.Cos(Tensor.Dot(t2, u) * 0.1) * 0.5 + s2) * 0.5;
                comm.Send(s2, comm.Rank, 1, tk, out tk);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 1, tk, out tk) * 0.5;
                comm.Send(Math.Tanh(Math.Cos(b) * 0.5 * (a * 0.8 - 0.1)), comm.Rank, 5, tk, out tk);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5, tk, out tk) * 0.5;
            }
            var sq12 = comm.Isend(Tensor.Tanh(Tensor.Tanh(t2 * t1)) * 0.9, comm.Rank, 3, tk, out tk);
            var rq11 = comm.Irecv(t2, comm.Rank, 3, tk, out tk);
            comm.Wait(sq12);
            comm.Wait(rq11);
            t1 = t1 * 0.5 + rq11.Tensor * Tensor.Tanh((u + u) * 0.5);
            t1 = t1 * 0.5 + rq11.Tensor * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(u) * 0.2));
            var rq13 = comm.Irecv(comm.Rank, 5, tk, out tk);
            var sq14 = comm.Isend(a, comm.Rank, 5, tk, out tk);
            comm.Wait(sq14);
            comm.Wait(rq13);
            s1 = s1 * 0.5 + rq13.Value * (Tensor.SumOfSquares(Tensor.Tanh(u)) * 0.1);
        }
        else
        {
            var sq16 = comm.Isend(t2 * Math.Tanh((s1 * 0.8 - 0.1)), comm.Rank, 1, tk, out tk);
            var rq15 = comm.Irecv(t1, comm.Rank, 1, tk, out tk);
            comm.Wait(sq16);
            comm.Wait(rq15);
            acc += Tensor.Mean(Tensor.Sin(Tensor.Tanh(Tensor.Tanh(u * t1)) * 0.9)) * 0.3;
            for (var k20 = 0; k20 < 3; k20++)
            {
                comm.Send(Math.Tanh(b * Tensor.SumOfSquares(Tensor.Tanh(u)) * 0.1), comm.Rank, 5, tk, out tk);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 5, tk, out tk) * 0.5;
                comm.Send(Tensor.Mean(Tensor.Sin((u * 0.7 + a * 0.2))), comm.Rank, 1, tk, out tk);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 1, tk, out tk) * 0.5;
            }
            var sq18 = comm.Isend(0.7, comm.Rank, 5, tk, out tk);
            var rq17 = comm.Irecv(comm.Rank, 5, tk, out tk);
            comm.Wait(sq18);
            comm.Wait(rq17);
            s2 = s2 * 0.5 + rq17.Value * (Math.Exp(Math.Tanh(s2) * 0.3));
        }
        return comm.AllreduceSum(acc * 0.5, tk, out _) + Math.Sin(s1) * 0.5 + Math.Sin(s2) * 0.5;
    }

    // replicated; AllreduceMin, Send/Receive, SendReceive, self message
    [Differentiable]
    public static double C26(double a, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5);
        var s2 = 0.25;
        var acc = 0.0;
        if (comm.Rank > 0)
        {
            s2 = s2 * 0.5 + comm.Receive(comm.Rank - 1, 5);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Math.Tanh(s1), comm.Rank + 1, 5);
        }
        s1 = comm.SendReceive(a, (comm.Rank + comm.Size - 1) % comm.Size, (comm.Rank + 1) % comm.Size, 1);
        comm.Send(s1, comm.Rank, 2);
        acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
        s1 = (Math.Tanh(Math.Sin(s2) * Math.Exp(Math.Tanh(s2) * 0.3)) * 0.8 - 0.1);
        s2 = ((Math.Tanh(acc * s2) * 0.8 - 0.1) * 0.8 - 0.1);
        s2 = -0.4;
        if (comm.Size > 1)
        {
            if (comm.Rank == 0)
            {
                comm.Send((Math.Tanh(a) * (comm.Size - 0.5) * 0.3 + Math.Tanh(a * s2)) * 0.5, 1, 3);
            }
            else
            {
                if (comm.Rank == 1)
                {
                    s2 = s2 * 0.5 + comm.Receive(0, 3) * Math.Exp(Math.Tanh(-0.4) * 0.3);
                }
            }
        }
        return comm.AllreduceMin(acc + s1 * 0.3 + Math.Sin(s2) + a * 0.37) * 0.5 + comm.AllreduceSum(s1 * s1);
    }

    // rank-local; Allgather, AllreduceMin, AllreduceSum, HaloExchange, Isend/Irecv, Receive(like), ReduceSum, Scatter, Send/Receive, SendReceive, call, loop, rank branch, self message, value branch
    [Differentiable]
    public static double C27(double a, Tensor u, Tensor w, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u) + Tensor.Mean(w));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(w);
        var t2 = Tensor.Tanh(w);
        for (var k11 = 0; k11 < 3; k11++)
        {
            if (comm.Rank > 0)
            {
                t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank - 1, 2);
            }
            if (comm.Rank < comm.Size - 1)
            {
                comm.Send(Tensor.Tanh((w * 0.7 + Tensor.SumOfSquares(Tensor.Tanh(u)) * 0.1 * 0.2)), comm.Rank + 1, 2);
            }
            for (var k12 = 0; k12 < 3; k12++)
            {
                if (comm.Rank > 0)
                {
                    t2 = t2 * 0.5 + comm.Receive(w, comm.Rank - 1, 2);
                }
                if (comm.Rank < comm.Size - 1)
                {
                    comm.Send(Tensor.Tanh(Tensor.Tanh((u + u) * 0.5) * 0.9), comm.Rank + 1, 2);
                }
                acc += CNest((s2 * 0.8 - 0.1), Tensor.Exp(Tensor.Tanh(t2) * 0.2), comm) * 0.3;
                t2 = t2 * 0.6 + t1 * 0.4;
            }
            acc += Math.Sin(Math.Tanh(acc) * (comm.Size - 0.5) * 0.3) * 0.3;
            s1 = Tensor.SumOfSquares(comm.Allgather((comm.AllreduceSum(s2) + s2) * 0.5)) * 0.2;
        }
        if (comm.Rank % 2 == 1)
        {
            comm.Send(Tensor.Sum(u) * 0.2, comm.Rank, 3);
            acc = acc * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
            var sq2 = comm.Isend((t2 * 0.7 + Math.Exp(Math.Tanh(acc) * 0.3) * 0.2), comm.Rank, 2);
            var rq1 = comm.Irecv(t1, comm.Rank, 2);
            comm.Wait(sq2);
            comm.Wait(rq1);
            t1 = t1 * 0.5 + rq1.Tensor * Tensor.Tanh(t1);
            t2 = t2 * 0.5 + rq1.Tensor * Tensor.Tanh(w);
            var rq3 = comm.Irecv(comm.Rank, 5);
            var sq4 = comm.Isend(s1, comm.Rank, 5);
            comm.Wait(rq3);
            comm.Wait(sq4);
            s1 = s1 * 0.5 + rq3.Value * (Tensor.Dot(t2, t2) * 0.1);
            s2 = s2 * 0.5 + rq3.Value * (Tensor.Sum(w) * 0.2);
        }
        t2 = Tensor.Block(comm.HaloExchange(Tensor.Tanh(t2 * u) * Math.Tanh(Math.Tanh(s2 * s1)), 1, comm.Size, 2, 0.5), 3, 0, 2, 3);
        for (var k13 = 0; k13 < 2; k13++)
        {
            t2 = t1;
            t2 = t2 * 0.6 + Tensor.Tanh(Tensor.Tanh(w * CRing(u, comm))) * 0.9 * 0.4;
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
                        s2 = s2 * 0.5 + comm.Receive(1, 1) * (s2 + acc) * 0.5;
                    }
                }
            }
        }
        var rq5 = comm.Irecv((comm.Rank + comm.Size - 1) % comm.Size, 3);
        var sq6 = comm.Isend(Math.Tanh(Tensor.Dot(u, t1) * 0.1) * (comm.Size - 0.5) * 0.3, (comm.Rank + 1) % comm.Size, 3);
        t1 = (Tensor.Tanh(Tensor.Exp(Tensor.Tanh(w) * 0.2) * Tensor.Sin(t2)) + (Tensor.Sin(w) + t2) * 0.5) * 0.5;
        t1 = t1 * 0.6 + Tensor.Tanh((t1 + (w + u) * 0.5) * 0.5 * Tensor.Exp(Tensor.Tanh(Tensor.Sin(t2)) * 0.2)) * 0.4;
        comm.Wait(rq5);
        comm.Wait(sq6);
        s2 = s2 * 0.5 + rq5.Value * (Tensor.Dot(t2, u) * 0.1);
        for (var k14 = 0; k14 < 3; k14++)
        {
            if (Tensor.Sum(u) * 0.2 > 0.0)
            {
                comm.Send(Tensor.SumOfSquares(Tensor.Tanh((w + w) * 0.5)) * 0.1, comm.Rank, 5);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
                acc += Tensor.SumOfSquares(Tensor.Tanh((u + u) * 0.5)) * 0.1 * 0.3;
            }
            else
            {
                s2 = Math.Tanh(Tensor.Sum(w * Math.Tanh(a)) * 0.2) * (comm.Size - 0.5) * 0.3;
                comm.Send(Tensor.Exp(Tensor.Tanh((t1 + w) * 0.5) * 0.2), comm.Rank, 2);
                t2 = t2 * 0.5 + comm.Receive(w, comm.Rank, 2) * 0.5;
            }
            var rq7 = comm.Irecv((comm.Rank + comm.Size - 1) % comm.Size, 3);
            var sq8 = comm.Isend(Tensor.Sum(comm.Scatter(comm.Allgather(a) * comm.Allgather(Tensor.Mean(Tensor.Sin(w))), 1 % comm.Size)), (comm.Rank + 1) % comm.Size, 3);
            s2 += Tensor.Sum(comm.Scatter(comm.Allgather(Math.Tanh((acc + acc) * 0.5) * (comm.Size - 0.5) * 0.3) * comm.Allgather(Math.Exp(Math.Tanh(Math.Tanh(s1) * (comm.Size - 0.5) * 0.3) * 0.3)), 0)) * 0.3;
            comm.Wait(sq8);
            comm.Wait(rq7);
            s1 = Math.Cos(s1) * 0.5;
            for (var k15 = 0; k15 < 2; k15++)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(w, 0, 2);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            t1 = t1 * 0.5 + comm.Receive(w, comm.Size - 1, 2) * Tensor.Tanh((w * 0.7 + a * 0.2));
                        }
                    }
                }
                var sq10 = comm.Isend(comm.SendReceive(s1, (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 5), (comm.Rank + 1) % comm.Size, 5);
                var rq9 = comm.Irecv((comm.Rank + comm.Size - 1) % comm.Size, 5);
                t2 = (comm.AllreduceMin(Tensor.Exp(Tensor.Tanh(t1) * 0.2) + w * 0.41) + w) * 0.5;
                t1 = t2;
                comm.Wait(rq9);
                comm.Wait(sq10);
                acc = acc * 0.5 + rq9.Value * ((1.3 + a) * 0.5);
            }
        }
        return comm.ReduceSum(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2, 0);
    }

    // rank-local; AllreduceSum, Isend/Irecv, ReduceSum, Send/Receive, call, tokens, unused
    [Differentiable]
    public static double C28(Tensor u, Tensor w, Tensor q, Communicator comm)
    {
        var tk = comm.Token;
        var s1 = Math.Tanh(Tensor.Mean(u) + Tensor.Mean(w) + Tensor.Mean(q));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(w);
        var r1 = Tensor.Sin(q) * 0.5;
        acc += Math.Cos(Math.Sin(comm.AllreduceSum(Math.Cos(s2) * 0.5, tk, out tk) * 0.5) + Math.Cos(s2) * 0.5 * 0.2) * 0.5 * 0.3;
        comm.Barrier(tk, out _);
        s1 = s1 * 0.5 + CTok(Tensor.SumOfSquares(Tensor.Tanh(u)) * 0.1, comm) * 0.5;
        tk = comm.Token;
        if (comm.Rank > 0)
        {
            acc = acc * 0.5 + comm.Receive(comm.Rank - 1, 2, tk, out tk);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Math.Tanh(Math.Tanh(Tensor.Mean(Tensor.Sin(t2))) * (comm.Size - 0.5) * 0.3), comm.Rank + 1, 2, tk, out tk);
        }
        var unused1 = Tensor.Tanh(comm.AllreduceSum(Tensor.Tanh(q * q) * 0.5, tk, out tk)) + Tensor.Tanh(q * q) * 0.3;
        return comm.ReduceSum(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(Tensor.Tanh(r1)) * 0.2, 0, tk, out _);
    }

    // replicated; AllreduceMin, Isend/Irecv, Send/Receive
    [Differentiable]
    public static double C29(double a, Tensor u, Tensor q, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u) + Tensor.Mean(q));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        var r1 = Tensor.Sin(q) * 0.5;
        if (comm.Size > 1)
        {
            if (comm.Rank == 0)
            {
                var sq2 = comm.Isend(r1, 1, 5);
                comm.Send(((r1 + r1) * 0.5 + Tensor.Exp(Tensor.Tanh(q) * 0.2)) * 0.5, 1, 5);
                comm.Wait(sq2);
            }
            else
            {
                if (comm.Rank == 1)
                {
                    var rq1 = comm.Irecv(r1, 0, 5);
                    comm.Wait(rq1);
                    r1 = r1 * 0.5 + comm.Receive(r1, 0, 5) * 0.5;
                    r1 = r1 * 0.5 + rq1.Tensor * Tensor.Tanh(Tensor.Tanh(r1) * 0.9);
                    r1 = r1 * 0.5 + rq1.Tensor * Tensor.Tanh(Tensor.Sin(q));
                }
            }
        }
        s2 = 1.3;
        if (comm.Size > 2)
        {
            if (comm.Rank == 1)
            {
                var sq4 = comm.Isend(Tensor.Tanh(t1 * Math.Tanh(s2) * t1), comm.Size - 1, 5);
                comm.Send(Math.Tanh(a) * (comm.Size - 0.5) * 0.3, comm.Size - 1, 5);
                comm.Wait(sq4);
            }
            else
            {
                if (comm.Rank == comm.Size - 1)
                {
                    var rq3 = comm.Irecv(t2, 1, 5);
                    acc = acc * 0.5 + comm.Receive(1, 5) * 0.5;
                    comm.Wait(rq3);
                    t2 = t2 * 0.5 + rq3.Tensor * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(u) * 0.2));
                    t2 = t2 * 0.5 + rq3.Tensor * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(u) * 0.2));
                }
            }
        }
        r1 = q;
        return comm.AllreduceMin(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(Tensor.Tanh(r1)) * 0.2 + a * 0.37) * 0.5 + comm.AllreduceSum(s1 * s1) + Math.Sin(s2) * 0.5;
    }

    // rank-local; Allgather, AllreduceSum, Broadcast, HaloExchange, Isend/Irecv, Receive(like), Scatter, Send/Receive, SendReceive, loop, rank branch, replicated branch, self message, tokens, unused, value branch
    [Differentiable]
    public static double C30(double a, double b, Tensor u, Tensor q, Communicator comm)
    {
        var tk = comm.Token;
        var s1 = Math.Tanh(a * 0.5 + b * 0.5 + Tensor.Mean(u) + Tensor.Mean(q));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        var r1 = Tensor.Sin(q) * 0.5;
        comm.Send(Math.Tanh(Tensor.SumOfSquares(Tensor.Tanh(t1)) * 0.1 * Tensor.Dot(q, r1) * 0.1), comm.Rank, 2, tk, out tk);
        s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2, tk, out tk) * 0.5;
        if (comm.Size % 2 == 0)
        {
            var unused1 = comm.Broadcast(acc, 0, tk, out tk);
            if (Tensor.Dot(Tensor.Sin(r1), q) * 0.1 > 0.6)
            {
                comm.Send(Tensor.Tanh(q) * 0.9, comm.Rank, 2, tk, out tk);
                r1 = r1 * 0.5 + comm.Receive(r1, comm.Rank, 2, tk, out tk) * 0.5;
                comm.Send(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(q) * 0.2) * Tensor.Sin(r1)), comm.Rank, 2, tk, out tk);
                r1 = r1 * 0.5 + comm.Receive(q, comm.Rank, 2, tk, out tk) * 0.5;
            }
            r1 = (Tensor.Tanh(Tensor.Tanh(r1 * q) * (r1 + q) * 0.5) * 0.7 + Tensor.SumOfSquares(Tensor.Sin(comm.HaloExchange(Tensor.Exp(Tensor.Tanh(t2) * 0.2), 1, comm.Size, 2, 0.5, tk, out tk))) * 0.1 * 0.2);
        }
        var rq2 = comm.Irecv(q, (comm.Rank + comm.Size - 1) % comm.Size, 3, tk, out tk);
        var sq3 = comm.Isend(Tensor.Tanh(comm.AllreduceSum(q, tk, out tk) * r1), (comm.Rank + 1) % comm.Size, 3, tk, out tk);
        var rq4 = comm.Irecv((comm.Rank + comm.Size - 1) % comm.Size, 2, tk, out tk);
        var sq5 = comm.Isend((Tensor.Mean(Tensor.Sin(u)) + Tensor.Sum(comm.Scatter(comm.Allgather(b, tk, out tk) * comm.Allgather(s2, tk, out tk), 0, tk, out tk))) * 0.5, (comm.Rank + 1) % comm.Size, 2, tk, out tk);
        comm.Wait(sq5);
        comm.Wait(rq2);
        comm.Wait(rq4);
        comm.Wait(sq3);
        r1 = r1 * 0.5 + rq2.Tensor * Tensor.Tanh(r1 * Math.Tanh(0.7));
        r1 = r1 * 0.5 + rq2.Tensor * Tensor.Tanh(q);
        s2 = s2 * 0.5 + rq4.Value * (Math.Tanh(a) * (comm.Size - 0.5) * 0.3);
        var rq6 = comm.Irecv((comm.Rank + comm.Size - 1) % comm.Size, 1, tk, out tk);
        var sq7 = comm.Isend(Math.Tanh(comm.SendReceive(a, (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 3, tk, out tk)) * (comm.Size - 0.5) * 0.3, (comm.Rank + 1) % comm.Size, 1, tk, out tk);
        s2 = (comm.SendReceive(Math.Exp(Math.Tanh(s2) * 0.3), (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 2, tk, out tk) * 0.8 - 0.1);
        t1 = u;
        comm.Wait(sq7);
        comm.Wait(rq6);
        acc = acc * 0.5 + rq6.Value * (Tensor.Sum(r1) * 0.2);
        for (var k14 = 0; k14 < 2; k14++)
        {
            if (comm.Size > 1)
            {
                if (comm.Rank == 0)
                {
                    comm.Send(u, 1, 1, tk, out tk);
                }
                else
                {
                    if (comm.Rank == 1)
                    {
                        t2 = t2 * 0.5 + comm.Receive(t2, 0, 1, tk, out tk) * Tensor.Tanh(t2 * Math.Tanh(s1));
                    }
                }
            }
            if (comm.Size > 2)
            {
                if (comm.Rank == 1)
                {
                    comm.Send(q, comm.Size - 1, 3, tk, out tk);
                    comm.Send((Tensor.Tanh(q * r1) * 0.7 + Tensor.Sum(u) * 0.2 * 0.2), comm.Size - 1, 3, tk, out tk);
                }
                else
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        r1 = r1 * 0.5 + comm.Receive(r1, 1, 3, tk, out tk) * Tensor.Tanh(r1);
                        r1 = r1 * 0.5 + comm.Receive(q, 1, 3, tk, out tk) * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(q) * 0.2));
                    }
                }
            }
            if (comm.Rank == 0)
            {
                comm.Send(Tensor.Sum(r1) * 0.2, comm.Rank, 5, tk, out tk);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 5, tk, out tk) * 0.5;
                comm.Send((u + Tensor.Exp(Tensor.Tanh(u) * 0.2)) * 0.5, comm.Rank, 5, tk, out tk);
                t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank, 5, tk, out tk) * 0.5;
                var rq8 = comm.Irecv(q, comm.Rank, 1, tk, out tk);
                var sq9 = comm.Isend((r1 + (q + q) * 0.5) * 0.5, comm.Rank, 1, tk, out tk);
                comm.Wait(rq8);
                comm.Wait(sq9);
                comm.Send(Math.Tanh(Tensor.SumOfSquares(Tensor.Tanh(t1)) * 0.1 * Tensor.Mean(Tensor.Sin(r1))), comm.Rank, 1, tk, out tk);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 1, tk, out tk) * 0.5;
            }
            else
            {
                r1 = r1 * 0.9;
                s2 = Tensor.Sum((q * Math.Tanh(s2) * 0.7 + Math.Sin(s1) * 0.2)) * 0.2;
                var sq11 = comm.Isend((t1 + Tensor.Exp(Tensor.Tanh(t1) * 0.2)) * 0.5, comm.Rank, 5, tk, out tk);
                var rq10 = comm.Irecv(t2, comm.Rank, 5, tk, out tk);
                comm.Wait(rq10);
                comm.Wait(sq11);
            }
            if (comm.Size > 2)
            {
                if (comm.Rank == 1)
                {
                    comm.Send(q, comm.Size - 1, 5, tk, out tk);
                    comm.Send((Tensor.Exp(Tensor.Tanh(r1) * 0.2) + q) * 0.5, comm.Size - 1, 5, tk, out tk);
                }
                else
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        r1 = r1 * 0.5 + comm.Receive(q, 1, 5, tk, out tk) * Tensor.Tanh(q);
                        r1 = r1 * 0.5 + comm.Receive(r1, 1, 5, tk, out tk) * Tensor.Tanh((q * 0.7 + s1 * 0.2));
                    }
                }
            }
        }
        if (s2 > 0.0)
        {
            comm.Send((Tensor.Exp(Tensor.Tanh(u) * 0.2) * 0.7 + -0.4 * 0.2), comm.Rank, 2, tk, out tk);
            t1 = t1 * 0.5 + comm.Receive(u, comm.Rank, 2, tk, out tk) * 0.5;
            acc += Math.Tanh(Math.Tanh((a * 0.8 - 0.1) * Tensor.Dot(q, q) * 0.1)) * (comm.Size - 0.5) * 0.3 * 0.3;
            var rq12 = comm.Irecv(comm.Rank, 3, tk, out tk);
            var sq13 = comm.Isend(b, comm.Rank, 3, tk, out tk);
            comm.Wait(sq13);
            comm.Wait(rq12);
            s1 = s1 * 0.5 + rq12.Value * (b);
            s1 = Math.Cos(((a + s1) * 0.5 * 0.8 - 0.1)) * 0.5;
        }
        return acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(Tensor.Tanh(r1)) * 0.2 + a * 0.1;
    }

    // replicated; AllreduceMax, Isend/Irecv, Receive(like), ReduceSum, Send/Receive, loop, rank branch, replicated branch, self message, unused
    [Differentiable]
    public static double C31(Tensor u, Tensor w, Tensor q, int rows, int columns, Communicator comm)
    {
        var s1 = Math.Tanh(Tensor.Mean(u) + Tensor.Mean(w) + Tensor.Mean(q));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        var r1 = Tensor.Sin(q) * 0.5;
        if (comm.Rank == comm.Size - 1)
        {
            t2 = t1;
            t1 = t1 * 0.9;
            comm.Send(Tensor.Sin(u * Math.Tanh(s1)), comm.Rank, 1);
            t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank, 1) * 0.5;
        }
        for (var k14 = 0; k14 < 3; k14++)
        {
            if (comm.Size > 2)
            {
                if (comm.Rank == 1)
                {
                    comm.Send(Tensor.Sin(Tensor.Tanh(u * t2)), comm.Size - 1, 2);
                }
                else
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        t2 = t2 * 0.5 + comm.Receive(u, 1, 2) * Tensor.Tanh(Tensor.Tanh(w * w));
                    }
                }
            }
            comm.Send(Tensor.Sin(Tensor.Sin(r1)), comm.Rank, 1);
            r1 = r1 * 0.5 + comm.Receive(q, comm.Rank, 1) * 0.5;
            var sq2 = comm.Isend(q, (comm.Rank + 1) % comm.Size, 3);
            var rq1 = comm.Irecv(r1, (comm.Rank + comm.Size - 1) % comm.Size, 3);
            comm.Wait(rq1);
            comm.Wait(sq2);
            r1 = r1 * 0.5 + rq1.Tensor * Tensor.Tanh(q);
        }
        var sq4 = comm.Isend(t1, comm.Rank, 2);
        var rq3 = comm.Irecv(w, comm.Rank, 2);
        comm.Wait(rq3);
        comm.Wait(sq4);
        t2 = t2 * 0.5 + rq3.Tensor * Tensor.Tanh((t2 + w) * 0.5);
        var unused5 = comm.ReduceSum(Tensor.Sin(w), 0);
        if (comm.Size > 1)
        {
            if (comm.Size > 1)
            {
                if (comm.Rank == 0)
                {
                    var sq7 = comm.Isend(w * Math.Tanh(s1) * Math.Tanh(Tensor.Mean(Tensor.Sin(r1))), 1, 2);
                    comm.Send(Tensor.Sum(Tensor.Sin(q)) * 0.2, 1, 2);
                    comm.Wait(sq7);
                }
                else
                {
                    if (comm.Rank == 1)
                    {
                        var rq6 = comm.Irecv(w, 0, 2);
                        comm.Wait(rq6);
                        acc = acc * 0.5 + comm.Receive(0, 2) * 0.5;
                        t1 = t1 * 0.5 + rq6.Tensor * Tensor.Tanh(t2);
                        t1 = t1 * 0.5 + rq6.Tensor * Tensor.Tanh((u + t2) * 0.5);
                    }
                }
            }
            var sq9 = comm.Isend(t2, comm.Rank, 2);
            var rq8 = comm.Irecv(t1, comm.Rank, 2);
            comm.Wait(rq8);
            comm.Wait(sq9);
            t2 = t2 * 0.5 + rq8.Tensor * Tensor.Tanh((w + t1) * 0.5);
            t1 = t1 * 0.5 + rq8.Tensor * Tensor.Tanh((u + t1) * 0.5);
            comm.Send(Tensor.Mean(Tensor.Sin(q)), comm.Rank, 2);
            s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
        }
        else
        {
            t2 = t1;
            for (var k15 = 0; k15 < 3; k15++)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(Tensor.Exp(Tensor.Tanh(q * Math.Tanh(s2)) * 0.2), 1, 1);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            r1 = r1 * 0.5 + comm.Receive(q, 0, 1) * Tensor.Tanh(r1);
                        }
                    }
                }
                var rq10 = comm.Irecv(r1, (comm.Rank + 1) % comm.Size, 1);
                var sq11 = comm.Isend(q, (comm.Rank + comm.Size - 1) % comm.Size, 1);
                var rq12 = comm.Irecv(u, (comm.Rank + 1) % comm.Size, 2);
                var sq13 = comm.Isend(Tensor.Exp(Tensor.Tanh((w + u) * 0.5) * 0.2), (comm.Rank + comm.Size - 1) % comm.Size, 2);
                t2 = (Tensor.Sin(Tensor.Tanh(t1 * w)) * 0.7 + (Math.Tanh(s1 * s2) * 0.8 - 0.1) * 0.2);
                comm.Wait(rq12);
                comm.Wait(rq10);
                comm.Wait(sq13);
                comm.Wait(sq11);
                r1 = r1 * 0.5 + rq10.Tensor * Tensor.Tanh(Tensor.Tanh(r1) * 0.9);
                r1 = r1 * 0.5 + rq10.Tensor * Tensor.Tanh((r1 + q) * 0.5);
            }
            if (comm.Rank > 0)
            {
                t1 = t1 * 0.5 + comm.Receive(w, comm.Rank - 1, 3);
            }
            if (comm.Rank < comm.Size - 1)
            {
                comm.Send(Tensor.Tanh(t1), comm.Rank + 1, 3);
            }
        }
        return comm.AllreduceMax(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(Tensor.Tanh(r1)) * 0.2 + Tensor.Sum(u) * 0.23) * 0.5 + comm.AllreduceSum(s1 * s1);
    }

    // rank-local; Allgather, AllreduceMax, AllreduceSum, Isend/Irecv, Send/Receive, SendReceive, call, loop, replicated branch, self message, tokens, value branch
    [Differentiable]
    public static double C32(double a, double b, Communicator comm)
    {
        var tk = comm.Token;
        var s1 = Math.Tanh(a * 0.5 + b * 0.5);
        var s2 = 0.25;
        var acc = 0.0;
        if (Math.Sin(comm.AllreduceSum(Math.Sin(a), tk, out tk)) > -0.3)
        {
            s2 = Math.Tanh(comm.SendReceive(Math.Tanh(s2 * b), (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 3, tk, out tk)) * (comm.Size - 0.5) * 0.3;
            s1 = comm.AllreduceMax(Math.Sin(acc) + b * 0.37, tk, out tk);
            for (var k9 = 0; k9 < 3; k9++)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(Math.Tanh(a) * (comm.Size - 0.5) * 0.3, 0, 1, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            s2 = s2 * 0.5 + comm.Receive(comm.Size - 1, 1, tk, out tk) * Math.Tanh(s1) * (comm.Size - 0.5) * 0.3;
                        }
                    }
                }
                s2 += 1.3 * 0.3;
                s1 = b;
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(Math.Tanh((a + s1) * 0.5 * Math.Exp(Math.Tanh(s1) * 0.3)), 1, 5, tk, out tk);
                        comm.Send((Math.Tanh(s1 * b) * 0.8 - 0.1), 1, 5, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            s2 = s2 * 0.5 + comm.Receive(0, 5, tk, out tk) * Math.Cos(acc) * 0.5;
                            s1 = s1 * 0.5 + comm.Receive(0, 5, tk, out tk) * Math.Tanh(acc) * (comm.Size - 0.5) * 0.3;
                        }
                    }
                }
            }
        }
        else
        {
            if (((s2 * 0.8 - 0.1) + Math.Exp(Math.Tanh(s1) * 0.3)) * 0.5 > 0.6)
            {
                s1 += Math.Cos(Math.Cos((a + acc) * 0.5) * 0.5) * 0.5 * 0.3;
                comm.Send(Math.Cos(Math.Sin(s1)) * 0.5, comm.Rank, 1, tk, out tk);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 1, tk, out tk) * 0.5;
                var rq1 = comm.Irecv(comm.Rank, 2, tk, out tk);
                var sq2 = comm.Isend(Math.Tanh((a + b) * 0.5 * Math.Tanh(b * acc)), comm.Rank, 2, tk, out tk);
                comm.Wait(sq2);
                comm.Wait(rq1);
                acc = acc * 0.5 + rq1.Value * (Math.Tanh(s2) * (comm.Size - 0.5) * 0.3);
                comm.Send(Math.Exp(Math.Tanh((s1 * 0.8 - 0.1)) * 0.3), comm.Rank, 5, tk, out tk);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5, tk, out tk) * 0.5;
            }
            if (comm.Size > 1)
            {
                if (comm.Rank == 0)
                {
                    comm.Send(a, 1, 3, tk, out tk);
                }
                else
                {
                    if (comm.Rank == 1)
                    {
                        s2 = s2 * 0.5 + comm.Receive(0, 3, tk, out tk) * Math.Exp(Math.Tanh(b) * 0.3);
                    }
                }
            }
            acc += (Math.Tanh(Math.Sin(comm.AllreduceSum(b, tk, out tk) * 0.5) + b * 0.2) * (comm.Size - 0.5) * 0.3 * 0.8 - 0.1) * 0.3;
        }
        s2 += comm.AllreduceSum(s1, tk, out _) * 0.1;
        s1 = s1 * 0.5 + CMix(Math.Cos(Math.Sin(b)) * 0.5, comm) * 0.5;
        tk = comm.Token;
        s2 = Math.Exp(Math.Tanh(Tensor.SumOfSquares(comm.Allgather(s1, tk, out tk)) * 0.2) * 0.3);
        if (Math.Tanh(Math.Cos(s1) * 0.5 * (b + 0.7) * 0.5) > 0.6)
        {
            for (var k10 = 0; k10 < 3; k10++)
            {
                comm.Send(Math.Tanh(Math.Tanh(0.7) * (comm.Size - 0.5) * 0.3) * (comm.Size - 0.5) * 0.3, comm.Rank, 1, tk, out tk);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 1, tk, out tk) * 0.5;
                acc += Math.Tanh(Math.Tanh(Math.Tanh(s2 * a) * Math.Cos(s1) * 0.5)) * (comm.Size - 0.5) * 0.3 * 0.3;
                comm.Send(Math.Tanh(Math.Tanh(b) * (comm.Size - 0.5) * 0.3 * (-0.4 + a) * 0.5), comm.Rank, 5, tk, out tk);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5, tk, out tk) * 0.5;
                var sq4 = comm.Isend(Math.Cos(Math.Tanh(s1) * (comm.Size - 0.5) * 0.3) * 0.5, comm.Rank, 1, tk, out tk);
                var rq3 = comm.Irecv(comm.Rank, 1, tk, out tk);
                comm.Wait(sq4);
                comm.Wait(rq3);
            }
            var rq5 = comm.Irecv(comm.Rank, 1, tk, out tk);
            var sq6 = comm.Isend((Math.Tanh(0.7 * a) + b) * 0.5, comm.Rank, 1, tk, out tk);
            comm.Wait(sq6);
            comm.Wait(rq5);
            s1 = s1 * 0.5 + rq5.Value * (Math.Sin(a));
            comm.Send(b, comm.Rank, 2, tk, out tk);
            s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2, tk, out tk) * 0.5;
            s1 = Math.Sin((a * 0.8 - 0.1));
        }
        else
        {
            for (var k11 = 0; k11 < 2; k11++)
            {
                comm.Send(s2, comm.Rank, 1, tk, out tk);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 1, tk, out tk) * 0.5;
                comm.Send(Math.Exp(Math.Tanh((s1 + b) * 0.5) * 0.3), comm.Rank, 1, tk, out tk);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 1, tk, out tk) * 0.5;
            }
            comm.Send((0.7 + (s1 * 0.8 - 0.1)) * 0.5, comm.Rank, 1, tk, out tk);
            acc = acc * 0.5 + comm.Receive(comm.Rank, 1, tk, out tk) * 0.5;
            var rq7 = comm.Irecv(comm.Rank, 3, tk, out tk);
            var sq8 = comm.Isend(Math.Cos(Math.Tanh(s2) * (comm.Size - 0.5) * 0.3) * 0.5, comm.Rank, 3, tk, out tk);
            comm.Wait(rq7);
            comm.Wait(sq8);
            s1 = s1 * 0.5 + rq7.Value * (Math.Tanh(acc) * (comm.Size - 0.5) * 0.3);
            acc = acc * 0.5 + rq7.Value * (s2);
        }
        return acc + s1 * 0.3 + Math.Sin(s2) + a * 0.1;
    }

    // rank-local; Allgather, AllreduceMin, AllreduceSum, HaloExchange, Isend/Irecv, Receive(like), Send/Receive, loop, replicated branch, self message, unused, value branch
    [Differentiable]
    public static double C33(double a, Tensor u, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        for (var k8 = 0; k8 < 2; k8++)
        {
            if (comm.Size % 2 == 0)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(t1, 1, 1);
                        comm.Send(Tensor.Tanh(t1 * Math.Tanh(1.3) * (t2 * 0.7 + s2 * 0.2)), 1, 1);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            t1 = t1 * 0.5 + comm.Receive(t1, 0, 1) * Tensor.Tanh(u);
                            t1 = t1 * 0.5 + comm.Receive(t1, 0, 1) * Tensor.Tanh((t2 * 0.7 + s1 * 0.2));
                        }
                    }
                }
                var rq1 = comm.Irecv(t1, (comm.Rank + 1) % comm.Size, 3);
                var sq2 = comm.Isend(comm.AllreduceSum(t2), (comm.Rank + comm.Size - 1) % comm.Size, 3);
                t2 = (Tensor.Block(comm.HaloExchange(Tensor.Tanh(t1 * t2), comm.Size, 1, 2, 0.0), 0, 2, 2, 3) + u) * 0.5;
                s2 = Math.Tanh(comm.AllreduceMin(Math.Exp(Math.Tanh(a) * 0.3) + a * 0.37)) * (comm.Size - 0.5) * 0.3;
                comm.Wait(rq1);
                comm.Wait(sq2);
                t1 = t1 * 0.5 + rq1.Tensor * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t1) * 0.2));
                t1 = t1 * 0.5 + rq1.Tensor * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(u) * 0.2));
            }
            else
            {
                t1 = t2;
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(Tensor.Mean(Tensor.Sin(u * Math.Tanh(s2))), 0, 3);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            s2 = s2 * 0.5 + comm.Receive(comm.Size - 1, 3) * s2;
                        }
                    }
                }
                t2 = Tensor.Tanh(Tensor.Sin(t2 * Math.Tanh(a)) * t2);
                t1 = t1 * 0.6 + u * 0.4;
            }
            var unused3 = Tensor.SumOfSquares(comm.Allgather(1.3)) * 0.2;
            t2 = comm.AllreduceSum(u);
            if (s1 > 0.3)
            {
                comm.Send(Tensor.Mean(Tensor.Sin(Tensor.Exp(Tensor.Tanh(t1) * 0.2))), comm.Rank, 5);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
                t1 = t1 * 0.6 + Tensor.Tanh(Tensor.Sin(t1) * Tensor.Tanh(Tensor.Tanh(u * t2)) * 0.9) * 0.4;
                comm.Send((u * 0.7 + (s2 + acc) * 0.5 * 0.2), comm.Rank, 2);
                t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank, 2) * 0.5;
            }
            else
            {
                var sq5 = comm.Isend(Tensor.Exp(Tensor.Tanh((t1 * 0.7 + s1 * 0.2)) * 0.2), comm.Rank, 3);
                var rq4 = comm.Irecv(t2, comm.Rank, 3);
                comm.Wait(sq5);
                comm.Wait(rq4);
                comm.Send(Tensor.Tanh(Tensor.Sin(u) * Tensor.Sin(t1)), comm.Rank, 5);
                t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 5) * 0.5;
                s2 = s2 * 0.9;
            }
        }
        if (Math.Tanh(Tensor.Mean(Tensor.Sin(t2)) * Math.Sin(s2)) > 0.6)
        {
            for (var k9 = 0; k9 < 2; k9++)
            {
                comm.Send(Math.Cos(Tensor.Mean(Tensor.Sin(t2))) * 0.5, comm.Rank, 1);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
                comm.Send(Tensor.Dot(u, u) * 0.1, comm.Rank, 5);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
            }
            var sq7 = comm.Isend(acc, comm.Rank, 3);
            var rq6 = comm.Irecv(comm.Rank, 3);
            comm.Wait(rq6);
            comm.Wait(sq7);
            s1 = s1 * 0.5 + rq6.Value * (Math.Sin(a));
        }
        else
        {
            if (Tensor.Dot((t1 * 0.7 + acc * 0.2), t2 * Math.Tanh(a)) * 0.1 > 0.3)
            {
                comm.Send(Tensor.Tanh((u * 0.7 + s1 * 0.2) * Tensor.Exp(Tensor.Tanh(u) * 0.2)), comm.Rank, 5);
                t2 = t2 * 0.5 + comm.Receive(t1, comm.Rank, 5) * 0.5;
                comm.Send(Tensor.Exp(Tensor.Tanh(t1) * 0.2) * Math.Tanh(Math.Tanh(-0.4 * s1)), comm.Rank, 3);
                t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 3) * 0.5;
                comm.Send(u, comm.Rank, 5);
                t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 5) * 0.5;
            }
            comm.Send(Tensor.Sin(Tensor.Tanh(t2) * 0.9), comm.Rank, 1);
            t1 = t1 * 0.5 + comm.Receive(u, comm.Rank, 1) * 0.5;
        }
        if (comm.Size > 1)
        {
            if (comm.Rank == 0)
            {
                comm.Send(Tensor.Tanh((u + t2) * 0.5 * Tensor.Exp(Tensor.Tanh(t2) * 0.2)), 1, 3);
            }
            else
            {
                if (comm.Rank == 1)
                {
                    t2 = t2 * 0.5 + comm.Receive(t1, 0, 3) * Tensor.Tanh(t1 * Math.Tanh(a));
                }
            }
        }
        if (comm.Rank > 0)
        {
            t2 = t2 * 0.5 + comm.Receive(t1, comm.Rank - 1, 3);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Tensor.Tanh(Tensor.Sin((t2 + u) * 0.5)), comm.Rank + 1, 3);
        }
        return acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + a * 0.1;
    }

    // replicated; AllreduceMax, AllreduceMin, Broadcast, HaloExchange, Isend/Irecv, Receive(like), Send/Receive, loop, tokens
    [Differentiable]
    public static double C34(double a, Tensor u, int rows, int columns, Communicator comm)
    {
        var tk = comm.Token;
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        if (comm.Size > 2)
        {
            if (comm.Rank == 1)
            {
                comm.Send(u, comm.Size - 1, 5, tk, out tk);
                comm.Send(Tensor.Tanh(u) * 0.9, comm.Size - 1, 5, tk, out tk);
            }
            else
            {
                if (comm.Rank == comm.Size - 1)
                {
                    t1 = t1 * 0.5 + comm.Receive(t1, 1, 5, tk, out tk) * Tensor.Tanh(t2);
                    t1 = t1 * 0.5 + comm.Receive(t1, 1, 5, tk, out tk) * Tensor.Tanh((t1 * 0.7 + acc * 0.2));
                }
            }
        }
        acc += (Math.Tanh((s2 * 0.8 - 0.1)) * (comm.Size - 0.5) * 0.3 * 0.8 - 0.1) * 0.3;
        var rq1 = comm.Irecv((comm.Rank + 1) % comm.Size, 1, tk, out tk);
        var sq2 = comm.Isend(Math.Sin(Tensor.SumOfSquares(Tensor.Sin(comm.HaloExchange(t1, rows, columns, 1, 0.0, tk, out tk))) * 0.1), (comm.Rank + comm.Size - 1) % comm.Size, 1, tk, out tk);
        t2 = Tensor.Exp(Tensor.Tanh(t1 * Math.Tanh(acc)) * 0.2) * Math.Tanh((Math.Tanh(a * s1) + Math.Exp(Math.Tanh(a) * 0.3)) * 0.5);
        s2 += Math.Tanh(Math.Tanh(comm.AllreduceMin(acc + a * 0.37, tk, out tk)) * (comm.Size - 0.5) * 0.3 * comm.Broadcast(Math.Tanh(s2) * (comm.Size - 0.5) * 0.3, 1 % comm.Size, tk, out tk)) * 0.3;
        comm.Wait(rq1);
        comm.Wait(sq2);
        s1 = s1 * 0.5 + rq1.Value * (Math.Sin(s2));
        s2 = s2 * 0.5 + rq1.Value * (a);
        for (var k7 = 0; k7 < 3; k7++)
        {
            if (comm.Size > 1)
            {
                if (comm.Rank == 0)
                {
                    var sq4 = comm.Isend(Math.Sin(Math.Sin(a)), 1, 5, tk, out tk);
                    comm.Wait(sq4);
                }
                else
                {
                    if (comm.Rank == 1)
                    {
                        var rq3 = comm.Irecv(0, 5, tk, out tk);
                        comm.Wait(rq3);
                    }
                }
            }
            if (comm.Rank > 0)
            {
                t1 = t1 * 0.5 + comm.Receive(u, comm.Rank - 1, 1, tk, out tk);
            }
            if (comm.Rank < comm.Size - 1)
            {
                comm.Send(Tensor.Tanh(t1), comm.Rank + 1, 1, tk, out tk);
            }
            var rq5 = comm.Irecv(comm.Rank, 2, tk, out tk);
            var sq6 = comm.Isend(Math.Tanh(Math.Exp(Math.Tanh(-0.4) * 0.3)) * (comm.Size - 0.5) * 0.3, comm.Rank, 2, tk, out tk);
            comm.Wait(sq6);
            comm.Wait(rq5);
            acc = acc * 0.5 + rq5.Value * ((s1 * 0.8 - 0.1));
        }
        return comm.AllreduceMax(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + a * 0.37, tk, out tk) * 0.5 + comm.AllreduceSum(s1 * s1, tk, out _);
    }

    // replicated; AllreduceSum, Gather, Isend/Irecv, Scatter, Send/Receive, call, tokens, unused
    [Differentiable]
    public static double C35(double a, double b, Tensor u, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5 + Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        t1 = comm.Scatter(comm.Gather(Tensor.Exp(Tensor.Tanh(Tensor.Tanh(t2 * t2)) * 0.2), 1 % comm.Size), 1 % comm.Size);
        var unused1 = CTok(a, comm);
        if (comm.Size > 2)
        {
            if (comm.Rank == 1)
            {
                comm.Send((0.7 * 0.8 - 0.1), comm.Size - 1, 2);
                comm.Send((Math.Exp(Math.Tanh(acc) * 0.3) + (b * 0.8 - 0.1)) * 0.5, comm.Size - 1, 2);
            }
            else
            {
                if (comm.Rank == comm.Size - 1)
                {
                    s2 = s2 * 0.5 + comm.Receive(1, 2) * Tensor.Mean(Tensor.Sin(t2));
                    acc = acc * 0.5 + comm.Receive(1, 2) * (0.7 * 0.8 - 0.1);
                }
            }
        }
        if (comm.Size > 1)
        {
            if (comm.Rank == comm.Size - 1)
            {
                var sq3 = comm.Isend(Tensor.Tanh(u * u) * Math.Tanh((b + -0.4) * 0.5), 0, 1);
                comm.Wait(sq3);
            }
            else
            {
                if (comm.Rank == 0)
                {
                    var rq2 = comm.Irecv(t1, comm.Size - 1, 1);
                    comm.Wait(rq2);
                    t2 = t2 * 0.5 + rq2.Tensor * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t1) * 0.2));
                }
            }
        }
        var sq5 = comm.Isend(Tensor.Sin(Tensor.Tanh(t1 * t1)), (comm.Rank + 1) % comm.Size, 5);
        var rq4 = comm.Irecv(t2, (comm.Rank + comm.Size - 1) % comm.Size, 5);
        s1 = a;
        s1 += ((Math.Exp(Math.Tanh(s1) * 0.3) + Math.Exp(Math.Tanh(a) * 0.3)) * 0.5 * 0.8 - 0.1) * 0.3;
        comm.Wait(sq5);
        comm.Wait(rq4);
        t2 = t2 * 0.5 + rq4.Tensor * Tensor.Tanh(Tensor.Tanh(t1 * u));
        var unused6 = comm.AllreduceSum(t2);
        if (comm.Size > 1)
        {
            if (comm.Rank == comm.Size - 1)
            {
                comm.Send(Tensor.Sum(Tensor.Sin(t1)) * 0.2, 0, 2);
            }
            else
            {
                if (comm.Rank == 0)
                {
                    s2 = s2 * 0.5 + comm.Receive(comm.Size - 1, 2) * Math.Tanh(acc) * (comm.Size - 0.5) * 0.3;
                }
            }
        }
        return comm.AllreduceSum(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2);
    }

    // rank-local; Allgather, AllreduceSum, Receive(like), Scatter, Send/Receive, call, replicated branch, self message, unused, value branch
    [Differentiable]
    public static double C36(double a, Tensor u, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        s1 += (Math.Sin(Math.Tanh(-0.4 * s2)) * 0.8 - 0.1) * 0.3;
        t2 = comm.AllreduceSum(CBcast((t1 + u) * 0.5, (a + 0.7) * 0.5, comm));
        if (comm.Rank > 0)
        {
            acc = acc * 0.5 + comm.Receive(comm.Rank - 1, 5);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Math.Tanh(Math.Sin(a)), comm.Rank + 1, 5);
        }
        acc += s1 * 0.3;
        s1 = Math.Tanh(-0.4 * Math.Tanh((s1 + s2) * 0.5) * (comm.Size - 0.5) * 0.3);
        var unused1 = comm.AllreduceSum(Tensor.Tanh(t2 * u));
        if (Math.Sin(comm.AllreduceSum(Tensor.Mean(Tensor.Sin(t2)))) > 0.2)
        {
            s1 = Tensor.SumOfSquares(Tensor.Tanh(comm.Scatter(comm.Allgather(Tensor.Tanh(comm.AllreduceSum(t1 * 0.5)) + t1 * 0.3) * 0.5, 0))) * 0.1;
            if (comm.Rank > 0)
            {
                t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank - 1, 3);
            }
            if (comm.Rank < comm.Size - 1)
            {
                comm.Send(Tensor.Tanh((Tensor.Sin(t2) * 0.7 + Math.Tanh(s1 * 1.3) * 0.2)), comm.Rank + 1, 3);
            }
        }
        else
        {
            acc += Math.Tanh(s2 * Tensor.SumOfSquares(Tensor.Tanh((u * 0.7 + s2 * 0.2))) * 0.1) * 0.3;
            if (Tensor.Dot(Tensor.Tanh(u) * 0.9, u) * 0.1 > 0.3)
            {
                comm.Send(Tensor.SumOfSquares(Tensor.Tanh(Tensor.Sin(u))) * 0.1, comm.Rank, 3);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
                comm.Send(u, comm.Rank, 2);
                t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank, 2) * 0.5;
                comm.Send((Tensor.Exp(Tensor.Tanh(t2) * 0.2) * 0.7 + Tensor.Sum(u) * 0.2 * 0.2), comm.Rank, 1);
                t2 = t2 * 0.5 + comm.Receive(u, comm.Rank, 1) * 0.5;
            }
            comm.Send(Tensor.Exp(Tensor.Tanh(Tensor.Tanh(u) * 0.9) * 0.2), comm.Rank, 1);
            t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 1) * 0.5;
        }
        return comm.AllreduceSum(acc * 0.5) + Math.Sin(s1) * 0.5 + Tensor.Mean(Tensor.Sin(t1)) * 0.5;
    }

    // replicated; AllreduceSum, HaloExchange, Isend/Irecv, Receive(like), Send/Receive, call, loop, rank branch, replicated branch, self message, token parameter, unused, value branch
    [Differentiable]
    public static double C37(double a, double b, Tensor u, Communicator comm, CommToken token)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5 + Tensor.Mean(u));
        comm.Barrier(token, out var tk);
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        if (Math.Sin(comm.AllreduceSum(Math.Sin(acc), tk, out tk)) > 0.2)
        {
            var rq1 = comm.Irecv(t2, (comm.Rank + 1) % comm.Size, 3, tk, out tk);
            var sq2 = comm.Isend((Tensor.Sin(t1) * 0.7 + Tensor.Mean(Tensor.Sin(t1)) * 0.2), (comm.Rank + comm.Size - 1) % comm.Size, 3, tk, out tk);
            comm.Wait(sq2);
            comm.Wait(rq1);
            t2 = t2 * 0.5 + rq1.Tensor * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(u) * 0.2));
            acc += (Math.Sin(Math.Tanh(s2 * acc)) * 0.8 - 0.1) * 0.3;
            if (comm.Rank > 0)
            {
                t2 = t2 * 0.5 + comm.Receive(t1, comm.Rank - 1, 1, tk, out tk);
            }
            if (comm.Rank < comm.Size - 1)
            {
                comm.Send(Tensor.Tanh(Tensor.Tanh(t1 * Tensor.Tanh(t1 * t1))), comm.Rank + 1, 1, tk, out tk);
            }
        }
        else
        {
            if (comm.Size > 2)
            {
                if (comm.Rank == 1)
                {
                    comm.Send(Tensor.Tanh(t1) * 0.9 * Math.Tanh(Math.Exp(Math.Tanh(s1) * 0.3)), comm.Size - 1, 3, tk, out tk);
                }
                else
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        t1 = t1 * 0.5 + comm.Receive(u, 1, 3, tk, out tk) * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t1) * 0.2));
                    }
                }
            }
            if (comm.Rank == 0)
            {
                s2 += Math.Cos(Math.Exp(Math.Tanh(Tensor.SumOfSquares(Tensor.Tanh(t2)) * 0.1) * 0.3)) * 0.5 * 0.3;
                comm.Send(Tensor.Tanh(t1 * Math.Tanh(-0.4)) * 0.9, comm.Rank, 1, tk, out tk);
                t1 = t1 * 0.5 + comm.Receive(u, comm.Rank, 1, tk, out tk) * 0.5;
                comm.Send(Tensor.Sin(t1), comm.Rank, 1, tk, out tk);
                t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 1, tk, out tk) * 0.5;
            }
            acc += Math.Tanh(b * b) * 0.3;
            acc += Math.Sin(b) * 0.3;
        }
        var unused3 = comm.AllreduceSum(Math.Sin(s1), tk, out tk);
        for (var k13 = 0; k13 < 3; k13++)
        {
            if (comm.Rank > 0)
            {
                t1 = t1 * 0.5 + comm.Receive(u, comm.Rank - 1, 5, tk, out tk);
            }
            if (comm.Rank < comm.Size - 1)
            {
                comm.Send(Tensor.Tanh((Tensor.Tanh(t1 * t2) + Tensor.Tanh(t1 * t1)) * 0.5), comm.Rank + 1, 5, tk, out tk);
            }
            comm.Barrier(tk, out _);
            acc = acc * 0.5 + CMix(acc, comm) * 0.5;
            tk = comm.Token;
        }
        if (Math.Sin(comm.AllreduceSum(Tensor.Mean(Tensor.Sin(t2)), tk, out tk)) > 0.2)
        {
            if (comm.Size % 2 == 0)
            {
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(Math.Exp(Math.Tanh(Tensor.Dot(t2, t2) * 0.1) * 0.3), comm.Size - 1, 2, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            acc = acc * 0.5 + comm.Receive(1, 2, tk, out tk) * Tensor.Mean(Tensor.Sin(t2));
                        }
                    }
                }
                t2 = Tensor.Sin(t2);
            }
            var rq4 = comm.Irecv(comm.Rank, 5, tk, out tk);
            var sq5 = comm.Isend(Tensor.Mean(Tensor.Sin(t1)), comm.Rank, 5, tk, out tk);
            comm.Wait(sq5);
            comm.Wait(rq4);
        }
        else
        {
            if (Math.Tanh(Math.Tanh(a) * (comm.Size - 0.5) * 0.3) * (comm.Size - 0.5) * 0.3 > 0.6)
            {
                comm.Send(Tensor.SumOfSquares(Tensor.Tanh(Tensor.Sin(t2))) * 0.1, comm.Rank, 3, tk, out tk);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 3, tk, out tk) * 0.5;
                comm.Send(u, comm.Rank, 5, tk, out tk);
                t2 = t2 * 0.5 + comm.Receive(u, comm.Rank, 5, tk, out tk) * 0.5;
            }
            for (var k14 = 0; k14 < 3; k14++)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(Tensor.Exp(Tensor.Tanh(u) * 0.2), 0, 1, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            t1 = t1 * 0.5 + comm.Receive(t2, comm.Size - 1, 1, tk, out tk) * Tensor.Tanh(u);
                        }
                    }
                }
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send((Tensor.Mean(Tensor.Sin(u)) + s1) * 0.5, comm.Size - 1, 5, tk, out tk);
                        comm.Send((Math.Sin(1.3) * 0.8 - 0.1), comm.Size - 1, 5, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            s2 = s2 * 0.5 + comm.Receive(1, 5, tk, out tk) * Math.Cos(acc) * 0.5;
                            acc = acc * 0.5 + comm.Receive(1, 5, tk, out tk) * Tensor.SumOfSquares(Tensor.Tanh(u)) * 0.1;
                        }
                    }
                }
            }
        }
        if (comm.Size > 1)
        {
            if (comm.Rank == 0)
            {
                comm.Send(t2, 1, 2, tk, out tk);
            }
            else
            {
                if (comm.Rank == 1)
                {
                    t1 = t1 * 0.5 + comm.Receive(t1, 0, 2, tk, out tk) * Tensor.Tanh((t1 + u) * 0.5);
                }
            }
        }
        if (Math.Sin(comm.AllreduceSum(s2, tk, out tk)) > -0.3)
        {
            if (comm.Size > 1)
            {
                if (comm.Rank == comm.Size - 1)
                {
                    comm.Send(a, 0, 2, tk, out tk);
                    comm.Send(Math.Cos(Tensor.Mean(Tensor.Sin(u))) * 0.5, 0, 2, tk, out tk);
                }
                else
                {
                    if (comm.Rank == 0)
                    {
                        s2 = s2 * 0.5 + comm.Receive(comm.Size - 1, 2, tk, out tk) * Math.Sin(s1);
                        acc = acc * 0.5 + comm.Receive(comm.Size - 1, 2, tk, out tk) * (s1 * 0.8 - 0.1);
                    }
                }
            }
            var rq6 = comm.Irecv(t2, comm.Rank, 1, tk, out tk);
            var sq7 = comm.Isend((Tensor.Tanh(u) * 0.9 * 0.7 + Math.Tanh(s2 * s1) * 0.2), comm.Rank, 1, tk, out tk);
            comm.Wait(rq6);
            comm.Wait(sq7);
            t2 = t2 * 0.5 + rq6.Tensor * Tensor.Tanh(Tensor.Tanh(u * t1));
            var sq9 = comm.Isend(Math.Tanh(Math.Tanh(a * a)) * (comm.Size - 0.5) * 0.3, (comm.Rank + comm.Size - 1) % comm.Size, 2, tk, out tk);
            var rq8 = comm.Irecv((comm.Rank + 1) % comm.Size, 2, tk, out tk);
            t2 = ((Tensor.Tanh(u * t2) * 0.7 + Math.Cos(b) * 0.5 * 0.2) + comm.AllreduceSum((u * 0.7 + acc * 0.2), tk, out tk)) * 0.5;
            comm.Wait(sq9);
            comm.Wait(rq8);
            s1 = s1 * 0.5 + rq8.Value * (Tensor.SumOfSquares(Tensor.Tanh(t1)) * 0.1);
            for (var k15 = 0; k15 < 2; k15++)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send((Tensor.Dot(t2, t2) * 0.1 + s2) * 0.5, 0, 5, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            s2 = s2 * 0.5 + comm.Receive(comm.Size - 1, 5, tk, out tk) * Tensor.Mean(Tensor.Sin(u));
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(t1, 0, 2, tk, out tk);
                        comm.Send(t1, 0, 2, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            t1 = t1 * 0.5 + comm.Receive(u, comm.Size - 1, 2, tk, out tk) * Tensor.Tanh((u * 0.7 + b * 0.2));
                            t2 = t2 * 0.5 + comm.Receive(t2, comm.Size - 1, 2, tk, out tk) * Tensor.Tanh(Tensor.Tanh(t2) * 0.9);
                        }
                    }
                }
                t1 = Tensor.Sin(Tensor.Exp(Tensor.Tanh(t2) * 0.2));
            }
        }
        else
        {
            var unused10 = Tensor.SumOfSquares(Tensor.Sin(comm.HaloExchange(t1, comm.Size, 1, 2, 0.5, tk, out tk))) * 0.1;
            if (comm.Rank > 0)
            {
                t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank - 1, 5, tk, out tk);
            }
            if (comm.Rank < comm.Size - 1)
            {
                comm.Send(Tensor.Tanh(u), comm.Rank + 1, 5, tk, out tk);
            }
            if (comm.Size > 1)
            {
                if (comm.Rank == 0)
                {
                    var sq12 = comm.Isend(Tensor.Sin(Tensor.Sin(t1)), 1, 3, tk, out tk);
                    comm.Wait(sq12);
                }
                else
                {
                    if (comm.Rank == 1)
                    {
                        var rq11 = comm.Irecv(t1, 0, 3, tk, out tk);
                        comm.Wait(rq11);
                        t2 = t2 * 0.5 + rq11.Tensor * Tensor.Tanh(Tensor.Tanh(t1) * 0.9);
                        t2 = t2 * 0.5 + rq11.Tensor * Tensor.Tanh(Tensor.Tanh(u) * 0.9);
                    }
                }
            }
        }
        return comm.AllreduceSum(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2, tk, out _);
    }

    // rank-local; Allgather, Isend/Irecv, SendReceive, call, loop, self message, unused, value branch
    [Differentiable]
    public static double C38(Tensor u, int rows, int columns, Communicator comm)
    {
        var s1 = Math.Tanh(Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        comm.Send(Tensor.Exp(Tensor.Tanh(Tensor.Tanh(t2) * 0.9) * 0.2), comm.Rank, 5);
        t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank, 5) * 0.5;
        for (var k13 = 0; k13 < 2; k13++)
        {
            if (s1 > 0.3)
            {
                comm.Send(s1, comm.Rank, 3);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
                s1 += s1 * 0.3;
                t1 = ((Tensor.Exp(Tensor.Tanh(u) * 0.2) + (t1 + t1) * 0.5) * 0.5 * 0.7 + (Math.Exp(Math.Tanh(s2) * 0.3) * 0.8 - 0.1) * 0.2);
                var sq2 = comm.Isend((Tensor.Mean(Tensor.Sin(t1)) + Math.Tanh(s1) * (comm.Size - 0.5) * 0.3) * 0.5, comm.Rank, 2);
                var rq1 = comm.Irecv(comm.Rank, 2);
                comm.Wait(sq2);
                comm.Wait(rq1);
                s2 = s2 * 0.5 + rq1.Value * (Math.Cos(s1) * 0.5);
            }
            else
            {
                comm.Send(t2 * Math.Tanh(s1) * Math.Tanh(1.3), comm.Rank, 3);
                t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 3) * 0.5;
                s1 = Tensor.Sum(t2) * 0.2;
            }
            var unused3 = CNest(Math.Exp(Math.Tanh(s2) * 0.3), t1 * Math.Tanh(acc), comm);
            var unused4 = comm.SendReceive((s1 * 0.8 - 0.1), (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 3);
            s1 += Math.Sin(((s1 * 0.8 - 0.1) + Math.Tanh(s2 * acc)) * 0.5) * 0.3;
        }
        if ((Tensor.Dot(t1, t1) * 0.1 + Tensor.Dot(u, t2) * 0.1) * 0.5 > 0.0)
        {
            if (s2 > 0.6)
            {
                comm.Send(Math.Sin(Tensor.Sum(t1) * 0.2), comm.Rank, 1);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
                var rq5 = comm.Irecv(t1, comm.Rank, 2);
                var sq6 = comm.Isend(t2, comm.Rank, 2);
                comm.Wait(sq6);
                comm.Wait(rq5);
                t2 = t2 * 0.5 + rq5.Tensor * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(u) * 0.2));
                comm.Send(s1, comm.Rank, 1);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
                comm.Send(Math.Tanh(Tensor.Dot(t2, u) * 0.1 * Math.Cos(acc) * 0.5), comm.Rank, 5);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
            }
            else
            {
                comm.Send(s1, comm.Rank, 2);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                s1 += Tensor.SumOfSquares(Tensor.Tanh(Tensor.Sin(Tensor.Sin(t1)))) * 0.1 * 0.3;
                var rq7 = comm.Irecv(comm.Rank, 1);
                var sq8 = comm.Isend((Math.Sin(s2) * 0.8 - 0.1), comm.Rank, 1);
                comm.Wait(rq7);
                comm.Wait(sq8);
                s2 = s2 * 0.5 + rq7.Value * (Tensor.Sum(t1) * 0.2);
                comm.Send(Tensor.Tanh(t1) * 0.9 * Math.Tanh((acc + acc) * 0.5), comm.Rank, 2);
                t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank, 2) * 0.5;
            }
            var sq10 = comm.Isend(Tensor.Tanh(Tensor.Tanh(t1 * t2)) * 0.9, comm.Rank, 1);
            var rq9 = comm.Irecv(t1, comm.Rank, 1);
            comm.Wait(rq9);
            comm.Wait(sq10);
            t2 = t2 * 0.5 + rq9.Tensor * Tensor.Tanh(u);
            var sq12 = comm.Isend(Math.Sin(Tensor.SumOfSquares(Tensor.Tanh(t1)) * 0.1), comm.Rank, 5);
            var rq11 = comm.Irecv(comm.Rank, 5);
            comm.Wait(sq12);
            comm.Wait(rq11);
            s2 = s2 * 0.5 + rq11.Value * (Tensor.Dot(t1, t2) * 0.1);
            s2 = s2 * 0.5 + rq11.Value * (Math.Tanh(1.3) * (comm.Size - 0.5) * 0.3);
            for (var k14 = 0; k14 < 3; k14++)
            {
                comm.Send(t1, comm.Rank, 1);
                t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 1) * 0.5;
                comm.Send(t1, comm.Rank, 2);
                t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank, 2) * 0.5;
            }
        }
        s1 = s2;
        s2 = Math.Tanh(Tensor.SumOfSquares(comm.Allgather(acc)) * 0.2) * (comm.Size - 0.5) * 0.3;
        return comm.AllreduceSum(acc * 0.5) + Math.Sin(acc) * 0.5 + Tensor.Mean(Tensor.Sin(t1)) * 0.5;
    }

    // rank-local; Broadcast, Receive(like), ReduceSum, Send/Receive, token parameter, unused
    [Differentiable]
    public static double C39(double a, Tensor u, Communicator comm, CommToken token)
    {
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u));
        comm.Barrier(token, out var tk);
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        var unused1 = comm.Broadcast(comm.ReduceSum(t2, 1 % comm.Size, tk, out tk), 0, tk, out tk);
        if (comm.Size > 2)
        {
            if (comm.Rank == 1)
            {
                comm.Send(Tensor.Tanh(t1 * Tensor.Exp(Tensor.Tanh(t2) * 0.2)), comm.Size - 1, 1, tk, out tk);
            }
            else
            {
                if (comm.Rank == comm.Size - 1)
                {
                    t1 = t1 * 0.5 + comm.Receive(t1, 1, 1, tk, out tk) * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(u) * 0.2));
                }
            }
        }
        s2 += a * 0.3;
        if (comm.Rank > 0)
        {
            s1 = s1 * 0.5 + comm.Receive(comm.Rank - 1, 2, tk, out tk);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Math.Tanh(acc), comm.Rank + 1, 2, tk, out tk);
        }
        if (comm.Rank > 0)
        {
            t2 = t2 * 0.5 + comm.Receive(t1, comm.Rank - 1, 1, tk, out tk);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Tensor.Tanh(Tensor.Sin(Tensor.Tanh(t1) * 0.9)), comm.Rank + 1, 1, tk, out tk);
        }
        return acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + a * 0.1;
    }

    // rank-local; Allgather, Isend/Irecv, Receive(like), Scatter, Send/Receive, call, loop, rank branch, replicated branch, self message, unused, value branch
    [Differentiable]
    public static double C40(Tensor u, int rows, int columns, Communicator comm)
    {
        var s1 = Math.Tanh(Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        if (comm.Size % 2 == 0)
        {
            if (comm.Size > 1)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        var sq2 = comm.Isend(Math.Tanh(Tensor.SumOfSquares(Tensor.Tanh(t2)) * 0.1) * (comm.Size - 0.5) * 0.3, 1, 5);
                        comm.Send(t1, 1, 5);
                        comm.Wait(sq2);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            var rq1 = comm.Irecv(0, 5);
                            comm.Wait(rq1);
                            t2 = t2 * 0.5 + comm.Receive(t1, 0, 5) * 0.5;
                            s2 = s2 * 0.5 + rq1.Value * (Math.Tanh(-0.4) * (comm.Size - 0.5) * 0.3);
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        var sq4 = comm.Isend(Tensor.Mean(Tensor.Sin(t2 * Math.Tanh(s1))), 1, 5);
                        comm.Send(0.7, 1, 5);
                        comm.Wait(sq4);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            var rq3 = comm.Irecv(0, 5);
                            comm.Wait(rq3);
                            s2 = s2 * 0.5 + comm.Receive(0, 5) * 0.5;
                        }
                    }
                }
                var unused5 = Tensor.Sum(comm.Scatter(comm.Allgather(acc) * comm.Allgather(Math.Sin(s1)), 0));
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        var sq7 = comm.Isend(Tensor.Tanh(t1) * 0.9, 0, 1);
                        comm.Wait(sq7);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            var rq6 = comm.Irecv(t1, comm.Size - 1, 1);
                            comm.Wait(rq6);
                        }
                    }
                }
            }
            for (var k24 = 0; k24 < 3; k24++)
            {
                acc += s1 * 0.3;
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(Tensor.Sum(Tensor.Tanh(t2 * t1)) * 0.2, 1, 3);
                        comm.Send(s2, 1, 3);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            s2 = s2 * 0.5 + comm.Receive(0, 3) * s1;
                            acc = acc * 0.5 + comm.Receive(0, 3) * Math.Tanh(acc * s1);
                        }
                    }
                }
                var rq8 = comm.Irecv(u, (comm.Rank + 1) % comm.Size, 5);
                var sq9 = comm.Isend(Tensor.Tanh(t1 * Math.Tanh(acc) * Tensor.Tanh(t2) * 0.9), (comm.Rank + comm.Size - 1) % comm.Size, 5);
                var rq10 = comm.Irecv(t2, (comm.Rank + 1) % comm.Size, 5);
                var sq11 = comm.Isend(Tensor.Tanh(Tensor.Tanh(t1) * 0.9) * 0.9, (comm.Rank + comm.Size - 1) % comm.Size, 5);
                comm.Wait(sq11);
                comm.Wait(rq8);
                comm.Wait(rq10);
                comm.Wait(sq9);
                t1 = t1 * 0.5 + rq8.Tensor * Tensor.Tanh(Tensor.Sin(t2));
                t1 = t1 * 0.5 + rq10.Tensor * Tensor.Tanh((t2 + t2) * 0.5);
            }
            if (comm.Size > 1)
            {
                if (comm.Rank == comm.Size - 1)
                {
                    comm.Send(t1, 0, 1);
                }
                else
                {
                    if (comm.Rank == 0)
                    {
                        t1 = t1 * 0.5 + comm.Receive(t2, comm.Size - 1, 1) * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t2) * 0.2));
                    }
                }
            }
            if (s2 > 0.0)
            {
                var sq13 = comm.Isend((Math.Exp(Math.Tanh(s2) * 0.3) * 0.8 - 0.1), comm.Rank, 5);
                var rq12 = comm.Irecv(comm.Rank, 5);
                comm.Wait(rq12);
                comm.Wait(sq13);
                acc = acc * 0.5 + rq12.Value * (Tensor.Dot(u, u) * 0.1);
                comm.Send(Tensor.Sum(Tensor.Sin(t1)) * 0.2, comm.Rank, 2);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                comm.Send(s1, comm.Rank, 1);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
            }
            else
            {
                t1 = t1 * 0.6 + Tensor.Sin((Tensor.Sin(t1) * 0.7 + Math.Tanh(acc * s2) * 0.2)) * 0.4;
                var sq15 = comm.Isend(Tensor.Exp(Tensor.Tanh(t1) * 0.2) * Math.Tanh(Tensor.SumOfSquares(Tensor.Tanh(t2)) * 0.1), comm.Rank, 5);
                var rq14 = comm.Irecv(t2, comm.Rank, 5);
                comm.Wait(sq15);
                comm.Wait(rq14);
                t2 = t2 * 0.5 + rq14.Tensor * Tensor.Tanh(t2);
                var rq16 = comm.Irecv(comm.Rank, 1);
                var sq17 = comm.Isend(Tensor.SumOfSquares(Tensor.Tanh((t1 * 0.7 + s1 * 0.2))) * 0.1, comm.Rank, 1);
                comm.Wait(sq17);
                comm.Wait(rq16);
                acc += s1 * 0.3;
            }
        }
        t1 = t1 * 0.6 + Tensor.Exp(Tensor.Tanh(Tensor.Sin(CBcast(u, s1, comm))) * 0.2) * 0.4;
        t1 = Tensor.Tanh(t1 * Tensor.Sin((t2 + t2) * 0.5));
        if (comm.Rank % 2 == 1)
        {
            comm.Send(Tensor.Sin(t2 * Math.Tanh(acc)), comm.Rank, 2);
            t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank, 2) * 0.5;
            s2 = Math.Exp(Math.Tanh(acc) * 0.3);
            comm.Send(acc, comm.Rank, 5);
            s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
        }
        for (var k25 = 0; k25 < 3; k25++)
        {
            if (Math.Sin(comm.AllreduceSum(Tensor.Sum(t1) * 0.2)) > -0.3)
            {
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send((Math.Sin(acc) + s1) * 0.5, comm.Size - 1, 2);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            s2 = s2 * 0.5 + comm.Receive(1, 2) * acc;
                        }
                    }
                }
                var rq18 = comm.Irecv(u, (comm.Rank + 1) % comm.Size, 1);
                var sq19 = comm.Isend(u, (comm.Rank + comm.Size - 1) % comm.Size, 1);
                var rq20 = comm.Irecv((comm.Rank + comm.Size - 1) % comm.Size, 2);
                var sq21 = comm.Isend(s2, (comm.Rank + 1) % comm.Size, 2);
                comm.Wait(sq19);
                comm.Wait(rq18);
                comm.Wait(sq21);
                comm.Wait(rq20);
                t1 = t1 * 0.5 + rq18.Tensor * Tensor.Tanh(t2 * Math.Tanh(acc));
                acc = acc * 0.5 + rq20.Value * ((acc + s1) * 0.5);
                acc = acc * 0.5 + rq20.Value * (Math.Tanh(s2 * acc));
            }
            if (s1 > 0.0)
            {
                s1 = (Math.Tanh(Math.Sin(s2)) * (comm.Size - 0.5) * 0.3 * 0.8 - 0.1);
                comm.Send(Tensor.SumOfSquares(Tensor.Tanh(u)) * 0.1, comm.Rank, 5);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
            }
            var rq22 = comm.Irecv(comm.Rank, 2);
            var sq23 = comm.Isend(Tensor.Dot(Tensor.Tanh(u * t1), (u + t1) * 0.5) * 0.1, comm.Rank, 2);
            comm.Wait(rq22);
            comm.Wait(sq23);
            s2 = s2 * 0.5 + rq22.Value * (Math.Tanh(acc) * (comm.Size - 0.5) * 0.3);
        }
        return comm.AllreduceSum(acc * 0.5) + Tensor.Mean(Tensor.Sin(t2)) * 0.5 + Math.Sin(s2) * 0.5;
    }

    // replicated; AllreduceMax, AllreduceSum, Broadcast, Isend/Irecv, Receive(like), Send/Receive, loop, rank branch, self message, token parameter, unused, value branch
    [Differentiable]
    public static double C41(double a, Tensor u, Tensor q, Communicator comm, CommToken token)
    {
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u) + Tensor.Mean(q));
        var s2 = comm.Broadcast(0.25, 0, token, out var tk);
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        var r1 = Tensor.Sin(q) * 0.5;
        if (comm.Rank > 0)
        {
            r1 = r1 * 0.5 + comm.Receive(r1, comm.Rank - 1, 3, tk, out tk);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Tensor.Tanh(q), comm.Rank + 1, 3, tk, out tk);
        }
        for (var k10 = 0; k10 < 2; k10++)
        {
            var rq1 = comm.Irecv((comm.Rank + comm.Size - 1) % comm.Size, 1, tk, out tk);
            var sq2 = comm.Isend(Math.Sin(comm.AllreduceSum(s2, tk, out tk) * 0.5) + s2 * 0.2, (comm.Rank + 1) % comm.Size, 1, tk, out tk);
            comm.Wait(rq1);
            comm.Wait(sq2);
            s1 = s1 * 0.5 + rq1.Value * ((-0.4 * 0.8 - 0.1));
            acc = acc * 0.5 + rq1.Value * (Math.Sin(s1));
            if (comm.Rank > 0)
            {
                acc = acc * 0.5 + comm.Receive(comm.Rank - 1, 2, tk, out tk);
            }
            if (comm.Rank < comm.Size - 1)
            {
                comm.Send(Math.Tanh(Tensor.SumOfSquares(Tensor.Tanh((q + r1) * 0.5)) * 0.1), comm.Rank + 1, 2, tk, out tk);
            }
            for (var k11 = 0; k11 < 3; k11++)
            {
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send((Tensor.Tanh(t2) * 0.9 * 0.7 + s2 * 0.2), comm.Size - 1, 5, tk, out tk);
                        comm.Send(t1, comm.Size - 1, 5, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            t1 = t1 * 0.5 + comm.Receive(t1, 1, 5, tk, out tk) * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(u) * 0.2));
                            t1 = t1 * 0.5 + comm.Receive(t1, 1, 5, tk, out tk) * Tensor.Tanh((t1 * 0.7 + a * 0.2));
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(q, 1, 3, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            r1 = r1 * 0.5 + comm.Receive(q, 0, 3, tk, out tk) * Tensor.Tanh(r1);
                        }
                    }
                }
                r1 = Tensor.Sin(r1);
                var unused3 = comm.Broadcast(u, comm.Size - 1, tk, out tk);
            }
            if (comm.Size > 1)
            {
                if (comm.Rank == comm.Size - 1)
                {
                    comm.Send(Tensor.Sum(Tensor.Sin(q)) * 0.2, 0, 2, tk, out tk);
                }
                else
                {
                    if (comm.Rank == 0)
                    {
                        acc = acc * 0.5 + comm.Receive(comm.Size - 1, 2, tk, out tk) * Math.Tanh(-0.4 * -0.4);
                    }
                }
            }
        }
        if (Tensor.Mean(Tensor.Sin(Tensor.Tanh(t1) * 0.9)) > 0.3)
        {
            if (comm.Rank % 2 == 1)
            {
                comm.Send(s2, comm.Rank, 2, tk, out tk);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2, tk, out tk) * 0.5;
                comm.Send(Tensor.Exp(Tensor.Tanh(r1) * 0.2) * Math.Tanh(Math.Tanh(s2) * (comm.Size - 0.5) * 0.3), comm.Rank, 2, tk, out tk);
                r1 = r1 * 0.5 + comm.Receive(r1, comm.Rank, 2, tk, out tk) * 0.5;
                comm.Send(Tensor.Exp(Tensor.Tanh(r1) * 0.2), comm.Rank, 5, tk, out tk);
                r1 = r1 * 0.5 + comm.Receive(q, comm.Rank, 5, tk, out tk) * 0.5;
            }
            s1 = Math.Exp(Math.Tanh(Math.Tanh(a * acc)) * 0.3);
            if (comm.Rank == comm.Size - 1)
            {
                comm.Send((Tensor.SumOfSquares(Tensor.Tanh(t1)) * 0.1 * 0.8 - 0.1), comm.Rank, 3, tk, out tk);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 3, tk, out tk) * 0.5;
                comm.Send(Math.Tanh(Tensor.SumOfSquares(Tensor.Tanh(q)) * 0.1 * Tensor.Sum(q) * 0.2), comm.Rank, 3, tk, out tk);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 3, tk, out tk) * 0.5;
                comm.Send(acc, comm.Rank, 2, tk, out tk);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2, tk, out tk) * 0.5;
                comm.Send(Tensor.Tanh(u) * 0.9, comm.Rank, 2, tk, out tk);
                t2 = t2 * 0.5 + comm.Receive(t1, comm.Rank, 2, tk, out tk) * 0.5;
            }
            else
            {
                var rq4 = comm.Irecv(comm.Rank, 5, tk, out tk);
                var sq5 = comm.Isend(Tensor.Sum(Tensor.Sin(t2)) * 0.2, comm.Rank, 5, tk, out tk);
                comm.Wait(sq5);
                comm.Wait(rq4);
                s1 = s1 * 0.5 + rq4.Value * (s2);
                acc = acc * 0.5 + rq4.Value * ((s1 * 0.8 - 0.1));
                acc += Tensor.Sum((q * 0.7 + Tensor.SumOfSquares(Tensor.Tanh(q)) * 0.1 * 0.2)) * 0.2 * 0.3;
                comm.Send(Tensor.Dot(r1 * Math.Tanh(a), Tensor.Sin(r1)) * 0.1, comm.Rank, 2, tk, out tk);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2, tk, out tk) * 0.5;
                var sq7 = comm.Isend(Math.Tanh(Tensor.Mean(Tensor.Sin(q)) * Math.Tanh(a * acc)), comm.Rank, 1, tk, out tk);
                var rq6 = comm.Irecv(comm.Rank, 1, tk, out tk);
                comm.Wait(sq7);
                comm.Wait(rq6);
                s1 = s1 * 0.5 + rq6.Value * (s1);
            }
        }
        for (var k12 = 0; k12 < 3; k12++)
        {
            var sq9 = comm.Isend(r1, (comm.Rank + comm.Size - 1) % comm.Size, 3, tk, out tk);
            var rq8 = comm.Irecv(r1, (comm.Rank + 1) % comm.Size, 3, tk, out tk);
            comm.Wait(rq8);
            comm.Wait(sq9);
            s2 = Math.Tanh(Math.Tanh(Math.Tanh(s1 * s1) * Tensor.SumOfSquares(Tensor.Tanh(t2)) * 0.1)) * (comm.Size - 0.5) * 0.3;
            if (comm.Size > 1)
            {
                if (comm.Rank == 0)
                {
                    comm.Send((Math.Exp(Math.Tanh(-0.4) * 0.3) * 0.8 - 0.1), 1, 2, tk, out tk);
                    comm.Send(a, 1, 2, tk, out tk);
                }
                else
                {
                    if (comm.Rank == 1)
                    {
                        acc = acc * 0.5 + comm.Receive(0, 2, tk, out tk) * Math.Tanh(0.7) * (comm.Size - 0.5) * 0.3;
                        s2 = s2 * 0.5 + comm.Receive(0, 2, tk, out tk) * s2;
                    }
                }
            }
        }
        return comm.AllreduceMax(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(Tensor.Tanh(r1)) * 0.2 + a * 0.37, tk, out tk) * 0.5 + comm.AllreduceSum(s1 * s1, tk, out _);
    }

    // rank-local; Allgather, AllreduceSum, Broadcast, Gather, Isend/Irecv, Receive(like), ReduceSum, Send/Receive, loop, self message, unused
    [Differentiable]
    public static double C42(Tensor u, Tensor w, int rows, int columns, Communicator comm)
    {
        var s1 = Math.Tanh(Tensor.Mean(u) + Tensor.Mean(w));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        t1 = t1 * 0.6 + comm.ReduceSum(comm.Broadcast(t1, 0), 1 % comm.Size) * 0.4;
        for (var k4 = 0; k4 < 3; k4++)
        {
            for (var k5 = 0; k5 < 3; k5++)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send((u * 0.7 + Tensor.Sum(w) * 0.2 * 0.2), 0, 1);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            t2 = t2 * 0.5 + comm.Receive(t2, comm.Size - 1, 1) * Tensor.Tanh(t2);
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(Tensor.SumOfSquares(Tensor.Tanh(Tensor.Tanh(t2) * 0.9)) * 0.1, 1, 3);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            acc = acc * 0.5 + comm.Receive(0, 3) * s1;
                        }
                    }
                }
            }
            acc += acc * 0.3;
            comm.Send((Math.Tanh(s2 * s1) + Math.Tanh(s1 * acc)) * 0.5, comm.Rank, 3);
            s2 = s2 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
        }
        var unused1 = Tensor.SumOfSquares(comm.Allgather(Tensor.Sum(comm.Gather(s2, 0)) * 0.3)) * 0.2;
        var rq2 = comm.Irecv(u, (comm.Rank + 1) % comm.Size, 1);
        var sq3 = comm.Isend(comm.AllreduceSum(Tensor.Tanh(t1 * w)), (comm.Rank + comm.Size - 1) % comm.Size, 1);
        acc += Math.Cos(s1) * 0.5 * 0.3;
        s2 = 1.3;
        comm.Wait(rq2);
        comm.Wait(sq3);
        t2 = t2 * 0.5 + rq2.Tensor * Tensor.Tanh(t2);
        if (comm.Size > 1)
        {
            if (comm.Rank == comm.Size - 1)
            {
                comm.Send((Tensor.Sin(u) + (w + u) * 0.5) * 0.5, 0, 5);
                comm.Send(t2, 0, 5);
            }
            else
            {
                if (comm.Rank == 0)
                {
                    t2 = t2 * 0.5 + comm.Receive(t2, comm.Size - 1, 5) * Tensor.Tanh(w);
                    t1 = t1 * 0.5 + comm.Receive(t1, comm.Size - 1, 5) * Tensor.Tanh(Tensor.Tanh(w) * 0.9);
                }
            }
        }
        comm.Send(Math.Tanh(Tensor.Mean(Tensor.Sin(t2))) * (comm.Size - 0.5) * 0.3, comm.Rank, 2);
        s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
        return acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(u) * 0.05;
    }

    // replicated; Allgather, AllreduceMax, AllreduceSum, Broadcast, Gather, HaloExchange, Isend/Irecv, ReduceSum, Send/Receive, call, loop, rank branch, replicated branch, self message, token parameter, unused, value branch
    [Differentiable]
    public static double C43(Tensor u, Communicator comm, CommToken token)
    {
        var s1 = Math.Tanh(Tensor.Mean(u));
        comm.Barrier(token, out var tk);
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        for (var k17 = 0; k17 < 3; k17++)
        {
            s2 += comm.AllreduceSum(Math.Exp(Math.Tanh(s2) * 0.3), tk, out _) * 0.1;
            s2 = s2 * 0.5 + CNest((s2 + Math.Tanh(s1) * (comm.Size - 0.5) * 0.3) * 0.5, Tensor.Sin(t1) * Math.Tanh(Tensor.Mean(Tensor.Sin(t1))), comm) * 0.5;
            tk = comm.Token;
            if (s2 > 0.6)
            {
                acc += Tensor.Sum(u) * 0.2 * 0.3;
                comm.Send(((t2 + u) * 0.5 + (t2 * 0.7 + s2 * 0.2)) * 0.5, comm.Rank, 5, tk, out tk);
                t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank, 5, tk, out tk) * 0.5;
                comm.Send(Tensor.Dot(Tensor.Tanh(u * t1), Tensor.Tanh(t2) * 0.9) * 0.1, comm.Rank, 1, tk, out tk);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 1, tk, out tk) * 0.5;
                comm.Send(Tensor.SumOfSquares(Tensor.Tanh(Tensor.Tanh(u) * 0.9)) * 0.1, comm.Rank, 5, tk, out tk);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5, tk, out tk) * 0.5;
            }
        }
        if (comm.Size > 1)
        {
            if (comm.Rank == comm.Size - 1)
            {
                comm.Send(Tensor.Sum(u) * 0.2, 0, 5, tk, out tk);
            }
            else
            {
                if (comm.Rank == 0)
                {
                    acc = acc * 0.5 + comm.Receive(comm.Size - 1, 5, tk, out tk) * Math.Sin(1.3);
                }
            }
        }
        if (comm.Size > 1)
        {
            t1 = t1 * 0.6 + Tensor.Tanh(Tensor.Tanh(comm.AllreduceSum((u + t1) * 0.5 * 0.5, tk, out tk)) + (u + t1) * 0.5 * 0.3) * 0.9 * 0.4;
            var unused1 = Tensor.Sum(comm.Gather((s2 * 0.8 - 0.1), comm.Size - 1, tk, out tk)) * 0.3;
        }
        else
        {
            var rq2 = comm.Irecv((comm.Rank + comm.Size - 1) % comm.Size, 5, tk, out tk);
            var sq3 = comm.Isend(comm.Broadcast(Math.Sin(comm.AllreduceSum(acc, tk, out tk) * 0.5) + acc * 0.2, 0, tk, out tk), (comm.Rank + 1) % comm.Size, 5, tk, out tk);
            comm.Wait(rq2);
            comm.Wait(sq3);
            s2 = s2 * 0.5 + rq2.Value * ((acc * 0.8 - 0.1));
            for (var k18 = 0; k18 < 3; k18++)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(Math.Sin(Math.Cos(s2) * 0.5), 1, 5, tk, out tk);
                        comm.Send(Math.Tanh((s1 * 0.8 - 0.1)) * (comm.Size - 0.5) * 0.3, 1, 5, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            acc = acc * 0.5 + comm.Receive(0, 5, tk, out tk) * Tensor.Dot(t2, u) * 0.1;
                            s1 = s1 * 0.5 + comm.Receive(0, 5, tk, out tk) * Tensor.Mean(Tensor.Sin(u));
                        }
                    }
                }
                var sq5 = comm.Isend(t1, (comm.Rank + 1) % comm.Size, 1, tk, out tk);
                var rq4 = comm.Irecv(u, (comm.Rank + comm.Size - 1) % comm.Size, 1, tk, out tk);
                t1 = t1 * 0.6 + comm.Broadcast(t2, 0, tk, out tk) * 0.4;
                comm.Wait(sq5);
                comm.Wait(rq4);
                t1 = t1 * 0.5 + rq4.Tensor * Tensor.Tanh(u * Math.Tanh(acc));
                var unused6 = Tensor.Block(comm.HaloExchange(Tensor.Tanh(t2 * t1), 1, comm.Size, 1, 0.0, tk, out tk), 0, 2, 2, 3);
                acc += comm.AllreduceMax((comm.ReduceSum(s2, comm.Size - 1, tk, out tk) + (acc * 0.8 - 0.1)) * 0.5 + Tensor.Sum(u) * 0.23, tk, out tk) * 0.3;
            }
            s1 = (Math.Sin(Tensor.SumOfSquares(comm.Allgather(s2, tk, out tk)) * 0.2) * 0.8 - 0.1);
        }
        if (Math.Cos((s2 + s1) * 0.5) * 0.5 > 0.0)
        {
            comm.Send(Tensor.Exp(Tensor.Tanh(Tensor.Tanh(t2 * t1)) * 0.2), comm.Rank, 5, tk, out tk);
            t1 = t1 * 0.5 + comm.Receive(u, comm.Rank, 5, tk, out tk) * 0.5;
            comm.Send(t1, comm.Rank, 1, tk, out tk);
            t1 = t1 * 0.5 + comm.Receive(u, comm.Rank, 1, tk, out tk) * 0.5;
            if (comm.Rank == comm.Size - 1)
            {
                var rq7 = comm.Irecv(u, comm.Rank, 2, tk, out tk);
                var sq8 = comm.Isend(Tensor.Exp(Tensor.Tanh(t2 * Math.Tanh(0.7)) * 0.2), comm.Rank, 2, tk, out tk);
                comm.Wait(rq7);
                comm.Wait(sq8);
                t2 = t2 * 0.5 + rq7.Tensor * Tensor.Tanh(u);
                comm.Send(Math.Sin(Tensor.SumOfSquares(Tensor.Tanh(t2)) * 0.1), comm.Rank, 2, tk, out tk);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2, tk, out tk) * 0.5;
            }
        }
        else
        {
            if (comm.Rank == 0)
            {
                var rq9 = comm.Irecv(t2, comm.Rank, 5, tk, out tk);
                var sq10 = comm.Isend((t2 * 0.7 + s1 * 0.2), comm.Rank, 5, tk, out tk);
                comm.Wait(rq9);
                comm.Wait(sq10);
                t1 = t1 * 0.5 + rq9.Tensor * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t2) * 0.2));
                comm.Send(Math.Sin(Math.Tanh(s2) * (comm.Size - 0.5) * 0.3), comm.Rank, 1, tk, out tk);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 1, tk, out tk) * 0.5;
                var rq11 = comm.Irecv(u, comm.Rank, 2, tk, out tk);
                var sq12 = comm.Isend((t2 + u) * 0.5 * Math.Tanh((s2 + s1) * 0.5), comm.Rank, 2, tk, out tk);
                comm.Wait(sq12);
                comm.Wait(rq11);
                t1 = t1 * 0.5 + rq11.Tensor * Tensor.Tanh(Tensor.Tanh(t1) * 0.9);
                t2 = t2 * 0.5 + rq11.Tensor * Tensor.Tanh(Tensor.Tanh(u) * 0.9);
                comm.Send((Math.Cos(s2) * 0.5 + Math.Exp(Math.Tanh(s1) * 0.3)) * 0.5, comm.Rank, 2, tk, out tk);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2, tk, out tk) * 0.5;
            }
            if (comm.Rank == 0)
            {
                comm.Send(u, comm.Rank, 3, tk, out tk);
                t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 3, tk, out tk) * 0.5;
                s2 = (Math.Tanh(Tensor.Dot(t1, t2) * 0.1) * (comm.Size - 0.5) * 0.3 + s1) * 0.5;
                comm.Send(t1, comm.Rank, 5, tk, out tk);
                t2 = t2 * 0.5 + comm.Receive(t1, comm.Rank, 5, tk, out tk) * 0.5;
            }
            else
            {
                acc += Tensor.SumOfSquares(Tensor.Tanh(((t1 + u) * 0.5 * 0.7 + s2 * 0.2))) * 0.1 * 0.3;
                comm.Send(Tensor.Sin(t1), comm.Rank, 2, tk, out tk);
                t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank, 2, tk, out tk) * 0.5;
            }
        }
        for (var k19 = 0; k19 < 2; k19++)
        {
            if (comm.Size > 1)
            {
                if (comm.Rank == comm.Size - 1)
                {
                    comm.Send(s1, 0, 2, tk, out tk);
                    comm.Send(Math.Sin(Math.Tanh(s2) * (comm.Size - 0.5) * 0.3), 0, 2, tk, out tk);
                }
                else
                {
                    if (comm.Rank == 0)
                    {
                        s2 = s2 * 0.5 + comm.Receive(comm.Size - 1, 2, tk, out tk) * Math.Tanh(s1 * s1);
                        s1 = s1 * 0.5 + comm.Receive(comm.Size - 1, 2, tk, out tk) * Math.Tanh(s2) * (comm.Size - 0.5) * 0.3;
                    }
                }
            }
            if (comm.Rank > 0)
            {
                s1 = s1 * 0.5 + comm.Receive(comm.Rank - 1, 2, tk, out tk);
            }
            if (comm.Rank < comm.Size - 1)
            {
                comm.Send(Math.Tanh(1.3), comm.Rank + 1, 2, tk, out tk);
            }
            var rq13 = comm.Irecv((comm.Rank + comm.Size - 1) % comm.Size, 3, tk, out tk);
            var sq14 = comm.Isend(Math.Tanh(s2) * (comm.Size - 0.5) * 0.3, (comm.Rank + 1) % comm.Size, 3, tk, out tk);
            var sq16 = comm.Isend((Tensor.Sin(u) + t2 * Math.Tanh(s2)) * 0.5, (comm.Rank + 1) % comm.Size, 1, tk, out tk);
            var rq15 = comm.Irecv(t1, (comm.Rank + comm.Size - 1) % comm.Size, 1, tk, out tk);
            s1 = s1 * 0.9;
            comm.Wait(rq15);
            comm.Wait(sq14);
            comm.Wait(rq13);
            comm.Wait(sq16);
            s1 = s1 * 0.5 + rq13.Value * (acc);
        }
        comm.Send(Tensor.Exp(Tensor.Tanh(t2) * 0.2), comm.Rank, 2, tk, out tk);
        t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 2, tk, out tk) * 0.5;
        return comm.AllreduceMax(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(u) * 0.23, tk, out tk) * 0.5 + comm.AllreduceSum(s1 * s1, tk, out _);
    }

    // rank-local; Isend/Irecv, Send/Receive, self message, value branch
    [Differentiable]
    public static double C44(double a, double b, Tensor u, Tensor w, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5 + Tensor.Mean(u) + Tensor.Mean(w));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(w);
        var t2 = Tensor.Tanh(u);
        if (Math.Cos(s1) * 0.5 > 0.0)
        {
            var rq1 = comm.Irecv(t2, comm.Rank, 2);
            var sq2 = comm.Isend((Tensor.Exp(Tensor.Tanh(w) * 0.2) + Tensor.Tanh(t2 * t1)) * 0.5, comm.Rank, 2);
            comm.Wait(sq2);
            comm.Wait(rq1);
            t2 = t2 * 0.5 + rq1.Tensor * Tensor.Tanh(Tensor.Tanh(w) * 0.9);
            t1 = Tensor.Exp(Tensor.Tanh(w * Math.Tanh(b) * Math.Tanh(Math.Exp(Math.Tanh(1.3) * 0.3))) * 0.2);
            acc += Math.Exp(Math.Tanh(Math.Exp(Math.Tanh((s1 + 0.7) * 0.5) * 0.3)) * 0.3) * 0.3;
        }
        if (comm.Rank > 0)
        {
            s1 = s1 * 0.5 + comm.Receive(comm.Rank - 1, 5);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Math.Tanh(s1), comm.Rank + 1, 5);
        }
        var rq3 = comm.Irecv((comm.Rank + comm.Size - 1) % comm.Size, 3);
        var sq4 = comm.Isend(Tensor.Mean(Tensor.Sin(Tensor.Sin(t1))), (comm.Rank + 1) % comm.Size, 3);
        var sq6 = comm.Isend(Math.Cos(Tensor.Sum(t2) * 0.2) * 0.5, (comm.Rank + 1) % comm.Size, 3);
        var rq5 = comm.Irecv((comm.Rank + comm.Size - 1) % comm.Size, 3);
        comm.Wait(rq5);
        comm.Wait(sq4);
        comm.Wait(rq3);
        comm.Wait(sq6);
        s2 = s2 * 0.5 + rq3.Value * (Tensor.Dot(t2, w) * 0.1);
        acc = acc * 0.5 + rq5.Value * (Math.Sin(s1));
        if (Math.Cos(Tensor.SumOfSquares(Tensor.Tanh(t1)) * 0.1) * 0.5 > 0.0)
        {
            var sq8 = comm.Isend((t2 + u * Math.Tanh(s1)) * 0.5, comm.Rank, 2);
            var rq7 = comm.Irecv(t2, comm.Rank, 2);
            comm.Wait(rq7);
            comm.Wait(sq8);
            t1 = t1 * 0.5 + rq7.Tensor * Tensor.Tanh((t2 + u) * 0.5);
            if (Math.Cos(Math.Exp(Math.Tanh(s2) * 0.3)) * 0.5 > 0.6)
            {
                t1 = Tensor.Tanh(Tensor.Exp(Tensor.Tanh((t2 * 0.7 + s1 * 0.2)) * 0.2)) * 0.9;
                comm.Send(Tensor.Sin(Tensor.Exp(Tensor.Tanh(w) * 0.2)), comm.Rank, 3);
                t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 3) * 0.5;
                comm.Send(t2, comm.Rank, 5);
                t2 = t2 * 0.5 + comm.Receive(t1, comm.Rank, 5) * 0.5;
            }
            else
            {
                comm.Send(Tensor.Sum(t1 * Math.Tanh(b)) * 0.2, comm.Rank, 5);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
                comm.Send(Tensor.Dot(Tensor.Tanh(w) * 0.9, u) * 0.1, comm.Rank, 2);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                comm.Send(t1 * Math.Tanh(a) * Math.Tanh(Math.Exp(Math.Tanh(s2) * 0.3)), comm.Rank, 2);
                t2 = t2 * 0.5 + comm.Receive(w, comm.Rank, 2) * 0.5;
                t1 = t1 * 0.6 + (Tensor.Exp(Tensor.Tanh(t2 * Math.Tanh(s1)) * 0.2) * 0.7 + Tensor.Mean(Tensor.Sin((t2 + t2) * 0.5)) * 0.2) * 0.4;
            }
        }
        else
        {
            var sq10 = comm.Isend(Math.Tanh(Tensor.Mean(Tensor.Sin(w))) * (comm.Size - 0.5) * 0.3, comm.Rank, 5);
            var rq9 = comm.Irecv(comm.Rank, 5);
            comm.Wait(sq10);
            comm.Wait(rq9);
            s2 = s2 * 0.5 + rq9.Value * (Math.Sin(a));
            comm.Send(Math.Cos(Math.Cos(a) * 0.5) * 0.5, comm.Rank, 1);
            s2 = s2 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
        }
        return acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + a * 0.1;
    }

    // replicated; AllreduceSum, Broadcast, Gather, Isend/Irecv, Receive(like), Send/Receive, SendReceive, loop, rank branch, replicated branch, self message, unused, value branch
    [Differentiable]
    public static double C45(Tensor u, Tensor w, Tensor q, int rows, int columns, Communicator comm)
    {
        var s1 = Math.Tanh(Tensor.Mean(u) + Tensor.Mean(w) + Tensor.Mean(q));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        var r1 = Tensor.Sin(q) * 0.5;
        for (var k6 = 0; k6 < 3; k6++)
        {
            s1 = (Tensor.Sum(Tensor.Tanh(comm.AllreduceSum(q * 0.5)) + q * 0.3) * 0.2 * 0.8 - 0.1);
            if (comm.Size % 2 == 0)
            {
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
                            t2 = t2 * 0.5 + comm.Receive(t2, 0, 3) * Tensor.Tanh(t2);
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(Tensor.Sum(Tensor.Tanh(w * u)) * 0.2, 0, 3);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            acc = acc * 0.5 + comm.Receive(comm.Size - 1, 3) * Math.Cos(s1) * 0.5;
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send((acc + acc) * 0.5, 0, 2);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            s1 = s1 * 0.5 + comm.Receive(comm.Size - 1, 2) * Math.Exp(Math.Tanh(acc) * 0.3);
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(w, 0, 5);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            t1 = t1 * 0.5 + comm.Receive(t2, comm.Size - 1, 5) * Tensor.Tanh(Tensor.Tanh(u) * 0.9);
                        }
                    }
                }
            }
            var unused1 = comm.SendReceive(Tensor.Tanh(comm.AllreduceSum(q * 0.5)) + q * 0.3, (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 1);
        }
        if (comm.Rank == comm.Size - 1)
        {
            var sq3 = comm.Isend(Tensor.Exp(Tensor.Tanh(Tensor.Tanh(t2) * 0.9) * 0.2), comm.Rank, 5);
            var rq2 = comm.Irecv(t2, comm.Rank, 5);
            comm.Wait(sq3);
            comm.Wait(rq2);
            comm.Send(w, comm.Rank, 3);
            t1 = t1 * 0.5 + comm.Receive(w, comm.Rank, 3) * 0.5;
            var sq5 = comm.Isend(Tensor.SumOfSquares(Tensor.Tanh(Tensor.Tanh(t2 * t2))) * 0.1, comm.Rank, 2);
            var rq4 = comm.Irecv(comm.Rank, 2);
            comm.Wait(rq4);
            comm.Wait(sq5);
        }
        for (var k7 = 0; k7 < 2; k7++)
        {
            comm.Send((t2 * 0.7 + acc * 0.2) * Math.Tanh(Tensor.Dot(q, r1) * 0.1), comm.Rank, 2);
            t1 = t1 * 0.5 + comm.Receive(u, comm.Rank, 2) * 0.5;
            t2 = t1;
        }
        s1 = Tensor.Sum(comm.Gather(Math.Tanh(Math.Cos(acc) * 0.5 * Math.Exp(Math.Tanh(acc) * 0.3)), 1 % comm.Size)) * 0.3;
        if (comm.Rank % 2 == 1)
        {
            if (Tensor.Dot(Tensor.Exp(Tensor.Tanh(t2) * 0.2), Tensor.Tanh(t2) * 0.9) * 0.1 > 0.6)
            {
                s2 = acc;
                s2 = Tensor.Dot(q, Tensor.Tanh(Tensor.Exp(Tensor.Tanh(q) * 0.2)) * 0.9) * 0.1;
            }
            else
            {
                s2 = Math.Sin(Tensor.Mean(Tensor.Sin((q * 0.7 + 0.7 * 0.2))));
                t2 = Tensor.Tanh((Tensor.Sin(t1) * 0.7 + acc * 0.2) * t1);
                comm.Send(Tensor.Tanh((q + q) * 0.5 * Tensor.Sin(q)), comm.Rank, 1);
                r1 = r1 * 0.5 + comm.Receive(q, comm.Rank, 1) * 0.5;
            }
            s1 += s1 * 0.3;
            for (var k8 = 0; k8 < 3; k8++)
            {
                s2 = Math.Tanh(Math.Tanh(s2) * (comm.Size - 0.5) * 0.3 * Tensor.Dot((t2 * 0.7 + s2 * 0.2), t1 * Math.Tanh(s1)) * 0.1);
                t2 = u;
                comm.Send(Tensor.Exp(Tensor.Tanh((q * 0.7 + acc * 0.2)) * 0.2), comm.Rank, 2);
                r1 = r1 * 0.5 + comm.Receive(q, comm.Rank, 2) * 0.5;
                s1 = Math.Cos(acc) * 0.5;
            }
        }
        r1 = r1 * 0.9;
        return Math.Tanh(comm.Broadcast(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(Tensor.Tanh(r1)) * 0.2, 0));
    }

    // rank-local; AllreduceSum, Isend/Irecv, Receive(like), ReduceSum, Send/Receive, SendReceive, loop, rank branch, replicated branch, self message, tokens, value branch
    [Differentiable]
    public static double C46(double a, Tensor u, Tensor w, Communicator comm)
    {
        var tk = comm.Token;
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u) + Tensor.Mean(w));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(w);
        var t2 = Tensor.Tanh(u);
        if (comm.Size % 2 == 0)
        {
            if (comm.Size > 2)
            {
                if (comm.Rank == 1)
                {
                    comm.Send(Tensor.Sin(Tensor.Sin(w)), comm.Size - 1, 1, tk, out tk);
                }
                else
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        t2 = t2 * 0.5 + comm.Receive(w, 1, 1, tk, out tk) * Tensor.Tanh((t2 + t2) * 0.5);
                    }
                }
            }
            for (var k11 = 0; k11 < 3; k11++)
            {
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        var sq2 = comm.Isend((w * 0.7 + Tensor.SumOfSquares(Tensor.Tanh(t2)) * 0.1 * 0.2), comm.Size - 1, 3, tk, out tk);
                        comm.Wait(sq2);
                        comm.Send(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(w) * 0.2) * Tensor.Exp(Tensor.Tanh(w) * 0.2)), comm.Size - 1, 3, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            var rq1 = comm.Irecv(t2, 1, 3, tk, out tk);
                            comm.Wait(rq1);
                            t2 = t2 * 0.5 + comm.Receive(t2, 1, 3, tk, out tk) * 0.5;
                            t1 = t1 * 0.5 + rq1.Tensor * Tensor.Tanh(Tensor.Tanh(t1 * t2));
                        }
                    }
                }
                s2 = a;
            }
        }
        else
        {
            s1 = 0.7;
            t1 = (Tensor.Tanh(comm.SendReceive(t1, (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 3, tk, out tk)) * 0.9 * 0.7 + s2 * 0.2);
            if (acc > 0.3)
            {
                var sq4 = comm.Isend(s1, comm.Rank, 5, tk, out tk);
                var rq3 = comm.Irecv(comm.Rank, 5, tk, out tk);
                comm.Wait(rq3);
                comm.Wait(sq4);
                s1 = s1 * 0.5 + rq3.Value * (Tensor.Dot(t2, u) * 0.1);
                comm.Send(Tensor.Sin((u * 0.7 + acc * 0.2)), comm.Rank, 5, tk, out tk);
                t2 = t2 * 0.5 + comm.Receive(u, comm.Rank, 5, tk, out tk) * 0.5;
                comm.Send((t1 + Tensor.Sin(t1)) * 0.5, comm.Rank, 5, tk, out tk);
                t1 = t1 * 0.5 + comm.Receive(w, comm.Rank, 5, tk, out tk) * 0.5;
                s2 = acc;
            }
            else
            {
                t2 = u * Math.Tanh(-0.4);
                var rq5 = comm.Irecv(w, comm.Rank, 2, tk, out tk);
                var sq6 = comm.Isend(((t2 * 0.7 + s2 * 0.2) * 0.7 + Math.Exp(Math.Tanh(-0.4) * 0.3) * 0.2), comm.Rank, 2, tk, out tk);
                comm.Wait(rq5);
                comm.Wait(sq6);
                t2 = t2 * 0.5 + rq5.Tensor * Tensor.Tanh(Tensor.Sin(u));
                t2 = t2 * 0.5 + rq5.Tensor * Tensor.Tanh(Tensor.Tanh(t2) * 0.9);
                s2 += s2 * 0.3;
                t1 = t1 * 0.9;
            }
        }
        t2 = comm.AllreduceSum(t2, tk, out tk);
        if (comm.Size > 1)
        {
            if (comm.Rank == 0)
            {
                comm.Send(Tensor.Sin(Tensor.Exp(Tensor.Tanh(t1) * 0.2)), 1, 3, tk, out tk);
            }
            else
            {
                if (comm.Rank == 1)
                {
                    t1 = t1 * 0.5 + comm.Receive(t1, 0, 3, tk, out tk) * Tensor.Tanh(u * Math.Tanh(s1));
                }
            }
        }
        if (comm.Rank == 0)
        {
            if (comm.Rank == 0)
            {
                comm.Send(Math.Sin(Tensor.Mean(Tensor.Sin(u))), comm.Rank, 3, tk, out tk);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 3, tk, out tk) * 0.5;
                comm.Send(Tensor.Tanh(t2 * Math.Tanh(-0.4) * Tensor.Tanh(t1 * w)), comm.Rank, 3, tk, out tk);
                t1 = t1 * 0.5 + comm.Receive(u, comm.Rank, 3, tk, out tk) * 0.5;
                comm.Send(Tensor.Dot(Tensor.Sin(t2), Tensor.Exp(Tensor.Tanh(u) * 0.2)) * 0.1, comm.Rank, 5, tk, out tk);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 5, tk, out tk) * 0.5;
            }
            else
            {
                comm.Send(Math.Tanh(0.7) * (comm.Size - 0.5) * 0.3, comm.Rank, 1, tk, out tk);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 1, tk, out tk) * 0.5;
                comm.Send(t2, comm.Rank, 5, tk, out tk);
                t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank, 5, tk, out tk) * 0.5;
            }
            comm.Send(Tensor.Tanh(Tensor.Sin(u)) * 0.9, comm.Rank, 2, tk, out tk);
            t2 = t2 * 0.5 + comm.Receive(u, comm.Rank, 2, tk, out tk) * 0.5;
            acc += acc * 0.3;
        }
        else
        {
            var rq7 = comm.Irecv(t2, comm.Rank, 5, tk, out tk);
            var sq8 = comm.Isend(Tensor.Tanh(Tensor.Tanh(u * t1) * Tensor.Tanh(t2) * 0.9), comm.Rank, 5, tk, out tk);
            comm.Wait(rq7);
            comm.Wait(sq8);
            t1 = t1 * 0.5 + rq7.Tensor * Tensor.Tanh(t2);
            t1 = u;
            for (var k12 = 0; k12 < 3; k12++)
            {
                acc += Math.Tanh(acc) * (comm.Size - 0.5) * 0.3 * 0.3;
                s2 = s2 * 0.9;
                comm.Send(Math.Cos(Tensor.Mean(Tensor.Sin(t2))) * 0.5, comm.Rank, 3, tk, out tk);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 3, tk, out tk) * 0.5;
            }
        }
        if (comm.Size > 2)
        {
            if (comm.Rank == 1)
            {
                comm.Send(Math.Sin(Math.Exp(Math.Tanh(acc) * 0.3)), comm.Size - 1, 1, tk, out tk);
            }
            else
            {
                if (comm.Rank == comm.Size - 1)
                {
                    s2 = s2 * 0.5 + comm.Receive(1, 1, tk, out tk) * (a * 0.8 - 0.1);
                }
            }
        }
        if (comm.Size > 1)
        {
            if (comm.Rank == comm.Size - 1)
            {
                var sq10 = comm.Isend(Tensor.Mean(Tensor.Sin(t2)), 0, 5, tk, out tk);
                comm.Wait(sq10);
            }
            else
            {
                if (comm.Rank == 0)
                {
                    var rq9 = comm.Irecv(comm.Size - 1, 5, tk, out tk);
                    comm.Wait(rq9);
                    s1 = s1 * 0.5 + rq9.Value * (0.7);
                }
            }
        }
        if (Math.Cos(Tensor.Sum(w) * 0.2) * 0.5 > 0.6)
        {
            comm.Send((t1 + Tensor.Tanh(w * u)) * 0.5, comm.Rank, 1, tk, out tk);
            t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 1, tk, out tk) * 0.5;
            t1 = (Tensor.Sin(u) + Tensor.Sin(w)) * 0.5;
        }
        return comm.ReduceSum(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2, 1 % comm.Size, tk, out _);
    }

    // replicated; AllreduceMin, AllreduceSum, Broadcast, Isend/Irecv, ReduceSum, Send/Receive, call, loop, rank branch, self message, unused, value branch
    [Differentiable]
    public static double C47(double a, double b, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5);
        var s2 = 0.25;
        var acc = 0.0;
        for (var k8 = 0; k8 < 3; k8++)
        {
            var unused1 = comm.Broadcast(comm.AllreduceMin(b + b * 0.37), comm.Size - 1);
            acc += comm.ReduceSum(b, 0) * 0.3;
        }
        for (var k9 = 0; k9 < 2; k9++)
        {
            if (comm.Rank == comm.Size - 1)
            {
                s2 += Math.Sin(Math.Exp(Math.Tanh((s2 + acc) * 0.5) * 0.3)) * 0.3;
                comm.Send(Math.Cos(Math.Tanh(s2) * (comm.Size - 0.5) * 0.3) * 0.5, comm.Rank, 5);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
                comm.Send(Math.Exp(Math.Tanh(Math.Sin(s2)) * 0.3), comm.Rank, 3);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
            }
            if (comm.Rank == comm.Size - 1)
            {
                s1 += 0.7 * 0.3;
                s2 = acc;
                s2 += Math.Tanh(Math.Cos((a * 0.8 - 0.1)) * 0.5 * ((0.7 * 0.8 - 0.1) * 0.8 - 0.1)) * 0.3;
            }
            acc += Math.Exp(Math.Tanh((Math.Exp(Math.Tanh(acc) * 0.3) + Math.Sin(s2)) * 0.5) * 0.3) * 0.3;
        }
        s1 = 0.7;
        if (comm.Size > 2)
        {
            if (comm.Rank == 1)
            {
                var sq3 = comm.Isend(1.3, comm.Size - 1, 5);
                comm.Wait(sq3);
            }
            else
            {
                if (comm.Rank == comm.Size - 1)
                {
                    var rq2 = comm.Irecv(1, 5);
                    comm.Wait(rq2);
                    s2 = s2 * 0.5 + rq2.Value * (Math.Tanh(b) * (comm.Size - 0.5) * 0.3);
                }
            }
        }
        var rq4 = comm.Irecv((comm.Rank + 1) % comm.Size, 2);
        var sq5 = comm.Isend((comm.AllreduceSum(s2) + (s1 + s2) * 0.5) * 0.5, (comm.Rank + comm.Size - 1) % comm.Size, 2);
        var sq7 = comm.Isend((CMix(-0.4, comm) * 0.8 - 0.1), (comm.Rank + 1) % comm.Size, 1);
        var rq6 = comm.Irecv((comm.Rank + comm.Size - 1) % comm.Size, 1);
        s1 = s1 * 0.9;
        s1 = 0.7;
        comm.Wait(sq5);
        comm.Wait(sq7);
        comm.Wait(rq4);
        comm.Wait(rq6);
        s1 = s1 * 0.5 + rq6.Value * ((b + s2) * 0.5);
        acc = acc * 0.5 + rq6.Value * ((b * 0.8 - 0.1));
        if (acc > 0.6)
        {
            s2 += Math.Tanh(Math.Tanh((acc * 0.8 - 0.1) * a)) * (comm.Size - 0.5) * 0.3 * 0.3;
            acc += s2 * 0.3;
        }
        if (comm.Rank > 0)
        {
            s2 = s2 * 0.5 + comm.Receive(comm.Rank - 1, 5);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Math.Tanh(Math.Tanh(b) * (comm.Size - 0.5) * 0.3), comm.Rank + 1, 5);
        }
        return comm.AllreduceSum(acc + s1 * 0.3 + Math.Sin(s2));
    }

    // rank-local; Allgather, Gather, Isend/Irecv, ReduceSum, Scatter, self message, tokens
    [Differentiable]
    public static double C48(double a, double b, Tensor u, Tensor q, Communicator comm)
    {
        var tk = comm.Token;
        var s1 = Math.Tanh(a * 0.5 + b * 0.5 + Tensor.Mean(u) + Tensor.Mean(q));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        var r1 = Tensor.Sin(q) * 0.5;
        r1 = (Tensor.Tanh(Tensor.Sin(r1) * Tensor.Exp(Tensor.Tanh(r1) * 0.2)) * 0.7 + b * 0.2);
        acc += Math.Tanh(s1) * (comm.Size - 0.5) * 0.3 * 0.3;
        s2 = Math.Exp(Math.Tanh(Math.Cos(comm.ReduceSum(s1, 0, tk, out tk)) * 0.5) * 0.3);
        var rq1 = comm.Irecv(r1, (comm.Rank + comm.Size - 1) % comm.Size, 2, tk, out tk);
        var sq2 = comm.Isend(q * Math.Tanh(Tensor.Sum(comm.Scatter(comm.Allgather(acc, tk, out tk) * comm.Allgather(a, tk, out tk), 0, tk, out tk))), (comm.Rank + 1) % comm.Size, 2, tk, out tk);
        var rq3 = comm.Irecv(u, (comm.Rank + comm.Size - 1) % comm.Size, 3, tk, out tk);
        var sq4 = comm.Isend(Tensor.Tanh((u + t2) * 0.5 * Tensor.Tanh(t2 * t2)), (comm.Rank + 1) % comm.Size, 3, tk, out tk);
        t2 = Tensor.Sin(comm.ReduceSum(u, 1 % comm.Size, tk, out tk));
        comm.Wait(sq4);
        comm.Wait(rq1);
        comm.Wait(rq3);
        comm.Wait(sq2);
        r1 = r1 * 0.5 + rq1.Tensor * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(q) * 0.2));
        comm.Send((a + acc) * 0.5, comm.Rank, 1, tk, out tk);
        s2 = s2 * 0.5 + comm.Receive(comm.Rank, 1, tk, out tk) * 0.5;
        s1 += Tensor.Sum(comm.Gather(s1, comm.Size - 1, tk, out tk)) * 0.3 * 0.3;
        return acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(Tensor.Tanh(r1)) * 0.2 + a * 0.1;
    }

    // rank-local; AllreduceSum, Broadcast, Isend/Irecv, Receive(like), ReduceSum, Send/Receive, loop, rank branch, replicated branch, self message, value branch
    [Differentiable]
    public static double C49(double a, double b, Tensor u, Tensor w, Tensor q, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5 + Tensor.Mean(u) + Tensor.Mean(w) + Tensor.Mean(q));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(w);
        var t2 = Tensor.Tanh(u);
        var r1 = Tensor.Sin(q) * 0.5;
        s2 = Math.Sin(Tensor.SumOfSquares(Tensor.Tanh(u)) * 0.1);
        if (comm.Size % 2 == 0)
        {
            for (var k7 = 0; k7 < 2; k7++)
            {
                if (comm.Rank > 0)
                {
                    t2 = t2 * 0.5 + comm.Receive(u, comm.Rank - 1, 3);
                }
                if (comm.Rank < comm.Size - 1)
                {
                    comm.Send(Tensor.Tanh((t1 * Math.Tanh(a) * 0.7 + s1 * 0.2)), comm.Rank + 1, 3);
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(t2, 0, 5);
                        comm.Send((t1 + t1) * 0.5 * Math.Tanh(Math.Tanh(b * a)), 0, 5);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            t2 = t2 * 0.5 + comm.Receive(t1, comm.Size - 1, 5) * Tensor.Tanh(t2);
                            t1 = t1 * 0.5 + comm.Receive(t2, comm.Size - 1, 5) * Tensor.Tanh(t2 * Math.Tanh(acc));
                        }
                    }
                }
            }
            if (comm.Rank % 2 == 1)
            {
                comm.Send((q + q) * 0.5, comm.Rank, 1);
                r1 = r1 * 0.5 + comm.Receive(q, comm.Rank, 1) * 0.5;
                comm.Send(Math.Cos((0.7 * 0.8 - 0.1)) * 0.5, comm.Rank, 1);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
            }
            if (comm.Size > 1)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(Math.Tanh(Tensor.Sum(w) * 0.2 * Math.Tanh(b * s2)), 0, 2);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            acc = acc * 0.5 + comm.Receive(comm.Size - 1, 2) * acc;
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(a, 1, 3);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            acc = acc * 0.5 + comm.Receive(0, 3) * 1.3;
                        }
                    }
                }
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        var sq2 = comm.Isend(Tensor.Sin((t2 + w) * 0.5), comm.Size - 1, 3);
                        comm.Wait(sq2);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            var rq1 = comm.Irecv(t1, 1, 3);
                            comm.Wait(rq1);
                            t1 = t1 * 0.5 + rq1.Tensor * Tensor.Tanh(u);
                            t2 = t2 * 0.5 + rq1.Tensor * Tensor.Tanh((u + t1) * 0.5);
                        }
                    }
                }
            }
            if (Math.Tanh(Math.Exp(Math.Tanh(a) * 0.3) * Math.Tanh(a) * (comm.Size - 0.5) * 0.3) > 0.6)
            {
                acc += Math.Tanh(Tensor.SumOfSquares(Tensor.Tanh(Tensor.Tanh(r1) * 0.9)) * 0.1 * Math.Tanh(Tensor.Dot(t2, t1) * 0.1) * (comm.Size - 0.5) * 0.3) * 0.3;
                comm.Send(Math.Sin(Tensor.Sum(r1) * 0.2), comm.Rank, 1);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
                comm.Send(Tensor.Sin(t2) * Math.Tanh((acc + a) * 0.5), comm.Rank, 2);
                t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank, 2) * 0.5;
                r1 = Tensor.Tanh((Tensor.Exp(Tensor.Tanh(r1) * 0.2) * 0.7 + (a * 0.8 - 0.1) * 0.2) * Tensor.Tanh(Tensor.Tanh(q * r1)) * 0.9);
            }
        }
        if (comm.Size > 1)
        {
            if (comm.Rank == 0)
            {
                comm.Send(t2 * Math.Tanh(Tensor.Mean(Tensor.Sin(r1))), 1, 5);
            }
            else
            {
                if (comm.Rank == 1)
                {
                    t2 = t2 * 0.5 + comm.Receive(u, 0, 5) * Tensor.Tanh(u);
                }
            }
        }
        var sq4 = comm.Isend(((q + r1) * 0.5 * 0.7 + Math.Sin(b) * 0.2), comm.Rank, 1);
        var rq3 = comm.Irecv(r1, comm.Rank, 1);
        comm.Wait(rq3);
        comm.Wait(sq4);
        r1 = r1 * 0.5 + rq3.Tensor * Tensor.Tanh(Tensor.Tanh(r1 * q));
        r1 = r1 * 0.5 + rq3.Tensor * Tensor.Tanh(r1);
        r1 = r1 * 0.9;
        if (Math.Sin(comm.AllreduceSum(Tensor.Dot(t1, u) * 0.1)) > 0.2)
        {
            if (comm.Rank > 0)
            {
                r1 = r1 * 0.5 + comm.Receive(r1, comm.Rank - 1, 5);
            }
            if (comm.Rank < comm.Size - 1)
            {
                comm.Send(Tensor.Tanh((r1 * 0.7 + a * 0.2) * Math.Tanh(acc)), comm.Rank + 1, 5);
            }
            if (comm.Size % 2 == 0)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        var sq6 = comm.Isend(Tensor.Mean(Tensor.Sin(w)), 1, 5);
                        comm.Wait(sq6);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            var rq5 = comm.Irecv(0, 5);
                            comm.Wait(rq5);
                            s2 = s2 * 0.5 + rq5.Value * (b);
                        }
                    }
                }
                s2 += (comm.Broadcast(Tensor.SumOfSquares(Tensor.Tanh(w)) * 0.1, 1 % comm.Size) + comm.Broadcast((-0.4 + acc) * 0.5, 0)) * 0.5 * 0.3;
            }
            r1 = Tensor.Tanh(Tensor.Exp(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(r1) * 0.2)) * 0.2)) * 0.9;
        }
        else
        {
            if (comm.Size > 1)
            {
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(Tensor.Sin(Tensor.Sin(q)), comm.Size - 1, 5);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            r1 = r1 * 0.5 + comm.Receive(q, 1, 5) * Tensor.Tanh(r1);
                        }
                    }
                }
                acc += comm.AllreduceSum(s2) * 0.3;
                s2 = (Math.Tanh((acc * 0.8 - 0.1)) * (comm.Size - 0.5) * 0.3 * 0.8 - 0.1);
            }
            t1 = Tensor.Exp(Tensor.Tanh(Tensor.Exp(Tensor.Tanh((u * 0.7 + s2 * 0.2)) * 0.2)) * 0.2);
            for (var k8 = 0; k8 < 3; k8++)
            {
                if (comm.Rank > 0)
                {
                    s2 = s2 * 0.5 + comm.Receive(comm.Rank - 1, 2);
                }
                if (comm.Rank < comm.Size - 1)
                {
                    comm.Send(Math.Tanh(Math.Tanh(Tensor.SumOfSquares(Tensor.Tanh(w)) * 0.1 * Tensor.Dot(t2, w) * 0.1)), comm.Rank + 1, 2);
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(Tensor.Mean(Tensor.Sin(Tensor.Sin(u))), 0, 5);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            s2 = s2 * 0.5 + comm.Receive(comm.Size - 1, 5) * Math.Sin(b);
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(s1, 0, 5);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            acc = acc * 0.5 + comm.Receive(comm.Size - 1, 5) * (a + acc) * 0.5;
                        }
                    }
                }
            }
        }
        if (comm.Size > 1)
        {
            if (comm.Rank == 0)
            {
                comm.Send(Tensor.Exp(Tensor.Tanh(Tensor.Sin(q)) * 0.2), 1, 3);
            }
            else
            {
                if (comm.Rank == 1)
                {
                    r1 = r1 * 0.5 + comm.Receive(q, 0, 3) * Tensor.Tanh(Tensor.Sin(r1));
                }
            }
        }
        return comm.ReduceSum(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(Tensor.Tanh(r1)) * 0.2, comm.Size - 1);
    }

    // rank-local; Isend/Irecv, ReduceSum, Send/Receive, rank branch, self message, tokens, value branch
    [Differentiable]
    public static double C50(double a, double b, Communicator comm)
    {
        var tk = comm.Token;
        var s1 = Math.Tanh(a * 0.5 + b * 0.5);
        var s2 = 0.25;
        var acc = 0.0;
        if ((Math.Sin(s1) + Math.Tanh(s2 * -0.4)) * 0.5 > 0.6)
        {
            if (b > 0.0)
            {
                comm.Send(Math.Exp(Math.Tanh(s2) * 0.3), comm.Rank, 1, tk, out tk);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 1, tk, out tk) * 0.5;
                s1 = s2;
                s2 = Math.Tanh(Math.Cos(Math.Sin(a)) * 0.5 * Math.Cos(Math.Cos(b) * 0.5) * 0.5);
                var rq1 = comm.Irecv(comm.Rank, 3, tk, out tk);
                var sq2 = comm.Isend(Math.Tanh((0.7 + acc) * 0.5) * (comm.Size - 0.5) * 0.3, comm.Rank, 3, tk, out tk);
                comm.Wait(rq1);
                comm.Wait(sq2);
                s1 = s1 * 0.5 + rq1.Value * (-0.4);
            }
            comm.Send(0.7, comm.Rank, 2, tk, out tk);
            acc = acc * 0.5 + comm.Receive(comm.Rank, 2, tk, out tk) * 0.5;
            var sq4 = comm.Isend(0.7, comm.Rank, 2, tk, out tk);
            var rq3 = comm.Irecv(comm.Rank, 2, tk, out tk);
            comm.Wait(rq3);
            comm.Wait(sq4);
            acc = acc * 0.5 + rq3.Value * (0.7);
            s2 = s2 * 0.5 + rq3.Value * ((acc + b) * 0.5);
            comm.Send(Math.Cos(Math.Tanh(b) * (comm.Size - 0.5) * 0.3) * 0.5, comm.Rank, 5, tk, out tk);
            acc = acc * 0.5 + comm.Receive(comm.Rank, 5, tk, out tk) * 0.5;
        }
        else
        {
            var sq6 = comm.Isend((Math.Tanh(a * s1) * 0.8 - 0.1), comm.Rank, 5, tk, out tk);
            var rq5 = comm.Irecv(comm.Rank, 5, tk, out tk);
            comm.Wait(sq6);
            comm.Wait(rq5);
            s2 += Math.Exp(Math.Tanh(Math.Tanh(Math.Sin(0.7) * s1)) * 0.3) * 0.3;
        }
        acc += acc * 0.3;
        var sq8 = comm.Isend(Math.Tanh(Math.Cos(a) * 0.5 * Math.Tanh(s2 * b)), comm.Rank, 3, tk, out tk);
        var rq7 = comm.Irecv(comm.Rank, 3, tk, out tk);
        comm.Wait(sq8);
        comm.Wait(rq7);
        s1 = s1 * 0.5 + rq7.Value * (Math.Sin(s1));
        if (comm.Rank > 0)
        {
            s2 = s2 * 0.5 + comm.Receive(comm.Rank - 1, 5, tk, out tk);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Math.Tanh(Math.Cos((s2 + s1) * 0.5) * 0.5), comm.Rank + 1, 5, tk, out tk);
        }
        if (comm.Rank == 0)
        {
            var sq10 = comm.Isend((s1 * 0.8 - 0.1), comm.Rank, 3, tk, out tk);
            var rq9 = comm.Irecv(comm.Rank, 3, tk, out tk);
            comm.Wait(sq10);
            comm.Wait(rq9);
            s2 = s2 * 0.5 + rq9.Value * (s1);
            var rq11 = comm.Irecv(comm.Rank, 1, tk, out tk);
            var sq12 = comm.Isend(s1, comm.Rank, 1, tk, out tk);
            comm.Wait(rq11);
            comm.Wait(sq12);
            s1 = s1 * 0.5 + rq11.Value * (Math.Exp(Math.Tanh(a) * 0.3));
            comm.Send(Math.Tanh((a * 0.8 - 0.1) * -0.4), comm.Rank, 3, tk, out tk);
            acc = acc * 0.5 + comm.Receive(comm.Rank, 3, tk, out tk) * 0.5;
        }
        if (comm.Size > 1)
        {
            if (comm.Rank == comm.Size - 1)
            {
                comm.Send(Math.Exp(Math.Tanh(Math.Sin(acc)) * 0.3), 0, 2, tk, out tk);
                comm.Send(Math.Tanh(s1 * s2), 0, 2, tk, out tk);
            }
            else
            {
                if (comm.Rank == 0)
                {
                    acc = acc * 0.5 + comm.Receive(comm.Size - 1, 2, tk, out tk) * Math.Exp(Math.Tanh(s2) * 0.3);
                    s1 = s1 * 0.5 + comm.Receive(comm.Size - 1, 2, tk, out tk) * s2;
                }
            }
        }
        return comm.ReduceSum(acc + s1 * 0.3 + Math.Sin(s2), comm.Size - 1, tk, out _);
    }

    // replicated; Allgather, AllreduceSum, Broadcast, Gather, Isend/Irecv, Send/Receive, call, loop, replicated branch, self message, unused, value branch
    [Differentiable]
    public static double C51(double a, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5);
        var s2 = 0.25;
        var acc = 0.0;
        s1 = Math.Cos(Math.Exp(Math.Tanh(Math.Sin(a)) * 0.3)) * 0.5;
        comm.Send(Math.Tanh((a + a) * 0.5 * a), comm.Rank, 3);
        acc = acc * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
        var unused1 = Tensor.SumOfSquares(comm.Allgather((0.7 + acc) * 0.5)) * 0.2;
        if (comm.Size % 2 == 0)
        {
            if (comm.Size > 1)
            {
                if (comm.Rank == 0)
                {
                    comm.Send(Math.Sin(Math.Cos(acc) * 0.5), 1, 1);
                }
                else
                {
                    if (comm.Rank == 1)
                    {
                        s1 = s1 * 0.5 + comm.Receive(0, 1) * Math.Cos(1.3) * 0.5;
                    }
                }
            }
            for (var k10 = 0; k10 < 2; k10++)
            {
                if (comm.Rank > 0)
                {
                    s1 = s1 * 0.5 + comm.Receive(comm.Rank - 1, 3);
                }
                if (comm.Rank < comm.Size - 1)
                {
                    comm.Send(Math.Tanh(Math.Tanh(Math.Tanh(1.3 * a) * acc)), comm.Rank + 1, 3);
                }
                s2 = comm.AllreduceSum(Math.Sin(1.3));
            }
        }
        else
        {
            comm.Send(acc, comm.Rank, 5);
            acc = acc * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
            var rq2 = comm.Irecv((comm.Rank + comm.Size - 1) % comm.Size, 2);
            var sq3 = comm.Isend(s1, (comm.Rank + 1) % comm.Size, 2);
            var rq4 = comm.Irecv((comm.Rank + comm.Size - 1) % comm.Size, 3);
            var sq5 = comm.Isend(CPair(Tensor.SumOfSquares(comm.Allgather(acc)) * 0.2, comm), (comm.Rank + 1) % comm.Size, 3);
            s2 = Math.Tanh(Math.Tanh(s2 * Tensor.Sum(comm.Gather(a, comm.Size - 1)) * 0.3)) * (comm.Size - 0.5) * 0.3;
            s2 = (Math.Tanh(Tensor.SumOfSquares(comm.Allgather(s2)) * 0.2) * (comm.Size - 0.5) * 0.3 * 0.8 - 0.1);
            comm.Wait(rq2);
            comm.Wait(sq5);
            comm.Wait(sq3);
            comm.Wait(rq4);
            acc = acc * 0.5 + rq2.Value * ((s1 * 0.8 - 0.1));
            acc = acc * 0.5 + rq4.Value * ((acc * 0.8 - 0.1));
            s1 = s1 * 0.5 + rq4.Value * (acc);
            var sq7 = comm.Isend(s2, (comm.Rank + comm.Size - 1) % comm.Size, 5);
            var rq6 = comm.Irecv((comm.Rank + 1) % comm.Size, 5);
            s1 += Math.Tanh((Math.Cos(acc) * 0.5 + s2) * 0.5 * acc) * 0.3;
            s2 += Math.Sin(comm.AllreduceSum(Math.Sin(s2))) * 0.3;
            comm.Wait(sq7);
            comm.Wait(rq6);
            s1 = (CPair(Math.Exp(Math.Tanh(-0.4) * 0.3), comm) + Math.Tanh(Math.Tanh(acc) * (comm.Size - 0.5) * 0.3 * Math.Sin(s2))) * 0.5;
        }
        if (comm.Size > 1)
        {
            if (comm.Rank == comm.Size - 1)
            {
                comm.Send(((acc + s1) * 0.5 + Math.Tanh(-0.4) * (comm.Size - 0.5) * 0.3) * 0.5, 0, 3);
                comm.Send(Math.Exp(Math.Tanh(Math.Exp(Math.Tanh(s1) * 0.3)) * 0.3), 0, 3);
            }
            else
            {
                if (comm.Rank == 0)
                {
                    acc = acc * 0.5 + comm.Receive(comm.Size - 1, 3) * s1;
                    s2 = s2 * 0.5 + comm.Receive(comm.Size - 1, 3) * (a * 0.8 - 0.1);
                }
            }
        }
        if (comm.Size > 1)
        {
            comm.Send(Math.Cos(Math.Exp(Math.Tanh(s2) * 0.3)) * 0.5, comm.Rank, 1);
            s1 = s1 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
            if (Math.Sin(Math.Tanh(s2 * -0.4)) > 0.0)
            {
                comm.Send((Math.Tanh(s1 * a) + (a + a) * 0.5) * 0.5, comm.Rank, 3);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
                comm.Send((Math.Tanh(0.7 * s1) * 0.8 - 0.1), comm.Rank, 5);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
                comm.Send((Math.Tanh(a * s1) * 0.8 - 0.1), comm.Rank, 2);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                comm.Send(Math.Tanh(s1 * Math.Sin(s1)), comm.Rank, 2);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
            }
            if (comm.Size > 2)
            {
                if (comm.Rank == 1)
                {
                    comm.Send(acc, comm.Size - 1, 3);
                }
                else
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        acc = acc * 0.5 + comm.Receive(1, 3) * Math.Exp(Math.Tanh(0.7) * 0.3);
                    }
                }
            }
            if (comm.Size > 1)
            {
                if (comm.Rank == 0)
                {
                    comm.Send(((s2 + acc) * 0.5 + Math.Exp(Math.Tanh(a) * 0.3)) * 0.5, 1, 1);
                }
                else
                {
                    if (comm.Rank == 1)
                    {
                        s2 = s2 * 0.5 + comm.Receive(0, 1) * Math.Tanh(s1 * s2);
                    }
                }
            }
        }
        else
        {
            var sq9 = comm.Isend(s1, comm.Rank, 3);
            var rq8 = comm.Irecv(comm.Rank, 3);
            comm.Wait(sq9);
            comm.Wait(rq8);
            acc = acc * 0.5 + rq8.Value * (Math.Sin(0.7));
            acc = acc * 0.5 + rq8.Value * (Math.Sin(s2));
            s2 = acc;
            if (comm.Size > 1)
            {
                if (comm.Rank == 0)
                {
                    comm.Send((Math.Sin(s1) * 0.8 - 0.1), 1, 5);
                    comm.Send(Math.Tanh(s2 * (s1 + a) * 0.5), 1, 5);
                }
                else
                {
                    if (comm.Rank == 1)
                    {
                        s1 = s1 * 0.5 + comm.Receive(0, 5) * Math.Exp(Math.Tanh(s2) * 0.3);
                        s2 = s2 * 0.5 + comm.Receive(0, 5) * Math.Exp(Math.Tanh(s2) * 0.3);
                    }
                }
            }
            s2 = s1;
        }
        acc += comm.Broadcast((Tensor.SumOfSquares(comm.Allgather(s2)) * 0.2 + (a * 0.8 - 0.1)) * 0.5, 0) * 0.3;
        return Math.Tanh(comm.Broadcast(acc + s1 * 0.3 + Math.Sin(s2), 0));
    }

    // rank-local; AllreduceSum, Broadcast, HaloExchange, Isend/Irecv, Receive(like), Send/Receive, loop, tokens
    [Differentiable]
    public static double C52(double a, double b, Tensor u, Communicator comm)
    {
        var tk = comm.Token;
        var s1 = Math.Tanh(a * 0.5 + b * 0.5 + Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        var sq2 = comm.Isend(t1, (comm.Rank + comm.Size - 1) % comm.Size, 5, tk, out tk);
        var rq1 = comm.Irecv(t1, (comm.Rank + 1) % comm.Size, 5, tk, out tk);
        comm.Wait(sq2);
        comm.Wait(rq1);
        t2 = t2 * 0.5 + rq1.Tensor * Tensor.Tanh(Tensor.Tanh(t2) * 0.9);
        if (comm.Rank > 0)
        {
            s2 = s2 * 0.5 + comm.Receive(comm.Rank - 1, 5, tk, out tk);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Math.Tanh(0.7), comm.Rank + 1, 5, tk, out tk);
        }
        for (var k9 = 0; k9 < 3; k9++)
        {
            if (comm.Size > 1)
            {
                if (comm.Rank == 0)
                {
                    comm.Send(Tensor.Sin(Tensor.Sin(t1)), 1, 3, tk, out tk);
                    comm.Send((u * 0.7 + (acc + s2) * 0.5 * 0.2), 1, 3, tk, out tk);
                }
                else
                {
                    if (comm.Rank == 1)
                    {
                        t2 = t2 * 0.5 + comm.Receive(t1, 0, 3, tk, out tk) * Tensor.Tanh(Tensor.Tanh(u) * 0.9);
                        t1 = t1 * 0.5 + comm.Receive(u, 0, 3, tk, out tk) * Tensor.Tanh((t2 + u) * 0.5);
                    }
                }
            }
            var sq4 = comm.Isend(Tensor.Mean(Tensor.Sin(Tensor.Tanh(comm.AllreduceSum(t1 * 0.5, tk, out tk)) + t1 * 0.3)), (comm.Rank + comm.Size - 1) % comm.Size, 2, tk, out tk);
            var rq3 = comm.Irecv((comm.Rank + 1) % comm.Size, 2, tk, out tk);
            var sq6 = comm.Isend(comm.Broadcast(Tensor.Block(comm.HaloExchange(u, 1, comm.Size, 2, -0.25, tk, out tk), 1, 4, 2, 3), 0, tk, out tk), (comm.Rank + 1) % comm.Size, 3, tk, out tk);
            var rq5 = comm.Irecv(t2, (comm.Rank + comm.Size - 1) % comm.Size, 3, tk, out tk);
            comm.Wait(sq6);
            comm.Wait(rq5);
            comm.Wait(sq4);
            comm.Wait(rq3);
            s1 = s1 * 0.5 + rq3.Value * ((s2 + s2) * 0.5);
        }
        acc += acc * 0.3;
        var rq7 = comm.Irecv(comm.Rank, 5, tk, out tk);
        var sq8 = comm.Isend(a, comm.Rank, 5, tk, out tk);
        comm.Wait(sq8);
        comm.Wait(rq7);
        acc = acc * 0.5 + rq7.Value * (Math.Tanh(a) * (comm.Size - 0.5) * 0.3);
        return acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + a * 0.1;
    }

    // replicated; AllreduceMax, AllreduceMin, AllreduceSum, Isend/Irecv, Send/Receive, loop, rank branch, self message, value branch
    [Differentiable]
    public static double C53(double a, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5);
        var s2 = 0.25;
        var acc = 0.0;
        if (comm.Rank > 0)
        {
            s1 = s1 * 0.5 + comm.Receive(comm.Rank - 1, 2);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Math.Tanh(Math.Cos((0.7 * 0.8 - 0.1)) * 0.5), comm.Rank + 1, 2);
        }
        for (var k13 = 0; k13 < 3; k13++)
        {
            for (var k14 = 0; k14 < 3; k14++)
            {
                var rq1 = comm.Irecv((comm.Rank + 1) % comm.Size, 5);
                var sq2 = comm.Isend(((a * 0.8 - 0.1) + Math.Tanh(0.7 * a)) * 0.5, (comm.Rank + comm.Size - 1) % comm.Size, 5);
                var rq3 = comm.Irecv((comm.Rank + 1) % comm.Size, 3);
                var sq4 = comm.Isend(a, (comm.Rank + comm.Size - 1) % comm.Size, 3);
                s2 = (Math.Sin(Math.Tanh(a * s2)) * 0.8 - 0.1);
                comm.Wait(rq3);
                comm.Wait(sq4);
                comm.Wait(sq2);
                comm.Wait(rq1);
                s1 = s1 * 0.5 + rq1.Value * (Math.Cos(a) * 0.5);
                s2 = s2 * 0.5 + rq3.Value * (Math.Tanh(0.7 * s2));
                s1 = Math.Sin(Math.Tanh(Math.Sin(a) * Math.Sin(s1)));
                s2 = Math.Exp(Math.Tanh(comm.AllreduceSum(comm.AllreduceMax(acc + a * 0.37))) * 0.3);
            }
            if (comm.Rank % 2 == 1)
            {
                s1 = Math.Sin(Math.Sin((s2 * 0.8 - 0.1)));
                comm.Send(Math.Tanh(Math.Exp(Math.Tanh(a) * 0.3)) * (comm.Size - 0.5) * 0.3, comm.Rank, 3);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
                comm.Send((Math.Sin(a) * 0.8 - 0.1), comm.Rank, 3);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
                comm.Send((s2 + (a * 0.8 - 0.1)) * 0.5, comm.Rank, 1);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
            }
            for (var k15 = 0; k15 < 3; k15++)
            {
                var sq6 = comm.Isend(1.3, (comm.Rank + comm.Size - 1) % comm.Size, 5);
                var rq5 = comm.Irecv((comm.Rank + 1) % comm.Size, 5);
                comm.Wait(sq6);
                comm.Wait(rq5);
                s2 = s2 * 0.5 + rq5.Value * (0.7);
                s1 = s1 * 0.5 + rq5.Value * (s2);
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(Math.Tanh(Math.Exp(Math.Tanh(s1) * 0.3)) * (comm.Size - 0.5) * 0.3, comm.Size - 1, 1);
                        comm.Send(Math.Sin(Math.Exp(Math.Tanh(s2) * 0.3)), comm.Size - 1, 1);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            s1 = s1 * 0.5 + comm.Receive(1, 1) * (acc * 0.8 - 0.1);
                            s2 = s2 * 0.5 + comm.Receive(1, 1) * acc;
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(Math.Cos(Math.Tanh(s1) * (comm.Size - 0.5) * 0.3) * 0.5, 0, 3);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            s2 = s2 * 0.5 + comm.Receive(comm.Size - 1, 3) * s1;
                        }
                    }
                }
            }
            comm.Send((Math.Sin(s2) * 0.8 - 0.1), comm.Rank, 2);
            acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
        }
        if (Math.Exp(Math.Tanh(s1) * 0.3) > 0.3)
        {
            comm.Send(s2, comm.Rank, 5);
            acc = acc * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
            if (comm.Rank == 0)
            {
                var sq8 = comm.Isend(Math.Sin(Math.Tanh(acc) * (comm.Size - 0.5) * 0.3), comm.Rank, 1);
                var rq7 = comm.Irecv(comm.Rank, 1);
                comm.Wait(rq7);
                comm.Wait(sq8);
                s2 = s2 * 0.5 + rq7.Value * ((s2 + acc) * 0.5);
                s2 += Math.Sin(Math.Tanh(0.7 * s1)) * 0.3;
            }
            else
            {
                comm.Send(Math.Exp(Math.Tanh(Math.Exp(Math.Tanh(s2) * 0.3)) * 0.3), comm.Rank, 1);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
                s2 = acc;
            }
        }
        else
        {
            s1 = Math.Sin(Math.Sin(a));
            for (var k16 = 0; k16 < 2; k16++)
            {
                var sq10 = comm.Isend(s1, comm.Rank, 2);
                var rq9 = comm.Irecv(comm.Rank, 2);
                comm.Wait(sq10);
                comm.Wait(rq9);
                acc = acc * 0.5 + rq9.Value * (Math.Cos(s2) * 0.5);
                comm.Send((acc * 0.8 - 0.1), comm.Rank, 5);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
                comm.Send(acc, comm.Rank, 5);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
                s2 = a;
            }
            var sq12 = comm.Isend((Math.Sin(acc) * 0.8 - 0.1), comm.Rank, 2);
            var rq11 = comm.Irecv(comm.Rank, 2);
            comm.Wait(sq12);
            comm.Wait(rq11);
        }
        s2 = Math.Sin(-0.4);
        return comm.AllreduceMin(acc + s1 * 0.3 + Math.Sin(s2) + a * 0.37) * 0.5 + comm.AllreduceSum(s1 * s1);
    }

    // rank-local; AllreduceSum, Isend/Irecv, Send/Receive, loop, self message, value branch
    [Differentiable]
    public static double C54(double a, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5);
        var s2 = 0.25;
        var acc = 0.0;
        comm.Send(Math.Tanh(Math.Cos(a) * 0.5 * Math.Tanh(s2) * (comm.Size - 0.5) * 0.3), comm.Rank, 1);
        s2 = s2 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
        if (comm.Rank > 0)
        {
            s2 = s2 * 0.5 + comm.Receive(comm.Rank - 1, 1);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Math.Tanh(-0.4), comm.Rank + 1, 1);
        }
        if (comm.Size > 1)
        {
            if (comm.Rank == 0)
            {
                var sq2 = comm.Isend(((acc + a) * 0.5 + Math.Tanh(s2 * a)) * 0.5, 1, 5);
                comm.Wait(sq2);
                comm.Send(Math.Tanh((s2 * 0.8 - 0.1)) * (comm.Size - 0.5) * 0.3, 1, 5);
            }
            else
            {
                if (comm.Rank == 1)
                {
                    var rq1 = comm.Irecv(0, 5);
                    acc = acc * 0.5 + comm.Receive(0, 5) * 0.5;
                    comm.Wait(rq1);
                    acc = acc * 0.5 + rq1.Value * ((a + acc) * 0.5);
                }
            }
        }
        var sq4 = comm.Isend(s2, (comm.Rank + 1) % comm.Size, 1);
        var rq3 = comm.Irecv((comm.Rank + comm.Size - 1) % comm.Size, 1);
        s2 = (comm.AllreduceSum((acc + 1.3) * 0.5) + Math.Exp(Math.Tanh(s2) * 0.3)) * 0.5;
        comm.Wait(rq3);
        comm.Wait(sq4);
        acc = acc * 0.5 + rq3.Value * (Math.Sin(a));
        for (var k7 = 0; k7 < 2; k7++)
        {
            if (Math.Sin(a) > 0.0)
            {
                comm.Send(Math.Cos(Math.Exp(Math.Tanh(s1) * 0.3)) * 0.5, comm.Rank, 3);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
                var rq5 = comm.Irecv(comm.Rank, 1);
                var sq6 = comm.Isend(Math.Sin(Math.Exp(Math.Tanh(a) * 0.3)), comm.Rank, 1);
                comm.Wait(sq6);
                comm.Wait(rq5);
                acc = acc * 0.5 + rq5.Value * (Math.Cos(s1) * 0.5);
                comm.Send(s1, comm.Rank, 3);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
            }
            s1 += Math.Exp(Math.Tanh((a + s1) * 0.5) * 0.3) * 0.3;
            for (var k8 = 0; k8 < 3; k8++)
            {
                acc += ((Math.Cos(a) * 0.5 + Math.Cos(a) * 0.5) * 0.5 * 0.8 - 0.1) * 0.3;
                s2 = 0.7;
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(Math.Tanh((s1 * 0.8 - 0.1) * (s1 + 0.7) * 0.5), 1, 1);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            s2 = s2 * 0.5 + comm.Receive(0, 1) * Math.Exp(Math.Tanh(acc) * 0.3);
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(Math.Exp(Math.Tanh((-0.4 * 0.8 - 0.1)) * 0.3), 1, 5);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            acc = acc * 0.5 + comm.Receive(0, 5) * acc;
                        }
                    }
                }
            }
        }
        return acc + s1 * 0.3 + Math.Sin(s2) + a * 0.1;
    }

    // replicated; AllreduceSum, Broadcast, Gather, Isend/Irecv, Receive(like), ReduceSum, Scatter, Send/Receive, loop, replicated branch, self message, token parameter, value branch
    [Differentiable]
    public static double C55(double a, double b, Tensor u, Communicator comm, CommToken token)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5 + Tensor.Mean(u));
        comm.Barrier(token, out var tk);
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        for (var k3 = 0; k3 < 2; k3++)
        {
            t2 = (((t2 * 0.7 + s1 * 0.2) + Tensor.Tanh(comm.AllreduceSum(t1 * 0.5, tk, out tk)) + t1 * 0.3) * 0.5 + Tensor.Exp(Tensor.Tanh(Tensor.Sin(t1)) * 0.2)) * 0.5;
            if (b > 0.0)
            {
                t2 = u;
                comm.Send(Tensor.Dot(u * Math.Tanh(a), Tensor.Tanh(t1) * 0.9) * 0.1, comm.Rank, 5, tk, out tk);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 5, tk, out tk) * 0.5;
                comm.Send(Tensor.Sum(u) * 0.2, comm.Rank, 2, tk, out tk);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2, tk, out tk) * 0.5;
            }
            for (var k4 = 0; k4 < 3; k4++)
            {
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(Tensor.Tanh(t1) * 0.9, comm.Size - 1, 5, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            t2 = t2 * 0.5 + comm.Receive(u, 1, 5, tk, out tk) * Tensor.Tanh(t1);
                        }
                    }
                }
                s1 = Tensor.Mean(Tensor.Sin(comm.ReduceSum((u + t2) * 0.5, 1 % comm.Size, tk, out tk)));
            }
            if (comm.Size % 2 == 0)
            {
                s2 = Math.Sin(comm.AllreduceSum(Math.Tanh(Math.Sin(acc)) * (comm.Size - 0.5) * 0.3, tk, out tk) * 0.5) + Math.Tanh(Math.Sin(acc)) * (comm.Size - 0.5) * 0.3 * 0.2;
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(-0.4, 0, 2, tk, out tk);
                        comm.Send(a, 0, 2, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            s1 = s1 * 0.5 + comm.Receive(comm.Size - 1, 2, tk, out tk) * 0.7;
                            acc = acc * 0.5 + comm.Receive(comm.Size - 1, 2, tk, out tk) * Math.Sin(-0.4);
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send((Tensor.Exp(Tensor.Tanh(u) * 0.2) * 0.7 + Math.Cos(a) * 0.5 * 0.2), 0, 2, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            t2 = t2 * 0.5 + comm.Receive(t2, comm.Size - 1, 2, tk, out tk) * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(u) * 0.2));
                        }
                    }
                }
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(t1 * Math.Tanh(-0.4) * Math.Tanh(Math.Sin(acc)), comm.Size - 1, 5, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            t2 = t2 * 0.5 + comm.Receive(u, 1, 5, tk, out tk) * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t1) * 0.2));
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
                        comm.Send(u, 1, 2, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            t2 = t2 * 0.5 + comm.Receive(t2, 0, 2, tk, out tk) * Tensor.Tanh(Tensor.Tanh(u) * 0.9);
                        }
                    }
                }
                acc += a * 0.3;
            }
        }
        var rq1 = comm.Irecv((comm.Rank + 1) % comm.Size, 2, tk, out tk);
        var sq2 = comm.Isend(acc, (comm.Rank + comm.Size - 1) % comm.Size, 2, tk, out tk);
        comm.Wait(rq1);
        comm.Wait(sq2);
        s2 = s2 * 0.5 + rq1.Value * (b);
        acc = acc * 0.5 + rq1.Value * (Tensor.Mean(Tensor.Sin(t2)));
        s2 += a * 0.3;
        if (comm.Size > 1)
        {
            if (comm.Rank == 0)
            {
                comm.Send(s1, 1, 1, tk, out tk);
            }
            else
            {
                if (comm.Rank == 1)
                {
                    acc = acc * 0.5 + comm.Receive(0, 1, tk, out tk) * Tensor.Sum(t2) * 0.2;
                }
            }
        }
        t2 = comm.Scatter(comm.Gather(Tensor.Tanh(comm.AllreduceSum(t1 * Math.Tanh(-0.4) * 0.5, tk, out tk)) + t1 * Math.Tanh(-0.4) * 0.3, 1 % comm.Size, tk, out tk), 1 % comm.Size, tk, out tk);
        return Math.Tanh(comm.Broadcast(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2, comm.Size - 1, tk, out _));
    }

    // rank-local; AllreduceMin, Isend/Irecv, Send/Receive, rank branch, self message, unused, value branch
    [Differentiable]
    public static double C56(double a, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5);
        var s2 = 0.25;
        var acc = 0.0;
        s1 = Math.Exp(Math.Tanh(a) * 0.3);
        if (comm.Size > 1)
        {
            if (comm.Rank == comm.Size - 1)
            {
                comm.Send(s1, 0, 1);
            }
            else
            {
                if (comm.Rank == 0)
                {
                    s1 = s1 * 0.5 + comm.Receive(comm.Size - 1, 1) * (a + s1) * 0.5;
                }
            }
        }
        if ((Math.Tanh(acc * a) + Math.Cos(a) * 0.5) * 0.5 > 0.6)
        {
            var sq2 = comm.Isend(Math.Sin(Math.Exp(Math.Tanh(s1) * 0.3)), comm.Rank, 5);
            var rq1 = comm.Irecv(comm.Rank, 5);
            comm.Wait(sq2);
            comm.Wait(rq1);
            var rq3 = comm.Irecv(comm.Rank, 5);
            var sq4 = comm.Isend(Math.Tanh(Math.Sin(a)) * (comm.Size - 0.5) * 0.3, comm.Rank, 5);
            comm.Wait(sq4);
            comm.Wait(rq3);
            s2 = s2 * 0.5 + rq3.Value * (Math.Tanh(s2) * (comm.Size - 0.5) * 0.3);
            s2 = s2 * 0.5 + rq3.Value * ((a * 0.8 - 0.1));
        }
        var unused5 = comm.AllreduceMin((s2 * 0.8 - 0.1) + a * 0.37);
        s2 = Math.Exp(Math.Tanh(Math.Tanh(Math.Tanh(s1 * s2)) * (comm.Size - 0.5) * 0.3) * 0.3);
        if (comm.Rank % 2 == 1)
        {
            s2 = Math.Cos(Math.Cos(0.7) * 0.5) * 0.5;
            comm.Send(Math.Exp(Math.Tanh((-0.4 + 1.3) * 0.5) * 0.3), comm.Rank, 1);
            s1 = s1 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
            s2 += Math.Sin((Math.Cos(acc) * 0.5 + (acc * 0.8 - 0.1)) * 0.5) * 0.3;
            var sq7 = comm.Isend((s1 * 0.8 - 0.1), comm.Rank, 5);
            var rq6 = comm.Irecv(comm.Rank, 5);
            comm.Wait(sq7);
            comm.Wait(rq6);
        }
        else
        {
            if (((s2 * 0.8 - 0.1) * 0.8 - 0.1) > 0.0)
            {
                comm.Send(a, comm.Rank, 5);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
                comm.Send(Math.Exp(Math.Tanh(Math.Sin(s1)) * 0.3), comm.Rank, 3);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
                comm.Send(Math.Sin(Math.Tanh(-0.4) * (comm.Size - 0.5) * 0.3), comm.Rank, 2);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                comm.Send(Math.Tanh(Math.Tanh(acc * s1)) * (comm.Size - 0.5) * 0.3, comm.Rank, 2);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
            }
            else
            {
                var sq9 = comm.Isend(acc, comm.Rank, 5);
                var rq8 = comm.Irecv(comm.Rank, 5);
                comm.Wait(rq8);
                comm.Wait(sq9);
                comm.Send(a, comm.Rank, 5);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
                acc += 0.7 * 0.3;
            }
            if (Math.Tanh(Math.Exp(Math.Tanh(s2) * 0.3) * a) > 0.0)
            {
                comm.Send(s1, comm.Rank, 1);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
                s2 = (Math.Tanh(Math.Tanh(s2 * s2)) * (comm.Size - 0.5) * 0.3 * 0.8 - 0.1);
            }
            s2 = Math.Tanh(Math.Cos(Math.Tanh(s1 * s2)) * 0.5) * (comm.Size - 0.5) * 0.3;
        }
        return comm.AllreduceSum(acc * 0.5) + Math.Sin(s1) * 0.5 + Math.Sin(s2) * 0.5;
    }

    // replicated; Allgather, AllreduceMax, AllreduceSum, Broadcast, Gather, HaloExchange, Isend/Irecv, ReduceSum, Scatter, Send/Receive, SendReceive, call, token parameter, unused
    [Differentiable]
    public static double C57(double a, Tensor u, Tensor w, Communicator comm, CommToken token)
    {
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u) + Tensor.Mean(w));
        var s2 = comm.Broadcast(0.25, 0, token, out var tk);
        var acc = 0.0;
        var t1 = Tensor.Tanh(w);
        var t2 = Tensor.Tanh(w);
        comm.Barrier(tk, out _);
        t1 = t1 * 0.5 + CRing(Tensor.Exp(Tensor.Tanh(u * Math.Tanh(s2)) * 0.2), comm) * 0.5;
        tk = comm.Token;
        var unused1 = comm.Broadcast((s2 * 0.8 - 0.1), comm.Size - 1, tk, out tk);
        var sq3 = comm.Isend(comm.Scatter(comm.Gather((t1 * 0.7 + s2 * 0.2), 0, tk, out tk), 0, tk, out tk), (comm.Rank + comm.Size - 1) % comm.Size, 3, tk, out tk);
        var rq2 = comm.Irecv(t2, (comm.Rank + 1) % comm.Size, 3, tk, out tk);
        comm.Wait(rq2);
        comm.Wait(sq3);
        t2 = t2 * 0.5 + rq2.Tensor * Tensor.Tanh((t2 + t1) * 0.5);
        if (comm.Size > 1)
        {
            if (comm.Rank == 0)
            {
                var sq5 = comm.Isend(((t2 + w) * 0.5 + (u + t1) * 0.5) * 0.5, 1, 1, tk, out tk);
                comm.Send((Tensor.Exp(Tensor.Tanh(t2) * 0.2) + Tensor.Tanh(t2 * t2)) * 0.5, 1, 1, tk, out tk);
                comm.Wait(sq5);
            }
            else
            {
                if (comm.Rank == 1)
                {
                    var rq4 = comm.Irecv(t2, 0, 1, tk, out tk);
                    t2 = t2 * 0.5 + comm.Receive(w, 0, 1, tk, out tk) * 0.5;
                    comm.Wait(rq4);
                    t2 = t2 * 0.5 + rq4.Tensor * Tensor.Tanh(Tensor.Tanh(t1) * 0.9);
                }
            }
        }
        var unused6 = Tensor.SumOfSquares(comm.Allgather(Tensor.Sum(comm.Scatter(comm.Allgather(s1, tk, out tk) * comm.Allgather(acc, tk, out tk), comm.Size - 1, tk, out tk)), tk, out tk)) * 0.2;
        var unused7 = Tensor.Block(comm.HaloExchange(comm.SendReceive(t1, (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 2, tk, out tk), 1, comm.Size, 1, 0.5, tk, out tk), 1, 2, 2, 3);
        var sq9 = comm.Isend(Tensor.Tanh(comm.AllreduceSum(w, tk, out tk) * comm.Scatter(comm.Gather(u, 0, tk, out tk), 0, tk, out tk)), (comm.Rank + comm.Size - 1) % comm.Size, 2, tk, out tk);
        var rq8 = comm.Irecv(u, (comm.Rank + 1) % comm.Size, 2, tk, out tk);
        var sq11 = comm.Isend(comm.ReduceSum(s1, 1 % comm.Size, tk, out tk), (comm.Rank + 1) % comm.Size, 3, tk, out tk);
        var rq10 = comm.Irecv((comm.Rank + comm.Size - 1) % comm.Size, 3, tk, out tk);
        comm.Wait(rq8);
        comm.Wait(sq11);
        comm.Wait(sq9);
        comm.Wait(rq10);
        t1 = t1 * 0.5 + rq8.Tensor * Tensor.Tanh(u);
        return comm.AllreduceMax(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + a * 0.37, tk, out tk) * 0.5 + comm.AllreduceSum(s1 * s1, tk, out _) + Math.Sin(s2) * 0.5;
    }

    // rank-local; Allgather, Isend/Irecv, Receive(like), Scatter, Send/Receive, SendReceive, call, loop, replicated branch, unused
    [Differentiable]
    public static double C58(double a, Tensor u, Tensor q, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u) + Tensor.Mean(q));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        var r1 = Tensor.Sin(q) * 0.5;
        var sq2 = comm.Isend((t2 * 0.7 + (s2 + a) * 0.5 * 0.2), comm.Rank, 5);
        var rq1 = comm.Irecv(t2, comm.Rank, 5);
        comm.Wait(sq2);
        comm.Wait(rq1);
        t1 = t1 * 0.5 + rq1.Tensor * Tensor.Tanh(Tensor.Tanh(u * t2));
        s1 = s1 * 0.9;
        if (comm.Size > 1)
        {
            if (comm.Rank == comm.Size - 1)
            {
                comm.Send((Math.Exp(Math.Tanh(s1) * 0.3) * 0.8 - 0.1), 0, 3);
            }
            else
            {
                if (comm.Rank == 0)
                {
                    s1 = s1 * 0.5 + comm.Receive(comm.Size - 1, 3) * Tensor.Sum(r1) * 0.2;
                }
            }
        }
        t1 = Tensor.Exp(Tensor.Tanh(Tensor.Sin((t2 * 0.7 + s2 * 0.2))) * 0.2);
        for (var k4 = 0; k4 < 3; k4++)
        {
            if (comm.Size > 1)
            {
                if (comm.Rank == 0)
                {
                    comm.Send(a, 1, 3);
                }
                else
                {
                    if (comm.Rank == 1)
                    {
                        s2 = s2 * 0.5 + comm.Receive(0, 3) * acc;
                    }
                }
            }
            for (var k5 = 0; k5 < 3; k5++)
            {
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send((Tensor.Dot(r1, q) * 0.1 * 0.8 - 0.1), comm.Size - 1, 1);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            acc = acc * 0.5 + comm.Receive(1, 1) * (s1 * 0.8 - 0.1);
                        }
                    }
                }
                var unused3 = comm.SendReceive(q, (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 5);
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(Tensor.Mean(Tensor.Sin(Tensor.Sin(q))), 1, 1);
                        comm.Send(Tensor.Mean(Tensor.Sin(Tensor.Tanh(r1) * 0.9)), 1, 1);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            s2 = s2 * 0.5 + comm.Receive(0, 1) * s2;
                            acc = acc * 0.5 + comm.Receive(0, 1) * Tensor.Mean(Tensor.Sin(u));
                        }
                    }
                }
            }
        }
        t2 = Tensor.Exp(Tensor.Tanh(Tensor.Tanh(CBcast(t2, s2, comm)) * 0.9) * 0.2);
        if (comm.Size > 1)
        {
            s1 = Tensor.Sum(comm.Scatter(comm.Allgather(Tensor.Dot(Tensor.Sin(r1), r1) * 0.1) * comm.Allgather(s1), 0));
            s2 = Math.Exp(Math.Tanh(acc) * 0.3);
        }
        else
        {
            if (comm.Size > 1)
            {
                if (comm.Rank == comm.Size - 1)
                {
                    comm.Send(Tensor.Tanh(u * Tensor.Tanh(t2 * u)), 0, 5);
                }
                else
                {
                    if (comm.Rank == 0)
                    {
                        t1 = t1 * 0.5 + comm.Receive(t2, comm.Size - 1, 5) * Tensor.Tanh(Tensor.Sin(t1));
                    }
                }
            }
            r1 = q;
            if (comm.Size > 1)
            {
                if (comm.Rank == 0)
                {
                    comm.Send(u * Math.Tanh(a) * Math.Tanh(Math.Sin(s1)), 1, 3);
                }
                else
                {
                    if (comm.Rank == 1)
                    {
                        t2 = t2 * 0.5 + comm.Receive(t1, 0, 3) * Tensor.Tanh(t2);
                    }
                }
            }
        }
        return acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(Tensor.Tanh(r1)) * 0.2 + a * 0.1;
    }

    // replicated; Allgather, AllreduceSum, Isend/Irecv, Send/Receive, loop, rank branch, replicated branch, self message, token parameter, value branch
    [Differentiable]
    public static double C59(double a, Communicator comm, CommToken token)
    {
        var s1 = Math.Tanh(a * 0.5);
        var s2 = comm.Broadcast(0.25, 0, token, out var tk);
        var acc = 0.0;
        if (Math.Sin(comm.AllreduceSum(Math.Tanh(s1) * (comm.Size - 0.5) * 0.3, tk, out tk)) > -0.3)
        {
            if (comm.Rank > 0)
            {
                acc = acc * 0.5 + comm.Receive(comm.Rank - 1, 2, tk, out tk);
            }
            if (comm.Rank < comm.Size - 1)
            {
                comm.Send(Math.Tanh(Math.Tanh(Math.Tanh(acc) * (comm.Size - 0.5) * 0.3) * (comm.Size - 0.5) * 0.3), comm.Rank + 1, 2, tk, out tk);
            }
            if (Math.Sin(Math.Tanh(s2) * (comm.Size - 0.5) * 0.3) > 0.6)
            {
                var rq1 = comm.Irecv(comm.Rank, 1, tk, out tk);
                var sq2 = comm.Isend(Math.Tanh((s2 * 0.8 - 0.1)) * (comm.Size - 0.5) * 0.3, comm.Rank, 1, tk, out tk);
                comm.Wait(sq2);
                comm.Wait(rq1);
                acc = acc * 0.5 + rq1.Value * (Math.Cos(s2) * 0.5);
                comm.Send(s2, comm.Rank, 1, tk, out tk);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 1, tk, out tk) * 0.5;
                comm.Send(-0.4, comm.Rank, 1, tk, out tk);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 1, tk, out tk) * 0.5;
            }
            else
            {
                s1 = Math.Cos(Math.Sin(Math.Sin(a))) * 0.5;
                comm.Send((Math.Exp(Math.Tanh(-0.4) * 0.3) + Math.Exp(Math.Tanh(1.3) * 0.3)) * 0.5, comm.Rank, 2, tk, out tk);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2, tk, out tk) * 0.5;
                s2 = (((s2 * 0.8 - 0.1) * 0.8 - 0.1) + (s2 + Math.Tanh(acc) * (comm.Size - 0.5) * 0.3) * 0.5) * 0.5;
            }
            if (Math.Sin(comm.AllreduceSum(Math.Tanh(a) * (comm.Size - 0.5) * 0.3, tk, out tk)) > -0.3)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(Math.Tanh(a * s2), 1, 2, tk, out tk);
                        comm.Send(Math.Cos(Math.Exp(Math.Tanh(-0.4) * 0.3)) * 0.5, 1, 2, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            s2 = s2 * 0.5 + comm.Receive(0, 2, tk, out tk) * s2;
                            acc = acc * 0.5 + comm.Receive(0, 2, tk, out tk) * Math.Exp(Math.Tanh(acc) * 0.3);
                        }
                    }
                }
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(Math.Sin(Math.Sin(s1)), comm.Size - 1, 3, tk, out tk);
                        comm.Send(Math.Cos(Math.Exp(Math.Tanh(s2) * 0.3)) * 0.5, comm.Size - 1, 3, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            s2 = s2 * 0.5 + comm.Receive(1, 3, tk, out tk) * (s2 + a) * 0.5;
                            acc = acc * 0.5 + comm.Receive(1, 3, tk, out tk) * Math.Exp(Math.Tanh(0.7) * 0.3);
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(Math.Cos((s2 + s1) * 0.5) * 0.5, 1, 5, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            acc = acc * 0.5 + comm.Receive(0, 5, tk, out tk) * Math.Cos(1.3) * 0.5;
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(Math.Exp(Math.Tanh(a) * 0.3), 0, 5, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            acc = acc * 0.5 + comm.Receive(comm.Size - 1, 5, tk, out tk) * (acc * 0.8 - 0.1);
                        }
                    }
                }
            }
            s1 = Tensor.SumOfSquares(comm.Allgather(Math.Exp(Math.Tanh(comm.AllreduceSum(s2, tk, out tk)) * 0.3), tk, out tk)) * 0.2;
        }
        acc += Math.Tanh(Math.Cos(Math.Cos(s1) * 0.5) * 0.5) * (comm.Size - 0.5) * 0.3 * 0.3;
        comm.Send(Math.Sin((s1 * 0.8 - 0.1)), comm.Rank, 2, tk, out tk);
        s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2, tk, out tk) * 0.5;
        if (Math.Exp(Math.Tanh(s2) * 0.3) > 0.6)
        {
            if (Math.Sin(Math.Tanh(s2 * s2)) > 0.3)
            {
                acc += Math.Sin((-0.4 * 0.8 - 0.1)) * 0.3;
                comm.Send(Math.Tanh(s1) * (comm.Size - 0.5) * 0.3, comm.Rank, 2, tk, out tk);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2, tk, out tk) * 0.5;
            }
            s1 += Math.Exp(Math.Tanh(a) * 0.3) * 0.3;
        }
        for (var k9 = 0; k9 < 3; k9++)
        {
            acc += acc * 0.3;
            if (comm.Size > 1)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(Math.Tanh(Math.Cos(a) * 0.5 * (0.7 + s1) * 0.5), 0, 2, tk, out tk);
                        comm.Send(Math.Cos(0.7) * 0.5, 0, 2, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            s1 = s1 * 0.5 + comm.Receive(comm.Size - 1, 2, tk, out tk) * Math.Tanh(acc * s1);
                            acc = acc * 0.5 + comm.Receive(comm.Size - 1, 2, tk, out tk) * (acc + a) * 0.5;
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(a, 0, 3, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            acc = acc * 0.5 + comm.Receive(comm.Size - 1, 3, tk, out tk) * s2;
                        }
                    }
                }
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send((Math.Exp(Math.Tanh(s1) * 0.3) * 0.8 - 0.1), comm.Size - 1, 2, tk, out tk);
                        comm.Send(s1, comm.Size - 1, 2, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            s1 = s1 * 0.5 + comm.Receive(1, 2, tk, out tk) * s2;
                            acc = acc * 0.5 + comm.Receive(1, 2, tk, out tk) * s1;
                        }
                    }
                }
                s2 += Math.Cos(s1) * 0.5 * 0.3;
            }
            else
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(((s1 * 0.8 - 0.1) + (a + s1) * 0.5) * 0.5, 1, 5, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            s2 = s2 * 0.5 + comm.Receive(0, 5, tk, out tk) * (-0.4 + a) * 0.5;
                        }
                    }
                }
                acc += acc * 0.3;
                acc += Math.Sin(comm.AllreduceSum(s1, tk, out tk) * 0.5) + s1 * 0.2 * 0.3;
            }
        }
        if (a > 0.3)
        {
            for (var k10 = 0; k10 < 2; k10++)
            {
                s1 = (Math.Tanh(0.7 * (1.3 + 1.3) * 0.5) + a) * 0.5;
                acc += Math.Tanh((Math.Exp(Math.Tanh(a) * 0.3) + Math.Tanh(acc * a)) * 0.5 * s1) * 0.3;
                var sq4 = comm.Isend(Math.Sin(1.3), comm.Rank, 3, tk, out tk);
                var rq3 = comm.Irecv(comm.Rank, 3, tk, out tk);
                comm.Wait(sq4);
                comm.Wait(rq3);
                acc = acc * 0.5 + rq3.Value * ((1.3 + acc) * 0.5);
            }
            if (comm.Rank % 2 == 1)
            {
                comm.Send(Math.Cos(Math.Cos(s2) * 0.5) * 0.5, comm.Rank, 5, tk, out tk);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 5, tk, out tk) * 0.5;
                var rq5 = comm.Irecv(comm.Rank, 5, tk, out tk);
                var sq6 = comm.Isend(0.7, comm.Rank, 5, tk, out tk);
                comm.Wait(rq5);
                comm.Wait(sq6);
                s2 = s2 * 0.5 + rq5.Value * ((s1 + a) * 0.5);
            }
            else
            {
                comm.Send(a, comm.Rank, 2, tk, out tk);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2, tk, out tk) * 0.5;
                comm.Send(Math.Tanh(-0.4 * Math.Cos(s1) * 0.5), comm.Rank, 3, tk, out tk);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 3, tk, out tk) * 0.5;
            }
            for (var k11 = 0; k11 < 2; k11++)
            {
                var sq8 = comm.Isend(Math.Tanh(Math.Tanh(acc) * (comm.Size - 0.5) * 0.3) * (comm.Size - 0.5) * 0.3, comm.Rank, 1, tk, out tk);
                var rq7 = comm.Irecv(comm.Rank, 1, tk, out tk);
                comm.Wait(rq7);
                comm.Wait(sq8);
                s2 = s2 * 0.5 + rq7.Value * (Math.Tanh(acc * 1.3));
                acc += Math.Sin(Math.Exp(Math.Tanh(Math.Cos(s2) * 0.5) * 0.3)) * 0.3;
                comm.Send((Math.Tanh(acc) * (comm.Size - 0.5) * 0.3 * 0.8 - 0.1), comm.Rank, 3, tk, out tk);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 3, tk, out tk) * 0.5;
                s1 = a;
            }
        }
        return comm.AllreduceSum(acc + s1 * 0.3 + Math.Sin(s2), tk, out _);
    }

    // rank-local; AllreduceMax, AllreduceSum, Gather, HaloExchange, Isend/Irecv, Receive(like), Send/Receive, call, loop, self message, value branch
    [Differentiable]
    public static double C60(double a, Tensor u, Tensor w, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u) + Tensor.Mean(w));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(w);
        var t2 = Tensor.Tanh(w);
        for (var k9 = 0; k9 < 3; k9++)
        {
            if (Math.Sin((s2 + s1) * 0.5) > 0.6)
            {
                comm.Send(Tensor.Exp(Tensor.Tanh(Tensor.Sin(t2)) * 0.2), comm.Rank, 1);
                t2 = t2 * 0.5 + comm.Receive(t1, comm.Rank, 1) * 0.5;
                comm.Send(Math.Exp(Math.Tanh(s1) * 0.3), comm.Rank, 3);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
                comm.Send(t1, comm.Rank, 3);
                t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 3) * 0.5;
            }
            else
            {
                s1 = Tensor.Mean(Tensor.Sin(Tensor.Sin(w)));
                comm.Send(Tensor.Sum(Tensor.Exp(Tensor.Tanh(u) * 0.2)) * 0.2, comm.Rank, 5);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
                s2 = Tensor.SumOfSquares(Tensor.Tanh(Tensor.Sin(u))) * 0.1;
                s1 = Tensor.Dot(u, u) * 0.1;
            }
            acc += Math.Cos(Math.Cos(acc) * 0.5) * 0.5 * 0.3;
            s1 = s2;
        }
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
                    t1 = t1 * 0.5 + comm.Receive(u, 0, 3) * Tensor.Tanh(u);
                }
            }
        }
        s2 = Math.Exp(Math.Tanh(Tensor.Sum(comm.Gather(Math.Sin(s2), comm.Size - 1)) * 0.3) * 0.3);
        var sq2 = comm.Isend(CBcast(Tensor.Sin(u), comm.AllreduceMax(acc + a * 0.37), comm), (comm.Rank + 1) % comm.Size, 5);
        var rq1 = comm.Irecv(t1, (comm.Rank + comm.Size - 1) % comm.Size, 5);
        comm.Wait(sq2);
        comm.Wait(rq1);
        t1 = t1 * 0.5 + rq1.Tensor * Tensor.Tanh(u);
        var rq3 = comm.Irecv(u, (comm.Rank + 1) % comm.Size, 1);
        var sq4 = comm.Isend(u, (comm.Rank + comm.Size - 1) % comm.Size, 1);
        var rq5 = comm.Irecv(t2, (comm.Rank + 1) % comm.Size, 1);
        var sq6 = comm.Isend(u, (comm.Rank + comm.Size - 1) % comm.Size, 1);
        comm.Wait(sq6);
        comm.Wait(sq4);
        comm.Wait(rq3);
        comm.Wait(rq5);
        t2 = t2 * 0.5 + rq5.Tensor * Tensor.Tanh(Tensor.Sin(w));
        if (comm.Size > 2)
        {
            if (comm.Rank == 1)
            {
                var sq8 = comm.Isend(t1, comm.Size - 1, 1);
                comm.Send(Tensor.Mean(Tensor.Sin(u)), comm.Size - 1, 1);
                comm.Wait(sq8);
            }
            else
            {
                if (comm.Rank == comm.Size - 1)
                {
                    var rq7 = comm.Irecv(t1, 1, 1);
                    comm.Wait(rq7);
                    s2 = s2 * 0.5 + comm.Receive(1, 1) * 0.5;
                    t2 = t2 * 0.5 + rq7.Tensor * Tensor.Tanh(Tensor.Tanh(t2 * t1));
                }
            }
        }
        s1 = Tensor.SumOfSquares(Tensor.Sin(comm.HaloExchange(Tensor.Tanh(comm.AllreduceSum(u * 0.5)) + u * 0.3, comm.Size, 1, 2, -0.25))) * 0.1;
        return comm.AllreduceSum(acc * 0.5) + Math.Sin(acc) * 0.5 + Tensor.Mean(Tensor.Sin(t2)) * 0.5;
    }

    // replicated; AllreduceMax, Isend/Irecv, rank branch, self message, token parameter, value branch
    [Differentiable]
    public static double C61(Tensor u, int rows, int columns, Communicator comm, CommToken token)
    {
        var s1 = Math.Tanh(Tensor.Mean(u));
        comm.Barrier(token, out var tk);
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        acc += Math.Tanh(Math.Cos(acc) * 0.5) * (comm.Size - 0.5) * 0.3 * 0.3;
        var rq1 = comm.Irecv(t1, (comm.Rank + comm.Size - 1) % comm.Size, 5, tk, out tk);
        var sq2 = comm.Isend(t1, (comm.Rank + 1) % comm.Size, 5, tk, out tk);
        var rq3 = comm.Irecv((comm.Rank + comm.Size - 1) % comm.Size, 5, tk, out tk);
        var sq4 = comm.Isend(Math.Tanh(s1) * (comm.Size - 0.5) * 0.3, (comm.Rank + 1) % comm.Size, 5, tk, out tk);
        t1 = t2;
        comm.Wait(rq1);
        comm.Wait(sq2);
        comm.Wait(rq3);
        comm.Wait(sq4);
        t2 = t2 * 0.5 + rq1.Tensor * Tensor.Tanh((u + t2) * 0.5);
        s1 = s1 * 0.5 + rq3.Value * (Tensor.Mean(Tensor.Sin(t2)));
        if (comm.Rank == 0)
        {
            if ((s2 * 0.8 - 0.1) > 0.6)
            {
                s1 = Math.Tanh((Tensor.Mean(Tensor.Sin(u)) * 0.8 - 0.1) * Tensor.Dot(Tensor.Tanh(t1) * 0.9, t1) * 0.1);
                var rq5 = comm.Irecv(t1, comm.Rank, 3, tk, out tk);
                var sq6 = comm.Isend(((t2 + u) * 0.5 * 0.7 + Math.Exp(Math.Tanh(s2) * 0.3) * 0.2), comm.Rank, 3, tk, out tk);
                comm.Wait(rq5);
                comm.Wait(sq6);
                t1 = t1 * 0.5 + rq5.Tensor * Tensor.Tanh(t2);
                t1 = t1 * 0.5 + rq5.Tensor * Tensor.Tanh((u + t1) * 0.5);
                s2 = Math.Exp(Math.Tanh(Math.Sin(Tensor.Dot(t1, u) * 0.1)) * 0.3);
                comm.Send(Tensor.SumOfSquares(Tensor.Tanh(Tensor.Tanh(t1) * 0.9)) * 0.1, comm.Rank, 2, tk, out tk);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2, tk, out tk) * 0.5;
            }
            if (comm.Rank == 0)
            {
                comm.Send(Math.Exp(Math.Tanh(Math.Tanh(s1 * s1)) * 0.3), comm.Rank, 5, tk, out tk);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 5, tk, out tk) * 0.5;
                var sq8 = comm.Isend((Tensor.Sum(t2) * 0.2 + Math.Exp(Math.Tanh(s2) * 0.3)) * 0.5, comm.Rank, 5, tk, out tk);
                var rq7 = comm.Irecv(comm.Rank, 5, tk, out tk);
                comm.Wait(sq8);
                comm.Wait(rq7);
                s1 = s1 * 0.5 + rq7.Value * (Tensor.Dot(t2, u) * 0.1);
                comm.Send(s1, comm.Rank, 2, tk, out tk);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2, tk, out tk) * 0.5;
            }
            else
            {
                comm.Send(u, comm.Rank, 3, tk, out tk);
                t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 3, tk, out tk) * 0.5;
                comm.Send(Math.Sin(Math.Cos(acc) * 0.5), comm.Rank, 2, tk, out tk);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2, tk, out tk) * 0.5;
                var rq9 = comm.Irecv(u, comm.Rank, 1, tk, out tk);
                var sq10 = comm.Isend(t2, comm.Rank, 1, tk, out tk);
                comm.Wait(rq9);
                comm.Wait(sq10);
                t2 = t2 * 0.5 + rq9.Tensor * Tensor.Tanh((t2 + t2) * 0.5);
                comm.Send(Math.Exp(Math.Tanh((s1 * 0.8 - 0.1)) * 0.3), comm.Rank, 2, tk, out tk);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2, tk, out tk) * 0.5;
            }
            s1 = s1 * 0.9;
            var rq11 = comm.Irecv(t2, comm.Rank, 5, tk, out tk);
            var sq12 = comm.Isend((Tensor.Tanh(u * u) * 0.7 + Tensor.Mean(Tensor.Sin(t1)) * 0.2), comm.Rank, 5, tk, out tk);
            comm.Wait(rq11);
            comm.Wait(sq12);
            t1 = t1 * 0.5 + rq11.Tensor * Tensor.Tanh((t2 * 0.7 + acc * 0.2));
        }
        comm.Send(Math.Tanh(s1 * s2), comm.Rank, 5, tk, out tk);
        s1 = s1 * 0.5 + comm.Receive(comm.Rank, 5, tk, out tk) * 0.5;
        return comm.AllreduceMax(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(u) * 0.23, tk, out tk) * 0.5 + comm.AllreduceSum(s1 * s1, tk, out _);
    }

    // replicated; AllreduceMin, Isend/Irecv, Receive(like), Send/Receive
    [Differentiable]
    public static double C62(double a, Tensor u, Tensor w, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u) + Tensor.Mean(w));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        t1 = u;
        if (comm.Size > 1)
        {
            if (comm.Rank == comm.Size - 1)
            {
                comm.Send(Math.Tanh(Tensor.Mean(Tensor.Sin(w))) * (comm.Size - 0.5) * 0.3, 0, 2);
            }
            else
            {
                if (comm.Rank == 0)
                {
                    acc = acc * 0.5 + comm.Receive(comm.Size - 1, 2) * a;
                }
            }
        }
        if (comm.Rank > 0)
        {
            t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank - 1, 1);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Tensor.Tanh(t1), comm.Rank + 1, 1);
        }
        s1 = Math.Sin(s1);
        var rq1 = comm.Irecv(w, comm.Rank, 5);
        var sq2 = comm.Isend((u * 0.7 + Math.Exp(Math.Tanh(s1) * 0.3) * 0.2), comm.Rank, 5);
        comm.Wait(sq2);
        comm.Wait(rq1);
        return comm.AllreduceMin(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + a * 0.37) * 0.5 + comm.AllreduceSum(s1 * s1) + Math.Sin(s2) * 0.5;
    }

    // rank-local; Allgather, AllreduceSum, Isend/Irecv, Receive(like), Scatter, Send/Receive, call, loop, replicated branch, self message, value branch
    [Differentiable]
    public static double C63(Tensor u, Tensor w, Tensor q, Communicator comm)
    {
        var s1 = Math.Tanh(Tensor.Mean(u) + Tensor.Mean(w) + Tensor.Mean(q));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(w);
        var t2 = Tensor.Tanh(u);
        var r1 = Tensor.Sin(q) * 0.5;
        t2 = Tensor.Tanh(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(u) * 0.2) * comm.Scatter(comm.Allgather(t2) * 0.5, comm.Size - 1))) * 0.9;
        for (var k13 = 0; k13 < 3; k13++)
        {
            if (comm.Size > 1)
            {
                t1 = Tensor.Tanh(Tensor.Tanh(comm.AllreduceSum(t2 * 0.5)) + t2 * 0.3) * 0.9;
                acc += acc * 0.3;
                s2 = s1;
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(r1, 1, 5);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            r1 = r1 * 0.5 + comm.Receive(q, 0, 5) * Tensor.Tanh((r1 * 0.7 + s1 * 0.2));
                        }
                    }
                }
            }
            if (comm.Size % 2 == 0)
            {
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(Tensor.Sin(q) * Math.Tanh(Math.Cos(s2) * 0.5), comm.Size - 1, 5);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            r1 = r1 * 0.5 + comm.Receive(q, 1, 5) * Tensor.Tanh((q * 0.7 + s2 * 0.2));
                        }
                    }
                }
                var sq2 = comm.Isend(Tensor.Tanh(comm.AllreduceSum((r1 * 0.7 + s1 * 0.2) * 0.5)) + (r1 * 0.7 + s1 * 0.2) * 0.3, (comm.Rank + 1) % comm.Size, 2);
                var rq1 = comm.Irecv(r1, (comm.Rank + comm.Size - 1) % comm.Size, 2);
                comm.Wait(sq2);
                comm.Wait(rq1);
                r1 = r1 * 0.5 + rq1.Tensor * Tensor.Tanh(r1 * Math.Tanh(-0.4));
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(q, 1, 3);
                        comm.Send(Tensor.Exp(Tensor.Tanh(Tensor.Tanh(r1 * q)) * 0.2), 1, 3);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            r1 = r1 * 0.5 + comm.Receive(q, 0, 3) * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(r1) * 0.2));
                            r1 = r1 * 0.5 + comm.Receive(r1, 0, 3) * Tensor.Tanh(Tensor.Sin(r1));
                        }
                    }
                }
                s1 = Tensor.SumOfSquares(Tensor.Tanh(CBcast(t2, (s1 + acc) * 0.5, comm))) * 0.1;
            }
        }
        if (Tensor.Dot(Tensor.Sin(q), r1) * 0.1 > 0.3)
        {
            t2 = Tensor.Tanh(Tensor.Tanh(u * Math.Tanh(s2)) * 0.9) * 0.9;
            r1 = r1 * 0.6 + r1 * Math.Tanh(Tensor.SumOfSquares(Tensor.Tanh(q)) * 0.1) * 0.4;
            var sq4 = comm.Isend(((q + q) * 0.5 * 0.7 + Math.Cos(s1) * 0.5 * 0.2), comm.Rank, 2);
            var rq3 = comm.Irecv(q, comm.Rank, 2);
            comm.Wait(rq3);
            comm.Wait(sq4);
            r1 = r1 * 0.5 + rq3.Tensor * Tensor.Tanh(Tensor.Tanh(q * q));
            var rq5 = comm.Irecv(comm.Rank, 2);
            var sq6 = comm.Isend(Tensor.Mean(Tensor.Sin((t2 + w) * 0.5)), comm.Rank, 2);
            comm.Wait(sq6);
            comm.Wait(rq5);
        }
        else
        {
            var rq7 = comm.Irecv(u, comm.Rank, 5);
            var sq8 = comm.Isend((t2 * Math.Tanh(s1) * 0.7 + Math.Cos(s1) * 0.5 * 0.2), comm.Rank, 5);
            comm.Wait(rq7);
            comm.Wait(sq8);
            t2 = t2 * 0.5 + rq7.Tensor * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(u) * 0.2));
            t1 = t1 * 0.5 + rq7.Tensor * Tensor.Tanh(w);
            var sq10 = comm.Isend(q, comm.Rank, 5);
            var rq9 = comm.Irecv(r1, comm.Rank, 5);
            comm.Wait(sq10);
            comm.Wait(rq9);
            comm.Send(s1, comm.Rank, 1);
            s1 = s1 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
        }
        var rq11 = comm.Irecv((comm.Rank + 1) % comm.Size, 3);
        var sq12 = comm.Isend(Tensor.Dot(t1, (w + t2) * 0.5) * 0.1, (comm.Rank + comm.Size - 1) % comm.Size, 3);
        comm.Wait(rq11);
        comm.Wait(sq12);
        s1 = s1 * 0.5 + rq11.Value * (-0.4);
        acc = acc * 0.5 + rq11.Value * (s1);
        return acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(Tensor.Tanh(r1)) * 0.2 + Tensor.Sum(u) * 0.05;
    }

    // rank-local; Broadcast, HaloExchange, Isend/Irecv, loop, rank branch, self message, tokens, value branch
    [Differentiable]
    public static double C64(double a, double b, Tensor u, Tensor w, int rows, int columns, Communicator comm)
    {
        var tk = comm.Token;
        var s1 = Math.Tanh(a * 0.5 + b * 0.5 + Tensor.Mean(u) + Tensor.Mean(w));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(w);
        t1 = t1 * 0.6 + Tensor.Tanh(comm.Broadcast(Tensor.Block(comm.HaloExchange(t2, rows, columns, 1, 0.0, tk, out tk), 1, 2, 2, 3), 1 % comm.Size, tk, out tk) * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(u) * 0.2)) * 0.9) * 0.4;
        for (var k13 = 0; k13 < 3; k13++)
        {
            comm.Send(Tensor.SumOfSquares(Tensor.Tanh(Tensor.Sin(t2))) * 0.1, comm.Rank, 5, tk, out tk);
            s1 = s1 * 0.5 + comm.Receive(comm.Rank, 5, tk, out tk) * 0.5;
            if (Tensor.Dot((t2 + t2) * 0.5, t1) * 0.1 > 0.0)
            {
                comm.Send(s1, comm.Rank, 2, tk, out tk);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2, tk, out tk) * 0.5;
                comm.Send(s1, comm.Rank, 5, tk, out tk);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5, tk, out tk) * 0.5;
                var sq2 = comm.Isend(Tensor.Mean(Tensor.Sin(t1)), comm.Rank, 1, tk, out tk);
                var rq1 = comm.Irecv(comm.Rank, 1, tk, out tk);
                comm.Wait(sq2);
                comm.Wait(rq1);
                s1 = s1 * 0.5 + rq1.Value * (Math.Cos(-0.4) * 0.5);
            }
            if (Tensor.SumOfSquares(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(u) * 0.2))) * 0.1 > 0.6)
            {
                comm.Send(Math.Exp(Math.Tanh(Math.Tanh(-0.4) * (comm.Size - 0.5) * 0.3) * 0.3), comm.Rank, 3, tk, out tk);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 3, tk, out tk) * 0.5;
                s2 = Math.Cos(Tensor.Dot(w * Math.Tanh(1.3), w) * 0.1) * 0.5;
            }
            else
            {
                comm.Send(s2, comm.Rank, 2, tk, out tk);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2, tk, out tk) * 0.5;
                var sq4 = comm.Isend(Tensor.Dot(w, (t2 * 0.7 + a * 0.2)) * 0.1, comm.Rank, 2, tk, out tk);
                var rq3 = comm.Irecv(comm.Rank, 2, tk, out tk);
                comm.Wait(rq3);
                comm.Wait(sq4);
            }
        }
        t1 = comm.Broadcast(comm.Broadcast(t2, 1 % comm.Size, tk, out tk), 1 % comm.Size, tk, out tk);
        if (comm.Rank == comm.Size - 1)
        {
            for (var k14 = 0; k14 < 3; k14++)
            {
                comm.Send(Math.Exp(Math.Tanh(a) * 0.3), comm.Rank, 2, tk, out tk);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2, tk, out tk) * 0.5;
                var sq6 = comm.Isend(Tensor.Exp(Tensor.Tanh((u + t1) * 0.5) * 0.2), comm.Rank, 5, tk, out tk);
                var rq5 = comm.Irecv(t1, comm.Rank, 5, tk, out tk);
                comm.Wait(rq5);
                comm.Wait(sq6);
                t1 = t1 * 0.5 + rq5.Tensor * Tensor.Tanh(u);
            }
            if ((Tensor.SumOfSquares(Tensor.Tanh(t1)) * 0.1 * 0.8 - 0.1) > 0.6)
            {
                var rq7 = comm.Irecv(u, comm.Rank, 5, tk, out tk);
                var sq8 = comm.Isend(Tensor.Tanh((t2 * 0.7 + 1.3 * 0.2)) * 0.9, comm.Rank, 5, tk, out tk);
                comm.Wait(sq8);
                comm.Wait(rq7);
                t2 = t2 * 0.5 + rq7.Tensor * Tensor.Tanh(Tensor.Tanh(u * t2));
                var rq9 = comm.Irecv(u, comm.Rank, 3, tk, out tk);
                var sq10 = comm.Isend(Tensor.Exp(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t1) * 0.2)) * 0.2), comm.Rank, 3, tk, out tk);
                comm.Wait(rq9);
                comm.Wait(sq10);
                t1 = t1 * 0.5 + rq9.Tensor * Tensor.Tanh(u);
                t2 = t2 * 0.5 + rq9.Tensor * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(u) * 0.2));
            }
            var sq12 = comm.Isend((t2 * Math.Tanh(b) * 0.7 + Tensor.SumOfSquares(Tensor.Tanh(t1)) * 0.1 * 0.2), comm.Rank, 3, tk, out tk);
            var rq11 = comm.Irecv(t2, comm.Rank, 3, tk, out tk);
            comm.Wait(rq11);
            comm.Wait(sq12);
            t2 = t2 * 0.5 + rq11.Tensor * Tensor.Tanh(t2 * Math.Tanh(1.3));
            t2 = t2 * 0.5 + rq11.Tensor * Tensor.Tanh((t1 + t2) * 0.5);
            s2 = s1;
        }
        return acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + a * 0.1;
    }

    // replicated; Allgather, AllreduceSum, Broadcast, Scatter, Send/Receive, unused
    [Differentiable]
    public static double C65(double a, double b, Tensor u, Tensor w, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5 + Tensor.Mean(u) + Tensor.Mean(w));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(w);
        acc += acc * 0.3;
        var unused1 = Tensor.Sum(comm.Scatter(comm.Allgather(s2) * comm.Allgather((acc * 0.8 - 0.1)), 0));
        if (comm.Size > 2)
        {
            if (comm.Rank == 1)
            {
                comm.Send(Tensor.SumOfSquares(Tensor.Tanh((u * 0.7 + s1 * 0.2))) * 0.1, comm.Size - 1, 2);
            }
            else
            {
                if (comm.Rank == comm.Size - 1)
                {
                    s2 = s2 * 0.5 + comm.Receive(1, 2) * (acc + b) * 0.5;
                }
            }
        }
        s1 = Tensor.Dot(Tensor.Tanh(comm.AllreduceSum(w * 0.5)) + w * 0.3, Tensor.Sin(Tensor.Tanh(comm.AllreduceSum(u * 0.5)) + u * 0.3)) * 0.1;
        return Math.Tanh(comm.Broadcast(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2, 1 % comm.Size)) + Math.Sin(acc) * 0.5;
    }

    // replicated; Allgather, AllreduceMax, AllreduceSum, Broadcast, Isend/Irecv, Scatter, loop, self message, tokens, unused, value branch
    [Differentiable]
    public static double C66(Tensor u, Tensor w, int rows, int columns, Communicator comm)
    {
        var tk = comm.Token;
        var s1 = Math.Tanh(Tensor.Mean(u) + Tensor.Mean(w));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(w);
        var t2 = Tensor.Tanh(u);
        if ((s2 * 0.8 - 0.1) > 0.3)
        {
            comm.Send(Tensor.Tanh(Tensor.Tanh(t1 * w) * Tensor.Tanh(w) * 0.9), comm.Rank, 2, tk, out tk);
            t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank, 2, tk, out tk) * 0.5;
            t2 = Tensor.Tanh((t2 + t1) * 0.5) * 0.9;
            comm.Send(Tensor.SumOfSquares(Tensor.Tanh(t1)) * 0.1, comm.Rank, 3, tk, out tk);
            s2 = s2 * 0.5 + comm.Receive(comm.Rank, 3, tk, out tk) * 0.5;
            if (s2 > 0.3)
            {
                comm.Send(Math.Tanh(s2) * (comm.Size - 0.5) * 0.3, comm.Rank, 5, tk, out tk);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 5, tk, out tk) * 0.5;
                comm.Send(Math.Cos((acc + s1) * 0.5) * 0.5, comm.Rank, 1, tk, out tk);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 1, tk, out tk) * 0.5;
                comm.Send(Tensor.Tanh(t1 * Tensor.Tanh(t1 * u)), comm.Rank, 5, tk, out tk);
                t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 5, tk, out tk) * 0.5;
                comm.Send(Tensor.Exp(Tensor.Tanh(Tensor.Tanh(w * t1)) * 0.2), comm.Rank, 1, tk, out tk);
                t2 = t2 * 0.5 + comm.Receive(u, comm.Rank, 1, tk, out tk) * 0.5;
            }
        }
        else
        {
            for (var k10 = 0; k10 < 3; k10++)
            {
                var rq1 = comm.Irecv(u, comm.Rank, 5, tk, out tk);
                var sq2 = comm.Isend((w * Math.Tanh(s1) * 0.7 + Math.Exp(Math.Tanh(-0.4) * 0.3) * 0.2), comm.Rank, 5, tk, out tk);
                comm.Wait(sq2);
                comm.Wait(rq1);
                t2 = t2 * 0.5 + rq1.Tensor * Tensor.Tanh((w * 0.7 + -0.4 * 0.2));
                t1 = t1 * 0.5 + rq1.Tensor * Tensor.Tanh(Tensor.Tanh(w * w));
                var rq3 = comm.Irecv(t2, comm.Rank, 5, tk, out tk);
                var sq4 = comm.Isend(Tensor.Tanh(t2) * 0.9 * Math.Tanh(Math.Exp(Math.Tanh(0.7) * 0.3)), comm.Rank, 5, tk, out tk);
                comm.Wait(sq4);
                comm.Wait(rq3);
                var rq5 = comm.Irecv(u, comm.Rank, 3, tk, out tk);
                var sq6 = comm.Isend(w, comm.Rank, 3, tk, out tk);
                comm.Wait(sq6);
                comm.Wait(rq5);
            }
            comm.Send(-0.4, comm.Rank, 1, tk, out tk);
            s2 = s2 * 0.5 + comm.Receive(comm.Rank, 1, tk, out tk) * 0.5;
        }
        comm.Send(Math.Exp(Math.Tanh(Tensor.SumOfSquares(Tensor.Tanh(t2)) * 0.1) * 0.3), comm.Rank, 1, tk, out tk);
        s1 = s1 * 0.5 + comm.Receive(comm.Rank, 1, tk, out tk) * 0.5;
        var unused7 = Tensor.Tanh(comm.AllreduceSum(Tensor.Tanh(t2 * u) * 0.5, tk, out tk)) + Tensor.Tanh(t2 * u) * 0.3;
        t2 = t1;
        acc += comm.Broadcast(Math.Tanh(Tensor.Sum(comm.Scatter(comm.Allgather(s1, tk, out tk) * comm.Allgather(s1, tk, out tk), 0, tk, out tk))) * (comm.Size - 0.5) * 0.3, 0, tk, out tk) * 0.3;
        if (Math.Sin(Tensor.SumOfSquares(Tensor.Tanh(t2)) * 0.1) > 0.6)
        {
            comm.Send(Tensor.Exp(Tensor.Tanh(Tensor.Tanh(u) * 0.9) * 0.2), comm.Rank, 5, tk, out tk);
            t2 = t2 * 0.5 + comm.Receive(w, comm.Rank, 5, tk, out tk) * 0.5;
            var rq8 = comm.Irecv(t2, comm.Rank, 2, tk, out tk);
            var sq9 = comm.Isend(Tensor.Exp(Tensor.Tanh(w * Math.Tanh(s2)) * 0.2), comm.Rank, 2, tk, out tk);
            comm.Wait(rq8);
            comm.Wait(sq9);
            t1 = t1 * 0.5 + rq8.Tensor * Tensor.Tanh(w * Math.Tanh(acc));
            s1 = Math.Exp(Math.Tanh(s2) * 0.3);
        }
        return comm.AllreduceMax(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(w) * 0.23, tk, out tk) * 0.5 + comm.AllreduceSum(s1 * s1, tk, out _);
    }

    // replicated; Allgather, AllreduceSum, Broadcast, Gather, Isend/Irecv, Scatter, Send/Receive, call, loop, rank branch, self message, tokens, unused, value branch
    [Differentiable]
    public static double C67(double a, double b, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5);
        var s2 = 0.25;
        var acc = 0.0;
        if (comm.Size > 1)
        {
            if (comm.Rank == 0)
            {
                comm.Send(-0.4, 1, 3);
                comm.Send(Math.Tanh(Math.Sin(acc) * (s2 + a) * 0.5), 1, 3);
            }
            else
            {
                if (comm.Rank == 1)
                {
                    s2 = s2 * 0.5 + comm.Receive(0, 3) * Math.Tanh(s1) * (comm.Size - 0.5) * 0.3;
                    s2 = s2 * 0.5 + comm.Receive(0, 3) * a;
                }
            }
        }
        for (var k22 = 0; k22 < 2; k22++)
        {
            if (comm.Rank > 0)
            {
                s2 = s2 * 0.5 + comm.Receive(comm.Rank - 1, 3);
            }
            if (comm.Rank < comm.Size - 1)
            {
                comm.Send(Math.Tanh(Math.Tanh(Math.Sin(a)) * (comm.Size - 0.5) * 0.3), comm.Rank + 1, 3);
            }
            if (comm.Size > 2)
            {
                if (comm.Rank == 1)
                {
                    var sq2 = comm.Isend(Math.Exp(Math.Tanh((acc + s1) * 0.5) * 0.3), comm.Size - 1, 5);
                    comm.Send(((s1 + -0.4) * 0.5 * 0.8 - 0.1), comm.Size - 1, 5);
                    comm.Wait(sq2);
                }
                else
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        var rq1 = comm.Irecv(1, 5);
                        comm.Wait(rq1);
                        acc = acc * 0.5 + comm.Receive(1, 5) * 0.5;
                    }
                }
            }
            for (var k23 = 0; k23 < 2; k23++)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(Math.Exp(Math.Tanh((b + b) * 0.5) * 0.3), 0, 2);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            acc = acc * 0.5 + comm.Receive(comm.Size - 1, 2) * 1.3;
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(1.3, 0, 1);
                        comm.Send(Math.Cos(b) * 0.5, 0, 1);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            s2 = s2 * 0.5 + comm.Receive(comm.Size - 1, 1) * Math.Tanh(s1) * (comm.Size - 0.5) * 0.3;
                            s1 = s1 * 0.5 + comm.Receive(comm.Size - 1, 1) * Math.Tanh(s2) * (comm.Size - 0.5) * 0.3;
                        }
                    }
                }
            }
            for (var k24 = 0; k24 < 2; k24++)
            {
                comm.Send(b, comm.Rank, 5);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(Math.Tanh(Math.Cos(acc) * 0.5 * (a + acc) * 0.5), comm.Size - 1, 1);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            s2 = s2 * 0.5 + comm.Receive(1, 1) * s1;
                        }
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
                            s1 = s1 * 0.5 + comm.Receive(0, 3) * Math.Sin(1.3);
                        }
                    }
                }
            }
        }
        if (Math.Exp(Math.Tanh((acc + b) * 0.5) * 0.3) > 0.0)
        {
            var rq3 = comm.Irecv(comm.Rank, 3);
            var sq4 = comm.Isend(b, comm.Rank, 3);
            comm.Wait(rq3);
            comm.Wait(sq4);
            var sq6 = comm.Isend(s1, comm.Rank, 5);
            var rq5 = comm.Irecv(comm.Rank, 5);
            comm.Wait(sq6);
            comm.Wait(rq5);
            acc = acc * 0.5 + rq5.Value * (Math.Sin(s2));
            for (var k25 = 0; k25 < 3; k25++)
            {
                acc += a * 0.3;
                comm.Send((Math.Tanh(acc * 0.7) * 0.8 - 0.1), comm.Rank, 2);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                acc += s2 * 0.3;
                var sq8 = comm.Isend(Math.Exp(Math.Tanh(s2) * 0.3), comm.Rank, 1);
                var rq7 = comm.Irecv(comm.Rank, 1);
                comm.Wait(rq7);
                comm.Wait(sq8);
                s2 = s2 * 0.5 + rq7.Value * (a);
            }
        }
        s1 = b;
        for (var k26 = 0; k26 < 3; k26++)
        {
            var unused9 = Tensor.Sum(comm.Scatter(comm.Allgather(s2) * comm.Allgather(Math.Cos(b) * 0.5), 1 % comm.Size));
            comm.Send(Math.Tanh(Math.Exp(Math.Tanh(s2) * 0.3) * Math.Exp(Math.Tanh(s1) * 0.3)), comm.Rank, 3);
            s2 = s2 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
            for (var k27 = 0; k27 < 3; k27++)
            {
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(-0.4, comm.Size - 1, 1);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            s1 = s1 * 0.5 + comm.Receive(1, 1) * acc;
                        }
                    }
                }
                s2 = Math.Sin(Math.Sin(Math.Tanh(b) * (comm.Size - 0.5) * 0.3));
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
                            s1 = s1 * 0.5 + comm.Receive(1, 2) * a;
                        }
                    }
                }
            }
        }
        for (var k28 = 0; k28 < 2; k28++)
        {
            acc += Math.Exp(Math.Tanh(Tensor.Sum(comm.Gather(Math.Sin(comm.AllreduceSum(0.7) * 0.5) + 0.7 * 0.2, 0)) * 0.3) * 0.3) * 0.3;
            var rq10 = comm.Irecv((comm.Rank + 1) % comm.Size, 5);
            var sq11 = comm.Isend(s1, (comm.Rank + comm.Size - 1) % comm.Size, 5);
            s2 = (s1 * 0.8 - 0.1);
            comm.Wait(rq10);
            comm.Wait(sq11);
            s1 = s1 * 0.5 + rq10.Value * (Math.Tanh(a * a));
            s2 = s2 * 0.5 + rq10.Value * (s1);
            if (Math.Exp(Math.Tanh((a * 0.8 - 0.1)) * 0.3) > 0.6)
            {
                var sq13 = comm.Isend(Math.Sin(Math.Cos(acc) * 0.5), comm.Rank, 5);
                var rq12 = comm.Irecv(comm.Rank, 5);
                comm.Wait(rq12);
                comm.Wait(sq13);
                comm.Send(Math.Cos((s2 * 0.8 - 0.1)) * 0.5, comm.Rank, 1);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
            }
        }
        for (var k29 = 0; k29 < 2; k29++)
        {
            if (comm.Size > 1)
            {
                if (comm.Rank == 0)
                {
                    comm.Send((-0.4 + Math.Tanh(b) * (comm.Size - 0.5) * 0.3) * 0.5, 1, 5);
                    comm.Send(s1, 1, 5);
                }
                else
                {
                    if (comm.Rank == 1)
                    {
                        s1 = s1 * 0.5 + comm.Receive(0, 5) * s2;
                        s2 = s2 * 0.5 + comm.Receive(0, 5) * (s2 * 0.8 - 0.1);
                    }
                }
            }
            if (comm.Rank % 2 == 1)
            {
                acc += Math.Exp(Math.Tanh(Math.Tanh(Math.Tanh(s2 * s1) * Math.Cos(b) * 0.5)) * 0.3) * 0.3;
                s2 += Math.Cos(b) * 0.5 * 0.3;
                comm.Send(b, comm.Rank, 5);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
                s1 = Math.Tanh(((b + -0.4) * 0.5 + s2) * 0.5 * Math.Tanh(Math.Exp(Math.Tanh(a) * 0.3) * (s2 * 0.8 - 0.1)));
            }
            for (var k30 = 0; k30 < 2; k30++)
            {
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(Math.Cos(Math.Tanh(a * a)) * 0.5, comm.Size - 1, 1);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            s2 = s2 * 0.5 + comm.Receive(1, 1) * 0.7;
                        }
                    }
                }
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(Math.Cos(Math.Sin(s2)) * 0.5, comm.Size - 1, 2);
                        comm.Send(b, comm.Size - 1, 2);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            acc = acc * 0.5 + comm.Receive(1, 2) * Math.Exp(Math.Tanh(1.3) * 0.3);
                            s2 = s2 * 0.5 + comm.Receive(1, 2) * Math.Cos(a) * 0.5;
                        }
                    }
                }
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send((acc + s2) * 0.5, comm.Size - 1, 3);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            s2 = s2 * 0.5 + comm.Receive(1, 3) * Math.Tanh(acc * b);
                        }
                    }
                }
                var rq14 = comm.Irecv((comm.Rank + 1) % comm.Size, 5);
                var sq15 = comm.Isend(Math.Sin(CTok(s1, comm)), (comm.Rank + comm.Size - 1) % comm.Size, 5);
                comm.Wait(rq14);
                comm.Wait(sq15);
                s2 = s2 * 0.5 + rq14.Value * (Math.Tanh(-0.4 * acc));
            }
            if (s2 > 0.6)
            {
                comm.Send(Math.Cos(a) * 0.5, comm.Rank, 5);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
                var rq16 = comm.Irecv(comm.Rank, 3);
                var sq17 = comm.Isend(Math.Tanh(-0.4) * (comm.Size - 0.5) * 0.3, comm.Rank, 3);
                comm.Wait(sq17);
                comm.Wait(rq16);
                acc = acc * 0.5 + rq16.Value * (s1);
                acc = acc * 0.5 + rq16.Value * (b);
                comm.Send(((-0.4 + -0.4) * 0.5 * 0.8 - 0.1), comm.Rank, 5);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
                var sq19 = comm.Isend(Math.Sin(s1), comm.Rank, 5);
                var rq18 = comm.Irecv(comm.Rank, 5);
                comm.Wait(rq18);
                comm.Wait(sq19);
                s2 = s2 * 0.5 + rq18.Value * (Math.Sin(acc));
            }
            else
            {
                var sq21 = comm.Isend((Math.Tanh(b * acc) * 0.8 - 0.1), comm.Rank, 5);
                var rq20 = comm.Irecv(comm.Rank, 5);
                comm.Wait(sq21);
                comm.Wait(rq20);
                acc = acc * 0.5 + rq20.Value * ((b * 0.8 - 0.1));
                comm.Send(Math.Tanh(Math.Sin(s2)) * (comm.Size - 0.5) * 0.3, comm.Rank, 5);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
                s2 += Math.Cos(Math.Tanh(Math.Sin(s2)) * (comm.Size - 0.5) * 0.3) * 0.5 * 0.3;
            }
        }
        return Math.Tanh(comm.Broadcast(acc + s1 * 0.3 + Math.Sin(s2), comm.Size - 1));
    }

    // replicated; AllreduceMin, Isend/Irecv, call, loop, rank branch, self message, tokens, value branch
    [Differentiable]
    public static double C68(Tensor u, Communicator comm)
    {
        var tk = comm.Token;
        var s1 = Math.Tanh(Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        s2 = Math.Exp(Math.Tanh(s2) * 0.3);
        if (comm.Rank == 0)
        {
            t1 = t1 * Math.Tanh(Math.Sin(acc)) * Math.Tanh(acc);
            if (comm.Rank % 2 == 1)
            {
                s2 += -0.4 * 0.3;
                comm.Send(Math.Exp(Math.Tanh((acc * 0.8 - 0.1)) * 0.3), comm.Rank, 3, tk, out tk);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 3, tk, out tk) * 0.5;
            }
            for (var k9 = 0; k9 < 3; k9++)
            {
                comm.Send(Tensor.Tanh(u) * 0.9, comm.Rank, 5, tk, out tk);
                t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 5, tk, out tk) * 0.5;
                acc += s1 * 0.3;
                var rq1 = comm.Irecv(comm.Rank, 3, tk, out tk);
                var sq2 = comm.Isend(Tensor.Mean(Tensor.Sin((t1 + t1) * 0.5)), comm.Rank, 3, tk, out tk);
                comm.Wait(sq2);
                comm.Wait(rq1);
                s2 = s2 * 0.5 + rq1.Value * (Math.Tanh(s2) * (comm.Size - 0.5) * 0.3);
                acc = acc * 0.5 + rq1.Value * (Math.Cos(s1) * 0.5);
                s1 = (s2 * 0.8 - 0.1);
            }
            s1 += Math.Exp(Math.Tanh(Tensor.SumOfSquares(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t2) * 0.2))) * 0.1) * 0.3) * 0.3;
        }
        s2 += Math.Tanh(-0.4 * Math.Exp(Math.Tanh(Tensor.Sum(t2) * 0.2) * 0.3)) * 0.3;
        var rq3 = comm.Irecv((comm.Rank + comm.Size - 1) % comm.Size, 5, tk, out tk);
        var sq4 = comm.Isend(s1, (comm.Rank + 1) % comm.Size, 5, tk, out tk);
        s2 += Tensor.Sum(t2) * 0.2 * 0.3;
        comm.Wait(sq4);
        comm.Wait(rq3);
        s1 = s1 * 0.5 + rq3.Value * (s1);
        if (Tensor.Dot(t1, Tensor.Tanh(u * t2)) * 0.1 > 0.3)
        {
            acc += 1.3 * 0.3;
            s2 += Math.Cos(1.3) * 0.5 * 0.3;
        }
        else
        {
            var sq6 = comm.Isend((Math.Sin(0.7) + Math.Tanh(acc * 0.7)) * 0.5, comm.Rank, 5, tk, out tk);
            var rq5 = comm.Irecv(comm.Rank, 5, tk, out tk);
            comm.Wait(sq6);
            comm.Wait(rq5);
            var rq7 = comm.Irecv(comm.Rank, 5, tk, out tk);
            var sq8 = comm.Isend((s2 * 0.8 - 0.1), comm.Rank, 5, tk, out tk);
            comm.Wait(rq7);
            comm.Wait(sq8);
            s2 = s2 * 0.5 + rq7.Value * (Tensor.SumOfSquares(Tensor.Tanh(t2)) * 0.1);
            s1 = s1 * 0.5 + rq7.Value * (Tensor.Dot(t2, t1) * 0.1);
            for (var k10 = 0; k10 < 2; k10++)
            {
                comm.Send(Tensor.Sin((u * 0.7 + -0.4 * 0.2)), comm.Rank, 1, tk, out tk);
                t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 1, tk, out tk) * 0.5;
                t1 = (Tensor.Tanh((u * 0.7 + s2 * 0.2) * t2 * Math.Tanh(acc)) * 0.7 + Tensor.SumOfSquares(Tensor.Tanh(Tensor.Tanh(t1) * 0.9)) * 0.1 * 0.2);
                comm.Send(Tensor.Exp(Tensor.Tanh(Tensor.Sin(u)) * 0.2), comm.Rank, 2, tk, out tk);
                t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 2, tk, out tk) * 0.5;
                s1 += Tensor.SumOfSquares(Tensor.Tanh(u)) * 0.1 * 0.3;
            }
            if (comm.Rank == 0)
            {
                acc += (s2 + Tensor.SumOfSquares(Tensor.Tanh((t1 * 0.7 + s1 * 0.2))) * 0.1) * 0.5 * 0.3;
                s2 = s1;
                s1 += Math.Exp(Math.Tanh(Math.Exp(Math.Tanh(Tensor.Mean(Tensor.Sin(t2))) * 0.3)) * 0.3) * 0.3;
            }
        }
        s2 += comm.AllreduceSum(Math.Cos(s2) * 0.5, tk, out _) * 0.1;
        t2 = t2 * 0.5 + CRing(Tensor.Exp(Tensor.Tanh(t1 * Math.Tanh(acc)) * 0.2), comm) * 0.5;
        tk = comm.Token;
        return comm.AllreduceMin(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(u) * 0.23, tk, out tk) * 0.5 + comm.AllreduceSum(s1 * s1, tk, out _);
    }

    // rank-local; Isend/Irecv, Receive(like), Send/Receive, SendReceive, loop, rank branch, replicated branch, self message, value branch
    [Differentiable]
    public static double C69(double a, Tensor u, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        if (comm.Rank % 2 == 1)
        {
            t1 = (t2 * Math.Tanh(-0.4) * Math.Tanh((a * 0.8 - 0.1)) + (t1 * Math.Tanh(s1) * 0.7 + acc * 0.2)) * 0.5;
            if (comm.Rank % 2 == 1)
            {
                var sq2 = comm.Isend(t1, comm.Rank, 2);
                var rq1 = comm.Irecv(u, comm.Rank, 2);
                comm.Wait(rq1);
                comm.Wait(sq2);
                var rq3 = comm.Irecv(comm.Rank, 3);
                var sq4 = comm.Isend(a, comm.Rank, 3);
                comm.Wait(rq3);
                comm.Wait(sq4);
                s2 = s2 * 0.5 + rq3.Value * (Math.Tanh(acc * s1));
                comm.Send(a, comm.Rank, 1);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
                comm.Send(Tensor.Exp(Tensor.Tanh(Tensor.Tanh(u) * 0.9) * 0.2), comm.Rank, 2);
                t2 = t2 * 0.5 + comm.Receive(t1, comm.Rank, 2) * 0.5;
            }
            else
            {
                s2 += (acc + Tensor.Dot(t1, (t1 * 0.7 + -0.4 * 0.2)) * 0.1) * 0.5 * 0.3;
                comm.Send((u + t1) * 0.5 * Math.Tanh(s2), comm.Rank, 1);
                t1 = t1 * 0.5 + comm.Receive(u, comm.Rank, 1) * 0.5;
                var sq6 = comm.Isend(a, comm.Rank, 3);
                var rq5 = comm.Irecv(comm.Rank, 3);
                comm.Wait(sq6);
                comm.Wait(rq5);
                s2 = s2 * 0.5 + rq5.Value * (Math.Cos(acc) * 0.5);
                acc = acc * 0.5 + rq5.Value * (s1);
                s2 += 1.3 * 0.3;
            }
        }
        else
        {
            if (Math.Tanh((a + a) * 0.5) * (comm.Size - 0.5) * 0.3 > 0.0)
            {
                t2 = t2 * 0.6 + t1 * 0.4;
                comm.Send(Math.Cos(a) * 0.5, comm.Rank, 1);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
            }
            s1 = Tensor.Dot(Tensor.Tanh(t1 * Math.Tanh(s1)) * 0.9, (Tensor.Exp(Tensor.Tanh(t2) * 0.2) + t2) * 0.5) * 0.1;
            s2 = a;
            if (comm.Rank % 2 == 1)
            {
                s1 = Math.Tanh(Tensor.SumOfSquares(Tensor.Tanh(Tensor.Sin(u))) * 0.1 * Tensor.Mean(Tensor.Sin(u)));
                var sq8 = comm.Isend(a, comm.Rank, 2);
                var rq7 = comm.Irecv(comm.Rank, 2);
                comm.Wait(rq7);
                comm.Wait(sq8);
                s2 = s2 * 0.5 + rq7.Value * (s1);
                comm.Send(Tensor.Dot(Tensor.Sin(t1), t1) * 0.1, comm.Rank, 5);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
            }
        }
        if (comm.Size > 1)
        {
            if (comm.Rank == comm.Size - 1)
            {
                var sq10 = comm.Isend(Math.Sin(acc), 0, 2);
                comm.Send(s1, 0, 2);
                comm.Wait(sq10);
            }
            else
            {
                if (comm.Rank == 0)
                {
                    var rq9 = comm.Irecv(comm.Size - 1, 2);
                    acc = acc * 0.5 + comm.Receive(comm.Size - 1, 2) * 0.5;
                    comm.Wait(rq9);
                    s1 = s1 * 0.5 + rq9.Value * (Math.Tanh(acc) * (comm.Size - 0.5) * 0.3);
                }
            }
        }
        if (comm.Size > 1)
        {
            if (comm.Rank == 0)
            {
                comm.Send(Tensor.SumOfSquares(Tensor.Tanh(t2)) * 0.1, 1, 2);
                comm.Send(Tensor.Mean(Tensor.Sin(Tensor.Sin(t1))), 1, 2);
            }
            else
            {
                if (comm.Rank == 1)
                {
                    s2 = s2 * 0.5 + comm.Receive(0, 2) * a;
                    acc = acc * 0.5 + comm.Receive(0, 2) * s2;
                }
            }
        }
        if (comm.Size > 1)
        {
            if (comm.Rank == comm.Size - 1)
            {
                var sq12 = comm.Isend(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t1) * 0.2)) * 0.9, 0, 2);
                comm.Wait(sq12);
                comm.Send((Tensor.Tanh(u) * 0.9 * 0.7 + Tensor.Mean(Tensor.Sin(t1)) * 0.2), 0, 2);
            }
            else
            {
                if (comm.Rank == 0)
                {
                    var rq11 = comm.Irecv(t2, comm.Size - 1, 2);
                    t2 = t2 * 0.5 + comm.Receive(u, comm.Size - 1, 2) * 0.5;
                    comm.Wait(rq11);
                    t1 = t1 * 0.5 + rq11.Tensor * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t1) * 0.2));
                }
            }
        }
        if (comm.Rank == comm.Size - 1)
        {
            if (comm.Rank % 2 == 1)
            {
                comm.Send((Tensor.Sin(u) * 0.7 + s2 * 0.2), comm.Rank, 5);
                t1 = t1 * 0.5 + comm.Receive(u, comm.Rank, 5) * 0.5;
                var rq13 = comm.Irecv(comm.Rank, 1);
                var sq14 = comm.Isend(Math.Sin(Math.Sin(s2)), comm.Rank, 1);
                comm.Wait(rq13);
                comm.Wait(sq14);
                acc = acc * 0.5 + rq13.Value * (s1);
                comm.Send(Tensor.Tanh(t2) * 0.9 * Math.Tanh(Tensor.Mean(Tensor.Sin(t1))), comm.Rank, 1);
                t2 = t2 * 0.5 + comm.Receive(t1, comm.Rank, 1) * 0.5;
            }
            if (comm.Rank % 2 == 1)
            {
                comm.Send(Tensor.Tanh(Tensor.Tanh(t2 * t1)) * 0.9, comm.Rank, 1);
                t2 = t2 * 0.5 + comm.Receive(u, comm.Rank, 1) * 0.5;
                acc += Tensor.Dot(t1, t2) * 0.1 * 0.3;
                t1 = (t1 + u) * 0.5;
            }
            t1 = Tensor.Sin(t2);
        }
        if (Math.Sin(comm.AllreduceSum(a)) > 0.2)
        {
            var rq15 = comm.Irecv(t2, (comm.Rank + comm.Size - 1) % comm.Size, 5);
            var sq16 = comm.Isend(u, (comm.Rank + 1) % comm.Size, 5);
            comm.Wait(sq16);
            comm.Wait(rq15);
            t1 = t1 * 0.5 + rq15.Tensor * Tensor.Tanh(Tensor.Tanh(t1 * u));
            for (var k23 = 0; k23 < 2; k23++)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send((Tensor.Tanh(t1) * 0.9 * 0.7 + 1.3 * 0.2), 0, 5);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            t1 = t1 * 0.5 + comm.Receive(u, comm.Size - 1, 5) * Tensor.Tanh((t2 + t2) * 0.5);
                        }
                    }
                }
                if (comm.Rank > 0)
                {
                    s2 = s2 * 0.5 + comm.Receive(comm.Rank - 1, 5);
                }
                if (comm.Rank < comm.Size - 1)
                {
                    comm.Send(Math.Tanh((Math.Exp(Math.Tanh(1.3) * 0.3) + Tensor.Mean(Tensor.Sin(u))) * 0.5), comm.Rank + 1, 5);
                }
            }
            acc += (a * 0.8 - 0.1) * 0.3;
            s2 = (s2 * 0.8 - 0.1);
        }
        else
        {
            if (Tensor.Sum((u + t1) * 0.5) * 0.2 > 0.6)
            {
                var rq17 = comm.Irecv(t1, comm.Rank, 1);
                var sq18 = comm.Isend(t2, comm.Rank, 1);
                comm.Wait(rq17);
                comm.Wait(sq18);
                t2 = t2 * 0.5 + rq17.Tensor * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(u) * 0.2));
                var rq19 = comm.Irecv(t2, comm.Rank, 3);
                var sq20 = comm.Isend(t2, comm.Rank, 3);
                comm.Wait(rq19);
                comm.Wait(sq20);
                t1 = t1 * 0.5 + rq19.Tensor * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t2) * 0.2));
            }
            acc += comm.SendReceive((a * 0.8 - 0.1), (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 2) * 0.3;
            if (comm.Rank == comm.Size - 1)
            {
                t2 = Tensor.Exp(Tensor.Tanh(Tensor.Tanh(u) * 0.9 * Math.Tanh(Tensor.Sum(t1) * 0.2)) * 0.2);
                comm.Send(Math.Sin(acc), comm.Rank, 2);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                s2 = Tensor.Mean(Tensor.Sin(t1));
            }
        }
        if (comm.Size > 1)
        {
            if (comm.Rank == 0)
            {
                var sq22 = comm.Isend(Tensor.Mean(Tensor.Sin(Tensor.Sin(t2))), 1, 3);
                comm.Wait(sq22);
                comm.Send(s2, 1, 3);
            }
            else
            {
                if (comm.Rank == 1)
                {
                    var rq21 = comm.Irecv(0, 3);
                    s2 = s2 * 0.5 + comm.Receive(0, 3) * 0.5;
                    comm.Wait(rq21);
                    acc = acc * 0.5 + rq21.Value * (Math.Tanh(s1 * acc));
                }
            }
        }
        return acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + a * 0.1;
    }

    // replicated; AllreduceMin, AllreduceSum, HaloExchange, Isend/Irecv, ReduceSum, call, loop, rank branch, self message, tokens, unused, value branch
    [Differentiable]
    public static double C70(double a, Tensor u, int rows, int columns, Communicator comm)
    {
        var tk = comm.Token;
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        if ((Math.Tanh(a) * (comm.Size - 0.5) * 0.3 + Math.Tanh(s2) * (comm.Size - 0.5) * 0.3) * 0.5 > 0.6)
        {
            var sq2 = comm.Isend(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t1) * 0.2)) * 0.9, comm.Rank, 1, tk, out tk);
            var rq1 = comm.Irecv(t2, comm.Rank, 1, tk, out tk);
            comm.Wait(sq2);
            comm.Wait(rq1);
            t2 = t2 * 0.5 + rq1.Tensor * Tensor.Tanh(Tensor.Sin(t2));
            comm.Send(Tensor.Exp(Tensor.Tanh((t1 + t2) * 0.5) * 0.2), comm.Rank, 2, tk, out tk);
            t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 2, tk, out tk) * 0.5;
        }
        comm.Barrier(tk, out _);
        acc = acc * 0.5 + CPair(0.7, comm) * 0.5;
        tk = comm.Token;
        for (var k8 = 0; k8 < 2; k8++)
        {
            var unused3 = comm.ReduceSum(s2, comm.Size - 1, tk, out tk);
            t1 = Tensor.Tanh(comm.AllreduceSum(Tensor.Block(comm.HaloExchange(Tensor.Sin(t2), rows, columns, 2, -0.25, tk, out tk), 3, 1, 2, 3) * 0.5, tk, out tk)) + Tensor.Block(comm.HaloExchange(Tensor.Sin(t2), rows, columns, 2, -0.25, tk, out tk), 3, 1, 2, 3) * 0.3;
            s1 = 1.3;
            var sq5 = comm.Isend(Tensor.Tanh(comm.AllreduceSum(comm.AllreduceMin(t1 + u * 0.41, tk, out tk) * 0.5, tk, out tk)) + comm.AllreduceMin(t1 + u * 0.41, tk, out tk) * 0.3, (comm.Rank + 1) % comm.Size, 5, tk, out tk);
            var rq4 = comm.Irecv(u, (comm.Rank + comm.Size - 1) % comm.Size, 5, tk, out tk);
            comm.Wait(rq4);
            comm.Wait(sq5);
        }
        if (comm.Rank % 2 == 1)
        {
            if (comm.Rank == 0)
            {
                s1 = Tensor.Mean(Tensor.Sin(Tensor.Tanh(u * t2)));
                comm.Send(s1, comm.Rank, 5, tk, out tk);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5, tk, out tk) * 0.5;
            }
            acc += Math.Tanh(Tensor.Dot((t1 * 0.7 + s2 * 0.2), t1) * 0.1) * (comm.Size - 0.5) * 0.3 * 0.3;
            comm.Send(s2, comm.Rank, 5, tk, out tk);
            s1 = s1 * 0.5 + comm.Receive(comm.Rank, 5, tk, out tk) * 0.5;
        }
        else
        {
            var rq6 = comm.Irecv(t2, comm.Rank, 2, tk, out tk);
            var sq7 = comm.Isend(((u + t1) * 0.5 + Tensor.Tanh(u * u)) * 0.5, comm.Rank, 2, tk, out tk);
            comm.Wait(sq7);
            comm.Wait(rq6);
            t2 = t2 * 0.5 + rq6.Tensor * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t1) * 0.2));
            t2 = t2 * 0.5 + rq6.Tensor * Tensor.Tanh(t2);
            comm.Send((t1 + u) * 0.5, comm.Rank, 3, tk, out tk);
            t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank, 3, tk, out tk) * 0.5;
        }
        return comm.AllreduceSum(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2, tk, out _);
    }

    // rank-local; AllreduceMin, Isend/Irecv, Send/Receive, loop, self message, value branch
    [Differentiable]
    public static double C71(double a, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5);
        var s2 = 0.25;
        var acc = 0.0;
        var sq2 = comm.Isend(comm.AllreduceMin(Math.Cos(acc) * 0.5 + a * 0.37), (comm.Rank + comm.Size - 1) % comm.Size, 3);
        var rq1 = comm.Irecv((comm.Rank + 1) % comm.Size, 3);
        comm.Wait(sq2);
        comm.Wait(rq1);
        s2 = s2 * 0.5 + rq1.Value * (a);
        if (comm.Rank > 0)
        {
            s1 = s1 * 0.5 + comm.Receive(comm.Rank - 1, 5);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Math.Tanh(Math.Cos(s2) * 0.5), comm.Rank + 1, 5);
        }
        comm.Send(Math.Tanh((acc * 0.8 - 0.1) * s1), comm.Rank, 3);
        acc = acc * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
        if (((s2 * 0.8 - 0.1) * 0.8 - 0.1) > 0.6)
        {
            comm.Send(Math.Tanh(Math.Tanh(a * acc)) * (comm.Size - 0.5) * 0.3, comm.Rank, 2);
            acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
            if (Math.Tanh(Math.Cos(1.3) * 0.5 * Math.Tanh(s1) * (comm.Size - 0.5) * 0.3) > 0.6)
            {
                acc += Math.Exp(Math.Tanh(1.3) * 0.3) * 0.3;
                comm.Send(acc, comm.Rank, 1);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
            }
            else
            {
                var sq4 = comm.Isend(Math.Tanh(Math.Exp(Math.Tanh(a) * 0.3)) * (comm.Size - 0.5) * 0.3, comm.Rank, 1);
                var rq3 = comm.Irecv(comm.Rank, 1);
                comm.Wait(sq4);
                comm.Wait(rq3);
                s2 = s2 * 0.5 + rq3.Value * (Math.Exp(Math.Tanh(s1) * 0.3));
                acc = acc * 0.5 + rq3.Value * (a);
                comm.Send(((0.7 + s1) * 0.5 * 0.8 - 0.1), comm.Rank, 1);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
            }
            acc += a * 0.3;
            for (var k5 = 0; k5 < 2; k5++)
            {
                comm.Send(Math.Cos(Math.Sin(-0.4)) * 0.5, comm.Rank, 3);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
                comm.Send(Math.Cos(Math.Sin(s2)) * 0.5, comm.Rank, 5);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
                s1 = Math.Tanh(Math.Tanh(Math.Tanh(a) * (comm.Size - 0.5) * 0.3) * (comm.Size - 0.5) * 0.3 * Math.Tanh(Math.Exp(Math.Tanh(a) * 0.3)) * (comm.Size - 0.5) * 0.3);
            }
        }
        return comm.AllreduceSum(acc * 0.5) + Math.Sin(acc) * 0.5 + Math.Sin(s2) * 0.5;
    }

    // replicated; AllreduceMin, Broadcast, Isend/Irecv, Receive(like), Send/Receive, call, self message, value branch
    [Differentiable]
    public static double C72(double a, Tensor u, int rows, int columns, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        s2 = comm.AllreduceMin(Tensor.Mean(Tensor.Sin(u)) + a * 0.37);
        var rq1 = comm.Irecv(t1, (comm.Rank + 1) % comm.Size, 5);
        var sq2 = comm.Isend(Tensor.Sin(Tensor.Tanh(t1 * u)), (comm.Rank + comm.Size - 1) % comm.Size, 5);
        var sq4 = comm.Isend(Math.Tanh(comm.AllreduceMin(s2 + a * 0.37)) * (comm.Size - 0.5) * 0.3, (comm.Rank + 1) % comm.Size, 1);
        var rq3 = comm.Irecv((comm.Rank + comm.Size - 1) % comm.Size, 1);
        t1 = t1 * 0.6 + t2 * 0.4;
        t2 = Tensor.Sin(CBcast((u + t2) * 0.5, a, comm));
        comm.Wait(sq2);
        comm.Wait(rq3);
        comm.Wait(sq4);
        comm.Wait(rq1);
        t2 = t2 * 0.5 + rq1.Tensor * Tensor.Tanh(t1);
        s1 = s1 * 0.5 + rq3.Value * (Math.Exp(Math.Tanh(a) * 0.3));
        if (comm.Size > 1)
        {
            if (comm.Rank == 0)
            {
                comm.Send(Tensor.Tanh(t2 * Math.Tanh(1.3) * Tensor.Tanh(u * u)), 1, 3);
            }
            else
            {
                if (comm.Rank == 1)
                {
                    t1 = t1 * 0.5 + comm.Receive(t2, 0, 3) * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(u) * 0.2));
                }
            }
        }
        if (Math.Tanh(Math.Sin(s2) * Tensor.Dot(t2, t1) * 0.1) > 0.6)
        {
            t1 = t1 * 0.6 + Tensor.Exp(Tensor.Tanh(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(u) * 0.2)) * 0.9) * 0.2) * 0.4;
            comm.Send((t2 * Math.Tanh(s2) + t2 * Math.Tanh(s1)) * 0.5, comm.Rank, 2);
            t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank, 2) * 0.5;
        }
        return Math.Tanh(comm.Broadcast(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2, comm.Size - 1)) + Math.Sin(s2) * 0.5;
    }

    // replicated; AllreduceSum, Isend/Irecv, Receive(like), Send/Receive, SendReceive, call, loop, rank branch, replicated branch, self message, token parameter
    [Differentiable]
    public static double C73(Tensor u, Tensor w, Tensor q, Communicator comm, CommToken token)
    {
        var s1 = Math.Tanh(Tensor.Mean(u) + Tensor.Mean(w) + Tensor.Mean(q));
        comm.Barrier(token, out var tk);
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(w);
        var t2 = Tensor.Tanh(w);
        var r1 = Tensor.Sin(q) * 0.5;
        var rq1 = comm.Irecv(q, (comm.Rank + 1) % comm.Size, 3, tk, out tk);
        var sq2 = comm.Isend(Tensor.Tanh(Tensor.Sin(r1)) * 0.9, (comm.Rank + comm.Size - 1) % comm.Size, 3, tk, out tk);
        comm.Wait(rq1);
        comm.Wait(sq2);
        t1 = (Tensor.Sin(u) + t1 * Math.Tanh(s2) * Math.Tanh(comm.SendReceive(s1, (comm.Rank + comm.Size - 1) % comm.Size, (comm.Rank + 1) % comm.Size, 1, tk, out tk))) * 0.5;
        s2 += comm.AllreduceSum(Math.Exp(Math.Tanh(s1) * 0.3), tk, out _) * 0.1;
        acc = acc * 0.5 + CNest((-0.4 + Math.Exp(Math.Tanh(s2) * 0.3)) * 0.5, t2, comm) * 0.5;
        tk = comm.Token;
        if (comm.Size % 2 == 0)
        {
            for (var k5 = 0; k5 < 3; k5++)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(Tensor.Dot(Tensor.Sin(r1), q) * 0.1, 0, 1, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            s2 = s2 * 0.5 + comm.Receive(comm.Size - 1, 1, tk, out tk) * (acc + s1) * 0.5;
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send((w + Tensor.Exp(Tensor.Tanh(w) * 0.2)) * 0.5, 1, 3, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            t2 = t2 * 0.5 + comm.Receive(u, 0, 3, tk, out tk) * Tensor.Tanh(t2 * Math.Tanh(s1));
                        }
                    }
                }
                acc += ((s1 + Math.Tanh(s2 * s2)) * 0.5 * 0.8 - 0.1) * 0.3;
            }
            if (comm.Rank == 0)
            {
                comm.Send(Tensor.Exp(Tensor.Tanh(t1) * 0.2), comm.Rank, 3, tk, out tk);
                t2 = t2 * 0.5 + comm.Receive(w, comm.Rank, 3, tk, out tk) * 0.5;
                comm.Send((Tensor.Tanh(q) * 0.9 * 0.7 + Tensor.Dot(r1, q) * 0.1 * 0.2), comm.Rank, 3, tk, out tk);
                r1 = r1 * 0.5 + comm.Receive(r1, comm.Rank, 3, tk, out tk) * 0.5;
                comm.Send(Tensor.Tanh((r1 + q) * 0.5 * q), comm.Rank, 5, tk, out tk);
                r1 = r1 * 0.5 + comm.Receive(q, comm.Rank, 5, tk, out tk) * 0.5;
                comm.Send(q, comm.Rank, 1, tk, out tk);
                r1 = r1 * 0.5 + comm.Receive(r1, comm.Rank, 1, tk, out tk) * 0.5;
            }
            else
            {
                comm.Send((Tensor.Mean(Tensor.Sin(r1)) * 0.8 - 0.1), comm.Rank, 1, tk, out tk);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 1, tk, out tk) * 0.5;
                comm.Send(r1, comm.Rank, 3, tk, out tk);
                r1 = r1 * 0.5 + comm.Receive(q, comm.Rank, 3, tk, out tk) * 0.5;
                var sq4 = comm.Isend(r1, comm.Rank, 3, tk, out tk);
                var rq3 = comm.Irecv(r1, comm.Rank, 3, tk, out tk);
                comm.Wait(sq4);
                comm.Wait(rq3);
                r1 = r1 * 0.5 + rq3.Tensor * Tensor.Tanh(r1 * Math.Tanh(s1));
                r1 = r1 * 0.5 + rq3.Tensor * Tensor.Tanh(Tensor.Tanh(r1) * 0.9);
            }
        }
        return comm.AllreduceSum(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(Tensor.Tanh(r1)) * 0.2, tk, out _);
    }

    // replicated; Allgather, Broadcast, Isend/Irecv, Scatter, SendReceive, unused
    [Differentiable]
    public static double C74(double a, Tensor u, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        s2 = 1.3;
        s2 = Math.Sin(s1);
        var unused1 = Tensor.Sum(comm.Scatter(comm.Allgather(Math.Exp(Math.Tanh(-0.4) * 0.3)) * comm.Allgather(comm.SendReceive(s1, (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 1)), comm.Size - 1));
        var sq3 = comm.Isend(acc, comm.Rank, 5);
        var rq2 = comm.Irecv(comm.Rank, 5);
        comm.Wait(sq3);
        comm.Wait(rq2);
        return Math.Tanh(comm.Broadcast(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2, comm.Size - 1));
    }

    // rank-local; Allgather, AllreduceMin, AllreduceSum, Gather, Isend/Irecv, Send/Receive, SendReceive, call, loop, rank branch, replicated branch, self message, token parameter, unused, value branch
    [Differentiable]
    public static double C75(double a, double b, Communicator comm, CommToken token)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5);
        var s2 = comm.Broadcast(0.25, 0, token, out var tk);
        var acc = 0.0;
        for (var k11 = 0; k11 < 2; k11++)
        {
            if (comm.Rank == 0)
            {
                s1 = -0.4;
                var rq1 = comm.Irecv(comm.Rank, 3, tk, out tk);
                var sq2 = comm.Isend(Math.Exp(Math.Tanh(Math.Cos(b) * 0.5) * 0.3), comm.Rank, 3, tk, out tk);
                comm.Wait(rq1);
                comm.Wait(sq2);
                s2 = s2 * 0.5 + rq1.Value * (b);
                acc += Math.Tanh(acc) * (comm.Size - 0.5) * 0.3 * 0.3;
                comm.Send(s2, comm.Rank, 1, tk, out tk);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 1, tk, out tk) * 0.5;
            }
            if (comm.Rank == comm.Size - 1)
            {
                comm.Send(s2, comm.Rank, 1, tk, out tk);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 1, tk, out tk) * 0.5;
                comm.Send(Math.Tanh((s1 * 0.8 - 0.1)) * (comm.Size - 0.5) * 0.3, comm.Rank, 5, tk, out tk);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 5, tk, out tk) * 0.5;
                comm.Send(Math.Cos(Math.Exp(Math.Tanh(s2) * 0.3)) * 0.5, comm.Rank, 5, tk, out tk);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 5, tk, out tk) * 0.5;
                comm.Send(Math.Tanh(acc * (acc + s2) * 0.5), comm.Rank, 5, tk, out tk);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5, tk, out tk) * 0.5;
            }
        }
        if (comm.Rank > 0)
        {
            s1 = s1 * 0.5 + comm.Receive(comm.Rank - 1, 5, tk, out tk);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Math.Tanh(Math.Cos(0.7) * 0.5), comm.Rank + 1, 5, tk, out tk);
        }
        for (var k12 = 0; k12 < 3; k12++)
        {
            for (var k13 = 0; k13 < 3; k13++)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(Math.Sin((a * 0.8 - 0.1)), 1, 5, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            s2 = s2 * 0.5 + comm.Receive(0, 5, tk, out tk) * a;
                        }
                    }
                }
                var sq4 = comm.Isend(Tensor.SumOfSquares(comm.Allgather(Math.Sin(a), tk, out tk)) * 0.2, (comm.Rank + comm.Size - 1) % comm.Size, 1, tk, out tk);
                var rq3 = comm.Irecv((comm.Rank + 1) % comm.Size, 1, tk, out tk);
                acc += comm.SendReceive(-0.4, (comm.Rank + comm.Size - 1) % comm.Size, (comm.Rank + 1) % comm.Size, 5, tk, out tk) * 0.3;
                comm.Wait(sq4);
                comm.Wait(rq3);
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(b, 0, 1, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            s1 = s1 * 0.5 + comm.Receive(comm.Size - 1, 1, tk, out tk) * a;
                        }
                    }
                }
            }
            comm.Send(Math.Tanh(s1 * (0.7 * 0.8 - 0.1)), comm.Rank, 2, tk, out tk);
            s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2, tk, out tk) * 0.5;
        }
        if (comm.Size > 1)
        {
            if (comm.Rank == 0)
            {
                comm.Send(Math.Tanh(Math.Tanh(s1) * (comm.Size - 0.5) * 0.3) * (comm.Size - 0.5) * 0.3, 1, 5, tk, out tk);
            }
            else
            {
                if (comm.Rank == 1)
                {
                    s1 = s1 * 0.5 + comm.Receive(0, 5, tk, out tk) * a;
                }
            }
        }
        if (comm.Rank == comm.Size - 1)
        {
            var sq6 = comm.Isend(Math.Tanh(-0.4) * (comm.Size - 0.5) * 0.3, comm.Rank, 3, tk, out tk);
            var rq5 = comm.Irecv(comm.Rank, 3, tk, out tk);
            comm.Wait(sq6);
            comm.Wait(rq5);
            s1 = -0.4;
        }
        if (Math.Sin(comm.AllreduceSum(Math.Exp(Math.Tanh(-0.4) * 0.3), tk, out tk)) > -0.3)
        {
            if (comm.Rank % 2 == 1)
            {
                var sq8 = comm.Isend(Math.Exp(Math.Tanh(Math.Cos(s2) * 0.5) * 0.3), comm.Rank, 3, tk, out tk);
                var rq7 = comm.Irecv(comm.Rank, 3, tk, out tk);
                comm.Wait(sq8);
                comm.Wait(rq7);
                acc = acc * 0.5 + rq7.Value * (Math.Tanh(b * b));
                s2 = s1;
                comm.Send(Math.Cos((acc * 0.8 - 0.1)) * 0.5, comm.Rank, 5, tk, out tk);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 5, tk, out tk) * 0.5;
            }
            else
            {
                comm.Send(Math.Exp(Math.Tanh(1.3) * 0.3), comm.Rank, 5, tk, out tk);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 5, tk, out tk) * 0.5;
                comm.Send(Math.Tanh(Math.Tanh(s1) * (comm.Size - 0.5) * 0.3 * (a + s1) * 0.5), comm.Rank, 2, tk, out tk);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2, tk, out tk) * 0.5;
                s1 = b;
            }
            for (var k14 = 0; k14 < 3; k14++)
            {
                acc += comm.AllreduceSum((Math.Cos(b) * 0.5 + Math.Sin(a)) * 0.5, tk, out tk) * 0.3;
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(Math.Sin((acc + acc) * 0.5), comm.Size - 1, 5, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            s1 = s1 * 0.5 + comm.Receive(1, 5, tk, out tk) * a;
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(s1, 0, 2, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            s1 = s1 * 0.5 + comm.Receive(comm.Size - 1, 2, tk, out tk) * (s1 * 0.8 - 0.1);
                        }
                    }
                }
            }
            comm.Send(((s2 * 0.8 - 0.1) + (-0.4 * 0.8 - 0.1)) * 0.5, comm.Rank, 3, tk, out tk);
            s1 = s1 * 0.5 + comm.Receive(comm.Rank, 3, tk, out tk) * 0.5;
            acc += comm.AllreduceMin(Math.Tanh(Math.Tanh(a * s1)) * (comm.Size - 0.5) * 0.3 + b * 0.37, tk, out tk) * 0.3;
        }
        else
        {
            acc += comm.AllreduceSum(1.3, tk, out _) * 0.1;
            acc = acc * 0.5 + CTok(Math.Cos(s1) * 0.5, comm) * 0.5;
            tk = comm.Token;
            if (Math.Sin(comm.AllreduceSum(Math.Tanh(-0.4 * s2), tk, out tk)) > 0.2)
            {
                comm.Barrier(tk, out _);
                s1 = s1 * 0.5 + CMix(Math.Sin(Math.Sin(a)), comm) * 0.5;
                tk = comm.Token;
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(acc, 1, 5, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            s2 = s2 * 0.5 + comm.Receive(0, 5, tk, out tk) * b;
                        }
                    }
                }
            }
            else
            {
                var unused9 = Tensor.SumOfSquares(comm.Allgather(Tensor.Sum(comm.Gather(a, comm.Size - 1, tk, out tk)) * 0.3, tk, out tk)) * 0.2;
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send((Math.Sin(s1) * 0.8 - 0.1), 1, 3, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            s2 = s2 * 0.5 + comm.Receive(0, 3, tk, out tk) * Math.Cos(b) * 0.5;
                        }
                    }
                }
                s2 = Math.Tanh(a) * (comm.Size - 0.5) * 0.3;
            }
        }
        if (comm.Size % 2 == 0)
        {
            var unused10 = Tensor.SumOfSquares(comm.Allgather((s1 * 0.8 - 0.1), tk, out tk)) * 0.2;
            if (Math.Sin(comm.AllreduceSum((a + s2) * 0.5, tk, out tk)) > -0.3)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(Math.Tanh(1.3) * (comm.Size - 0.5) * 0.3, 0, 2, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            s1 = s1 * 0.5 + comm.Receive(comm.Size - 1, 2, tk, out tk) * (s2 + s2) * 0.5;
                        }
                    }
                }
                s2 = Math.Tanh(a * 0.7);
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(acc, 1, 3, tk, out tk);
                        comm.Send(b, 1, 3, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            s1 = s1 * 0.5 + comm.Receive(0, 3, tk, out tk) * Math.Tanh(1.3) * (comm.Size - 0.5) * 0.3;
                            s1 = s1 * 0.5 + comm.Receive(0, 3, tk, out tk) * acc;
                        }
                    }
                }
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send((Math.Exp(Math.Tanh(a) * 0.3) + Math.Sin(s2)) * 0.5, comm.Size - 1, 3, tk, out tk);
                        comm.Send((b + s1) * 0.5, comm.Size - 1, 3, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            acc = acc * 0.5 + comm.Receive(1, 3, tk, out tk) * Math.Exp(Math.Tanh(b) * 0.3);
                            acc = acc * 0.5 + comm.Receive(1, 3, tk, out tk) * acc;
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
                        comm.Send(Math.Tanh(Math.Cos(s2) * 0.5 * -0.4), 1, 3, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            s2 = s2 * 0.5 + comm.Receive(0, 3, tk, out tk) * (a + 0.7) * 0.5;
                        }
                    }
                }
                s1 += comm.AllreduceSum(Math.Tanh(-0.4) * (comm.Size - 0.5) * 0.3, tk, out _) * 0.1;
                s2 = s2 * 0.5 + CSum(Math.Tanh(Math.Tanh(b) * (comm.Size - 0.5) * 0.3 * Math.Sin(a)), comm) * 0.5;
                tk = comm.Token;
                if (comm.Rank > 0)
                {
                    s1 = s1 * 0.5 + comm.Receive(comm.Rank - 1, 5, tk, out tk);
                }
                if (comm.Rank < comm.Size - 1)
                {
                    comm.Send(Math.Tanh(a), comm.Rank + 1, 5, tk, out tk);
                }
                s1 = Math.Sin(acc);
            }
            if ((b + Math.Cos(s1) * 0.5) * 0.5 > 0.6)
            {
                s2 = Math.Exp(Math.Tanh(((a + s1) * 0.5 * 0.8 - 0.1)) * 0.3);
                acc += acc * 0.3;
            }
            s2 = acc;
        }
        return acc + s1 * 0.3 + Math.Sin(s2) + a * 0.1;
    }

    // rank-local; Isend/Irecv, Send/Receive, SendReceive, loop, rank branch, self message
    [Differentiable]
    public static double C76(double a, double b, Tensor u, Tensor w, Tensor q, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5 + Tensor.Mean(u) + Tensor.Mean(w) + Tensor.Mean(q));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(w);
        var t2 = Tensor.Tanh(u);
        var r1 = Tensor.Sin(q) * 0.5;
        r1 = q;
        acc += (Math.Tanh(Math.Tanh(a) * (comm.Size - 0.5) * 0.3 * comm.SendReceive(a, (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 1)) * 0.8 - 0.1) * 0.3;
        if (comm.Size > 1)
        {
            if (comm.Rank == comm.Size - 1)
            {
                var sq2 = comm.Isend(Tensor.Exp(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(w) * 0.2)) * 0.2), 0, 2);
                comm.Wait(sq2);
            }
            else
            {
                if (comm.Rank == 0)
                {
                    var rq1 = comm.Irecv(u, comm.Size - 1, 2);
                    comm.Wait(rq1);
                    t2 = t2 * 0.5 + rq1.Tensor * Tensor.Tanh(t2);
                }
            }
        }
        if (comm.Size > 1)
        {
            if (comm.Rank == comm.Size - 1)
            {
                var sq4 = comm.Isend(Tensor.Sin(q), 0, 1);
                comm.Wait(sq4);
            }
            else
            {
                if (comm.Rank == 0)
                {
                    var rq3 = comm.Irecv(r1, comm.Size - 1, 1);
                    comm.Wait(rq3);
                    r1 = r1 * 0.5 + rq3.Tensor * Tensor.Tanh(Tensor.Sin(q));
                    r1 = r1 * 0.5 + rq3.Tensor * Tensor.Tanh(Tensor.Tanh(r1) * 0.9);
                }
            }
        }
        if (comm.Size > 2)
        {
            if (comm.Rank == 1)
            {
                var sq6 = comm.Isend(Tensor.SumOfSquares(Tensor.Tanh(Tensor.Sin(q))) * 0.1, comm.Size - 1, 2);
                comm.Wait(sq6);
            }
            else
            {
                if (comm.Rank == comm.Size - 1)
                {
                    var rq5 = comm.Irecv(1, 2);
                    comm.Wait(rq5);
                }
            }
        }
        if (comm.Rank == comm.Size - 1)
        {
            var rq7 = comm.Irecv(r1, comm.Rank, 1);
            var sq8 = comm.Isend(q, comm.Rank, 1);
            comm.Wait(rq7);
            comm.Wait(sq8);
            r1 = r1 * 0.5 + rq7.Tensor * Tensor.Tanh(q * Math.Tanh(a));
            s1 = Tensor.Dot(r1, Tensor.Sin(Tensor.Tanh(r1 * q))) * 0.1;
            var sq10 = comm.Isend(s1, comm.Rank, 3);
            var rq9 = comm.Irecv(comm.Rank, 3);
            comm.Wait(rq9);
            comm.Wait(sq10);
            acc = acc * 0.5 + rq9.Value * (a);
            s1 = s1 * 0.5 + rq9.Value * (Math.Cos(a) * 0.5);
            for (var k11 = 0; k11 < 3; k11++)
            {
                comm.Send(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(r1) * 0.2)) * 0.9, comm.Rank, 5);
                r1 = r1 * 0.5 + comm.Receive(r1, comm.Rank, 5) * 0.5;
                comm.Send(Tensor.Exp(Tensor.Tanh(Tensor.Tanh(r1 * q)) * 0.2), comm.Rank, 3);
                r1 = r1 * 0.5 + comm.Receive(q, comm.Rank, 3) * 0.5;
                comm.Send(b, comm.Rank, 3);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
                comm.Send(t2, comm.Rank, 3);
                t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 3) * 0.5;
            }
        }
        if (comm.Size > 2)
        {
            if (comm.Rank == 1)
            {
                comm.Send((Math.Exp(Math.Tanh(s2) * 0.3) + (s2 + s2) * 0.5) * 0.5, comm.Size - 1, 5);
            }
            else
            {
                if (comm.Rank == comm.Size - 1)
                {
                    s2 = s2 * 0.5 + comm.Receive(1, 5) * (a * 0.8 - 0.1);
                }
            }
        }
        return comm.AllreduceSum(acc * 0.5) + Tensor.Mean(Tensor.Sin(t2)) * 0.5 + Math.Sin(s2) * 0.5;
    }

    // rank-local; Allgather, Isend/Irecv, Scatter, SendReceive, call, loop, rank branch, self message, token parameter, value branch
    [Differentiable]
    public static double C77(Tensor u, Tensor w, Communicator comm, CommToken token)
    {
        var s1 = Math.Tanh(Tensor.Mean(u) + Tensor.Mean(w));
        comm.Barrier(token, out var tk);
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(w);
        var t2 = Tensor.Tanh(w);
        for (var k5 = 0; k5 < 2; k5++)
        {
            s2 = s1;
            if (comm.Rank % 2 == 1)
            {
                var rq1 = comm.Irecv(t1, comm.Rank, 5, tk, out tk);
                var sq2 = comm.Isend(t2, comm.Rank, 5, tk, out tk);
                comm.Wait(rq1);
                comm.Wait(sq2);
                t1 = t1 * 0.5 + rq1.Tensor * Tensor.Tanh(Tensor.Sin(u));
                t1 = t1 * 0.5 + rq1.Tensor * Tensor.Tanh((u * 0.7 + s2 * 0.2));
                comm.Send(t2, comm.Rank, 1, tk, out tk);
                t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 1, tk, out tk) * 0.5;
                acc += 0.7 * 0.3;
                var sq4 = comm.Isend(Tensor.SumOfSquares(Tensor.Tanh(Tensor.Tanh(t2) * 0.9)) * 0.1, comm.Rank, 2, tk, out tk);
                var rq3 = comm.Irecv(comm.Rank, 2, tk, out tk);
                comm.Wait(sq4);
                comm.Wait(rq3);
            }
        }
        if (comm.Rank == comm.Size - 1)
        {
            s1 = s2;
            s1 = Tensor.Mean(Tensor.Sin(u));
            t1 = Tensor.Exp(Tensor.Tanh(Tensor.Tanh(Tensor.Sin(u)) * 0.9) * 0.2);
        }
        acc += s2 * 0.3;
        if (Tensor.SumOfSquares(Tensor.Tanh((u * 0.7 + acc * 0.2))) * 0.1 > 0.6)
        {
            if (comm.Rank == 0)
            {
                comm.Send(s2, comm.Rank, 2, tk, out tk);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2, tk, out tk) * 0.5;
                comm.Send(Tensor.Tanh(Tensor.Sin(t2) * (w + u) * 0.5), comm.Rank, 2, tk, out tk);
                t2 = t2 * 0.5 + comm.Receive(t1, comm.Rank, 2, tk, out tk) * 0.5;
                comm.Send(s2, comm.Rank, 2, tk, out tk);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2, tk, out tk) * 0.5;
                s1 += ((s1 + (acc + -0.4) * 0.5) * 0.5 * 0.8 - 0.1) * 0.3;
            }
            comm.Send(Math.Cos(Math.Cos(s1) * 0.5) * 0.5, comm.Rank, 2, tk, out tk);
            s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2, tk, out tk) * 0.5;
        }
        else
        {
            comm.Send(u * Math.Tanh(Math.Sin(0.7)), comm.Rank, 5, tk, out tk);
            t2 = t2 * 0.5 + comm.Receive(w, comm.Rank, 5, tk, out tk) * 0.5;
            comm.Send(Math.Cos(acc) * 0.5, comm.Rank, 2, tk, out tk);
            s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2, tk, out tk) * 0.5;
        }
        acc += Math.Tanh(s2 * Tensor.Sum(comm.Scatter(comm.Allgather(Math.Tanh(acc) * (comm.Size - 0.5) * 0.3, tk, out tk) * comm.Allgather(Tensor.SumOfSquares(comm.Allgather(s2, tk, out tk)) * 0.2, tk, out tk), comm.Size - 1, tk, out tk))) * 0.3;
        acc += Tensor.Mean(Tensor.Sin(Tensor.Exp(Tensor.Tanh(comm.SendReceive(u, (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 3, tk, out tk)) * 0.2))) * 0.3;
        s2 += comm.AllreduceSum(Math.Exp(Math.Tanh(0.7) * 0.3), tk, out _) * 0.1;
        s2 = s2 * 0.5 + CTok(s1, comm) * 0.5;
        tk = comm.Token;
        return acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(u) * 0.05;
    }

    // replicated; AllreduceSum, Isend/Irecv, Send/Receive, loop, rank branch, self message, value branch
    [Differentiable]
    public static double C78(double a, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5);
        var s2 = 0.25;
        var acc = 0.0;
        if (comm.Size > 1)
        {
            if (comm.Rank == 0)
            {
                var sq2 = comm.Isend((Math.Sin(1.3) * 0.8 - 0.1), 1, 1);
                comm.Send(s1, 1, 1);
                comm.Wait(sq2);
            }
            else
            {
                if (comm.Rank == 1)
                {
                    var rq1 = comm.Irecv(0, 1);
                    comm.Wait(rq1);
                    s1 = s1 * 0.5 + comm.Receive(0, 1) * 0.5;
                }
            }
        }
        if (comm.Rank > 0)
        {
            s1 = s1 * 0.5 + comm.Receive(comm.Rank - 1, 5);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Math.Tanh(acc), comm.Rank + 1, 5);
        }
        if (comm.Rank == 0)
        {
            var sq4 = comm.Isend(Math.Tanh(Math.Tanh(s1) * (comm.Size - 0.5) * 0.3 * Math.Tanh(-0.4) * (comm.Size - 0.5) * 0.3), comm.Rank, 3);
            var rq3 = comm.Irecv(comm.Rank, 3);
            comm.Wait(rq3);
            comm.Wait(sq4);
            s2 = s2 * 0.5 + rq3.Value * (Math.Sin(acc));
            s2 = s2 * 0.5 + rq3.Value * (Math.Cos(acc) * 0.5);
            if (comm.Rank % 2 == 1)
            {
                var sq6 = comm.Isend(acc, comm.Rank, 5);
                var rq5 = comm.Irecv(comm.Rank, 5);
                comm.Wait(rq5);
                comm.Wait(sq6);
                acc = acc * 0.5 + rq5.Value * (acc);
                comm.Send(Math.Exp(Math.Tanh(Math.Exp(Math.Tanh(acc) * 0.3)) * 0.3), comm.Rank, 3);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
            }
            var rq7 = comm.Irecv(comm.Rank, 5);
            var sq8 = comm.Isend(Math.Exp(Math.Tanh(Math.Cos(acc) * 0.5) * 0.3), comm.Rank, 5);
            comm.Wait(sq8);
            comm.Wait(rq7);
            s1 = s1 * 0.5 + rq7.Value * (Math.Tanh(s2 * s2));
            s2 = s2 * 0.5 + rq7.Value * (acc);
            if (comm.Rank % 2 == 1)
            {
                comm.Send(Math.Sin(a), comm.Rank, 5);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
                acc += s2 * 0.3;
                s2 = a;
                s2 = Math.Cos(Math.Tanh(Math.Sin(acc) * Math.Tanh(s1 * s1))) * 0.5;
            }
        }
        else
        {
            for (var k15 = 0; k15 < 2; k15++)
            {
                acc += Math.Exp(Math.Tanh((Math.Sin(s2) + Math.Tanh(s1) * (comm.Size - 0.5) * 0.3) * 0.5) * 0.3) * 0.3;
                comm.Send(Math.Cos(Math.Cos(a) * 0.5) * 0.5, comm.Rank, 1);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
                comm.Send(((s2 + a) * 0.5 * 0.8 - 0.1), comm.Rank, 1);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
                var sq10 = comm.Isend(a, comm.Rank, 5);
                var rq9 = comm.Irecv(comm.Rank, 5);
                comm.Wait(sq10);
                comm.Wait(rq9);
                s2 = s2 * 0.5 + rq9.Value * (Math.Tanh(s1 * s2));
            }
            comm.Send(Math.Tanh((acc * 0.8 - 0.1)) * (comm.Size - 0.5) * 0.3, comm.Rank, 2);
            s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
            acc += (Math.Cos(Math.Sin(a)) * 0.5 + (Math.Cos(s1) * 0.5 * 0.8 - 0.1)) * 0.5 * 0.3;
            if (comm.Rank % 2 == 1)
            {
                acc += Math.Sin((acc + Math.Cos(-0.4) * 0.5) * 0.5) * 0.3;
                comm.Send(s1, comm.Rank, 3);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
                acc += Math.Cos(Math.Exp(Math.Tanh(Math.Exp(Math.Tanh(s2) * 0.3)) * 0.3)) * 0.5 * 0.3;
                comm.Send(s1, comm.Rank, 2);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
            }
        }
        if (a > 0.0)
        {
            acc += a * 0.3;
            acc += Math.Tanh(Math.Exp(Math.Tanh(Math.Sin(a)) * 0.3)) * (comm.Size - 0.5) * 0.3 * 0.3;
            acc += (((a + s1) * 0.5 + acc) * 0.5 * 0.8 - 0.1) * 0.3;
            s1 = Math.Sin(Math.Tanh(Math.Exp(Math.Tanh(acc) * 0.3) * acc));
        }
        else
        {
            s1 = 1.3;
            if (Math.Exp(Math.Tanh(acc) * 0.3) > 0.0)
            {
                var rq11 = comm.Irecv(comm.Rank, 2);
                var sq12 = comm.Isend(Math.Sin((a * 0.8 - 0.1)), comm.Rank, 2);
                comm.Wait(rq11);
                comm.Wait(sq12);
                comm.Send((Math.Exp(Math.Tanh(a) * 0.3) + Math.Tanh(s2 * acc)) * 0.5, comm.Rank, 1);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
                var rq13 = comm.Irecv(comm.Rank, 3);
                var sq14 = comm.Isend(Math.Exp(Math.Tanh((s2 * 0.8 - 0.1)) * 0.3), comm.Rank, 3);
                comm.Wait(rq13);
                comm.Wait(sq14);
                s1 = s1 * 0.5 + rq13.Value * ((a + a) * 0.5);
                comm.Send(-0.4, comm.Rank, 2);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
            }
            else
            {
                comm.Send(Math.Tanh(Math.Exp(Math.Tanh(1.3) * 0.3) * (acc + s2) * 0.5), comm.Rank, 3);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
                s2 += (acc + (acc + s2) * 0.5) * 0.5 * 0.3;
            }
            for (var k16 = 0; k16 < 2; k16++)
            {
                comm.Send(Math.Sin(a), comm.Rank, 5);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
                s2 = Math.Sin((s2 + Math.Tanh(acc * s1)) * 0.5);
            }
        }
        return comm.AllreduceSum(acc + s1 * 0.3 + Math.Sin(s2));
    }

    // rank-local; Allgather, HaloExchange, ReduceSum, Scatter, Send/Receive, SendReceive, token parameter
    [Differentiable]
    public static double C79(Tensor u, Tensor q, int rows, int columns, Communicator comm, CommToken token)
    {
        var s1 = Math.Tanh(Tensor.Mean(u) + Tensor.Mean(q));
        comm.Barrier(token, out var tk);
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        var r1 = Tensor.Sin(q) * 0.5;
        s1 = Math.Exp(Math.Tanh(Tensor.SumOfSquares(Tensor.Sin(comm.HaloExchange(u, comm.Size, 1, 1, -0.25, tk, out tk))) * 0.1) * 0.3);
        acc += 1.3 * 0.3;
        if (comm.Size > 2)
        {
            if (comm.Rank == 1)
            {
                comm.Send(Math.Sin(Tensor.Mean(Tensor.Sin(q))), comm.Size - 1, 3, tk, out tk);
            }
            else
            {
                if (comm.Rank == comm.Size - 1)
                {
                    s2 = s2 * 0.5 + comm.Receive(1, 3, tk, out tk) * (s2 + s1) * 0.5;
                }
            }
        }
        r1 = Tensor.Sin((Tensor.Sin(r1) + Tensor.Tanh(q) * 0.9) * 0.5);
        r1 = comm.Scatter(comm.Allgather(comm.SendReceive(Tensor.Sin(r1), (comm.Rank + comm.Size - 1) % comm.Size, (comm.Rank + 1) % comm.Size, 3, tk, out tk), tk, out tk) * 0.5, 0, tk, out tk);
        return comm.ReduceSum(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(Tensor.Tanh(r1)) * 0.2, 0, tk, out _);
    }

    // rank-local; Allgather, AllreduceMin, AllreduceSum, Broadcast, Gather, HaloExchange, Isend/Irecv, Receive(like), Scatter, Send/Receive, SendReceive, loop, replicated branch, self message, unused
    [Differentiable]
    public static double C80(Tensor u, Communicator comm)
    {
        var s1 = Math.Tanh(Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        if (comm.Rank > 0)
        {
            t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank - 1, 1);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Tensor.Tanh(t1 * Math.Tanh(s2) * Math.Tanh(Math.Tanh(acc * -0.4))), comm.Rank + 1, 1);
        }
        if (Math.Sin(comm.AllreduceSum(Tensor.Sum(u) * 0.2)) > 0.2)
        {
            s2 = Math.Tanh(Math.Tanh(Tensor.SumOfSquares(Tensor.Tanh(t1)) * 0.1 * (s1 + acc) * 0.5)) * (comm.Size - 0.5) * 0.3;
            for (var k11 = 0; k11 < 2; k11++)
            {
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(-0.4, comm.Size - 1, 3);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            s1 = s1 * 0.5 + comm.Receive(1, 3) * acc;
                        }
                    }
                }
                if (comm.Rank > 0)
                {
                    t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank - 1, 5);
                }
                if (comm.Rank < comm.Size - 1)
                {
                    comm.Send(Tensor.Tanh(t2), comm.Rank + 1, 5);
                }
                s1 = Tensor.Dot(Tensor.Exp(Tensor.Tanh(t1) * 0.2), Tensor.Block(comm.HaloExchange(t2, 1, comm.Size, 2, -0.25), 0, 3, 2, 3) * Math.Tanh(s2)) * 0.1;
                s1 = Math.Cos(comm.AllreduceSum(Math.Sin(s1))) * 0.5;
            }
        }
        var rq1 = comm.Irecv(u, (comm.Rank + 1) % comm.Size, 3);
        var sq2 = comm.Isend(t1, (comm.Rank + comm.Size - 1) % comm.Size, 3);
        acc += Math.Sin(comm.AllreduceSum(Math.Sin(Tensor.Sum(comm.Gather(s1, 1 % comm.Size)) * 0.3)) * 0.5) + Math.Sin(Tensor.Sum(comm.Gather(s1, 1 % comm.Size)) * 0.3) * 0.2 * 0.3;
        comm.Wait(sq2);
        comm.Wait(rq1);
        t1 = t1 * 0.5 + rq1.Tensor * Tensor.Tanh((t2 * 0.7 + acc * 0.2));
        t1 = t1 * 0.5 + rq1.Tensor * Tensor.Tanh(t1 * Math.Tanh(s1));
        var unused3 = Tensor.Tanh(comm.AllreduceSum(t2 * 0.5)) + t2 * 0.3;
        for (var k12 = 0; k12 < 3; k12++)
        {
            for (var k13 = 0; k13 < 3; k13++)
            {
                var unused4 = Tensor.Sum(comm.Scatter(comm.Allgather((acc * 0.8 - 0.1)) * comm.Allgather(comm.AllreduceMin(s1 + Tensor.Sum(u) * 0.23)), 1 % comm.Size));
                comm.Send(Tensor.Tanh(Tensor.Tanh(t2) * 0.9 * u), comm.Rank, 1);
                t2 = t2 * 0.5 + comm.Receive(t1, comm.Rank, 1) * 0.5;
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(t1, 0, 2);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            t1 = t1 * 0.5 + comm.Receive(u, comm.Size - 1, 2) * Tensor.Tanh((u * 0.7 + -0.4 * 0.2));
                        }
                    }
                }
            }
            comm.Send(s2, comm.Rank, 1);
            s2 = s2 * 0.5 + comm.Receive(comm.Rank, 1) * 0.5;
            acc += Math.Cos(Math.Sin(Math.Exp(Math.Tanh(acc) * 0.3))) * 0.5 * 0.3;
            s2 = Math.Tanh(Math.Sin(comm.AllreduceSum((s2 + acc) * 0.5) * 0.5) + (s2 + acc) * 0.5 * 0.2) * (comm.Size - 0.5) * 0.3;
        }
        var sq6 = comm.Isend(comm.Broadcast(comm.SendReceive(t2, (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 1), 0), (comm.Rank + 1) % comm.Size, 3);
        var rq5 = comm.Irecv(t2, (comm.Rank + comm.Size - 1) % comm.Size, 3);
        s2 = Tensor.SumOfSquares(comm.Allgather(0.7)) * 0.2;
        acc += Math.Tanh(s2 * Tensor.SumOfSquares(comm.Allgather(Math.Exp(Math.Tanh(0.7) * 0.3))) * 0.2) * 0.3;
        comm.Wait(rq5);
        comm.Wait(sq6);
        if (comm.Size % 2 == 0)
        {
            for (var k14 = 0; k14 < 2; k14++)
            {
                var rq7 = comm.Irecv((comm.Rank + comm.Size - 1) % comm.Size, 2);
                var sq8 = comm.Isend(Math.Cos(s2) * 0.5, (comm.Rank + 1) % comm.Size, 2);
                comm.Wait(sq8);
                comm.Wait(rq7);
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send((u + Tensor.Sin(t1)) * 0.5, 0, 2);
                        comm.Send(((t2 + t2) * 0.5 * 0.7 + Tensor.Dot(t2, t2) * 0.1 * 0.2), 0, 2);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            t2 = t2 * 0.5 + comm.Receive(t1, comm.Size - 1, 2) * Tensor.Tanh(Tensor.Tanh(t1 * t2));
                            t2 = t2 * 0.5 + comm.Receive(t1, comm.Size - 1, 2) * Tensor.Tanh(u);
                        }
                    }
                }
            }
            for (var k15 = 0; k15 < 2; k15++)
            {
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        var sq10 = comm.Isend(Tensor.Tanh(u * t2), comm.Size - 1, 2);
                        comm.Wait(sq10);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            var rq9 = comm.Irecv(u, 1, 2);
                            comm.Wait(rq9);
                        }
                    }
                }
                acc += (Tensor.Mean(Tensor.Sin(u * Math.Tanh(acc))) * 0.8 - 0.1) * 0.3;
                s2 = Math.Cos(((acc + 1.3) * 0.5 + s1) * 0.5) * 0.5;
                if (comm.Rank > 0)
                {
                    t1 = t1 * 0.5 + comm.Receive(t1, comm.Rank - 1, 3);
                }
                if (comm.Rank < comm.Size - 1)
                {
                    comm.Send(Tensor.Tanh((Tensor.Sin(t2) * 0.7 + s2 * 0.2)), comm.Rank + 1, 3);
                }
            }
        }
        return acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(u) * 0.05;
    }

    // replicated; AllreduceMax, Broadcast, Isend/Irecv, Receive(like), Send/Receive, loop, self message, value branch
    [Differentiable]
    public static double C81(Tensor u, int rows, int columns, Communicator comm)
    {
        var s1 = Math.Tanh(Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        acc += Math.Exp(Math.Tanh(Math.Tanh(1.3 * Math.Tanh(s2) * (comm.Size - 0.5) * 0.3)) * 0.3) * 0.3;
        for (var k3 = 0; k3 < 3; k3++)
        {
            if (Math.Exp(Math.Tanh(Math.Sin(s2)) * 0.3) > 0.0)
            {
                comm.Send((u * 0.7 + s2 * 0.2), comm.Rank, 3);
                t2 = t2 * 0.5 + comm.Receive(u, comm.Rank, 3) * 0.5;
                s1 = (acc + (Tensor.SumOfSquares(Tensor.Tanh(u)) * 0.1 + Math.Sin(s2)) * 0.5) * 0.5;
            }
            t2 = t1;
            s1 += Math.Sin(acc) * 0.3;
            if (comm.Size > 2)
            {
                if (comm.Rank == 1)
                {
                    var sq2 = comm.Isend(Tensor.Tanh((t2 + t1) * 0.5 * Tensor.Exp(Tensor.Tanh(u) * 0.2)), comm.Size - 1, 3);
                    comm.Wait(sq2);
                    comm.Send(Math.Sin(Math.Tanh(acc * s2)), comm.Size - 1, 3);
                }
                else
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        var rq1 = comm.Irecv(u, 1, 3);
                        s1 = s1 * 0.5 + comm.Receive(1, 3) * 0.5;
                        comm.Wait(rq1);
                    }
                }
            }
        }
        s2 = ((Math.Tanh(s2) * (comm.Size - 0.5) * 0.3 * 0.8 - 0.1) * 0.8 - 0.1);
        for (var k4 = 0; k4 < 3; k4++)
        {
            for (var k5 = 0; k5 < 2; k5++)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(s2, 1, 2);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            acc = acc * 0.5 + comm.Receive(0, 2) * Math.Sin(acc);
                        }
                    }
                }
                s2 = comm.Broadcast(s2, 1 % comm.Size);
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(Tensor.Sin(Tensor.Tanh(t1) * 0.9), 0, 2);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            t2 = t2 * 0.5 + comm.Receive(u, comm.Size - 1, 2) * Tensor.Tanh((u * 0.7 + acc * 0.2));
                        }
                    }
                }
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(s1, comm.Size - 1, 5);
                        comm.Send(s1, comm.Size - 1, 5);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            acc = acc * 0.5 + comm.Receive(1, 5) * Math.Sin(acc);
                            s1 = s1 * 0.5 + comm.Receive(1, 5) * s2;
                        }
                    }
                }
            }
            s1 = Tensor.Dot(t2 * Math.Tanh(s1), (Tensor.Sin(u) + Tensor.Tanh(t1) * 0.9) * 0.5) * 0.1;
            s2 = Math.Sin((0.7 * 0.8 - 0.1));
            for (var k6 = 0; k6 < 3; k6++)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(t1, 1, 2);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            t1 = t1 * 0.5 + comm.Receive(t2, 0, 2) * Tensor.Tanh((u + u) * 0.5);
                        }
                    }
                }
                t1 = (t1 * 0.7 + Math.Tanh((1.3 + s1) * 0.5) * (comm.Size - 0.5) * 0.3 * 0.2);
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(Tensor.Sin(t1) * Math.Tanh(Math.Tanh(s1) * (comm.Size - 0.5) * 0.3), comm.Size - 1, 2);
                        comm.Send(Tensor.Tanh(Tensor.Tanh(u * t1) * (u + u) * 0.5), comm.Size - 1, 2);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            t2 = t2 * 0.5 + comm.Receive(t2, 1, 2) * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(u) * 0.2));
                            t1 = t1 * 0.5 + comm.Receive(u, 1, 2) * Tensor.Tanh(Tensor.Sin(u));
                        }
                    }
                }
            }
        }
        acc += s2 * 0.3;
        return comm.AllreduceMax(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(u) * 0.23) * 0.5 + comm.AllreduceSum(s1 * s1) + Math.Sin(s2) * 0.5;
    }

    // rank-local; AllreduceMin, AllreduceSum, Isend/Irecv, Send/Receive, loop, rank branch, replicated branch, self message, tokens, unused
    [Differentiable]
    public static double C82(double a, double b, Communicator comm)
    {
        var tk = comm.Token;
        var s1 = Math.Tanh(a * 0.5 + b * 0.5);
        var s2 = 0.25;
        var acc = 0.0;
        for (var k16 = 0; k16 < 2; k16++)
        {
            for (var k17 = 0; k17 < 2; k17++)
            {
                var rq1 = comm.Irecv((comm.Rank + 1) % comm.Size, 1, tk, out tk);
                var sq2 = comm.Isend(b, (comm.Rank + comm.Size - 1) % comm.Size, 1, tk, out tk);
                comm.Wait(sq2);
                comm.Wait(rq1);
                acc = acc * 0.5 + rq1.Value * (Math.Exp(Math.Tanh(s2) * 0.3));
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send((Math.Exp(Math.Tanh(s1) * 0.3) * 0.8 - 0.1), comm.Size - 1, 3, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            acc = acc * 0.5 + comm.Receive(1, 3, tk, out tk) * -0.4;
                        }
                    }
                }
            }
            if (comm.Rank > 0)
            {
                s1 = s1 * 0.5 + comm.Receive(comm.Rank - 1, 1, tk, out tk);
            }
            if (comm.Rank < comm.Size - 1)
            {
                comm.Send(Math.Tanh(Math.Cos(s2) * 0.5), comm.Rank + 1, 1, tk, out tk);
            }
            var sq4 = comm.Isend(comm.AllreduceMin(comm.AllreduceSum(s2, tk, out tk) + a * 0.37, tk, out tk), (comm.Rank + comm.Size - 1) % comm.Size, 2, tk, out tk);
            var rq3 = comm.Irecv((comm.Rank + 1) % comm.Size, 2, tk, out tk);
            acc += Math.Cos(0.7) * 0.5 * 0.3;
            comm.Wait(sq4);
            comm.Wait(rq3);
            s1 = s1 * 0.5 + rq3.Value * ((s2 + b) * 0.5);
            if (Math.Sin(comm.AllreduceSum((s2 * 0.8 - 0.1), tk, out tk)) > -0.3)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(Math.Tanh((a + a) * 0.5 * (b + s2) * 0.5), 1, 3, tk, out tk);
                        comm.Send(Math.Cos(Math.Sin(a)) * 0.5, 1, 3, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            s2 = s2 * 0.5 + comm.Receive(0, 3, tk, out tk) * Math.Sin(a);
                            s2 = s2 * 0.5 + comm.Receive(0, 3, tk, out tk) * Math.Tanh(s1 * s2);
                        }
                    }
                }
                s2 += Math.Cos(a) * 0.5 * 0.3;
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(a, 0, 3, tk, out tk);
                        comm.Send(Math.Cos(Math.Exp(Math.Tanh(acc) * 0.3)) * 0.5, 0, 3, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            s2 = s2 * 0.5 + comm.Receive(comm.Size - 1, 3, tk, out tk) * Math.Exp(Math.Tanh(b) * 0.3);
                            acc = acc * 0.5 + comm.Receive(comm.Size - 1, 3, tk, out tk) * (a * 0.8 - 0.1);
                        }
                    }
                }
                var sq6 = comm.Isend((0.7 * 0.8 - 0.1), (comm.Rank + 1) % comm.Size, 3, tk, out tk);
                var rq5 = comm.Irecv((comm.Rank + comm.Size - 1) % comm.Size, 3, tk, out tk);
                s1 += Math.Tanh(Math.Tanh(Math.Cos(b) * 0.5) * (comm.Size - 0.5) * 0.3 * Math.Tanh((b + b) * 0.5) * (comm.Size - 0.5) * 0.3) * 0.3;
                comm.Wait(sq6);
                comm.Wait(rq5);
            }
            else
            {
                comm.Send(s2, comm.Rank, 5, tk, out tk);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 5, tk, out tk) * 0.5;
                if (comm.Rank > 0)
                {
                    acc = acc * 0.5 + comm.Receive(comm.Rank - 1, 1, tk, out tk);
                }
                if (comm.Rank < comm.Size - 1)
                {
                    comm.Send(Math.Tanh(((1.3 + s1) * 0.5 + (s2 + b) * 0.5) * 0.5), comm.Rank + 1, 1, tk, out tk);
                }
            }
        }
        if (comm.Size > 1)
        {
            if (comm.Rank == comm.Size - 1)
            {
                var sq8 = comm.Isend(acc, 0, 2, tk, out tk);
                comm.Wait(sq8);
                comm.Send(Math.Tanh(Math.Exp(Math.Tanh(a) * 0.3) * s2), 0, 2, tk, out tk);
            }
            else
            {
                if (comm.Rank == 0)
                {
                    var rq7 = comm.Irecv(comm.Size - 1, 2, tk, out tk);
                    s2 = s2 * 0.5 + comm.Receive(comm.Size - 1, 2, tk, out tk) * 0.5;
                    comm.Wait(rq7);
                    acc = acc * 0.5 + rq7.Value * (Math.Sin(b));
                }
            }
        }
        if (Math.Sin(comm.AllreduceSum(b, tk, out tk)) > -0.3)
        {
            for (var k18 = 0; k18 < 2; k18++)
            {
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        var sq10 = comm.Isend(Math.Tanh(Math.Tanh(-0.4 * s2)) * (comm.Size - 0.5) * 0.3, comm.Size - 1, 3, tk, out tk);
                        comm.Wait(sq10);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            var rq9 = comm.Irecv(1, 3, tk, out tk);
                            comm.Wait(rq9);
                            s2 = s2 * 0.5 + rq9.Value * (s1);
                        }
                    }
                }
                s2 = Math.Cos((acc + a) * 0.5) * 0.5;
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(b, 0, 5, tk, out tk);
                        comm.Send(-0.4, 0, 5, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            s1 = s1 * 0.5 + comm.Receive(comm.Size - 1, 5, tk, out tk) * a;
                            acc = acc * 0.5 + comm.Receive(comm.Size - 1, 5, tk, out tk) * a;
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send((s1 + Math.Sin(b)) * 0.5, 1, 3, tk, out tk);
                        comm.Send((Math.Exp(Math.Tanh(a) * 0.3) + Math.Exp(Math.Tanh(b) * 0.3)) * 0.5, 1, 3, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            acc = acc * 0.5 + comm.Receive(0, 3, tk, out tk) * (s1 * 0.8 - 0.1);
                            s2 = s2 * 0.5 + comm.Receive(0, 3, tk, out tk) * s1;
                        }
                    }
                }
            }
            var sq12 = comm.Isend(a, (comm.Rank + 1) % comm.Size, 3, tk, out tk);
            var rq11 = comm.Irecv((comm.Rank + comm.Size - 1) % comm.Size, 3, tk, out tk);
            var rq13 = comm.Irecv((comm.Rank + 1) % comm.Size, 5, tk, out tk);
            var sq14 = comm.Isend(b, (comm.Rank + comm.Size - 1) % comm.Size, 5, tk, out tk);
            s2 = s1;
            comm.Wait(rq11);
            comm.Wait(sq12);
            comm.Wait(rq13);
            comm.Wait(sq14);
            s2 = s2 * 0.5 + rq13.Value * (Math.Tanh(s2) * (comm.Size - 0.5) * 0.3);
            s1 = s1 * 0.5 + rq13.Value * (Math.Exp(Math.Tanh(s2) * 0.3));
        }
        else
        {
            for (var k19 = 0; k19 < 3; k19++)
            {
                s1 += s1 * 0.3;
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send(Math.Sin(Math.Exp(Math.Tanh(acc) * 0.3)), 0, 1, tk, out tk);
                        comm.Send(Math.Tanh(b) * (comm.Size - 0.5) * 0.3, 0, 1, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            s2 = s2 * 0.5 + comm.Receive(comm.Size - 1, 1, tk, out tk) * Math.Sin(b);
                            acc = acc * 0.5 + comm.Receive(comm.Size - 1, 1, tk, out tk) * (s1 + a) * 0.5;
                        }
                    }
                }
            }
            if (comm.Size > 1)
            {
                if (comm.Rank == 0)
                {
                    comm.Send(acc, 1, 2, tk, out tk);
                }
                else
                {
                    if (comm.Rank == 1)
                    {
                        s1 = s1 * 0.5 + comm.Receive(0, 2, tk, out tk) * a;
                    }
                }
            }
        }
        if (comm.Rank == 0)
        {
            s2 = -0.4;
            acc += Math.Sin((Math.Exp(Math.Tanh(acc) * 0.3) + Math.Sin(b)) * 0.5) * 0.3;
            s2 += b * 0.3;
            for (var k20 = 0; k20 < 2; k20++)
            {
                comm.Send(acc, comm.Rank, 1, tk, out tk);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 1, tk, out tk) * 0.5;
                acc += Math.Exp(Math.Tanh((Math.Exp(Math.Tanh(s2) * 0.3) * 0.8 - 0.1)) * 0.3) * 0.3;
                comm.Send(Math.Sin(0.7), comm.Rank, 1, tk, out tk);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 1, tk, out tk) * 0.5;
            }
        }
        acc += Math.Sin(comm.AllreduceSum(Math.Sin(Math.Sin(s2)), tk, out tk) * 0.5) + Math.Sin(Math.Sin(s2)) * 0.2 * 0.3;
        if (comm.Size > 2)
        {
            if (comm.Rank == 1)
            {
                comm.Send(a, comm.Size - 1, 1, tk, out tk);
            }
            else
            {
                if (comm.Rank == comm.Size - 1)
                {
                    s2 = s2 * 0.5 + comm.Receive(1, 1, tk, out tk) * b;
                }
            }
        }
        var unused15 = comm.AllreduceMin((b + s2) * 0.5 + a * 0.37, tk, out tk);
        return acc + s1 * 0.3 + Math.Sin(s2) + a * 0.1;
    }

    // rank-local; AllreduceMax, AllreduceSum, Isend/Irecv, Send/Receive, loop, rank branch, self message, unused, value branch
    [Differentiable]
    public static double C83(double a, double b, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5);
        var s2 = 0.25;
        var acc = 0.0;
        if (comm.Rank > 0)
        {
            s2 = s2 * 0.5 + comm.Receive(comm.Rank - 1, 2);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Math.Tanh((b + (s2 + s1) * 0.5) * 0.5), comm.Rank + 1, 2);
        }
        if (Math.Tanh(Math.Sin(s2)) * (comm.Size - 0.5) * 0.3 > 0.6)
        {
            if (comm.Rank == 0)
            {
                comm.Send(Math.Tanh((b + a) * 0.5) * (comm.Size - 0.5) * 0.3, comm.Rank, 3);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
                comm.Send(Math.Cos(b) * 0.5, comm.Rank, 5);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
                acc += a * 0.3;
                comm.Send(Math.Tanh(Math.Tanh(1.3 * a) * Math.Sin(a)), comm.Rank, 5);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
            }
            s2 = (Math.Sin((-0.4 + s1) * 0.5) * 0.8 - 0.1);
            s1 = Math.Tanh(-0.4 * ((acc * 0.8 - 0.1) + (s2 * 0.8 - 0.1)) * 0.5);
            comm.Send(Math.Sin(s1), comm.Rank, 5);
            acc = acc * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
        }
        else
        {
            if (s2 > 0.6)
            {
                s2 = s2 * 0.9;
                comm.Send(Math.Cos((0.7 + a) * 0.5) * 0.5, comm.Rank, 5);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
            }
            else
            {
                acc += Math.Tanh(Math.Sin((acc * 0.8 - 0.1)) * ((a * 0.8 - 0.1) * 0.8 - 0.1)) * 0.3;
                comm.Send((Math.Cos(acc) * 0.5 * 0.8 - 0.1), comm.Rank, 3);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 3) * 0.5;
                comm.Send(((b * 0.8 - 0.1) + b) * 0.5, comm.Rank, 2);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2) * 0.5;
                var rq1 = comm.Irecv(comm.Rank, 5);
                var sq2 = comm.Isend(Math.Sin(Math.Exp(Math.Tanh(acc) * 0.3)), comm.Rank, 5);
                comm.Wait(sq2);
                comm.Wait(rq1);
                acc = acc * 0.5 + rq1.Value * (0.7);
            }
            var rq3 = comm.Irecv(comm.Rank, 5);
            var sq4 = comm.Isend(1.3, comm.Rank, 5);
            comm.Wait(rq3);
            comm.Wait(sq4);
            acc = acc * 0.5 + rq3.Value * (Math.Cos(b) * 0.5);
            var rq5 = comm.Irecv(comm.Rank, 3);
            var sq6 = comm.Isend(Math.Tanh(Math.Sin(s1)) * (comm.Size - 0.5) * 0.3, comm.Rank, 3);
            comm.Wait(rq5);
            comm.Wait(sq6);
            s1 = s1 * 0.5 + rq5.Value * ((b * 0.8 - 0.1));
        }
        for (var k10 = 0; k10 < 3; k10++)
        {
            comm.Send(((a * 0.8 - 0.1) + Math.Sin(acc)) * 0.5, comm.Rank, 5);
            s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5) * 0.5;
            s1 = ((Math.Sin(s2) * 0.8 - 0.1) + Math.Sin(comm.AllreduceSum(Math.Sin(comm.AllreduceSum(acc) * 0.5) + acc * 0.2) * 0.5) + Math.Sin(comm.AllreduceSum(acc) * 0.5) + acc * 0.2 * 0.2) * 0.5;
            if (comm.Size > 2)
            {
                if (comm.Rank == 1)
                {
                    comm.Send(Math.Cos(b) * 0.5, comm.Size - 1, 5);
                    comm.Send(Math.Tanh(Math.Exp(Math.Tanh(s2) * 0.3) * Math.Tanh(a * b)), comm.Size - 1, 5);
                }
                else
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        acc = acc * 0.5 + comm.Receive(1, 5) * Math.Tanh(a * acc);
                        s1 = s1 * 0.5 + comm.Receive(1, 5) * b;
                    }
                }
            }
            var unused7 = comm.AllreduceMax(Math.Cos(b) * 0.5 + a * 0.37);
        }
        if (comm.Size > 2)
        {
            if (comm.Rank == 1)
            {
                var sq9 = comm.Isend(-0.4, comm.Size - 1, 2);
                comm.Wait(sq9);
                comm.Send((Math.Tanh(b) * (comm.Size - 0.5) * 0.3 * 0.8 - 0.1), comm.Size - 1, 2);
            }
            else
            {
                if (comm.Rank == comm.Size - 1)
                {
                    var rq8 = comm.Irecv(1, 2);
                    comm.Wait(rq8);
                    acc = acc * 0.5 + comm.Receive(1, 2) * 0.5;
                }
            }
        }
        return acc + s1 * 0.3 + Math.Sin(s2) + a * 0.1;
    }

    // replicated; Allgather, AllreduceMax, AllreduceSum, Gather, HaloExchange, Isend/Irecv, Receive(like), ReduceSum, Scatter, Send/Receive, SendReceive, loop, rank branch, replicated branch, self message, tokens, unused, value branch
    [Differentiable]
    public static double C84(double a, Tensor u, Communicator comm)
    {
        var tk = comm.Token;
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        comm.Send(Tensor.Tanh(u * (t2 + t2) * 0.5), comm.Rank, 1, tk, out tk);
        t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank, 1, tk, out tk) * 0.5;
        if (comm.Size > 1)
        {
            var rq1 = comm.Irecv((comm.Rank + 1) % comm.Size, 5, tk, out tk);
            var sq2 = comm.Isend(a, (comm.Rank + comm.Size - 1) % comm.Size, 5, tk, out tk);
            s1 = Tensor.Sum(comm.Scatter(comm.Allgather(Math.Cos(Tensor.Sum(comm.Scatter(comm.Allgather(a, tk, out tk) * comm.Allgather(a, tk, out tk), 0, tk, out tk))) * 0.5, tk, out tk) * comm.Allgather(Tensor.Sum(comm.Gather(acc, comm.Size - 1, tk, out tk)) * 0.3, tk, out tk), 0, tk, out tk));
            s2 = comm.AllreduceSum(Tensor.SumOfSquares(Tensor.Sin(comm.HaloExchange(Tensor.Tanh(u) * 0.9, 1, comm.Size, 2, 0.0, tk, out tk))) * 0.1, tk, out tk);
            comm.Wait(rq1);
            comm.Wait(sq2);
            s1 = s1 * 0.5 + rq1.Value * (Math.Tanh(s2) * (comm.Size - 0.5) * 0.3);
            if (comm.Size > 1)
            {
                if (comm.Rank == comm.Size - 1)
                {
                    comm.Send(((t1 + u) * 0.5 * 0.7 + a * 0.2), 0, 3, tk, out tk);
                    comm.Send(Tensor.Sin(Tensor.Exp(Tensor.Tanh(t1) * 0.2)), 0, 3, tk, out tk);
                }
                else
                {
                    if (comm.Rank == 0)
                    {
                        t1 = t1 * 0.5 + comm.Receive(u, comm.Size - 1, 3, tk, out tk) * Tensor.Tanh((t2 + t2) * 0.5);
                        t1 = t1 * 0.5 + comm.Receive(t1, comm.Size - 1, 3, tk, out tk) * Tensor.Tanh(Tensor.Tanh(u * t1));
                    }
                }
            }
            if (comm.Size > 2)
            {
                if (comm.Rank == 1)
                {
                    var sq4 = comm.Isend(t1, comm.Size - 1, 1, tk, out tk);
                    comm.Send(Math.Cos(Math.Exp(Math.Tanh(s2) * 0.3)) * 0.5, comm.Size - 1, 1, tk, out tk);
                    comm.Wait(sq4);
                }
                else
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        var rq3 = comm.Irecv(u, 1, 1, tk, out tk);
                        comm.Wait(rq3);
                        acc = acc * 0.5 + comm.Receive(1, 1, tk, out tk) * 0.5;
                        t1 = t1 * 0.5 + rq3.Tensor * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t2) * 0.2));
                    }
                }
            }
            if (comm.Rank % 2 == 1)
            {
                comm.Send(Math.Tanh(Math.Tanh(s1 * 1.3)) * (comm.Size - 0.5) * 0.3, comm.Rank, 5, tk, out tk);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 5, tk, out tk) * 0.5;
                s1 = s2;
                comm.Send(a, comm.Rank, 3, tk, out tk);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 3, tk, out tk) * 0.5;
                comm.Send((Tensor.Exp(Tensor.Tanh(u) * 0.2) + Tensor.Tanh(t1) * 0.9) * 0.5, comm.Rank, 2, tk, out tk);
                t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank, 2, tk, out tk) * 0.5;
            }
            else
            {
                var rq5 = comm.Irecv(comm.Rank, 1, tk, out tk);
                var sq6 = comm.Isend((Tensor.Mean(Tensor.Sin(t1)) + (acc * 0.8 - 0.1)) * 0.5, comm.Rank, 1, tk, out tk);
                comm.Wait(sq6);
                comm.Wait(rq5);
                acc = acc * 0.5 + rq5.Value * (Math.Cos(-0.4) * 0.5);
                acc = acc * 0.5 + rq5.Value * (0.7);
                t1 = (Tensor.Tanh(u * (t1 * 0.7 + 1.3 * 0.2)) * 0.7 + Math.Sin(s1) * 0.2);
                comm.Send(Tensor.SumOfSquares(Tensor.Tanh(t1 * Math.Tanh(acc))) * 0.1, comm.Rank, 5, tk, out tk);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 5, tk, out tk) * 0.5;
            }
        }
        else
        {
            if (Math.Exp(Math.Tanh(s1) * 0.3) > 0.3)
            {
                comm.Send(Tensor.SumOfSquares(Tensor.Tanh((t1 + t1) * 0.5)) * 0.1, comm.Rank, 2, tk, out tk);
                s2 = s2 * 0.5 + comm.Receive(comm.Rank, 2, tk, out tk) * 0.5;
                var rq7 = comm.Irecv(comm.Rank, 3, tk, out tk);
                var sq8 = comm.Isend(Math.Exp(Math.Tanh(Tensor.SumOfSquares(Tensor.Tanh(u)) * 0.1) * 0.3), comm.Rank, 3, tk, out tk);
                comm.Wait(sq8);
                comm.Wait(rq7);
                s2 = s2 * 0.5 + rq7.Value * (Math.Exp(Math.Tanh(s1) * 0.3));
                comm.Send(Math.Tanh(Tensor.Dot(t1, t2) * 0.1) * (comm.Size - 0.5) * 0.3, comm.Rank, 1, tk, out tk);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 1, tk, out tk) * 0.5;
            }
            if (comm.Size > 1)
            {
                s2 = Math.Sin(s1);
                s1 = (s2 * 0.8 - 0.1);
                acc += comm.AllreduceMax(Math.Exp(Math.Tanh(Math.Exp(Math.Tanh(0.7) * 0.3)) * 0.3) + a * 0.37, tk, out tk) * 0.3;
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(Tensor.Mean(Tensor.Sin((u * 0.7 + 1.3 * 0.2))), 1, 2, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            s2 = s2 * 0.5 + comm.Receive(0, 2, tk, out tk) * a;
                        }
                    }
                }
            }
            var rq9 = comm.Irecv((comm.Rank + comm.Size - 1) % comm.Size, 2, tk, out tk);
            var sq10 = comm.Isend(acc, (comm.Rank + 1) % comm.Size, 2, tk, out tk);
            s2 = a;
            comm.Wait(rq9);
            comm.Wait(sq10);
            acc = acc * 0.5 + rq9.Value * ((s1 + s2) * 0.5);
            if (comm.Size > 1)
            {
                if (comm.Rank == 0)
                {
                    comm.Send(a, 1, 2, tk, out tk);
                }
                else
                {
                    if (comm.Rank == 1)
                    {
                        s2 = s2 * 0.5 + comm.Receive(0, 2, tk, out tk) * Math.Tanh(s1 * a);
                    }
                }
            }
        }
        t2 = Tensor.Sin(t1);
        if (comm.Size > 1)
        {
            if (comm.Rank == comm.Size - 1)
            {
                var sq12 = comm.Isend(u * Math.Tanh(s2) * Math.Tanh(Math.Exp(Math.Tanh(s2) * 0.3)), 0, 2, tk, out tk);
                comm.Wait(sq12);
            }
            else
            {
                if (comm.Rank == 0)
                {
                    var rq11 = comm.Irecv(t2, comm.Size - 1, 2, tk, out tk);
                    comm.Wait(rq11);
                    t1 = t1 * 0.5 + rq11.Tensor * Tensor.Tanh(t2);
                    t1 = t1 * 0.5 + rq11.Tensor * Tensor.Tanh(t2);
                }
            }
        }
        if (Math.Sin(comm.AllreduceSum(s2, tk, out tk)) > -0.3)
        {
            for (var k21 = 0; k21 < 2; k21++)
            {
                t2 = Tensor.Exp(Tensor.Tanh(t2) * 0.2);
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(Tensor.Sin(t2 * Math.Tanh(acc)), 1, 3, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            t1 = t1 * 0.5 + comm.Receive(t1, 0, 3, tk, out tk) * Tensor.Tanh(t2);
                        }
                    }
                }
                if (comm.Size > 1)
                {
                    if (comm.Rank == 0)
                    {
                        comm.Send(t1, 1, 1, tk, out tk);
                        comm.Send(t1, 1, 1, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 1)
                        {
                            t2 = t2 * 0.5 + comm.Receive(t2, 0, 1, tk, out tk) * Tensor.Tanh(Tensor.Sin(t2));
                            t2 = t2 * 0.5 + comm.Receive(t2, 0, 1, tk, out tk) * Tensor.Tanh(t2);
                        }
                    }
                }
                s1 = comm.ReduceSum(Math.Sin((a * 0.8 - 0.1)), 1 % comm.Size, tk, out tk);
            }
            if (comm.Rank % 2 == 1)
            {
                comm.Send(t2 * Math.Tanh(Tensor.Sum(t1) * 0.2), comm.Rank, 1, tk, out tk);
                t2 = t2 * 0.5 + comm.Receive(u, comm.Rank, 1, tk, out tk) * 0.5;
                comm.Send(-0.4, comm.Rank, 1, tk, out tk);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 1, tk, out tk) * 0.5;
                var sq14 = comm.Isend(Tensor.Sin(t1) * Math.Tanh(Math.Cos(a) * 0.5), comm.Rank, 2, tk, out tk);
                var rq13 = comm.Irecv(t2, comm.Rank, 2, tk, out tk);
                comm.Wait(rq13);
                comm.Wait(sq14);
                comm.Send(a, comm.Rank, 2, tk, out tk);
                acc = acc * 0.5 + comm.Receive(comm.Rank, 2, tk, out tk) * 0.5;
            }
            else
            {
                s1 += (0.7 + Tensor.Sum(Tensor.Tanh(t2 * t2)) * 0.2) * 0.5 * 0.3;
                comm.Send(Tensor.Tanh(Tensor.Tanh(u) * 0.9 * (u * 0.7 + s2 * 0.2)), comm.Rank, 1, tk, out tk);
                t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 1, tk, out tk) * 0.5;
                comm.Send(u, comm.Rank, 3, tk, out tk);
                t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 3, tk, out tk) * 0.5;
            }
            t2 = Tensor.Tanh(Tensor.Tanh(u * Math.Tanh(a) * (t2 + t1) * 0.5)) * 0.9;
        }
        else
        {
            for (var k22 = 0; k22 < 2; k22++)
            {
                if (comm.Rank > 0)
                {
                    s1 = s1 * 0.5 + comm.Receive(comm.Rank - 1, 3, tk, out tk);
                }
                if (comm.Rank < comm.Size - 1)
                {
                    comm.Send(Math.Tanh(Tensor.Sum(t1) * 0.2), comm.Rank + 1, 3, tk, out tk);
                }
                var unused15 = comm.AllreduceSum(acc, tk, out tk);
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        var sq17 = comm.Isend((Tensor.Sum(t1) * 0.2 * 0.8 - 0.1), 0, 1, tk, out tk);
                        comm.Send(Tensor.Tanh(Tensor.Sin(t1) * (t1 + u) * 0.5), 0, 1, tk, out tk);
                        comm.Wait(sq17);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            var rq16 = comm.Irecv(comm.Size - 1, 1, tk, out tk);
                            t1 = t1 * 0.5 + comm.Receive(u, comm.Size - 1, 1, tk, out tk) * 0.5;
                            comm.Wait(rq16);
                        }
                    }
                }
            }
            comm.Send(Tensor.Tanh(t2) * 0.9 * Math.Tanh((s1 + acc) * 0.5), comm.Rank, 2, tk, out tk);
            t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 2, tk, out tk) * 0.5;
            var unused18 = comm.ReduceSum(t2, 1 % comm.Size, tk, out tk);
            var sq20 = comm.Isend(comm.SendReceive(comm.AllreduceMax(acc + a * 0.37, tk, out tk), (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 1, tk, out tk), (comm.Rank + 1) % comm.Size, 5, tk, out tk);
            var rq19 = comm.Irecv((comm.Rank + comm.Size - 1) % comm.Size, 5, tk, out tk);
            comm.Wait(sq20);
            comm.Wait(rq19);
            s2 = s2 * 0.5 + rq19.Value * (Tensor.Dot(t1, t2) * 0.1);
            s2 = s2 * 0.5 + rq19.Value * (Tensor.Dot(t2, t2) * 0.1);
        }
        if (comm.Rank > 0)
        {
            t1 = t1 * 0.5 + comm.Receive(t2, comm.Rank - 1, 1, tk, out tk);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Tensor.Tanh(Tensor.Exp(Tensor.Tanh((t2 * 0.7 + 1.3 * 0.2)) * 0.2)), comm.Rank + 1, 1, tk, out tk);
        }
        return comm.AllreduceSum(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2, tk, out _);
    }

    // rank-local; Allgather, AllreduceSum, HaloExchange, Isend/Irecv, rank branch, unused
    [Differentiable]
    public static double C85(double a, double b, Tensor u, Tensor w, Communicator comm)
    {
        var s1 = Math.Tanh(a * 0.5 + b * 0.5 + Tensor.Mean(u) + Tensor.Mean(w));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(w);
        var rq1 = comm.Irecv((comm.Rank + comm.Size - 1) % comm.Size, 2);
        var sq2 = comm.Isend(Tensor.Dot(t2 * Math.Tanh(acc), (t1 + t1) * 0.5) * 0.1, (comm.Rank + 1) % comm.Size, 2);
        s1 = Math.Exp(Math.Tanh(Math.Exp(Math.Tanh(b) * 0.3)) * 0.3);
        s1 = Math.Exp(Math.Tanh(Math.Exp(Math.Tanh(Tensor.SumOfSquares(comm.Allgather(b)) * 0.2) * 0.3)) * 0.3);
        comm.Wait(rq1);
        comm.Wait(sq2);
        if (comm.Rank == comm.Size - 1)
        {
            s2 += Math.Tanh(Math.Tanh(Tensor.Dot(t1, t1) * 0.1 * Math.Sin(acc))) * (comm.Size - 0.5) * 0.3 * 0.3;
            var rq3 = comm.Irecv(t1, comm.Rank, 5);
            var sq4 = comm.Isend(Tensor.Exp(Tensor.Tanh((u * 0.7 + acc * 0.2)) * 0.2), comm.Rank, 5);
            comm.Wait(rq3);
            comm.Wait(sq4);
            t2 = t2 * 0.5 + rq3.Tensor * Tensor.Tanh((t1 * 0.7 + acc * 0.2));
        }
        var unused5 = comm.AllreduceSum(1.3);
        s1 = Tensor.SumOfSquares(Tensor.Sin(comm.HaloExchange(t1, comm.Size, 1, 1, 0.0))) * 0.1;
        return comm.AllreduceSum(acc * 0.5) + Tensor.Mean(Tensor.Sin(t2)) * 0.5 + Math.Sin(s1) * 0.5;
    }

    // replicated; Allgather, AllreduceMin, HaloExchange, Isend/Irecv, Scatter, SendReceive, replicated branch, self message, tokens, value branch
    [Differentiable]
    public static double C86(Tensor u, Tensor w, int rows, int columns, Communicator comm)
    {
        var tk = comm.Token;
        var s1 = Math.Tanh(Tensor.Mean(u) + Tensor.Mean(w));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        if (Math.Cos(acc) * 0.5 > 0.6)
        {
            t2 = (t1 + Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t1) * 0.2)) * 0.9) * 0.5;
            s2 = Math.Sin(Math.Tanh(s2) * (comm.Size - 0.5) * 0.3);
            var sq2 = comm.Isend(Math.Cos(Tensor.Mean(Tensor.Sin(t2))) * 0.5, comm.Rank, 3, tk, out tk);
            var rq1 = comm.Irecv(comm.Rank, 3, tk, out tk);
            comm.Wait(sq2);
            comm.Wait(rq1);
        }
        var rq3 = comm.Irecv(w, (comm.Rank + 1) % comm.Size, 1, tk, out tk);
        var sq4 = comm.Isend(t1, (comm.Rank + comm.Size - 1) % comm.Size, 1, tk, out tk);
        acc += Math.Tanh(Tensor.Mean(Tensor.Sin(Tensor.Block(comm.HaloExchange(u, rows, columns, 2, 0.0, tk, out tk), 2, 4, 2, 3))) * Tensor.Sum(comm.Scatter(comm.Allgather(comm.SendReceive(s2, (comm.Rank + 1) % comm.Size, (comm.Rank + comm.Size - 1) % comm.Size, 2, tk, out tk), tk, out tk) * comm.Allgather(Math.Tanh(s1) * (comm.Size - 0.5) * 0.3, tk, out tk), 1 % comm.Size, tk, out tk))) * 0.3;
        comm.Wait(rq3);
        comm.Wait(sq4);
        t2 = t2 * 0.5 + rq3.Tensor * Tensor.Tanh(Tensor.Tanh(t1 * w));
        if (Math.Sin(comm.AllreduceSum(Math.Tanh(acc * s1), tk, out tk)) > -0.3)
        {
            var rq5 = comm.Irecv((comm.Rank + 1) % comm.Size, 5, tk, out tk);
            var sq6 = comm.Isend(s2, (comm.Rank + comm.Size - 1) % comm.Size, 5, tk, out tk);
            comm.Wait(rq5);
            comm.Wait(sq6);
            acc = acc * 0.5 + rq5.Value * ((s1 + s1) * 0.5);
            if (Math.Exp(Math.Tanh(Tensor.SumOfSquares(Tensor.Tanh(u)) * 0.1) * 0.3) > 0.6)
            {
                var rq7 = comm.Irecv(comm.Rank, 5, tk, out tk);
                var sq8 = comm.Isend(Math.Exp(Math.Tanh(Math.Tanh(s2) * (comm.Size - 0.5) * 0.3) * 0.3), comm.Rank, 5, tk, out tk);
                comm.Wait(rq7);
                comm.Wait(sq8);
                acc = acc * 0.5 + rq7.Value * (s1);
                s1 = s1 * 0.5 + rq7.Value * (Math.Tanh(s2 * s1));
                t1 = t1 * 0.6 + (Tensor.Exp(Tensor.Tanh(t2) * 0.2) + (Tensor.Tanh(w) * 0.9 + t2) * 0.5) * 0.5 * 0.4;
            }
            else
            {
                var sq10 = comm.Isend(Tensor.Sin(Tensor.Tanh(t2) * 0.9), comm.Rank, 1, tk, out tk);
                var rq9 = comm.Irecv(t2, comm.Rank, 1, tk, out tk);
                comm.Wait(rq9);
                comm.Wait(sq10);
                t2 = t2 * 0.5 + rq9.Tensor * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(w) * 0.2));
                comm.Send((w + Tensor.Exp(Tensor.Tanh(t2) * 0.2)) * 0.5, comm.Rank, 2, tk, out tk);
                t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank, 2, tk, out tk) * 0.5;
                comm.Send(s2, comm.Rank, 1, tk, out tk);
                s1 = s1 * 0.5 + comm.Receive(comm.Rank, 1, tk, out tk) * 0.5;
                s2 += (Tensor.Sum(Tensor.Tanh(t2) * 0.9) * 0.2 + acc) * 0.5 * 0.3;
            }
        }
        t2 = t2 * 0.6 + t2 * 0.4;
        return comm.AllreduceMin(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(w) * 0.23, tk, out tk) * 0.5 + comm.AllreduceSum(s1 * s1, tk, out _);
    }

    // replicated; Allgather, AllreduceSum, Broadcast, Receive(like), Send/Receive, loop, unused
    [Differentiable]
    public static double C87(Tensor u, Tensor w, Communicator comm)
    {
        var s1 = Math.Tanh(Tensor.Mean(u) + Tensor.Mean(w));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(w);
        var t2 = Tensor.Tanh(w);
        t1 = w;
        for (var k3 = 0; k3 < 2; k3++)
        {
            var unused1 = Tensor.Tanh(comm.AllreduceSum(Tensor.Tanh(t2 * w) * 0.5)) + Tensor.Tanh(t2 * w) * 0.3;
            s1 = Math.Exp(Math.Tanh(s1) * 0.3);
            t1 = Tensor.Tanh(Tensor.Tanh(Tensor.Tanh(w) * 0.9) * 0.9) * 0.9;
            if (comm.Rank > 0)
            {
                t2 = t2 * 0.5 + comm.Receive(t2, comm.Rank - 1, 3);
            }
            if (comm.Rank < comm.Size - 1)
            {
                comm.Send(Tensor.Tanh(Tensor.Exp(Tensor.Tanh((u + u) * 0.5) * 0.2)), comm.Rank + 1, 3);
            }
        }
        acc += Math.Tanh(acc * comm.Broadcast(Math.Tanh(s2 * acc), 1 % comm.Size)) * 0.3;
        if (comm.Size > 2)
        {
            if (comm.Rank == 1)
            {
                comm.Send((Tensor.SumOfSquares(Tensor.Tanh(u)) * 0.1 * 0.8 - 0.1), comm.Size - 1, 2);
            }
            else
            {
                if (comm.Rank == comm.Size - 1)
                {
                    s2 = s2 * 0.5 + comm.Receive(1, 2) * acc;
                }
            }
        }
        var unused2 = Tensor.SumOfSquares(comm.Allgather(1.3)) * 0.2;
        return comm.AllreduceSum(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2) + Math.Sin(acc) * 0.5;
    }

    // rank-local; Broadcast, HaloExchange, Isend/Irecv, Receive(like), Send/Receive, loop, rank branch, tokens, value branch
    [Differentiable]
    public static double C88(double a, Tensor u, Communicator comm)
    {
        var tk = comm.Token;
        var s1 = Math.Tanh(a * 0.5 + Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        if (comm.Size > 2)
        {
            if (comm.Rank == 1)
            {
                comm.Send(Math.Sin(Tensor.SumOfSquares(Tensor.Tanh(u)) * 0.1), comm.Size - 1, 2, tk, out tk);
            }
            else
            {
                if (comm.Rank == comm.Size - 1)
                {
                    acc = acc * 0.5 + comm.Receive(1, 2, tk, out tk) * Math.Sin(a);
                }
            }
        }
        if (comm.Rank > 0)
        {
            t1 = t1 * 0.5 + comm.Receive(u, comm.Rank - 1, 3, tk, out tk);
        }
        if (comm.Rank < comm.Size - 1)
        {
            comm.Send(Tensor.Tanh(Tensor.Sin((t2 * 0.7 + s2 * 0.2))), comm.Rank + 1, 3, tk, out tk);
        }
        var sq2 = comm.Isend(comm.Broadcast(comm.Broadcast(u, 0, tk, out tk), 1 % comm.Size, tk, out tk), (comm.Rank + comm.Size - 1) % comm.Size, 1, tk, out tk);
        var rq1 = comm.Irecv(t2, (comm.Rank + 1) % comm.Size, 1, tk, out tk);
        t1 = t1 * 0.6 + Tensor.Exp(Tensor.Tanh(Tensor.Block(comm.HaloExchange(u, comm.Size, 1, 1, 0.0, tk, out tk), 0, 1, 2, 3)) * 0.2) * 0.4;
        t1 = t1 * 0.6 + Tensor.Tanh(Tensor.Tanh(Tensor.Exp(Tensor.Tanh(u) * 0.2)) * 0.9) * 0.9 * 0.4;
        comm.Wait(rq1);
        comm.Wait(sq2);
        if (comm.Size > 2)
        {
            if (comm.Rank == 1)
            {
                var sq4 = comm.Isend(u, comm.Size - 1, 2, tk, out tk);
                comm.Send(Tensor.Tanh(Tensor.Sin(t2)) * 0.9, comm.Size - 1, 2, tk, out tk);
                comm.Wait(sq4);
            }
            else
            {
                if (comm.Rank == comm.Size - 1)
                {
                    var rq3 = comm.Irecv(t2, 1, 2, tk, out tk);
                    t1 = t1 * 0.5 + comm.Receive(t1, 1, 2, tk, out tk) * 0.5;
                    comm.Wait(rq3);
                    t1 = t1 * 0.5 + rq3.Tensor * Tensor.Tanh(u);
                }
            }
        }
        if (acc > 0.3)
        {
            if (comm.Rank % 2 == 1)
            {
                t1 = (((t2 + t2) * 0.5 + t1 * Math.Tanh(s2)) * 0.5 * 0.7 + (s1 + Math.Exp(Math.Tanh(s2) * 0.3)) * 0.5 * 0.2);
                s2 = Math.Exp(Math.Tanh(s2) * 0.3);
                var sq6 = comm.Isend(Tensor.Exp(Tensor.Tanh(t1 * Math.Tanh(s2)) * 0.2), comm.Rank, 2, tk, out tk);
                var rq5 = comm.Irecv(u, comm.Rank, 2, tk, out tk);
                comm.Wait(sq6);
                comm.Wait(rq5);
                t1 = t1 * 0.5 + rq5.Tensor * Tensor.Tanh((u * 0.7 + s2 * 0.2));
                t2 = t2 * 0.5 + rq5.Tensor * Tensor.Tanh((t1 + t2) * 0.5);
            }
            var sq8 = comm.Isend(t1, comm.Rank, 1, tk, out tk);
            var rq7 = comm.Irecv(u, comm.Rank, 1, tk, out tk);
            comm.Wait(rq7);
            comm.Wait(sq8);
            t2 = t2 * 0.5 + rq7.Tensor * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t2) * 0.2));
            t2 = t2 * 0.5 + rq7.Tensor * Tensor.Tanh(Tensor.Tanh(u * t1));
            s1 = ((Tensor.Dot(t1, t1) * 0.1 + Math.Sin(acc)) * 0.5 * 0.8 - 0.1);
        }
        t1 = t1 * 0.6 + (u + t2) * 0.5 * 0.4;
        for (var k9 = 0; k9 < 2; k9++)
        {
            for (var k10 = 0; k10 < 3; k10++)
            {
                if (comm.Size > 1)
                {
                    if (comm.Rank == comm.Size - 1)
                    {
                        comm.Send((Tensor.Tanh(u * t2) + (t1 + t2) * 0.5) * 0.5, 0, 1, tk, out tk);
                        comm.Send(Tensor.Exp(Tensor.Tanh(Tensor.Tanh(t1 * t2)) * 0.2), 0, 1, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == 0)
                        {
                            t2 = t2 * 0.5 + comm.Receive(u, comm.Size - 1, 1, tk, out tk) * Tensor.Tanh(Tensor.Tanh(u * t2));
                            t2 = t2 * 0.5 + comm.Receive(t2, comm.Size - 1, 1, tk, out tk) * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(u) * 0.2));
                        }
                    }
                }
                if (comm.Size > 2)
                {
                    if (comm.Rank == 1)
                    {
                        comm.Send(Tensor.Tanh(Tensor.Tanh(t1) * 0.9) * 0.9, comm.Size - 1, 2, tk, out tk);
                    }
                    else
                    {
                        if (comm.Rank == comm.Size - 1)
                        {
                            t2 = t2 * 0.5 + comm.Receive(t1, 1, 2, tk, out tk) * Tensor.Tanh(Tensor.Tanh(u) * 0.9);
                        }
                    }
                }
            }
            s2 = acc;
        }
        return acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + a * 0.1;
    }

    // replicated; Allgather, AllreduceMax, AllreduceMin, Isend/Irecv, Receive(like), ReduceSum, Scatter, Send/Receive, SendReceive, call, loop, unused
    [Differentiable]
    public static double C89(Tensor u, Communicator comm)
    {
        var s1 = Math.Tanh(Tensor.Mean(u));
        var s2 = 0.25;
        var acc = 0.0;
        var t1 = Tensor.Tanh(u);
        var t2 = Tensor.Tanh(u);
        for (var k11 = 0; k11 < 2; k11++)
        {
            acc += Math.Tanh(Tensor.Dot((t1 * 0.7 + acc * 0.2), (t1 * 0.7 + acc * 0.2)) * 0.1 * (Math.Exp(Math.Tanh(s2) * 0.3) + Tensor.Sum(comm.Scatter(comm.Allgather(acc) * comm.Allgather(acc), 1 % comm.Size))) * 0.5) * 0.3;
            s1 += CNest(s2, comm.SendReceive(t2, (comm.Rank + comm.Size - 1) % comm.Size, (comm.Rank + 1) % comm.Size, 5), comm) * 0.3;
            var unused1 = comm.ReduceSum(Math.Cos(acc) * 0.5, 0);
            s2 = acc;
        }
        for (var k12 = 0; k12 < 2; k12++)
        {
            if (comm.Size > 1)
            {
                if (comm.Rank == comm.Size - 1)
                {
                    comm.Send((u + t2) * 0.5, 0, 2);
                }
                else
                {
                    if (comm.Rank == 0)
                    {
                        t1 = t1 * 0.5 + comm.Receive(t1, comm.Size - 1, 2) * Tensor.Tanh(Tensor.Exp(Tensor.Tanh(t1) * 0.2));
                    }
                }
            }
            s2 = Math.Tanh(Math.Cos(Math.Sin(s2)) * 0.5) * (comm.Size - 0.5) * 0.3;
            var unused2 = comm.AllreduceMin(Math.Tanh(s1) * (comm.Size - 0.5) * 0.3 + Tensor.Sum(u) * 0.23);
            var rq3 = comm.Irecv((comm.Rank + 1) % comm.Size, 2);
            var sq4 = comm.Isend(Math.Sin(Math.Tanh(s1) * (comm.Size - 0.5) * 0.3), (comm.Rank + comm.Size - 1) % comm.Size, 2);
            var sq6 = comm.Isend(Tensor.Tanh(comm.ReduceSum(u, comm.Size - 1)) * 0.9, (comm.Rank + comm.Size - 1) % comm.Size, 3);
            var rq5 = comm.Irecv(t1, (comm.Rank + 1) % comm.Size, 3);
            comm.Wait(rq3);
            comm.Wait(sq6);
            comm.Wait(rq5);
            comm.Wait(sq4);
            s2 = s2 * 0.5 + rq3.Value * (s2);
            t2 = t2 * 0.5 + rq5.Tensor * Tensor.Tanh(t1);
        }
        s2 += (CNest(-0.4, t2, comm) + acc) * 0.5 * 0.3;
        var rq7 = comm.Irecv(t2, comm.Rank, 3);
        var sq8 = comm.Isend(u, comm.Rank, 3);
        comm.Wait(rq7);
        comm.Wait(sq8);
        t1 = t1 * 0.5 + rq7.Tensor * Tensor.Tanh(t2);
        if (comm.Size > 2)
        {
            if (comm.Rank == 1)
            {
                var sq10 = comm.Isend(Tensor.SumOfSquares(Tensor.Tanh(Tensor.Tanh(u) * 0.9)) * 0.1, comm.Size - 1, 3);
                comm.Wait(sq10);
            }
            else
            {
                if (comm.Rank == comm.Size - 1)
                {
                    var rq9 = comm.Irecv(1, 3);
                    comm.Wait(rq9);
                    s1 = s1 * 0.5 + rq9.Value * (Tensor.Mean(Tensor.Sin(t2)));
                }
            }
        }
        return comm.AllreduceMax(acc + s1 * 0.3 + Math.Sin(s2) + Tensor.Sum(Tensor.Tanh(t1)) * 0.2 + Tensor.Sum(Tensor.Tanh(t2)) * 0.2 + Tensor.Sum(u) * 0.23) * 0.5 + comm.AllreduceSum(s1 * s1);
    }

}
