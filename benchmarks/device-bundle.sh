#!/usr/bin/env bash
# Packs what a GPU machine lent by the device tool needs to run the device suite and the GPU benchmarks on CUDA: that
# machine has no .NET SDK and can fetch nothing, so this carries the .NET runtime and the Release builds of Adcme.Tests
# and Adcme.Benchmarks (native libraries for linux-x64 only) in one .device/bundle.tar.xz, with .device/run.sh.
# .device/ is ignored by git: name it in the device tool's `carry`, and run `bash .device/run.sh` there (one call;
# about 10 minutes at most, see run.sh). Rehearse it here first: DEVICE_BACKEND=ilgpu-cpu OUT=/tmp/out bash .device/run.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/.device"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

dotnet build -c Release "$root/Adcme.Tests" -v q -nologo
dotnet build -c Release "$root/benchmarks/Adcme.Benchmarks" -v q -nologo

# The runtime the builds target (the muxer, its host resolver and Microsoft.NETCore.App), not the SDK.
dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
version=$(dotnet --list-runtimes | awk '$1 == "Microsoft.NETCore.App" && $2 ~ /^10\./ { v = $2 } END { print v }')
mkdir -p "$stage/rt/shared/Microsoft.NETCore.App"
cp "$dotnet_root/dotnet" "$stage/rt/"
cp -r "$dotnet_root/host" "$stage/rt/"
cp -r "$dotnet_root/shared/Microsoft.NETCore.App/$version" "$stage/rt/shared/Microsoft.NETCore.App/"

for part in tests:Adcme.Tests/bin/Release/net10.0 bench:benchmarks/Adcme.Benchmarks/bin/Release/net10.0; do
    name=${part%%:*}
    cp -r "$root/${part#*:}" "$stage/$name"
    # Native libraries for other platforms are most of the output's size; symbols and XML docs are not needed there,
    # nor BenchmarkDotNet's disassembler and Windows tracing libraries.
    find "$stage/$name/runtimes" -mindepth 1 -maxdepth 1 ! -name linux-x64 -exec rm -rf {} + 2>/dev/null || true
    find "$stage/$name" \( -name '*.pdb' -o -name '*.xml' -o -name 'libcapstone.so' \) -delete
    rm -rf "$stage/$name/x86" "$stage/$name/amd64" "$stage/$name/arm64"
done
# Nor the runtime's debugging support.
rm -f "$stage/rt/shared/Microsoft.NETCore.App/$version/"{createdump,libmscordaccore.so,libmscordbi.so}

rm -rf "$out"
mkdir -p "$out"
# -9e: a dictionary large enough to store the DLLs the two builds share once.
XZ_OPT=-9e tar -C "$stage" -cJf "$out/bundle.tar.xz" rt tests bench
cp "$root/benchmarks/device-run.sh" "$out/run.sh"
size=$(du -m "$out/bundle.tar.xz" | cut -f1)
echo "$out/bundle.tar.xz: ${size} MiB (runtime $version); the device tool carries 64 MiB with the working tree"
