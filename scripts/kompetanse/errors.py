"""Exceptions for "could not run" (invalid data is a result, never an exception)."""


class KompetanseError(Exception):
    """Base class: something stopped a command from running at all."""


class ReferenceDataError(KompetanseError):
    """A table in data/ is missing or cannot be read into the model."""


class SchemaLoadError(KompetanseError):
    """A schema file is missing or is not valid JSON."""


class GitError(KompetanseError):
    """A git operation failed (unreadable repository, unknown ref, push refused)."""
