"""Evaluation: the domain quiz benchmark and the serving benchmark, against any OpenAI-compatible endpoint."""
