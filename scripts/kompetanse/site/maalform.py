"""MkDocs hook: the site in two målformer, each page beside its twin.

Bokmål and nynorsk are two MkDocs projects (``mkdocs.yml`` and ``mkdocs.nn.yml``) that share
``mkdocs.base.yml``. This hook, used by both, does what makes them one service:

* ``extra.tvilling`` names the other målform's project: its docs folder and where it lives seen
  from this site's root (``nn/`` from bokmål, ``../`` from nynorsk). Every page's language switch
  links to its twin at the same path; a page whose twin is missing is a warning, so
  ``mkdocs build --strict`` fails until both exist.
* With ``extra.tvilling.bygg`` the bokmål build builds the nynorsk project into ``nn/`` of its own
  site folder once it is done, so one ``mkdocs build --strict`` gives the whole site.
* ``extra.delte_filer`` names a docs folder whose files other than pages (stylesheets, scripts,
  the form, the allocation downloads) are copied in: nynorsk uses the bokmål project's files.
* Templates get ``tekst(key, **params)``, the catalogue in the page's målform; every page gets
  "Sist oppdatert" from the newest commit that changed its source file.
"""

from __future__ import annotations

import logging
import posixpath
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.structure.files import File, InclusionLevel

from kompetanse.gitops.history import last_change_dates
from kompetanse.site import calendar
from kompetanse.text.catalogue import Maalform, parse_maalform, word
from kompetanse.text.format import format_date_nb

log = logging.getLogger("mkdocs.plugins.kompetanse.maalform")

PAGE_SUFFIX = ".md"
NN_CATEGORY_SLUGS = {
    "Tilretteleggingsmidlar": "tilretteleggingsmidler",
    "Fristar": "frister",
}


@dataclass
class State:
    """What the hook read in ``on_config`` and uses later in the same build."""

    maalform: Maalform = "nb"
    docs_dir: Path = Path("docs")
    twin_docs: Path | None = None
    twin_path: str = ""
    shared_dir: Path | None = None
    updated: dict[Path, Any] = field(default_factory=dict)


STATE = State()


def category_slug(name: str, separator: str) -> str:
    """A news category's address: nynorsk names keep the bokmål slug, so twins share a path."""
    return NN_CATEGORY_SLUGS.get(name, name.lower().replace(" ", separator))


def config_root(config: Any) -> Path:
    """The folder of the configuration file (paths in the config are relative to it)."""
    return Path(config["config_file_path"]).resolve().parent


def twin_settings(config: Any) -> dict[str, Any]:
    """``extra.tvilling``: the other målform's project (empty for a site with one målform)."""
    twin = (config.get("extra") or {}).get("tvilling")
    return twin if isinstance(twin, dict) else {}


def on_config(config: Any, **_: Any) -> Any:
    """Read the målform and the twin; name the heading links in the page's målform."""
    extra = config.get("extra") or {}
    root = config_root(config)
    twin = twin_settings(config)
    STATE.maalform = parse_maalform(extra.get("maalform", "nb"))
    STATE.docs_dir = Path(config["docs_dir"]).resolve()
    STATE.twin_docs = (root / twin["docs_dir"]).resolve() if twin.get("docs_dir") else None
    STATE.twin_path = str(twin.get("sti", ""))
    STATE.shared_dir = (root / extra["delte_filer"]).resolve() if extra.get("delte_filer") else None
    STATE.updated = last_change_dates(STATE.docs_dir)
    set_alternates(config)
    toc = config["mdx_configs"].setdefault("toc", {})
    toc["permalink_title"] = word("side.lenke-til-delen", STATE.maalform)
    return config


def shared_files(config: Any, shared_dir: Path, present: set[str]) -> list[File]:
    """The files other than pages under ``shared_dir`` that this site does not have itself."""
    own = STATE.docs_dir
    found = []
    for path in sorted(shared_dir.rglob("*")):
        if not path.is_file() or path.suffix == PAGE_SUFFIX or own in path.parents:
            continue
        src_uri = path.relative_to(shared_dir).as_posix()
        if src_uri not in present:
            found.append(
                File(src_uri, str(shared_dir), config["site_dir"], config["use_directory_urls"])
            )
    return found


