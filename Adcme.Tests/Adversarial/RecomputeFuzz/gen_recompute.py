# Writes Adcme.Tests/Adversarial/RecomputeFuzz/RecomputeFuzzCases.cs: random [Differentiable] scalar stencil programs over
# local double[] arrays, signature  double R<N>(double[] p, double s, [NoDerivative] double[] table, int steps).
# Usage: python3 gen_recompute.py 1 40 > RecomputeFuzzCases.cs   (the committed file is seed 1, 40 programs)
#
# They aim at the reverse sweep's recomputation (Adcme.Generators/Analysis/Recomputation.cs): temporaries read from
# neighbouring elements (index arithmetic with %), cheap functions of them (Abs, Max, Min, Sqrt), and then, at random,
# what must stop a temporary from being recomputed: its array written between the read and the temporary's last use
# (the same array, or an alias of it), its scalar operand overwritten, the array variable rebound (swaps), uses in
# branches, in nested loops, after a break or a continue; and what restores arrays (element copy loops, swaps).
import random, sys

seed = int(sys.argv[1]); count = int(sys.argv[2])
rnd = random.Random(seed)


class Program:
    def __init__(self):
        self.lines = []
        self.fresh = 0

    def name(self, stem):
        self.fresh += 1
        return f"{stem}{self.fresh}"

    def emit(self, indent, text):
        self.lines.append('    ' * indent + text)

    def arr(self):
        return rnd.choice(['u', 'v'])

    def cheap(self, a, b):
        return rnd.choice([f"Math.Max(Math.Abs({a}), Math.Abs({b}))", f"Math.Min({a}, {b})", f"Math.Sqrt({a} * {a} + 0.1)",
                           f"Math.Abs({a} - {b})", f"({a} * {b} + 0.5)"])

    def stencil(self, indent):
        x, y = self.arr(), self.arr()
        l, c, r, sp = self.name('l'), self.name('c'), self.name('r'), self.name('sp')
        self.emit(indent, "for (var i = 0; i < n; i++)")
        self.emit(indent, "{")
        self.emit(indent + 1, f"var {l} = {x}[(i + n - 1) % n];")
        self.emit(indent + 1, f"var {c} = {x}[i];")
        self.emit(indent + 1, f"var {r} = {x}[(i + 1) % n];")
        self.emit(indent + 1, f"var {sp} = {self.cheap(l, c)};")
        k = rnd.randrange(6)
        flux = f"0.25 * ({l} * {l} - {r} * {r}) + 0.1 * {sp} * ({r} - 2 * {c} + {l})"
        if k == 0:
            # the array read is written before the temporaries' last use (same element, maybe the same array)
            self.emit(indent + 1, f"{y}[i] = {c} + 0.05 * ({flux});")
            self.emit(indent + 1, f"acc += {c} * {sp} * 0.01 + {x}[i] * 0.02;")
        elif k == 1:
            # a scalar operand overwritten between a temporary and its last use
            q = self.name('q')
            self.emit(indent + 1, f"var {q} = a * {c} + {sp};")
            self.emit(indent + 1, f"a = Math.Abs(a - {c} * 0.1) * 0.9 + 0.05;")
            self.emit(indent + 1, f"{y}[i] = {c} + 0.05 * ({flux}) + 0.01 * {q} * {q} * a;")
        elif k == 2:
            # an alias of the array written in between
            w = self.name('w')
            self.emit(indent + 1, f"var {w} = {x};")
            self.emit(indent + 1, f"{w}[(i + 1) % n] = {w}[(i + 1) % n] * 0.9 + 0.01 * {c};")
            self.emit(indent + 1, f"{y}[i] = {c} + 0.05 * ({flux}) + {r} * {sp} * 0.01;")
        elif k == 3:
            # a use in a branch
            self.emit(indent + 1, f"if ({c} > {l}) {y}[i] = {c} + 0.05 * ({flux});")
            self.emit(indent + 1, f"else {y}[i] = {c} - 0.02 * {sp} * {r};")
        elif k == 4:
            # an early exit between the reads and the uses
            self.emit(indent + 1, f"if ({sp} > 0.7) break;")
            self.emit(indent + 1, f"if ({c} < 0.0) continue;")
            self.emit(indent + 1, f"{y}[i] = {c} + 0.05 * ({flux});")
        else:
            self.emit(indent + 1, f"{y}[i] = {c} + 0.05 * ({flux});")
        self.emit(indent, "}")

    def copy(self, indent):
        x = self.arr()
        y = 'v' if x == 'u' else 'u'
        self.emit(indent, f"for (var i = 0; i < n; i++) {x}[i] = {y}[i];")

    def swap(self, indent):
        t = self.name('t')
        self.emit(indent, f"var {t} = u;")
        self.emit(indent, "u = v;")
        self.emit(indent, f"v = {t};")

    def strided(self, indent):
        x, y = self.arr(), self.arr()
        j, e = self.name('j'), self.name('e')
        step = rnd.choice(['2', 'stride'])
        self.emit(indent, f"for (var i = 0; i < n; i += {step})")
        self.emit(indent, "{")
        self.emit(indent + 1, f"var {j} = (i * 3 + 1) % n;")
        self.emit(indent + 1, f"var {e} = {x}[{j}];")
        self.emit(indent + 1, f"{y}[i] = {e} * Math.Abs({e}) * 0.3 + 0.5 * {y}[i] + 0.1 * table[i % table.Length];")
        self.emit(indent, "}")

    def outer_temp(self, indent):
        # a temporary read in a nested loop; its array maybe written inside that loop
        x = self.arr()
        m = self.name('m')
        self.emit(indent, f"var {m} = Math.Abs({x}[0]) + 0.2;")
        self.emit(indent, "for (var i = 0; i < n; i++)")
        self.emit(indent, "{")
        if rnd.random() < 0.5:
            self.emit(indent + 1, f"{x}[i] = {x}[i] / {m} * 0.8;")
        else:
            y = 'v' if x == 'u' else 'u'
            self.emit(indent + 1, f"{y}[i] = {y}[i] * 0.7 + {m} * {x}[i] * 0.2;")
        self.emit(indent, "}")
        self.emit(indent, f"acc += {m} * {m} * 0.1;")

    def scalar(self, indent):
        g = self.name('g')
        self.emit(indent, f"var {g} = Math.Max(a, {self.arr()}[{rnd.randrange(4)}]) * s;")
        if rnd.random() < 0.5: self.emit(indent, "a = a * 0.8 + 0.1;")
        self.emit(indent, f"acc += {g} * {g} * 0.2 + a * 0.1;")

    def block(self, indent, depth):
        for _ in range(rnd.randrange(3, 6)):
            r = rnd.random()
            if r < 0.2 and depth < 2:
                k = f"k{depth}"
                self.emit(indent, f"for (var {k} = 0; {k} < steps; {k}++)")
                self.emit(indent, "{")
                self.block(indent + 1, depth + 1)
                self.emit(indent, "}")
            elif r < 0.3 and depth < 2:
                self.emit(indent, f"if ({rnd.choice(['s > 0.5', 'u[0] > v[0]', 'acc > 1.0'])})")
                self.emit(indent, "{")
                self.block(indent + 1, depth + 1)
                self.emit(indent, "}")
                if rnd.random() < 0.5:
                    self.emit(indent, "else")
                    self.emit(indent, "{")
                    self.block(indent + 1, depth + 1)
                    self.emit(indent, "}")
            else:
                rnd.choice([self.stencil, self.stencil, self.stencil, self.copy, self.swap, self.strided, self.outer_temp, self.scalar])(indent)

    def write(self):
        self.emit(2, "var n = p.Length;")
        self.emit(2, "var stride = 1 + steps % 2;")
        self.emit(2, "var acc = 0.0;")
        self.emit(2, "var a = s * 0.5;")
        self.emit(2, "var u = new double[n];")
        self.emit(2, "var v = new double[n];")
        self.emit(2, "for (var i = 0; i < n; i++) u[i] = p[i] * s + 0.1 * i;")
        self.emit(2, "for (var i = 0; i < n; i++) v[i] = Math.Sin(p[i]) + table[i % table.Length];")
        self.block(2, 0)
        self.emit(2, "for (var i = 0; i < n; i++) acc += Math.Tanh(u[i]) * 0.3 + v[i] * 0.1 + a * 0.05;")
        self.emit(2, "return acc;")


print("// Written by gen_recompute.py " + " ".join(sys.argv[1:]) + ": do not edit; change the script and run it again.")
print("namespace Adcme.Tests.Adversarial.RecomputeFuzz;\n")
print("public static partial class RecomputeFuzzCases\n{")
for m in range(count):
    program = Program()
    program.write()
    print(f"    [Differentiable]\n    public static double R{m}(double[] p, double s, [NoDerivative] double[] table, int steps)\n    {{")
    print("\n".join(program.lines))
    print("    }\n")
print("}")
