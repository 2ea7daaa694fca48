"""Unattended runs: webhooks into a durable inbox, a worker that applies them once, the daily briefing."""
