"""Planning an event's staff rota: shifts (one by one or from a template), the people on
them, people's skills; its warnings and coverage grid (``reading``).

Every write is one transaction and returns its change set (``Written.changes``, or the
``ChangeSet`` itself), naming the shifts and people it touched and the event as changed,
so its views refresh and the rota feeds of its people are published again
(``feeds.feed_changes``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session as DbSession

from eventplanner.domain.errors import ConflictError, NotFoundError, ValidationError
from eventplanner.domain.exhibitor_quotas import staff_quota_excess
from eventplanner.domain.programme import raise_first
from eventplanner.domain.programme_conflicts import Margins
from eventplanner.domain.rota import (
    RotaTemplate,
    Scope,
    Shift,
    ShiftEdit,
    ShiftPerson,
    clean_skills,
    edited,
    from_template,
    in_scope,
    shift_problems,
    skill_key,
    skill_problems,
)
from eventplanner.domain.rota_warnings import DEFAULT_DAILY_HOURS
from eventplanner.persistence.database import Database
from eventplanner.persistence.schema import (
    ContactRow,
    ContactSkillRow,
    EventRow,
    ShiftPersonRow,
    ShiftRow,
)
from eventplanner.services.change_journal import reported
from eventplanner.services.changes import Action, ChangeSet, Kind
from eventplanner.services.events import rows
from eventplanner.services.events.touches import touch_of
from eventplanner.services.rota.quotas import staff_quotas
from eventplanner.services.rota.reading import (
    event_row,
    people_of,
    programme_event,
    read_rota,
    shift_of,
    shifts_of_event,
    skills_of,
)
from eventplanner.services.rota.records import DeletedShift, EditPreview, Rota, Written

MAX_REASON = 1000


class RotaService:
    """Use cases on rotas. Every write is one transaction: all of it or none."""

    def __init__(
        self,
        database: Database,
        margins: Margins | None = None,
        daily_hours: float = DEFAULT_DAILY_HOURS,
    ) -> None:
        self._db = database
        self.margins = margins or Margins()
        self.daily_hours = daily_hours

    # -- reading ---------------------------------------------------------------------------

    def rota(self, event_id: int, *, daily_hours: float | None = None) -> Rota:
        """The event's shifts, their people, warnings (a person's daily maximum
        ``daily_hours``, the service's unless given) and coverage grid."""
        hours = self.daily_hours if daily_hours is None else daily_hours
        if not 0 < hours <= 24:
            raise ValidationError("max-hours", f"{hours:g} hours a day; give more than 0, up to 24")
        with self._db.reading() as session:
            return read_rota(session, event_id, self.margins, hours)

    def shift(self, shift_id: int) -> Shift:
        with self._db.reading() as session:
            row = _shift_row(session, shift_id)
            return shift_of(row, event_row(session, row.event_id).time_zone)

    def skills(self, contact_id: int) -> tuple[str, ...]:
        with self._db.reading() as session:
            _contact(session, contact_id)
            return tuple(skills_of(session, [contact_id]).get(contact_id, []))

    def all_skills(self) -> dict[int, tuple[str, ...]]:
        """Every contact's skills (those with any), in one read: a list of people to
        choose from shows them."""
        with self._db.reading() as session:
            query = select(ContactSkillRow.contact_id, ContactSkillRow.skill).order_by(
                ContactSkillRow.contact_id, ContactSkillRow.skill_key
            )
            found: dict[int, list[str]] = {}
            for contact, skill in session.execute(query):
                found.setdefault(contact, []).append(skill)
            return {contact: tuple(skills) for contact, skills in found.items()}

    def shifts_of_person(
        self, contact_id: int, event_id: int | None = None
    ) -> tuple[tuple[Shift, str], ...]:
        """The shifts a person is on (of one event, or of all), with each one's event title."""
        with self._db.reading() as session:
            _contact(session, contact_id)
            query = (
                select(ShiftRow, EventRow.title, EventRow.time_zone)
                .join(ShiftPersonRow, ShiftPersonRow.shift_id == ShiftRow.id)
                .join(EventRow, EventRow.id == ShiftRow.event_id)
                .where(ShiftPersonRow.contact_id == contact_id)
                .order_by(ShiftRow.starts_at, ShiftRow.id)
            )
            if event_id is not None:
                query = query.where(ShiftRow.event_id == event_id)
            return tuple((shift_of(r, tz), title) for r, title, tz in session.execute(query))

    # -- shifts ----------------------------------------------------------------------------

    @reported
    def add_shift(self, shift: Shift) -> Written[Shift]:
        """A new shift (a UID of its own) on its event."""
        with self._db.transaction() as session:
            row_of_event = event_row(session, shift.event_id, lock=True)
            shift = _checked(shift, row_of_event)
            row = _new_row(shift)
            session.add(row)
            session.flush()
            return Written(
                shift_of(row, row_of_event.time_zone),
                _changes(Kind.SHIFT, Action.CREATED, [row.id], row_of_event),
            )

    @reported
    def add_from_template(
        self, event_id: int, template: RotaTemplate
    ) -> Written[tuple[Shift, ...]]:
        """The shifts of a template (``domain.rota.from_template``) added to the event."""
        with self._db.transaction() as session:
            row_of_event = event_row(session, event_id, lock=True)
            made = from_template(template, event_id, row_of_event.time_zone)
            made = tuple(_checked(s, row_of_event) for s in made)
            new = [_new_row(s) for s in made]
            session.add_all(new)
            session.flush()
            tz = row_of_event.time_zone
            return Written(
                tuple(shift_of(r, tz) for r in new),
                _changes(Kind.SHIFT, Action.CREATED, [r.id for r in new], row_of_event),
            )

    def edit_preview(self, shift_id: int, scope: Scope) -> EditPreview:
        """Which shifts an edit of ``shift_id`` with ``scope`` would change (say how many
        before ``edit_shifts``)."""
        with self._db.reading() as session:
            return EditPreview(tuple(s.id or 0 for s in _in_scope(session, shift_id, scope)))

    @reported
    def edit_shifts(
        self,
        shift_id: int,
        edit: ShiftEdit,
        scope: Scope = Scope.THIS,
        *,
        expected_version: int = 0,
    ) -> Written[tuple[Shift, ...]]:
        """Apply ``edit`` to the shift and, by ``scope``, the following or all of its slot
        (the same kind at the same times of day); each one's SEQUENCE rises."""
        if edit.empty:
            raise ValidationError("edit", "nothing to change; give what the shifts get")
        with self._db.transaction() as session:
            first = _shift_row(session, shift_id, expected_version)
            row_of_event = event_row(session, first.event_id, lock=True)
            tz = row_of_event.time_zone
            chosen = _in_scope(session, shift_id, scope)
            saved = []
            now = rows.now_utc()
            for shift in chosen:
                row = _shift_row(session, shift.id or 0)
                changed = _checked(edited(shift, edit, tz), row_of_event)
                for name, value in _values(changed).items():
                    setattr(row, name, value)
                row.sequence += 1
                row.modified_at = now
                saved.append(row)
            session.flush()
            return Written(
                tuple(shift_of(r, tz) for r in saved),
                _changes(Kind.SHIFT, Action.CHANGED, [r.id for r in saved], row_of_event),
            )

    @reported
    def delete_shift(self, shift_id: int) -> Written[DeletedShift]:
        """Delete a shift and take its people off it; returns the shift and its people as
        they were (for an undo: ``restore_shift``)."""
        with self._db.transaction() as session:
            row = _shift_row(session, shift_id)
            row_of_event = event_row(session, row.event_id, lock=True)
            gone = DeletedShift(
                shift_of(row, row_of_event.time_zone), tuple(people_of(session, [shift_id]))
            )
            session.execute(delete(ShiftPersonRow).where(ShiftPersonRow.shift_id == shift_id))
            session.delete(row)
            session.flush()
            changes = _changes(Kind.SHIFT, Action.DELETED, [shift_id], row_of_event)
            return Written(
                gone, changes | ChangeSet.of(Kind.SHIFT_PERSON, Action.DELETED,
                                             [p.id for p in gone.people if p.id is not None])
            )  # fmt: skip

    @reported
    def restore_shift(self, deleted: DeletedShift) -> Written[Shift]:
        """Make a deleted shift again (undo) with its people and their reasons, in one step.

        It keeps its UID, so a calendar subscribed to a person's rota sees the same shift
        come back (not a new one beside a cancelled one), as a newer revision: its SEQUENCE
        one higher than when it was deleted, as an event brought back by undo. It gets a
        new id. ValidationError when its UID is taken meanwhile, or it no longer fits its
        event, or a person on it is gone from the contacts. Nothing is then changed."""
        shift = deleted.shift
        with self._db.transaction() as session:
            row_of_event = event_row(session, shift.event_id, lock=True)
            checked = _checked(shift, row_of_event)
            uid = shift.uid or rows.new_uid()
            if session.scalar(select(ShiftRow.id).where(ShiftRow.uid == uid)) is not None:
                raise ValidationError(
                    "uid", f"another shift has the UID {uid!r}; {shift.shown_title!r} was not "
                    "made again"
                )  # fmt: skip
            row = _new_row(checked)
            row.uid = uid
            row.sequence = shift.sequence + 1
            session.add(row)
            session.flush()
            links = []
            for person in deleted.people:
                if session.get(ContactRow, person.contact_id) is None:
                    raise ValidationError(
                        "contact", f"{person.contact_name or person.contact_id} was on "
                        f"{shift.shown_title!r} but is no longer among the contacts; the "
                        "shift was not made again"
                    )  # fmt: skip
                link = ShiftPersonRow(shift_id=row.id, contact_id=person.contact_id,
                                      reason=person.reason, version=1)  # fmt: skip
                session.add(link)
                links.append(link)
            session.flush()
            changes = _changes(Kind.SHIFT, Action.CREATED, [row.id], row_of_event)
            if links:
                changes |= ChangeSet.of(Kind.SHIFT_PERSON, Action.CREATED, [x.id for x in links])
            return Written(shift_of(row, row_of_event.time_zone), changes)

    # -- people ----------------------------------------------------------------------------

    @reported
    def assign(self, shift_id: int, contact_id: int, reason: str = "") -> Written[ShiftPerson]:
        """Put a contact on a shift. Beyond the shift's need it takes a ``reason`` (why one
        more), and is refused without one."""
        reason = reason.strip()
        with self._db.transaction() as session:
            row = _shift_row(session, shift_id)
            row_of_event = event_row(session, row.event_id, lock=True)
            contact = _contact(session, contact_id)
            title = shift_of(row, row_of_event.time_zone).shown_title
            on = session.scalar(
                select(ShiftPersonRow.id).where(
                    ShiftPersonRow.shift_id == shift_id, ShiftPersonRow.contact_id == contact_id
                )
            )
            if on is not None:
                raise ValidationError("contact", f"{contact.name} is already on {title!r}")
            count = session.scalar(
                select(func.count()).where(ShiftPersonRow.shift_id == shift_id)
            ) or 0  # fmt: skip
            if count >= row.needed and not reason:
                raise ValidationError(
                    "reason",
                    f"{title!r} already has the {row.needed} "
                    f"{'person' if row.needed == 1 else 'people'} it needs; give a reason to "
                    f"put {contact.name} on it as well",
                )
            if not reason:
                self._check_staff_quota(session, row, contact, title)
            if len(reason) > MAX_REASON:
                raise ValidationError("reason", f"is longer than {MAX_REASON} characters")
            link = ShiftPersonRow(shift_id=shift_id, contact_id=contact_id, reason=reason,
                                  version=1)  # fmt: skip
            session.add(link)
            session.flush()
            return Written(
                ShiftPerson(link.id, shift_id, contact_id, contact.name, reason, link.version),
                _changes(Kind.SHIFT_PERSON, Action.CREATED, [link.id], row_of_event),
            )

    def _check_staff_quota(
        self, session: DbSession, row: ShiftRow, contact: ContactRow, title: str
    ) -> None:
        """A co-exhibitor's person put on a shift beyond its staff quota at once takes a
        reason, as a shift beyond its need (``domain.exhibitor_quotas``)."""
        quotas = staff_quotas(session, row.event_id)
        if not any(contact.id in q.contact_ids for q in quotas):
            return
        tz = event_row(session, row.event_id).time_zone
        shifts = shifts_of_event(session, row.event_id, tz)
        people = people_of(session, [s.id for s in shifts if s.id is not None])
        excess = staff_quota_excess(shift_of(row, tz), contact.id, shifts, people, quotas)
        if excess is not None:
            raise ValidationError(
                "reason",
                f"{excess.note} with {contact.name} on {title!r}; give a reason to put "
                f"{contact.name} on it as well",
            )

    @reported
    def unassign(self, shift_id: int, contact_id: int) -> ChangeSet:
        with self._db.transaction() as session:
            row = _shift_row(session, shift_id)
            row_of_event = event_row(session, row.event_id, lock=True)
            contact = _contact(session, contact_id)
            link = session.scalars(
                select(ShiftPersonRow).where(
                    ShiftPersonRow.shift_id == shift_id, ShiftPersonRow.contact_id == contact_id
                )
            ).one_or_none()
            if link is None:
                title = shift_of(row, row_of_event.time_zone).shown_title
                raise ValidationError("contact", f"{contact.name} is not on {title!r}")
            ident = link.id
            session.delete(link)
            session.flush()
            return _changes(Kind.SHIFT_PERSON, Action.DELETED, [ident], row_of_event)

    def people(self, shift_id: int) -> tuple[ShiftPerson, ...]:
        with self._db.reading() as session:
            _shift_row(session, shift_id)
            return tuple(people_of(session, [shift_id]))

    # -- skills ----------------------------------------------------------------------------

    @reported
    def add_skill(self, contact_id: int, skill: str) -> ChangeSet:
        """Give a contact a skill ("German", "demo operator"); one they have is left as is."""
        raise_first(skill_problems(skill))
        (shown,) = clean_skills([skill])
        with self._db.transaction() as session:
            _contact(session, contact_id)
            key = skill_key(shown)
            if session.get(ContactSkillRow, (contact_id, key)) is not None:
                return ChangeSet()
            session.add(ContactSkillRow(contact_id=contact_id, skill_key=key, skill=shown))
            session.flush()
            return ChangeSet.of(Kind.CONTACT, Action.CHANGED, [contact_id])

    @reported
    def remove_skill(self, contact_id: int, skill: str) -> ChangeSet:
        with self._db.transaction() as session:
            contact = _contact(session, contact_id)
            row = session.get(ContactSkillRow, (contact_id, skill_key(skill)))
            if row is None:
                raise ValidationError("skill", f"{contact.name} has no skill {skill.strip()!r}")
            session.delete(row)
            session.flush()
            return ChangeSet.of(Kind.CONTACT, Action.CHANGED, [contact_id])


