"""mirrorbot: a reflective-listening companion for the terminal."""

__version__ = "0.1.0"
