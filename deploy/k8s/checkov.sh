#!/usr/bin/env bash
# Scan deploy/k8s with checkov (Kubernetes policies), reproducibly and offline:
#   1. the resource files as written (base and components), without CKV_K8S_21 ("default namespace"): the base
#      is namespace-agnostic on purpose and every overlay sets the namespace;
#   2. each overlay as kustomize renders it, plus h100 with both opt-in components, with every check on.
# checkov pins many dependencies, so it lives in its own venv (.venv-checkov), never in the project's .venv.
# Accepted findings are skipped in the manifests themselves (checkov.io/skipN annotations, each with its reason)
# and listed in deploy/k8s/README.md. Exits non-zero on any failed check.
#   bash deploy/k8s/checkov.sh            (CHECKOV_VERSION=... to try another release)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
K8S="$ROOT/deploy/k8s"
VENV="$ROOT/.venv-checkov"
CHECKOV_VERSION="${CHECKOV_VERSION:-3.3.30}"

if [[ ! -x "$VENV/bin/checkov" ]] || [[ "$("$VENV/bin/checkov" --version 2>/dev/null)" != "$CHECKOV_VERSION" ]]; then
  python3.11 -m venv "$VENV"
  echo '*' > "$VENV/.gitignore"   # keep the venv out of git even where .gitignore does not list it
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "checkov==$CHECKOV_VERSION"
fi

if command -v kustomize >/dev/null; then
  build() { kustomize build "$1"; }
elif command -v kubectl >/dev/null; then
  build() { kubectl kustomize "$1"; }
else
  echo "checkov.sh: needs kustomize or kubectl (for kubectl kustomize) to render the overlays" >&2
  exit 2
fi

OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
mkdir -p "$OUT/rendered" "$OUT/all-components"
for overlay in "$K8S"/overlays/*/; do
  name="$(basename "$overlay")"
  build "$overlay" > "$OUT/rendered/$name.yaml"
done
rel="$(python3 -c 'import os, sys; print(os.path.relpath(sys.argv[1], sys.argv[2]))' "$K8S" "$OUT/all-components")"
cat > "$OUT/all-components/kustomization.yaml" <<YAML
namespace: elson
resources: [$rel/overlays/h100]
components: [$rel/components/servicemonitor, $rel/components/hpa-requests-running]
YAML
build "$OUT/all-components" > "$OUT/rendered/h100-all-components.yaml"

# --skip-download: no Prisma Cloud calls (guidelines, policy updates); the built-in policies need none.
common=(--framework kubernetes --skip-download --compact --quiet --output cli)
status=0
echo "== checkov $CHECKOV_VERSION: resource files under deploy/k8s (CKV_K8S_21 off: namespace-agnostic base)"
"$VENV/bin/checkov" -d "$K8S" "${common[@]}" --skip-check CKV_K8S_21 || status=1
echo "== checkov $CHECKOV_VERSION: rendered overlays ($(cd "$OUT/rendered" && echo *.yaml))"
"$VENV/bin/checkov" -d "$OUT/rendered" "${common[@]}" || status=1
exit "$status"
