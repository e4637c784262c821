"""vLLM launch profiles: checks, memory plan, the ``vllm serve`` command line and a launcher with a health wait."""
