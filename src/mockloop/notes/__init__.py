"""Notes → Notes records → InterviewPlan: the line parser, round detection, plan I/O, model extraction."""
