"""HTTP for the owner's links: the melding's page (HTML or JSON), withdrawal, the confirmation
page and its button, and the form's correction API.

Pages carry ``Referrer-Policy: no-referrer`` (the header set, :mod:`kompetanse.receiver.headers`)
and are never cached. Nothing here logs a path: the
token is in it.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from kompetanse.receiver import owner_actions
from kompetanse.receiver.deadline import today_in_norway
from kompetanse.receiver.envelope import Outcome, refusal_text
from kompetanse.receiver.limits import cors_headers
from kompetanse.receiver.owner import OwnerDesk, Reply
from kompetanse.receiver.pages import STYLE, actions_html, confirm_page, message_page, status_page
from kompetanse.receiver.status import Facts, history, status_json
from kompetanse.receiver.tokens import Purpose, Verdict
from kompetanse.receiver.words import maalform_of_document, word
from kompetanse.text.catalogue import Maalform
from kompetanse.text.format import format_date
from kompetanse.text.inert import html_text

# Referrer-Policy, the pages' Content-Security-Policy and the rest come from the header set
# (kompetanse.receiver.headers), added to every answer on the way out.
PAGE_HEADERS = {"Cache-Control": "no-store"}
FORM_CAP = 8_192
FRESH_SECONDS = 5.0  # a page waits for one fetch of the remote, so it shows git as it is now


def desk_of(request: Request) -> OwnerDesk:
    """The service's desk."""
    desk: OwnerDesk = request.app.state.service.desk
    return desk


def page(html: str, status: int = 200) -> HTMLResponse:
    """An HTML answer with the page headers."""
    return HTMLResponse(html, status_code=status, headers=PAGE_HEADERS)


def bad_link(desk: OwnerDesk, verdict: Verdict) -> HTMLResponse:
    """404 for a forged link, 410 for an expired one."""
    if verdict is Verdict.UTLOPT:
        return page(
            message_page(word("lenke.utlopt.tittel"), word("lenke.utlopt"), desk.office(), "nb"),
            410,
        )
    return page(
        message_page(word("lenke.ugyldig.tittel"), word("lenke.ugyldig"), desk.office(), "nb"),
        404,
    )


def bad_link_json(verdict: Verdict) -> Outcome:
    """The same, for the form's API."""
    if verdict is Verdict.UTLOPT:
        return refusal_text(410, "lenke-utlopt", word("lenke.utlopt"))
    return refusal_text(404, "lenke-ugyldig", word("lenke.ugyldig"))


async def facts_for(request: Request, purpose: Purpose) -> tuple[OwnerDesk, Facts | None, Verdict]:
    """The desk, the melding's facts (None when the link is bad) and the verdict."""
    desk = desk_of(request)
    checked = desk.check(purpose, request.path_params["token"])
    if checked.verdict is not Verdict.GYLDIG:
        return desk, None, checked.verdict
    await run_in_threadpool(desk.wait, FRESH_SECONDS)
    facts = await run_in_threadpool(desk.facts, checked.melding_id)
    return desk, facts, Verdict.GYLDIG if facts else Verdict.UGYLDIG


def wants_json(request: Request) -> bool:
    """``Accept: application/json`` (before any HTML type)."""
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept.split("application/json")[0]


def contact_text(desk: OwnerDesk, facts: Facts, maalform: Maalform) -> str:
    """Whom to contact when the page can no longer change the melding."""
    found = desk.contact(facts.document)
    if not found:
        return word("side.kontakt.generell", maalform)
    return word("side.kontakt", maalform, **found)


def actions_for(desk: OwnerDesk, facts: Facts, token: str, maalform: Maalform) -> str:
    """Correct and withdraw while allowed; otherwise whom to contact."""
    if owner_actions.may_change(desk, facts):
        frist = desk.deadline(facts.document)
        when = format_date(frist, maalform) if frist else ""
        withdraw_url = f"/behovsmelding/{token}/trekk"
        return actions_html(desk.correction_link(facts.melding_id), withdraw_url, when, maalform)
    return f'<p id="kontakt">{html_text(contact_text(desk, facts, maalform))}</p>'


async def melding_page(request: Request) -> Response:
    """``GET /behovsmelding/{token}``: the page, or ``{"id", "status", "historikk"}`` as JSON."""
    desk, facts, verdict = await facts_for(request, Purpose.LENKE)
    if facts is None:
        if wants_json(request):
            return json_answer(bad_link_json(verdict))
        return bad_link(desk, verdict)
    today = today_in_norway()
    refused = await run_in_threadpool(desk.mail_refused, facts.melding_id)
    if wants_json(request):
        body = status_json(facts, today) | {"epost_kom_ikke_fram": refused}
        return JSONResponse(body, headers=PAGE_HEADERS)
    maalform = maalform_of_document(facts.document)
    actions = actions_for(desk, facts, request.path_params["token"], maalform)
    if refused:
        notice = html_text(word("side.epost.avvist", maalform))
        actions = f'<p id="epost-avvist">{notice}</p>' + actions
    events = history(facts, today)
    office = desk.office(maalform)
    return page(status_page(facts.melding_id, events, facts.document, office, actions, maalform))


