"""deploy/k8s: every manifest, as written and as each overlay renders it, validates strictly against the Kubernetes
OpenAPI schemas (kubernetes-validate's bundled copies, offline), and the properties operators rely on hold:
probes on /ready and /health, requests and limits everywhere, pinned images, non-root pods, a headless vLLM
Service, ELSON_UPSTREAMS in step with the StatefulSet, and an HPA and PDBs that point at the right pods.

The checks are functions that return problems, so the second half of this file breaks a rendered manifest on
purpose and asserts each check notices (a check that cannot fail proves nothing).

Rendering needs ``kustomize`` or ``kubectl`` (its built-in kustomize, v5); without either those tests skip, and
without kubernetes-validate (PyPI) the schema tests skip, unless ``ELSON_REQUIRE_DEPLOY_TOOLS=1`` makes them fail.
"""

from __future__ import annotations

import copy
import functools
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.deploy._tools import missing

ROOT = Path(__file__).resolve().parents[2]
K8S = ROOT / "deploy" / "k8s"
OVERLAYS = sorted(p.name for p in (K8S / "overlays").iterdir() if (p / "kustomization.yaml").is_file())
GPU_OVERLAYS = ("h100", "l4")
# Kubernetes versions to validate against: the oldest we claim (README) and the newest the package bundles.
K8S_VERSIONS = ("1.29.0", "latest")
# Custom resources: no built-in schema, so they are allow-listed here and checked by hand (check_servicemonitors).
CRD_KINDS = {("monitoring.coreos.com/v1", "ServiceMonitor")}
WORKLOAD_KINDS = {"Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob"}
GATEWAY = "elson-gateway"

Doc = dict[str, Any]


# --------------------------------------------------------------------------------------------------- loading


def _kustomize_cmd() -> list[str]:
    if shutil.which("kustomize"):
        return ["kustomize", "build"]
    if shutil.which("kubectl"):
        return ["kubectl", "kustomize"]
    missing("kustomize (or kubectl)")


@functools.cache
def _render(path: str) -> tuple[Doc, ...]:
    out = subprocess.run([*_kustomize_cmd(), path], capture_output=True, text=True, timeout=60, check=False)
    assert out.returncode == 0, f"kustomize build {path} failed:\n{out.stderr}"
    return tuple(d for d in yaml.safe_load_all(out.stdout) if d)


def render(target: str) -> list[Doc]:
    """A fresh (mutable) copy of what ``kustomize build deploy/k8s/<target>`` prints."""
    return copy.deepcopy(list(_render(str(K8S / target))))


def raw_manifests() -> Iterator[tuple[Path, Doc]]:
    """Every resource file in the tree as written (kustomization files and patches inside them excluded)."""
    for path in sorted(K8S.rglob("*.yaml")):
        if path.name == "kustomization.yaml":
            continue
        for doc in yaml.safe_load_all(path.read_text()):
            if doc:
                yield path, doc


def by_kind(docs: list[Doc], kind: str) -> list[Doc]:
    return [d for d in docs if d["kind"] == kind]


def one(docs: list[Doc], kind: str, name: str) -> Doc:
    found = [d for d in docs if d["kind"] == kind and d["metadata"]["name"] == name]
    assert len(found) == 1, f"expected one {kind}/{name}, found {len(found)}"
    return found[0]


def pod_spec(workload: Doc) -> Doc:
    spec = workload["spec"]
    if workload["kind"] == "CronJob":
        spec = spec["jobTemplate"]["spec"]
    return spec["template"]["spec"]


def pod_labels(workload: Doc) -> dict[str, str]:
    spec = workload["spec"]["jobTemplate"]["spec"] if workload["kind"] == "CronJob" else workload["spec"]
    return spec["template"]["metadata"].get("labels", {})


def containers(workload: Doc) -> list[Doc]:
    spec = pod_spec(workload)
    return [*spec.get("initContainers", []), *spec["containers"]]


def workloads(docs: list[Doc]) -> list[Doc]:
    return [d for d in docs if d["kind"] in WORKLOAD_KINDS]


def selects(selector: dict[str, Any], labels: dict[str, str]) -> bool:
    """A LabelSelector (matchLabels and matchExpressions) or a plain Service selector against a label set."""
    match = selector.get("matchLabels", selector if "matchExpressions" not in selector else {})
    if not all(labels.get(k) == v for k, v in match.items() if isinstance(v, str)):
        return False
    for expr in selector.get("matchExpressions", []):
        key, op, values = expr["key"], expr["operator"], expr.get("values", [])
        if (op == "In" and labels.get(key) not in values) or (op == "NotIn" and labels.get(key) in values):
            return False
        if (op == "Exists" and key not in labels) or (op == "DoesNotExist" and key in labels):
            return False
    return bool(match or selector.get("matchExpressions"))


