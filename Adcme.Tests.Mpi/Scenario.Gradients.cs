using System.Diagnostics;
using Adcme.Checking;
using Adcme.Tests.Cases;

namespace Adcme.Tests.Mpi;

/// <summary>Gradients through communication under MPI: the in-process gradient tests' cases
/// (Adcme.Tests/Cases/CommunicationCases.cs, MessageCases.cs, NonBlockingCases.cs and TokenCases.cs, linked) checked by the distributed
/// <see cref="GradientChecker"/> on 4 MPI ranks — M_Gradient against central differences of the global objective,
/// the dot-product test under the global inner product, accumulation — and compared bit for bit with the same check
/// on 4 in-process ranks (collectives add in rank order and messages arrive in order, so every figure is the
/// same).</summary>
internal static partial class Scenario
{
    private sealed record GradientCase(string Name, Delegate Method, Func<Communicator, object?[]> Arguments);

    /// <summary>A rank's inputs, from one stream per rank and case (two streams a fixed seed apart would give a u − w
    /// equal on every rank: a tie, where a minimum or maximum has no derivative).</summary>
    private static double[] Draw(Communicator comm, int salt, int count)
    {
        var random = new Random(1000 * salt + 31 + comm.Rank);
        return Enumerable.Range(0, count).Select(_ => 0.3 + random.NextDouble()).ToArray();
    }

    /// <summary>u and w of <paramref name="length"/> elements each.</summary>
    private static object?[] Pair(Communicator comm, int salt, int length = 2)
    {
        var both = Draw(comm, salt, 2 * length);
        return [Tensor.FromArray(both[..length], length), Tensor.FromArray(both[length..], length), comm];
    }

    // Small inputs (1 to 4 components a rank): every component costs two runs of the method on every rank, and each
    // collective a few milliseconds with 4 oversubscribed MPICH ranks (tensor collectives two: shapes, then values).
    // Tensors and PieceLoop, with 7 and 5 tensor collectives a run, get one element a tensor.
    private static readonly GradientCase[] GradientCases =
    [
        new("Polynomial", CommunicationCases.Polynomial, c => [1.3 + 0.1 * c.Rank, c]),
        new("PolynomialReduced", CommunicationCases.PolynomialReduced, c => [1.3 + 0.1 * c.Rank, c]),
        new("LocalShare", CommunicationCases.LocalShare, c => [Draw(c, 1, 1)[0], Draw(c, 2, 1)[0], c]),
        new("UnusedCollective", CommunicationCases.UnusedCollective, c => [0.7 + c.Rank, c]),
        new("Caller", CommunicationCases.Caller, c => [0.6 + 0.2 * c.Rank, c]),
        new("Tensors", CommunicationCases.Tensors, c => Pair(c, 3, 1)),
        new("PieceMax", CommunicationCases.PieceMax, c => Pair(c, 4)),
        new("PieceMin", CommunicationCases.PieceMin, c => Pair(c, 5)),
        new("PieceProduct", CommunicationCases.PieceProduct, c => Pair(c, 6)),
        new("PieceLoop", CommunicationCases.PieceLoop, c => Pair(c, 7, 1)),
        new("Ring", MessageCases.Ring, c => [Draw(c, 8, 1)[0], c]),
        new("SendThenReceive", MessageCases.SendThenReceive, c => [Draw(c, 9, 1)[0], c]),
        new("TensorMessages", MessageCases.TensorMessages, c => [Tensor.FromArray(Draw(c, 10, 2), 2), c]),
        new("Gathers", MessageCases.Gathers, c => [Tensor.FromArray(Draw(c, 11, 1), 1), Draw(c, 12, 1)[0], c]),
        new("Halo 2x2", MessageCases.Halo, c => [Tensor.FromArray(Draw(c, 13, 4), 2, 2), 2, 2, 1, c]),
        new("NonBlocking ring", NonBlockingCases.Ring, c => [Tensor.FromArray(Draw(c, 14, 2), 2), Draw(c, 15, 1)[0], c]),
        new("NonBlocking unread", NonBlockingCases.Unread, c => [Draw(c, 16, 1)[0], c]),
        new("Token polynomial", TokenCases.Polynomial, c => [1.1 + 0.1 * c.Rank, c]),
        new("Token loop", TokenCases.Loop, c => [Tensor.FromArray(Draw(c, 17, 2), 2), Draw(c, 18, 1)[0], c]),
    ];

    /// <summary>Each case checked on 4 MPI ranks, and the same report as on 4 in-process ranks, bit for bit.</summary>
    public static void Gradients()
    {
        var comm = World();
        // The precision is double throughout (the in-process tests cover its detection); set, it skips the probe's
        // nine runs of each method.
        var options = new GradientCheckOptions { Precision = GradientCheckPrecision.Double };

        // First the in-process reference, on every process alike (this rank keeps its copy of the report).
        var inProcess = new GradientCheckReport[GradientCases.Length];
        var clock = Stopwatch.StartNew();
        LocalCommunicator.Run(4, local =>
        {
            for (var k = 0; k < GradientCases.Length; k++)
            {
                var report = GradientChecker.Check(GradientCases[k].Method, options, GradientCases[k].Arguments(local));
                if (local.Rank == comm.Rank) inProcess[k] = report;
            }
        });
        var inProcessTime = clock.Elapsed;

        clock.Restart();
        for (var k = 0; k < GradientCases.Length; k++)
        {
            var c = GradientCases[k];
            var start = clock.Elapsed;
            var report = GradientChecker.Check(c.Method, options, c.Arguments(comm));
            var what = $"{c.Name} on 4 MPI ranks";
            Check.True(report.Passed, $"{what}:\n{report}");
            Check.Equal(4, report.Ranks, $"{what}: Ranks");
            Check.True(report.DotProductError <= 1e-11, $"{what}: dot-product error {report.DotProductError}");
            var reference = inProcess[k];
            Check.Equal(reference.ToString(), report.ToString(), $"{what}: the report against in-process ranks'");
            Check.Bits([reference.Value, reference.ForwardProduct, reference.ReverseProduct, reference.PushforwardValue],
                [report.Value, report.ForwardProduct, report.ReverseProduct, report.PushforwardValue], $"{what}: value and dot-product sides");
            Check.Bits([.. reference.Gradient], [.. report.Gradient], $"{what}: M_Gradient on every rank");
            Check.Bits([.. reference.FiniteDifference], [.. report.FiniteDifference], $"{what}: central differences");
            if (comm.Rank == 0)
            {
                Console.WriteLine($"{c.Name}: {report.Components.Count} components, objective {report.Objective}; max error {report.MaxError:G2}, "
                    + $"dot-product error {report.DotProductError:G2}; {(clock.Elapsed - start).TotalSeconds:0.00} s");
            }
        }
        if (comm.Rank == 0)
        {
            Console.WriteLine($"{GradientCases.Length} cases: {clock.Elapsed.TotalSeconds:0.0} s on 4 MPI ranks, {inProcessTime.TotalSeconds:0.0} s on 4 in-process ranks");
        }
        Ok(comm);
    }
}