async def read_form(request: Request) -> dict[str, str]:
    """A small urlencoded form body."""
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > FORM_CAP:
            break
    fields = parse_qs(body[:FORM_CAP].decode("utf-8", "replace"))
    return {key: values[0] for key, values in fields.items()}


def reply_page(
    desk: OwnerDesk, reply: Reply, title_keys: tuple[str, str], facts: Facts, back: str
) -> HTMLResponse:
    """The answer to a button, titled by the first key when it succeeded, else the second."""
    maalform = maalform_of_document(facts.document)
    title = word(title_keys[0] if reply.status == 200 else title_keys[1], maalform)
    text = word(reply.key, maalform)
    return page(message_page(title, text, desk.office(maalform), maalform, back), reply.status)


async def withdraw_melding(request: Request) -> Response:
    """``POST /behovsmelding/{token}/trekk``."""
    desk, facts, verdict = await facts_for(request, Purpose.LENKE)
    if facts is None:
        return bad_link(desk, verdict)
    reason = (await read_form(request)).get("grunn", "")
    reply = await run_in_threadpool(owner_actions.withdraw, desk, facts, reason)
    back = f"/behovsmelding/{request.path_params['token']}"
    return reply_page(desk, reply, ("trekk.ferdig.tittel", "side.trekk"), facts, back)


async def confirmation_page(request: Request) -> Response:
    """``GET /bekreft/{token}``: a button only; opening the link confirms nothing."""
    desk, facts, verdict = await facts_for(request, Purpose.BEKREFT)
    if facts is None:
        return bad_link(desk, verdict)
    action = f"/bekreft/{request.path_params['token']}"
    maalform = maalform_of_document(facts.document)
    return page(confirm_page(facts.melding_id, action, desk.office(maalform), maalform))


async def confirm_address(request: Request) -> Response:
    """``POST /bekreft/{token}``: the button."""
    desk, facts, verdict = await facts_for(request, Purpose.BEKREFT)
    if facts is None:
        return bad_link(desk, verdict)
    reply = await run_in_threadpool(owner_actions.confirm, desk, facts)
    titles = ("bekreft.ferdig.tittel", "bekreft.tittel")
    return reply_page(desk, reply, titles, facts, desk.page_path(facts.melding_id))


def json_answer(outcome: Outcome, request: Request | None = None) -> JSONResponse:
    """JSON with the API's headers (CORS for the configured site)."""
    headers: dict[str, Any] = {"Cache-Control": "no-store"}
    if request is not None:
        headers |= cors_headers(request, request.app.state.service.config)
    return JSONResponse(outcome.body, status_code=outcome.status, headers=headers)


async def correction_data(request: Request) -> Response:
    """``GET /api/behovsmeldinger/rett/{token}``: the melding for the form."""
    desk, facts, verdict = await facts_for(request, Purpose.LENKE)
    if facts is None:
        return json_answer(bad_link_json(verdict), request)
    return json_answer(await run_in_threadpool(owner_actions.correction_form, desk, facts), request)


async def correction(request: Request) -> Response:
    """``POST /api/behovsmeldinger/rett/{token}``: the corrected melding."""
    desk, facts, verdict = await facts_for(request, Purpose.LENKE)
    if facts is None:
        return json_answer(bad_link_json(verdict), request)
    body = await request.body()
    if len(body) > desk.config.max_body_bytes:
        too_big = word("retting.for-stor", maalform_of_document(facts.document))
        return json_answer(refusal_text(413, "fil-for-stor", too_big), request)
    return json_answer(await run_in_threadpool(owner_actions.correct, desk, facts, body), request)


async def stylesheet(request: Request) -> Response:
    """The pages' own stylesheet."""
    return Response(STYLE, media_type="text/css", headers={"Cache-Control": "max-age=3600"})


OWNER_ROUTES = [
    Route("/behovsmelding/{token}", melding_page, methods=["GET"]),
    Route("/behovsmelding/{token}/trekk", withdraw_melding, methods=["POST"]),
    Route("/bekreft/{token}", confirmation_page, methods=["GET"]),
    Route("/bekreft/{token}", confirm_address, methods=["POST"]),
    Route("/api/behovsmeldinger/rett/{token}", correction_data, methods=["GET"]),
    Route("/api/behovsmeldinger/rett/{token}", correction, methods=["POST"]),
    Route("/mottak.css", stylesheet, methods=["GET"]),
]
