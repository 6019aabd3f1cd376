"""Checks of behovsmeldinger and reference tables. Invalid data is a result: a list of Problems."""
