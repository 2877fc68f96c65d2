using System.Reflection;

namespace Adcme.Checking;

public static partial class GradientChecker
{
    /// <summary>
    /// Checks the hand-written rules of a [Primitive] (a tensor operation, or a user's custom operator):
    /// along random directions vₖ and a random output cotangent w, the pullback's ⟨vₖ, Jᵀw⟩ against central
    /// finite differences ⟨w, (F(x + h vₖ) − F(x − h vₖ)) / 2h⟩, the tangent rule against the pullback
    /// (dot-product test), and accumulation of the pullback into non-zero adjoints.
    /// <code>GradientChecker.CheckPrimitive(Tensor.Exp, Tensor.Random(1, 3, 4)).ThrowIfFailed();</code>
    /// </summary>
    public static GradientCheckReport CheckPrimitive(Delegate primitive, params object?[] arguments)
        => CheckPrimitive(primitive, new GradientCheckOptions(), arguments);

    /// <summary>Checks a [Primitive] with the given options (precision, tolerances, step, seed).</summary>
    public static GradientCheckReport CheckPrimitive(Delegate primitive, GradientCheckOptions options, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(primitive);
        return CheckPrimitive(primitive.Method, options, arguments);
    }

    /// <summary>Checks a [Primitive] given by reflection: the way to reach operators such as
    /// <c>typeof(Tensor).GetMethod("op_Addition", [typeof(Tensor), typeof(Tensor)])</c>.</summary>
    public static GradientCheckReport CheckPrimitive(MethodInfo primitive, params object?[] arguments)
        => CheckPrimitive(primitive, new GradientCheckOptions(), arguments);

    /// <summary>Checks a [Primitive] given by reflection, with the given options.</summary>
    public static GradientCheckReport CheckPrimitive(MethodInfo primitive, GradientCheckOptions options, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(primitive);
        ArgumentNullException.ThrowIfNull(options);
        return CheckPrimitive(new PrimitiveRules(primitive, arguments), options);
    }

    /// <summary>Checks a [Primitive] through its generated descriptor (a declared [GradientCheck]).</summary>
    internal static GradientCheckReport CheckPrimitive(DifferentiableMethodDescriptor descriptor, GradientCheckOptions options, object?[] arguments)
        => CheckPrimitive(new PrimitiveRules(descriptor, arguments), options);

    private static GradientCheckReport CheckPrimitive(PrimitiveRules rules, GradientCheckOptions options)
    {
        var arguments = rules.Arguments0;
        const int directions = 4;
        var random = new Random(options.Seed);
        var single = rules.SingleComponents;
        var x = DifferentiableInputs.Represent(rules.Flatten(arguments), single);
        var output = rules.Output(x);
        var w = rules.RoundSeed(output.Select(_ => 2 * random.NextDouble() - 1).ToArray());
        var precision = PrecisionProbe.Choose(options.Precision, rules.DeclaredSingle, rules.Output, w, x, single, options.Seed);
        var tolerance = options.Tolerance ?? precision.Tolerance;
        var dotTolerance = options.DotProductTolerance ?? precision.DotProductTolerance;
        var relativeStep = options.RelativeStep ?? precision.RelativeStep;
        var names = new string[directions];
        var adjoint = new double[directions];
        var finite = new double[directions];
        var pulled = rules.Pullback(x, w, null);
        double forward = 0, reverse = 0;
        for (var k = 0; k < directions; k++)
        {
            var v = DifferentiableInputs.Represent(x.Select(_ => 2 * random.NextDouble() - 1).ToArray(), single);
            names[k] = "direction " + (k + 1);
            var h = relativeStep * Math.Max(1.0, x.Length == 0 ? 1 : x.Max(Math.Abs));
            var plusPoint = DifferentiableInputs.Represent(x.Zip(v, (a, b) => a + h * b).ToArray(), single);
            var minusPoint = DifferentiableInputs.Represent(x.Zip(v, (a, b) => a - h * b).ToArray(), single);
            // Float inputs move by their rounded steps: compare with the direction actually taken.
            var taken = plusPoint.Zip(minusPoint, (p, m) => (p - m) / (2 * h)).ToArray();
            adjoint[k] = Dot(taken, pulled);
            var plus = rules.Output(plusPoint);
            var minus = rules.Output(minusPoint);
            finite[k] = Dot(w, plus.Zip(minus, (p, m) => (p - m) / (2 * h)).ToArray());
            if (k == 0)
            {
                forward = Dot(w, rules.Tangent(x, v));
                reverse = Dot(v, pulled);
            }
        }
        var start = x.Select((_, i) => 0.5 + 0.125 * i).ToArray();
        var accumulated = rules.Pullback(x, w, start);
        var accumulationError = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            accumulationError = Math.Max(accumulationError, GradientCheckReport.RelativeError(accumulated[i] - start[i], pulled[i]));
        }
        return new GradientCheckReport(rules.Name, output.Sum(), names, adjoint, finite, tolerance, forward, reverse, dotTolerance,
            output.Sum(), accumulationError, precision, relativeStep);
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    /// <summary>A primitive and its rules over flat vectors: called through its generated descriptor when it has one,
    /// else found through [Primitive] by name and signature.</summary>
    private sealed class PrimitiveRules
    {
        private readonly Type _returnType;
        private readonly Func<object?[], object?> _method;
        private readonly Func<object?[], object?> _pullback;
        private readonly Func<object?[], object?> _tangent;
        private readonly Type[] _parameterTypes;
        private readonly bool[] _differentiable;
        private readonly object?[] _arguments;

