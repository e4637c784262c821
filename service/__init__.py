"""Elson gateway: an OpenAI-compatible chat-completions service with a server-side finance agent loop."""
