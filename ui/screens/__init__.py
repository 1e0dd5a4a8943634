"""Screens of the desktop app."""
