"""Bring the window's translations up to date with its texts.

    .venv/bin/python tools/translations.py           # lupdate, then lrelease
    .venv/bin/python tools/translations.py --check   # only tell what is out of date

lupdate collects every literal text of a ``tr()`` / ``translate()`` call under
eventplanner/ui into eventplanner/resources/translations/eventplanner_LANG.ts: new texts
come in unfinished, texts no longer used are dropped, the translations of the rest are kept.
Translate the unfinished ones (``.venv/bin/pyside6-linguist FILE.ts``, or any editor: fill
in ``<translation>`` and remove its ``type="unfinished"``), then run this again: lrelease
compiles each .ts into the .qm that ships in the package. Commit both.

``--check`` changes nothing; it exits 1 and says why when a text of the sources is missing
from a .ts, a .ts has unfinished entries, or a .qm is not what its .ts compiles to.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "eventplanner" / "ui"
FOLDER = ROOT / "eventplanner" / "resources" / "translations"
LANGUAGES = {"sv": "sv_SE"}
"""Each translation's file suffix, and the language lupdate writes into its .ts."""


def tool(name: str) -> str:
    """A PySide6 console script (pyside6-lupdate, pyside6-lrelease) of this Python."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def sources() -> list[str]:
    return sorted(str(path.relative_to(ROOT)) for path in SOURCES.rglob("*.py"))


def ts_file(language: str) -> Path:
    return FOLDER / f"eventplanner_{language}.ts"


def qm_file(language: str) -> Path:
    return FOLDER / f"eventplanner_{language}.qm"


def lupdate(ts: Path, language: str) -> None:
    subprocess.run(
        [tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete",
         "-source-language", "en_GB", "-target-language", LANGUAGES[language],
         *sources(), "-ts", str(ts)],
        cwd=ROOT, check=True,
    )  # fmt: skip


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True
    )


def unfinished(ts: Path) -> list[str]:
    """The source texts of ``ts`` still waiting for a translation, as "context: text"."""
    waiting = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                waiting.append(f"{name}: {message.findtext('source', '')}")
    return waiting


def check(language: str) -> list[str]:
    """What is out of date for ``language``, in sentences (nothing: all is well)."""
    ts, qm = ts_file(language), qm_file(language)
    if not ts.is_file():
        return [f"{ts.relative_to(ROOT)} is missing"]
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / ts.name
        shutil.copyfile(ts, fresh)
        lupdate(fresh, language)
        if fresh.read_bytes() != ts.read_bytes():
            problems.append(f"{ts.relative_to(ROOT)} differs from the sources' texts")
        problems += [f"unfinished in {ts.name}: {text}" for text in unfinished(fresh)]
        compiled = Path(scratch) / qm.name
        lrelease(ts, compiled)
        if not qm.is_file() or compiled.read_bytes() != qm.read_bytes():
            problems.append(f"{qm.relative_to(ROOT)} is not what {ts.name} compiles to")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    args = parser.parse_args(argv)
    if args.check:
        problems = [problem for language in LANGUAGES for problem in check(language)]
        for problem in problems:
            print(problem)
        if problems:
            print("Run tools/translations.py, translate what is unfinished, and run it again.")
        return 1 if problems else 0
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts, qm = ts_file(language), qm_file(language)
        lupdate(ts, language)
        lrelease(ts, qm)
        waiting = unfinished(ts)
        print(f"{ts.relative_to(ROOT)}: {len(waiting)} unfinished")
        for text in waiting:
            print(f"  {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