def on_files(files: Any, config: Any, **_: Any) -> Any:
    """Copy in the shared files (stylesheets, scripts, the form, downloads)."""
    if STATE.shared_dir is None:
        return files
    present = {file.src_uri for file in files}
    for file in shared_files(config, STATE.shared_dir, present):
        file.inclusion = InclusionLevel.NOT_IN_NAV
        files.append(file)
    return files


def on_env(env: Any, **_: Any) -> Any:
    """Templates read their words from the catalogue of this site's målform."""
    env.globals["tekst"] = partial(word_in, STATE.maalform)
    env.globals["maalform"] = STATE.maalform
    return env


def word_in(maalform: Maalform, key: str, /, **params: object) -> str:
    """``tekst(key)`` in a template."""
    return word(key, maalform, **params)


def twin_exists(page: Any) -> bool:
    """True when the twin project has a source file for this page (or the page is generated)."""
    if STATE.twin_docs is None or page.file.generated_by:
        return True
    return (STATE.twin_docs / page.file.src_uri).is_file()


def site_root_path(config: Any) -> str:
    """The path of this site's root on its host (``/`` or ``/kompetanse/nn/``), from site_url."""
    path = urlsplit(config.get("site_url") or "/").path or "/"
    return path if path.endswith("/") else path + "/"


def twin_root_path(config: Any) -> str:
    """The path of the twin site's root on the same host (``/nn/`` from ``/``)."""
    return posixpath.normpath(site_root_path(config) + STATE.twin_path).rstrip("/") + "/"


def set_alternates(config: Any) -> None:
    """Point ``extra.alternate`` at the roots of the two sites.

    Material's script reads the sitemap of every ``<link rel="alternate">`` in the page to keep
    the reader on the same page when the language changes, so these stay at the roots; the
    switch in the header links straight to the page's twin (``tvilling_url``). The links are
    root-absolute: MkDocs would turn a relative link into one inside this site.
    """
    for alternate in (config.get("extra") or {}).get("alternate") or ():
        own = alternate.get("lang") == STATE.maalform
        alternate["link"] = site_root_path(config) if own else twin_root_path(config)


def revision_date(page: Any) -> str:
    """ "Sist oppdatert": the newest commit of the page's source file, else the build date."""
    source = Path(page.file.abs_src_path).resolve() if page.file.abs_src_path else None
    date = STATE.updated.get(source) if source else None
    return format_date_nb(date or calendar.build_date())


def on_page_context(context: Any, page: Any, config: Any, **_: Any) -> Any:
    """Twin links and "Sist oppdatert" for every page."""
    if STATE.twin_docs is not None and not twin_exists(page):
        log.warning(
            "%s finnes ikke på %s; alle sider skal finnes på begge målformer",
            page.file.src_uri,
            word(f"side.maalform-navn.{twin_maalform()}", STATE.maalform),
        )
    context["tvilling_url"] = twin_root_path(config) + page.url
    if not page.file.generated_by:
        page.meta["revision_date"] = revision_date(page)
    return context


def twin_maalform() -> Maalform:
    """The målform of the twin site."""
    return "nn" if STATE.maalform == "nb" else "nb"


def build_twin(config: Any) -> None:
    """Build the twin project into its folder below this site (strict when this build is)."""
    twin = twin_settings(config)
    site_dir = Path(config["site_dir"]) / STATE.twin_path
    site_url = (config.get("site_url") or "") + STATE.twin_path
    twin_config = load_config(
        config_file=str(config_root(config) / twin["konfigurasjon"]),
        site_dir=str(site_dir),
        site_url=site_url or None,
        strict=config["strict"],
    )
    build(twin_config)


def on_post_build(config: Any, **_: Any) -> None:
    """The bokmål build then builds the nynorsk project."""
    if twin_settings(config).get("bygg"):
        build_twin(config)
