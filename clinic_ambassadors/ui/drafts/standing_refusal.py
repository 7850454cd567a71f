"""A workflow refusal that stays on screen while the person fixes what it names.

"Required checklist items are still open: …" must not go on listing an item that was
ticked a moment ago. After every fix (a tick, a recorded consent, a changed image or
passage) the service is asked what the refused action would say now; nothing is stored
or audited by asking. The message shrinks to what is left and goes once nothing is.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from clinic_ambassadors.services import drafts as service
from clinic_ambassadors.services.session import Session
from clinic_ambassadors.storage.audit import Actor
from clinic_ambassadors.ui import ops
from clinic_ambassadors.ui.messages import error_text

#: Refusals the person can fix while the message stands: asked again after each fix.
FIXABLE_REFUSALS = frozenset({"checklist_incomplete", "missing_photo_consent",
                              "block_findings"})


class StandingRefusal(QObject):
    """Keeps ``message`` (a label owned by the caller) in step with the refused action."""

    def __init__(self, session: Session, actor: Actor, draft_id: str, message: QLabel,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.actor, self.draft_id, self.message = session, actor, draft_id, message
        #: The refused action and its input while its message stands, else None.
        self.action: Any = None
        self.ctx: dict[str, Any] = {}
        self._generation = 0

    @property
    def standing(self) -> bool:
        return self.action is not None

    def watch(self, exc: BaseException, ctx: dict[str, Any] | None = None) -> None:
        """After a refusal was shown: keep it fresh if it is one the person can fix."""
        self.clear()
        if isinstance(exc, service.WorkflowRefused) and exc.code in FIXABLE_REFUSALS:
            self.action, self.ctx = exc.action, dict(ctx or {})

    def clear(self) -> None:
        """Another message (or another try) replaces the refusal; late answers are dropped."""
        self.action, self.ctx = None, {}
        self._generation += 1

    def recheck(self) -> None:
        if self.action is None:
            return
        self._generation += 1
        generation = self._generation
        ops.run(self, self.session, service.would_refuse, self.actor, self.draft_id,
                self.action, **self.ctx).success(lambda result: self._answer(generation, result))

    def _answer(self, generation: int, result: Any) -> None:
        if generation != self._generation or self.action is None:
            return
        if result is None or result.code not in FIXABLE_REFUSALS:
            self.clear()  # nothing in the way any more (or something else: the next try says)
            self.message.hide()
            self.message.clear()
            return
        self.message.setText(error_text(result))
        self.message.show()
