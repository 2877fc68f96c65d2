#!/usr/bin/env bash
# Issue 14's heat table in one run: the C reference (../shared/peers/heat.c, -O3 -march=native, single core) at
# (n, steps) = (64, 50), (256, 200), (512, 100), then HeatBenchmarks (BenchmarkDotNet, in process) on one core and
# on all cores, then one table of medians. Usage: benchmarks/heat-vs-c.sh [C repetitions, default 11]
# Environment: PEERS (folder of run-heat.sh, default ../shared/peers beside the repository), BDN_ARGS (extra
# BenchmarkDotNet arguments, e.g. "--iterationCount 7"), ARTIFACTS (default a fresh folder under /tmp), FILTER
# (default '*.HeatBenchmarks.*'; e.g. '*.HeatBenchmarks.F*' '*.HeatBenchmarks.Gen*' for the table's methods alone).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
peers=${PEERS:-$root/../shared/peers}
[ -x "$peers/run-heat.sh" ] || peers=/work/shared/peers
reps=${1:-11}
artifacts=${ARTIFACTS:-$(mktemp -d /tmp/adcme-heat-vs-c.XXXXXX)}
sizes="64:50 256:200 512:100"

echo "== C reference (run-heat.sh N STEPS $reps) =="
: > "$artifacts/c.txt"
for size in $sizes; do
    "$peers/run-heat.sh" "${size%%:*}" "${size##*:}" "$reps" | tee -a "$artifacts/c.txt"
done

echo "== Adcme (BenchmarkDotNet, HeatBenchmarks) =="
dotnet build -c Release "$root/benchmarks/Adcme.Benchmarks" > "$artifacts/build.log" 2>&1 || { tail -20 "$artifacts/build.log"; exit 1; }
read -r -a filters <<< "${FILTER:-*.HeatBenchmarks.*}"   # (read does not expand the patterns)
# shellcheck disable=SC2086
dotnet run -c Release --no-build --project "$root/benchmarks/Adcme.Benchmarks" -- \
    --filter "${filters[@]}" --exporters json --artifacts "$artifacts/bdn" ${BDN_ARGS:-} > "$artifacts/bdn.log" 2>&1 \
    || { tail -40 "$artifacts/bdn.log"; exit 1; }
sed -n '/^| *Method/,/^$/p' "$artifacts/bdn.log"

python3 - "$artifacts" <<'PY'
import glob, json, re, sys
artifacts = sys.argv[1]
c = {}
for line in open(f"{artifacts}/c.txt"):
    f = dict(re.findall(r"(\w+)=(\S+)", line))
    c[int(f["n"])] = (int(f["NT"]), float(f["forward_s"]) * 1e3, float(f["gradient_s"]) * 1e3)
report = glob.glob(f"{artifacts}/bdn/results/*.HeatBenchmarks-report*.json")[0]
adcme = {}
for b in json.load(open(report))["Benchmarks"]:
    p = dict(re.findall(r"(\w+)=(\d+)", b["Parameters"]))
    median_ms = b["Statistics"]["Median"] / 1e6
    allocated = (b.get("Memory") or {}).get("BytesAllocatedPerOperation")
    adcme[(b["Method"], int(p["N"]), int(p["Cores"]))] = (median_ms, allocated)
cores = sorted({k[2] for k in adcme})
def ms(v): return f"{v:.3g} ms" if v < 100 else f"{v:.0f} ms"
def mb(b): return "" if b is None else f"{b / 2**20:.1f} MB"
print()
print("Medians. C: single core. Adcme: 1 core (what the targets compare) and all cores; ratios against C's same-run figures.")
print()
print("| n, steps | C forward | C gradient | user's forward, 1 core | M_Value, 1 core | Adcme gradient, 1 core | M_Value / C forward | gradient / C | gradient / M_Value | gradient allocated | " +
      " | ".join(f"M_Value, {k} cores | gradient, {k} cores" for k in cores if k > 1) + " |")
print("|---" * (10 + 2 * sum(1 for k in cores if k > 1)) + "|")
for n in sorted(c):
    steps, cf, cg = c[n]
    f1, _ = adcme[("Forward", n, 1)]
    v1, _ = adcme[("FastForward", n, 1)]
    g1, ga = adcme[("GeneratedGradient", n, 1)]
    row = [f"{n}, {steps}", ms(cf), ms(cg), ms(f1), ms(v1), ms(g1), f"{v1 / cf:.2f}×", f"{g1 / cg:.2f}×", f"{g1 / v1:.2f}", mb(ga)]
    for k in cores:
        if k > 1:
            row += [ms(adcme[("FastForward", n, k)][0]), ms(adcme[("GeneratedGradient", n, k)][0])]
    print("| " + " | ".join(row) + " |")
PY
echo
echo "(artifacts: $artifacts)"
