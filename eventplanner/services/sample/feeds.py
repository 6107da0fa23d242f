"""The sample's feeds: the calendars a cluster publishes to staff, members and the public."""

from __future__ import annotations

from datetime import date

from eventplanner.domain.enums import EventKind, EventStatus
from eventplanner.domain.feeds import Feed
from eventplanner.domain.filters import EventFilter
from eventplanner.services.sample.catalog import Catalog
from eventplanner.services.workspace import Workspace

_PUBLISHED = frozenset({EventStatus.PLANNED, EventStatus.CONFIRMED, EventStatus.COMPLETED})
"""What the outside world may see: drafts stay in the house."""
_OPEN_KINDS = frozenset(
    {EventKind.LAUNCH, EventKind.SEMINAR, EventKind.WEBINAR, EventKind.INNOVATION_DAY}
)


def fair_year(today: date) -> int:
    """The fair season a coordinator plans for: this year until midsummer, then the next."""
    return today.year if today.month < 7 else today.year + 1


def sample_feeds(catalog: Catalog, today: date) -> list[Feed]:
    """The four feeds of the sample, none with a folder (a folder is a computer's own)."""
    year = fair_year(today)
    return [
        Feed(
            id=None,
            name=f"Mässor {year}",
            description=f"Mässorna vi ställer ut på {year}, med bygg- och rivningsdagar.",
            where=EventFilter(kinds=frozenset({EventKind.TRADE_FAIR})),
            first_day=date(year, 1, 1),
            last_day=date(year, 12, 31),
        ),
        Feed(
            id=None,
            name="Öppna evenemang",
            calendar_name="Klustrets öppna evenemang",
            description="Lanseringar, seminarier, webbinarier och innovationsdagar som alla "
            "är välkomna till.",
            where=EventFilter(
                kinds=_OPEN_KINDS,
                statuses=_PUBLISHED,
            ),
        ),
        Feed(
            id=None,
            name="Spridningsseminarier",
            calendar_name="Stålindustrins digitalisering – spridning",
            description="Seminarier och workshoppar där forskningen om digitalisering i "
            "stålindustrin möter kommuner, skolor, fack och företag.",
            where=EventFilter(
                project_ids=frozenset({catalog.projects["stal"]}), statuses=_PUBLISHED
            ),
        ),
        Feed(
            id=None,
            name="Personalkalender",
            calendar_name="Klustret – allt vi planerar",
            description="Allt i planeringen, även utkast och inställda evenemang, med interna "
            "anteckningar. Bara för personalen.",
            include_cancelled=True,
            cancelled_prefix="Inställt: ",
            include_notes=True,
        ),
    ]


def add_feeds(workspace: Workspace, catalog: Catalog, today: date) -> int:
    """Save the sample's feeds; returns how many."""
    feeds = sample_feeds(catalog, today)
    for feed in feeds:
        workspace.feeds.create(feed)
    return len(feeds)