def gateway_env(docs: list[Doc]) -> dict[str, str]:
    """The gateway container's plain environment: its envFrom ConfigMaps, then literal env values."""
    deploy = one(docs, "Deployment", GATEWAY)
    (ctr,) = [c for c in pod_spec(deploy)["containers"] if c["name"] == "gateway"]
    env: dict[str, str] = {}
    for source in ctr.get("envFrom", []):
        if "configMapRef" in source:
            env.update(one(docs, "ConfigMap", source["configMapRef"]["name"]).get("data", {}))
    env.update({e["name"]: e["value"] for e in ctr.get("env", []) if "value" in e})
    return env


_QUANTITY = re.compile(r"^([0-9.]+)(m|k|M|G|T|Ki|Mi|Gi|Ti)?$")
_FACTOR = {None: 1, "m": 1e-3, "k": 1e3, "M": 1e6, "G": 1e9, "T": 1e12, "Ki": 2**10, "Mi": 2**20, "Gi": 2**30,
           "Ti": 2**40}


def quantity(value: object) -> float:
    match = _QUANTITY.match(str(value))
    assert match, f"unparsable quantity {value!r}"
    return float(match.group(1)) * _FACTOR[match.group(2)]


# ---------------------------------------------------------------------------------------------------- checks
# Each returns a list of problems (empty = fine), so the negative tests below can prove it catches a bad manifest.


def check_probes(docs: list[Doc]) -> list[str]:
    problems = []
    expected = {GATEWAY: {"readinessProbe": "/ready", "livenessProbe": "/health", "startupProbe": "/health"},
                "vllm": {"readinessProbe": "/health", "livenessProbe": "/health", "startupProbe": "/health"}}
    for w in workloads(docs):
        want = expected.get(w["metadata"]["name"])
        for ctr in pod_spec(w)["containers"]:
            ports = {p.get("name") for p in ctr.get("ports", [])} | {p["containerPort"] for p in ctr.get("ports", [])}
            for probe in ("readinessProbe", "livenessProbe"):
                if probe not in ctr:
                    problems.append(f"{w['metadata']['name']}/{ctr['name']}: no {probe}")
            for probe, path in (want or {}).items():
                get = ctr.get(probe, {}).get("httpGet", {})
                if get.get("path") != path:
                    problems.append(f"{w['metadata']['name']}/{ctr['name']}: {probe} is {get.get('path')}, not {path}")
                if get and get.get("port") not in ports:
                    problems.append(f"{w['metadata']['name']}/{ctr['name']}: {probe} port {get.get('port')} unknown")
    return problems


def check_vllm_startup_budget(docs: list[Doc], minimum_s: int = 30 * 60) -> list[str]:
    problems = []
    for sts in by_kind(docs, "StatefulSet"):
        for ctr in pod_spec(sts)["containers"]:
            probe = ctr.get("startupProbe", {})
            budget = probe.get("failureThreshold", 3) * probe.get("periodSeconds", 10)
            if budget < minimum_s:
                problems.append(f"{sts['metadata']['name']}/{ctr['name']}: startup budget {budget}s < {minimum_s}s")
    return problems


def check_resources(docs: list[Doc]) -> list[str]:
    problems = []
    for w in workloads(docs):
        for ctr in containers(w):
            where = f"{w['metadata']['name']}/{ctr['name']}"
            res = ctr.get("resources", {})
            requests, limits = res.get("requests", {}), res.get("limits", {})
            for kind in ("cpu", "memory"):
                if kind not in requests or kind not in limits:
                    problems.append(f"{where}: {kind} request and limit both required")
                elif quantity(limits[kind]) < quantity(requests[kind]):
                    problems.append(f"{where}: {kind} limit below its request")
            gpus = (requests.get("nvidia.com/gpu"), limits.get("nvidia.com/gpu"))
            if w["kind"] == "StatefulSet" and w["metadata"]["name"] == "vllm" and gpus != (1, 1):
                problems.append(f"{where}: vLLM needs nvidia.com/gpu: 1 in requests and limits, has {gpus}")
    return problems


def check_images(docs: list[Doc]) -> list[str]:
    problems = []
    for w in workloads(docs):
        for ctr in containers(w):
            image, where = ctr.get("image", ""), f"{w['metadata']['name']}/{ctr['name']}"
            name = image.split("@", 1)[0]
            tag = name.rsplit(":", 1)[1] if ":" in name.rsplit("/", 1)[-1] else None
            if "@sha256:" not in image and (tag is None or tag == "latest"):
                problems.append(f"{where}: image {image!r} is not pinned to a version tag or digest")
            if ctr.get("imagePullPolicy") not in ("Always", "IfNotPresent"):
                problems.append(f"{where}: imagePullPolicy must be set explicitly")
    return problems


