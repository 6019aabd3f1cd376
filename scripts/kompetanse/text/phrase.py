"""A text to be written later, in whichever målform the reader needs: a key and its parameters.

A problem is found once but may be shown in bokmål (the terminal, the review) and in nynorsk
(the receiver's answer to a nynorsk form, ``validate --lang nn``). It keeps its words as a
:class:`Phrase`; a parameter that itself differs between the målformer (a field's title, an
ordning's name) is a :class:`Both`.
"""

from __future__ import annotations

from dataclasses import dataclass

from kompetanse.text.catalogue import Maalform, word


@dataclass(frozen=True)
class Both:
    """A parameter in bokmål and in nynorsk."""

    nb: str
    nn: str

    def in_maalform(self, maalform: Maalform) -> str:
        """The text for ``maalform``."""
        return self.nn if maalform == "nn" else self.nb


ParamValue = str | int | Both


@dataclass(frozen=True)
class Phrase:
    """A catalogue key with its parameters, written when asked for."""

    key: str
    params: tuple[tuple[str, ParamValue], ...] = ()

    def render(self, maalform: Maalform = "nb") -> str:
        """The text in ``maalform``."""
        values = {
            name: value.in_maalform(maalform) if isinstance(value, Both) else value
            for name, value in self.params
        }
        return word(self.key, maalform, **values)


def phrase(key: str, **params: ParamValue) -> Phrase:
    """A phrase from keyword parameters."""
    return Phrase(key, tuple(params.items()))


def both(key: str, **params: ParamValue) -> Both:
    """A catalogue text in both målformer, as a parameter of another phrase."""
    words = Phrase(key, tuple(params.items()))
    return Both(words.render("nb"), words.render("nn"))
