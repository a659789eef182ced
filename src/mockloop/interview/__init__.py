"""The interview: agenda, the turn loop, sessions (start, resume), the terminal UI."""
