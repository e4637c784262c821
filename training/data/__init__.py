"""The training-data pipeline: record schema, generators, build and validation, classifier, buckets, curriculum.

Each stage is an importable function and an ``elson data ...`` command; nothing heavy happens at import.
"""
