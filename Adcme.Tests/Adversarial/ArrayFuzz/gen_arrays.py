# Writes Adcme.Tests/Adversarial/ArrayFuzz/ArrayFuzzCases.cs: random [Differentiable] programs over double[] arrays
# and scalars, signature  double A<N>(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps).
# Usage: python3 gen_arrays.py 1 60 > ArrayFuzzCases.cs   (the committed file is seed 1, 60 programs)
#
# Every program may use the "plain" constructs (local arrays filled in loops from p, s and table, differentiable
# scalar helpers taking arrays, loops with a run-time trip count, branches). On top, each program draws one or two
# "risky" features (issue 11), named in a comment above it, so that a failure points at its class:
#   rebind      fresh arrays bound to an array variable after it was passed to a call (u = next; u = new double[n])
#   swap        two-buffer swaps (var t = u; u = v; v = t;)
#   primitive   [Primitive]s taking double[] (a [NoDerivative] table refilled every step; arrays written afterwards)
#   tensorcall  tensor-valued differentiable calls taking double[], some of whose results reach nothing
#               (multiplied by 0.0, used in a branch not taken, assigned to a variable overwritten)
#   paramalias  a local alias of the parameter array (q = p) and the parameter variable rebound (p = u)
#   tensorloop  a tensor-valued call's result variable reassigned in a loop (t = TScale(u, t))
#   ndpair      two [NoDerivative] arrays of different lengths passed to one differentiable call or primitive
#   ordered     an Ordered primitive with hidden state (loop-invariant arguments; inside a callee, also one whose
#               result reaches nothing or about which nothing is active)
# Programs A0–A7 draw exactly one feature each, in the order above; A8, A9 and a few others draw none (controls).
import random, sys

seed = int(sys.argv[1]); count = int(sys.argv[2])
rnd = random.Random(seed)
RISKY = ['rebind', 'swap', 'primitive', 'tensorcall', 'paramalias', 'tensorloop', 'ndpair', 'ordered']