def check_security(docs: list[Doc]) -> list[str]:
    problems = []
    for w in workloads(docs):
        spec, name = pod_spec(w), w["metadata"]["name"]
        pod = spec.get("securityContext", {})
        if pod.get("runAsNonRoot") is not True or pod.get("runAsUser", 0) < 10000:
            problems.append(f"{name}: pod must runAsNonRoot with a uid >= 10000")
        if pod.get("seccompProfile", {}).get("type") != "RuntimeDefault":
            problems.append(f"{name}: pod seccompProfile must be RuntimeDefault")
        if spec.get("automountServiceAccountToken") is not False:
            problems.append(f"{name}: automountServiceAccountToken must be false")
        if spec.get("hostNetwork") or spec.get("hostPID") or spec.get("hostIPC"):
            problems.append(f"{name}: host namespaces are not allowed")
        mounts_tmp = any(m["mountPath"] == "/tmp" for c in spec["containers"] for m in c.get("volumeMounts", []))
        for ctr in containers(w):
            sc, where = ctr.get("securityContext", {}), f"{name}/{ctr['name']}"
            if sc.get("allowPrivilegeEscalation") is not False or sc.get("privileged"):
                problems.append(f"{where}: allowPrivilegeEscalation must be false and privileged unset/false")
            if sc.get("readOnlyRootFilesystem") is not True:
                problems.append(f"{where}: readOnlyRootFilesystem must be true")
            if sc.get("capabilities", {}).get("drop") != ["ALL"] or sc.get("capabilities", {}).get("add"):
                problems.append(f"{where}: capabilities must drop ALL and add none")
            if sc.get("runAsNonRoot") is False or sc.get("runAsUser", 10001) == 0:
                problems.append(f"{where}: container overrides the pod's non-root user")
        if not mounts_tmp:
            problems.append(f"{name}: read-only root filesystem but no writable /tmp volume")
    for sa in by_kind(docs, "ServiceAccount"):
        if sa.get("automountServiceAccountToken") is not False:
            problems.append(f"ServiceAccount {sa['metadata']['name']}: automountServiceAccountToken must be false")
    return problems


def check_vllm_service(docs: list[Doc]) -> list[str]:
    problems = []
    for sts in by_kind(docs, "StatefulSet"):
        svc_name = sts["spec"].get("serviceName")
        services = [s for s in by_kind(docs, "Service") if s["metadata"]["name"] == svc_name]
        if not services:
            problems.append(f"StatefulSet {sts['metadata']['name']}: governing Service {svc_name!r} missing")
            continue
        svc = services[0]
        if svc["spec"].get("clusterIP") != "None":
            problems.append(f"Service {svc_name}: must be headless (clusterIP: None) for per-pod DNS names")
        if not selects(svc["spec"].get("selector", {}), pod_labels(sts)):
            problems.append(f"Service {svc_name}: selector does not match StatefulSet pods")
    return problems


_UPSTREAM = re.compile(r"^http://(?P<pod>[a-z0-9-]+)\.(?P<svc>[a-z0-9-]+)(?:\.(?P<ns>[a-z0-9-]+)\.svc(?:\.[a-z0-9.-]+)?)?"
                       r":(?P<port>\d+)$")


def check_upstreams(docs: list[Doc]) -> list[str]:
    """ELSON_UPSTREAMS names exactly the StatefulSet's pods vllm-0..N-1 through its headless Service and port."""
    env = gateway_env(docs)
    statefulsets = by_kind(docs, "StatefulSet")
    if not statefulsets:
        if env.get("ELSON_ENGINE") != "embedded" or env.get("ELSON_UPSTREAMS"):
            return ["no vLLM in this build, but the gateway is not set to ELSON_ENGINE=embedded without upstreams"]
        return []
    if env.get("ELSON_ENGINE") != "vllm":
        return [f"vLLM is deployed but ELSON_ENGINE is {env.get('ELSON_ENGINE')!r}"]
    (sts,) = statefulsets
    svc = one(docs, "Service", sts["spec"]["serviceName"])
    port = svc["spec"]["ports"][0]["port"]
    namespace = sts["metadata"].get("namespace")
    urls = [u.strip() for u in env.get("ELSON_UPSTREAMS", "").split(",") if u.strip()]
    want = [f"{sts['metadata']['name']}-{i}" for i in range(sts["spec"].get("replicas", 1))]
    problems = []
    pods = []
    for url in urls:
        m = _UPSTREAM.match(url)
        if not m:
            problems.append(f"ELSON_UPSTREAMS entry {url!r} is not http://<pod>.<service>[.<ns>.svc...]:<port>")
            continue
        pods.append(m["pod"])
        if m["svc"] != svc["metadata"]["name"] or int(m["port"]) != port:
            problems.append(f"ELSON_UPSTREAMS entry {url!r}: want service {svc['metadata']['name']} port {port}")
        if m["ns"] and m["ns"] != namespace:
            problems.append(f"ELSON_UPSTREAMS entry {url!r}: namespace {m['ns']} is not {namespace}")
    if sorted(pods) != sorted(want):
        problems.append(f"ELSON_UPSTREAMS lists {pods}, the StatefulSet runs {want}")
    return problems


