"""Underline findings in a text editor, without touching the document.

Extra selections leave the text and its undo history alone. For very many findings
only those near the visible part get a selection, so a 1 MB text stays fast.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip

from clinic_ambassadors.core.checker import Finding, Severity
from clinic_ambassadors.ui.checker.offsets import TextOffsets
from clinic_ambassadors.ui.checker.texts import SEVERITY_COLOURS, tooltip_html

Editor = QPlainTextEdit | QTextEdit

UNDERLINE_STYLES = {
    Severity.BLOCK: QTextCharFormat.UnderlineStyle.WaveUnderline,
    Severity.WARN: QTextCharFormat.UnderlineStyle.WaveUnderline,
    Severity.INFO: QTextCharFormat.UnderlineStyle.DashUnderline,
}
_BACKGROUNDS = {Severity.BLOCK: QColor(198, 40, 40, 28), Severity.WARN: QColor(230, 81, 0, 22)}


def finding_format(severity: Severity) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(UNDERLINE_STYLES[severity])
    fmt.setUnderlineColor(SEVERITY_COLOURS[severity])
    if severity in _BACKGROUNDS:
        fmt.setBackground(_BACKGROUNDS[severity])
    return fmt


class FindingsHighlighter(QObject):
    """Shows findings in ``editor``; ``select(finding)`` jumps to one of them."""

    WINDOW_ABOVE = 400  # with more findings than this, only those near the view are drawn
    MARGIN = 4_000  # UTF-16 units before and after the visible part that are drawn too

    def __init__(self, editor: Editor, parent: QObject | None = None) -> None:
        super().__init__(parent or editor)
        self.setObjectName("findingsHighlighter")
        self._editor = editor
        self._findings: list[Finding] = []
        self._spans: list[tuple[int, int]] = []  # Qt positions, parallel to _findings
        self._starts: list[int] = []
        self._window: tuple[int, int] | None = None
        self._selections: list[QTextEdit.ExtraSelection] = []
        self._applied: list[int] = []  # index into _findings of each selection
        self._formats = {s: finding_format(s) for s in Severity}
        self._rewindow = QTimer(self)
        self._rewindow.setSingleShot(True)
        self._rewindow.setInterval(0)
        self._rewindow.timeout.connect(self._apply)
        editor.verticalScrollBar().valueChanged.connect(self._view_moved)
        editor.viewport().installEventFilter(self)

    # --- public --------------------------------------------------------------------------
    def set_findings(self, findings: Sequence[Finding], offsets: TextOffsets | None = None) -> None:
        """Show ``findings`` (offsets into the editor's current plain text)."""
        if offsets is None:
            offsets = TextOffsets.of(self._editor.toPlainText())
        self._findings = list(findings)
        self._spans = [(offsets.to_utf16(f.start), offsets.to_utf16(f.end)) for f in self._findings]
        order = sorted(range(len(self._spans)), key=lambda i: self._spans[i])
        self._findings = [self._findings[i] for i in order]
        self._spans = [self._spans[i] for i in order]
        self._starts = [s for s, _ in self._spans]
        self._window = None
        self._apply()

    def clear(self) -> None:
        self.set_findings([], TextOffsets(0))

    def findings(self) -> list[Finding]:
        return list(self._findings)

    def selections(self) -> list[QTextEdit.ExtraSelection]:
        """The extra selections this highlighter put on the editor (tracking later edits)."""
        return list(self._selections)

    def span(self, finding: Finding) -> tuple[int, int] | None:
        """Current Qt positions (start, end) of ``finding``; follows edits made since."""
        index = self._index(finding)
        if index is None:
            return None
        for sel, applied in zip(self._selections, self._applied):
            if applied == index:
                return sel.cursor.selectionStart(), sel.cursor.selectionEnd()
        return self._spans[index]

    def findings_at(self, position: int) -> list[Finding]:
        """Findings whose passage contains the Qt position ``position``."""
        hits = []
        for sel, index in zip(self._selections, self._applied):
            if sel.cursor.selectionStart() <= position < sel.cursor.selectionEnd():
                hits.append(self._findings[index])
        return hits

    def select(self, finding: Finding) -> bool:
        """Select the finding's passage in the editor and scroll it into view."""
        span = self.span(finding)
        if span is None:
            return False
        cursor = QTextCursor(self._editor.document())
        limit = self._editor.document().characterCount() - 1
        cursor.setPosition(min(span[0], limit))
        cursor.setPosition(min(span[1], limit), QTextCursor.MoveMode.KeepAnchor)
        self._editor.setTextCursor(cursor)
        self._editor.ensureCursorVisible()
        return True

    # --- drawing -------------------------------------------------------------------------
    def _index(self, finding: Finding) -> int | None:
        for i, f in enumerate(self._findings):
            if f is finding:
                return i
        try:
            return self._findings.index(finding)
        except ValueError:
            return None

    def _visible_range(self) -> tuple[int, int]:
        viewport = self._editor.viewport()
        top = self._editor.cursorForPosition(QPoint(0, 0)).position()
        bottom = self._editor.cursorForPosition(QPoint(viewport.width(), viewport.height())).position()
        return max(top - self.MARGIN, 0), bottom + self.MARGIN

    def _view_moved(self) -> None:
        if len(self._findings) > self.WINDOW_ABOVE:
            self._rewindow.start()

    def _apply(self) -> None:
        indices: Sequence[int]
        if len(self._findings) > self.WINDOW_ABOVE:
            lo, hi = self._visible_range()
            if self._window is not None and self._window[0] <= lo and hi <= self._window[1]:
                return
            lo, hi = max(lo - self.MARGIN, 0), hi + self.MARGIN  # slack: fewer rebuilds
            self._window = (lo, hi)
            first = bisect_left(self._starts, lo - 1000)  # a passage may start a bit earlier
            last = bisect_left(self._starts, hi)
            indices = range(first, last)
        else:
            indices = range(len(self._findings))
        document = self._editor.document()
        limit = document.characterCount() - 1
        # Most severe last, so where passages overlap its underline is drawn on top.
        ordered = sorted((i for i in indices if self._spans[i][0] < min(self._spans[i][1], limit)),
                         key=lambda i: self._findings[i].severity)
        selections = []
        for i in ordered:
            start, end = self._spans[i]
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(start)
            cursor.setPosition(min(end, limit), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            sel.format = self._formats[self._findings[i].severity]
            selections.append(sel)
        self._selections, self._applied = selections, ordered
        self._editor.setExtraSelections(selections)

    # --- tooltips ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.ToolTip and watched is self._editor.viewport():
            position = self._editor.cursorForPosition(event.pos()).position()
            hits = self._hits_near(event.pos(), position)
            if hits:
                QToolTip.showText(event.globalPos(), tooltip_html(hits), self._editor.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().eventFilter(watched, event)

    def tooltip_at(self, point: QPoint) -> str:
        """The tooltip text for a point in the viewport ('' if no finding is there)."""
        position = self._editor.cursorForPosition(point).position()
        return tooltip_html(self._hits_near(point, position))

    def _hits_near(self, point: QPoint, position: int) -> list[Finding]:
        # cursorForPosition rounds to the nearest gap between characters; the character
        # under the mouse is the one after or before that gap.
        hits = self.findings_at(position)
        if not hits and position > 0:
            hits = self.findings_at(position - 1)
        return sorted(hits, key=lambda f: f.severity, reverse=True)
