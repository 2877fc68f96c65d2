namespace Adcme.Examples.DataParallel;

/// <summary>The surrogate: a tanh network 2 → 32 → 32 → 1 (<see cref="Layers.FullyConnected"/>), all its weights in θ.</summary>
public static partial class Surrogate
{
    /// <summary>The widths of the layers after the input (2 inputs: x and y).</summary>
    public static readonly int[] Sizes = [32, 32, 1];

    /// <summary>The mean squared error of the network on a shard of a batch (inputs b × 2, targets b × 1). The
    /// sizes come in as a [NoDerivative] int[] parameter, passed along: the way a [Differentiable] method hands
    /// an array it does not differentiate to a primitive.</summary>
    [Differentiable]
    public static double ShardLoss(Tensor theta, [NoDerivative] Tensor inputs, [NoDerivative] Tensor targets, [NoDerivative] int[] sizes)
    {
        var error = Layers.FullyConnected(inputs, sizes, theta) - targets;
        return Tensor.Mean(error * error);
    }

    /// <summary>The sum of squared errors (no gradient: for the loss curve).</summary>
    public static double SumOfSquaredErrors(Tensor theta, Tensor inputs, Tensor targets)
    {
        using var output = Layers.FullyConnected(inputs, Sizes, theta);
        using var error = output - targets;
        return Tensor.SumOfSquares(error);
    }
}
