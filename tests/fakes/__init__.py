"""Test doubles. :mod:`tests.fakes.upstream_server` is a scripted fake vLLM server process (see its docstring)."""
