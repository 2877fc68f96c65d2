using System.Globalization;
using System.Reflection;

namespace Adcme.Checking;

// A method with a Communicator parameter is checked on every rank at once: each rank calls Check with its own
// arguments and communicator, and every evaluation below is a collective program, made by every rank in the same
// order. Inner products are summed over ranks (the global inner product the adjoint rules are true adjoints under),
// and finite differences are taken of M_Gradient's global objective, one component of one rank at a time.
public static partial class GradientChecker
{
    /// <summary>The communicator a checked method receives: the argument of its first <see cref="Communicator"/>
    /// parameter, or null when it has none.</summary>
    private static Communicator? FindCommunicator(MethodInfo method, object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var parameters = method.GetParameters();
        if (arguments.Length != parameters.Length) return null; // reported by GeneratedMethods
        for (var i = 0; i < parameters.Length; i++)
        {
            if (!typeof(Communicator).IsAssignableFrom(parameters[i].ParameterType)) continue;
            if (i < arguments.Length && arguments[i] is Communicator communicator) return communicator;
            throw new ArgumentException($"{method.DeclaringType?.Name}.{method.Name}: argument {i} ({parameters[i].Name}) must be this rank's Communicator.", nameof(arguments));
        }
        return null;
    }

    private static GradientCheckReport CheckDistributed(MethodInfo method, Communicator comm, GradientCheckOptions options, object?[] arguments)
    {
        var rank = comm.Rank;
        var size = comm.Size;

        // Arguments are validated on each rank, then every rank learns whether all are valid: a rank that threw alone
        // would leave the others waiting in their first collective (under MPI, for ever).
        GeneratedMethods? set = null;
        Exception? error = null;
        try
        {
            set = new GeneratedMethods(method, arguments);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            error = exception;
        }
        var failed = Ranks(comm.Allgather(error is null ? 0.0 : 1.0), size);
        if (error is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error).Throw();
        if (failed.Count > 0)
        {
            throw new ArgumentException($"{method.DeclaringType?.Name}.{method.Name}: the check cannot start: the arguments of {RankList(failed)} are invalid (see the exception there).", nameof(arguments));
        }
        var function = set!;

        // Every rank's layout: each differentiable parameter's number of components on each rank (they may differ).
        var inputs = function.Inputs;
        var counts = new int[size, inputs.Length];
        if (inputs.Length > 0)
        {
            using var local = Tensor.FromArray(inputs.Select(input => (double)input.Count).ToArray(), inputs.Length);
            using var all = comm.Allgather(local);
            var flat = all.ToArray();
            for (var r = 0; r < size; r++) for (var p = 0; p < inputs.Length; p++) counts[r, p] = (int)flat[r * inputs.Length + p];
        }
        var perRank = Enumerable.Range(0, size).Select(r => Enumerable.Range(0, inputs.Length).Sum(p => counts[r, p])).ToArray();
        var offsets = new int[size + 1];
        for (var r = 0; r < size; r++) offsets[r + 1] = offsets[r] + perRank[r];
        var names = new List<string>();
        for (var r = 0; r < size; r++)
        {
            for (var p = 0; p < inputs.Length; p++)
            {
                names.AddRange(GeneratedMethods.InputNames(inputs[p].Name, inputs[p].Scalar, counts[r, p]).Select(n => $"{n} on rank {r}"));
            }
        }

        var single = function.SingleComponents;
        var x = DifferentiableInputs.Represent(function.Flatten(arguments), single);

        // M_Gradient's seed convention, decided by the generator from the result's provenance: 1 on rank 0 only (a result
        // the same on every rank counts once) or 1 on every rank (a rank-local result is summed). Values cannot tell
        // (a rank-local result may be equal everywhere), so M_Gradient is compared with M_Pullback under both seeds:
        // the same generated code with the same seed gives the same bits. Where both seeds give the same gradient,
        // both objectives have the same derivative here, and the sum is taken.
        var (_, gradient) = function.Gradient(x);
        var everyRank = function.Pullback(x, 1.0, null);
        var replicated = false;
        if (size > 1)
        {
            var rankZero = function.Pullback(x, rank == 0 ? 1.0 : 0.0, null);
            var distances = Sum(comm, [SquaredDistance(gradient, rankZero), SquaredDistance(gradient, everyRank)]);
            replicated = distances[0] < distances[1];
        }
        var seed = function.RoundSeed(!replicated || rank == 0 ? 1.0 : 0.0);
        var objective = replicated
            ? "the result once, as M_Gradient seeds rank 0 only (its result is the same on every rank)"
            : size > 1 ? "the sum over ranks of each rank's result, as M_Gradient seeds every rank" : "the result (one rank)";

        var precision = PrecisionProbe.Choose(options.Precision, function.DeclaredSingle,
            point => [Sum(comm, [seed * function.Value(point)])[0]], [1.0], x, single, options.Seed, hasInputs: offsets[size] > 0);
        var tolerance = options.Tolerance ?? precision.Tolerance;
        var dotTolerance = options.DotProductTolerance ?? precision.DotProductTolerance;
        var relativeStep = options.RelativeStep ?? precision.RelativeStep;

        // Each rank's share of J = Σ_r s_r·y_r at every point, summed over ranks once at the end (one collective, not one
        // a run): at x, then for each component k of each rank r, at x ± h·e_k on rank r while every rank runs the method.
        var total = offsets[size];
        var shares = new double[2 * total + 4];
        shares[0] = seed * function.Value(x);
        var steps = new double[x.Length];
        for (var r = 0; r < size; r++)
        {
            for (var k = 0; k < perRank[r]; k++)
            {
                var plus = x;
                var minus = x;
                if (r == rank)
                {
                    var h = relativeStep * Math.Max(1.0, Math.Abs(x[k]));
                    plus = (double[])x.Clone();
                    minus = (double[])x.Clone();
                    plus[k] += h;
                    minus[k] -= h;
                    // A float input moves by its rounded step: divide by the step actually taken.
                    DifferentiableInputs.Represent(plus, single);
                    DifferentiableInputs.Represent(minus, single);
                    steps[k] = plus[k] - minus[k];
                }
                shares[1 + 2 * (offsets[r] + k)] = seed * function.Value(plus);
                shares[2 + 2 * (offsets[r] + k)] = seed * function.Value(minus);
            }
        }

        // The dot-product test under the global inner product: Σ_r w_r·(J v)_r = Σ_r ⟨v_r, (Jᵀ w)_r⟩, with each rank's
        // own tangent and seed.
        var random = new Random(options.Seed + 7919 * rank);
        var v = new double[x.Length];
        for (var i = 0; i < v.Length; i++) v[i] = 2 * random.NextDouble() - 1;
        DifferentiableInputs.Represent(v, single);
        var w = function.RoundSeed(2 * random.NextDouble() - 1);
        var (pushforwardValue, tangent) = function.Pushforward(x, v);
        var adjoint = function.Pullback(x, w, null);
        shares[^3] = w * tangent;
        shares[^2] = Dot(v, adjoint);
        shares[^1] = seed * pushforwardValue;

        // Pullbacks compose: called on non-zero adjoints they must add to them.
        var start = new double[x.Length];
        for (var i = 0; i < start.Length; i++) start[i] = 0.5 + 0.25 * (offsets[rank] + i);
        var accumulated = function.Pullback(x, 1.0, start);
        var accumulationError = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            accumulationError = Math.Max(accumulationError, GradientCheckReport.RelativeError(accumulated[i] - start[i], everyRank[i]));
        }

