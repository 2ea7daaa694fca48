"""maitre's faces: the CLI now; the agent loop, MCP server, TUI and triggers build on ``tools``."""
