"""The two interviewers behind one protocol: live (a model) and offline (deterministic)."""
