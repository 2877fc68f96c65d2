namespace Adcme.Tests;

/// <summary>HaloExchange against the global field: build a global 2-D field, split it into rectangular blocks
/// over a process grid, exchange halos, and compare each padded block with its window of the global field padded
/// by the fill value (corners included, which come from the diagonal neighbours).</summary>
public class CommunicatorHaloTests
{
    private const double Fill = -7.5;

    public static TheoryData<int, int, int> Grids => new()
    {
        { 1, 1, 1 }, { 1, 1, 2 },
        { 1, 4, 1 }, { 1, 4, 2 },
        { 4, 1, 1 }, { 4, 1, 2 },
        { 2, 2, 1 }, { 2, 2, 2 },
        { 2, 3, 1 }, { 2, 3, 2 },
        { 3, 2, 1 }, { 3, 2, 2 },
    };

    /// <summary>Block heights by grid row and widths by grid column: all different, at least 2.</summary>
    private static int Height(int gridRow) => 2 + (gridRow * 2) % 3;

    private static int Width(int gridColumn) => 3 + gridColumn % 2;

    /// <summary>The global field's value at (i, j): distinct everywhere.</summary>
    private static double Field(int i, int j) => 1000.0 * i + j + 0.125;

    [Theory]
    [MemberData(nameof(Grids))]
    public void PaddedBlocksAreWindowsOfTheGlobalFieldPaddedByFill(int rows, int columns, int reach)
    {
        var top = new int[rows + 1];
        for (var g = 0; g < rows; g++) top[g + 1] = top[g] + Height(g);
        var left = new int[columns + 1];
        for (var g = 0; g < columns; g++) left[g + 1] = left[g] + Width(g);
        var (globalHeight, globalWidth) = (top[rows], left[columns]);

        // The global field padded by `reach` on every side with Fill.
        double Padded(int i, int j)
            => i < reach || j < reach || i >= globalHeight + reach || j >= globalWidth + reach ? Fill : Field(i - reach, j - reach);

        var results = new Tensor[rows * columns];
        LocalCommunicator.Run(rows * columns, comm =>
        {
            var (row, column) = (comm.Rank / columns, comm.Rank % columns);
            var (h, w) = (Height(row), Width(column));
            var block = Tensor.FromArray([.. Enumerable.Range(0, h * w).Select(k => Field(top[row] + k / w, left[column] + k % w))], h, w);
            results[comm.Rank] = comm.HaloExchange(block, rows, columns, reach, Fill);
            Assert.Equal(1L, comm.Sequence); // one operation
        }, TimeSpan.FromSeconds(10));

        for (var rank = 0; rank < rows * columns; rank++)
        {
            var (row, column) = (rank / columns, rank % columns);
            var (h, w) = (Height(row), Width(column));
            var result = results[rank];
            Assert.Equal([h + 2 * reach, w + 2 * reach], result.Shape);
            for (var i = 0; i < h + 2 * reach; i++)
            {
                for (var j = 0; j < w + 2 * reach; j++)
                {
                    // Window of the padded global field starting at this block's (top, left).
                    var expected = Padded(top[row] + i, left[column] + j);
                    Assert.True(expected == result[i, j], $"rank {rank} ({rows}×{columns}, reach {reach}) at ({i}, {j}): expected {expected}, got {result[i, j]}");
                }
            }
        }
    }

    [Fact]
    public void CornersComeFromTheDiagonalNeighbour()
    {
        var results = new Tensor[4];
        LocalCommunicator.Run(4, comm => results[comm.Rank] = comm.HaloExchange(Tensor.Full(comm.Rank + 1.0, 2, 2), 2, 2, 1, fill: 0.0));
        // Rank 0 (top left): bottom-right corner from rank 3, bottom halo from rank 2, right halo from rank 1.
        Assert.Equal(
            [0, 0, 0, 0,
             0, 1, 1, 2,
             0, 1, 1, 2,
             0, 3, 3, 4], results[0].ToArray());
        // Rank 3 (bottom right): top-left corner from rank 0.
        Assert.Equal(
            [1, 2, 2, 0,
             3, 4, 4, 0,
             3, 4, 4, 0,
             0, 0, 0, 0], results[3].ToArray());
    }

    [Fact]
    public void HaloMessagesDoNotMatchUserMessages()
    {
        // A user message with tag 0 in flight between neighbours does not get in the halo exchange's way.
        var got = new double[2];
        LocalCommunicator.Run(2, comm =>
        {
            var other = 1 - comm.Rank;
            var pending = comm.Isend(Tensor.Full(99.0, 2, 1), dest: other, tag: 0);
            var halo = comm.HaloExchange(Tensor.Full(comm.Rank, 2, 1), 1, 2, 1, fill: -1);
            got[comm.Rank] = halo[1, comm.Rank == 0 ? 2 : 0];
            comm.Wait(pending);
            Assert.Equal([99.0, 99.0], comm.Receive([2, 1], other, 0).ToArray());
        });
        Assert.Equal([1.0, 0.0], got);
    }

