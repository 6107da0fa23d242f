"""The live team view in the window: what others write to the open database, heard on a
listener's thread (``services.team.listener``) and handed to the GUI thread as a signal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # the database layer loads when a database opens, not at start-up
    from eventplanner.services.team.listener import ChangeListener
    from eventplanner.services.workspace import Workspace


class LiveUpdates(QObject):
    """Follows one open database at a time; ``heard`` carries each ChangeSet written by
    another window (or the command line), delivered on the GUI thread."""

    heard = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._listener: ChangeListener | None = None

    def follow(self, workspace: Workspace) -> None:
        """Hear what is written to ``workspace``'s database from now on (and no longer to
        the one followed before)."""
        from eventplanner.services.team.listener import ChangeListener

        self.stop()
        # Emitted on the listener's thread: Qt queues it to the receivers on the GUI thread.
        self._listener = ChangeListener(workspace.database, self.heard.emit)
        self._listener.start()

    @property
    def following(self) -> bool:
        return self._listener is not None

    def wait_until_listening(self, timeout: float) -> bool:
        """Whether the listener is connected (for tests: what commits now is heard)."""
        return self._listener is not None and self._listener.wait_until_listening(timeout)

    def stop(self) -> None:
        """Stop listening (the thread ends and its connection closes before this returns)."""
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.stop()
