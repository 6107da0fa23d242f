"""Which feeds a change set may change: the one rule the app, the command line and the
feed server follow to know what to publish (or serve) anew after a write.

A feed may change when
- the change is of unknown extent (``ChangeSet.all()``): every feed;
- its own record was created or changed (its filter, name, folder, language...);
- a venue, project, organisation or tag its filter chooses was created, changed or deleted;
- it publishes a programme (sessions, phases, a person's part) and a contact or an
  organisation changed (the sessions name their people and organisations);
- an event was created, changed or deleted whose period, before or after the write, reaches
  into the feed's days (a feed without days: any event);
- it is a deadline feed (``Feed.tasks``) and a task, an event or a contact changed (and no
  other change touches it: it publishes no events).

That is a superset of the feeds whose bytes change: an event is not matched against the
feed's filter, since a change set says where an event lay before a write, not what it was.
Publishing compares what it rendered with what it published last and writes only the feeds
whose content did change.
"""

from __future__ import annotations

from datetime import UTC, datetime

from eventplanner.domain.feeds import Feed
from eventplanner.domain.timezones import DEFAULT_TIME_ZONE, day_bounds
from eventplanner.services.changes import Action, ChangeSet, Kind

_EARLIEST = datetime.min.replace(tzinfo=UTC)
_LATEST = datetime.max.replace(tzinfo=UTC)


def may_change(feed: Feed, changes: ChangeSet) -> bool:
    """Whether ``changes`` may have changed what ``feed`` shows (see the module's rule)."""
    if changes.everything:
        return True
    if feed.id is not None and feed.id in changes.ids(Kind.FEED, Action.CREATED, Action.CHANGED):
        return True
    if feed.tasks.wanted:
        # A deadline feed: any task (its owner or event may have changed to or from the
        # feed's), its events' titles, its owners' names.
        return bool(changes.ids(Kind.TASK) or changes.ids(Kind.EVENT) or changes.ids(Kind.CONTACT))
    where = feed.where
    chosen = (
        (Kind.VENUE, where.venue_ids),
        (Kind.PROJECT, where.project_ids),
        (Kind.ORGANISATION, where.organiser_ids),
        (Kind.TAG, where.tag_ids),
    )
    if any(ids & changes.ids(kind) for kind, ids in chosen):
        return True
    if feed.programme.wanted and (changes.ids(Kind.CONTACT) or changes.ids(Kind.ORGANISATION)):
        # The sessions name their people and those people's organisations.
        return True
    if not changes.ids(Kind.EVENT):
        return False
    start, end = feed_period(feed)
    return changes.touches_period(start, end)


def feed_period(feed: Feed) -> tuple[datetime, datetime]:
    """The instants a feed's days cover (its events are picked by their occurrences in
    them, read in Europe/Stockholm); an open end reaches the beginning or end of time."""
    start, end = _EARLIEST, _LATEST
    if feed.first_day is not None:
        start = day_bounds(feed.first_day, feed.first_day, DEFAULT_TIME_ZONE)[0]
    if feed.last_day is not None:
        end = day_bounds(feed.last_day, feed.last_day, DEFAULT_TIME_ZONE)[1]
    return start, end
