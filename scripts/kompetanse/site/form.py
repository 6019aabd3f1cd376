"""MkDocs hook for the Meld behov form page.

* Gives the form page (``template: skjema.html``) the data it is generated from: the behovsmelding
  schema, the register of ordninger (choices, names, egenandel, allowed enhetstyper and
  eiertyper), the UH register, the settings per year (with what happens after the deadline), the
  office's name and fylker (for the receipt and the fylke warning) and the receiver's URL
  (``extra.mottak.url``), inlined as a JSON data block.
* Fills the page's Content-Security-Policy with the hashes of the theme's own inline scripts, so
  the policy needs neither ``'unsafe-inline'`` nor ``'unsafe-eval'``.
* Warns (and so fails ``mkdocs build --strict``) when the precompiled validator in
  ``docs/assets/skjema/vendor/`` was built from another version of the schema.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from markupsafe import Markup

from kompetanse.domain.fylker import office_fylker
from kompetanse.kinds import BEHOVSMELDING
from kompetanse.repository.reference import (
    convert_rows,
    load_embete,
    load_fylker,
    load_ordninger,
    to_innstilling,
    to_uh,
)
from kompetanse.text.catalogue import Maalform, in_maalform, maalform_or_default, words_under
from kompetanse.text.inert import script_json
from kompetanse.text.schema_words import translate_schema
from kompetanse.text.script_hashes import inline_script_hashes

log = logging.getLogger("mkdocs.plugins.kompetanse.form")

TEMPLATE = "skjema.html"
SCHEMA = Path(BEHOVSMELDING.schema_file)
VENDOR = Path("docs/assets/skjema/vendor")
BUILT_FROM = VENDOR / "BUILT_FROM.json"
SYSTEM_FIELDS = ("id", "schema_version", "maalform", "innsending")
# The catalogue's words the form's JavaScript uses: its own, the rules' messages (the same as
# Python's), and the names of JSON types and values in the schema's messages.
FORM_WORD_PREFIXES = ("skjema.", "problem.", "json.", "dokument.")
DEFAULT_RECEIVER = "/api/behovsmeldinger"
CSP_PLACEHOLDER = "kompetanse-skjema-csp"


def project_root(config: Any) -> Path:
    """The project folder: where the configuration file is (``docs/`` may be ``docs/nn/``)."""
    if config.get("config_file_path"):
        return Path(config["config_file_path"]).resolve().parent
    return Path(config["docs_dir"]).resolve().parent


def is_form_page(page: Any) -> bool:
    """True for pages rendered with the form template."""
    return bool(page.meta.get("template") == TEMPLATE)


def receiver_url(config: Any) -> str:
    """The receiver's URL from ``extra.mottak.url``; empty when no receiver is configured."""
    mottak = (config.get("extra") or {}).get("mottak")
    if not isinstance(mottak, dict):
        return ""
    url = mottak.get("url")
    return url.strip() if isinstance(url, str) else ""


def schema_sha256(root: Path) -> str:
    """The SHA-256 of the behovsmelding schema file as it is on disk."""
    return hashlib.sha256((root / SCHEMA).read_bytes()).hexdigest()


