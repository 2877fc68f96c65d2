namespace Adcme.Tests.Cases
{
    /// <summary>Primitives for the review probes of split-mode reverse (ReviewTests). Their static logs are used by
    /// ReviewTests alone (one class: its tests run one at a time).</summary>
    public static class ReviewPrims
    {
        /// <summary>How many times <see cref="Drift"/> ran; its k-th call (from 0) scales by 1 + k/4.</summary>
        public static int DriftCalls;

        public static int DriftPullbacks;

        /// <summary>The factors <see cref="Drift"/> used, pushed forward, popped by its pullback (exact reverse order).</summary>
        public static readonly Stack<double> DriftFactors = new();

        public static double LastDriftFactor = 1.0;

        public static int CountedCalls;

        public static int CountedPullbacks;

        public static void Reset()
        {
            DriftCalls = 0;
            DriftPullbacks = 0;
            DriftFactors.Clear();
            LastDriftFactor = 1.0;
            CountedCalls = 0;
            CountedPullbacks = 0;
        }

        /// <summary>x·(1 + k/4) at its k-th call: hidden state, like a random stream.</summary>
        [Primitive(nameof(Drift_Pullback), nameof(Drift_Tangent), Ordered = true)]
        public static double Drift(double x)
        {
            var factor = 1.0 + 0.25 * DriftCalls++;
            DriftFactors.Push(factor);
            LastDriftFactor = factor;
            return x * factor;
        }

        public static void Drift_Pullback(double x, double result, double seed, ref double dX)
        {
            DriftPullbacks++;
            var factor = DriftFactors.Count > 0 ? DriftFactors.Pop() : double.NaN;
            dX += seed * factor;
        }

        public static double Drift_Tangent(double x, double dX, double result) => dX * LastDriftFactor;

        /// <summary>The identity; counts its forward calls and its pullbacks.</summary>
        [Primitive(nameof(Counted_Pullback), nameof(Counted_Tangent), Ordered = true)]
        public static double Counted(double x)
        {
            CountedCalls++;
            return x;
        }

        public static void Counted_Pullback(double x, double result, double seed, ref double dX)
        {
            CountedPullbacks++;
            dX += seed;
        }

        public static double Counted_Tangent(double x, double dX, double result) => dX;

        /// <summary>Σ wᵢ·xᵢ², with a null table meaning all ones (an optional table).</summary>
        [Primitive(nameof(Weighted_Pullback), nameof(Weighted_Tangent))]
        public static double Weighted(double[] x, [NoDerivative] double[]? w)
        {
            var s = 0.0;
            for (var i = 0; i < x.Length; i++) s += (w is null ? 1.0 : w[i]) * x[i] * x[i];
            return s;
        }

        public static void Weighted_Pullback(double[] x, double[]? w, double result, double seed, ref double[] dX)
        {
            for (var i = 0; i < x.Length; i++) dX[i] += 2 * seed * (w is null ? 1.0 : w[i]) * x[i];
        }

        public static double Weighted_Tangent(double[] x, double[] dX, double[]? w, double result)
        {
            if (dX is null) return 0.0;
            var t = 0.0;
            for (var i = 0; i < x.Length; i++) t += 2 * (w is null ? 1.0 : w[i]) * x[i] * dX[i];
            return t;
        }

        /// <summary>c₀ + c₁x + c₂x², with the coefficients in an object the generator cannot see into.</summary>
        [Primitive(nameof(Poly_Pullback), nameof(Poly_Tangent))]
        public static double Poly(double x, [NoDerivative] Coeffs c) => c.C0 + c.C1 * x + c.C2 * x * x;

        public static void Poly_Pullback(double x, Coeffs c, double result, double seed, ref double dX) => dX += seed * (c.C1 + 2 * c.C2 * x);

        public static double Poly_Tangent(double x, double dX, Coeffs c, double result) => dX * (c.C1 + 2 * c.C2 * x);

        /// <summary>A ticket counter: an ordered primitive whose result is an int (no derivative flows out of it);
        /// its pullback must still run once per call (it counts them).</summary>
        public static int Tickets;

        public static int TicketPullbacks;

        [Primitive(nameof(Ticket_Pullback), nameof(Ticket_Tangent), Ordered = true)]
        public static int Ticket(double x) => Tickets++;

        public static void Ticket_Pullback(double x, int result, int seed, ref double dX) => TicketPullbacks++;

        public static int Ticket_Tangent(double x, double dX, int result) => 0;
    }

    /// <summary>An opaque [NoDerivative] argument.</summary>
    public sealed class Coeffs
    {
        public double C0 = 1.0, C1 = 2.0, C2 = 3.0;
    }

    /// <summary>Review probes of split-mode reverse (M_Record / M_Reverse on one tape). Comments give values and
    /// gradients by hand where they are short.</summary>
    public static partial class ReviewCases
    {
        // ---------- helpers ----------

        [Differentiable]
        public static double Sq(double x) => x * x;

        [Differentiable]
        public static double Cube(double x) => x * x * x;

        [Differentiable]
        public static double ArrSumSq(double[] v)
        {
            var s = 0.0;
            for (var i = 0; i < v.Length; i++) s += v[i] * v[i];
            return s;
        }

        /// <summary>Σ aᵢbᵢ + a₀b₁ (two array parameters; the caller may pass one array twice).</summary>
        [Differentiable]
        public static double Pair(double[] a, double[] b)
        {
            var s = a[0] * b[1];
            for (var i = 0; i < a.Length; i++) s += a[i] * b[i];
            return s;
        }

        /// <summary>A callee holding an ordered primitive with hidden state.</summary>
        [Differentiable]
        public static double DriftLeaf(double x) => ReviewPrims.Drift(x);

        [Differentiable]
        public static double CountedLeaf(double x) => ReviewPrims.Counted(x) * x;

        // ---------- 1. ordered primitives inside callees whose call is inactive ----------

        /// <summary>y = Drift(x) (factor 1), then DriftLeaf(x) (factor 1.25) whose result is unused: f = x², f' = 2x.
        /// The second Drift's pullback must run too (ordered: once per forward call), else the first pullback pops
        /// the second's factor.</summary>
        [Differentiable]
        public static double InactiveCallDrift(double x)
        {
            var y = ReviewPrims.Drift(x);
            var unused = DriftLeaf(x);
            return y * y;
        }

        /// <summary>Same, as a statement call and a discard: f = x², f' = 2x.</summary>
        [Differentiable]
        public static double StatementCallDrift(double x)
        {
            var y = ReviewPrims.Drift(x);
            DriftLeaf(x);
            _ = DriftLeaf(x);
            return y * y;
        }

        /// <summary>A callee called with a constant (not varied) whose result is used: f = x² + 0·2.5, f' = 2x.</summary>
        [Differentiable]
        public static double ConstantCallDrift(double x)
        {
            var y = ReviewPrims.Drift(x);
            var c = DriftLeaf(2.0);
            return y * y + c * 0.0;
        }

        /// <summary>The callee in a loop condition: k counts up to n while DriftLeaf(x) &gt; -1 (always true for x &gt; 0).
        /// f = x² (y = Drift(x) ran first), f' = 2x.</summary>
        [Differentiable]
        public static double CallInConditionDrift(double x, int n)
        {
            var y = ReviewPrims.Drift(x);
            var k = 0;
            while (k < n && DriftLeaf(x) > -1.0) k++;
            return y * y;
        }

        /// <summary>Control: the same with the ordered primitive called directly (it is reversed with a zero seed).</summary>
        [Differentiable]
        public static double DirectUnusedDrift(double x)
        {
            var y = ReviewPrims.Drift(x);
            var unused = ReviewPrims.Drift(x);
            return y * y;
        }

        // ---------- 2. a null [NoDerivative] array given to a primitive ----------

        /// <summary>w = null means ones: f = Σxᵢ², ∇f = 2x.</summary>
        [Differentiable]
        public static double NullTable(double[] x, [NoDerivative] double[]? w) => ReviewPrims.Weighted(x, w);

        /// <summary>The same through a local alias of the table (a copy at the call).</summary>
        [Differentiable]
        public static double NullTableAlias(double[] x, [NoDerivative] double[]? w)
        {
            var table = w;
            return ReviewPrims.Weighted(x, table);
        }

        // ---------- 4. code that did not compile ----------

        /// <summary>An ordered primitive with an int result: f = x²·(k + 1) with k the ticket (0 on a fresh count).</summary>
        [Differentiable]
        public static double UsesTicket(double x)
        {
            var k = ReviewPrims.Ticket(x);
            return x * x * (k + 1);
        }

        /// <summary>A null literal for a [NoDerivative] double[] argument (all weights 1): f = Σxᵢ², ∇f = 2x.</summary>
        [Differentiable]
        public static double NullLiteralTable(double[] x) => ReviewPrims.Weighted(x, null);

        /// <summary>A local array declared null, then given an array: f = Σ(xᵢ)² through t, ∇f = 2x.</summary>
        [Differentiable]
        public static double NullLocalArray(double[] x)
        {
            double[]? t = null;
            t = new double[x.Length];
            for (var i = 0; i < x.Length; i++) t[i] = x[i];
            var s = 0.0;
            for (var i = 0; i < t.Length; i++) s += t[i] * t[i];
            return s;
        }

        // ---------- guards (expected to pass) ----------

        /// <summary>A parameter reassigned in a loop from calls that read it.</summary>
        [Differentiable]
        public static double ParamReassignedCall(double x, int n)
        {
            for (var i = 0; i < n; i++) x = Sq(x) * 0.5 + Math.Sin(x);
            return x * x;
        }

        /// <summary>A parameter read by a rule, then overwritten with a constant.</summary>
        [Differentiable]
        public static double ReassignedAfterUse(double x)
        {
            var y = Math.Sin(x) * x;
            x = 3.0;
            return y + x * y;
        }

        /// <summary>An array parameter rebound to fresh local arrays (which are written after rebinding), passed to a
        /// primitive and a callee at each step.</summary>
        [Differentiable]
        public static double ParamArrayRebound(double[] a, int n)
        {
            var s = 0.0;
            for (var k = 0; k < n; k++)
            {
                s += ArrayPrimitives.SumSq(a) + ArrSumSq(a) * 0.5;
                var next = new double[a.Length];
                for (var i = 0; i < a.Length; i++) next[i] = Math.Sin(a[i]) + a[i];
                a = next;
                next[0] = next[0] * 2.0;
            }
            return s + ArrayPrimitives.SumSq(a);
        }

        /// <summary>One array passed twice to a primitive and to a callee, then changed, then passed again.</summary>
        [Differentiable]
        public static double SameArrayTwice(double x)
        {
            var u = new double[2];
            u[0] = x;
            u[1] = x * x;
            var s = ArrayPrimitives.Dot(u, u);
            s += Pair(u, u);
            u[0] = 3 * x;
            u[1] = Math.Sin(x);
            s += ArrayPrimitives.Dot(u, u) * 0.5 + Pair(u, u);
            return s;
        }

        /// <summary>A parameter array and its alias given to one primitive; local aliases too.</summary>
        [Differentiable]
        public static double PrimitiveAliases(double[] a)
        {
            var b = a;
            var s = ArrayPrimitives.Dot(a, b);
            var c = new double[a.Length];
            var d = c;
            for (var i = 0; i < a.Length; i++) c[i] = a[i] * a[i];
            s += ArrayPrimitives.Dot(c, d) + Pair(c, d);
            d[0] = a[0];
            s += ArrayPrimitives.Dot(d, c);
            return s;
        }

        /// <summary>?: with calls in both arms, break, return and continue in a loop with calls.</summary>
        [Differentiable]
        public static double ConditionalCallsLoop(double x, int n)
        {
            var y = x;
            for (var i = 0; i < n; i++)
            {
                y = i % 2 == 0 ? Sq(y) * 0.5 + y : Math.Sin(Sq(y)) + Cube(y) * 0.1;
                if (y > 50) break;
                if (i == 4) return y * 3;
                if (i % 3 == 1) continue;
                y = y + Sq(x) * 0.01;
            }
            return y * y;
        }

        /// <summary>Calls in a loop condition (inactive there) and in the body.</summary>
        [Differentiable]
        public static double CallInLoopCondition(double x, int n)
        {
            var k = 0;
            var s = 0.0;
            while (k < n && Sq(x) * k < 5.0)
            {
                s += Sq(x + k);
                k++;
            }
            return s;
        }

        /// <summary>Discarded calls of pure callees: f = x² + x.</summary>
        [Differentiable]
        public static double DiscardedCalls(double x)
        {
            _ = Sq(x);
            Sq(x);
            var unused = Cube(x);
            return Sq(x) + x;
        }

        /// <summary>Recursion with an array and a primitive.</summary>
        [Differentiable]
        public static double RecursiveArray(double[] a, int n)
            => n == 0 ? ArrayPrimitives.SumSq(a) : Math.Sin(RecursiveArray(a, n - 1)) + a[0] * a[1] * RecursiveArray(a, n - 1);

        [Differentiable]
        public static double Over(double x) => x * x;

        [Differentiable]
        public static double Over(double x, double y) => x * y + y;

        [Differentiable]
        public static float Over(float x) => x * x * x;

        /// <summary>Overloads: x² + (xy + y) + (float)x³.</summary>
        [Differentiable]
        public static double UsesOverloads(double x, double y) => Over(x) + Over(x, y) + Over((float)x);

        [Differentiable]
        private static double PrivSq(double x) => x * x;

        /// <summary>A private callee, and a nested private class that calls its outer class's private method.</summary>
        [Differentiable]
        public static double UsesPrivate(double x) => PrivSq(x) + Nest.Inner(x);

        private static partial class Nest
        {
            [Differentiable]
            internal static double Inner(double x) => PrivSq(x) * x;
        }

        /// <summary>A float method calling a double callee (implicit float → double) and a float callee.</summary>
        [Differentiable]
        public static float FloatImplicit(float x)
        {
            double d = Sq(x);
            return (float)d + Over(x) * 0.5f;
        }

        /// <summary>A pure primitive whose seed is zero at run time but whose array argument was copied (it changes).</summary>
        [Differentiable]
        public static double ZeroSeedCopies(double x, int n, bool use)
        {
            var u = new double[2];
            u[0] = x;
            u[1] = 1.0;
            var s = 0.0;
            for (var k = 0; k < n; k++)
            {
                var q = ArrayPrimitives.SumSq(u);
                if (use) s += q;
                u[0] = u[0] + x;
            }
            return s + x * x;
        }

        /// <summary>Loop-invariant values recomputed in a loop (stable), read by rules.</summary>
        [Differentiable]
        public static double InvariantInLoop(double x, double y, int n)
        {
            var s = 0.1;
            for (var i = 0; i < n; i++)
            {
                var k = x * y;
                var m = Math.Exp(k);
                s = s * 0.5 + m * Math.Sin(s + k);
            }
            return s;
        }

        /// <summary>An ordered primitive in a loop condition (reversed with a zero seed there) and in the body:
        /// f = n·x², f' = 2nx; Counted runs 2n + 1 times.</summary>
        [Differentiable]
        public static double OrderedInCondition(double x, int n)
        {
            var k = 0;
            var s = 0.0;
            while (ReviewPrims.Counted(x) * 0.0 + k < n)
            {
                s += ReviewPrims.Counted(x) * x;
                k++;
            }
            return s;
        }

        /// <summary>A callee with an ordered primitive, called in a loop with break and continue.</summary>
        [Differentiable]
        public static double OrderedCalleeLoop(double x, int n)
        {
            var s = 0.0;
            for (var i = 0; i < n; i++)
            {
                if (i == 1) continue;
                s += CountedLeaf(x) * (i + 1);
                if (s > 100) break;
            }
            return s;
        }

        [Differentiable]
        public static Tensor TScale(Tensor x) => x * 2.0 + Tensor.Sin(x);

        [Differentiable]
        public static Tensor TId(Tensor t) => t;

        [Differentiable]
        public static Tensor TPair(Tensor a, Tensor b) => a * b + a;

        /// <summary>A fused chain around a tensor call.</summary>
        [Differentiable]
        public static double FusedNextToCall(Tensor x)
        {
            var y = Tensor.Exp(x) * TScale(x) + x;
            return Tensor.Sum(y * y);
        }

        /// <summary>Tensor calls whose seeds are null at run time (use = false), the same tensor passed twice, identity.</summary>
        [Differentiable]
        public static double TensorNullSeeds(Tensor x, bool use)
        {
            var u = TScale(x);
            var v = TId(x);
            var w = TPair(x, x);
            var s = 0.0;
            if (use) s = Tensor.Sum(u) + Tensor.Sum(v) + Tensor.Sum(w);
            return s + Tensor.Sum(x * x);
        }

        /// <summary>A do-while loop with calls in its body.</summary>
        [Differentiable]
        public static double DoWhileCalls(double x, int n)
        {
            var y = x;
            var k = 0;
            do
            {
                y = Sq(y) * 0.9 + Math.Sin(y);
                k++;
            }
            while (k < n && y < 10);
            return y;
        }

        [Differentiable]
        public static double OpaqueCallee(double x, [NoDerivative] Coeffs c) => ReviewPrims.Poly(x * x, c);

        /// <summary>An opaque parameter passed along to a primitive and to a callee: f = P(x) + P(x²) with P = 1 + 2t + 3t².</summary>
        [Differentiable]
        public static double UsesOpaque(double x, [NoDerivative] Coeffs c) => ReviewPrims.Poly(x, c) + OpaqueCallee(x, c);

        /// <summary>A call in a for loop's increments.</summary>
        [Differentiable]
        public static double ForIncrementCall(double x, int n)
        {
            var y = x;
            var s = 0.0;
            for (var i = 0; i < n; i++, y = Sq(y) * 0.5 + x) s += Math.Sin(y);
            return s + y;
        }

        /// <summary>An argument that reassigns a parameter read by an earlier argument and after the call:
        /// Over(x, x = x²) + x = x·x² + x² + x² = x³ + 2x², f' = 3x² + 4x.</summary>
        [Differentiable]
        public static double ArgumentOrder(double x) => Over(x, x = Sq(x)) + x;

        /// <summary>A call returned from inside a loop (the call writes the result variable directly).</summary>
        [Differentiable]
        public static double ReturnCallInLoop(double x, int n)
        {
            var y = x;
            for (var i = 0; i < n; i++)
            {
                y = Sq(y) * 0.5 + x;
                if (y > 1) return Sq(y);
            }
            return Cube(y);
        }

        /// <summary>A tensor-valued method returning calls from inside a loop and after it.</summary>
        [Differentiable]
        public static Tensor TReturnInLoop(Tensor x, int n)
        {
            var t = x;
            for (var i = 0; i < n; i++)
            {
                t = TScale(t);
                if (i == 1) return TId(t);
            }
            return TPair(t, x);
        }

        [Differentiable]
        public static double UsesTReturn(Tensor x, int n) => Tensor.Sum(TReturnInLoop(x, n) * x);

        /// <summary>A tensor parameter reassigned in a loop.</summary>
        [Differentiable]
        public static double TensorParamReassigned(Tensor t, int n)
        {
            for (var i = 0; i < n; i++) t = Tensor.Exp(t * 0.1) + t;
            return Tensor.Sum(t * t);
        }
    }
}
