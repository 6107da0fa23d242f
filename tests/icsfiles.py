"""Small iCalendar texts for the reader and import tests."""

from __future__ import annotations


def calendar(*events: str, head: str = "", crlf: bool = True) -> bytes:
    """A VCALENDAR around ``events`` (each the lines inside one VEVENT, or a whole
    component when it starts with BEGIN:)."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tests//EN"]
    if head:
        lines += head.strip("\n").split("\n")
    for event in events:
        body = event.strip("\n").split("\n")
        if body[0].startswith("BEGIN:"):
            lines += body
        else:
            lines += ["BEGIN:VEVENT", *body, "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return (("\r\n" if crlf else "\n").join(lines) + "\r\n").encode("utf-8")


def event(*lines: str, uid: str = "a@test", summary: str = "Seminarium") -> str:
    """A VEVENT body: 2027-03-12 09:00-10:00 in Stockholm, unless ``lines`` say otherwise.

    Each line replaces the one of the same name; ``-NAME`` removes it.
    """
    base = [
        f"UID:{uid}",
        f"SUMMARY:{summary}",
        "DTSTART;TZID=Europe/Stockholm:20270312T090000",
        "DTEND;TZID=Europe/Stockholm:20270312T100000",
    ]

    def name(line: str) -> str:
        return line.lstrip("-").split(":", 1)[0].split(";", 1)[0]

    given = {name(line) for line in lines}
    kept = [line for line in base if name(line) not in given]
    return "\n".join(kept + [line for line in lines if not line.startswith("-")])
