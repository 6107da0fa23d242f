"""The job runner: work dropped at shutdown before it began calls back nobody."""

from __future__ import annotations

import time

from eventplanner.ui.jobs import JobRunner


def test_work_dropped_at_shutdown_calls_nothing_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = JobRunner(workers=1)
    answers: list[str] = []
    errors: list[Exception] = []

    def slow() -> str:
        time.sleep(0.2)
        return "slow"

    runner.run(slow, answers.append, errors.append)
    runner.run(lambda: "queued", answers.append, errors.append)  # behind it: never begun
    runner.shutdown(finish_queued=False)
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert answers == ["slow"] and errors == []
