"""BKFI Desktop: a unit office's plan tasks, progress and signed periodic reports."""

__version__ = "0.1.0"