        public PrimitiveRules(DifferentiableMethodDescriptor descriptor, object?[] arguments)
        {
            Name = descriptor.DisplayName;
            _parameterTypes = descriptor.Parameters.Select(p => p.Type).ToArray();
            _differentiable = descriptor.Parameters.Select(p => p.Differentiable).ToArray();
            _returnType = descriptor.ResultType;
            _method = descriptor.Invoke;
            _pullback = descriptor.Pullback;
            _tangent = descriptor.Pushforward;
            _arguments = CheckCount(arguments);
            SingleComponents = DifferentiableInputs.SingleComponents(_parameterTypes, _differentiable, arguments);
            DeclaredSingle = DifferentiableInputs.DeclaredSingle(descriptor.Parameters.Select(p => p.Name).ToArray(), _parameterTypes, _differentiable, _returnType);
        }

        public PrimitiveRules(MethodInfo method, object?[] arguments)
        {
            Name = method.DeclaringType?.Name + "." + method.Name;
            var attribute = method.GetCustomAttribute<PrimitiveAttribute>()
                ?? throw new ArgumentException($"{Name} is not a [Primitive].", nameof(method));
            var parameters = method.GetParameters();
            _parameterTypes = parameters.Select(p => p.ParameterType).ToArray();
            _returnType = method.ReturnType;
            _arguments = CheckCount(arguments);
            if (GradientChecks.Find(method) is { IsPrimitive: true } descriptor)
            {
                _differentiable = descriptor.Parameters.Select(p => p.Differentiable).ToArray();
                _method = descriptor.Invoke;
                _pullback = descriptor.Pullback;
                _tangent = descriptor.Pushforward;
            }
            else
            {
                // Fallback for a primitive without a generated descriptor: its rules found by name and signature.
                _differentiable = parameters.Select(DifferentiableInputs.IsDifferentiable).ToArray();
                var type = method.DeclaringType!;
                var pullTypes = _parameterTypes.Append(method.ReturnType).Append(method.ReturnType)
                    .Concat(_parameterTypes.Where((_, i) => _differentiable[i]).Select(t => t.MakeByRefType())).ToArray();
                var tangentTypes = _parameterTypes.SelectMany((t, i) => _differentiable[i] ? new[] { t, t } : new[] { t })
                    .Append(method.ReturnType).ToArray();
                const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;
                var pullback = type.GetMethod(attribute.Pullback, flags, pullTypes)
                    ?? throw new InvalidOperationException($"{Name}: no pullback {attribute.Pullback}({string.Join(", ", pullTypes.Select(t => t.Name))}).");
                var tangent = type.GetMethod(attribute.Tangent, flags, tangentTypes)
                    ?? throw new InvalidOperationException($"{Name}: no tangent {attribute.Tangent}({string.Join(", ", tangentTypes.Select(t => t.Name))}).");
                _method = args => Invoke(method, args);
                _pullback = args => Invoke(pullback, args);
                _tangent = args => Invoke(tangent, args);
            }
            SingleComponents = DifferentiableInputs.SingleComponents(_parameterTypes, _differentiable, arguments);
            DeclaredSingle = DifferentiableInputs.DeclaredSingle(parameters, _differentiable, method.ReturnType);
        }

