# Writes Adcme.Tests/Adversarial/Fuzz/CheckpointFuzzCases.cs: the random programs of gen.py that have a time loop and
# call no other [Differentiable] method (Id, Helper), each twice: S<n> as written (store-all) and C<n> with
# [Checkpointed] and a snapshot budget of n % 3, so that a test can compare their gradients bit for bit.
# Usage (the committed file): python3 gen.py 5 400 X > /tmp/x.cs && python3 gen_checkpointed.py /tmp/x.cs > CheckpointFuzzCases.cs
import re, sys
source = open(sys.argv[1]).read()
methods = re.findall(r"    \[Differentiable\]\n    public static double F(\d+)\((.*?)\)\n    \{\n(.*?)\n    \}\n", source, re.S)
print("namespace Adcme.Tests.Adversarial;\n")
print("/// <summary>Random programs (gen.py, seed 5) and their checkpointed twins (written by Adversarial/Fuzz/gen_checkpointed.py).</summary>")
print("public static partial class CheckpointFuzzCases\n{")
for number, parameters, body in methods:
    if "for (var k0" not in body or "Id(" in body or "Helper(" in body:
        continue
    snapshots = int(number) % 3
    print("    [Differentiable]")
    print(f"    public static double S{number}({parameters})\n    {{\n{body}\n    }}\n")
    print(f"    [Differentiable, Checkpointed(Snapshots = {snapshots})]")
    print(f"    public static double C{number}({parameters})\n    {{\n{body}\n    }}\n")
print("}")
