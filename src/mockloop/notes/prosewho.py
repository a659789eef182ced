"""Who a round told in prose is with: "Thursday 2pm I go in to meet Luca", "at 1:30 I'll have
a chat with the head chef", "Then Nov 19 with Marcus Oyelaran, the Director of Engineering",
and what the recruiter "called it" ("a sit-down")."""

from __future__ import annotations

import re

__all__ = ["CALLED_IT", "MEET", "MEET_WHO", "WITH_EARLY"]

MEET = re.compile(
    r"\b(?:to\s+)?meet\s+(?:with\s+)?((?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)",
    re.IGNORECASE,
)

WITH_EARLY = re.compile(
    r"^\s*,?\s*(?:[\w/.–-]+\s+){0,4}?with\s+((?:Dr\.?\s+)?(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z])[\w'’-]+)"
    r"(?:,\s+(?!(?:who|which|whom|that|and)\b)(?:the\s+|our\s+|their\s+)?([^,.;]{3,50}))?"
)

CALLED_IT = re.compile(r"(?i)\bcalled\s+it\s+[\"“']+(?:an?\s+)?([^\"”']{3,40})[\"”']")

MEET_WHO = re.compile(
    r"(?i)^\s*(?:I|we)(?:'ll|\s+will)?\s+(?:meet(?:\s+with)?|see|spoke\s+with|talked\s+(?:to|with)"
    r"|have\s+(?:[\w-]+\s+){1,3}with)\s+(?:(the\s+[a-z][^,.;]{2,60}?)"
    r"(?=\s+together\b|[,.;]|$)|((?:(?:dr|mr|mrs|ms)\.?\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}))"
)