def check_hpa(docs: list[Doc]) -> list[str]:
    problems = []
    hpas = by_kind(docs, "HorizontalPodAutoscaler")
    if [h["metadata"]["name"] for h in hpas] != [GATEWAY]:
        problems.append(f"want exactly one HPA, {GATEWAY}; have {[h['metadata']['name'] for h in hpas]}")
    for hpa in hpas:
        ref = hpa["spec"]["scaleTargetRef"]
        target = [w for w in workloads(docs) if w["kind"] == ref["kind"] and w["metadata"]["name"] == ref["name"]]
        if ref != {"apiVersion": "apps/v1", "kind": "Deployment", "name": GATEWAY} or not target:
            problems.append(f"HPA {hpa['metadata']['name']} targets {ref}, not the gateway Deployment")
        elif "replicas" in target[0]["spec"]:
            problems.append("the gateway Deployment sets spec.replicas, which fights the HPA on every apply")
        if hpa["spec"].get("minReplicas", 1) < 2 or hpa["spec"]["maxReplicas"] < hpa["spec"].get("minReplicas", 1):
            problems.append("HPA needs minReplicas >= 2 (the PDB then allows a drain) and maxReplicas >= minReplicas")
    return problems


def check_selectors(docs: list[Doc]) -> list[str]:
    """PDBs and NetworkPolicies select exactly one workload's pods; Services select pods and name real ports."""
    problems = []
    pods = [(w["metadata"]["name"], pod_labels(w), w) for w in workloads(docs)]
    for kind, field in (("PodDisruptionBudget", "selector"), ("NetworkPolicy", "podSelector")):
        for obj in by_kind(docs, kind):
            hits = [name for name, labels, _ in pods if selects(obj["spec"][field], labels)]
            if hits != [obj["metadata"]["name"]]:
                problems.append(f"{kind} {obj['metadata']['name']} selects {hits}")
    if GATEWAY not in [p["metadata"]["name"] for p in by_kind(docs, "PodDisruptionBudget")]:
        problems.append("no PodDisruptionBudget for the gateway")
    for svc in by_kind(docs, "Service"):
        hits = [w for _, labels, w in pods if selects(svc["spec"].get("selector", {}), labels)]
        if len(hits) != 1:
            problems.append(f"Service {svc['metadata']['name']} selects {len(hits)} workloads")
            continue
        names = {p.get("name") for c in pod_spec(hits[0])["containers"] for p in c.get("ports", [])}
        for port in svc["spec"]["ports"]:
            if isinstance(port.get("targetPort"), str) and port["targetPort"] not in names:
                problems.append(f"Service {svc['metadata']['name']}: targetPort {port['targetPort']} not declared")
    return problems


def check_references(docs: list[Doc]) -> list[str]:
    """Every ConfigMap, Secret, PVC and ServiceAccount a pod names is in the build (with the key it reads), and
    every $(VAR) in a command or args is defined in that container's env (Kubernetes leaves unknown ones as is)."""
    problems = []
    names = {(d["kind"], d["metadata"]["name"]): d for d in docs}
    for w in workloads(docs):
        spec, wname = pod_spec(w), w["metadata"]["name"]
        if ("ServiceAccount", spec.get("serviceAccountName", "default")) not in names:
            problems.append(f"{wname}: ServiceAccount {spec.get('serviceAccountName')} missing")
        for vol in spec.get("volumes", []):
            if "configMap" in vol and ("ConfigMap", vol["configMap"]["name"]) not in names:
                problems.append(f"{wname}: volume ConfigMap {vol['configMap']['name']} missing")
            claim = vol.get("persistentVolumeClaim", {}).get("claimName")
            if claim and ("PersistentVolumeClaim", claim) not in names:
                problems.append(f"{wname}: PVC {claim} missing")
        for ctr in containers(w):
            for source in ctr.get("envFrom", []):
                for key, kind in (("configMapRef", "ConfigMap"), ("secretRef", "Secret")):
                    if key in source and (kind, source[key]["name"]) not in names:
                        problems.append(f"{wname}/{ctr['name']}: {kind} {source[key]['name']} missing")
            defined = set()
            for env in ctr.get("env", []):
                defined.add(env["name"])
                for key, kind in (("configMapKeyRef", "ConfigMap"), ("secretKeyRef", "Secret")):
                    ref = env.get("valueFrom", {}).get(key)
                    if ref is None:
                        continue
                    obj = names.get((kind, ref["name"]))
                    if obj is None or ref["key"] not in {**obj.get("data", {}), **obj.get("stringData", {})}:
                        problems.append(f"{wname}/{ctr['name']}: {env['name']} reads missing {kind} key {ref}")
            for arg in [*ctr.get("command", []), *ctr.get("args", [])]:
                for var in re.findall(r"\$\(([A-Za-z_][A-Za-z0-9_]*)\)", str(arg)):
                    if var not in defined:
                        problems.append(f"{wname}/{ctr['name']}: $({var}) is not defined in env")
    return problems


