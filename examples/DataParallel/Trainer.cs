namespace Adcme.Examples.DataParallel;

/// <summary>What training returns on every rank.</summary>
/// <param name="Curve">The mean squared error on the whole training set before training and after each epoch.</param>
/// <param name="Steps">The optimizer steps taken.</param>
/// <param name="ReplicasAgree">Whether every rank's θ equals rank 0's at the end, bit for bit.</param>
public sealed record TrainingResult(double[] Curve, int Steps, bool ReplicasAgree);

/// <summary>
/// Data-parallel training, the Horovod pattern: every rank holds a replica of θ (drawn from the same seed, then
/// broadcast from rank 0), computes the gradient of the mean squared error on its shard of each global batch,
/// averages the gradients over the ranks with <see cref="Communicator.AllreduceSum(Tensor)"/>, and takes the same
/// Adam step. The learning rate grows linearly with the global batch and is warmed up linearly over the first epochs.
/// </summary>
public static class Trainer
{
    /// <summary>Adam's learning rate at the base batch.</summary>
    public const double BaseLearningRate = 1e-3;

    /// <summary>The global batch at which the learning rate is <see cref="BaseLearningRate"/>.</summary>
    public const int BaseBatch = 16;

    /// <summary>The epochs over which the learning rate rises linearly from 0 to its scaled value.</summary>
    public const int WarmupEpochs = 5;

    private const double Beta1 = 0.9, Beta2 = 0.999, Epsilon = 1e-8;

    /// <summary>The scaled learning rate for a global batch: linear in the batch (Goyal et al.'s rule).</summary>
    public static double ScaledLearningRate(int globalBatch) => BaseLearningRate * globalBatch / BaseBatch;

    /// <summary>The learning rate of step <paramref name="step"/> (from 1): linear warmup over
    /// <see cref="WarmupEpochs"/> epochs, then the scaled rate.</summary>
    public static double LearningRate(int step, int globalBatch, int stepsPerEpoch)
        => ScaledLearningRate(globalBatch) * Math.Min(1.0, step / (double)(WarmupEpochs * stepsPerEpoch));

    /// <summary>Trains on every rank of <paramref name="comm"/>; <paramref name="globalBatch"/> must be a multiple of
    /// the number of ranks.</summary>
    public static TrainingResult Train(Communicator comm, int globalBatch, int epochs)
    {
        ArgumentNullException.ThrowIfNull(comm);
        if (globalBatch % comm.Size != 0) throw new ArgumentException($"the global batch {globalBatch} is not a multiple of the {comm.Size} ranks", nameof(globalBatch));
        var (inputs, targets) = TrainingData.Create();
        var shard = globalBatch / comm.Size;
        var stepsPerEpoch = TrainingData.Samples / globalBatch;

        // Every rank seeds θ₀ alike; broadcasting rank 0's anyway is Horovod's guarantee that the replicas start equal.
        double[] theta;
        using (var initial = Layers.InitialTheta(2, Surrogate.Sizes, TrainingData.Seed))
        using (var broadcast = comm.Broadcast(initial, 0))
        {
            theta = broadcast.ToArray();
        }
        var m = new double[theta.Length];
        var v = new double[theta.Length];
        var curve = new double[epochs + 1];
        curve[0] = TrainingLoss(comm, theta, inputs, targets);
        var step = 0;
        var shardInputs = new double[2 * shard];
        var shardTargets = new double[shard];
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            var order = TrainingData.Shuffle(epoch);
            for (var s = 0; s < stepsPerEpoch; s++)
            {
                // This rank's slice of global batch s: the same samples 1 rank with the whole batch would see.
                var first = s * globalBatch + comm.Rank * shard;
                for (var k = 0; k < shard; k++)
                {
                    var i = order[first + k];
                    shardInputs[2 * k] = inputs[2 * i];
                    shardInputs[2 * k + 1] = inputs[2 * i + 1];
                    shardTargets[k] = targets[i];
                }
                using var thetaTensor = Tensor.FromArray(theta, theta.Length);
                using var x = Tensor.FromArray(shardInputs, shard, 2);
                using var y = Tensor.FromArray(shardTargets, shard, 1);
                Surrogate.ShardLoss_Gradient(thetaTensor, x, y, Surrogate.Sizes, out var gradient);
                using var summed = comm.AllreduceSum(gradient);
                gradient.Dispose();
                step++;
                // The Adam state is host arrays: the averaged gradient comes back with ToArray (from device memory when
                // ADCME_BACKEND names a GPU backend; θ goes there with FromArray above), one transfer each way a step.
                AdamStep(theta, summed.ToArray(), 1.0 / comm.Size, m, v, step, LearningRate(step, globalBatch, stepsPerEpoch));
            }
            curve[epoch] = TrainingLoss(comm, theta, inputs, targets);
        }
        return new TrainingResult(curve, step, ReplicasAgree(comm, theta));
    }

    /// <summary>One Adam step on θ with the averaged gradient g = <paramref name="scale"/>·<paramref name="summed"/>.</summary>
    private static void AdamStep(double[] theta, ReadOnlySpan<double> summed, double scale, double[] m, double[] v, int step, double learningRate)
    {
        var correction1 = 1 - Math.Pow(Beta1, step);
        var correction2 = 1 - Math.Pow(Beta2, step);
        for (var k = 0; k < theta.Length; k++)
        {
            var g = summed[k] * scale;
            m[k] = Beta1 * m[k] + (1 - Beta1) * g;
            v[k] = Beta2 * v[k] + (1 - Beta2) * g * g;
            theta[k] -= learningRate * (m[k] / correction1) / (Math.Sqrt(v[k] / correction2) + Epsilon);
        }
    }

    /// <summary>The mean squared error on all the points, each rank evaluating a contiguous share of them.</summary>
    private static double TrainingLoss(Communicator comm, double[] theta, double[] inputs, double[] targets)
    {
        int start = comm.Rank * TrainingData.Samples / comm.Size, end = (comm.Rank + 1) * TrainingData.Samples / comm.Size;
        var sum = 0.0;
        if (end > start)
        {
            using var thetaTensor = Tensor.FromArray(theta, theta.Length);
            using var x = Tensor.FromArray(inputs[(2 * start)..(2 * end)], end - start, 2);
            using var y = Tensor.FromArray(targets[start..end], end - start, 1);
            sum = Surrogate.SumOfSquaredErrors(thetaTensor, x, y);
        }
        return comm.AllreduceSum(sum) / TrainingData.Samples;
    }

    /// <summary>Whether every rank's θ equals rank 0's bit for bit (every rank learns the answer).</summary>
    private static bool ReplicasAgree(Communicator comm, double[] theta)
    {
        using var mine = Tensor.FromArray(theta, theta.Length);
        using var root = comm.Broadcast(mine, 0);
        var differs = root.ToArray().AsSpan().SequenceEqual(theta) ? 0.0 : 1.0;
        return comm.AllreduceSum(differs) == 0;
    }
}
