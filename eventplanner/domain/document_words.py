"""What a printed document and a release's e-mail share of their words: the language each
is written in (chosen for it, not the window's), picking an (English, Swedish) pair in it,
and the names of the people's roles."""

from __future__ import annotations

from typing import Literal

from eventplanner.domain.programme import PersonRole

Language = Literal["en", "sv"]
LANGUAGES: tuple[Language, ...] = ("en", "sv")

_ROLES: dict[PersonRole, tuple[str, str]] = {
    PersonRole.SPEAKER: ("speaker", "talare"),
    PersonRole.MODERATOR: ("moderator", "moderator"),
    PersonRole.PANELLIST: ("panellist", "paneldeltagare"),
    PersonRole.HOST: ("host", "värd"),
    PersonRole.TECHNICIAN: ("technician", "tekniker"),
    PersonRole.STREAM_OPERATOR: ("stream operator", "sändningstekniker"),
    PersonRole.STAFF: ("staff", "personal"),
    PersonRole.GUEST_OF_HONOUR: ("guest of honour", "hedersgäst"),
}


def language_index(language: Language) -> int:
    """0 for English, 1 for Swedish: where ``language`` stands in an (English, Swedish) pair."""
    return 1 if language == "sv" else 0


def in_language(words: tuple[str, str], language: Language) -> str:
    """The one of ``words`` (English, Swedish) written in ``language``."""
    return words[language_index(language)]


def role(value: PersonRole, language: Language) -> str:
    """ "speaker" / "talare"."""
    return in_language(_ROLES[value], language)
