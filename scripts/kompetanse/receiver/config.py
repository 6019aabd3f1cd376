"""The receiver's settings: a TOML file, overridden by ``KOMPETANSE_*`` environment variables.

The forge token, the SMTP password and the receiver's secret are read from the environment only
(``KOMPETANSE_FORGE_TOKEN``, ``KOMPETANSE_SMTP_PASSWORD``, ``KOMPETANSE_SECRET``) and are never
part of the repr, so they cannot end up in a log line.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from kompetanse.errors import KompetanseError
from kompetanse.receiver.limits import origin_of, parse_networks

FORGE_KINDS = ("none", "github", "gitlab")
DEFAULT_API_BY_FORGE = {"github": "https://api.github.com", "gitlab": "https://gitlab.com"}
ENV_PREFIX = "KOMPETANSE_"
TOKEN_VARIABLE = "KOMPETANSE_FORGE_TOKEN"
SECRET_VARIABLES = {
    "forge_token": TOKEN_VARIABLE,
    "smtp_password": "KOMPETANSE_SMTP_PASSWORD",
    "secret": "KOMPETANSE_SECRET",
}
SMTP_SECURITY = ("starttls", "ssl", "none")


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
    trusted_proxies: tuple[str, ...] = ()
    header_timeout_seconds: float = 10.0
    body_timeout_seconds: float = 60.0
    retry_min_seconds: float = 1.0
    retry_max_seconds: float = 60.0
    static_dir: Path | None = None
    public_url: str = ""
    form_url: str = ""
    idempotency_hours: float = 24.0
    address_limit_per_hour: int = 20
    address_limit_burst: int = 10
    link_valid_days: int = 730
    confirmation_valid_days: int = 30
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_security: str = "starttls"
    smtp_user: str = ""
    smtp_timeout_seconds: float = 10.0
    smtp_ca_file: str = ""
    mail_from: str = "ikke-svar@kompetanse.invalid"
    mail_retry_max_seconds: float = 300.0
    forge_token: str = field(default="", repr=False)
    smtp_password: str = field(default="", repr=False)
    secret: str = field(default="", repr=False)

    @property
    def clone_dir(self) -> Path:
        """The receiver's own clone of the remote."""
        return self.state_dir / "clone"

    @property
    def spool_dir(self) -> Path:
        """Accepted meldinger waiting to be pushed, and those done."""
        return self.state_dir / "spool"

    @property
    def mail_dir(self) -> Path:
        """Letters waiting for the SMTP server."""
        return self.state_dir / "epost"

    @property
    def link_base(self) -> str:
        """Where the owner's links point: the public address, else the allowed site."""
        return (self.public_url or self.allowed_origin or "http://127.0.0.1:8000").rstrip("/")

    @property
    def form_address(self) -> str:
        """The form page on the site (for the owner's correction)."""
        return self.form_url or f"{(self.allowed_origin or self.link_base).rstrip('/')}/meld-behov/"

    @property
    def own_origin(self) -> str:
        """The receiver's origin as configured (never from a request's Host header)."""
        return origin_of(self.public_url)

    @property
    def behind_tls(self) -> bool:
        """Reached over https (so browsers are told to stay on it)."""
        return self.public_url.lower().startswith("https://")

    @property
    def api_url(self) -> str:
        """The forge's API base URL (the public one when none is given)."""
        return (self.forge_api_url or DEFAULT_API_BY_FORGE.get(self.forge, "")).rstrip("/")


INT_FIELDS = {
    "max_body_bytes",
    "rate_limit_per_minute",
    "rate_limit_burst",
    "address_limit_per_hour",
    "address_limit_burst",
    "link_valid_days",
    "confirmation_valid_days",
    "smtp_port",
}
FLOAT_FIELDS = {
    "retry_min_seconds",
    "retry_max_seconds",
    "idempotency_hours",
    "smtp_timeout_seconds",
    "mail_retry_max_seconds",
    "header_timeout_seconds",
    "body_timeout_seconds",
}
PATH_FIELDS = {"state_dir", "static_dir"}
BOOL_FIELDS: set[str] = set()
LIST_FIELDS = {"trusted_proxies"}
REPLACED_BY = {"trust_forwarded_for": "trusted_proxies"}
SETTABLE = [f.name for f in fields(ReceiverConfig) if f.name not in SECRET_VARIABLES]


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
        if name in LIST_FIELDS:
            return as_tuple(value)
    except (TypeError, ValueError) as error:
        raise ConfigError(f"ugyldig verdi for {name}: {value!r}") from error
    return str(value)


