"""The typer app: parses flags, calls one function per command, maps errors to one line."""
