using System.Reflection;

namespace Adcme.Checking;

/// <summary>
/// Checks the generated derivatives of a [Differentiable] method in one line, from the user's own tests:
/// <code>GradientChecker.Check(Polynomial.Loss, 2.0).ThrowIfFailed();</code>
/// It compares M_Pullback's gradient with central finite differences of the method, component by component,
/// runs the dot-product test ⟨J·v, w⟩ = ⟨v, Jᵀ·w⟩ between M_Pushforward and M_Pullback, and checks that
/// M_Pullback adds into its ref adjoints. Arguments are given in the method's parameter order; arrays are
/// copied, never changed.
/// A method with a <see cref="Communicator"/> parameter is checked across ranks: call <c>Check</c> on every rank
/// (inside <see cref="LocalCommunicator.Run(int, Action{Communicator})"/> or under MPI) with that rank's arguments
/// and communicator. It compares M_Gradient with central differences of M_Gradient's global objective (the result
/// once, or the sum over ranks, as M_Gradient seeds it), sums the dot-product test over ranks, and returns the same
/// report on every rank (docs/communication.md, "Checking distributed gradients").
/// </summary>
public static partial class GradientChecker
{
    /// <summary>Checks <paramref name="method"/> at <paramref name="arguments"/> with default options.</summary>
    public static GradientCheckReport Check(Delegate method, params object?[] arguments)
        => Check(method, new GradientCheckOptions(), arguments);

    /// <summary>Checks <paramref name="method"/> at <paramref name="arguments"/>.</summary>
    public static GradientCheckReport Check(Delegate method, GradientCheckOptions options, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(options);
        if (FindCommunicator(method.Method, arguments) is { } communicator) return CheckDistributed(method.Method, communicator, options, arguments);
        var function = new GeneratedMethods(method.Method, arguments);
        var x = DifferentiableInputs.Represent(function.Flatten(arguments), function.SingleComponents);
        var precision = PrecisionProbe.Choose(options.Precision, function.DeclaredSingle, point => [function.Value(point)], [1.0],
            x, function.SingleComponents, options.Seed);
        var tolerance = options.Tolerance ?? precision.Tolerance;
        var dotTolerance = options.DotProductTolerance ?? precision.DotProductTolerance;
        var relativeStep = options.RelativeStep ?? precision.RelativeStep;

        var value = function.Value(x);
        var gradient = function.Pullback(x, 1.0, null);

        var finiteDifference = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            var h = relativeStep * Math.Max(1.0, Math.Abs(x[i]));
            var plus = (double[])x.Clone();
            var minus = (double[])x.Clone();
            plus[i] += h;
            minus[i] -= h;
            // A float input moves by its rounded step: divide by the step actually taken.
            DifferentiableInputs.Represent(plus, function.SingleComponents);
            DifferentiableInputs.Represent(minus, function.SingleComponents);
            var hActual = plus[i] - minus[i];
            finiteDifference[i] = (function.Value(plus) - function.Value(minus)) / hActual;
        }

        var random = new Random(options.Seed);
        var v = new double[x.Length];
        for (var i = 0; i < v.Length; i++) v[i] = 2 * random.NextDouble() - 1;
        DifferentiableInputs.Represent(v, function.SingleComponents);
        var w = function.RoundSeed(2 * random.NextDouble() - 1);
        var (pushforwardValue, tangent) = function.Pushforward(x, v);
        var adjoint = function.Pullback(x, w, null);
        var forward = tangent * w;
        var reverse = 0.0;
        for (var i = 0; i < v.Length; i++) reverse += v[i] * adjoint[i];

