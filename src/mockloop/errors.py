"""A small exception hierarchy; the CLI prints each as one line and exits with its code."""

from __future__ import annotations


class MockloopError(Exception):
    """A failure the user can act on. The message names the problem and the fix."""

    exit_code = 1


class UsageError(MockloopError):
    """Bad input from the user: a path, a round id, a plan file."""

    exit_code = 2


class NotesError(UsageError):
    pass


class PlanError(UsageError):
    pass


class UnknownRoundError(UsageError):
    pass


class StoreError(MockloopError):
    pass


class ConfigError(MockloopError):
    pass


class LLMError(MockloopError):
    """The model endpoint failed in a way retries did not fix."""
