"""Server storage: its own tables, the revision sequence, push/pull and scope queries."""