    [Fact]
    public void ArgumentsAreCheckedUpFront()
    {
        LocalCommunicator.Run(6, comm =>
        {
            var block = Tensor.Zeros(3, 3);
            var grid = Assert.Throws<ArgumentException>(() => comm.HaloExchange(block, 2, 2, 1, 0.0));
            Assert.Contains($"HaloExchange: a grid of 2 × 2 ranks does not fit this communicator (rank {comm.Rank} of size 6): rows × columns must be 6", grid.Message);
            Assert.Throws<ArgumentException>(() => comm.HaloExchange(block, 0, 6, 1, 0.0));
            Assert.Throws<ArgumentException>(() => comm.HaloExchange(block, -2, -3, 1, 0.0));
            var reach = Assert.Throws<ArgumentOutOfRangeException>(() => comm.HaloExchange(block, 2, 3, 3, 0.0));
            Assert.Equal("reach", reach.ParamName);
            Assert.Throws<ArgumentOutOfRangeException>(() => comm.HaloExchange(block, 2, 3, 0, 0.0));
            var rank = Assert.Throws<ArgumentException>(() => comm.HaloExchange(Tensor.Zeros(9), 2, 3, 1, 0.0));
            Assert.Contains("HaloExchange: the block of shape [9] is not 2-D", rank.Message);
            var small = Assert.Throws<ArgumentException>(() => comm.HaloExchange(Tensor.Zeros(1, 4), 2, 3, 2, 0.0));
            Assert.Contains("HaloExchange: the block of shape [1, 4] is smaller than reach 2", small.Message);
            Assert.Throws<ArgumentNullException>(() => comm.HaloExchange(null!, 2, 3, 1, 0.0));
            Assert.Equal(0, comm.Sequence);
        });
    }

    [Fact]
    public void NeighboursWhoseStripsDoNotFitAreReported()
    {
        // Left/right neighbours of different heights: the block shapes are compared before any strip moves.
        var error = Assert.Throws<CommunicatorException>(() => LocalCommunicator.Run(2,
            comm => comm.HaloExchange(Tensor.Zeros(comm.Rank == 0 ? 3 : 4, 2), 1, 2, 1, 0.0), TimeSpan.FromSeconds(5)));
        Assert.Matches("^rank [01]: HaloExchange \\(op #1\\) on a 1 × 2 grid: the neighbours' blocks do not fit: ", error.Message);
        Assert.Contains("rank 0's block [3, 2] and rank 1's [4, 2] (its right neighbour) differ in height; left/right neighbours need the same height, up/down neighbours the same width.", error.Message);

        // Up/down neighbours of different widths.
        var columns = Assert.Throws<CommunicatorException>(() => LocalCommunicator.Run(2,
            comm => comm.HaloExchange(Tensor.Zeros(2, comm.Rank == 0 ? 3 : 5), 2, 1, 2, 0.0), TimeSpan.FromSeconds(5)));
        Assert.Contains("rank 0's block [2, 3] and rank 1's [2, 5] (the neighbour below) differ in width", columns.Message);
    }

    [Fact]
    public void EveryRankThrowsTheSameErrorWhenAnyBlocksDoNotFit()
    {
        // 2 × 2 grid; rank 3 is one row too tall for rank 2 beside it. Ranks 0 and 1 are not its left/right
        // neighbours, yet they throw too (under MPI they would otherwise wait for strips that never come).
        var messages = new string[4];
        LocalCommunicator.Run(4, comm =>
        {
            using var block = Tensor.Zeros(comm.Rank == 3 ? 4 : 3, 3);
            messages[comm.Rank] = Assert.Throws<CommunicatorException>(() => comm.HaloExchange(block, 2, 2, 1, 0.0)).Message;
            Assert.Equal(1, comm.Sequence);
            Assert.Equal(10.0, comm.AllreduceSum(comm.Rank + 1.0)); // the ranks go on together
        }, TimeSpan.FromSeconds(5));
        Assert.All(messages, m => Assert.Equal(
            "HaloExchange (op #1) on a 2 × 2 grid: the neighbours' blocks do not fit: rank 2's block [3, 3] and rank 3's [4, 3] (its right neighbour) differ in height; left/right neighbours need the same height, up/down neighbours the same width.", m));
    }

    [Fact]
    public void SingleRankPadsWithFill()
    {
        var comm = Communicator.Single;
        var padded = comm.HaloExchange(Tensor.FromArray([1.0, 2, 3, 4], 2, 2), 1, 1, 1, fill: 9);
        Assert.Equal([9, 9, 9, 9, 9, 1, 2, 9, 9, 3, 4, 9, 9, 9, 9, 9.0], padded.ToArray());
        Assert.Equal(1, comm.Sequence);
    }
}
