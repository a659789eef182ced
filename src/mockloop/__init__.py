"""mockloop: turn interview prep notes into a rehearsal."""

__version__ = "0.1.0"
