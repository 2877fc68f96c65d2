namespace Adcme.Tests;

/// <summary>Tensor storage comes from a per-thread pool; disposing a tensor gives it back. (Alone: one test
/// changes the process-wide retention limit.)</summary>
[Collection(nameof(TensorPoolTests))]
public class TensorPoolTests
{
    [Fact]
    public void DisposedStorageIsReusedByTheNextTensorOfThatSize()
    {
        var a = Tensor.Random(1, 1000);
        var b = Tensor.Random(2, 1000);
        var sum = a + b;
        var expected = sum.ToArray();
        sum.Dispose();
        var misses = TensorPool.Misses;
        var again = a + b;
        Assert.Equal(misses, TensorPool.Misses);
        Assert.Equal(expected, again.ToArray());
    }

    [Fact]
    public void ZerosFromAReusedArrayAreZeros()
    {
        var full = Tensor.Full(7.0, 500);
        full.Dispose();
        var zeros = Tensor.Zeros(500);
        Assert.All(zeros.ToArray(), value => Assert.Equal(0.0, value));
        // The operands first, so that the product (which accumulates) gets the disposed array of threes.
        var ones = Tensor.Ones(10, 10);
        var matrix = Tensor.Full(3.0, 10, 10);
        matrix.Dispose();
        var misses = TensorPool.Misses;
        var product = Tensor.MatMul(ones, ones);
        Assert.Equal(misses, TensorPool.Misses);
        Assert.All(product.ToArray(), value => Assert.Equal(10.0, value));
    }

    [Fact]
    public void ATimeLoopThatDisposesItsTemporariesAllocatesNothingPerStep()
    {
        var u = Tensor.Random(3, 32, 32);
        for (var warmUp = 0; warmUp < 3; warmUp++) u = Step(u);
        var misses = TensorPool.Misses;
        var rents = TensorPool.Rents;
        for (var k = 0; k < 50; k++) u = Step(u);
        Assert.Equal(misses, TensorPool.Misses);
        Assert.Equal(rents + 50 * 4, TensorPool.Rents);

        static Tensor Step(Tensor u)
        {
            using var laplacian = Stencils.Laplacian(u, 0.1);
            using var scaled = 1e-3 * laplacian;
            using var next = u + scaled;
            var clipped = Tensor.Tanh(next);
            u.Dispose();
            return clipped;
        }
    }

    [Fact]
    public void UsingADisposedTensorThrowsNamingItsShape()
    {
        var t = Tensor.Ones(8, 16);
        t.Dispose();
        t.Dispose();
        Assert.True(t.IsDisposed);
        var error = Assert.Throws<ObjectDisposedException>(() => t + t);
        Assert.Contains("[8, 16]", error.Message);
        Assert.Throws<ObjectDisposedException>(() => t.ToArray());
        Assert.Equal("Tensor[8, 16] (disposed)", t.ToString());
    }

    [Fact]
    public void ReshapeCopiesSoDisposingOneLeavesTheOther()
    {
        var t = Tensor.Linspace(0, 1, 100);
        var reshaped = Tensor.Reshape(t, 10, 10);
        t.Dispose();
        Assert.Equal(1.0, reshaped[9, 9]);
        Assert.Equal(1.0 / 99, reshaped[0, 1], 15);
    }

    [Fact]
    public void ThePoolKeepsNoMoreThanItsLimit()
    {
        var limit = TensorPool.MaxRetainedBytesPerThread;
        try
        {
            TensorPool.Clear();
            TensorPool.MaxRetainedBytesPerThread = 1000 * sizeof(double);
            var a = Tensor.Zeros(1000);
            var b = Tensor.Zeros(1000);
            a.Dispose();
            Assert.Equal(1000 * sizeof(double), TensorPool.RetainedBytes);
            b.Dispose();
            Assert.Equal(1000 * sizeof(double), TensorPool.RetainedBytes);
            Assert.Throws<ArgumentOutOfRangeException>(() => TensorPool.MaxRetainedBytesPerThread = -1);
        }
        finally
        {
            TensorPool.MaxRetainedBytesPerThread = limit;
            TensorPool.Clear();
        }
    }
}

[CollectionDefinition(nameof(TensorPoolTests), DisableParallelization = true)]
public sealed class TensorPoolCollection;
