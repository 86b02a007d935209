"""User-facing errors, in one place (like spaCy's errors.py).

Every error that reaches a user names the file (or input) and the problem,
and where possible what to do about it.
"""
from __future__ import annotations


class SitrepError(Exception):
    """Base class of every error sitrep reports to a user."""


class InputError(SitrepError):
    """A single input (file, line, record) could not be read; the run goes on without it."""

    def __init__(self, source: str, problem: str):
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class StoreError(SitrepError):
    """The store cannot be opened or has an unexpected schema."""


class UsageError(SitrepError):
    """The command was called wrongly (exit code 2)."""
