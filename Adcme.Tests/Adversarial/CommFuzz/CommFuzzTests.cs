using System.Globalization;
using System.Reflection;
using static Adcme.Tests.CommunicationGradientTests;

namespace Adcme.Tests.Adversarial.CommFuzz;

/// <summary>Random programs that communicate (CommFuzzCases.cs, written by gen_comm.py from a fixed seed), on 1–4
/// in-process ranks: the pushforward's value against the method's on every rank, the pullback against the pushforward
/// under the global inner product (the dot-product test, summed over ranks), and, for a subset, M_Gradient against
/// central differences of the global objective (the result once where the generator made it the same on every rank,
/// else the sum over ranks).</summary>
public class CommFuzzTests
{
    private static int Index(string name) => int.Parse(name[1..], CultureInfo.InvariantCulture);

    /// <summary>Every program on 1, 2 and 3 ranks; every third also on 4.</summary>
    public static TheoryData<string, int> ProgramsOnRanks()
    {
        var data = new TheoryData<string, int>();
        foreach (var name in Names())
        {
            for (var ranks = 1; ranks <= (Index(name) % 3 == 0 ? 4 : 3); ranks++) data.Add(name, ranks);
        }
        return data;
    }

    /// <summary>Every other program, on 2, 3 or 4 ranks in turn (and every tenth on 1).</summary>
    public static TheoryData<string, int> GradientSubset()
    {
        var data = new TheoryData<string, int>();
        foreach (var name in Names().Where(n => Index(n) % 2 == 0))
        {
            data.Add(name, 2 + Index(name) / 2 % 3);
            if (Index(name) % 10 == 0) data.Add(name, 1);
        }
        return data;
    }

