namespace Adcme.Tests;

/// <summary>Gather, Scatter and Allgather on 1 to 4 in-process ranks against hand-computed values, their
/// inverse relations, and their argument errors.</summary>
public class CommunicatorGatherTests
{
    public static TheoryData<int> RankCounts => [1, 2, 3, 4];

    private static T[] PerRank<T>(int ranks, Func<Communicator, T> body)
    {
        var results = new T[ranks];
        LocalCommunicator.Run(ranks, comm => results[comm.Rank] = body(comm), TimeSpan.FromSeconds(10));
        return results;
    }

    /// <summary>Rank r's [2, 3] tensor: 10·r + i + 0.25 at flat index i.</summary>
    private static double[] RankValues(int rank) => [.. Enumerable.Range(0, 6).Select(i => 10.0 * rank + i + 0.25)];

    [Theory]
    [MemberData(nameof(RankCounts))]
    public void GatherOfDoublesStacksOnTheRootAndGivesZerosElsewhere(int n)
    {
        for (var root = 0; root < n; root++)
        {
            var r0 = root;
            var gathered = PerRank(n, comm => comm.Gather(comm.Rank * 1.5 - 1, root: r0));
            for (var r = 0; r < n; r++)
            {
                Assert.Equal([n], gathered[r].Shape);
                Assert.Equal(r == root ? Enumerable.Range(0, n).Select(q => q * 1.5 - 1) : new double[n], gathered[r].ToArray());
            }
        }
    }

    [Theory]
    [MemberData(nameof(RankCounts))]
    public void GatherOfTensorsStacksRowsInRankOrder(int n)
    {
        var root = n - 1;
        var gathered = PerRank(n, comm => comm.Gather(Tensor.FromArray(RankValues(comm.Rank), 2, 3), root));
        var expected = Enumerable.Range(0, n).SelectMany(RankValues).ToArray();
        for (var r = 0; r < n; r++)
        {
            Assert.Equal([n, 2, 3], gathered[r].Shape);
            Assert.Equal(r == root ? expected : new double[6 * n], gathered[r].ToArray());
        }
        Assert.Equal(3.25 + 10.0 * (n - 1), gathered[root][n - 1, 1, 0]);
    }

    [Theory]
    [MemberData(nameof(RankCounts))]
    public void AllgatherGivesEveryRankEveryValue(int n)
    {
        var doubles = PerRank(n, comm => comm.Allgather(comm.Rank * comm.Rank + 0.5));
        Assert.All(doubles, d => Assert.Equal(Enumerable.Range(0, n).Select(q => q * q + 0.5), d.ToArray()));

        var tensors = PerRank(n, comm => comm.Allgather(Tensor.FromArray(RankValues(comm.Rank), 6)));
        var expected = Enumerable.Range(0, n).SelectMany(RankValues).ToArray();
        Assert.All(tensors, t =>
        {
            Assert.Equal([n, 6], t.Shape);
            Assert.Equal(expected, t.ToArray());
        });
        Assert.Equal(n, tensors.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(RankCounts))]
    public void ScatterHandsRowROfTheRootsTensorToRankR(int n)
    {
        for (var root = 0; root < n; root++)
        {
            var r0 = root;
            // Every rank passes [n, 2, 3]; only the root's values count (the others' are garbage).
            var parts = PerRank(n, comm => comm.Scatter(
                Tensor.FromArray([.. Enumerable.Range(0, 6 * n).Select(i => comm.Rank == r0 ? i * 0.5 : double.NaN)], n, 2, 3), r0));
            for (var r = 0; r < n; r++)
            {
                Assert.Equal([2, 3], parts[r].Shape);
                Assert.Equal(Enumerable.Range(6 * r, 6).Select(i => i * 0.5), parts[r].ToArray());
            }
        }

        // A vector scatters into rank-0 tensors.
        var scalars = PerRank(n, comm => comm.Scatter(Tensor.FromArray([.. Enumerable.Range(0, n).Select(i => 7.0 - i)], n), root: 0));
        for (var r = 0; r < n; r++)
        {
            Assert.Empty(scalars[r].Shape);
            Assert.Equal(7.0 - r, scalars[r].ToScalar());
        }
    }