class Program:
    def __init__(self, features):
        self.features = features
        self.lines = []
        self.fresh = 0
        self.arrays = ['u', 'v']           # local arrays that may be written
        self.loops = 0                     # loops around the statement being written
        self.readable = ['u', 'v', 'p']    # arrays that may be read (q added when aliased)

    def name(self, stem):
        self.fresh += 1
        return f"{stem}{self.fresh}"

    def emit(self, indent, text):
        self.lines.append('    ' * indent + text)

    # ---------- expressions ----------

    def elem(self, i='i'):
        a = rnd.choice(self.readable)
        return f"{a}[{i}]"

    def fill_expr(self):
        k = rnd.randrange(6)
        if k == 0: return f"0.6 * {self.elem()} + 0.4 * Math.Sin({self.elem()} * s)"
        if k == 1: return f"Math.Tanh({self.elem()} + s * table[i % table.Length])"
        if k == 2: return f"0.5 * {self.elem()} + 0.3 * {self.elem()} * s + 0.1 * table[i % table.Length]"
        if k == 3: return f"Math.Sin({self.elem()}) * 0.8 + 0.2 * p[i]"
        if k == 4: return f"0.7 * {self.elem()} * Math.Cos(0.3 * {self.elem()})"
        return f"{self.elem()} * 0.9 + 0.05 * (i + 1) * s"

    def weight(self):
        return rnd.choice(['1.0', '0.5', '0.3', '-0.4'])

    # ---------- statements ----------

    def fill(self, indent):
        target = rnd.choice(self.arrays)
        self.emit(indent, f"for (var i = 0; i < n; i++) {target}[i] = {self.fill_expr()};")

    def scalar_call(self, indent):
        a = rnd.choice(self.readable)
        self.emit(indent, f"acc += H1({a}, s) * {self.weight()};")

    def rebind(self, indent):
        target = rnd.choice(self.arrays)
        if rnd.random() < 0.7:
            self.emit(indent, f"acc += H1({target}, s) * {self.weight()};")
        if rnd.random() < 0.5:
            nxt = self.name('next')
            self.emit(indent, f"var {nxt} = new double[n];")
            self.emit(indent, f"for (var i = 0; i < n; i++) {nxt}[i] = 0.8 * {target}[i] + 0.2 * Math.Sin({self.elem()});")
            self.emit(indent, f"{target} = {nxt};")
        else:
            keep = self.name('old')
            self.emit(indent, f"var {keep} = {target};")
            self.emit(indent, f"{target} = new double[n];")
            self.emit(indent, f"for (var i = 0; i < n; i++) {target}[i] = 0.9 * {keep}[i] + 0.1 * s;")

    def swap(self, indent):
        if rnd.random() < 0.7:
            self.emit(indent, f"acc += H1(u, s) * {self.weight()};")
            self.emit(indent, "for (var i = 0; i < n; i++) v[i] = 0.5 * u[i] + 0.3 * Math.Sin(v[i] * s);")
        t = self.name('swap')
        self.emit(indent, f"var {t} = u;")
        self.emit(indent, "u = v;")
        self.emit(indent, f"v = {t};")

    def refill(self, indent, factor):
        self.emit(indent, f"for (var i = 0; i < coef.Length; i++) coef[i] = table[i] * {factor} + i;")

    def primitive(self, indent):
        k = rnd.randrange(3)
        a = rnd.choice(self.readable)
        if k == 0:
            # the table is refilled after the primitive read it
            self.emit(indent, f"acc += ArrayFuzzPrimitives.WSin({a}, coef) * {self.weight()};")
            self.refill(indent, rnd.choice(['0.5', '-0.3', '0.8']))
        elif k == 1:
            # the array is written after the primitive read it
            target = rnd.choice(self.arrays)
            self.emit(indent, f"acc += ArrayFuzzPrimitives.Dot({target}, {rnd.choice(self.readable)}) * 0.2;")
            self.emit(indent, f"for (var i = 0; i < n; i++) {target}[i] = {self.fill_expr()};")
        else:
            j = self.name('j')
            self.emit(indent, f"for (var {j} = 0; {j} < steps; {j}++)")
            self.emit(indent, "{")
            self.refill(indent + 1, f"({j} + 1)")
            self.emit(indent + 1, f"acc += ArrayFuzzPrimitives.WSin({a}, coef) * {self.weight()};")
            self.emit(indent, "}")

    def tensorcall(self, indent):
        a = rnd.choice(self.arrays)
        # a result variable reassigned inside a loop is the tensorloop feature: outside loops only here
        k = rnd.randrange(4 if self.loops == 0 else 3)
        if k > 0 and rnd.random() < 0.6:
            # a call whose result is used, then the array changes, then a call whose result reaches nothing
            self.emit(indent, f"acc += Tensor.Sum(TH({a}, c, s)) * {self.weight()};")
            self.emit(indent, f"for (var i = 0; i < n; i++) {a}[i] = {self.fill_expr()};")
        if k == 0:
            self.emit(indent, f"acc += Tensor.Sum(TH({a}, c, s)) * {self.weight()};")
        elif k == 1:
            self.emit(indent, f"acc += 0.0 * Tensor.Sum(TH({a}, c, s));")
        elif k == 2:
            t = self.name('unused')
            self.emit(indent, f"var {t} = TH({a}, c, s);")
            self.emit(indent, f"if (s > 5.0) acc += Tensor.Sum({t});")
        else:
            t = self.name('lost')
            self.emit(indent, f"var {t} = TH({a}, c, s);")
            self.emit(indent, f"{t} = c * s;")
            self.emit(indent, f"acc += Tensor.Sum({t}) * 0.1;")

    def paramalias(self, indent):
        k = rnd.randrange(3)
        target = rnd.choice(self.arrays)
        if k == 0:
            self.emit(indent, f"q = {rnd.choice(['u', 'v', 'p'])};")
            self.emit(indent, f"acc += H1(q, s) * {self.weight()};")
        elif k == 1:
            # the parameter variable itself now names a local array, which is written after the call
            self.emit(indent, f"p = {target};")
            self.emit(indent, f"acc += H1(p, s) * {self.weight()};")
            self.emit(indent, f"for (var i = 0; i < n; i++) {target}[i] = {self.fill_expr()};")
        else:
            self.emit(indent, f"acc += H1(q, s) * {self.weight()};")

    def tensorloop(self, indent):
        a = rnd.choice(self.arrays)
        t = self.name('tt')
        k = self.name('j')
        self.emit(indent, f"var {t} = c;")
        self.emit(indent, f"for (var {k} = 0; {k} < steps; {k}++) {t} = TScale({a}, {t});")
        self.emit(indent, f"acc += Tensor.Sum({t}) * 0.2;")

    def ndpair(self, indent):
        a = rnd.choice(self.readable)
        pair = rnd.choice([('coef', 'table'), ('table', 'coef')])
        if rnd.random() < 0.6:
            self.emit(indent, f"acc += Mix({a}, {pair[0]}, {pair[1]}) * 0.1;")
        else:
            self.emit(indent, f"acc += ArrayFuzzPrimitives.Tables({a}, {pair[0]}, {pair[1]}) * 0.1;")

    def ordered(self, indent):
        k = rnd.randrange(5)
        if k == 0:
            d = self.name('drift')
            self.emit(indent, f"var {d} = ArrayFuzzPrimitives.Drift(s);")
            self.emit(indent, f"acc += {d} * {d} * 0.2;")
        elif k == 1:
            self.emit(indent, f"acc += Math.Sin(ArrayFuzzPrimitives.Drift({self.elem('0')})) * 0.5;")
        elif k == 2:
            self.emit(indent, f"acc += HD({rnd.choice(self.readable)}, s) * 0.3;")
        elif k == 3:
            # A call whose result reaches nothing: its ordered primitive's pullback must still run.
            self.emit(indent, f"var {self.name('unused')} = HD({rnd.choice(self.readable)}, s);")
        else:
            # A call about which nothing is active (constant and [NoDerivative] arguments).
            self.emit(indent, "_ = HD(table, 0.5);")

    def block(self, indent, depth):
        for _ in range(rnd.randrange(3, 6)):
            r = rnd.random()
            if r < 0.18 and depth < 2:
                k = f"k{depth}"
                self.emit(indent, f"for (var {k} = 0; {k} < steps; {k}++)")
                self.emit(indent, "{")
                self.loops += 1
                # calls and then writes inside a time loop: the patterns of issue 11
                self.statement(indent + 1, call_first=True)
                self.block(indent + 1, depth + 1)
                self.loops -= 1
                self.emit(indent, "}")
            elif r < 0.26 and depth < 2:
                self.emit(indent, f"if ({rnd.choice(['s > 0.5', 's < 0.0', 'acc > 100.0', 'u[0] > v[0]'])})")
                self.emit(indent, "{")
                self.block(indent + 1, depth + 1)
                self.emit(indent, "}")
                if rnd.random() < 0.5:
                    self.emit(indent, "else")
                    self.emit(indent, "{")
                    self.block(indent + 1, depth + 1)
                    self.emit(indent, "}")
            else:
                self.statement(indent)

    def statement(self, indent, call_first=False):
        plain = [self.fill, self.fill, self.scalar_call]
        risky = [getattr(self, f) for f in self.features]
        if call_first:
            options = [self.scalar_call] + [getattr(self, f) for f in self.features if f in ('primitive', 'tensorcall', 'ndpair', 'ordered', 'tensorloop')]
            rnd.choice(options)(indent)
            return
        (rnd.choice(risky) if risky and rnd.random() < 0.6 else rnd.choice(plain))(indent)

    def write(self, index):
        self.emit(2, "var n = p.Length;")
        self.emit(2, "var acc = 0.0;")
        self.emit(2, "var u = new double[n];")
        self.emit(2, "var v = new double[n];")
        self.emit(2, "for (var i = 0; i < n; i++) u[i] = p[i] * s;")
        self.emit(2, "for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];")
        if any(f in self.features for f in ('primitive', 'ndpair')):
            self.emit(2, "var coef = new double[3];")
            self.emit(2, "for (var i = 0; i < coef.Length; i++) coef[i] = table[i] + 0.5 * i;")
        if 'paramalias' in self.features:
            self.emit(2, "var q = p;")
            self.readable.append('q')
        self.block(2, 0)
        tail = "acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05"
        if 'paramalias' in self.features: tail += " + q[i] * 0.02"
        self.emit(2, f"for (var i = 0; i < n; i++) {tail};")
        self.emit(2, "return acc;")


