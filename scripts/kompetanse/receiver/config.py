"""The receiver's settings: a TOML file, overridden by ``KOMPETANSE_*`` environment variables.

The forge token is read from the environment only (``KOMPETANSE_FORGE_TOKEN``) and is never part
of the repr, so it cannot end up in a log line.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from kompetanse.errors import KompetanseError

FORGE_KINDS = ("none", "github", "gitlab")
DEFAULT_API_BY_FORGE = {"github": "https://api.github.com", "gitlab": "https://gitlab.com"}
ENV_PREFIX = "KOMPETANSE_"
TOKEN_VARIABLE = "KOMPETANSE_FORGE_TOKEN"


class ConfigError(KompetanseError):
    """The receiver's configuration is missing a value or has a wrong one."""


@dataclass(frozen=True)
class ReceiverConfig:
    """Everything the receiver needs to run (see docs/utvikling/mottak.md)."""

    remote_url: str
    state_dir: Path
    base_branch: str = "main"
    forge: str = "none"
    forge_api_url: str = ""
    forge_repo: str = ""
    allowed_origin: str = ""
    max_body_bytes: int = 1_048_576
    rate_limit_per_minute: int = 30
    rate_limit_burst: int = 10
    trust_forwarded_for: bool = False
    retry_min_seconds: float = 1.0
    retry_max_seconds: float = 60.0
    static_dir: Path | None = None
    forge_token: str = field(default="", repr=False)

    @property
    def clone_dir(self) -> Path:
        """The receiver's own clone of the remote."""
        return self.state_dir / "clone"

    @property
    def spool_dir(self) -> Path:
        """Accepted meldinger waiting to be pushed, and those done."""
        return self.state_dir / "spool"

    @property
    def api_url(self) -> str:
        """The forge's API base URL (the public one when none is given)."""
        return (self.forge_api_url or DEFAULT_API_BY_FORGE.get(self.forge, "")).rstrip("/")


INT_FIELDS = {"max_body_bytes", "rate_limit_per_minute", "rate_limit_burst"}
FLOAT_FIELDS = {"retry_min_seconds", "retry_max_seconds"}
PATH_FIELDS = {"state_dir", "static_dir"}
BOOL_FIELDS = {"trust_forwarded_for"}
SETTABLE = [f.name for f in fields(ReceiverConfig) if f.name != "forge_token"]


def _convert(name: str, value: Any) -> Any:
    try:
        if name in INT_FIELDS:
            return int(value)
        if name in FLOAT_FIELDS:
            return float(value)
        if name in PATH_FIELDS:
            return Path(value) if value not in ("", None) else None
        if name in BOOL_FIELDS:
            return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "ja")
    except (TypeError, ValueError) as error:
        raise ConfigError(f"ugyldig verdi for {name}: {value!r}") from error
    return str(value)


def read_toml(path: Path) -> dict[str, Any]:
    """The ``[mottak]`` table of a TOML file (or the whole file when it has none)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"kan ikke lese konfigurasjonen {path}: {error}") from error
    table = data.get("mottak", data)
    unknown = sorted(set(table) - set(SETTABLE))
    if unknown:
        raise ConfigError(f"ukjente innstillinger i {path}: {', '.join(unknown)}")
    return dict(table)


def values_from_env(env: Mapping[str, str]) -> dict[str, str]:
    """Settings given as ``KOMPETANSE_<NAME>`` (for example ``KOMPETANSE_REMOTE_URL``)."""
    return {
        name: env[ENV_PREFIX + name.upper()]
        for name in SETTABLE
        if ENV_PREFIX + name.upper() in env
    }


def build_config(values: Mapping[str, Any], env: Mapping[str, str]) -> ReceiverConfig:
    """A checked configuration from plain values; the token comes from ``env`` only."""
    converted = {name: _convert(name, value) for name, value in values.items()}
    for required in ("remote_url", "state_dir"):
        if not converted.get(required):
            raise ConfigError(
                f"mangler innstillingen {required} (eller {ENV_PREFIX}{required.upper()})"
            )
    config = ReceiverConfig(**converted)
    return check_config(replace(config, forge_token=env.get(TOKEN_VARIABLE, "")))


def check_config(config: ReceiverConfig) -> ReceiverConfig:
    """Refuse combinations that cannot work."""
    if config.forge not in FORGE_KINDS:
        raise ConfigError(f"forge må være en av {', '.join(FORGE_KINDS)}, ikke {config.forge!r}")
    if config.forge != "none" and not config.forge_repo:
        raise ConfigError("forge_repo mangler (owner/navn for GitHub, prosjekt-id for GitLab)")
    if config.forge != "none" and not config.forge_token:
        raise ConfigError(f"{TOKEN_VARIABLE} må være satt når forge er {config.forge}")
    if config.static_dir is not None and not config.static_dir.is_dir():
        raise ConfigError(f"static_dir {config.static_dir} finnes ikke (bygg nettstedet først)")
    if min(config.max_body_bytes, config.rate_limit_per_minute, config.rate_limit_burst) < 1:
        raise ConfigError("grensene må være positive tall")
    return config


def load_config(
    path: Path | None, env: Mapping[str, str] | None = None, **overrides: Any
) -> ReceiverConfig:
    """File values, then environment values, then explicit overrides (for example from the CLI)."""
    environment = os.environ if env is None else env
    values: dict[str, Any] = read_toml(path) if path else {}
    values |= values_from_env(environment)
    values |= {key: value for key, value in overrides.items() if value is not None}
    return build_config(values, environment)
