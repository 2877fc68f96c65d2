# Writes Adcme.Tests/Adversarial/Fuzz/FuzzCases.cs: random [Differentiable] tensor programs over (x, w, s, c, steps).
# Usage: python3 gen.py 1 60 FuzzCases > FuzzCases.cs   (the committed file is seed 1, 60 programs)
import random, sys
seed = int(sys.argv[1]); count = int(sys.argv[2]); cls = sys.argv[3]
rnd = random.Random(seed)
TV = ['x', 'w']  # params (x, w tensors), s double, c NoDerivative tensor
def tensor_expr(vars_, depth=0):
    r = rnd.random()
    if depth > 2 or r < 0.3:
        v = rnd.choice(vars_ + ['c'] if rnd.random() < 0.2 else vars_)
        return v
    k = rnd.randrange(22)
    a = tensor_expr(vars_, depth + 1)
    if k == 12: return f"(Stencils.Laplacian({a}, 2.0) * 0.1)"
    if k == 13: return f"(Tensor.MatMul({a}, {tensor_expr(vars_, depth+1)}) * 0.2)"
    if k == 14: return f"Tensor.Transpose({a})"
    if k == 15: return f"Tensor.Concat(0, Tensor.Rows({a}, 0, 4), Tensor.Rows({tensor_expr(vars_, depth+1)}, 4, 4))"
    if k == 16: return f"Tensor.Reshape(Tensor.Reshape({a}, 64) * 0.9, 8, 8)"
    if k == 17: return f"Tensor.Block(Tensor.Pad({a}, 1, 1, 1, 1, s), 0, 1, 8, 8)"
    if k == 18: return f"AdversarialPrimitives.Same({a})"
    if k == 19: return f"({a} * (Tensor.Sum({tensor_expr(vars_, depth+1)}) * 0.01 + AdversarialPrimitives.DotWith({a}, c) * 0.001))"
    if k == 20: return f"Helper({a}, s, steps)"
    if k == 21: return f"Stencils.Diffusion(Tensor.Tanh({a}) + 1.5, {tensor_expr(vars_, depth+1)}, 2.0) * 0.1"
    if k == 0: return f"({a} + {tensor_expr(vars_, depth+1)})"
    if k == 1: return f"({a} - {tensor_expr(vars_, depth+1)} * 0.5)"
    if k == 2: return f"({a} * {tensor_expr(vars_, depth+1)} * 0.5)"
    if k == 3: return f"Tensor.Tanh({a})"
    if k == 4: return f"Tensor.Sin({a})"
    if k == 5: return f"({a} * s)"
    if k == 6: return f"({a} / ({tensor_expr(vars_, depth+1)} * {tensor_expr(vars_, depth+1)} + 1.0))"
    if k == 7: return f"Tensor.Exp({a} * 0.1)"
    if k == 8: return f"Id({a})"
    if k == 9: return f"AdversarialPrimitives.Pass({a})"
    if k == 10: return f"AdversarialPrimitives.Plus({a}, {tensor_expr(vars_, depth+1)})"
    return f"Tensor.Sigmoid({a}) * 2.0"
def scalar_expr(vars_):
    k = rnd.randrange(4)
    a = tensor_expr(vars_, 1)
    if k == 0: return f"Tensor.Sum({a}) * 0.01"
    if k == 1: return f"Tensor.Dot({a}, {tensor_expr(vars_, 1)}) * 0.01"
    if k == 2: return f"Tensor.Mean({a} * {a})"
    return f"Tensor.SumOfSquares({a}) * 0.01"
def block(vars_, locals_, depth, lines, indent):
    n = rnd.randrange(2, 5)
    for _ in range(n):
        r = rnd.random()
        pad = '    ' * indent
        if r < 0.35:
            t = rnd.choice(locals_ + TV)
            e = tensor_expr(vars_)
            if e == t: e = e + " * 1.0"
            lines.append(f"{pad}{t} = {e};")
        elif r < 0.45:
            a = rnd.choice(locals_); b = rnd.choice([v for v in vars_ if v != a])
            lines.append(f"{pad}{a} = {b};")
        elif r < 0.6:
            lines.append(f"{pad}acc += {scalar_expr(vars_)};")
        elif r < 0.75 and depth < 2:
            lines.append(f"{pad}for (var k{depth} = 0; k{depth} < steps; k{depth}++)")
            lines.append(pad + "{")
            block(vars_, locals_, depth + 1, lines, indent + 1)
            if rnd.random() < 0.3: lines.append(f"{pad}    if (k{depth} == 1) continue;")
            lines.append(pad + "}")
        elif r < 0.9 and depth < 2:
            lines.append(f"{pad}if (Tensor.Sum({rnd.choice(vars_)}) > {rnd.choice(['0.0','-1.0','1.0'])})")
            lines.append(pad + "{")
            block(vars_, locals_, depth + 1, lines, indent + 1)
            lines.append(pad + "}")
            if rnd.random() < 0.6:
                lines.append(pad + "else")
                lines.append(pad + "{")
                block(vars_, locals_, depth + 1, lines, indent + 1)
                lines.append(pad + "}")
        elif r < 0.95 and depth < 2:
            name = f"it{rnd.randrange(10**6)}"
            lines.append(f"{pad}var {name} = 0;")
            lines.append(f"{pad}while (Tensor.Norm({rnd.choice(vars_)}) > 0.5 && {name} < 3)")
            lines.append(pad + "{")
            block(vars_, locals_, depth + 1, lines, indent + 1)
            lines.append(f"{pad}    {name}++;")
            lines.append(pad + "}")
        else:
            t = rnd.choice(locals_)
            lines.append(f"{pad}{t} += {tensor_expr(vars_)} * 0.3;")
print("namespace Adcme.Tests.Adversarial;\n")
print(f"public static partial class {cls}\n{{")
print("    [Differentiable] public static Tensor Id(Tensor x) => x;\n")
print("    [Differentiable] public static Tensor Helper(Tensor x, double s, int steps)\n    {\n        var u = x;\n        for (var k = 0; k < steps; k++)\n        {\n            if (k == 2) return u * s;\n            u = Tensor.Tanh(u) * 0.9 + x * 0.1;\n        }\n        return u;\n    }\n")
for m in range(count):
    locals_ = ['a', 'b', 'u']
    vars_ = TV + locals_
    lines = []
    lines.append("        var acc = 0.0;")
    lines.append("        var a = x * 1.0;")
    lines.append("        var b = Tensor.Tanh(w);")
    lines.append("        var u = x;")
    block(vars_, locals_, 0, lines, 2)
    # squash at end to keep values bounded
    lines.append("        return acc + Tensor.Sum(Tensor.Tanh(a) * Tensor.Tanh(b) + Tensor.Tanh(u * 0.1) * Tensor.Tanh(x) + Tensor.Tanh(w) * s);")
    print(f"    [Differentiable]\n    public static double F{m}(Tensor x, Tensor w, double s, [NoDerivative] Tensor c, int steps)\n    {{")
    print("\n".join(lines))
    print("    }\n")
print("}")
