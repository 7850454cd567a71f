"""Locate the data that ships with the app (rules, checklists, translations).

In an installed wheel the top-level ``resources/`` folder is packed as
``clinic_ambassadors/resources``; in a source checkout it sits beside the package.
"""

from __future__ import annotations

from pathlib import Path


def resource_dir() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("The app's resources folder is missing; reinstall Clinic Ambassadors.")


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