def check_servicemonitors(docs: list[Doc]) -> list[str]:
    """The allow-listed CRD kind, checked by hand: selects one Service by its labels, scrapes a named port."""
    problems = []
    services = by_kind(docs, "Service")
    for sm in by_kind(docs, "ServiceMonitor"):
        spec = sm.get("spec", {})
        hits = [s for s in services if selects(spec.get("selector", {}), s["metadata"].get("labels", {}))]
        if len(hits) != 1:
            problems.append(f"ServiceMonitor {sm['metadata']['name']} selects {len(hits)} Services")
            continue
        ports = {p.get("name") for p in hits[0]["spec"]["ports"]}
        for ep in spec.get("endpoints") or [{}]:
            if ep.get("port") not in ports or ep.get("path", "/metrics") != "/metrics":
                problems.append(f"ServiceMonitor {sm['metadata']['name']}: endpoint {ep} is not a named /metrics")
    return problems


ALL_CHECKS = (check_probes, check_vllm_startup_budget, check_resources, check_images, check_security,
              check_vllm_service, check_upstreams, check_hpa, check_selectors, check_references)


# ----------------------------------------------------------------------------------------------- schema tests


@pytest.fixture(scope="module")
def validate() -> Iterator[Any]:
    """kubernetes_validate.validate in strict mode (no unknown fields), with its schema files read once."""
    try:
        from kubernetes_validate import utils
    except ImportError:
        missing("kubernetes-validate (pip install kubernetes-validate)")
    original = utils.schema_contents
    utils.schema_contents = functools.cache(original)
    versions = [utils.latest_version() if v == "latest" else v for v in K8S_VERSIONS]

    def run(doc: Doc, where: str) -> None:
        if (doc.get("apiVersion"), doc.get("kind")) in CRD_KINDS:
            return  # no built-in schema; check_servicemonitors covers it
        for version in versions:
            try:
                utils.validate(doc, version, strict=True)
            except utils.SchemaNotFoundError as exc:
                pytest.fail(f"{where}: {exc.message} (a new CRD kind must be added to CRD_KINDS and checked)")
            except utils.ValidationError as exc:
                path = "/".join(str(p) for p in exc.path)
                pytest.fail(f"{where}: {doc['kind']}/{doc['metadata'].get('name')} @ {path}: {exc.message} "
                            f"(Kubernetes {version})")

    yield run
    utils.schema_contents = original


def test_raw_manifests_validate(validate: Any) -> None:
    docs = list(raw_manifests())
    assert len(docs) >= 14, "deploy/k8s resource files went missing"
    for path, doc in docs:
        validate(doc, str(path.relative_to(ROOT)))


@pytest.mark.parametrize("target", ["base", *(f"overlays/{o}" for o in OVERLAYS)])
def test_rendered_manifests_validate(validate: Any, target: str) -> None:
    for doc in render(target):
        validate(doc, target)


def test_overlays_are_the_documented_ones() -> None:
    assert set(OVERLAYS) == {"h100", "l4", "cpu"}


def test_validator_rejects_a_bad_manifest(validate: Any) -> None:
    bad = copy.deepcopy(next(d for _, d in raw_manifests() if d["kind"] == "Deployment"))
    bad["spec"]["template"]["spec"]["containers"][0]["resource"] = {}  # typo for "resources"
    with pytest.raises(pytest.fail.Exception, match="resource"):
        validate(bad, "mutated")
    bad = copy.deepcopy(next(d for _, d in raw_manifests() if d["kind"] == "Service"))
    bad["kind"] = "ServiceMonitorr"
    with pytest.raises(pytest.fail.Exception, match="CRD_KINDS"):
        validate(bad, "mutated")


# ----------------------------------------------------------------------------------------- property tests


@pytest.mark.parametrize("target", ["base", *(f"overlays/{o}" for o in OVERLAYS)])
@pytest.mark.parametrize("check", ALL_CHECKS, ids=lambda c: c.__name__)
def test_rendered_build_passes(target: str, check: Any) -> None:
    docs = render(target)
    if target == "base":  # the overlays supply the API-key Secret; stand one in so the other references count
        docs.append({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "elson-api-keys"},
                     "data": {"ELSON_API_KEYS": ""}})
    assert check(docs) == []


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_overlay_namespaces_everything(overlay: str) -> None:
    docs = render(f"overlays/{overlay}")
    namespaces = {d["metadata"]["name"] for d in by_kind(docs, "Namespace")}
    assert namespaces == {"elson"}
    for doc in docs:
        if doc["kind"] != "Namespace":
            assert doc["metadata"].get("namespace") == "elson", f"{doc['kind']}/{doc['metadata']['name']}"


