#!/usr/bin/env bash
# System tools the deploy tests need beyond the venv: Debian's prometheus package (promtool for the alert-rule tests,
# prometheus for the marked live scrape test). kubectl (kustomize rendering) comes with this machine image.
# Installs only what is missing; without root it says what to install and leaves the tests to fail loudly.
set -euo pipefail
if ! command -v promtool >/dev/null || ! command -v prometheus >/dev/null; then
    if [[ $(id -u) -ne 0 ]]; then
        echo "ci_tools: promtool/prometheus missing; install Debian's prometheus package (needs root)" >&2
        exit 0
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends prometheus >/dev/null
    # The package's service is not wanted here (no systemd in CI; the live test starts its own server).
fi
echo "ci_tools: $(promtool --version 2>&1 | head -1)"
