namespace Adcme.Tests.Optimization;

/// <summary>Checkpoints: a run interrupted after a checkpoint and resumed equals an uninterrupted one bit for bit;
/// every checkpoint that does not fit is refused with the path and what differs.</summary>
public sealed class CheckpointTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("adcme-checkpoint-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string PathOf(string name) => System.IO.Path.Combine(_directory, name);

    /// <summary>Rosenbrock that throws at evaluation <paramref name="crashAt"/> (a crash at that moment).</summary>
    private static Func<double[], (double Value, double[] Gradient)> CrashingAt(int crashAt)
    {
        var calls = 0;
        return t => ++calls == crashAt ? throw new IOException("crash") : TestProblems.Rosenbrock(t);
    }

    [Theory]
    [InlineData(1, 7)]
    [InlineData(1, 30)]
    [InlineData(4, 23)]
    public void LbfgsResumesToTheSameResult(int every, int crashAt)
    {
        var uninterrupted = Optimize.Lbfgs(TestProblems.Rosenbrock, [-1.2, 1.0]);
        var path = PathOf("lbfgs.ckpt");
        Assert.Throws<IOException>(() => Optimize.Lbfgs(CrashingAt(crashAt), [-1.2, 1.0], new LbfgsOptions { CheckpointPath = path, CheckpointEvery = every }));
        Assert.True(File.Exists(path));
        var resumed = Optimize.Lbfgs(TestProblems.Rosenbrock, [-1.2, 1.0], new LbfgsOptions { CheckpointPath = path, CheckpointEvery = every });
        Assert.NotNull(resumed.ResumedFromIteration);
        Assert.True(resumed.ResumedFromIteration > 0);
        Assert.Equal(0, resumed.ResumedFromIteration % every);
        Assert.Equal(uninterrupted.Minimizer, resumed.Minimizer);
        Assert.Equal(uninterrupted.Minimum, resumed.Minimum);
        Assert.Equal(uninterrupted.Gradient, resumed.Gradient);
        Assert.Equal((uninterrupted.Iterations, uninterrupted.Evaluations), (resumed.Iterations, resumed.Evaluations));
        Assert.Equal(uninterrupted.History.Select(h => (h.Iteration, h.Value, h.Evaluations)), resumed.History.Select(h => (h.Iteration, h.Value, h.Evaluations)));
        // The finished run's checkpoint gives the result again without evaluating.
        var again = Optimize.Lbfgs(_ => throw new InvalidOperationException("evaluated"), [-1.2, 1.0], new LbfgsOptions { CheckpointPath = path, CheckpointEvery = every });
        Assert.Equal(uninterrupted.Minimizer, again.Minimizer);
        Assert.Equal(uninterrupted.Iterations, again.ResumedFromIteration);
    }

    [Fact]
    public void AdamResumesToTheSameResult()
    {
        var options = new AdamOptions { LearningRate = 0.05, MaxIterations = 200 };
        var uninterrupted = Optimize.Adam(TestProblems.Quadratic, [5.0, -3.0, 1.0], options);
        var path = PathOf("adam.ckpt");
        var calls = 0;
        options.CheckpointPath = path;
        Assert.Throws<IOException>(() => Optimize.Adam(t => ++calls == 120 ? throw new IOException("crash") : TestProblems.Quadratic(t), [5.0, -3.0, 1.0], options));
        var resumed = Optimize.Adam(TestProblems.Quadratic, [5.0, -3.0, 1.0], options);
        Assert.Equal(118, resumed.ResumedFromIteration); // evaluation 120 is iteration 119's, after iteration 118's checkpoint
        Assert.Equal(uninterrupted.Minimizer, resumed.Minimizer);
        Assert.Equal(uninterrupted.Minimum, resumed.Minimum);
    }

    [Fact]
    public void DistributedRunsResumeOnEveryRank()
    {
        var path = PathOf("distributed.ckpt");
        var uninterrupted = Optimize.Lbfgs(t => TestProblems.SplitSum(3, t), [2.0, 1.0]);
        Assert.Throws<CommunicatorException>(() => LocalCommunicator.Run(3, comm =>
        {
            var calls = 0;
            Optimize.Lbfgs(comm, t => comm.Rank == 2 && ++calls == 6 ? throw new IOException("crash") : TestProblems.Split(comm.Rank, t), [2.0, 1.0],
                new LbfgsOptions { CheckpointPath = path });
        }));
        var results = new OptimizationResult[3];
        LocalCommunicator.Run(3, comm => results[comm.Rank] = Optimize.Lbfgs(comm, t => TestProblems.Split(comm.Rank, t), [2.0, 1.0], new LbfgsOptions { CheckpointPath = path }));
        Assert.All(results, r =>
        {
            Assert.Equal(uninterrupted.Minimizer, r.Minimizer);
            Assert.Equal(uninterrupted.Evaluations, r.Evaluations);
            Assert.Equal(results[0].ResumedFromIteration, r.ResumedFromIteration);
        });
        Assert.NotNull(results[0].ResumedFromIteration);
    }

    /// <summary>A finished 2-parameter L-BFGS checkpoint at <paramref name="name"/>.</summary>
    private string Written(string name, int ranks = 1)
    {
        var path = PathOf(name);
        if (ranks == 1) Optimize.Lbfgs(TestProblems.Rosenbrock, [-1.2, 1.0], new LbfgsOptions { CheckpointPath = path, MaxIterations = 5 });
        else LocalCommunicator.Run(ranks, comm => Optimize.Lbfgs(comm, t => TestProblems.Split(comm.Rank, t), [-1.2, 1.0], new LbfgsOptions { CheckpointPath = path, MaxIterations = 5 }));
        return path;
    }

    private static string Refused(Action run, string path)
    {
        var error = Assert.Throws<OptimizationCheckpointException>(run);
        Assert.Equal(path, error.Path);
        Assert.StartsWith($"checkpoint {path} ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("It is not used; remove it (or pass another CheckpointPath) to start afresh.", error.Message, StringComparison.Ordinal);
        return error.Message;
    }

    private static Action Lbfgs(string path, double[]? initial = null, int memory = 10, int maxIterations = 5)
        => () => Optimize.Lbfgs(TestProblems.Rosenbrock, initial ?? [-1.2, 1.0], new LbfgsOptions { CheckpointPath = path, MaxIterations = maxIterations, Memory = memory });

    [Fact]
    public void ANonCheckpointIsRefused()
    {
        var path = PathOf("text.ckpt");
        File.WriteAllText(path, "hello, world");
        Assert.Contains("is not an Adcme optimizer checkpoint", Refused(Lbfgs(path), path), StringComparison.Ordinal);
    }

    [Fact]
    public void ATruncatedCheckpointIsRefusedAtEveryLength()
    {
        var path = Written("truncated.ckpt");
        var bytes = File.ReadAllBytes(path);
        foreach (var length in new[] { 0, 5, 10, 20, bytes.Length / 2, bytes.Length - 1 })
        {
            File.WriteAllBytes(path, bytes[..length]);
            var message = Refused(Lbfgs(path), path);
            Assert.True(message.Contains("truncated", StringComparison.Ordinal) || message.Contains("not an Adcme optimizer checkpoint", StringComparison.Ordinal), message);
        }
    }

    [Fact]
    public void ACorruptCheckpointIsRefusedByItsChecksum()
    {
        var path = Written("corrupt.ckpt");
        var bytes = File.ReadAllBytes(path);
        foreach (var position in new[] { 13, bytes.Length / 2, bytes.Length - 40, bytes.Length - 1 })
        {
            var copy = (byte[])bytes.Clone();
            copy[position] ^= 0x10;
            File.WriteAllBytes(path, copy);
            Assert.Contains("is corrupt or truncated: its SHA-256 checksum does not match", Refused(Lbfgs(path), path), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AnotherVersionIsRefused()
    {
        var path = Written("version.ckpt");
        var bytes = File.ReadAllBytes(path);
        bytes[8] = 2;
        File.WriteAllBytes(path, bytes);
        Assert.Contains("has format version 2; this Adcme reads version 1", Refused(Lbfgs(path), path), StringComparison.Ordinal);
    }

    [Fact]
    public void AnotherMethodSizeRankCountSettingOrStartIsRefused()
    {
        var path = Written("mismatch.ckpt");
        Assert.Contains("was written by L-BFGS, but this run is Adam",
            Refused(() => Optimize.Adam(TestProblems.Rosenbrock, [-1.2, 1.0], new AdamOptions { CheckpointPath = path, MaxIterations = 5 }), path), StringComparison.Ordinal);
        Assert.Contains("is for a problem of 2 parameters, but this run has 3",
            Refused(() => Optimize.Lbfgs(TestProblems.Quadratic, [1.0, 1.0, 1.0], new LbfgsOptions { CheckpointPath = path, MaxIterations = 5 }), path), StringComparison.Ordinal);
        Assert.Contains("was written with Memory = 10, but this run has Memory = 4", Refused(Lbfgs(path, memory: 4), path), StringComparison.Ordinal);
        Assert.Contains("was written with MaxIterations = 5, but this run has MaxIterations = 6", Refused(Lbfgs(path, maxIterations: 6), path), StringComparison.Ordinal);
        Assert.Contains("was started from another initial point: θ[1] = 1 there, 2 in this run", Refused(Lbfgs(path, [-1.2, 2.0]), path), StringComparison.Ordinal);
        var run = Assert.Throws<CommunicatorException>(() => LocalCommunicator.Run(2, comm =>
            Optimize.Lbfgs(comm, t => TestProblems.Split(comm.Rank, t), [-1.2, 1.0], new LbfgsOptions { CheckpointPath = path, MaxIterations = 5 })));
        Assert.Contains("was written by a run on 1 rank, but this run has 2",
            Assert.IsType<OptimizationCheckpointException>(run.InnerException).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryRankThrowsTheCheckpointError()
    {
        var path = Written("ranks.ckpt", ranks: 3);
        var errors = new Exception?[2];
        Assert.Throws<CommunicatorException>(() => LocalCommunicator.Run(2, comm =>
        {
            try
            {
                Optimize.Lbfgs(comm, t => TestProblems.Split(comm.Rank, t), [-1.2, 1.0], new LbfgsOptions { CheckpointPath = path, MaxIterations = 5 });
            }
            catch (Exception ex)
            {
                errors[comm.Rank] = ex;
                throw;
            }
        }));
        var message = Assert.IsType<OptimizationCheckpointException>(errors[0]).Message;
        Assert.Contains("was written by a run on 3 ranks, but this run has 2", message, StringComparison.Ordinal);
        Assert.Equal(message, Assert.IsType<OptimizationCheckpointException>(errors[1]).Message);
    }
}
