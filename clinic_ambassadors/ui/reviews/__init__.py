"""The Reviews page: the reviewer's queue and the manager's overview of drafts in review."""

from __future__ import annotations

from clinic_ambassadors.ui.reviews.page import ReviewsPage

__all__ = ["ReviewsPage"]
