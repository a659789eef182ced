"""Scores: aggregation, the LLM judge, the offline heuristic, background grading, calibration."""
