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


# ---------------------------------------------------------------- model access (llm.py, structured.py)


class MissingKeyError(ConfigError):
    """A keyed provider was chosen but its API-key environment variable is empty."""


class AuthError(LLMError):
    """The endpoint rejected the key (401/403)."""


class ModelNotFoundError(LLMError):
    """The endpoint does not serve the requested model (404)."""


class ContextLengthError(LLMError):
    """The prompt is longer than the model's context; the caller condenses history and retries."""


class BadRequestError(LLMError):
    """The endpoint refused the request as malformed (400/422); retrying cannot help."""


class RetriesExhaustedError(LLMError):
    """Transient failures (429, 5xx, dropped connections) outlasted every retry."""


class StructuredOutputError(LLMError):
    """The model never produced JSON that validates against the schema."""


def describe(exc: Exception) -> str:
    """The first thing wrong, on one line: a pydantic error's field and message."""
    from pydantic import ValidationError  # here: errors is imported by `mockloop --help`

    if isinstance(exc, ValidationError) and exc.errors():
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or "value"
        return f"{field}: {first['msg']}"
    return " ".join(str(exc).split())
