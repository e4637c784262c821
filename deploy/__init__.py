"""Deployment: vLLM launch profiles with their memory and cost arithmetic (``elson deploy``), the gateway image,
Compose with Prometheus and Grafana, and Kubernetes manifests. Only the Python parts are importable."""
