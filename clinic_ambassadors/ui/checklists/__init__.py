"""Checklist widgets: the reusable ChecklistPanel, onboarding, crisis mode, template editor."""
