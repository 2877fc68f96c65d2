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
        return Check(new GeneratedMethods(method.Method, arguments), options, arguments);
    }

    /// <summary>Checks the method a generated descriptor describes (a declared [GradientCheck]); a method with a
    /// communicator is checked from a test instead (the generator refuses such a check, ADCME021).</summary>
    internal static GradientCheckReport Check(DifferentiableMethodDescriptor descriptor, GradientCheckOptions options, object?[] arguments)
    {
        if (descriptor.Parameters.Any(p => typeof(Communicator).IsAssignableFrom(p.Type)))
        {
            throw new NotSupportedException($"{descriptor.DisplayName} takes a Communicator: check it with GradientChecker.Check on every rank.");
        }
        return Check(new GeneratedMethods(descriptor, arguments), options, arguments);
    }

    private static GradientCheckReport Check(GeneratedMethods function, GradientCheckOptions options, object?[] arguments)
    {
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

    /// <summary>The user's method and its generated companions, over a flat vector of the differentiable inputs (scalars
    /// and array elements in parameter order). The companions are called through the method's generated descriptor
    /// (<see cref="GradientChecks.Find"/>); only a method without one (compiled by an older generator) has them found by
    /// name through reflection.</summary>
    private sealed class GeneratedMethods
    {
        private readonly Type _returnType;
        private readonly Func<object?[], object?> _method;
        private readonly Func<object?[], object?> _pushforward;
        private readonly Func<object?[], object?> _pullback;
        private Func<object?[], object?>? _gradient;
        private readonly Func<Func<object?[], object?>>? _findGradient;
        private readonly string[] _parameterNames;
        private readonly Type[] _parameterTypes;
        private readonly bool[] _differentiable;
        private readonly object?[] _arguments;

        public GeneratedMethods(DifferentiableMethodDescriptor descriptor, object?[] arguments)
        {
            Name = descriptor.DisplayName;
            _parameterNames = descriptor.Parameters.Select(p => p.Name).ToArray();
            _parameterTypes = descriptor.Parameters.Select(p => p.Type).ToArray();
            _differentiable = descriptor.Parameters.Select(p => p.Differentiable).ToArray();
            _returnType = descriptor.ResultType;
            _method = descriptor.Invoke;
            _pushforward = descriptor.Pushforward;
            _pullback = descriptor.Pullback;
            _gradient = descriptor.Gradient;
            _findGradient = () => throw new InvalidOperationException($"{Name} has no M_Gradient: its result is not a scalar.");
            _arguments = Validate(arguments);
            (ComponentNames, Inputs) = Describe(arguments);
            DeclaredSingle = DifferentiableInputs.DeclaredSingle(_parameterNames, _parameterTypes, _differentiable, _returnType);
        }

        public GeneratedMethods(MethodInfo method, object?[] arguments)
        {
            if (method.Name.Contains('<', StringComparison.Ordinal) || method.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)))
            {
                throw new ArgumentException("GradientChecker checks a [Differentiable] method: pass the method itself (for example Model.Loss), "
                    + "not a lambda or a local function, which the generator does not differentiate.", nameof(method));
            }
            if (!method.IsStatic) throw new ArgumentException($"{method.Name} must be a static [Differentiable] method.", nameof(method));
            Name = method.DeclaringType?.Name + "." + method.Name;
            var parameters = method.GetParameters();
            _parameterNames = parameters.Select(p => p.Name!).ToArray();
            _parameterTypes = parameters.Select(p => p.ParameterType).ToArray();
            _returnType = method.ReturnType;
            _arguments = Validate(arguments);
            if (GradientChecks.Find(method) is { IsPrimitive: false } descriptor)
            {
                _differentiable = descriptor.Parameters.Select(p => p.Differentiable).ToArray();
                _method = descriptor.Invoke;
                _pushforward = descriptor.Pushforward;
                _pullback = descriptor.Pullback;
                _gradient = descriptor.Gradient;
                _findGradient = () => throw new InvalidOperationException($"{Name}_Gradient was not generated: its result is not a scalar.");
            }
            else
            {
                // Fallback for a method without a generated descriptor: its companions found by name and signature.
                _differentiable = parameters.Select(DifferentiableInputs.IsDifferentiable).ToArray();
                var type = method.DeclaringType!;
                var pushTypes = new List<Type>();
                var pullTypes = new List<Type>();
                for (var i = 0; i < parameters.Length; i++)
                {
                    pushTypes.Add(_parameterTypes[i]);
                    pullTypes.Add(_parameterTypes[i]);
                    if (_differentiable[i]) pushTypes.Add(_parameterTypes[i]);
                }
                pullTypes.Add(method.ReturnType);
                for (var i = 0; i < parameters.Length; i++)
                {
                    if (_differentiable[i]) pullTypes.Add(_parameterTypes[i].MakeByRefType());
                }
                const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;
                var pushforward = type.GetMethod(method.Name + "_Pushforward", flags, pushTypes.ToArray())
                    ?? throw new InvalidOperationException($"{Name}_Pushforward was not generated: is {Name} [Differentiable], and its type partial?");
                var pullback = type.GetMethod(method.Name + "_Pullback", flags, pullTypes.ToArray())
                    ?? throw new InvalidOperationException($"{Name}_Pullback was not generated: is {Name} [Differentiable], and its type partial?");
                _method = args => Invoke(method, args);
                _pushforward = args => Invoke(pushforward, args);
                _pullback = args => Invoke(pullback, args);
                _findGradient = () =>
                {
                    var types = _parameterTypes.Concat(_parameterTypes.Where((_, i) => _differentiable[i]).Select(t => t.MakeByRefType())).ToArray();
                    var gradient = type.GetMethod(method.Name + "_Gradient", flags, types)
                        ?? throw new InvalidOperationException($"{Name}_Gradient was not generated: is {Name} [Differentiable] with a scalar result, and its type partial?");
                    return args => Invoke(gradient, args);
                };
            }
            DeclaredSingle = DifferentiableInputs.DeclaredSingle(_parameterNames, _parameterTypes, _differentiable, _returnType);
            (ComponentNames, Inputs) = Describe(arguments);
        }

        /// <summary>Checks the arguments' number and types against the parameters.</summary>
        private object?[] Validate(object?[] arguments)
        {
            if (arguments.Length != _parameterTypes.Length)
            {
                throw new ArgumentException($"{Name} takes {_parameterTypes.Length} argument(s); {arguments.Length} were given.", nameof(arguments));
            }
            for (var i = 0; i < _parameterTypes.Length; i++)
            {
                var expected = _parameterTypes[i];
                var argument = arguments[i];
                if (argument is null ? expected.IsValueType && Nullable.GetUnderlyingType(expected) is null : !expected.IsInstanceOfType(argument))
                {
                    throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                        $"{Name}: argument {i} ({_parameterNames[i]}) must be {Article(CSharpName(expected))}, got {(argument is null ? "null" : $"{Article(CSharpName(argument.GetType()))} ({argument})")}."),
                        nameof(arguments));
                }
            }
            return arguments;
        }

        /// <summary>The components' names and each differentiable parameter's layout.</summary>
        private (string[] Names, (string Name, bool Scalar, int Count)[] Inputs) Describe(object?[] arguments)
        {
            var names = new List<string>();
            var inputs = new List<(string, bool, int)>();
            for (var i = 0; i < _parameterTypes.Length; i++)
            {
                if (!_differentiable[i]) continue;
                var count = arguments[i] switch
                {
                    double[] array => array.Length,
                    Tensor tensor => tensor.Length,
                    double or float => -1,
                    _ => throw new ArgumentException($"Argument {i} ({_parameterNames[i]}) must be a {_parameterTypes[i].Name}.", nameof(arguments)),
                };
                // A scalar (count −1) is one component named after its parameter.
                inputs.Add((_parameterNames[i], count < 0, count < 0 ? 1 : count));
                names.AddRange(InputNames(_parameterNames[i], count < 0, count < 0 ? 1 : count));
            }
            return (names.ToArray(), inputs.ToArray());
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
        public bool[] SingleComponents => _singleComponents ??= DifferentiableInputs.SingleComponents(_parameterTypes, _differentiable, _arguments);

        private bool[]? _singleComponents;

        public string[] ComponentNames { get; }

        /// <summary>The seed as the pullback will see it (rounded to float for a float result).</summary>
        public double RoundSeed(double seed) => DifferentiableInputs.IsSingle(_returnType) ? (float)seed : seed;

        public double[] Flatten(object?[] arguments)
        {
            var x = new List<double>();
            for (var i = 0; i < _parameterTypes.Length; i++)
            {
                if (_differentiable[i]) x.AddRange(DifferentiableInputs.Flatten(arguments[i]));
            }
            return x.ToArray();
        }

        /// <summary>The arguments with the differentiable ones taken from <paramref name="x"/> (arrays copied).</summary>
        private object?[] Arguments(double[] x)
        {
            var result = new object?[_parameterTypes.Length];
            var k = 0;
            for (var i = 0; i < _parameterTypes.Length; i++)
            {
                result[i] = _differentiable[i] ? Unflatten(i, x, ref k) : _arguments[i] is double[] data ? data.Clone() : _arguments[i];
            }
            return result;
        }

        private object Unflatten(int parameter, double[] x, ref int k)
            => DifferentiableInputs.Unflatten(_parameterTypes[parameter], _arguments[parameter], x, ref k);

        public double Value(double[] x) => Convert.ToDouble(_method(Arguments(x)));

        /// <summary>Runs the generated M_Gradient (with its own seed convention): its value and the flat gradient.</summary>
        public (double Value, double[] Gradient) Gradient(double[] x)
        {
            _gradient ??= _findGradient!();
            var args = Arguments(x).Concat(_parameterTypes.Where((_, i) => _differentiable[i]).Select(_ => (object?)null)).ToArray();
            var value = Convert.ToDouble(_gradient(args));
            var gradient = new List<double>();
            var k = _parameterTypes.Length;
            for (var i = 0; i < _parameterTypes.Length; i++)
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
            for (var i = 0; i < _parameterTypes.Length; i++)
            {
                args.Add(primal[i]);
                if (_differentiable[i]) args.Add(tangents[i]);
            }
            var result = _pushforward(args.ToArray())!;
            var fields = result.GetType().GetFields();
            return (Convert.ToDouble(fields[0].GetValue(result)), Convert.ToDouble(fields[1].GetValue(result)));
        }

        /// <summary>Runs the pullback with <paramref name="seed"/>, starting the adjoints at <paramref name="start"/> (zero when null).</summary>
        public double[] Pullback(double[] x, double seed, double[]? start)
        {
            var args = Arguments(x).ToList();
            args.Add(DifferentiableInputs.IsSingle(_returnType) ? (object)(float)seed : seed);
            var first = args.Count;
            var adjoints = Arguments(start ?? new double[x.Length]);
            if (start is null)
            {
                // Tensor adjoints start as null, which generated code reads as zero.
                for (var i = 0; i < adjoints.Length; i++) if (adjoints[i] is Tensor) adjoints[i] = null;
            }
            for (var i = 0; i < _parameterTypes.Length; i++)
            {
                if (_differentiable[i]) args.Add(adjoints[i]);
            }
            var array = args.ToArray();
            _pullback(array);
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
