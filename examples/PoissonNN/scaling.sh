#!/usr/bin/env bash
# PoissonNN's scaling harness: forward, backward and overhead (total minus linear-solver time) for each grid size and
# rank count, one JSON line each. Strong scaling: fixed sizes over the rank counts; weak scaling: pass sizes that
# grow with the ranks. On a cluster, give it the rank counts and sizes you want (and your launcher's options in
# MPIEXEC), e.g. `RANKS="16 64 256" SIZES="1024 2048" ./scaling.sh`.
set -euo pipefail
cd "$(dirname "$0")/../.."
RANKS=${RANKS:-"1 2"}
SIZES=${SIZES:-"256 512"}
REPETITIONS=${REPETITIONS:-3}
MPIEXEC=${MPIEXEC:-mpiexec.mpich}
dotnet build -c Release examples/PoissonNN -v quiet >/dev/null
for n in $SIZES; do
  for p in $RANKS; do
    $MPIEXEC -n "$p" dotnet examples/PoissonNN/bin/Release/net10.0/PoissonNN.dll --benchmark "$REPETITIONS" --n "$n" --json | tail -n 1
  done
done
