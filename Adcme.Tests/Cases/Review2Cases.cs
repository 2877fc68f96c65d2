namespace Adcme.Tests.Cases
{
    /// <summary>Primitives for the second review's probes (Review2Tests). Their static counters are used by
    /// Review2Tests alone (one class: its tests run one at a time).</summary>
    public static class Review2Prims
    {
        public static int Calls;
        public static int Pullbacks;
        public static int TensorCalls;
        public static int TensorPullbacks;
        public static int NullTensorSeeds;

        public static void Reset()
        {
            Calls = 0;
            Pullbacks = 0;
            TensorCalls = 0;
            TensorPullbacks = 0;
            NullTensorSeeds = 0;
        }

        /// <summary>The identity; counts its forward calls and its pullbacks (ordered: reversed once per call).</summary>
        [Primitive(nameof(Counted_Pullback), nameof(Counted_Tangent), Ordered = true)]
        public static double Counted(double x)
        {
            Calls++;
            return x;
        }

        public static void Counted_Pullback(double x, double result, double seed, ref double dX)
        {
            Pullbacks++;
            dX += seed;
        }

        public static double Counted_Tangent(double x, double dX, double result) => dX;

        /// <summary>1.5·x as a new tensor; ordered, counts calls and pullbacks (and null seeds, which must not come).</summary>
        [Primitive(nameof(CountedT_Pullback), nameof(CountedT_Tangent), Ordered = true)]
        public static Tensor CountedT(Tensor x)
        {
            TensorCalls++;
            return x * 1.5;
        }

        public static void CountedT_Pullback(Tensor x, Tensor result, Tensor seed, ref Tensor? dX)
        {
            TensorPullbacks++;
            if (seed is null) NullTensorSeeds++;
            else dX = Tensor.AddAdjoint(dX, seed * 1.5, x.Shape);
        }

        public static Tensor? CountedT_Tangent(Tensor x, Tensor? dX, Tensor result) => dX is null ? null : dX * 1.5;

        /// <summary>0.5·x² + x, elementwise (a user's pure tensor primitive: never fused).</summary>
        [Primitive(nameof(Twist_Pullback), nameof(Twist_Tangent))]
        public static Tensor Twist(Tensor x) => x * x * 0.5 + x;

        public static void Twist_Pullback(Tensor x, Tensor result, Tensor seed, ref Tensor? dX)
            => dX = Tensor.AddAdjoint(dX, seed * (x + 1.0), x.Shape);

        public static Tensor? Twist_Tangent(Tensor x, Tensor? dX, Tensor result) => dX is null ? null : dX * (x + 1.0);

        /// <summary>x ⊙ w, or 2x when there are no weights.</summary>
        [Primitive(nameof(MaybeScaled_Pullback), nameof(MaybeScaled_Tangent))]
        public static Tensor MaybeScaled(Tensor x, [NoDerivative] Tensor? w) => w is null ? x * 2.0 : x * w;

        public static void MaybeScaled_Pullback(Tensor x, Tensor? w, Tensor result, Tensor seed, ref Tensor? dX)
            => dX = Tensor.AddAdjoint(dX, w is null ? seed * 2.0 : seed * w, x.Shape);

        public static Tensor? MaybeScaled_Tangent(Tensor x, Tensor? dX, Tensor? w, Tensor result)
            => dX is null ? null : w is null ? dX * 2.0 : dX * w;
    }

    /// <summary>Second review's probes: the reverse core (__M_Gradient) against split mode (M_Record / M_Reverse,
    /// reached through a differentiable wrapper) and forward mode; calls about which nothing is active; the runtime's
    /// operator rules (unfused); nullable parameters; loop conditions.</summary>
    public static partial class Review2Cases
    {
        // ---------- A. the core against split mode ----------

        [Differentiable]
        public static double Mixed(double x, double y, int n)
        {
            double s = 0.0;
            for (int k = 0; k < n; k++)
            {
                if (s > 3.0) return s * x + y;
                if (k % 2 == 0)
                {
                    x = Math.Sin(x) + s * y;
                }
                else
                {
                    s += x * x;
                    continue;
                }
                y = y * x;
                s = s * 1.1 + Math.Exp(-y);
                if (k == 4) break;
            }
            return s + x * y;
        }

        [Differentiable]
        public static double MixedW(double x, double y, int n) => Mixed(x, y, n);

        [Differentiable]
        public static double Swaps(double[] a, int n)
        {
            var u = new double[a.Length];
            var v = new double[a.Length];
            for (int i = 0; i < a.Length; i++) u[i] = a[i];
            for (int t = 0; t < n; t++)
            {
                for (int i = 0; i < u.Length; i++)
                {
                    double left = i > 0 ? u[i - 1] : a[0];
                    v[i] = 0.5 * u[i] * u[i] + 0.3 * left;
                }
                var tmp = u;
                u = v;
                v = tmp;
                if (u[0] > 10.0) return u[0];
            }
            a = u;
            double s = 0.0;
            for (int i = 0; i < a.Length; i++) s += a[i] * v[i];
            return s;
        }

        [Differentiable]
        public static double SwapsW(double[] a, int n) => Swaps(a, n);

        [Differentiable]
        public static double TChain(Tensor x, double c, int n)
        {
            var y = Tensor.Exp(x * c) - x;
            for (int k = 0; k < n; k++)
            {
                y = Review2Prims.Twist(y) * x + Tensor.Sin(y) * c;
                if (Tensor.Sum(y) > 50.0) break;
            }
            var z = y * y;
            return Tensor.Sum(z) + Tensor.Sum(z * x) * 0.5;
        }

        [Differentiable]
        public static double TChainW(Tensor x, double c, int n) => TChain(x, c, n);

        [Differentiable]
        public static double OrderedLeaf(double x) => Review2Prims.Counted(x) * x;

        [Differentiable]
        public static double OrderedMix(double x, int n)
        {
            double s = Review2Prims.Counted(x);
            for (int k = 0; k < n; k++)
            {
                if (k == 2) continue;
                s = s * Review2Prims.Counted(x * k) + OrderedLeaf(s);
                if (s > 100.0) return s;
            }
            return s * x;
        }

        [Differentiable]
        public static double OrderedMixW(double x, int n) => OrderedMix(x, n);

        // ---------- B. calls about which nothing is active ----------

        [Differentiable]
        public static Tensor TMake(Tensor x) => Review2Prims.CountedT(x) * 2.0 + x;

        /// <summary>f = s²·Σ(4c) (the call's seed is null: c is [NoDerivative]).</summary>
        [Differentiable]
        public static double InactiveTensorCall(double s, [NoDerivative] Tensor c)
        {
            var t = TMake(c);
            return s * s * Tensor.Sum(t);
        }

        [Differentiable]
        public static double InactiveTensorCallW(double s, [NoDerivative] Tensor c) => InactiveTensorCall(s, c);

        /// <summary>f = Σx² (two calls whose tensor results nothing reads).</summary>
        [Differentiable]
        public static double UnusedTensorCall(Tensor x)
        {
            TMake(x);
            var t = TMake(x * 2.0);
            return Tensor.Sum(x * x);
        }

        [Differentiable]
        public static double UnusedTensorCallW(Tensor x) => UnusedTensorCall(x);

        [Differentiable]
        public static double ArrDot(double[] a, double x)
        {
            double s = 0.0;
            for (int i = 0; i < a.Length; i++) s += a[i] * a[i] * x;
            return s + Review2Prims.Counted(x);
        }

        /// <summary>f = x²·c + d, c = ArrDot([1..m], 2), d = ArrDot(w, 1.5): both calls inactive; the local is rebound to
        /// another size after its call.</summary>
        [Differentiable]
        public static double InactiveArrayCall(double x, [NoDerivative] double[] w, int m)
        {
            var local = new double[m];
            for (int i = 0; i < m; i++) local[i] = i + 1.0;
            double c = ArrDot(local, 2.0);
            local = new double[m + 3];
            local[0] = x;
            double d = ArrDot(w, 1.5);
            return x * x * c + d + local[0];
        }

        [Differentiable]
        public static double InactiveArrayCallW(double x, [NoDerivative] double[] w, int m) => InactiveArrayCall(x, w, m);

        [Differentiable]
        public static double Pick(int k, bool b) => b ? k * 2.0 : Review2Prims.Counted(1.0);

        /// <summary>f = x·Pick(k, k > 1) + Pick(k + 1, false).</summary>
        [Differentiable]
        public static double IntBoolCall(double x, int k) => x * Pick(k, k > 1) + Pick(k + 1, false);

        [Differentiable]
        public static double Deep3(double x) => Review2Prims.Counted(x) * x;

        [Differentiable]
        public static double Deep2(double x) => Deep3(x) + Deep3(2.0);

        [Differentiable]
        public static double Deep1(double x) => Deep2(x * 0.5) + Deep2(1.0);

        /// <summary>f = x² + Deep1(x) + [Deep1(3) ≤ 0], Deep1(x) = x²/4 + 4 + 1 + 4.</summary>
        [Differentiable]
        public static double DeepInactive(double x)
        {
            double k = Deep1(3.0);
            return x * x + Deep1(x) + (k > 0 ? 0.0 : 1.0);
        }

        [Differentiable]
        public static double DeepInactiveW(double x) => DeepInactive(x);

        /// <summary>R(x, 0) = x², R(x, n) = R(x, n−1)·(1 + R(0.5, n−1)) + x.</summary>
        [Differentiable]
        public static double Rec(double x, int n)
        {
            if (n <= 0) return Review2Prims.Counted(x) * x;
            double c = Rec(0.5, n - 1);
            return Rec(x, n - 1) * (1.0 + c) + x;
        }

        [Differentiable]
        public static double RecW(double x, int n) => Rec(x, n);

        // ---------- C. the runtime's operator rules, unfused (results in locals read twice) ----------

        [Differentiable]
        public static double OpTT(Tensor a, Tensor b, int op)
        {
            Tensor y;
            if (op == 0) y = a + b;
            else if (op == 1) y = a - b;
            else if (op == 2) y = a * b;
            else y = a / b;
            return Tensor.Sum(y * y) + Tensor.Sum(y);
        }

        [Differentiable]
        public static double OpTTW(Tensor a, Tensor b, int op) => OpTT(a, b, op);

        [Differentiable]
        public static double OpTConst(Tensor a, [NoDerivative] Tensor b, int op)
        {
            Tensor y;
            if (op == 0) y = a + b;
            else if (op == 1) y = a - b;
            else if (op == 2) y = a * b;
            else y = a / b;
            return Tensor.Sum(y * y) + Tensor.Sum(y);
        }

        [Differentiable]
        public static double OpConstT([NoDerivative] Tensor a, Tensor b, int op)
        {
            Tensor y;
            if (op == 0) y = a + b;
            else if (op == 1) y = a - b;
            else if (op == 2) y = a * b;
            else y = a / b;
            return Tensor.Sum(y * y) + Tensor.Sum(y);
        }

        [Differentiable]
        public static double OpTS(Tensor a, double s, int op)
        {
            Tensor y;
            if (op == 0) y = a + s;
            else if (op == 1) y = a - s;
            else if (op == 2) y = a * s;
            else if (op == 3) y = a / s;
            else if (op == 4) y = s + a;
            else if (op == 5) y = s - a;
            else if (op == 6) y = s * a;
            else if (op == 7) y = s / a;
            else y = -a;
            return Tensor.Sum(y * y) + Tensor.Sum(y * a);
        }

        [Differentiable]
        public static double OpTSW(Tensor a, double s, int op) => OpTS(a, s, op);

        /// <summary>Only the scalar is differentiated.</summary>
        [Differentiable]
        public static double OpConstS([NoDerivative] Tensor a, double s, int op)
        {
            Tensor y;
            if (op == 0) y = a + s;
            else if (op == 1) y = a - s;
            else if (op == 2) y = a * s;
            else if (op == 3) y = a / s;
            else if (op == 4) y = s + a;
            else if (op == 5) y = s - a;
            else if (op == 6) y = s * a;
            else y = s / a;
            return Tensor.Sum(y * y) + Tensor.Sum(y);
        }

        /// <summary>Only the tensor is differentiated.</summary>
        [Differentiable]
        public static double OpTConstS(Tensor a, [NoDerivative] double s, int op)
        {
            Tensor y;
            if (op == 0) y = a + s;
            else if (op == 1) y = a - s;
            else if (op == 2) y = a * s;
            else if (op == 3) y = a / s;
            else if (op == 4) y = s + a;
            else if (op == 5) y = s - a;
            else if (op == 6) y = s * a;
            else y = s / a;
            return Tensor.Sum(y * y) + Tensor.Sum(y);
        }

        /// <summary>The same tensor on both sides, unfused.</summary>
        [Differentiable]
        public static double SelfOps(Tensor x)
        {
            var p = x * x;
            var q = x / x;
            var r = x - x;
            var u = x + x;
            var m = -x;
            return Tensor.Sum(p * u) + Tensor.Sum(q * x) + Tensor.Sum(r * p) + Tensor.Sum(m * p);
        }

        [Differentiable]
        public static double SelfOpsW(Tensor x) => SelfOps(x);

        /// <summary>Results read by nothing (null seeds) or only on one branch.</summary>
        [Differentiable]
        public static double UnusedOps(Tensor a, Tensor b, bool use)
        {
            var y = a * b;
            var z = a - b;
            var w = a / b;
            var n = -a;
            double s = Tensor.Sum(a);
            if (use) s += Tensor.Sum(y * w);
            return s;
        }

        [Differentiable]
        public static Tensor AddT(Tensor a, Tensor b) => a + b;

        [Differentiable]
        public static Tensor SubT(Tensor a, Tensor b) => a - b;

        [Differentiable]
        public static Tensor PlusS(Tensor a, double s) => s + a;

        /// <summary>Σ(a + b): both gradients are all ones.</summary>
        [Differentiable]
        public static double SumAdd(Tensor a, Tensor b) => Tensor.Sum(a + b);

        // ---------- D. nullable parameters ----------

        [Differentiable]
        public static double NullableTensorParam(Tensor? t, double s) => Tensor.Sum(t! * t! * s);

        [Differentiable]
        public static double NullableTensorParamW(Tensor? t, double s) => NullableTensorParam(t, s);

        [Differentiable]
        public static double MaybeWeights(Tensor x, [NoDerivative] Tensor? w) => Tensor.Sum(Review2Prims.MaybeScaled(x, w) * x);

        [Differentiable]
        public static double MaybeWeightsW(Tensor x, [NoDerivative] Tensor? w) => MaybeWeights(x, w);

        [Differentiable]
        public static double NullableArray(double[]? v, double x)
        {
            double s = 0.0;
            for (int i = 0; i < v!.Length; i++) s += v[i] * v[i] * x;
            return s;
        }

        [Differentiable]
        public static double NullableArrayW(double[]? v, double x) => NullableArray(v, x);

        /// <summary>w is differentiable but unused.</summary>
        [Differentiable]
        public static double TakesMaybe(double x, double[]? w) => x * x;

        /// <summary>f = x² + x, with a null (or any) [NoDerivative] array handed to a differentiable parameter.</summary>
        [Differentiable]
        public static double NullArrayToCall(double x, [NoDerivative] double[]? w) => TakesMaybe(x, w) + x;

        // ---------- E. loop conditions ----------

        [Differentiable]
        public static double Sq2(double x) => Review2Prims.Counted(x) * x;

        [Differentiable]
        public static double CondCall(double x, int n)
        {
            double s = 0.0;
            int k = 0;
            while (k < n && Sq2(x + k) < 20.0)
            {
                s += Sq2(x) * k + x;
                k++;
            }
            return s;
        }

        [Differentiable]
        public static double CondCallW(double x, int n) => CondCall(x, n);

        [Differentiable]
        public static double CondArray(double[] a, double x)
        {
            double s = 0.0;
            int k = 0;
            while ((k < a.Length && a[k] * x > 0.1) || k == 0)
            {
                s += a[k] * a[k] * x;
                k++;
            }
            return s;
        }

        [Differentiable]
        public static double CondArrayW(double[] a, double x) => CondArray(a, x);

        /// <summary>f = x·n(n−1)/2 + x (more is false after the loop).</summary>
        [Differentiable]
        public static double CondAssign(double x, int n)
        {
            bool more = true;
            int k = 0;
            double s = 0.0;
            while (more = k < n)
            {
                s += x * k;
                k++;
            }
            if (more) s *= 2.0;
            return s + x;
        }

        [Differentiable]
        public static double CondAssignW(double x, int n) => CondAssign(x, n);

        [Differentiable]
        public static double CondFor(double x, int n)
        {
            double s = x;
            for (int k = 0; (k < n && s < 10.0) || k == 0; k++)
            {
                s = s * x + Math.Sin(s);
            }
            double t = s;
            do
            {
                t = t * 1.5 + x;
            }
            while (Sq2(t) < 4.0 && t > 0.0);
            return s + t;
        }

        [Differentiable]
        public static double CondForW(double x, int n) => CondFor(x, n);
        // ---------- F. parameter names that generated code also uses ----------

        [Differentiable]
        public static double ClashingNames(double seed, double tape, int value)
        {
            double count = seed;
            for (int iteration = 0; iteration < value; iteration++) count = count * tape + Math.Sin(count);
            return count;
        }

        [Differentiable]
        public static double ClashingNamesW(double seed, double tape, int value) => ClashingNames(seed, tape, value);
    }
}
