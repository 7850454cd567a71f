"""The Drafts area: list and board of drafts, and the editor with check, revisions and comments."""

from __future__ import annotations

from clinic_ambassadors.ui.drafts.page import DraftsPage

__all__ = ["DraftsPage"]
