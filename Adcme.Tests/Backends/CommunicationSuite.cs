namespace Adcme.Tests.Backends;

/// <summary>Differentiable code over device tensors with communication (the generator's output, run on device).</summary>
public static partial class DeviceCommunicationCases
{
    /// <summary>A block's Laplacian across the blocks' edges: the halo exchange, then the padded block's stencil.</summary>
    [Differentiable]
    public static Tensor HaloStep(Tensor block, int rows, int columns, Communicator comm)
        => Stencils.HaloLaplacian(comm.HaloExchange(block, rows, columns, 1, 0.0), 0.5);

    /// <summary>Root's field to every rank, a Laplacian there, and the ranks' results summed.</summary>
    [Differentiable]
    public static Tensor Collectives(Tensor u, Communicator comm)
        => comm.AllreduceSum(Stencils.Laplacian(comm.Broadcast(u, 0), 0.5));
}

/// <summary>
/// Communication of device tensors, staged through host memory, on 1–4 in-process ranks: every operation's result
/// on the operand's backend with the CPU backend's values, the adjoint rules likewise, and a distributed gradient
/// (a halo-exchanged Laplacian) on the device against the CPU backend's and against central finite differences
/// summed over ranks.
/// </summary>
[Collection("Devices")]
public class CommunicationSuite
{
    public static TheoryData<string, int> Ranks()
    {
        var data = new TheoryData<string, int>();
        foreach (var name in BackendCases.All)
        {
            for (var ranks = 1; ranks <= 4; ranks++) data.Add(name, ranks);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Ranks))]
    public void OperationsGiveTheCpuBackendsValuesOnTheOperandsBackend(string backend, int ranks)
    {
        var on = BackendCases.Of(backend);
        LocalCommunicator.Run(ranks, comm =>
        {
            var values = DeviceAssert.Values(10 + comm.Rank, 6);
            var host = Tensor.FromArray(values, 2, 3);
            var device = host.To(on);
            var next = (comm.Rank + 1) % comm.Size;
            var previous = (comm.Rank + comm.Size - 1) % comm.Size;
            void Same(Tensor expected, Tensor actual) => DeviceAssert.Same(expected.ToArray(), actual, backend);
            Same(comm.AllreduceSum(host), comm.AllreduceSum(device));
            Same(comm.ReduceSum(host, comm.Size - 1), comm.ReduceSum(device, comm.Size - 1));
            Same(comm.Broadcast(host, 0), comm.Broadcast(device, 0));
            Same(comm.AllreduceMax(host), comm.AllreduceMax(device));
            Same(comm.AllreduceMin(host), comm.AllreduceMin(device));
            Same(comm.Allgather(host), comm.Allgather(device));
            Same(comm.Gather(host, 0), comm.Gather(device, 0));
            using var stacked = Tensor.FromArray(DeviceAssert.Values(20, comm.Size * 3), comm.Size, 3);
            Same(comm.Scatter(stacked, 0), comm.Scatter(stacked.To(on), 0));
            Same(comm.SendReceive(host, next, previous, 3), comm.SendReceive(device, next, previous, 3));
            comm.Send(device, next, 4);
            Same(Tensor.FromArray(DeviceAssert.Values(10 + previous, 6), 2, 3), comm.Receive(device, previous, 4));
            var sent = comm.Isend(device, next, 5);
            var received = comm.Irecv(device, previous, 5);
            comm.Wait(sent);
            comm.Wait(received);
            Same(Tensor.FromArray(DeviceAssert.Values(10 + previous, 6), 2, 3), received.Tensor);
            Same(comm.HaloExchange(host, 1, comm.Size, 1, 0.25), comm.HaloExchange(device, 1, comm.Size, 1, 0.25));
        });
    }

    [Theory]
    [MemberData(nameof(Ranks))]
    public void AdjointRulesGiveTheCpuBackendsValues(string backend, int ranks)
    {
        var on = BackendCases.Of(backend);
        LocalCommunicator.Run(ranks, comm =>
        {
            var x = Tensor.FromArray(DeviceAssert.Values(30 + comm.Rank, 6), 2, 3);
            var seed = Tensor.FromArray(DeviceAssert.Values(40 + comm.Rank, 6), 2, 3);
            var (dx, dseed) = (x.To(on), seed.To(on));
            Tensor? cpu = null, device = null;
            Communicator.AllreduceSumPullback(comm, x, x, seed, ref cpu);
            Communicator.AllreduceSumPullback(comm, dx, dx, dseed, ref device);
            DeviceAssert.Same(cpu!.ToArray(), device!, backend);
            cpu = device = null;
            Communicator.BroadcastPullback(comm, x, 0, x, seed, ref cpu);
            Communicator.BroadcastPullback(comm, dx, 0, dx, dseed, ref device);
            DeviceAssert.Same(cpu!.ToArray(), device!, backend);
            cpu = device = null;
            var maximum = comm.AllreduceMax(x);
            Communicator.AllreduceMaxPullback(comm, x, maximum, seed, ref cpu);
            Communicator.AllreduceMaxPullback(comm, dx, maximum.To(on), dseed, ref device);
            DeviceAssert.Same(cpu!.ToArray(), device!, backend);
            DeviceAssert.Same(Communicator.AllreduceMaxTangent(comm, x, seed, maximum).ToArray(), Communicator.AllreduceMaxTangent(comm, dx, dseed, maximum.To(on)), backend);
            cpu = device = null;
            var gathered = Tensor.FromArray(DeviceAssert.Values(50 + comm.Rank, comm.Size * 6), comm.Size, 2, 3);
            Communicator.AllgatherPullback(comm, x, gathered, gathered, ref cpu);
            Communicator.AllgatherPullback(comm, dx, gathered.To(on), gathered.To(on), ref device);
            DeviceAssert.Same(cpu!.ToArray(), device!, backend);
            cpu = device = null;
            var next = (comm.Rank + 1) % comm.Size;
            var previous = (comm.Rank + comm.Size - 1) % comm.Size;
            // Each pullback reverses the message its forward sent and received.
            var exchanged = comm.SendReceive(x, next, previous, 6);
            Communicator.SendReceivePullback(comm, x, next, previous, 6, exchanged, seed, ref cpu);
            var exchangedOnDevice = comm.SendReceive(dx, next, previous, 6);
            Assert.Equal(on, exchangedOnDevice.Backend);
            Communicator.SendReceivePullback(comm, dx, next, previous, 6, exchangedOnDevice, dseed, ref device);
            DeviceAssert.Same(cpu!.ToArray(), device!, backend);
        });
    }

    [Theory]
    [MemberData(nameof(Ranks))]
    public void DistributedGradientOnTheBackendIsTheCpuBackendsAndMatchesFiniteDifferences(string backend, int ranks)
    {
        var on = BackendCases.Of(backend);
        const int n = 3, m = 2;
        var (rows, columns) = ranks == 4 ? (2, 2) : (1, ranks);
        LocalCommunicator.Run(ranks, comm =>
        {
            var u = DeviceAssert.Values(60 + comm.Rank, n * m);
            var w = DeviceAssert.Values(70 + comm.Rank, n * m);
            var v = DeviceAssert.Values(80 + comm.Rank, n * m);
            var (cu, cw) = (Tensor.FromArray(u, n, m), Tensor.FromArray(w, n, m));
            var (du, dw) = (cu.To(on), cw.To(on));
            Tensor? cpu = null, device = null;
            DeviceCommunicationCases.HaloStep_Pullback(cu, rows, columns, comm, cw, ref cpu);
            DeviceCommunicationCases.HaloStep_Pullback(du, rows, columns, comm, dw, ref device);
            DeviceAssert.Same(cpu!.ToArray(), device!, backend);
            // Σ over ranks of ⟨w, (L(u + εv) − L(u − εv)) / 2ε⟩ against Σ over ranks of ⟨ū, v⟩.
            const double step = 1e-6;
            var plus = DeviceCommunicationCases.HaloStep(Tensor.FromArray(u.Select((x, k) => x + step * v[k]).ToArray(), n, m).To(on), rows, columns, comm).ToArray();
            var minus = DeviceCommunicationCases.HaloStep(Tensor.FromArray(u.Select((x, k) => x - step * v[k]).ToArray(), n, m).To(on), rows, columns, comm).ToArray();
            var adjoint = device!.ToArray();
            double difference = 0, reverse = 0;
            for (var k = 0; k < n * m; k++)
            {
                difference += w[k] * (plus[k] - minus[k]) / (2 * step);
                reverse += adjoint[k] * v[k];
            }
            (difference, reverse) = (comm.AllreduceSum(difference), comm.AllreduceSum(reverse));
            Assert.True(Math.Abs(difference - reverse) <= 1e-7 * Math.Max(1, Math.Abs(reverse)), $"rank {comm.Rank}: {difference:R} vs {reverse:R}");
            var (value, tangent) = DeviceCommunicationCases.HaloStep_Pushforward(du, Tensor.FromArray(v, n, m).To(on), rows, columns, comm);
            Assert.Equal(on, value.Backend);
            var tangentDot = comm.AllreduceSum(tangent!.ToArray().Select((t, k) => t * w[k]).Sum());
            Assert.True(Math.Abs(tangentDot - reverse) <= 1e-12 * Math.Max(1, Math.Abs(reverse)), $"dot-product test: {tangentDot:R} vs {reverse:R}");

            cpu = device = null;
            DeviceCommunicationCases.Collectives_Pullback(cu, comm, cw, ref cpu);
            DeviceCommunicationCases.Collectives_Pullback(du, comm, dw, ref device);
            DeviceAssert.Same(cpu!.ToArray(), device!, backend);
        });
    }
}
