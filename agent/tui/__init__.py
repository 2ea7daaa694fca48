"""The manager's Textual app: chat beside the guest in focus, and views for tonight, duplicates, the
journal and approvals. It calls the same tool functions as everything else, as the manager."""