def test_base_is_namespace_agnostic() -> None:
    for path, doc in raw_manifests():
        assert "namespace" not in doc["metadata"] or doc["kind"] == "Namespace", path
    assert all("namespace" not in d["metadata"] for d in render("base"))


@pytest.mark.parametrize("overlay", GPU_OVERLAYS)
def test_gpu_overlays_run_vllm(overlay: str) -> None:
    docs = render(f"overlays/{overlay}")
    sts = one(docs, "StatefulSet", "vllm")
    (ctr,) = pod_spec(sts)["containers"]
    assert ctr["command"] == ["vllm", "serve"]
    args = ctr["args"]
    for flag in ("--enable-auto-tool-choice", "--enable-prefix-caching", "--max-model-len",
                 "--gpu-memory-utilization", "--chat-template"):
        assert flag in args
    assert args[args.index("--tool-call-parser") + 1] == "hermes"
    mounts = {m["mountPath"]: m for m in ctr["volumeMounts"]}
    assert mounts["/models"].get("readOnly") is True
    templates = one(docs, "ConfigMap", next(v["configMap"]["name"] for v in pod_spec(sts)["volumes"]
                                             if v["name"] == "chat-templates"))
    assert "/etc/vllm/templates" in mounts and "chatml_hermes_tools.jinja" in templates["data"]
    assert args[args.index("--chat-template") + 1] == "$(VLLM_CHAT_TEMPLATE)"
    vllm_config = one(docs, "ConfigMap", ctr["env"][0]["valueFrom"]["configMapKeyRef"]["name"])["data"]
    assert vllm_config["VLLM_MODEL"].startswith("/models/")
    # The served model's own template (next to its weights) or one of the mounted ones.
    template = vllm_config["VLLM_CHAT_TEMPLATE"]
    assert (template == f"{vllm_config['VLLM_MODEL']}/chat_template.jinja"
            or template.removeprefix("/etc/vllm/templates/") in templates["data"]), template
    assert pod_spec(sts)["nodeSelector"], "GPU overlays pin the GPU model with a nodeSelector"


def test_l4_serves_quantized_weights_with_a_shorter_context() -> None:
    def config(overlay: str) -> dict[str, str]:
        docs = render(f"overlays/{overlay}")
        return next(c for c in by_kind(docs, "ConfigMap") if "VLLM_MODEL" in c.get("data", {}))["data"]

    l4, h100 = config("l4"), config("h100")
    assert int(l4["VLLM_MAX_MODEL_LEN"]) < int(h100["VLLM_MAX_MODEL_LEN"])
    assert l4["VLLM_KV_CACHE_DTYPE"] == "fp8" and l4["VLLM_MODEL"] != h100["VLLM_MODEL"]


def test_cpu_overlay_is_gateway_only_with_the_embedded_engine() -> None:
    docs = render("overlays/cpu")
    assert not by_kind(docs, "StatefulSet") and not by_kind(docs, "PersistentVolumeClaim")
    assert {s["metadata"]["name"] for s in by_kind(docs, "Service")} == {GATEWAY}
    env = gateway_env(docs)
    assert env["ELSON_ENGINE"] == "embedded" and "ELSON_UPSTREAMS" not in env
    assert int(env["ELSON_THREADS"]) <= quantity(
        pod_spec(one(docs, "Deployment", GATEWAY))["containers"][0]["resources"]["limits"]["cpu"])
    base_cpu = pod_spec(one(render("base"), "Deployment", GATEWAY))["containers"][0]["resources"]["requests"]["cpu"]
    cpu_cpu = pod_spec(one(docs, "Deployment", GATEWAY))["containers"][0]["resources"]["requests"]["cpu"]
    assert quantity(cpu_cpu) > quantity(base_cpu)


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_api_keys_come_from_a_placeholder_secret(overlay: str) -> None:
    """The key reaches the gateway via secretKeyRef, and the repository holds only the CHANGE-ME placeholder."""
    import base64

    docs = render(f"overlays/{overlay}")
    (ctr,) = pod_spec(one(docs, "Deployment", GATEWAY))["containers"]
    (env,) = [e for e in ctr["env"] if e["name"] == "ELSON_API_KEYS"]
    ref = env["valueFrom"]["secretKeyRef"]
    assert ref.get("optional") is not True
    secret = one(docs, "Secret", ref["name"])
    assert base64.b64decode(secret["data"][ref["key"]]).decode() == "CHANGE-ME"
    assert "ELSON_API_KEYS" not in gateway_env(docs), "keys must not sit in a ConfigMap or a literal env value"