        private object?[] CheckCount(object?[] arguments)
        {
            ArgumentNullException.ThrowIfNull(arguments);
            if (arguments.Length != _parameterTypes.Length)
            {
                throw new ArgumentException($"{Name} takes {_parameterTypes.Length} argument(s); {arguments.Length} were given.", nameof(arguments));
            }
            return arguments;
        }

        /// <summary>The arguments the check was given.</summary>
        public object?[] Arguments0 => _arguments;

        public string Name { get; }

        /// <summary>Why the signature is single precision ("x is float"), or null.</summary>
        public string? DeclaredSingle { get; }

        /// <summary>Per component: whether it is a float.</summary>
        public bool[] SingleComponents { get; }

        /// <summary>Output cotangents as the pullback will see them (rounded to float for a float result).</summary>
        public double[] RoundSeed(double[] seed)
            => DifferentiableInputs.IsSingle(_returnType) ? seed.Select(s => (double)(float)s).ToArray() : seed;

        public double[] Flatten(object?[] values)
        {
            var x = new List<double>();
            for (var i = 0; i < _parameterTypes.Length; i++)
            {
                if (_differentiable[i]) x.AddRange(DifferentiableInputs.Flatten(values[i]));
            }
            return x.ToArray();
        }

        private object?[] Arguments(double[] x, bool zerosAsNull = false)
        {
            var result = new object?[_parameterTypes.Length];
            var k = 0;
            for (var i = 0; i < _parameterTypes.Length; i++)
            {
                if (!_differentiable[i])
                {
                    result[i] = _arguments[i];
                    continue;
                }
                var first = k;
                result[i] = DifferentiableInputs.Unflatten(_parameterTypes[i], _arguments[i], x, ref k);
                if (zerosAsNull && result[i] is Tensor && x.AsSpan(first, k - first).IndexOfAnyExcept(0.0) < 0) result[i] = null;
            }
            return result;
        }

        public double[] Output(double[] x) => DifferentiableInputs.Flatten(_method(Arguments(x))).ToArray();

        private object? Result(object?[] args) => _method(args);

        private object Shaped(object? like, double[] values) => like switch
        {
            Tensor t => Tensor.FromArray(values, t.Shape.ToArray()),
            float => (float)values[0],
            _ => values[0],
        };

        public double[] Pullback(double[] x, double[] seed, double[]? start)
        {
            var args = Arguments(x);
            var result = Result(args);
            var call = args.ToList();
            call.Add(result);
            call.Add(Shaped(result, seed));
            var first = call.Count;
            var adjoints = Arguments(start ?? new double[x.Length], zerosAsNull: start is null);
            for (var i = 0; i < _parameterTypes.Length; i++)
            {
                if (_differentiable[i]) call.Add(adjoints[i]);
            }
            var array = call.ToArray();
            _pullback(array);
            // A null tensor adjoint means zero: flatten it as zeros of its argument's length.
            var gradient = new List<double>();
            var k = first;
            for (var i = 0; i < _parameterTypes.Length; i++)
            {
                if (!_differentiable[i]) continue;
                var adjoint = array[k++];
                gradient.AddRange(adjoint is null ? new double[DifferentiableInputs.Count(_arguments[i])] : DifferentiableInputs.Flatten(adjoint));
            }
            return gradient.ToArray();
        }

        public double[] Tangent(double[] x, double[] v)
        {
            var args = Arguments(x);
            var tangents = Arguments(v);
            var call = new List<object?>();
            for (var i = 0; i < _parameterTypes.Length; i++)
            {
                call.Add(args[i]);
                if (_differentiable[i]) call.Add(tangents[i]);
            }
            var result = Result(args);
            call.Add(result);
            var tangent = _tangent(call.ToArray());
            return tangent is null ? new double[DifferentiableInputs.Flatten(result).Count()] : DifferentiableInputs.Flatten(tangent).ToArray();
        }
    }
}
