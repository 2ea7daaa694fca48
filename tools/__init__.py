"""maitre's domain: guest models, the store, the guards and the tool functions.

Nothing here imports an LLM SDK, MCP or a UI toolkit; the faces in ``agent`` build on it.
"""
