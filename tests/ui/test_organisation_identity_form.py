"""An organisation's identity in Manage → Organisations: its number (a wrong check digit is
shown beside the field and nothing is saved), country, size and actor type."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from eventplanner.domain.enums import ActorType, CompanySize
from eventplanner.domain.model import Organisation
from eventplanner.services.workspace import Workspace
from eventplanner.ui.planner import Planner
from tests.ui.test_catalog_dialog import click, open_catalog, settle, workspace

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support")
__all__ = ["open_catalog", "workspace"]  # the fixtures, used by name


def test_an_organisations_number_country_size_and_actor_type(
    qtbot: QtBot, planner: Planner, workspace: Workspace, open_catalog
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_catalog("organisation")
    form = dialog.form
    click(qtbot, dialog.new_button)
    form.name.setText("Volvo Construction Equipment")
    form.org_number.setText("556012-5791")
    qtbot.waitUntil(lambda: "check digit" in form.problem_shown("org_number"))
    assert not dialog.save_button.isEnabled()
    form.org_number.setText("5560125790")
    form.country.setText("se")
    form.company_size.setCurrentIndex(form.company_size.findData("large"))
    form.actor_type.setCurrentIndex(form.actor_type.findData("industry"))
    qtbot.waitUntil(lambda: form.problem_shown("org_number") == "")
    click(qtbot, dialog.save_button)
    settle(qtbot, planner)
    [saved] = workspace.organisations.list()
    assert (saved.org_number, saved.country, saved.size, saved.actor_type) == (
        "556012-5790", "SE", CompanySize.LARGE, ActorType.INDUSTRY)  # fmt: skip
    assert form.actor_type.currentText() == "Industry"
    assert isinstance(saved, Organisation)