print("// Written by gen_arrays.py " + " ".join(sys.argv[1:]) + ": do not edit; change the script and run it again.")
print("namespace Adcme.Tests.Adversarial.ArrayFuzz;\n")
print("public static partial class ArrayFuzzCases\n{")
print("""    [Differentiable]
    public static double H1(double[] v, double s)
    {
        var r = 0.0;
        for (var i = 0; i < v.Length; i++) r += Math.Tanh(v[i] * s + 0.1 * i) * v[i];
        return r * 0.3;
    }

    [Differentiable]
    public static double Mix(double[] x, double[] a, double[] b)
    {
        var r = 0.0;
        for (var i = 0; i < a.Length; i++) r += a[i] * Math.Sin(x[i % x.Length]);
        for (var i = 0; i < b.Length; i++) r += b[i] * x[i % x.Length] * 0.5;
        return r;
    }

    [Differentiable]
    public static double HD(double[] v, double s) => ArrayFuzzPrimitives.Drift(v[0] * s) * 0.5 + H1(v, s);

    [Differentiable]
    public static Tensor TH(double[] v, Tensor c, double s) => c * (v[0] * s) + Tensor.Tanh(c * v[v.Length - 1]);

    [Differentiable]
    public static Tensor TScale(double[] v, Tensor x) => Tensor.Tanh(x * (0.5 + 0.1 * v[0])) + x * 0.3;
""")
for m in range(count):
    r = rnd.random()
    if m < len(RISKY): features = [RISKY[m]]          # each feature alone once: a failure there names its class
    elif m < len(RISKY) + 2: features = []             # two controls
    else: features = [] if r < 0.1 else rnd.sample(RISKY, 1 if r < 0.55 else 2)
    program = Program(features)
    program.write(m)
    print(f"    // features: {', '.join(features) if features else 'none (control)'}")
    print(f"    [Differentiable]\n    public static double A{m}(double[] p, double s, [NoDerivative] double[] table, [NoDerivative] Tensor c, int steps)\n    {{")
    print("\n".join(program.lines))
    print("    }\n")
print("}")
