namespace Adcme.Tests.Cases;

/// <summary>Programs the communication fuzzer (Adversarial/CommFuzz) found wrong, minimized.</summary>
public static partial class CommFuzzRegressionCases
{
    /// <summary>Two non-blocking messages to the rank itself with one tag, waited for in an order other than the one
    /// they were started in. Forward: receives match sends in the order they were started (FIFO), so r1 gets x and r2
    /// gets x². The adjoint messages are started at the Waits' places in the reverse sweep (Wait's pullback), so
    /// they pair by the reverse of the Wait order instead: s1's adjoint receives r2's seed and s2's receives r1's.
    /// y = 2 x + 3 x², dy/dx = 2 + 6 x (found by gen_comm.py, e.g. C3 on 1 rank).</summary>
    [Differentiable]
    public static double SelfWaitOrder(double x, Communicator comm)
    {
        var r1 = comm.Irecv(comm.Rank, 3);
        var s1 = comm.Isend(x, comm.Rank, 3);
        var r2 = comm.Irecv(comm.Rank, 3);
        var s2 = comm.Isend(x * x, comm.Rank, 3);
        comm.Wait(r1);
        comm.Wait(s2);
        comm.Wait(s1);
        comm.Wait(r2);
        return 2 * r1.Value + 3 * r2.Value;
    }

    /// <summary>A non-blocking send and a blocking one from rank 0 to rank 1 with one tag; rank 0 waits after its
    /// Send, rank 1 waits before its Receive (a valid program: the Irecv was started first, so it gets the first
    /// message). In reverse, rank 1 sends the Receive's adjoint before the Irecv's (the Wait comes first in its
    /// forward order), rank 0 posts the Isend's adjoint receive (at its Wait) before the Send's: swapped.
    /// Global objective y0 + y1 with y0 = x0 / 2, y1 = x1 / 2 + sin(x0) x1 + 2 x0²: ∂/∂x0 = 1/2 + cos(x0) x1 + 4 x0.</summary>
    [Differentiable]
    public static double PairWaitPlace(double x, Communicator comm)
    {
        var y = x * 0.5;
        if (comm.Size > 1)
        {
            if (comm.Rank == 0)
            {
                var s = comm.Isend(x * x, 1, 3);
                comm.Send(Math.Sin(x), 1, 3);
                comm.Wait(s);
            }
            else if (comm.Rank == 1)
            {
                var r = comm.Irecv(0, 3);
                comm.Wait(r);
                y = y + comm.Receive(0, 3) * x + 2 * r.Value;
            }
        }
        return y;
    }
}