# -- helpers --------------------------------------------------------------------------------


def _shift_row(session: DbSession, shift_id: int, expected: int = 0) -> ShiftRow:
    row = session.get(ShiftRow, shift_id)
    if row is None:
        raise NotFoundError(f"there is no shift with id {shift_id} (it may have been deleted)")
    if expected and row.version != expected:
        raise ConflictError(
            "the shift was changed by someone else since you opened it; nothing was saved. "
            "Reload it and make your change again."
        )
    return row


def _contact(session: DbSession, contact_id: int) -> ContactRow:
    row = session.get(ContactRow, contact_id)
    if row is None:
        raise NotFoundError(f"there is no contact with id {contact_id}")
    return row


def _checked(shift: Shift, row: EventRow) -> Shift:
    shift = replace(shift, title=shift.title.strip(), skills=clean_skills(shift.skills),
                    event_id=row.id)  # fmt: skip
    raise_first(shift_problems(shift, programme_event(row)))
    return shift


def _in_scope(session: DbSession, shift_id: int, scope: Scope) -> Sequence[Shift]:
    row = _shift_row(session, shift_id)
    tz = event_row(session, row.event_id).time_zone
    chosen = shift_of(row, tz)
    return in_scope(chosen, shifts_of_event(session, row.event_id, tz), scope, tz)


def _values(shift: Shift) -> dict[str, Any]:
    return {
        "event_id": shift.event_id, "kind": shift.kind.value, "title": shift.title,
        "starts_at": shift.start, "ends_at": shift.end, "needed": shift.needed,
        "skills": "\n".join(shift.skills), "notes": shift.notes,
    }  # fmt: skip


def _new_row(shift: Shift) -> ShiftRow:
    now = rows.now_utc()
    return ShiftRow(**_values(shift), uid=rows.new_uid(), sequence=0, created_at=now,
                    modified_at=now, version=1)  # fmt: skip


def _changes(kind: Kind, action: Action, ids: Sequence[int], row: EventRow) -> ChangeSet:
    """The records' change, and their event named as changed (with the period it covers)
    so that its views refresh; the event's row is left alone (an editor open on it still
    saves)."""
    return ChangeSet.of(kind, action, ids) | ChangeSet.for_events(Action.CHANGED, [touch_of(row)])
