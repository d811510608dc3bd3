"""narrator: turn a news article into a podcast episode."""

__version__ = "0.1.0"
