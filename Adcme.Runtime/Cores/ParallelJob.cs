namespace Adcme;

/// <summary>
/// A kernel over a range of units (elements, rows, blocks) that may run on several cores. A subclass holds the
/// kernel's arguments in fields and computes <see cref="Execute"/>(start, end); <see cref="Run"/> cuts the range
/// into contiguous chunks, queues <see cref="Parallelism.CurrentDegree"/> − 1 thread-pool work items and works
/// on chunks itself too, each thread claiming the next chunk until none is left, and returns when every chunk is
/// done. Why this shape: a job is a reusable object per calling thread (<see cref="For{TJob}"/>) queued as an
/// <see cref="IThreadPoolWorkItem"/>, so a call allocates nothing; and the caller never waits for a worker that
/// has not started (a busy pool only means fewer helpers, never a stall).
/// </summary>
internal abstract class ParallelJob : IThreadPoolWorkItem
{
    // _next holds this while no job runs, so that a work item starting late claims nothing.
    private const int Idle = int.MaxValue / 2;

    private int _next = Idle;
    private int _chunks;
    private int _chunkSize;
    private int _units;
    private int _done;
    private Exception? _failure;

    /// <summary>Computes units [start, end).</summary>
    protected abstract void Execute(int start, int end);

    /// <summary>Drops the references the job holds to its arguments, once it has run.</summary>
    protected abstract void Clear();

    /// <summary>This thread's instance of a job type (a job runs to completion before its caller returns, so one
    /// instance per thread and type suffices).</summary>
    internal static TJob For<TJob>() where TJob : ParallelJob, new() => Cache<TJob>.Instance ??= new TJob();

    /// <summary>Runs units [0, <paramref name="units"/>), each costing <paramref name="costPerUnit"/> elements of
    /// work: split across cores when the work reaches <see cref="Parallelism.MinimumLength"/>, otherwise here.
    /// Chunk boundaries are multiples of <paramref name="granularity"/> units. Then clears the job's arguments.</summary>
    internal void Run(int units, long costPerUnit, int granularity = 1)
    {
        try
        {
            var work = units * costPerUnit;
            var degree = Parallelism.CurrentDegree;
            if (units <= granularity || degree <= 1 || work < Parallelism.MinimumLength)
            {
                if (units > 0) Execute(0, units);
                return;
            }
            // About two chunks' worth of the threshold each, between one and four chunks per core: a late worker's
            // share is taken by the others.
            var perChunk = Math.Max(1L, Parallelism.MinimumLength / 2);
            var chunks = (int)Math.Clamp(work / perChunk, degree, 4L * degree);
            var size = (units + chunks - 1) / chunks;
            size = (size + granularity - 1) / granularity * granularity;
            chunks = (units + size - 1) / size;
            if (chunks <= 1)
            {
                Execute(0, units);
                return;
            }
            RunSplit(units, size, chunks, Math.Min(degree, chunks) - 1);
        }
        finally
        {
            Clear();
        }
    }

    private void RunSplit(int units, int size, int chunks, int helpers)
    {
        _units = units;
        _chunkSize = size;
        _chunks = chunks;
        _done = 0;
        _failure = null;
        Interlocked.Exchange(ref _next, 0); // publishes the fields above to the workers
        for (var i = 0; i < helpers; i++) ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        Work();
        var spinner = new SpinWait();
        while (Volatile.Read(ref _done) < chunks) spinner.SpinOnce(sleep1Threshold: -1);
        Interlocked.Exchange(ref _next, Idle);
        if (_failure is { } failure)
        {
            _failure = null;
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
    }

    void IThreadPoolWorkItem.Execute() => Work();

    private void Work()
    {
        while (true)
        {
            var chunk = Interlocked.Increment(ref _next) - 1;
            if (chunk >= Volatile.Read(ref _chunks)) return;
            var start = chunk * _chunkSize;
            try
            {
                Execute(start, Math.Min(start + _chunkSize, _units));
            }
            catch (Exception exception)
            {
                Interlocked.CompareExchange(ref _failure, exception, null);
            }
            Interlocked.Increment(ref _done);
        }
    }

    private static class Cache<TJob> where TJob : ParallelJob
    {
        [ThreadStatic] internal static TJob? Instance;
    }
}