        // Pullbacks compose: called on non-zero adjoints they must add to them, not overwrite them.
        var start = new double[x.Length];
        for (var i = 0; i < start.Length; i++) start[i] = 0.5 + 0.25 * i;
        var accumulated = function.Pullback(x, 1.0, start);
        var accumulationError = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            accumulationError = Math.Max(accumulationError, GradientCheckReport.RelativeError(accumulated[i] - start[i], gradient[i]));
        }

        return new GradientCheckReport(function.Name, value, function.ComponentNames, gradient, finiteDifference, tolerance,
            forward, reverse, dotTolerance, pushforwardValue, accumulationError, precision, relativeStep);
    }

    /// <summary>Invokes by reflection, rethrowing the method's own exception.</summary>
    private static object? Invoke(MethodInfo method, object?[] args)
    {
        try
        {
            return method.Invoke(null, args);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(exception.InnerException).Throw();
            throw;
        }
    }

    /// <summary>The user's method and its generated companions, found by reflection, over a flat vector of
    /// the differentiable inputs (scalars and array elements in parameter order).</summary>
    private sealed class GeneratedMethods
    {
        private readonly MethodInfo _method;
        private readonly MethodInfo _pushforward;
        private readonly MethodInfo _pullback;
        private MethodInfo? _gradient;
        private readonly ParameterInfo[] _parameters;
        private readonly bool[] _differentiable;
        private readonly object?[] _arguments;

        public GeneratedMethods(MethodInfo method, object?[] arguments)
        {
            if (method.Name.Contains('<', StringComparison.Ordinal) || method.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)))
            {
                throw new ArgumentException("GradientChecker checks a [Differentiable] method: pass the method itself (for example Model.Loss), "
                    + "not a lambda or a local function, which the generator does not differentiate.", nameof(method));
            }
            if (!method.IsStatic) throw new ArgumentException($"{method.Name} must be a static [Differentiable] method.", nameof(method));
            _method = method;
            Name = method.DeclaringType?.Name + "." + method.Name;
            _parameters = method.GetParameters();
            if (arguments.Length != _parameters.Length)
            {
                throw new ArgumentException($"{Name} takes {_parameters.Length} argument(s); {arguments.Length} were given.", nameof(arguments));
            }
            for (var i = 0; i < _parameters.Length; i++)
            {
                var expected = _parameters[i].ParameterType;
                var argument = arguments[i];
                if (argument is null ? expected.IsValueType && Nullable.GetUnderlyingType(expected) is null : !expected.IsInstanceOfType(argument))
                {
                    throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                        $"{Name}: argument {i} ({_parameters[i].Name}) must be {Article(CSharpName(expected))}, got {(argument is null ? "null" : $"{Article(CSharpName(argument.GetType()))} ({argument})")}."),
                        nameof(arguments));
                }
            }
            _arguments = arguments;
            _differentiable = _parameters.Select(DifferentiableInputs.IsDifferentiable).ToArray();
            var type = method.DeclaringType!;
            var pushTypes = new List<Type>();
            var pullTypes = new List<Type>();
            for (var i = 0; i < _parameters.Length; i++)
            {
                pushTypes.Add(_parameters[i].ParameterType);
                pullTypes.Add(_parameters[i].ParameterType);
                if (_differentiable[i]) pushTypes.Add(_parameters[i].ParameterType);
            }
            pullTypes.Add(method.ReturnType);
            for (var i = 0; i < _parameters.Length; i++)
            {
                if (_differentiable[i]) pullTypes.Add(_parameters[i].ParameterType.MakeByRefType());
            }
            const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;
            _pushforward = type.GetMethod(method.Name + "_Pushforward", flags, pushTypes.ToArray())
                ?? throw new InvalidOperationException($"{Name}_Pushforward was not generated: is {Name} [Differentiable], and its type partial?");
            _pullback = type.GetMethod(method.Name + "_Pullback", flags, pullTypes.ToArray())
                ?? throw new InvalidOperationException($"{Name}_Pullback was not generated: is {Name} [Differentiable], and its type partial?");
            DeclaredSingle = DifferentiableInputs.DeclaredSingle(_parameters, _differentiable, method.ReturnType);

            var names = new List<string>();
            var inputs = new List<(string, bool, int)>();
            for (var i = 0; i < _parameters.Length; i++)
            {
                if (!_differentiable[i]) continue;
                var count = arguments[i] switch
                {
                    double[] array => array.Length,
                    Tensor tensor => tensor.Length,
                    double or float => -1,
                    _ => throw new ArgumentException($"Argument {i} ({_parameters[i].Name}) must be a {_parameters[i].ParameterType.Name}.", nameof(arguments)),
                };
                // A scalar (count −1) is one component named after its parameter.
                inputs.Add((_parameters[i].Name!, count < 0, count < 0 ? 1 : count));
                names.AddRange(InputNames(_parameters[i].Name!, count < 0, count < 0 ? 1 : count));
            }
            ComponentNames = names.ToArray();
            Inputs = inputs.ToArray();
        }

        /// <summary>A type as C# writes it: int, double, double[], Tensor.</summary>
        private static string CSharpName(Type type) => type switch
        {
            _ when type == typeof(int) => "int",
            _ when type == typeof(long) => "long",
            _ when type == typeof(double) => "double",
            _ when type == typeof(float) => "float",
            _ when type == typeof(bool) => "bool",
            _ when type == typeof(string) => "string",
            { IsArray: true } => CSharpName(type.GetElementType()!) + "[]",
            _ => type.Name,
        };

        private static string Article(string name) => ("aeiouAEIOU".Contains(name[0], StringComparison.Ordinal) ? "an " : "a ") + name;

        /// <summary>The names of an input's components: the parameter's name for a scalar, name[k] for an array or tensor.</summary>
        public static IEnumerable<string> InputNames(string name, bool scalar, int count)
            => scalar ? [name] : Enumerable.Range(0, count).Select(k => $"{name}[{k}]");

        /// <summary>Each differentiable parameter in order: its name, whether it is a scalar, its number of components.</summary>
        public (string Name, bool Scalar, int Count)[] Inputs { get; }

        public string Name { get; }

        /// <summary>Why the signature is single precision ("x is float"), or null when it has no differentiable float.</summary>
        public string? DeclaredSingle { get; }

        /// <summary>Per component: whether it is a float.</summary>
        public bool[] SingleComponents => _singleComponents ??= DifferentiableInputs.SingleComponents(_parameters, _differentiable, _arguments);

        private bool[]? _singleComponents;

        public string[] ComponentNames { get; }

        /// <summary>The seed as the pullback will see it (rounded to float for a float result).</summary>
        public double RoundSeed(double seed) => DifferentiableInputs.IsSingle(_method.ReturnType) ? (float)seed : seed;

        public double[] Flatten(object?[] arguments)
        {
            var x = new List<double>();
            for (var i = 0; i < _parameters.Length; i++)
            {
                if (_differentiable[i]) x.AddRange(DifferentiableInputs.Flatten(arguments[i]));
            }
            return x.ToArray();
        }

        /// <summary>The arguments with the differentiable ones taken from <paramref name="x"/> (arrays copied).</summary>
        private object?[] Arguments(double[] x)
        {
            var result = new object?[_parameters.Length];
            var k = 0;
            for (var i = 0; i < _parameters.Length; i++)
            {
                result[i] = _differentiable[i] ? Unflatten(i, x, ref k) : _arguments[i] is double[] data ? data.Clone() : _arguments[i];
            }
            return result;
        }

        private object Unflatten(int parameter, double[] x, ref int k)
            => DifferentiableInputs.Unflatten(_parameters[parameter].ParameterType, _arguments[parameter], x, ref k);

        public double Value(double[] x) => Convert.ToDouble(Invoke(_method, Arguments(x)));

        /// <summary>Runs the generated M_Gradient (with its own seed convention): its value and the flat gradient.</summary>
        public (double Value, double[] Gradient) Gradient(double[] x)
        {
            if (_gradient is null)
            {
                var types = _parameters.Select(p => p.ParameterType)
                    .Concat(_parameters.Where((_, i) => _differentiable[i]).Select(p => p.ParameterType.MakeByRefType())).ToArray();
                const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;
                _gradient = _method.DeclaringType!.GetMethod(_method.Name + "_Gradient", flags, types)
                    ?? throw new InvalidOperationException($"{Name}_Gradient was not generated: is {Name} [Differentiable] with a scalar result, and its type partial?");
            }
            var args = Arguments(x).Concat(_parameters.Where((_, i) => _differentiable[i]).Select(_ => (object?)null)).ToArray();
            var value = Convert.ToDouble(Invoke(_gradient, args));
            var gradient = new List<double>();
            var k = _parameters.Length;
            for (var i = 0; i < _parameters.Length; i++)
            {
                if (!_differentiable[i]) continue;
                var adjoint = args[k++];
                gradient.AddRange(adjoint is null ? new double[DifferentiableInputs.Count(_arguments[i])] : DifferentiableInputs.Flatten(adjoint));
            }
            return (value, gradient.ToArray());
        }

        public (double Value, double Tangent) Pushforward(double[] x, double[] v)
        {
            var primal = Arguments(x);
            var tangents = Arguments(v);
            var args = new List<object?>();
            for (var i = 0; i < _parameters.Length; i++)
            {
                args.Add(primal[i]);
                if (_differentiable[i]) args.Add(tangents[i]);
            }
            var result = Invoke(_pushforward, args.ToArray())!;
            var fields = result.GetType().GetFields();
            return (Convert.ToDouble(fields[0].GetValue(result)), Convert.ToDouble(fields[1].GetValue(result)));
        }

        /// <summary>Runs the pullback with <paramref name="seed"/>, starting the adjoints at <paramref name="start"/> (zero when null).</summary>
        public double[] Pullback(double[] x, double seed, double[]? start)
        {
            var args = Arguments(x).ToList();
            args.Add(DifferentiableInputs.IsSingle(_method.ReturnType) ? (object)(float)seed : seed);
            var first = args.Count;
            var adjoints = Arguments(start ?? new double[x.Length]);
            if (start is null)
            {
                // Tensor adjoints start as null, which generated code reads as zero.
                for (var i = 0; i < adjoints.Length; i++) if (adjoints[i] is Tensor) adjoints[i] = null;
            }
            for (var i = 0; i < _parameters.Length; i++)
            {
                if (_differentiable[i]) args.Add(adjoints[i]);
            }
            var array = args.ToArray();
            Invoke(_pullback, array);
            var result = new List<double>();
            var parameter = 0;
            for (var i = first; i < array.Length; i++)
            {
                while (!_differentiable[parameter]) parameter++;
                var like = _arguments[parameter++];
                switch (array[i])
                {
                    case null when like is Tensor zero: result.AddRange(new double[zero.Length]); break;
                    case Tensor t: result.AddRange(t.ToArray()); break;
                    case double[] a: result.AddRange(a); break;
                    case float f: result.Add(f); break;
                    default: result.Add(Convert.ToDouble(array[i])); break;
                }
            }
            return result.ToArray();
        }

    }
}
