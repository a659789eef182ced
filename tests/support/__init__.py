"""Test doubles and helpers shared by tests and bench/: the loopback server."""
