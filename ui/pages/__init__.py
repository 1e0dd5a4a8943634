"""Pages of the desktop app."""
