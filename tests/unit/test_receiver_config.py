"""Receiver settings: TOML file, environment overrides, the token from the environment only."""

from __future__ import annotations

from pathlib import Path

import pytest

from kompetanse.receiver.config import ConfigError, load_config


def write(path: Path, text: str) -> Path:
    """A TOML file."""
    path.write_text(text, encoding="utf-8")
    return path


def test_file_values_are_overridden_by_the_environment(tmp_path: Path) -> None:
    file = write(
        tmp_path / "m.toml",
        '[mottak]\nremote_url = "/srv/repo.git"\nstate_dir = "/var/mottak"\nmax_body_bytes = 5000\n',
    )
    env = {"KOMPETANSE_MAX_BODY_BYTES": "7000", "KOMPETANSE_ALLOWED_ORIGIN": "https://sf.example"}
    config = load_config(file, env)
    assert config.remote_url == "/srv/repo.git" and config.state_dir == Path("/var/mottak")
    assert config.max_body_bytes == 7000 and config.allowed_origin == "https://sf.example"
    assert config.clone_dir == Path("/var/mottak/clone")


def test_the_token_comes_from_the_environment_and_never_shows(tmp_path: Path) -> None:
    env = {
        "KOMPETANSE_REMOTE_URL": "https://example.invalid/r.git",
        "KOMPETANSE_STATE_DIR": str(tmp_path),
        "KOMPETANSE_FORGE": "gitlab",
        "KOMPETANSE_FORGE_REPO": "42",
        "KOMPETANSE_FORGE_TOKEN": "glpat-hemmelig",
    }
    config = load_config(None, env)
    assert config.forge_token == "glpat-hemmelig" and config.api_url == "https://gitlab.com"
    assert "glpat-hemmelig" not in repr(config)


def test_a_token_in_the_file_is_refused(tmp_path: Path) -> None:
    file = write(tmp_path / "m.toml", 'remote_url = "x"\nstate_dir = "y"\nforge_token = "z"\n')
    with pytest.raises(ConfigError, match="forge_token"):
        load_config(file, {})


def test_a_missing_site_folder_is_refused(tmp_path: Path) -> None:
    env = {"KOMPETANSE_REMOTE_URL": "x", "KOMPETANSE_STATE_DIR": "y"}
    with pytest.raises(ConfigError, match="static_dir"):
        load_config(None, env, static_dir=tmp_path / "site")


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({}, "remote_url"),
        (
            {"KOMPETANSE_REMOTE_URL": "x", "KOMPETANSE_STATE_DIR": "y", "KOMPETANSE_FORGE": "svn"},
            "forge",
        ),
        (
            {
                "KOMPETANSE_REMOTE_URL": "x",
                "KOMPETANSE_STATE_DIR": "y",
                "KOMPETANSE_FORGE": "github",
                "KOMPETANSE_FORGE_REPO": "o/r",
            },
            "KOMPETANSE_FORGE_TOKEN",
        ),
        (
            {
                "KOMPETANSE_REMOTE_URL": "x",
                "KOMPETANSE_STATE_DIR": "y",
                "KOMPETANSE_RATE_LIMIT_BURST": "0",
            },
            "positive",
        ),
        (
            {
                "KOMPETANSE_REMOTE_URL": "x",
                "KOMPETANSE_STATE_DIR": "y",
                "KOMPETANSE_MAX_BODY_BYTES": "mye",
            },
            "max_body_bytes",
        ),
    ],
)
def test_settings_that_cannot_work_are_refused(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_config(None, env)


def test_the_smtp_password_comes_from_the_environment_only_and_a_login_needs_tls(
    tmp_path: Path,
) -> None:
    base = {"KOMPETANSE_REMOTE_URL": "r.git", "KOMPETANSE_STATE_DIR": str(tmp_path)}
    env = base | {
        "KOMPETANSE_SMTP_HOST": "smtp.sf.example",
        "KOMPETANSE_SMTP_USER": "mottak",
        "KOMPETANSE_SMTP_PASSWORD": "smtp-hemmelig",
    }
    config = load_config(None, env)
    assert config.smtp_password == "smtp-hemmelig" and config.smtp_security == "starttls"
    assert "smtp-hemmelig" not in repr(config)
    file = write(tmp_path / "m.toml", 'remote_url = "x"\nstate_dir = "y"\nsmtp_password = "z"\n')
    with pytest.raises(ConfigError, match="smtp_password"):
        load_config(file, {})
    with pytest.raises(ConfigError, match="ukryptert"):
        load_config(None, env | {"KOMPETANSE_SMTP_SECURITY": "none"})
    with pytest.raises(ConfigError, match="smtp_ca_file"):
        load_config(None, env | {"KOMPETANSE_SMTP_CA_FILE": str(tmp_path / "mangler.pem")})