def as_tuple(value: Any) -> tuple[str, ...]:
    """A TOML list, or a comma-separated string from the environment."""
    items = value.split(",") if isinstance(value, str) else list(value)
    return tuple(str(item).strip() for item in items if str(item).strip())


def refuse_replaced(names: set[str], source: object) -> None:
    """A setting that was taken away names the one that replaced it."""
    for old in sorted(names & set(REPLACED_BY)):
        raise ConfigError(f"{old} i {source} er erstattet av {REPLACED_BY[old]}; se mottak.md")


def read_toml(path: Path) -> dict[str, Any]:
    """The ``[mottak]`` table of a TOML file (or the whole file when it has none)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"kan ikke lese konfigurasjonen {path}: {error}") from error
    table = data.get("mottak", data)
    refuse_replaced(set(table), path)
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
    hidden: dict[str, Any] = {
        name: env.get(variable, "") for name, variable in SECRET_VARIABLES.items()
    }
    return check_config(replace(config, **hidden))


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
    limits = (config.max_body_bytes, config.rate_limit_per_minute, config.rate_limit_burst)
    if min(*limits, config.address_limit_per_hour, config.address_limit_burst) < 1:
        raise ConfigError("grensene må være positive tall")
    if config.smtp_security not in SMTP_SECURITY:
        raise ConfigError(f"smtp_security må være en av {', '.join(SMTP_SECURITY)}")
    check_smtp(config)
    check_network(config)
    if min(config.idempotency_hours, config.link_valid_days, config.confirmation_valid_days) <= 0:
        raise ConfigError("gyldighetstidene må være positive tall")
    return config


def check_smtp(config: ReceiverConfig) -> None:
    """A login only over TLS, and a CA file that exists."""
    if config.smtp_user and config.smtp_security == "none":
        raise ConfigError(
            "smtp_user krever smtp_security = starttls eller ssl (passordet skal ikke sendes ukryptert)"
        )
    if config.smtp_ca_file and not Path(config.smtp_ca_file).is_file():
        raise ConfigError(f"smtp_ca_file {config.smtp_ca_file} finnes ikke")


def check_network(config: ReceiverConfig) -> None:
    """Proxy addresses that parse, time limits above zero, and absolute public addresses."""
    try:
        parse_networks(config.trusted_proxies)
    except ValueError as error:
        raise ConfigError(
            f"trusted_proxies: {error} (skriv adresser eller nett, som 10.0.0.0/24)"
        ) from error
    if min(config.header_timeout_seconds, config.body_timeout_seconds) <= 0:
        raise ConfigError("header_timeout_seconds og body_timeout_seconds må være positive tall")
    for name in ("public_url", "allowed_origin"):
        value = getattr(config, name)
        if value and not origin_of(value):
            raise ConfigError(
                f"{name} må være en hel adresse med https:// eller http://, ikke {value!r}"
            )


def load_config(
    path: Path | None, env: Mapping[str, str] | None = None, **overrides: Any
) -> ReceiverConfig:
    """File values, then environment values, then explicit overrides (for example from the CLI)."""
    environment = os.environ if env is None else env
    refuse_replaced(
        {k[len(ENV_PREFIX) :].lower() for k in environment if k.startswith(ENV_PREFIX)}, "miljøet"
    )
    values: dict[str, Any] = read_toml(path) if path else {}
    values |= values_from_env(environment)
    values |= {key: value for key, value in overrides.items() if value is not None}
    return build_config(values, environment)
