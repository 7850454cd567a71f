"""Compliance-check widgets: background runner, underlines, findings list, Quick check page.

Names are loaded on first use, so the checker's child process (see ``isolated``) can
import this package without pulling in Qt widgets.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "CheckResult": "runner",
    "CheckRunner": "runner",
    "FindingsHighlighter": "highlighter",
    "FindingsList": "findings_list",
    "FindingsModel": "findings_list",
    "QuickCheckPage": "quick_check_page",
    "TextOffsets": "offsets",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
