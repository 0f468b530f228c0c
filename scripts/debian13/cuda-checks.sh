#!/usr/bin/env bash
# Runs inside the Debian 13 CUDA root of scripts/debian13-check.sh --cuda, after the build and
# the tests: checks, each failing when untrue, that the engine in $TAXA_BUILD is a CUDA build
# and behaves as one on a machine without a GPU.
set -euo pipefail
build=${TAXA_BUILD:?}
engine=$build/lib/libtaxa_engine.so
cli=$build/app/cli/taxa-cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
result() {  # result OK NAME DETAIL
  if [ "$1" = 0 ]; then echo "PASS  $2: $3"; else echo "FAIL  $2: $3"; failures=$((failures + 1)); fi
}

# 1. The engine links LibTorch's CUDA libraries (not only the CPU ones).
needed=$(readelf -d "$engine" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | tr '\n' ' ')
ok=0
for lib in libtorch_cuda libc10_cuda; do [[ " $needed" == *" $lib."* ]] || ok=1; done
result $ok "engine NEEDED has libtorch_cuda and libc10_cuda" "$needed"

# 2. The CUDA-only code is compiled in, not preprocessed away: the engine calls into NCCL's
#    process group and c10's CUDA device functions.
imports=$(nm -DC --undefined-only "$engine")
ok=0
for sym in "c10d::ProcessGroupNCCL::ProcessGroupNCCL" "c10::cuda::set_device" \
           "c10::cuda::device_count_ensure_non_zero"; do
  grep -qF "$sym" <<< "$imports" || { ok=1; echo "      missing: $sym"; }
done
result $ok "engine imports ProcessGroupNCCL and c10::cuda" \
  "$(grep -cE 'c10d::ProcessGroupNCCL|c10::cuda::|at::cuda::' <<< "$imports") CUDA/NCCL symbols"

# 3. taxa-cli --version names the LibTorch, CUDA and NCCL the engine was built with.
version=$("$cli" --version)
echo "$version" | sed 's/^/      /'
torch_version=$(dpkg-query -W -f='${Version}' libtorch-cuda-dev | sed 's/+.*//')
nccl_version=$(dpkg-query -W -f='${Version}' libnccl-dev | sed 's/-.*//')
cuda_version=$(dpkg-query -W -f='${Version}' nvidia-cuda-dev | sed -E 's/^([0-9]+\.[0-9]+).*/\1/')
ok=0
grep -qF "engine: LibTorch $torch_version, CUDA $cuda_version, NCCL $nccl_version (" <<< "$version" || ok=1
result $ok "taxa-cli --version names the engine's build" \
  "expected LibTorch $torch_version, CUDA $cuda_version, NCCL $nccl_version (Debian's packages)"

# 4. Training on the GPU without one fails at once, in one line naming why.
# (The demo of scripts/gpu-check.sh --cpu, which step 5 runs on.)
"$cli" demo --out "$work/demo" --species 14 --max-train 40 --image-size 96 > /dev/null
set +e
"$cli" train --dataset "$work/demo" --out "$work/run" --preset quick-cpu --device cuda \
  > "$work/out" 2> "$work/err"
code=$?
set -e
ok=0
[ $code = 1 ] && [ "$(wc -l < "$work/err")" = 1 ] && grep -q "device cuda asked for" "$work/err" \
  && [ ! -e "$work/run" ] || ok=1
result $ok "train --device cuda without a GPU: exit 1, one line" "$(cat "$work/err")"

# 5. The CUDA build trains, checkpoints and predicts on the CPU end to end.
set +e
"$build/bench/gpu_check" "$work/demo" "$work/checks" --cpu > "$work/gpu_check" 2>&1
code=$?
set -e
sed 's/^/      /' "$work/gpu_check"
ok=0
[ $code = 0 ] && grep -q "ALL CHECKS PASSED" "$work/gpu_check" || ok=1
result $ok "bench/gpu_check --cpu on the CUDA build" "exit $code"

# 6. The packages of this build (scripts/package.sh's cpack: taxa-workbench without the GUI
#    here, and taxa-workbench-engine-cuda) install with apt, and the installed taxa-cli finds
#    the installed CUDA engine. Removed again afterwards: the root stays a build root.
rm -f "$build"/taxa-workbench*.deb
# The man page is the one installed file that the targets above do not make.
nice -n 10 cmake --build "$build" --target manpages > /dev/null
(cd "$build" && cpack -G DEB > "$work/cpack.log" 2>&1) || cat "$work/cpack.log"
debs=$( (ls "$build"/taxa-workbench*.deb 2> /dev/null || true) | tr '\n' ' ')
ok=1
installed=""
if [[ "$debs" == *taxa-workbench-engine-cuda_* ]] \
  && apt-get install -y -qq --no-install-recommends $(printf './%s ' $debs) > "$work/apt.log" 2>&1; then
  installed=$(/usr/bin/taxa-cli --version | tail -n 1)
  [[ "$installed" == "engine: LibTorch $torch_version, CUDA $cuda_version, NCCL $nccl_version (/usr/"* ]] && ok=0
  dpkg-query -W -f='      ${Package} ${Version}: Depends: ${Depends}\n' taxa-workbench-engine-cuda | cut -c1-400
  apt-get remove -y -qq taxa-workbench taxa-workbench-engine-cuda > /dev/null 2>&1
else
  tail -n 5 "$work/apt.log" 2> /dev/null
fi
result $ok "packages install; /usr/bin/taxa-cli --version" "${debs//$build\//} -> $installed"

if [ $failures -gt 0 ]; then
  echo "CUDA checks: $failures failed" >&2
  exit 1
fi
echo "CUDA checks: all passed"
