# Writes Adcme.Tests/Adversarial/LanguageFuzz/LanguageFuzzCases.cs: random [Differentiable] programs built from the
# ordinary C# of issue 17, signature  double L<N>(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)
# with w of shape 2×3. Usage: python3 gen_language.py 1 48 > LanguageFuzzCases.cs   (the committed file: seed 1, 48)
#
# Each program draws one or two features, named in a comment above it, on top of plain array loops:
#   foreach   foreach over p, a local array, the static readonly table or the [NoDerivative] table, with continue/break
#   swap      tuple swaps of scalars, of array variables, of array elements and of tensors
#   switch    switch expressions: an int from a loop index or the mode, a double against relational patterns, guards
#   field     the static readonly double[] Weights read in loops
#   round     Math.Round(x, digits) and Math.Round(x) inside products (zero derivative)
#   tensor    elements t[i] / t[i, j], Length, Rank, Shape[d], Shape.Count, FromArray of loop-computed data
# Programs L0–L5 draw exactly one feature each, in that order; L6 draws none (a control).
import random, sys

seed = int(sys.argv[1]); count = int(sys.argv[2])
rnd = random.Random(seed)
FEATURES = ['foreach', 'swap', 'switch', 'field', 'round', 'tensor']


class Program:
    def __init__(self, features):
        self.features = features
        self.lines = []
        self.fresh = 0

    def name(self, stem):
        self.fresh += 1
        return f"{stem}{self.fresh}"

    def emit(self, indent, text):
        self.lines.append('    ' * indent + text)

    def arr(self):
        return rnd.choice(['u', 'v', 'p'])

    def scalar(self):
        return rnd.choice(['a', 'b', 's', 'acc * 0.1'])

    def fill(self, indent):
        t = rnd.choice(['u', 'v'])
        e = rnd.choice([f"0.7 * {self.arr()}[i] + 0.2 * Math.Sin({self.arr()}[i] * s)",
                        f"Math.Tanh({self.arr()}[i] + a * 0.3)",
                        f"0.5 * {self.arr()}[i] * b + 0.1 * table[i % table.Length]"])
        self.emit(indent, f"for (var i = 0; i < n; i++) {t}[i] = {e};")

    def scalars(self, indent):
        k = rnd.randrange(3)
        if k == 0: self.emit(indent, f"a = 0.8 * a + 0.3 * Math.Sin({self.arr()}[{rnd.randrange(4)}] * b);")
        elif k == 1: self.emit(indent, f"b = 0.6 * b + 0.2 * {self.arr()}[{rnd.randrange(4)}] * a;")
        else: self.emit(indent, f"acc += a * b * 0.3 + {self.arr()}[{rnd.randrange(4)}] * 0.2;")

    def foreach(self, indent):
        src = rnd.choice(['p', 'u', 'v', 'Weights', 'table'])
        x = self.name('x')
        body = rnd.choice([f"acc += Math.Sin({x} * a) * 0.4;", f"a = a * 0.9 + {x} * b * 0.1;", f"b += {x} * {x} * 0.05;"])
        k = rnd.randrange(4)
        self.emit(indent, f"foreach (var {x} in {src})")
        self.emit(indent, "{")
        if k == 1: self.emit(indent + 1, f"if ({x} > 0.35) continue;")
        if k == 2: self.emit(indent + 1, f"if ({x} < -0.5) break;")
        self.emit(indent + 1, body)
        if k == 3: self.emit(indent + 1, f"if (acc > 3.0) break;")
        self.emit(indent, "}")

    def swap(self, indent):
        k = rnd.randrange(5)
        if k == 0: self.emit(indent, "(a, b) = (b, a);")
        elif k == 1: self.emit(indent, f"(a, b) = (b * 0.9 + s, a - 0.1 * {self.arr()}[1]);")
        elif k == 2:
            self.emit(indent, "(u, v) = (v, u);")
            self.fill(indent)
        elif k == 3:
            i, j = rnd.sample(range(4), 2)
            self.emit(indent, f"(u[{i}], u[{j}]) = (u[{j}], u[{i}] * a);")
        else:
            self.emit(indent, "(ta, tb) = (tb, ta * 0.5);")
            self.emit(indent, "acc += Tensor.Sum(ta * tb) * 0.1;")

    def switch(self, indent):
        k = rnd.randrange(4)
        e = [f"{self.arr()}[i] * a", f"Math.Sin({self.arr()}[i]) * b", f"{self.arr()}[i] * {self.arr()}[i] * 0.5", "s * 0.2"]
        rnd.shuffle(e)
        if k == 0:
            self.emit(indent, f"for (var i = 0; i < n; i++) acc += (i % 3) switch {{ 0 => {e[0]}, 1 => {e[1]}, _ => {e[2]} }} * 0.3;")
        elif k == 1:
            self.emit(indent, f"for (var i = 0; i < n; i++) acc += mode switch {{ 0 => {e[0]}, 1 or 2 => {e[1]}, _ => {e[2]} }} * 0.3;")
        elif k == 2:
            self.emit(indent, f"for (var i = 0; i < n; i++) {rnd.choice(['u', 'v'])}[i] = {self.arr()}[i] switch {{ < 0.0 => {e[0]}, >= 0.0 and < 0.4 => {e[1]}, not > 0.9 => {e[2]}, _ => {e[3]} }};")
        else:
            self.emit(indent, f"a = b switch {{ > 0.5 when a > 0.0 => a * b, < -0.5 => a - b, _ => a + 0.1 * b }};")

    def field(self, indent):
        self.emit(indent, f"for (var i = 0; i < n; i++) acc += Weights[i % Weights.Length] * {self.arr()}[i] * {self.scalar()};")

    def round(self, indent):
        d = rnd.choice(['1', '2', '3'])
        if rnd.random() < 0.5:
            self.emit(indent, f"for (var i = 0; i < n; i++) acc += Math.Round({self.arr()}[i], {d}) * {self.arr()}[i] * 0.4;")
        else:
            self.emit(indent, f"a = a * Math.Round(b * 4.0) * 0.3 + Math.Round(a, {d});")

    def tensor(self, indent):
        k = rnd.randrange(4)
        if k == 0:
            d = self.name('data')
            self.emit(indent, f"var {d} = new double[w.Length];")
            self.emit(indent, f"for (var i = 0; i < w.Shape[0]; i++) for (var j = 0; j < w.Shape[1]; j++) {d}[i * w.Shape[1] + j] = Math.Tanh(w[i, j] * a) + {self.arr()}[j] * 0.2;")
            self.emit(indent, f"acc += Tensor.Sum(Tensor.FromArray({d}, w.Shape[0], w.Shape[1]) * w) * 0.3;")
        elif k == 1:
            e = self.name('e')
            self.emit(indent, f"var {e} = Tensor.Tanh(w * b);")
            self.emit(indent, f"for (var i = 0; i < n; i++) {rnd.choice(['u', 'v'])}[i] = {e}[i % 2, (i + 1) % 3] * {self.arr()}[i] + 0.1 * w.Rank;")
        elif k == 2:
            self.emit(indent, f"acc += Tensor.Sum(Tensor.Exp(Tensor.FromArray({self.arr()}) * 0.3)) * 0.2;")
        else:
            f = self.name('flat')
            self.emit(indent, f"var {f} = Tensor.Reshape(w * a, w.Length);")
            self.emit(indent, f"for (var i = 0; i < {f}.Length; i++) b += {f}[i] * {f}[i] * 0.05 * w.Shape.Count;")

    def block(self, indent, depth):
        for _ in range(rnd.randrange(3, 6)):
            r = rnd.random()
            if r < 0.15 and depth < 1:
                k = f"k{depth}"
                self.emit(indent, f"for (var {k} = 0; {k} < 2; {k}++)")
                self.emit(indent, "{")
                self.block(indent + 1, depth + 1)
                self.emit(indent, "}")
            elif r < 0.25 and depth < 1:
                self.emit(indent, f"if ({rnd.choice(['a > b', 's > 0.5', 'u[0] > v[0]', 'mode == 1'])})")
                self.emit(indent, "{")
                self.block(indent + 1, depth + 1)
                self.emit(indent, "}")
            else:
                options = [getattr(self, f) for f in self.features]
                if options and rnd.random() < 0.6: rnd.choice(options)(indent)
                else: rnd.choice([self.fill, self.scalars])(indent)

    def write(self):
        self.emit(2, "var n = p.Length;")
        self.emit(2, "var acc = 0.0;")
        self.emit(2, "var a = s * 0.5 + p[0];")
        self.emit(2, "var b = Math.Cos(p[1]) * s;")
        self.emit(2, "var u = new double[n];")
        self.emit(2, "var v = new double[n];")
        self.emit(2, "for (var i = 0; i < n; i++) u[i] = p[i] * s;")
        self.emit(2, "for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];")
        if 'swap' in self.features:
            self.emit(2, "var ta = w * s;")
            self.emit(2, "var tb = Tensor.Tanh(w);")
        self.block(2, 0)
        self.emit(2, "for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + p[i] * 0.05;")
        self.emit(2, "return acc + a * 0.2 + b * 0.1 + Tensor.Sum(w * w) * 0.01;")


print("// Written by gen_language.py " + " ".join(sys.argv[1:]) + ": do not edit; change the script and run it again.")
print("namespace Adcme.Tests.Adversarial.LanguageFuzz;\n")
print("public static partial class LanguageFuzzCases\n{")
print("    private static readonly double[] Weights = [0.6, -0.4, 0.9];\n")
for m in range(count):
    r = rnd.random()
    if m < len(FEATURES): features = [FEATURES[m]]
    elif m == len(FEATURES): features = []
    else: features = [] if r < 0.08 else rnd.sample(FEATURES, 1 if r < 0.5 else 2)
    program = Program(features)
    program.write()
    print(f"    // features: {', '.join(features) if features else 'none (control)'}")
    print(f"    [Differentiable]\n    public static double L{m}(double[] p, double s, Tensor w, [NoDerivative] double[] table, int mode)\n    {{")
    print("\n".join(program.lines))
    print("    }\n")
print("}")
