"""The SEQUENCE each session and phase of a release is published with (OUTLOOK.md 7: it
rises with every change that matters to a calendar, and never goes down for a UID).

A session's own: 0 when first released, the same while nothing of it changes, one more in
each release that changes it, and one more when it comes back after a release cancelled it
(an undone delete keeps its UID). A phase likewise. Feeds add the event's own SEQUENCE, as
the event's title, place and status show in each entry too.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventplanner.domain.programme_releases import (
    Release,
    ReleasedPhase,
    ReleasedSession,
    phase_differs,
    session_differences,
)


def next_sequence(previous: ReleasedSession | None, session: ReleasedSession) -> int:
    """The SEQUENCE ``session`` is released with, given its last released version
    (``previous``, from whichever release last had it): 0 when first released, the same
    when nothing of it changed, one more when anything did (or when it comes back after
    being cancelled, see ``release_sequences``)."""
    if previous is None:
        return 0
    if session_differences(previous, session):
        return previous.sequence + 1
    return previous.sequence


def release_sequences(
    sessions: Sequence[ReleasedSession], earlier: Sequence[Release]
) -> dict[str, int]:
    """Each session's SEQUENCE (by UID) in the release about to be made after the releases
    ``earlier`` (oldest first)."""
    latest = earlier[-1] if earlier else None
    found: dict[str, int] = {}
    for session in sessions:
        previous = latest.session(session.uid) if latest is not None else None
        if previous is not None:
            found[session.uid] = next_sequence(previous, session)
            continue
        # Released before, cancelled since, and back (an undone delete keeps its UID).
        last = next((s for r in reversed(earlier) if (s := r.session(session.uid))), None)
        found[session.uid] = last.sequence + 1 if last is not None else 0
    return found


def phase_release_sequences(
    phases: Sequence[ReleasedPhase], earlier: Sequence[Release]
) -> dict[str, int]:
    """Each phase's SEQUENCE (by UID) in the release about to be made."""
    found: dict[str, int] = {}
    for phase in phases:
        last = next((p for r in reversed(earlier) for p in r.phases if p.uid == phase.uid), None)
        if last is None:
            found[phase.uid] = 0
        elif earlier[-1].phases and any(p.uid == phase.uid for p in earlier[-1].phases):
            found[phase.uid] = last.sequence + (1 if phase_differs(last, phase) else 0)
        else:
            found[phase.uid] = last.sequence + 1
    return found
