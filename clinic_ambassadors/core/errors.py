"""Domain errors: a stable code plus data; the UI turns the code into a sentence.

``str()`` gives a plain English default for the command line and logs.
"""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    code = "domain_error"
    default = "Something went wrong."

    def __init__(self, code: str | None = None, message: str | None = None, **data: Any) -> None:
        self.code = code or type(self).code
        self.data = data
        super().__init__(message or type(self).default)


class ValidationError(DomainError):
    """Bad input from a person; ``problems`` lists (field, code) pairs."""

    code = "invalid_input"
    default = "Some fields are not valid."

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        self.problems = problems
        super().__init__(message="Invalid input: " + ", ".join(f"{f} ({c})" for f, c in problems))


class NotFound(DomainError):
    code = "not_found"
    default = "The record was not found; it may have been removed."
