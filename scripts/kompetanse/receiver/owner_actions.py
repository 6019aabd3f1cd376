"""What the owner's links do: confirm the address, withdraw, and correct (with its checks)."""

from __future__ import annotations

import logging
from typing import Any

from kompetanse.receiver.envelope import (
    LABEL,
    Outcome,
    envelope_problems,
    maalform_of,
    parse_body,
    problem_outcome,
    refusal_text,
)
from kompetanse.receiver.owner import OwnerDesk, Reply
from kompetanse.receiver.receipt import build_receipt
from kompetanse.receiver.refusals import (
    address_limited,
    address_of,
    address_unusable,
    can_take_mail,
)
from kompetanse.receiver.spool import Record, SpoolWriteError
from kompetanse.receiver.status import Facts, is_confirmed, is_open, is_withdrawn
from kompetanse.receiver.stored import (
    body_hash,
    now_stamp,
    relabel,
    relpath_of,
    sender_fields,
    sender_warnings,
)
from kompetanse.receiver.updates import CONFIRM, CORRECT, WITHDRAW, contact_address, corrected
from kompetanse.receiver.words import maalform_of_document, word
from kompetanse.text.catalogue import Maalform
from kompetanse.validation.json_input import too_deep_problem
from kompetanse.validation.problems import Severity

LOG = logging.getLogger("kompetanse.receiver")
DONE_KEYS = {CONFIRM: "bekreft.ferdig", WITHDRAW: "trekk.ferdig", CORRECT: "retting.lagret"}


def confirm(desk: OwnerDesk, facts: Facts) -> Reply:
    """Record the confirmation once; a second time, or after withdrawal, changes nothing."""
    if is_withdrawn(facts):
        return Reply(409, "bekreft.trukket")
    if is_confirmed(facts):
        return Reply(200, "bekreft.allerede")
    if facts.on_base_since or (not facts.pushed and desk.spool.find(facts.melding_id) is None):
        return Reply(409, "bekreft.behandlet")
    return queued(desk, facts, CONFIRM)


def may_change(desk: OwnerDesk, facts: Facts) -> bool:
    """Open, not withdrawn, and before the deadline."""
    return is_open(facts) and desk.before_deadline(facts.document)


def withdraw(desk: OwnerDesk, facts: Facts, reason: str) -> Reply:
    """Withdraw once; the pull request is closed with the reason, the branch stays."""
    if is_withdrawn(facts):
        return Reply(409, "trekk.allerede")
    if not may_change(desk, facts):
        return Reply(409, "retting.stengt")
    return queued(desk, facts, WITHDRAW, grunn=reason[:500])


def closed(code: str, key: str, maalform: Maalform) -> Outcome:
    """A refusal with one of the receiver's words."""
    return refusal_text(409, code, word(key, maalform))


def queued(desk: OwnerDesk, facts: Facts, action: str, **fields: Any) -> Reply:
    """Queue the owner's change; a disk that refuses it is a 503 and changes nothing."""
    try:
        done = desk.queue(facts.melding_id, action, **fields)
    except SpoolWriteError as error:
        LOG.error("endringen (%s) kunne ikke lagres (%s); svarte 503", action, error)
        return Reply(503, "lagres.fullt")
    return Reply(200, DONE_KEYS[action] if done else "lagres.snart")


def correction_form(desk: OwnerDesk, facts: Facts) -> Outcome:
    """What the form opens with: the melding as sent (without system fields)."""
    if not may_change(desk, facts):
        return closed("retting-stengt", "retting.stengt", maalform_of_document(facts.document))
    body = {"status": "ok", "id": facts.melding_id, LABEL: sender_fields(facts.document)}
    return Outcome(200, body)


def parse_correction(body: bytes) -> dict[str, Any] | Outcome:
    """The corrected melding from the envelope, or the refusal."""
    parsed = parse_body(body)
    if parsed.document is None:
        return problem_outcome(400, [parsed.problem] if parsed.problem else [])
    problems = envelope_problems(parsed.document)
    if problems:
        return problem_outcome(400, problems)
    melding: dict[str, Any] = parsed.document[LABEL]
    deep = too_deep_problem(melding, LABEL)
    return problem_outcome(400, [deep]) if deep is not None else melding


def correct(desk: OwnerDesk, facts: Facts, body: bytes) -> Outcome:
    """Check the corrected melding like a new one and queue it as a commit on the same branch."""
    if not may_change(desk, facts):
        return closed("retting-stengt", "retting.stengt", maalform_of_document(facts.document))
    melding = parse_correction(body)
    if isinstance(melding, Outcome):
        return melding
    current = facts.document
    if (melding.get("aar"), melding.get("ordning")) != (current.get("aar"), current.get("ordning")):
        return closed("retting-flytter", "retting.flytter", maalform_of({LABEL: melding}))
    validator = desk.validator()
    document = corrected(current, melding, validator.schema.current.version)
    problems = sender_warnings(
        relabel(validator.check_document(document, relpath_of(document)), LABEL)
    )
    maalform = maalform_of({LABEL: melding})
    if any(p.severity is Severity.ERROR for p in problems):
        return problem_outcome(422, problems, maalform)
    if not can_take_mail(melding):
        return address_unusable(maalform)
    receipt = build_receipt(document, validator, now_stamp(), problems)
    answer = {"status": "ok", "kvittering": receipt | {"lenke": desk.link(facts.melding_id)}}
    if body_hash(melding) == body_hash(current):
        return Outcome(200, answer | {"endret": False})
    new_address = contact_address(melding) != contact_address(current)
    if new_address and desk.address_limiter.take(address_of(melding)) > 0:
        return address_limited()
    stored = queued(desk, facts, CORRECT, melding=melding, ny_adresse=new_address)
    if stored.status != 200:
        return refusal_text(503, "mottak-utilgjengelig", word(stored.key, maalform))
    if new_address:
        record = Record(facts.melding_id, relpath_of(document), "", "", receipt)
        desk.send_confirmation(record, document, new=True)
    return Outcome(200, answer | {"endret": True})
