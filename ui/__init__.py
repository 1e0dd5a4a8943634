"""The desktop app (PySide6 Qt Widgets). Talks only to coachapp.services and sync.engine.

Not built yet: see the desktop-app issue.
"""