        var sums = Sum(comm, shares);
        var finiteDifference = new double[x.Length];
        for (var k = 0; k < x.Length; k++)
        {
            finiteDifference[k] = (sums[1 + 2 * (offsets[rank] + k)] - sums[2 + 2 * (offsets[rank] + k)]) / steps[k];
        }
        // Every rank's gradient, differences and accumulation error, on every rank.
        var gathered = Gather(comm, [.. gradient, .. finiteDifference, accumulationError], perRank.Select(n => 2 * n + 1).ToArray());
        var globalGradient = new List<double>();
        var globalDifference = new List<double>();
        accumulationError = 0.0;
        for (var r = 0; r < size; r++)
        {
            var from = 2 * offsets[r] + r;
            globalGradient.AddRange(gathered.Skip(from).Take(perRank[r]));
            globalDifference.AddRange(gathered.Skip(from + perRank[r]).Take(perRank[r]));
            accumulationError = Math.Max(accumulationError, gathered[from + 2 * perRank[r]]);
        }

        return new GradientCheckReport(function.Name, sums[0], names.ToArray(), globalGradient.ToArray(), globalDifference.ToArray(),
            tolerance, sums[^3], sums[^2], dotTolerance, sums[^1], accumulationError, precision, relativeStep, size, objective);
    }

    /// <summary>The elementwise sum over ranks (in rank order, the same bits on every rank).</summary>
    private static double[] Sum(Communicator comm, double[] values)
    {
        using var local = Tensor.FromArray(values, values.Length);
        using var sum = comm.AllreduceSum(local);
        return sum.ToArray();
    }

    private static double SquaredDistance(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++) sum += (a[i] - b[i]) * (a[i] - b[i]);
        return double.IsNaN(sum) ? double.PositiveInfinity : sum;
    }

    /// <summary>Every rank's <paramref name="local"/> vector (of <paramref name="perRank"/>[r] entries on rank r)
    /// in rank order, on every rank: one Allgather of vectors padded to the longest.</summary>
    private static double[] Gather(Communicator comm, double[] local, int[] perRank)
    {
        var longest = perRank.Max();
        var padded = new double[longest];
        local.CopyTo(padded, 0);
        using var mine = Tensor.FromArray(padded, longest);
        using var all = comm.Allgather(mine);
        var flat = all.ToArray();
        return perRank.SelectMany((n, r) => flat.Skip(r * longest).Take(n)).ToArray();
    }

    /// <summary>The ranks whose entry of an Allgather of flags is non-zero.</summary>
    private static List<int> Ranks(Tensor flags, int size)
    {
        var values = flags.ToArray();
        flags.Dispose();
        return Enumerable.Range(0, size).Where(r => values[r] != 0).ToList();
    }

    private static string RankList(List<int> ranks)
        => (ranks.Count == 1 ? "rank " : "ranks ") + string.Join(", ", ranks.Select(r => r.ToString(CultureInfo.InvariantCulture)));
}