def test_gateway_listens_on_all_interfaces() -> None:
    env = gateway_env(render("base"))
    assert env["ELSON_HOST"] == "0.0.0.0"  # the default, 127.0.0.1, would make every probe fail
    ports = pod_spec(one(render("base"), "Deployment", GATEWAY))["containers"][0]["ports"]
    assert [p["containerPort"] for p in ports] == [int(env["ELSON_PORT"])]


def test_vllm_network_policy_admits_the_gateway() -> None:
    docs = render("base")
    policy = one(docs, "NetworkPolicy", "vllm")
    gateway_labels = pod_labels(one(docs, "Deployment", GATEWAY))
    assert any(selects(peer["podSelector"], gateway_labels)
               for rule in policy["spec"]["ingress"] for peer in rule["from"] if "podSelector" in peer)


def test_chat_template_copy_matches_the_source() -> None:
    source = ROOT / "deploy" / "vllm" / "templates" / "chatml_hermes_tools.jinja"
    assert (K8S / "base" / "vllm" / source.name).read_text() == source.read_text(), (
        f"copy {source.relative_to(ROOT)} to deploy/k8s/base/vllm/")


def test_components(tmp_path: Path, validate: Any) -> None:
    """The opt-in components applied to the h100 overlay: ServiceMonitors and the in-flight-requests HPA."""
    rel = os.path.relpath(K8S, tmp_path)
    (tmp_path / "kustomization.yaml").write_text(yaml.safe_dump({
        "namespace": "elson",
        "resources": [f"{rel}/overlays/h100"],
        "components": [f"{rel}/components/servicemonitor", f"{rel}/components/hpa-requests-running"],
    }))
    docs = copy.deepcopy(list(_render(str(tmp_path))))
    for doc in docs:
        validate(doc, "components")
    assert {d["metadata"]["name"] for d in by_kind(docs, "ServiceMonitor")} == {GATEWAY, "vllm"}
    assert check_servicemonitors(docs) == []
    assert check_hpa(docs) == []
    (metric,) = one(docs, "HorizontalPodAutoscaler", GATEWAY)["spec"]["metrics"]
    assert metric["type"] == "Pods" and metric["pods"]["metric"]["name"] == "elson_num_requests_running"
    # The gauge it is derived from (through prometheus-adapter's rename) exists in the gateway.
    assert '"elson:num_requests_running"' in (ROOT / "service" / "metrics.py").read_text()


# ----------------------------------------------------------------------------- the checks catch what they claim


def _mutated(target: str, kind: str, name: str) -> tuple[list[Doc], Doc]:
    docs = render(target)
    return docs, one(docs, kind, name)


def test_checks_catch_broken_manifests() -> None:
    docs, deploy = _mutated("overlays/h100", "Deployment", GATEWAY)
    deploy["spec"]["template"]["spec"]["containers"][0]["readinessProbe"]["httpGet"]["path"] = "/health"
    assert check_probes(docs)

    docs, sts = _mutated("overlays/h100", "StatefulSet", "vllm")
    sts["spec"]["template"]["spec"]["containers"][0]["startupProbe"]["failureThreshold"] = 30
    assert check_vllm_startup_budget(docs)

    docs, deploy = _mutated("overlays/h100", "Deployment", GATEWAY)
    del deploy["spec"]["template"]["spec"]["containers"][0]["resources"]["limits"]["memory"]
    assert check_resources(docs)
    docs, sts = _mutated("overlays/h100", "StatefulSet", "vllm")
    del sts["spec"]["template"]["spec"]["containers"][0]["resources"]["limits"]["nvidia.com/gpu"]
    assert check_resources(docs)

    for image in ("ghcr.io/elson/gateway:latest", "ghcr.io/elson/gateway", "localhost:5000/gateway"):
        docs, deploy = _mutated("overlays/h100", "Deployment", GATEWAY)
        deploy["spec"]["template"]["spec"]["containers"][0]["image"] = image
        assert check_images(docs), image

    docs, deploy = _mutated("overlays/h100", "Deployment", GATEWAY)
    deploy["spec"]["template"]["spec"]["securityContext"]["runAsNonRoot"] = False
    assert check_security(docs)
    docs, sts = _mutated("overlays/h100", "StatefulSet", "vllm")
    sts["spec"]["template"]["spec"]["containers"][0]["securityContext"]["readOnlyRootFilesystem"] = False
    assert check_security(docs)

    docs, svc = _mutated("overlays/h100", "Service", "vllm")
    del svc["spec"]["clusterIP"]
    assert check_vllm_service(docs)


