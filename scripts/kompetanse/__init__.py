"""Behovsmeldinger, validering og fordeling for lokal kompetanseutvikling i barnehage og grunnopplæring."""

__version__ = "0.1.0"