def validator_is_current(root: Path) -> bool:
    """True when the vendored validator was built from the current schema."""
    try:
        record = json.loads((root / BUILT_FROM).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return bool(record.get("schema_sha256") == schema_sha256(root))


def load_uh_choices(root: Path) -> list[dict[str, str]]:
    """The UH register as choices for the form."""
    return [
        {
            "uh_id": uh.uh_id,
            "navn": uh.navn,
            "uh_type": uh.uh_type,
            "vertsinstitusjon": uh.vertsinstitusjon or "",
        }
        for uh in convert_rows(root, "uh", to_uh)
    ]


def page_maalform(config: Any) -> Maalform:
    """The målform of the site the form page belongs to (``extra.maalform``)."""
    return maalform_or_default((config.get("extra") or {}).get("maalform"))


def office_name_in(root: Path, maalform: Maalform) -> str:
    """The office's name in the page's målform."""
    embete = load_embete(root)
    return in_maalform(maalform, embete.navn, embete.navn_nn)


def form_words(maalform: Maalform) -> dict[str, str]:
    """The catalogue's words the form's JavaScript needs, in ``maalform``."""
    return {
        key: text
        for prefix in FORM_WORD_PREFIXES
        for key, text in words_under(prefix, maalform).items()
    }


def load_ordning_choices(root: Path, maalform: Maalform = "nb") -> list[dict[str, Any]]:
    """The register of ordninger, in its order, as the form reads it (names in ``maalform``)."""
    return [
        {
            "ordning": info.ordning,
            "navn": info.navn_nn if maalform == "nn" else info.navn,
            "kortnavn": info.kortnavn_nn if maalform == "nn" else info.kortnavn,
            "har_egenandel": info.har_egenandel,
            "enhetstyper": list(info.enhetstyper),
            "eiertyper": list(info.eiertyper),
        }
        for info in load_ordninger(root)
    ]


def load_settings(root: Path) -> list[dict[str, Any]]:
    """Rates and limits per year and ordning; rates stay decimal strings."""
    return [
        {
            "aar": row.aar,
            "ordning": row.ordning,
            "skjema_aapner": row.skjema_aapner.isoformat(),
            "frist": row.frist.isoformat(),
            "egenandel_sats": str(row.egenandel_sats),
            "koordinator_varsel_sats": str(row.koordinator_varsel_sats),
            "maks_periode_aar": row.maks_periode_aar,
            "etter_fristen": row.etter_fristen,
        }
        for row in convert_rows(root, "innstillinger", to_innstilling)
    ]


def build_form_data(root: Path, config: Any) -> dict[str, Any]:
    """Everything the form page is generated from, its words in the page's målform."""
    maalform = page_maalform(config)
    schema = json.loads((root / SCHEMA).read_text(encoding="utf-8"))
    return {
        "maalform": maalform,
        "tekster": form_words(maalform),
        "schema": translate_schema(schema, maalform),
        "system_fields": list(SYSTEM_FIELDS),
        "ordninger": load_ordning_choices(root, maalform),
        "uh": load_uh_choices(root),
        "innstillinger": load_settings(root),
        "embete": {"navn": office_name_in(root, maalform)},
        "fylker_i_embetet": sorted(office_fylker(load_fylker(root))),
        "mottak": {"url": receiver_url(config)},
        "repo_url": config.get("repo_url") or "",
    }


def receiver_origin(url: str) -> str:
    """The origin of an absolute receiver URL, or empty for a relative one."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


def content_security_policy(html: str, url: str) -> str:
    """The form page's policy: only its own origin, plus the theme's inline scripts by hash."""
    scripts = " ".join(["'self'", *inline_script_hashes(html)])
    connect = " ".join(filter(None, ["'self'", receiver_origin(url)]))
    return "; ".join(
        [
            "default-src 'self'",
            f"script-src {scripts}",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            f"connect-src {connect}",
            "worker-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
        ]
    )


def on_config(config: Any, **_: Any) -> Any:
    """Warn (an error under --strict) when the vendored validator is stale."""
    root = project_root(config)
    if (root / SCHEMA).is_file() and not validator_is_current(root):
        log.warning(
            "Den forhåndskompilerte validatoren i %s er bygd fra en annen versjon av %s. "
            "Kjør `npm ci && npm run build:validator` og sjekk inn resultatet.",
            VENDOR,
            SCHEMA,
        )
    return config


def form_data_json(data: dict[str, Any]) -> Markup:
    """The form data as JSON safe inside a script element, keys in the schema's own order."""
    return Markup(script_json(data))


def on_page_context(context: Any, page: Any, config: Any, **_: Any) -> Any:
    """Give the form template its data."""
    if is_form_page(page):
        context["skjema_data"] = form_data_json(build_form_data(project_root(config), config))
        context["skjema_csp"] = CSP_PLACEHOLDER
    return context


def on_post_page(output: str, page: Any, config: Any, **_: Any) -> str:
    """Fill the form page's Content-Security-Policy now that the page is complete."""
    if not is_form_page(page):
        return output
    policy = content_security_policy(output, receiver_url(config))
    return output.replace(CSP_PLACEHOLDER, policy, 1)