    private static IEnumerable<string> Names()
        => typeof(CommFuzzCases).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name.StartsWith('C') && m.Name[1..].All(char.IsAsciiDigit) && m.ReturnType == typeof(double))
            .Select(m => m.Name)
            .OrderBy(Index);

    /// <summary>One program and its generated companions, called with each rank's inputs as one flat vector (the
    /// differentiable parameters in order: a double is 1 element, u and w are [2, 3], q is [4]).</summary>
    private sealed class Program
    {
        private readonly MethodInfo _value, _fast, _pushforward, _pullback, _gradient;
        private readonly ParameterInfo[] _parameters;

        public Program(string name)
        {
            Name = name;
            var type = typeof(CommFuzzCases);
            _value = type.GetMethod(name)!;
            _fast = type.GetMethod(name + "_Value")!;
            _pushforward = type.GetMethod(name + "_Pushforward")!;
            _pullback = type.GetMethod(name + "_Pullback")!;
            _gradient = type.GetMethod(name + "_Gradient")!;
            _parameters = _value.GetParameters();
            Length = _parameters.Sum(p => Size(p) ?? 0);
            Replicated = CommFuzzCases.Replicated.Contains(name);
        }

        public string Name { get; }
        public int Length { get; }
        public bool Replicated { get; }

        private static int? Size(ParameterInfo p)
            => p.ParameterType == typeof(double) ? 1 : p.ParameterType == typeof(Tensor) ? (p.Name == "q" ? 4 : 6) : null;

        private static object Take(ParameterInfo p, double[] flat, ref int offset)
        {
            var size = Size(p)!.Value;
            var values = flat[offset..(offset + size)];
            offset += size;
            return p.ParameterType == typeof(double) ? values[0] : size == 4 ? Tensor.FromArray(values, 4) : Tensor.FromArray(values, 2, 3);
        }

        /// <summary>The process grid of the halo exchanges whose grid is a parameter: rows × columns = ranks.</summary>
        private (int Rows, int Columns) Grid(int ranks)
        {
            (int, int)[] grids = ranks switch
            {
                1 => [(1, 1)],
                2 => [(1, 2), (2, 1)],
                3 => [(1, 3), (3, 1)],
                _ => [(2, 2), (1, 4), (4, 1)],
            };
            return grids[Index(Name) % grids.Length];
        }

        private object? Other(ParameterInfo p, Communicator comm) => p.Name switch
        {
            "comm" => comm,
            "token" => comm.Token, // a chain of tokens that goes on inside: this rank's current token, taken at each call
            "rows" => Grid(comm.Size).Rows,
            "columns" => Grid(comm.Size).Columns,
            _ => throw new InvalidOperationException($"{Name}: parameter {p.Name}"),
        };

        private List<object?> Arguments(double[] x, Communicator comm, double[]? tangent = null)
        {
            var args = new List<object?>();
            int offset = 0, tangentOffset = 0;
            foreach (var p in _parameters)
            {
                if (Size(p) is null)
                {
                    args.Add(Other(p, comm));
                    continue;
                }
                args.Add(Take(p, x, ref offset));
                if (tangent is not null) args.Add(Take(p, tangent, ref tangentOffset));
            }
            return args;
        }

        private double[] Adjoints(object?[] args, int start)
        {
            var flat = new List<double>();
            var k = start;
            foreach (var p in _parameters.Where(p => Size(p) is not null))
            {
                var a = args[k++];
                flat.AddRange(a switch
                {
                    double d => [d],
                    Tensor t => t.ToArray(),
                    null => new double[Size(p)!.Value], // no adjoint reached it
                    _ => throw new InvalidOperationException(),
                });
            }
            return [.. flat];
        }

        public double Value(double[] x, Communicator comm) => (double)_value.Invoke(null, [.. Arguments(x, comm)])!;

        /// <summary>M_Value: the fast forward.</summary>
        public double FastValue(double[] x, Communicator comm) => (double)_fast.Invoke(null, [.. Arguments(x, comm)])!;

        public (double Value, double Tangent) Pushforward(double[] x, double[] v, Communicator comm)
            => ((double, double))_pushforward.Invoke(null, [.. Arguments(x, comm, v)])!;

        public double[] Pullback(double[] x, Communicator comm, double seed)
        {
            var args = Arguments(x, comm);
            var start = args.Count + 1;
            args.Add(seed);
            foreach (var p in _parameters.Where(p => Size(p) is not null)) args.Add(p.ParameterType == typeof(double) ? 0.0 : null);
            var array = args.ToArray();
            _pullback.Invoke(null, array);
            return Adjoints(array, start);
        }

        public (double Value, double[] Gradient) Gradient(double[] x, Communicator comm)
        {
            var args = Arguments(x, comm);
            var start = args.Count;
            foreach (var p in _parameters.Where(p => Size(p) is not null)) args.Add(null);
            var array = args.ToArray();
            var value = (double)_gradient.Invoke(null, array)!;
            return (value, Adjoints(array, start));
        }
    }

    /// <summary>SplitMix64: each (program, rank, stream) its own generator, with no linear relation between ranks'
    /// values (seeded System.Random streams for neighbouring seeds are linearly related: min and max would tie).</summary>
    private static double[] Draw(int program, int rank, int stream, int count, double low, double high)
    {
        var state = 0x9E3779B97F4A7C15UL * (ulong)(1 + program) ^ 0xD1B54A32D192ED03UL * (ulong)(1 + rank) ^ 0x94D049BB133111EBUL * (ulong)(1 + stream);
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            values[i] = low + (high - low) * ((z >> 11) * (1.0 / (1UL << 53)));
        }
        return values;
    }

    private static double[] Point(Program p, int rank) => Draw(Index(p.Name), rank, 0, p.Length, 0.3, 1.3);

    [Theory]
    [MemberData(nameof(ProgramsOnRanks))]
    public void PullbackPassesTheDotProductTestAgainstPushforward(string name, int ranks)
    {
        var p = new Program(name);
        // Σ_r w_r · ẏ_r = Σ_r ⟨v_r, x̄_r⟩ under the global inner product.
        var sides = OnRanks(ranks, comm =>
        {
            var x = Point(p, comm.Rank);
            var v = Draw(Index(name), comm.Rank, 1, p.Length, -1, 1);
            var w = Draw(Index(name), comm.Rank, 2, 1, 0.5, 1.5)[0];
            var expected = p.Value(x, comm);
            var fast = p.FastValue(x, comm);
            var (value, tangent) = p.Pushforward(x, v, comm);
            var adjoint = p.Pullback(x, comm, w);
            var terms = v.Zip(adjoint, (a, b) => a * b).ToArray();
            return (Expected: expected, Fast: fast, Value: value, Left: w * tangent, Right: terms.Sum(), Scale: Math.Abs(w * tangent) + terms.Sum(Math.Abs));
        });
        for (var r = 0; r < ranks; r++)
        {
            Assert.True(Math.Abs(sides[r].Value - sides[r].Expected) <= 1e-12 * Math.Max(1, Math.Abs(sides[r].Expected)),
                $"{name} on {ranks} ranks, rank {r}: pushforward's value {sides[r].Value:R}, the method's {sides[r].Expected:R}");
            Assert.True(Math.Abs(sides[r].Fast - sides[r].Expected) <= 1e-12 * Math.Max(1, Math.Abs(sides[r].Expected)),
                $"{name} on {ranks} ranks, rank {r}: M_Value {sides[r].Fast:R}, the method's {sides[r].Expected:R}");
        }
        var left = sides.Sum(s => s.Left);
        var right = sides.Sum(s => s.Right);
        var scale = Math.Max(1, sides.Sum(s => s.Scale));
        Assert.True(Math.Abs(left - right) <= 1e-10 * scale, $"{name} on {ranks} ranks: Σ w·ẏ = {left:R}, Σ ⟨v, x̄⟩ = {right:R} (scale {scale:G3})");
    }

    [Theory]
    [MemberData(nameof(GradientSubset))]
    public void GradientMatchesCentralDifferencesOfTheGlobalObjective(string name, int ranks)
    {
        var p = new Program(name);
        // J: the result once where it is the same on every rank (by provenance), else the sum over ranks.
        double Objective(int rank, int component, double step)
        {
            var values = OnRanks(ranks, comm =>
            {
                var x = Point(p, comm.Rank);
                if (comm.Rank == rank) x[component] += step;
                return p.Value(x, comm);
            });
            if (p.Replicated) Assert.All(values, v => Assert.Equal(values[0], v));
            return p.Replicated ? values[0] : values.Sum();
        }
        var gradients = OnRanks(ranks, comm => p.Gradient(Point(p, comm.Rank), comm));
        var objective = Objective(-1, 0, 0);
        var value = p.Replicated ? gradients[0].Value : gradients.Sum(g => g.Value);
        Assert.True(Math.Abs(value - objective) <= 1e-12 * Math.Max(1, Math.Abs(objective)), $"{name} on {ranks} ranks: M_Gradient's J {value:R}, the method's {objective:R}");
        const double h = 1e-6;
        var failures = new List<string>();
        for (var r = 0; r < ranks; r++)
        {
            for (var k = 0; k < p.Length; k++)
            {
                var fd = (Objective(r, k, h) - Objective(r, k, -h)) / (2 * h);
                var g = gradients[r].Gradient[k];
                if (!(Math.Abs(fd - g) <= 1e-6 * (1 + Math.Abs(fd)))) failures.Add($"rank {r} input {k}: gradient {g:R}, central difference {fd:R}");
            }
        }
        Assert.True(failures.Count == 0, $"{name} ({(p.Replicated ? "replicated" : "rank-local")}) on {ranks} ranks:\n" + string.Join("\n", failures));
    }
}
