"""The package laid out as a wheel installs it: its modules and its package data only."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import eventplanner

ROOT = Path(__file__).resolve().parent.parent


def package_data_patterns() -> list[str]:
    settings = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns: list[str] = settings["tool"]["setuptools"]["package-data"]["eventplanner"]
    return patterns


def installed_copy(folder: Path) -> Path:
    """A site-packages folder under ``folder`` holding such a copy; put it first on sys.path."""
    package = Path(eventplanner.__file__).parent
    site = folder / "site-packages"
    for pattern in ["**/*.py", *package_data_patterns()]:
        for source in package.glob(pattern):
            target = site / "eventplanner" / source.relative_to(package)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
    return site
