"""Quick check: paste any text and see the compliance findings live; nothing is saved.

A check that could not run is said in the findings pane (with a link to try again), so a
text that was not checked never shows "No findings".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from clinic_ambassadors.core.checker import Finding, Rule
from clinic_ambassadors.ui.checker.findings_list import FindingsList, failure_detail
from clinic_ambassadors.ui.checker.highlighter import FindingsHighlighter
from clinic_ambassadors.ui.checker.runner import CheckResult, CheckRunner
from clinic_ambassadors.ui.messages import show_error

ExtraRulesProvider = Callable[[], Sequence[Rule]]


class QuickCheckPage(QWidget):
    """Editor left, findings right; the check runs in the background while you type."""

    def __init__(self, extra_rules_provider: ExtraRulesProvider | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickCheckPage")
        self._provider = extra_rules_provider

        title = QLabel(self.tr("Quick check"))
        title.setObjectName("pageTitle")
        intro = QLabel(self.tr("Paste or type a post to see what the compliance check finds. "
                               "It runs while you type; nothing is saved."))
        intro.setObjectName("quickCheckIntro")
        intro.setWordWrap(True)

        self.language = QComboBox()
        self.language.setObjectName("checkLanguage")
        self.language.setAccessibleName(self.tr("Language of the post"))
        self.language.addItem(self.tr("Auto"), "auto")
        self.language.addItem("Deutsch", "de")  # language names in their own language
        self.language.addItem("English", "en")
        language_label = QLabel(self.tr("&Language of the post:"))
        language_label.setBuddy(self.language)
        self.detected = QLabel()
        self.detected.setObjectName("detectedLanguage")
        self.char_count = QLabel()
        self.char_count.setObjectName("charCount")
        self.char_count.setAccessibleName(self.tr("Character count"))

        self.editor = QPlainTextEdit()
        self.editor.setObjectName("quickCheckEditor")
        self.editor.setAccessibleName(self.tr("Text to check"))
        self.editor.setPlaceholderText(self.tr(
            "Paste a post here, e.g. from LinkedIn or Instagram. Underlined passages may be a "
            "legal risk; hover over them or pick them in the list on the right."))
        self.editor.setTabChangesFocus(True)

        self.findings_list = FindingsList()
        self.findings_list.setMinimumWidth(260)

        self.note = QLabel(self.tr(
            "The checker is no legal advice. It looks for typical legal risks (confidentiality, "
            "advertising law for health care, professional rules, competition law, equal "
            "treatment) and explains them with what to do instead; it does not forbid anything "
            "and never changes your text."))
        self.note.setObjectName("checkerDisclaimer")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555555; font-size: 11px;")

        self.runner = CheckRunner(self)
        self.runner.set_text_source(self.editor.toPlainText)
        self.highlighter = FindingsHighlighter(self.editor, self)

        top = QHBoxLayout()
        top.addWidget(language_label)
        top.addWidget(self.language)
        top.addWidget(self.detected)
        top.addStretch(1)
        top.addWidget(self.char_count)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("quickCheckSplitter")
        self.splitter.addWidget(self.editor)
        self.splitter.addWidget(self.findings_list)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([600, 400])

        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(intro)
        lay.addLayout(top)
        lay.addWidget(self.splitter, 1)
        lay.addWidget(self.note)

        self.editor.textChanged.connect(self._text_changed)
        self.language.currentIndexChanged.connect(
            lambda _i: self.runner.set_language(self.language.currentData()))
        self.runner.result_ready.connect(self._show_result)
        self.runner.failed.connect(self._show_failure)
        self.runner.busy_changed.connect(self.findings_list.set_checking)
        self.findings_list.retry_requested.connect(self.runner.check_now)
        self.findings_list.activated.connect(self.select_finding)
        self._update_count()
        self.refresh_rules()

    # --- public --------------------------------------------------------------------------
    def set_text(self, text: str) -> None:
        self.editor.setPlainText(text)

    def findings(self) -> list[Finding]:
        return self.highlighter.findings()

    def select_finding(self, finding: Finding) -> None:
        """Select the finding's passage in the editor and scroll to it."""
        self.highlighter.select(finding)

    def refresh_rules(self) -> None:
        """Ask the provider again for the clinic's own terms (e.g. after they were edited)."""
        if self._provider is None:
            return
        try:
            rules = list(self._provider())
        except Exception as exc:  # a broken provider must not break the page
            show_error(self, exc)
            return
        self.runner.set_extra_rules(rules)

    # --- internals -----------------------------------------------------------------------
    def _text_changed(self) -> None:
        self._update_count()
        if self.runner.last_result is None and self.findings_list.state == "result":
            self.findings_list.set_pending()  # not "No findings" before the first check
        self.runner.text_changed()

    def _update_count(self) -> None:
        count = max(self.editor.document().characterCount() - 1, 0)
        text = (self.tr("1 character") if count == 1
                else self.tr("{0} characters").format(QLocale().toString(count)))
        self.char_count.setText(text)

    def _show_result(self, result: CheckResult) -> None:
        self.highlighter.set_findings(result.findings, result.offsets)
        self.findings_list.set_findings(result.findings)
        if self.language.currentData() == "auto" and result.offsets.length:
            name = self.tr("German") if result.lang == "de" else self.tr("English")
            if result.recognised:
                self.detected.setText(self.tr("(detected: {0})").format(name))
            else:
                self.detected.setText(self.tr("(neither German nor English recognised; checked "
                                              "as {0})").format(name))
        else:
            self.detected.clear()

    def _show_failure(self, exc: BaseException) -> None:
        """In the pane, not in a dialog: it would come back on every keystroke."""
        self.highlighter.clear()  # underlines of an older text would be in the wrong places
        self.detected.clear()
        self.findings_list.set_failed(self.tr(
            "The compliance check could not run: {0}\nYour text stays here. The check runs "
            "again when you change the text.").format(failure_detail(exc)))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.refresh_rules()
