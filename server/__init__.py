"""The program's central sync server (FastAPI). Never imports the desktop UI.

Not built yet: see the central-server issue.
"""
