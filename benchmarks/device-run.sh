#!/usr/bin/env bash
# Runs on a GPU machine from the repository's root, over the bundle benchmarks/device-bundle.sh made (.device/):
#   1. the device suite on CUDA (Adcme.Tests' backend theories, the cases that name the backend; no test host);
#   2. --gpu-check 256: the generated and the hand-written device heat gradients against the CPU adjoint;
#   3. GpuHeatBenchmarks (n = 1024, 2048, 4096; 100 steps) and SparseSolveBenchmarks, in process (no SDK to build a
#      benchmark process with).
# SUITE_S + CHECK_S + BENCH_S (150 + 60 + 300 by default) and the unpacking stay inside the tool's 600 s.
# Each part has its own time limit (SUITE_S, CHECK_S, BENCH_S seconds) inside the device tool's 600 s; logs go to
# $OUT (suite.log, gpu-check.log, bench.log, gpu.txt). DEVICE_BACKEND=ilgpu-cpu rehearses it on a machine without a GPU
# (then also ADCME_GPU_BENCH_SIZES=32 ADCME_SOLVE_BENCH_SIZES=16: the CPU accelerator is slow).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
backend=${DEVICE_BACKEND:-cuda}
out=${OUT:-/tmp/adcme-device-out}
work=$(mktemp -d)
mkdir -p "$out"
tar -C "$work" -xJf "$here/bundle.tar.xz"
export DOTNET_ROOT="$work/rt" PATH="$work/rt:$PATH" DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
# The suite makes its tensors on the CPU (the default, as under `dotnet test`) and moves them to the backend itself;
# the check and the benchmarks make theirs on ADCME_BACKEND's.
unset ADCME_BACKEND
{ if command -v nvidia-smi > /dev/null; then nvidia-smi -L; else echo "no nvidia-smi"; fi; dotnet --list-runtimes; } 2>&1 | tee "$out/gpu.txt"
status=0
(cd "$work/tests" && timeout "${SUITE_S:-150}" dotnet Adcme.Tests.dll --device-suite "$backend") > "$out/suite.log" 2>&1 || status=1
tail -n 30 "$out/suite.log"
(cd "$work/bench" && ADCME_BACKEND=$backend timeout "${CHECK_S:-60}" dotnet Adcme.Benchmarks.dll --gpu-check 256) > "$out/gpu-check.log" 2>&1 || status=1
tail -n 20 "$out/gpu-check.log"
# (The program's one job runs in process, 3 warmups and 15 iterations: no SDK is needed to build a benchmark process.)
(cd "$work/bench" && ADCME_BACKEND=$backend timeout "${BENCH_S:-300}" dotnet Adcme.Benchmarks.dll --filter '*GpuHeatBenchmarks*' '*SparseSolveBenchmarks*' \
    --artifacts "$work/bdn") > "$out/bench.log" 2>&1 || status=1
grep -E '^\|' "$out/bench.log" || tail -n 30 "$out/bench.log"
rm -rf "$work"
exit $status