def test_upstreams_check_tracks_the_replica_count() -> None:
    docs, sts = _mutated("overlays/h100", "StatefulSet", "vllm")
    sts["spec"]["replicas"] = 3  # scaled without adding vllm-2 to ELSON_UPSTREAMS
    assert any("vllm-2" in p for p in check_upstreams(docs))

    docs, sts = _mutated("overlays/l4", "StatefulSet", "vllm")
    sts["spec"]["replicas"] = 2  # scaled down, vllm-2 still listed
    assert check_upstreams(docs)

    docs = render("overlays/h100")
    config = next(c for c in by_kind(docs, "ConfigMap") if "ELSON_UPSTREAMS" in c.get("data", {}))
    config["data"]["ELSON_UPSTREAMS"] = "http://vllm-0.vllm.other.svc:8000,http://vllm-1.vllm.other.svc:8000"
    assert any("namespace" in p for p in check_upstreams(docs))
    config["data"]["ELSON_UPSTREAMS"] = "http://vllm-0.vllm.elson.svc.cluster.local:8000,http://vllm-1.vllm:8000"
    assert check_upstreams(docs) == []  # fully qualified names are fine
    config["data"]["ELSON_UPSTREAMS"] = "http://vllm-0.vllm:8080,http://vllm-1.vllm:8000"
    assert check_upstreams(docs)


def test_hpa_and_selector_checks_catch_mistargeting() -> None:
    docs, hpa = _mutated("overlays/h100", "HorizontalPodAutoscaler", GATEWAY)
    hpa["spec"]["scaleTargetRef"]["name"] = "gateway"
    assert check_hpa(docs)
    docs, deploy = _mutated("overlays/h100", "Deployment", GATEWAY)
    deploy["spec"]["replicas"] = 3
    assert check_hpa(docs)

    docs, pdb = _mutated("overlays/h100", "PodDisruptionBudget", GATEWAY)
    pdb["spec"]["selector"]["matchLabels"] = {"app.kubernetes.io/name": "elson"}
    assert check_selectors(docs)
    docs, pdb = _mutated("overlays/h100", "PodDisruptionBudget", GATEWAY)
    pdb["spec"]["selector"]["matchLabels"] = {"app.kubernetes.io/part-of": "elson"}  # both workloads
    assert check_selectors(docs)


def test_reference_checks_catch_dangling_names() -> None:
    docs, sts = _mutated("overlays/h100", "StatefulSet", "vllm")
    sts["spec"]["template"]["spec"]["containers"][0]["args"].append("$(VLLM_UNDEFINED)")
    assert check_references(docs)
    docs = [d for d in render("overlays/h100") if d["kind"] != "Secret"]
    assert check_references(docs)
    docs = [d for d in render("overlays/h100") if d["kind"] != "PersistentVolumeClaim"]
    assert check_references(docs)

    docs = render("overlays/h100")
    docs += copy.deepcopy([d for d in yaml.safe_load_all((K8S / "components/servicemonitor/servicemonitor.yaml")
                                                         .read_text()) if d])
    assert check_servicemonitors(docs) == []
    docs[-1]["spec"]["endpoints"][0]["port"] = "metrics"
    assert check_servicemonitors(docs)


@pytest.mark.parametrize("target", ["base", *(f"overlays/{o}" for o in OVERLAYS)])
def test_gateway_settings_parse(target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every ELSON_* key the manifests set is a real setting (pydantic-settings ignores unknown ones silently),
    and the gateway's own Settings accept the values."""
    from service.settings import Settings

    env = {k: v for k, v in gateway_env(render(target)).items() if k.startswith("ELSON_")}
    unknown = sorted(k for k in env if k.removeprefix("ELSON_").lower() not in Settings.model_fields)
    assert not unknown, f"not gateway settings: {unknown}"
    for key in [k for k in os.environ if k.startswith("ELSON_")]:
        monkeypatch.delenv(key)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    settings = Settings()
    assert settings.host == "0.0.0.0" and settings.engine_kind == env["ELSON_ENGINE"]
    if settings.engine_kind == "vllm":
        assert len(settings.upstreams) >= 2


def test_checkov_skips_are_justified() -> None:
    """Every checkov skip annotation gives a reason, and every skipped check is in the README's decision table."""
    readme = (K8S / "README.md").read_text()
    skips = [(path, key, value) for path, doc in raw_manifests()
             for key, value in doc["metadata"].get("annotations", {}).items() if key.startswith("checkov.io/skip")]
    assert skips, "expected the documented CKV_K8S_43 / CKV_K8S_35 skips"
    for path, key, value in skips:
        check, _, reason = value.partition("=")
        assert re.fullmatch(r"CKV2?_K8S_\d+", check) and len(reason) >= 40, f"{path}: {key} needs ID=reason"
        assert f"| {check} " in readme, f"{check} ({path.name}) is missing from deploy/k8s/README.md's table"
