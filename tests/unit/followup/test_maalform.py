"""The målform of a letter: a kommune's språkvedtak first, else the målform the sender used."""

from __future__ import annotations

from kompetanse.domain.maalform import Maalform, Spraakvedtak, letter_maalform, stated_maalform
from kompetanse.domain.model import Eiertype

VEDTAK = {
    "890937861": Spraakvedtak.NYNORSK,
    "846281940": Spraakvedtak.BOKMAAL,
    "899603087": Spraakvedtak.NOYTRAL,
}


def test_a_kommune_is_answered_in_the_målform_of_its_språkvedtak() -> None:
    kommune = Eiertype.KOMMUNE
    assert letter_maalform(kommune, "890 937 861", VEDTAK, Maalform.BOKMAAL) is Maalform.NYNORSK
    assert letter_maalform(kommune, "846281940", VEDTAK, Maalform.NYNORSK) is Maalform.BOKMAAL
    assert letter_maalform(Eiertype.FYLKESKOMMUNE, "890937861", VEDTAK, None) is Maalform.NYNORSK


def test_a_neutral_or_unknown_kommune_and_a_private_owner_get_the_målform_they_wrote() -> None:
    assert (
        letter_maalform(Eiertype.KOMMUNE, "899603087", VEDTAK, Maalform.NYNORSK) is Maalform.NYNORSK
    )
    assert letter_maalform(Eiertype.KOMMUNE, "926018159", VEDTAK, None) is Maalform.BOKMAAL
    private = letter_maalform(Eiertype.PRIVAT, "890937861", VEDTAK, Maalform.NYNORSK)
    assert private is Maalform.NYNORSK


def test_the_first_stated_målform_counts() -> None:
    assert stated_maalform([None, "nn", "nb"]) is Maalform.NYNORSK
    assert stated_maalform([None, "en"]) is None