    [Theory]
    [MemberData(nameof(RankCounts))]
    public void ScatterUndoesGatherAndAllgatherIsGatherThenBroadcast(int n)
    {
        var root = n / 2;
        var results = PerRank(n, comm =>
        {
            var x = Tensor.FromArray(RankValues(comm.Rank), 3, 2);
            var gathered = comm.Gather(x, root);
            var back = comm.Scatter(gathered, root);
            var all = comm.Allgather(x);
            var broadcast = comm.Broadcast(gathered, root);
            return (Back: back.ToArray(), BackShape: back.Shape.ToArray(), All: all.ToArray(), Broadcast: broadcast.ToArray(), comm.Sequence);
        });
        for (var r = 0; r < n; r++)
        {
            Assert.Equal(RankValues(r), results[r].Back);
            Assert.Equal([3, 2], results[r].BackShape);
            Assert.Equal(results[r].Broadcast, results[r].All);
            Assert.Equal(4L, results[r].Sequence);
        }
    }

    [Fact]
    public void SingleRankGathersAddALeadingDimension()
    {
        var comm = Communicator.Single;
        var x = Tensor.FromArray([1, 2, 3, 4, 5, 6], 2, 3);
        var gathered = comm.Gather(x, root: 0);
        Assert.Equal([1, 2, 3], gathered.Shape);
        Assert.Equal(x.ToArray(), gathered.ToArray());
        Assert.Equal([1, 2, 3], comm.Allgather(x).Shape);
        var scattered = comm.Scatter(gathered, root: 0);
        Assert.Equal([2, 3], scattered.Shape);
        Assert.Equal(x.ToArray(), scattered.ToArray());
        Assert.Equal([4.5], comm.Gather(4.5, root: 0).ToArray());
        Assert.Equal([4.5], comm.Allgather(4.5).ToArray());
        Assert.Equal(5, comm.Sequence);
    }

    [Fact]
    public void GatherErrors()
    {
        var comm = Communicator.Single;
        var rank4 = Assert.Throws<TensorShapeException>(() => comm.Gather(Tensor.Zeros(1, 2, 1, 2), root: 0));
        Assert.Contains("Gather: a tensor of rank 4 ([1, 2, 1, 2]) cannot be gathered", rank4.Message);
        Assert.Contains("rank at most 4", rank4.Message);
        Assert.Throws<TensorShapeException>(() => comm.Allgather(Tensor.Zeros(1, 2, 1, 2)));

        var root = Assert.Throws<ArgumentOutOfRangeException>(() => comm.Gather(1.0, root: 1));
        Assert.Equal("root", root.ParamName);
        Assert.Contains("Gather: root 1 is not a rank of this communicator (rank 0 of size 1", root.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => comm.Scatter(Tensor.Zeros(1), root: -1));

        var scatter = Assert.Throws<TensorShapeException>(() => comm.Scatter(Tensor.Zeros(2, 3), root: 0));
        Assert.Contains("Scatter: a tensor of shape [2, 3] cannot be scattered over 1 ranks", scatter.Message);
        Assert.Throws<TensorShapeException>(() => comm.Scatter(Tensor.Scalar(1), root: 0));
        Assert.Throws<ArgumentNullException>(() => comm.Gather(null!, root: 0));
        Assert.Equal(0, comm.Sequence); // nothing was issued

        var shapes = Assert.Throws<CommunicatorException>(() => LocalCommunicator.Run(2,
            c => c.Allgather(c.Rank == 0 ? Tensor.Zeros(2) : Tensor.Zeros(3)), TimeSpan.FromSeconds(5)));
        Assert.Contains("Allgather (op #1): tensor shapes differ across ranks: rank 0 [2], rank 1 [3]", shapes.Message);
    }
}
