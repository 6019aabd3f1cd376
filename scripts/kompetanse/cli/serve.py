"""``kompetanse serve`` and ``kompetanse demo``: the receiver on its own, or with the site."""

from __future__ import annotations

from pathlib import Path

import click

from kompetanse.cli.common import resolve_root


@click.command()
@click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="TOML-fil med innstillinger (tabellen [mottak]).",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Adressen mottaket lytter på.")
@click.option(
    "--port", default=8000, show_default=True, type=int, help="Porten mottaket lytter på."
)
@click.option(
    "--state-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Mappe for klonen og køen.",
)
@click.option(
    "--static-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Bygget nettsted å servere på samme port.",
)
def serve(
    config_file: Path | None, host: str, port: int, state_dir: Path | None, static_dir: Path | None
) -> None:
    """Start mottaket for behovsmeldinger (POST /api/behovsmeldinger).

    Innstillinger leses fra --config og fra miljøvariabler KOMPETANSE_<NAVN>, for eksempel
    KOMPETANSE_REMOTE_URL. Tokenet til GitHub eller GitLab leses bare fra KOMPETANSE_FORGE_TOKEN.
    """
    from kompetanse.receiver.config import load_config
    from kompetanse.receiver.server import serve as run_server

    run_server(load_config(config_file, state_dir=state_dir, static_dir=static_dir), host, port)


@click.command()
@click.option("--port", default=8000, show_default=True, type=int, help="Porten demoen lytter på.")
@click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Prosjektets rotmappe.",
)
def demo(port: int, root: Path | None) -> None:
    """Bygg nettstedet og start det sammen med mottaket mot et lokalt standard-repo.

    Første gang lages .demo/remote.git med prosjektets filer. Nye behovsmeldinger blir grener der.
    """
    from kompetanse.cli.demo import run_demo

    run_demo(resolve_root(root), port, click.echo)
