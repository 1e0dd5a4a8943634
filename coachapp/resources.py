"""Where CoachApp's bundled data files (word lists and the like) live on disk."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources`` folder: inside the PyInstaller bundle when frozen, else the repo's."""
    # PyInstaller unpacks data files under sys._MEIPASS; the installer spec is expected to
    # place the folder there as "resources" (datas=[("resources", "resources")]).
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    # coachapp/resources.py -> parents[0] is coachapp/, parents[1] is the repository root.
    return Path(__file__).resolve().parents[1] / "resources"
