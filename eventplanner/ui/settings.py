"""The app's remembered settings, declared once with their types and defaults.

Like Picard's options: each setting is named here with a default; the stored file carries a
version, and small upgrade steps (``settings_upgrade.STEPS``) bring an older file forward.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

from PySide6.QtCore import QByteArray, QSettings

from eventplanner.domain.enums import EventKind, EventStatus
from eventplanner.domain.filters import EventFilter
from eventplanner.domain.timezones import DEFAULT_TIME_ZONE, is_valid_zone
from eventplanner.ui import settings_upgrade

VERSION = settings_upgrade.VERSION
MAX_RECENT = 8
LANGUAGES = ("system", "en", "sv")
"""The language setting's choices: follow the system's, English, Swedish."""


@dataclass
class FilterSettings:
    """The filter bar's state, remembered between runs.

    Not its search text: a search restored at the next start hid most events from someone who
    had forgotten it (a file written by an older version may hold one; it is ignored)."""

    kinds: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    include_cancelled: bool = True
    # The sidebar's ticked values as [key, name] pairs (ids for projects and venues), and the
    # database they were ticked in: ids mean nothing in another one.
    projects: list[list[Any]] = field(default_factory=list)
    venues: list[list[Any]] = field(default_factory=list)
    tags: list[list[Any]] = field(default_factory=list)
    database: str = ""

    @classmethod
    def of(
        cls, where: EventFilter, ticks: tuple[dict[Any, str], ...], database: str
    ) -> FilterSettings:
        """The filter bar's ``where`` and the sidebar's ``ticks`` (projects, venues, tags:
        key -> shown name), ticked in ``database``, as they are remembered."""
        projects, venues, tags = ticks
        return cls(
            kinds=sorted(k.value for k in where.kinds),
            statuses=sorted(s.value for s in where.statuses),
            include_cancelled=where.include_cancelled,
            projects=[[k, n] for k, n in projects.items()],
            venues=[[k, n] for k, n in venues.items()],
            tags=[[k, n] for k, n in tags.items()],
            database=database,
        )

    def filter_bar(self) -> EventFilter:
        """The filter bar's part (no search text), leaving out kinds and statuses this
        version does not know."""
        kinds = {k.value for k in EventKind}
        statuses = {s.value for s in EventStatus}
        return EventFilter(
            kinds=frozenset(EventKind(k) for k in self.kinds if k in kinds),
            statuses=frozenset(EventStatus(s) for s in self.statuses if s in statuses),
            include_cancelled=self.include_cancelled,
        )

    def ticks(self) -> tuple[dict[int | str, str], ...]:
        """The sidebar's ticks (project ids, venue ids, folded tag names -> shown names),
        skipping any pair that is not [key, name] with a key of the right type."""
        lists: list[dict[int | str, str]] = []
        for pairs, numbered in ((self.projects, True), (self.venues, True), (self.tags, False)):
            chosen: dict[int | str, str] = {}
            for pair in pairs:
                if not (isinstance(pair, list) and len(pair) == 2):
                    continue
                key, name = pair
                if numbered and isinstance(key, int) and not isinstance(key, bool):
                    chosen[key] = str(name)
                elif not numbered and isinstance(key, str) and key:
                    chosen[key.casefold()] = str(name)
            lists.append(chosen)
        return tuple(lists)


_TEXT_LISTS = {"kinds", "statuses"}


class Settings:
    """Typed access to QSettings; unknown or damaged values fall back to the defaults."""

    def __init__(self, store: QSettings) -> None:
        self._store = store
        settings_upgrade.upgrade(store)
        self._forget_passwords()

    def _int(self, key: str, default: int) -> int:
        try:
            return int(str(self._store.value(key, default)))
        except (TypeError, ValueError):
            return default

    def _str(self, key: str, default: str) -> str:
        value = self._store.value(key, default)
        return value if isinstance(value, str) else default

    # -- window ---------------------------------------------------------------------------

    @property
    def geometry(self) -> QByteArray | None:
        value = self._store.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self._store.value("window/state")
        return value if isinstance(value, QByteArray) else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._store.setValue("window/state", value)

    @property
    def view(self) -> str:
        return self._str("view/current", "agenda")

    @view.setter
    def view(self, value: str) -> None:
        self._store.setValue("view/current", value)

    # -- what is shown --------------------------------------------------------------------

    @property
    def display_zone(self) -> str:
        value = self._str("display/time_zone", DEFAULT_TIME_ZONE)
        return value if is_valid_zone(value) else DEFAULT_TIME_ZONE

    @display_zone.setter
    def display_zone(self, value: str) -> None:
        self._store.setValue("display/time_zone", value)

    @property
    def language(self) -> str:
        """One of ``LANGUAGES``; read once at start-up (a change applies at the next start)."""
        value = self._str("display/language", "system")
        return value if value in LANGUAGES else "system"

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("display/language", value)

    @property
    def filters(self) -> FilterSettings:
        """What was stored, field by field: a value of the wrong type (a hand-edited or
        damaged file) falls back to that field's default, the rest is kept."""
        try:
            data: Any = json.loads(self._str("filters/json", "{}"))
        except ValueError:
            return FilterSettings()
        if not isinstance(data, dict):
            return FilterSettings()
        defaults = FilterSettings()
        kept: dict[str, Any] = {}
        for f in fields(FilterSettings):
            value, default = data.get(f.name), getattr(defaults, f.name)
            if isinstance(default, list):
                if isinstance(value, list):
                    kept[f.name] = [v for v in value if f.name not in _TEXT_LISTS or
                                    isinstance(v, str)]  # fmt: skip
            elif type(value) is type(default):  # bool is not int here, nor int bool
                kept[f.name] = value
        return FilterSettings(**kept)

    @filters.setter
    def filters(self, value: FilterSettings) -> None:
        self._store.setValue("filters/json", json.dumps(asdict(value), ensure_ascii=False))

    # -- feeds ----------------------------------------------------------------------------

    @property
    def feed_port(self) -> int:
        """The port "Serve feeds" listens on (127.0.0.1): the command line's default
        (``DEFAULT_PORT``) unless the settings say another."""
        # Imported when asked, as the feeds menu is made: not with the first window.
        from eventplanner.domain.feeds import DEFAULT_PORT

        value = self._int("feeds/port", DEFAULT_PORT)
        return value if 1 <= value <= 65535 else DEFAULT_PORT

    @feed_port.setter
    def feed_port(self, value: int) -> None:
        self._store.setValue("feeds/port", value)

    # -- databases ------------------------------------------------------------------------

    @property
    def last_database(self) -> str:
        return self._str("database/last", "")

    @last_database.setter
    def last_database(self, value: str) -> None:
        self._store.setValue("database/last", without_password(value))

    @property
    def recent_databases(self) -> list[str]:
        try:
            value = json.loads(self._str("database/recent", "[]"))
        except ValueError:
            return []
        if not isinstance(value, list):
            return []
        return [v for v in value if isinstance(v, str)][:MAX_RECENT]

    def remember_database(self, target: str) -> None:
        """Put ``target`` first in the recent list and make it the one to open next time.

        A database URL is kept without its password: the password comes from libpq's own
        places (PGPASSWORD, ~/.pgpass, a service file) or is asked for once a run.
        """
        target = without_password(target)
        recent = [target, *(r for r in self.recent_databases if r != target)][:MAX_RECENT]
        self._store.setValue("database/recent", json.dumps(recent, ensure_ascii=False))
        self.last_database = target

    def _forget_passwords(self) -> None:
        """Take out the passwords earlier versions kept in the database URLs (at every start:
        a settings file copied from elsewhere may hold them too)."""
        last = self.last_database
        if without_password(last) != last:
            self.last_database = last
        recent = self.recent_databases
        cleaned = list(dict.fromkeys(without_password(r) for r in recent))
        if cleaned != recent:
            self._store.setValue("database/recent", json.dumps(cleaned, ensure_ascii=False))

    def sync(self) -> None:
        self._store.sync()


def without_password(target: str) -> str:
    """A database URL without the password it may hold (paths come back as they are)."""
    if "://" not in target:
        return target
    parts = urlsplit(target)
    userinfo, at, host = parts.netloc.rpartition("@")
    if not at or ":" not in userinfo:
        return target
    user = userinfo.split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{user}@{host}" if user else host))


def password_in(target: str) -> str | None:
    """The password a database URL holds, if any (to use in this run, never to save)."""
    if "://" not in target:
        return None
    password = urlsplit(target).password
    return None if password is None else unquote(password)
