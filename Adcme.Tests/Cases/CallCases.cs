namespace Adcme.Tests.Cases
{
    /// <summary>Calls between [Differentiable] methods, across classes, with arrays, recursion and nesting.</summary>
    public static partial class CallCases
    {
        [Differentiable]
        public static double Square(double x) => x * x;

        [Differentiable]
        public static double UsesOtherClass(double x, double y) => Helpers.Inner.Scale(Square(x), y, 3) + Square(y);

        [Differentiable]
        public static double Norm(double[] v)
        {
            var s = 0.0;
            for (var i = 0; i < v.Length; i++) s += Square(v[i]);
            return Math.Sqrt(s);
        }

        [Differentiable]
        public static double CallsWithArrays(double[] v, double w)
        {
            var scaled = new double[v.Length];
            for (var i = 0; i < v.Length; i++) scaled[i] = v[i] * w;
            return Norm(scaled) + Norm(v) * w;
        }

        [Differentiable]
        public static double Recursive(double x, int depth) => depth == 0 ? Math.Sin(x) : x * Recursive(x * 0.5, depth - 1);

        [Differentiable]
        public static double CallInLoop(double x, int n)
        {
            var y = x;
            for (var i = 0; i < n; i++) y = Square(y) * 0.5 + Helpers.Inner.Scale(y, x, i);
            return y;
        }

        /// <summary>A local array is passed to a call, then changed: the callee's pullback must see it as it was.</summary>
        [Differentiable]
        public static double ArrayChangedAfterCall(double[] x)
        {
            var u = new double[x.Length];
            for (var i = 0; i < x.Length; i++) u[i] = x[i];
            var total = 0.0;
            for (var step = 0; step < 3; step++)
            {
                total += Norm(u) * (step + 1);
                for (var i = 0; i < u.Length; i++) u[i] = u[i] * 0.5 + Math.Sin(u[i]);
            }
            return total;
        }

        [Differentiable]
        public static float FloatCaller(float x) => (float)Square(x) + Helpers.Inner.Halve(x);
    }

    namespace Helpers
    {
        public static partial class Outer
        {
        }

        public static partial class Inner
        {
            [Differentiable]
            public static double Scale(double value, double factor, int power)
            {
                var p = 1.0;
                for (var i = 0; i < power; i++) p *= factor;
                return value * p;
            }

            [Differentiable]
            internal static float Halve(float x) => x * 0.5f;
        }
    }

    public partial class Container
    {
        public partial struct Nested
        {
            [Differentiable]
            public static double Inside(double x) => Math.Exp(-x * x);
        }
    }
}
