"""Mixframe: compose and run cloud recordings of real-time-video rooms."""

__version__ = "0.1.0"
