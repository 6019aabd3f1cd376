"""What the owner's links do: confirm the address, withdraw, and correct (with its checks)."""

from __future__ import annotations

from typing import Any

from kompetanse.receiver.addresses import (
    address_limited,
    address_of,
    address_unusable,
    can_take_mail,
)
from kompetanse.receiver.envelope import (
    LABEL,
    Outcome,
    envelope_problems,
    parse_body,
    problem_outcome,
    refusal,
)
from kompetanse.receiver.owner import OwnerDesk, Reply
from kompetanse.receiver.receipt import build_receipt
from kompetanse.receiver.spool import Record
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
from kompetanse.receiver.words import word
from kompetanse.validation.json_input import too_deep_problem
from kompetanse.validation.problems import Severity


def confirm(desk: OwnerDesk, facts: Facts) -> Reply:
    """Record the confirmation once; a second time, or after withdrawal, changes nothing."""
    if is_withdrawn(facts):
        return Reply(409, "bekreft.trukket")
    if is_confirmed(facts):
        return Reply(200, "bekreft.allerede")
    if facts.on_base_since or (not facts.pushed and desk.spool.find(facts.melding_id) is None):
        return Reply(409, "bekreft.behandlet")
    done = desk.queue(facts.melding_id, CONFIRM)
    return Reply(200, "bekreft.ferdig" if done else "lagres.snart")


def may_change(desk: OwnerDesk, facts: Facts) -> bool:
    """Open, not withdrawn, and before the deadline."""
    return is_open(facts) and desk.before_deadline(facts.document)


def withdraw(desk: OwnerDesk, facts: Facts, reason: str) -> Reply:
    """Withdraw once; the pull request is closed with the reason, the branch stays."""
    if is_withdrawn(facts):
        return Reply(409, "trekk.allerede")
    if not may_change(desk, facts):
        return Reply(409, "retting.stengt")
    done = desk.queue(facts.melding_id, WITHDRAW, grunn=reason[:500])
    return Reply(200, "trekk.ferdig" if done else "lagres.snart")


def closed(code: str, key: str) -> Outcome:
    """A refusal with one of the receiver's words."""
    return refusal(409, code, word(key))


def correction_form(desk: OwnerDesk, facts: Facts) -> Outcome:
    """What the form opens with: the melding as sent (without system fields)."""
    if not may_change(desk, facts):
        return closed("retting-stengt", "retting.stengt")
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
        return closed("retting-stengt", "retting.stengt")
    melding = parse_correction(body)
    if isinstance(melding, Outcome):
        return melding
    current = facts.document
    if (melding.get("aar"), melding.get("ordning")) != (current.get("aar"), current.get("ordning")):
        return closed("retting-flytter", "retting.flytter")
    validator = desk.validator()
    document = corrected(current, melding, validator.schema.current.version)
    problems = sender_warnings(
        relabel(validator.check_document(document, relpath_of(document)), LABEL)
    )
    if any(p.severity is Severity.ERROR for p in problems):
        return problem_outcome(422, problems)
    if not can_take_mail(melding):
        return address_unusable()
    receipt = build_receipt(document, validator, now_stamp(), problems)
    answer = {"status": "ok", "kvittering": receipt | {"lenke": desk.link(facts.melding_id)}}
    if body_hash(melding) == body_hash(current):
        return Outcome(200, answer | {"endret": False})
    new_address = contact_address(melding) != contact_address(current)
    if new_address and desk.address_limiter.take(address_of(melding)) > 0:
        return address_limited()
    desk.queue(facts.melding_id, CORRECT, melding=melding, ny_adresse=new_address)
    if new_address:
        record = Record(facts.melding_id, relpath_of(document), "", "", receipt)
        desk.send_confirmation(record, document, new=True)
    return Outcome(200, answer | {"endret": True})
